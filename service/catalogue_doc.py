"""The requirement catalogue as data and as a generated Markdown page (``docs/requirements.md``).

Run ``python -m service.catalogue_doc docs/requirements.md`` to regenerate; a test fails when
the committed page is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from engine.conditions import outline
from engine.model import GRADE_MEANING, Classification, Requirement, WatchItem


def rule_summary(item: Requirement | Classification, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "title": item.title,
        "jurisdiction": item.jurisdiction,
        "instrument": item.citation.short,
        "citation": item.citation.label,
        "url": item.citation.url,
        "grade": item.grade.value,
    }
    if isinstance(item, Requirement):
        data.update(
            severity=item.severity.value,
            in_force_from=item.in_force_from.isoformat(),
            in_force_until=item.in_force_until.isoformat() if item.in_force_until else None,
            aliases=list(item.aliases),
        )
    if full:
        data["authorities"] = [{"title": a.title, "url": a.url, "kind": a.kind} for a in item.authorities]
        data["rationale"] = item.rationale
        if isinstance(item, Requirement):
            data.update(
                applies_when=item.applies_when,
                applies_if=outline(item.applies_if),
                checks=[
                    {"status": c.status.value, "when": outline(c.when), "because": c.because, "deadline": c.deadline.isoformat() if c.deadline else None}
                    for c in item.checks
                ],
                otherwise=item.otherwise.value,
                remedy=item.remedy,
                penalty=item.penalty,
                reads=item.reads,
                chains_on=item.chains_on,
            )
        else:
            data["condition"] = outline(item.condition)
    return data


def watch_summary(item: WatchItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": "watch",
        "title": item.title,
        "jurisdiction": item.jurisdiction,
        "status": item.status,
        "status_as_of": item.status_as_of.isoformat(),
        "provisions": item.provisions,
        "url": item.url,
        "grade": item.grade.value,
        "introduced_on": item.introduced_on.isoformat() if item.introduced_on else None,
        "session_ends": item.session_ends.isoformat() if item.session_ends else None,
    }


def show_text(item: Requirement | Classification) -> str:
    lines = [f"{item.id} — {item.title}", f"{item.citation.label} ({item.citation.instrument})", item.citation.url]
    lines.append(f"grade {item.grade.value}: {GRADE_MEANING[item.grade]}")
    if isinstance(item, Requirement):
        until = f" until {item.in_force_until.isoformat()}" if item.in_force_until else ""
        lines.append(f"severity {item.severity.value}; in force from {item.in_force_from.isoformat()}{until}")
        lines += ["", f"Applies: {item.applies_when}", *outline(item.applies_if, 1), ""]
        for check in item.checks:
            lines.append(f"{check.status.value} — {check.because}")
            lines += outline(check.when, 1)
        lines.append(f"otherwise {item.otherwise.value} — {item.satisfied_because}")
        lines += ["", f"What to do: {item.remedy}", f"Why: {item.rationale}"]
        if item.penalty:
            lines.append(f"Penalty: {item.penalty}")
    else:
        lines += ["", "Holds when:", *outline(item.condition, 1), "", item.rationale]
    for a in item.authorities:
        lines.append(f"Authority: {a.title}" + (f" — {a.url}" if a.url else ""))
    return "\n".join(lines) + "\n"


def markdown() -> str:
    from jurisdictions import catalogue

    cat = catalogue()
    out = [
        "# Requirement catalogue",
        "",
        f"Generated from the registry by `python -m service.catalogue_doc` — do not edit by hand. "
        f"Catalogue version {cat.version}, SHA-256 `{cat.sha256}`.",
        "",
        "Grades: " + "; ".join(f"**{g.value}** {m}" for g, m in GRADE_MEANING.items()) + ".",
        "",
    ]
    for j in cat.jurisdictions:
        reqs = [r for r in cat.requirements if r.jurisdiction == j.code]
        out += [f"## {j.name} ({j.code})", "", f"In scope when {j.scope_basis}.", ""]
        out += ["| Id | Requirement | Citation | Severity | In force | Grade |", "|---|---|---|---|---|---|"]
        for r in reqs:
            until = f" – {r.in_force_until.isoformat()}" if r.in_force_until else ""
            out.append(
                f"| `{r.id}` | {r.title} | [{r.citation.label}]({r.citation.url}) | {r.severity.value} | "
                f"{r.in_force_from.isoformat()}{until} | {r.grade.value} |"
            )
        classes = [c for c in cat.classifications if c.jurisdiction == j.code]
        if classes:
            out += ["", "Classifications (derived facts the requirements chain on):", ""]
            out += ["| Id | Classification | Citation | Grade |", "|---|---|---|---|"]
            for c in classes:
                out.append(f"| `{c.id}` | {c.title} | [{c.citation.label}]({c.citation.url}) | {c.grade.value} |")
        out.append("")
    if cat.watch_list:
        out += ["## Watch-list (not law)", "", "| Id | Title | Status | As of |", "|---|---|---|---|"]
        for w in cat.watch_list:
            out.append(f"| `{w.id}` | [{w.title}]({w.url}) | {w.status} | {w.status_as_of.isoformat()} |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    target = Path(argv[0]) if argv else Path("docs/requirements.md")
    target.write_text(markdown(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
