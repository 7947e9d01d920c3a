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
