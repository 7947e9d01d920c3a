"""Hypothesis strategies that build deployment descriptions from the contract's own types."""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import Enum
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from engine.description import DeploymentDescription

COUNTRIES = ["DE", "FR", "IE", "IT", "ES", "NL", "AT", "US", "GB", "IN", "NO"]
REGIONS = ["US-CA", "US-NV", "US-NY", "DE-BY"]
PLACES = COUNTRIES + REGIONS


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """Strip Annotated / Optional; return the core type and its metadata."""
    meta: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            annotation, meta = args[0], meta + list(args[1:])
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                annotation = args[0]
            else:
                return annotation, meta
        else:
            return annotation, meta


def _pattern(meta: list[Any]) -> str | None:
    for m in meta:
        pattern = getattr(m, "pattern", None)
        if pattern:
            return pattern
    return None


def for_type(annotation: Any, name: str = "", depth: int = 0) -> st.SearchStrategy[Any]:
    tp, meta = _unwrap(annotation)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([for_type(a, name, depth) for a in typing.get_args(tp) if a is not type(None)])
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return model(tp, depth + 1)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from([e.value for e in tp])
    if origin is list:
        (inner,) = typing.get_args(tp)
        return st.lists(for_type(inner, name, depth), max_size=3 if depth < 2 else 1)
    if origin is dict:
        key, value = typing.get_args(tp)
        return st.dictionaries(for_type(key, name, depth), st.none() | for_type(value, name, depth), max_size=4)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=0, max_value=10**11)
    if tp is float:
        return st.floats(min_value=0, max_value=1, allow_nan=False)
    if tp is dt.date:
        return st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2029, 12, 31)).map(dt.date.isoformat)
    if tp is str:
        pattern = _pattern(meta)
        if pattern == r"^[A-Z]{2}$":
            return st.sampled_from(COUNTRIES)
        if pattern and pattern.startswith(r"^[A-Z]{2}-"):
            return st.sampled_from(REGIONS)
        if pattern and pattern.startswith(r"^[A-Z]{2}(-"):
            return st.sampled_from(PLACES)
        if pattern:
            return st.sampled_from(["493110", "423", "454110"])
        return st.text(max_size=30)
    raise TypeError(f"no strategy for {name}: {annotation!r}")


def model(cls: type[BaseModel], depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    fields = {}
    for name, field in cls.model_fields.items():
        if name in ("schema_version", "name"):
            continue
        fields[name] = st.none() | st.just("unknown") | for_type(field.annotation, name, depth) if not field.is_required() else for_type(field.annotation, name, depth)
    return st.fixed_dictionaries({}, optional=fields)


def descriptions() -> st.SearchStrategy[dict[str, Any]]:
    return model(DeploymentDescription).map(lambda d: {"schema_version": 1, "name": "generated", **d})
