"""Ley Orgánica 3/2018 de Protección de Datos Personales y garantía de los derechos digitales.

Official text: https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673 (BOE, consolidated).
In force since 7 Dec 2018. Articles 87–91 set workers' digital rights: privacy on work devices,
disconnection, video and sound recording, geolocation, and collective bargaining on them.
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES, uses_any_technique
from ..eu.gdpr import FINE_83_5
from .scope import JURISDICTION

URL = "https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673"
cite = partial(Citation, instrument="Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales", short="LOPDGDD", url=URL, article_label="Art")
IN_FORCE = dt.date(2018, 12, 7)

LOPEZ_RIBALDA = Authority(
    title="ECtHR (Grand Chamber), López Ribalda and Others v. Spain, 17 Oct 2019, nos. 1874/13 and 8567/13",
    url=None,
    kind="case_law",
)

_ES = F("country") == "ES"
_ES_EMPLOYEES = _ES & F("roles").has_any(*EMPLOYEE_ROLES)
# A population gate shared by arts. 87–90 (a classification, read once).
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
ES_EMPLOYEES = Classification(
    id="ES-LOPDGDD-EMPLOYEES",
    title="Employees working in Spain are monitored",
    jurisdiction="ES",
    citation=cite(article="87", paragraph="1"),
    grade=Grade.S,
    condition=JURISDICTION.holds() & Exists("workforce", _ES_EMPLOYEES),
    rationale="Arts. 87–91 protect workers and public employees in Spain in the employment context.",
).holds()

#: Techniques that monitor the use of digital devices the employer provides.
DEVICE_TECHNIQUES = (
    "keystroke_logging", "keystroke_dynamics", "mouse_tracking", "idle_detection", "screenshots",
    "screen_recording", "session_replay", "app_usage", "web_url_logging", "tls_inspection", "dlp",
    "file_access_logging", "email_monitoring", "chat_monitoring", "webcam_snapshot", "webcam_video",
)  # fmt: skip
VIDEO_AUDIO_TECHNIQUES = ("cctv_video", "cctv_audio", "webcam_video", "webcam_snapshot", "vehicle_inward_camera", "ambient_audio")
GEOLOCATION_TECHNIQUES = ("gps_device", "gps_vehicle", "telematics", "wifi_bluetooth_tracking")

# --------------------------------------------------------------------------- art. 91 — collective bargaining (gating)

COLLECTIVE_GUARANTEES = Classification(
    id="ES-LOPDGDD-91-BARGAINING",
    title="A collective agreement sets guarantees for the workers' digital rights",
    jurisdiction="ES",
    citation=cite(article="91"),
    grade=Grade.S,
    # The signed agreement recorded for the Spanish population is read as the collective
    # agreement (or company agreement) art. 91 refers to.
    condition=Exists("workforce", _ES & F("consultation.agreement_signed").true()),
    rationale="Art. 91 lets collective agreements set additional guarantees for workers' digital rights, including the criteria for using digital devices under art. 87(3).",
)

# --------------------------------------------------------------------------- art. 87 — digital devices

DEVICES = Requirement(
    id="ES-LOPDGDD-87-DEVICES",
    title="Rules for monitoring work devices are set with worker representatives, and permitted private use is protected",
    jurisdiction="ES",
    citation=cite(article="87", paragraph="3"),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the use of digital devices the employer provides to employees in Spain is monitored",
    applies_if=ES_EMPLOYEES
    & F("monitoring.techniques").has_any(*DEVICE_TECHNIQUES)
    & F("monitoring.device_ownership").one_of("employer", "mixed"),
    checks=(
        Check(
            status=Status.action_required,
            when=Not(COLLECTIVE_GUARANTEES.holds())
            & Exists(
                "workforce",
                _ES_EMPLOYEES
                & (F("representation.works_council").true() | F("representation.trade_union").true())
                & Not(F("consultation.consulted").true()),
            ),
            because="The criteria for using the devices were not set with the participation of the workers' legal representatives.",
        ),
        Check(
            status=Status.action_required,
            when=Exists("workforce", _ES_EMPLOYEES & F("private_use_of_tools").one_of("permitted", "tolerated"))
            & F("monitoring.excluded_contexts").has_none("private_apps", "personal_webmail"),
            because="Private use of the devices is allowed, but the monitoring sets no protected private uses or periods.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers were not told the usage criteria before the monitoring started.",
        ),
    ),
    satisfied_because="Usage criteria were set with the representatives (or a collective agreement), private use is excluded or protected, and workers were informed beforehand.",
    remedy="Draw up the device-use policy with the works council or union delegates, specify permitted private uses and periods that are not monitored, and inform every worker before monitoring starts; access content only to check work duties or device integrity.",
    rationale="Art. 87 gives workers a right to privacy in using employer-provided devices. The employer may access their content only to check compliance with work duties and device integrity, must set usage criteria with the participation of workers' legal representatives, and, where private use is allowed, must specify it and protect it.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- art. 88 — digital disconnection
# The right to disconnect protects rest time. Monitoring that keeps running outside working
# time, with no way to switch it off, is the clearest conflict; any off-duty reach needs review.

DISCONNECT = Requirement(
    id="ES-LOPDGDD-88-DISCONNECT",
    title="Monitoring leaves workers in Spain disconnected outside working time",
    jurisdiction="ES",
    citation=cite(article="88"),
    in_force_from=IN_FORCE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When employees in Spain are monitored",
    applies_if=ES_EMPLOYEES & uses_any_technique(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on") & (F("monitoring.pause_controls") == "none"),
            because="Monitoring keeps running outside working time and workers cannot switch it off, which defeats their right to disconnect.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Monitoring reaches rest time; the right to disconnect needs an internal policy, drawn up after hearing the representatives, that protects it.",
        ),
    ),
    satisfied_because="Monitoring is limited to working time.",
    remedy="Limit monitoring to working time, give workers a way to pause it, and adopt a disconnection policy after hearing the workers' representatives (including for remote work).",
    rationale="Art. 88 gives workers a right to digital disconnection to protect rest, leave and privacy, and requires the employer to adopt an internal policy, after hearing the workers' representatives, on how the right is exercised, with particular care for remote work.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- art. 89 — video and sound recording

VIDEO_AUDIO = Requirement(
    id="ES-LOPDGDD-89-VIDEO-AUDIO",
    title="Workplace cameras and sound recording are announced beforehand and never used in rest or changing areas",
    jurisdiction="ES",
    citation=cite(article="89"),
    authorities=(LOPEZ_RIBALDA,),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When employees in Spain are filmed or sound is recorded at work",
    applies_if=ES_EMPLOYEES & F("monitoring.techniques").has_any(*VIDEO_AUDIO_TECHNIQUES),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.video_locations").has_any("restroom", "locker_room", "changing_room", "break_room", "lactation_room"),
            because="Cameras or microphones cover toilets, changing rooms, or rest and break areas, where art. 89(2) forbids them in all cases.",
        ),
        Check(
            status=Status.action_required,
            when=(F("monitoring.covert") == "general") | F("transparency.notice").one_of("none", "after_collection"),
            because="Workers and their representatives were not told beforehand, expressly and clearly, about the recording.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert") == "targeted",
            because="Hidden cameras are used on a specific suspicion; a sign suffices only where a flagrant unlawful act is captured, and courts weigh proportionality case by case.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("cctv_audio", "ambient_audio") & F("purposes").has_none("health_and_safety"),
            because="Sound is recorded without a relevant risk to the security of premises, goods or people as its purpose.",
        ),
        Check(
            status=Status.action_required,
            when=F("retention.days.video") > 30,
            because="Footage is kept longer than one month, the maximum art. 22(3) allows unless it evidences an act against people or property.",
        ),
    ),
    satisfied_because="Recording is announced beforehand, stays out of rest and changing areas, sound is limited to security needs, and footage is deleted within a month.",
    remedy="Remove cameras and microphones from toilets, changing rooms and rest areas; inform workers and their representatives expressly before recording; record sound only for relevant security risks; delete footage within one month.",
    rationale="Art. 89 allows video surveillance for work control only with prior, express, clear and concise information to workers and their representatives. It is never allowed in rest or leisure places such as changing rooms, toilets and canteens, and sound recording only where there are relevant security risks and proportionately. Art. 22(3) caps retention at one month.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- art. 90 — geolocation

GEOLOCATION = Requirement(
    id="ES-LOPDGDD-90-GEO",
    title="Workers in Spain are told expressly and clearly about geolocation, and their rights, before it starts",
    jurisdiction="ES",
    citation=cite(article="90"),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When employees in Spain are geolocated",
    applies_if=ES_EMPLOYEES & F("monitoring.techniques").has_any(*GEOLOCATION_TECHNIQUES),
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.covert").one_of("targeted", "general") | F("transparency.notice").one_of("none", "after_collection"),
            because="Workers were not told beforehand about the geolocation.",
        ),
        Check(
            status=Status.action_required,
            when=Not(
                F("transparency.notice_covers").has("purposes")
                & F("transparency.notice_covers").has("data_categories")
                & F("transparency.notice_covers").has("rights")
            ),
            because="The information does not explain the devices' existence and features and the rights of access, rectification, restriction and erasure.",
        ),
    ),
    satisfied_because="Workers were told beforehand, expressly and clearly, about the geolocation devices, their features and their rights.",
    remedy="Before switching geolocation on, give workers (and their representatives) express, clear information on the devices, what they record, why, and how to exercise access, rectification, restriction and erasure.",
    rationale="Art. 90 allows employers to use geolocation data for work control only after informing workers and their representatives expressly, clearly and unambiguously about the devices' existence and characteristics and the rights of access, rectification, restriction and erasure.",
    penalty=FINE_83_5,
)

REQUIREMENTS = (DEVICES, DISCONNECT, VIDEO_AUDIO, GEOLOCATION)
