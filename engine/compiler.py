"""Compile declared conditions into durable-rules rulesets (plain JSON, no code).

Every condition the catalogue declares becomes a *node* whose three-valued value the rules
engine computes: the node's "true" rules fire when the condition definitely holds, its
"false" rules when it definitely does not, and neither fires when it turns on an unknown fact.
Rules only ever test properties of one fact object (the flattened description), so no rule
depends on the order in which facts arrive and no negation-as-absence (``none``) is needed.

Nodes are evaluated in *strata*: a node that reads a derived fact (``Is(classification)``) runs
in a later stratum than the node that derives it, and the derived value is written into the
fact object for the next stratum. That is how classification rules (the WP248 criteria count,
the CCPA "business" test …) chain into requirement rules.

Limits of the engine that shape the output (see ``docs/engine.md``):

* one rule may hold at most 31 expression slots (``MAX_SEQUENCE_EXPRESSIONS``; 2 per ``$and``/``$or``):
  a top-level disjunction is split into one rule per disjunct, and a sub-condition that is
  still too large is hoisted into an auxiliary node evaluated one stratum earlier;
* ``$iall`` is false on an empty list: known empty sets are sent as ``["∅"]``;
* ``$or`` inside ``$iany``/``$iall`` item context gives wrong answers, so a condition on the
  items of a list (``Exists``) is evaluated on each item as a fact of its own, and the result
  for the list (some item true / every item false / unknown) is written into the main fact;
* ``$or`` directly inside ``$iany`` makes ruleset creation fail at random (an uninitialised
  node field in the C engine), so "the list contains any of these" is one ``$iany`` per value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .conditions import (
    AS_OF,
    NEGATED_OP,
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
    Leaf,
    Not,
    OneOf,
    Param,
)

#: At most this many rules in one durable ruleset. An alpha node's children live in a fixed
#: 512-slot open-addressing table whose probe loop never terminates when the table is full:
#: ``create_ruleset`` with 513 rules testing distinct first properties hangs forever (measured).
RULES_PER_RULESET = 96

#: At most this many expression slots in one rule. The engine allows 31: each ``$and``/``$or``
#: takes two (operator and end marker), each reference to another property (``$m``) one.
EXPRESSION_BUDGET = 28


class CompileError(ValueError):
    pass


@dataclass(eq=False)
class Node:
    """One condition whose value the rules compute; its value is written as ``key``."""

    index: int
    key: str
    cond: Cond
    owner: Any  # Classification, Jurisdiction, ("applies", Requirement), ("check", Requirement, i) or "aux"
    gate: Node | None = None  # evaluate only when this node is True
    #: the jurisdiction whose findings alone need this node ("*": shared, e.g. classifications);
    #: the evaluator skips a jurisdiction's rulesets once it is known to be out of scope
    tag: str = "*"
    level: int = 0
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Node({self.index}, {self.key}, level={self.level})"


@dataclass(eq=False)
class ItemNode:
    """The condition inside an ``Exists``: evaluated on each item of a list as a fact of its own."""

    index: int
    key: str  # where the quantified result (True / False / absent) is written for the strata
    list_path: str
    cond: Cond
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Program:
    nodes: list[Node]
    strata: list[list[Node]]  # nodes by level
    rulesets: list[dict[str, list[dict[str, Any]]]]  # per stratum, per node tag: durable ruleset definitions
    node_of: dict[Any, Node]  # owner -> node
    item_nodes: list[ItemNode] = field(default_factory=list)
    item_rulesets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # list path -> chunks

    @property
    def groups(self) -> dict[str, list[dict[str, Any]]]:
        """Every ruleset group the backend loads: one per list of items, then one per stratum."""
        out = {f"items:{path}": chunks for path, chunks in self.item_rulesets.items()}
        out.update({f"stratum:{i}:{tag}": chunks for i, tags in enumerate(self.rulesets) for tag, chunks in tags.items()})
        return out

    @property
    def rule_count(self) -> int:
        return sum(len(chunk) for chunks in self.groups.values() for chunk in chunks)


class Compiler:
    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.node_of: dict[Any, Node] = {}
        self.item_nodes: list[ItemNode] = []
        self._item_of: dict[int, tuple[Exists, ItemNode]] = {}

    # -- building the node graph --------------------------------------------------------

    def add(self, owner: Any, cond: Cond, gate: Node | None = None, tag: str = "*") -> Node:
        key = owner if isinstance(owner, tuple) else id(owner)
        if key in self.node_of:
            return self.node_of[key]
        node = Node(index=len(self.nodes), key=f"d{len(self.nodes)}", cond=_expand_params(cond), owner=owner, gate=gate, tag=tag)
        self.nodes.append(node)
        self.node_of[key] = node
        return node

    def node_for(self, owner: Any) -> Node:
        key = owner if isinstance(owner, tuple) else id(owner)
        return self.node_of[key]

    def _resolve(self, target: Any) -> Node:
        key = target if isinstance(target, tuple) else id(target)
        if key not in self.node_of:
            condition = getattr(target, "condition", None) or getattr(target, "scope", None)
            if condition is None:
                raise CompileError(f"derived fact {target!r} has no condition")
            return self.add(target, condition)
        return self.node_of[key]

    def build(self) -> Program:
        # Resolve derived facts referenced anywhere (this may add nodes while we iterate).
        i = 0
        while i < len(self.nodes):
            for n in self.nodes[i].cond.walk():
                if isinstance(n, Is):
                    self._resolve(n.target)
            i += 1
        for node in list(self.nodes):
            self._compile(node)
        self._assign_levels()
        depth = max((n.level for n in self.nodes), default=0) + 1
        strata: list[list[Node]] = [[] for _ in range(depth)]
        for node in self.nodes:
            strata[node.level].append(node)
        rulesets = [
            {
                tag: _chunks([(name, rule) for n in stratum if n.tag == tag for name, rule in n.rules.items()])
                for tag in sorted({n.tag for n in stratum})
            }
            for stratum in strata
        ]
        item_rulesets = {
            path: _chunks([(name, rule) for n in self.item_nodes if n.list_path == path for name, rule in n.rules.items()])
            for path in sorted({n.list_path for n in self.item_nodes})
        }
        return Program(
            nodes=self.nodes,
            strata=strata,
            rulesets=rulesets,
            node_of=dict(self.node_of),
            item_nodes=self.item_nodes,
            item_rulesets=item_rulesets,
        )

    def _item_node(self, exists: Exists) -> ItemNode:
        """Register the condition inside ``exists``; its rules run on each item as a separate fact.

        durable-rules evaluates ``$or`` wrongly inside ``$iany``/``$iall`` (an alternative on a
        property that another alternative also tests is ignored: measured, see docs/engine.md), so
        conditions on items are never compiled into item context: each item is asserted as a fact
        of its own, where the same compiler output as for top-level facts applies.
        """
        found = self._item_of.get(id(exists))
        if found is not None and found[0] is exists:
            return found[1]
        node = ItemNode(index=len(self.item_nodes), key=f"x{len(self.item_nodes)}", list_path=exists.path, cond=exists.cond)
        self.item_nodes.append(node)
        # Keep the Exists itself: the compiler builds transient conditions (parameter expansion),
        # and an id alone could be reused by a later object once the first is freed.
        self._item_of[id(exists)] = (exists, node)
        for side, tag in ((True, "T"), (False, "F")):
            expr = self.side(exists.cond, side)
            bodies = [expr] if _slots(expr) <= EXPRESSION_BUDGET else _split_or(expr)
            for j, body in enumerate(bodies):
                if _slots(body) > EXPRESSION_BUDGET:
                    raise CompileError(f"condition on {exists.path} items is too large for one rule; split it")
                node.rules[f"i{node.index}{tag}{j}"] = {"all": [{"m": body}]}
        return node

    def _assign_levels(self) -> None:
        done: dict[int, int] = {}

        def level(node: Node, path: tuple[int, ...] = ()) -> int:
            if node.index in done:
                return done[node.index]
            if node.index in path:
                raise CompileError(f"circular derived facts around {node.owner!r}")
            deps = [self._resolve(n.target) for n in node.cond.walk() if isinstance(n, Is)]
            if node.gate is not None:
                deps.append(node.gate)
            value = 1 + max((level(d, path + (node.index,)) for d in deps), default=-1)
            done[node.index] = value
            return value

        for node in self.nodes:
            node.level = level(node)

    # -- compiling one node --------------------------------------------------------------

    def _compile(self, node: Node) -> None:
        for _ in range(64):
            try:
                node.rules = self._rules_for(node)
                return
            except _TooBig:
                node.cond = self._hoist_largest(node.cond, node.tag)
        raise CompileError(f"condition of {node.owner!r} cannot be fitted into the engine's limits")

    def _rules_for(self, node: Node) -> dict[str, dict[str, Any]]:
        rules: dict[str, dict[str, Any]] = {}
        gate = [{node.gate.key: True}] if node.gate is not None else []
        for side, tag in ((True, "T"), (False, "F")):
            expr = self.side(node.cond, side)
            # One rule when it fits; otherwise one rule per top-level disjunct.
            bodies = [_and(gate + [expr])]
            if _slots(bodies[0]) > EXPRESSION_BUDGET:
                bodies = [_and(gate + [d]) for d in _split_or(expr)]
            for j, body in enumerate(bodies):
                if _slots(body) > EXPRESSION_BUDGET:
                    raise _TooBig
                rules[f"n{node.index}{tag}{j}"] = {"all": [{"m": body}]}
        return rules

    def _hoist_largest(self, cond: Cond, tag: str) -> Cond:
        candidates = [
            c
            for c in cond.walk()
            if c is not cond and isinstance(c, (All, AnyOf, AtLeast, Not)) and not _inside_exists(cond, c)
        ]
        if not candidates:
            raise CompileError(f"cannot split condition {cond!r}")
        biggest = max(candidates, key=lambda c: (self._cost(c), -_depth_of(cond, c)))
        aux = _Aux(biggest)
        self.add(aux, biggest, tag=tag)
        self._compile(self.node_for(aux))
        return _replace(cond, biggest, Is(aux))

    def _cost(self, cond: Cond) -> int:
        return max(_slots(self.side(cond, True)), _slots(self.side(cond, False)))

    # -- conditions to durable expressions ----------------------------------------------

    def side(self, cond: Cond, want: bool) -> dict[str, Any]:
        """The durable expression that holds exactly when ``cond`` evaluates to ``want``."""
        if isinstance(cond, Not):
            return self.side(cond.part, not want)
        if isinstance(cond, All):
            parts = [self.side(p, want) for p in cond.parts]
            return _and(parts) if want else _or(parts)
        if isinstance(cond, AnyOf):
            paths = {p.path for p in cond.parts if isinstance(p, Has)}
            if len(paths) == 1 and all(isinstance(p, Has) for p in cond.parts):
                # "the set contains any of these": one pass over the list instead of one per value
                key = _key(paths.pop())
                values = [p.value for p in cond.parts]  # type: ignore[attr-defined]
                if want:
                    # Not {"$iany": {key: {"$or": [...]}}}: an $or directly inside $iany is built
                    # on a "forward" alpha node whose expression type the C engine leaves
                    # uninitialised (rete.c createForwardAlpha), so creating the ruleset failed
                    # at random with error 102 (about 1 load in 30 of a 97-rule chunk, measured).
                    return _or([{"$iany": {key: {"$i": v}}} for v in values])
                return {"$iall": {key: _and([{"$neq": {"$i": v}} for v in values])}}
            parts = [self.side(p, want) for p in cond.parts]
            return _or(parts) if want else _and(parts)
        if isinstance(cond, AtLeast):
            return self.side(cond.as_true() if want else cond.as_false(), True)
        if isinstance(cond, Exists):
            return {self._item_node(cond).key: want}
        if isinstance(cond, Is):
            target = self._resolve(cond.target)
            return {target.key: want}
        if isinstance(cond, AsOf):
            op = cond.op if want else NEGATED_OP[cond.op]
            return {f"${op}": {"as_of": cond.day.toordinal()}}
        if isinstance(cond, Leaf):
            return _leaf(cond, want)
        raise CompileError(f"cannot compile {cond!r}")


class _TooBig(Exception):
    pass


@dataclass(frozen=True, eq=False)
class _Aux:
    """An auxiliary node: a sub-condition hoisted out of a rule that was too large."""

    condition: Cond

    def __repr__(self) -> str:
        return "aux"


def _chunks(rules: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [dict(rules[i : i + RULES_PER_RULESET]) for i in range(0, len(rules), RULES_PER_RULESET)] or [{}]


def _key(path: str) -> str:
    return path.replace(".", "__")


def _value(value: Any) -> Any:
    return value.toordinal() if isinstance(value, dt.date) else value


def _leaf(cond: Leaf, want: bool) -> dict[str, Any]:
    key = _key(cond.path)
    if isinstance(cond, Eq):
        return {key: cond.value} if want else {"$neq": {key: cond.value}}
    if isinstance(cond, OneOf):
        if want:
            return _or([{key: v} for v in cond.values])
        return _and([{"$neq": {key: v}} for v in cond.values])
    if isinstance(cond, Cmp):
        if isinstance(cond.value, Param):  # pragma: no cover - expanded before compiling
            raise CompileError("dated parameters must be expanded first")
        op = cond.op if want else NEGATED_OP[cond.op]
        if cond.value is AS_OF:
            return {f"${op}": {key: {"$m": "as_of"}}}
        return {f"${op}": {key: _value(cond.value)}}
    if isinstance(cond, Has):
        if want:
            return {"$iany": {key: {"$i": cond.value}}}
        return {"$iall": {key: {"$neq": {"$i": cond.value}}}}
    raise CompileError(f"unknown leaf {cond!r}")


def _and(parts: list[dict[str, Any]]) -> dict[str, Any]:
    flat: list[dict[str, Any]] = []
    for p in parts:
        flat.extend(p["$and"] if set(p) == {"$and"} else [p])
    return flat[0] if len(flat) == 1 else {"$and": flat}


def _or(parts: list[dict[str, Any]]) -> dict[str, Any]:
    flat: list[dict[str, Any]] = []
    for p in parts:
        flat.extend(p["$or"] if set(p) == {"$or"} else [p])
    return flat[0] if len(flat) == 1 else {"$or": flat}


def _split_or(expr: dict[str, Any]) -> list[dict[str, Any]]:
    return list(expr["$or"]) if set(expr) == {"$or"} else [expr]


def _slots(expr: Any) -> int:
    if isinstance(expr, dict):
        own = sum(2 if k in ("$and", "$or") else 1 if k == "$m" else 0 for k in expr)
        return own + sum(_slots(v) for v in expr.values())
    if isinstance(expr, list):
        return sum(_slots(v) for v in expr)
    return 0


def _expand_params(cond: Cond) -> Cond:
    """Replace comparisons with a dated parameter by one comparison per period of validity."""
    if isinstance(cond, Cmp) and isinstance(cond.value, Param):
        options = []
        for start, end, value in cond.value.periods():
            window: list[Cond] = [AsOf("gte", start)]
            if end is not None:
                window.append(AsOf("lt", end))
            options.append(All(*window, Cmp(cond.path, cond.op, value)))
        return AnyOf(*options)
    if isinstance(cond, All):
        return All(*(_expand_params(p) for p in cond.parts))
    if isinstance(cond, AnyOf):
        return AnyOf(*(_expand_params(p) for p in cond.parts))
    if isinstance(cond, Not):
        return Not(_expand_params(cond.part))
    if isinstance(cond, AtLeast):
        return AtLeast(cond.k, *(_expand_params(p) for p in cond.parts))
    if isinstance(cond, Exists):
        return Exists(cond.path, _expand_params(cond.cond))
    return cond


def _replace(cond: Cond, old: Cond, new: Cond) -> Cond:
    if cond is old:
        return new
    if isinstance(cond, All):
        return All(*(_replace(p, old, new) for p in cond.parts))
    if isinstance(cond, AnyOf):
        return AnyOf(*(_replace(p, old, new) for p in cond.parts))
    if isinstance(cond, Not):
        return Not(_replace(cond.part, old, new))
    if isinstance(cond, AtLeast):
        return AtLeast(cond.k, *(_replace(p, old, new) for p in cond.parts))
    return cond


def _inside_exists(root: Cond, target: Cond) -> bool:
    for node in root.walk():
        if isinstance(node, Exists) and any(n is target for n in node.cond.walk()):
            return True
    return False


def _depth_of(root: Cond, target: Cond, depth: int = 0) -> int:
    if root is target:
        return depth
    for child in root.children():
        found = _depth_of(child, target, depth + 1)
        if found >= 0:
            return found
    return -1


__all__ = ["Compiler", "CompileError", "ItemNode", "Node", "Program", "EXPRESSION_BUDGET", "RULES_PER_RULESET"]
