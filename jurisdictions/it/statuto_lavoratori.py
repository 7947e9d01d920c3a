"""Statuto dei lavoratori — Legge 20 maggio 1970, n. 300 (Workers' Statute).

Official text: https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1970-05-20;300
(Normattiva). Art. 4 as replaced by D.Lgs. 151/2015 (in force 24 Sep 2015). Breaches of arts.
4 and 8 are criminal offences under art. 38, via arts. 114, 113 and 171 of the Privacy Code.
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import AS_OF, Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import ALL_TECHNIQUES, EMPLOYEE_ROLES, WORKER_ROLES, uses_any_technique
from .scope import JURISDICTION

URL = "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1970-05-20;300"
cite = partial(Citation, instrument="Legge 20 maggio 1970, n. 300 (Statuto dei lavoratori)", short="Statuto dei lavoratori", article_label="Art")
ART4_IN_FORCE = dt.date(2015, 9, 24)
STATUTO_IN_FORCE = dt.date(1970, 6, 11)
ART38_PENALTY = "Criminal offence under art. 38 of the Statuto (via art. 171 of the Privacy Code): a fine of EUR 154–1,549 or arrest from 15 days to one year; GDPR fines."

INL_2572 = Authority(
    title="Ispettorato nazionale del lavoro, note n. 2572 of 14 Apr 2023 (individual consent cannot replace the agreement or authorisation)",
    url=None,
)

_IT = F("country") == "IT"
IT_EMPLOYEES = _IT & F("roles").has_any(*EMPLOYEE_ROLES)
# Population gates are classifications so that every rule sharing them reads one derived fact.
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
IT_EMPLOYEES_PRESENT = Classification(
    id="IT-SL-EMPLOYEES",
    title="Employees working in Italy are monitored",
    jurisdiction="IT",
    citation=cite(article="4", paragraph="1", url=URL + "~art4"),
    grade=Grade.V,
    condition=JURISDICTION.holds() & Exists("workforce", IT_EMPLOYEES),
    rationale="Art. 4 of the Statuto protects employees (lavoratori) from remote control of their activity.",
).holds()
IT_WORKERS_PRESENT = Classification(
    id="IT-SL-WORKERS",
    title="Workers or job applicants in Italy are monitored",
    jurisdiction="IT",
    citation=cite(article="8", url=URL + "~art8"),
    grade=Grade.V,
    condition=JURISDICTION.holds() & Exists("workforce", _IT & F("roles").has_any(*WORKER_ROLES)),
    rationale="Art. 8 of the Statuto applies at hiring and throughout employment, so applicants count.",
).holds()
# Neither a collective agreement with the RSU/RSA (or national unions) nor an authorisation of
# the labour inspectorate (INL) covers the tool. Workers' individual consent is not one of the
# two routes, so nothing else counts.
NO_ART4_PROCEDURE = Exists(
    "workforce",
    IT_EMPLOYEES & Not(F("consultation.agreement_signed").true() | F("consultation.authority_authorisation").true()),
)

# --------------------------------------------------------------------------- art. 4(2) — work tools (gating)
# Tools the worker uses to do the job and attendance/access recorders are exempt from the art.
# 4(1) procedure, but only as such: monitoring functions added on top are not (Garante practice;
# Ministry of Labour note of 18 Jun 2015). E-mail metadata needed to run the mail system, kept
# no longer than about 21 days, count as part of the work tool (Garante, 6 Jun 2024).
_ACCESS_AND_ATTENDANCE = ("badge_rfid", "fingerprint", "face_verification")
_BEYOND_WORK_TOOLS = tuple(t for t in ALL_TECHNIQUES if t not in (*_ACCESS_AND_ATTENDANCE, "email_monitoring"))

WORK_TOOLS_ONLY = Classification(
    id="IT-SL-4-2-WORK-TOOLS",
    title="Only work tools and attendance or access recorders are used (exempt from the art. 4(1) procedure)",
    jurisdiction="IT",
    citation=cite(article="4", paragraph="2", url=URL + "~art4"),
    grade=Grade.S,
    condition=F("monitoring.techniques").has_none(*_BEYOND_WORK_TOOLS)
    & (
        F("monitoring.techniques").has_none("email_monitoring")
        | (F("monitoring.captures_message_content").false() & (F("retention.days.communications") <= 21))
    ),
    rationale="Art. 4(2) exempts tools used to perform the work and tools recording access and attendance. Any monitoring function beyond what the job needs falls back under art. 4(1).",
)

# --------------------------------------------------------------------------- art. 4(1) — remote control
# Triggered by capability: tools "from which remote control of workers' activity is also
# possible", whatever the employer intends.

REMOTE_CONTROL = Requirement(
    id="IT-SL-4-1-REMOTE-CONTROL",
    title="A union agreement or labour-inspectorate authorisation covers every tool able to control workers remotely",
    jurisdiction="IT",
    citation=cite(article="4", paragraph="1", url=URL + "~art4"),
    authorities=(INL_2572,),
    in_force_from=ART4_IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When employees in Italy are subject to a tool, beyond plain work tools, from which remote control of their activity is possible",
    applies_if=IT_EMPLOYEES_PRESENT & uses_any_technique() & Not(WORK_TOOLS_ONLY.holds()),
    checks=(
        Check(
            status=Status.violation,
            when=NO_ART4_PROCEDURE & (F("processing_started_on") <= AS_OF),
            because="The tool is in use with neither a union agreement nor an authorisation from the labour inspectorate; workers' individual consent does not make up for it.",
        ),
        Check(
            status=Status.action_required,
            when=NO_ART4_PROCEDURE,
            because="No union agreement or labour-inspectorate authorisation has been obtained for the planned tool.",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has_any("productivity_measurement", "performance_evaluation"),
            because="The stated purpose is to measure workers' output; art. 4(1) admits such tools only for organisational or production needs, safety at work or protection of company assets, not to control the work as such.",
        ),
    ),
    satisfied_because="A union agreement or a labour-inspectorate authorisation covers the tool, and its purposes are among those art. 4(1) allows.",
    remedy="Before installation, sign an agreement with the RSU/RSA (or the most representative national unions for multi-site firms) or, failing that, obtain authorisation from the Ispettorato nazionale del lavoro; state an organisational, safety or asset-protection purpose.",
    rationale="Art. 4(1) allows audiovisual equipment and other tools from which remote control of workers is also possible only for organisational and production needs, safety at work or protection of company assets, and only after a collective agreement or, failing one, an INL authorisation. The INL (note 2572/2023) confirms individual consent cannot replace either.",
    penalty=ART38_PENALTY,
)

# --------------------------------------------------------------------------- art. 4(3) — use of the information

_EMPLOYMENT_USES = ("discipline", "performance_evaluation", "promotion_or_termination", "compensation", "productivity_measurement")

USE_OF_DATA = Requirement(
    id="IT-SL-4-3-USE-OF-DATA",
    title="Monitoring data is used for employment purposes only after workers were told how tools are used and checked",
    jurisdiction="IT",
    citation=cite(article="4", paragraph="3", url=URL + "~art4"),
    in_force_from=ART4_IN_FORCE,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When information from monitoring tools is used for discipline, evaluation or other employment decisions about employees in Italy",
    applies_if=IT_EMPLOYEES_PRESENT & uses_any_technique() & F("purposes").has_any(*_EMPLOYMENT_USES),
    checks=(
        Check(
            status=Status.action_required,
            when=Not(WORK_TOOLS_ONLY.holds()) & NO_ART4_PROCEDURE,
            because="The data comes from a tool installed without the art. 4(1) agreement or authorisation, so it cannot be used for employment purposes.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection") | (F("transparency.notice_channel") == "none"),
            because="Workers have not been given adequate information, in advance, on how the tools are used and how checks are carried out.",
        ),
        Check(
            status=Status.action_required,
            when=Not(F("transparency.notice_covers").has("purposes") & F("transparency.notice_covers").has("data_categories")),
            because="The information given does not explain what the tools collect and for which purposes, as the Privacy Code requires.",
        ),
    ),
    satisfied_because="The tool is lawfully installed and workers received advance information on its use, the checks, the data and the purposes.",
    remedy="Before relying on the data, issue a written policy (disciplinare interno) on how the tools may be used and how and when checks are made, with a privacy notice on data and purposes; do not use data from tools lacking the art. 4(1) procedure.",
    rationale="Art. 4(3) lets the employer use information gathered under paragraphs 1 and 2 for all employment purposes only if workers were adequately informed about how the tools are used and checks are carried out, and the Privacy Code (D.Lgs. 196/2003) is complied with.",
    penalty="The information cannot be used against workers (disciplinary measures based on it are open to annulment); GDPR fines.",
)

# --------------------------------------------------------------------------- art. 8 — no investigation into opinions
# Verified wording: the employer may not carry out investigations ("indagini"), even through
# third parties, into workers' political, religious or union opinions, or into facts irrelevant
# to their professional aptitude, at hiring or during employment. Any inquiry counts, not only
# automated profiling.

OPINIONS = Requirement(
    id="IT-SL-8-OPINIONS",
    title="No inquiry is made into workers' political, religious or union opinions or facts irrelevant to their aptitude",
    jurisdiction="IT",
    citation=cite(article="8", url=URL + "~art8"),
    authorities=(Authority(title="Corte d'appello di Milano, 30 Sep 2005 (e-mail and internet monitoring software can breach art. 8)", url=None, kind="case_law"),),
    in_force_from=STATUTO_IN_FORCE,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When workers or job applicants in Italy are monitored",
    applies_if=IT_WORKERS_PRESENT & uses_any_technique(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has_any("union_activity", "protected_characteristic"),
            because="The tool draws conclusions about union activity or other protected characteristics, an inquiry art. 8 forbids outright.",
        ),
        Check(
            status=Status.violation,
            when=F("hr_practices.requests_personal_social_media_access").true(),
            because="Workers or applicants are asked for access to their personal social media, an inquiry into opinions and private facts.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("social_media_monitoring") | F("monitoring.captures_personal_accounts").true(),
            because="The monitoring reaches social media or private accounts, where opinions and facts irrelevant to aptitude are found.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="The monitoring reaches off-duty life, which is irrelevant to professional aptitude.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("email_monitoring", "chat_monitoring")
            & F("monitoring.excluded_contexts").has_none("union_channels"),
            because="E-mail or chat is monitored without excluding union communications.",
        ),
    ),
    satisfied_because="The tool draws no inferences on opinions or protected characteristics and stays out of private accounts, off-duty life and union channels.",
    remedy="Remove any inference on opinions, union activity or private life; exclude personal accounts, social media, union channels and off-duty time from capture; never ask workers or applicants for access to their private accounts.",
    rationale="Art. 8 forbids the employer, at hiring and throughout employment, to investigate, even through third parties, workers' political, religious or trade-union opinions and facts irrelevant to assessing their professional aptitude.",
    penalty=ART38_PENALTY,
)

REQUIREMENTS = (REMOTE_CONTROL, USE_OF_DATA, OPINIONS)
