"""Germany: national rules on monitoring at work (loaded when a population works in Germany)."""

from engine.model import Jurisdiction

from ..common import works_in
from . import betrvg

JURISDICTION = Jurisdiction(
    code="DE",
    name="Germany",
    scope=works_in("DE"),
    scope_basis="monitored people work in Germany",
    lang="de",
)

REQUIREMENTS = (*betrvg.REQUIREMENTS,)
