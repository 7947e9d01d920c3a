"""United States federal law that a California employer also meets (NLRA, ECPA, SCA)."""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="US",
    name="United States (federal)",
    scope=works_in("US"),
    scope_basis="monitored people work in the United States",
)

REQUIREMENTS: tuple = ()
