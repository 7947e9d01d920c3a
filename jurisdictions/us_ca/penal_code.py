"""California Penal Code — the Invasion of Privacy Act (CIPA), §630 ff., and computer access (§502).

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=PEN).
Last checked: 2026-11-30.

The research id CA-PEN-637.7-TRACKER becomes US-CA-PEN-637-7-TRACKER (ids take no dots) and
keeps the research spelling as an alias.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
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
ROGERS = Authority(
    title="Rogers v. Ulrich (1975) 52 Cal.App.3d 894: a party to a conversation does not eavesdrop on it under §631; recording by a party is a §632 question",
    kind="case_law",
)
JAVIER_REMAND = Authority(
    title=(
        "Javier v. Assurance IQ, LLC, 649 F. Supp. 3d 891 (N.D. Cal. 2023): a software vendor that records a party's "
        "communications may be a third-party eavesdropper under §631(a) if it can use the data for its own purposes"
    ),
    kind="case_law",
)
GRAHAM_NOOM = Authority(
    title=(
        "Graham v. Noom, Inc., 533 F. Supp. 3d 823 (N.D. Cal. 2021): a vendor that records sessions only for the party "
        "that uses it is that party's tool (an extension), not a third-party eavesdropper"
    ),
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
    # One reason for every path to "satisfied": employer-issued devices (where monitoring only reaches personal
    # accounts) and openly installed agents on workers' own devices alike.
    satisfied_because=(
        "No agent runs covertly on a device a worker owns (the agents run on employer-issued devices, or were installed "
        "openly on workers' own), and no passwords to workers' personal accounts are captured."
    ),
    remedy="Install agents on personal devices only with the owner's informed permission (or issue employer devices), mask credential fields, and never use captured credentials to enter personal accounts.",
    rationale=(
        "§502(c) penalises knowingly accessing, or adding software to, a computer, system, network or data without "
        "permission; §502(e)(1) gives the owner or lessee a civil action. A worker's own phone or laptop, and their "
        "personal online accounts, belong to them: the employer needs their permission."
    ),
    penalty="Compensatory damages, including the cost of checking whether data were altered, injunctive relief and fees (§502(e)(1)–(2)); punitive damages for wilful violations (unverified); crime: fines up to $5,000 or $10,000 and jail.",
)

# --------------------------------------------------------------------------- §631: interception

# Capture on the network while the message moves: the clearest case of reading "in transit".
_ON_THE_NETWORK = F("monitoring.techniques").has_any("tls_inspection", "session_replay")
# The business's own call recording. A party to a conversation (the business, through the agent who
# takes the call) does not eavesdrop under §631 (Rogers v. Ulrich); its own recording is tested under
# §632. §631 is reached only on the theory that a vendor which receives or analyses the calls is a
# third-party eavesdropper, and the federal district courts are split on that (Javier v. Assurance IQ
# on remand: a vendor able to use the data for itself is a third party; Graham v. Noom: a vendor that
# records only for the party is its tool, like a tape recorder).
_CALLS = F("monitoring.techniques").has("call_recording")
# Another company gets the monitoring data: a listed recipient of the deployment's data (any role),
# or vendor staff who see individual data.
_ANOTHER_COMPANY_RECEIVES = Exists(
    "recipients", F("role").one_of("processor", "service_provider", "contractor", "third_party", "affiliate")
) | F("security.who_sees_individual_data").has("vendor")
# Capture on the endpoint (keystrokes, screens) or from mailboxes: whether that is "in transit"
# under §631(a), or "recording" a "confidential communication" under §632, is unsettled, so it only
# ever yields at_risk.
_ENDPOINT_CONTENT = F("monitoring.techniques").has_any(
    "keystroke_logging", "screenshots", "screen_recording", "email_monitoring", "chat_monitoring"
) & (F("monitoring.captures_message_content").true() | (F("monitoring.keystroke_capture") == "full_content"))
_OUTSIDE_PARTIES = F("monitoring.captures_external_parties").true()
# An outside correspondent is bound neither by a worker's contract nor by a notice to staff.
_OUTSIDE_PARTIES_NOT_ASKED = _OUTSIDE_PARTIES & F("monitoring.all_party_consent_mechanism").one_of("none", "contract_terms")

INTERCEPTION = Requirement(
    id="US-CA-PEN-631-INTERCEPT",
    title="The contents of communications are read in transit only with the prior consent of every party",
    jurisdiction="US-CA",
    citation=cite("631", "a"),
    authorities=(JAVIER, ROGERS, JAVIER_REMAND, GRAHAM_NOOM),
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
            when=_ON_THE_NETWORK & _COVERT,
            because="Communications are intercepted on the network (TLS inspection or session replay) covertly, so no party consented beforehand.",
        ),
        Check(
            status=Status.violation,
            when=_ON_THE_NETWORK & _OUTSIDE_PARTIES_NOT_ASKED,
            because="Communications with outside parties are intercepted on the network (TLS inspection or session replay) and nothing obtains those parties' consent before capture; federal one-party consent does not satisfy §631.",
        ),
        Check(
            status=Status.at_risk,
            # Never a violation: the business is a party to its calls, and whether its vendor is a
            # third-party eavesdropper is unsettled.
            when=_CALLS & _ANOTHER_COMPANY_RECEIVES & (_COVERT | _OUTSIDE_PARTIES_NOT_ASKED),
            because=(
                "Calls are recorded without every party's prior consent, and another company (a vendor, affiliate or other "
                "recipient) receives the monitoring data. The business itself is a party to its calls and does not eavesdrop "
                "under §631 (its own recording is a §632 question), but whether a vendor that records or analyses the calls "
                "is a third-party eavesdropper is unsettled: federal courts are split (Javier v. Assurance IQ; Graham v. Noom)."
            ),
        ),
        Check(
            status=Status.at_risk,
            # Whatever the consent mechanism: a banner or notice on the worker's device never reaches
            # the outside correspondent whose e-mail or chat is keylogged or screenshotted.
            when=_ENDPOINT_CONTENT & (_COVERT | _OUTSIDE_PARTIES),
            because=(
                "Message contents are captured from workers' devices or mailboxes (keystrokes, screens or stored mail and "
                "chats), covertly or from correspondence with outside parties. No notice or banner shown to staff can give an outside "
                "correspondent's consent, and whether capture on the device reads a message 'in transit' under §631 is "
                "unsettled."
            ),
        ),
    ),
    satisfied_because=(
        "Nothing captured falls foul of §631 on these facts: any interception on the network is disclosed and any outside "
        "parties consent before capture; any call recording is the business's own, as a party to its calls (Rogers v. "
        "Ulrich), and either stays with it or every party consents first; and any message content taken from workers' "
        "devices or mailboxes is captured openly and involves no outside correspondents."
    ),
    remedy=(
        "Obtain every party's consent before capture (announce recording at the start of calls, including that a vendor "
        "analyses them; show a banner to visitors before chats or sessions), stop covert interception, keep call vendors "
        "to processing for the business only, and exclude correspondence with outside parties from keystroke and screen "
        "capture where their consent cannot be obtained."
    ),
    rationale=(
        "§631(a) makes it an offence to read or learn the contents of a communication in transit, or being sent from or "
        "received in California, without the consent of all parties, and reaches vendors who do so and those who help. "
        "Consent must come before the capture. It is aimed at third-party eavesdroppers: a party to a conversation, such "
        "as a business recording its own calls, falls under §632 instead (Rogers v. Ulrich), and whether a vendor that "
        "records for the business is a third party divides the courts. Interception on the network is covered; whether "
        "keystroke or screen capture on the worker's device is 'in transit' has not been settled, and a notice to staff "
        "does not give the consent of the outside people they write to."
    ),
    penalty=_CIPA_PENALTY,
)

# --------------------------------------------------------------------------- §632: recording

_AUDIO = F("monitoring.techniques").has_any("call_recording", "ambient_audio", "cctv_audio") | F("monitoring.audio_recorded").true()

RECORDING = Requirement(
    id="US-CA-PEN-632-RECORD",
    title="Confidential communications are recorded only with the consent of every party",
    jurisdiction="US-CA",
    citation=cite("632", "a"),
    authorities=(KEARNEY,),
    in_force_from=CIPA_ENACTED,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When calls, meetings or other conversations with a party in California are recorded, or the text of their messages is captured",
    applies_if=CIPA_APPLIES.holds() & (_AUDIO | _ENDPOINT_CONTENT),
    checks=(
        Check(
            status=Status.violation,
            when=_AUDIO & (F("monitoring.all_party_consent_mechanism") == "none"),
            because="Conversations are recorded and nothing obtains the consent of every party; federal one-party consent does not satisfy §632.",
        ),
        Check(
            status=Status.violation,
            when=_AUDIO & _COVERT,
            because="Audio is recorded covertly, so the parties cannot have consented to it.",
        ),
        Check(
            status=Status.violation,
            # Employment contract terms bind the workers, never the outside parties they talk to.
            when=_AUDIO & _OUTSIDE_PARTIES & (F("monitoring.all_party_consent_mechanism") == "contract_terms"),
            because="Outside parties are recorded, and consent rests only on the workers' contract terms, which do not bind those parties.",
        ),
        Check(
            status=Status.at_risk,
            # Text, not voice: courts are split on whether online messages can be "confidential"
            # (they are easily forwarded and kept) and whether capture on the device is "recording".
            when=_ENDPOINT_CONTENT & (_COVERT | _OUTSIDE_PARTIES),
            because=(
                "The text of messages is captured from workers' devices or mailboxes (keystroke content, screenshots or message content), "
                "covertly or from correspondence with outside parties, so not every party has consented. Courts are split on "
                "whether online text can be a 'confidential communication' and whether capturing it on the device is "
                "'recording' under §632."
            ),
        ),
    ),
    satisfied_because=(
        "Any recording of conversations has every party's consent before it starts (for example an announcement at the "
        "start of each call), and any message text taken from workers' devices or mailboxes is captured openly and involves no outside "
        "correspondents."
    ),
    remedy=(
        "Announce recording at the start of every call or meeting (or obtain every party's consent another way) before "
        "recording, stop covert recording, and keep correspondence with outside parties out of keystroke and screen "
        "capture unless they have agreed."
    ),
    rationale=(
        "§632 makes it an offence to record a confidential communication without the consent of all parties. It applies "
        "whenever a party is in California (Kearney), and a party who is not told of recording keeps a reasonable "
        "expectation that it is not recorded. It covers a business recording its own calls. For e-mails and chats the "
        "courts are split on whether text can be confidential and whether capture on the device is recording, so keystroke "
        "or screen capture of outside correspondence is a risk rather than a clear breach."
    ),
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
