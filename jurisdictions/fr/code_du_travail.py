"""Code du travail (French Labour Code): proportionality, prior information and the CSE.

Official text: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/ (Légifrance).
Recodified Code in force since 1 May 2008; the CSE articles (L2312-8, L2312-38) since
1 Jan 2018 (Ordonnance n° 2017-1386). Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import All, Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES, WORKER_ROLES, uses_any_technique
from .scope import JURISDICTION

cite = partial(Citation, instrument="Code du travail", short="Code du travail", article_label="article")
LEGIARTI = "https://www.legifrance.gouv.fr/codes/article_lc/"
RECODIFIED = dt.date(2008, 5, 1)
CSE_IN_FORCE = dt.date(2018, 1, 1)

CNIL_ACTIVITY = Authority(
    title="CNIL, Contrôle de l'activité des personnes employées (guidance page: constant surveillance is excessive)",
    url="https://www.cnil.fr/fr/controle-de-lactivite-des-personnes-employees",
)
CNIL_2024_SANCTION = Authority(
    title="CNIL, sanction of 19 Dec 2024 against a real-estate company (EUR 40,000: idle-time tracking and regular screenshots)",
    url="https://www.cnil.fr/fr/surveillance-excessive-des-salaries-sanction-de-40-000-euros-entreprise-secteur-immobilier",
    kind="regulator_decision",
)
CASS_2019 = Authority(
    title="Cour de cassation, chambre sociale, 11 Dec 2019, n° 18-11.792 (evidence from a tracing tool the CSE was not consulted on is unlawful)",
    url=None,
    kind="case_law",
)

_FR = F("country") == "FR"
# A CSE with the full information-consultation powers of the "at least 50 employees" section
# (L2312-8 ff.): the population's headcount stands in for the French undertaking's workforce.
FR_CSE = _FR & F("roles").has_any(*EMPLOYEE_ROLES) & F("representation.cse").true() & (F("headcount") >= 50)
AI_IN_USE = Exists("ai_systems", F("is_ai_system").true())

# Population gates are classifications so that every rule sharing them reads one derived fact.
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
FR_WORKERS = Classification(
    id="FR-CT-WORKERS",
    title="Employees or job applicants working in France are monitored",
    jurisdiction="FR",
    citation=cite(article="L1221-1", url=LEGIARTI + "LEGIARTI000006900785"),
    grade=Grade.V,
    condition=JURISDICTION.holds() & Exists("workforce", _FR & F("roles").has_any(*WORKER_ROLES)),
    rationale="The Code du travail protects employees and, for recruitment methods, job applicants working in France.",
).holds()
FR_CSE_PRESENT = Classification(
    id="FR-CT-L2312-CSE",
    title="A CSE with the full powers of an undertaking of 50 or more employees represents the monitored employees",
    jurisdiction="FR",
    citation=cite(article="L2312-8", url=LEGIARTI + "LEGIARTI000043975196"),
    grade=Grade.K,
    condition=JURISDICTION.holds() & Exists("workforce", FR_CSE),
    rationale="The CSE's information-consultation powers of articles L2312-8 and L2312-38 belong to the section for undertakings of at least 50 employees; the population's headcount stands in for the French workforce.",
).holds()

#: Techniques that bring in a new technology affecting working conditions beyond logging:
#: scoring, algorithmic or biometric analysis of workers.
NEW_TECHNOLOGY_TECHNIQUES = (
    "productivity_scoring", "quota_tracking", "sentiment_analysis", "emotion_recognition",
    "keystroke_dynamics", "voice_analysis", "face_verification", "face_identification",
    "fingerprint", "wearable_sensor", "neural_device",
)  # fmt: skip

# --------------------------------------------------------------------------- article L1121-1 — proportionality
# A balancing test: each check reports at_risk with the feature the CNIL and the courts have
# treated as disproportionate.

PROPORTION = Requirement(
    id="FR-CT-L1121-1-PROPORTION",
    title="Restrictions the monitoring puts on workers' rights are justified by the task and proportionate to the aim",
    jurisdiction="FR",
    citation=cite(article="L1121-1", url=LEGIARTI + "LEGIARTI000006900785"),
    authorities=(CNIL_ACTIVITY, CNIL_2024_SANCTION),
    in_force_from=RECODIFIED,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When workers in France are monitored",
    applies_if=FR_WORKERS & uses_any_technique(),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("keystroke_logging") & (F("monitoring.keystroke_capture") == "full_content"),
            because="Everything workers type is recorded, which goes beyond what the nature of almost any task justifies.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("screen_recording", "session_replay", "webcam_video", "ambient_audio", "cctv_audio")
            | (F("monitoring.granularity") == "individual_realtime"),
            because="Workers are watched continuously or in real time; the CNIL treats constant surveillance as excessive save exceptional cases.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="The monitoring reaches time outside work, which the task cannot justify.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="No record shows that less intrusive means were considered, so proportionality cannot be shown.",
        ),
    ),
    satisfied_because="Capture is limited to working time, is not continuous or real-time, and less intrusive means were assessed.",
    remedy="Limit the tool to what the task requires: no full keystroke capture, no continuous screen, camera or sound recording, working time only, and document why less intrusive means would not do.",
    rationale="Article L1121-1 forbids restrictions on individual and collective rights that the task does not justify or that are disproportionate to the aim. The CNIL applies it with the GDPR: constant monitoring of workers' activity is excessive, as its 2024 sanction on idle-time tracking and screenshots shows.",
    penalty="Evidence obtained is open to challenge; the processing is exposed to GDPR Art 83(5) fines.",
)

# --------------------------------------------------------------------------- articles L1221-9 and L1222-4 — prior information
# L1222-4 (employees) and L1221-9 (job applicants) state the same rule: no information
# concerning a person may be collected by a device not brought to their knowledge beforehand.

PRIOR_INFO = Requirement(
    id="FR-CT-L1222-4-PRIOR-INFO",
    title="Workers and applicants know about every device that collects information on them before it does",
    jurisdiction="FR",
    citation=cite(article="L1222-4", url=LEGIARTI + "LEGIARTI000006900861"),
    in_force_from=RECODIFIED,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a device collects information on employees or job applicants in France",
    applies_if=FR_WORKERS & uses_any_technique(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.covert").one_of("targeted", "general"),
            because="The device collects information on workers without their knowledge, which articles L1222-4 and L1221-9 forbid; what it gathers is generally unusable against them.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers are told about the device only after it starts collecting, or not at all.",
        ),
    ),
    satisfied_because="The device is overt and workers were told about it before it collected anything.",
    remedy="Tell every employee (and, for recruitment tools, every applicant) individually about the device, what it collects and why, before it is switched on; drop covert collection.",
    rationale="Article L1222-4 bars collecting information that personally concerns an employee through a device not brought to their knowledge beforehand; article L1221-9 says the same for job applicants. Evidence from undisclosed devices is in principle unlawful.",
    penalty="Information collected cannot in principle be relied on against the worker; GDPR Art 83(5) fines for the missing information.",
)

# --------------------------------------------------------------------------- article L2312-8 — new technologies
# The CSE's general consultation right covers "the introduction of new technologies". We read
# AI, scoring, biometric and other algorithmic analysis of workers as new technology; plain
# activity logging is covered by L2312-38 below.

NEW_TECHNOLOGY = Requirement(
    id="FR-CT-L2312-8-NEWTECH",
    title="The CSE is informed and consulted before AI, scoring or biometric technology is introduced",
    jurisdiction="FR",
    citation=cite(article="L2312-8", paragraph="II", point="4°", url=LEGIARTI + "LEGIARTI000043975196"),
    in_force_from=CSE_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When an undertaking in France with a CSE (50 or more employees) introduces AI, scoring or biometric technology",
    # All(...) keeps the set test as one test for the rules engine rather than one per technique.
    applies_if=FR_CSE_PRESENT & (All(F("monitoring.techniques").has_any(*NEW_TECHNOLOGY_TECHNIQUES)) | AI_IN_USE),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", FR_CSE & Not(F("consultation.informed").true() & F("consultation.consulted").true())),
            because="The CSE has not been both informed and consulted on the introduction of the new technology.",
        ),
    ),
    satisfied_because="The CSE was informed and consulted on the new technology.",
    remedy="Put the project to the CSE with written information on the technology and its effects on jobs and working conditions, and obtain its opinion before deployment.",
    rationale="Article L2312-8 (II, 4°) requires the CSE of an undertaking with at least 50 employees to be informed and consulted on the introduction of new technologies and on any important change to health, safety or working conditions.",
    penalty="Délit d'entrave (obstruction of the CSE), a criminal offence; the CSE can seek suspension of the project in summary proceedings.",
)

# --------------------------------------------------------------------------- article L2312-38 — means of controlling activity
# Triggered by what the tool can do ("means or techniques allowing control of employees'
# activity"), and the consultation must come before the decision to implement it.

CSE = Requirement(
    id="FR-CT-L2312-38-CSE",
    title="The CSE is informed and consulted before the decision to deploy a tool able to control workers' activity",
    jurisdiction="FR",
    citation=cite(article="L2312-38", url=LEGIARTI + "LEGIARTI000035610275"),
    authorities=(CASS_2019,),
    in_force_from=CSE_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When an undertaking in France with a CSE (50 or more employees) deploys a tool able to control employees' activity",
    applies_if=FR_CSE_PRESENT & uses_any_technique(),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", FR_CSE & Not(F("consultation.informed").true() & F("consultation.consulted").true())),
            because="The CSE has not been both informed and consulted on the tool; evidence from a system the CSE was not consulted on cannot be used against employees.",
        ),
    ),
    satisfied_because="The CSE was informed and consulted on the tool.",
    remedy="Inform and consult the CSE on the tool before deciding to deploy it: give it the functions, data collected, purposes and retention, and wait for its opinion.",
    rationale="Article L2312-38 requires the CSE to be informed and consulted, before the decision to implement them, on means or techniques allowing control of employees' activity; it is also informed about automated HR processing and recruitment methods. The Cour de cassation excludes evidence from a system the CSE was not consulted on (11 Dec 2019, n° 18-11.792).",
    penalty="Evidence from the tool is unlawful; délit d'entrave (obstruction of the CSE), a criminal offence (fine amount not verified).",
)

REQUIREMENTS = (PROPORTION, PRIOR_INFO, NEW_TECHNOLOGY, CSE)
