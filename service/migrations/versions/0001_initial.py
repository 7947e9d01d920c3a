"""Tenants, API keys, assessments and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.UniqueConstraint("name", name="uq_tenants_name"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id", name="fk_api_keys_tenant"), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_sha256", sa.String(64), nullable=False),
        sa.Column("label", sa.String(200)),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("revoked_at", Stamp),
        sa.Column("last_used_at", Stamp),
        sa.UniqueConstraint("prefix", name="uq_api_keys_prefix"),
    )
    op.create_table(
        "assessments",
        sa.Column("seq", BigId, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id", name="fk_assessments_tenant"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("jurisdictions", sa.String(200)),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("source", sa.LargeBinary, nullable=False),
        sa.Column("input_sha256", sa.String(64), nullable=False),
        sa.Column("result_json", sa.Text, nullable=False),
        sa.Column("catalogue_version", sa.String(100), nullable=False),
        sa.Column("catalogue_sha256", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column(
            "reevaluates_id",
            sa.String(36),
            sa.ForeignKey("assessments.id", name="fk_assessments_reevaluates", ondelete="SET NULL"),
        ),
        sa.Column("idempotency_key", sa.String(255)),
        sa.Column("request_sha256", sa.String(64)),
        sa.UniqueConstraint("id", name="uq_assessments_id"),
        sa.UniqueConstraint("tenant_id", "idempotency_key", name="uq_assessments_idempotency"),
    )
    op.create_index("ix_assessments_tenant_seq", "assessments", ["tenant_id", "seq"])
    op.create_index("ix_assessments_tenant_created", "assessments", ["tenant_id", "created_at"])
    op.create_table(
        "audit_log",
        sa.Column("seq", BigId, primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id", name="fk_audit_log_tenant"), nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("assessment_id", sa.String(36)),  # no foreign key: entries outlive deleted assessments
        sa.Column("key_prefix", sa.String(16)),
        sa.Column("request_id", sa.String(128)),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_audit_log_tenant_assessment", "audit_log", ["tenant_id", "assessment_id", "seq"])

    # The audit log is append-only in the database itself, not only by convention in the code.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION bentham_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END;
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION bentham_audit_log_append_only()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS bentham_audit_log_append_only()")
    op.drop_table("audit_log")
    op.drop_table("assessments")
    op.drop_table("api_keys")
    op.drop_table("tenants")
