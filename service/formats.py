"""Renderings of a result for people (text) and for CI systems (SARIF, JUnit)."""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from engine.model import STATUS_RANK, Result, Status

#: Shape as well as word: statuses stay distinguishable without colour.
MARK = {
    Status.violation: "✖",
    Status.action_required: "▲",
    Status.at_risk: "◆",
    Status.needs_information: "?",
    Status.upcoming: "◷",
    Status.satisfied: "✔",
    Status.not_applicable: "–",
}


def text(result: Result, width: int | None = None, show_not_applicable: bool = False) -> str:
    width = width or max(80, min(shutil.get_terminal_size((110, 24)).columns, 140))
    out: list[str] = []
    out.append(result.name)
    out.append(
        f"as of {result.as_of.isoformat()} · verdict: {result.verdict.value.upper().replace('_', ' ')} · "
        f"catalogue {result.catalogue.version} (sha256 {result.catalogue.sha256[:12]}…)"
    )
    out.append("")
    out.append("Scope")
    for j in result.jurisdictions:
        if j.in_scope is not False:
            state = "in scope" if j.in_scope else "unknown"
            for i, line in enumerate(textwrap.wrap(j.reason, width - 23)):
                out.append(f"  {j.code if i == 0 else '':<6} {state if i == 0 else '':<13} {line}")
    outside = [j.code for j in result.jurisdictions if j.in_scope is False]
    if outside:
        out.append(f"  not in scope: {', '.join(outside)}")
    out.append("")
    findings = sorted(
        (f for f in result.findings if show_not_applicable or f.status is not Status.not_applicable),
        key=lambda f: (STATUS_RANK[f.status], f.jurisdiction, f.id),
    )
    id_w = max([len(f.id) for f in findings] + [2])
    status_w = len("✖ needs_information")
    head = f"{'STATUS':<{status_w}}  {'ID':<{id_w}}  WHY"
    out.append(head)
    why_w = max(30, width - status_w - id_w - 4)
    for f in findings:
        status = f"{MARK[f.status]} {f.status.value}"
        why = " ".join([f.reason, *f.also])
        if f.deadline:
            why += f" Deadline: {f.deadline.isoformat()}."
        if f.status is Status.upcoming:
            why = f"From {f.in_force_from.isoformat()}: {f.title}."
        lines = textwrap.wrap(why, why_w) or [""]
        cite = f"{f.citation} [{f.grade.value}]"
        out.append(f"{status:<{status_w}}  {f.id:<{id_w}}  {lines[0]}")
        for line in lines[1:]:
            out.append(f"{'':<{status_w}}  {'':<{id_w}}  {line}")
        out.append(f"{'':<{status_w}}  {'':<{id_w}}  ↳ {cite}")
    hidden = sum(1 for f in result.findings if f.status is Status.not_applicable and not show_not_applicable)
    if hidden:
        out.append(f"({hidden} requirements checked and not applicable; --format json lists them)")
    if result.questions:
        out.append("")
        out.append(f"Questions to answer ({len(result.questions)})")
        for q in result.questions:
            asked = ", ".join(q.asked_by)
            for i, line in enumerate(textwrap.wrap(f"{q.path} — {q.question} (for {asked})", width - 4)):
                out.append(("  • " if i == 0 else "    ") + line)
    if result.watch_list:
        out.append("")
        out.append("Watch-list (not law; never a finding)")
        for w in result.watch_list:
            out.append(f"  {w.id}: {w.title} — {w.status} (as of {w.status_as_of.isoformat()})")
            if w.note:
                out.append(f"    ! {w.note}")
    out.append("")
    out.append("Counts: " + " · ".join(f"{n} {s}" for s, n in result.counts.items() if n))
    return "\n".join(out) + "\n"


SARIF_LEVEL = {
    Status.violation: "error",
    Status.action_required: "error",
    Status.at_risk: "warning",
    Status.needs_information: "note",
}


def sarif(results: list[tuple[str, Result]]) -> str:
    rules: dict[str, dict[str, Any]] = {}
    items: list[dict[str, Any]] = []
    version = results[0][1].generator.split()[-1] if results else "0"
    for path, result in results:
        for f in result.findings:
            rules.setdefault(
                f.id,
                {
                    "id": f.id,
                    "name": f.id,
                    "shortDescription": {"text": f.title},
                    "helpUri": f.url,
                    "help": {"text": f"{f.citation}. {f.remedy or ''}".strip()},
                    "properties": {"severity": f.severity.value, "grade": f.grade.value, "jurisdiction": f.jurisdiction},
                },
            )
            if f.status not in SARIF_LEVEL:
                continue
            items.append(
                {
                    "ruleId": f.id,
                    "level": SARIF_LEVEL[f.status],
                    "message": {"text": f"{f.status.value}: {f.reason}" + (f" Remedy: {f.remedy}" if f.remedy else "")},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}}}],
                    "properties": {"status": f.status.value, "asOf": result.as_of.isoformat()},
                }
            )
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "bentham",
                        "version": version,
                        "rules": list(rules.values()),
                    }
                },
                "results": items,
            }
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def junit(results: list[tuple[str, Result]], fail_at: Status) -> str:
    threshold = STATUS_RANK[fail_at]
    suites = []
    for path, result in results:
        cases = []
        failures = skipped = 0
        for f in result.findings:
            name = quoteattr(f"{f.id}: {f.title}")
            body = ""
            if STATUS_RANK[f.status] <= threshold:
                failures += 1
                body = f"<failure type={quoteattr(f.status.value)} message={quoteattr(f.reason)}>{escape(f.remedy or '')}</failure>"
            elif f.status is Status.not_applicable:
                skipped += 1
                body = f"<skipped message={quoteattr(f.reason)}/>"
            cases.append(f'    <testcase classname={quoteattr(f.jurisdiction + "." + f.instrument)} name={name}>{body}</testcase>')
        suites.append(
            f"  <testsuite name={quoteattr(path)} tests=\"{len(result.findings)}\" failures=\"{failures}\" skipped=\"{skipped}\">\n"
            + "\n".join(cases)
            + "\n  </testsuite>"
        )
    return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bentham">\n' + "\n".join(suites) + "\n</testsuites>\n"
