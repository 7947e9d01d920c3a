"""California Penal Code — the Invasion of Privacy Act (CIPA), §630 ff.

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=PEN).
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status


def cite(section: str, paragraph: str | None = None) -> Citation:
    return Citation(
        instrument="California Penal Code (Invasion of Privacy Act)",
        short="Cal. Penal Code",
        article=section,
        paragraph=paragraph,
        url=f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum={section}.",
        article_label="§",
    )


KEARNEY = Authority(
    title="Kearney v. Salomon Smith Barney, Inc. (2006) 39 Cal.4th 95",
    kind="case_law",
)

CIPA_APPLIES = Classification(
    id="US-CA-CIPA-TERRITORY",
    title="A party to the monitored communications is in California",
    jurisdiction="US-CA",
    citation=cite("632"),
    authorities=(KEARNEY,),
    grade=Grade.V,
    # Kearney: California's all-party rule protects a Californian even when the recording
    # party is in another state.
    condition=Exists("workforce", F("region") == "US-CA") | F("monitoring.external_parties_in_california").true(),
    rationale="CIPA protects every party in California, even when the recorder is elsewhere.",
)

RECORDING = Requirement(
    id="US-CA-PEN-632-RECORD",
    title="Confidential communications are recorded only with the consent of every party",
    jurisdiction="US-CA",
    citation=cite("632", "a"),
    authorities=(KEARNEY,),
    in_force_from=dt.date(1967, 11, 8),
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
            when=F("monitoring.covert").one_of("targeted", "general"),
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

CLASSIFICATIONS = (CIPA_APPLIES,)
REQUIREMENTS = (RECORDING,)
