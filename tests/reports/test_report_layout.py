"""Layout at catalogue scale: a synthetic result with 150 findings (the only hand-made findings)."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from pypdf import PdfReader

from engine.loading import load
from engine.model import (
    AskedQuestion,
    CatalogueInfo,
    FactUsed,
    Finding,
    Question,
    Result,
    ScopeResult,
    WatchResult,
    verdict_for,
)
from reports.render import render_pdf

from report_helpers import page_texts, pdf_text

AS_OF = dt.date(2026, 12, 1)
JURISDICTIONS = [
    ("EU", "European Union", ["GDPR", "AI Act", "Platform Work Directive"]),
    ("DE", "Germany", ["BetrVG", "BDSG"]),
    ("FR", "France", ["Code du travail"]),
    ("US-CA", "California", ["Cal. Civ. Code", "Cal. Lab. Code", "11 CCR"]),
    ("US", "United States (federal)", ["29 U.S.C.", "18 U.S.C."]),
]
STATUSES = (
    ["not_applicable"] * 60
    + ["satisfied"] * 30
    + ["needs_information"] * 25
    + ["at_risk"] * 12
    + ["action_required"] * 12
    + ["violation"] * 5
    + ["upcoming"] * 6
)


def synthetic_result() -> Result:
    places = [(code, name, inst) for code, name, insts in JURISDICTIONS for inst in insts]
    findings = []
    for i, (status, (code, _, instrument)) in enumerate(zip(STATUSES, itertools.cycle(places), strict=False)):
        upcoming = status == "upcoming"
        findings.append(
            Finding(
                id=f"{code}-SYN-{i:03d}-REQ",
                title=f"Synthetic requirement number {i} about monitoring transparency and proportionality",
                jurisdiction=code,
                instrument=instrument,
                citation=f"{instrument} Art {i}",
                url=f"https://example.eu/law/{code.lower()}/{i}",
                grade=["V", "S", "K"][i % 3],
                severity=["prohibited", "required_before_deployment", "required", "recommended"][i % 4],
                status=status,
                reason=(
                    "Not applicable: When the employer monitors something — not the case here."
                    if status == "not_applicable"
                    else f"Synthetic reason {i}: the facts show a condition that decides this status, explained in a sentence of ordinary length."
                ),
                also=["A second failing check also holds."] if i % 5 == 0 else [],
                facts_used=[
                    FactUsed(path="monitoring.keystroke_capture", value="full_content"),
                    FactUsed(path=f"workforce[{i % 4}].country", value=["US", "IE", "DE", "FR"][i % 4]),
                ],
                questions=[Question(path=f"synthetic.field_{i % 7}", question=f"Is synthetic fact {i % 7} true?")]
                if status == "needs_information"
                else [],
                remedy=None if status in ("satisfied", "not_applicable") else f"Do the synthetic thing number {i} before rollout.",
                in_force_from=AS_OF + dt.timedelta(days=30 * (i % 12 + 1)) if upcoming else dt.date(2018, 5, 25),
                deadline=AS_OF + dt.timedelta(days=90) if status == "action_required" and i % 2 else None,
                penalty="Up to EUR 20 million or 4 % of worldwide annual turnover.",
                authorities=[{"title": "A guidance document", "url": "https://example.eu/guidance", "kind": "guidance"}],
            )
        )
    asked: dict[str, tuple[str, list[str]]] = {}
    for f in findings:
        for q in f.questions:
            asked.setdefault(q.path, (q.question, []))[1].append(f.id)
    counts = {s: sum(f.status == s for f in findings) for s in dict.fromkeys(STATUSES)}
    return Result(
        name="Synthetic large deployment",
        as_of=AS_OF,
        verdict=verdict_for([f.status for f in findings]),
        counts=counts,
        jurisdictions=[
            ScopeResult(code=c, name=n, in_scope=True, reason="In scope: people work there", facts_used=[], requirements=30)
            for c, n, _ in JURISDICTIONS
        ]
        + [ScopeResult(code="IT", name="Italy", in_scope=False, reason="Not in scope: nobody works in Italy", facts_used=[], requirements=0)],
        classifications=[],
        findings=findings,
        questions=[AskedQuestion(path=p, question=q, asked_by=sorted(ids)) for p, (q, ids) in sorted(asked.items())],
        watch_list=[
            WatchResult(
                id="WATCH-EU-SYN",
                title="A proposal",
                jurisdiction="EU",
                status="pending",
                status_as_of=AS_OF,
                provisions="Would do things.",
                url="https://example.eu/proposal",
            )
        ],
        catalogue=CatalogueInfo(version="2099.1.0", sha256="a" * 64, requirements=190),
        input_sha256="b" * 64,
        generator="bentham 0.1.0",
    )


@pytest.fixture(scope="module")
def large():
    result = synthetic_result()
    description = load(FLAGSHIP_BYTES())
    return result, render_pdf(result, description)


def FLAGSHIP_BYTES() -> bytes:  # noqa: N802
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "examples" / "keystroke-ai-training.yaml").read_bytes()


def test_every_finding_is_listed(large):
    result, pdf = large
    text = pdf_text(pdf)
    missing = [f.id for f in result.findings if f.id not in text]
    assert not missing


def test_unverified_grade_is_marked(large):
    _, pdf = large
    assert "UNVERIFIED" in pdf_text(pdf).upper()


def test_long_tables_repeat_their_header(large):
    _, pdf = large
    pages = page_texts(pdf)
    with_na_header = [i for i, p in enumerate(pages) if "APPLIES ONLY WHEN" in p.upper()]
    assert len(with_na_header) >= 2  # the not-applicable table spans pages, header repeated


def test_upcoming_timeline_is_dated_and_sorted(large):
    result, pdf = large
    text = pdf_text(pdf)
    section = text[text.index("Upcoming obligations", text.index("Appendix B ·") + 1) :]
    upcoming = sorted((f for f in result.findings if f.status == "upcoming"), key=lambda f: (f.in_force_from, f.id))
    positions = [section.index(f.id) for f in upcoming]
    assert positions == sorted(positions)


def test_page_count_is_reasonable(large):
    _, pdf = large
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert 15 <= pages <= 120
