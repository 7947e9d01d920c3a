"""Test helpers shared by the fixture tests and the Gherkin steps: build descriptions from a base
and overrides, and set fields by their contract path."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

from engine.description import DeploymentDescription
from engine.loading import validate

FIXTURES = Path(__file__).parent / "fixtures"
BASES = FIXTURES / "_bases"
_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")


def base(name: str) -> dict[str, Any]:
    return yaml.safe_load((BASES / f"{name}.yaml").read_text(encoding="utf-8"))


def merge(into: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``overrides`` into a copy of ``into`` (mappings merge, everything else replaces)."""
    out = copy.deepcopy(into)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``workforce[0].consultation.agreement_signed``-style paths, creating mappings as needed."""
    parts = path.split(".")
    node: Any = data
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        match = _INDEX.match(part)
        if match:
            name, index = match.group(1), int(match.group(2))
            items = node.setdefault(name, [])
            while len(items) <= index:
                items.append({})
            if last:
                items[index] = value
            else:
                node = items[index]
        elif last:
            node[part] = value
        else:
            node = node.setdefault(part, {})
            if node is None:
                raise ValueError(f"{path}: {part} is null")


def load_fixture(path: Path) -> DeploymentDescription:
    """A fixture is ``{base: name, description: overrides}`` or a complete description."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "base" in doc:
        data = merge(base(doc["base"]), doc.get("description") or {})
        data["name"] = doc.get("name", path.stem)
    else:
        data = doc
    return validate(data)


def expected_status(path: Path) -> str:
    """Fixture files are named ``<status>--<what it shows>.yaml``."""
    return path.name.split("--", 1)[0]


def fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.yaml") if "_bases" not in p.parts)


def requirement_of(path: Path) -> str:
    return path.parent.name
