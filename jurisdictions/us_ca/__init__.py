"""California law (and the federal rules a California employer meets, in ``jurisdictions.us``)."""

from engine.conditions import Exists, F
from engine.model import Jurisdiction

from ..common import in_california

from . import ccpa, constitution, cppa_regulations, feha, labor_code, penal_code, watch_list

JURISDICTION = Jurisdiction(
    code="US-CA",
    name="California",
    scope=Exists("workforce", in_california() | (F("residence") == "US-CA"))
    | F("monitoring.external_parties_in_california").true(),
    scope_basis="monitored people work or live in California, or outside parties in California are captured",
)

REQUIREMENTS = (
    *ccpa.REQUIREMENTS,
    *cppa_regulations.REQUIREMENTS,
    *labor_code.REQUIREMENTS,
    *penal_code.REQUIREMENTS,
    *constitution.REQUIREMENTS,
    *feha.REQUIREMENTS,
)

WATCH_LIST = watch_list.WATCH_LIST

#: Research rows (``shared/legal/us-ca.md``) that state no duty of their own, and where they went.
NOT_ENCODED = {
    "US-CA-NO-BIPA": (
        "California has no biometric-privacy statute like Illinois' BIPA (SB 1189 of 2022 died with its session; "
        "docs/verification/us-ca.md). Biometric data is handled as sensitive personal information under the CCPA "
        "rows (US-CA-CCPA-140-SPI-CLASSIFY, US-CA-CCPA-121-LIMIT, US-CA-CPPA-7150-RA-SPI)."
    ),
    "IL-BIPA-15": (
        "Illinois law, for workers located in Illinois: outside the jurisdictions this catalogue covers (EU, member "
        "states, California, US federal). A description with Illinois workers is not checked against it."
    ),
    "US-CA-LAB-2107-ENFORCEMENT": (
        "Enforcement and remedies of the warehouse-quota law (Labor Commissioner, §2108 injunctions): no duty of its "
        "own. It is the penalty text of the warehouse-quota requirements, US-CA-LAB-2101-QUOTA-NOTICE to "
        "US-CA-LAB-2105-QUOTA-RETALIATION."
    ),
}
