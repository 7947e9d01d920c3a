"""Arbeitsvertragsrechts-Anpassungsgesetz (AVRAG).

Official text: https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10008872
(RIS, Bundeskanzleramt). §10: where there is no works council, control measures touching human
dignity need the individual employee's consent. Last checked: 2026-11-30.

Fact used: the contract has no field for the employees' individual consents. For a population
without a works council, `workforce[].consultation.agreement_signed` is read as "each employee
has agreed to the measure" (the national step for that population); this is a stop-gap until a
dedicated field exists.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import Exists, F, Not
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from .arbvg import AT_EMPLOYEES, TOUCHES_DIGNITY

_AT_NO_COUNCIL = AT_EMPLOYEES & F("representation.works_council").false()

# §10 AVRAG — control measures without a works council
# Mirrors §96(1) Z 3 ArbVG: the same dignity threshold, with the employee's own consent taking
# the place of the works agreement. Whether the consent must be written is unverified (K); the
# consent can be revoked unless its duration was agreed in writing.
NO_WORKS_COUNCIL = Requirement(
    id="AT-AVRAG-10-NO-WC",
    title="Without a works council, each employee has agreed to control measures that touch human dignity",
    jurisdiction="AT",
    citation=Citation(
        instrument="Arbeitsvertragsrechts-Anpassungsgesetz (AVRAG)",
        short="AVRAG",
        article="10",
        paragraph="1",
        url="https://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10008872&Paragraf=10",
        article_label="§",
    ),
    # AVRAG commencement; when §10 itself took effect was not verified.
    in_force_from=dt.date(1993, 7, 1),
    severity=Severity.required_before_deployment,
    grade=Grade.K,
    applies_when="When employees in Austria without a works council are subject to control measures able to touch human dignity",
    applies_if=Exists("workforce", _AT_NO_COUNCIL) & TOUCHES_DIGNITY,
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", _AT_NO_COUNCIL & Not(F("consultation.agreement_signed").true())),
            because="There is no works council, and the employees' individual consent to the control measure is not recorded.",
        ),
    ),
    satisfied_because="Each employee concerned has agreed to the control measure.",
    remedy="Obtain each affected employee's consent to the measure before it starts, preferably in writing with an agreed duration, and stop monitoring anyone who withdraws it.",
    rationale="§10 AVRAG makes control measures and technical systems touching human dignity lawful, where no works council exists, only with the consent of the employee concerned; the consent can be terminated at any time unless a written agreement fixes its duration.",
    penalty="No fine; measures without consent are unlawful and the employee can sue for their removal and damages.",
)

REQUIREMENTS = (NO_WORKS_COUNCIL,)
