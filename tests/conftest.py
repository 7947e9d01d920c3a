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
