from __future__ import annotations

from pathlib import Path

import pytest

from engine.loading import load
from engine.runtime import Engine

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "examples" / "keystroke-ai-training.yaml"


@pytest.fixture(scope="module")
def report_engine():
    """One engine per test module, closed when the module is done."""
    eng = Engine()
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def flagship_source() -> bytes:
    return FLAGSHIP.read_bytes()


@pytest.fixture(scope="module")
def flagship_description(flagship_source):
    return load(flagship_source)


@pytest.fixture(scope="module")
def flagship_result(report_engine, flagship_description):
    return report_engine.evaluate(flagship_description, flagship_description.assessment_date)


@pytest.fixture(scope="module")
def flagship_pdf(flagship_result, flagship_description, flagship_source) -> bytes:
    from reports.render import render_pdf

    return render_pdf(flagship_result, flagship_description, flagship_source)
