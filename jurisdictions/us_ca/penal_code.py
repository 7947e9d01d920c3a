"""California Penal Code — the Invasion of Privacy Act (CIPA), §630 ff., and computer access (§502).

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=PEN).
Last checked: 2026-11-30.

The research id CA-PEN-637.7-TRACKER becomes US-CA-PEN-637-7-TRACKER (ids take no dots) and
keeps the research spelling as an alias.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import works_in_california


def cite(section: str, paragraph: str | None = None) -> Citation:
    return Citation(
        instrument="California Penal Code (Invasion of Privacy Act)",
        short="Cal. Penal Code",
        article=section,
        paragraph=paragraph,
        url=f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum={section}.",
        article_label="§",
    )


#: The Invasion of Privacy Act (Stats. 1967, ch. 1509) took effect on this date.
CIPA_ENACTED = dt.date(1967, 11, 8)

KEARNEY = Authority(
    title="Kearney v. Salomon Smith Barney, Inc. (2006) 39 Cal.4th 95",
    kind="case_law",
)
JAVIER = Authority(
    title="Javier v. Assurance IQ, LLC, No. 21-16351 (9th Cir. May 31, 2022) (unpublished): consent must precede the recording",
    kind="case_law",
)

_CA_WORKERS = works_in_california()
_COVERT = F("monitoring.covert").one_of("targeted", "general")

CIPA_APPLIES = Classification(
    id="US-CA-CIPA-TERRITORY",
    title="A party to the monitored communications is in California",
    jurisdiction="US-CA",
    citation=cite("632"),
    authorities=(KEARNEY,),
    grade=Grade.V,
    # Kearney: California's all-party rule protects a Californian even when the recording
    # party is in another state.
    condition=works_in_california() | F("monitoring.external_parties_in_california").true(),
    rationale="CIPA protects every party in California, even when the recorder is elsewhere.",
)

_CIPA_PENALTY = (
    "Fine up to $2,500 per violation (up to $10,000 after a prior conviction) and/or jail; civil damages of the greater "
    "of $5,000 per violation or three times actual damages, without proof of actual damage (§637.2; 'per violation' "
    "since 1 Jan 2017)."
)

# --------------------------------------------------------------------------- §502: computer access

COMPUTER_ACCESS = Requirement(
    id="US-CA-PEN-502-ACCESS",
    title="Monitoring agents reach workers' own devices and personal accounts only with their permission",
    jurisdiction="US-CA",
    citation=cite("502", "c"),
    # The Comprehensive Computer Data Access and Fraud Act (Stats. 1987, ch. 1499) rewrote §502;
    # operative 1 Jan 1988 under the general rule (date K; changes no current result).
    in_force_from=dt.date(1988, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When monitoring of California workers runs on their own devices or reaches their personal accounts",
    applies_if=_CA_WORKERS
    & (
        F("monitoring.device_ownership").one_of("personal", "mixed")
        | F("monitoring.captures_personal_accounts").true()
        | F("hr_practices.requires_personal_device").true()
    ),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.device_ownership").one_of("personal", "mixed") & _COVERT,
            because="An agent runs covertly on devices the workers own, so it was installed without the owners' permission.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true() & (F("monitoring.credentials_captured") == "captured"),
            because="Passwords to workers' personal accounts are captured; using them to enter those accounts would be access without permission.",
        ),
    ),
    satisfied_because="Agents on workers' own devices are installed openly, and no personal-account passwords are captured.",
    remedy="Install agents on personal devices only with the owner's informed permission (or issue employer devices), mask credential fields, and never use captured credentials to enter personal accounts.",
    rationale=(
        "§502(c) penalises knowingly accessing, or adding software to, a computer, system, network or data without "
        "permission; §502(e)(1) gives the owner or lessee a civil action. A worker's own phone or laptop, and their "
        "personal online accounts, belong to them: the employer needs their permission."
    ),
    penalty="Compensatory damages, including the cost of checking whether data were altered, injunctive relief and fees (§502(e)(1)–(2)); punitive damages for wilful violations (unverified); crime: fines up to $5,000 or $10,000 and jail.",
)

# --------------------------------------------------------------------------- §631: interception

# Capture on the wire, while the message moves: the clearest case of reading "in transit".
_IN_TRANSIT = F("monitoring.techniques").has_any("call_recording", "tls_inspection", "session_replay")
# Capture on the endpoint (keystrokes, screens) or from mailboxes: whether that is "in transit"
# under §631(a) is unsettled, so it only ever yields at_risk.
_ENDPOINT_CONTENT = F("monitoring.techniques").has_any(
    "keystroke_logging", "screenshots", "screen_recording", "email_monitoring", "chat_monitoring"
) & (F("monitoring.captures_message_content").true() | (F("monitoring.keystroke_capture") == "full_content"))
# An outside correspondent is bound neither by a worker's contract nor by a notice to staff.
_OUTSIDE_PARTIES_NOT_ASKED = F("monitoring.captures_external_parties").true() & F("monitoring.all_party_consent_mechanism").one_of(
    "none", "contract_terms"
)

INTERCEPTION = Requirement(
    id="US-CA-PEN-631-INTERCEPT",
    title="The contents of communications are read in transit only with the prior consent of every party",
    jurisdiction="US-CA",
    citation=cite("631", "a"),
    authorities=(JAVIER,),
    in_force_from=CIPA_ENACTED,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When monitoring captures calls, messages or web sessions with a party in California",
    applies_if=CIPA_APPLIES.holds()
    & F("monitoring.techniques").has_any(
        "call_recording", "tls_inspection", "session_replay", "keystroke_logging", "screenshots", "screen_recording", "email_monitoring", "chat_monitoring"
    ),
    checks=(
        Check(
            status=Status.violation,
            when=_IN_TRANSIT & _COVERT,
            because="Communications are intercepted in transit covertly, so no party consented beforehand.",
        ),
        Check(
            status=Status.violation,
            when=_IN_TRANSIT & _OUTSIDE_PARTIES_NOT_ASKED,
            because="Communications with outside parties are intercepted in transit and nothing obtains those parties' consent before capture; federal one-party consent does not satisfy §631.",
        ),
        Check(
            status=Status.at_risk,
            when=_ENDPOINT_CONTENT & (_COVERT | _OUTSIDE_PARTIES_NOT_ASKED),
            because="Message contents are captured on the endpoint (keystrokes, screens or mailboxes) without every party's consent; whether that is reading them 'in transit' under §631 is unsettled.",
        ),
    ),
    satisfied_because="Interception is disclosed to the workers and outside parties consent before their communications are captured, or none are captured.",
    remedy="Obtain every party's consent before capture (announce recording at the start of calls, show a banner before chats or sessions), stop covert interception, and exclude communications with outside parties where consent cannot be obtained.",
    rationale=(
        "§631(a) makes it an offence to read or learn the contents of a communication in transit, or being sent from or "
        "received in California, without the consent of all parties, and reaches vendors who do so and those who help. "
        "Consent must come before the capture. Interception on the wire is covered; whether keystroke or screen capture "
        "on the worker's device is 'in transit' has not been settled."
    ),
    penalty=_CIPA_PENALTY,
)

# --------------------------------------------------------------------------- §632: recording

RECORDING = Requirement(
    id="US-CA-PEN-632-RECORD",
    title="Confidential communications are recorded only with the consent of every party",
    jurisdiction="US-CA",
    citation=cite("632", "a"),
    authorities=(KEARNEY,),
    in_force_from=CIPA_ENACTED,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When calls, meetings or other conversations with a party in California are recorded",
    applies_if=CIPA_APPLIES.holds()
    & (F("monitoring.techniques").has_any("call_recording", "ambient_audio", "cctv_audio") | F("monitoring.audio_recorded").true()),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.all_party_consent_mechanism") == "none",
            because="Conversations are recorded and nothing obtains the consent of every party; federal one-party consent does not satisfy §632.",
        ),
        Check(
            status=Status.violation,
            when=_COVERT,
            because="Recording is covert, so the parties cannot have consented to it.",
        ),
        Check(
            status=Status.violation,
            # Employment contract terms bind the workers, never the outside parties they talk to.
            when=F("monitoring.captures_external_parties").true() & (F("monitoring.all_party_consent_mechanism") == "contract_terms"),
            because="Outside parties are recorded, and consent rests only on the workers' contract terms, which do not bind those parties.",
        ),
    ),
    satisfied_because="Every party is advised of the recording before it starts (for example by an announcement at the start of each call).",
    remedy="Announce recording at the start of every call or meeting (or obtain every party's consent another way) before recording, and stop covert audio recording.",
    rationale="§632 makes it an offence to record a confidential communication without the consent of all parties. It applies whenever a party is in California (Kearney), and a party who is not told of recording keeps a reasonable expectation that it is not recorded.",
    penalty="Fine up to $2,500 per violation (up to $10,000 after a prior conviction) and/or jail (§632(a)); civil damages of the greater of $5,000 per violation or three times actual damages (§637.2).",
)

# --------------------------------------------------------------------------- §637.7: tracking devices

TRACKING_DEVICE = Requirement(
    id="US-CA-PEN-637-7-TRACKER",
    aliases=("US-CA-PEN-637.7-TRACKER",),
    title="Tracking devices go only on vehicles whose registered owner, lessor or lessee has consented",
    jurisdiction="US-CA",
    citation=cite("637.7"),
    # Added by Stats. 1998, ch. 449.
    in_force_from=dt.date(1999, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the location of California workers is tracked with a device on a vehicle or another movable thing",
    applies_if=_CA_WORKERS & F("monitoring.techniques").has_any("gps_vehicle", "telematics", "gps_device"),
    checks=(
        # For an employer-owned or employer-leased fleet the employer is the owner or lessee and
        # its own consent meets §637.7(b).
        Check(
            status=Status.violation,
            when=F("monitoring.techniques").has_any("gps_vehicle", "telematics")
            & (F("monitoring.vehicle_ownership") == "employee_owned")
            & F("monitoring.vehicle_owner_consent").false(),
            because="A tracking device is used on workers' own vehicles without the registered owner's consent.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("gps_vehicle", "telematics")
            & (F("monitoring.vehicle_ownership") == "rental")
            & F("monitoring.vehicle_owner_consent").false(),
            because="Rental vehicles are tracked without the owner's consent; the exception is met only if the employer (or the worker who consents) is the lessee.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("gps_device"),
            because="Location is tracked through a phone or tag rather than a vehicle device; the vehicle-owner exception does not cover it and whether phone apps are tracking devices under §637.7 is unsettled.",
        ),
    ),
    satisfied_because="Only vehicles the employer owns or leases, or whose owner has consented, carry tracking devices.",
    remedy="Obtain the written consent of the registered owner (or lessee) of every tracked vehicle before fitting a device, remove devices from workers' own cars where consent is refused, and review phone-based tracking with counsel.",
    rationale=(
        "§637.7(a) forbids using an electronic tracking device (one attached to a vehicle or other movable thing) to "
        "determine a person's location or movement. The only private exception (b) is the consent of the vehicle's "
        "registered owner, lessor or lessee for that vehicle: an employer consents for its own or leased fleet, but a "
        "worker's own car needs the worker's consent."
    ),
    penalty="Misdemeanour (§637.7(e)); civil damages under §637.2 (greater of $5,000 per violation or three times actual damages).",
)

CLASSIFICATIONS = (CIPA_APPLIES,)
REQUIREMENTS = (COMPUTER_ACCESS, INTERCEPTION, RECORDING, TRACKING_DEVICE)
