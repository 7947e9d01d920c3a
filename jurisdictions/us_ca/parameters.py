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

The penalty notes are static text shown whatever the evaluation date, so each names the
adjustment its newest figures reflect and warns that the next biennial adjustment may change
them; they also state that fines under the Prop. 24 text reach only violations from 1 Jul 2023
(§1798.185(d) as enacted). Dates and amounts stay ``Param``s; no condition uses a literal amount.
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


#: Prop. 24, §1798.185(d) as enacted: civil and administrative enforcement of the provisions it
#: added or amended starts on 1 Jul 2023 and reaches only violations on or after that date. The
#: lapse of the employment exemption (worker data covered from 1 Jan 2023) is one of them.
CPRA_ENFORCEMENT_FROM = dt.date(2023, 7, 1)


def _money(value: float) -> str:
    return f"${value:,.0f}"


def _adjustment_caveat(param: Param, subject: str = "These figures") -> str:
    """Which CPI adjustment the amounts reflect, and that later ones may apply (§1798.199.95(d)).

    Static text (a penalty note does not vary with the evaluation date), so it names the latest
    adjustment recorded here and the next one due under the statute's January-of-odd-years cycle.
    """
    latest = _periods(param)[-1][0]
    if latest == _CCPA_START:
        return f"{subject} are the statutory amounts; the CPPA adjusts them for inflation in January of every odd-numbered year (Civ. Code §1798.199.95(d)), so later adjustments may apply."
    return (
        f"{subject} reflect the CPI adjustment effective {latest.day} {latest:%b %Y}, the latest recorded here; "
        f"under Civ. Code §1798.199.95(d) the CPPA re-adjusts them in January of every odd-numbered year, the next due in January {latest.year + 2}, "
        "so check its current figures for violations from then on."
    )


def _tiers(low: Param, high: Param, full, short) -> str:
    """Newest amounts first (``full`` wording), then each earlier period back to the statutory base amounts."""
    periods = [(start, lo, hi) for (start, lo), (_, hi) in zip(_periods(low), _periods(high))]
    *earlier, (latest, lo, hi) = periods
    if not earlier:
        return full(lo, hi)
    older = [f"{short(a, b)} from {s.day} {s:%b %Y}" for s, a, b in reversed(earlier[1:])]
    older.append(f"the statutory {short(earlier[0][1], earlier[0][2])}")
    return f"{full(lo, hi)}, as adjusted for inflation from {latest.day} {latest:%b %Y} (before that, " + "; ".join(older) + ")"


def _fine_tiers() -> str:
    tiers = _tiers(
        CCPA_FINE_PER_VIOLATION_USD,
        CCPA_FINE_PER_INTENTIONAL_VIOLATION_USD,
        lambda lo, hi: f"{_money(lo)} per violation and {_money(hi)} per intentional violation or violation involving a consumer known to be under 16",
        lambda lo, hi: f"{_money(lo)} and {_money(hi)}",
    )
    return f"Administrative fine (CPPA) or civil penalty (Attorney General) of up to {tiers} (Civ. Code §§1798.155(a), 1798.199.90(a))."


def _enforcement_and_cap() -> str:
    return (
        "Fines and penalties under the text as amended by Prop. 24, which has covered workers' data since 1 Jan 2023, apply only to violations on or after "
        f"{CPRA_ENFORCEMENT_FROM.day} {CPRA_ENFORCEMENT_FROM:%b %Y} (§1798.185(d) as enacted). No overall cap; each affected worker can be a separate violation."
    )


def ccpa_fine_note() -> str:
    """The fine tiers, the adjustment they reflect, and from when violations can be fined."""
    return " ".join((_fine_tiers(), _adjustment_caveat(CCPA_FINE_PER_VIOLATION_USD), _enforcement_and_cap()))


def breach_damages_note() -> str:
    tiers = _tiers(
        CCPA_BREACH_DAMAGES_MIN_USD,
        CCPA_BREACH_DAMAGES_MAX_USD,
        lambda lo, hi: f"{_money(lo)}–{_money(hi)}",
        lambda lo, hi: f"{_money(lo)}–{_money(hi)}",
    )
    damages = (
        f"Private action after a breach caused by unreasonable security: statutory damages per consumer per incident of {tiers}, "
        "or actual damages if greater, plus injunctive relief (Civ. Code §1798.150(a)(1)); statutory damages need 30 days' written notice and no cure (§1798.150(b))."
    )
    return " ".join((damages, _fine_tiers(), _adjustment_caveat(CCPA_FINE_PER_VIOLATION_USD, "All amounts above"), _enforcement_and_cap()))


def security_penalty_note() -> str:
    """US-CA-CCPA-100E-SECURITY reaches CCPA businesses and, through §1798.81.5 alone, other businesses."""
    return (
        "For a CCPA business: "
        + ccpa_fine_note()
        + " After a breach of data listed in §1798.81.5(d)(1)(A) (or an e-mail address or user name with its password), §1798.150 adds statutory damages per consumer per incident. "
        "For an organisation that is not a CCPA business (a nonprofit, or a company below the thresholds), only §1798.81.5 applies: no CPPA fine and no §1798.150 damages; "
        "it can be enjoined (§1798.84(e)), and a \"customer\" injured by the violation can sue for damages (§1798.84(b)), a term that usually does not fit its workers (§1798.80(c))."
    )
