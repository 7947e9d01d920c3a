"""California Consumer Privacy Act, as amended by the CPRA (Civil Code §1798.100 et seq.).

Official text: https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&part=4.&title=1.81.5.
Worker, applicant and contractor data has been fully covered since 1 Jan 2023, when the
employment exemption lapsed. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F, Not
from engine.model import Check, Citation, Classification, Grade, Requirement, Severity, Status

from .parameters import CCPA_CONSUMER_COUNT, CCPA_REVENUE_SHARE, CCPA_REVENUE_THRESHOLD_USD, ccpa_fine_note


def section_url(section: str) -> str:
    return f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum={section}."


def cite(section: str, paragraph: str | None = None, point: str | None = None) -> Citation:
    return Citation(
        instrument="California Consumer Privacy Act (Civil Code §1798.100 et seq.)",
        short="Cal. Civ. Code",
        article=section,
        paragraph=paragraph,
        point=point,
        url=section_url(section),
        article_label="§",
    )


EMPLOYEE_DATA_COVERED = dt.date(2023, 1, 1)

# --------------------------------------------------------------------------- gates (§1798.140)

BUSINESS = Classification(
    id="US-CA-CCPA-140D-BUSINESS",
    title='The organisation is a CCPA "business"',
    jurisdiction="US-CA",
    citation=cite("1798.140", "d", "1"),
    grade=Grade.S,
    # Revenue is prior-year worldwide gross revenue, compared with the threshold as adjusted
    # for inflation on the evaluation date.
    condition=(F("organisation.legal_form") == "for_profit")
    & F("organisation.does_business_in_california").true()
    & (
        (F("organisation.annual_revenue_usd") > CCPA_REVENUE_THRESHOLD_USD)
        | (F("organisation.ca_consumers_bought_sold_shared_per_year") >= CCPA_CONSUMER_COUNT)
        | (F("organisation.revenue_share_from_selling_pi") >= CCPA_REVENUE_SHARE)
    ),
    rationale="A for-profit entity doing business in California that meets one of the three thresholds of §1798.140(d)(1). Nonprofits and public bodies are outside the CCPA (but not outside CIPA, the Labor Code, the Constitution or FEHA).",
)

CONSUMERS = Classification(
    id="US-CA-CCPA-140I-CONSUMER",
    title="Monitored people are California residents (CCPA consumers)",
    jurisdiction="US-CA",
    citation=cite("1798.140", "i"),
    grade=Grade.V,
    condition=Exists("workforce", F("residence") == "US-CA"),
    rationale="The CCPA protects California residents, whatever their role; residence, not place of work, decides.",
)

SENSITIVE_PI = Classification(
    id="US-CA-CCPA-140-SPI-CLASSIFY",
    title="The monitoring collects sensitive personal information",
    jurisdiction="US-CA",
    citation=cite("1798.140", "ae"),
    grade=Grade.V,
    # §1798.140(ae): log-in credentials with the password (1)(B); precise geolocation (1)(C);
    # union membership (1)(D); contents of mail, email and texts unless the business is the
    # intended recipient (1)(E); biometric data processed to identify (2)(A); health (2)(B);
    # neural data (added by SB 1223 from 2025).
    condition=(F("monitoring.credentials_captured") == "captured")
    | F("monitoring.captures_message_content").true()
    | F("monitoring.techniques").has_any(
        "gps_device", "gps_vehicle", "fingerprint", "face_verification", "face_identification", "neural_device"
    )
    | F("monitoring.inferences").has_any("health", "union_activity"),
    rationale="Captured passwords, message contents, precise location, identifying biometrics, health or union data, or neural data.",
)

# --------------------------------------------------------------------------- §1798.100(a): notice at collection

NOTICE_AT_COLLECTION = Requirement(
    id="US-CA-CCPA-100-NOTICE",
    title="California workers receive a notice at or before collection of what is collected, why, and for how long",
    jurisdiction="US-CA",
    citation=cite("1798.100", "a"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business collects personal information of California-resident workers",
    applies_if=BUSINESS.holds() & CONSUMERS.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=(F("monitoring.covert") == "general") | F("transparency.notice").one_of("none", "after_collection"),
            because="Workers are not given a notice at or before the point of collection.",
        ),
        Check(
            status=Status.action_required,
            when=Not(
                F("transparency.notice_covers").has("data_categories")
                & F("transparency.notice_covers").has("purposes")
                & F("transparency.notice_covers").has("retention")
                & F("transparency.notice_covers").has("sold_shared")
            ),
            because="The notice does not state all of: the categories collected, the purposes, whether they are sold or shared, and how long each is kept.",
        ),
        Check(
            status=Status.action_required,
            when=SENSITIVE_PI.holds() & F("transparency.notice_covers").has_none("sensitive_categories"),
            because="Sensitive personal information is collected and the notice does not list its categories.",
        ),
    ),
    satisfied_because="A notice at or before collection lists the categories (including sensitive ones), the purposes, sale or sharing, and retention.",
    remedy="Give California workers a notice at collection listing each category of personal and sensitive personal information, the purposes, whether it is sold or shared, and the retention period for each category.",
    rationale="§1798.100(a) requires a business to inform consumers, at or before collection, of the categories of personal and sensitive personal information, the purposes, whether they are sold or shared, and how long each category is kept. It has applied to workers since 1 Jan 2023.",
    penalty=ccpa_fine_note(),
)

CLASSIFICATIONS = (BUSINESS, CONSUMERS, SENSITIVE_PI)
REQUIREMENTS = (NOTICE_AT_COLLECTION,)
