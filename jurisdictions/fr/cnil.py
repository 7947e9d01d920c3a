"""CNIL doctrine on monitoring at work: keyloggers, telework, and the Art 35(4) DPIA list.

The CNIL (Commission nationale de l'informatique et des libertés) is France's supervisory
authority. Its positions are guidance that it applies in sanctions under the GDPR and the
Code du travail. Official site: https://www.cnil.fr/. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import All, Exists, F
from engine.model import Authority, Check, Citation, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES, uses_any_technique
from ..eu.gdpr import FINE_83_4, FINE_83_5, GDPR_APPLIES
from .code_du_travail import FR_WORKERS

CNIL_KEYLOGGER_2013 = Authority(
    title="CNIL, communiqué of 20 Mar 2013 on keyloggers, with a formal notice to a company (keyloggers not justifiable at work save a strong security imperative)",
    url=None,
    kind="regulator_decision",
)
PENAL_226_3 = Authority(
    title="Code pénal article 226-3 as amended by loi n° 2011-267 of 14 Mar 2011 (LOPPSI 2): devices capturing computer data without consent, up to 5 years and EUR 300,000",
    url=None,
    kind="guidance",
)

_FULL_KEYLOGGER = F("monitoring.techniques").has("keystroke_logging") & (F("monitoring.keystroke_capture") == "full_content")

# --------------------------------------------------------------------------- keyloggers (communiqué of 20 Mar 2013)
# A bright line in CNIL doctrine: recording all keystrokes cannot be justified at work save a
# strong security imperative (the CNIL's example: preventing disclosure of industrial secrets),
# and then only with specific information to the workers. We read "trade secret protection" as
# the purpose that can carry the exception; general IT security is reported at_risk.

KEYLOGGER = Requirement(
    id="FR-CNIL-KEYLOGGER",
    title="No keylogger records everything workers type unless a strong security imperative and specific notice justify it",
    jurisdiction="FR",
    citation=Citation(
        instrument="CNIL guidance: Contrôle de l'activité des personnes employées (keyloggers)",
        short="CNIL",
        article="keyloggers",
        article_label="guidance on",
        url="https://www.cnil.fr/fr/controle-de-lactivite-des-personnes-employees",
    ),
    authorities=(CNIL_KEYLOGGER_2013, PENAL_226_3),
    in_force_from=dt.date(2013, 3, 20),
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When a keylogger records the full content of what workers in France type",
    applies_if=FR_WORKERS & _FULL_KEYLOGGER,
    checks=(
        Check(
            status=Status.violation,
            when=F("purposes").has_none("trade_secret_protection", "it_security"),
            because="A keylogger records everything workers type with no security purpose at all; the CNIL treats this as unjustifiable at work.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.covert").one_of("targeted", "general"),
            because="The keylogger is hidden from the workers; covert capture of computer data can also be a criminal offence.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers were not specifically informed about the keylogger before it started.",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has_none("trade_secret_protection"),
            because="General IT security is given as the reason; the CNIL accepts keyloggers only for a strong security imperative such as protecting industrial secrets.",
        ),
    ),
    satisfied_because="The keylogger serves the protection of trade secrets, is overt, and workers were specifically informed beforehand.",
    remedy="Remove the keylogger. If a strong security imperative such as protecting industrial secrets truly requires it, confine it to the systems concerned, document the imperative and tell the workers specifically before it runs.",
    rationale="In its communiqué of 20 March 2013 the CNIL said keyloggers, which record every keystroke, are particularly intrusive and cannot be justified in the workplace save a strong security imperative, with specific information of the workers. Covert devices capturing computer data can be a criminal offence (Code pénal art. 226-3).",
    penalty=FINE_83_5 + " Covert capture of computer data: up to 5 years' imprisonment and EUR 300,000 (Code pénal art. 226-3).",
)

# --------------------------------------------------------------------------- telework Q&A (12 Nov 2020)
# The CNIL lists practices it considers disproportionate for remote workers: constant camera or
# sound surveillance, permanent screen sharing, keyloggers, and having to act regularly to prove
# presence. Listed practices are reported as violations; practices that come close are at_risk.

_FR_REMOTE = Exists(
    "workforce",
    (F("country") == "FR") & F("roles").has_any(*EMPLOYEE_ROLES) & F("work_settings").has("remote_home"),
)

TELEWORK = Requirement(
    id="FR-CNIL-TELEWORK",
    title="Remote workers in France are not placed under permanent camera, screen, sound or keystroke surveillance",
    jurisdiction="FR",
    citation=Citation(
        instrument="CNIL, Les questions-réponses de la CNIL sur le télétravail (12 Nov 2020)",
        short="CNIL",
        article="télétravail",
        article_label="Q&A on",
        url="https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-le-teletravail",
    ),
    in_force_from=dt.date(2020, 11, 12),
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When employees in France working from home are monitored",
    applies_if=_FR_REMOTE & uses_any_technique(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.techniques").has_any("webcam_video", "ambient_audio", "screen_recording", "session_replay"),
            because="Remote workers are under permanent camera, microphone or screen surveillance, which the CNIL lists as disproportionate save exceptional cases.",
        ),
        Check(
            status=Status.violation,
            when=_FULL_KEYLOGGER,
            because="A keylogger runs on remote workers' computers, a practice the CNIL lists as disproportionate.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Remote workers were not told about the monitoring before it started.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("webcam_snapshot", "screenshots", "idle_detection"),
            because="Webcam snapshots, periodic screenshots or idle detection come close to the permanent surveillance and presence checks the CNIL rejects.",
        ),
    ),
    satisfied_because="Remote workers are informed beforehand and none of the practices the CNIL lists, or comes close to, is used.",
    remedy="Drop continuous webcam, microphone and screen capture and keyloggers for remote workers; replace presence checks by objectives or work output; inform the workers and the CSE before any remaining measure starts.",
    rationale="In its telework Q&A the CNIL says an employer may check remote work but not place workers under permanent surveillance, save exceptional cases justified by the task. It gives as examples constant video or audio surveillance, permanent screen sharing, keyloggers and requiring frequent actions to prove presence.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- DPIA list (délibération n° 2018-327)
# The CNIL's Art 35(4) list includes processing whose purpose is the constant monitoring of
# employees' activity (its examples: DLP and e-mail-flow monitoring, video of staff handling
# cash, tachographs) and HR profiling. We read event-level or real-time individual capture, and
# the listed kinds of tool, as constant monitoring.

# All(...) keeps the set test as one test for the rules engine rather than one per technique.
_CONSTANT_MONITORING = All(F("monitoring.techniques").has_any(
    "dlp", "email_monitoring", "chat_monitoring", "keystroke_logging", "screenshots", "screen_recording",
    "session_replay", "webcam_video", "cctv_video", "telematics", "gps_vehicle", "gps_device",
    "productivity_scoring", "call_recording",
)) | F("monitoring.granularity").one_of("individual_event_level", "individual_realtime")  # fmt: skip

DPIA_LIST = Requirement(
    id="FR-CNIL-DPIA-LIST",
    title="A DPIA is completed before constant monitoring of employees' activity starts, as the CNIL list requires",
    jurisdiction="FR",
    citation=Citation(
        instrument="CNIL, délibération n° 2018-327 of 11 Oct 2018 adopting the list of processing operations requiring a DPIA (GDPR Art 35(4))",
        short="CNIL",
        article="2018-327",
        article_label="délibération",
        url="https://www.cnil.fr/fr/analyse-dimpact-relative-la-protection-des-donnees-publication-dune-liste-des-traitements-pour",
    ),
    in_force_from=dt.date(2018, 11, 6),
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the GDPR applies and the activity of employees in France is monitored constantly",
    applies_if=GDPR_APPLIES.holds() & FR_WORKERS & _CONSTANT_MONITORING,
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.dpia.status").one_of("none", "in_progress"),
            because="The CNIL list makes a DPIA mandatory for constant monitoring of employees' activity, and none has been completed.",
        ),
        Check(
            status=Status.action_required,
            when=F("assessments.dpia.before_deployment").false(),
            because="The DPIA was completed only after the monitoring had started.",
        ),
    ),
    satisfied_because="A DPIA was completed before the monitoring started.",
    remedy="Carry out and document a DPIA before go-live (the CNIL's PIA method fits), covering necessity, proportionality, risks to workers and safeguards.",
    rationale="Under Art 35(4) GDPR the CNIL published a list of processing that always requires a DPIA. It includes processing intended to monitor employees' activity constantly, and HR profiling; no weighing of the WP248 criteria is needed once an item on the list applies.",
    penalty=FINE_83_4,
)

REQUIREMENTS = (KEYLOGGER, TELEWORK, DPIA_LIST)
