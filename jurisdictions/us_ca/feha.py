"""California Fair Employment and Housing Act (Gov. Code §12900 ff.) and the Civil Rights
Council's automated-decision system (ADS) regulations (2 CCR §11008 ff.).

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=GOV). The ADS
regulations were approved by the Office of Administrative Law on 27 Jun 2025 and took effect on
1 Oct 2025 (https://calcivilrights.ca.gov/?p=518537). Last checked: 2026-11-30.

The ADS regulations create no notice, opt-out or human-review duty (some summaries confuse them
with the vetoed SB 7 and the CPPA rules): nothing of the kind is encoded here. They make
anti-bias testing, or its absence, evidence in discrimination claims, treat vendors acting for
the employer as its agents, and keep ADS data among the employment records held four years.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import works_in_california


def cite(section: str, paragraph: str | None = None) -> Citation:
    return Citation(
        instrument="California Fair Employment and Housing Act (Government Code §12900 et seq.)",
        short="Cal. Gov. Code",
        article=section,
        paragraph=paragraph,
        url=f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum={section}.",
        article_label="§",
    )


ADS_REGULATIONS = Authority(
    title="California Civil Rights Council, regulations on automated-decision systems amending 2 CCR §11008 ff. (approved 27 Jun 2025, effective 1 Oct 2025)",
    url="https://calcivilrights.ca.gov/?p=518537",
)
ROBINSON = Authority(title="Robinson v. Fair Employment & Housing Com. (1992) 2 Cal.4th 226", kind="case_law")

ADS_RULES_EFFECTIVE = dt.date(2025, 10, 1)
#: Gov. Code §12926(d): an employer regularly employs at least this many persons.
FEHA_EMPLOYER_MIN_HEADCOUNT = 5
#: Gov. Code §12946 (as amended by SB 807, from 1 Jan 2022) and 2 CCR §11013(c): years records are kept.
RECORD_RETENTION_YEARS = 4

FEHA_EMPLOYER = Classification(
    id="US-CA-FEHA-12926-EMPLOYER",
    title='The organisation is an "employer" under the Fair Employment and Housing Act',
    jurisdiction="US-CA",
    citation=cite("12926", "d"),
    authorities=(ROBINSON,),
    grade=Grade.S,
    # Part-time staff count towards the five (Robinson). Whether staff outside California count
    # is unverified; the total headcount is used. Religious nonprofits are excepted by §12926(d),
    # for which the contract has no fact. The harassment ban (§12940(j)) reaches employers with
    # one or more employees (S1) and is not used here.
    condition=works_in_california()
    & ((F("organisation.headcount_total") >= FEHA_EMPLOYER_MIN_HEADCOUNT) | (F("organisation.legal_form") == "public_body")),
    rationale=(
        "§12926(d): any person regularly employing five or more persons, anyone acting as the agent of an employer, and "
        "the state and its political subdivisions. Religious nonprofit associations and corporations are excepted."
    ),
)

# A decision that monitoring outputs feed is made or facilitated by a computational process:
# that is an automated-decision system in the regulations' sense (2 CCR §11008.1, numbering S1).
_ADS_DECISIONS = Exists(
    "decisions",
    F("type").one_of(
        "hiring", "work_allocation", "compensation", "pay_deduction", "promotion", "demotion_suspension_termination",
        "account_deactivation", "discipline", "ranking_published",
    ),
)  # fmt: skip

ADS_DISCRIMINATION = Requirement(
    id="US-CA-FEHA-ADS-DISCRIM",
    title="Automated decisions about California workers are tested for bias and do not rest on protected characteristics",
    jurisdiction="US-CA",
    citation=cite("12940", "a"),
    authorities=(ADS_REGULATIONS,),
    in_force_from=ADS_RULES_EFFECTIVE,
    # The ban on discrimination is absolute, but the facts can only show risk factors, never
    # discrimination itself: so "required" with at_risk outcomes rather than "prohibited".
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a FEHA employer lets monitoring outputs feed employment decisions",
    applies_if=FEHA_EMPLOYER.holds() & _ADS_DECISIONS,
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.inferences").has("protected_characteristic"),
            because="The system infers protected characteristics and its outputs feed employment decisions, which invites disparate-treatment claims.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists("decisions", F("bias_testing") == "none"),
            because="A decision system is not tested for bias; the absence of anti-bias testing is evidence a claimant can use against the employer.",
        ),
    ),
    satisfied_because="The decision systems are tested for bias and infer no protected characteristics.",
    remedy="Test each decision system for adverse impact before use and periodically, act on the results, keep the evidence, stop inferring protected characteristics, and offer accommodation where a system measures traits such as dexterity or reaction time.",
    rationale=(
        "FEHA forbids discrimination in employment decisions, by disparate treatment or adverse impact. Since 1 Oct 2025 "
        "the Civil Rights Council's regulations state that this applies to decisions made or facilitated by "
        "automated-decision systems, treat vendors acting for the employer as its agents, and make evidence of anti-bias "
        "testing (its quality, recency, scope, results and the response to them), or its absence, relevant to claims and "
        "defences. They impose no notice or opt-out duty."
    ),
    penalty="FEHA remedies through the Civil Rights Department or court: compensatory and punitive damages, back pay, injunctive relief and fees (not verified in detail).",
)

ADS_RECORDS = Requirement(
    id="US-CA-CRC-ADS-RECORDS-4Y",
    title="Employment records, including automated-decision system data, are kept for four years",
    jurisdiction="US-CA",
    citation=cite("12946"),
    authorities=(ADS_REGULATIONS,),
    # The four-year period is statutory since SB 807 (1 Jan 2022); 2 CCR §11013(c) (from
    # 1 Oct 2025) aligns the regulations and names ADS data expressly.
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a FEHA employer lets monitoring outputs feed employment decisions",
    applies_if=FEHA_EMPLOYER.holds() & _ADS_DECISIONS,
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.ads_records_retention_years") < RECORD_RETENTION_YEARS,
            because="Records of the automated-decision system are kept for less than four years.",
        ),
    ),
    satisfied_because="Records of the automated-decision system are kept for at least four years.",
    remedy="Keep applications, personnel records and the data of every automated-decision system used in employment decisions for four years from the later of their creation or the personnel action concerned.",
    rationale=(
        "Gov. Code §12946 has required employers to keep applications and personnel records for four years since "
        "1 Jan 2022; the 2025 regulations (2 CCR §11013(c)) confirm that automated-decision system data are among those "
        "records, counting from the later of the record's creation or the personnel action."
    ),
    penalty="No separate penalty; missing records weigh against the employer as evidence in a discrimination claim.",
)

CLASSIFICATIONS = (FEHA_EMPLOYER,)
REQUIREMENTS = (ADS_DISCRIMINATION, ADS_RECORDS)
