"""Process pools: a killed engine worker is replaced; reports render in their own pool."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from engine.runtime import ProcessEngine
from service.api import create_app
from service.settings import Settings

FLAGSHIP = Path(__file__).resolve().parents[2] / "examples" / "keystroke-ai-training.yaml"
SMALL = b'{"schema_version": 1, "name": "Badge readers", "assessment_date": "2026-12-01"}'


def _pids(engine: ProcessEngine) -> set[int]:
    return set((engine._pool._processes or {}).keys())  # noqa: SLF001 - the test needs the worker pids


def test_a_killed_engine_worker_is_replaced_and_the_next_request_succeeds(tmp_path):
    # no result cache: the repeated request must reach the (replaced) engine
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'p.db'}", local=True, engine_workers=1, result_cache_entries=0)
    with TestClient(create_app(settings=settings), raise_server_exceptions=False) as c:
        engine = c.app.state.engine
        assert isinstance(engine, ProcessEngine)
        ok = c.post("/v1/evaluate", content=SMALL, headers={"content-type": "application/json"})
        assert ok.status_code == 200, ok.text
        before = _pids(engine)
        assert before
        for pid in before:
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while any(_alive(p) for p in before) and time.monotonic() < deadline:
            time.sleep(0.05)
        r = c.post("/v1/assessments", content=SMALL, headers={"content-type": "application/json"})
        assert r.status_code == 201, r.text
        assert _pids(engine).isdisjoint(before)
        assert c.post("/v1/evaluate", content=SMALL, headers={"content-type": "application/json"}).status_code == 200
        assert c.get("/readyz").status_code == 200


def _alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
        os.kill(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        return False
    return True


@pytest.fixture(scope="module")
def reports(engine, tmp_path_factory):
    pytest.importorskip("reports.render", reason="the PDF renderer (reports/) is not importable")
    settings = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('r') / 'r.db'}", local=True, engine_workers=0)
    with TestClient(create_app(engine, settings), raise_server_exceptions=False) as c:
        yield c


def test_stored_report_is_rendered_from_the_stored_input(reports):
    # one small jurisdiction keeps the report short: rendering a full catalogue takes many seconds
    made = reports.post("/v1/assessments?jurisdiction=AT", content=SMALL, headers={"content-type": "application/json"}).json()
    r = reports.get(made["links"]["report"])
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    assert made["id"] in r.headers["content-disposition"]
    entries = reports.get(made["links"]["audit"]).json()["entries"]
    assert [e["action"] for e in entries] == ["create", "report"]
    assert len(entries[1]["detail"]["sha256"]) == 64


def test_stateless_report(reports):
    r = reports.post("/v1/report?jurisdiction=AT", content=SMALL, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    assert reports.post("/v1/report", json={"schema_version": 1, "name": "x"}).status_code == 422


def test_a_slow_or_busy_renderer_answers_503(reports, monkeypatch):
    renderer = reports.app.state.renderer
    monkeypatch.setattr(renderer, "timeout", 0.001)
    r = reports.post("/v1/report?jurisdiction=AT", content=SMALL, headers={"content-type": "application/json"})
    assert r.status_code == 503 and r.headers["retry-after"]
    assert r.headers["content-type"].startswith("application/problem+json")
    monkeypatch.undo()
    # the pool was replaced: the next render works
    assert reports.post("/v1/report?jurisdiction=AT", content=SMALL, headers={"content-type": "application/json"}).status_code == 200
