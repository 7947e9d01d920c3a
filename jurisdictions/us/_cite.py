"""Citations of the United States Code (official text at uscode.house.gov; Cornell LII mirrors it per section)."""

from __future__ import annotations

from engine.model import Citation


def usc(title: int, section: str, instrument: str, paragraph: str | None = None, point: str | None = None) -> Citation:
    return Citation(
        instrument=instrument,
        short=f"{title} U.S.C.",
        article=section,
        paragraph=paragraph,
        point=point,
        url=f"https://www.law.cornell.edu/uscode/text/{title}/{section}",
        article_label="§",
    )
