"""Electronic Communications Privacy Act, Title II: the Stored Communications Act (18 U.S.C. §2701 ff.).

Official text: https://uscode.house.gov (title 18, chapter 121). Last checked: 2026-11-30.
"""

from __future__ import annotations

from engine.conditions import F
from engine.model import Authority, Check, Grade, Requirement, Severity, Status

from ..common import works_in
from ._cite import usc
from .ecpa import ECPA_EFFECTIVE

INSTRUMENT = "Stored Communications Act (18 U.S.C. §2701 et seq.)"

LAZETTE = Authority(title="Lazette v. Kulmatycki, 949 F. Supp. 2d 748 (N.D. Ohio 2013)", kind="case_law")
PIETRYLO = Authority(title="Pietrylo v. Hillstone Restaurant Group, No. 06-5754 (D.N.J. 2009)", kind="case_law")
FRASER = Authority(title="Fraser v. Nationwide Mutual Insurance Co., 352 F.3d 107 (3d Cir. 2003)", kind="case_law")

STORED = Requirement(
    id="US-SCA-2701-STORED",
    title="Workers' personal online accounts are not entered without their free authorisation",
    jurisdiction="US",
    citation=usc(18, "2701", INSTRUMENT, "a"),
    authorities=(LAZETTE, PIETRYLO, FRASER),
    in_force_from=ECPA_EFFECTIVE,
    severity=Severity.prohibited,
    grade=Grade.S,
    applies_when="When monitoring of US workers reaches their personal online accounts",
    applies_if=works_in("US") & F("monitoring.captures_personal_accounts").true(),
    checks=(
        # Access with credentials an employer demanded is not freely authorised (Pietrylo: jury
        # verdict where managers read a private group through a password obtained under pressure).
        Check(
            status=Status.violation,
            when=F("hr_practices.requests_personal_social_media_access").true(),
            because="The employer obtains access to workers' personal accounts by asking for it; access gained under the employer's pressure is not authorised.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.credentials_captured") == "captured",
            because="Passwords to personal accounts are captured; logging in with them to read stored messages is unauthorised access to the provider's facility (Lazette).",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has("social_media_monitoring"),
            because="Personal social media is monitored; anything beyond public posts requires the account holder's free authorisation.",
        ),
    ),
    satisfied_because="Personal accounts may appear on screen but the employer neither asks for access nor holds the passwords to enter them.",
    remedy="Mask credential fields, never log into personal accounts with captured or requested passwords, and limit social-media monitoring to public content.",
    rationale=(
        "§2701(a) forbids intentionally accessing without authorisation, or beyond it, a facility through which an "
        "electronic communication service is provided, and so obtaining stored communications. The facility is the "
        "provider's server, so reading a worker's personal webmail or private social-media content is covered; an "
        "employer searching mail stored on its own system is generally not (Fraser)."
    ),
    penalty="Actual damages with a minimum of $1,000, punitive damages for wilful violations, and fees (§2707(c)).",
)

REQUIREMENTS = (STORED,)
