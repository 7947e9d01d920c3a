"""California Consumer Privacy Act, as amended by the CPRA (Civil Code §1798.100 et seq.).

Official text: https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&part=4.&title=1.81.5.
Worker, applicant and contractor data has been fully covered since 1 Jan 2023, when the
employment exemption lapsed. Last checked: 2026-11-30.

Gates: US-CA-CCPA-140D-BUSINESS (for-profit, does business in California, one of the three
thresholds; the revenue threshold is a dated ``Param``), US-CA-CCPA-140I-CONSUMER (California
residence, not place of work) and US-CA-CCPA-140-SPI-CLASSIFY. Nonprofits and public bodies are
never CCPA businesses; CIPA, the Labor Code, the Constitution and FEHA still reach them (other
modules). The only rule here that also reaches nonprofits is US-CA-CCPA-100E-SECURITY, because
§1798.81.5 (to which §1798.100(e) refers) binds any business, whether or not it is run for profit.

US-CA-CCPA-155-FINES is penalty metadata in the research catalogue. Its amounts are dated
``Param``s in ``parameters.py`` and appear in every CCPA finding's penalty note. We keep it as a
*requirement*, not a classification, for two reasons: ``bentham rules list`` lists requirements
only, and the one legal question §1798.155(a) raises about a deployment is real and factual: do
the facts point to the higher tier (intentional violations)? Its checks flag the two facts in the
contract that show intent: adverse action taken because workers exercised their rights, and going
ahead with processing that the business's own risk assessment found to be more risky than
beneficial. The known-minor limb of the higher tier has no fact in the contract.
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
    url=None,
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
    applies_if=_COVERED,
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
            when=F("monitoring.techniques").has_any("ambient_audio", "cctv_audio"),
            because="Ambient audio is recorded where text logs or video alone would serve the purpose.",
        ),
    ),
    satisfied_because="None of the red flags is present: no full keystroke content for productivity metrics, no personal accounts, no off-duty capture, no screen capture across all applications and no ambient audio.",
    remedy="Collect only what the disclosed purpose needs: counts instead of keystroke content, work applications only, working time only, no personal accounts and no ambient audio; document the minimisation analysis (data needed, possible harm, safeguards).",
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
    satisfied_because="Every recipient has a contract limiting use to specified purposes, forbidding sale, sharing and other uses, and requiring CCPA-level protection.",
    remedy="Sign contracts with every vendor and recipient that name the specific purposes, forbid selling, sharing and use outside the relationship, require CCPA-level protection and notice of non-compliance, and allow you to check and stop unauthorised use.",
    rationale="§1798.100(d) requires a contract with each third party, service provider or contractor that receives personal information, limiting it to specified purposes and binding it to the CCPA's protections (detailed in 11 CCR §7051). Vendor contracts were part of the CPPA's Tractor Supply case (2025).",
    penalty=ccpa_fine_note(),
)

# --------------------------------------------------------------------------- §1798.100(e) / §1798.81.5: security

SECURITY = Requirement(
    id="US-CA-CCPA-100E-SECURITY",
    title="Stored monitoring data is protected by reasonable security: need-to-know access, encryption and access logs",
    jurisdiction="US-CA",
    citation=cite("1798.100", "e"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When an employer (for-profit or nonprofit) stores sensitive or content-rich monitoring data about California residents",
    # §1798.81.5(b) has no CCPA threshold and reaches any business, run for profit or not.
    applies_if=CONSUMERS.holds()
    & F("organisation.legal_form").one_of("for_profit", "nonprofit")
    & (
        SENSITIVE_PI.holds()
        | (F("monitoring.keystroke_capture") == "full_content")
        | F("monitoring.techniques").has_any("screenshots", "screen_recording", "session_replay")
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=_BROAD_ACCESS,
            because="Monitoring data is open to broad or shared accounts rather than to the few people who need it.",
        ),
        Check(
            status=Status.action_required,
            when=F("security.encrypted_at_rest").false(),
            because="Monitoring data is stored unencrypted.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.access_logged").false(),
            because="Access to monitoring data is not logged, so misuse would go undetected.",
        ),
    ),
    satisfied_because="Access is restricted to named need-to-know roles, the data is encrypted at rest and access is logged.",
    remedy="Restrict access to need-to-know roles with individual accounts, encrypt stored captures, log and review access, and minimise what is stored (mask passwords, drop message content).",
    rationale="§1798.100(e) requires a business that collects personal information to keep reasonable security appropriate to its nature, as §1798.81.5 describes; §1798.81.5(b) itself binds every business holding California residents' data, without the CCPA thresholds. Keystroke content, screenshots, credentials and biometrics call for strict access control; reports of monitoring data becoming visible far beyond its intended audience are the failure this targets.",
    penalty=ccpa_fine_note(),
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

# Uses outside the 11 CCR §7027(m) list: training or building products, selling or sharing, and
# inferring characteristics (§1798.121(d): SPI collected without the purpose of inferring
# characteristics is not subject to the right). Filtering SPI out of training sets avoids the first.
_SPI_BEYOND_PERMITTED = (
    (_AI_TRAINING & Not(F("ai_training.sensitive_content_filtered").true()))
    | F("purposes").has("sale_or_sharing")
    | _ANY_INFERENCE
)

LIMIT = Requirement(
    id="US-CA-CCPA-121-LIMIT",
    title="Workers can limit the use of their sensitive personal information when it is used beyond the permitted purposes",
    jurisdiction="US-CA",
    citation=cite("1798.121", "a"),
    authorities=(REGS_7027,),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a CCPA business uses California workers' sensitive personal information beyond the permitted purposes (for example to train AI models or to infer characteristics)",
    applies_if=_COVERED & SENSITIVE_PI.holds() & _SPI_BEYOND_PERMITTED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.right_to_limit_offered").false(),
            because="Sensitive personal information is used beyond the permitted purposes and workers cannot limit that use.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice_covers").has_none("right_to_limit"),
            because="Workers are not told of their right to limit the use of their sensitive personal information.",
        ),
    ),
    satisfied_because="Workers are told of the right to limit and can exercise it.",
    remedy="Give a notice of the right to limit, offer at least two ways to submit a request (one matching how you mainly deal with workers), and on request confine sensitive data to the §7027(m) purposes, for example by removing it from training sets; a 'no opt-out on company devices' policy does not meet this.",
    rationale="§1798.121 lets consumers limit a business's use of their sensitive personal information to what is necessary to perform the expected services and the other purposes listed in 11 CCR §7027(m). Training AI models and inferring characteristics are outside that list, so where sensitive data feeds them workers must be offered the right.",
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

BREACH = Requirement(
    id="US-CA-CCPA-150-BREACH",
    title="Captured credentials and biometric data are encrypted and tightly held, so a breach does not found worker damages claims",
    jurisdiction="US-CA",
    citation=cite("1798.150", "a", "1"),
    # The 2020-2022 employment exemption expressly did not extend to §1798.150, so worker data
    # has founded claims since the CCPA took effect; the credentials limb only since 2023.
    in_force_from=CCPA_OPERATIVE,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a CCPA business stores California workers' log-in credentials (e-mail or user name with password) or biometric data",
    applies_if=_COVERED
    & (
        ((F("monitoring.credentials_captured") == "captured") & AsOf("gte", CREDENTIALS_LIMB))
        | F("monitoring.techniques").has_any("fingerprint", "face_verification", "face_identification")
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=F("security.encrypted_at_rest").false(),
            because="Credentials or biometric data are stored unencrypted, so any breach exposes the business to statutory damages for every affected worker.",
        ),
        Check(
            status=Status.action_required,
            when=_BROAD_ACCESS,
            because="Captured credentials or biometric data are open to broad or shared accounts, which a court may find unreasonable security.",
        ),
    ),
    satisfied_because="Credentials and biometric data are encrypted and access is restricted.",
    remedy="Stop capturing passwords (mask credential fields), encrypt biometric templates and any remaining captures, restrict access to need-to-know roles, and keep a breach-response plan.",
    rationale="§1798.150 gives consumers a private action when nonencrypted, nonredacted data listed in §1798.81.5 — including biometric data and, since 2023, an e-mail address or user name with its password — is exposed because the business failed to keep reasonable security. A keylogger that records passwords creates exactly that data.",
    penalty=breach_damages_note(),
)

# --------------------------------------------------------------------------- §1798.155: fine tier

FINES = Requirement(
    id="US-CA-CCPA-155-FINES",
    title="Nothing points to intentional CCPA violations, which carry the higher fine tier",
    jurisdiction="US-CA",
    citation=cite("1798.155", "a"),
    in_force_from=EMPLOYEE_DATA_COVERED,
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When a CCPA business monitors California-resident workers",
    applies_if=_COVERED,
    checks=(
        Check(
            status=Status.at_risk,
            when=F("labour_relations.adverse_actions_linked_to").has_any("rights_request", "admt_opt_out"),
            because="Retaliation for exercising rights is deliberate, so the related violations are likely to be fined at the intentional-violation tier.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("assessments.ca_risk_assessment.status") == "completed")
            & (F("assessments.ca_risk_assessment.conclusion") == "risks_outweigh")
            & (F("processing_started_on") <= AS_OF),
            because="Processing goes ahead although the business's own risk assessment found that the risks outweigh the benefits; violations found in it would likely count as intentional.",
        ),
    ),
    satisfied_because="Nothing in the facts points to an intentional violation; any CCPA violation found would be fined at the ordinary tier.",
    remedy="Stop any retaliation and any processing your own assessment rejected; document remediation, since intent and cooperation weigh in how fines are set.",
    rationale="§1798.155(a) and §1798.199.90(a) set two tiers per violation: an ordinary one, and a higher one for intentional violations or those involving known under-16s. Amounts are CPI-adjusted every two years (§1798.199.95(d)). The CPPA may, but need not, allow time to cure.",
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
