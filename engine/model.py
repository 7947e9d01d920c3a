"""The vocabulary of the engine: requirements, classifications, jurisdictions, and results.

Nothing here knows a jurisdiction. A requirement is one frozen declaration: identity,
citation, dates, severity, the research grade, an applicability condition, an ordered list
of checks (the first that holds decides the status) and the words a report needs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from .conditions import Cond, Is, paths


class Status(StrEnum):
    violation = "violation"
    action_required = "action_required"
    at_risk = "at_risk"
    needs_information = "needs_information"
    satisfied = "satisfied"
    not_applicable = "not_applicable"
    upcoming = "upcoming"


#: Gravity order used by ``--fail-on`` and for sorting (most serious first).
STATUS_RANK = {
    Status.violation: 0,
    Status.action_required: 1,
    Status.at_risk: 2,
    Status.needs_information: 3,
    Status.upcoming: 4,
    Status.satisfied: 5,
    Status.not_applicable: 6,
}


class Severity(StrEnum):
    prohibited = "prohibited"
    required_before_deployment = "required_before_deployment"
    required = "required"
    recommended = "recommended"


class Grade(StrEnum):
    """How well the research behind a requirement was verified."""

    V = "V"  # checked against the primary text or an official page
    S = "S"  # two or more consistent secondary sources
    K = "K"  # unverified: shown in reports as such


GRADE_MEANING = {
    Grade.V: "verified against the primary text or an official page",
    Grade.S: "supported by two or more consistent secondary sources",
    Grade.K: "unverified: check before relying on it",
}


class Verdict(StrEnum):
    blocked = "blocked"
    not_ready = "not_ready"
    review = "review"
    clear = "clear"


ID_PATTERN = re.compile(r"^(EU|DE|FR|IT|ES|NL|AT|US|US-CA)-[A-Z0-9]+(-[A-Z0-9]+)+$")
JURISDICTION_CODES = ("EU", "DE", "FR", "IT", "ES", "NL", "AT", "US", "US-CA")


@dataclass(frozen=True, kw_only=True)
class Citation:
    """Where the obligation is written: a structured pinpoint and its official URL."""

    instrument: str  # full official name, e.g. "Regulation (EU) 2016/679 (GDPR)"
    short: str  # how lawyers cite it, e.g. "GDPR"
    article: str  # "35", "1798.100", "87"
    paragraph: str | None = None
    point: str | None = None
    url: str
    article_label: str = "Art"  # "§", "Art", "Section"

    @property
    def label(self) -> str:
        out = f"{self.short} {self.article_label} {self.article}".replace("§ ", "§")
        if self.paragraph:
            out += f"({self.paragraph})"
        if self.point:
            # German-style numbered points ("Nr. 6") follow with a space, lettered points in brackets
            out += f" {self.point}" if " " in self.point else f"({self.point})"
        return out


@dataclass(frozen=True, kw_only=True)
class Authority:
    """Guidance, a decision or case law that a requirement relies on for its reading."""

    title: str  # a full citation, enough to find the text without the link
    url: str | None = None  # only an official or authoritative source; None rather than a mirror
    kind: str = "guidance"  # guidance | case_law | regulator_decision


@dataclass(frozen=True, kw_only=True)
class Check:
    """One way a requirement can fail (or pass): if ``when`` holds, the status is ``status``."""

    status: Status
    when: Cond
    because: str  # the finding's explanation, in plain words
    deadline: dt.date | None = None  # a legal deadline that this outcome carries


@dataclass(frozen=True, kw_only=True, eq=False)
class Classification:
    """A legal classification derived from facts, which requirements chain on (``Is(...)``)."""

    id: str
    title: str
    jurisdiction: str
    citation: Citation
    grade: Grade
    condition: Cond
    authorities: tuple[Authority, ...] = ()
    rationale: str = ""
    kind: str = "classification"

    def holds(self) -> Cond:
        return Is(self)

    def __repr__(self) -> str:
        return f"Classification({self.id})"

    def __hash__(self) -> int:
        return hash(self.id)


@dataclass(frozen=True, kw_only=True, eq=False)
class Jurisdiction:
    """A jurisdiction and the facts that bring a deployment into its scope."""

    code: str
    name: str
    scope: Cond
    scope_basis: str  # plain words: what puts a deployment in scope
    lang: str = "en"

    def holds(self) -> Cond:
        return Is(self)

    def __repr__(self) -> str:
        return f"Jurisdiction({self.code})"

    def __hash__(self) -> int:
        return hash(self.code)


@dataclass(frozen=True, kw_only=True, eq=False)
class Requirement:
    id: str
    title: str
    jurisdiction: str
    citation: Citation
    in_force_from: dt.date
    severity: Severity
    grade: Grade
    applies_when: str  # plain words for the trigger
    applies_if: Cond
    checks: tuple[Check, ...]
    otherwise: Status = Status.satisfied
    satisfied_because: str = "The facts show the obligation is met."
    remedy: str
    rationale: str
    penalty: str | None = None
    authorities: tuple[Authority, ...] = ()
    in_force_until: dt.date | None = None
    aliases: tuple[str, ...] = ()
    kind: str = "requirement"

    @property
    def instrument(self) -> str:
        return self.citation.short

    @property
    def reads(self) -> list[str]:
        """Contract fields this requirement reads directly (classifications add their own)."""
        out = paths(self.applies_if)
        for check in self.checks:
            out |= paths(check.when)
        return sorted(out)

    @property
    def chains_on(self) -> list[str]:
        ids = set()
        for cond in (self.applies_if, *(c.when for c in self.checks)):
            for node in cond.walk():
                if isinstance(node, Is) and isinstance(node.target, Classification):
                    ids.add(node.target.id)
        return sorted(ids)

    def __repr__(self) -> str:
        return f"Requirement({self.id})"

    def __hash__(self) -> int:
        return hash(self.id)


@dataclass(frozen=True, kw_only=True)
class WatchItem:
    """A bill or proposal that is not law: reported in its own section, never as a finding."""

    id: str
    title: str
    jurisdiction: str
    status: str
    status_as_of: dt.date
    provisions: str
    url: str
    grade: Grade
    #: when the bill was introduced: not shown for an assessment dated before it
    introduced_on: dt.date | None = None
    #: for a status that is not final: the last day its session (or Congress) could pass it,
    #: after which it has passed or died and the recorded status is out of date
    session_ends: dt.date | None = None

    def note_on(self, as_of: dt.date) -> str | None:
        """What a reader must know about the recorded status on the assessment date, if anything."""
        if self.status_as_of > as_of:
            return (
                f"This status was recorded on {self.status_as_of.isoformat()}, after the assessment date; "
                "on the assessment date the bill may have been at an earlier stage."
            )
        if self.session_ends is not None and as_of > self.session_ends:
            return (
                f"The last day of its session for passing bills was {self.session_ends.isoformat()}, so it has "
                "since passed or died; the outcome has not been verified. Check it before relying on this entry."
            )
        return None


# --------------------------------------------------------------------------- results


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FactUsed(_Out):
    path: str
    value: Any


class Question(_Out):
    path: str
    question: str


class AskedQuestion(Question):
    asked_by: list[str]


class Finding(_Out):
    id: str
    title: str
    jurisdiction: str
    instrument: str
    citation: str
    url: str
    grade: Grade
    severity: Severity
    status: Status
    reason: str
    also: list[str] = []  # further failing checks that hold, after the one that decided the status
    facts_used: list[FactUsed]
    classifications_used: dict[str, bool | None] = {}
    questions: list[Question] = []
    remedy: str | None = None
    in_force_from: dt.date
    in_force_until: dt.date | None = None
    deadline: dt.date | None = None
    penalty: str | None = None
    authorities: list[dict[str, str | None]] = []


class ScopeResult(_Out):
    code: str
    name: str
    in_scope: bool | None
    reason: str
    facts_used: list[FactUsed]
    questions: list[Question] = []
    requirements: int


class ClassificationResult(_Out):
    id: str
    title: str
    value: bool | None
    citation: str
    url: str
    grade: Grade
    facts_used: list[FactUsed]
    #: the classifications this one's value turned on (each is in the result's list too)
    classifications_used: dict[str, bool | None] = {}
    questions: list[Question] = []


class WatchResult(_Out):
    id: str
    title: str
    jurisdiction: str
    status: str
    status_as_of: dt.date
    provisions: str
    url: str
    note: str | None = None


class CatalogueInfo(_Out):
    version: str
    sha256: str
    requirements: int


class Result(_Out):
    result_version: int = 1
    name: str
    as_of: dt.date
    verdict: Verdict
    counts: dict[str, int]
    jurisdictions: list[ScopeResult]
    classifications: list[ClassificationResult]
    findings: list[Finding]
    questions: list[AskedQuestion]
    watch_list: list[WatchResult] = []
    catalogue: CatalogueInfo
    input_sha256: str
    generator: str


def verdict_for(statuses: list[Status]) -> Verdict:
    present = set(statuses)
    if Status.violation in present:
        return Verdict.blocked
    if Status.action_required in present:
        return Verdict.not_ready
    if present & {Status.at_risk, Status.needs_information}:
        return Verdict.review
    return Verdict.clear

