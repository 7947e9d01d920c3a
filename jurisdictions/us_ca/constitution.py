"""California Constitution, article I, section 1 — the right of privacy.

Official text: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CONS&sectionNum=SEC.%201.&article=I
The privacy clause was added by Proposition 11 (7 Nov 1972) and binds private as well as public
actors (Hill v. NCAA). It reaches every employer: for-profit, nonprofit or public, with no size
threshold, so it is the main privacy rule for employers outside the CCPA. Last checked: 2026-11-30.

The constitutional claim is a balancing test, never a bright line: every outcome here is
``at_risk`` with the factors that raise the risk (the deciding one, then every other that holds).
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AnyOf, Cond, Exists, F
from engine.facts import INDEFINITE_DAYS
from engine.model import Authority, Check, Citation, Grade, Requirement, Severity, Status

from ..common import in_california, works_in_california

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
# The Hernandez pattern: targeted, a documented suspicion of something serious, a short run, no
# sound, and cameras only in offices (never rest, changing or home spaces).
_NARROW_COVERT_CAMERA = (
    (F("monitoring.covert") == "targeted")
    & F("monitoring.covert_justification.documented_suspicion").true()
    & F("monitoring.covert_justification.suspicion_type").one_of("criminal_offence", "serious_misconduct")
    & (F("monitoring.covert_justification.duration_days") <= 30)
    & F("monitoring.audio_recorded").false()
    & F("monitoring.video_locations").has_none(
        "home_office", "break_room", "lactation_room", "restroom", "locker_room", "changing_room"
    )
)


def _ca_population(cond: Cond) -> Cond:
    """Some population working in California has this property (the clause protects them)."""
    return Exists("workforce", in_california() & cond)


# Whether workers may use the monitored tools for private purposes decides how much private life
# the capture takes in. Where policy forbids private use and says the systems are monitored, the
# expectation of privacy in work systems is low (Holmes v. Petrovich Development Co. (2011)
# 191 Cal.App.4th 1047: e-mails sent on a company computer under a written no-personal-use,
# monitored policy were not confidential); where private use is permitted or tolerated,
# workers' private writing and browsing pass through the capture.
_PRIVATE_USE = _ca_population(F("private_use_of_tools").one_of("permitted", "tolerated"))
_WORKS_FROM_HOME = _ca_population(F("work_settings").has("remote_home"))
_FULL_KEYSTROKES = F("monitoring.keystroke_capture") == "full_content"
_MESSAGES = F("monitoring.captures_message_content").true()
_SCREEN_CAPTURE = F("monitoring.techniques").has_any("screenshots", "screen_recording", "session_replay")
_ENDPOINT_CAPTURE = F("monitoring.techniques").has_any("keystroke_logging", "screenshots", "screen_recording", "session_replay")
_PERSONAL = F("monitoring.captures_personal_accounts").true() | (F("monitoring.device_ownership") == "personal")
# Capture of what workers write or see, and facts that put private life within its reach. The
# aggravating factors below (no pause, no time limit, broad access) weigh only in combination.
_CONTENT = _FULL_KEYSTROKES | _MESSAGES | _SCREEN_CAPTURE
_PRIVATE_SPHERE = _PRIVATE_USE | _WORKS_FROM_HOME | _PERSONAL
_CONTENT_IN_PRIVATE_SPHERE = _CONTENT & _PRIVATE_SPHERE
_CONTENT_KEPT_INDEFINITELY = AnyOf(
    F("monitoring.techniques").has("keystroke_logging") & (F("retention.days.keystrokes") >= INDEFINITE_DAYS),
    _SCREEN_CAPTURE & (F("retention.days.screenshots") >= INDEFINITE_DAYS),
    _MESSAGES & (F("retention.days.communications") >= INDEFINITE_DAYS),
)

# Off-duty time weighs against the employer only where the monitoring follows the worker into
# their own life: location trackers, wearables, webcams, activity on computers and phones that
# go home with them, their social media, or their own devices. Hernandez points the other way
# for fixed cameras: the hidden camera there was switched on only after hours, when the
# plaintiffs had left, and the Supreme Court counted that limit in time (together with the
# narrow aim at a documented problem) as the reason the intrusion was not highly offensive. A
# fixed workplace camera that runs at night therefore does not raise the risk by itself;
# whatever it does raise (covertness, an enclosed space) is weighed by the other checks.
FOLLOWS_WORKER = F("monitoring.techniques").has_any(
    "gps_device", "gps_vehicle", "wearable_sensor", "neural_device", "social_media_monitoring", "webcam_video",
    "webcam_snapshot", "keystroke_logging", "screenshots", "screen_recording", "session_replay", "app_usage",
    "web_url_logging",
) | F("monitoring.device_ownership").one_of("personal", "mixed")  # fmt: skip

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
    # The checks run from the heaviest intrusion to aggravating circumstances: the first that
    # holds gives the reason, and every later one that holds is listed with it, so the finding
    # names each weighty factor present.
    checks=(
        # Hernandez: a hidden camera in a shared office, aimed at a documented problem, silent, and
        # switched on only when the employees were away, intruded on a reasonable expectation of
        # privacy but not in a highly offensive way. Such a camera still reads at_risk (the contract
        # cannot say it runs only when nobody is there), with the mitigating facts stated.
        Check(
            status=Status.at_risk,
            when=_COVERT & _ENCLOSED & _NARROW_COVERT_CAMERA,
            because="A hidden camera covers an enclosed office, where workers reasonably expect not to be filmed. It is aimed at a documented suspicion of a crime or serious misconduct, runs for 30 days or less and records no sound; in Hernandez v. Hillsides such a narrowly aimed camera, switched on only when the employees were away, was held not highly offensive. Keep it that narrow: off whenever workers are there, and only for the stated days.",
        ),
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
            when=_FULL_KEYSTROKES & _PRIVATE_USE & F("monitoring.application_scope").one_of("all", "denylist"),
            because="Everything workers type is recorded word for word in every application not specifically excluded, although they are allowed or tolerated to use the tools privately, so their private writing is captured along with their work.",
        ),
        Check(
            status=Status.at_risk,
            when=_MESSAGES & (_PRIVATE_USE | F("monitoring.captures_personal_accounts").true()),
            because="The contents of emails or chats are captured although workers may use the tools privately or the capture reaches personal accounts, so their private correspondence can be read.",
        ),
        Check(
            status=Status.at_risk,
            when=_SCREEN_CAPTURE & _PRIVATE_USE,
            because="Screenshots or screen recordings take in whatever is on screen, including private matters workers are allowed or tolerated to deal with on their work tools.",
        ),
        Check(
            status=Status.at_risk,
            when=_WORKS_FROM_HOME & _ENDPOINT_CAPTURE,
            because="Some workers work from home, so the capture of their keystrokes or screens reaches into their homes, where privacy expectations are strongest.",
        ),
        Check(
            status=Status.at_risk,
            when=_PERSONAL,
            because="Monitoring reaches workers' personal accounts or own devices, which carry a legally protected privacy interest.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on") & FOLLOWS_WORKER,
            because="Monitoring that goes wherever workers take it (location, wearables, activity on their computers or phones, webcams, social media or their own devices) keeps running outside working time, so it can reach into their off-duty lives, where the employer's interest is weakest.",
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
            when=(_FULL_KEYSTROKES | _MESSAGES) & F("transparency.notice").one_of("none", "after_collection"),
            because="The content of what workers type or write is captured without advance notice, so their expectation of privacy is intact.",
        ),
        # Aggravating circumstances: they show the capture of content that reaches private life
        # is not narrowly tailored (Hill), and are listed with the reason above them.
        Check(
            status=Status.at_risk,
            when=_CONTENT_IN_PRIVATE_SPHERE & (F("monitoring.pause_controls") == "none"),
            because="Workers can neither pause the capture of their typing, messages or screens nor ask to be left out of it, so they have no way to keep private matters out of it.",
        ),
        Check(
            status=Status.at_risk,
            when=_CONTENT_IN_PRIVATE_SPHERE & _CONTENT_KEPT_INDEFINITELY,
            because="Captured keystrokes, screens or messages are kept with no time limit, so the intrusion into private matters never ends.",
        ),
        Check(
            status=Status.at_risk,
            when=_CONTENT_IN_PRIVATE_SPHERE & (F("security.access") == "broad"),
            because="Access to the captured content is broad rather than confined to the few people who need it, which widens the invasion.",
        ),
    ),
    satisfied_because=(
        "None of the factors that weigh most in the privacy balance is present: any covert monitoring is aimed at a "
        "documented suspicion outside enclosed spaces, no camera is in a home or trained on faces at the desk, content capture does not reach "
        "private use of work tools, personal accounts, own devices or homes, nothing tracks workers into their off-duty "
        "lives, no biometric or health data is collected, and any capture of typed or written content was announced in advance."
    ),
    remedy="Give advance notice, confine monitoring to working time, work devices and work accounts, keep cameras out of enclosed and home spaces, leave private use of work tools out of content capture (or forbid private use), let workers pause capture, limit retention and access, and document the legitimate interest and why less intrusive means do not serve it; for any covert measure, record the specific suspicion and limit it in time and people.",
    rationale=(
        "Under Hill, a worker must show a legally protected privacy interest, a reasonable expectation of privacy in the "
        "circumstances (which notice and consent can lower) and a serious invasion; the employer may answer with "
        "legitimate countervailing interests and narrow tailoring. Hernandez found a reasonable expectation in a shared, "
        "enclosed office but no highly offensive invasion where a covert camera was narrowly aimed at a documented problem "
        "and switched on only after hours, when the employees were not there. Capture of everything typed or shown on tools "
        "workers may use privately, work from home, personal accounts, tracking into off-duty life, biometrics, and the "
        "absence of any pause, time limit or access limit all weigh towards a serious invasion. The clause binds public and "
        "private employers alike, nonprofits included."
    ),
    penalty="Damages for invasion of privacy and injunctive relief.",
)

REQUIREMENTS = (PRIVACY,)
