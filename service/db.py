"""Storage schema and database access (SQLAlchemy 2 Core, synchronous).

SQLite (the default, a file in the working directory) and PostgreSQL share one schema, created
and upgraded by the Alembic migrations in ``service/migrations``. The tables here mirror the
latest migration; they are what the queries are written against, never used to create tables.

The API calls these synchronous functions through Starlette's thread pool, so the event loop
never waits on the database (see docs/api.md for why sync rather than an async driver).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on both databases (SQLite stores naive ISO text)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use datetime.now(UTC)")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite: INTEGER PRIMARY KEY = rowid

metadata = sa.MetaData()

tenants = sa.Table(
    "tenants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id"), nullable=False),
    sa.Column("prefix", sa.String(16), nullable=False, unique=True),
    sa.Column("key_sha256", sa.String(64), nullable=False),
    sa.Column("label", sa.String(200)),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("revoked_at", UTCDateTime),
    sa.Column("last_used_at", UTCDateTime),
)

assessments = sa.Table(
    "assessments",
    metadata,
    sa.Column("seq", BigId, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(36), nullable=False, unique=True),
    sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("as_of", sa.Date, nullable=False),
    sa.Column("jurisdictions", sa.String(200)),
    sa.Column("media_type", sa.String(100), nullable=False),
    sa.Column("source", sa.LargeBinary, nullable=False),
    sa.Column("input_sha256", sa.String(64), nullable=False),
    sa.Column("result_json", sa.Text, nullable=False),
    sa.Column("catalogue_version", sa.String(100), nullable=False),
    sa.Column("catalogue_sha256", sa.String(64), nullable=False),
    sa.Column("verdict", sa.String(32), nullable=False),
    sa.Column("reevaluates_id", sa.String(36), sa.ForeignKey("assessments.id", ondelete="SET NULL")),
    sa.Column("idempotency_key", sa.String(255)),
    sa.Column("request_sha256", sa.String(64)),
    sa.UniqueConstraint("tenant_id", "idempotency_key", name="uq_assessments_idempotency"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", BigId, primary_key=True, autoincrement=True),
    sa.Column("tenant_id", sa.Integer, sa.ForeignKey("tenants.id"), nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("assessment_id", sa.String(36)),
    sa.Column("key_prefix", sa.String(16)),
    sa.Column("request_id", sa.String(128)),
    sa.Column("detail", sa.Text),
)


class Database:
    """One SQLAlchemy engine, plus a writer view that takes SQLite's write lock up front."""

    def __init__(self, url: str, pool_size: int = 10, pool_timeout: float = 5.0) -> None:
        self.url = sa.make_url(url)
        self.dialect = self.url.get_backend_name()
        kwargs: dict[str, Any] = {"pool_pre_ping": self.dialect != "sqlite"}
        if not (self.dialect == "sqlite" and (self.url.database in (None, "", ":memory:"))):
            kwargs.update(pool_size=pool_size, max_overflow=pool_size, pool_timeout=pool_timeout)
        if self.dialect == "sqlite" and self.url.database and self.url.database != ":memory:":
            Path(self.url.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = sa.create_engine(self.url, **kwargs)
        if self.dialect == "sqlite":
            _sqlite_pragmas(self.engine)
        self.writer = self.engine.execution_options(bentham_write=True)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back entirely if it raises."""
        with self.writer.begin() as conn:
            yield conn

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    def upgrade(self, revision: str = "head") -> None:
        from alembic import command

        with self.writer.begin() as conn:
            if self.dialect == "postgresql":
                # several server processes may start at once: one migrates, the others wait
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7310577)"))
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL for concurrent readers; explicit BEGIN so writers queue on the lock instead of failing."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("bentham_write") else "BEGIN")
