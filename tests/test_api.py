from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app

FLAGSHIP = Path(__file__).resolve().parents[1] / "examples" / "keystroke-ai-training.yaml"


@pytest.fixture(scope="module")
def client(engine):
    with TestClient(create_app(engine), raise_server_exceptions=False) as c:
        yield c


def test_evaluate_yaml_returns_the_same_result_as_json(client):
    body = FLAGSHIP.read_bytes()
    from_yaml = client.post("/v1/evaluate", content=body, headers={"content-type": "application/yaml"})
    assert from_yaml.status_code == 200, from_yaml.text
    import json

    import yaml

    data = json.loads(json.dumps(yaml.safe_load(body), default=str))
    as_json = client.post("/v1/evaluate", json=data)
    assert as_json.json() == from_yaml.json()
    assert from_yaml.json()["verdict"] == "blocked"


def test_as_of_overrides_the_assessment_date(client):
    r = client.post("/v1/evaluate?as_of=2025-06-01", content=FLAGSHIP.read_bytes(), headers={"content-type": "application/yaml"})
    assert r.json()["as_of"] == "2025-06-01"
    statuses = {f["id"]: f["status"] for f in r.json()["findings"]}
    assert statuses["US-CA-CPPA-7150-RA-SPI"] == "upcoming"


def test_invalid_description_names_the_field(client):
    r = client.post("/v1/evaluate", json={"schema_version": 1, "name": "x", "monitoring": {"technique": ["keystroke_logging"]}})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    (error,) = r.json()["errors"]
    assert error["path"] == "monitoring.technique"
    assert "techniques" in error["message"]


def test_bad_yaml_is_a_problem_not_a_trace(client):
    r = client.post("/v1/evaluate", content=b"name: [unclosed", headers={"content-type": "application/yaml"})
    assert r.status_code == 422
    assert "Traceback" not in r.text


def test_other_media_types_are_refused(client):
    r = client.post("/v1/evaluate", content=b"<xml/>", headers={"content-type": "application/xml"})
    assert r.status_code == 415


def test_oversized_bodies_are_refused(client):
    r = client.post("/v1/evaluate", content=b"#" * (1024 * 1024 + 1), headers={"content-type": "application/yaml"})
    assert r.status_code == 413


def test_missing_date_is_explained(client):
    r = client.post("/v1/evaluate", json={"schema_version": 1, "name": "x"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["path"] == "assessment_date"


def test_unknown_jurisdiction_is_a_422(client):
    r = client.post("/v1/evaluate?jurisdiction=XX", json={"schema_version": 1, "name": "x", "assessment_date": "2026-12-01"})
    assert r.status_code == 422


def test_requirements_catalogue(client):
    listed = client.get("/v1/requirements?jurisdiction=EU").json()
    assert {r["jurisdiction"] for r in listed} == {"EU"}
    one = client.get("/v1/requirements/eu-gdpr-35-dpia").json()
    assert one["id"] == "EU-GDPR-35-DPIA" and one["checks"]
    assert client.get("/v1/requirements/NOPE").status_code == 404


def test_schema_and_openapi(client):
    assert client.get("/v1/schema").json()["title"] == "DeploymentDescription"
    spec = client.get("/openapi.json").json()
    assert "DeploymentDescription" in spec["components"]["schemas"]
    assert client.get("/healthz").json() == {"status": "ok"}
