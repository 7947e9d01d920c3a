"""California Consumer Privacy Act, as amended by the CPRA (Civil Code §1798.100 et seq.).

Official text: https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&part=4.&title=1.81.5.
Worker, applicant and contractor data has been fully covered since 1 Jan 2023, when the
employment exemption lapsed. Last checked: 2026-11-30.

Gates: US-CA-CCPA-140D-BUSINESS (for-profit, does business in California, one of the three
thresholds; the revenue threshold is a dated ``Param``), US-CA-CCPA-140I-CONSUMER (California
residence, not place of work) and US-CA-CCPA-140-SPI-CLASSIFY. Nonprofits and public bodies are
never CCPA businesses; CIPA, the Labor Code, the Constitution and FEHA still reach them (other
modules). The only rule here that also reaches organisations that are not CCPA businesses is
US-CA-CCPA-100E-SECURITY: §1798.100(e) itself binds CCPA businesses only, but the §1798.81.5 duty
it refers to binds any "business" in the sense of §1798.80(a) (run for profit or not), though only
for the data §1798.81.5(d)(1) lists; that requirement's scope and penalty text say so.

US-CA-CCPA-155-FINES is penalty metadata in the research catalogue (severity "info"). Its amounts
are dated ``Param``s in ``parameters.py`` and appear in every CCPA finding's penalty note. A fine
tier is not an obligation that can be met, so the requirement never reports "satisfied": it is
not applicable unless the facts point to the higher tier of §1798.155(a), and then at_risk with
the tier explained. We keep it as a *requirement*, not a classification, because ``bentham rules
list`` lists requirements only and the question it raises about a deployment is factual: do the
facts point to intentional violations? Two facts in the contract show intent: adverse action
taken because workers exercised their rights, and processing that goes ahead although the
business's own risk assessment found it more risky than beneficial. The known-minor limb of the
higher tier has no fact in the contract (no field says a worker is known to be under 16).
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, AnyOf, AsOf, Exists, F, Not
from engine.description import Inference
from engine.facts import INDEFINITE_DAYS
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from .parameters import (
    CCPA_CONSUMER_COUNT,
    CCPA_REVENUE_SHARE,
    CCPA_REVENUE_THRESHOLD_USD,
    breach_damages_note,
    ccpa_fine_note,
    security_penalty_note,
)


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
CCPA_OPERATIVE = dt.date(2020, 1, 1)
#: Prop. 24 added "email address or user name with a password or security question" to the
#: data whose breach founds a §1798.150 claim, operative 1 Jan 2023.
CREDENTIALS_LIMB = dt.date(2023, 1, 1)

REGS_7002 = Authority(
    title="11 CCR §7002 (purpose limitation: reasonable expectations, compatible purposes, consent for other purposes)",
    url="https://cppa.ca.gov/regulations/",
)
ADVISORY_2024_01 = Authority(
    title="CPPA Enforcement Advisory No. 2024-01, Applying Data Minimization to Consumer Requests (2 Apr 2024) — non-binding; cited for the general minimisation questions only",
    url="https://cppa.ca.gov/pdf/enfadvisory202401.pdf",
)
REGS_7027 = Authority(
    title="11 CCR §7027 (right to limit; §7027(m) lists the purposes for which sensitive personal information may be used without offering it)",
    url="https://cppa.ca.gov/regulations/",
)
REGS_7051 = Authority(
    title="11 CCR §7051 (contract terms for service providers and contractors)",
    url="https://cppa.ca.gov/regulations/",
)
REGS_7025 = Authority(
    title="11 CCR §7025 (opt-out preference signals such as Global Privacy Control)",
    url="https://cppa.ca.gov/regulations/",
)

# --------------------------------------------------------------------------- gates (§1798.140)

BUSINESS = Classification(
    id="US-CA-CCPA-140D-BUSINESS",
    title='The organisation is a CCPA "business"',
    jurisdiction="US-CA",
    citation=cite("1798.140", "d", "1"),
    grade=Grade.S,
    # Revenue is prior-year worldwide gross revenue, compared with the threshold as adjusted
    # for inflation on the evaluation date. The (d)(2) limb (common branding with a business
    # that shares data with the entity) has no fact in the contract.
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

BIOMETRIC = Classification(
    id="US-CA-CCPA-BIOMETRIC",
    title="Biometric information is processed to identify workers",
    jurisdiction="US-CA",
    citation=cite("1798.140", "c"),
    grade=Grade.S,
    # §1798.140(c) counts keystroke patterns or rhythms and voice recordings from which an
    # identifier can be extracted as biometric information, but they become SPI only when
    # processed to identify someone ((ae)(2)(A)). The contract has no "used to identify" fact, so
    # typing rhythm or voice analysis counts only where the monitoring data trains biometric
    # identification or recognition technology; fingerprints and face matching identify by design.
    condition=F("monitoring.techniques").has_any("fingerprint", "face_verification", "face_identification")
    | (
        F("monitoring.techniques").has_any("keystroke_dynamics", "voice_analysis")
        & F("ai_training.uses_monitoring_data").true()
        & (F("ai_training.model_purpose") == "biometric_or_emotion")
    ),
    rationale="Face or fingerprint matching, or typing rhythm or voice used to build identification technology.",
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
    | F("monitoring.techniques").has_any("gps_device", "gps_vehicle", "neural_device")
    | F("monitoring.inferences").has_any("health", "union_activity")
    | BIOMETRIC.holds(),
    rationale="Captured passwords, message contents, precise location, identifying biometrics (including typing rhythm or voice used to build identification technology), health or union data, or neural data.",
)

_COVERED = BUSINESS.holds() & CONSUMERS.holds()
_AI_TRAINING = F("ai_training.uses_monitoring_data").true() | F("purposes").has_any("ai_model_training", "ai_product_development")
# A purpose now pursued that was not announced when the data was first collected. Only the
# secondary uses that typically creep in after rollout are tested (building AI or products,
# selling or sharing, discipline, promotion or termination): each tested purpose is a rule the
# engine must hold, and these are the uses §7002's reasonable-expectations test is about.
_CREEPING_PURPOSES = ("ai_model_training", "ai_product_development", "sale_or_sharing", "discipline", "promotion_or_termination")
_NEW_PURPOSE = AnyOf(*(F("purposes").has(p) & F("original_purposes").has_none(p) for p in _CREEPING_PURPOSES))
_ANY_INFERENCE = F("monitoring.inferences").has_any(*(i.value for i in Inference))
_BROAD_ACCESS = (F("security.access") == "broad") | F("security.shared_accounts").true()
# Whether collection has begun on the assessment date (explicit comparisons with the as-of date;
# an unknown start date leaves both unknown, so the finding asks for it).
_STARTED = F("processing_started_on") <= AS_OF
_PLANNED = F("processing_started_on") > AS_OF
_SCREEN_CAPTURE = F("monitoring.techniques").has_any("screenshots", "screen_recording", "session_replay")
_BIOMETRIC_CAPTURE = F("monitoring.techniques").has_any("fingerprint", "face_verification", "face_identification")
# A store of raw content that will, in practice, hold data of the kinds §1798.81.5(d)(1)(A) lists
# (Social Security, ID or account numbers with their codes, medical or health-insurance
# information) and credentials typed outside password fields: everything typed, or screens of
# every application (or all but a denylist). Masking password fields does not change that.
# Keystroke counts or timing, and screens of an allowlist of work applications, are not read as
# such a store: the employer chose what they show, and the listed data enters a capture mainly
# through personal or unrestricted use.
_CONTENT_STORE = (F("monitoring.keystroke_capture") == "full_content") | (
    _SCREEN_CAPTURE & F("monitoring.application_scope").one_of("all", "denylist")
)
# Data that §1798.81.5(b) protects whoever holds it: credentials ((d)(1)(B)), biometric data
# ((d)(1)(A)(vi)) or a raw content store as above.
_SECTION_81_5_DATA = (F("monitoring.credentials_captured") == "captured") | _BIOMETRIC_CAPTURE | _CONTENT_STORE

# --------------------------------------------------------------------------- §1798.100(a): notice at collection

_NO_NOTICE = (F("monitoring.covert") == "general") | F("transparency.notice").one_of("none", "after_collection")
_NOTICE_INCOMPLETE = Not(
    F("transparency.notice_covers").has("data_categories")
    & F("transparency.notice_covers").has("purposes")
    & F("transparency.notice_covers").has("retention")
    & F("transparency.notice_covers").has("sold_shared")
)
_SPI_CATEGORIES_MISSING = SENSITIVE_PI.holds() & F("transparency.notice_covers").has_none("sensitive_categories")

NOTICE_AT_COLLECTION = Requirement(
    id="US-CA-CCPA-100-NOTICE",
    title="California workers receive a notice at or before collection of what is collected, why, and for how long",
    jurisdiction="US-CA",
    citation=cite("1798.100", "a"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business collects personal information of California-resident workers",
    applies_if=_COVERED,
    # §1798.100(a) is a bright line: the notice is due "at or before the point of collection".
    # Once collection has begun (processing_started_on on or before the assessment date) a
    # missing or incomplete notice is a breach already committed, so a violation; while the
    # processing is only planned the duty can still be met, so action_required.
    checks=(
        Check(
            status=Status.violation,
            when=_STARTED & _NO_NOTICE,
            because="Collection has begun and workers were not given a notice at or before the point of collection.",
        ),
        Check(
            status=Status.violation,
            when=_STARTED & _NOTICE_INCOMPLETE,
            because="Collection has begun, and what workers were told at or before it does not state all of: the categories collected, the purposes, whether they are sold or shared, and how long each is kept.",
        ),
        Check(
            status=Status.violation,
            when=_STARTED & _SPI_CATEGORIES_MISSING,
            because="Sensitive personal information is being collected and workers were not told its categories at or before collection.",
        ),
        Check(
            status=Status.action_required,
            when=_PLANNED & _NO_NOTICE,
            because="Collection has not started yet, and no notice is planned at or before the point of collection.",
        ),
        Check(
            status=Status.action_required,
            when=_PLANNED & _NOTICE_INCOMPLETE,
            because="Collection has not started yet, and the planned notice does not state all of: the categories collected, the purposes, whether they are sold or shared, and how long each is kept.",
        ),
        Check(
            status=Status.action_required,
            when=_PLANNED & _SPI_CATEGORIES_MISSING,
            because="Collection has not started yet, and the planned notice does not list the categories of sensitive personal information to be collected.",
        ),
    ),
    satisfied_because="A notice at or before collection lists the categories (including sensitive ones), the purposes, sale or sharing, and retention.",
    remedy="Give California workers a notice at collection listing each category of personal and sensitive personal information, the purposes, whether it is sold or shared, and the retention period for each category; where collection is already running, give the notice now and stop collecting any category it does not cover until it does.",
    rationale="§1798.100(a) requires a business to inform consumers, at or before the point of collection, of the categories of personal and sensitive personal information, the purposes, whether they are sold or shared, and how long each category is kept. It has applied to workers since 1 Jan 2023. Collecting without that notice breaches the duty from the first day of collection; a notice given later does not cure what was collected before it.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(a)(1)-(2), 11 CCR §7002: new purposes

NEW_PURPOSE = Requirement(
    id="US-CA-CCPA-100-NEW-PURPOSE",
    title="Monitoring data is reused for a new purpose, such as AI training, only after notice and, where workers would not expect it, consent",
    jurisdiction="US-CA",
    citation=cite("1798.100", "a", "1"),
    authorities=(REGS_7002,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    # Statute V; the 2023 text of §7002 V, but its numbering after the 2025 package only S1.
    grade=Grade.S,
    applies_when="When a CCPA business uses California workers' monitoring data for a purpose not announced at collection, or to train AI models",
    applies_if=_COVERED & (_NEW_PURPOSE | _AI_TRAINING),
    checks=(
        Check(
            status=Status.action_required,
            when=(F("monitoring.covert") == "general") | F("transparency.notice").one_of("none", "after_collection"),
            because="The new purpose is not disclosed to workers before the data is used for it.",
        ),
        Check(
            status=Status.action_required,
            when=_AI_TRAINING & F("transparency.notice_covers").has_none("ai_training"),
            because="Monitoring data trains AI models, and the notice does not say so.",
        ),
        Check(
            status=Status.at_risk,
            # §7002(b) factors: the relationship, the type of data, how it was collected and how
            # clearly the use was disclosed. Data collected for security or management does not
            # lead a worker to expect that it will train a product; §7002(e) then requires consent.
            when=_AI_TRAINING
            & F("original_purposes").has_none("ai_model_training", "ai_product_development")
            & F("ai_training.new_purpose_consent_obtained").false(),
            because="Data first collected for other purposes now trains AI models without workers' consent; an average worker would not expect that use, so 11 CCR §7002(e) likely requires consent.",
        ),
    ),
    satisfied_because="The new purpose was disclosed before use and was either announced at collection or consented to.",
    remedy="Before reusing monitoring data, give a new notice naming the purpose (say expressly if it trains AI models); if the purpose was not announced when the data was collected, obtain workers' freely given consent or do not use their data for it.",
    rationale="§1798.100(a)(1) bars using personal information for additional purposes incompatible with those disclosed without a new notice. 11 CCR §7002 limits use to purposes consistent with the consumer's reasonable expectations (or compatible with them) and requires consent for anything else. Training AI products on workplace recordings is rarely within what workers expect when the data was collected for security or management.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(a)(3): retention

#: Data classes of raw captures and the techniques that produce them.
_RAW_CLASSES = {
    "keystrokes": ("keystroke_logging",),
    "screenshots": ("screenshots", "screen_recording", "session_replay"),
    "audio": ("call_recording", "ambient_audio", "cctv_audio"),
    "video": ("cctv_video", "webcam_video", "webcam_snapshot", "vehicle_inward_camera"),
    "communications": ("email_monitoring", "chat_monitoring", "dlp", "tls_inspection"),
    "location": ("gps_device", "gps_vehicle", "telematics", "badge_rfid", "wifi_bluetooth_tracking"),
    "biometric_templates": ("fingerprint", "face_verification", "face_identification"),
}
#: A review point, not a statutory limit: raw captures kept for more than a year need a
#: documented reason under the "reasonably necessary" test.
LONG_RETENTION_DAYS = 365


def _retained(op_days: int, *, at_least: bool) -> AnyOf:
    def cmp(path: str):
        return F(path) >= op_days if at_least else F(path) > op_days

    return AnyOf(
        *(F("monitoring.techniques").has_any(*techs) & cmp(f"retention.days.{cls}") for cls, techs in _RAW_CLASSES.items()),
        F("ai_training.uses_monitoring_data").true() & cmp("retention.days.training_datasets"),
    )


RETENTION = Requirement(
    id="US-CA-CCPA-100-RETENTION",
    title="Each category of monitoring data has a disclosed retention period no longer than its purposes need",
    jurisdiction="US-CA",
    citation=cite("1798.100", "a", "3"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business keeps monitoring data about California-resident workers",
    applies_if=_COVERED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.notice_covers").has_none("retention"),
            because="Workers are not told how long each category of monitoring data is kept.",
        ),
        Check(
            status=Status.action_required,
            when=_retained(INDEFINITE_DAYS, at_least=True),
            because="Some raw monitoring data (or a training set built from it) is kept indefinitely; the CCPA bars keeping each category longer than reasonably necessary.",
        ),
        Check(
            status=Status.at_risk,
            when=_retained(LONG_RETENTION_DAYS, at_least=False),
            because="Raw captures are kept for more than a year; whether that is reasonably necessary for the disclosed purposes needs a documented justification.",
        ),
    ),
    satisfied_because="Retention is disclosed per category and raw captures are kept for a year or less.",
    remedy="Set and publish a retention period for each category (keystrokes, screenshots, recordings, training sets), delete on schedule, and document why any period over a year is needed.",
    rationale="§1798.100(a)(3) requires the notice to state how long each category is kept and forbids keeping it longer than reasonably necessary for each disclosed purpose. Indefinite retention cannot meet that test; long retention of raw captures is a balancing question.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(c): proportionality

PROPORTIONALITY = Requirement(
    id="US-CA-CCPA-100C-PROPORTIONALITY",
    title="Collection and use of worker data are reasonably necessary and proportionate to the disclosed purposes",
    jurisdiction="US-CA",
    citation=cite("1798.100", "c"),
    authorities=(REGS_7002, ADVISORY_2024_01),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business monitors California-resident workers",
    applies_if=_COVERED,
    # A balancing test (minimum data needed, possible harm, safeguards; 11 CCR §7002(d)): each
    # red flag of the research catalogue is an at_risk finding with its reason, never a violation.
    checks=(
        Check(
            status=Status.at_risk,
            when=(F("monitoring.keystroke_capture") == "full_content")
            & F("purposes").has_any(
                "productivity_measurement", "performance_evaluation", "attendance", "working_time_recording", "process_mining"
            ),
            because="Everything typed is recorded to measure productivity, performance or time, where counts or activity data would serve the purpose.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true(),
            because="The tool can capture workers' personal accounts (private webmail, social media), which no workplace purpose needs.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Monitoring runs outside working time.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("screenshots", "screen_recording", "session_replay")
            & F("monitoring.application_scope").one_of("all", "denylist"),
            because="Screens are captured across all applications rather than only in defined work applications.",
        ),
        Check(
            status=Status.at_risk,
            # Sound recorded where pictures or logs would do: ambient or CCTV audio, or cameras
            # (in-cab, CCTV, webcam) recording with monitoring.audio_recorded set. Where calls are
            # recorded too, the audio flag may describe the calls, so it is not read against the
            # cameras; call recording is a different question (the call is the work itself).
            when=F("monitoring.techniques").has_any("ambient_audio", "cctv_audio")
            | (
                F("monitoring.techniques").has_any("cctv_video", "webcam_video", "vehicle_inward_camera")
                & F("monitoring.techniques").has_none("call_recording")
                & F("monitoring.audio_recorded").true()
            ),
            because="Sound is recorded (ambient or CCTV audio, or cameras that also record what is said) where video or text logs alone would serve the purpose.",
        ),
    ),
    satisfied_because="None of the red flags is present: no full keystroke content for productivity metrics, no personal accounts, no off-duty capture, no screen capture across all applications and no sound recorded alongside or instead of video.",
    remedy="Collect only what the disclosed purpose needs: counts instead of keystroke content, work applications only, working time only, no personal accounts, and cameras without sound (no ambient audio); document the minimisation analysis (data needed, possible harm, safeguards).",
    rationale="§1798.100(c) limits collection, use, retention and sharing to what is reasonably necessary and proportionate to the disclosed purposes. 11 CCR §7002(d) asks what minimum data is needed, what harm could follow and what safeguards reduce it. Each listed practice makes that balance unlikely to hold without a strong, documented reason.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(d): contracts

_VENDOR_ROLES = ("processor", "service_provider", "contractor", "third_party")

CONTRACTS = Requirement(
    id="US-CA-CCPA-100D-CONTRACTS",
    title="Vendors and other recipients get worker data only under a contract with the CCPA-required terms",
    jurisdiction="US-CA",
    citation=cite("1798.100", "d"),
    authorities=(REGS_7051,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business gives California workers' monitoring data to a vendor, contractor or third party",
    applies_if=_COVERED
    & (
        Exists("recipients", F("role").one_of(*_VENDOR_ROLES))
        | F("security.who_sees_individual_data").has("vendor")
        | F("ai_training.vendor_trains_own_models").true()
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("recipients", F("role").one_of(*_VENDOR_ROLES) & F("contract_compliant").false()),
            because="A recipient of worker data has no contract with the terms the CCPA requires.",
        ),
        Check(
            status=Status.action_required,
            # Asked only when the recipients list does not already show a compliant vendor contract.
            when=F("security.who_sees_individual_data").has("vendor")
            & Not(Exists("recipients", F("role").one_of("processor", "service_provider", "contractor") & F("contract_compliant").true()))
            & F("assessments.processor_contracts").false(),
            because="The monitoring vendor sees individual data, and no data-processing contract is in place with it.",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.vendor_trains_own_models").true(),
            because="The vendor trains its own models on worker data; a service provider may not use the data for its own commercial purposes unless the contract allows it narrowly, and the disclosure may otherwise be a sale or sharing.",
        ),
    ),
    satisfied_because="No recipient is known to lack the CCPA contract terms: every listed recipient's contract has them, and where the monitoring vendor sees individual data there is a compliant or a data-processing contract with it. A data-processing contract written for the GDPR must also carry the §7051 terms (specific purposes, no selling or sharing, CCPA-level protection); check it does.",
    remedy="Sign contracts with every vendor and recipient that name the specific purposes, forbid selling, sharing and use outside the relationship, require CCPA-level protection and notice of non-compliance, and allow you to check and stop unauthorised use.",
    rationale="§1798.100(d) requires a contract with each third party, service provider or contractor that receives personal information, limiting it to specified purposes and binding it to the CCPA's protections (detailed in 11 CCR §7051). Vendor contracts were part of the CPPA's Tractor Supply case (2025).",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(e) / §1798.81.5: security

REGS_81_5 = Authority(
    title="Cal. Civ. Code §1798.81.5(b) and (d)(1) — reasonable security for the listed personal information, binding any business as defined in §1798.80(a), whether or not run for profit; remedies in §1798.84",
    url=section_url("1798.81.5"),
    kind="legislation",
)

# Two sources, one standard. §1798.100(e) binds CCPA businesses, for all personal information
# they collect, to reasonable security "in accordance with Section 1798.81.5". §1798.81.5(b)
# itself binds every "business" of §1798.80(a), run for profit or not and whatever its size
# (public bodies are not "businesses" there; state agencies have the Information Practices Act's
# safeguards duty instead, which this module does not encode), but only for the data
# §1798.81.5(d)(1) lists. So a nonprofit or a company below the CCPA thresholds is in scope only
# where the monitoring stores that data (_SECTION_81_5_DATA); a CCPA business wherever it stores
# sensitive or content-rich captures. The reasons name the §1798.81.5 standard, which is the test
# on both paths; the penalty note says CPPA fines and §1798.150 damages reach CCPA businesses only.
SECURITY = Requirement(
    id="US-CA-CCPA-100E-SECURITY",
    title="Stored monitoring data is protected by reasonable security: need-to-know access, encryption and access logs",
    jurisdiction="US-CA",
    citation=cite("1798.100", "e"),
    authorities=(REGS_81_5,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business stores sensitive or content-rich monitoring data about California residents, or any other private organisation (a nonprofit included) stores data that §1798.81.5 protects: captured credentials, biometric data, or full keystroke content or screens of every application",
    applies_if=CONSUMERS.holds()
    & F("organisation.legal_form").one_of("for_profit", "nonprofit")
    & (
        (
            BUSINESS.holds()
            & (
                SENSITIVE_PI.holds()
                | (F("monitoring.keystroke_capture") == "full_content")
                | _SCREEN_CAPTURE
            )
        )
        | _SECTION_81_5_DATA
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=_BROAD_ACCESS,
            because="Monitoring data is open to broad or shared accounts rather than to the few people who need it, which falls short of the reasonable security that Civ. Code §1798.81.5 requires.",
        ),
        Check(
            status=Status.action_required,
            when=F("security.encrypted_at_rest").false(),
            because="Monitoring data is stored unencrypted, which falls short of the reasonable security that Civ. Code §1798.81.5 requires for data of this nature.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.access_logged").false(),
            because="Access to monitoring data is not logged, so misuse would go undetected; whether security is still reasonable under Civ. Code §1798.81.5 is doubtful.",
        ),
    ),
    satisfied_because="Access is limited to need-to-know staff or managers rather than open to broad or shared accounts, the data is encrypted at rest and access is logged.",
    remedy="Restrict access to need-to-know roles with individual accounts, encrypt stored captures, log and review access, and minimise what is stored (mask passwords, drop message content).",
    rationale="A CCPA business must keep reasonable security for the personal information it collects, in accordance with §1798.81.5 (§1798.100(e)). Separately, §1798.81.5(b) requires any business holding the data listed in §1798.81.5(d)(1) about California residents (names with Social Security, ID or account numbers, medical or health-insurance information, biometric data, or log-in credentials) to keep reasonable security appropriate to its nature, whether or not it is run for profit and without the CCPA thresholds; for such organisations that is the only source of the duty, and CPPA fines do not apply. Keystroke content, screenshots, credentials and biometrics call for strict access control; reports of monitoring data becoming visible far beyond its intended audience are the failure this targets.",
    penalty=security_penalty_note(),
)

# --------------------------------------------------------------------------- §§1798.105-.115, .130(a)(2): rights

RIGHTS = Requirement(
    id="US-CA-CCPA-105-110-RIGHTS",
    title="Workers can learn, correct and delete their monitoring data, with answers within 45 days",
    jurisdiction="US-CA",
    citation=cite("1798.105"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business holds monitoring data about California-resident workers",
    applies_if=_COVERED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.access_request_process").false(),
            because="There is no process for workers to ask what monitoring data is held about them, or to correct or delete it.",
        ),
        Check(
            status=Status.at_risk,
            # Whether a deletion or correction request reaches data already absorbed into a
            # trained model is unsettled; the business should at least know whether it can.
            when=F("ai_training.uses_monitoring_data").true() & F("ai_training.anonymity_assessed").false(),
            because="Monitoring data trains models and nobody has assessed whether deletion or correction requests can reach the trained models.",
        ),
    ),
    satisfied_because="A verifiable-request process lets workers learn, correct and delete their monitoring data, and any training use has been assessed for how requests reach it.",
    remedy="Set up a request process (two or more methods, identity verification, answers within 45 days, one 45-day extension with notice) that can find, export, correct and delete each worker's monitoring data, including wrong productivity scores; decide how requests reach training sets and models.",
    rationale="§§1798.105, 1798.106, 1798.110 and 1798.115 give workers the rights to delete, correct and know; §1798.130(a)(2)(A) sets 45 days to respond, extendable once by 45 days if the worker is told within the first period. The §1798.105(d) exceptions (for example, data needed to comply with a legal obligation) still require case-by-case answers.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §§1798.120, 1798.135: sale and sharing

SALE_SHARE = Requirement(
    id="US-CA-CCPA-120-SALE-SHARE",
    title="Workers are told of any sale or sharing of their data and can opt out, including by an opt-out preference signal",
    jurisdiction="US-CA",
    citation=cite("1798.120", "a"),
    authorities=(REGS_7025,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business sells or shares California workers' data, or discloses it to a third party that is not its service provider",
    # A disclosure to a "third party" (not a service provider or contractor) is treated as a
    # likely sale or sharing unless an exception is shown.
    applies_if=_COVERED & (F("purposes").has("sale_or_sharing") | Exists("recipients", F("role") == "third_party")),
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.notice_covers").has_none("sold_shared"),
            because="Workers are not told that their data is sold or shared.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.objection_mechanism").false(),
            because="Workers have no way to opt out of the sale or sharing of their data.",
        ),
    ),
    satisfied_because="The notice discloses sale or sharing and workers can opt out (opt-out preference signals included).",
    remedy="Disclose sale or sharing in the notice and privacy policy, offer a 'Do Not Sell or Share' opt-out, honour browser opt-out preference signals such as Global Privacy Control, and do not sell or share data of known under-16s without opt-in consent.",
    rationale="§1798.120(a)-(b) gives consumers the right to opt out of the sale or sharing of their personal information and requires notice of it; §1798.135(b)(1) and 11 CCR §7025 require honouring opt-out preference signals. Tracking pixels on careers sites and HR apps are the usual way workers' and applicants' data ends up shared.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.121: right to limit

# Reading encoded (the research pulls two ways: its CA-CCPA-121-LIMIT row records the
# §1798.121(d) exclusion, while §1 item 5(b) says SPI in a training set gives workers the right
# to limit without mentioning it). §1798.121(d) and 11 CCR §7027(a) take SPI that is "collected
# or processed without the purpose of inferring characteristics about a consumer" outside the
# right altogether; §7027(m) lists the uses that never need it. So:
# * where characteristics about workers are inferred (monitoring.inferences non-empty, an
#   inference technique such as productivity scoring or emotion recognition, an AI system that
#   profiles people, or a model trained to manage or decide about workers), the full duty
#   applies: a violation once the processing is running with neither a way to limit nor a notice
#   of the right, action_required for each missing element otherwise. The contract does not say
#   which data feeds an inference, so any inference in the deployment counts;
# * where SPI is only used beyond §7027(m) without any inference (training a general model on
#   captured content, selling or sharing it), the (d) exclusion is arguable: training is a use
#   beyond the permitted purposes, but no characteristic of the worker is inferred, and neither
#   the CPPA nor a court has said whether a model learning from workers' content "infers
#   characteristics". That is unsettled law, so at_risk.
# Filtering SPI out of training sets removes the training use.
_INFERS_CHARACTERISTICS = (
    _ANY_INFERENCE
    | F("monitoring.techniques").has_any("productivity_scoring", "sentiment_analysis", "emotion_recognition")
    | Exists("ai_systems", F("profiles_natural_persons").true())
    | (
        F("ai_training.uses_monitoring_data").true()
        & F("ai_training.model_purpose").one_of("worker_management", "significant_decisions")
    )
)
_SPI_BEYOND_PERMITTED_USE = (_AI_TRAINING & Not(F("ai_training.sensitive_content_filtered").true())) | F("purposes").has(
    "sale_or_sharing"
)
_NO_LIMIT_MECHANISM = F("transparency.right_to_limit_offered").false()
_NO_LIMIT_NOTICE = F("transparency.notice_covers").has_none("right_to_limit")

LIMIT = Requirement(
    id="US-CA-CCPA-121-LIMIT",
    title="Workers can limit the use of their sensitive personal information when it is used beyond the permitted purposes",
    jurisdiction="US-CA",
    citation=cite("1798.121", "a"),
    authorities=(REGS_7027,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business uses California workers' sensitive personal information to infer characteristics about them, or beyond the permitted purposes in other ways (for example to train AI models, or by selling or sharing it)",
    applies_if=_COVERED & SENSITIVE_PI.holds() & (_SPI_BEYOND_PERMITTED_USE | _INFERS_CHARACTERISTICS),
    checks=(
        # Never a violation on these facts: the contract cannot say whether the sensitive data itself
        # feeds the inferences, and §1798.121(d) / §7027(a) turn on that purpose.
        Check(
            status=Status.action_required,
            when=_INFERS_CHARACTERISTICS & (_NO_LIMIT_MECHANISM | _NO_LIMIT_NOTICE),
            because="Characteristics about workers are inferred in a deployment that also processes their sensitive personal information, and workers either have no way to limit its use or are not told of the right. Unless the sensitive information is kept out of those inferences (which the description cannot show), the right to limit applies.",
        ),
        Check(
            status=Status.at_risk,
            when=Not(_INFERS_CHARACTERISTICS) & (_NO_LIMIT_MECHANISM | _NO_LIMIT_NOTICE),
            because="Sensitive personal information is used beyond the purposes 11 CCR §7027(m) permits (to train models, or by selling or sharing it) and workers cannot limit that use or are not told of the right. Nothing shows that characteristics about workers are inferred, so the §1798.121(d) exclusion may take the use outside the right to limit, but whether it covers training on workers' data is unsettled.",
        ),
    ),
    satisfied_because="Workers are told of the right to limit and can exercise it.",
    remedy="Give a notice of the right to limit, offer at least two ways to submit a request (one matching how you mainly deal with workers), and on request confine sensitive data to the §7027(m) purposes, for example by removing it from training sets; a 'no opt-out on company devices' policy does not meet this. Where no characteristic is inferred, either do the same or filter sensitive content out of training sets and document why §1798.121(d) applies.",
    rationale="§1798.121 lets consumers limit a business's use of their sensitive personal information to what is necessary to perform the expected services and the other purposes listed in 11 CCR §7027(m). By §1798.121(d) and §7027(a), sensitive information collected or processed without the purpose of inferring characteristics about a consumer is outside the right. Where monitoring infers characteristics (performance, behaviour, emotions, movements) the right clearly applies; where sensitive content only trains a general model or is sold or shared, the exclusion is arguable and untested.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.125(a)(1)(E): non-retaliation

NON_RETALIATION = Requirement(
    id="US-CA-CCPA-125-NONRETALIATION",
    title="No worker is disadvantaged for exercising CCPA rights",
    jurisdiction="US-CA",
    citation=cite("1798.125", "a", "1"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a CCPA business employs or engages California-resident workers",
    applies_if=_COVERED,
    checks=(
        Check(
            status=Status.violation,
            when=F("labour_relations.adverse_actions_linked_to").has_any("rights_request", "admt_opt_out"),
            because="Adverse action has been linked to a worker's rights request or opt-out of automated decision-making.",
        ),
    ),
    satisfied_because="No adverse action is linked to workers' rights requests or opt-outs.",
    remedy="Reverse the adverse action, separate rights handling from performance management, and train managers that requests to know, delete, correct, limit or opt out may not count against anyone.",
    rationale="§1798.125(a)(1)(E), added by Prop. 24, forbids retaliating against an employee, applicant or independent contractor for exercising CCPA rights, including the ADMT opt-out created by the 2025 regulations.",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.130(a)(5): privacy policy

PRIVACY_POLICY = Requirement(
    id="US-CA-CCPA-130-PRIVACY-POLICY",
    title="A privacy policy covering worker and applicant data and rights is updated at least every 12 months",
    jurisdiction="US-CA",
    citation=cite("1798.130", "a", "5"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business holds personal information of California-resident workers",
    applies_if=_COVERED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.privacy_policy_current").false(),
            because="The privacy policy has not been updated within the last 12 months.",
        ),
    ),
    satisfied_because="The privacy policy was updated within the last 12 months.",
    remedy="Review the privacy policy at least once a year and make sure it describes workers' and applicants' data, the categories collected, sold or shared, and how to exercise each right.",
    rationale="§1798.130(a)(5) requires the privacy policy to describe consumers' rights and the business's practices and to be updated at least once every 12 months (content detailed in 11 CCR §7011).",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.150: breach exposure

_CREDENTIALS_STORED = (F("monitoring.credentials_captured") == "captured") & AsOf("gte", CREDENTIALS_LIMB)
_CREDENTIALS_OR_BIOMETRICS = _CREDENTIALS_STORED | _BIOMETRIC_CAPTURE

# What a store of everything typed or every screen holds whoever's data it is (§1798.81.5(d)(1)(A)).
_LIKELY_BREACH_DATA = "such a store is likely to hold data that founds breach claims (Social Security, ID or account numbers with their codes, medical or health-insurance details, passwords typed outside password fields), even where password fields are masked"

BREACH = Requirement(
    id="US-CA-CCPA-150-BREACH",
    title="Stores of captured credentials, biometrics or full keystroke and screen content are encrypted and tightly held against breach claims",
    jurisdiction="US-CA",
    citation=cite("1798.150", "a", "1"),
    # The 2020-2022 employment exemption expressly did not extend to §1798.150, so worker data
    # has founded claims since the CCPA took effect; the credentials limb only since 2023.
    in_force_from=CCPA_OPERATIVE,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business stores California workers' log-in credentials (e-mail or user name with password), biometric data, or raw content (everything typed, or screens of every application) that is likely to hold the identity, account or health data §1798.81.5 lists",
    # Credentials or biometrics in the store are certain: action_required when they are not
    # encrypted and tightly held. A raw content store (_CONTENT_STORE) will hold listed data but
    # nobody can say which pieces: at_risk. Masked password fields do not take a keystroke or
    # screen store out of scope; only captures that cannot hold such data (counts, timing,
    # allowlisted work applications) do.
    applies_if=_COVERED & (_CREDENTIALS_OR_BIOMETRICS | _CONTENT_STORE),
    checks=(
        Check(
            status=Status.action_required,
            when=_CREDENTIALS_OR_BIOMETRICS & F("security.encrypted_at_rest").false(),
            because="Credentials or biometric data are stored unencrypted, so any breach exposes the business to statutory damages for every affected worker.",
        ),
        Check(
            status=Status.action_required,
            when=_CREDENTIALS_OR_BIOMETRICS & _BROAD_ACCESS,
            because="Captured credentials or biometric data are open to broad or shared accounts, which a court may find unreasonable security.",
        ),
        Check(
            status=Status.at_risk,
            when=_CONTENT_STORE & F("security.encrypted_at_rest").false(),
            because=f"Everything typed, or screens of every application, is stored unencrypted; {_LIKELY_BREACH_DATA}.",
        ),
        Check(
            status=Status.at_risk,
            when=_CONTENT_STORE & _BROAD_ACCESS,
            because=f"Everything typed, or screens of every application, is open to broad or shared accounts. {_LIKELY_BREACH_DATA[0].upper()}{_LIKELY_BREACH_DATA[1:]}; encryption at rest does not help against the many accounts entitled to read it.",
        ),
    ),
    satisfied_because="The stored credentials, biometrics or raw captures are encrypted and access is restricted.",
    remedy="Stop capturing passwords (mask credential fields), capture counts or allowlisted work applications instead of everything typed and every screen, encrypt biometric templates and any remaining captures, restrict access to need-to-know roles, and keep a breach-response plan.",
    rationale="§1798.150 gives consumers a private action when nonencrypted, nonredacted data listed in §1798.81.5(d)(1)(A) — a name with a Social Security, ID or account number and its code, medical, health-insurance or biometric data — or, since 2023, an e-mail address or user name with its password is exposed because the business failed to keep reasonable security. A keylogger that records passwords creates that data directly; a store of everything typed or of screens of every application collects it incidentally, whoever's it is, and masking password fields does not keep it out.",
    penalty=breach_damages_note(),
)

# --------------------------------------------------------------------------- §1798.155: fine tier

_RETALIATION = F("labour_relations.adverse_actions_linked_to").has_any("rights_request", "admt_opt_out")
_AGAINST_OWN_ASSESSMENT = (
    (F("assessments.ca_risk_assessment.status") == "completed")
    & (F("assessments.ca_risk_assessment.conclusion") == "risks_outweigh")
    & _STARTED
)

# Penalty metadata, not a duty: the requirement applies only when the facts point to the higher
# tier, so it is never "satisfied" (see the module docstring). The known-minor limb has no fact.
FINES = Requirement(
    id="US-CA-CCPA-155-FINES",
    title="Facts that point to the higher CCPA fine tier for intentional violations",
    jurisdiction="US-CA",
    citation=cite("1798.155", "a"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When a CCPA business's facts point to the higher fine tier for intentional violations: retaliation for exercising CCPA rights, or processing that goes ahead against its own risk assessment",
    applies_if=_COVERED & (_RETALIATION | _AGAINST_OWN_ASSESSMENT),
    checks=(
        Check(
            status=Status.at_risk,
            when=_RETALIATION,
            because="Retaliation for exercising rights is deliberate, so the related violations are likely to be fined at the higher tier for intentional violations rather than the ordinary one.",
        ),
        Check(
            status=Status.at_risk,
            when=_AGAINST_OWN_ASSESSMENT,
            because="Processing goes ahead although the business's own risk assessment found that the risks outweigh the benefits; violations found in it would likely count as intentional and be fined at the higher tier.",
        ),
    ),
    satisfied_because="No fact points to the higher fine tier.",
    remedy="Stop any retaliation and any processing your own assessment rejected; document remediation, since intent and cooperation weigh in how fines are set.",
    rationale="§1798.155(a) and §1798.199.90(a) set two tiers per violation: an ordinary one, and a higher one for intentional violations or those involving consumers known to be under 16. This entry records which tier the facts point to; it is not a duty of its own, so it is shown only when something points to the higher tier. Amounts are CPI-adjusted every two years (§1798.199.95(d)). The CPPA may, but need not, allow time to cure.",
    penalty=ccpa_fine_note(),
)

CLASSIFICATIONS = (BUSINESS, CONSUMERS, BIOMETRIC, SENSITIVE_PI)
REQUIREMENTS = (
    NOTICE_AT_COLLECTION,
    NEW_PURPOSE,
    RETENTION,
    PROPORTIONALITY,
    CONTRACTS,
    SECURITY,
    RIGHTS,
    SALE_SHARE,
    LIMIT,
    NON_RETALIATION,
    PRIVACY_POLICY,
    BREACH,
    FINES,
)
