"""Garante per la protezione dei dati personali — guidance on monitoring at work.

Official site: https://www.garanteprivacy.it/. The documento di indirizzo on e-mail
programs and metadata of 6 June 2024 (after consultation on a Dec 2023 draft that proposed
7 days + 48 hours) sets an indicative 21-day retention for e-mail metadata.
Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.conditions import F
from engine.model import Check, Citation, Grade, Requirement, Severity, Status

from ..eu.gdpr import FINE_83_5
from .statuto_lavoratori import IT_EMPLOYEES_PRESENT, NO_ART4_PROCEDURE

# E-mail metadata (documento di indirizzo, 6 Jun 2024)
# Metadata the mail system needs to work and stay secure are part of the work tool (art. 4(2))
# only if kept for a short time, indicatively no more than 21 days; keeping them longer can
# amount to indirect remote control and needs the art. 4(1) agreement or authorisation.
# E-mail metadata are read from the "communications" retention class.
EMAIL_METADATA = Requirement(
    id="IT-GARANTE-EMAIL-META",
    title="E-mail metadata of workers in Italy are kept about 21 days at most, unless the art. 4(1) procedure covers longer",
    jurisdiction="IT",
    citation=Citation(
        instrument="Garante per la protezione dei dati personali, documento di indirizzo 'Programmi e servizi informatici di gestione della posta elettronica nel contesto lavorativo e trattamento dei metadati', 6 June 2024",
        short="Garante",
        article="10026277",
        article_label="doc. web",
        url="https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/10026277",
    ),
    in_force_from=dt.date(2024, 6, 6),
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the e-mail of employees in Italy is logged or monitored",
    applies_if=IT_EMPLOYEES_PRESENT & F("monitoring.techniques").has("email_monitoring"),
    checks=(
        Check(
            status=Status.action_required,
            when=(F("retention.days.communications") > 21) & NO_ART4_PROCEDURE,
            because="E-mail metadata are kept longer than about 21 days without a union agreement or inspectorate authorisation.",
        ),
    ),
    satisfied_because="E-mail metadata are kept for no more than about 21 days, or longer retention is covered by the art. 4(1) procedure.",
    remedy="Set the mail system's log retention to 21 days or less, or obtain a union agreement or labour-inspectorate authorisation that covers longer retention and document why it is needed.",
    rationale="The Garante's guidance of 6 June 2024 treats e-mail metadata needed for the mail service as part of the work tool only if they are kept briefly, indicatively up to 21 days. Longer, generalised retention can allow indirect remote control of workers and so falls under art. 4(1) of the Statuto.",
    penalty=FINE_83_5,
)

REQUIREMENTS = (EMAIL_METADATA,)
