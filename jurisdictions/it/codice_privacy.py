"""Codice in materia di protezione dei dati personali — D.Lgs. 30 giugno 2003, n. 196.

Official text: https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196
(Normattiva). As amended by D.Lgs. 101/2018 (in force 19 Sep 2018). Art. 113 keeps Statuto
art. 8 in force, art. 114 keeps Statuto art. 4, and art. 171 punishes breaches of both with the
penalties of Statuto art. 38. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import AS_OF, F, Not
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from ..common import uses_any_technique
from .statuto_lavoratori import ART38_PENALTY, IT_WORKERS_PRESENT, NO_ART4_PROCEDURE, WORK_TOOLS_ONLY

# Arts. 113, 114 and 171 — criminal enforcement of Statuto arts. 4 and 8
# A consequence row: it reports when the facts show conduct that the Privacy Code makes a crime.
CRIMINAL = Requirement(
    id="IT-CODICE-113-114-171",
    title="Monitoring in Italy avoids the Statuto art. 4 and art. 8 breaches that the Privacy Code makes criminal",
    jurisdiction="IT",
    citation=Citation(
        instrument="Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali)",
        short="Codice privacy",
        article="171",
        url="https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196~art171",
        article_label="Art",
    ),
    in_force_from=dt.date(2018, 9, 19),
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When workers in Italy are monitored",
    applies_if=IT_WORKERS_PRESENT & uses_any_technique(),
    checks=(
        Check(
            status=Status.violation,
            when=F("monitoring.inferences").has_any("union_activity", "protected_characteristic"),
            because="The tool inquires into union activity or other protected characteristics (art. 113 and Statuto art. 8), an offence under art. 171.",
        ),
        Check(
            status=Status.violation,
            when=Not(WORK_TOOLS_ONLY.holds()) & NO_ART4_PROCEDURE & (F("processing_started_on") <= AS_OF),
            because="A tool allowing remote control runs without the art. 4(1) agreement or authorisation (art. 114), an offence under art. 171.",
        ),
        Check(
            status=Status.at_risk,
            when=Not(WORK_TOOLS_ONLY.holds()) & NO_ART4_PROCEDURE,
            because="Starting the tool before a union agreement or inspectorate authorisation is in place would be an offence under art. 171.",
        ),
    ),
    satisfied_because="The facts show neither an inquiry into opinions nor a remote-control tool without the art. 4(1) procedure.",
    remedy="Obtain the art. 4(1) agreement or authorisation before the tool runs, and remove any inquiry into opinions or protected characteristics; if either has happened, take criminal-law advice.",
    rationale="The Privacy Code keeps the Statuto's rules in force: art. 113 for art. 8 (no inquiries into opinions) and art. 114 for art. 4 (remote control). Art. 171 makes breaches of either punishable with the penalties of Statuto art. 38.",
    penalty=ART38_PENALTY,
)

REQUIREMENTS = (CRIMINAL,)
