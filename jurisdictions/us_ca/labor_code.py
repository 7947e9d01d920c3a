"""California Labor Code — provisions on monitoring at work.

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=LAB).
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
from engine.model import Check, Citation, Grade, Requirement, Severity, Status


def cite(section: str, paragraph: str | None = None) -> Citation:
    return Citation(
        instrument="California Labor Code",
        short="Cal. Lab. Code",
        article=section,
        paragraph=paragraph,
        url=f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum={section}.",
        article_label="§",
    )


_CA_WORKERS = Exists("workforce", F("region") == "US-CA")

PRIVATE_AREAS = Requirement(
    id="US-CA-LAB-435-PRIVATE-AREAS",
    title="No audio or video recording of employees in restrooms, locker rooms or changing rooms",
    jurisdiction="US-CA",
    citation=cite("435", "a"),
    # §435 was added by Stats. 1998; the exact operative date was not verified (research K),
    # so the earliest plausible date is used. It does not change any current result.
    in_force_from=dt.date(1999, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When employees work in California and audio or video is recorded",
    applies_if=_CA_WORKERS
    & (
        F("monitoring.techniques").has_any("cctv_video", "cctv_audio", "webcam_video", "webcam_snapshot", "ambient_audio", "vehicle_inward_camera")
        | F("monitoring.audio_recorded").true()
    ),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.video_locations").has_any("restroom", "locker_room", "changing_room"),
            because="Recording covers a restroom, locker room or room designated for changing clothes.",
        ),
    ),
    satisfied_because="No recording covers restrooms, locker rooms or changing rooms.",
    remedy="Remove every camera and microphone from restrooms, locker rooms and changing rooms, and do not use any recording already made there.",
    rationale="§435 forbids employers to make audio or video recordings of employees in restrooms, locker rooms or rooms designated for changing clothes (absent a court order), and forbids using such recordings for any purpose. Break rooms and lactation rooms are not listed.",
    penalty="Infraction (§435(c)); also exposure under the Private Attorneys General Act.",
)

REQUIREMENTS = (PRIVATE_AREAS,)
