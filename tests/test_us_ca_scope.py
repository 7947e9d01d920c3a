"""California rules that follow where people work read the country as well as the region."""

from __future__ import annotations

import datetime as dt

from engine.loading import validate


def test_people_working_outside_the_us_are_known_not_to_work_in_california(engine):
    # US-CA is in scope through outside parties in California (a contact centre in France
    # calling Californians), but nobody monitored works there: the Labor Code's workplace
    # rules are not applicable, rather than waiting for a region that a French site never has.
    description = validate({
        "schema_version": 1, "name": "French contact centre calling California",
        "organisation": {"legal_form": "for_profit", "establishments": ["FR"]},
        "workforce": [{"country": "FR", "roles": ["employee"]}],
        "monitoring": {"techniques": ["call_recording"], "external_parties_in_california": True},
    })
    result = engine.evaluate(description, dt.date(2026, 12, 1))
    scope = {j.code: j.in_scope for j in result.jurisdictions}
    assert scope["US-CA"] is True
    statuses = {f.id: f.status.value for f in result.findings}
    assert statuses["US-CA-LAB-96K-OFFDUTY"] == "not_applicable"
    assert statuses["US-CA-CONST-I1-PRIVACY"] == "not_applicable"
