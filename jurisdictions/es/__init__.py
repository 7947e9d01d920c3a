"""Spain: national rules on monitoring at work (loaded when a population works in Spain)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="ES",
    name="Spain",
    scope=works_in("ES"),
    scope_basis="monitored people work in Spain",
    lang="es",
)

REQUIREMENTS: tuple = ()
