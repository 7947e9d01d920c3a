"""Bundesdatenschutzgesetz (Federal Data Protection Act, BDSG 2018), with the BAG keylogger rule.

Official text: https://www.gesetze-im-internet.de/bdsg_2018/ (Bundesministerium der Justiz).
In force since 25 May 2018. Last checked: 2026-11-30.

§26 BDSG was Germany's Art 88 GDPR rule for employment data. After CJEU C-34/21 (30 Mar 2023)
its general clause (§26(1) s. 1) no longer works as a "more specific rule", so employers must
rest monitoring on a basis in Art 6(1) GDPR; the BAG standards on covert and targeted
monitoring (documented, concrete suspicion; proportionality) still decide the balancing.
A federal employee-data act (Beschäftigtendatengesetz) was drafted in Oct 2024 but not enacted.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F, Not
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import WORKER_ROLES, uses_any_technique
from ..eu.gdpr import DPIA_REQUIRED, FINE_83_4, FINE_83_5, GDPR_APPLIES
from .scope import JURISDICTION

cite = partial(Citation, instrument="Bundesdatenschutzgesetz (BDSG)", short="BDSG", article_label="§")
URL_26 = "https://www.gesetze-im-internet.de/bdsg_2018/__26.html"
URL_38 = "https://www.gesetze-im-internet.de/bdsg_2018/__38.html"
IN_FORCE = dt.date(2018, 5, 25)

C_34_21 = Authority(
    title="CJEU C-34/21 Hauptpersonalrat der Lehrerinnen und Lehrer, 30 Mar 2023, ECLI:EU:C:2023:270",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-34/21",
    kind="case_law",
)
C_65_23 = Authority(
    title="CJEU C-65/23 MK v K GmbH, 19 Dec 2024, ECLI:EU:C:2024:1051 (works agreements must meet Arts 5, 6(1) and 9 GDPR)",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-65/23",
    kind="case_law",
)
BAG_1_ABR_14_22 = Authority(title="BAG, 9 May 2023, 1 ABR 14/22", url=None, kind="case_law")
BAG_KEYLOGGER = Authority(
    title="BAG, 27 Jul 2017, 2 AZR 681/16 (keylogger; appeal against LAG Hamm, 17 Jun 2016, 16 Sa 1711/15, dismissed)",
    url=None,
    kind="case_law",
)

# Population gate shared by the German data-protection rules (a classification, read once).
# Chained on the jurisdiction's scope: the gate is decided only once the overlay is loaded.
DE_WORKERS = Classification(
    id="DE-BDSG-26-EMPLOYEES",
    title="Employees in the sense of §26(8) BDSG (including applicants) working in Germany are monitored",
    jurisdiction="DE",
    citation=cite(article="26", paragraph="8", url=URL_26),
    grade=Grade.V,
    condition=JURISDICTION.holds() & Exists("workforce", (F("country") == "DE") & F("roles").has_any(*WORKER_ROLES)),
    rationale="§26(8) BDSG defines employees broadly: workers, trainees, applicants and former employees among others.",
).holds()

# A documented, concrete suspicion of a criminal offence or a serious breach of duty, limited to
# the persons under suspicion: the BAG's threshold for covert and for exhaustive monitoring.
_CONCRETE_SUSPICION = (
    F("monitoring.covert_justification.documented_suspicion").true()
    & F("monitoring.covert_justification.suspicion_type").one_of("criminal_offence", "serious_misconduct")
    & F("monitoring.covert_justification.limited_persons").true()
)

# --------------------------------------------------------------------------- §26 BDSG — employment data

EMPLOYMENT = Requirement(
    id="DE-BDSG-26-EMPLOYMENT",
    title="Monitoring of staff in Germany rests on a GDPR basis that survives C-34/21 and meets the §26 BDSG limits",
    jurisdiction="DE",
    citation=cite(article="26", paragraph="1", url=URL_26),
    authorities=(C_34_21, BAG_1_ABR_14_22, C_65_23),
    in_force_from=IN_FORCE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers in Germany are monitored",
    applies_if=GDPR_APPLIES.holds() & DE_WORKERS & uses_any_technique(),
    checks=(
        # §26(1) s. 2: detecting crimes needs documented facts giving rise to a suspicion; whether
        # the sentence survives C-34/21 is open (K), but the BAG applies the same standard under
        # Art 6(1)(f) GDPR, so the test stays the same either way.
        Check(
            status=Status.action_required,
            when=F("monitoring.covert").one_of("targeted", "general") & Not(_CONCRETE_SUSPICION),
            because="Workers are monitored covertly without a documented, concrete suspicion of a crime or serious breach of duty limited to the persons suspected.",
        ),
        # §26(4) and C-65/23: a works agreement may govern the processing, but it does not
        # make lawful what Arts 5, 6(1) and 9 GDPR forbid, and courts review it in full.
        Check(
            status=Status.at_risk,
            when=F("legal_basis.bases_used").has("collective_agreement"),
            because="A works or collective agreement is named as the lawful basis; after C-65/23 it must itself meet Arts 5, 6(1) and 9 GDPR, and courts review its necessity in full.",
        ),
        # §26(1) s. 1 ("necessary for the employment relationship") cannot carry processing
        # after C-34/21 and BAG 1 ABR 14/22: only Art 6(1)(b) GDPR, read strictly, remains.
        Check(
            status=Status.at_risk,
            when=F("legal_basis.bases_used").has("contract"),
            because="Necessity for the employment contract is claimed; §26(1) s. 1 BDSG no longer supports this after C-34/21, so the monitoring must be strictly necessary to perform the contract under Art 6(1)(b) GDPR.",
        ),
        # §26(2): consent of employees is voluntary mainly where they gain a legal or economic
        # advantage or interests align, and needs written or electronic form.
        Check(
            status=Status.at_risk,
            when=F("legal_basis.bases_used").has("consent"),
            because="Employees' consent is relied on; §26(2) BDSG treats it as voluntary mainly where they gain a legal or economic advantage or share the employer's interest, and requires written or electronic form.",
        ),
    ),
    satisfied_because="The monitoring is overt and rests on a GDPR basis other than contract necessity, consent or a works agreement alone.",
    remedy="Rest each purpose on Art 6(1)(c) or (f) GDPR with a documented balancing test; keep works agreements as safeguards, not as the basis; use covert measures only on a documented, concrete suspicion against named persons; and if consent is used, obtain it in writing or electronically with a real advantage for the employee.",
    rationale="§26 BDSG governs employee data in Germany. The CJEU (C-34/21) held that a general necessity clause like §26(1) s. 1 is not a more specific rule under Art 88 GDPR, and the BAG followed (1 ABR 14/22). Works agreements under §26(4) must meet the GDPR in full (C-65/23). §26(2) sets criteria for voluntary consent, and the BAG's suspicion test for covert measures remains the benchmark.",
    penalty=FINE_83_5,
)

# --------------------------------------------------------------------------- §26(1) BDSG — keyloggers (BAG 2 AZR 681/16)
# Decided under §32(1) BDSG (old), the predecessor of §26: a keylogger recording every keystroke
# without a concrete suspicion against the employee is a disproportionate intrusion into the
# right to informational self-determination, and what it records cannot be used in court. Not
# objecting to a general e-mail announcing the logging is not consent.

KEYLOGGER = Requirement(
    id="DE-BAG-KEYLOGGER",
    title="No keylogger records employees' keystrokes without a documented, concrete suspicion against them",
    jurisdiction="DE",
    citation=cite(article="26", paragraph="1", url=URL_26),
    authorities=(BAG_KEYLOGGER,),
    in_force_from=dt.date(2017, 7, 27),
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When a keylogger records the full content of what workers in Germany type",
    applies_if=DE_WORKERS
    & F("monitoring.techniques").has("keystroke_logging")
    & (F("monitoring.keystroke_capture") == "full_content"),
    checks=(
        Check(
            status=Status.violation,
            when=(F("monitoring.covert") == "general")
            | F("monitoring.covert_justification.documented_suspicion").false()
            | F("monitoring.covert_justification.suspicion_type").one_of("minor", "none")
            | F("monitoring.covert_justification.limited_persons").false(),
            because="Every keystroke is logged without a documented, concrete suspicion of a crime or serious breach of duty against the specific employees: unlawful, and nothing it records can justify a dismissal.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="There is a concrete suspicion, but no record that less intrusive measures were considered before logging all keystrokes.",
        ),
    ),
    satisfied_because="Keystrokes are logged only on a documented, concrete suspicion of a serious breach against the persons concerned, after less intrusive means were considered.",
    remedy="Switch off full keystroke logging. Use it only for a limited time against named employees on a documented, concrete suspicion of a crime or serious breach of duty, after ruling out less intrusive means; an announcement to staff does not replace the suspicion.",
    rationale="The Federal Labour Court (BAG 27 Jul 2017, 2 AZR 681/16) held that a software keylogger on a work PC, recording all keystrokes and taking screenshots, infringed the employee's right to informational self-determination because there was no concrete suspicion against him; the findings could not be used to justify his dismissal.",
    penalty="Evidence from the keylogger is inadmissible in dismissal proceedings; GDPR Art 83(5) fines and damages (Art 82 GDPR) are possible.",
)

# --------------------------------------------------------------------------- §38 BDSG — data protection officer
# §38(1) s. 1: a DPO where, as a rule, at least 20 persons are constantly engaged in automated
# processing of personal data; s. 2: regardless of headcount where processing requires a DPIA.
# The contract has no count of staff who process personal data: headcount_total is the proxy,
# and the finding says so.

DPO = Requirement(
    id="DE-BDSG-38-DPO",
    title="A data protection officer is designated where §38 BDSG requires one",
    jurisdiction="DE",
    citation=cite(article="38", paragraph="1", url=URL_38),
    in_force_from=IN_FORCE,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When a controller established in Germany runs processing that needs a DPIA, or has 20 or more staff",
    applies_if=GDPR_APPLIES.holds()
    & F("organisation.establishments").has("DE")
    & (DPIA_REQUIRED.holds() | (F("organisation.headcount_total") >= 20)),
    checks=(
        Check(
            status=Status.action_required,
            when=DPIA_REQUIRED.holds() & F("assessments.dpo_designated").false(),
            because="The monitoring requires a DPIA, so §38(1) s. 2 BDSG requires a DPO whatever the headcount, and none is designated.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("organisation.headcount_total") >= 20) & F("assessments.dpo_designated").false(),
            because="No DPO is designated and the organisation has 20 or more staff; if 20 or more of them regularly process personal data on computers, §38(1) s. 1 BDSG requires one.",
        ),
    ),
    satisfied_because="A data protection officer is designated.",
    remedy="Designate a data protection officer (employee or external), publish the contact details and notify the supervisory authority (Art 37(7) GDPR).",
    rationale="§38(1) BDSG adds to Art 37 GDPR: a German controller must designate a DPO where, as a rule, at least 20 persons are constantly engaged in automated processing of personal data, or, regardless of size, where its processing requires a DPIA under Art 35 GDPR.",
    penalty=FINE_83_4,
)

REQUIREMENTS = (EMPLOYMENT, KEYLOGGER, DPO)
