"""General Data Protection Regulation — Regulation (EU) 2016/679.

Official text: https://eur-lex.europa.eu/eli/reg/2016/679/oj (ELI). Applies since 25 May 2018
(Art 99(2)). Consolidated text last checked for this module: 2026-11-30.
Fines: Art 83(4) (up to EUR 10m or 2 % of worldwide turnover) for Arts 25–39; Art 83(5) (up to
EUR 20m or 4 %) for Arts 5, 6, 7, 9 and 12–22.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import AtLeast, Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EEA_STATES, WORKER_ROLES, uses_any_technique

URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
APPLIES_FROM = dt.date(2018, 5, 25)
FINE_83_4 = "GDPR Art 83(4): up to EUR 10 million or 2 % of worldwide annual turnover, whichever is higher."
FINE_83_5 = "GDPR Art 83(5): up to EUR 20 million or 4 % of worldwide annual turnover, whichever is higher."

cite = partial(Citation, instrument="Regulation (EU) 2016/679 (General Data Protection Regulation)", short="GDPR", url=URL)

WP248 = Authority(
    title="Article 29 Working Party, Guidelines on DPIA (WP248 rev.01), 4 Oct 2017, endorsed by the EDPB",
    url="https://ec.europa.eu/newsroom/article29/items/611236",
)
WP249 = Authority(
    title="Article 29 Working Party, Opinion 2/2017 on data processing at work (WP249)",
    url="https://ec.europa.eu/newsroom/article29/items/610169",
)
EDPB_CONSENT = Authority(
    title="EDPB Guidelines 05/2020 on consent under Regulation 2016/679, section 3.1.1",
    url="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en",
)
CNIL_AMAZON = Authority(
    title="CNIL, deliberation SAN-2023-021 (Amazon France Logistique), 27 Dec 2023",
    url="https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000048989272",
    kind="regulator_decision",
)

# --------------------------------------------------------------------------- Art 3: scope

GDPR_APPLIES = Classification(
    id="EU-GDPR-3-SCOPE",
    title="The GDPR applies to the monitoring",
    jurisdiction="EU",
    citation=cite(article="3", paragraph="1"),
    grade=Grade.V,
    # Art 3(1): processing in the context of an establishment in the Union; Art 3(2)(b):
    # monitoring the behaviour of people in the Union. The EEA Agreement extends the GDPR to
    # Iceland, Liechtenstein and Norway.
    condition=F("organisation.establishments").has_any(*EEA_STATES)
    | Exists("workforce", F("country").one_of(*EEA_STATES)),
    rationale="An establishment in the EEA, or monitored people working in the EEA, brings the processing within Art 3(1) or 3(2)(b).",
)

WORKERS = Exists("workforce", F("roles").has_any(*WORKER_ROLES))

# --------------------------------------------------------------------------- Art 5(1)(c)

MINIMISATION = Requirement(
    id="EU-GDPR-5-1-C-MINIMISATION",
    title="Only the personal data needed for each purpose is collected",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249, CNIL_AMAZON),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=GDPR_APPLIES.holds() & uses_any_technique(),
    # Minimisation is a proportionality judgment, so each check reports at_risk with the
    # reason a supervisory authority has relied on (CNIL Amazon 2023; CNIL 19 Dec 2024).
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.keystroke_capture") == "full_content",
            because="The full content of what workers type is recorded; counts or samples rarely fail to serve the same purpose.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.credentials_captured") == "captured",
            because="Passwords and other credentials are captured, which no monitoring purpose needs.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true()
            | F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Monitoring reaches private accounts or time off duty.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("screen_recording", "session_replay", "ambient_audio", "webcam_video", "cctv_audio"),
            because="Screens, sound or video are recorded continuously rather than sampled or aggregated.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="No assessment of less intrusive alternatives is documented.",
        ),
    ),
    satisfied_because="Capture is limited (no full keystroke content, credentials, private accounts or continuous recording) and less intrusive alternatives were assessed.",
    remedy="Reduce capture to what each purpose needs: aggregate or sample, mask credentials, exclude private accounts and off-duty time, and document the less intrusive options considered.",
    rationale="Art 5(1)(c) requires data to be adequate, relevant and limited to what is necessary. Regulators have sanctioned idle-time tracking, periodic screenshots and granular indicators kept for weeks as excessive.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- Art 6: consent of employees

CONSENT_OF_EMPLOYEES = Requirement(
    id="EU-GDPR-6-CONSENT-EMP",
    title="Monitoring of workers does not rely on their consent as its lawful basis",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="4"),
    authorities=(EDPB_CONSENT, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies to monitoring of workers or applicants",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.violation,
            when=F("legal_basis.bases_used").has("consent")
            & F("legal_basis.bases_used").has_none(
                "contract", "legal_obligation", "public_task", "legitimate_interests", "collective_agreement"
            ),
            because="Consent is the only lawful basis claimed. Workers' consent is presumed not to be freely given (Art 4(11), Art 7(4), Recital 43), so the processing has no valid basis.",
        ),
        Check(
            status=Status.action_required,
            when=F("legal_basis.bases_used").has("consent"),
            because="Consent is relied on for at least one purpose; for those purposes the processing lacks a valid basis.",
        ),
    ),
    satisfied_because="No purpose relies on the workers' consent.",
    remedy="Replace consent with a basis that fits the employment relationship (legal obligation, contract where strictly necessary, or a documented legitimate-interest assessment) for every purpose.",
    rationale="Because of the imbalance of power between employer and worker, the EDPB and WP29 treat workers' consent as valid only where refusal has no consequence at all, which monitoring at work rarely allows.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- Arts 12–14: notice

NOTICE = Requirement(
    id="EU-GDPR-12-13-14-NOTICE",
    title="Workers are told about the monitoring, its purposes, basis, retention and their rights before it starts",
    jurisdiction="EU",
    citation=cite(article="13", paragraph="1"),
    authorities=(WP249, CNIL_AMAZON),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and data is collected about workers",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.covert") == "general",
            because="Monitoring is covert and untargeted, so workers cannot know about it.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers are not informed at or before collection.",
        ),
        Check(
            status=Status.action_required,
            when=Not(
                F("transparency.notice_covers").has("purposes")
                & F("transparency.notice_covers").has("legal_basis")
                & F("transparency.notice_covers").has("retention")
                & F("transparency.notice_covers").has("rights")
            ),
            because="The notice does not state all of: the purposes, the legal basis, the retention period and the workers' rights (Art 13(1)–(2)).",
        ),
        Check(
            status=Status.action_required,
            when=F("purposes").has_any("ai_model_training", "ai_product_development")
            & F("transparency.notice_covers").has_none("ai_training"),
            because="The data is used to train or develop AI, and the notice does not say so (Art 13(3) requires notice before further processing for a new purpose).",
        ),
        Check(
            status=Status.action_required,
            when=Exists("decisions", F("solely_automated").true()) & F("transparency.notice_covers").has_none("adm_logic"),
            because="Decisions are taken solely by automated means, and the notice does not explain their logic and consequences (Art 13(2)(f)).",
        ),
    ),
    satisfied_because="Workers are informed at or before collection, and the notice covers purposes, basis, retention, rights and any AI training or automated decisions.",
    remedy="Give every monitored worker a concise notice before rollout covering purposes, legal basis, legitimate interests, recipients, retention, rights, any automated decision logic and any reuse for AI training.",
    rationale="Arts 12–14 require concise, accessible information when data is collected and before any processing for a new purpose. Missing or late notice was a ground in the CNIL Amazon decision.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- Art 35: DPIA
# The nine WP248 criteria, each read from the facts. They are evidence of "likely high risk",
# not legal tests in their own right; WP248 says two usually require a DPIA.


def _criterion(slug: str, number: int, title: str, condition, rationale: str) -> Classification:
    return Classification(
        id=f"EU-GDPR-35-WP248-{number}-{slug}",
        title=title,
        jurisdiction="EU",
        citation=cite(article="35", paragraph="1"),
        authorities=(WP248,),
        grade=Grade.S,
        condition=condition,
        rationale=rationale,
    )


C_SCORING = _criterion(
    "SCORING", 1, "WP248 criterion 1: evaluation or scoring of people",
    F("monitoring.techniques").has_any("productivity_scoring", "quota_tracking", "sentiment_analysis", "emotion_recognition")
    | F("monitoring.inferences").has_any("performance", "behaviour", "reliability", "aptitude", "emotional_state", "health")
    | F("purposes").has_any("performance_evaluation", "productivity_measurement"),
    "Scoring or profiling of performance at work is WP248's first example.",
)
C_ADM = _criterion(
    "ADM", 2, "WP248 criterion 2: automated decisions with legal or similar effect",
    Exists("decisions", F("solely_automated").true() | F("score_determining").true()),
    "A decision taken solely by automated means, or driven by a score, about people's work.",
)
C_SYSTEMATIC = _criterion(
    "SYSTEMATIC", 3, "WP248 criterion 3: systematic monitoring",
    uses_any_technique(),
    "Any of the listed monitoring techniques applied to workers is systematic observation in WP248's sense.",
)
C_SENSITIVE = _criterion(
    "SENSITIVE", 4, "WP248 criterion 4: sensitive or highly personal data",
    F("data_categories").has_any("biometric", "physiological", "communications", "keystrokes", "audio")
    | F("monitoring.captures_message_content").true()
    | F("monitoring.inferences").has_any("health", "emotional_state", "protected_characteristic", "union_activity"),
    "Special categories, and data of a highly personal nature such as the content of communications.",
)
# "Large scale" has no number in the GDPR or WP248. We read 1,000 or more monitored people as
# large scale for an employer (a reading, not a rule: see the requirement's grade).
LARGE_SCALE_HEADCOUNT = 1000
C_LARGE_SCALE = _criterion(
    "LARGE-SCALE", 5, "WP248 criterion 5: large-scale processing",
    F("organisation.headcount_total") >= LARGE_SCALE_HEADCOUNT,
    f"Read here as {LARGE_SCALE_HEADCOUNT:,} or more people in the organisation.",
)
C_COMBINING = _criterion(
    "COMBINING", 6, "WP248 criterion 6: matching or combining datasets",
    F("ai_training.uses_monitoring_data").true() | F("monitoring.techniques").has("productivity_scoring"),
    "Combining several monitoring streams into a score or a training dataset.",
)
C_VULNERABLE = _criterion(
    "VULNERABLE", 7, "WP248 criterion 7: vulnerable data subjects (employees)",
    Exists("workforce", F("roles").has_any(*WORKER_ROLES)),
    "WP248 names employees expressly because of the power imbalance with the employer.",
)
C_INNOVATIVE = _criterion(
    "INNOVATIVE", 8, "WP248 criterion 8: innovative use of technology",
    Exists("ai_systems", F("is_ai_system").true())
    | F("monitoring.techniques").has_any("emotion_recognition", "keystroke_dynamics", "face_identification", "neural_device", "wearable_sensor", "voice_analysis"),
    "AI systems and novel biometric or sensor technology.",
)
C_PREVENTS = _criterion(
    "PREVENTS", 9, "WP248 criterion 9: processing that prevents a right, service or contract",
    Exists("decisions", F("type").one_of("hiring", "account_deactivation", "demotion_suspension_termination")),
    "Outputs that decide access to a job or end a working relationship.",
)
WP248_CRITERIA = (C_SCORING, C_ADM, C_SYSTEMATIC, C_SENSITIVE, C_LARGE_SCALE, C_COMBINING, C_VULNERABLE, C_INNOVATIVE, C_PREVENTS)

DPIA_REQUIRED = Classification(
    id="EU-GDPR-35-DPIA-REQUIRED",
    title="A DPIA is required: two or more WP248 criteria are met",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248,),
    grade=Grade.S,
    condition=GDPR_APPLIES.holds() & AtLeast(2, *(c.holds() for c in WP248_CRITERIA)),
)
DPIA_INDICATED = Classification(
    id="EU-GDPR-35-DPIA-INDICATED",
    title="At least one WP248 criterion is met",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248,),
    grade=Grade.S,
    condition=GDPR_APPLIES.holds() & AtLeast(1, *(c.holds() for c in WP248_CRITERIA)),
)

DPIA = Requirement(
    id="EU-GDPR-35-DPIA",
    title="A data protection impact assessment is completed before the monitoring starts",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and at least one WP248 high-risk criterion is met",
    applies_if=DPIA_INDICATED.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.status").one_of("none", "in_progress"),
            because="Two or more WP248 criteria are met, so a DPIA is required before processing, and none has been completed.",
        ),
        Check(
            status=Status.at_risk,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.before_deployment").false(),
            because="The DPIA was completed only after the processing started; Art 35(1) requires it beforehand.",
        ),
        Check(
            status=Status.at_risk,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.workers_views_sought").false(),
            because="The views of the workers or their representatives were not sought (Art 35(9): where appropriate).",
        ),
        Check(
            status=Status.at_risk,
            when=Not(DPIA_REQUIRED.holds()) & F("assessments.dpia.status").one_of("none", "in_progress"),
            because="One WP248 criterion is met: a DPIA is advisable, or a documented reason why none is needed.",
        ),
    ),
    satisfied_because="A DPIA was completed before deployment with the workers' views sought.",
    remedy="Carry out the DPIA before rollout: describe the processing, assess necessity and proportionality, the risks to workers and the mitigations, and seek the views of workers or their representatives.",
    rationale="Art 35(1) requires a DPIA where processing is likely to result in a high risk. WP248 lists nine indicators and says that meeting two usually means a DPIA is required; employee monitoring normally meets systematic monitoring and vulnerable data subjects.",
    penalty=FINE_83_4,
)

REQUIREMENTS = (MINIMISATION, CONSENT_OF_EMPLOYEES, NOTICE, DPIA)
