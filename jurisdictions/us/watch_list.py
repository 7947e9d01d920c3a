"""Federal bills on workplace surveillance: not law, never findings. Last checked: 2026-11-30."""

from __future__ import annotations

import datetime as dt

from engine.model import Grade, WatchItem

WATCH_LIST: tuple[WatchItem, ...] = (
    WatchItem(
        id="WATCH-US-HR9402-2026",
        title="H.R. 9402 (Deluzio), Stop Spying Bosses Act, 119th Congress",
        jurisdiction="US",
        status="Introduced 23 Jun 2026 (with Rep. Bonamici) and referred to the House committees on Education and Workforce, Oversight and Government Reform, and House Administration. No Senate companion in the 119th Congress was found (earlier versions: H.R. 7690 and S. 262, 118th Congress).",
        status_as_of=dt.date(2026, 6, 23),
        provisions="Would require employers to disclose the surveillance and data collection they carry out on workers, prohibit some forms of it, and set up a Worker Protection and Technology Division to enforce the rules.",
        url="https://www.govinfo.gov/content/pkg/BILLS-119hr9402ih/xml/BILLS-119hr9402ih.xml",
        grade=Grade.V,
        introduced_on=dt.date(2026, 6, 23),
        # A bill dies with its Congress: the 119th ends at noon on 3 January 2027 (20th Amendment).
        session_ends=dt.date(2027, 1, 3),
    ),
)
