"""The rules engine and the reference semantics agree, node by node, on generated descriptions.

Every condition the catalogue declares is compiled into durable-rules; ``engine.conditions``
holds the three-valued reference semantics. Hypothesis generates descriptions (with unknowns
everywhere) and this test compares the two on every compiled node: a compiler bug, or one of
durable-rules' own (we found ``$or`` misbehaving inside item context this way), shows up here.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.conditions import evaluate
from engine.facts import normalise
from engine.loading import DescriptionError, validate
from strategies import descriptions


def _reference(program, facts, as_of):
    cache = {}

    def resolve(target):
        key = id(target)
        if key not in cache:
            cache[key] = None  # guards against cycles (there are none in a valid catalogue)
            condition = getattr(target, "condition", None) or getattr(target, "scope", None)
            cache[key] = evaluate(condition, facts, as_of, resolve)
        return cache[key]

    out = {}
    for node in program.nodes:
        out[node.index] = evaluate(node.cond, facts, as_of, resolve)
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=descriptions(), as_of=st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2029, 1, 1)))
def test_rules_engine_matches_reference_semantics(engine, data, as_of):
    try:
        description = validate(data)
    except DescriptionError:
        return  # generated data that the contract rejects (e.g. a date range); validation is tested elsewhere

    def check(evaluator):
        facts = normalise(description)
        engine_values = evaluator.node_values(facts, as_of)
        reference = _reference(evaluator.program, facts, as_of)
        mismatches = []
        for node in evaluator.program.nodes:
            if node.gate is not None and reference[node.gate.index] is not True:
                continue  # gated nodes are only evaluated when their gate holds
            if engine_values[node.index] != reference[node.index]:
                mismatches.append((node.owner, engine_values[node.index], reference[node.index]))
        return mismatches

    assert engine.call(check) == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=descriptions())
def test_generated_descriptions_never_crash_the_engine(engine, data):
    try:
        description = validate(data)
    except DescriptionError:
        return
    result = engine.evaluate(description, dt.date(2026, 12, 1))
    assert result.verdict.value in ("blocked", "not_ready", "review", "clear")
    assert {f.id for f in result.findings} <= {r.id for r in engine.call(lambda ev: ev.catalogue.requirements)}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=descriptions(), only=st.sampled_from([None, ["FR"], ["US-CA", "US"], ["EU", "DE", "AT"]]))
def test_skipping_out_of_scope_jurisdictions_changes_no_result(engine, data, only):
    """The evaluator does not run the rules of a jurisdiction once it is known to be out of scope
    (or not asked for); the result must be exactly what running every rule gives."""
    try:
        description = validate(data)
    except DescriptionError:
        return

    def both(evaluator):
        out = []
        for prune in (True, False):
            evaluator.prune = prune
            try:
                out.append(evaluator.evaluate(description, dt.date(2026, 12, 1), only).model_dump_json())
            finally:
                evaluator.prune = True
        return out

    pruned, full = engine.call(both)
    assert pruned == full
