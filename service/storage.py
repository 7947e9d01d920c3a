"""What the service stores, as plain functions over :class:`service.db.Database`.

Every function that changes something does it in one transaction, together with its audit-log
entry: a request that fails leaves neither a half-written assessment nor an orphan log line.
Every query about assessments is filtered by tenant, so another tenant's data is simply absent.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from . import auth
from .db import Database, api_keys, assessments, audit_log, tenants

SUMMARY_COLUMNS = (
    assessments.c.seq,
    assessments.c.id,
    assessments.c.name,
    assessments.c.created_at,
    assessments.c.as_of,
    assessments.c.jurisdictions,
    assessments.c.media_type,
    assessments.c.input_sha256,
    assessments.c.catalogue_version,
    assessments.c.catalogue_sha256,
    assessments.c.verdict,
    assessments.c.reevaluates_id,
)


class IdempotencyConflict(Exception):
    """The Idempotency-Key was already used for a different request."""

    def __init__(self, existing_id: str) -> None:
        self.existing_id = existing_id
        super().__init__(existing_id)


class InvalidCursor(ValueError):
    pass


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fault_after_insert() -> None:
    """Test hook: tests replace this to fail a request between the insert and the commit."""


# --------------------------------------------------------------------------- tenants and keys


def ensure_tenant(conn: Connection, name: str) -> int:
    found = conn.execute(sa.select(tenants.c.id).where(tenants.c.name == name)).scalar()
    if found is not None:
        return int(found)
    return int(conn.execute(sa.insert(tenants).values(name=name, created_at=now()).returning(tenants.c.id)).scalar_one())


def ensure_tenant_committed(db: Database, name: str) -> int:
    """Get or create a tenant, tolerating a concurrent creation by another process."""
    try:
        with db.write() as conn:
            return ensure_tenant(conn, name)
    except IntegrityError:
        with db.read() as conn:
            return int(conn.execute(sa.select(tenants.c.id).where(tenants.c.name == name)).scalar_one())


def create_key(db: Database, tenant: str, label: str | None = None) -> tuple[str, str]:
    """A new key for ``tenant`` (created if needed): ``(key, display prefix)``. The key is not kept."""
    key, prefix = auth.new_key()
    with db.write() as conn:
        tenant_id = ensure_tenant(conn, tenant)
        conn.execute(
            sa.insert(api_keys).values(
                tenant_id=tenant_id, prefix=prefix, key_sha256=auth.hash_key(key), label=label, created_at=now()
            )
        )
        write_audit(conn, tenant_id, "key_created", key_prefix=prefix, detail={"label": label} if label else None)
    return key, auth.KEY_PREFIX + prefix


def revoke_key(db: Database, prefix: str) -> bool:
    """Revoke by prefix; False if there is no such active key."""
    prefix = auth.normalise_prefix(prefix)
    with db.write() as conn:
        row = conn.execute(
            sa.select(api_keys.c.id, api_keys.c.tenant_id).where(api_keys.c.prefix == prefix, api_keys.c.revoked_at.is_(None))
        ).first()
        if row is None:
            return False
        conn.execute(sa.update(api_keys).where(api_keys.c.id == row.id).values(revoked_at=now()))
        write_audit(conn, row.tenant_id, "key_revoked", key_prefix=prefix)
    return True


def list_keys(db: Database, tenant: str | None = None) -> list[dict[str, Any]]:
    query = (
        sa.select(
            api_keys.c.prefix, tenants.c.name.label("tenant"), api_keys.c.label, api_keys.c.created_at,
            api_keys.c.revoked_at, api_keys.c.last_used_at,
        )
        .join(tenants, tenants.c.id == api_keys.c.tenant_id)
        .order_by(api_keys.c.id)
    )
    if tenant:
        query = query.where(tenants.c.name == tenant)
    with db.read() as conn:
        return [dict(r._mapping) | {"prefix": auth.KEY_PREFIX + r.prefix} for r in conn.execute(query)]


def authenticate(db: Database, key: str) -> tuple[auth.Principal, dt.datetime | None] | None:
    """The principal for a presented key, with when the key was last used; None if unknown or revoked."""
    prefix = auth.split_key(key)
    if prefix is None:
        return None
    with db.read() as conn:
        row = conn.execute(
            sa.select(api_keys.c.id, api_keys.c.tenant_id, api_keys.c.key_sha256, api_keys.c.revoked_at,
                      api_keys.c.last_used_at, tenants.c.name)
            .join(tenants, tenants.c.id == api_keys.c.tenant_id)
            .where(api_keys.c.prefix == prefix)
        ).first()
    if row is None or row.revoked_at is not None or not auth.matches(key, row.key_sha256):
        return None
    return auth.Principal(row.tenant_id, row.name, prefix, row.id), row.last_used_at


def record_key_use(db: Database, principal: auth.Principal, request_id: str | None) -> None:
    """Mark the key used and log it (called at most every few minutes per key, see the API)."""
    with db.write() as conn:
        conn.execute(sa.update(api_keys).where(api_keys.c.id == principal.key_id).values(last_used_at=now()))
        write_audit(conn, principal.tenant_id, "key_use", key_prefix=principal.key_prefix, request_id=request_id)


# --------------------------------------------------------------------------- audit log


def write_audit(
    conn: Connection,
    tenant_id: int,
    action: str,
    *,
    assessment_id: str | None = None,
    key_prefix: str | None = None,
    request_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        sa.insert(audit_log).values(
            tenant_id=tenant_id, at=now(), action=action, assessment_id=assessment_id, key_prefix=key_prefix,
            request_id=request_id, detail=json.dumps(detail, sort_keys=True) if detail else None,
        )
    )


def audit(db: Database, who: auth.Principal, action: str, request_id: str | None, assessment_id: str | None = None,
          detail: dict[str, Any] | None = None) -> None:
    with db.write() as conn:
        write_audit(conn, who.tenant_id, action, assessment_id=assessment_id, key_prefix=who.key_prefix,
                    request_id=request_id, detail=detail)


def audit_entries(db: Database, tenant_id: int, assessment_id: str) -> list[dict[str, Any]] | None:
    """The log of one assessment (also after it was deleted); None if this tenant never had it."""
    with db.read() as conn:
        rows = conn.execute(
            sa.select(audit_log.c.seq, audit_log.c.at, audit_log.c.action, audit_log.c.key_prefix,
                      audit_log.c.request_id, audit_log.c.detail)
            .where(audit_log.c.tenant_id == tenant_id, audit_log.c.assessment_id == assessment_id)
            .order_by(audit_log.c.seq)
        ).all()
    if not rows:
        return None
    return [
        {
            "seq": r.seq, "at": r.at, "action": r.action,
            "key_prefix": auth.KEY_PREFIX + r.key_prefix if r.key_prefix else None,
            "request_id": r.request_id, "detail": json.loads(r.detail) if r.detail else None,
        }
        for r in rows
    ]


# --------------------------------------------------------------------------- assessments


@dataclass(frozen=True)
class NewAssessment:
    name: str
    as_of: dt.date
    jurisdictions: str | None
    media_type: str
    source: bytes
    input_sha256: str
    result_json: str
    catalogue_version: str
    catalogue_sha256: str
    verdict: str
    reevaluates_id: str | None = None
    idempotency_key: str | None = None
    request_sha256: str | None = None


def _by_idempotency_key(conn: Connection, tenant_id: int, key: str) -> Any:
    return conn.execute(
        sa.select(assessments).where(assessments.c.tenant_id == tenant_id, assessments.c.idempotency_key == key)
    ).first()


def find_idempotent(db: Database, tenant_id: int, key: str, request_sha256: str) -> dict[str, Any] | None:
    """The assessment an Idempotency-Key already made; IdempotencyConflict if for another request."""
    with db.read() as conn:
        row = _by_idempotency_key(conn, tenant_id, key)
    if row is None:
        return None
    if row.request_sha256 != request_sha256:
        raise IdempotencyConflict(row.id)
    return dict(row._mapping)


def create_assessment(
    db: Database, who: auth.Principal, new: NewAssessment, request_id: str | None
) -> tuple[dict[str, Any], bool]:
    """Store an assessment and its ``create`` log entry in one transaction: ``(row, replayed)``."""
    values = {
        "id": str(uuid.uuid4()), "tenant_id": who.tenant_id, "created_at": now(),
        **{k: getattr(new, k) for k in NewAssessment.__dataclass_fields__},
    }
    try:
        with db.write() as conn:
            seq = conn.execute(sa.insert(assessments).values(**values).returning(assessments.c.seq)).scalar_one()
            _fault_after_insert()
            write_audit(
                conn, who.tenant_id, "reevaluate" if new.reevaluates_id else "create", assessment_id=values["id"],
                key_prefix=who.key_prefix, request_id=request_id,
                detail={"input_sha256": new.input_sha256, "verdict": new.verdict, "as_of": new.as_of.isoformat(),
                        **({"reevaluates": new.reevaluates_id} if new.reevaluates_id else {})},
            )
            if new.reevaluates_id:
                write_audit(conn, who.tenant_id, "reevaluated", assessment_id=new.reevaluates_id,
                            key_prefix=who.key_prefix, request_id=request_id, detail={"by": values["id"]})
    except IntegrityError:
        if new.idempotency_key is None:
            raise
        # a concurrent request with the same key won the race: answer as that one did
        existing = find_idempotent(db, who.tenant_id, new.idempotency_key, new.request_sha256 or "")
        if existing is None:
            raise
        return existing, True
    return values | {"seq": seq}, False


def get_assessment(db: Database, tenant_id: int, assessment_id: str) -> dict[str, Any] | None:
    if not _valid_id(assessment_id):
        return None
    with db.read() as conn:
        row = conn.execute(
            sa.select(assessments).where(assessments.c.tenant_id == tenant_id, assessments.c.id == assessment_id)
        ).first()
    return dict(row._mapping) if row else None


def read_assessment(db: Database, who: auth.Principal, assessment_id: str, request_id: str | None,
                    action: str = "read") -> dict[str, Any] | None:
    """Fetch one assessment and log the read in the same transaction (no unlogged reads)."""
    if not _valid_id(assessment_id):
        return None
    with db.write() as conn:
        row = conn.execute(
            sa.select(assessments).where(assessments.c.tenant_id == who.tenant_id, assessments.c.id == assessment_id)
        ).first()
        if row is None:
            return None
        write_audit(conn, who.tenant_id, action, assessment_id=assessment_id, key_prefix=who.key_prefix,
                    request_id=request_id)
    return dict(row._mapping)


def delete_assessment(db: Database, who: auth.Principal, assessment_id: str, request_id: str | None) -> bool:
    if not _valid_id(assessment_id):
        return False
    with db.write() as conn:
        row = conn.execute(
            sa.select(assessments.c.seq, assessments.c.name, assessments.c.input_sha256, assessments.c.verdict)
            .where(assessments.c.tenant_id == who.tenant_id, assessments.c.id == assessment_id)
        ).first()
        if row is None:
            return False
        conn.execute(sa.delete(assessments).where(assessments.c.seq == row.seq))
        write_audit(conn, who.tenant_id, "delete", assessment_id=assessment_id, key_prefix=who.key_prefix,
                    request_id=request_id, detail={"input_sha256": row.input_sha256, "verdict": row.verdict})
    return True


def list_assessments(
    db: Database,
    tenant_id: int,
    *,
    limit: int = 20,
    cursor: str | None = None,
    verdicts: list[str] | None = None,
    name: str | None = None,
    created_after: dt.datetime | None = None,
    created_before: dt.datetime | None = None,
    as_of: dt.date | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """Newest first; ``(items, next_cursor)``."""
    query = sa.select(*SUMMARY_COLUMNS).where(assessments.c.tenant_id == tenant_id)
    if cursor:
        query = query.where(assessments.c.seq < decode_cursor(cursor))
    if verdicts:
        query = query.where(assessments.c.verdict.in_(verdicts))
    if name:
        escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(assessments.c.name.ilike(f"%{escaped}%", escape="\\"))
    if created_after:
        query = query.where(assessments.c.created_at >= created_after)
    if created_before:
        query = query.where(assessments.c.created_at < created_before)
    if as_of:
        query = query.where(assessments.c.as_of == as_of)
    query = query.order_by(assessments.c.seq.desc()).limit(limit + 1)
    with db.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_cursor(rows[-1]["seq"]) if more and rows else None)


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"v1:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        tag, _, seq = text.partition(":")
        if tag != "v1" or not seq.isdigit() or len(seq) > 18:
            raise ValueError
        return int(seq)
    except (ValueError, UnicodeDecodeError):
        raise InvalidCursor("not a cursor returned by this API") from None


def _valid_id(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False
