"""Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.

Official text: https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460 (Légifrance).
Article 82 (numbered so since Ordonnance n° 2018-1125, in force 1 June 2019) transposes
Art 5(3) of the ePrivacy Directive. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
from engine.model import Authority, Check, Citation, Grade, Requirement, Severity, Status

from ..common import WORKER_ROLES
from .code_du_travail import FR_WORKERS

#: Techniques that run as software on the worker's device and read information from it.
ENDPOINT_AGENT_TECHNIQUES = (
    "keystroke_logging", "keystroke_dynamics", "mouse_tracking", "idle_detection", "screenshots",
    "screen_recording", "session_replay", "app_usage", "web_url_logging", "file_access_logging",
    "dlp", "webcam_snapshot", "webcam_video",
)  # fmt: skip

_FR_WORKERS = (F("country") == "FR") & F("roles").has_any(*WORKER_ROLES)

# Article 82 — access to terminal equipment
# As under §25 TDDDG: the "user" whose consent is needed is the worker on their own device;
# on employer devices the point is unsettled where private use is allowed (see EU-EPD-5-3).
TERMINAL = Requirement(
    id="FR-LIL-82",
    title="The monitoring agent reads from workers' devices in France only where article 82 allows it",
    jurisdiction="FR",
    citation=Citation(
        instrument="Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés",
        short="Loi Informatique et Libertés",
        article="82",
        article_label="article",
        url="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460",
    ),
    authorities=(Authority(title="Conseil d'État, decision n° 451423 (applying article 82)", url=None, kind="case_law"),),
    in_force_from=dt.date(2019, 6, 1),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When software on the devices of workers in France reads or stores information on them",
    applies_if=FR_WORKERS & F("monitoring.techniques").has_any(*ENDPOINT_AGENT_TECHNIQUES),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.device_ownership").one_of("personal", "mixed"),
            because="The agent reads information from devices the workers own; article 82 needs their prior consent unless the access is strictly necessary, and consent at work is rarely free.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.device_ownership") == "employer")
            & Exists("workforce", _FR_WORKERS & F("private_use_of_tools").one_of("permitted", "tolerated")),
            because="Private use of the employer's devices is allowed, so the workers may be users whose consent article 82 requires; the point is unsettled.",
        ),
    ),
    satisfied_because="The agent runs only on employer devices on which private use is forbidden.",
    remedy="Keep the agent off workers' own devices; on employer devices forbid private use or separate a private space the agent cannot read; otherwise take advice on consent under article 82.",
    rationale="Article 82 of the loi Informatique et Libertés requires that users be informed and give consent before information is stored on or read from their terminal equipment, unless the access is strictly necessary for a service they asked for or for transmitting a communication.",
    penalty="Administrative fines imposed by the CNIL under the loi Informatique et Libertés; GDPR fines for the processing that follows.",
)

REQUIREMENTS = (TERMINAL,)
