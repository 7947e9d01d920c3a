"""Estatuto de los Trabajadores — Real Decreto Legislativo 2/2015 (Workers' Statute).

Official text: https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430 (BOE, consolidated).
Art. 64.4.d (works council information on algorithms) added by Real Decreto-ley 9/2021,
in force 12 Aug 2021, confirmed by Ley 12/2021 ("Ley Rider"). Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import All, Exists, F, Not
from engine.model import Authority, Check, Citation, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES

LEY_RIDER = Authority(
    title="Ley 12/2021, de 28 de septiembre (Ley Rider), BOE-A-2021-15767",
    url="https://www.boe.es/buscar/act.php?id=BOE-A-2021-15767",
)

_ES_COUNCIL = (F("country") == "ES") & F("roles").has_any(*EMPLOYEE_ROLES) & F("representation.works_council").true()

# Art. 64.4.d — information on algorithms
# Read as covering any algorithm or AI system whose output affects working conditions or access
# to or keeping of a job, including profiling: scoring tools, AI components, and automated or
# score-driven decisions.
ALGORITHMS = Requirement(
    id="ES-ET-64-4-D-ALGO",
    title="The works council is told the parameters, rules and instructions of algorithms that affect working conditions",
    jurisdiction="ES",
    citation=Citation(
        instrument="Real Decreto Legislativo 2/2015, texto refundido de la Ley del Estatuto de los Trabajadores",
        short="Estatuto de los Trabajadores",
        article="64",
        paragraph="4",
        point="d",
        url="https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430#a64",
        article_label="Art",
    ),
    authorities=(LEY_RIDER,),
    in_force_from=dt.date(2021, 8, 12),
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When a Spanish employer with a works council uses algorithms or AI that affect working conditions or employment",
    # All(...) keeps the set test as one test for the rules engine rather than one per technique.
    applies_if=Exists("workforce", _ES_COUNCIL)
    & (
        All(F("monitoring.techniques").has_any("productivity_scoring", "quota_tracking", "sentiment_analysis", "emotion_recognition"))
        | Exists("ai_systems", F("is_ai_system").true())
        | Exists("decisions", F("solely_automated").true() | F("score_determining").true())
    ),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", _ES_COUNCIL & Not(F("consultation.informed").true())),
            because="The works council has not been told the parameters, rules and instructions on which the algorithm or AI system is based.",
        ),
    ),
    satisfied_because="The works council was informed of the parameters, rules and instructions of the algorithms.",
    remedy="Give the works council (comité de empresa or delegados de personal) a written description of the parameters, rules and instructions behind each algorithm or AI system that affects working conditions, hiring or dismissal, including profiling, and update it when they change.",
    rationale="Art. 64.4.d entitles the works council to be informed by the employer of the parameters, rules and instructions on which algorithms or AI systems are based where they affect decisions on working conditions, access to and keeping of employment, including profiling.",
    penalty="Serious administrative infringement under the LISOS (amount not verified); the works council can sue to enforce the right.",
)

REQUIREMENTS = (ALGORITHMS,)
