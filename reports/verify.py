"""Check a report PDF against the engine: are its attachments intact, and does it still hold?

``verify_pdf(pdf, evaluate)`` extracts the embedded description and result, checks that the
input hash recorded in the result is the canonical hash of the embedded description (so an
edited attachment is detected), re-evaluates the description with the result's as-of date
through the caller's ``evaluate`` (this package does not own the engine), and compares the
findings (id and status) and the catalogue. A newer catalogue is reported, not hidden.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from engine.description import DeploymentDescription
from engine.model import Result

from .render import RESULT_ATTACHMENT, SOURCE_STEM

Evaluate = Callable[[DeploymentDescription, dt.date], Result]


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    report_catalogue_version: str | None = None
    installed_catalogue_version: str | None = None
    report_catalogue_sha256: str | None = None
    installed_catalogue_sha256: str | None = None
    as_of: dt.date | None = None
    input_sha256: str | None = None
    source_name: str | None = None
    changed_findings: list[str] = field(default_factory=list)  # "ID: report status -> now status"


def attachments(pdf: bytes) -> dict[str, bytes]:
    """Every embedded file of ``pdf``, by name (the first of duplicate names wins)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    out: dict[str, bytes] = {}
    for name, contents in reader.attachments.items():
        if contents:
            out.setdefault(name, contents[0])
    return out


def verify_pdf(pdf: bytes, evaluate: Evaluate) -> VerifyReport:
    from engine.evaluator import input_sha256
    from engine.loading import DescriptionError, load

    report = VerifyReport(ok=False)
    problems = report.problems
    try:
        files = attachments(pdf)
    except Exception as exc:  # noqa: BLE001 - any unreadable PDF is a finding, not a crash
        problems.append(f"the PDF cannot be read: {exc}")
        return report

    source_names = [n for n in files if n.startswith(SOURCE_STEM + ".")]
    if RESULT_ATTACHMENT not in files:
        problems.append(f"no {RESULT_ATTACHMENT} attachment")
    if len(source_names) != 1:
        problems.append(f"expected one {SOURCE_STEM}.yaml/.json attachment, found {len(source_names)}")
    extra = sorted(set(files) - {RESULT_ATTACHMENT, *source_names})
    if extra:
        problems.append(f"unexpected attachments: {', '.join(extra)}")
    if problems:
        return report

    report.source_name = source_names[0]
    try:
        recorded = Result.model_validate_json(files[RESULT_ATTACHMENT])
    except Exception as exc:  # noqa: BLE001
        problems.append(f"the embedded result is not a valid result: {str(exc)[:300]}")
        return report
    report.as_of = recorded.as_of
    report.input_sha256 = recorded.input_sha256
    report.report_catalogue_version = recorded.catalogue.version
    report.report_catalogue_sha256 = recorded.catalogue.sha256

    try:
        description = load(files[report.source_name], "application/json" if report.source_name.endswith(".json") else None)
    except DescriptionError as exc:
        problems.append(f"the embedded description is not valid: {exc}")
        return report

    actual = input_sha256(description)
    if actual != recorded.input_sha256:
        problems.append(
            f"the embedded description does not match the result: its SHA-256 is {actual}, "
            f"the result records {recorded.input_sha256}"
        )

    fresh = evaluate(description, recorded.as_of)
    report.installed_catalogue_version = fresh.catalogue.version
    report.installed_catalogue_sha256 = fresh.catalogue.sha256
    if fresh.catalogue.sha256 != recorded.catalogue.sha256:
        problems.append(
            f"the catalogue differs: report {recorded.catalogue.version} ({recorded.catalogue.sha256[:12]}…), "
            f"installed {fresh.catalogue.version} ({fresh.catalogue.sha256[:12]}…)"
        )
    if fresh.input_sha256 != recorded.input_sha256 and actual == recorded.input_sha256:
        problems.append("the engine hashes the description differently from this checker")

    before = {f.id: f.status for f in recorded.findings}
    after = {f.id: f.status for f in fresh.findings}
    for fid in sorted(before.keys() | after.keys()):
        was, now = before.get(fid), after.get(fid)
        if was != now:
            report.changed_findings.append(f"{fid}: {was or 'absent'} -> {now or 'absent'}")
    if report.changed_findings:
        shown = "; ".join(report.changed_findings[:10])
        more = len(report.changed_findings) - 10
        problems.append(f"{len(report.changed_findings)} finding(s) differ on re-evaluation: {shown}" + (f"; and {more} more" if more > 0 else ""))
    if fresh.verdict != recorded.verdict:
        problems.append(f"the verdict differs: report {recorded.verdict}, now {fresh.verdict}")

    report.ok = not problems
    return report
