"""Fixtures for the web form: TestClient apps (local and keyed), a live server, and Chromium.

The browser tests drive Debian's ``/usr/bin/chromium`` through Playwright (Playwright's own
browser download does not work on a closed network). A missing Chromium is a failure with the
install command, never a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.loadgen import free_port
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "examples" / "keystroke-ai-training.yaml"
AS_OF = "2026-12-01"
CHROMIUM = os.environ.get("BENTHAM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def settings_for(tmp: Path, *, local: bool) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp / 'bentham.db'}", local=local, engine_workers=0,
                    auth_cache_seconds=0, rate_per_second=0)


@pytest.fixture
def web(engine, tmp_path) -> Iterator[TestClient]:
    """The app in local single-user mode (what `bentham serve --local` runs), fresh database."""
    with TestClient(create_app(engine, settings_for(tmp_path, local=True)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def keyed(engine, tmp_path) -> Iterator[TestClient]:
    """The app with API keys required, fresh database."""
    with TestClient(create_app(engine, settings_for(tmp_path, local=False)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def cli_flagship() -> dict:
    """The flagship's result as the command line computes it (the reference for the browser)."""
    out = subprocess.run([str(Path(sys.executable).parent / "bentham"), "check", str(FLAGSHIP), "--as-of", AS_OF,
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 1, out.stderr  # 1: findings reach the default --fail-on
    return json.loads(out.stdout)


# --------------------------------------------------------------------------- live server and browser


@pytest.fixture(scope="session")
def live_server(engine, tmp_path_factory) -> Iterator[str]:
    """uvicorn on a free loopback port, local mode, temporary SQLite database."""
    import uvicorn

    app = create_app(engine, settings_for(tmp_path_factory.mktemp("web-live"), local=True))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="web-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web test server did not start", pytrace=False)
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(15)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium is required for the browser tests but {CHROMIUM} is missing. Install it with "
                    "`apt-get update && apt-get install -y --no-install-recommends chromium` (as root; `make test` "
                    "does this), or point BENTHAM_CHROMIUM at a Chromium binary.", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is missing: `.venv/bin/pip install -e '.[test]'`.", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    """Where screenshots go: ``BENTHAM_WEB_SCREENSHOTS=docs`` refreshes the committed ones."""
    target = os.environ.get("BENTHAM_WEB_SCREENSHOTS")
    return (ROOT / target) if target else tmp_path
