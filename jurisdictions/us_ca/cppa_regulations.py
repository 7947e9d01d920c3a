"""CCPA regulations adopted by the California Privacy Protection Agency in 2025 (11 CCR §7000 ff.).

Approved by the Office of Administrative Law on 22 Sep 2025 (announced by the CPPA on 23 Sep);
effective 1 Jan 2026. Official page: https://cppa.ca.gov/regulations/ccpa_updates.html. The
approved text itself (PDF) could not be opened by our research; section contents are graded S
where two independent sources quote them, and K where only one does (S1 in the research).
Violations of the regulations are CCPA violations (11 CCR §7000(b)). Last checked: 2026-11-30.

* Article 9, cybersecurity audits (§§7120-7124): an entity-level duty. US-CA-CPPA-7120-AUDIT-SCOPE
  is the revenue gate; US-CA-CPPA-7120-CYBER-AUDIT adds the §7120(b)(2) processing volumes, applies
  from 1 Jan 2027, when the first audit period (for businesses over $100m) begins, and checks the
  security components the audit examines for the monitoring data, with each revenue tier's first
  report date (§7121(a): 1 Apr 2028, 2029, 2030) as the deadline.
* Article 10, risk assessments (§§7150-7157): one requirement per trigger of §7150(b)(1)-(6), all
  with the timing logic of §7155 (new processing without an assessment: violation; processing
  begun before 2026: action required until 31 Dec 2027, then violation; before 2026: upcoming),
  and requirements on the assessment itself (§§7151, 7152, 7154, 7155, 7156, 7157) that chain on
  US-CA-CPPA-7150-RA-REQUIRED (any trigger). An assessment completed too late (after the
  processing began, or after 31 Dec 2027 for earlier processing) is reported once, under
  US-CA-CPPA-7155-RA-TIMING, not by each trigger: the description holds one assessment for the
  deployment, the breach is of §7155's timing rule, and the trigger requirements say whether an
  assessment is in place now.
* Article 11, ADMT (§§7200-7222): duties from 1 Jan 2027, and only where the technology replaces
  or substantially replaces human decision-making (no reviewer who can interpret the output,
  looks at other information and can change the outcome) for a significant decision. Logging
  keystrokes, or a productivity score a manager really reviews, is never ADMT by itself.

Facts the contract lacks (the rules use what exists and say so): whether and when the risk-assessment
information was submitted to the CPPA (§7157); who took part in the assessment (§7151); each
§7152 content item; material changes (§7155(a)(3)); prior-year counts of California consumers or
households whose PI, and of consumers whose SPI, the business processed (§7120(b)(2): customers as
well as workers; the count of consumers whose PI is bought, sold or shared is the §1798.140(d)(1)(B)
business test, a lower bound only); the revenue of the specific year §7121(a) names for each tier
(annual_revenue_usd, last year's revenue, stands in for it); completion of the cybersecurity audit
(§7121) and its certification (§7124).
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, AnyOf, AsOf, Exists, F, Not
from engine.description import Purpose
from engine.model import Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..eu.gdpr import GDPR_APPLIES
from .ccpa import BUSINESS, CONSUMERS, SENSITIVE_PI
from .parameters import (
    AUDIT_PI_CONSUMERS,
    AUDIT_SPI_CONSUMERS,
    AUDIT_TIER_HIGH_REVENUE_USD,
    AUDIT_TIER_LOW_REVENUE_USD,
    CCPA_REVENUE_SHARE,
    CCPA_REVENUE_THRESHOLD_USD,
    ccpa_fine_note,
)

URL = "https://cppa.ca.gov/regulations/ccpa_updates.html"
EFFECTIVE = dt.date(2026, 1, 1)
#: §7155(b): processing begun before the regulations took effect must be assessed by this date.
LEGACY_DEADLINE = dt.date(2027, 12, 31)
#: §7157(a)(1): information about assessments conducted in 2026 and 2027 is due by this date.
FIRST_SUBMISSION = dt.date(2028, 4, 1)
#: §7200(b): ADMT used for significant decisions must comply by this date (existing uses) and
#: whenever it is used afterwards.
ADMT_COMPLIANCE = dt.date(2027, 1, 1)
#: §7121(a): the first cybersecurity-audit report is due by these dates by revenue tier (over
#: $100m in 2026; $50m-$100m in 2027; under $50m in 2028); the certification of completion
#: (§7124) is due the same day.
AUDIT_TIER_DATES = (dt.date(2028, 4, 1), dt.date(2029, 4, 1), dt.date(2030, 4, 1))
#: The audit period each first report covers begins on 1 January of the year before it is due
#: (1 Jan 2027 - 1 Jan 2028 for the top tier, and so on); no business's audit period begins earlier.
AUDIT_PERIOD_STARTS = (dt.date(2027, 1, 1), dt.date(2028, 1, 1), dt.date(2029, 1, 1))


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


_COVERED = BUSINESS.holds() & CONSUMERS.holds()
_RA = "assessments.ca_risk_assessment"
_NO_ASSESSMENT = F(f"{_RA}.status").one_of("none", "in_progress")
_COMPLETED = F(f"{_RA}.status") == "completed"
_STARTED_BEFORE_REGS = F("processing_started_on") < EFFECTIVE
_STARTED = F("processing_started_on") <= AS_OF
_PLANNED = F("processing_started_on") > AS_OF


def _ra_checks() -> tuple[Check, ...]:
    """§7155(a)(1) and (b): the timing logic every §7150(b) trigger shares."""
    return (
        Check(
            status=Status.violation,
            when=Not(_STARTED_BEFORE_REGS) & _STARTED & _NO_ASSESSMENT,
            because="Processing of this kind began on or after 1 Jan 2026 without a completed risk assessment; §7155(a)(1) requires one before processing starts.",
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
            when=_PLANNED & _NO_ASSESSMENT,
            because="Processing has not started yet: the risk assessment must be completed before it does.",
        ),
    )


_RA_DONE = "A risk assessment has been completed. Whether it came in time (before the processing began, or by 31 Dec 2027 for processing begun before 2026) is checked once, under US-CA-CPPA-7155-RA-TIMING."

_RA_REMEDY = "Complete a written risk assessment under §7152 (purpose, categories, operational elements, benefits, negative impacts, safeguards, decision whether to proceed, contributors, approval) before processing; for processing begun before 2026, by 31 Dec 2027."

# --------------------------------------------------------------------------- ADMT definition and scope (§§7001, 7200)

# Per decision (paths relative to a decisions[] item). §7001(ddd)(4): in employment, a
# significant decision is hiring; allocation or assignment of work, pay, bonus or benefits;
# promotion; demotion, suspension or termination. A pay deduction is a compensation decision and
# deactivating a platform worker's account ends the engagement. Other discipline (warnings) and
# published rankings are not on the list.
_SIGNIFICANT = F("type").one_of(
    "hiring",
    "work_allocation",
    "compensation",
    "pay_deduction",
    "promotion",
    "demotion_suspension_termination",
    "account_deactivation",
)
# §7001(e)(1): human involvement needs a reviewer who (A) knows how to interpret and use the
# output, (B) reviews it together with other relevant information and (C) has authority to make
# or change the decision. Missing any one of the three means the technology substantially
# replaces the human decision.
_REPLACES_HUMAN = (
    F("solely_automated").true()
    | F("human_review.interprets_output").false()
    | F("human_review.reviews_other_information").false()
    | F("human_review.authority_to_change").false()
)
_ADMT_DECISION = _SIGNIFICANT & _REPLACES_HUMAN

ADMT_DEFINITION = Classification(
    id="US-CA-CPPA-7001-ADMT-DEF",
    title="Automated decision-making technology makes a significant decision about workers",
    jurisdiction="US-CA",
    citation=cite("7001", "e"),
    grade=Grade.S,
    condition=Exists("decisions", _ADMT_DECISION),
    rationale="ADMT is technology that replaces or substantially replaces human decision-making; it does so unless a reviewer can interpret the output, weighs other information and can change the outcome. Only significant decisions (hiring, work allocation, pay, promotion, demotion, suspension, termination) count; monitoring or profiling alone does not.",
)

ADMT_SCOPE = Classification(
    id="US-CA-CPPA-7200-ADMT-SCOPE",
    title="The ADMT rules (Article 11) apply to the deployment",
    jurisdiction="US-CA",
    citation=cite("7200", "a"),
    grade=Grade.S,
    condition=_COVERED & ADMT_DEFINITION.holds(),
    rationale="A CCPA business that uses ADMT for a significant decision about California-resident workers; existing uses comply by 1 Jan 2027 (§7200(b)).",
)

# --------------------------------------------------------------------------- cybersecurity audits (§§7120-7121)

# §7120(b)(1): the business met the §1798.140(d)(1)(C) threshold (half of revenue from selling or
# sharing PI) in the preceding calendar year; (b)(2): it met the (d)(1)(A) revenue threshold and
# processed the PI of 250,000 or more consumers or households, or the SPI of 50,000 or more
# consumers, in the preceding calendar year. annual_revenue_usd and revenue_share_from_selling_pi
# are last year's figures, which is the year the rule looks at.
_SELLS_HALF = F("organisation.revenue_share_from_selling_pi") >= CCPA_REVENUE_SHARE
_OVER_REVENUE = F("organisation.annual_revenue_usd") > CCPA_REVENUE_THRESHOLD_USD

AUDIT_SCOPE = Classification(
    id="US-CA-CPPA-7120-AUDIT-SCOPE",
    title="The business meets a revenue test of the cybersecurity-audit rule",
    jurisdiction="US-CA",
    citation=cite("7120", "b"),
    grade=Grade.S,
    # Only the revenue elements: (b)(1) needs nothing more, (b)(2) also needs the processing
    # volumes, which the contract cannot record and US-CA-CPPA-7120-CYBER-AUDIT checks. A business
    # that fails both revenue tests is certainly out of scope.
    condition=BUSINESS.holds() & (_SELLS_HALF | _OVER_REVENUE),
    rationale="§7120(b): a CCPA business must be audited if it made half its revenue from selling or sharing personal information in the preceding calendar year ((b)(1)), or if it exceeded the CCPA revenue threshold and processed the personal information of 250,000 or more consumers or households, or the sensitive personal information of 50,000 or more consumers, in that year ((b)(2)). This classification holds when either revenue test is met.",
)

# §7120(b)(2)(A)-(B). The contract has no count of consumers whose PI or SPI the business
# processed: customers, workers and anyone else resident in California all count. The count of
# consumers whose PI is bought, sold or shared (the §1798.140(d)(1)(B) business test) and the
# headcount of California-resident workers can show a threshold is reached, never that it is not;
# a "0" bought, sold or shared therefore leaves (b)(2) open. A workforce alone rarely reaches
# 250,000, so a business without a (b)(1) answer usually needs its customer counts checked.
_VOLUME_SHOWN = (
    (F("organisation.ca_consumers_bought_sold_shared_per_year") >= AUDIT_PI_CONSUMERS)
    | Exists("workforce", (F("residence") == "US-CA") & (F("headcount") >= AUDIT_PI_CONSUMERS))
    | (SENSITIVE_PI.holds() & Exists("workforce", (F("residence") == "US-CA") & (F("headcount") >= AUDIT_SPI_CONSUMERS)))
)
_AUDIT_SHOWN = _SELLS_HALF | _VOLUME_SHOWN

_SECURITY_GAP = (
    (F("security.access") == "broad")
    | F("security.shared_accounts").true()
    | F("security.encrypted_at_rest").false()
    | F("security.access_logged").false()
)
# §7121(a) tiers by the revenue of a named year (2026, 2027, 2028); last year's revenue stands in.
# "More than" $100m; "between" $50m and $100m (both ends included); "less than" $50m.
_HIGH_TIER = F("organisation.annual_revenue_usd") > AUDIT_TIER_HIGH_REVENUE_USD
_LOW_TIER = F("organisation.annual_revenue_usd") < AUDIT_TIER_LOW_REVENUE_USD
_MID_TIER = Not(_HIGH_TIER) & Not(_LOW_TIER)
_GAP_WORDS = "the monitoring data lacks need-to-know access, encryption or access logging, which the audit examines"

CYBER_AUDIT = Requirement(
    id="US-CA-CPPA-7120-CYBER-AUDIT",
    title="The annual cybersecurity audit can certify access control, encryption and logging for the monitoring data",
    jurisdiction="US-CA",
    citation=cite("7121", "a"),
    # The rule took effect on 1 Jan 2026, but the first audit period (for businesses over $100m)
    # begins on 1 Jan 2027: before then no audit is running for anyone, and the tier (set by 2026
    # revenue) cannot be known.
    in_force_from=AUDIT_PERIOD_STARTS[0],
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the business meets a revenue test of the CPPA's cybersecurity-audit rule",
    applies_if=AUDIT_SCOPE.holds(),
    checks=(
        Check(
            status=Status.needs_information,
            when=Not(_AUDIT_SHOWN),
            because="Less than half of revenue comes from selling or sharing personal information, so the audit duty turns on §7120(b)(2): did the business process the personal information of 250,000 or more California consumers or households, or the sensitive personal information of 50,000 or more, in the preceding calendar year? Customers and other Californians count as well as workers. The description records only consumers whose information is bought, sold or shared and workers living in California, and those counts do not show either threshold is met.",
        ),
        Check(
            status=Status.action_required,
            when=_AUDIT_SHOWN & _HIGH_TIER & _SECURITY_GAP & AsOf("lte", AUDIT_TIER_DATES[0]),
            because=f"With revenue over $100m, the first audit covers 1 Jan 2027 to 1 Jan 2028, a period that has already begun, and its report and certification are due by 1 Apr 2028; {_GAP_WORDS}.",
            deadline=AUDIT_TIER_DATES[0],
        ),
        Check(
            status=Status.action_required,
            when=_AUDIT_SHOWN & _MID_TIER & _SECURITY_GAP & AsOf("lte", AUDIT_TIER_DATES[1]),
            because=f"With revenue of $50m–$100m, the first audit covers 1 Jan 2028 to 1 Jan 2029 and its report and certification are due by 1 Apr 2029; {_GAP_WORDS}.",
            deadline=AUDIT_TIER_DATES[1],
        ),
        Check(
            status=Status.action_required,
            when=_AUDIT_SHOWN & _LOW_TIER & _SECURITY_GAP & AsOf("lte", AUDIT_TIER_DATES[2]),
            because=f"With revenue under $50m, the first audit covers 1 Jan 2029 to 1 Jan 2030 and its report and certification are due by 1 Apr 2030; {_GAP_WORDS}.",
            deadline=AUDIT_TIER_DATES[2],
        ),
        Check(
            status=Status.action_required,
            when=_AUDIT_SHOWN
            & _SECURITY_GAP
            & (
                (_HIGH_TIER & AsOf("gt", AUDIT_TIER_DATES[0]))
                | (_MID_TIER & AsOf("gt", AUDIT_TIER_DATES[1]))
                | (_LOW_TIER & AsOf("gt", AUDIT_TIER_DATES[2]))
            ),
            because=f"The first audit date for the business's revenue tier has passed and an audit report and certification are due by 1 April every year; {_GAP_WORDS}.",
        ),
    ),
    satisfied_because="The monitoring data has need-to-know access, encryption and access logging, the components the audit examines. The description cannot record the audit itself: its report is due by 1 April (first in 2028, 2029 or 2030 by revenue) and an executive certifies its completion to the CPPA.",
    remedy="Bring the monitoring data into the audited cybersecurity programme (individual need-to-know access, encryption at rest, access logging) before the audit period begins, commission the independent audit, and have an executive certify its completion to the CPPA by 1 April of each year (first date by revenue tier: 2028, 2029 or 2030). If less than half of revenue comes from selling or sharing personal information, count the California consumers and households (customers as well as workers) whose personal or sensitive personal information was processed last year.",
    rationale="11 CCR §§7120-7124 require businesses whose processing presents significant risk to security to have an independent cybersecurity audit every year, covering access controls, encryption and logging among other components, and to certify completion to the CPPA. §7121(a) phases in the first reports by revenue: 1 Apr 2028 for more than $100m in 2026 (audit period 2027), 1 Apr 2029 for $50m–$100m in 2027 (period 2028), 1 Apr 2030 for less than $50m in 2028 (period 2029). Nothing is in force here before the first audit period begins on 1 Jan 2027.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- risk-assessment triggers (§7150(b))

# (b)(1) selling or sharing.
_SELLS_OR_SHARES = F("purposes").has("sale_or_sharing")

# (b)(2) SPI, with the carve-out of (b)(2)(A): SPI processed "solely and specifically" for pay,
# work authorisation, benefits, legally required accommodation or wage reporting needs no
# assessment. In our vocabulary only "compensation" falls inside that carve-out; any other
# purpose takes the processing outside it.
_OUTSIDE_HR_CARVE_OUT = F("purposes").has_any(*(p.value for p in Purpose if p is not Purpose.compensation))

# (b)(4) automated inference from systematic observation of applicants, employees or
# contractors: intelligence, ability, aptitude, performance at work, economic situation, health
# (incl. mental health), preferences, interests, reliability, predispositions, behaviour,
# location or movements. Emotional state is read as mental health or behaviour, intentions as
# predispositions. Scoring techniques infer performance by design. Bare collection with nothing
# inferred does not trigger (b)(4).
_INFERS_FROM_OBSERVATION = F("monitoring.inferences").has_any(
    "performance", "behaviour", "reliability", "health", "location_movements", "aptitude", "emotional_state", "intentions"
) | F("monitoring.techniques").has_any("productivity_scoring", "quota_tracking", "sentiment_analysis", "emotion_recognition")

# (b)(5) inference from presence at a sensitive location (health facilities, places of worship,
# union offices …; the §7001 list is unverified). The contract has no "sensitive location"
# fact: location tracking combined with inferences of health, union activity or protected
# characteristics is the nearest reading. Delivery and transport to the location are excluded.
_SENSITIVE_LOCATION = F("monitoring.techniques").has_any(
    "gps_device", "gps_vehicle", "telematics", "badge_rfid", "wifi_bluetooth_tracking"
) & F("monitoring.inferences").has_any("health", "union_activity", "protected_characteristic")

# (b)(6) intent to train ADMT for significant decisions, or facial-recognition, emotion-recognition,
# identity-verification or physical/biological identification or profiling technology. Training a
# generic agent or product model does not hit (b)(6) by itself.
_TRAINS_COVERED_TECH = F("ai_training.uses_monitoring_data").true() & F("ai_training.model_purpose").one_of(
    "significant_decisions", "biometric_or_emotion"
)

RISK_ASSESSMENT_SELL_SHARE = Requirement(
    id="US-CA-CPPA-7150-RA-SELLSHARE",
    title="A risk assessment is completed before workers' personal information is sold or shared",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "1"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business sells or shares California workers' personal information",
    applies_if=_COVERED & _SELLS_OR_SHARES,
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy=_RA_REMEDY,
    rationale="From 1 Jan 2026, §7150(b)(1) requires a risk assessment before selling or sharing personal information, for example for cross-context behavioural advertising.",
    penalty=ccpa_fine_note(),
)

RISK_ASSESSMENT_SPI = Requirement(
    id="US-CA-CPPA-7150-RA-SPI",
    title="A risk assessment is completed before sensitive personal information of workers is processed",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "2"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business processes California workers' sensitive personal information for purposes beyond pay, benefits and similar HR administration",
    applies_if=_COVERED & SENSITIVE_PI.holds() & _OUTSIDE_HR_CARVE_OUT,
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy="Complete a written risk assessment under §7152 (purpose, categories, operational elements, benefits, negative impacts, safeguards) before processing; for processing begun before 2026, by 31 Dec 2027.",
    rationale="From 1 Jan 2026, §7150(b)(2) requires a risk assessment before processing sensitive personal information. The employment carve-out is narrow (pay, authorisation to work, benefits, accommodation, wage reporting), so monitoring, security analytics and AI training are outside it.",
    penalty=ccpa_fine_note(),
)

RISK_ASSESSMENT_ADMT = Requirement(
    id="US-CA-CPPA-7150-RA-ADMT",
    title="A risk assessment is completed before automated decision-making technology makes significant decisions about workers",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "3"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business uses ADMT (no qualifying human review) for hiring, work allocation, pay, promotion, demotion, suspension or termination of California workers",
    applies_if=ADMT_SCOPE.holds(),
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy=_RA_REMEDY + " Include the ADMT's logic and how its output is used (§7152(a)(3)(G)).",
    rationale="§7150(b)(3) requires a risk assessment before using ADMT for a significant decision. The assessment duty starts on 1 Jan 2026, a year before the ADMT notice, opt-out and access duties.",
    penalty=ccpa_fine_note(),
)

RISK_ASSESSMENT_OBSERVE = Requirement(
    id="US-CA-CPPA-7150-RA-OBSERVE",
    title="A risk assessment is completed before automated analysis infers workers' performance or behaviour from systematic observation",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "4"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business uses automated processing to infer California workers' performance, behaviour, reliability, health, location or similar traits from systematic observation",
    applies_if=_COVERED & _INFERS_FROM_OBSERVATION,
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy=_RA_REMEDY,
    rationale="§7150(b)(4) requires a risk assessment where automated processing infers or extrapolates traits such as performance at work, reliability, behaviour, health, location or movements from systematic observation of workers. Productivity analytics needs an assessment even without sensitive data; collecting data without inferring anything does not trigger this limb. The §7001 definition of systematic observation is unverified.",
    penalty=ccpa_fine_note(),
)

RISK_ASSESSMENT_SENSITIVE_LOCATION = Requirement(
    id="US-CA-CPPA-7150-RA-SENSLOC",
    title="A risk assessment is completed before workers' presence at sensitive locations is used to infer things about them",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "5"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business tracks California workers' location and infers health, union activity or protected characteristics from it",
    applies_if=_COVERED & _SENSITIVE_LOCATION,
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy=_RA_REMEDY,
    rationale="§7150(b)(5) requires a risk assessment where automated processing draws inferences from a person's presence at a sensitive location (such as a health facility or place of worship), except when the data is used only to deliver goods or transport the person there.",
    penalty=ccpa_fine_note(),
)

RISK_ASSESSMENT_TRAINING = Requirement(
    id="US-CA-CPPA-7150-RA-TRAIN",
    title="A risk assessment is completed before worker data trains decision-making, biometric or emotion-recognition technology",
    jurisdiction="US-CA",
    citation=cite("7150", "b", "6"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business intends to train ADMT for significant decisions, or facial, emotion, identity or biological recognition technology, on California workers' data",
    applies_if=_COVERED & _TRAINS_COVERED_TECH,
    checks=_ra_checks(),
    satisfied_because=_RA_DONE,
    remedy=_RA_REMEDY,
    rationale="§7150(b)(6) requires a risk assessment where a business intends to use personal information to train ADMT for significant decisions or technology for facial or emotion recognition, identity verification, or physical or biological identification or profiling. Training a general-purpose agent is not covered by this limb, though (b)(2) or (b)(4) often are.",
    penalty=ccpa_fine_note(),
)

RA_REQUIRED = Classification(
    id="US-CA-CPPA-7150-RA-REQUIRED",
    title="The processing needs a CCPA risk assessment (any trigger of §7150(b))",
    jurisdiction="US-CA",
    citation=cite("7150", "b"),
    grade=Grade.S,
    condition=_COVERED
    & (
        _SELLS_OR_SHARES
        | (SENSITIVE_PI.holds() & _OUTSIDE_HR_CARVE_OUT)
        | ADMT_DEFINITION.holds()
        | _INFERS_FROM_OBSERVATION
        | _SENSITIVE_LOCATION
        | _TRAINS_COVERED_TECH
    ),
    rationale="One of the six triggers of §7150(b): selling or sharing, sensitive data, ADMT for significant decisions, inference from systematic observation, inference from sensitive locations, or training covered technology.",
)

# --------------------------------------------------------------------------- the assessment itself (§§7151-7157)

STAKEHOLDERS = Requirement(
    id="US-CA-CPPA-7151-STAKEHOLDERS",
    title="Staff whose jobs involve the processing take part in the risk assessment",
    jurisdiction="US-CA",
    citation=cite("7151", "a"),
    in_force_from=EFFECTIVE,
    severity=Severity.required,
    grade=Grade.K,  # one source quotes §7151 verbatim (S1)
    applies_when="When the processing needs a CCPA risk assessment",
    applies_if=RA_REQUIRED.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=F(f"{_RA}.status") == "none",
            because="No risk assessment has been started, so the staff who run the processing have not contributed to one.",
        ),
    ),
    satisfied_because="A risk assessment has been completed or is under way. The description does not record who takes part: check that the staff who run the processing contribute and are listed in the report (§7152(a)(8)).",
    remedy="Involve the employees whose duties include the processing (administrators of the monitoring tool, analysts, HR users) in the assessment, list them in the report, and consider outside experts or worker representatives where useful.",
    rationale="§7151(a) requires a business to include in the assessment the employees whose job duties include participating in the processing; §7151(b) allows external parties. This concerns the staff who run the processing, not a duty to consult the monitored workforce.",
    penalty=ccpa_fine_note(),
)

CONTENT = Requirement(
    id="US-CA-CPPA-7152-RA-CONTENT",
    title="The risk assessment weighs benefits against negative impacts and records whether the business will proceed",
    jurisdiction="US-CA",
    citation=cite("7152", "a"),
    in_force_from=EFFECTIVE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA risk assessment has been completed",
    applies_if=RA_REQUIRED.holds() & _COMPLETED,
    checks=(
        Check(
            status=Status.action_required,
            when=F(f"{_RA}.conclusion") == "undetermined",
            because="The assessment reaches no conclusion on whether the benefits outweigh the negative impacts, so it lacks the weighing and the decision whether to proceed (§7152(a)(4), (5) and (7)).",
        ),
    ),
    satisfied_because="The assessment weighs benefits against negative impacts and reaches a conclusion. The description does not record each content item: check the report against §7152(a)(1)-(9).",
    remedy="Complete the report: a specific purpose (not just 'security'), the categories and the minimum needed, the operational elements, the benefits, the negative impacts (unauthorised access, discrimination, loss of control, coercion, economic, physical, reputational and psychological harm), the safeguards, the decision whether to proceed, the contributors, and the approval date and approvers.",
    rationale="§7152(a)(1)-(9) lists what a risk assessment must contain, including specific benefits, the negative impacts and their sources, the safeguards, and whether the business will go ahead. An assessment that does not reach a conclusion on the balance does not meet it.",
    penalty=ccpa_fine_note(),
)

OUTCOME = Requirement(
    id="US-CA-CPPA-7154-RA-OUTCOME",
    title="Processing whose assessed risks outweigh its benefits is restricted or not started",
    jurisdiction="US-CA",
    citation=cite("7154", "a"),
    in_force_from=EFFECTIVE,
    severity=Severity.required,
    # §7154(a) quoted by one source; the same goal is in the statute's rule-making mandate
    # (Civ. Code §1798.185(a)(15)(B) as enacted by Prop. 24), so S overall.
    grade=Grade.S,
    applies_when="When a CCPA risk assessment has been completed",
    applies_if=RA_REQUIRED.holds() & _COMPLETED,
    # The regulation states a goal (restrict or prohibit) rather than an express ban, so both
    # outcomes are at_risk with the reason.
    checks=(
        Check(
            status=Status.at_risk,
            when=(F(f"{_RA}.conclusion") == "risks_outweigh") & _STARTED,
            because="The business's own risk assessment finds that the risks to workers outweigh the benefits, yet the processing goes ahead.",
        ),
        Check(
            status=Status.at_risk,
            when=(F(f"{_RA}.conclusion") == "risks_outweigh") & _PLANNED,
            because="The risk assessment finds that the risks outweigh the benefits of processing that is still planned; it should be restricted or dropped before it starts.",
        ),
    ),
    satisfied_because="The assessment does not find that the risks outweigh the benefits.",
    remedy="Restrict the processing (less data, fewer people, shorter retention, stronger safeguards) until a revised assessment shows the benefits outweigh the risks, or do not proceed.",
    rationale="§7154(a) states that the goal of a risk assessment is to restrict or prohibit processing whose risks to consumers' privacy outweigh its benefits; Prop. 24 wrote the same goal into §1798.185. Going ahead regardless is what enforcement is likely to target.",
    penalty=ccpa_fine_note(),
)


def _three_years_before(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 3)


# §7155(a)(2): review at least every three years. The engine compares facts only with fixed
# dates, so the test runs per half-year: in the half-year starting on H, an assessment last
# reviewed (or, if never reviewed, completed) before H minus three years is certainly overdue, so
# an overdue review is flagged at most six months late. Assessments made under the regulations
# cannot be due before 2029. From 2032 one open-ended window flags anything not reviewed since
# before 2029 (extend the half-years when the catalogue is revised; each window is a rule the
# engine must hold, so they are kept few).
_HALF_YEARS = [dt.date(y, m, 1) for y in range(2029, 2032) for m in (1, 7)]
_OPEN_ENDED = dt.date(2032, 1, 1)


def _not_reviewed_since(day: dt.date):
    return (F(f"{_RA}.completed_on") < day) & Not(F(f"{_RA}.last_reviewed_on") >= day)


_REVIEW_OVERDUE = AnyOf(
    *(
        AsOf("gte", h) & AsOf("lt", nxt) & _not_reviewed_since(_three_years_before(h))
        for h, nxt in zip(_HALF_YEARS, [*_HALF_YEARS[1:], _OPEN_ENDED])
    ),
    AsOf("gte", _OPEN_ENDED) & _not_reviewed_since(_three_years_before(_OPEN_ENDED)),
)

# §7155(a)(1): for processing begun on or after 1 Jan 2026 the assessment comes before the
# processing; §7155(b): processing begun earlier and continuing must be assessed by 31 Dec 2027.
# An assessment completed later than that cures the breach for the future but not for the time
# before it was completed. An assessment completed on the day the processing began is read as
# coming before it (the contract records days, not hours).
_COMPLETED_AFTER_START = Not(_STARTED_BEFORE_REGS) & (F("timing.ca_risk_assessment_days_after_start") > 0)
_COMPLETED_AFTER_LEGACY_DEADLINE = _STARTED_BEFORE_REGS & (F(f"{_RA}.completed_on") > LEGACY_DEADLINE)

TIMING = Requirement(
    id="US-CA-CPPA-7155-RA-TIMING",
    title="The risk assessment comes before the processing, is reviewed every three years and is updated after material changes",
    jurisdiction="US-CA",
    citation=cite("7155", "a"),
    in_force_from=EFFECTIVE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a CCPA risk assessment has been completed",
    applies_if=RA_REQUIRED.holds() & _COMPLETED,
    checks=(
        Check(
            status=Status.action_required,
            when=_REVIEW_OVERDUE,
            because="The risk assessment has not been reviewed for more than three years (§7155(a)(2)).",
        ),
        # A past breach, now cured: at_risk (exposure to enforcement for the period before the
        # assessment) rather than violation, which would block a deployment that is now assessed.
        Check(
            status=Status.at_risk,
            when=_COMPLETED_AFTER_START,
            because="The risk assessment was completed after the processing began. Processing begun on or after 1 Jan 2026 must be assessed before it starts (§7155(a)(1)), so the period before the assessment was completed was a breach, open to enforcement even though an assessment now exists.",
        ),
        Check(
            status=Status.at_risk,
            when=_COMPLETED_AFTER_LEGACY_DEADLINE,
            because="The processing began before 2026 and its risk assessment was completed after 31 Dec 2027. The period from 1 Jan 2028 until the assessment was completed was a breach of §7155(b), open to enforcement even though an assessment now exists.",
        ),
    ),
    satisfied_because="The assessment came in time (no later than the day the processing began, or by 31 Dec 2027 for processing begun before 2026), and it was completed or last reviewed within the past three years. The description does not record material changes: any must be reflected within 45 days.",
    remedy="Complete the assessment before starting any new processing of this kind, review it at least every three years, update it within 45 calendar days of any material change to the processing, and keep every version for as long as the processing continues or five years after completion, whichever is later. Where an assessment came late, record when the processing began and when it was assessed, and be ready to explain the gap to the CPPA.",
    rationale="§7155(a)(1) requires the assessment before in-scope processing starts (for processing begun before 2026, §7155(b) allows until 31 Dec 2027; the trigger requirements report processing with no assessment, this requirement an assessment that came late). §7155(a)(2) requires review at least every three years, (a)(3) an update within 45 calendar days of a material change, and (c) retention of the assessments.",
    penalty=ccpa_fine_note(),
)

REUSE = Requirement(
    id="US-CA-CPPA-7156-RA-REUSE",
    title="An existing impact assessment, such as a GDPR DPIA, is adapted to serve as the CCPA risk assessment",
    jurisdiction="US-CA",
    citation=cite("7156", "b"),
    in_force_from=EFFECTIVE,
    severity=Severity.recommended,
    grade=Grade.K,  # one source quotes §7156 verbatim (S1)
    applies_when="When the processing needs a CCPA risk assessment, the GDPR applies too, and a GDPR DPIA has been completed for it",
    # Only where the GDPR reaches the deployment is there a DPIA to reuse: a US-only employer is
    # not asked about one.
    applies_if=RA_REQUIRED.holds() & GDPR_APPLIES.holds() & (F("assessments.dpia.status") == "completed"),
    checks=(
        Check(
            status=Status.action_required,
            when=_NO_ASSESSMENT,
            because="A DPIA exists but no CCPA risk assessment has been completed; the DPIA can serve once it contains, or is supplemented with, every §7152 item.",
        ),
    ),
    satisfied_because="A CCPA risk assessment has been completed (reusing the DPIA where it covers the §7152 items).",
    remedy="Supplement the DPIA with the §7152 items it lacks (for example the benefits-versus-negative-impacts conclusion, contributors and approval) and adopt it as the CCPA risk assessment; one assessment may cover comparable processing activities.",
    rationale="§7156(a) lets one assessment cover a comparable set of processing activities; §7156(b) lets a business use an assessment prepared for another law, such as a GDPR DPIA, if it contains all the §7152 information or is supplemented with it.",
    penalty=ccpa_fine_note(),
)


def _year(path: str, year: int):
    return (F(path) >= dt.date(year, 1, 1)) & (F(path) < dt.date(year + 1, 1, 1))


#: Later yearly submissions (§7157(a)(2)); extend when the catalogue is revised.
_LATER_YEARS = range(2028, 2031)
# Nothing can have been submitted where no assessment exists after the date by which the
# assessment, and then its information, were due.
_SUBMISSION_MISSED = (
    _STARTED
    & _NO_ASSESSMENT
    & AnyOf(
        (F("processing_started_on") < dt.date(2028, 1, 1)) & AsOf("gt", FIRST_SUBMISSION),
        *(_year("processing_started_on", y) & AsOf("gt", dt.date(y + 1, 4, 1)) for y in _LATER_YEARS),
    )
)

#: §7157(b)-(c): what the submission holds.
_SUBMIT_ITEMS = "the business's name and a contact, the period covered, the number of assessments conducted or updated in it (in total and for each §7150(b) activity), whether they involved each category of personal and sensitive personal information, and an attestation under penalty of perjury by a member of executive management, with name, title and date (§7157(b)-(c))."

SUBMISSION = Requirement(
    id="US-CA-CPPA-7157-RA-SUBMIT",
    title="Information about risk assessments is submitted to the CPPA by 1 April after the year they were conducted",
    jurisdiction="US-CA",
    citation=cite("7157", "a"),
    in_force_from=EFFECTIVE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the processing needs a CCPA risk assessment",
    applies_if=RA_REQUIRED.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=_SUBMISSION_MISSED,
            because="The submission date has passed and no risk assessment has been completed, so the required information and attestation cannot have been filed.",
        ),
        # §7157(a)(1) names assessments "conducted in 2026 and 2027". One completed before the
        # regulations took effect counts under the Article only if it holds every §7152 item or
        # is supplemented with them (§7156(b)); for processing that continues into 2026 that must
        # be done by 31 Dec 2027 (§7155(b)), so its information belongs in the first submission.
        Check(
            status=Status.action_required,
            when=_COMPLETED & (F(f"{_RA}.completed_on") < EFFECTIVE) & AsOf("lte", FIRST_SUBMISSION),
            because="The risk assessment was completed before the regulations took effect on 1 Jan 2026. It counts only if it contains, or is supplemented with, every item §7152 requires (§7156(b)); for processing begun before 2026 that must be done by 31 Dec 2027 (§7155(b)). Its information then goes in the first submission, which covers assessments of 2026 and 2027 and is due by 1 Apr 2028 (§7157(a)(1)): " + _SUBMIT_ITEMS,
            deadline=FIRST_SUBMISSION,
        ),
        Check(
            status=Status.action_required,
            when=_COMPLETED
            & (F(f"{_RA}.completed_on") >= EFFECTIVE)
            & (F(f"{_RA}.completed_on") < dt.date(2028, 1, 1))
            & AsOf("lte", FIRST_SUBMISSION),
            because="The risk assessment was conducted in 2026 or 2027, so its information is due at the CPPA by 1 Apr 2028 (§7157(a)(1)): " + _SUBMIT_ITEMS,
            deadline=FIRST_SUBMISSION,
        ),
        Check(
            status=Status.action_required,
            when=AsOf("lte", FIRST_SUBMISSION) & _NO_ASSESSMENT & (F("processing_started_on") < dt.date(2028, 1, 1)),
            because="No risk assessment has been completed yet. An assessment conducted in 2026 or 2027 must be reported to the CPPA, with an executive's attestation, by 1 Apr 2028; one conducted later, by 1 April of the following year (§7157(a)).",
            deadline=FIRST_SUBMISSION,
        ),
        *(
            Check(
                status=Status.action_required,
                when=_year(f"{_RA}.completed_on", y) & AsOf("lte", dt.date(y + 1, 4, 1)),
                because=f"Information about the assessment conducted in {y} must be submitted to the CPPA by 1 Apr {y + 1}.",
                deadline=dt.date(y + 1, 4, 1),
            )
            for y in _LATER_YEARS
        ),
    ),
    satisfied_because="No submission is pending for the completed assessment. The description cannot record the filing itself: keep the CPPA confirmation and the executive's attestation.",
    remedy="File the §7157(b) information and an attestation under penalty of perjury by a member of executive management through the CPPA website by 1 Apr 2028 for 2026-2027 assessments (then by 1 April each year), and be ready to hand over full reports within 30 days of a request.",
    rationale="§7157(a)(1) requires information about risk assessments conducted in 2026 and 2027 to be submitted by 1 Apr 2028, and (a)(2) information about later assessments by 1 April of the year after they were conducted; (b) lists the information (counts of assessments in total and per §7150(b) activity, the categories of personal and sensitive personal information involved, and an attestation), (c) requires the submitter to be a member of executive management, and (e) full reports within 30 calendar days of a CPPA or Attorney General request. An assessment made before 2026 counts only once it meets §7152 (§7156(b)), by 31 Dec 2027 for processing begun before 2026 (§7155(b)), so it is reported with the first submission.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- ADMT duties (§§7220-7222), from 1 Jan 2027

PRE_USE_NOTICE = Requirement(
    id="US-CA-CPPA-7220-PREUSE-NOTICE",
    title="Workers receive a pre-use notice, at or before collection, before ADMT makes significant decisions about them",
    jurisdiction="US-CA",
    citation=cite("7220", "b"),
    in_force_from=ADMT_COMPLIANCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business uses ADMT (no qualifying human review) for significant decisions about California workers",
    applies_if=ADMT_SCOPE.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=_STARTED & Exists("decisions", _ADMT_DECISION & F("admt_preuse_notice").false()),
            because="ADMT makes significant decisions about workers and no pre-use notice was given.",
        ),
        Check(
            status=Status.action_required,
            when=_PLANNED & Exists("decisions", _ADMT_DECISION & F("admt_preuse_notice").false()),
            because="ADMT is planned for significant decisions: the pre-use notice must be given at or before the point of collection.",
        ),
    ),
    satisfied_because="A pre-use notice was given for every decision made by ADMT.",
    remedy="Give a plain-language pre-use notice at or before collection: the specific purpose, the right to opt out and how (or the exception relied on and the appeal route), the right to access, that there is no retaliation, the inputs used, the kind of output and its role in the decision, and what happens if a worker opts out.",
    rationale="§7220 requires a pre-use notice with the purpose, opt-out (or exception), access and non-retaliation statements and how the ADMT works ((c)(1)-(5)), presented at or before the point when the data to be processed is collected ((b)(2)). Existing uses had to comply by 1 Jan 2027 (§7200(b)).",
    penalty=ccpa_fine_note(),
)

_OPT_OUT_MISSING = Exists("decisions", _ADMT_DECISION & (F("admt_opt_out") == "none"))
_EXCEPTION_MISFIT = Exists(
    "decisions",
    _ADMT_DECISION
    & (
        ((F("admt_opt_out") == "exception_hiring") & (F("type") != "hiring"))
        | (
            (F("admt_opt_out") == "exception_allocation_compensation")
            & Not(F("type").one_of("work_allocation", "compensation", "pay_deduction"))
        )
    ),
)
_APPEAL_WITHOUT_CHANNEL = Exists(
    "decisions", _ADMT_DECISION & (F("admt_opt_out") == "exception_human_appeal") & F("contest_channel").false()
)
_EXCEPTION_UNTESTED = Exists(
    "decisions",
    _ADMT_DECISION
    & F("admt_opt_out").one_of("exception_hiring", "exception_allocation_compensation")
    & (F("bias_testing") == "none"),
)

OPT_OUT = Requirement(
    id="US-CA-CPPA-7221-OPTOUT",
    title="Workers can opt out of ADMT for significant decisions, unless a valid exception applies",
    jurisdiction="US-CA",
    citation=cite("7221", "a"),
    in_force_from=ADMT_COMPLIANCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a CCPA business uses ADMT (no qualifying human review) for significant decisions about California workers",
    applies_if=ADMT_SCOPE.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=_STARTED & _OPT_OUT_MISSING,
            because="ADMT makes significant decisions about workers, with no opt-out and no exception relied on.",
        ),
        Check(
            status=Status.action_required,
            when=_PLANNED & _OPT_OUT_MISSING,
            because="ADMT is planned for significant decisions with no opt-out and no exception relied on.",
        ),
        Check(
            status=Status.violation,
            when=_EXCEPTION_MISFIT,
            because="The exception relied on does not fit the decision: the hiring exception covers only hiring, and the allocation-and-pay exception only work allocation and pay (demotion, suspension and termination allow only the human-appeal exception).",
        ),
        Check(
            status=Status.violation,
            when=_APPEAL_WITHOUT_CHANNEL,
            because="The human-appeal exception is relied on, but workers have no way to appeal the decision to a human.",
        ),
        Check(
            status=Status.at_risk,
            when=_EXCEPTION_UNTESTED,
            because="The hiring or allocation-and-pay exception requires that the ADMT works for its purpose and does not discriminate unlawfully, and it has not been tested for bias.",
        ),
    ),
    satisfied_because="Workers can opt out, or a fitting exception applies with its conditions met.",
    remedy="Offer an opt-out with at least two methods and stop the processing within 15 business days of a request, or rely on a fitting exception: a human appeal to a qualified reviewer who can overturn the decision, or (for hiring, work allocation and pay only) use solely for the stated purpose with evaluation showing it works and does not discriminate.",
    rationale="§7221(a) gives consumers the right to opt out of ADMT for significant decisions. §7221(b) allows three exceptions: (1) a human appeal to a qualified reviewer with authority to overturn; (2) admission, acceptance or hiring decisions; (3) allocation or assignment of work and compensation, the last two only where the ADMT is used solely for that assessment and works as intended without unlawful discrimination.",
    penalty=ccpa_fine_note(),
)

ACCESS = Requirement(
    id="US-CA-CPPA-7222-ACCESS",
    title="Workers can find out how ADMT was used in decisions about them: purpose, logic and outcome",
    jurisdiction="US-CA",
    citation=cite("7222", "b"),
    in_force_from=ADMT_COMPLIANCE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a CCPA business uses ADMT (no qualifying human review) for significant decisions about California workers",
    applies_if=ADMT_SCOPE.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("decisions", _ADMT_DECISION & F("admt_access_process").false()),
            because="There is no process for workers to ask how ADMT was used in a decision about them.",
        ),
    ),
    satisfied_because="Workers can request the purpose, the logic and the outcome of ADMT decisions about them.",
    remedy="Set up an access process (easy methods, identity verification, secure delivery) that explains the specific purpose, the logic including the parameters that produced the worker's result, and the outcome and how the output was used; apply the CCPA's 45-day response period until the CPPA sets a specific one.",
    rationale="§7222(b) entitles a consumer to the specific purpose of the ADMT (b)(1), its logic including the parameters that generated the output (b)(2), and the outcome and how the output was used in the decision (b)(3). Trade secrets may be withheld ((c)(1)); no ADMT-specific deadline was found, so the general CCPA period is applied by analogy.",
    penalty=ccpa_fine_note(),
)

CLASSIFICATIONS = (ADMT_DEFINITION, ADMT_SCOPE, AUDIT_SCOPE, RA_REQUIRED)
REQUIREMENTS = (
    CYBER_AUDIT,
    RISK_ASSESSMENT_SELL_SHARE,
    RISK_ASSESSMENT_SPI,
    RISK_ASSESSMENT_ADMT,
    RISK_ASSESSMENT_OBSERVE,
    RISK_ASSESSMENT_SENSITIVE_LOCATION,
    RISK_ASSESSMENT_TRAINING,
    STAKEHOLDERS,
    CONTENT,
    OUTCOME,
    TIMING,
    REUSE,
    SUBMISSION,
    PRE_USE_NOTICE,
    OPT_OUT,
    ACCESS,
)
