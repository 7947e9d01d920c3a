"""CCPA regulations adopted by the California Privacy Protection Agency in 2025 (11 CCR §7000 ff.).

Approved by the Office of Administrative Law on 22 Sep 2025; effective 1 Jan 2026.
Official page: https://cppa.ca.gov/regulations/ccpa_updates.html. The approved text itself
(PDF) could not be opened by our research; section contents are graded S accordingly.
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, AsOf, F, Not
from engine.description import Purpose
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from .ccpa import BUSINESS, CONSUMERS, SENSITIVE_PI
from .parameters import ccpa_fine_note

URL = "https://cppa.ca.gov/regulations/ccpa_updates.html"
EFFECTIVE = dt.date(2026, 1, 1)
#: §7155(b): processing begun before the regulations took effect must be assessed by this date.
LEGACY_DEADLINE = dt.date(2027, 12, 31)


def cite(section: str, paragraph: str | None = None, point: str | None = None) -> Citation:
    return Citation(
        instrument="California Code of Regulations, title 11, division 6 (CCPA regulations)",
        short="11 CCR",
        article=section,
        paragraph=paragraph,
        point=point,
        url=URL,
        article_label="§",
    )


# §7150(b)(2)(A): SPI processed "solely and specifically" for pay, work authorisation,
# benefits, legally required accommodation or wage reporting needs no assessment. In our
# vocabulary only "compensation" falls inside that carve-out; any other purpose takes the
# processing outside it.
_OUTSIDE_HR_CARVE_OUT = F("purposes").has_any(*(p.value for p in Purpose if p is not Purpose.compensation))
_NO_ASSESSMENT = F("assessments.ca_risk_assessment.status").one_of("none", "in_progress")
_STARTED_BEFORE_REGS = F("processing_started_on") < EFFECTIVE

RISK_ASSESSMENT_SPI = Requirement(
    id="US-CA-CPPA-7150-RA-SPI",
    title="A risk assessment is completed before sensitive personal information of workers is processed",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "2"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business processes California workers' sensitive personal information for purposes beyond pay, benefits and similar HR administration",
    applies_if=BUSINESS.holds() & CONSUMERS.holds() & SENSITIVE_PI.holds() & _OUTSIDE_HR_CARVE_OUT,
    checks=(
        Check(
            status=Status.violation,
            when=Not(_STARTED_BEFORE_REGS) & (F("processing_started_on") <= AS_OF) & _NO_ASSESSMENT,
            because="Processing of sensitive personal information began on or after 1 Jan 2026 without a completed risk assessment; §7155(a)(1) requires one before processing starts.",
        ),
        Check(
            status=Status.violation,
            when=_STARTED_BEFORE_REGS & AsOf("gt", LEGACY_DEADLINE) & _NO_ASSESSMENT,
            because="Processing that began before 2026 continues, and the 31 Dec 2027 deadline for assessing it (§7155(b)) has passed.",
        ),
        Check(
            status=Status.action_required,
            when=_STARTED_BEFORE_REGS & _NO_ASSESSMENT,
            because="Processing began before 2026 and continues: it must be assessed by 31 Dec 2027 (§7155(b)).",
            deadline=LEGACY_DEADLINE,
        ),
        Check(
            status=Status.action_required,
            when=(F("processing_started_on") > AS_OF) & _NO_ASSESSMENT,
            because="Processing has not started yet: the risk assessment must be completed before it does.",
        ),
    ),
    satisfied_because="A risk assessment has been completed.",
    remedy="Complete a written risk assessment under §7152 (purpose, categories, operational elements, benefits, negative impacts, safeguards) before processing; for processing begun before 2026, by 31 Dec 2027.",
    rationale="From 1 Jan 2026, §7150(b)(2) requires a risk assessment before processing sensitive personal information. The employment carve-out is narrow (pay, authorisation to work, benefits, accommodation, wage reporting), so monitoring, security analytics and AI training are outside it.",
    penalty=ccpa_fine_note(),
)

REQUIREMENTS = (RISK_ASSESSMENT_SPI,)
