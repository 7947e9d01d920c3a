"""Artificial Intelligence Act — Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744.

Official text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj (OJ L, 12.7.2024); in force
1 Aug 2024. Dates of application (Art 113, as amended by the 2026 "Digital Omnibus on AI",
Regulation (EU) 2026/1744 of 8 Jul 2026, in force 27 Jul 2026):

* Chapters I–II — Art 4 AI literacy, Art 5 prohibitions — from 2 Feb 2025 (third paragraph, point (a));
* penalties (Art 99) from 2 Aug 2025 (third paragraph, point (b));
* everything else from 2 Aug 2026 (second paragraph), including the Art 50 transparency duties;
* Chapter III Sections 1–3 for Annex III systems — Art 6 classification, Art 26 deployer
  duties, Art 27 FRIA — from 2 Dec 2027 (third paragraph, point (c)(i) as amended; was 2 Aug 2026).

The amended dates are graded S: consistent secondary sources quote the amending act, whose OJ
text our research could not open. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import BIOMETRIC_INPUTS, EMPLOYEE_ROLES, EU_MEMBER_STATES, WORKER_ROLES
from .gdpr import DPIA_REQUIRED, WORKERS

URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"

#: Art 113, third paragraph, point (a): Chapters I and II (Arts 1–5).
CHAPTERS_I_II_APPLY = dt.date(2025, 2, 2)
#: Art 113, second paragraph: the general date of application (Art 50 included).
GENERAL_APPLICATION = dt.date(2026, 8, 2)
#: Art 113, third paragraph, point (c)(i) as amended by Reg (EU) 2026/1744: Annex III systems.
ANNEX_III_APPLIES = dt.date(2027, 12, 2)

_SME = "lower of the two for SMEs including start-ups, Art 99(6), which the 2026 amendment reportedly extends to small mid-caps"
FINE_ART_5 = "AI Act Art 99(3): up to EUR 35 million or 7 % of worldwide annual turnover, whichever is higher (lower of the two for SMEs, Art 99(6)); finable since 2 Aug 2025."
FINE_99_4 = f"AI Act Art 99(4): up to EUR 15 million or 3 % of worldwide annual turnover, whichever is higher ({_SME})."
NO_AIA_FINE = "No fine of its own: {what} is not among the provisions listed in AI Act Art 99(3)–(5); Member States may set penalties under Art 99(1)."

cite = partial(Citation, instrument="Regulation (EU) 2024/1689 (Artificial Intelligence Act)", short="AI Act", url=URL)

PROHIBITED_PRACTICES_GUIDELINES = Authority(
    title="European Commission, Guidelines on prohibited AI practices, C(2025) 5052 final",
    url="https://digital-strategy.ec.europa.eu/en/library/commission-publishes-guidelines-prohibited-artificial-intelligence-ai-practices-defined-ai-act",
)
AI_SYSTEM_GUIDELINES = Authority(
    title="European Commission, Guidelines on the definition of an artificial intelligence system, 6 Feb 2025",
    url=None,
)
DIGITAL_OMNIBUS = Authority(
    title="Regulation (EU) 2026/1744 of 8 July 2026 amending Regulation (EU) 2024/1689 (Digital Omnibus on AI), OJ L, 2026/1744, 24.7.2026 — amended Art 113 dates of application",
    url="https://eur-lex.europa.eu/eli/reg/2026/1744/oj",
    kind="legislation",
)

# --------------------------------------------------------------------------- item conditions
# Conditions on one entry of ``ai_systems`` (paths relative to the item). Classifications are
# deployment-wide, so requirements repeat the item condition inside ``Exists`` to tie each
# duty to the system that triggers it.

ANNEX_III_4_USES = ("recruitment_selection", "terms_promotion_termination", "task_allocation_on_behaviour", "monitor_evaluate_performance")
WORK_MANAGEMENT_USES = ("terms_promotion_termination", "task_allocation_on_behaviour", "monitor_evaluate_performance")

_AI = F("is_ai_system").true()
_DEPLOYER = F("role").one_of("deployer", "provider_and_deployer")
_PROVIDER = F("role").one_of("provider", "provider_and_deployer")
# Art 3(39): emotions *or intentions*, inferred from biometric data (Art 3(34): physical,
# physiological or behavioural signals; the Commission counts typing and mouse dynamics).
_EMOTION_RECOGNITION = (
    _AI & (F("infers_emotions").true() | F("infers_intentions").true()) & F("inference_inputs").has_any(*BIOMETRIC_INPUTS)
)
# Annex III point 1 lists biometric systems only "in so far as their use is permitted". At work,
# emotion inference is banned by Art 5(1)(f) unless it serves medicine or safety; inferring
# intentions alone is outside that ban. Those are the permitted, hence high-risk, uses.
_EMOTION_RECOGNITION_PERMITTED = _EMOTION_RECOGNITION & (F("medical_or_safety_purpose").true() | F("infers_emotions").false())
_ANNEX_III_4 = _AI & F("uses").has_any(*ANNEX_III_4_USES)
_HIGH_RISK_SYSTEM = _ANNEX_III_4 | _EMOTION_RECOGNITION_PERMITTED
_BIOMETRIC_CATEGORISATION = _AI & F("biometric_categorisation").true()

# WORKERS (some population of workers) is shared with the GDPR module.
EMPLOYEES = Exists("workforce", F("roles").has_any(*EMPLOYEE_ROLES))

# --------------------------------------------------------------------------- Art 3(1): AI system

AI_SYSTEM = Classification(
    id="EU-AIA-3-1-AI-SYSTEM",
    title="A component of the deployment is an AI system",
    jurisdiction="EU",
    citation=cite(article="3", paragraph="1"),
    authorities=(AI_SYSTEM_GUIDELINES,),
    grade=Grade.S,
    # The description answers the Art 3(1) question per component. A fixed threshold counter
    # (idle after N minutes) works on rules set by people and is read as outside the definition
    # (Recital 12; Commission guidelines as reported by secondary sources): "uncertain" cases
    # should be described as is_ai_system unknown, which the engine turns into a question.
    condition=Exists("ai_systems", _AI),
    rationale="A machine-based system that infers from its inputs how to generate predictions, scores, recommendations or decisions. Rule-based counters set by people are read as outside the definition; the carve-out rests on the Commission's guidelines (S).",
)

# --------------------------------------------------------------------------- Art 2: scope

AI_ACT_APPLIES = Classification(
    id="EU-AIA-2-SCOPE",
    title="The AI Act applies to an AI system in the deployment",
    jurisdiction="EU",
    citation=cite(article="2", paragraph="1"),
    grade=Grade.V,
    # Art 2(1)(b): deployers established or located in the Union; Art 2(1)(c): providers and
    # deployers in third countries where the output is used in the Union.
    condition=AI_SYSTEM.holds()
    & (
        F("organisation.establishments").has_any(*EU_MEMBER_STATES)
        | Exists("ai_systems", F("output_used_in_eu").true())
        | Exists("workforce", F("country").one_of(*EU_MEMBER_STATES))
    ),
    rationale="A component that is an AI system, deployed by an organisation established in the Union or whose output is used in the Union.",
)

# --------------------------------------------------------------------------- Art 2(11)

WORKER_FAVOUR = Classification(
    id="EU-AIA-2-11-WORKER-FAVOUR",
    title="Member-state rules that protect workers more when employers use AI apply alongside the AI Act",
    jurisdiction="EU",
    citation=cite(article="2", paragraph="11"),
    grade=Grade.V,
    # Art 2(11) leaves national law and collective agreements that are more favourable to
    # workers untouched, so the national information and co-determination steps (works
    # councils, CSE, union agreements) are not displaced by the AI Act's own duties.
    condition=AI_ACT_APPLIES.holds() & Exists("workforce", F("country").one_of(*EU_MEMBER_STATES) & F("roles").has_any(*WORKER_ROLES)),
    rationale="The AI Act does not pre-empt national rules or collective agreements that protect workers more; national overlays run in parallel.",
)

# --------------------------------------------------------------------------- Art 3(39)

EMOTION_RECOGNITION_SYSTEM = Classification(
    id="EU-AIA-3-39-ER-DEF",
    title="An AI system in the deployment is an emotion recognition system",
    jurisdiction="EU",
    citation=cite(article="3", paragraph="39"),
    authorities=(PROHIBITED_PRACTICES_GUIDELINES,),
    # V for the definition; S for Recital 18 and for counting typing and mouse dynamics as
    # biometric data (Commission guidelines, reported consistently by secondary sources).
    grade=Grade.S,
    condition=AI_ACT_APPLIES.holds() & Exists("ai_systems", _EMOTION_RECOGNITION),
    rationale="A system that identifies or infers emotions or intentions from biometric data (face, voice, typing, mouse or body movement, physiological signals). Text-only sentiment analysis is outside; so are physical states such as fatigue or pain (Recital 18).",
)

# --------------------------------------------------------------------------- Art 6 and Annex III

ANNEX_III_1C = Classification(
    id="EU-AIA-ANNEXIII-1C-ER",
    title="A permitted emotion recognition system (safety, medical, intentions only) is a high-risk AI system",
    jurisdiction="EU",
    citation=cite(article="III", article_label="Annex", point="point 1(c)"),
    grade=Grade.V,
    condition=EMOTION_RECOGNITION_SYSTEM.holds() & Exists("ai_systems", _EMOTION_RECOGNITION_PERMITTED),
    rationale="Annex III point 1(c) lists emotion recognition as high-risk in so far as its use is permitted. At work that leaves medical or safety uses and systems that infer intentions only; the rest is banned by Art 5(1)(f).",
)

ANNEX_III_4A = Classification(
    id="EU-AIA-ANNEXIII-4A-RECRUIT",
    title="An AI system used to recruit or select people is listed as high-risk",
    jurisdiction="EU",
    citation=cite(article="III", article_label="Annex", point="point 4(a)"),
    grade=Grade.V,
    condition=AI_ACT_APPLIES.holds() & Exists("ai_systems", _AI & F("uses").has("recruitment_selection")),
    rationale="Annex III point 4(a): targeted job advertising, filtering applications and evaluating candidates.",
)

ANNEX_III_4B = Classification(
    id="EU-AIA-ANNEXIII-4B-WORKMGMT",
    title="An AI system that decides on work terms, allocates tasks on behaviour or evaluates performance is listed as high-risk",
    jurisdiction="EU",
    citation=cite(article="III", article_label="Annex", point="point 4(b)"),
    grade=Grade.V,
    condition=AI_ACT_APPLIES.holds() & Exists("ai_systems", _AI & F("uses").has_any(*WORK_MANAGEMENT_USES)),
    rationale="Annex III point 4(b): decisions on terms of work, promotion or termination; task allocation based on individual behaviour or personal traits; monitoring and evaluating performance and behaviour (productivity scoring, ranking, automated dispatch).",
)

PROFILING = Classification(
    id="EU-AIA-6-3-PROFILING",
    title="An Annex III employment AI system profiles people, so the Art 6(3) exemption is unavailable",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="3"),
    grade=Grade.V,
    # Art 6(3), last subparagraph: an Annex III system that profiles natural persons (GDPR
    # Art 4(4), which names "performance at work" as an example) is always high-risk.
    condition=(ANNEX_III_4A.holds() | ANNEX_III_4B.holds()) & Exists("ai_systems", _ANNEX_III_4 & F("profiles_natural_persons").true()),
    rationale="The narrow-task and preparatory-task exemptions of Art 6(3) never apply to a system that profiles natural persons; scoring workers' performance is profiling by definition.",
)

HIGH_RISK = Classification(
    id="EU-AIA-6-2-HIGH-RISK",
    title="An AI system in the deployment is a high-risk AI system (Art 6(2), Annex III points 1(c) and 4)",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="2"),
    authorities=(DIGITAL_OMNIBUS,),
    grade=Grade.V,
    # Art 6(2) makes every Annex III system high-risk; Art 6(3) lets a provider rebut that only
    # with a documented assessment (Art 6(4)) and registration (Art 49(2)). The description has
    # no field for such an assessment, so an Annex III point 4 system is treated as high-risk;
    # where it profiles people (EU-AIA-6-3-PROFILING, listed first so reports show it) the
    # exemption is excluded outright.
    condition=PROFILING.holds() | ANNEX_III_4B.holds() | ANNEX_III_4A.holds() | ANNEX_III_1C.holds(),
    rationale="Annex III systems are high-risk unless the provider documents that the Art 6(3) exemption applies, which it never does for profiling. The regime applies to Annex III systems from 2 Dec 2027 (Art 113 as amended in 2026).",
)

_HIGH_RISK_DEPLOYER = HIGH_RISK.holds() & Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER)
_HIGH_RISK_WHEN = "When the organisation deploys a high-risk AI system (an Annex III point 4 employment use, or permitted emotion recognition)"

# --------------------------------------------------------------------------- Art 3(3), 16: in-house provider

PROVIDER_INHOUSE = Requirement(
    id="EU-AIA-3-3-PROVIDER-INHOUSE",
    title="An organisation that builds its own high-risk AI system, even for use on its own staff, meets the provider duties",
    jurisdiction="EU",
    citation=cite(article="16"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required_before_deployment,
    # V for Art 3(3) and 3(11); S for applying them to in-house models (verification pass) and
    # for the 2 Dec 2027 date.
    grade=Grade.S,
    applies_when="When the organisation develops a high-risk AI system itself (role provider, or provider and deployer for an in-house model)",
    applies_if=HIGH_RISK.holds() & Exists("ai_systems", _HIGH_RISK_SYSTEM & _PROVIDER),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _PROVIDER & (F("log_retention_months") < 6)),
            because="The organisation is the provider of a high-risk system but keeps the system's automatically generated logs for less than six months (Arts 16(e), 19(1)).",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.uses_monitoring_data").true() & F("ai_training.sensitive_content_filtered").false(),
            because="The model is trained on staff monitoring data that is not filtered for sensitive content, which the data-governance rules for high-risk systems (Art 10) are unlikely to accept.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists("decisions", F("bias_testing") == "none"),
            because="Decisions fed by the system are not tested for bias, although a provider must examine its data for possible biases (Art 10(2)(f)).",
        ),
    ),
    satisfied_because="Logs are kept at least six months and the training data is governed; the other provider duties (risk management, technical documentation, conformity assessment, registration) are not recorded in the description and must be checked separately.",
    remedy="Treat the in-house model as a product you place in service: set up risk management and data governance, write the technical documentation, build in logging and human-oversight features, run the conformity assessment, register the system in the EU database and keep its logs for at least six months.",
    rationale="Whoever develops an AI system and puts it into service under its own name is its provider (Art 3(3)); putting into service includes supplying it for one's own use (Art 3(11)). An employer that builds a scoring model on its staff's telemetry and runs it on them is therefore provider and deployer at once, and carries the Art 16 provider duties from the date Annex III systems are regulated (2 Dec 2027 after the 2026 amendment).",
    penalty=FINE_99_4,
)

# --------------------------------------------------------------------------- Art 4

AI_LITERACY = Requirement(
    id="EU-AIA-4-LITERACY",
    title="Staff who operate or use AI systems are supported in acquiring sufficient AI literacy",
    jurisdiction="EU",
    citation=cite(article="4"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=CHAPTERS_I_II_APPLY,
    severity=Severity.required,
    # V for the original text; S for the softened wording after the 2026 amendment, on which
    # secondary sources conflict (see docs/verification/eu.md, caution 4).
    grade=Grade.S,
    applies_when="When the AI Act applies to an AI system the organisation provides or deploys",
    applies_if=AI_ACT_APPLIES.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _AI & F("ai_literacy_measures").false()),
            because="No measures have been taken to build the AI literacy of the staff who operate or use an AI system in the deployment.",
        ),
    ),
    satisfied_because="Measures to build AI literacy are in place for the staff working with each AI system.",
    remedy="Give the people who run, supervise or act on the system's outputs training suited to their role: what it does, its limits, how to read its scores and when to overrule it. Keep a record.",
    rationale="Art 4 has applied since 2 Feb 2025. As amended in 2026 it asks providers and deployers to take measures to support the AI literacy of their staff rather than to ensure a given level; taking no measures at all fails either version.",
    penalty=NO_AIA_FINE.format(what="Art 4"),
)

# --------------------------------------------------------------------------- Art 5(1)(c)

_DATA_FROM_OUTSIDE_WORK = F("monitoring.techniques").has("social_media_monitoring") | F("monitoring.time_scope").one_of("includes_off_duty", "always_on")

SOCIAL_SCORING = Requirement(
    id="EU-AIA-5-1-C-SOCIAL-SCORE",
    title="Workers are not treated detrimentally on the basis of an AI score built from unrelated parts of their lives",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(PROHIBITED_PRACTICES_GUIDELINES,),
    in_force_from=CHAPTERS_I_II_APPLY,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the AI Act applies and an AI system profiles workers",
    applies_if=AI_ACT_APPLIES.holds() & WORKERS & Exists("ai_systems", _AI & F("profiles_natural_persons").true()),
    checks=(
        Check(
            status=Status.violation,
            # Art 5(1)(c)(i): detriment in a context unrelated to where the data arose. Social
            # media and off-duty tracking feed private-life data into a work profile, and an
            # adverse action at work for off-duty conduct is that detriment.
            when=_DATA_FROM_OUTSIDE_WORK & F("labour_relations.adverse_actions_linked_to").has("off_duty_conduct"),
            because="An AI system profiles workers on data from their life outside work (social media or off-duty tracking), and workers have been treated adversely at work for off-duty conduct.",
        ),
        Check(
            status=Status.at_risk,
            when=_DATA_FROM_OUTSIDE_WORK,
            because="An AI system profiles workers and the monitoring reaches their life outside work; if those data shape decisions at work, the social-scoring ban is engaged.",
        ),
    ),
    satisfied_because="The AI profiling draws only on working-time data and no adverse action is tied to conduct outside work.",
    remedy="Keep social-media and off-duty data out of any worker profile, and do not base decisions at work on behaviour in private life.",
    rationale="Art 5(1)(c) bans AI scoring of people on their social behaviour or personal characteristics where the score leads to detrimental treatment in an unrelated context, or treatment out of proportion to the behaviour. It is rare in single-employer monitoring; the risk arises when private-life data enters the work profile. Banned since 2 Feb 2025.",
    penalty=FINE_ART_5,
)

# --------------------------------------------------------------------------- Art 5(1)(f)

EMOTION_RECOGNITION = Requirement(
    id="EU-AIA-5-1-F-EMOTION",
    title="No AI system infers workers' emotions from biometric signals, except for medical or safety reasons",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="f"),
    authorities=(PROHIBITED_PRACTICES_GUIDELINES,),
    in_force_from=CHAPTERS_I_II_APPLY,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the AI Act applies and an AI system at the workplace infers emotions",
    applies_if=AI_ACT_APPLIES.holds()
    & WORKERS
    & (Exists("ai_systems", F("infers_emotions").true()) | F("monitoring.techniques").has("emotion_recognition")),
    checks=(
        Check(
            status=Status.violation,
            # Art 3(39) limits "emotion recognition" to inference from biometric data; the
            # Commission's guidelines count keystroke and mouse dynamics, posture and voice as
            # such data. Text-only sentiment analysis is outside the ban, and for the same
            # reason outside Art 50(3), which uses the same definition.
            when=Exists(
                "ai_systems",
                F("infers_emotions").true()
                & F("inference_inputs").has_any(*BIOMETRIC_INPUTS)
                & F("medical_or_safety_purpose").false(),
            ),
            because="An AI system infers workers' emotions from biometric signals (face, voice, typing, mouse or body movement) without a medical or safety purpose.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.techniques").has("emotion_recognition")
            & Not(Exists("ai_systems", F("medical_or_safety_purpose").true())),
            because="The deployment uses emotion recognition on workers, and no system is described as serving a medical or safety purpose.",
        ),
    ),
    satisfied_because="Emotion inference is limited to non-biometric inputs or serves a medical or safety purpose.",
    remedy="Switch off emotion inference for workers (stress, frustration, engagement or mood scores from typing, mouse, voice or video); only a genuine medical or safety use is exempt.",
    rationale="Art 5(1)(f) prohibits placing on the market, putting into service or using AI systems to infer emotions of natural persons in the workplace, except for medical or safety reasons. The ban has applied since 2 Feb 2025.",
    penalty=FINE_ART_5,
)

# --------------------------------------------------------------------------- Art 5(1)(g)

BIOMETRIC_CATEGORISATION = Requirement(
    id="EU-AIA-5-1-G-BIOCAT",
    title="No AI system sorts workers by race, politics, union membership, religion or sex life deduced from biometric data",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="g"),
    authorities=(PROHIBITED_PRACTICES_GUIDELINES,),
    in_force_from=CHAPTERS_I_II_APPLY,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the AI Act applies and an AI system processes workers' biometric data or categorises them biometrically",
    applies_if=AI_ACT_APPLIES.holds()
    & WORKERS
    & Exists("ai_systems", _AI & (F("inference_inputs").has_any(*BIOMETRIC_INPUTS) | F("biometric_categorisation").true())),
    checks=(
        Check(
            status=Status.violation,
            when=Exists("ai_systems", _BIOMETRIC_CATEGORISATION),
            because="An AI system deduces workers' race, political opinions, union membership, religious beliefs or sex life from their biometric data.",
        ),
        Check(
            status=Status.at_risk,
            # The deployment-wide inference list cannot say which system produces it: a review
            # must confirm the inference does not rest on the biometric inputs.
            when=F("monitoring.inferences").has_any("protected_characteristic", "union_activity"),
            because="An AI system works on workers' biometric data and the deployment infers protected characteristics or union activity; check that these inferences do not rest on the biometric data.",
        ),
    ),
    satisfied_because="No AI system categorises workers by sensitive traits from their biometric data.",
    remedy="Remove any feature that infers race, political or religious views, union membership or sexual life from faces, voices or other biometric signals.",
    rationale="Art 5(1)(g) bans biometric categorisation systems that sort individuals by race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation deduced from biometric data. Labelling or filtering lawfully acquired biometric datasets is outside the ban. Banned since 2 Feb 2025.",
    penalty=FINE_ART_5,
)

# --------------------------------------------------------------------------- Art 26: deployer duties

USE_AND_OVERSIGHT = Requirement(
    id="EU-AIA-26-1-2-USE-OVERSIGHT",
    title="A competent person with the authority to intervene oversees each high-risk AI system, used as its instructions say",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="2"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.S,  # V for the text; S for the 2 Dec 2027 date (amending act not read in the OJ)
    applies_when=_HIGH_RISK_WHEN,
    applies_if=_HIGH_RISK_DEPLOYER,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER & F("human_oversight_assigned").false()),
            because="No one with the competence, training and authority to intervene is assigned to oversee a high-risk AI system the organisation uses.",
        ),
    ),
    satisfied_because="A trained person with authority to intervene oversees each high-risk system. Use in line with the provider's instructions is not recorded in the description.",
    remedy="Name an overseer for each high-risk system, train them, give them the authority to stop or overrule it, and use the system only as the provider's instructions allow.",
    rationale="Art 26(1) requires deployers to use high-risk systems according to the instructions for use; Art 26(2) to entrust human oversight to people with the competence, training, authority and support it needs. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

INPUT_DATA = Requirement(
    id="EU-AIA-26-4-INPUT",
    title="Input data the deployer controls is relevant and sufficiently representative for the high-risk system's purpose",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="4"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.S,
    applies_when=_HIGH_RISK_WHEN,
    applies_if=_HIGH_RISK_DEPLOYER,
    # Relevance and representativeness are judgments: the checks report at_risk.
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true(),
            because="The monitoring that feeds the system reaches workers' private accounts, data that is not relevant to evaluating their work.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists("decisions", F("bias_testing") == "none"),
            because="Decisions fed by the system are never tested for bias, so nothing shows the input data is representative of the workers it is used on.",
        ),
    ),
    satisfied_because="Inputs exclude private accounts and decision outputs are tested for bias.",
    remedy="Limit the inputs to work data that matters for the system's purpose, and test the outputs for skew across groups of workers before and during use.",
    rationale="Art 26(4) makes deployers that control the input data responsible for its relevance and sufficient representativeness in view of the intended purpose. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

MONITOR_OPERATION = Requirement(
    id="EU-AIA-26-5-MONITOR",
    title="Each high-risk AI system is monitored in operation, and risks and serious incidents are reported",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="5"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.S,
    applies_when=_HIGH_RISK_WHEN,
    applies_if=_HIGH_RISK_DEPLOYER,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER & F("human_oversight_assigned").false()),
            because="No one is assigned to watch a high-risk system in operation, so risks cannot be spotted, the system suspended or the provider and authority told.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists("decisions", F("bias_testing").one_of("none", "pre_deployment")),
            because="The outputs feeding decisions are not tested while the system runs, so nothing shows it is monitored for risks in operation.",
        ),
    ),
    satisfied_because="Someone watches each high-risk system and its outputs are tested periodically. The incident-reporting procedure is not recorded in the description.",
    remedy="Assign monitoring of each high-risk system, test its outputs periodically, and set up a procedure to suspend it and notify the provider and the market surveillance authority when it presents a risk or a serious incident occurs.",
    rationale="Art 26(5) requires deployers to monitor high-risk systems on the basis of the instructions for use, to suspend use and inform the provider and market surveillance authority when a risk appears, and to report serious incidents. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

LOGS = Requirement(
    id="EU-AIA-26-6-LOGS",
    title="Logs generated by each high-risk AI system are kept for at least six months",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="6"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.S,
    applies_when=_HIGH_RISK_WHEN,
    applies_if=_HIGH_RISK_DEPLOYER,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER & (F("log_retention_months") < 6)),
            because="The logs a high-risk system generates are kept for less than six months.",
        ),
    ),
    satisfied_because="Logs of each high-risk system are kept for six months or more.",
    remedy="Keep the automatically generated logs under your control for at least six months, or longer where other law requires, within the limits of the GDPR.",
    rationale="Art 26(6) requires deployers to keep the logs of a high-risk system under their control for a period suited to its purpose and of at least six months, subject to data protection law. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

_REPRESENTED = F("representation.works_council").true() | F("representation.trade_union").true() | F("representation.cse").true()

WORKER_INFORMATION = Requirement(
    id="EU-AIA-26-7-WORKER-INFO",
    title="Workers and their representatives are told before a high-risk AI system is used on them at work",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="7"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an employer deploys a high-risk AI system at the workplace",
    applies_if=_HIGH_RISK_DEPLOYER & EMPLOYEES,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER & F("workers_informed_before_use").false()),
            because="The affected workers and their representatives were not told, before use, that they would be subject to a high-risk AI system.",
        ),
        Check(
            status=Status.action_required,
            # Art 26(7) follows national information procedures, which Art 2(11) keeps intact:
            # where a population has representatives, their information step must be on record.
            when=WORKER_FAVOUR.holds()
            & Exists("workforce", F("country").one_of(*EU_MEMBER_STATES) & _REPRESENTED & F("consultation.informed").false()),
            because="A population with workers' representatives has no record that the representatives were informed under the national procedure, which Art 26(7) follows.",
        ),
    ),
    satisfied_because="Workers and their representatives were informed before the high-risk system was used.",
    remedy="Before switching the system on, tell the affected workers and their representatives (works council, union, CSE) that it will be used on them, following the national information procedure, and keep a dated record.",
    rationale="Art 26(7) requires deployers who are employers to inform workers' representatives and the affected workers before putting a high-risk system into service or using it at the workplace, in line with Union and national rules on informing workers. In-house models count: an employer that is provider and deployer is a deployer too. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

DPIA_LINK = Requirement(
    id="EU-AIA-26-9-DPIA-LINK",
    title="The data protection impact assessment for a high-risk AI system is completed before use, drawing on the provider's information",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="9"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When the organisation deploys a high-risk AI system and the GDPR requires a DPIA",
    applies_if=_HIGH_RISK_DEPLOYER & DPIA_REQUIRED.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.dpia.status").one_of("none", "in_progress"),
            because="No DPIA has been completed for processing that runs through a high-risk AI system.",
        ),
        Check(
            status=Status.at_risk,
            when=F("assessments.dpia.before_deployment").false(),
            because="The DPIA was completed only after the high-risk system was in use.",
        ),
    ),
    satisfied_because="A DPIA was completed before use. Whether it drew on the provider's Art 13 information is not recorded in the description.",
    remedy="Complete the GDPR DPIA before use, building on the provider's instructions for use (capabilities, limits, accuracy, oversight measures).",
    rationale="Art 26(9) requires deployers to use the information the provider gives under Art 13 to carry out the DPIA that GDPR Art 35 requires. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

AFFECTED_PERSONS = Requirement(
    id="EU-AIA-26-11-AFFECTED-INFO",
    title="People subject to decisions made or assisted by an Annex III AI system are told it is used on them",
    jurisdiction="EU",
    citation=cite(article="26", paragraph="11"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the organisation deploys an Annex III point 4 system that makes or assists decisions about people",
    applies_if=(ANNEX_III_4A.holds() | ANNEX_III_4B.holds()) & Exists("ai_systems", _ANNEX_III_4 & _DEPLOYER),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _ANNEX_III_4 & _DEPLOYER & F("affected_persons_informed").false()),
            because="The people whose hiring, tasks, evaluation or employment the system decides or helps decide are not told that it is used on them.",
        ),
    ),
    satisfied_because="The people affected are told the system is used on them.",
    remedy="Tell each applicant or worker the system is used on, before it affects them, that a high-risk AI system makes or supports decisions about them, and what for.",
    rationale="Art 26(11) requires deployers of Annex III systems that make or assist decisions about natural persons to inform those persons. It reaches applicants as well as staff. Applies to Annex III systems from 2 Dec 2027.",
    penalty=FINE_99_4,
)

# --------------------------------------------------------------------------- Art 27

FRIA = Requirement(
    id="EU-AIA-27-FRIA",
    title="A public body or public-service provider assesses the fundamental-rights impact before first using a high-risk AI system",
    jurisdiction="EU",
    citation=cite(article="27", paragraph="1"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a body governed by public law, or a private entity providing public services, deploys a high-risk AI system",
    # Annex III 5(b)/(c) (credit scoring, insurance pricing) also trigger Art 27; they are not
    # workplace uses and have no field in the description. Ordinary private employers are outside.
    applies_if=_HIGH_RISK_DEPLOYER
    & ((F("organisation.legal_form") == "public_body") | F("organisation.provides_public_services").true()),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", _HIGH_RISK_SYSTEM & _DEPLOYER & F("fria_done").false()),
            because="No fundamental-rights impact assessment was carried out before the high-risk system was first used.",
        ),
    ),
    satisfied_because="A fundamental-rights impact assessment was carried out. Notifying the market surveillance authority of its results is not recorded in the description.",
    remedy="Before first use, assess which groups the system affects, the risks of harm to them, the human oversight and the measures if risks materialise; notify the market surveillance authority. The DPIA may be extended to cover it (Art 27(4)).",
    rationale="Art 27(1) requires deployers that are bodies governed by public law or private entities providing public services to assess the impact of a high-risk system on fundamental rights before first use. Private employers that provide no public service are not caught. Applies to Annex III systems from 2 Dec 2027.",
    # Correction to eu.md (which gives EUR 15m / 3 %): Art 99(4) lists Art 26 but not Art 27.
    penalty=NO_AIA_FINE.format(what="Art 27"),
)

# --------------------------------------------------------------------------- Art 50(3)

EMOTION_NOTICE = Requirement(
    id="EU-AIA-50-3-ER-NOTICE",
    title="People exposed to an emotion recognition or biometric categorisation system are told it operates on them",
    jurisdiction="EU",
    citation=cite(article="50", paragraph="3"),
    authorities=(DIGITAL_OMNIBUS,),
    in_force_from=GENERAL_APPLICATION,
    severity=Severity.required,
    grade=Grade.S,  # V for the text; S that the Omnibus left the 2 Aug 2026 date unchanged
    applies_when="When the organisation deploys an emotion recognition or biometric categorisation system",
    applies_if=(EMOTION_RECOGNITION_SYSTEM.holds() | (AI_ACT_APPLIES.holds() & Exists("ai_systems", _BIOMETRIC_CATEGORISATION)))
    & Exists("ai_systems", (_EMOTION_RECOGNITION | _BIOMETRIC_CATEGORISATION) & _DEPLOYER),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("ai_systems", (_EMOTION_RECOGNITION | _BIOMETRIC_CATEGORISATION) & _DEPLOYER & F("affected_persons_informed").false()),
            because="People exposed to an emotion recognition or biometric categorisation system are not told that it operates on them.",
        ),
    ),
    satisfied_because="The people exposed are told the system operates on them.",
    remedy="Tell everyone the system reads (drivers, agents, visitors) that it is running and what it infers, before or when they are exposed, and process the data in line with the GDPR.",
    rationale="Art 50(3) requires deployers of emotion recognition and biometric categorisation systems to inform the people exposed to them, with an exception for systems permitted by law to detect, prevent or investigate crime. It applies from 2 Aug 2026 and does not make a use lawful that Art 5 bans.",
    penalty=FINE_99_4,
)

# --------------------------------------------------------------------------- Art 86

_SIGNIFICANT_DECISION = F("type").one_of(
    "hiring", "work_allocation", "compensation", "pay_deduction", "promotion", "demotion_suspension_termination", "account_deactivation", "discipline"
)

EXPLANATION = Requirement(
    id="EU-AIA-86-EXPLANATION",
    title="People affected by a significant decision based on a high-risk AI system's output can obtain an explanation of the AI's role",
    jurisdiction="EU",
    citation=cite(article="86", paragraph="1"),
    authorities=(DIGITAL_OMNIBUS,),
    # The date is unresolved (docs/verification/eu.md). Art 86 sits in Chapter IX, outside the
    # deferred Chapter III Sections 1–3, so on its wording it would apply from 2 Aug 2026; but it
    # bites only on "high-risk AI systems listed in Annex III", and the rules that make an
    # employment system high-risk (Art 6, Chapter III Section 1) apply to Annex III systems only
    # from 2 Dec 2027. Until then no employment system is high-risk in law, so we use
    # 2 Dec 2027. Graded K for that reason.
    in_force_from=ANNEX_III_APPLIES,
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When a decision with significant effects on a person rests on the output of a high-risk AI system the organisation deploys",
    applies_if=_HIGH_RISK_DEPLOYER & Exists("decisions", _SIGNIFICANT_DECISION),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("decisions", _SIGNIFICANT_DECISION & F("solely_automated").false() & F("explanation_available").false()),
            because="A significant decision about a person, taken with human involvement on the basis of the high-risk system's output, comes with no way to obtain an explanation of the AI's role.",
        ),
        Check(
            status=Status.at_risk,
            # Art 86(3): the right yields where Union law already provides it; for solely
            # automated decisions GDPR Arts 15(1)(h) and 22(3) do, so the finding is at_risk.
            when=Exists("decisions", _SIGNIFICANT_DECISION & F("solely_automated").true() & F("explanation_available").false()),
            because="A solely automated significant decision comes with no explanation; the right then arises under GDPR Arts 15(1)(h) and 22 rather than Art 86, but an explanation is owed either way.",
        ),
    ),
    satisfied_because="An explanation of the AI's role and the main elements of each significant decision is available.",
    remedy="Set up a way for affected applicants and workers to request, and receive promptly, a clear explanation of the role the AI system played and the main elements of the decision.",
    rationale="Art 86(1) gives anyone subject to a decision based on the output of an Annex III high-risk system (other than point 2) that has legal or similarly significant adverse effects the right to a clear and meaningful explanation from the deployer. It yields to exceptions in Union or national law (86(2)) and applies only where Union law does not already grant the right (86(3)).",
    penalty=NO_AIA_FINE.format(what="Art 86"),
)

REQUIREMENTS = (
    PROVIDER_INHOUSE,
    AI_LITERACY,
    SOCIAL_SCORING,
    EMOTION_RECOGNITION,
    BIOMETRIC_CATEGORISATION,
    USE_AND_OVERSIGHT,
    INPUT_DATA,
    MONITOR_OPERATION,
    LOGS,
    WORKER_INFORMATION,
    DPIA_LINK,
    AFFECTED_PERSONS,
    FRIA,
    EMOTION_NOTICE,
    EXPLANATION,
)
