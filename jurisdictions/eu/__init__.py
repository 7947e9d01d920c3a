"""European Union law (the EEA where an instrument extends to it)."""

from engine.conditions import Exists, F
from engine.model import Jurisdiction

from ..common import EEA_STATES
from . import aia, echr, edpb, eprivacy, gdpr, pwd, wp249

JURISDICTION = Jurisdiction(
    code="EU",
    name="European Union",
    scope=F("organisation.establishments").has_any(*EEA_STATES)
    | Exists("workforce", F("country").one_of(*EEA_STATES))
    | Exists("ai_systems", F("output_used_in_eu").true()),
    scope_basis="the organisation is established in the EEA, monitored people work there, or an AI system's output is used in the Union",
)

REQUIREMENTS = (
    *gdpr.REQUIREMENTS,
    *wp249.REQUIREMENTS,
    *edpb.REQUIREMENTS,
    *eprivacy.REQUIREMENTS,
    *aia.REQUIREMENTS,
    *pwd.REQUIREMENTS,
    *echr.REQUIREMENTS,
)
