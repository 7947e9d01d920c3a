"""National Labor Relations Act (29 U.S.C. §151 ff.) — surveillance of protected activity and
bargaining over monitoring.

Official text: https://uscode.house.gov (title 29, chapter 7, subchapter II). Last checked: 2026-11-30.

NLRB General Counsel Memorandum GC 23-02 (31 Oct 2022) on electronic monitoring was rescinded by
GC 25-05 on 14 Feb 2025. It was prosecutorial policy, never binding law, so it is encoded as an
Authority with a note on US-NLRA-8A1-SURVEIL (history only), not as a requirement.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, Exists, F
from engine.model import Authority, Check, Classification, Grade, Requirement, Severity, Status

from ._cite import usc

INSTRUMENT = "National Labor Relations Act (29 U.S.C. §151 et seq.)"

#: The Act dates from 5 Jul 1935 (amended 1947); the catalogue's dates start in 1950. This
#: changes no current result.
LONG_STANDING = dt.date(1950, 1, 1)

NASSCO = Authority(title="National Steel & Shipbuilding Co. v. NLRB, 156 F.3d 1268 (D.C. Cir. 1998)", kind="case_law")
ADVANCEPIERRE = Authority(title="AdvancePierre Foods, Inc., 366 NLRB No. 133 (2018)", kind="case_law")
STERN_PRODUCE = Authority(
    title="Stern Produce Co., 372 NLRB No. 74 (2023), vacated by the D.C. Circuit, No. 23-1100 (26 Mar 2024): disclosed routine safety cameras are not by themselves unlawful",
    kind="case_law",
)
GC_23_02 = Authority(
    title=(
        "NLRB General Counsel Memorandum GC 23-02, Electronic Monitoring and Algorithmic Management of Employees "
        "Interfering with the Exercise of Section 7 Rights (31 Oct 2022). HISTORY ONLY: rescinded by GC 25-05 on "
        "14 Feb 2025; it proposed a presumption of unlawful interference where monitoring as a whole would tend to chill "
        "Section 7 activity and was never binding law"
    ),
    url="https://www.nlrb.gov/news-outreach/news-story/gc-25-05-rescission-of-certain-general-counsel-memoranda",
    kind="guidance",
)
COLGATE = Authority(
    title="Colgate-Palmolive Co., 323 NLRB 515 (1997): installing and using surveillance cameras is a mandatory subject of bargaining",
    kind="case_law",
)
KATZ = Authority(
    title="NLRB v. Katz, 369 U.S. 736 (1962): a unilateral change in a mandatory subject, made without bargaining, violates §8(a)(5)",
    kind="case_law",
)
NATIONAL_STEEL = Authority(title="National Steel Corp. v. NLRB, 324 F.3d 928 (7th Cir. 2003)", kind="case_law")

NLRA_COVERAGE = Classification(
    id="US-NLRA-2-COVERAGE",
    title="The employer and the monitored workers are covered by the National Labor Relations Act",
    jurisdiction="US",
    citation=usc(29, "152", INSTRUMENT, "2"),
    grade=Grade.V,
    # §152(2) excludes the United States, states and their subdivisions (and Railway Labor Act
    # employers, for which the contract has no fact); §152(3) excludes supervisors, independent
    # contractors, agricultural and domestic workers. The NLRB's revenue standards for "commerce"
    # are not tested.
    condition=F("organisation.legal_form").one_of("for_profit", "nonprofit")
    & Exists("workforce", (F("country") == "US") & F("roles").has_any("employee", "agency_worker", "former_employee", "applicant")),
    rationale=(
        "The Act covers private-sector employers, for-profit or nonprofit, and protects their employees whether or not "
        "a union exists; public employers, supervisors and independent contractors are outside it."
    ),
)

SURVEILLANCE = Requirement(
    id="US-NLRA-8A1-SURVEIL",
    title="Monitoring is not used to watch, or to give the impression of watching, union or other concerted activity",
    jurisdiction="US",
    citation=usc(29, "158", INSTRUMENT, "a", "1"),
    authorities=(NASSCO, ADVANCEPIERRE, STERN_PRODUCE, GC_23_02),
    in_force_from=LONG_STANDING,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a private-sector employer monitors employees in the United States",
    applies_if=NLRA_COVERAGE.holds(),
    checks=(
        Check(
            status=Status.violation,
            when=F("labour_relations.adverse_actions_linked_to").has("concerted_activity"),
            because="Adverse actions are linked to concerted activity, for example discipline of workers who jointly protested the monitoring.",
        ),
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has("union_activity"),
            because="The system infers union activity, so monitoring is directed at protected activity.",
        ),
        Check(
            status=Status.at_risk,
            when=F("labour_relations.union_campaign_underway").true() | F("labour_relations.concerted_activity_known").true(),
            because="Monitoring runs while the employer knows of organising or other concerted activity; reviewing its data for that activity, or extending it in response, would be unlawful surveillance or create the impression of it.",
        ),
    ),
    satisfied_because="No concerted activity or campaign is known, nothing infers union activity, and no adverse action is tied to concerted activity.",
    remedy="Keep monitoring data out of any inquiry into organising or concerted activity, exclude union channels, do not extend monitoring in response to organising, and reverse discipline tied to concerted protest.",
    rationale=(
        "§8(a)(1) forbids interfering with employees' §7 rights. Surveilling protected concerted or union activity, or "
        "creating the impression that it is watched, violates it (NASSCO, AdvancePierre), as does discipline for "
        "concertedly protesting monitoring. Routine, disclosed safety monitoring is not unlawful by itself (Stern Produce, "
        "vacated). GC 23-02 is cited only as history: it was rescinded on 14 Feb 2025."
    ),
    penalty="No fines: remedial orders (cease and desist, notice posting or reading, reinstatement, back pay).",
)

BARGAINING = Requirement(
    id="US-NLRA-8A5-BARGAIN",
    title="Where a union represents the employees, monitoring is bargained with it before it is introduced",
    jurisdiction="US",
    citation=usc(29, "158", INSTRUMENT, "a", "5"),
    authorities=(COLGATE, NATIONAL_STEEL, KATZ),
    in_force_from=LONG_STANDING,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When a union represents the monitored US employees",
    applies_if=NLRA_COVERAGE.holds() & F("organisation.union_represented_us").true(),
    checks=(
        # A unilateral change to a mandatory subject that is already in effect is itself the unfair
        # labour practice (Katz; Colgate-Palmolive for cameras). The union's waiver (for example a
        # clause of its contract) is a defence the facts contract cannot express; the finding says so.
        Check(
            status=Status.violation,
            when=F("labour_relations.bargaining_done").false() & (F("processing_started_on") <= AS_OF),
            because=(
                "The monitoring is already in use in a unionised unit and was introduced without bargaining with the union: "
                "a unilateral change to a mandatory subject of bargaining, unless the union waived bargaining over it."
            ),
        ),
        Check(
            status=Status.action_required,
            when=F("labour_relations.bargaining_done").false(),
            # Reached alone when the monitoring is planned (or its start date is unknown); listed as "also"
            # under the violation above, so it must read true in both cases.
            because="A union represents the employees and the monitoring has not been bargained with it.",
        ),
    ),
    satisfied_because="The monitoring was bargained with the union.",
    remedy=(
        "Give the union notice and an opportunity to bargain over the installation and use of the monitoring, and answer "
        "its information requests (protecting confidentiality where needed), before rollout; where it is already running "
        "without bargaining, offer to bargain now and be ready to restore the earlier position (suspend the monitoring) "
        "unless the union waived bargaining."
    ),
    rationale=(
        "§8(a)(5) requires bargaining over mandatory subjects. Surveillance cameras and comparable monitoring technology "
        "affect terms and conditions of employment and must be bargained (Colgate-Palmolive; National Steel). Introducing "
        "them unilaterally, without giving the union notice and a chance to bargain, is itself a refusal to bargain (Katz), "
        "unless the union has waived bargaining on the subject."
    ),
    penalty="No fines: orders to bargain, rescind unilateral changes and post notices.",
)

CLASSIFICATIONS = (NLRA_COVERAGE,)
REQUIREMENTS = (SURVEILLANCE, BARGAINING)
