"""Declarative conditions over the facts, with three-valued (Kleene) semantics.

Requirements never contain Python logic: they declare condition trees built from the nodes
below (``F("monitoring.keystroke_capture") == "full_content"``, ``All(...)``, ``AtLeast(2, ...)``).
The compiler turns the trees into durable-rules rulesets; :func:`evaluate` here is the
pure-Python reference semantics used to explain findings (which facts decided, which are
missing) and, in the test suite, to cross-check what the rules engine computed.

A fact that is absent is *unknown*. Every node is True, False or None (unknown):

* a leaf on an unknown fact is unknown;
* ``All`` is False if any part is False, True if all are True, else unknown;
* ``Any`` is True if any part is True, False if all are False, else unknown;
* ``Not`` swaps True and False;
* ``AtLeast(k, parts)`` is True when k parts are True, False when fewer than k can still be;
* ``Exists(list, cond)`` quantifies over a list of objects (populations, AI systems …).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

Scalar = Union[str, bool, int, float]

#: The lists of the facts contract; a condition on their items is an ``Exists`` (facts.py flattens the rest).
LIST_PATHS = ("workforce", "ai_systems", "decisions", "recipients")


@dataclass(frozen=True)
class Param:
    """A dated legal parameter (a threshold or amount that changes over time, e.g. by CPI adjustment).

    ``values`` maps the first day a value applies to the value; each value applies until the
    next one starts. Conditions compare facts against the value in force on the evaluation date.
    """

    name: str
    values: tuple[tuple[dt.date, float], ...]
    unit: str
    source: str

    def value_on(self, day: dt.date) -> float | None:
        current = None
        for start, value in sorted(self.values):
            if start <= day:
                current = value
        return current

    def periods(self) -> list[tuple[dt.date, dt.date | None, float]]:
        ordered = sorted(self.values)
        return [
            (start, ordered[i + 1][0] if i + 1 < len(ordered) else None, value)
            for i, (start, value) in enumerate(ordered)
        ]


class Cond:
    """Base of all condition nodes; ``&``, ``|`` and ``~`` build All, Any and Not."""

    def __and__(self, other: Cond) -> Cond:
        return All(self, other)

    def __or__(self, other: Cond) -> Cond:
        return AnyOf(self, other)

    def __invert__(self) -> Cond:
        return Not(self)

    def children(self) -> tuple[Cond, ...]:
        return ()

    def walk(self) -> Iterator[Cond]:
        yield self
        for child in self.children():
            yield from child.walk()


# --------------------------------------------------------------------------- leaves


@dataclass(frozen=True)
class Leaf(Cond):
    path: str

    def describe(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass(frozen=True)
class Eq(Leaf):
    value: Scalar

    def describe(self) -> str:
        return f"{self.path} is {_show(self.value)}"


@dataclass(frozen=True)
class OneOf(Leaf):
    values: tuple[Scalar, ...]

    def describe(self) -> str:
        return f"{self.path} is one of {', '.join(_show(v) for v in self.values)}"


OPS = {"gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}
NEGATED_OP = {"gt": "lte", "gte": "lt", "lt": "gte", "lte": "gt"}


class _AsOfDate:
    """Stands for the evaluation date on the right-hand side of a comparison."""

    name = "the assessment date"

    def __repr__(self) -> str:
        return "AS_OF"


AS_OF = _AsOfDate()


@dataclass(frozen=True)
class Cmp(Leaf):
    op: str
    value: float | dt.date | Param | _AsOfDate

    def describe(self) -> str:
        value = self.value.name if isinstance(self.value, (Param, _AsOfDate)) else _show(self.value)
        return f"{self.path} {OPS[self.op]} {value}"


@dataclass(frozen=True)
class Has(Leaf):
    """The set at ``path`` contains ``value``."""

    value: str

    def describe(self) -> str:
        return f"{self.path} includes {_show(self.value)}"


@dataclass(frozen=True)
class AsOf(Cond):
    """The evaluation date compared with a fixed date (used to expand dated parameters)."""

    op: str
    day: dt.date

    def describe(self) -> str:
        return f"assessment date {OPS[self.op]} {self.day.isoformat()}"


@dataclass(frozen=True, eq=False)
class Is(Cond):
    """The derived fact produced by a classification rule (or an auxiliary node) holds."""

    target: Any  # engine.model.Classification, or a compiler-internal node

    def __hash__(self) -> int:
        return id(self.target)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Is) and other.target is self.target


# --------------------------------------------------------------------------- compounds


def _flatten(kind: type, parts: tuple[Cond, ...]) -> tuple[Cond, ...]:
    out: list[Cond] = []
    for part in parts:
        if not isinstance(part, Cond):
            raise TypeError(f"not a condition: {part!r}")
        out.extend(part.parts if isinstance(part, kind) else (part,))
    return tuple(out)


@dataclass(frozen=True, init=False)
class All(Cond):
    parts: tuple[Cond, ...]

    def __init__(self, *parts: Cond) -> None:
        object.__setattr__(self, "parts", _flatten(All, parts))
        if not self.parts:
            raise ValueError("All() needs at least one condition")

    def children(self) -> tuple[Cond, ...]:
        return self.parts


@dataclass(frozen=True, init=False)
class AnyOf(Cond):
    parts: tuple[Cond, ...]

    def __init__(self, *parts: Cond) -> None:
        object.__setattr__(self, "parts", _flatten(AnyOf, parts))
        if not self.parts:
            raise ValueError("AnyOf() needs at least one condition")

    def children(self) -> tuple[Cond, ...]:
        return self.parts


@dataclass(frozen=True)
class Not(Cond):
    part: Cond

    def children(self) -> tuple[Cond, ...]:
        return (self.part,)


@dataclass(frozen=True, init=False)
class AtLeast(Cond):
    k: int
    parts: tuple[Cond, ...]

    def __init__(self, k: int, *parts: Cond) -> None:
        if not 1 <= k <= len(parts):
            raise ValueError("AtLeast(k, ...) needs 1 <= k <= number of conditions")
        object.__setattr__(self, "k", k)
        object.__setattr__(self, "parts", tuple(parts))

    def children(self) -> tuple[Cond, ...]:
        return self.parts

    def as_true(self) -> Cond:
        """An equivalent formula without AtLeast, for the True side."""
        return AnyOf(*(All(*combo) for combo in itertools.combinations(self.parts, self.k)))

    def as_false(self) -> Cond:
        """A formula that is True exactly when this node is False."""
        n = len(self.parts) - self.k + 1
        return AnyOf(*(All(*(Not(p) for p in combo)) for combo in itertools.combinations(self.parts, n)))


@dataclass(frozen=True)
class Exists(Cond):
    """Some item of the list at ``path`` satisfies ``cond`` (paths inside are relative to the item)."""

    path: str
    cond: Cond

    def __post_init__(self) -> None:
        if self.path not in LIST_PATHS:
            raise ValueError(f"Exists() works on {LIST_PATHS}, not {self.path!r}")
        if any(isinstance(node, (Exists, Is)) for node in self.cond.walk()):
            raise ValueError("Exists() cannot nest another Exists() or a derived fact")

    def children(self) -> tuple[Cond, ...]:
        return (self.cond,)


# --------------------------------------------------------------------------- fact builder


class F:
    """``F("monitoring.covert") == "general"`` and friends: the way requirements name facts."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __eq__(self, value: object) -> Cond:  # type: ignore[override]
        return Eq(self.path, value)  # type: ignore[arg-type]

    def __ne__(self, value: object) -> Cond:  # type: ignore[override]
        return Not(Eq(self.path, value))  # type: ignore[arg-type]

    def __hash__(self) -> int:
        return hash(self.path)

    def __gt__(self, value: Any) -> Cond:
        return Cmp(self.path, "gt", value)

    def __ge__(self, value: Any) -> Cond:
        return Cmp(self.path, "gte", value)

    def __lt__(self, value: Any) -> Cond:
        return Cmp(self.path, "lt", value)

    def __le__(self, value: Any) -> Cond:
        return Cmp(self.path, "lte", value)

    def true(self) -> Cond:
        return Eq(self.path, True)

    def false(self) -> Cond:
        return Eq(self.path, False)

    def one_of(self, *values: Scalar) -> Cond:
        return OneOf(self.path, tuple(values)) if len(values) > 1 else Eq(self.path, values[0])

    def has(self, value: str) -> Cond:
        return Has(self.path, value)

    def has_any(self, *values: str) -> Cond:
        return AnyOf(*(Has(self.path, v) for v in values)) if len(values) > 1 else Has(self.path, values[0])

    def has_none(self, *values: str) -> Cond:
        return Not(self.has_any(*values))


# --------------------------------------------------------------------------- reference semantics


@dataclass
class Trace:
    """What a three-valued evaluation looked at: facts that decided it and facts that were missing."""

    used: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    derived: dict[Any, bool | None] = field(default_factory=dict)


Resolver = Callable[[Any], "bool | None"]


@dataclass(frozen=True)
class Env:
    facts: Mapping[str, Any]
    as_of: dt.date
    resolve: Resolver


Fn = Callable[[Env, "Mapping[str, Any] | None"], "bool | None"]
_compiled: dict[int, tuple[Cond, Fn]] = {}


def value_of(cond: Cond, env: Env, item: Mapping[str, Any] | None = None) -> bool | None:
    """The Kleene value of ``cond`` (None = unknown), from a closure compiled once per node."""
    return _fn(cond)(env, item)


def _fn(cond: Cond) -> Fn:
    return _once(_compiled, cond, _compile)


def _once(table: dict[int, tuple[Cond, Any]], cond: Cond, build: Callable[[Cond], Any]) -> Any:
    """``build(cond)``, made once per condition object (kept with it: an id alone can be reused)."""
    entry = table.get(id(cond))
    if entry is None or entry[0] is not cond:
        entry = (cond, build(cond))
        table[id(cond)] = entry
    return entry[1]


def _compile(cond: Cond) -> Fn:
    if isinstance(cond, Leaf):
        return _compile_leaf(cond)
    if isinstance(cond, AsOf):
        day, op = cond.day.toordinal(), cond.op
        return lambda env, item: _compare(env.as_of.toordinal(), op, day)
    if isinstance(cond, Is):
        target = cond.target
        return lambda env, item: env.resolve(target)
    if isinstance(cond, Not):
        part = _fn(cond.part)

        def negate(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            v = part(env, item)
            return None if v is None else not v

        return negate
    if _one_list(cond):
        # "the list at this path contains any of these": one set intersection instead of a
        # closure per value (lists of techniques and purposes make these the commonest nodes).
        path, wanted, missing = cond.parts[0].path, frozenset(p.value for p in cond.parts), object()  # type: ignore[attr-defined]

        def any_of_list(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            v = (env.facts if item is None else item).get(path, missing)
            return None if v is missing else not wanted.isdisjoint(v)

        return any_of_list
    if isinstance(cond, (All, AnyOf, AtLeast)):
        parts = [_fn(p) for p in cond.parts]
        k = len(parts) if isinstance(cond, All) else 1 if isinstance(cond, AnyOf) else cond.k

        def count(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            n_true = n_unknown = 0
            for p in parts:
                v = p(env, item)
                if v is True:
                    n_true += 1
                    if n_true >= k:
                        return True
                elif v is None:
                    n_unknown += 1
            return None if n_true + n_unknown >= k else False

        return count
    if isinstance(cond, Exists):
        path, inner = cond.path, _fn(cond.cond)

        def exists(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            items = env.facts.get(path)
            if items is None:
                return None
            unknown = False
            for it in items:
                v = inner(env, it)
                if v is True:
                    return True
                if v is None:
                    unknown = True
            return None if unknown else False

        return exists
    raise TypeError(f"unknown condition node {cond!r}")


def _one_list(cond: Cond) -> bool:
    """``AnyOf(Has(path, a), Has(path, b), …)`` on a single path."""
    return (
        isinstance(cond, AnyOf)
        and len(cond.parts) > 1
        and all(isinstance(p, Has) for p in cond.parts)
        and len({p.path for p in cond.parts}) == 1  # type: ignore[attr-defined]
    )


def _compile_leaf(cond: Leaf) -> Fn:
    path = cond.path
    missing = object()

    # Each closure reads the fact inline (``(env.facts if item is None else item).get``): these
    # are the innermost calls of every evaluation and explanation.
    if isinstance(cond, Eq) and isinstance(cond.value, bool):
        expected = cond.value

        def eq_bool(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            v = (env.facts if item is None else item).get(path, missing)
            return None if v is missing else v is expected

        return eq_bool
    if isinstance(cond, (Eq, OneOf)):
        allowed = frozenset([cond.value] if isinstance(cond, Eq) else cond.values)

        def member(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            v = (env.facts if item is None else item).get(path, missing)
            return None if v is missing else (not isinstance(v, bool) and v in allowed)

        return member
    if isinstance(cond, Has):
        wanted = cond.value

        def has(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            v = (env.facts if item is None else item).get(path, missing)
            return None if v is missing else wanted in v

        return has

    if isinstance(cond, Cmp) and isinstance(cond.value, Param):
        param = cond.value

        def against_param(env: Env, item: Mapping[str, Any] | None) -> bool | None:
            # Before a parameter's first value there is no threshold: the comparison is false
            # whatever the fact (this is also how the compiled rules read it).
            if param.value_on(env.as_of) is None:
                return False
            v = (env.facts if item is None else item).get(path, missing)
            return None if v is missing else _leaf(cond, v, env.as_of)

        return against_param

    def other(env: Env, item: Mapping[str, Any] | None) -> bool | None:
        v = (env.facts if item is None else item).get(path, missing)
        return None if v is missing else _leaf(cond, v, env.as_of)

    return other


def evaluate(
    cond: Cond,
    facts: Mapping[str, Any],
    as_of: dt.date,
    resolve: Resolver,
    trace: Trace | None = None,
    known: bool | None | object = ...,
) -> bool | None:
    """Kleene evaluation of ``cond``; ``facts`` maps dotted paths to values (absent = unknown).

    With a ``trace``, also record the facts that decided the result: for a True ``All`` every
    part, for a False ``All`` only the False parts (and symmetrically for ``Any``); for an
    unknown result, the missing facts whose answers could change it. ``known``: the value, when
    the caller has it already (the rules engine computed it), so only the explanation is walked.
    """
    env = Env(facts, as_of, resolve)
    value = value_of(cond, env) if known is ... else known
    if trace is not None:
        _explainer(cond)(env, None, "", trace, value)
    return value


Explain = Callable[[Env, "Mapping[str, Any] | None", str, Trace, "bool | None"], None]
_explainers: dict[int, tuple[Cond, Explain]] = {}


def _explainer(cond: Cond) -> Explain:
    """The trace-recording walk of ``cond`` as a closure, compiled once per node like ``value_of``.

    ``explain(env, item, prefix, trace, value)`` records what decided ``value`` (the condition's
    own value): the parts whose value agrees with it, down to the facts, or the missing facts.
    """
    return _once(_explainers, cond, _compile_explainer)


def _compile_explainer(cond: Cond) -> Explain:
    if isinstance(cond, Leaf):
        path = cond.path

        def leaf(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
            source = env.facts if item is None else item
            label = prefix + path
            if path in source:
                t.used[label] = source[path]
            elif label not in t.missing:
                t.missing.append(label)

        return leaf
    if isinstance(cond, Is):
        target = cond.target

        def derived(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
            t.derived[target] = value

        return derived
    if isinstance(cond, Not):
        inner = _explainer(cond.part)

        def negated(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
            inner(env, item, prefix, t, None if value is None else not value)

        return negated
    if _one_list(cond):
        # every part reads the same list: it is the fact that decided, or the one missing
        return _explainer(cond.parts[0])  # type: ignore[attr-defined]
    if isinstance(cond, (All, AnyOf, AtLeast)):
        parts = [(_fn(p), _explainer(p)) for p in cond.parts]
        # An unknown All/AtLeast is explained by its unknown parts and by its true ones (they
        # count towards it); an unknown AnyOf only by its unknown parts.
        true_counts = not isinstance(cond, AnyOf)

        def compound(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
            for fn, explain in parts:
                v = fn(env, item)
                if v is value or (value is None and v is True and true_counts):
                    explain(env, item, prefix, t, v)

        return compound
    if isinstance(cond, Exists):
        path, fn, explain = cond.path, _fn(cond.cond), _explainer(cond.cond)

        def exists(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
            items = env.facts.get(path)
            if items is None:
                if path not in t.missing:
                    t.missing.append(path)
                return
            if not items:
                t.used[path] = []
            for i, it in enumerate(items):
                v = fn(env, it)
                if v is value or value is False:
                    explain(env, it, f"{path}[{i}].", t, v)
                    if value is True:
                        break

        return exists

    def nothing(env: Env, item: Mapping[str, Any] | None, prefix: str, t: Trace, value: bool | None) -> None:
        return None  # AsOf: the date is not a fact of the description

    return nothing


def _leaf(cond: Leaf, value: Any, as_of: dt.date) -> bool:
    if isinstance(cond, Eq):
        if isinstance(value, bool) or isinstance(cond.value, bool):
            return value is cond.value
        return value == cond.value
    if isinstance(cond, OneOf):
        return any(_leaf(Eq(cond.path, v), value, as_of) for v in cond.values)
    if isinstance(cond, Has):
        return cond.value in value
    if isinstance(cond, Cmp):
        target = cond.value
        if target is AS_OF:
            target = as_of
        if isinstance(target, Param):
            target = target.value_on(as_of)
            if target is None:
                return False
        if isinstance(target, dt.date):
            target = target.toordinal()
        if isinstance(value, dt.date):
            value = value.toordinal()
        return _compare(value, cond.op, target)
    raise TypeError(f"unknown leaf {cond!r}")


def _compare(left: float, op: str, right: float) -> bool:
    return {"gt": left > right, "gte": left >= right, "lt": left < right, "lte": left <= right}[op]


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def paths(cond: Cond) -> set[str]:
    """Contract paths a condition reads (items of lists as ``workforce[].country``)."""
    if isinstance(cond, Exists):
        return {f"{cond.path}[].{p}" for p in paths(cond.cond)}
    if isinstance(cond, Leaf):
        return {cond.path}
    out: set[str] = set()
    for child in cond.children():
        out |= paths(child)
    return out


def outline(cond: Cond, indent: int = 0) -> list[str]:
    """A readable, indented rendering of a condition (for ``bentham rules show`` and the catalogue)."""
    pad = "  " * indent
    if isinstance(cond, All):
        return [f"{pad}all of:"] + [line for p in cond.parts for line in outline(p, indent + 1)]
    if isinstance(cond, AnyOf):
        return [f"{pad}any of:"] + [line for p in cond.parts for line in outline(p, indent + 1)]
    if isinstance(cond, AtLeast):
        return [f"{pad}at least {cond.k} of:"] + [line for p in cond.parts for line in outline(p, indent + 1)]
    if isinstance(cond, Not):
        return [f"{pad}not:"] + outline(cond.part, indent + 1)
    if isinstance(cond, Exists):
        return [f"{pad}some item of {cond.path}:"] + outline(cond.cond, indent + 1)
    if isinstance(cond, Is):
        target = cond.target
        label = getattr(target, "id", None) or getattr(target, "code", "?")
        return [f"{pad}{label} holds ({getattr(target, 'title', None) or getattr(target, 'name', '')})"]
    if isinstance(cond, (Leaf, AsOf)):
        return [pad + cond.describe()]
    raise TypeError(f"unknown condition node {cond!r}")
