"""ePrivacy Directive — Directive 2002/58/EC, as amended by Directive 2009/136/EC.

Official text: https://eur-lex.europa.eu/eli/dir/2002/58/oj (ELI). A directive: it binds through
national laws (e.g. Art 82 Loi Informatique et Libertés in France, §25 TDDDG in Germany), and
penalties are national (Art 15a(1)). Art 5(1) applied from the transposition deadline of
31 Oct 2003; the consent rule of Art 5(3) in its present form from 25 May 2011 (Directive
2009/136/EC). Last checked for this module: 2026-11-30.

Two open points are encoded as risk, not breach: whether Art 5(1) reaches an employer's own
network and tools (the Directive covers publicly available services), and whether a worker is
the "user" whose consent Art 5(3) requires on a device the employer owns.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import Exists, F
from engine.model import Citation, Check, Grade, Requirement, Severity, Status

from .edpb import EDPB_TERMINAL, TERMINAL_ACCESS
from .gdpr import GDPR_APPLIES, WORKERS, WP249

URL = "https://eur-lex.europa.eu/eli/dir/2002/58/oj"
PENALTY = "National penalties under Art 15a(1) ePrivacy Directive, which may include criminal sanctions."

cite = partial(
    Citation,
    instrument="Directive 2002/58/EC (ePrivacy Directive), as amended by Directive 2009/136/EC",
    short="ePrivacy Directive",
    url=URL,
)

PRIVATE_USE_ALLOWED = Exists("workforce", F("private_use_of_tools").one_of("permitted", "tolerated"))

# Art 5(1) — confidentiality of communications

CONFIDENTIALITY = Requirement(
    id="EU-EPD-5-1-CONFIDENTIALITY",
    title="Communications of workers and outside parties are not intercepted without a legal ground or consent",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1"),
    authorities=(WP249,),
    in_force_from=dt.date(2003, 10, 31),
    severity=Severity.required,
    grade=Grade.K,
    applies_when="When communications (e-mail, chat, calls, web traffic) of people working in the EEA are intercepted or recorded",
    applies_if=GDPR_APPLIES.holds()
    & WORKERS
    & F("monitoring.techniques").has_any("email_monitoring", "chat_monitoring", "call_recording", "tls_inspection"),
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_message_content").true() & PRIVATE_USE_ALLOWED,
            because="Message content is intercepted while private use of the tools is allowed; some Member States then treat the employer as bound by telecoms secrecy.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_external_parties").true() & (F("monitoring.all_party_consent_mechanism") == "none"),
            because="Communications with outside parties are recorded without telling them or seeking their consent.",
        ),
    ),
    satisfied_because="No private communications are intercepted and outside parties are told about any recording.",
    remedy="Forbid private use of monitored channels or exclude private messages, announce recording to outside parties, and check the national telecoms-secrecy rules before intercepting content.",
    rationale="Art 5(1) forbids listening to, recording or otherwise intercepting communications without the users' consent or a legal authorisation. It covers publicly available services, so its reach into an employer's own systems is unsettled, but national secrecy rules, Charter Art 7 and ECHR Art 8 protect the same content.",
    penalty=PENALTY,
)

# Art 5(3) — storing or reading information on terminal equipment
# Personal devices: the worker is the user, so the agent needs the worker's prior informed
# consent (the exemption for a service the user requested does not fit monitoring), and that
# consent is hard to give freely at work. Employer-owned devices: unsettled; we treat them as
# compliant when private use is forbidden and workers are told beforehand, and flag them when
# private use is allowed. The contract records no consent to the device access itself.

TERMINAL_EQUIPMENT = Requirement(
    id="EU-EPD-5-3-TERMINAL",
    title="Monitoring agents are put on workers' own devices only with their informed consent",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="3"),
    authorities=(EDPB_TERMINAL, WP249),
    in_force_from=dt.date(2011, 5, 25),
    severity=Severity.required_before_deployment,
    grade=Grade.K,
    applies_when="When monitoring software reads from or stores on devices used by people working in the EEA",
    applies_if=GDPR_APPLIES.holds() & WORKERS & TERMINAL_ACCESS.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.device_ownership").one_of("personal", "mixed"),
            because="The agent runs on workers' own devices: Art 5(3) requires their prior informed consent, which is hard to give freely at work and is not recorded.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers are not given clear information before the agent accesses the devices.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.device_ownership") == "employer") & PRIVATE_USE_ALLOWED,
            because="The devices belong to the employer but may be used privately; whether the worker is then the user whose consent is needed is unsettled.",
        ),
    ),
    satisfied_because="The agent runs only on employer devices that may not be used privately, and workers are told beforehand.",
    remedy="Keep monitoring agents off personal devices (or obtain and record free, informed consent with an alternative), inform workers before installation, and forbid or separate private use of employer devices.",
    rationale="Art 5(3) allows storing or reading information on a user's terminal equipment only with prior clear information and consent, unless strictly necessary for transmission or for a service the user asked for. The EDPB reads terminal equipment as any device, whoever owns it.",
    penalty=PENALTY,
)

REQUIREMENTS = (CONFIDENTIALITY, TERMINAL_EQUIPMENT)
