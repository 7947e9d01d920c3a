"""Meta-tests over the whole catalogue: the style guide, enforced."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

import jurisdictions
from engine.conditions import paths as condition_paths
from engine.description import DeploymentDescription
from engine.facts import DATE_DIFFERENCES
from engine.model import ID_PATTERN, Classification, Requirement, Status
from support import expected_status, fixture_files, requirement_of

ROOT = Path(__file__).resolve().parents[1]
FAILING = {"violation", "action_required", "at_risk"}

#: Citations must point at an official source for the instrument.
OFFICIAL_DOMAINS = {
    "eur-lex.europa.eu", "curia.europa.eu", "hudoc.echr.coe.int", "edpb.europa.eu",
    "www.gesetze-im-internet.de", "www.legifrance.gouv.fr", "www.cnil.fr", "www.normattiva.it",
    "www.garanteprivacy.it", "www.gpdp.it", "www.boe.es", "wetten.overheid.nl", "www.ris.bka.gv.at",
    "leginfo.legislature.ca.gov", "cppa.ca.gov", "calcivilrights.ca.gov", "www.dir.ca.gov",
    "uscode.house.gov", "www.govinfo.gov", "www.nlrb.gov", "www.law.cornell.edu",
}  # fmt: skip


def _defined_in() -> dict[str, str]:
    """Requirement id -> the module (``eu.gdpr``) whose REQUIREMENTS tuple declares it."""
    out = {}
    for info in pkgutil.walk_packages(jurisdictions.__path__, "jurisdictions."):
        module = importlib.import_module(info.name)
        if info.ispkg:
            continue
        for r in getattr(module, "REQUIREMENTS", ()):
            out[r.id] = info.name.removeprefix("jurisdictions.")
    return out


DEFINED_IN = _defined_in()


def _items(catalogue):
    return [*catalogue.requirements, *catalogue.classifications]


def test_ids_are_unique_and_well_formed(catalogue):
    ids = [i.id for i in _items(catalogue)]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert ID_PATTERN.match(i), i
    for r in catalogue.requirements:
        assert r.id.startswith(r.jurisdiction + "-"), r.id


def test_each_requirement_lives_in_its_jurisdictions_package(catalogue):
    for r in catalogue.requirements:
        package = DEFINED_IN[r.id].split(".")[0]
        assert package == r.jurisdiction.lower().replace("-", "_"), (r.id, package)


def test_metadata_is_complete_and_in_the_house_style(catalogue):
    for r in catalogue.requirements:
        assert 10 <= len(r.title) <= 150 and not r.title.lower().startswith("ensure"), r.id
        assert r.remedy and r.rationale and r.applies_when, r.id
        assert r.checks, f"{r.id} has no checks"
        for check in r.checks:
            assert check.status in (Status.violation, Status.action_required, Status.at_risk, Status.needs_information)
            assert check.because.endswith("."), (r.id, check.because)
        if r.severity.value == "prohibited":
            assert any(c.status is Status.violation for c in r.checks), r.id


def test_citations_point_to_official_sources(catalogue):
    for item in _items(catalogue):
        url = urlparse(item.citation.url)
        assert url.scheme == "https" and url.netloc in OFFICIAL_DOMAINS, (item.id, item.citation.url)
        for a in item.authorities:
            assert a.url is None or urlparse(a.url).scheme == "https", (item.id, a.url)


def test_dates_are_sane(catalogue):
    for r in catalogue.requirements:
        assert dt.date(1950, 1, 1) <= r.in_force_from <= dt.date(2035, 12, 31), r.id
        if r.in_force_until:
            assert r.in_force_until > r.in_force_from, r.id
        for c in r.checks:
            if c.deadline:
                assert c.deadline >= r.in_force_from, r.id


def _contract_paths() -> set[str]:
    out: set[str] = set()

    def walk(model, prefix: str) -> None:
        from engine.description import _inner_model

        for name, field in model.model_fields.items():
            path = f"{prefix}{name}"
            inner = _inner_model(field.annotation)
            if inner is not None:
                out.add(path)
                walk(inner, f"{path}[]." if name in ("workforce", "ai_systems", "decisions", "recipients") else f"{path}.")
            else:
                out.add(path)

    walk(DeploymentDescription, "")
    return out


CONTRACT = _contract_paths()
DERIVED = {"data_categories", "legal_basis.bases_used", *DATE_DIFFERENCES}


def test_conditions_read_only_contract_fields(catalogue):
    for item in _items(catalogue):
        conditions = [item.condition] if isinstance(item, Classification) else [item.applies_if, *(c.when for c in item.checks)]
        for cond in conditions:
            for path in condition_paths(cond):
                ok = (
                    path in CONTRACT
                    or path in DERIVED
                    or re.fullmatch(r"legal_basis\.bases\.\w+", path)
                    or re.fullmatch(r"retention\.days\.\w+", path)
                )
                assert ok, f"{item.id} reads unknown field {path}"


#: Penalty metadata kept as a requirement so that it shows when the facts point to the higher fine
#: tier; it is no duty, so it is never "satisfied": its compliant case is not_applicable.
NO_SATISFIED_STATE = {"US-CA-CCPA-155-FINES"}


def test_every_requirement_has_compliant_and_non_compliant_fixtures(catalogue):
    by_requirement: dict[str, set[str]] = {}
    for path in fixture_files():
        by_requirement.setdefault(requirement_of(path), set()).add(expected_status(path))
        module = DEFINED_IN.get(requirement_of(path))
        assert module, f"fixture folder for an unknown requirement: {path}"
        assert path.parent.parent.relative_to(ROOT / "tests" / "fixtures").as_posix() == module.replace(".", "/"), path
    for r in catalogue.requirements:
        statuses = by_requirement.get(r.id, set())
        compliant = "not_applicable" if r.id in NO_SATISFIED_STATE else "satisfied"
        assert compliant in statuses, f"{r.id} has no compliant ({compliant}) fixture"
        assert statuses & FAILING, f"{r.id} has no non-compliant fixture"


def test_fixture_names_use_the_status_vocabulary():
    for path in fixture_files():
        assert expected_status(path) in {s.value for s in Status}, path


def _feature_rules() -> dict[str, tuple[Path, str]]:
    out = {}
    for feature in (ROOT / "features").rglob("*.feature"):
        lines = feature.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"\s*Rule:\s*([A-Z][A-Z0-9-]+)\s", line)
            if m:
                tag = lines[i - 1].strip() if i else ""
                out[m.group(1)] = (feature, tag)
    return out


def test_every_requirement_has_a_tagged_gherkin_rule(catalogue):
    rules = _feature_rules()
    for r in catalogue.requirements:
        assert r.id in rules, f"{r.id} has no Rule: in features/"
        feature, tag = rules[r.id]
        assert tag == "@" + r.id.lower().replace("-", "_"), (r.id, tag)
        assert feature.relative_to(ROOT / "features").with_suffix("").as_posix() == DEFINED_IN[r.id].replace(".", "/"), feature


def test_the_catalogue_compiles_within_engine_limits(engine):
    from engine.compiler import EXPRESSION_BUDGET, RULES_PER_RULESET

    def slots(node):  # what the C engine counts against its 31 per rule (see engine/compiler.py)
        if isinstance(node, dict):
            return sum((2 if k in ("$and", "$or") else 1 if k == "$m" else 0) + slots(v) for k, v in node.items())
        if isinstance(node, list):
            return sum(slots(v) for v in node)
        return 0

    def measure(ev):
        chunks = [chunk for group in ev.program.groups.values() for chunk in group]
        widest = max(len(loaded.keys) for group in ev.backend._handles.values() for loaded in group)
        return ev.program.rule_count, chunks, widest

    rules, chunks, widest = engine.call(measure)
    assert rules == sum(len(c) for c in chunks) > 1000
    # a fact of about 250 properties is refused (error 302): facts carry only what a ruleset tests
    assert widest + 1 <= 200  # + sid
    assert max(len(c) for c in chunks) <= RULES_PER_RULESET
    assert max(slots(rule) for c in chunks for rule in c.values()) <= EXPRESSION_BUDGET


def test_every_requirement_a_module_declares_is_in_the_catalogue(catalogue):
    """The registry is explicit: a module or package left out of it would drop its rules silently."""
    held = {id(r) for r in catalogue.requirements}
    for info in pkgutil.walk_packages(jurisdictions.__path__, "jurisdictions."):
        module = importlib.import_module(info.name)
        declared = [v for v in vars(module).values() if isinstance(v, Requirement)]
        declared += list(getattr(module, "REQUIREMENTS", ()))
        missing = [r.id for r in declared if id(r) not in held]
        assert not missing, f"{info.name} declares requirements the catalogue lacks: {missing}"


@pytest.mark.parametrize("year", range(2018, 2030))
def test_every_date_evaluates(engine, year):
    from support import load_fixture

    flagship = load_fixture(ROOT / "examples" / "keystroke-ai-training.yaml")
    for month in (1, 7):
        result = engine.evaluate(flagship, dt.date(year, month, 1))
        assert result.findings


def test_generated_catalogue_page_is_current():
    from service.catalogue_doc import markdown

    committed = (ROOT / "docs" / "requirements.md").read_text(encoding="utf-8")
    assert committed == markdown(), "docs/requirements.md is stale: run `make catalogue`"


def test_json_schema_export_is_current():
    import json

    from engine.description import json_schema

    committed = json.loads((ROOT / "docs" / "deployment-description.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run `make catalogue` to refresh the JSON Schema"


def test_the_exported_schema_accepts_what_the_models_accept():
    """Editors validate with the schema: it must take every example and the "unknown" answers, and refuse typos."""
    import json

    import jsonschema

    from engine.description import json_schema
    from engine.loading import load, parse

    validator = jsonschema.Draft202012Validator(json_schema())
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        data = json.loads(json.dumps(parse(path.read_bytes()), default=str))
        assert not list(validator.iter_errors(data)), path.name
    unknowns = {
        "schema_version": 1, "name": "n", "assessment_date": "2026-12-01",
        "organisation": {"legal_form": "unknown", "annual_revenue_usd": "unknown"},
        "monitoring": {"keystroke_capture": "unknown", "techniques": "unknown", "covert": "unknown"},
    }
    load(json.dumps(unknowns))  # the models take it...
    assert not list(validator.iter_errors(unknowns))  # ...and so does the schema
    assert list(validator.iter_errors({**unknowns, "monitoring": {"keystroke_capture": "keys"}}))
    assert list(validator.iter_errors({**unknowns, "monitorng": {}}))


def test_research_rows_left_out_say_where_they_went(catalogue, capsys):
    from jurisdictions import not_encoded
    from service.cli import main

    for rid, why in not_encoded().items():
        assert rid not in catalogue.by_id and len(why) > 40, rid
        for named in re.findall(r"\b(?:US|EU)-[A-Z0-9-]+[A-Z0-9]\b", why):
            assert named in catalogue.by_id, (rid, named)  # every requirement it points to exists
    assert main(["rules", "show", "US-CA-NO-BIPA"]) == 2
    assert "not a requirement" in capsys.readouterr().err
