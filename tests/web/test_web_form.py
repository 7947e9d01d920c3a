"""The web form without a browser: the form ↔ description mapping, and the pages over TestClient."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.description import DeploymentDescription
from engine.loading import MAX_BYTES, load
from service import storage
from service.web import form

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FLAGSHIP = ROOT / "examples" / "keystroke-ai-training.yaml"
HOSTILE = "<script>alert(1)</script>"


def contract_paths(model: type = DeploymentDescription, prefix: str = "") -> set[str]:
    """Every leaf of the facts contract, read from the pydantic model (not from the form)."""
    from pydantic import BaseModel

    out: set[str] = set()
    for name, field in model.model_fields.items():
        if name == "schema_version":
            continue
        path = f"{prefix}.{name}" if prefix else name
        inner = form._strip(field.annotation)[0]
        args = getattr(inner, "__args__", ())
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            out |= contract_paths(inner, path)
        elif getattr(inner, "__origin__", None) is list and isinstance(args[0], type) and issubclass(args[0], BaseModel):
            out |= contract_paths(args[0], path + "[]")
        else:
            out.add(path)
    return out


def post_values(values: form.Values, **extra: str) -> list[tuple[str, str]]:
    return values.pairs() + list(extra.items())


# --------------------------------------------------------------------------- mapping


def test_every_contract_field_has_exactly_one_question_and_every_section_is_used():
    assert sorted(form.leaf_paths()) == sorted(contract_paths())
    placed = [name for _, _, names, _ in form.SECTIONS for name in names]
    assert sorted(placed) == sorted(n for n in DeploymentDescription.model_fields if n != "schema_version")
    assert len(placed) == len(set(placed))


def test_sentinels_never_collide_with_contract_values():
    def options(nodes):
        for n in nodes:
            yield from n.options
            yield from options(n.children)

    every = list(options(form.TREE.values()))
    assert "full_content" in every and "ai_model_training" in every  # the walk reaches nested questions
    assert form.NONE not in every and form.UNKNOWN not in every


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_survives_the_form_round_trip(example):
    description = load(example.read_bytes())
    again = load(form.as_yaml(form.to_data(form.from_description(description))))
    assert again == description


def test_i_dont_know_is_omitted_never_a_compliant_answer():
    values = form.Values([
        ("name", "x"), ("monitoring.audio_recorded", form.UNKNOWN), ("monitoring.keystroke_capture", form.UNKNOWN),
        ("monitoring.techniques", form.UNKNOWN), ("organisation.headcount_total", ""), ("ai_training.opt_out_offered", ""),
        ("legal_basis.bases.it_security", form.UNKNOWN), ("retention.days.keystrokes", ""), ("decisions", form.UNKNOWN),
        (form.COUNT + "decisions", "0"), ("organisation.establishments", ""),
    ])
    assert form.to_data(values) == {"schema_version": 1, "name": "x"}


def test_none_is_an_answer_distinct_from_unknown():
    values = form.Values([("name", "x"), ("monitoring.techniques", form.NONE), ("decisions", form.NONE),
                          ("organisation.establishments", "none"), ("monitoring.audio_recorded", "false")])
    data = form.to_data(values)
    assert data["monitoring"] == {"techniques": [], "audio_recorded": False}
    assert data["decisions"] == [] and data["organisation"] == {"establishments": []}


def test_ticked_values_win_over_the_none_and_unknown_ticks():
    values = form.Values([("name", "x"), ("monitoring.techniques", "screenshots"), ("monitoring.techniques", form.UNKNOWN),
                          ("monitoring.techniques", form.NONE)])
    assert form.to_data(values)["monitoring"] == {"techniques": ["screenshots"]}


def test_an_added_population_stays_even_when_all_unknown_and_removal_renumbers():
    values = form.Values([("name", "x"), (form.COUNT + "workforce", "3"), ("workforce[0].country", "de"),
                          ("workforce[2].country", "FR"), ("workforce[2].region", "")])
    assert form.to_data(values)["workforce"] == [{"country": "DE"}, {}, {"country": "FR"}]
    values.remove_item("workforce", 0)
    assert form.to_data(values)["workforce"] == [{}, {"country": "FR"}]


# --------------------------------------------------------------------------- pages


def test_new_form_has_labelled_inputs_fieldsets_and_the_server_date(web):
    r = web.get("/web/")
    assert r.status_code == 200
    html = r.text
    assert "Content-Security-Policy" in r.headers and "script-src 'self'" in r.headers["Content-Security-Policy"]
    ids = set(re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', html))
    labelled = set(re.findall(r'<label for="([^"]+)"', html))
    assert ids and ids <= labelled  # every input with an id has a <label for>; radios/checkboxes are wrapped in labels
    for tag in re.findall(r"<input[^>]*>", html):
        if 'type="hidden"' in tag or "default-submit" in tag:
            continue
        assert 'id="' in tag or 'type="radio"' in tag or 'type="checkbox"' in tag, tag
    for described in set(re.findall(r'aria-describedby="([^"]+)"', html)):
        for target in described.split():
            assert f'id="{target}"' in html, target
    assert html.count('<fieldset class="section"') == len(form.SECTIONS)
    assert html.count("<legend><h2>") == len(form.SECTIONS)
    import datetime as dt

    assert f'name="assessment_date" value="{dt.date.today().isoformat()}"' in html


def test_live_panel_lists_blocking_findings_first_and_open_questions(web):
    values = form.from_description(load(FLAGSHIP.read_bytes()))
    r = web.post("/web/live", data=dict(values.data))
    assert r.status_code == 200
    statuses = re.findall(r'class="finding st-[a-z_]+" data-id="([A-Z0-9-]+)" data-status="([a-z_]+)"', r.text)
    assert ("FR-CNIL-KEYLOGGER", "violation") in statuses and ("US-CA-CPPA-7150-RA-SPI", "violation") in statuses
    order = [s for _, s in statuses]
    assert order == ["violation"] * order.count("violation") + ["action_required"] * order.count("action_required")
    assert 'data-verdict="blocked"' in r.text
    # remove a known answer: the panel must ask for it, not assume it
    values.data.pop("transparency.notice")
    r = web.post("/web/live", data=dict(values.data))
    assert "transparency.notice" in r.text.split("Questions still open")[1]


def test_hostile_text_is_escaped_everywhere(web):
    r = web.post("/web/form", data={"name": HOSTILE, "action": "save"}, follow_redirects=True)
    assert r.status_code == 200 and "/web/assessments/" in str(r.url)
    assert HOSTILE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    history = web.get("/web/assessments").text
    assert HOSTILE not in history and "&lt;script&gt;" in history
    live = web.post("/web/live", data={"name": HOSTILE, "organisation.name": HOSTILE, "workforce[0].country": HOSTILE,
                                       form.COUNT + "workforce": "1"}).text
    assert HOSTILE not in live and "workforce[0].country" in live  # the bad country is reported, escaped
    page = web.post("/web/form", data={"name": HOSTILE, "summary": HOSTILE, "action": "check"}).text
    assert HOSTILE not in page


def test_save_stores_the_description_and_exports_it_as_yaml(web):
    values = form.from_description(load(FLAGSHIP.read_bytes()))
    r = web.post("/web/form", data=dict(values.data) | {"action": "save"}, follow_redirects=False)
    assert r.status_code == 303
    page = web.get(r.headers["location"])
    assert page.status_code == 200 and "FR-CNIL-KEYLOGGER" in page.text and 'href="https://' in page.text
    exported = web.get(r.headers["location"] + "/description.yaml")
    assert exported.headers["content-type"].startswith("application/yaml")
    assert load(exported.content) == load(FLAGSHIP.read_bytes())
    # the stored assessment is the API's too, with the same verdict
    api = web.get("/v1/assessments").json()["items"]
    assert [a["verdict"] for a in api] == ["blocked"]


def test_invalid_answers_name_the_field_and_nothing_is_stored(web):
    r = web.post("/web/form", data={"name": "x", "organisation.headcount_total": "lots", "action": "save"})
    assert r.status_code == 422
    assert "organisation.headcount_total" in r.text and "`lots` is not a whole number" in r.text
    assert 'aria-invalid="true"' in r.text and 'value="lots"' in r.text  # the answer is kept for correction
    assert web.get("/v1/assessments").json()["items"] == []


def test_upload_errors_name_the_field_without_a_stack_trace(web):
    bad = b"schema_version: 1\nname: x\nmonitoring:\n  technique: [screenshots]\n"
    r = web.post("/web/import", files={"file": ("d.yaml", bad, "application/yaml")})
    assert r.status_code == 422
    assert "monitoring.technique" in r.text and "did you mean `techniques`?" in r.text
    assert "Traceback" not in r.text
    r = web.post("/web/import", data={"text": "{not: [valid"})
    assert r.status_code == 422 and "invalid YAML" in r.text
    assert web.get("/v1/assessments").json()["items"] == []


def test_upload_and_paste_open_the_form_filled(web):
    r = web.post("/web/import", files={"file": ("f.yaml", FLAGSHIP.read_bytes(), "application/yaml")})
    assert r.status_code == 200
    assert 'name="workforce[3].country" value="FR"' in r.text
    assert '<option value="full_content" selected>' in r.text
    json_text = load(FLAGSHIP.read_bytes()).model_dump_json()
    r = web.post("/web/import", data={"text": json_text})
    assert r.status_code == 200 and 'data-verdict="blocked"' in r.text


def test_body_limit_is_the_apis(web):
    r = web.post("/web/import", files={"file": ("big.yaml", b"#" * (MAX_BYTES + 10), "application/yaml")})
    assert r.status_code == 413 and "The limit is" in r.text
    r = web.post("/web/live", content=b"name=" + b"a" * (MAX_BYTES + 1),
                 headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_cross_site_posts_are_refused(web):
    r = web.post("/web/form", data={"name": "x", "action": "save"}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    assert web.get("/v1/assessments").json()["items"] == []


def test_compare_shows_statuses_side_by_side_older_first(web):
    values = form.from_description(load(FLAGSHIP.read_bytes()))
    first = web.post("/web/form", data=dict(values.data) | {"action": "save"}, follow_redirects=False).headers["location"]
    values.set("monitoring.keystroke_capture", "metadata_only")
    second = web.post("/web/form", data=dict(values.data) | {"action": "save"}, follow_redirects=False).headers["location"]
    ids = [first.rsplit("/", 1)[1], second.rsplit("/", 1)[1]]
    r = web.get("/web/compare", params=[("id", ids[1]), ("id", ids[0])])
    assert r.status_code == 200
    row = re.search(r'<tr data-id="FR-CNIL-KEYLOGGER">(.*?)</tr>', r.text, re.S)
    assert row is not None
    cells = re.findall(r"<td>(.*?)</td>", row[1], re.S)
    assert "Violation" in cells[0] and "Violation" not in cells[1]
    assert web.get("/web/compare", params=[("id", ids[0])]).status_code == 422


def test_add_and_remove_population_without_javascript(web):
    r = web.post("/web/form", data={"name": "x", "action": "add:workforce", form.COUNT + "workforce": "0"})
    assert r.status_code == 200 and 'name="workforce[0].country"' in r.text and "Remove population 1" in r.text
    r = web.post("/web/form", data={"name": "x", "action": "remove:workforce:0", form.COUNT + "workforce": "1",
                                    "workforce[0].country": "DE"})
    assert 'name="workforce[0].country"' not in r.text


def test_keyed_mode_needs_a_key_and_keeps_tenants_apart(keyed):
    db = keyed.app.state.db
    r = keyed.get("/web/assessments", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/web/login")
    assert keyed.post("/web/login", data={"key": "bk_00000000_nope", "next": "/web/"}).status_code == 401
    alice, _ = storage.create_key(db, "alice")
    bob, _ = storage.create_key(db, "bob")
    r = keyed.post("/web/login", data={"key": alice, "next": "https://evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/web/"  # no open redirect
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    saved = keyed.post("/web/form", data={"name": "alice's design", "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303
    assert "alice&#39;s design" in keyed.get("/web/assessments").text
    keyed.cookies.clear()
    keyed.post("/web/login", data={"key": bob, "next": "/web/"})
    assert "alice" not in keyed.get("/web/assessments").text
    assert keyed.get(saved.headers["location"]).status_code == 404
