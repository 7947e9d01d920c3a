"""Arbeitsverfassungsgesetz (ArbVG, Labour Constitution Act).

Official text: https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10008329
(RIS, Bundeskanzleramt). §96(1) Z 3: control measures and technical systems touching human
dignity need a works agreement, which nobody can replace; §96a(1): personnel data systems (Z 1)
and appraisal systems (Z 2) need one too, but the conciliation body (Schlichtungsstelle) can
replace the works council's consent. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import All, Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES, uses_any_technique
from .scope import JURISDICTION

RIS = "https://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10008329&Paragraf="
cite = partial(Citation, instrument="Arbeitsverfassungsgesetz (ArbVG)", short="ArbVG", article_label="§")
ARBVG_IN_FORCE = dt.date(1974, 7, 1)
# §96a was added by the ArbVG amendment of 1986; the exact commencement day was not verified.
ARBVG_96A_IN_FORCE = dt.date(1986, 8, 1)

OGH_FINGERPRINT = Authority(title="OGH 20 Dec 2006, 9 ObA 109/06d (fingerprint time recording touches human dignity)", url=None, kind="case_law")
OGH_LOCKING = Authority(
    title="OGH 14 Jul 2022, 9 ObA 60/22x (electronic locking system able to build movement profiles: objective suitability suffices)",
    url=None,
    kind="case_law",
)

_AT = F("country") == "AT"
AT_EMPLOYEES = _AT & F("roles").has_any(*EMPLOYEE_ROLES)
_AT_COUNCIL = AT_EMPLOYEES & F("representation.works_council").true()
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
AT_COUNCIL_PRESENT = Classification(
    id="AT-ARBVG-WORKS-COUNCIL",
    title="A works council (Betriebsrat) represents the monitored employees in Austria",
    jurisdiction="AT",
    citation=cite(article="96", paragraph="1", url=RIS + "96"),
    grade=Grade.S,
    condition=JURISDICTION.holds() & Exists("workforce", _AT_COUNCIL),
    rationale="The consent rights of §§96 and 96a ArbVG belong to the works council; without one, §10 AVRAG applies instead.",
).holds()

#: Techniques whose control of individuals is intense enough to touch human dignity: content,
#: biometric, audio-visual, location and continuous screen or input capture (OGH: objective
#: suitability, including possible extensions, suffices; intent is irrelevant).
DIGNITY_TECHNIQUES = (
    "keystroke_logging", "keystroke_dynamics", "mouse_tracking", "screenshots", "screen_recording",
    "session_replay", "web_url_logging", "tls_inspection", "email_monitoring", "chat_monitoring",
    "call_recording", "ambient_audio", "webcam_snapshot", "webcam_video", "cctv_video", "cctv_audio",
    "gps_device", "gps_vehicle", "vehicle_inward_camera", "wifi_bluetooth_tracking", "badge_rfid",
    "fingerprint", "face_verification", "face_identification", "voice_analysis", "wearable_sensor",
    "neural_device", "social_media_monitoring", "sentiment_analysis", "emotion_recognition",
)  # fmt: skip
# All(...) keeps the set test as one test for the rules engine rather than one per technique.
TOUCHES_DIGNITY = All(F("monitoring.techniques").has_any(*DIGNITY_TECHNIQUES)) | (
    uses_any_technique() & F("monitoring.granularity").one_of("individual_event_level", "individual_realtime")
)
APPRAISAL = F("monitoring.techniques").has_any("productivity_scoring", "quota_tracking") | F("purposes").has("performance_evaluation")

# --------------------------------------------------------------------------- §96(1) Z 3 — control measures touching human dignity

DIGNITY = Requirement(
    id="AT-ARBVG-96-1-3-DIGNITY",
    title="A works agreement covers every control system that touches the employees' human dignity",
    jurisdiction="AT",
    citation=cite(article="96", paragraph="1", point="Z 3", url=RIS + "96"),
    authorities=(OGH_FINGERPRINT, OGH_LOCKING),
    in_force_from=ARBVG_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When employees in an Austrian establishment with a works council are subject to control systems able to touch human dignity",
    applies_if=AT_COUNCIL_PRESENT & TOUCHES_DIGNITY,
    checks=(
        Check(
            status=Status.action_required,
            # Neither the conciliation body nor the employees' individual consent can replace
            # the works council's consent under §96.
            when=Exists("workforce", _AT_COUNCIL & Not(F("consultation.agreement_signed").true())),
            because="There is no works agreement; for measures touching human dignity neither the conciliation body nor the employees' individual consent can replace it.",
        ),
    ),
    satisfied_because="A works agreement with the works council covers the control system.",
    remedy="Negotiate a works agreement (Betriebsvereinbarung) on the system's functions, data, access and retention before go-live; without it the system may not be introduced and the works council can obtain an injunction.",
    rationale="§96(1) Z 3 ArbVG makes control measures and technical systems for controlling employees that touch human dignity lawful only with the works council's consent in a works agreement. The OGH applies it to systems objectively able to control, such as fingerprint time recording and locking systems that can build movement profiles.",
    penalty="No fine; measures without a works agreement are unlawful and the works council can obtain an injunction to remove them.",
)

# --------------------------------------------------------------------------- §96a(1) Z 1 — personnel data systems

PERSONNEL_DATA = Requirement(
    id="AT-ARBVG-96A-1-1-DATA",
    title="A works agreement or conciliation-body decision covers systems processing employee data beyond basic records",
    jurisdiction="AT",
    citation=cite(article="96a", paragraph="1", point="Z 1", url=RIS + "96a"),
    in_force_from=ARBVG_96A_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an Austrian establishment with a works council collects and processes employee data automatically, below the human-dignity threshold",
    applies_if=AT_COUNCIL_PRESENT & uses_any_technique() & Not(TOUCHES_DIGNITY),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists(
                "workforce",
                _AT_COUNCIL & Not(F("consultation.agreement_signed").true() | F("consultation.authority_authorisation").true()),
            ),
            because="There is neither a works agreement nor a decision of the conciliation body covering the system.",
        ),
    ),
    satisfied_because="A works agreement or a decision of the conciliation body covers the system.",
    remedy="Agree a works agreement on the system with the works council; if it refuses, apply to the conciliation body (Schlichtungsstelle), whose decision replaces the consent.",
    rationale="§96a(1) Z 1 ArbVG requires a works agreement for systems that automatically collect, process and transmit employees' personal data beyond general identity and qualification data, unless required by law or contract; unlike §96, the conciliation body can replace the works council's consent.",
    penalty="No fine; the works council can obtain an injunction against the system.",
)

# --------------------------------------------------------------------------- §96a(1) Z 2 — appraisal systems
# Added on the verification note: staff-appraisal systems collecting data not justified by
# operational use are a separate §96a case; productivity scoring is the typical example.

APPRAISAL_SYSTEMS = Requirement(
    id="AT-ARBVG-96A-1-2-APPRAISAL",
    title="A works agreement or conciliation-body decision covers systems that appraise employees",
    jurisdiction="AT",
    citation=cite(article="96a", paragraph="1", point="Z 2", url=RIS + "96a"),
    in_force_from=ARBVG_96A_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an Austrian establishment with a works council appraises employees with scoring, quotas or performance evaluation",
    applies_if=AT_COUNCIL_PRESENT & APPRAISAL,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists(
                "workforce",
                _AT_COUNCIL & Not(F("consultation.agreement_signed").true() | F("consultation.authority_authorisation").true()),
            ),
            because="Employees are appraised by the system without a works agreement or a decision of the conciliation body.",
        ),
    ),
    satisfied_because="A works agreement or a decision of the conciliation body covers the appraisal system.",
    remedy="Agree the appraisal criteria, data and use with the works council in a works agreement, or obtain a conciliation-body decision, before using scores on employees.",
    rationale="§96a(1) Z 2 ArbVG requires a works agreement for systems assessing employees where they collect data not justified by operational use; the conciliation body can replace the consent. Scoring that touches human dignity also needs §96 consent.",
    penalty="No fine; the works council can obtain an injunction against the system.",
)

REQUIREMENTS = (DIGNITY, PERSONNEL_DATA, APPRAISAL_SYSTEMS)
