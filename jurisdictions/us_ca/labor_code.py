"""California Labor Code — provisions on monitoring at work.

Official text: https://leginfo.legislature.ca.gov/faces/codes.xhtml (lawCode=LAB).
Last checked: 2026-11-30.

Research ids with a dot in the section number (``CA-LAB-1102.5-WHISTLE``) become hyphenated
ids (``US-CA-LAB-1102-5-WHISTLE``) and keep the research spelling as an alias. The research row
CA-LAB-2107-ENFORCEMENT (Labor Commissioner enforcement, §2108 injunctions) states no duty of
the employer; it is carried in the ``penalty`` of the warehouse-quota requirements instead.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, Exists, F
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import in_california, works_in_california
from .constitution import FOLLOWS_WORKER


def cite(section: str, paragraph: str | None = None) -> Citation:
    return Citation(
        instrument="California Labor Code",
        short="Cal. Lab. Code",
        article=section,
        paragraph=paragraph,
        url=f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum={section}.",
        article_label="§",
    )


#: The Labor Code was enacted in 1937; the catalogue's dates start in 1950. Sections that have
#: stood unchanged in substance since then use this date, which changes no current result.
LONG_STANDING = dt.date(1950, 1, 1)

_CA_WORKERS = works_in_california()

# --------------------------------------------------------------------------- authorities

GRINZI = Authority(title="Grinzi v. San Diego Hospice Corp. (2004) 120 Cal.App.4th 72", kind="case_law")
COCHRAN = Authority(title="Cochran v. Schwan's Home Service, Inc. (2014) 228 Cal.App.4th 1137", kind="case_law")
AG_OPINION_12_1101 = Authority(
    title="California Attorney General, Opinion No. 12-1101 (2014): driver video reviewed by a vendor acting only as the employer's agent",
    kind="guidance",
)
DIR_QUOTA_FAQ = Authority(
    title="California Labor Commissioner, Warehouse quotas — frequently asked questions",
    url="https://www.dir.ca.gov/dlse/FAQ_warehousequotas.htm",
)
AMAZON_CITATION = Authority(
    title="California Labor Commissioner, citations against Amazon.com Services LLC under Lab. Code §2101 (June 2024, $5,901,700), issued although Amazon described its rates as peer-relative",
    kind="regulator_decision",
)

# --------------------------------------------------------------------------- §2100: warehouse gate

#: §2100: an employer controls at least this many non-exempt employees at one warehouse
#: distribution centre …
WAREHOUSE_ONE_SITE_THRESHOLD = 100
#: … or at least this many across its warehouse distribution centres in California.
WAREHOUSE_STATEWIDE_THRESHOLD = 1_000

# §2100 names NAICS 493110 (general warehousing), 423 and 424 (merchant wholesalers, durable and
# non-durable goods) and 454110 (electronic shopping and mail-order houses), and excludes 493130
# (farm product warehousing). The contract takes codes at any level, so the subsectors 423 and 424
# are listed with their industry groups, industries and national industries (NAICS 2017 and 2022;
# 424320/424330 were merged into 424350 in 2022). 493130 and its parents 4931/493 are deliberately
# absent. NAICS 2022 dropped 454110; the statute still names it (online retailers recoded under
# NAICS 2022 are not caught: an open point, verification note 17).
_WHOLESALE_423 = (
    "423110", "423120", "423130", "423140", "423210", "423220", "423310", "423320", "423330",
    "423390", "423410", "423420", "423430", "423440", "423450", "423460", "423490", "423510",
    "423520", "423610", "423620", "423690", "423710", "423720", "423730", "423740", "423810",
    "423820", "423830", "423840", "423850", "423860", "423910", "423920", "423930", "423940",
    "423990",
)  # fmt: skip
_WHOLESALE_424 = (
    "424110", "424120", "424130", "424210", "424310", "424320", "424330", "424340", "424350",
    "424410", "424420", "424430", "424440", "424450", "424460", "424470", "424480", "424490",
    "424510", "424520", "424590", "424610", "424690", "424710", "424720", "424810", "424820",
    "424910", "424920", "424930", "424940", "424950", "424990",
)  # fmt: skip
WAREHOUSE_NAICS_CODES = tuple(
    sorted(
        {"423", "424", "493110", "49311", "454110", "45411"}
        | {c[:4] for c in _WHOLESALE_423 + _WHOLESALE_424}
        | {c[:5] for c in _WHOLESALE_423 + _WHOLESALE_424}
        | set(_WHOLESALE_423 + _WHOLESALE_424)
    )
)

WAREHOUSE_EMPLOYER = Classification(
    id="US-CA-LAB-2100-WDC",
    title="The employer runs warehouse distribution centres covered by the California quota law",
    jurisdiction="US-CA",
    citation=cite("2100"),
    authorities=(DIR_QUOTA_FAQ,),
    grade=Grade.V,
    # The counts include non-exempt workers the employer controls directly or indirectly
    # (staffing agencies, third-party employers) and every employee of its commonly controlled
    # group (Rev. & Tax. Code §25105): the contract's warehouse counts must be given that way.
    condition=_CA_WORKERS
    & F("organisation.warehouse.naics_codes").has_any(*WAREHOUSE_NAICS_CODES)
    & (
        (F("organisation.warehouse.nonexempt_at_one_site") >= WAREHOUSE_ONE_SITE_THRESHOLD)
        | (F("organisation.warehouse.nonexempt_all_ca_sites") >= WAREHOUSE_STATEWIDE_THRESHOLD)
    ),
    rationale=(
        "§2100 covers an employer that directly or indirectly (including through staffing agencies) controls 100 or more "
        "non-exempt employees at one warehouse distribution centre, or 1,000 or more at its centres in California; the "
        "employees of its commonly controlled group count. A centre is a site classed under NAICS 493110, 423, 424 or "
        "454110, but not 493130 (farm product warehousing)."
    ),
)

# §2100(j): a quota is any work standard with a speed, task count or volume over a defined
# period whose failure can lead to adverse action. What the employer calls it does not matter:
# the Labor Commissioner cited Amazon in 2024 for rates Amazon described as peer-relative
# evaluation, so a peer-relative rate counts even where the employer answers "no quota".
QUOTA_IN_USE = (
    F("quota.used").true()
    | F("quota.type").one_of("fixed_rate", "peer_relative", "task_count")
    | F("monitoring.techniques").has("quota_tracking")
)
# §2100(c): the quota law protects non-exempt employees at the centres; a monitored Californian
# workforce known to be entirely exempt (software staff, managers) is outside it.
_NONEXEMPT_IN_CA = Exists("workforce", in_california() & F("exempt_status").one_of("nonexempt", "mixed"))
_QUOTA_APPLIES = WAREHOUSE_EMPLOYER.holds() & _NONEXEMPT_IN_CA & QUOTA_IN_USE
# Whether the quota already applies to workers or is still planned. The contract dates the start
# of the monitoring (``processing_started_on``); a quota tracked by that monitoring is taken to
# apply from the same day. An unknown start date leaves both readings open (and is asked).
_QUOTA_STARTED = F("processing_started_on") <= AS_OF
_QUOTA_PLANNED = F("processing_started_on") > AS_OF
_NO_DESCRIPTION = F("quota.written_description_given").false()

_QUOTA_PENALTY = (
    "Civil penalties under the Private Attorneys General Act (default $100 per aggrieved employee per pay period, "
    "reduced caps for employers that take reasonable steps after the 2024 reform; Amazon was cited $5,901,700 in 2024 "
    "for 59,017 violations of §2101); enforcement by the Labor Commissioner (§2107); workers may sue for an injunction "
    "and fees (§2108)."
)
_ADVERSE_DECISIONS = F("purposes").has_any("discipline", "promotion_or_termination")

# --------------------------------------------------------------------------- requirements, in section order

OFF_DUTY_CONDUCT = Requirement(
    id="US-CA-LAB-96K-OFFDUTY",
    title="Lawful off-duty conduct that the monitoring reveals is not used for demotion, suspension or discharge",
    jurisdiction="US-CA",
    citation=cite("96", "k"),
    authorities=(GRINZI,),
    in_force_from=dt.date(2000, 1, 1),
    severity=Severity.recommended,
    grade=Grade.S,
    applies_when="When monitoring of California workers follows them into off-duty time, or reaches personal accounts or personal social media",
    # §96(k) concerns conduct during non-working hours away from the employer's premises. A fixed
    # workplace camera that also runs at night sees none of that, so off-duty time counts only
    # for monitoring that goes with the worker (location, wearables, their computers and phones,
    # social media, their own devices).
    applies_if=_CA_WORKERS
    & (
        (F("monitoring.time_scope").one_of("includes_off_duty", "always_on") & FOLLOWS_WORKER)
        | F("monitoring.captures_personal_accounts").true()
        | F("monitoring.techniques").has("social_media_monitoring")
    ),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("labour_relations.adverse_actions_linked_to").has("off_duty_conduct"),
            because="Adverse action has been linked to workers' off-duty conduct; where that conduct was lawful and away from the employer's premises, the Labor Commissioner can hear a claim for the wages lost (§96(k)).",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on") & FOLLOWS_WORKER & _ADVERSE_DECISIONS,
            because="Monitoring that goes with workers keeps running outside working time and its results serve discipline, promotion or termination decisions, so lawful off-duty conduct away from work can drive adverse action.",
        ),
    ),
    satisfied_because="Nothing links adverse action to off-duty conduct, and no monitoring that follows workers outside working time serves discipline, promotion or termination decisions.",
    remedy="Stop collecting off-duty data where possible, and keep lawful off-duty conduct away from premises out of discipline, demotion and termination decisions.",
    rationale=(
        "§96(k) lets the Labor Commissioner take claims for wages lost through demotion, suspension or discharge for lawful "
        "conduct during non-working hours away from the employer's premises. Courts read it as procedural: it creates no "
        "separate public policy or private action (Grinzi), so exposure is a graded risk rather than a bright line."
    ),
    penalty="Lost wages through a Labor Commissioner claim; retaliation penalties of up to $10,000 per employee per violation under §98.6.",
)

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

SOCIAL_MEDIA = Requirement(
    id="US-CA-LAB-980-SOCIAL-MEDIA",
    title="Workers are not asked for access to their personal social media or personal accounts",
    jurisdiction="US-CA",
    citation=cite("980", "b"),
    in_force_from=dt.date(2013, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a California employer monitors personal accounts or social media, or asks workers about them",
    applies_if=_CA_WORKERS
    & (
        F("hr_practices.requests_personal_social_media_access").true()
        | F("monitoring.captures_personal_accounts").true()
        | F("monitoring.techniques").has("social_media_monitoring")
    ),
    checks=(
        Check(
            status=Status.violation,
            when=F("hr_practices.requests_personal_social_media_access").true(),
            because="The employer asks workers for access to their personal social media, which §980 forbids outside a specific misconduct investigation.",
        ),
        # The statute targets requests; passive capture of credentials by a monitoring agent is untested.
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true() & (F("monitoring.credentials_captured") == "captured"),
            because="The tool captures passwords typed into personal accounts; §980 addresses requests, and whether passive capture falls under it is untested.",
        ),
    ),
    satisfied_because="The employer does not ask for personal social-media access and the tool does not capture personal-account passwords.",
    remedy="Stop asking for usernames, passwords or viewing access to personal accounts (except to investigate specific misconduct, using what is disclosed only for that), mask credential fields, and exclude personal accounts from capture.",
    rationale=(
        "§980 bars an employer from requiring or requesting that an employee or applicant disclose a username or password "
        "for personal social media, access it in the employer's presence, or divulge it. 'Social media' is defined broadly "
        "(messages, email, online accounts). Requests tied to investigating specific misconduct and credentials for "
        "employer-issued devices are excepted; refusing an unlawful request may not be punished."
    ),
    penalty="No penalty is stated in §980 (remedy unverified); Private Attorneys General Act exposure is likely.",
)

PHOTO_FINGERPRINT = Requirement(
    id="US-CA-LAB-1051-PHOTO-FINGERPRINT",
    title="Workers' photographs and fingerprints are not furnished to other employers or third parties",
    jurisdiction="US-CA",
    citation=cite("1051"),
    authorities=(AG_OPINION_12_1101,),
    in_force_from=LONG_STANDING,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When California workers are photographed, filmed or fingerprinted as a condition of employment",
    applies_if=_CA_WORKERS
    & (
        F("monitoring.techniques").has_any(
            "fingerprint", "face_verification", "face_identification", "cctv_video", "webcam_video", "webcam_snapshot", "vehicle_inward_camera"
        )
        | F("hr_practices.shares_photos_or_fingerprints_with_third_parties").true()
    ),
    checks=(
        # A vendor acting only as the employer's agent and reporting only to it is not a third
        # person (AG Op. 12-1101), so a description whose only outside handlers are such vendors
        # answers "not shared". An affiliate is another employer. §1051 needs no proof that the
        # images were in fact misused: it is enough that they are furnished to another employer
        # or third person and could be used to the worker's detriment.
        Check(
            status=Status.violation,
            when=F("hr_practices.shares_photos_or_fingerprints_with_third_parties").true()
            & Exists("recipients", F("role").one_of("third_party", "affiliate")),
            because="Workers' photographs or fingerprints are shared outside the company, and the recipients include a third party or an affiliate, that is, a third person or another employer; images furnished to such recipients could be used against the workers.",
        ),
        # Shared, but no recipient is identified beyond a vendor: who receives the images and for
        # what use decides the point (a pure agent of the employer, or furnishing the law
        # requires, is outside §1051; anything else is within it). The contract records neither,
        # so this is a risk, never a pass. With the recipients unknown, both checks stay open
        # and the finding asks for them.
        Check(
            status=Status.at_risk,
            when=F("hr_practices.shares_photos_or_fingerprints_with_third_parties").true()
            & ~Exists("recipients", F("role").one_of("third_party", "affiliate")),
            because="Workers' photographs or fingerprints are shared with third parties, but no recipient listed is a third party or affiliate, so who receives them and for what use is unclear. Unless every recipient acts only as the employer's agent and reports only to it, or the law requires the furnishing, images that could be used against the workers are being furnished to a third person.",
        ),
    ),
    satisfied_because="Workers' photographs and fingerprints are not shared with third parties: they stay with the employer and any vendor acting only on its behalf.",
    remedy="Establish who receives workers' images, fingerprints or templates and for what use; stop passing them to third parties or affiliates unless the law requires it, and keep vendors in a pure agent role that reports only to the employer.",
    rationale=(
        "§1051 makes it a misdemeanour to require an employee or applicant to be photographed or fingerprinted when the "
        "images or fingerprints are to be furnished to another employer or third person and may be used to their detriment. "
        "The Attorney General read it not to reach continuous driver video reviewed by a vendor acting only as the "
        "employer's agent and furnished only to the employer (Op. 12-1101, 2014)."
    ),
    penalty="Misdemeanour; civil action for treble damages under §1054 (unverified).",
)

WHISTLEBLOWER = Requirement(
    id="US-CA-LAB-1102-5-WHISTLE",
    aliases=("US-CA-LAB-1102.5-WHISTLE",),
    title="Workers who object to or report monitoring they believe unlawful are not retaliated against",
    jurisdiction="US-CA",
    citation=cite("1102.5", "b"),
    # Added by Stats. 1984, ch. 1083 (operative 1 Jan 1985; K). The 90-day presumption and the
    # $10,000 per-employee penalty came with SB 497 from 1 Jan 2024.
    in_force_from=dt.date(1985, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When California workers are monitored",
    applies_if=_CA_WORKERS,
    checks=(
        Check(
            status=Status.violation,
            when=F("labour_relations.adverse_actions_linked_to").has("monitoring_complaint"),
            because="Adverse action has been linked to a worker's complaint about the monitoring.",
        ),
    ),
    satisfied_because="No adverse action is linked to complaints about the monitoring.",
    remedy="Reverse adverse actions taken after complaints about the monitoring, and route such complaints to a channel that is kept apart from performance decisions.",
    rationale=(
        "§1102.5 protects employees who disclose what they reasonably believe is a violation of law, internally or to an "
        "authority, or who refuse to take part in an unlawful activity. Complaining that monitoring breaks privacy or "
        "recording law is such a disclosure. Since 2024, adverse action within 90 days of protected activity is presumed "
        "retaliatory (§98.6)."
    ),
    penalty="Civil penalty up to $10,000 per employee per violation (§§1102.5, 98.6), reinstatement and back pay.",
)

PERSONNEL_FILE = Requirement(
    id="US-CA-LAB-1198-5-PERSONNEL-FILE",
    aliases=("US-CA-LAB-1198.5-PERSONNEL-FILE",),
    title="Workers can inspect monitoring-based performance records, which are kept for three years after employment ends",
    jurisdiction="US-CA",
    citation=cite("1198.5"),
    # The current text (30-day response, former employees, three-year retention) dates from
    # AB 2674, Stats. 2012, ch. 842.
    in_force_from=dt.date(2013, 1, 1),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When monitoring outputs about California workers feed evaluations or discipline",
    applies_if=_CA_WORKERS
    & (
        F("purposes").has_any("performance_evaluation", "discipline", "promotion_or_termination")
        | Exists("decisions", F("type").one_of("promotion", "demotion_suspension_termination", "discipline"))
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.access_request_process").false(),
            because="There is no process for workers to inspect and copy the monitoring-based records used to evaluate or discipline them.",
        ),
        Check(
            status=Status.at_risk,
            # Three years, counted from termination; a shorter period from creation may delete
            # records of current staff before the clock even starts.
            when=(F("retention.days.derived_indicators") < 3 * 365) | (F("retention.days.reports") < 3 * 365),
            because="Monitoring-based indicators or reports are deleted within three years, so records relating to performance may be gone before the period after termination runs out.",
        ),
    ),
    satisfied_because="There is a process for workers to inspect and copy their records, and monitoring-based indicators and reports are kept for at least three years.",
    remedy="Include monitoring-derived scores and reports in the personnel records workers may inspect within 30 days of a written request, and keep them at least three years after employment ends.",
    rationale=(
        "§1198.5 gives current and former employees a right to inspect and copy personnel records relating to their "
        "performance or to grievances within 30 days of a written request, and requires employers to keep them for at "
        "least three years after termination. Scores and reports produced by monitoring and used in evaluations are such records."
    ),
    penalty="A $750 penalty payable to the employee for failing to comply, plus costs and reasonable fees.",
)

QUOTA_NOTICE = Requirement(
    id="US-CA-LAB-2101-QUOTA-NOTICE",
    title="Each warehouse worker receives a written description of every quota, including peer-relative rates",
    jurisdiction="US-CA",
    citation=cite("2101"),
    authorities=(AMAZON_CITATION, DIR_QUOTA_FAQ),
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a covered warehouse employer measures non-exempt workers in California against a quota or rate",
    applies_if=_QUOTA_APPLIES,
    # §2101 is a bright line: the description is due on hire (staff employed on 1 Jan 2022: within
    # 30 days), so a quota already applied to workers who have no written description breaches
    # it; the Labor Commissioner cited Amazon on exactly that footing for peer-relative rates. A
    # quota still planned only needs the description before it applies.
    checks=(
        Check(
            status=Status.violation,
            when=_QUOTA_STARTED & _NO_DESCRIPTION,
            because="Workers are already measured against a quota and have not been given a written description of it, which §2101 requires on hire (for staff employed on 1 Jan 2022, within 30 days). A rate whose miss can lead to adverse action is a quota however it is labelled, peer-relative rates included.",
        ),
        Check(
            status=Status.action_required,
            when=_QUOTA_PLANNED & _NO_DESCRIPTION,
            because="The quota does not apply yet and workers have not been given a written description of it; the description must reach each worker before the quota applies to them (on hire for new staff). A rate whose miss can lead to adverse action is a quota however it is labelled, peer-relative rates included.",
        ),
    ),
    satisfied_because="Each worker has a written description of every quota, its numbers and the adverse action it can lead to.",
    remedy="Give every worker, on hire, a written description of each quota: the number of tasks or items per defined time period and the adverse action that can follow a miss. Describe peer-relative rates the same way.",
    rationale=(
        "§2101 requires a covered employer to give each employee, on hire (staff employed when the law took effect on "
        "1 Jan 2022: within 30 days), a written description of each quota they are subject to, with the quantified tasks "
        "or materials per defined time period and any possible adverse action. A quota (§2100) is any such standard whose "
        "failure can lead to adverse action, whatever the employer calls it. Applying a quota to workers who hold no such "
        "description breaches the duty; the Labor Commissioner's 2024 citations against Amazon counted 59,017 such violations."
    ),
    penalty=_QUOTA_PENALTY,
)

QUOTA_BREAKS = Requirement(
    id="US-CA-LAB-2102-QUOTA-BREAKS",
    title="No warehouse quota prevents meal or rest breaks, bathroom use or safety compliance",
    jurisdiction="US-CA",
    citation=cite("2102"),
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a covered warehouse employer measures non-exempt workers in California against a quota or rate",
    applies_if=_QUOTA_APPLIES,
    checks=(
        Check(
            status=Status.violation,
            when=_QUOTA_STARTED & F("quota.accounts_for_breaks").false(),
            because="The quota already applies and is set without allowing for meal and rest breaks or bathroom use (including the time to walk there and back), so meeting it prevents them.",
        ),
        # Planned: no worker is required to meet it yet, but as designed it would prevent breaks.
        Check(
            status=Status.action_required,
            when=_QUOTA_PLANNED & F("quota.accounts_for_breaks").false(),
            because="The planned quota is designed without allowing for meal and rest breaks or bathroom use (including the time to walk there and back); as designed, meeting it would prevent them, so it must be changed before it applies.",
        ),
        Check(
            status=Status.violation,
            when=_QUOTA_STARTED & _NO_DESCRIPTION & _ADVERSE_DECISIONS,
            because="The quota already applies and its results serve discipline, promotion or termination decisions, but it has not been disclosed in writing; §2102 forbids adverse action for missing a quota that was not disclosed under §2101.",
        ),
        # Planned: nothing has been enforced yet, but the design would enforce an undisclosed quota.
        Check(
            status=Status.action_required,
            when=_QUOTA_PLANNED & _NO_DESCRIPTION & _ADVERSE_DECISIONS,
            because="The quota does not apply yet; its results are to serve discipline, promotion or termination decisions, but it has not been disclosed in writing, and no adverse action may follow a miss until it has been.",
        ),
    ),
    satisfied_because="The quota allows for meal and rest breaks and bathroom use, and it is either described in writing or not used for discipline, promotion or termination.",
    remedy="Recalculate quotas so that meal and rest breaks, bathroom trips (with travel time) and safety tasks fit within them, and take no adverse action for missing a quota that was not disclosed in writing.",
    rationale=(
        "§2102 forbids requiring an employee to meet a quota that prevents compliance with meal or rest periods, use of "
        "bathroom facilities including reasonable travel time, or occupational health and safety law, and forbids adverse "
        "action for failing such a quota or a quota that was not disclosed under §2101."
    ),
    penalty=_QUOTA_PENALTY,
)

PRODUCTIVE_TIME = Requirement(
    id="US-CA-LAB-2103-PRODUCTIVE-TIME",
    title="Time spent complying with safety rules counts as time on task in every quota and monitoring system",
    jurisdiction="US-CA",
    citation=cite("2103"),
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a covered warehouse employer measures non-exempt workers in California against a quota or rate",
    applies_if=_QUOTA_APPLIES,
    checks=(
        Check(
            status=Status.action_required,
            when=F("quota.accounts_for_breaks").false(),
            because="The quota is set without allowing for breaks or other non-production time, so nothing ensures that time spent complying with safety rules is counted as time on task.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("idle_detection"),
            because="Idle detection classes time as off task; unless time spent complying with safety rules is counted as time on task, the system conflicts with §2103.",
        ),
    ),
    satisfied_because="The quota allows for breaks and non-production time, and no idle detection is used that could class safety-compliance time as off task.",
    remedy="Configure the quota and monitoring system so that safety-compliance activities count as productive time, and exclude meal and rest breaks from the time on which the quota is measured.",
    rationale=(
        "§2103 treats anything an employee does to comply with occupational health and safety law as time on task and "
        "productive time for any quota or monitoring system; meal and rest breaks are not productive time unless the "
        "employee must stay on call."
    ),
    penalty=_QUOTA_PENALTY,
)

SPEED_DATA = Requirement(
    id="US-CA-LAB-2104-SPEED-DATA",
    title="Warehouse workers who ask, orally or in writing, receive their quota and 90 days of their work-speed data",
    jurisdiction="US-CA",
    citation=cite("2104"),
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a covered warehouse employer measures non-exempt workers in California against a quota or rate",
    applies_if=_QUOTA_APPLIES,
    checks=(
        Check(
            status=Status.action_required,
            when=F("quota.speed_data_request_process").false(),
            because="There is no way for workers to obtain their quota description and their own work-speed data on request.",
        ),
    ),
    satisfied_because="There is a process through which workers can request their quota description and their own work-speed data.",
    remedy="Set up a request channel that accepts oral and written requests, and answer within 21 calendar days with the quota description and the worker's own 90 most recent days of work-speed data (former employees: one request, covering the 90 days before separation).",
    rationale=(
        "§2104 lets a current or former employee who believes a quota caused a break or safety violation request the "
        "quota description and their most recent 90 days of work-speed data; the employer must answer within 21 calendar "
        "days. A request may be written or oral. There is no duty where the employer does not track work speed."
    ),
    penalty=_QUOTA_PENALTY,
)

QUOTA_RETALIATION = Requirement(
    id="US-CA-LAB-2105-QUOTA-RETALIATION",
    title="Warehouse workers are not retaliated against for asking about quotas or their work-speed data",
    jurisdiction="US-CA",
    citation=cite("2105"),
    in_force_from=dt.date(2022, 1, 1),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a covered warehouse employer measures non-exempt workers in California against a quota or rate",
    applies_if=_QUOTA_APPLIES,
    checks=(
        Check(
            status=Status.violation,
            when=F("labour_relations.adverse_actions_linked_to").has("quota_request"),
            because="Adverse action has been linked to a worker's request for quota or work-speed data, or a complaint about a quota.",
        ),
    ),
    satisfied_because="No adverse action is linked to quota requests or complaints.",
    remedy="Reverse adverse actions that followed quota requests or complaints, and document the independent grounds for any action within 90 days of such a request.",
    rationale=(
        "§2105 forbids discrimination, retaliation or other adverse action against an employee for requesting quota or "
        "work-speed data or complaining about a quota; adverse action within 90 days of such a request or complaint is "
        "presumed retaliatory."
    ),
    penalty=_QUOTA_PENALTY,
)

DEVICE_REIMBURSEMENT = Requirement(
    id="US-CA-LAB-2802-BYOD",
    title="Workers required to use their own phone or computer are reimbursed a reasonable share of its cost",
    jurisdiction="US-CA",
    citation=cite("2802", "a"),
    authorities=(COCHRAN,),
    in_force_from=LONG_STANDING,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When California workers must use their own devices for work (for example to run the monitoring agent)",
    applies_if=_CA_WORKERS & F("hr_practices.requires_personal_device").true(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("hr_practices.reimburses_device_cost").false(),
            because="Workers must use their own devices for work and are not reimbursed for them.",
        ),
    ),
    satisfied_because="Workers who must use their own devices are reimbursed.",
    remedy="Reimburse a reasonable percentage of the phone, plan and computer costs of every worker required to use their own device, even on unlimited plans, or issue employer devices.",
    rationale=(
        "§2802 requires an employer to indemnify employees for necessary expenditures in direct consequence of their "
        "duties. Where personal phones must be used for work, a reasonable percentage of the cost is owed even if the "
        "worker's plan is unlimited and no extra charge arises (Cochran)."
    ),
    penalty="Unreimbursed expenses with interest and fees (§2802(b)–(c)); Private Attorneys General Act penalties.",
)

CLASSIFICATIONS = (WAREHOUSE_EMPLOYER,)
REQUIREMENTS = (
    OFF_DUTY_CONDUCT,
    PRIVATE_AREAS,
    SOCIAL_MEDIA,
    PHOTO_FINGERPRINT,
    WHISTLEBLOWER,
    PERSONNEL_FILE,
    QUOTA_NOTICE,
    QUOTA_BREAKS,
    PRODUCTIVE_TIME,
    SPEED_DATA,
    QUOTA_RETALIATION,
    DEVICE_REIMBURSEMENT,
)
