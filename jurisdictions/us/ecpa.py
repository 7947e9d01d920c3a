"""Electronic Communications Privacy Act, Title I: the Wiretap Act (18 U.S.C. §2510 ff.).

Official text: https://uscode.house.gov (title 18, chapter 119). Last checked: 2026-11-30.

Federal law needs the consent of only one party and exempts monitoring in the ordinary course
of business. Meeting it never means meeting California's all-party rule (Pen. Code §§631, 632).
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import F
from engine.model import Authority, Check, Grade, Requirement, Severity, Status

from ..common import works_in
from ._cite import usc

INSTRUMENT = "Electronic Communications Privacy Act, Title I (Wiretap Act, 18 U.S.C. §2510 et seq.)"

#: ECPA (Pub. L. 99-508, enacted 21 Oct 1986) took effect 90 days after enactment.
ECPA_EFFECTIVE = dt.date(1987, 1, 19)

ROPP = Authority(title="United States v. Ropp, 347 F. Supp. 2d 831 (C.D. Cal. 2004): a keylogger on the local computer does not intercept", kind="case_law")
LUIS = Authority(
    title="Luis v. Zang, 833 F.3d 619 (6th Cir. 2016): software that captures e-mails and messages as they are written and forwards them at once can intercept",
    kind="case_law",
)

_COVERT = F("monitoring.covert").one_of("targeted", "general")
# Capture on the wire or in the mail and chat systems, while messages travel.
_IN_TRANSMISSION = F("monitoring.techniques").has_any(
    "call_recording", "tls_inspection", "session_replay", "email_monitoring", "chat_monitoring", "ambient_audio", "cctv_audio"
) | F("monitoring.audio_recorded").true()
# Capture of message content on the worker's device as it is typed or shown. Whether that is an
# interception is disputed: Ropp (C.D. Cal.) said a local keylogger does not intercept; Luis v. Zang
# (6th Cir.) held that software capturing messages as they are written, contemporaneously with their
# transmission, can. We treat it as within the Act and let the consent and business-use exceptions
# decide; covert capture stays at_risk because both the interception question and the exceptions are open.
_ON_THE_DEVICE = F("monitoring.techniques").has_any("keystroke_logging", "screenshots", "screen_recording") & (
    F("monitoring.captures_message_content").true() | (F("monitoring.keystroke_capture") == "full_content")
)

INTERCEPTION = Requirement(
    id="US-ECPA-2511-INTERCEPT",
    title="Calls, messages and conversations are intercepted only with a party's consent or in the ordinary course of business",
    jurisdiction="US",
    citation=usc(18, "2511", INSTRUMENT, "1"),
    authorities=(ROPP, LUIS),
    in_force_from=ECPA_EFFECTIVE,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the contents of calls, messages or conversations of US workers are captured as they travel, or as they are typed or shown on their devices",
    applies_if=works_in("US") & (_IN_TRANSMISSION | _ON_THE_DEVICE),
    checks=(
        Check(
            status=Status.violation,
            when=_IN_TRANSMISSION & _COVERT & F("monitoring.captures_personal_accounts").true(),
            because="Personal communications are intercepted covertly: no party consented, and the business-use exception does not reach personal communications.",
        ),
        Check(
            status=Status.at_risk,
            when=_COVERT,
            because=(
                "Communications are captured covertly, so capture rests only on the ordinary-course business-use exception, "
                "which courts read narrowly (monitoring must stop once a communication turns out to be personal); for capture "
                "on the device, courts also differ on whether it is an interception at all (Ropp; Luis v. Zang)."
            ),
        ),
    ),
    satisfied_because="Workers are told of the capture, which gives the one-party consent federal law requires, and nothing is captured covertly.",
    remedy="Tell workers in advance which communications are monitored (one party's prior consent suffices federally), stop listening once a communication is personal, and obtain every party's consent where California law applies.",
    rationale=(
        "§2511(1) forbids intentionally intercepting wire, oral or electronic communications. Interception is lawful "
        "where a party has consented in advance (§2511(2)(d)), where a provider acts in the ordinary course "
        "(§2511(2)(a)(i)), or where business-supplied equipment is used in the ordinary course of business "
        "(§2510(5)(a)). Software on the worker's device that captures messages as they are written may intercept them "
        "(Luis v. Zang), although one court held a local keylogger does not (Ropp); open monitoring that workers are told "
        "of meets the one-party rule either way. This one-party rule never satisfies California's all-party consent "
        "requirement."
    ),
    penalty="Civil: actual damages and profits, or statutory damages of the greater of $100 a day or $10,000, plus punitive damages and fees (§2520); crime: fine and up to five years' imprisonment (§2511(4)(a)).",
)

REQUIREMENTS = (INTERCEPTION,)
