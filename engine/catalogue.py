"""A catalogue: the jurisdictions, requirements and watch-list an evaluation runs against."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .conditions import (
    AS_OF,
    All,
    AnyOf,
    AsOf,
    AtLeast,
    Cmp,
    Cond,
    Eq,
    Exists,
    Has,
    Is,
    Not,
    OneOf,
    Param,
)
from .model import Classification, Jurisdiction, Requirement, WatchItem


@dataclass(frozen=True)
class Catalogue:
    version: str
    jurisdictions: tuple[Jurisdiction, ...]
    requirements: tuple[Requirement, ...]
    watch_list: tuple[WatchItem, ...] = field(default=())

    @cached_property
    def by_id(self) -> dict[str, Requirement | Classification]:
        out: dict[str, Requirement | Classification] = {}
        for item in (*self.requirements, *self.classifications):
            for key in (item.id, *getattr(item, "aliases", ())):
                if key in out and out[key] is not item:
                    raise ValueError(f"duplicate id {key}")
                out[key] = item
        return out

    @cached_property
    def jurisdiction(self) -> dict[str, Jurisdiction]:
        return {j.code: j for j in self.jurisdictions}

    @cached_property
    def classifications(self) -> tuple[Classification, ...]:
        """Every classification a requirement (or another classification) chains on, in first-use order."""
        seen: dict[str, Classification] = {}

        def visit(cond: Cond) -> None:
            for node in cond.walk():
                if isinstance(node, Is) and isinstance(node.target, Classification) and node.target.id not in seen:
                    seen[node.target.id] = node.target
                    visit(node.target.condition)

        for j in self.jurisdictions:
            visit(j.scope)
        for r in self.requirements:
            visit(r.applies_if)
            for c in r.checks:
                visit(c.when)
        return tuple(seen.values())

    def order(self, requirement: Requirement) -> int:
        return self._order[requirement.id]

    @cached_property
    def _order(self) -> dict[str, int]:
        return {r.id: i for i, r in enumerate(self.requirements)}

    @cached_property
    def sha256(self) -> str:
        blob = json.dumps(self.canonical(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()

    def canonical(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "jurisdictions": [
                {"code": j.code, "name": j.name, "scope": cond_data(j.scope), "scope_basis": j.scope_basis}
                for j in self.jurisdictions
            ],
            "classifications": [item_data(c) for c in self.classifications],
            "requirements": [item_data(r) for r in self.requirements],
            "watch_list": [_plain(w.__dict__) for w in self.watch_list],
        }

    def select(self, codes: list[str] | None) -> tuple[Requirement, ...]:
        if not codes:
            return self.requirements
        unknown = [c for c in codes if c not in self.jurisdiction]
        if unknown:
            raise ValueError(f"unknown jurisdiction {', '.join(unknown)}; known: {', '.join(self.jurisdiction)}")
        return tuple(r for r in self.requirements if r.jurisdiction in codes)


def item_data(item: Requirement | Classification) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, value in item.__dict__.items():
        if isinstance(value, Cond):
            data[name] = cond_data(value)
        elif name == "checks":
            data[name] = [{**_plain(c.__dict__), "when": cond_data(c.when)} for c in value]
        else:
            data[name] = _plain(value)
    return data


def cond_data(cond: Cond) -> Any:
    """A stable, JSON-able form of a condition (for hashing and ``bentham rules show``)."""
    if isinstance(cond, All):
        return ["all", *(cond_data(p) for p in cond.parts)]
    if isinstance(cond, AnyOf):
        return ["any", *(cond_data(p) for p in cond.parts)]
    if isinstance(cond, Not):
        return ["not", cond_data(cond.part)]
    if isinstance(cond, AtLeast):
        return ["at_least", cond.k, *(cond_data(p) for p in cond.parts)]
    if isinstance(cond, Exists):
        return ["exists", cond.path, cond_data(cond.cond)]
    if isinstance(cond, Is):
        return ["is", getattr(cond.target, "id", None) or getattr(cond.target, "code", None)]
    if isinstance(cond, AsOf):
        return ["as_of", cond.op, cond.day.isoformat()]
    if isinstance(cond, Eq):
        return ["eq", cond.path, cond.value]
    if isinstance(cond, OneOf):
        return ["one_of", cond.path, list(cond.values)]
    if isinstance(cond, Has):
        return ["has", cond.path, cond.value]
    if isinstance(cond, Cmp):
        value = cond.value
        if isinstance(value, Param):
            value = {"param": value.name, "values": [[d.isoformat(), v] for d, v in value.values]}
        elif value is AS_OF:
            value = "as_of"
        return [cond.op, cond.path, _plain(value)]
    raise TypeError(f"unknown condition {cond!r}")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return _plain(value.__dict__)
    return value
