"""Properties of every result on the bundled examples: what a reader needs to check a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.loading import load
from engine.model import Status

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"), key=lambda p: p.name)


@pytest.fixture(scope="module")
def results(engine):
    return {p.name: engine.evaluate(load(p.read_bytes())) for p in EXAMPLES}


def test_every_finding_traces_to_facts_directly_or_through_listed_classifications(results):
    for name, result in results.items():
        listed = {c.id: c for c in result.classifications}
        for finding in result.findings:
            # every classification a finding chained on is in the result, with its own facts
            assert set(finding.classifications_used) <= set(listed), (name, finding.id)
            if finding.status is Status.upcoming or finding.facts_used or finding.questions:
                continue  # an upcoming finding is decided by the date alone
            seen, stack, facts = set(), list(finding.classifications_used), []
            while stack:
                cid = stack.pop()
                if cid not in seen:
                    seen.add(cid)
                    assert cid in listed, (name, finding.id, cid)
                    facts += listed[cid].facts_used + listed[cid].questions
                    stack.extend(listed[cid].classifications_used)
            assert facts, f"{name}: {finding.id} ({finding.status}) names no fact it was decided on"


def test_classifications_chained_on_by_classifications_are_listed(results):
    result = results["keystroke-ai-training.yaml"]
    ids = [c.id for c in result.classifications]
    # ADMT scope turns on the ADMT definition, which holds the deciding fact (the decisions list)
    assert "US-CA-CPPA-7200-ADMT-SCOPE" in ids and "US-CA-CPPA-7001-ADMT-DEF" in ids
    definition = next(c for c in result.classifications if c.id == "US-CA-CPPA-7001-ADMT-DEF")
    assert [f.path for f in definition.facts_used] == ["decisions"]


def test_the_watch_list_is_dated_like_everything_else(engine):
    """A bill is not listed before it was introduced, and a stale or later-recorded status says so."""
    import datetime as dt

    flagship = load((ROOT / "examples" / "keystroke-ai-training.yaml").read_bytes())

    def watch(day):
        return {w.id: w for w in engine.evaluate(flagship, dt.date.fromisoformat(day)).watch_list}

    spring = watch("2026-05-01")
    assert "WATCH-US-HR9402-2026" not in spring  # introduced 23 Jun 2026
    assert "after the assessment date" in spring["WATCH-CA-SB947-2026"].note  # status of 14 May 2026
    assert spring["WATCH-CA-SB7-2025"].note is None  # vetoed in 2025: final
    winter = watch("2026-12-01")
    assert "passed or died" in winter["WATCH-CA-SB947-2026"].note
    assert winter["WATCH-US-HR9402-2026"].note is None  # the 119th Congress runs to 3 Jan 2027
    assert "passed or died" in watch("2027-06-01")["WATCH-US-HR9402-2026"].note
    for result in (spring, winter):  # never findings
        assert all(w.id.startswith("WATCH-") for w in result.values())


def test_a_narrow_hidden_camera_is_read_as_in_hernandez(results):
    """Same status as any hidden camera in an office, but the mitigating facts are the reason given."""
    finding = next(f for f in results["us-ca-nonprofit-hidden-camera.yaml"].findings if f.id == "US-CA-CONST-I1-PRIVACY")
    assert finding.status is Status.at_risk
    assert "Hernandez v. Hillsides" in finding.reason and "not highly offensive" in finding.reason
