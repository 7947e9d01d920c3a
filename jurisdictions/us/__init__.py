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

#: Research rows (``shared/legal/us-ca.md``) that state no duty of their own, and where they went.
NOT_ENCODED = {
    "US-NLRB-GC-23-02": (
        "History only: the General Counsel's 2022 memo on electronic monitoring was rescinded by GC 25-05 on "
        "14 Feb 2025 and was never binding law. It is cited as history on US-NLRA-8A1-SURVEIL."
    ),
}
