"""California law (and the federal rules a California employer meets, in ``jurisdictions.us``)."""

from engine.conditions import Exists, F
from engine.model import Jurisdiction

from ..common import in_california

from . import ccpa, constitution, cppa_regulations, feha, labor_code, penal_code, watch_list

JURISDICTION = Jurisdiction(
    code="US-CA",
    name="California",
    scope=Exists("workforce", in_california() | (F("residence") == "US-CA"))
    | F("monitoring.external_parties_in_california").true(),
    scope_basis="monitored people work or live in California, or outside parties in California are captured",
)

REQUIREMENTS = (
    *ccpa.REQUIREMENTS,
    *cppa_regulations.REQUIREMENTS,
    *labor_code.REQUIREMENTS,
    *penal_code.REQUIREMENTS,
    *constitution.REQUIREMENTS,
    *feha.REQUIREMENTS,
)

WATCH_LIST = watch_list.WATCH_LIST
