"""Read a deployment description from YAML or JSON, with errors that name the field.

Every error carries the path of the offending field (``monitoring.techniques[2]``) and, where a
key or value is close to a valid one, a suggestion. Nothing here raises a bare stack trace for
bad input: callers get :class:`DescriptionError`.
"""

from __future__ import annotations

import difflib
import json
from enum import Enum
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from .description import DeploymentDescription

MAX_BYTES = 1024 * 1024


class DescriptionError(ValueError):
    """The description is not valid; ``errors`` lists ``{path, message}`` entries."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e['path'] or '(document)'}: {e['message']}" for e in errors))


#: YAML's implicit resolvers without timestamps: dates stay text, so validation reports a bad one.
_TEXT_DATES = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _NoAliasLoader(yaml.SafeLoader):
    """Safe YAML without anchors and aliases (they can expand a small file into a huge document).

    Dates stay text here so that a bad date is reported by validation, with its field path.
    """

    yaml_implicit_resolvers = _TEXT_DATES

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"YAML aliases are not accepted (line {event.start_mark.line + 1})")
        return super().compose_node(parent, index)


if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[misc,name-defined]
        """libyaml's parser and composer (about ten times faster than PyYAML's own), same resolvers."""

        yaml_implicit_resolvers = _TEXT_DATES

else:  # pragma: no cover - PyYAML wheels ship libyaml
    _FastLoader = None  # type: ignore[assignment,misc]


def _load_yaml(text: str) -> Any:
    """Safe YAML without aliases: composed by libyaml, checked for aliases, then constructed.

    libyaml's composer cannot be stopped at an alias the way ``_NoAliasLoader`` stops PyYAML's,
    so the composed node graph is walked first: an alias is a node reached twice. Nothing is
    constructed from a graph with one (so no expansion can happen).
    """
    if _FastLoader is None:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        seen: set[int] = set()
        stack = [node]
        while stack:
            current = stack.pop()
            if id(current) in seen:
                raise yaml.YAMLError(
                    f"YAML aliases are not accepted (the value anchored at line {current.start_mark.line + 1} is reused)"
                )
            seen.add(id(current))
            if isinstance(current, yaml.MappingNode):
                for key, value in current.value:
                    stack.extend((key, value))
            elif isinstance(current, yaml.SequenceNode):
                stack.extend(current.value)
        return loader.construct_document(node)
    finally:
        loader.dispose()


TOO_DEEP = "the document is nested too deeply"


def parse(text: str | bytes, media_type: str | None = None) -> Any:
    """Parse JSON or YAML text into plain data (YAML is a superset of JSON)."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise DescriptionError([{"path": "", "message": f"the document is larger than {MAX_BYTES} bytes"}])
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DescriptionError([{"path": "", "message": f"the document is not UTF-8 ({exc.reason})"}]) from None
    if len(text) > MAX_BYTES:
        raise DescriptionError([{"path": "", "message": f"the document is larger than {MAX_BYTES} bytes"}])
    try:
        if media_type and "json" in media_type:
            return json.loads(text)
        return _load_yaml(text)
    except RecursionError:
        raise DescriptionError([{"path": "", "message": TOO_DEEP}]) from None
    except json.JSONDecodeError as exc:
        raise DescriptionError([{"path": "", "message": f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"}]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DescriptionError([{"path": "", "message": f"invalid YAML{where}: {problem}"}]) from None


def load(text: str | bytes, media_type: str | None = None) -> DeploymentDescription:
    return validate(parse(text, media_type))


def validate(data: Any) -> DeploymentDescription:
    if not isinstance(data, dict):
        raise DescriptionError([{"path": "", "message": "a deployment description is a mapping of fields (schema_version, name, …)"}])
    try:
        bad_keys = [k for k in _all_keys(data) if not isinstance(k, str)]
    except RecursionError:
        raise DescriptionError([{"path": "", "message": TOO_DEEP}]) from None
    if bad_keys:
        raise DescriptionError(
            [{"path": "", "message": f"keys must be text; found {bad_keys[0]!r} (quote YAML keys such as yes/no/on/off)"}]
        )
    try:
        return DeploymentDescription.model_validate(data)
    except ValidationError as exc:
        raise DescriptionError(_merge([_explain(err, data) for err in exc.errors(include_url=False)])) from None
    except RecursionError:
        raise DescriptionError([{"path": "", "message": TOO_DEEP}]) from None
    except (TypeError, ValueError) as exc:  # a validator bug must still not surface as a stack trace
        raise DescriptionError([{"path": "", "message": f"the description could not be validated: {exc}"}]) from None


def _merge(errors: list[dict[str, str]]) -> list[dict[str, str]]:
    """One error per path: a value that fails every member of a union gets one combined message."""
    by_path: dict[str, list[str]] = {}
    for e in errors:
        by_path.setdefault(e["path"], []).append(e["message"])
    return [{"path": p, "message": msgs[0] if len(msgs) == 1 else " Or: ".join(msgs)} for p, msgs in by_path.items()]


def _all_keys(data: Any, depth: int = 0) -> list[Any]:
    if depth > 20:
        return []
    if isinstance(data, dict):
        return [k for k in data] + [k2 for v in data.values() for k2 in _all_keys(v, depth + 1)]
    if isinstance(data, list):
        return [k for v in data for k in _all_keys(v, depth + 1)]
    return []


def format_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _explain(err: dict[str, Any], data: Any) -> dict[str, str]:
    # Unknown keys are reported at their exact location; other locations may carry pydantic's
    # union-member tags, which are dropped (a user's own key can contain "-" or "[" too).
    raw = tuple(err["loc"])
    if err["type"] == "extra_forbidden":
        loc = raw
    else:
        loc = tuple(p for p in raw if not (isinstance(p, str) and _is_type_tag(p))) or raw
    path = format_path(loc)
    kind = err["type"]
    message = err["msg"]
    model, field = _model_at(loc)
    if kind == "extra_forbidden" and loc:
        known = list(model.model_fields) if model else []
        guess = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        message = f"unknown field `{loc[-1]}`"
        message += f"; did you mean `{guess[0]}`?" if guess else f"; valid fields here: {', '.join(known)}"
    elif kind in ("enum", "literal_error"):
        allowed = _allowed_values(err)
        given = err.get("input")
        if isinstance(given, bool):
            message = (
                f"`{str(given).lower()}` is a yes/no answer, but this field takes one of: {', '.join(allowed)}"
                " (YAML reads yes, no, on and off as true/false)"
            )
        else:
            guess = difflib.get_close_matches(str(given), allowed, n=1, cutoff=0.6)
            message = f"`{given}` is not a valid value; " + (
                f"did you mean `{guess[0]}`?" if guess else f"valid values: {', '.join(allowed)}"
            )
    elif kind == "missing":
        message = "this field is required"
    elif kind in ("int_parsing", "int_type"):
        message = f"`{err.get('input')}` is not a whole number"
    return {"path": path, "message": message}


def _is_type_tag(part: str) -> bool:
    # pydantic adds union-member tags ("list[...]", "constrained-int", "function-after[...]") to
    # locations; contract field names never contain brackets or hyphens.
    return "[" in part or "-" in part or part in ("str", "int", "float", "bool", "date")


def _allowed_values(err: dict[str, Any]) -> list[str]:
    ctx = err.get("ctx") or {}
    expected = ctx.get("expected", "")
    return [v.strip().strip("'") for v in expected.replace(" or ", ",").split(",") if v.strip()]


def _model_at(loc: tuple[Any, ...]) -> tuple[type[BaseModel] | None, str | None]:
    model: Any = DeploymentDescription
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = _inner_model(field.annotation) if field else None
    return model, (loc[-1] if loc else None)


def _inner_model(annotation: Any) -> Any:
    stack = [annotation]
    while stack:
        tp = stack.pop()
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            return tp
        if isinstance(tp, type) and issubclass(tp, Enum):
            continue
        stack.extend(get_args(tp))
        if get_origin(tp) is not None:
            stack.append(get_origin(tp))
    return None
