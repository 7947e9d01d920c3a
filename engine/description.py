"""The deployment description, version 1: the facts contract as pydantic models.

Field and enum names are normative (``shared/spec/deployment-description.md``); this module
only adds types, limits and the plain-language question each field answers (the field
``description``, which is also what a ``needs_information`` finding asks).

Unknown is a first-class answer: every field except ``schema_version`` and ``name`` may be
omitted, ``null`` or the string ``"unknown"``; all three become ``None`` here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue

SCHEMA_VERSION = 1

MAX_LIST = 64  # populations, AI systems, decisions, recipients
MAX_TEXT = 200
MAX_SUMMARY = 4000
MAX_INT = 10**15  # headcounts, revenue, days: large enough for any real value, small enough for the engine


# --------------------------------------------------------------------------- helpers


def _unknown_to_none(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() == "unknown":
        return None
    return value


def _dedupe_sorted(values: list[Any]) -> list[Any]:
    return sorted(set(values), key=str)


T = TypeVar("T")

Unknownable = BeforeValidator(_unknown_to_none)


class _UnknownInSchema:
    """Lets the exported JSON Schema accept the string "unknown" wherever the models do (optional fields)."""

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core_schema)
        unknown = {"const": "unknown"}
        if "anyOf" in schema:
            return {**schema, "anyOf": [*schema["anyOf"], unknown]}
        return {"anyOf": [schema, unknown]}

Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, strip_whitespace=True)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Subdivision = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")]
Place = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]


def Opt(tp: Any, question: str, **kw: Any) -> Any:  # noqa: N802 - reads like a type
    """An optional field whose unknown forms all become None; ``question`` is what we ask."""
    return Annotated[tp | None, Unknownable, _UnknownInSchema, Field(default=None, description=question, **kw)]


def OptSet(tp: Any, question: str) -> Any:  # noqa: N802
    # The length limit sits on the list type itself: on the optional it would be applied to None.
    return Annotated[
        Annotated[list[tp], Field(max_length=64), AfterValidator(_dedupe_sorted)] | None,
        Unknownable,
        _UnknownInSchema,
        Field(default=None, description=question),
    ]


class Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True, str_strip_whitespace=True)


# --------------------------------------------------------------------------- enums


class LegalForm(StrEnum):
    for_profit = "for_profit"
    nonprofit = "nonprofit"
    public_body = "public_body"


class OrgSize(StrEnum):
    micro = "micro"
    small = "small"
    medium = "medium"
    small_midcap = "small_midcap"
    large = "large"


class Role(StrEnum):
    employee = "employee"
    applicant = "applicant"
    contractor = "contractor"
    agency_worker = "agency_worker"
    platform_worker = "platform_worker"
    intern = "intern"
    former_employee = "former_employee"


class ExemptStatus(StrEnum):
    exempt = "exempt"
    nonexempt = "nonexempt"
    mixed = "mixed"


class WorkSetting(StrEnum):
    on_premises = "on_premises"
    remote_home = "remote_home"
    field_mobile = "field_mobile"
    vehicle = "vehicle"


class PrivateUse(StrEnum):
    permitted = "permitted"
    tolerated = "tolerated"
    forbidden = "forbidden"


class Technique(StrEnum):
    keystroke_logging = "keystroke_logging"
    keystroke_dynamics = "keystroke_dynamics"
    mouse_tracking = "mouse_tracking"
    idle_detection = "idle_detection"
    screenshots = "screenshots"
    screen_recording = "screen_recording"
    session_replay = "session_replay"
    app_usage = "app_usage"
    web_url_logging = "web_url_logging"
    tls_inspection = "tls_inspection"
    dlp = "dlp"
    file_access_logging = "file_access_logging"
    email_monitoring = "email_monitoring"
    chat_monitoring = "chat_monitoring"
    call_recording = "call_recording"
    ambient_audio = "ambient_audio"
    webcam_snapshot = "webcam_snapshot"
    webcam_video = "webcam_video"
    cctv_video = "cctv_video"
    cctv_audio = "cctv_audio"
    gps_device = "gps_device"
    gps_vehicle = "gps_vehicle"
    vehicle_inward_camera = "vehicle_inward_camera"
    telematics = "telematics"
    badge_rfid = "badge_rfid"
    wifi_bluetooth_tracking = "wifi_bluetooth_tracking"
    fingerprint = "fingerprint"
    face_verification = "face_verification"
    face_identification = "face_identification"
    voice_analysis = "voice_analysis"
    wearable_sensor = "wearable_sensor"
    neural_device = "neural_device"
    social_media_monitoring = "social_media_monitoring"
    productivity_scoring = "productivity_scoring"
    quota_tracking = "quota_tracking"
    sentiment_analysis = "sentiment_analysis"
    emotion_recognition = "emotion_recognition"


class KeystrokeCapture(StrEnum):
    none = "none"
    metadata_only = "metadata_only"
    full_content = "full_content"


class Credentials(StrEnum):
    captured = "captured"
    masked = "masked"
    not_captured = "not_captured"


class AllPartyConsent(StrEnum):
    none = "none"
    call_announcement = "call_announcement"
    banner = "banner"
    contract_terms = "contract_terms"
    other = "other"


class DeviceOwnership(StrEnum):
    employer = "employer"
    personal = "personal"
    mixed = "mixed"


class ApplicationScope(StrEnum):
    all = "all"
    work_apps_only = "work_apps_only"
    allowlist = "allowlist"
    denylist = "denylist"


class TimeScope(StrEnum):
    working_time_only = "working_time_only"
    includes_breaks = "includes_breaks"
    includes_off_duty = "includes_off_duty"
    always_on = "always_on"


class Granularity(StrEnum):
    aggregate_team = "aggregate_team"
    individual_daily = "individual_daily"
    individual_event_level = "individual_event_level"
    individual_realtime = "individual_realtime"


class VideoLocation(StrEnum):
    restroom = "restroom"
    locker_room = "locker_room"
    changing_room = "changing_room"
    lactation_room = "lactation_room"
    break_room = "break_room"
    private_office = "private_office"
    shared_office = "shared_office"
    open_floor = "open_floor"
    vehicle_cab = "vehicle_cab"
    home_office = "home_office"
    parking_lot = "parking_lot"


class ExcludedContext(StrEnum):
    private_apps = "private_apps"
    personal_webmail = "personal_webmail"
    health_sites = "health_sites"
    union_channels = "union_channels"
    rest_areas = "rest_areas"


class Covert(StrEnum):
    overt = "overt"
    targeted = "targeted"
    general = "general"


class SuspicionType(StrEnum):
    criminal_offence = "criminal_offence"
    serious_misconduct = "serious_misconduct"
    minor = "minor"
    none = "none"


class Inference(StrEnum):
    performance = "performance"
    behaviour = "behaviour"
    reliability = "reliability"
    emotional_state = "emotional_state"
    health = "health"
    location_movements = "location_movements"
    intentions = "intentions"
    protected_characteristic = "protected_characteristic"
    union_activity = "union_activity"
    aptitude = "aptitude"


class VehicleOwnership(StrEnum):
    employer_owned = "employer_owned"
    employer_leased = "employer_leased"
    employee_owned = "employee_owned"
    rental = "rental"


class PauseControls(StrEnum):
    none = "none"
    pause = "pause"
    exemption_request = "exemption_request"
    both = "both"


class Purpose(StrEnum):
    it_security = "it_security"
    trade_secret_protection = "trade_secret_protection"
    fraud_investigation = "fraud_investigation"
    legal_compliance = "legal_compliance"
    working_time_recording = "working_time_recording"
    attendance = "attendance"
    productivity_measurement = "productivity_measurement"
    performance_evaluation = "performance_evaluation"
    discipline = "discipline"
    work_allocation = "work_allocation"
    promotion_or_termination = "promotion_or_termination"
    compensation = "compensation"
    hiring = "hiring"
    health_and_safety = "health_and_safety"
    training_feedback = "training_feedback"
    ai_model_training = "ai_model_training"
    ai_product_development = "ai_product_development"
    process_mining = "process_mining"
    sale_or_sharing = "sale_or_sharing"


class Basis(StrEnum):
    consent = "consent"
    contract = "contract"
    legal_obligation = "legal_obligation"
    public_task = "public_task"
    legitimate_interests = "legitimate_interests"
    collective_agreement = "collective_agreement"
    none = "none"


class SpecialCategoryCondition(StrEnum):
    none = "none"
    employment_law_9_2_b = "employment_law_9_2_b"
    explicit_consent = "explicit_consent"
    occupational_medicine_9_2_h = "occupational_medicine_9_2_h"
    other = "other"


class AIRole(StrEnum):
    provider = "provider"
    deployer = "deployer"
    provider_and_deployer = "provider_and_deployer"


class InferenceInput(StrEnum):
    face = "face"
    voice = "voice"
    keystrokes = "keystrokes"
    mouse = "mouse"
    posture_movement = "posture_movement"
    text = "text"
    physiological = "physiological"


class AIUse(StrEnum):
    recruitment_selection = "recruitment_selection"
    terms_promotion_termination = "terms_promotion_termination"
    task_allocation_on_behaviour = "task_allocation_on_behaviour"
    monitor_evaluate_performance = "monitor_evaluate_performance"


class ModelPurpose(StrEnum):
    worker_management = "worker_management"
    significant_decisions = "significant_decisions"
    biometric_or_emotion = "biometric_or_emotion"
    general_agent_or_product = "general_agent_or_product"
    internal_tooling = "internal_tooling"


class DecisionType(StrEnum):
    hiring = "hiring"
    work_allocation = "work_allocation"
    compensation = "compensation"
    pay_deduction = "pay_deduction"
    promotion = "promotion"
    demotion_suspension_termination = "demotion_suspension_termination"
    account_deactivation = "account_deactivation"
    discipline = "discipline"
    ranking_published = "ranking_published"


class AdmtOptOut(StrEnum):
    offered = "offered"
    exception_human_appeal = "exception_human_appeal"
    exception_hiring = "exception_hiring"
    exception_allocation_compensation = "exception_allocation_compensation"
    none = "none"


class BiasTesting(StrEnum):
    none = "none"
    pre_deployment = "pre_deployment"
    periodic = "periodic"
    periodic_with_remediation = "periodic_with_remediation"


class Notice(StrEnum):
    none = "none"
    after_collection = "after_collection"
    at_collection = "at_collection"
    before_deployment = "before_deployment"


class NoticeChannel(StrEnum):
    individual = "individual"
    intranet_policy = "intranet_policy"
    signage = "signage"
    none = "none"


class NoticeTopic(StrEnum):
    purposes = "purposes"
    data_categories = "data_categories"
    sensitive_categories = "sensitive_categories"
    legal_basis = "legal_basis"
    legitimate_interest = "legitimate_interest"
    recipients = "recipients"
    retention = "retention"
    rights = "rights"
    objection_right = "objection_right"
    right_to_limit = "right_to_limit"
    adm_logic = "adm_logic"
    ai_use = "ai_use"
    ai_training = "ai_training"
    sold_shared = "sold_shared"


class AssessmentStatus(StrEnum):
    none = "none"
    in_progress = "in_progress"
    completed = "completed"


class RiskConclusion(StrEnum):
    benefits_outweigh = "benefits_outweigh"
    risks_outweigh = "risks_outweigh"
    undetermined = "undetermined"


class DataClass(StrEnum):
    raw_events = "raw_events"
    keystrokes = "keystrokes"
    screenshots = "screenshots"
    video = "video"
    audio = "audio"
    communications = "communications"
    location = "location"
    biometric_templates = "biometric_templates"
    derived_indicators = "derived_indicators"
    reports = "reports"
    training_datasets = "training_datasets"


class Access(StrEnum):
    need_to_know = "need_to_know"
    managers = "managers"
    broad = "broad"


class Viewer(StrEnum):
    it_security = "it_security"
    hr = "hr"
    line_manager = "line_manager"
    peers = "peers"
    vendor = "vendor"


class RecipientRole(StrEnum):
    processor = "processor"
    service_provider = "service_provider"
    contractor = "contractor"
    third_party = "third_party"
    affiliate = "affiliate"


class QuotaType(StrEnum):
    fixed_rate = "fixed_rate"
    peer_relative = "peer_relative"
    task_count = "task_count"


class AdverseLink(StrEnum):
    rights_request = "rights_request"
    admt_opt_out = "admt_opt_out"
    monitoring_complaint = "monitoring_complaint"
    concerted_activity = "concerted_activity"
    off_duty_conduct = "off_duty_conduct"
    quota_request = "quota_request"


# --------------------------------------------------------------------------- objects


class Period(Contract):
    start: Opt(dt.date, "When did (or will) the monitoring start?")
    end: Opt(dt.date, "When did (or will) the monitoring end?")


class Warehouse(Contract):
    naics_codes: Annotated[
        Annotated[list[Annotated[str, StringConstraints(pattern=r"^[0-9]{2,6}$")]], Field(max_length=16), AfterValidator(_dedupe_sorted)]
        | None,
        Unknownable,
        Field(default=None, description="Which NAICS codes describe the California sites?"),
    ]
    nonexempt_at_one_site: Opt(Count, "How many non-exempt employees work at the largest single California site?")
    nonexempt_all_ca_sites: Opt(Count, "How many non-exempt employees work at all California sites together?")


class Organisation(Contract):
    name: Opt(Text, "What is the organisation called?")
    legal_form: Opt(LegalForm, "Is the organisation a for-profit business, a nonprofit or a public body?")
    establishments: OptSet(Country, "In which countries does the organisation have establishments (offices, subsidiaries)?")
    provides_public_services: Opt(bool, "Does the organisation provide public services?")
    is_digital_labour_platform: Opt(bool, "Is the organisation a digital labour platform (work organised through an app or website)?")
    size: Opt(OrgSize, "What size is the organisation (micro, small, medium, small mid-cap, large)?")
    headcount_total: Opt(Count, "How many people does the organisation employ in total?")
    worldwide_turnover_eur: Opt(Count, "What is the worldwide annual turnover in euro?")
    annual_revenue_usd: Opt(Count, "What was the worldwide annual revenue last year, in US dollars?")
    does_business_in_california: Opt(bool, "Does the organisation do business in California?")
    ca_consumers_bought_sold_shared_per_year: Opt(
        Count, "How many California consumers' or households' personal information does it buy, sell or share per year?"
    )
    revenue_share_from_selling_pi: Opt(
        Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)],
        "What share of annual revenue (0 to 1) comes from selling or sharing personal information?",
    )
    union_represented_us: Opt(bool, "Are any of the US employees represented by a union?")
    warehouse: Opt(Warehouse, "Does the organisation run warehouse distribution centres in California?")


class Representation(Contract):
    works_council: Opt(bool, "Is there a works council for these workers?")
    trade_union: Opt(bool, "Is a trade union present or recognised for these workers?")
    cse: Opt(bool, "Is there a CSE (comité social et économique) for these workers?")
    other_body: Opt(Text, "Is there another representative body (name it)?")


class Consultation(Contract):
    informed: Opt(bool, "Were the workers' representatives informed about this system before rollout?")
    consulted: Opt(bool, "Were the workers' representatives consulted about this system before rollout?")
    agreement_signed: Opt(bool, "Has an agreement on this system been signed with the workers' representatives (works agreement, union agreement)?")
    authority_authorisation: Opt(bool, "Has a labour authority authorised this system (where no agreement was reached)?")
    date: Opt(dt.date, "On what date was the representative body informed, consulted or the agreement signed?")


class Population(Contract):
    country: Opt(Country, "In which country do these people work (ISO code, e.g. DE)?")
    region: Opt(Subdivision, "In which state or region do these people work (e.g. US-CA)?")
    residence: Opt(Place, "Where do these people live, if not where they work (e.g. US-CA)?")
    roles: OptSet(Role, "Who are these people: employees, applicants, contractors, agency or platform workers, interns?")
    headcount: Opt(Count, "How many people are in this population?")
    exempt_status: Opt(ExemptStatus, "Are these workers exempt or non-exempt from overtime rules (California)?")
    work_settings: OptSet(WorkSetting, "Where do they work: on premises, from home, in the field, in vehicles?")
    private_use_of_tools: Opt(PrivateUse, "Is private use of the monitored tools permitted, tolerated or forbidden?")
    representation: Opt(Representation, "Which worker representatives exist for this population?")
    consultation: Opt(Consultation, "How were this population's representatives involved before rollout?")


class CovertJustification(Contract):
    documented_suspicion: Opt(bool, "Is there a documented, concrete suspicion that justifies covert monitoring?")
    suspicion_type: Opt(SuspicionType, "What is suspected: a criminal offence, serious misconduct, something minor, or nothing?")
    limited_persons: Opt(bool, "Is covert monitoring limited to the persons under suspicion?")
    duration_days: Opt(Count, "For how many days does the covert monitoring run?")


class Monitoring(Contract):
    techniques: OptSet(Technique, "Which monitoring techniques does the tool use?")
    keystroke_capture: Opt(KeystrokeCapture, "Does the tool record what is typed (full content), only counts and timing, or nothing?")
    credentials_captured: Opt(Credentials, "Are passwords and other credentials captured, masked, or not captured?")
    captures_message_content: Opt(bool, "Does the tool capture the content of e-mails, chats or text messages?")
    captures_personal_accounts: Opt(bool, "Can the tool capture private accounts (personal webmail, personal social media)?")
    captures_external_parties: Opt(bool, "Does the tool capture people outside the organisation (customers, correspondents)?")
    external_parties_in_california: Opt(bool, "Are any of those outside parties in California?")
    all_party_consent_mechanism: Opt(AllPartyConsent, "How do all parties to a recorded communication consent (call announcement, banner, contract terms)?")
    audio_recorded: Opt(bool, "Does the tool record audio?")
    device_ownership: Opt(DeviceOwnership, "Are the monitored devices owned by the employer, by the workers, or mixed?")
    application_scope: Opt(ApplicationScope, "Does monitoring cover all applications, work apps only, an allowlist or everything but a denylist?")
    time_scope: Opt(TimeScope, "When does monitoring run: working time only, including breaks, off duty, or always?")
    granularity: Opt(Granularity, "How fine-grained is the data: team aggregates, daily per person, per event, or real time?")
    video_locations: OptSet(VideoLocation, "Where are cameras pointed (restrooms, break rooms, offices, vehicle cabs …)?")
    excluded_contexts: OptSet(ExcludedContext, "Which contexts are excluded from monitoring (private apps, webmail, health sites, union channels, rest areas)?")
    covert: Opt(Covert, "Is monitoring overt, covert and targeted, or covert and general?")
    covert_justification: Opt(CovertJustification, "What justifies the covert monitoring?")
    inferences: OptSet(Inference, "What does the system infer about people (performance, behaviour, emotions, health …)?")
    vehicle_ownership: Opt(VehicleOwnership, "Who owns the tracked vehicles?")
    vehicle_owner_consent: Opt(bool, "Has the registered owner of each tracked vehicle consented to the tracking device?")
    pause_controls: Opt(PauseControls, "Can workers pause monitoring or ask for an exemption?")
    less_intrusive_alternatives_assessed: Opt(bool, "Were less intrusive alternatives assessed and documented?")


class LegalBasis(Contract):
    bases: Annotated[
        dict[Purpose, Basis | None] | None,
        Unknownable,
        Field(default=None, description="On which lawful basis is each purpose pursued (consent, contract, legal obligation, legitimate interests …)?"),
    ]
    legitimate_interest_assessment: Opt(bool, "Is there a documented legitimate-interest assessment?")
    compatibility_assessment: Opt(bool, "Is there a documented GDPR Art 6(4) compatibility assessment for the new purposes?")
    special_category_condition: Opt(SpecialCategoryCondition, "Which GDPR Art 9(2) condition covers special-category data, if any?")
    alternatives_offered_to_individuals: Opt(bool, "Are individuals offered an alternative (e.g. a badge instead of a fingerprint)?")


class AISystem(Contract):
    name: Opt(Text, "What is this AI component called?")
    is_ai_system: Opt(bool, "Is this component an AI system in the AI Act sense (it infers outputs; plain threshold counters are not)?")
    role: Opt(AIRole, "Is the organisation the provider of this AI system, its deployer, or both?")
    output_used_in_eu: Opt(bool, "Is the system's output used in the EU?")
    infers_emotions: Opt(bool, "Does the system infer emotions or moods (stress, frustration, engagement)?")
    infers_intentions: Opt(bool, "Does the system infer intentions?")
    inference_inputs: OptSet(InferenceInput, "From what inputs does it infer (face, voice, keystrokes, mouse, posture, text, physiological signals)?")
    medical_or_safety_purpose: Opt(bool, "Is the system used for a genuine medical or safety purpose?")
    biometric_categorisation: Opt(bool, "Does it deduce race, political opinions, union membership, religion or sex life from biometric data?")
    uses: OptSet(AIUse, "What is it used for (recruitment, promotion/termination, task allocation, performance monitoring)?")
    profiles_natural_persons: Opt(bool, "Does it profile individual people?")
    human_oversight_assigned: Opt(bool, "Is a competent person assigned to oversee the system?")
    log_retention_months: Opt(Count, "For how many months are the system's logs kept?")
    workers_informed_before_use: Opt(bool, "Were workers and their representatives informed before the system was used?")
    affected_persons_informed: Opt(bool, "Are the people affected told that the system is used on them?")
    fria_done: Opt(bool, "Was a fundamental-rights impact assessment carried out?")
    ai_literacy_measures: Opt(bool, "Have staff who operate the system received AI-literacy training?")


class AITraining(Contract):
    uses_monitoring_data: Opt(bool, "Is monitoring data reused to train AI models?")
    model_purpose: Opt(ModelPurpose, "What will the trained model do (manage workers, make decisions, general agent or product, internal tooling …)?")
    pseudonymised: Opt(bool, "Is the training data pseudonymised?")
    sensitive_content_filtered: Opt(bool, "Is sensitive content (passwords, health, private messages) filtered out of the training data?")
    opt_out_offered: Opt(bool, "Can workers opt out of their data being used for training?")
    anonymity_assessed: Opt(bool, "Was it assessed whether the trained model is anonymous?")
    vendor_trains_own_models: Opt(bool, "Does the vendor train its own models on the data?")
    new_purpose_consent_obtained: Opt(bool, "Was consent obtained for the new training purpose?")


class HumanReview(Contract):
    interprets_output: Opt(bool, "Does a human interpret the system's output before the decision?")
    reviews_other_information: Opt(bool, "Does the reviewer look at information beyond the system's output?")
    authority_to_change: Opt(bool, "Does the reviewer have authority to change the outcome?")


class Decision(Contract):
    type: Opt(DecisionType, "What kind of decision does the output feed?")
    solely_automated: Opt(bool, "Is the decision taken without meaningful human involvement?")
    score_determining: Opt(bool, "Does a score play a determining role in the decision?")
    human_review: Opt(HumanReview, "How do humans review the decision?")
    contest_channel: Opt(bool, "Can the person contest the decision?")
    explanation_available: Opt(bool, "Can the person get an explanation of the decision?")
    admt_preuse_notice: Opt(bool, "Was a pre-use notice about the automated decision-making technology given?")
    admt_opt_out: Opt(AdmtOptOut, "Is an opt-out of the automated decision offered, or which exception applies?")
    admt_access_process: Opt(bool, "Is there a process to answer access requests about the automated decision?")
    bias_testing: Opt(BiasTesting, "Is the decision system tested for bias (before deployment, periodically, with remediation)?")


class Transparency(Contract):
    notice: Opt(Notice, "When are workers told about the monitoring: before deployment, at collection, after, or never?")
    notice_channel: Opt(NoticeChannel, "How are workers told: individually, through an intranet policy, by signage?")
    notice_covers: OptSet(NoticeTopic, "What does the notice cover (purposes, data, legal basis, recipients, retention, rights, AI use …)?")
    privacy_policy_current: Opt(bool, "Was the privacy policy updated within the last 12 months?")
    right_to_limit_offered: Opt(bool, "Can workers limit the use of their sensitive personal information?")
    objection_mechanism: Opt(bool, "Is there a way for workers to object to the processing?")
    access_request_process: Opt(bool, "Is there a process for workers' access requests?")


class DPIA(Contract):
    status: Opt(AssessmentStatus, "Has a data protection impact assessment been done (none, in progress, completed)?")
    completed_on: Opt(dt.date, "On what date was the DPIA completed?")
    before_deployment: Opt(bool, "Was the DPIA completed before the monitoring started?")
    workers_views_sought: Opt(bool, "Were the views of the workers or their representatives sought for the DPIA?")
    residual_high_risk: Opt(bool, "Does the DPIA conclude that a high risk remains after mitigation?")
    dpo_consulted: Opt(bool, "Was the data protection officer consulted on the DPIA?")


class CARiskAssessment(Contract):
    status: Opt(AssessmentStatus, "Has a CCPA risk assessment been done (none, in progress, completed)?")
    completed_on: Opt(dt.date, "On what date was the CCPA risk assessment completed?")
    last_reviewed_on: Opt(dt.date, "When was the CCPA risk assessment last reviewed?")
    conclusion: Opt(RiskConclusion, "Did the risk assessment conclude that benefits outweigh risks?")


class Assessments(Contract):
    dpia: Opt(DPIA, "What is the state of the data protection impact assessment?")
    prior_consultation_done: Opt(bool, "Was the supervisory authority consulted before processing (GDPR Art 36)?")
    dpo_designated: Opt(bool, "Has a data protection officer been designated?")
    records_of_processing: Opt(bool, "Is the monitoring in the records of processing activities?")
    processor_contracts: Opt(bool, "Are data-processing contracts in place with the vendors?")
    ca_risk_assessment: Opt(CARiskAssessment, "What is the state of the CCPA risk assessment?")
    ads_records_retention_years: Opt(
        Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)],
        "For how many years are records of the automated-decision system kept?",
    )


RetentionDays = Annotated[int, Field(ge=0, le=MAX_INT)] | Literal["indefinite"]


class Retention(Contract):
    days: Annotated[
        dict[DataClass, RetentionDays | None] | None,
        Unknownable,
        Field(default=None, description="How many days is each class of data kept (or 'indefinite')?"),
    ]
    default_days: Opt(RetentionDays, "How many days are data classes not listed kept by default?")


class Security(Contract):
    access: Opt(Access, "Who can see the data: need-to-know staff, managers, or broadly?")
    who_sees_individual_data: OptSet(Viewer, "Who sees individual-level data (IT security, HR, line managers, peers, vendor)?")
    shared_accounts: Opt(bool, "Are shared accounts used to access the monitoring data?")
    access_logged: Opt(bool, "Is access to the monitoring data logged?")
    encrypted_at_rest: Opt(bool, "Is the monitoring data encrypted at rest?")


class Recipient(Contract):
    name: Opt(Text, "Who is the recipient?")
    role: Opt(RecipientRole, "Is the recipient a processor, service provider, contractor, third party or affiliate?")
    country: Opt(Country, "In which country is the recipient?")
    contract_compliant: Opt(bool, "Does the contract with this recipient meet the legal requirements?")


class Quota(Contract):
    used: Opt(bool, "Are workers subject to a quota (a required rate of tasks or items)?")
    type: Opt(QuotaType, "Is the quota a fixed rate, relative to peers, or a task count?")
    written_description_given: Opt(bool, "Were workers given a written description of each quota?")
    accounts_for_breaks: Opt(bool, "Does the quota leave time for meal and rest breaks and bathroom use?")
    speed_data_request_process: Opt(bool, "Can workers request their quota and work-speed data?")


class LabourRelations(Contract):
    union_campaign_underway: Opt(bool, "Is a union organising campaign underway?")
    concerted_activity_known: Opt(bool, "Does the employer know of concerted activity (petitions, organising, protests)?")
    bargaining_done: Opt(bool, "Was the monitoring bargained with the union?")
    adverse_actions_linked_to: OptSet(AdverseLink, "Have adverse actions been linked to rights requests, complaints, concerted activity, off-duty conduct or quota requests?")


class HRPractices(Contract):
    requests_personal_social_media_access: Opt(bool, "Does the employer ask for access to personal social media accounts?")
    requires_personal_device: Opt(bool, "Must workers use their own device for work?")
    reimburses_device_cost: Opt(bool, "Does the employer reimburse the cost of personal devices used for work?")
    shares_photos_or_fingerprints_with_third_parties: Opt(bool, "Are workers' photos or fingerprints shared with third parties?")


def _list_of(model: type, question: str) -> Any:
    return Annotated[
        Annotated[list[model], Field(max_length=MAX_LIST)] | None, Unknownable, Field(default=None, description=question)
    ]


class DeploymentDescription(Contract):
    """One monitoring deployment described as facts (schema version 1)."""

    schema_version: Literal[1] = Field(description="The version of this facts contract; always 1.")
    name: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT, strip_whitespace=True)] = Field(
        description="A short title for the deployment."
    )
    summary: Opt(Annotated[str, StringConstraints(max_length=MAX_SUMMARY)], "A free-text summary, shown in reports and never interpreted.")
    assessment_date: Opt(dt.date, "On what date should the law be applied (the 'as of' date)?")
    facts_period: Opt(Period, "When did (or will) the monitoring run?")
    processing_started_on: Opt(dt.date, "On what date did the processing start (or will it start)?")
    organisation: Opt(Organisation, "Who is the organisation deploying the monitoring?")
    workforce: _list_of(Population, "Where do the monitored people work, and who are they?")
    monitoring: Opt(Monitoring, "What does the monitoring capture, and how?")
    purposes: OptSet(Purpose, "For which purposes is the data used?")
    original_purposes: OptSet(Purpose, "For which purposes was the data first collected?")
    legal_basis: Opt(LegalBasis, "On which lawful bases is the data processed (EU)?")
    ai_systems: _list_of(AISystem, "Which AI components are involved?")
    ai_training: Opt(AITraining, "Is the monitoring data reused to train AI models?")
    decisions: _list_of(Decision, "Which decisions do the outputs feed?")
    transparency: Opt(Transparency, "How are workers informed?")
    assessments: Opt(Assessments, "Which impact assessments and records exist?")
    retention: Opt(Retention, "How long is the data kept?")
    security: Opt(Security, "How is access to the data controlled?")
    recipients: _list_of(Recipient, "Who receives the data (vendors, affiliates, third parties)?")
    quota: Opt(Quota, "Are California warehouse quotas used?")
    labour_relations: Opt(LabourRelations, "What is the labour-relations context (unions, concerted activity)?")
    hr_practices: Opt(HRPractices, "Which related HR practices apply?")


def question_for(path: str) -> str:
    """The plain-language question behind a contract field path such as ``workforce[0].consultation.agreement_signed``."""
    model: Any = DeploymentDescription
    question = ""
    for part in _path_parts(path):
        field = model.model_fields.get(part) if isinstance(model, type) and issubclass(model, BaseModel) else None
        if field is None:
            return question or f"What is the value of `{path}`?"
        question = field.description or question
        model = _inner_model(field.annotation)
    return question


def _path_parts(path: str) -> list[str]:
    import re

    return [p for p in re.split(r"\.|\[\d+\]", path) if p]


def _inner_model(annotation: Any) -> Any:
    from typing import get_args

    stack = [annotation]
    while stack:
        tp = stack.pop()
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            return tp
        stack.extend(get_args(tp))
    return None


def json_schema() -> dict[str, Any]:
    """The JSON Schema editors validate descriptions with (``bentham schema``, ``GET /v1/schema``)."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **DeploymentDescription.model_json_schema()}
