from __future__ import annotations

import pytest

from engine.runtime import Engine


@pytest.fixture(scope="session")
def engine():
    """One engine (one durable-rules host on its own thread) for the whole session."""
    eng = Engine()
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def catalogue():
    from jurisdictions import catalogue as build

    return build()


def marker_for(requirement_id: str) -> str:
    """Gherkin tags on a Rule are the requirement id in snake case (``@eu_gdpr_35_dpia``)."""
    return requirement_id.lower().replace("-", "_")


def pytest_configure(config):
    from jurisdictions import catalogue as build

    cat = build()
    for r in cat.requirements:
        config.addinivalue_line("markers", f"{marker_for(r.id)}: {r.title}")
    for j in cat.jurisdictions:
        config.addinivalue_line("markers", f"{j.code.lower().replace('-', '_')}: requirements of {j.name}")
