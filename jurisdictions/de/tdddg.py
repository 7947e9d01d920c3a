"""Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG; until 13 May 2024 TTDSG).

Official text: https://www.gesetze-im-internet.de/ttdsg/ (the site keeps the old path).
§25 transposes Art 5(3) of the ePrivacy Directive (2002/58/EC): storing information on, or
reading it from, an end user's terminal equipment needs consent unless strictly necessary.
In force since 1 Dec 2021; renamed with effect from 14 May 2024. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from ..common import WORKER_ROLES
from .bdsg import DE_WORKERS

#: Techniques that run as software on the worker's device and read information from it.
ENDPOINT_AGENT_TECHNIQUES = (
    "keystroke_logging", "keystroke_dynamics", "mouse_tracking", "idle_detection", "screenshots",
    "screen_recording", "session_replay", "app_usage", "web_url_logging", "file_access_logging",
    "dlp", "webcam_snapshot", "webcam_video",
)  # fmt: skip

_DE_WORKERS = (F("country") == "DE") & F("roles").has_any(*WORKER_ROLES)

# §25 TDDDG — access to terminal equipment
# Whose consent §25 needs depends on who is the "end user" of the device. On workers' own
# devices it is the worker. On employer devices with private use forbidden, the reading we
# follow treats the employer as the end user; where private use is allowed the point is
# unsettled (see EU-EPD-5-3), so that case is reported at_risk rather than satisfied.
TERMINAL = Requirement(
    id="DE-TDDDG-25",
    title="The monitoring agent reads from workers' devices in Germany only where §25 TDDDG allows it",
    jurisdiction="DE",
    citation=Citation(
        instrument="Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)",
        short="TDDDG",
        article="25",
        paragraph="1",
        url="https://www.gesetze-im-internet.de/ttdsg/__25.html",
        article_label="§",
    ),
    in_force_from=dt.date(2021, 12, 1),
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When software on the devices of workers in Germany reads or stores information on them",
    applies_if=DE_WORKERS & F("monitoring.techniques").has_any(*ENDPOINT_AGENT_TECHNIQUES),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.device_ownership").one_of("personal", "mixed"),
            because="The agent reads information from devices the workers own; they are the end users, so §25 TDDDG needs their consent unless the access is strictly necessary, and consent at work is rarely free.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.device_ownership") == "employer")
            & Exists("workforce", _DE_WORKERS & F("private_use_of_tools").one_of("permitted", "tolerated")),
            because="Private use of the employer's devices is allowed, so the workers may count as end users whose consent §25 TDDDG requires; the point is unsettled.",
        ),
    ),
    satisfied_because="The agent runs only on employer devices on which private use is forbidden, so the employer is the end user.",
    remedy="Keep the agent off workers' own devices; on employer devices forbid private use or separate a private profile the agent cannot read; where neither is possible, take legal advice on consent under §25 TDDDG.",
    rationale="§25(1) TDDDG requires the end user's informed consent before information is stored on or read from terminal equipment, unless §25(2) applies (strictly necessary for a service the user requested). The German supervisory authorities apply it to software agents; for employer devices, who the end user is turns on private use.",
    penalty="Administrative fine up to EUR 300,000 (§28 TDDDG); GDPR fines for the processing that follows.",
)

REQUIREMENTS = (TERMINAL,)
