"""Dated money amounts for California law.

The CCPA's thresholds, fines and damages are adjusted for inflation every two years
(Civ. Code §1798.199.95(d), as amended by AB 3286, Stats. 2024 ch. 121). Each value applies
from its date until the next one. Add the next adjustment here when the CPPA publishes it
(expected January 2027).
"""

import datetime as dt

from engine.conditions import Param

_CPI_SOURCE = "CPPA CPI adjustment announced 17 Dec 2024 (https://cppa.ca.gov/regulations/cpi_adjustment.html)"

CCPA_REVENUE_THRESHOLD_USD = Param(
    name="the CCPA revenue threshold (Civ. Code §1798.140(d)(1)(A))",
    values=((dt.date(2020, 1, 1), 25_000_000), (dt.date(2025, 1, 1), 26_625_000)),
    unit="USD",
    source=_CPI_SOURCE,
)
CCPA_FINE_PER_VIOLATION_USD = Param(
    name="the CCPA fine per violation (Civ. Code §1798.155(a))",
    values=((dt.date(2020, 1, 1), 2_500), (dt.date(2025, 1, 1), 2_663)),
    unit="USD",
    source=_CPI_SOURCE,
)
CCPA_FINE_PER_INTENTIONAL_VIOLATION_USD = Param(
    name="the CCPA fine per intentional violation (Civ. Code §1798.155(a))",
    values=((dt.date(2020, 1, 1), 7_500), (dt.date(2025, 1, 1), 7_988)),
    unit="USD",
    source=_CPI_SOURCE,
)

#: 100,000 consumers or households (Civ. Code §1798.140(d)(1)(B)); not indexed.
CCPA_CONSUMER_COUNT = 100_000
#: Half of annual revenue from selling or sharing personal information (§1798.140(d)(1)(C)).
CCPA_REVENUE_SHARE = 0.5


def ccpa_fine_note(day: dt.date | None = None) -> str:
    day = day or dt.date(2025, 1, 1)
    return (
        f"Administrative fine or civil penalty per violation: up to ${CCPA_FINE_PER_VIOLATION_USD.value_on(day):,.0f}, "
        f"or ${CCPA_FINE_PER_INTENTIONAL_VIOLATION_USD.value_on(day):,.0f} if intentional "
        f"(Civ. Code §§1798.155(a), 1798.199.90(a), as adjusted from {day:%d %b %Y}); each worker can be a separate violation."
    )
