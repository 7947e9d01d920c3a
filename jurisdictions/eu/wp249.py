"""Article 29 Working Party, Opinion 2/2017 on data processing at work (WP249), adopted 8 Jun 2017.

Text: https://ec.europa.eu/newsroom/article29/items/610169 (Commission newsroom, WP29 archive).
WP249 is a WP29 opinion, not EDPB guidance: the EDPB's endorsement of 25 May 2018 did not include
it. Supervisory authorities still apply it. It is not binding law, so each requirement cites the
GDPR provision whose reading it gives, and takes effect with the GDPR (25 May 2018). Severity
follows the research: positions that restate a GDPR duty are ``required``; only best practice
is ``recommended``. Section numbers are from the table of contents; the wording of §§5.4.1–5.9
could not be read, so rows that rest on it stay grade K.
Last checked for this module: 2026-11-30.
"""

from __future__ import annotations

from engine.conditions import Exists, F, Not
from engine.model import Check, Grade, Requirement, Severity, Status

from ..common import EEA_STATES, WORKER_ROLES
from .gdpr import (
    APPLIES_FROM,
    CONSENT_RELIED_ON,
    FINE_83_5,
    GDPR_APPLIES,
    MONITORED,
    NO_BASIS_FOR_A_PURPOSE,
    WORKERS,
    WP249,
    cite,
)

PRIVATE_USE_ALLOWED = Exists("workforce", F("private_use_of_tools").one_of("permitted", "tolerated"))

# §§1 and 3 — confidentiality of communications at work

COMMUNICATIONS_CONTENT = Requirement(
    id="EU-WP249-COMMS-CONTENT",
    title="Private correspondence stays out of monitoring, and content is inspected only after notice",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and the content of workers' e-mails, chats or messages is captured",
    applies_if=GDPR_APPLIES.holds() & WORKERS & F("monitoring.captures_message_content").true(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Message content is inspected without workers having been told beforehand.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true(),
            because="Private accounts are captured, so private correspondence is read.",
        ),
        Check(
            status=Status.at_risk,
            when=PRIVATE_USE_ALLOWED & F("monitoring.excluded_contexts").has_none("private_apps", "personal_webmail"),
            because="Private use of the tools is allowed, but private messages are not excluded from inspection.",
        ),
    ),
    satisfied_because="Workers were told in advance, private accounts are not captured, and private messages are excluded or private use is forbidden.",
    remedy="Tell workers before any content inspection, exclude private accounts and messages, and limit content access to specific, justified cases.",
    rationale="WP249 stresses that owning the equipment does not take away workers' right to the secrecy of their communications; electronic messages sent from work deserve the same protection as letters.",
    penalty=FINE_83_5,
)

# §3.1.1 and §6.2 — consent

CONSENT = Requirement(
    id="EU-WP249-CONSENT",
    title="Consent is used, if at all, only where a worker can refuse it without any consequence",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="4"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the GDPR applies to monitoring of workers",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.action_required,
            when=CONSENT_RELIED_ON & F("legal_basis.alternatives_offered_to_individuals").false(),
            because="Consent is relied on and workers who refuse have no alternative, so refusing has consequences.",
        ),
        Check(
            status=Status.at_risk,
            when=CONSENT_RELIED_ON,
            because="Consent is relied on; WP29 accepts it only in the exceptional case where refusing has no adverse consequence at all.",
        ),
    ),
    satisfied_because="No purpose relies on the workers' consent.",
    remedy="Move each purpose to a basis that fits employment; keep consent only for genuinely optional features with an equivalent alternative and no consequence for refusing.",
    rationale="WP29 considers that workers are seldom in a position to give, refuse or revoke consent freely, given their dependence on the employer.",
    penalty=FINE_83_5,
)

# §5 — the four tests before any monitoring

FOUR_TESTS = Requirement(
    id="EU-WP249-4TESTS",
    title="Before deployment, the monitoring is tested for necessity, legal ground, proportionality and transparency",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=NO_BASIS_FOR_A_PURPOSE,
            because="Legal ground: at least one purpose has no lawful basis.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Transparency: workers are not told about the monitoring before it starts.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="Necessity and proportionality: no one assessed whether less intrusive means would do.",
        ),
    ),
    satisfied_because="Each purpose has a basis, workers were told in advance, and less intrusive alternatives were assessed.",
    remedy="Before rollout, document for each purpose the need, the lawful basis, why the means are proportionate to the concern, and how workers are informed.",
    rationale="WP249 asks employers to check every monitoring measure for necessity, a legal ground, fairness and proportionality, and transparency before deploying it; these restate GDPR Arts 5 and 6.",
    penalty=FINE_83_5,
)

# §§5.1–5.2 — social media screening

SOCIAL_MEDIA = Requirement(
    id="EU-WP249-SOCIAL",
    title="Social media of applicants and staff is screened only when needed for the role and announced",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When the GDPR applies and the social media of applicants or staff are monitored",
    applies_if=GDPR_APPLIES.holds() & WORKERS & F("monitoring.techniques").has("social_media_monitoring"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("hr_practices.requests_personal_social_media_access").true(),
            because="Access to personal social media accounts is requested; that a profile exists is no legal basis for the employer to look into it.",
        ),
        Check(
            status=Status.at_risk,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="The screening is not announced to the people concerned.",
        ),
    ),
    satisfied_because="Screening is announced and does not extend to private accounts.",
    remedy="Screen social media only where the role requires it, announce it, and never ask for access to private accounts.",
    rationale="WP249 says that public availability of profile data is not in itself a legal basis; screening is acceptable only where necessary for the job and after informing the person.",
)

# §5.3 — prevention before detection (ICT at the workplace)

PREVENTION_FIRST = Requirement(
    id="EU-WP249-PREVENTION-FIRST",
    title="Misuse of IT is prevented by blocking and filtering before communications are inspected",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers' network traffic or communications are inspected",
    applies_if=GDPR_APPLIES.holds()
    & WORKERS
    & F("monitoring.techniques").has_any("dlp", "tls_inspection", "web_url_logging", "email_monitoring", "chat_monitoring"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("tls_inspection")
            & F("monitoring.excluded_contexts").has_none("personal_webmail", "health_sites"),
            because="Encrypted traffic is decrypted without excluding private webmail or health sites.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_message_content").true() & (F("monitoring.application_scope") == "all"),
            because="The content of all communications is inspected, rather than misuse being prevented by blocking or filtering.",
        ),
    ),
    satisfied_because="Inspection is narrow: private webmail and health sites are excluded, and communication content is not inspected wholesale.",
    remedy="Prefer blocking and filtering to inspection; exclude private webmail and health sites from TLS inspection, and scope any content inspection to the specific risk.",
    rationale="WP249 prefers prevention to detection and regards blanket monitoring of all communications as disproportionate; TLS inspection is acceptable only with limits.",
)

# §5.4.1 — home and remote working

REMOTE_TECHNIQUES = (
    "keystroke_logging", "mouse_tracking", "idle_detection", "screenshots", "screen_recording", "session_replay",
    "webcam_snapshot", "webcam_video",
)  # fmt: skip

HOME_KEYLOGGING = Requirement(
    id="EU-WP249-HOME-KEYLOG",
    title="Remote workers are not monitored through keystrokes, mouse activity, screenshots or webcams",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and people working from home are monitored on their computers",
    applies_if=GDPR_APPLIES.holds()
    & Exists("workforce", F("work_settings").has("remote_home") & F("roles").has_any(*WORKER_ROLES))
    & F("monitoring.techniques").has_any(*REMOTE_TECHNIQUES, "app_usage", "web_url_logging"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any(*REMOTE_TECHNIQUES),
            because="Keystroke, mouse, screen or webcam monitoring of remote workers: WP29 considers such software disproportionate and a legitimate-interest ground very unlikely.",
        ),
    ),
    satisfied_because="Remote work is monitored only through application or web usage data, not keystrokes, mouse activity, screens or webcams.",
    remedy="Remove keystroke, mouse, idle, screenshot and webcam capture from remote workers' computers; manage remote work by output and use security tools that do not observe the person.",
    rationale="WP249 considers that software recording keystrokes, mouse movements or screens of home workers is disproportionate and that the employer is very unlikely to have a legitimate interest for it. CNIL sanctioned idle-time tracking and screenshots of teleworkers in 2024.",
    penalty=FINE_83_5,
)

# §5.4.2 — bring your own device

BYOD = Requirement(
    id="EU-WP249-BYOD",
    title="On workers' own devices only work data is monitored, separated from private use",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When the GDPR applies and monitoring runs on devices owned by workers",
    applies_if=MONITORED & F("monitoring.device_ownership").one_of("personal", "mixed"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.application_scope").one_of("all", "denylist"),
            because="Monitoring covers the whole personal device rather than a separated work area or work apps.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true(),
            because="Private accounts on the personal device are captured.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("gps_device", "wifi_bluetooth_tracking"),
            because="The location of workers' own devices is tracked, which WP29 accepts only where strictly necessary.",
        ),
    ),
    satisfied_because="Only work apps on the personal device are monitored, private accounts are not captured and the device is not located.",
    remedy="Separate work and private data (containers, work profile), monitor only the work part, and do not locate personal devices.",
    rationale="WP249 says employers must not monitor the private use of workers' own devices and should separate private and business data; our reading of §5.4.2 is unverified.",
    penalty=FINE_83_5,
)

# §5.4.3 — mobile device management and location

DEVICE_LOCATION = Requirement(
    id="EU-WP249-MDM-LOCATION",
    title="Location features of mobile devices serve a specific need, not continuous tracking of workers",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When the GDPR applies and mobile devices used by workers are located",
    applies_if=MONITORED & F("monitoring.techniques").has("gps_device"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Devices are located outside working time.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.granularity") == "individual_realtime",
            because="Workers' devices are located continuously in real time.",
        ),
    ),
    satisfied_because="Device location is used only during working time and not as continuous real-time tracking.",
    remedy="Use device location only for a defined need (e.g. finding a lost device), switch it off outside work and do not track people in real time.",
    rationale="WP249 accepts location features in mobile device management for a specific legitimate purpose but not as continuous tracking; our reading of §5.4.3 is unverified.",
    penalty=FINE_83_5,
)

# §5.4.4 — wearables

WEARABLES = Requirement(
    id="EU-WP249-WEARABLES",
    title="Health data from wearables is not collected on consent and not seen by the employer",
    jurisdiction="EU",
    citation=cite(article="9", paragraph="2"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When the GDPR applies and workers wear sensors",
    applies_if=MONITORED & F("monitoring.techniques").has("wearable_sensor"),
    checks=(
        Check(
            status=Status.action_required,
            when=F("legal_basis.special_category_condition") == "explicit_consent",
            because="Health data from wearables is collected on the workers' consent, which WP29 does not consider valid here.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.who_sees_individual_data").has_any("hr", "line_manager", "peers"),
            because="HR, managers or colleagues see individual readings from the wearables.",
        ),
    ),
    satisfied_because="Wearable data does not rest on consent and individual readings stay away from HR and managers.",
    remedy="Do not base wearable health data on consent; keep individual readings with occupational health or the vendor and give the employer aggregates only.",
    rationale="WP249 considers that consent to collection of health data through wearables is not freely given at work and that the employer should not access such data; our reading of §5.4.4 is unverified.",
    penalty=FINE_83_5,
)

# §5.6 — video monitoring

VIDEO_ANALYTICS = Requirement(
    id="EU-WP249-VIDEO",
    title="Video of workers is not analysed for facial expressions or behaviour",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When the GDPR applies and workers are filmed",
    applies_if=MONITORED & F("monitoring.techniques").has_any("cctv_video", "webcam_video", "webcam_snapshot", "vehicle_inward_camera"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("emotion_recognition", "sentiment_analysis")
            | F("monitoring.inferences").has_any("emotional_state", "behaviour"),
            because="Video is analysed for facial expressions, emotions or behaviour, which WP29 considers disproportionate.",
        ),
    ),
    satisfied_because="Video is recorded without analysis of facial expressions or behaviour.",
    remedy="Switch off facial-expression and behaviour analytics on workplace video.",
    rationale="WP249 considers technologies that analyse workers' facial expressions or behaviour from video disproportionate; our reading of §5.6 is unverified.",
    penalty=FINE_83_5,
)

# §5.7 — vehicles used by workers

VEHICLES = Requirement(
    id="EU-WP249-VEHICLES",
    title="Vehicle tracking does not follow workers off duty, and can be switched off during permitted private use",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and vehicles used by workers are tracked",
    applies_if=MONITORED & F("monitoring.techniques").has_any("gps_vehicle", "telematics", "vehicle_inward_camera"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Vehicles are tracked outside working time.",
        ),
        Check(
            status=Status.at_risk,
            when=PRIVATE_USE_ALLOWED & F("monitoring.pause_controls").one_of("none", "exemption_request"),
            because="Private use of the vehicle is allowed, but the worker cannot switch tracking off.",
        ),
    ),
    satisfied_because="Tracking is limited to working time and can be paused during private use.",
    remedy="Limit tracking to working time, let workers switch it off for permitted private trips, and do not use vehicle data for general monitoring of staff.",
    rationale="WP249 says vehicle tracking must not become continuous monitoring of the worker and that, where private use is allowed, the worker should be able to switch location tracking off.",
    penalty=FINE_83_5,
)

# §§5.8–5.9 — disclosure within the group and transfers

TRANSFERS = Requirement(
    id="EU-WP249-TRANSFERS",
    title="Monitoring data shared in the group or outside the EEA goes only under a valid arrangement",
    jurisdiction="EU",
    citation=cite(article="44"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When monitoring data goes to affiliates, third parties or recipients outside the EEA",
    applies_if=GDPR_APPLIES.holds()
    & Exists("recipients", F("role").one_of("affiliate", "third_party") | Not(F("country").one_of(*EEA_STATES))),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists(
                "recipients",
                (F("role").one_of("affiliate", "third_party") | Not(F("country").one_of(*EEA_STATES))) & F("contract_compliant").false(),
            ),
            because="Monitoring data goes to an affiliate, a third party or a recipient outside the EEA without a compliant arrangement.",
        ),
    ),
    satisfied_because="Every group, third-party or non-EEA recipient is covered by a compliant arrangement.",
    remedy="Give intra-group sharing its own lawful basis and agreement, and cover transfers outside the EEA with an adequacy decision or appropriate safeguards (Chapter V).",
    rationale="WP249 notes that sharing HR data within a group needs its own basis and that transfers outside the EEA must meet Chapter V; our reading of §§5.8–5.9 is unverified.",
    penalty=FINE_83_5,
)

REQUIREMENTS = (
    COMMUNICATIONS_CONTENT,
    CONSENT,
    FOUR_TESTS,
    SOCIAL_MEDIA,
    PREVENTION_FIRST,
    HOME_KEYLOGGING,
    BYOD,
    DEVICE_LOCATION,
    WEARABLES,
    VIDEO_ANALYTICS,
    VEHICLES,
    TRANSFERS,
)
