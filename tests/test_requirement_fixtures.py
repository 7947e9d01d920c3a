"""Every requirement's fixtures, discovered from ``tests/fixtures/<jurisdiction>/<instrument>/<ID>/``.

A fixture file is named ``<expected status>--<what it shows>.yaml`` and asserts the exact
status of that one requirement. Adding a rule means adding fixture files, not test code.
"""

from __future__ import annotations

import pytest

from support import expected_status, fixture_files, load_fixture, requirement_of

FILES = fixture_files()


@pytest.mark.parametrize("path", FILES, ids=[f"{requirement_of(p)}/{p.stem}" for p in FILES])
def test_fixture_status(engine, path):
    description = load_fixture(path)
    result = engine.evaluate(description)
    by_id = {f.id: f for f in result.findings}
    requirement_id = requirement_of(path)
    expected = expected_status(path)
    if requirement_id not in by_id:
        # Requirements of a jurisdiction that is out of scope are not evaluated at all.
        assert expected == "not_applicable", f"{requirement_id} was not evaluated (jurisdiction out of scope)"
        return
    finding = by_id[requirement_id]
    assert finding.status.value == expected, f"{finding.status.value}: {finding.reason}"
    if expected == "needs_information":
        assert finding.questions, "a needs_information finding must ask at least one question"
    if expected == "upcoming":
        assert finding.in_force_from > result.as_of
    if expected in ("violation", "action_required", "at_risk"):
        assert finding.remedy and finding.facts_used
