"""European Convention on Human Rights, Article 8 (respect for private life and correspondence).

The Convention binds the States, not employers. National courts and data protection
authorities apply the Strasbourg criteria when they judge monitoring at work, so the checker
runs them as a proportionality checklist for workers in EEA States (all of them Council of
Europe members). Every finding here is a balancing judgment: the checks report ``at_risk``
with the reason, never ``violation``.

Judgments: HUDOC (https://hudoc.echr.coe.int). Last checked for this module: 2026-11-30.
Paragraph numbers of the criteria (Bărbulescu §121, López Ribalda §116) are unverified and are
therefore not cited.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EEA_STATES, uses_any_technique, workers_in

BARBULESCU_URL = "https://hudoc.echr.coe.int/eng?i=001-177082"
LOPEZ_RIBALDA_URL = "https://hudoc.echr.coe.int/eng?i=001-197098"

cite = partial(
    Citation,
    instrument="Convention for the Protection of Human Rights and Fundamental Freedoms (European Convention on Human Rights)",
    short="ECHR",
    article="8",
)

BARBULESCU = Authority(
    title="ECtHR (Grand Chamber), Bărbulescu v. Romania, no. 61496/08, 5 Sep 2017, ECLI:CE:ECHR:2017:0905JUD006149608",
    url=BARBULESCU_URL,
    kind="case_law",
)
LOPEZ_RIBALDA = Authority(
    title="ECtHR (Grand Chamber), López Ribalda and Others v. Spain, nos. 1874/13 and 8567/13, 17 Oct 2019",
    url=LOPEZ_RIBALDA_URL,
    kind="case_law",
)
ANTOVIC = Authority(
    title="ECtHR, Antović and Mirković v. Montenegro, no. 70838/13, 28 Nov 2017, ECLI:CE:ECHR:2017:1128JUD007083813",
    kind="case_law",
)
GRAMAXO = Authority(
    title="ECtHR, Florindo de Almeida Vasconcelos Gramaxo v. Portugal, no. 26968/16, 13 Dec 2022",
    kind="case_law",
)

#: Workers in an EEA State (every one of them a party to the Convention).
WORKERS_IN_EEA = workers_in(*EEA_STATES)

# "Short duration": López Ribalda accepted hidden cameras running for about ten days. We read
# anything up to 30 days as short; longer covert operations are flagged for review. A reading,
# not a rule of the Court.
MAX_COVERT_DAYS = 30

CONTENT_CAPTURED = F("monitoring.captures_message_content").true() | (F("monitoring.keystroke_capture") == "full_content")

# López Ribalda, read as a checklist: covert monitoring can be proportionate when it is targeted,
# rests on a documented, reasonable suspicion of serious misconduct or a crime, is limited to the
# people concerned and in time, and the footage is seen only by those who need it.
COVERT_JUSTIFIED = Classification(
    id="EU-ECHR-8-COVERT-JUSTIFIED",
    title="Covert monitoring meets the López Ribalda conditions (targeted, suspicion of serious wrongdoing, limited, short)",
    jurisdiction="EU",
    citation=cite(url=LOPEZ_RIBALDA_URL),
    authorities=(LOPEZ_RIBALDA,),
    grade=Grade.S,
    condition=(F("monitoring.covert") == "targeted")
    & F("monitoring.covert_justification.documented_suspicion").true()
    & F("monitoring.covert_justification.suspicion_type").one_of("criminal_offence", "serious_misconduct")
    & F("monitoring.covert_justification.limited_persons").true()
    & (F("monitoring.covert_justification.duration_days") <= MAX_COVERT_DAYS)
    & (F("security.access") == "need_to_know"),
    rationale=f"Targeted covert monitoring on a documented suspicion of serious misconduct or a criminal offence, limited to the people concerned, at most {MAX_COVERT_DAYS} days, with access on a need-to-know basis.",
)

# Art 8 — Bărbulescu: the six questions

BARBULESCU_TEST = Requirement(
    id="EU-ECHR-8-BARBULESCU",
    title="Monitoring passes the Bărbulescu questions: prior notice, limited intrusion, good reasons, no milder means, safeguards",
    jurisdiction="EU",
    citation=cite(url=BARBULESCU_URL),
    authorities=(BARBULESCU,),
    in_force_from=dt.date(2017, 9, 5),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When workers in an EEA State are monitored",
    applies_if=WORKERS_IN_EEA & uses_any_technique(),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert") == "general",
            because="Question (i): workers are not told that they may be monitored, and the covert monitoring targets nobody in particular.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.covert") == "overt") & F("transparency.notice").one_of("none", "after_collection"),
            because="Question (i): workers were not told in advance of the possibility, nature and extent of the monitoring.",
        ),
        Check(
            status=Status.at_risk,
            when=CONTENT_CAPTURED & F("security.access").one_of("managers", "broad"),
            because="Questions (ii) and (vi): the content of communications or typing is captured and seen beyond the few people who need it.",
        ),
        Check(
            status=Status.at_risk,
            when=CONTENT_CAPTURED
            & F("purposes").has_none("it_security", "trade_secret_protection", "fraud_investigation", "legal_compliance"),
            because="Question (iii): content is monitored without a weighty reason such as security, fraud or legal compliance; productivity alone rarely justifies it.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="Question (iv): nobody assessed whether a less intrusive method would achieve the aim.",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has_any("discipline", "promotion_or_termination") & F("transparency.notice_covers").has_none("purposes"),
            because="Question (v): the results can lead to discipline or dismissal, and workers were not told the purposes.",
        ),
    ),
    satisfied_because="Workers were told in advance, content is not captured or is tightly held for a weighty reason, milder means were assessed and the consequences were announced.",
    remedy="Tell workers beforehand what is monitored and how far, prefer flow data to content, restrict who sees results, document why milder means do not suffice and state what the results may be used for.",
    rationale="The Grand Chamber required national authorities to weigh six questions: prior notice of the possibility and extent of monitoring, the degree of intrusion, legitimate reasons, less intrusive means, the consequences for the worker and adequate safeguards. Monitoring that fails them exposes the employer to findings of unlawfulness and to evidence being excluded.",
)

# Art 8 — López Ribalda: covert video surveillance

LOPEZ_RIBALDA_TEST = Requirement(
    id="EU-ECHR-8-LOPEZ-RIBALDA",
    title="Covert monitoring is targeted, short and based on a documented suspicion of serious misconduct",
    jurisdiction="EU",
    citation=cite(url=LOPEZ_RIBALDA_URL),
    authorities=(LOPEZ_RIBALDA, BARBULESCU),
    in_force_from=dt.date(2019, 10, 17),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When workers in an EEA State are monitored covertly",
    applies_if=WORKERS_IN_EEA & F("monitoring.covert").one_of("targeted", "general"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert") == "general",
            because="The covert monitoring is general: López Ribalda accepts covert monitoring only as a targeted, time-limited response to a concrete suspicion.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert_justification.documented_suspicion").false(),
            because="No concrete suspicion is documented to justify monitoring without notice.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert_justification.suspicion_type").one_of("minor", "none"),
            because="A suspicion of minor wrongdoing (or none) does not justify covert monitoring; serious misconduct or a criminal offence is needed.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert_justification.limited_persons").false(),
            because="The covert monitoring is not limited to the persons under suspicion.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.covert_justification.duration_days") > MAX_COVERT_DAYS,
            because=f"The covert monitoring runs for more than {MAX_COVERT_DAYS} days; the Court accepted a short operation of about ten days.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.access").one_of("managers", "broad"),
            because="The recordings are available beyond the few people who need them for the investigation.",
        ),
    ),
    satisfied_because="The covert monitoring is targeted, based on a documented suspicion of serious misconduct or a crime, limited to the people concerned, short, and its results are held on a need-to-know basis.",
    remedy="Use covert monitoring only to investigate a documented, concrete suspicion of serious misconduct or a crime: limit it to the people and places concerned, keep it short, restrict access to the recordings, and use overt measures otherwise.",
    rationale="In López Ribalda the Grand Chamber found no violation where hidden cameras were used for about ten days on checkouts after significant losses, with restricted access to the footage, and said a mere suspicion of minor wrongdoing would not have sufficed. We apply those factors as a checklist.",
)

# Art 8 — other workplace surveillance cases (supplementary)

OTHER_CASES = Requirement(
    id="EU-ECHR-8-OTHER",
    title="Camera and location tracking stays out of private spaces and off-duty time",
    jurisdiction="EU",
    citation=cite(url="https://hudoc.echr.coe.int/"),
    authorities=(ANTOVIC, GRAMAXO),
    in_force_from=dt.date(2017, 11, 28),
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When workers in an EEA State are filmed or their location is tracked",
    applies_if=WORKERS_IN_EEA
    & F("monitoring.techniques").has_any(
        "cctv_video", "webcam_video", "webcam_snapshot", "vehicle_inward_camera", "gps_vehicle", "gps_device", "telematics"
    ),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("cctv_video", "webcam_video", "webcam_snapshot")
            & F("monitoring.video_locations").has_any("private_office", "home_office", "break_room"),
            because="Cameras cover private offices, homes or break rooms; Antović treated filming people where they work as an interference that needs a ground the law actually provides.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("gps_vehicle", "gps_device", "telematics")
            & F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Location is tracked outside working time; Gramaxo accepted GPS tracking of a company car only because its use was limited to what the purpose required.",
        ),
    ),
    satisfied_because="Cameras avoid private spaces and location tracking is limited to working time.",
    remedy="Keep cameras out of private offices, homes and break rooms, limit location tracking to working time and to the data the purpose needs, and check the national legal ground for each measure.",
    rationale="Supplementary Strasbourg cases: Antović and Mirković (violation: filming of university auditoriums had no ground in domestic law) and Gramaxo (no violation: GPS tracking of a company car used only for mileage-related data). Our reading turns them into two warning signs; it is unverified.",
)

REQUIREMENTS = (BARBULESCU_TEST, LOPEZ_RIBALDA_TEST, OTHER_CASES)
