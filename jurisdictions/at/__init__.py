"""Austria: national rules on monitoring at work (loaded when a population works in Austria)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="AT",
    name="Austria",
    scope=works_in("AT"),
    scope_basis="monitored people work in Austria",
    lang="de",
)

REQUIREMENTS: tuple = ()
