"""Betriebsverfassungsgesetz (Works Constitution Act).

Official text: https://www.gesetze-im-internet.de/betrvg/ (Bundesministerium der Justiz).
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F, Not
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from ..common import ALL_TECHNIQUES, EMPLOYEE_ROLES

# A German establishment with a works council whose employees are monitored.
_DE_COUNCIL = F("country") == "DE"
_MONITORED_EMPLOYEES = _DE_COUNCIL & F("roles").has_any(*EMPLOYEE_ROLES) & F("representation.works_council").true()

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
    applies_if=Exists("workforce", _MONITORED_EMPLOYEES) & F("monitoring.techniques").has_any(*ALL_TECHNIQUES),
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

REQUIREMENTS = (CODETERMINATION,)
