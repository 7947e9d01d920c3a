"""Wet op de ondernemingsraden (WOR, Works Councils Act).

Official text: https://wetten.overheid.nl/BWBR0002747 (Overheid.nl). An undertaking with 50 or
more persons must set up a works council (ondernemingsraad, OR). Art. 25 gives it advice rights,
art. 27 consent rights over staff regulations; a decision taken without consent is void if
the OR invokes nullity (art. 27(5)). Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import AS_OF, Exists, F, Not
from engine.model import Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EMPLOYEE_ROLES, uses_any_technique
from .scope import JURISDICTION

cite = partial(Citation, instrument="Wet op de ondernemingsraden (WOR)", short="WOR", url="https://wetten.overheid.nl/BWBR0002747", article_label="Art")
# Lower bound: the consent rights on personal data and monitoring facilities were in the WOR by
# the time the Wet bescherming persoonsgegevens took effect; the exact commencement of the
# amending act was not verified.
IN_FORCE = dt.date(2001, 9, 1)

_NL_OR = (F("country") == "NL") & F("roles").has_any(*EMPLOYEE_ROLES) & F("representation.works_council").true()
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
NL_OR = Classification(
    id="NL-WOR-WORKS-COUNCIL",
    title="A works council (ondernemingsraad) represents the monitored staff in the Netherlands",
    jurisdiction="NL",
    citation=cite(article="2", paragraph="1"),
    grade=Grade.S,
    condition=JURISDICTION.holds() & Exists("workforce", _NL_OR),
    rationale="Art. 2 requires an undertaking with 50 or more persons to set up a works council; its rights under arts. 25 and 27 exist only once it does.",
).holds()
# Consent, or the subdistrict court's replacement consent (art. 27(4)), recorded as the
# authority's authorisation.
_CONSENTED = F("consultation.agreement_signed").true() | F("consultation.authority_authorisation").true()
NO_CONSENT = Exists("workforce", _NL_OR & Not(_CONSENTED))
# Consent rights cover a "regeling" for all staff or a group, not an incidental measure: a
# covert investigation of named persons is not such an arrangement (verification note; a
# one-off covert filming case needs case law before it is treated as a regeling).
_ARRANGEMENT = Not(F("monitoring.covert") == "targeted")

# --------------------------------------------------------------------------- art. 25(1)(k) — advice
# Rolling out a monitoring system to staff is read as introducing an important technological
# facility; advice must be sought while it can still influence the decision (art. 25(2)).

ADVICE = Requirement(
    id="NL-WOR-25-1-K-ADVICE",
    title="The works council's advice on the monitoring system is sought while it can still change the decision",
    jurisdiction="NL",
    citation=cite(article="25", paragraph="1", point="k"),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an undertaking in the Netherlands with a works council introduces a monitoring system",
    applies_if=NL_OR & uses_any_technique(),
    checks=(
        Check(
            status=Status.action_required,
            when=Exists("workforce", _NL_OR & Not(F("consultation.consulted").true())),
            because="The works council was not asked for its advice on introducing the system.",
        ),
    ),
    satisfied_because="The works council was asked for its advice on the system.",
    remedy="Ask the works council in writing for advice on the proposed system, with the reasons and expected consequences for staff, early enough for the advice to influence the decision; wait one month after a decision that departs from the advice before implementing it (art. 25(6)).",
    rationale="Art. 25(1)(k) gives the works council the right to advise on the introduction or change of an important technological facility; the request must come at a time when the advice can significantly influence the decision.",
    penalty="The works council can appeal to the Enterprise Chamber of the Amsterdam Court of Appeal, which can order the decision reversed.",
)

# --------------------------------------------------------------------------- art. 27(1)(k) — personal data

DATA = Requirement(
    id="NL-WOR-27-1-K-DATA",
    title="The works council has consented to the arrangement on processing and protecting staff personal data",
    jurisdiction="NL",
    citation=cite(article="27", paragraph="1", point="k"),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an undertaking in the Netherlands with a works council adopts an arrangement processing staff personal data for all staff or a group",
    applies_if=NL_OR & uses_any_technique() & _ARRANGEMENT,
    checks=(
        Check(
            status=Status.action_required,
            when=NO_CONSENT,
            because="The works council has not consented to the arrangement on processing staff personal data, and no court has given replacement consent.",
        ),
    ),
    satisfied_because="The works council consented (or the subdistrict court gave replacement consent).",
    remedy="Submit the data-processing arrangement to the works council for consent before adopting it; if it refuses, ask the subdistrict court (kantonrechter) for replacement consent.",
    rationale="Art. 27(1)(k) requires the works council's consent for any proposed decision to adopt, change or withdraw an arrangement on the processing and protection of personal data of staff, where it concerns all staff or a group.",
    penalty="The decision is void if the works council invokes nullity (art. 27(5)).",
)

# --------------------------------------------------------------------------- art. 27(1)(l) — monitoring facilities
# "Aimed at or suitable for" observing or checking presence, behaviour or performance: the
# capability test, like §87(1) Nr. 6 BetrVG.

CONSENT = Requirement(
    id="NL-WOR-27-1-L-CONSENT",
    title="The works council has consented to facilities able to observe or check staff presence, behaviour or performance",
    jurisdiction="NL",
    citation=cite(article="27", paragraph="1", point="l"),
    in_force_from=IN_FORCE,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When an undertaking in the Netherlands with a works council introduces, for all staff or a group, a facility able to monitor them",
    applies_if=NL_OR & uses_any_technique() & _ARRANGEMENT,
    checks=(
        Check(
            status=Status.action_required,
            when=NO_CONSENT,
            because="The works council has not consented to the monitoring facility, and no court has given replacement consent.",
        ),
    ),
    satisfied_because="The works council consented to the monitoring facility (or the subdistrict court gave replacement consent).",
    remedy="Submit the monitoring arrangement (what is recorded, why, who sees it, how long it is kept) to the works council for consent before implementation; if it refuses, ask the subdistrict court for replacement consent (art. 27(4)).",
    rationale="Art. 27(1)(l) requires works council consent for an arrangement on facilities aimed at or suitable for observing or checking the presence, behaviour or performance of persons working in the undertaking; capability suffices. The Dutch DPA treats keystroke, e-mail and internet logging, GPS and cameras as such facilities.",
    penalty="The decision is void if the works council invokes nullity (art. 27(5)); GDPR fines may follow for processing without safeguards.",
)

# --------------------------------------------------------------------------- art. 27(5) — nullity

NULLITY = Requirement(
    id="NL-WOR-27-5-NULL",
    title="The monitoring arrangement is not put into effect without the works council's consent",
    jurisdiction="NL",
    citation=cite(article="27", paragraph="5"),
    in_force_from=IN_FORCE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When an undertaking in the Netherlands with a works council puts a monitoring arrangement for staff into effect",
    applies_if=NL_OR & uses_any_technique() & _ARRANGEMENT,
    checks=(
        Check(
            status=Status.violation,
            when=NO_CONSENT & (F("processing_started_on") <= AS_OF),
            because="The arrangement is in effect without the works council's consent: it is void if the council invokes nullity in writing within one month of learning of it.",
        ),
        Check(
            status=Status.action_required,
            when=NO_CONSENT,
            because="The arrangement is planned without consent; putting it into effect now would make it voidable.",
        ),
    ),
    satisfied_because="The arrangement has the works council's consent (or the court's replacement consent).",
    remedy="Suspend the arrangement until the works council consents or the subdistrict court gives replacement consent; data gathered under a void arrangement should not be used against staff.",
    rationale="Under art. 27(5) a decision taken without the required consent is void if the works council invokes nullity in writing within one month after the employer informed it of the decision or it otherwise learned of it being implemented.",
    penalty="No fine under the WOR; once the works council invokes nullity the decision is void and staff need not follow it.",
)

REQUIREMENTS = (ADVICE, DATA, CONSENT, NULLITY)
