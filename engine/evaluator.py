"""Evaluate a deployment description against a catalogue: facts in, dated findings out.

``Evaluator`` is built once per thread (it owns a rules-engine backend, which is not
thread-safe); :mod:`engine.runtime` confines it to one thread per process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from . import __version__
from ._durable import Backend, EngineError
from .catalogue import Catalogue
from .compiler import Compiler, Program
from .conditions import All, Cond, Is, Trace, evaluate
from .description import DeploymentDescription, question_for
from .facts import DERIVED_FROM, item_to_engine, normalise, to_engine
from .model import (
    STATUS_RANK,
    AskedQuestion,
    CatalogueInfo,
    Classification,
    ClassificationResult,
    FactUsed,
    Finding,
    Jurisdiction,
    Question,
    Requirement,
    Result,
    ScopeResult,
    Status,
    WatchItem,
    WatchResult,
    verdict_for,
)

_M = TypeVar("_M", bound=BaseModel)


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def input_sha256(description: DeploymentDescription) -> str:
    return hashlib.sha256(canonical_json(description.model_dump(mode="json", exclude_none=True)).encode()).hexdigest()


def compile_catalogue(catalogue: Catalogue) -> Program:
    compiler = Compiler()
    for jurisdiction in catalogue.jurisdictions:
        compiler.add(jurisdiction, jurisdiction.scope)
    for classification in catalogue.classifications:
        compiler.add(classification, classification.condition)
    for req in catalogue.requirements:
        tag = req.jurisdiction
        applies = compiler.add(("applies", req.id), All(Is(catalogue.jurisdiction[tag]), req.applies_if), tag=tag)
        for i, check in enumerate(req.checks):
            compiler.add(("check", req.id, i), check.when, gate=applies, tag=tag)
    return compiler.build()


class Evaluator:
    def __init__(self, catalogue: Catalogue, program: Program | None = None) -> None:
        self.catalogue = catalogue
        self.program = program or compile_catalogue(catalogue)
        self.backend = Backend(self.program.groups)
        #: skip the rules of jurisdictions known to be out of scope (off only to test that it changes nothing)
        self.prune = True
        # rule name -> (node index, "T" | "F"); names are n<index><T|F><k> and i<index><T|F><k>
        self._rule = {
            name: _parse_rule(name) for chunks in self.program.groups.values() for chunk in chunks for name in chunk
        }
        # The full applicability condition of each requirement: its jurisdiction's scope and its own trigger.
        self.applies = {
            r.id: All(Is(catalogue.jurisdiction[r.jurisdiction]), r.applies_if) for r in catalogue.requirements
        }
        # The node holding each jurisdiction's scope (see node_values: pruning).
        self._scope_index = {j.code: self.program.node_of[id(j)].index for j in catalogue.jurisdictions}
        # Built once and shared by every finding (results are read-only).
        self.index_of = {owner: node.index for owner, node in self.program.node_of.items()}
        self.citations = {item.id: item.citation.label for item in (*catalogue.requirements, *catalogue.classifications)}
        self.counts = {j.code: sum(1 for r in catalogue.requirements if r.jurisdiction == j.code) for j in catalogue.jurisdictions}
        self.catalogue_info = CatalogueInfo(
            version=catalogue.version, sha256=catalogue.sha256, requirements=len(catalogue.requirements)
        )
        self._watch: dict[tuple[str, str | None], WatchResult] = {}
        self.authorities = {
            r.id: [{"title": a.title, "url": a.url, "kind": a.kind} for a in r.authorities] for r in catalogue.requirements
        }

    def watch_result(self, item: WatchItem, as_of: dt.date) -> WatchResult:
        note = item.note_on(as_of)
        found = self._watch.get((item.id, note))
        if found is None:
            fields = {k: getattr(item, k) for k in WatchResult.model_fields if k != "note"}
            found = self._watch[(item.id, note)] = WatchResult(**fields, note=note)
        return found

    # -- the rules engine ------------------------------------------------------------------

    def node_values(
        self, facts: dict[str, Any], as_of: dt.date, only: set[str] | None = None, prune: bool = False
    ) -> dict[int, bool | None]:
        """Run every stratum; return each node's three-valued value (None = unknown or not evaluated).

        With ``prune``, a jurisdiction's own nodes (its requirements' applicability and checks)
        are not evaluated once the jurisdiction is known to be out of scope, or when ``only``
        names other jurisdictions: no finding of it is reported then, so its rules are not run.
        """
        payload = to_engine(facts, as_of)
        payload.update(self.quantify(facts, as_of))
        values: dict[int, bool | None] = {}
        skipped: set[str] = set()
        for level, stratum in enumerate(self.program.strata):
            true, false = set(), set()
            rule = self._rule
            for tag in self.program.rulesets[level]:
                if tag != "*" and prune:
                    if tag in skipped:
                        continue
                    if (only is not None and tag not in only) or values.get(self._scope_index[tag]) is False:
                        skipped.add(tag)
                        continue
                for name in self.backend.fire(f"stratum:{level}:{tag}", payload):
                    index, side = rule[name]
                    (true if side == "T" else false).add(index)
            for node in stratum:
                if node.tag in skipped:
                    values[node.index] = None
                    continue
                is_true, is_false = node.index in true, node.index in false
                if is_true and is_false:
                    raise EngineError(f"rules for {node.owner!r} fired both true and false")
                value = True if is_true else False if is_false else None
                values[node.index] = value
                if value is not None:
                    payload[node.key] = value
        return values

    def quantify(self, facts: dict[str, Any], as_of: dt.date) -> dict[str, bool]:
        """Evaluate every condition on list items, one item at a time, and quantify over the list.

        The rules decide each item (true, false, or neither when a fact is unknown); the list's
        value is then the existential reading: true if some item is true, false if every item
        is false (or the list is empty), unknown otherwise (or when the list itself is unknown).
        """
        out: dict[str, bool] = {}
        for path in self.program.item_rulesets:
            items = facts.get(path)
            if items is None:
                continue
            nodes = [n for n in self.program.item_nodes if n.list_path == path]
            any_true: set[int] = set()
            all_false = {n.index for n in nodes}
            for item in items:
                true, false = set(), set()
                for name in self.backend.fire(f"items:{path}", item_to_engine(item, as_of)):
                    index, side = self._rule[name]
                    (true if side == "T" else false).add(index)
                if true & false:
                    raise EngineError(f"item rules for {path} fired both true and false")
                any_true |= true
                all_false &= false
            for node in nodes:
                if node.index in any_true:
                    out[node.key] = True
                elif node.index in all_false:
                    out[node.key] = False
        return out

    # -- one evaluation --------------------------------------------------------------------

    def evaluate(
        self,
        description: DeploymentDescription,
        as_of: dt.date | None = None,
        jurisdictions: list[str] | None = None,
    ) -> Result:
        as_of = as_of or description.assessment_date
        if as_of is None:
            raise ValueError("an evaluation needs an as-of date: set assessment_date or pass as_of")
        selected = self.catalogue.select(jurisdictions)
        facts = normalise(description)
        values = self.node_values(facts, as_of, set(jurisdictions) if jurisdictions else None, prune=self.prune)
        explain = _Explainer(self, facts, as_of, values)

        scopes = [explain.scope(j) for j in self.catalogue.jurisdictions if not jurisdictions or j.code in jurisdictions]
        out_of_scope = {s.code for s in scopes if s.in_scope is False}
        findings = [explain.requirement(r) for r in selected if r.jurisdiction not in out_of_scope]
        findings.sort(key=lambda f: self.catalogue.order(self.catalogue.by_id[f.id]))  # type: ignore[arg-type]

        # Every classification a finding chained on, and those they chain on in turn (a reader
        # checks a finding's deciding facts through them).
        by_id = self.catalogue.by_id
        wanted = list(dict.fromkeys(cid for f in findings for cid in f.classifications_used))
        explained: dict[str, ClassificationResult] = {}
        while wanted:
            cid = wanted.pop()
            if cid not in explained:
                explained[cid], nested = explain.classification(by_id[cid])  # type: ignore[arg-type]
                wanted.extend(nested)
        classifications = [explained[c.id] for c in self.catalogue.classifications if c.id in explained]

        asked: dict[str, tuple[str, list[str]]] = {}
        for f in findings:
            for q in f.questions:
                asked.setdefault(q.path, (q.question, []))[1].append(f.id)
        questions = [_construct(AskedQuestion, path=p, question=q, asked_by=sorted(ids)) for p, (q, ids) in sorted(asked.items())]

        counts = {s.value: 0 for s in sorted(Status, key=STATUS_RANK.get)}
        for f in findings:
            counts[f.status.value] += 1
        codes = {s.code for s in scopes}
        # Every part is built from the catalogue or the validated description: no re-validation.
        return _construct(
            Result,
            result_version=1,
            name=description.name,
            as_of=as_of,
            verdict=verdict_for([f.status for f in findings]),
            counts=counts,
            jurisdictions=scopes,
            classifications=classifications,
            findings=findings,
            questions=questions,
            watch_list=[
                self.watch_result(w, as_of)
                for w in self.catalogue.watch_list
                if w.jurisdiction in codes and (w.introduced_on is None or w.introduced_on <= as_of)
            ],
            catalogue=self.catalogue_info,
            input_sha256=input_sha256(description),
            generator=f"bentham {__version__}",
        )


def _parse_rule(name: str) -> tuple[int, str]:
    # rule names are n<index><T|F><disjunct>
    for i in range(1, len(name)):
        if name[i] in "TF":
            return int(name[1:i]), name[i]
    raise EngineError(f"unexpected rule name {name!r}")


class _Explainer:
    """Turns node values into findings, with the facts that decided each and the questions left."""

    def __init__(self, evaluator: Evaluator, facts: dict[str, Any], as_of: dt.date, values: dict[int, bool | None]) -> None:
        self.ev = evaluator
        self.facts = facts
        self.as_of = as_of
        self.values = values
        self._traces: dict[int, tuple[bool | None, Trace]] = {}

    def value_of(self, owner: Any) -> bool | None:
        return self.values.get(self.ev.index_of[owner if isinstance(owner, tuple) else id(owner)])

    def trace(self, cond: Cond, value: bool | None) -> tuple[bool | None, Trace]:
        """What decided ``cond``, whose value the rules engine computed (``value``, from its node).

        The rules give every node's value; the explanation only walks down to the facts that
        decided it (the reference semantics and the rules agree: tests/test_engine_equivalence.py).
        """
        cached = self._traces.get(id(cond))
        if cached is None:
            trace = Trace()
            cached = self._traces[id(cond)] = (evaluate(cond, self.facts, self.as_of, self.value_of, trace, value), trace)
        return cached

    def questions(self, trace: Trace, seen: set[int] | None = None) -> list[Question]:
        """Questions for the missing facts, following unknown derived facts down to contract fields."""
        seen = seen if seen is not None else set()
        missing = list(trace.missing)
        for target, value in trace.derived.items():
            if value is None and id(target) not in seen:
                seen.add(id(target))
                condition = getattr(target, "condition", None) or getattr(target, "scope", None)
                _, sub = self.trace(condition, None)
                missing.extend(q.path for q in self.questions(sub, seen))
        # a derived fact is asked about through the contract fields it is computed from
        asked = [src for path in missing for src in DERIVED_FROM.get(path, (path,)) if src not in self.facts]
        return [_question(path) for path in dict.fromkeys(asked)]

    @staticmethod
    def used(trace: Trace) -> list[FactUsed]:
        return [_fact(p, v) for p, v in sorted(trace.used.items())]

    @staticmethod
    def derived(trace: Trace) -> dict[str, bool | None]:
        return {t.id: v for t, v in trace.derived.items() if isinstance(t, Classification)}

    # -- results -----------------------------------------------------------------------

    def scope(self, j: Jurisdiction) -> ScopeResult:
        value, trace = self.trace(j.scope, self.value_of(j))
        because = "; ".join(f"{p} = {_words(v)}" for p, v in sorted(trace.used.items()))
        if value is True:
            reason = f"In scope because {because} ({j.scope_basis})."
        elif value is False:
            reason = f"Not in scope: the law applies when {j.scope_basis}, and the facts show otherwise."
        else:
            reason = f"Scope unknown: the law applies when {j.scope_basis}; answer the questions to decide."
        return _construct(
            ScopeResult,
            code=j.code,
            name=j.name,
            in_scope=value,
            reason=reason,
            facts_used=self.used(trace),
            questions=self.questions(trace) if value is None else [],
            requirements=self.ev.counts[j.code],
        )

    def classification(self, c: Classification) -> tuple[ClassificationResult, list[str]]:
        """The classification's result, and the classifications its value turned on."""
        value, trace = self.trace(c.condition, self.value_of(c))
        return _construct(
            ClassificationResult,
            id=c.id,
            title=c.title,
            value=value,
            citation=self.ev.citations[c.id],
            url=c.citation.url,
            grade=c.grade,
            facts_used=self.used(trace),
            classifications_used=dict(sorted(self.derived(trace).items())),
            questions=self.questions(trace) if value is None else [],
        ), list(self.derived(trace))

    def requirement(self, req: Requirement) -> Finding:
        applies_cond = self.ev.applies[req.id]
        applies = self.value_of(("applies", req.id))
        _, app_trace = self.trace(applies_cond, applies)
        traces = [app_trace]
        questions: list[Question] = []
        also: list[str] = []
        deadline = None
        remedy: str | None = req.remedy

        if self.as_of < req.in_force_from:
            status = Status.upcoming if applies is not False else Status.not_applicable
            reason = (
                f"Applies from {req.in_force_from.isoformat()}; not yet in force on {self.as_of.isoformat()}."
                if status is Status.upcoming
                else f"Not applicable: {req.applies_when} — not the case here (and not in force before {req.in_force_from.isoformat()})."
            )
            if status is Status.upcoming and applies is None:
                reason += " Whether it will apply turns on facts that are not known yet."
                questions = self.questions(app_trace)
        elif req.in_force_until is not None and self.as_of >= req.in_force_until:
            status = Status.not_applicable
            reason = f"No longer in force on {self.as_of.isoformat()} (ceased to apply on {req.in_force_until.isoformat()})."
            remedy = None
        elif applies is False:
            status = Status.not_applicable
            reason = f"Not applicable: {req.applies_when} — not the case here."
            remedy = None
        elif applies is None:
            status = Status.needs_information
            reason = f"Applies {req.applies_when[0].lower() + req.applies_when[1:]} — whether that is the case here is not known."
            questions = self.questions(app_trace)
        else:
            status, reason = req.otherwise, req.satisfied_because
            pending: list[Trace] = []
            decided = False
            for i, check in enumerate(req.checks):
                value = self.value_of(("check", req.id, i))
                if decided:
                    if value is True:
                        also.append(check.because)
                        traces.append(self.trace(check.when, value)[1])
                    continue
                _, trace = self.trace(check.when, value)
                if value is True:
                    status, reason, deadline = check.status, check.because, check.deadline
                    traces.append(trace)
                    decided = True
                elif value is None:
                    pending.append(trace)
                else:
                    traces.append(trace)
            if not decided and pending:
                status = Status.needs_information
                reason = "The obligation applies; whether it is met turns on facts that are not known."
            # Unknown checks listed before the deciding one could still change the answer.
            for trace in pending:
                questions.extend(q for q in self.questions(trace) if q not in questions)
            if status is Status.satisfied:
                remedy = None

        used: dict[str, Any] = {}
        derived: dict[str, bool | None] = {}
        for t in traces:
            used.update(t.used)
            derived.update(self.derived(t))
        # Built without re-validation: every value comes from the catalogue or the validated description.
        return _construct(
            Finding,
            id=req.id,
            title=req.title,
            jurisdiction=req.jurisdiction,
            instrument=req.instrument,
            citation=self.ev.citations[req.id],
            url=req.citation.url,
            grade=req.grade,
            severity=req.severity,
            status=status,
            reason=reason,
            also=also,
            facts_used=[_fact(p, v) for p, v in sorted(used.items())],
            classifications_used=dict(sorted(derived.items())),
            questions=questions,
            remedy=remedy,
            in_force_from=req.in_force_from,
            in_force_until=req.in_force_until,
            deadline=deadline,
            penalty=req.penalty,
            authorities=self.ev.authorities[req.id],
        )


def _construct(cls: type[_M], **values: Any) -> _M:
    """``cls.model_construct(**values)`` for a result model given every one of its fields.

    What pydantic's ``model_construct`` does, without its per-field default handling (which cost
    a tenth of an evaluation): the instance, its field values, which fields were set.
    """
    if values.keys() != cls.model_fields.keys():
        raise TypeError(f"{cls.__name__} needs exactly its fields; differs on {set(values) ^ set(cls.model_fields)}")
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_FACTS: dict[tuple[str, Any], FactUsed] = {}


def _fact(path: str, value: Any) -> FactUsed:
    """A (frozen, shared) FactUsed; the same facts recur across findings and evaluations."""
    key = (path, tuple(value) if isinstance(value, list) else value, type(value))
    found = _FACTS.get(key)
    if found is None:
        if len(_FACTS) > 100_000:
            _FACTS.clear()
        found = _FACTS[key] = FactUsed.model_construct(path=path, value=_plain(value))
    return found


def _words(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


@lru_cache(maxsize=4096)
def _question(path: str) -> Question:
    return Question(path=path, question=question_for(path))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
