"""Fixtures for the service tests: every API test runs on SQLite and on PostgreSQL.

PostgreSQL: ``BENTHAM_TEST_POSTGRES_URL`` (default: the local server, database ``test``). Each
session works in a schema of its own, dropped at the end, so parallel runs never collide. When
the server cannot be reached the PostgreSQL tests fail under CI (``CI`` set) and are skipped,
with the reason, on a developer machine.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from service import storage
from service_support import new_tenant
from service.api import create_app
from service.db import Database
from service.settings import Settings

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
FLAGSHIP = Path(__file__).resolve().parents[2] / "examples" / "keystroke-ai-training.yaml"
BACKENDS = ("sqlite", "postgresql")


def postgres_url() -> str:
    return os.environ.get("BENTHAM_TEST_POSTGRES_URL", "").strip() or DEFAULT_PG


def _unreachable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required under CI but unreachable: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not reachable at {postgres_url()} ({reason}); set BENTHAM_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema (dropped afterwards)."""
    base = sa.make_url(postgres_url())
    probe = sa.create_engine(base.update_query_dict({"connect_timeout": "3"}), pool_pre_ping=False)
    schema = f"bentham_test_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        with probe.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001
        probe.dispose()
        _unreachable(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with probe.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        probe.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'bentham.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture(scope="session")
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, engine_workers=0, auth_cache_seconds=0, rate_per_second=0)


@pytest.fixture(scope="session")
def client(settings, engine) -> Iterator[TestClient]:
    """The API with keys required, on one backend, sharing the session's thread engine."""
    with TestClient(create_app(engine, settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def db(client) -> Database:
    return client.app.state.db






@pytest.fixture
def alice(db) -> dict[str, str]:
    return new_tenant(db)


@pytest.fixture
def bob(db) -> dict[str, str]:
    return new_tenant(db)


@pytest.fixture(scope="session")
def flagship() -> bytes:
    return FLAGSHIP.read_bytes()
