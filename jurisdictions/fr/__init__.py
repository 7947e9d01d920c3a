"""France: national rules on monitoring at work (loaded when a population works in France)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="FR",
    name="France",
    scope=works_in("FR"),
    scope_basis="monitored people work in France",
    lang="fr",
)

REQUIREMENTS: tuple = ()
