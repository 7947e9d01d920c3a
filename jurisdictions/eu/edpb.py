"""European Data Protection Board guidance applied to monitoring at work.

* Guidelines 3/2019 on processing of personal data through video devices, v2.0 (29 Jan 2020).
* Guidelines 05/2020 on consent under Regulation 2016/679 (4 May 2020), section 3.1.1.
* Guidelines 2/2023 on the technical scope of Art 5(3) of the ePrivacy Directive, v2.0 (7 Oct 2024).
* Opinion 28/2024 on data protection aspects of AI models (17 Dec 2024).

Guidance is not law. Each requirement cites the provision it interprets (GDPR or ePrivacy
Directive) and takes effect on the later of that provision's date and the guidance's adoption.
Positions that restate a binding duty carry its severity. Paragraph numbers were not verified
and are not cited. Last checked for this module: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from .gdpr import (
    CONSENT_RELIED_ON,
    EDPB_AI_MODELS,
    EDPB_CONSENT,
    EDPB_VIDEO,
    FINE_83_5,
    GDPR_APPLIES,
    MONITORED,
    WORKERS,
    basis_named,
    cite,
)

EDPB_TERMINAL = Authority(
    title="EDPB Guidelines 2/2023 on Technical Scope of Art. 5(3) of ePrivacy Directive, version 2.0, 7 Oct 2024",
    url="https://www.edpb.europa.eu/documents/guideline/guidelines-22023-on-technical-scope-of-art-53-of-eprivacy-directive_en",
)

# Guidelines 2/2023 — what counts as access to terminal equipment (gate row of the research)
# "Terminal equipment" covers any device whatever its owner; software that makes the device send
# information, or that is stored on it, "gains access". Agents on workers' computers and phones
# do both; network-side monitoring (mail servers, CCTV) does not. TLS inspection installs a root
# certificate on the device and is counted.
TERMINAL_ACCESS = Classification(
    id="EU-EDPB-GL-2-2023-EPD",
    title="Monitoring software stores information on, or reads it from, the devices workers use",
    jurisdiction="EU",
    citation=Citation(
        instrument="Directive 2002/58/EC (ePrivacy Directive), as amended by Directive 2009/136/EC",
        short="ePrivacy Directive",
        article="5",
        paragraph="3",
        url="https://eur-lex.europa.eu/eli/dir/2002/58/oj",
    ),
    authorities=(EDPB_TERMINAL,),
    grade=Grade.S,
    condition=F("monitoring.techniques").has_any(
        "keystroke_logging", "keystroke_dynamics", "mouse_tracking", "idle_detection", "screenshots", "screen_recording",
        "session_replay", "app_usage", "web_url_logging", "tls_inspection", "dlp", "file_access_logging", "webcam_snapshot",
        "webcam_video", "gps_device",
    ),  # fmt: skip
    rationale="An endpoint agent (keystrokes, screens, apps, webcam, device location, DLP, TLS root certificate) reads from or stores on the device.",
)

# GDPR Art 6(1)(f) read with Guidelines 3/2019 — video surveillance
# Readings: cameras in sanitary and changing areas are treated as a clear breach, rest areas as a
# balancing problem; the Guidelines ask for more justification the longer footage is kept beyond
# 72 hours, so more than 3 days is flagged for review.
VIDEO_RETENTION_DAYS = 3

VIDEO = Requirement(
    id="EU-EDPB-GL-03-2019-VIDEO",
    title="Cameras stay out of sanitary and rest areas, are signposted, and footage is kept only a few days",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(EDPB_VIDEO,),
    in_force_from=dt.date(2020, 1, 29),
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When the GDPR applies and workers are filmed",
    applies_if=MONITORED & F("monitoring.techniques").has_any("cctv_video", "cctv_audio", "webcam_video"),
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.video_locations").has_any("restroom", "locker_room", "changing_room", "lactation_room"),
            because="Cameras cover toilets, changing or lactation rooms, where filming cannot be justified.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="People are not told about the cameras before they enter the filmed area (first-layer warning sign).",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.video_locations").has("break_room"),
            because="Cameras cover break rooms, where workers rest and talk privately.",
        ),
        Check(
            status=Status.at_risk,
            when=F("retention.days.video") > VIDEO_RETENTION_DAYS,
            because="Footage is kept for more than 72 hours, which the Guidelines accept only with specific justification.",
        ),
    ),
    satisfied_because="Cameras avoid sanitary and rest areas, are announced beforehand, and footage is deleted within 72 hours.",
    remedy="Remove cameras from toilets, changing, lactation and break rooms, put up first-layer signs with a link to full information, and delete footage within 72 hours unless an incident requires keeping it.",
    rationale="The EDPB requires a real and specific interest for video surveillance, no cameras where people expect privacy, layered information starting with a warning sign, and short storage. The specific points on rest areas were not verified.",
    penalty=FINE_83_5,
)

# GDPR Arts 4(11) and 7(4) read with Guidelines 05/2020, section 3.1.1 — consent at work
# Purposes that are part of running the employment relationship: refusing cannot be free there.
# (the core monitoring purposes; the list is kept short for the rules engine)
EMPLOYMENT_PURPOSES = (
    "it_security", "working_time_recording", "attendance", "productivity_measurement", "performance_evaluation", "discipline",
)

CONSENT = Requirement(
    id="EU-EDPB-GL-05-2020-CONSENT",
    title="Workers' consent is not used for purposes tied to their job, and elsewhere only with a real alternative",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="4"),
    authorities=(EDPB_CONSENT,),
    in_force_from=dt.date(2020, 5, 4),
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the GDPR applies to monitoring of workers",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.action_required,
            when=basis_named("consent", EMPLOYMENT_PURPOSES),
            because="Consent is relied on for a purpose tied to the job (security, working time, attendance, performance, discipline), where the imbalance of power rules out free consent.",
        ),
        Check(
            status=Status.action_required,
            when=CONSENT_RELIED_ON & F("legal_basis.alternatives_offered_to_individuals").false(),
            because="Consent is relied on without a genuine alternative for those who refuse.",
        ),
        Check(
            status=Status.at_risk,
            when=CONSENT_RELIED_ON,
            because="Consent is relied on for an optional purpose with an alternative; it is valid only if refusing really has no consequence.",
        ),
    ),
    satisfied_because="No purpose relies on workers' consent.",
    remedy="Use another basis for every purpose tied to the job; keep consent only for optional extras with an equivalent alternative and no consequence for refusing.",
    rationale="The EDPB considers that, given the imbalance of power, workers can give free consent only in exceptional cases where refusing has no adverse consequence, such as an optional filming with an alternative.",
    penalty=FINE_83_5,
)

# GDPR Arts 6(1)(f) and 6(4) read with Opinion 28/2024 — training AI models on monitoring data

AI_MODELS = Requirement(
    id="EU-EDPB-OP-28-2024-AI",
    title="Training AI on workers' data passes the three-step legitimate-interest test, with opt-out and anonymity checks",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(EDPB_AI_MODELS,),
    in_force_from=dt.date(2024, 12, 17),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers' data is used to train or develop AI",
    applies_if=GDPR_APPLIES.holds() & WORKERS & F("purposes").has_any("ai_model_training", "ai_product_development"),
    checks=(
        Check(
            status=Status.action_required,
            when=basis_named("legitimate_interests", ("ai_model_training", "ai_product_development"))
            & F("legal_basis.legitimate_interest_assessment").false(),
            because="AI training rests on legitimate interests without a documented three-step assessment (interest, necessity, balancing).",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.anonymity_assessed").false(),
            because="Nobody assessed whether the trained model is anonymous; it must be treated as containing personal data.",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.opt_out_offered").false(),
            because="Workers cannot opt out of the training, a key mitigating measure in the balancing.",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.pseudonymised").false() | F("ai_training.sensitive_content_filtered").false(),
            because="Training data is not pseudonymised or sensitive content is not filtered out.",
        ),
    ),
    satisfied_because="The three-step assessment is documented, anonymity of the model was assessed, workers can opt out, and data is pseudonymised and filtered.",
    remedy="Document the three-step test for the training purpose, pseudonymise and filter the data, offer an unconditional opt-out, and assess whether the resulting model is anonymous before using or sharing it.",
    rationale="The EDPB holds that AI models trained on personal data are not anonymous by default, that legitimate interests require the three-step test with workers' reasonable expectations and mitigations such as opt-out, and that unlawful training can taint later use of the model.",
    penalty=FINE_83_5,
)

REQUIREMENTS = (VIDEO, CONSENT, AI_MODELS)
