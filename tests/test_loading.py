"""Reading YAML and JSON descriptions: libyaml for speed, with the same guarantees as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from engine.loading import DescriptionError, _NoAliasLoader, load, parse

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_libyaml_reads_every_example_exactly_like_pyyaml(path):
    text = path.read_text()
    assert parse(text) == yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


@pytest.mark.parametrize("text", [
    "a: &x [1, 2]\nb: *x\n",
    "base: &x {k: 1}\nother:\n  <<: *x\n",  # a merge key is an alias too
    "- &a [1]\n- [*a, *a]\n",
])
def test_aliases_are_refused(text):
    with pytest.raises(DescriptionError, match="aliases are not accepted"):
        parse(text)


def test_a_billion_laughs_is_refused_at_once():
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    # refused before anything is constructed: expanded, this would be 9**10 strings
    with pytest.raises(DescriptionError, match="aliases are not accepted"):
        load("\n".join(lines).encode())


def test_dates_stay_text_so_that_validation_names_a_bad_one():
    assert parse("assessment_date: 2026-12-01\n") == {"assessment_date": "2026-12-01"}
    with pytest.raises(DescriptionError) as caught:
        load(b"schema_version: 1\nname: x\nassessment_date: 2026-02-30\n")
    assert any(e["path"] == "assessment_date" for e in caught.value.errors)


def test_syntax_errors_give_line_and_column():
    with pytest.raises(DescriptionError, match=r"invalid YAML at line 1, column 4"):
        parse("x: : :\n")


@pytest.mark.parametrize(
    ("text", "media"),
    [("[" * 100_000, "application/json"), ('{"a":' * 5_000 + "1" + "}" * 5_000, "application/json"), ("[" * 100_000, None)],
    ids=["json-lists", "json-objects", "yaml"],
)
def test_deep_nesting_is_a_clear_error_not_a_crash(text, media):
    with pytest.raises(DescriptionError) as caught:
        load(text, media)
    assert "nest" in caught.value.errors[0]["message"]


def test_deep_nesting_exits_2_from_the_cli(tmp_path, capsys):
    from service.cli import main

    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    assert main(["validate", str(deep)]) == 2
    assert "nested too deeply" in capsys.readouterr().err
