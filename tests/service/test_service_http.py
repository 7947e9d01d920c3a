"""The stateless endpoints (moved from tests/test_api.py), errors and limits, operations."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import yaml
from service_support import auth_only, new_tenant
from fastapi.testclient import TestClient

from engine.runtime import EngineUnavailable
from service.api import create_app
from service.settings import Settings

FLAGSHIP = Path(__file__).resolve().parents[2] / "examples" / "keystroke-ai-training.yaml"


@pytest.fixture(scope="module")
def local(engine, tmp_path_factory):
    """``bentham serve --local``: no keys, the built-in tenant, a SQLite file."""
    settings = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('local') / 'bentham.db'}", local=True,
                        engine_workers=0)
    with TestClient(create_app(engine, settings), raise_server_exceptions=False) as c:
        yield c


# --------------------------------------------------------------------------- stateless evaluation (was tests/test_api.py)


def test_evaluate_yaml_returns_the_same_result_as_json(local):
    body = FLAGSHIP.read_bytes()
    from_yaml = local.post("/v1/evaluate", content=body, headers={"content-type": "application/yaml"})
    assert from_yaml.status_code == 200, from_yaml.text
    data = json.loads(json.dumps(yaml.safe_load(body), default=str))
    as_json = local.post("/v1/evaluate", json=data)
    assert as_json.json() == from_yaml.json()
    assert from_yaml.json()["verdict"] == "blocked"


def test_as_of_overrides_the_assessment_date(local):
    r = local.post("/v1/evaluate?as_of=2025-06-01", content=FLAGSHIP.read_bytes(), headers={"content-type": "application/yaml"})
    assert r.json()["as_of"] == "2025-06-01"
    statuses = {f["id"]: f["status"] for f in r.json()["findings"]}
    assert statuses["US-CA-CPPA-7150-RA-SPI"] == "upcoming"


def test_repeated_requests_reuse_the_result_only_when_everything_that_decides_it_is_the_same(local):
    cache = local.app.state.results
    body = FLAGSHIP.read_bytes()
    yaml_h = {"content-type": "application/yaml"}
    first = local.post("/v1/evaluate?as_of=2026-12-01", content=body, headers=yaml_h)
    hits = cache.hits
    again = local.post("/v1/evaluate?as_of=2026-12-01", content=body, headers=yaml_h)
    assert cache.hits == hits + 1 and again.content == first.content
    # another date, another jurisdiction filter or one changed byte is a new evaluation
    later = local.post("/v1/evaluate?as_of=2028-01-01", content=body, headers=yaml_h)
    assert cache.hits == hits + 1 and later.json()["as_of"] == "2028-01-01"
    only_fr = local.post("/v1/evaluate?as_of=2026-12-01&jurisdiction=FR", content=body, headers=yaml_h)
    assert cache.hits == hits + 1 and {j["code"] for j in only_fr.json()["jurisdictions"]} == {"FR"}
    renamed = local.post("/v1/evaluate?as_of=2026-12-01", content=body.replace(b"Keystroke", b"Keystrokes", 1), headers=yaml_h)
    assert cache.hits == hits + 1 and renamed.json()["name"] != first.json()["name"]
    # a stored assessment made from a cached evaluation stores the same result
    stored = local.post("/v1/assessments?as_of=2026-12-01", content=body, headers=yaml_h)
    assert stored.status_code == 201 and cache.hits == hits + 2
    assert stored.json()["result"] == first.json()


class _Slow:
    """An engine that takes a while and counts its evaluations (wraps the real one)."""

    def __init__(self, engine) -> None:
        self.engine, self.calls = engine, 0

    async def evaluate_json_async(self, *args, **kwargs):
        import asyncio

        self.calls += 1
        await asyncio.sleep(1.0)  # long enough for all eight requests to arrive meanwhile
        return await self.engine.evaluate_json_async(*args, **kwargs)

    def close(self) -> None:
        pass


def test_identical_requests_in_flight_share_one_evaluation(engine, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    slow = _Slow(engine)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", local=True, engine_workers=0, result_cache_entries=0)
    body = FLAGSHIP.read_bytes()
    with TestClient(create_app(slow, settings), raise_server_exceptions=False) as c:
        def post(_):
            return c.post("/v1/evaluate?as_of=2026-12-01", content=body, headers={"content-type": "application/yaml"})

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(post, range(8)))
        assert [a.status_code for a in answers] == [200] * 8
        assert len({a.content for a in answers}) == 1
        assert slow.calls == 1  # all eight were in flight together: one evaluation
        assert c.app.state.running == {}
        # without the cache, a later identical request is evaluated again
        assert post(0).status_code == 200 and slow.calls == 2


def test_failed_requests_are_not_cached(local):
    cache = local.app.state.results
    size = len(cache)
    bad = b'{"schema_version": 1, "name": "x", "organisation": {"legal_form": "charity"}}'
    for _ in range(2):
        r = local.post("/v1/evaluate?as_of=2026-12-01", content=bad, headers={"content-type": "application/json"})
        assert r.status_code == 422 and "organisation.legal_form" in r.text
    assert len(cache) == size


def test_the_result_cache_is_bounded():
    from engine.runtime import Evaluated
    from service.cache import ResultCache, cache_key

    cache = ResultCache(2)
    made = [Evaluated(json=str(i), name="n", as_of=None, verdict="v", input_sha256="s", catalogue_version="c",
                      catalogue_sha256="c") for i in range(3)]
    keys = [cache_key("application/json", None, None, str(i).encode()) for i in range(3)]
    assert len(set(keys)) == 3 and cache_key("application/json", "2026-01-01", None, b"0") != keys[0]
    cache.put(keys[0], made[0])
    cache.put(keys[1], made[1])
    assert cache.get(keys[0]) is made[0]  # now the most recently used
    cache.put(keys[2], made[2])
    assert len(cache) == 2 and cache.get(keys[1]) is None and cache.get(keys[0]) is made[0]
    assert ResultCache(0).get(keys[0]) is None


def test_invalid_description_names_the_field(local):
    r = local.post("/v1/evaluate", json={"schema_version": 1, "name": "x", "monitoring": {"technique": ["keystroke_logging"]}})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    (error,) = r.json()["errors"]
    assert error["path"] == "monitoring.technique"
    assert "techniques" in error["message"]


def test_bad_yaml_is_a_problem_not_a_trace(local):
    r = local.post("/v1/evaluate", content=b"name: [unclosed", headers={"content-type": "application/yaml"})
    assert r.status_code == 422
    assert "Traceback" not in r.text


@pytest.mark.parametrize("path", ["/v1/evaluate", "/v1/assessments", "/v1/report"])
def test_other_media_types_are_refused(local, path):
    r = local.post(path, content=b"<xml/>", headers={"content-type": "application/xml"})
    assert r.status_code == 415
    assert r.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("path", ["/v1/evaluate", "/v1/assessments", "/v1/report"])
def test_oversized_bodies_are_refused(local, path):
    r = local.post(path, content=b"#" * (1024 * 1024 + 1), headers={"content-type": "application/yaml"})
    assert r.status_code == 413


def test_oversized_chunked_bodies_are_refused_without_content_length(local):
    def chunks():
        for _ in range(20):
            yield b"#" * 65536

    r = local.post("/v1/assessments", content=chunks(), headers={"content-type": "application/yaml"})
    assert r.status_code == 413


def test_missing_date_is_explained(local):
    r = local.post("/v1/evaluate", json={"schema_version": 1, "name": "x"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["path"] == "assessment_date"
    r = local.post("/v1/assessments", json={"schema_version": 1, "name": "x"})
    assert r.status_code == 422 and r.json()["errors"][0]["path"] == "assessment_date"


def test_unknown_jurisdiction_is_a_422(local):
    r = local.post("/v1/evaluate?jurisdiction=XX", json={"schema_version": 1, "name": "x", "assessment_date": "2026-12-01"})
    assert r.status_code == 422
    r = local.post("/v1/assessments?jurisdiction=XX", json={"schema_version": 1, "name": "x", "assessment_date": "2026-12-01"})
    assert r.status_code == 422


def test_requirements_catalogue(local):
    listed = local.get("/v1/requirements?jurisdiction=EU").json()
    assert {r["jurisdiction"] for r in listed} == {"EU"}
    one = local.get("/v1/requirements/eu-gdpr-35-dpia").json()
    assert one["id"] == "EU-GDPR-35-DPIA" and one["checks"]
    assert local.get("/v1/requirements/NOPE").status_code == 404


def test_schema_and_openapi(local):
    assert local.get("/v1/schema").json()["title"] == "DeploymentDescription"
    spec = local.get("/openapi.json").json()
    assert "DeploymentDescription" in spec["components"]["schemas"]
    assert local.get("/healthz").json() == {"status": "ok"}
    paths = spec["paths"]
    for path in ("/v1/assessments", "/v1/assessments/{assessment_id}", "/v1/assessments/{assessment_id}/report.pdf",
                 "/v1/assessments/{assessment_id}/reevaluate", "/v1/assessments/{assessment_id}/audit", "/v1/report",
                 "/v1/evaluate", "/readyz"):
        assert path in paths, path
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert "example" in paths["/v1/assessments"]["post"]["requestBody"]["content"]["application/json"]


# --------------------------------------------------------------------------- local mode and operations


def test_local_mode_needs_no_key_and_stores_under_the_local_tenant(local):
    r = local.post("/v1/assessments", content=FLAGSHIP.read_bytes(), headers={"content-type": "application/yaml"})
    assert r.status_code == 201
    audit = local.get(r.json()["links"]["audit"]).json()["entries"]
    assert audit[0]["action"] == "create" and audit[0]["key_prefix"] is None


def test_readyz_checks_database_and_engine(local):
    r = local.get("/readyz")
    assert r.status_code == 200 and r.json() == {"status": "ready", "checks": {"database": "ok", "engine": "ok"}}


def test_request_id_is_echoed_or_made(local):
    assert local.get("/healthz", headers={"x-request-id": "abc-123"}).headers["x-request-id"] == "abc-123"
    made = local.get("/healthz", headers={"x-request-id": "bad id\twith spaces"}).headers["x-request-id"]
    assert made != "bad id\twith spaces" and len(made) == 32
    assert local.get("/nope").headers["content-type"].startswith("application/problem+json")


def test_logs_are_json_with_the_request_id(local, caplog):
    from service.logs import JSONFormatter

    with caplog.at_level(logging.INFO, logger="bentham.access"):
        logging.getLogger("bentham.access").propagate = True
        try:
            local.get("/healthz", headers={"x-request-id": "log-me-1"})
        finally:
            logging.getLogger("bentham.access").propagate = False
    record = next(r for r in caplog.records if r.name == "bentham.access")
    line = json.loads(JSONFormatter().format(record))
    assert line["path"] == "/healthz" and line["status"] == 200 and line["msg"] == "request"
    assert "duration_ms" in line


class _Saturated:
    def __init__(self, cause: BaseException | None = None) -> None:
        self.cause = cause
        self.calls = 0

    async def evaluate_json_async(self, *args, **kwargs):
        self.calls += 1
        raise EngineUnavailable("too many evaluations in flight") from self.cause

    def close(self) -> None:
        pass


@pytest.mark.parametrize("path", ["/v1/evaluate", "/v1/assessments"])
def test_a_saturated_engine_answers_503_with_retry_after(tmp_path, path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'b.db'}", local=True, engine_workers=0)
    with TestClient(create_app(_Saturated(), settings), raise_server_exceptions=False) as c:
        r = c.post(path, content=FLAGSHIP.read_bytes(), headers={"content-type": "application/yaml"})
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        assert r.headers["content-type"].startswith("application/problem+json")
        assert c.get("/v1/assessments").json()["items"] == []
        assert c.get("/readyz").status_code == 503


def test_an_unreachable_database_answers_503(engine, tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", local=True, engine_workers=0)
    with TestClient(create_app(engine, settings), raise_server_exceptions=False) as c:
        c.app.state.db.engine.dispose()
        (tmp_path / "c.db").unlink()
        (tmp_path / "c.db").mkdir()  # now a directory: every connection fails
        r = c.get("/v1/assessments")
        assert r.status_code == 503 and r.headers["retry-after"]
        assert c.get("/readyz").status_code == 503


def test_rate_limit_answers_429_with_retry_after(engine, database_url):
    settings = Settings(database_url=database_url, engine_workers=0, rate_per_second=0.5, rate_burst=3, auth_cache_seconds=0)
    with TestClient(create_app(engine, settings), raise_server_exceptions=False) as c:
        alice, bob = new_tenant(c.app.state.db), new_tenant(c.app.state.db)
        codes = [c.get("/v1/assessments", headers=auth_only(alice)).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.get("/v1/assessments", headers=auth_only(alice))
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert r.headers["content-type"].startswith("application/problem+json")
        assert c.get("/v1/assessments", headers=auth_only(bob)).status_code == 200  # per key
