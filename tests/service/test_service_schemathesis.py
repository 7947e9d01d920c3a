"""Property-based run of the OpenAPI spec (schemathesis): no request may produce a 5xx.

Bounded: 50 examples per operation, derandomised (same cases every run), on both databases.
``POST /v1/report`` is left out: each valid case renders a full PDF (seconds each); it has its
own tests in test_service_pools.py.
"""

from __future__ import annotations

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from hypothesis import HealthCheck, settings

from service import storage
from service.api import create_app
from service.db import Database
from service.settings import Settings


@pytest.fixture(scope="session")
def target(database_url, engine):
    """An app (keys required) on one backend and a key for it; schemathesis runs its lifespan."""
    db = Database(database_url)
    db.upgrade()
    key, _ = storage.create_key(db, "schemathesis")
    db.dispose()
    return create_app(engine, Settings(database_url=database_url, engine_workers=0, rate_per_second=0)), key


# the spec does not depend on the database: load it once, at collection
# The coverage phase (every boundary and negative variant of every parameter) multiplies the cases
# well past the 50-example bound; the examples and fuzzing phases stay on.
CONFIG = SchemathesisConfig.from_dict({"seed": 20260501, "phases": {"coverage": {"enabled": False}}})
schema = schemathesis.openapi.from_dict(create_app().openapi(), config=CONFIG).exclude(path="/v1/report")


@schema.parametrize()
@settings(max_examples=50, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_server_errors(case, target, database_url):
    app, key = target
    response = case.call(app=app, base_url="http://testserver", headers={"authorization": f"Bearer {key}"})
    assert response.status_code < 500, f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:500]}"
    if response.status_code >= 400:
        media = (response.headers.get("content-type") or [""])[0]
        assert media.startswith("application/problem+json"), f"{case.method} {case.formatted_path}: {media} {response.text[:300]}"
