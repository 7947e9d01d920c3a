"""Facts about the world that several jurisdictions share (country lists, worker roles).

These are factual groupings, not legal tests: each rule decides what to do with them.
"""

from engine.conditions import Cond, Exists, F
from engine.description import Technique

EU_MEMBER_STATES = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)  # fmt: skip
EEA_EFTA_STATES = ("IS", "LI", "NO")
EEA_STATES = EU_MEMBER_STATES + EEA_EFTA_STATES

#: People in a working relationship with the organisation (applicants included).
WORKER_ROLES = ("employee", "applicant", "intern", "agency_worker", "contractor", "platform_worker", "former_employee")
#: Employees in the narrow sense used by co-determination statutes (agency workers are counted
#: in the user undertaking for co-determination on monitoring).
EMPLOYEE_ROLES = ("employee", "intern", "agency_worker")

ALL_TECHNIQUES = tuple(t.value for t in Technique)

#: Sensors whose output is biometric data in the AI Act sense (Art 3(34), Recital 18):
#: physical, physiological or behavioural signals, including typing and mouse dynamics.
BIOMETRIC_INPUTS = ("face", "voice", "keystrokes", "mouse", "posture_movement", "physiological")


def works_in(*countries: str) -> Cond:
    """Some monitored population works in one of ``countries``."""
    return Exists("workforce", F("country").one_of(*countries))


def workers_in(*countries: str) -> Cond:
    """Some monitored population of workers (any role) works in one of ``countries``."""
    return Exists("workforce", F("country").one_of(*countries) & F("roles").has_any(*WORKER_ROLES))


def uses_any_technique() -> Cond:
    return F("monitoring.techniques").has_any(*ALL_TECHNIQUES)


def in_california() -> Cond:
    """A population works in California. Tested with the country first, so a population known to
    work outside the United States is known not to work in California even without a region."""
    return (F("country") == "US") & (F("region") == "US-CA")


def works_in_california() -> Cond:
    return Exists("workforce", in_california())
