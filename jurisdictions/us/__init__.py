"""United States federal law that a California employer also meets (NLRA, ECPA, SCA)."""

from engine.model import Jurisdiction

from ..common import works_in
from . import ecpa, nlra, sca, watch_list

JURISDICTION = Jurisdiction(
    code="US",
    name="United States (federal)",
    scope=works_in("US"),
    scope_basis="monitored people work in the United States",
)

REQUIREMENTS = (
    *nlra.REQUIREMENTS,
    *ecpa.REQUIREMENTS,
    *sca.REQUIREMENTS,
)

WATCH_LIST = watch_list.WATCH_LIST
