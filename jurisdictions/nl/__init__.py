"""Netherlands: national rules on monitoring at work (loaded when a population works in Netherlands)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="NL",
    name="Netherlands",
    scope=works_in("NL"),
    scope_basis="monitored people work in Netherlands",
    lang="nl",
)

REQUIREMENTS: tuple = ()
