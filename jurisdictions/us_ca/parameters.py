"""Dated money amounts and thresholds for California law.

The CCPA's thresholds, fines and damages are adjusted for inflation every two years
(Civ. Code §1798.199.95(d), as amended by AB 3286, Stats. 2024 ch. 121): the CPPA publishes
the new figures in January of every odd-numbered year. Each value applies from its date until
the next one. Add the next adjustment here when the CPPA publishes it (expected January 2027;
not yet published on 2026-11-30).

Grades (docs/verification/us-ca.md, "Dated amounts"): base amounts V (statute text); the
1 Jan 2025 figures S (CPPA announcement of 17 Dec 2024 as reported by several secondary
sources; the CPPA page itself was not opened). The $107 damages floor is derived from the same
CPI factor; the law-firm note usually cited gives $107 as the board per diem, not the floor.

US-CA-CCPA-155-FINES (penalty metadata) is not a parameter of its own: its amounts live here
and the requirement in ``ccpa.py`` reads them; see that module's docstring for why.
"""

import datetime as dt

from engine.conditions import Param

_CPI_SOURCE = "CPPA CPI adjustment announced 17 Dec 2024 (https://cppa.ca.gov/regulations/cpi_adjustment.html)"
_CCPA_START = dt.date(2020, 1, 1)
_FIRST_ADJUSTMENT = dt.date(2025, 1, 1)

CCPA_REVENUE_THRESHOLD_USD = Param(
    name="the CCPA revenue threshold (Civ. Code §1798.140(d)(1)(A))",
    values=((_CCPA_START, 25_000_000), (_FIRST_ADJUSTMENT, 26_625_000)),
    unit="USD",
    source=_CPI_SOURCE,
)
CCPA_FINE_PER_VIOLATION_USD = Param(
    name="the CCPA fine per violation (Civ. Code §1798.155(a))",
    values=((_CCPA_START, 2_500), (_FIRST_ADJUSTMENT, 2_663)),
    unit="USD",
    source=_CPI_SOURCE,
)
CCPA_FINE_PER_INTENTIONAL_VIOLATION_USD = Param(
    name="the CCPA fine per intentional violation or violation involving known minors (Civ. Code §1798.155(a))",
    values=((_CCPA_START, 7_500), (_FIRST_ADJUSTMENT, 7_988)),
    unit="USD",
    source=_CPI_SOURCE,
)
#: §1798.150(a)(1)(A): statutory damages per consumer per incident (or actual damages if greater).
CCPA_BREACH_DAMAGES_MIN_USD = Param(
    name="the minimum statutory damages per consumer per incident (Civ. Code §1798.150(a)(1)(A))",
    values=((_CCPA_START, 100), (_FIRST_ADJUSTMENT, 107)),
    unit="USD",
    source=_CPI_SOURCE,
)
CCPA_BREACH_DAMAGES_MAX_USD = Param(
    name="the maximum statutory damages per consumer per incident (Civ. Code §1798.150(a)(1)(A))",
    values=((_CCPA_START, 750), (_FIRST_ADJUSTMENT, 799)),
    unit="USD",
    source=_CPI_SOURCE,
)

#: 100,000 consumers or households (Civ. Code §1798.140(d)(1)(B)); not indexed.
CCPA_CONSUMER_COUNT = 100_000
#: Half of annual revenue from selling or sharing personal information (§1798.140(d)(1)(C)).
CCPA_REVENUE_SHARE = 0.5

# --------------------------------------------------------------------------- cybersecurity audits (11 CCR §§7120-7121)

_REGS_SOURCE = "11 CCR §7121(a), CCPA regulations effective 1 Jan 2026 (https://cppa.ca.gov/regulations/ccpa_updates.html)"
_REGS_EFFECTIVE = dt.date(2026, 1, 1)

#: §7121(a)(1): businesses with more than this revenue certify their first audit by 1 Apr 2028.
AUDIT_TIER_HIGH_REVENUE_USD = Param(
    name="the upper revenue tier for the first cybersecurity-audit certification (11 CCR §7121(a)(1))",
    values=((_REGS_EFFECTIVE, 100_000_000),),
    unit="USD",
    source=_REGS_SOURCE,
)
#: §7121(a)(2)-(3): $50m-$100m certify by 1 Apr 2029; below $50m by 1 Apr 2030.
AUDIT_TIER_LOW_REVENUE_USD = Param(
    name="the lower revenue tier for the first cybersecurity-audit certification (11 CCR §7121(a)(2)-(3))",
    values=((_REGS_EFFECTIVE, 50_000_000),),
    unit="USD",
    source=_REGS_SOURCE,
)
#: §7120(b)(2)(A)-(B): "250,000 or more" consumers' PI or "50,000 or more" consumers' SPI in the
#: preceding calendar year (corrected from "more than" by the verification pass). Not indexed.
AUDIT_PI_CONSUMERS = 250_000
AUDIT_SPI_CONSUMERS = 50_000


def _periods(param: Param) -> list[tuple[dt.date, float]]:
    return sorted(param.values)


def ccpa_fine_note() -> str:
    """The fine tiers for every period, newest first (the note is static: it shows each period)."""
    parts = [
        f"${low:,.0f} per violation, ${high:,.0f} if intentional or involving known under-16s (from {start:%d %b %Y})"
        for (start, low), (_, high) in zip(
            reversed(_periods(CCPA_FINE_PER_VIOLATION_USD)), reversed(_periods(CCPA_FINE_PER_INTENTIONAL_VIOLATION_USD))
        )
    ]
    return (
        "Administrative fine (CPPA) or civil penalty (Attorney General) of up to "
        + "; before that ".join(parts)
        + " (Civ. Code §§1798.155(a), 1798.199.90(a)); no overall cap, and each affected worker can be a separate violation."
    )


def breach_damages_note() -> str:
    parts = [
        f"${low:,.0f}–${high:,.0f} (from {start:%d %b %Y})"
        for (start, low), (_, high) in zip(
            reversed(_periods(CCPA_BREACH_DAMAGES_MIN_USD)), reversed(_periods(CCPA_BREACH_DAMAGES_MAX_USD))
        )
    ]
    return (
        "Private action after a breach caused by unreasonable security: statutory damages per worker per incident of "
        + "; before that ".join(parts)
        + ", or actual damages if greater, plus injunctive relief (Civ. Code §1798.150(a)(1)); statutory damages need 30 days' written notice and no cure (§1798.150(b)). "
        + ccpa_fine_note()
    )
