"""Guards around durable-rules' measured limits (docs/engine.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from engine._durable import Backend, EngineError
from engine.compiler import RULES_PER_RULESET, Compiler
from engine.conditions import AnyOf, Exists, F
from engine.evaluator import Evaluator
from engine.facts import normalise
from engine.loading import validate


def test_a_ruleset_that_exhausts_the_match_stack_is_split_and_retried():
    many = {f"r{i}": {"all": [{"m": {f"k{i}": True}}]} for i in range(100)}
    backend = Backend({"g": [many]})
    fired = backend.fire("g", {"as_of": 1, **{f"k{i}": True for i in range(100)}})
    assert sorted(fired) == sorted(many)
    assert backend.splits >= 1
    # the split is kept: the next assertion needs none
    splits = backend.splits
    assert sorted(backend.fire("g", {"as_of": 1, **{f"k{i}": True for i in range(100)}})) == sorted(many)
    assert backend.splits == splits


def test_a_fact_that_no_rule_mentions_is_safe():
    backend = Backend({"g": [{"r": {"all": [{"m": {"zz": 1}}]}}]})
    for _ in range(2000):  # would segfault on delete, or hit the 1,024-state limit, without the sentinel
        assert backend.fire("g", {"as_of": 739000, "unrelated": 5}) == []


def test_backend_refuses_foreign_threads_and_reserved_keys():
    import threading

    backend = Backend({"g": [{"r": {"all": [{"m": {"a": 1}}]}}]})
    # a reserved key never reaches the engine: only properties the rules test are sent
    assert backend.fire("g", {"as_of": 1, "a": 1, "$s": 1, "sid": "x"}) == ["r"]
    with pytest.raises(EngineError):
        Backend({"g": [{"r": {"all": [{"m": {"sid": "1"}}]}}]})
    outcome = []

    def other_thread():
        try:
            backend.fire("g", {"as_of": 1, "a": 1})
            outcome.append("fired")
        except EngineError:
            outcome.append("refused")

    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
    assert outcome == ["refused"]
    assert backend.fire("g", {"as_of": 1, "a": 1}) == ["r"]


def test_large_groups_are_chunked():
    from engine.compiler import _chunks

    rules = [(f"r{i}", {}) for i in range(RULES_PER_RULESET * 3 + 1)]
    assert [len(c) for c in _chunks(rules)] == [RULES_PER_RULESET] * 3 + [1]


def test_or_over_item_properties_is_evaluated_per_item():
    """durable-rules gets or[a=9, b=9, a=1] wrong inside $iany; items are separate facts instead."""
    from engine.catalogue import Catalogue
    from engine.model import Check, Citation, Grade, Jurisdiction, Requirement, Severity, Status

    cond = Exists("workforce", AnyOf(F("country") == "FR", F("region") == "US-NV", F("country") == "DE"))
    jurisdiction = Jurisdiction(code="EU", name="test", scope=F("organisation.legal_form") == "for_profit", scope_basis="test")
    req = Requirement(
        id="EU-TEST-1-OR", title="A test requirement for item conditions", jurisdiction="EU",
        citation=Citation(instrument="t", short="t", article="1", url="https://eur-lex.europa.eu/"),
        in_force_from=dt.date(2000, 1, 1), severity=Severity.required, grade=Grade.K, applies_when="always",
        applies_if=F("organisation.legal_form") == "for_profit",
        checks=(Check(status=Status.action_required, when=cond, because="Matched."),), remedy="r", rationale="r",
    )
    evaluator = Evaluator(Catalogue(version="t", jurisdictions=(jurisdiction,), requirements=(req,)))
    description = validate({
        "schema_version": 1, "name": "t", "organisation": {"legal_form": "for_profit"},
        "workforce": [{"country": "DE", "region": "DE-BY"}],
    })
    result = evaluator.evaluate(description, dt.date(2026, 1, 1))
    assert result.findings[0].status is Status.action_required
    assert Compiler  # the compiler module exposes the limits used above
    assert normalise(description)["workforce"][0]["country"] == "DE"


def test_no_disjunction_is_nested_inside_an_item_quantifier():
    """An $or directly inside $iany/$iall is built on a C node with an uninitialised field, and
    creating such a ruleset failed at random (error 102, about 1 load in 30). The compiler must
    never emit one, for any requirement of the shipped catalogue."""
    import jurisdictions
    from engine.evaluator import compile_catalogue

    nested: list[str] = []

    def walk(node, rule: str, inside: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$or" and inside:
                    nested.append(rule)
                walk(value, rule, inside or key in ("$iany", "$iall"))
        elif isinstance(node, list):
            for value in node:
                walk(value, rule, inside)

    program = compile_catalogue(jurisdictions.catalogue())
    for chunks in program.groups.values():
        for chunk in chunks:
            for name, rule in chunk.items():
                walk(rule, name, False)
    assert program.groups and not nested, nested[:5]


def test_list_membership_alternatives_compile_to_one_quantifier_per_value():
    compiler = Compiler()
    expr = compiler.side(AnyOf(*(F("monitoring.techniques").has(v) for v in ("a", "b"))), True)
    assert expr == {"$or": [{"$iany": {"monitoring__techniques": {"$i": "a"}}},
                            {"$iany": {"monitoring__techniques": {"$i": "b"}}}]}


def test_a_rejected_assertion_is_an_error_and_a_ruleset_that_keeps_rejecting_is_replaced(monkeypatch):
    """The engine refuses a fact of more than about 250 properties (error 302, measured).

    Our facts carry only the properties a ruleset's rules test (at most 74 today; see
    test_the_catalogue_compiles_within_engine_limits), so this is a guard: the refusal is an
    EngineError, the backend stays usable, and a ruleset that keeps refusing is rebuilt before
    any sessions it might leave behind could approach the 1,024-state limit.
    """
    import engine._durable as durable

    monkeypatch.setattr(durable, "REBUILD_AFTER_FAILURES", 3)
    wide = {f"r{i}": {"all": [{"m": {f"k{i}": 1}}]} for i in range(260)}
    backend = Backend({"wide": [wide], "g": [{"r": {"all": [{"m": {"a": 1}}]}}]})
    handle = backend._handles["wide"][0].handle
    for _ in range(3):
        with pytest.raises(EngineError, match="rejected"):
            backend.fire("wide", {"as_of": 1, **{f"k{i}": 1 for i in range(260)}})
    assert backend.rebuilds == 1 and backend._handles["wide"][0].handle != handle
    assert backend.fire("g", {"as_of": 1, "a": 1}) == ["r"]  # the rest of the engine is unaffected
    assert backend.fire("wide", {"as_of": 1, "k7": 1}) == ["r7"]  # and the rebuilt ruleset works
