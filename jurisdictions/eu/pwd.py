"""Platform Work Directive — Directive (EU) 2024/2831 of 23 October 2024.

Official text: https://eur-lex.europa.eu/eli/dir/2024/2831/oj (OJ L, 2024/2831, 11.11.2024).
A directive binds the Member States, not platforms: its rules reach a platform through the
national law that transposes them, due by 2 Dec 2026 (Art 29(1), V). We apply the Directive's
rules as the content of that national law from the transposition deadline and report them as
upcoming before it; a Member State that transposes late, or more strictly, is not modelled.
Chapter III (algorithmic management, Arts 7–15) protects everyone performing platform work in
the Union, including the genuinely self-employed, for their personal data (Art 1(2)), whatever
the platform's place of establishment (Art 1(3)). Penalties are set by the Member States.

Grades follow docs/verification/eu.md: the EUR-Lex text is stored but only its recitals could
be read, so Art 2, Art 7(1)(d)–(e) and the details of Arts 8, 10 and 11 remain K.
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import AnyOf, Exists, F, Not
from engine.description import DecisionType
from engine.model import Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EU_MEMBER_STATES, uses_any_technique

URL = "https://eur-lex.europa.eu/eli/dir/2024/2831/oj"
#: Art 29(1): Member States bring the transposing laws into force by 2 Dec 2026.
TRANSPOSED_BY = dt.date(2026, 12, 2)
PENALTY = "Set by each Member State in its transposing law (effective, proportionate and dissuasive); the Directive itself fixes no amount."

cite = partial(Citation, instrument="Directive (EU) 2024/2831 (Platform Work Directive)", short="PWD", url=URL)

# --------------------------------------------------------------------------- Art 2: scope

# The "automated monitoring or decision-making systems" element of the platform definition:
# any electronic monitoring of the work, an AI system, or decisions driven by system output.
_AUTOMATED_SYSTEMS = (
    uses_any_technique()
    | Exists("ai_systems", F("is_ai_system").true())
    | Exists("decisions", F("solely_automated").true() | F("score_determining").true())
)

PLATFORM_WORK = Classification(
    id="EU-PWD-2-SCOPE",
    title="The deployment is platform work organised by a digital labour platform in the Union",
    jurisdiction="EU",
    citation=cite(article="2", paragraph="1"),
    grade=Grade.K,
    # Art 2(1) (wording K): a service provided at least partly at a distance by electronic means,
    # at the request of a recipient, that organises work performed by individuals for payment and
    # uses automated monitoring or decision-making systems. Art 1(3): the platform's place of
    # establishment does not matter, only that the work is performed in the Union.
    condition=Exists("workforce", F("roles").has("platform_worker") & F("country").one_of(*EU_MEMBER_STATES))
    & F("organisation.is_digital_labour_platform").true()
    & _AUTOMATED_SYSTEMS,
    rationale="A digital labour platform that organises platform work performed in the Union with automated monitoring or decision-making systems. The Art 2(1) wording of the final text was not seen by our research (K).",
)

_APPLIES_WHEN = "When a digital labour platform organises platform work in the Union with automated systems"
_PLATFORM_WORKERS = F("roles").has("platform_worker")
_REPRESENTED = F("representation.works_council").true() | F("representation.trade_union").true() | F("representation.cse").true()
_COMMUNICATIONS = F("monitoring.techniques").has_any("chat_monitoring", "email_monitoring", "call_recording")
_UNION_CHANNELS_EXCLUDED = F("monitoring.excluded_contexts").has("union_channels")

# --------------------------------------------------------------------------- Art 7(1): prohibitions

EMOTIONAL_STATE = Requirement(
    id="EU-PWD-7-1-A-EMOTION",
    title="No data on platform workers' emotional or psychological state is processed",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="a"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    # Unlike AI Act Art 5(1)(f), there is no medical or safety exception and no limit to
    # biometric inputs: text sentiment analysis is caught as well.
    checks=(
        Check(
            status=Status.violation,
            when=Exists("ai_systems", F("infers_emotions").true()),
            because="A system infers the emotions or mood of people performing platform work.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has("emotional_state") | F("monitoring.techniques").has_any("emotion_recognition", "sentiment_analysis"),
            because="The monitoring infers or analyses the emotional state of people performing platform work (emotion recognition or sentiment analysis).",
        ),
    ),
    satisfied_because="Nothing in the deployment processes platform workers' emotional or psychological state.",
    remedy="Remove every feature that infers mood, stress, sentiment or psychological state of couriers, drivers or other platform workers, including text sentiment scores; there is no safety exception.",
    rationale="Art 7(1)(a) forbids platforms to process, by means of automated monitoring or decision-making systems, any personal data on the emotional or psychological state of people performing platform work. It is broader than the AI Act ban: no biometric-data requirement and no medical or safety exception.",
    penalty=PENALTY,
)

PRIVATE_CONVERSATIONS = Requirement(
    id="EU-PWD-7-1-B-PRIVATE-CONV",
    title="No data from platform workers' private conversations is processed, including exchanges with their representatives",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="b"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.captures_personal_accounts").true(),
            because="The monitoring can reach platform workers' private accounts (personal webmail or social media), that is, their private conversations.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.captures_message_content").true()
            & Exists("workforce", _PLATFORM_WORKERS & F("private_use_of_tools").one_of("permitted", "tolerated")),
            because="Message contents are captured on tools that platform workers are allowed to use privately, so private conversations are processed.",
        ),
        Check(
            status=Status.at_risk,
            when=_COMMUNICATIONS & Not(_UNION_CHANNELS_EXCLUDED),
            because="Communications are monitored and channels with other platform workers' representatives are not excluded; exchanges with representatives are expressly protected.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("ambient_audio", "cctv_audio"),
            because="Ambient or camera audio is recorded, which is likely to pick up private conversations.",
        ),
    ),
    satisfied_because="No private accounts, private messages or ambient audio are captured, and union channels are left out of any communications monitoring.",
    remedy="Stop capturing private accounts and private messages, exclude channels used with other workers and their representatives, and switch off ambient audio.",
    rationale="Art 7(1)(b) forbids processing personal data on private conversations of people performing platform work, including exchanges with other platform workers and their representatives.",
    penalty=PENALTY,
)

OFF_DUTY = Requirement(
    id="EU-PWD-7-1-C-OFF-DUTY",
    title="No personal data is collected while the person is neither offering nor performing platform work",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="c"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Data is collected while platform workers are logged off or not available for work (for example location tracking with the app in the background).",
        ),
        Check(
            status=Status.at_risk,
            # Whether a break while logged in is "offering" work is not settled.
            when=F("monitoring.time_scope") == "includes_breaks",
            because="Collection continues during breaks, when the person may be neither offering nor performing platform work.",
        ),
    ),
    satisfied_because="Collection stops whenever the person is not offering or performing platform work.",
    remedy="Stop all collection, location included, as soon as the worker logs off or is unavailable, and pause it during breaks.",
    rationale="Art 7(1)(c) forbids collecting any personal data while the person performing platform work is not offering or performing it.",
    penalty=PENALTY,
)

RIGHTS_PREDICTION = Requirement(
    id="EU-PWD-7-1-D-RIGHTS-PREDICT",
    title="No data is processed to predict whether platform workers will organise, bargain collectively or take industrial action",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="d"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.K,  # point (d) not seen in any source (verification pass)
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has("union_activity"),
            because="The system infers union activity, which serves to predict whether workers will exercise their freedom of association or take collective action.",
        ),
        Check(
            status=Status.at_risk,
            when=F("labour_relations.union_campaign_underway").true()
            & F("monitoring.techniques").has_any("chat_monitoring", "email_monitoring", "social_media_monitoring")
            & Not(_UNION_CHANNELS_EXCLUDED),
            because="Communications or social media are monitored during a union campaign without excluding union channels; the data could be used to anticipate collective action.",
        ),
    ),
    satisfied_because="Nothing in the deployment infers or anticipates union activity or collective action.",
    remedy="Remove any inference of union activity and exclude union channels from monitoring, especially during an organising campaign.",
    rationale="Art 7(1)(d) forbids processing personal data to predict the exercise of fundamental rights such as freedom of association, collective bargaining and action, or information and consultation. The wording of point (d) is unverified (K).",
    penalty=PENALTY,
)

SENSITIVE_INFERENCE = Requirement(
    id="EU-PWD-7-1-E-SENSITIVE-INFER",
    title="No data is processed to infer platform workers' origin, migration status, beliefs, health, disability or sexuality",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="e"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.K,  # core list S; full wording K (verification pass)
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    # The list in point (e) also names emotional state and trade-union membership; those
    # inferences are reported under points (a) and (d) so that one fact gives one finding.
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has_any("protected_characteristic", "health"),
            because="The system infers a protected characteristic or the state of health of people performing platform work.",
        ),
        Check(
            status=Status.violation,
            when=Exists("ai_systems", F("biometric_categorisation").true()),
            because="A system deduces sensitive traits (origin, beliefs, union membership, sex life) of platform workers from their biometric data.",
        ),
    ),
    satisfied_because="Nothing in the deployment infers protected characteristics or health.",
    remedy="Remove every inference of ethnic origin, migration status, political or religious views, disability, health, or sex life and orientation, including proxies built from location or behaviour.",
    rationale="Art 7(1)(e) forbids processing personal data to infer racial or ethnic origin, migration status, political opinions, religious or philosophical beliefs, disability, health, emotional or psychological state, trade-union membership, sex life or sexual orientation. The core of the list is consistent across sources (S); its full wording is unverified (K).",
    penalty=PENALTY,
)

BIOMETRIC_IDENTIFICATION = Requirement(
    id="EU-PWD-7-1-F-BIOMETRIC-ID",
    title="Platform workers are not identified by matching their biometric data against a database of many people",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="1", point="f"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.techniques").has("face_identification"),
            because="Faces of platform workers are matched against a database of many people (one-to-many identification).",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("fingerprint", "voice_analysis"),
            because="Fingerprint or voice biometrics are used; confirm they only check a claimed identity (one-to-one) and never search a database.",
        ),
    ),
    satisfied_because="Biometrics, if any, only verify a claimed identity one-to-one.",
    remedy="Replace one-to-many face identification with one-to-one verification against the worker's own template, or with a non-biometric login.",
    rationale="Art 7(1)(f) forbids processing biometric data of a person performing platform work to establish identity by comparison with the biometric data of a number of individuals in a database. One-to-one verification of a claimed identity is outside the ban (recitals).",
    penalty=PENALTY,
)

# --------------------------------------------------------------------------- Art 7(2): recruitment

RECRUITMENT = Requirement(
    id="EU-PWD-7-2-RECRUIT",
    title="The Art 7 prohibitions are respected from the start of recruitment for platform work",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="2"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When a digital labour platform recruits or selects people for platform work in the Union with automated systems",
    applies_if=F("organisation.is_digital_labour_platform").true()
    & Exists("workforce", F("roles").has("applicant") & F("country").one_of(*EU_MEMBER_STATES))
    & _AUTOMATED_SYSTEMS,
    checks=(
        Check(
            status=Status.violation,
            when=Exists(
                "ai_systems",
                F("uses").has("recruitment_selection") & (F("infers_emotions").true() | F("biometric_categorisation").true()),
            ),
            because="The system that screens candidates for platform work infers their emotions or sorts them by sensitive traits.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has_any("emotional_state", "protected_characteristic", "health", "union_activity"),
            because="The deployment infers emotional state, health, protected characteristics or union activity, and candidates for platform work are within its reach.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.techniques").has("face_identification"),
            because="Candidates for platform work are identified by one-to-many face matching.",
        ),
    ),
    satisfied_because="Recruitment for platform work uses none of the practices Art 7(1) forbids.",
    remedy="Apply the Art 7(1) bans to the selection process: no emotion or sensitive-trait inference on candidates, and no one-to-many biometric identification.",
    rationale="Art 7(2) extends the prohibitions of Art 7(1) to people in a recruitment or selection procedure for platform work.",
    penalty=PENALTY,
)

# --------------------------------------------------------------------------- Arts 8–13: duties

DPIA = Requirement(
    id="EU-PWD-8-DPIA",
    title="A data protection impact assessment of the automated systems is done with the platform workers' views",
    jurisdiction="EU",
    citation=cite(article="8", paragraph="1"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required_before_deployment,
    grade=Grade.K,  # general duty S; details (views sought, copy to representatives) K
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.dpia.status").one_of("none", "in_progress"),
            because="No DPIA has been completed for the platform's automated monitoring and decision-making systems.",
        ),
        Check(
            status=Status.at_risk,
            when=F("assessments.dpia.workers_views_sought").false(),
            because="The DPIA was done without seeking the views of the platform workers and their representatives.",
        ),
    ),
    satisfied_because="A DPIA was completed with the platform workers' views. Whether it was given to their representatives is not recorded in the description.",
    remedy="Carry out a GDPR DPIA of the automated systems, seek the views of the platform workers and their representatives, and give the representatives the assessment.",
    rationale="Art 8 treats processing by automated monitoring or decision-making systems as likely to be high-risk, so the platform must carry out a GDPR Art 35 DPIA; the duty to seek workers' views and to share the DPIA with their representatives is reported by secondary sources only (K).",
    penalty=PENALTY,
)

#: Art 9(1): that systems are used, the data and actions monitored, their aims, and the decisions
#: taken or supported with their main parameters.
_NOTICE_TOPICS = ("ai_use", "data_categories", "purposes", "adm_logic")

TRANSPARENCY = Requirement(
    id="EU-PWD-9-TRANSPARENCY",
    title="Platform workers get written information on the automated systems, their data and main parameters by their first working day",
    jurisdiction="EU",
    citation=cite(article="9", paragraph="1"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Platform workers are not told about the automated systems before or when they start work.",
        ),
        Check(
            status=Status.action_required,
            when=AnyOf(*(Not(F("transparency.notice_covers").has(topic)) for topic in _NOTICE_TOPICS)),
            because="The information omits the use of automated systems, the data they process, their aims or the main parameters of their decisions.",
        ),
        Check(
            status=Status.at_risk,
            when=F("transparency.notice_channel").one_of("signage", "none"),
            because="The information is not given as a written (or electronic) document, as the Directive requires.",
        ),
    ),
    satisfied_because="Platform workers receive written information on the systems, the data, the aims and the decision parameters before they start.",
    remedy="Give each platform worker, and their representatives, a written or electronic document by the first working day: which systems monitor or decide, what data and actions they track, for what aims, which decisions they take or support, and their main parameters and weight, including grounds for restricting or closing accounts.",
    rationale="Art 9 requires platforms to inform platform workers, their representatives and, on request, national authorities of the automated monitoring and decision-making systems: that they are used, the data and actions monitored, their aims, the decisions taken or supported and their main parameters. The information is written and due at the latest on the first working day and before changes.",
    penalty=PENALTY,
)

_ACCOUNT_ENDING = F("type").one_of("account_deactivation", "demotion_suspension_termination")

HUMAN_OVERSIGHT = Requirement(
    id="EU-PWD-10-HUMAN-OVERSIGHT",
    title="Qualified staff oversee the automated systems, and a human decides any restriction, suspension or termination of an account",
    jurisdiction="EU",
    citation=cite(article="10", paragraph="5"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required,
    grade=Grade.K,  # 10(5) V; oversight by qualified staff S; periodicity K (not encoded)
    applies_when=_APPLIES_WHEN,
    applies_if=PLATFORM_WORK.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("decisions", _ACCOUNT_ENDING & F("solely_automated").true()),
            because="Decisions to restrict, suspend or close a platform worker's account or contract are taken without a human being.",
        ),
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", F("is_ai_system").true() & F("human_oversight_assigned").false()),
            because="No qualified staff are assigned to oversee the automated systems and their decisions.",
        ),
        Check(
            status=Status.at_risk,
            # "any other decision of equivalent detriment" (Art 10(5)) is open-textured.
            when=Exists("decisions", F("type").one_of("pay_deduction", "discipline", "compensation") & F("solely_automated").true()),
            because="Pay or disciplinary decisions are taken automatically; they may be of a detriment equivalent to closing an account, which needs a human decision.",
        ),
    ),
    satisfied_because="Staff oversee the systems and people take every decision to restrict, suspend or close an account.",
    remedy="Route every restriction, suspension or deactivation (and comparable pay or disciplinary decisions) to a person with authority to decide, and assign qualified staff to oversee the systems regularly.",
    rationale="Art 10 requires platforms to oversee automated systems with qualified staff, and Art 10(5) requires that any decision to restrict, suspend or terminate the contractual relationship or account, or of equivalent detriment, be taken by a human being. The periodicity of the review (reported as every two years) is unverified and not encoded.",
    penalty=PENALTY,
)

HUMAN_REVIEW = Requirement(
    id="EU-PWD-11-HUMAN-REVIEW",
    title="Platform workers can get an explanation of, and a human review of, decisions taken or supported by automated systems",
    jurisdiction="EU",
    citation=cite(article="11", paragraph="1"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required,
    grade=Grade.K,  # 11(1) V; contact person, deadlines and review details K
    applies_when="When a digital labour platform takes or supports decisions about platform workers with automated systems",
    applies_if=PLATFORM_WORK.holds() & Exists("decisions", F("type").one_of(*(t.value for t in DecisionType))),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("decisions", F("explanation_available").false()),
            because="No explanation is available for a decision taken or supported by the automated systems.",
        ),
        Check(
            status=Status.action_required,
            when=Exists("decisions", F("contest_channel").false()),
            because="Platform workers cannot ask for a review of a decision taken or supported by the automated systems.",
        ),
    ),
    satisfied_because="Every automated or system-supported decision can be explained and reviewed on request.",
    remedy="Offer a contact person who explains, without undue delay, any decision taken or supported by the systems, and a procedure to request its review with a reasoned written reply.",
    rationale="Art 11(1) gives people performing platform work the right to an explanation, without undue delay, of any decision taken or supported by an automated system; Art 11 also gives a right to request review. The contact-person, deadline and written-reasons details are unverified (K) and not encoded.",
    penalty=PENALTY,
)

_AUTOMATED_SANCTION = F("type").one_of("pay_deduction", "discipline", "account_deactivation", "demotion_suspension_termination") & F("solely_automated").true()

SAFETY = Requirement(
    id="EU-PWD-12-SAFETY",
    title="The safety and health risks of automated systems that set the pace of platform work are evaluated and undue pressure avoided",
    jurisdiction="EU",
    citation=cite(article="12"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required,
    grade=Grade.S,  # substance S; article number and "undue pressure" wording K
    applies_when="When a digital labour platform allocates work or sets work-rate targets through automated systems",
    applies_if=PLATFORM_WORK.holds() & (F("quota.used").true() | Exists("decisions", F("type") == "work_allocation")),
    # Whether pressure is "undue" is a judgment: the checks report at_risk.
    checks=(
        Check(
            status=Status.at_risk,
            when=F("quota.used").true() & F("quota.accounts_for_breaks").false(),
            because="The work-rate target leaves no time for breaks, which puts undue pressure on platform workers.",
        ),
        Check(
            status=Status.at_risk,
            when=F("quota.used").true() & Exists("decisions", _AUTOMATED_SANCTION),
            because="Work-rate targets are enforced by automatic sanctions, which pushes platform workers to work at an unsafe pace.",
        ),
    ),
    satisfied_because="Targets leave room for breaks and are not enforced automatically. The safety risk evaluation itself is not recorded in the description.",
    remedy="Evaluate the accident and psychosocial risks of the dispatch and rating systems, build breaks into any target, and keep sanctions for missed targets under human control.",
    rationale="The Directive requires platforms to evaluate the risks of automated monitoring and decision-making systems to the safety and health of platform workers, in particular accidents and psychosocial risks, and not to use them in a way that puts undue pressure on workers (S for the substance; article number and wording K).",
    penalty=PENALTY,
)

INFORMATION_CONSULTATION = Requirement(
    id="EU-PWD-13-INFO-CONSULT",
    title="Platform workers' representatives are informed and consulted before automated systems are introduced or substantially changed",
    jurisdiction="EU",
    citation=cite(article="13"),
    in_force_from=TRANSPOSED_BY,
    severity=Severity.required_before_deployment,
    grade=Grade.S,  # substance S; article number and expert-cost rule K
    applies_when="When a digital labour platform whose platform workers have representatives introduces automated systems",
    applies_if=PLATFORM_WORK.holds() & Exists("workforce", _PLATFORM_WORKERS & _REPRESENTED),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists(
                "workforce",
                _PLATFORM_WORKERS & _REPRESENTED & (F("consultation.informed").false() | F("consultation.consulted").false()),
            ),
            because="The platform workers' representatives were not informed and consulted before the automated systems were introduced.",
        ),
    ),
    satisfied_because="The representatives were informed and consulted before the systems were introduced.",
    remedy="Inform and consult the platform workers' representatives before introducing or substantially changing the systems, and let them be assisted by an expert.",
    rationale="The Directive requires information and consultation of platform workers' representatives on decisions likely to lead to the introduction of, or substantial changes in, automated monitoring or decision-making systems (S); the expert-support and cost rule is unverified (K) and not encoded. Where there are no representatives, the workers must be informed directly.",
    penalty=PENALTY,
)

REQUIREMENTS = (
    EMOTIONAL_STATE,
    PRIVATE_CONVERSATIONS,
    OFF_DUTY,
    RIGHTS_PREDICTION,
    SENSITIVE_INFERENCE,
    BIOMETRIC_IDENTIFICATION,
    RECRUITMENT,
    DPIA,
    TRANSPARENCY,
    HUMAN_OVERSIGHT,
    HUMAN_REVIEW,
    SAFETY,
    INFORMATION_CONSULTATION,
)
