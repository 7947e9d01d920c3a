"""verify_pdf: a fresh report verifies; tampered attachments and changed findings are caught."""

from __future__ import annotations

import io

import pytest
import yaml
from pypdf import PdfReader, PdfWriter

from engine.model import Status, Verdict
from reports.verify import attachments, verify_pdf


def rebuild(pdf: bytes, replace: dict[str, bytes]) -> bytes:
    """The same pages with the attachments copied, except those in ``replace``."""
    files = attachments(pdf)
    files.update(replace)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    for name, data in files.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_fresh_report_verifies(flagship_pdf, report_engine, flagship_result):
    report = verify_pdf(flagship_pdf, report_engine.evaluate)
    assert report.ok, report.problems
    assert report.problems == []
    assert report.report_catalogue_version == report.installed_catalogue_version == flagship_result.catalogue.version
    assert report.input_sha256 == flagship_result.input_sha256
    assert report.as_of == flagship_result.as_of
    assert report.source_name == "deployment-description.yaml"


def test_rebuilt_but_untouched_pdf_still_verifies(flagship_pdf, report_engine):
    assert verify_pdf(rebuild(flagship_pdf, {}), report_engine.evaluate).ok


def test_a_tampered_description_is_detected(flagship_pdf, flagship_source, report_engine):
    data = yaml.safe_load(flagship_source)
    data["monitoring"]["keystroke_capture"] = "none"
    tampered = rebuild(flagship_pdf, {"deployment-description.yaml": yaml.safe_dump(data).encode()})
    report = verify_pdf(tampered, report_engine.evaluate)
    assert not report.ok
    assert any("does not match the result" in p for p in report.problems)


def test_only_changes_to_the_facts_count(flagship_pdf, flagship_source, report_engine):
    # a changed comment does not change the canonical hash: the facts are what the report is about
    edited = flagship_source.replace(b"# The flagship", b"# Edited: the flagship", 1)
    assert verify_pdf(rebuild(flagship_pdf, {"deployment-description.yaml": edited}), report_engine.evaluate).ok
    # a changed fact does
    edited = flagship_source.replace(b"headcount: 2000", b"headcount: 2001", 1)
    assert edited != flagship_source
    assert not verify_pdf(rebuild(flagship_pdf, {"deployment-description.yaml": edited}), report_engine.evaluate).ok


def test_a_tampered_result_is_detected(flagship_pdf, flagship_result, report_engine):
    findings = [
        f.model_copy(update={"status": Status.satisfied}) if f.status == Status.violation else f for f in flagship_result.findings
    ]
    forged = flagship_result.model_copy(update={"findings": findings, "verdict": Verdict.not_ready})
    report = verify_pdf(rebuild(flagship_pdf, {"bentham-result.json": forged.model_dump_json().encode()}), report_engine.evaluate)
    assert not report.ok
    assert any("differ on re-evaluation" in p for p in report.problems)
    assert any("verdict differs" in p for p in report.problems)


def test_findings_that_differ_on_re_evaluation_are_reported(flagship_pdf, report_engine):
    def changed_engine(description, as_of):
        result = report_engine.evaluate(description, as_of)
        first = result.findings[0]
        flipped = Status.satisfied if first.status != Status.satisfied else Status.violation
        return result.model_copy(update={"findings": [first.model_copy(update={"status": flipped}), *result.findings[1:]]})

    report = verify_pdf(flagship_pdf, changed_engine)
    assert not report.ok
    assert len(report.changed_findings) == 1
    assert any("1 finding(s) differ" in p for p in report.problems)


def test_a_different_catalogue_is_reported(flagship_pdf, report_engine):
    def newer_catalogue(description, as_of):
        result = report_engine.evaluate(description, as_of)
        catalogue = result.catalogue.model_copy(update={"version": "2099.1.0", "sha256": "0" * 64})
        return result.model_copy(update={"catalogue": catalogue})

    report = verify_pdf(flagship_pdf, newer_catalogue)
    assert not report.ok
    assert report.installed_catalogue_version == "2099.1.0"
    assert any("catalogue differs" in p for p in report.problems)


def test_missing_or_extra_attachments(flagship_pdf, report_engine):
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(flagship_pdf)))
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), report_engine.evaluate)
    assert not report.ok and any("no bentham-result.json" in p for p in report.problems)

    extra = rebuild(flagship_pdf, {"payload.exe": b"MZ"})
    report = verify_pdf(extra, report_engine.evaluate)
    assert not report.ok and any("unexpected attachments: payload.exe" in p for p in report.problems)


@pytest.mark.parametrize("garbage", [b"", b"%PDF-1.7 not really", b"hello"])
def test_unreadable_input_is_a_problem_not_a_crash(garbage, report_engine):
    report = verify_pdf(garbage, report_engine.evaluate)
    assert not report.ok and report.problems
