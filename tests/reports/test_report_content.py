"""What the lean layout must still carry: every actionable finding in full, every other one in a row."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from engine.model import Status
from reports.render import render_html
from reports.view import build, applies_when

from report_helpers import pdf_text

ACTIONABLE = {Status.violation, Status.at_risk, Status.action_required, Status.needs_information, Status.upcoming}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def link_uris(pdf: bytes) -> set[str]:
    uris = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get_object().get("/S") == "/URI":
                uris.add(str(action.get_object()["/URI"]))
    return uris


def section(text: str, start: str, end: str) -> str:
    """The text between the last occurrence of heading ``start`` (not the contents entry) and ``end``."""
    begin = text.rindex(start)
    return text[begin : text.index(end, begin)]


@pytest.fixture(scope="module")
def text(flagship_pdf) -> str:
    return pdf_text(flagship_pdf)


def test_every_actionable_finding_has_its_full_entry(flagship_pdf, flagship_result, text):
    findings = section(text, "Findings The ", "Requirements met REQUIREMENT")
    actionable = [f for f in flagship_result.findings if f.status in ACTIONABLE]
    assert len(actionable) == 50  # 3 violation, 19 action required, 21 at risk, 6 needs information, 1 upcoming
    uris = link_uris(flagship_pdf)
    for f in actionable:
        assert f.id in findings, f.id
        assert squash(f.title) in findings, f.id
        assert f.citation in findings and f.url in uris, f.id
        assert squash(f.reason) in findings, f.id
        if f.remedy:
            assert squash(f.remedy) in findings, f.id
        grade = "GRADE K: UNVERIFIED" if f.grade == "K" else f"Grade {f.grade}:"
        assert grade in findings, f.id
        for fact in f.facts_used:
            assert fact.path in findings, (f.id, fact.path)


def test_exposure_is_stated_once_per_instrument_but_never_lost(flagship_result, text):
    findings = section(text, "Findings The ", "Requirements met REQUIREMENT")
    penalties = {squash(f.penalty) for f in flagship_result.findings if f.status in ACTIONABLE and f.penalty}
    assert penalties
    for penalty in penalties:
        assert penalty in findings
    # the most common penalty text is not repeated for every finding it applies to
    counts = {p: findings.count(p) for p in penalties}
    actionable = [f for f in flagship_result.findings if f.status in ACTIONABLE]
    uses = {p: sum(squash(f.penalty or "") == p for f in actionable) for p in penalties}
    assert any(counts[p] < uses[p] for p in penalties)


def test_authorities_are_listed_once_with_links(flagship_pdf, flagship_result, text):
    listed = section(text, "Authorities relied on Case law", "Questions to answer")
    uris = link_uris(flagship_pdf)
    for f in flagship_result.findings:
        if f.status not in ACTIONABLE:
            continue
        for a in f.authorities:
            assert squash(a["title"]) in listed
            if a.get("url"):
                assert a["url"] in uris
    titles = {squash(a["title"]) for f in flagship_result.findings if f.status in ACTIONABLE for a in f.authorities}
    assert all(listed.count(t) == 1 for t in titles)


def test_met_and_not_applicable_are_compact_rows_with_citation_links(flagship_pdf, flagship_result, text):
    met = section(text, "Requirements met REQUIREMENT", "Requirements not applicable")
    not_applicable = section(text, "Requirements not applicable REQUIREMENT", "Authorities relied on")
    uris = link_uris(flagship_pdf)
    satisfied = [f for f in flagship_result.findings if f.status == Status.satisfied]
    na = [f for f in flagship_result.findings if f.status == Status.not_applicable]
    assert len(satisfied) == 19 and len(na) == 66
    for f in satisfied:
        assert f.id in met and squash(f.title) in met and squash(f.reason) in met and f.url in uris, f.id
    for f in na:
        assert f.id in not_applicable and squash(f.title) in not_applicable and f.url in uris, f.id
        assert squash(applies_when(f.reason)) in not_applicable, f.id
    # they have no full entry: their ids do not appear among the detailed findings
    findings = section(text, "Findings The ", "Requirements met REQUIREMENT")
    assert not [f.id for f in satisfied + na if f"· {f.id} ·" in findings]


def test_summary_lists_every_blocking_and_review_finding(flagship_result, text):
    summary = section(text, "Executive summary Blocked", "Scope Each")
    for f in flagship_result.findings:
        if f.status in (Status.violation, Status.action_required, Status.at_risk, Status.needs_information):
            assert f.id in summary, f.id


def test_scope_text_stays(flagship_result, text):
    scope = section(text, "Scope Each", "Findings The ")
    for j in flagship_result.jurisdictions:
        assert j.name in scope
        assert squash(j.reason.rstrip(".")) in scope


@pytest.mark.parametrize(
    ("reason", "short"),
    [
        ("Not applicable: When workers are filmed — not the case here.", "Workers are filmed"),
        (
            "Not applicable: When an employer deploys a high-risk AI system"
            " — not the case here (and not in force before 2027-12-02).",
            "An employer deploys a high-risk AI system (not in force before 2027-12-02)",
        ),
        ("Not applicable: the trigger is absent.", "the trigger is absent."),
        ("Something else entirely.", "Something else entirely."),
    ],
)
def test_applies_when_drops_only_boilerplate(reason, short):
    assert applies_when(reason) == short


def test_lean_markup_keeps_user_text_escaped(flagship_result, flagship_description):
    hostile = flagship_description.model_copy(update={"summary": "<b>bold</b> & <a href='file:///etc/passwd'>x</a>"})
    html = render_html(flagship_result, hostile)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=" in html
    assert "file:///etc/passwd'>" not in html
    view = build(flagship_result, hostile)
    assert view["authorities"] and all(a["n"] == i for i, a in enumerate(view["authorities"], 1))


def test_warm_up_prepares_the_renderer_without_fetching_anything():
    from reports import render

    render.warm_up()
    assert render._renderer is not None
    assert render._renderer.template.name == render.TEMPLATE


def test_render_pool_starts_every_worker_warm():
    import service.rendering as rendering

    pool = rendering.RenderPool(workers=2)
    try:
        pool.prewarm()
        executor = pool._get()
        assert executor is pool._get()  # created once
        # one start-up task per worker was queued, so both processes spawn (and warm up) at once
        assert len(executor._processes) == 2
    finally:
        pool.close()
