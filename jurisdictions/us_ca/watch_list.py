"""California bills on workplace surveillance and automated decisions: not law, never findings.

Each item records its status on the date of the last action the research could verify
(``status_as_of``); anything later is marked as unverified in the status text. The federal
bill (WATCH-US-HR9402-2026) is in ``jurisdictions.us.watch_list``. Last checked: 2026-11-30.
"""

from __future__ import annotations

import datetime as dt

from engine.model import Grade, WatchItem


#: The last day for each house to pass bills in the 2025–26 session (the 2026 calendar, Joint Rule 61); a
#: bill not passed by then is dead, and one passed went to the Governor.
SESSION_2025_2026_LAST_DAY = dt.date(2026, 8, 31)


def bill(session: str, number: str) -> str:
    return f"https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id={session}0{number}"


WATCH_LIST: tuple[WatchItem, ...] = (
    WatchItem(
        id="WATCH-CA-AB1651-2022",
        title="AB 1651 (Kalra), Workplace Technology Accountability Act",
        jurisdiction="US-CA",
        status="Dead: gutted and amended 18 Apr 2022, pulled from the Assembly Privacy Committee hearing of 27 Apr 2022, and died when the session ended on 31 Aug 2022.",
        status_as_of=dt.date(2022, 8, 31),
        provisions="Would have given workers rights to know about, review and correct data collected on them, limited collection to a legitimate business need, restricted electronic monitoring and automated decision systems, and required impact assessments, enforced by the Labor and Workforce Development Agency and the civil-rights department.",
        url=bill("20212022", "AB1651"),
        grade=Grade.S,
    ),
    WatchItem(
        id="WATCH-CA-SB7-2025",
        title="SB 7 (McNerney), No Robo Bosses Act",
        jurisdiction="US-CA",
        status="Vetoed on 13 Oct 2025 after passing both houses (sent to the Governor 19 Sep 2025); the veto message faulted broad notice duties reaching innocuous tools and pointed to the CPPA's automated-decision rules.",
        status_as_of=dt.date(2025, 10, 13),
        provisions="Would have required 30 days' notice before using an automated decision system, barred relying on one alone to discipline, dismiss or deactivate workers, required human review and access to the data used, with a $500 penalty per violation.",
        url=bill("20252026", "SB7"),
        grade=Grade.S,
    ),
    WatchItem(
        id="WATCH-CA-AB1331-2025",
        title="AB 1331 (Elhawary), workplace surveillance",
        jurisdiction="US-CA",
        status="Dead: passed the Assembly 5 Jun 2025 (55–15), cleared Senate Labor, Judiciary and Appropriations, was moved to the Senate inactive file on 13 Sep 2025 at the author's request, and is reported to have failed on the Senate floor in January 2026 (19 Jan 2026 per one source).",
        status_as_of=dt.date(2026, 1, 19),
        provisions="Would have banned surveillance in employee-only areas (bathrooms, locker rooms, break and lactation rooms), let workers disable tools off duty and in private spaces, limited break-room video to safety use without audio or AI analysis, required notice, banned implanted devices, with $500 per employee per violation.",
        url=bill("20252026", "AB1331"),
        grade=Grade.S,
    ),
    WatchItem(
        id="WATCH-CA-AB1221-2025",
        title="AB 1221 (Bryan), workplace surveillance tools",
        jurisdiction="US-CA",
        status="Dead: held in Assembly Appropriations and filed with the Chief Clerk under Joint Rule 56 on 2 Feb 2026.",
        status_as_of=dt.date(2026, 2, 2),
        provisions="Would have required 30 days' written notice of each surveillance tool with its purpose and necessity, vendor contract terms, bans on facial, gait and emotion recognition (with exceptions) and on inferring immigration status, religion, disability or health, human review before data is used for discipline, access and correction rights, a $500 penalty and a private action.",
        url=bill("20252026", "AB1221"),
        grade=Grade.S,
    ),
    WatchItem(
        id="WATCH-CA-SB238-2025",
        title="SB 238 (Smallwood-Cuevas), workplace surveillance tools",
        jurisdiction="US-CA",
        status="Pending when last verified: passed the Senate 3 Jun 2025 (27–10); Assembly Labor and Employment do-pass 25 Jun 2025 and re-referred to Privacy and Consumer Protection, where the July 2025 hearings were cancelled or postponed. No later action found; its 1 Feb 2026 first filing date has passed.",
        status_as_of=dt.date(2025, 7, 16),
        provisions="Would require employers to file an annual notice with the Department of Industrial Relations listing the surveillance tools they use, the data collected and whether workers can opt out; the department would publish the notices within 30 days.",
        url=bill("20252026", "SB238"),
        grade=Grade.V,
        session_ends=SESSION_2025_2026_LAST_DAY,
    ),
    WatchItem(
        id="WATCH-CA-SB947-2026",
        title="SB 947 (McNerney), No Robo Bosses Act of 2026",
        jurisdiction="US-CA",
        status="Pending: introduced 2 Feb 2026; read a second time and amended 14 May 2026. Reports that it passed the Senate in June 2026 could not be verified; later status unknown.",
        status_as_of=dt.date(2026, 5, 14),
        provisions="Would bar relying solely on an automated decision system to discipline or dismiss, require human oversight and independent checks of its output, ban systems that predict workers' behaviour from personal data, give workers access to 12 months of their own data used in such decisions, with enforcement by the Labor Commissioner and public prosecutors and an exemption for collective agreements.",
        url=bill("20252026", "SB947"),
        grade=Grade.S,
        introduced_on=dt.date(2026, 2, 2),
        session_ends=SESSION_2025_2026_LAST_DAY,
    ),
    WatchItem(
        id="WATCH-CA-AB1883-2026",
        title="AB 1883 (Bryan), workplace surveillance tools",
        jurisdiction="US-CA",
        status="Pending: introduced 12 Feb 2026; amended 13 Apr 2026 and re-referred to Assembly Privacy and Consumer Protection 14 Apr 2026. Reported Senate committee action by July 2026 could not be verified.",
        status_as_of=dt.date(2026, 4, 14),
        provisions="Would ban using surveillance tools to obstruct legal compliance, infer protected activity, emotional state or gait, or collect neural data; limit facial recognition to unlocking devices and secure areas; ban inferring traits such as veteran status, ancestry, religion or disability; with penalties of up to $500 per violation and a private action.",
        url=bill("20252026", "AB1883"),
        grade=Grade.S,
        introduced_on=dt.date(2026, 2, 12),
        session_ends=SESSION_2025_2026_LAST_DAY,
    ),
)
