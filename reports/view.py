"""Turn a :class:`engine.model.Result` and its description into what the template shows.

Presentation only: labels for statuses and grades, grouping, sorting, and facts put into
words. No legal text lives here; every title, reason, remedy and citation comes from the
result, which comes from the requirement objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from engine.description import DeploymentDescription
from engine.model import GRADE_MEANING, STATUS_RANK, Finding, Grade, Result, Status

#: Every status is shown by word, by shape and by colour (the shape survives greyscale).
STATUS_SYMBOL = {
    "violation": "✖",
    "action_required": "▲",
    "at_risk": "◆",
    "needs_information": "?",
    "upcoming": "◷",
    "satisfied": "✔",
    "not_applicable": "–",
}
STATUS_LABEL = {
    "violation": "Violation",
    "action_required": "Action required",
    "at_risk": "At risk",
    "needs_information": "Needs information",
    "upcoming": "Upcoming",
    "satisfied": "Satisfied",
    "not_applicable": "Not applicable",
}
SEVERITY_LABEL = {
    "prohibited": "Prohibited practice",
    "required_before_deployment": "Required before deployment",
    "required": "Required",
    "recommended": "Recommended",
}
VERDICT_LABEL = {
    "blocked": "Blocked",
    "not_ready": "Not ready",
    "review": "Review needed",
    "clear": "Clear",
}
VERDICT_MEANING = {
    "blocked": "At least one finding is a violation: the monitoring must not start or continue as described.",
    "not_ready": "No violation, but actions are required before the monitoring may go ahead.",
    "review": "Nothing must be fixed on these facts, but risks or open questions need a review.",
    "clear": "No finding needs action on the facts described.",
}
GRADE_LABEL = {"V": "verified", "S": "secondary sources", "K": "unverified"}

#: Statuses whose findings get a full entry in the report; satisfied and not-applicable ones get a table row.
DETAILED = ("violation", "action_required", "at_risk", "needs_information", "upcoming")


def report_id(result: Result) -> str:
    """First 16 hex digits of SHA-256 over input hash, catalogue hash and as-of date (concatenated)."""
    seed = f"{result.input_sha256}{result.catalogue.sha256}{result.as_of.isoformat()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


def format_value(value: Any) -> str:
    """A fact value in words: yes/no, lists joined, numbers grouped, None as unknown."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(format_value(v) for v in value) if value else "none"
    if isinstance(value, dict):
        return "; ".join(f"{k} = {format_value(v)}" for k, v in value.items())
    return str(value)


_NOT_APPLICABLE = re.compile(
    r"^Not applicable:\s*(?:When\s+)?(?P<when>.+?)\s+—\s+not the case here(?:\s+\((?P<extra>[^)]*)\))?\.?$", re.S
)


def applies_when(reason: str) -> str:
    """``Not applicable: When X — not the case here (and not in force before D).`` as ``X (not in force before D)``.

    Only the fixed boilerplate goes; a reason in another form is kept whole (less its prefix).
    """
    match = _NOT_APPLICABLE.match(reason)
    if not match:
        return re.sub(r"^Not applicable:\s*", "", reason)
    when = match["when"][:1].upper() + match["when"][1:]
    extra = match["extra"]
    if extra:
        when += f" ({re.sub(r'^and ', '', extra)})"
    return when


def format_date(value: dt.date | None) -> str:
    return value.strftime("%-d %b %Y") if value else ""


_POPULATION = re.compile(r"^workforce\[(\d+)\]")


@dataclass
class PopulationLabel:
    """Names a ``workforce[i]`` population in words, so scope reasons say *who* is concerned."""

    description: DeploymentDescription

    def __call__(self, path: str) -> str | None:
        match = _POPULATION.match(path)
        workforce = self.description.workforce or []
        if not match or int(match[1]) >= len(workforce):
            return None
        p = workforce[int(match[1])]
        where = p.region or p.country or "unknown place"
        if p.residence and p.residence != where:
            where += f", living in {p.residence}"
        who = ", ".join(p.roles) if p.roles else "workers"
        count = f"{p.headcount:,} " if p.headcount is not None else ""
        return f"{count}{who} in {where}"


@dataclass
class Fact:
    path: str
    value: str
    population: str | None = None


@dataclass
class FindingView:
    f: Finding
    symbol: str
    label: str
    severity: str
    grade_label: str
    facts: list[Fact]
    dates: list[tuple[str, str]]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.f, name)


@dataclass
class InstrumentGroup:
    name: str
    anchor: str
    detailed: list[FindingView] = field(default_factory=list)
    satisfied: list[FindingView] = field(default_factory=list)
    penalty: str | None = None  # set when every finding of the group shares one penalty text
    #: every distinct penalty text of the detailed findings, once, with the ids it applies to
    #: (``None`` when it applies to all of them): the exposure is stated per instrument, not per finding
    penalties: list[tuple[str, list[str] | None]] = field(default_factory=list)


@dataclass
class JurisdictionGroup:
    code: str
    name: str
    anchor: str
    instruments: list[InstrumentGroup]
    counts: dict[str, int]


def _anchor(*parts: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in parts)


def build(result: Result, description: DeploymentDescription) -> dict[str, Any]:
    population = PopulationLabel(description)

    def facts(items: list[Any]) -> list[Fact]:
        return [Fact(i.path, format_value(i.value), population(i.path)) for i in items]

    def view(f: Finding) -> FindingView:
        dates = [("In force from", format_date(f.in_force_from))]
        if f.in_force_until:
            dates.append(("In force until", format_date(f.in_force_until)))
        if f.deadline:
            dates.append(("Deadline", format_date(f.deadline)))
        return FindingView(
            f=f,
            symbol=STATUS_SYMBOL[f.status],
            label=STATUS_LABEL[f.status],
            severity=SEVERITY_LABEL.get(f.severity, str(f.severity)),
            grade_label=GRADE_LABEL[f.grade],
            facts=facts(f.facts_used),
            dates=dates,
        )

    names = {j.code: j.name for j in result.jurisdictions}
    order = {j.code: i for i, j in enumerate(result.jurisdictions)}
    by_jurisdiction: OrderedDict[str, OrderedDict[str, InstrumentGroup]] = OrderedDict()
    applicable = [f for f in result.findings if f.status != Status.not_applicable]
    for f in sorted(applicable, key=lambda f: order.get(f.jurisdiction, len(order))):
        instruments = by_jurisdiction.setdefault(f.jurisdiction, OrderedDict())
        group = instruments.get(f.instrument)
        if group is None:
            group = instruments[f.instrument] = InstrumentGroup(f.instrument, _anchor("i", f.jurisdiction, f.instrument))
        (group.satisfied if f.status == Status.satisfied else group.detailed).append(view(f))
    jurisdictions = []
    for code, instruments in by_jurisdiction.items():
        for g in instruments.values():
            g.detailed.sort(key=lambda v: (STATUS_RANK[v.f.status], v.f.id))
            penalties = {v.f.penalty for v in g.detailed}
            if len(g.detailed) > 1 and len(penalties) == 1:
                g.penalty = penalties.pop()
            by_text: OrderedDict[str, list[str]] = OrderedDict()
            for v in g.detailed:
                if v.f.penalty:
                    by_text.setdefault(v.f.penalty, []).append(v.f.id)
            everyone = len(by_text) == 1 and len(next(iter(by_text.values()), [])) == len(g.detailed)
            g.penalties = [(text, None if everyone else ids) for text, ids in by_text.items()]
        counts: dict[str, int] = {}
        for f in applicable:
            if f.jurisdiction == code:
                counts[f.status] = counts.get(f.status, 0) + 1
        jurisdictions.append(
            JurisdictionGroup(
                code,
                names.get(code, code),
                _anchor("j", code),
                # instruments with the most serious finding first, then by name
                sorted(
                    instruments.values(),
                    key=lambda g: (min((STATUS_RANK[v.f.status] for v in g.detailed), default=9), g.name),
                ),
                {s: counts[s] for s in STATUS_SYMBOL if s in counts},
            )
        )

    blocking = [view(f) for s in ("violation", "action_required") for f in result.findings if f.status == s]
    review = [view(f) for s in ("at_risk", "needs_information") for f in result.findings if f.status == s]

    # every question: the aggregated ones, and those that leave a jurisdiction's scope open
    questions: dict[str, dict[str, Any]] = {}
    for q in result.questions:
        questions.setdefault(q.path, {"question": q.question, "asked_by": []})["asked_by"].extend(q.asked_by)
    for f in result.findings:
        if f.status == Status.needs_information:
            for q in f.questions:
                questions.setdefault(q.path, {"question": q.question, "asked_by": []})["asked_by"].append(f.id)
    for j in result.jurisdictions:
        for q in j.questions:
            questions.setdefault(q.path, {"question": q.question, "asked_by": []})["asked_by"].append(f"scope of {j.code}")
    question_rows = [
        {"path": p, "question": v["question"], "asked_by": sorted(set(v["asked_by"]))} for p, v in sorted(questions.items())
    ]

    timeline = []
    for f in result.findings:
        if f.status == Status.not_applicable:
            continue  # not an obligation of this deployment, whatever its dates
        if f.status == Status.upcoming or f.in_force_from > result.as_of:
            timeline.append((f.in_force_from, "Applies from", view(f)))
        if f.deadline:
            timeline.append((f.deadline, "Deadline", view(f)))
        if f.in_force_until and f.in_force_until >= result.as_of:
            timeline.append((f.in_force_until, "Ceases to apply", view(f)))
    timeline.sort(key=lambda t: (t[0], t[2].f.id))

    def by_place(items: list[FindingView]) -> list[FindingView]:
        return sorted(items, key=lambda v: (order.get(v.f.jurisdiction, len(order)), v.f.instrument, v.f.id))

    not_applicable = by_place([view(f) for f in result.findings if f.status == Status.not_applicable])
    for v in not_applicable:
        v.short_reason = re.sub(r"^Not applicable:\s*", "", v.f.reason)  # type: ignore[attr-defined]
        v.applies_when = applies_when(v.f.reason)  # type: ignore[attr-defined]
    met = by_place([view(f) for f in result.findings if f.status == Status.satisfied])

    # every authority the detailed findings rely on, once, with the findings that cite it (in report order)
    authorities: OrderedDict[tuple[str, str | None], list[str]] = OrderedDict()
    for j in jurisdictions:
        for g in j.instruments:
            for v in g.detailed:
                for a in v.f.authorities:
                    authorities.setdefault((str(a.get("title") or ""), a.get("url")), []).append(v.f.id)
    authority_rows = [
        {"n": n, "title": t, "url": u, "cited_by": ids} for n, ((t, u), ids) in enumerate(authorities.items(), 1)
    ]
    number = {key: n for n, key in enumerate(authorities, 1)}
    for j in jurisdictions:
        for g in j.instruments:
            for v in g.detailed:
                refs = [number[(str(a.get("title") or ""), a.get("url"))] for a in v.f.authorities]
                v.authority_refs = refs  # type: ignore[attr-defined]

    populations = [(f"workforce[{i}]", population(f"workforce[{i}]")) for i in range(len(description.workforce or []))]

    def _stated(fact: Fact, reason: str) -> bool:
        """The fact is quoted in the reason, or is a population's place (shown in the population list)."""
        if f"{fact.path} = " in reason:
            return True
        where = re.match(r"^workforce\[\d+\]\.(country|region|residence)$", fact.path)
        return bool(where) and fact.population is not None

    scope_in = [j for j in result.jurisdictions if j.in_scope is True]
    scope_open = [j for j in result.jurisdictions if j.in_scope is None]
    scope_out = [j for j in result.jurisdictions if j.in_scope is False]

    toc = [("summary", "Executive summary", 1), ("scope", "Scope", 1), ("findings", "Findings", 1)]
    toc += [(j.anchor, j.name, 2) for j in jurisdictions]
    toc += [
        ("met", "Requirements met", 1),
        ("not-applicable", "Requirements not applicable", 1),
        ("authorities", "Authorities relied on", 1),
        ("questions", "Questions to answer", 1),
        ("upcoming", "Upcoming obligations", 1),
        ("watch", "Watch list", 1),
        ("appendix-a", "Appendix A · The description as submitted", 1),
        ("appendix-b", "Appendix B · Method and integrity", 1),
    ]
    org = description.organisation
    data = description.model_dump(mode="json", exclude_none=True)
    return {
        "r": result,
        "d": description,
        "report_id": report_id(result),
        "organisation": (org.name if org and org.name else None),
        "as_of": format_date(result.as_of),
        "verdict_label": VERDICT_LABEL[result.verdict],
        "verdict_meaning": VERDICT_MEANING[result.verdict],
        "counts": [(s, STATUS_SYMBOL[s], STATUS_LABEL[s], result.counts.get(s, 0)) for s in STATUS_SYMBOL],
        "blocking": blocking,
        "review": review,
        "review_groups": [
            (s, STATUS_LABEL[s], [v.f.id for v in review if v.f.status == s])
            for s in ("at_risk", "needs_information")
            if any(v.f.status == s for v in review)
        ],
        "scope_in": [(j, facts(j.facts_used)) for j in scope_in],
        "scope_open": [(j, facts(j.facts_used)) for j in scope_open],
        "scope_out": [(j, facts(j.facts_used)) for j in scope_out],
        # for the PDF: every monitored population once, and per jurisdiction only the facts that
        # neither its reason (which already quotes them) nor the population list states
        "populations": populations,
        "scope_extra": {
            j.code: [x for x in facts(j.facts_used) if not _stated(x, j.reason)] for j in result.jurisdictions
        },
        "jurisdictions": jurisdictions,
        "toc": toc,
        "questions": question_rows,
        "timeline": [(format_date(d), what, v) for d, what, v in timeline],
        "watch": result.watch_list,
        "not_applicable": not_applicable,
        "met": met,
        "authorities": authority_rows,
        "actionable": sum(len(g.detailed) for j in jurisdictions for g in j.instruments),
        "description_tables": description_tables(data),
        "grades": [(g.value, GRADE_LABEL[g.value], GRADE_MEANING[g]) for g in Grade],
        "statuses": [(s, STATUS_SYMBOL[s], STATUS_LABEL[s]) for s in STATUS_SYMBOL],
        "format_date": format_date,
    }


# --------------------------------------------------------------------------- appendix A


def _flatten(value: Any, prefix: str, rows: list[tuple[str, str, bool]]) -> None:
    if isinstance(value, dict):
        if not value:
            rows.append((prefix, "(empty)", False))
        for k, v in value.items():
            _flatten(v, f"{prefix}.{k}" if prefix else k, rows)
    elif isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        for i, v in enumerate(value):
            _flatten(v, f"{prefix}[{i}]", rows)
    else:
        rows.append((prefix, format_value(value), isinstance(value, str) and len(value) > 60))


def description_tables(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The description as one table per section; nested keys are shown as dotted sub-keys.

    Values are text only; long free text is flagged so the template can set it as a paragraph.
    """
    general: list[tuple[str, str, bool]] = []
    tables: list[dict[str, Any]] = [{"title": "General", "rows": general}]
    for key, value in data.items():
        if isinstance(value, dict):
            rows: list[tuple[str, str, bool]] = []
            _flatten(value, "", rows)
            tables.append({"title": key, "rows": rows})
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                rows = []
                _flatten(item, "", rows)
                tables.append({"title": f"{key}[{i}]", "rows": rows})
        else:
            general.append((key, format_value(value), isinstance(value, str) and len(value) > 60))
    return tables
