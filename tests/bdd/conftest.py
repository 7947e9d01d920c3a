"""Gherkin steps shared by every feature. They speak the facts contract's vocabulary, so a
lawyer reads field names exactly as the deployment description defines them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from engine.loading import validate
from support import base, merge, set_path

BASES = {
    "Ireland": "eu_employer",
    "Germany": "de_employer",
    "France": "fr_employer",
    "Italy": "it_employer",
    "Spain": "es_employer",
    "the Netherlands": "nl_employer",
    "Austria": "at_employer",
    "California": "ca_employer",
    "the United States": "us_employer",
}


@pytest.fixture
def description_data() -> dict[str, Any]:
    return {"schema_version": 1, "name": "Gherkin example"}


@given(parsers.parse("an employer in {place} that monitors its employees"), target_fixture="description_data")
def employer_in(place: str) -> dict[str, Any]:
    if place not in BASES:
        raise ValueError(f"no base description for {place!r}; known: {', '.join(BASES)}")
    return base(BASES[place])


@given("the deployment description:", target_fixture="description_data")
def whole_description(docstring: str) -> dict[str, Any]:
    return yaml.safe_load(docstring)


@given("the description says:", target_fixture="description_data")
def description_says(description_data: dict[str, Any], datatable: list[list[str]]) -> dict[str, Any]:
    header, *rows = datatable
    assert [h.strip() for h in header] == ["field", "value"], "the table needs the columns: field | value"
    data = merge(description_data, {})
    for field, value in rows:
        set_path(data, field.strip(), yaml.safe_load(value.strip()) if value.strip() else None)
    return data


def _assess(data: dict[str, Any], engine, as_of: dt.date | None):
    return engine.evaluate(validate(data), as_of)


@when(parsers.parse("the deployment is assessed on {day}"), target_fixture="result")
def assessed_on(description_data: dict[str, Any], engine, day: str):
    return _assess(description_data, engine, dt.date.fromisoformat(day))


@when("the deployment is assessed", target_fixture="result")
def assessed(description_data: dict[str, Any], engine):
    return _assess(description_data, engine, None)


def _finding(result, requirement_id: str):
    for f in result.findings:
        if f.id == requirement_id:
            return f
    raise AssertionError(f"{requirement_id} was not evaluated (is its jurisdiction in scope?)")


def _status_word(text: str) -> str:
    return text.strip().strip('"').replace(" ", "_")


REQ = r"(?P<requirement_id>(?:EU|DE|FR|IT|ES|NL|AT|US|US-CA)-[A-Z0-9-]+)"


@then(parsers.re(REQ + r" is (?P<status>violation|action required|at risk|needs information|satisfied|not applicable|upcoming)"))
def requirement_status(result, requirement_id: str, status: str):
    finding = _finding(result, requirement_id)
    assert finding.status.value == _status_word(status), f"{finding.status.value}: {finding.reason}"


@then(parsers.re(REQ + " is not evaluated"))
def not_evaluated(result, requirement_id: str):
    assert requirement_id not in {f.id for f in result.findings}


@then(parsers.re(REQ + ' asks "(?P<path>[^"]+)"'))
def asks(result, requirement_id: str, path: str):
    finding = _finding(result, requirement_id)
    assert path in [q.path for q in finding.questions], [q.path for q in finding.questions]


@then(parsers.re(REQ + r" has the deadline (?P<day>\d{4}-\d{2}-\d{2})"))
def deadline(result, requirement_id: str, day: str):
    assert _finding(result, requirement_id).deadline == dt.date.fromisoformat(day)


@then(parsers.re(REQ + r" applies from (?P<day>\d{4}-\d{2}-\d{2})"))
def applies_from(result, requirement_id: str, day: str):
    assert _finding(result, requirement_id).in_force_from == dt.date.fromisoformat(day)


@then(parsers.re(r"the verdict is (?P<verdict>blocked|not ready|review|clear)"))
def verdict(result, verdict: str):
    assert result.verdict.value == _status_word(verdict)
