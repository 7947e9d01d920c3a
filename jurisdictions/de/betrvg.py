"""Betriebsverfassungsgesetz (Works Constitution Act).

Official text: https://www.gesetze-im-internet.de/betrvg/ (Bundesministerium der Justiz).
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import ALL_TECHNIQUES, EMPLOYEE_ROLES
from .scope import JURISDICTION

BRMG_2021 = Authority(
    title="Betriebsrätemodernisierungsgesetz of 14 June 2021 (BGBl. I, published 17 June 2021, in force 18 June 2021), which added AI to §§ 80(3), 90(1) Nr. 3 and 95(2a) BetrVG",
    url=None,
    kind="guidance",
)

# A German establishment with a works council whose employees are monitored.
_DE_COUNCIL = F("country") == "DE"
_MONITORED_EMPLOYEES = _DE_COUNCIL & F("roles").has_any(*EMPLOYEE_ROLES) & F("representation.works_council").true()
# Population gates are classifications so that every rule sharing them reads one derived fact.
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
DE_COUNCIL_EMPLOYEES = Classification(
    id="DE-BETRVG-WORKS-COUNCIL",
    title="Employees of a German establishment with a works council are in the monitored population",
    jurisdiction="DE",
    citation=Citation(
        instrument="Betriebsverfassungsgesetz (BetrVG)",
        short="BetrVG",
        article="1",
        url="https://www.gesetze-im-internet.de/betrvg/__1.html",
        article_label="§",
    ),
    grade=Grade.V,
    condition=JURISDICTION.holds() & Exists("workforce", _MONITORED_EMPLOYEES),
    rationale="Works-council rights under the BetrVG exist only where a works council has been elected for the establishment; agency workers count in the user establishment.",
).holds()
AI_IN_USE = Exists("ai_systems", F("is_ai_system").true())

CODETERMINATION = Requirement(
    id="DE-BETRVG-87-1-6-CODET",
    title="The works council has agreed to the introduction and use of the monitoring system",
    jurisdiction="DE",
    citation=Citation(
        instrument="Betriebsverfassungsgesetz (BetrVG)",
        short="BetrVG",
        article="87",
        paragraph="1",
        point="Nr. 6",
        url="https://www.gesetze-im-internet.de/betrvg/__87.html",
        article_label="§",
    ),
    in_force_from=dt.date(1972, 1, 19),
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When employees in a German establishment with a works council use technology able to monitor their behaviour or performance",
    # The BAG reads "bestimmt" (intended) as "objectively suitable": any tool able to record
    # behaviour or performance of individuals triggers co-determination, whatever its purpose.
    applies_if=DE_COUNCIL_EMPLOYEES & F("monitoring.techniques").has_any(*ALL_TECHNIQUES),
    checks=(
        Check(
            status=Status.action_required,
            # Individual consent never replaces the works agreement: only the agreement (or a
            # binding decision of the conciliation board) counts.
            when=Exists("workforce", _MONITORED_EMPLOYEES & Not(F("consultation.agreement_signed").true())),
            because="There is a works council, and no works agreement (or conciliation-board decision) covers this system.",
        ),
    ),
    satisfied_because="A works agreement covering the system has been signed with the works council.",
    remedy="Negotiate a works agreement (Betriebsvereinbarung) on the system's introduction and use before go-live; without it the works council can stop the rollout and the data may be unusable against employees.",
    rationale="§87(1) No. 6 BetrVG gives the works council a right of co-determination over technical devices suitable for monitoring employees' behaviour or performance. The Federal Labour Court (BAG 6 Dec 1983, 1 ABR 43/81; 14 Sep 1984, 1 ABR 23/82) applies it to any software able to record such data, regardless of intent; workers' individual consent does not replace it.",
    penalty="No fine; the works council can obtain an injunction, and measures taken without co-determination are ineffective against employees.",
)

# §90(1) Nr. 3 BetrVG — information and consultation on planned AI (with §80(3) s. 2, §95(2a))
# Since 2021 the planning duty names "the use of artificial intelligence" expressly. We read an AI
# component in the monitoring deployment as a planned work procedure that uses AI: the works
# council must get the documents in good time and the measures must be discussed with it (§90(2)).
AI_INFO = Requirement(
    id="DE-BETRVG-AI-INFO",
    title="The works council is informed in good time, with documents, about planned AI use and consulted on it",
    jurisdiction="DE",
    citation=Citation(
        instrument="Betriebsverfassungsgesetz (BetrVG)",
        short="BetrVG",
        article="90",
        paragraph="1",
        point="Nr. 3",
        url="https://www.gesetze-im-internet.de/betrvg/__90.html",
        article_label="§",
    ),
    authorities=(BRMG_2021,),
    in_force_from=dt.date(2021, 6, 18),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a German establishment with a works council plans or uses an AI system in the monitoring deployment",
    applies_if=DE_COUNCIL_EMPLOYEES & AI_IN_USE,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", _MONITORED_EMPLOYEES & Not(F("consultation.informed").true())),
            because="The works council has not been informed, with the relevant documents, about the planned use of AI.",
        ),
        Check(
            status=Status.action_required,
            when=Exists("workforce", _MONITORED_EMPLOYEES & Not(F("consultation.consulted").true())),
            because="The planned AI use and its effects on work and staff have not been discussed with the works council.",
        ),
    ),
    satisfied_because="The works council was informed about the AI system with documents and consulted on it.",
    remedy="Give the works council the documents on the AI system while it is still being planned and discuss its effects on jobs and working conditions; accept that it may call in an expert at the employer's cost (§80(3) s. 2) and agree selection guidelines under §95(2a) if the AI helps draw them up.",
    rationale="§90(1) Nr. 3 BetrVG requires the employer to inform the works council in good time about planned work procedures, including the use of AI, and §90(2) to consult on them. Where the council must assess AI, an expert is deemed necessary (§80(3) s. 2), and co-determination on selection guidelines also covers guidelines drawn up with AI (§95(2a)).",
    penalty="Failing to inform is an administrative offence (§121 BetrVG); the works council can enforce its rights in the labour court.",
)

REQUIREMENTS = (CODETERMINATION, AI_INFO)
