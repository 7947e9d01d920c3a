"""Italy: national rules on monitoring at work (loaded when a population works in Italy)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="IT",
    name="Italy",
    scope=works_in("IT"),
    scope_basis="monitored people work in Italy",
    lang="it",
)

REQUIREMENTS: tuple = ()
