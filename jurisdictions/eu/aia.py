"""Artificial Intelligence Act — Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744.

Official text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj (OJ L, 12.7.2024); in force
1 Aug 2024. Dates of application (Art 113): Chapters I–II, including the Art 5 prohibitions,
from 2 Feb 2025; penalties from 2 Aug 2025; Annex III high-risk duties from 2 Dec 2027 under
the 2026 amending regulation (the "Digital Omnibus on AI"). Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import BIOMETRIC_INPUTS, EU_MEMBER_STATES, WORKER_ROLES

URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
FINE_ART_5 = "AI Act Art 99(3): up to EUR 35 million or 7 % of worldwide annual turnover, whichever is higher (lower of the two for SMEs, Art 99(6)); finable since 2 Aug 2025."

cite = partial(Citation, instrument="Regulation (EU) 2024/1689 (Artificial Intelligence Act)", short="AI Act", url=URL)

PROHIBITED_PRACTICES_GUIDELINES = Authority(
    title="European Commission, Guidelines on prohibited AI practices, C(2025) 5052 final",
    url="https://digital-strategy.ec.europa.eu/en/library/commission-publishes-guidelines-prohibited-artificial-intelligence-ai-practices-defined-ai-act",
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
    condition=Exists("ai_systems", F("is_ai_system").true())
    & (
        F("organisation.establishments").has_any(*EU_MEMBER_STATES)
        | Exists("ai_systems", F("output_used_in_eu").true())
        | Exists("workforce", F("country").one_of(*EU_MEMBER_STATES))
    ),
    rationale="A component that is an AI system, deployed by an organisation established in the Union or whose output is used in the Union.",
)

# --------------------------------------------------------------------------- Art 5(1)(f)

EMOTION_RECOGNITION = Requirement(
    id="EU-AIA-5-1-F-EMOTION",
    title="No AI system infers workers' emotions from biometric signals, except for medical or safety reasons",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="f"),
    authorities=(PROHIBITED_PRACTICES_GUIDELINES,),
    in_force_from=dt.date(2025, 2, 2),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the AI Act applies and an AI system at the workplace infers emotions",
    applies_if=AI_ACT_APPLIES.holds()
    & Exists("workforce", F("roles").has_any(*WORKER_ROLES))
    & (Exists("ai_systems", F("infers_emotions").true()) | F("monitoring.techniques").has("emotion_recognition")),
    checks=(
        Check(
            status=Status.violation,
            # Art 3(39) limits "emotion recognition" to inference from biometric data; the
            # Commission's guidelines count keystroke and mouse dynamics, posture and voice as
            # such data. Text-only sentiment analysis is outside the ban (it may fall under Art 50(3)).
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

REQUIREMENTS = (EMOTION_RECOGNITION,)
