"""California Constitution, article I, section 1 — the right of privacy.

Official text: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CONS&sectionNum=SEC.%201.&article=I
The privacy clause was added by Proposition 11 (7 Nov 1972) and binds private as well as public
actors (Hill v. NCAA). It reaches every employer: for-profit, nonprofit or public, with no size
threshold, so it is the main privacy rule for employers outside the CCPA. Last checked: 2026-11-30.

The constitutional claim is a balancing test, never a bright line: every outcome here is
``at_risk`` with the factor that raises the risk.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import F
from engine.model import Authority, Check, Citation, Grade, Requirement, Severity, Status

from ..common import works_in_california

HILL = Authority(title="Hill v. National Collegiate Athletic Assn. (1994) 7 Cal.4th 1", kind="case_law")
HERNANDEZ = Authority(title="Hernandez v. Hillsides, Inc. (2009) 47 Cal.4th 272", kind="case_law")

CITATION = Citation(
    instrument="Constitution of the State of California",
    short="Cal. Const.",
    article="I, §1",
    url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CONS&sectionNum=SEC.%201.&article=I",
    article_label="art.",
)

_COVERT = F("monitoring.covert").one_of("targeted", "general")
# Enclosed spaces where workers keep a reasonable expectation of privacy, even when shared with
# a few colleagues (Hernandez: a shared, closed office).
_ENCLOSED = F("monitoring.video_locations").has_any(
    "private_office", "shared_office", "home_office", "break_room", "lactation_room", "restroom", "locker_room", "changing_room"
)

PRIVACY = Requirement(
    id="US-CA-CONST-I1-PRIVACY",
    title="Monitoring stays within what workers can reasonably expect and a legitimate interest justifies",
    jurisdiction="US-CA",
    citation=CITATION,
    authorities=(HILL, HERNANDEZ),
    # Proposition 11 was adopted on 7 Nov 1972 and took effect the next day (art. XVIII §4).
    in_force_from=dt.date(1972, 11, 8),
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When any employer (for-profit, nonprofit or public) monitors people who work in California",
    applies_if=works_in_california(),
    checks=(
        Check(
            status=Status.at_risk,
            when=_COVERT & _ENCLOSED,
            because="A hidden camera covers an enclosed space, where workers reasonably expect not to be filmed (Hernandez); only a narrow, documented need limited in time and people can outweigh that.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert") == "general",
            because="Monitoring is covert and not aimed at a documented suspicion, so nothing lowers workers' expectation of privacy and no specific interest justifies it.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.covert") == "targeted") & F("monitoring.covert_justification.documented_suspicion").false(),
            because="Covert monitoring is targeted but rests on no documented suspicion, so the countervailing interest is weak.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.video_locations").has("home_office") | F("monitoring.techniques").has_any("webcam_video", "webcam_snapshot"),
            because="Cameras reach into workers' homes or point at their faces at the desk, where privacy expectations are strongest.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true() | (F("monitoring.device_ownership") == "personal"),
            because="Monitoring reaches workers' personal accounts or own devices, which carry a legally protected privacy interest.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Monitoring continues outside working time, where the employer's interest is weakest.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any(
                "fingerprint", "face_verification", "face_identification", "voice_analysis", "wearable_sensor", "neural_device", "emotion_recognition"
            )
            | F("monitoring.inferences").has_any("health", "emotional_state"),
            because="The system collects biometric or health-related data or infers emotions, which weighs heavily as an invasion.",
        ),
        Check(
            status=Status.at_risk,
            when=((F("monitoring.keystroke_capture") == "full_content") | F("monitoring.captures_message_content").true())
            & F("transparency.notice").one_of("none", "after_collection"),
            because="The content of what workers type or write is captured without advance notice, so their expectation of privacy is intact.",
        ),
    ),
    satisfied_because="Monitoring is overt, limited to working time, work spaces, work devices and work accounts, and collects no biometric, health or undisclosed content data.",
    remedy="Give advance notice, confine monitoring to working time, work devices and work accounts, keep cameras out of enclosed and home spaces, and document the legitimate interest and why less intrusive means do not serve it; for any covert measure, record the specific suspicion and limit it in time and people.",
    rationale=(
        "Under Hill, a worker must show a legally protected privacy interest, a reasonable expectation of privacy in the "
        "circumstances (which notice and consent can lower) and a serious invasion; the employer may answer with "
        "legitimate countervailing interests and narrow tailoring. Hernandez found a reasonable expectation in a shared, "
        "enclosed office but no highly offensive invasion where a covert camera was narrowly aimed after hours at a "
        "documented problem. The clause binds public and private employers alike, nonprofits included."
    ),
    penalty="Damages for invasion of privacy and injunctive relief.",
)

REQUIREMENTS = (PRIVACY,)
