"""The guided form: questions generated from the facts contract, and the mapping both ways.

Every input is named by its contract path (``monitoring.keystroke_capture``,
``workforce[2].consultation.informed``, ``legal_basis.bases.ai_model_training``), so a
validation error from :mod:`engine.loading` lands on the input it names. The questions come
from the pydantic model itself (its field descriptions are the plain-language questions), so
a field added to the contract shows up in the form without touching this module.

"I don't know" is always an answer: an empty text/number/date, the ``unknown`` option of a
yes/no or choice question, or no tick in a multiple choice. All of them map to *omitted* in
the description, never to a default. An explicit "none" (``[]``) is a separate answer.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from engine.description import MAX_LIST, DeploymentDescription

UNKNOWN = "unknown"  # the contract's own word for "not known": also the form's "I don't know" value
NONE = "_none"  # "none of these" for multiple choices and lists (no enum value starts with "_")
COUNT = "_n."  # hidden inputs "_n.workforce" carry how many items a list has (an item may be all unknown)


# --------------------------------------------------------------------------- the question tree


@dataclass
class Node:
    name: str  # field name (the last part of the path)
    kind: str  # bool | enum | set | codes | int | number | date | text | textarea | days | map | group | list
    label: str
    question: str
    hint: str = ""
    options: list[str] = field(default_factory=list)  # enum values (enum, set, map values)
    keys: list[str] = field(default_factory=list)  # map keys
    value_kind: str = ""  # map values: enum | days
    children: list[Node] = field(default_factory=list)  # group / list item fields
    pattern: str | None = None
    max_length: int | None = None
    item_label: str = ""


SECTIONS: list[tuple[str, str, list[str], str]] = [
    ("about", "About this deployment", ["name", "summary", "assessment_date", "processing_started_on", "facts_period"],
     "Name the design and choose the date whose law applies."),
    ("organisation", "Organisation", ["organisation"],
     "Who deploys the monitoring. Size, revenue and California business decide whether the CCPA applies."),
    ("people", "Where the people are", ["workforce"],
     "One entry per group of monitored people: where they work decides which countries' law applies. "
     "Worker representatives and their consultation are recorded here, per group."),
    ("captured", "What is captured", ["monitoring"],
     "What the tool records, from whom, when and how finely."),
    ("why", "Why", ["purposes", "original_purposes", "legal_basis"],
     "What the data is used for, and on which lawful basis (EU)."),
    ("ai", "AI and decisions", ["ai_systems", "ai_training", "decisions"],
     "AI components, reuse of the data for training, and decisions the outputs feed."),
    ("notices", "Notices and consultation", ["transparency", "labour_relations"],
     "How workers are told, and the union and collective context."),
    ("assessments", "Assessments", ["assessments"],
     "Impact assessments, records and contracts that exist (or not)."),
    ("retention", "Retention and access", ["retention", "security", "recipients"],
     "How long data is kept, who sees it, and who receives it."),
    ("other", "Other workplace practices", ["quota", "hr_practices"],
     "California warehouse quotas and related HR practices."),
]

#: Plain-language help added to the contract's question where a field needs more than the question.
HINTS: dict[str, str] = {
    "name": "E.g. “Keystroke capture to train AI agents”.",
    "assessment_date": "Laws change over time: every finding is computed for this date. Empty means today's date on the server.",
    "processing_started_on": "Some duties (e.g. a CCPA risk assessment) depend on when the processing began.",
    "organisation.establishments": "Two-letter country codes separated by commas, e.g. US, DE, FR.",
    "organisation.warehouse.naics_codes": "Industry codes separated by commas, e.g. 493110.",
    "organisation.revenue_share_from_selling_pi": "A number between 0 and 1, e.g. 0.5 for half.",
    "workforce.region": "Needed for people in the United States.",
    "monitoring.keystroke_capture": "“Full content” means the text typed is recorded (a keylogger); "
                                    "“metadata only” means counts and timing.",
    "monitoring.covert": "Overt: people know. Covert targeted: secret, aimed at suspected persons. Covert general: secret, everyone.",
    "legal_basis.bases": "Only the purposes you ticked under “Which purposes” matter; leave others on “I don't know”.",
    "retention.days": "A number of days, or the word indefinite.",
    "retention.default_days": "A number of days, or the word indefinite.",
    "recipients.country": "Two-letter country code, e.g. IE.",
}

_WORDS = {
    "ai": "AI", "eu": "EU", "ca": "California", "us": "US", "dpia": "DPIA", "dpo": "DPO", "cse": "CSE",
    "naics": "NAICS", "admt": "ADMT", "fria": "FRIA", "eur": "(EUR)", "usd": "(USD)", "pi": "personal information",
    "hr": "HR", "it": "IT", "gps": "GPS", "rfid": "RFID", "tls": "TLS", "dlp": "DLP", "cctv": "CCTV", "ads": "ADS",
    "wifi": "Wi-Fi", "url": "URL", "ccpa": "CCPA", "pii": "PII", "california": "California",
}


LABELS = {"assessment_date": "Apply the law as of", "name": "Name of the deployment"}


def humanize(name: str) -> str:
    words = [_WORDS.get(w, w) for w in name.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def option_label(value: str) -> str:
    special = {"employment_law_9_2_b": "Employment law (Art 9(2)(b))", "occupational_medicine_9_2_h": "Occupational medicine (Art 9(2)(h))",
               "none": "None", "nonexempt": "Non-exempt", "small_midcap": "Small mid-cap"}
    return special.get(value, humanize(value))


def _strip(tp: Any) -> tuple[Any, list[Any]]:
    """Remove Optional and Annotated layers; return the core type and the collected metadata."""
    meta: list[Any] = []
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            args = get_args(tp)
            meta.extend(args[1:])
            tp = args[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(tp) if a is not type(None)]
            # RetentionDays: int | Literal["indefinite"] is one answer kind, not a choice of types
            if len(args) == 2 and any(get_origin(a) is Literal for a in args):
                return "days", meta
            if len(args) != 1:
                raise TypeError(f"unsupported union {tp}")
            tp = args[0]
        else:
            return tp, meta


def _pattern(meta: list[Any]) -> tuple[str | None, int | None]:
    pattern = max_length = None
    for m in meta:
        pattern = getattr(m, "pattern", None) or pattern
        max_length = getattr(m, "max_length", None) or max_length
        for inner in getattr(m, "metadata", []) or []:
            max_length = getattr(inner, "max_length", None) or max_length
    return pattern, max_length


def _node(name: str, annotation: Any, question: str, path: str) -> Node:
    core, meta = _strip(annotation)
    label = LABELS.get(path) or humanize(name)
    hint = HINTS.get(path, "")
    if core == "days":
        return Node(name, "days", label, question, hint)
    origin = get_origin(core)
    if core is bool:
        return Node(name, "bool", label, question, hint)
    if isinstance(core, type) and issubclass(core, Enum):
        return Node(name, "enum", label, question, hint, options=[e.value for e in core])
    if core is int:
        return Node(name, "int", label, question, hint)
    if core is float:
        return Node(name, "number", label, question, hint)
    if core is dt.date:
        return Node(name, "date", label, question, hint)
    if core is str:
        pattern, max_length = _pattern(meta)
        kind = "textarea" if name == "summary" else "text"
        return Node(name, kind, label, question, hint, pattern=pattern, max_length=max_length)
    if isinstance(core, type) and issubclass(core, BaseModel):
        return Node(name, "group", label, question, hint, children=_children(core, path))
    if origin is list:
        item, item_meta = _strip(get_args(core)[0])
        if isinstance(item, type) and issubclass(item, Enum):
            return Node(name, "set", label, question, hint, options=[e.value for e in item])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return Node(name, "list", label, question, hint, children=_children(item, path),
                        item_label={"workforce": "population", "ai_systems": "AI system", "decisions": "decision",
                                    "recipients": "recipient"}.get(name, "item"))
        if item is str:
            pattern, _ = _pattern(item_meta)
            return Node(name, "codes", label, question, hint, pattern=pattern)
    if origin is dict:
        key_type, value_type = get_args(core)
        value_core, _ = _strip(value_type)
        keys = [e.value for e in key_type]
        if value_core == "days":
            return Node(name, "map", label, question, hint, keys=keys, value_kind="days")
        return Node(name, "map", label, question, hint, keys=keys, value_kind="enum", options=[e.value for e in value_core])
    raise TypeError(f"no form widget for {path}: {annotation}")


def _children(model: type[BaseModel], prefix: str) -> list[Node]:
    return [_node(n, f.annotation, f.description or "", f"{prefix}.{n}" if prefix else n)
            for n, f in model.model_fields.items() if n != "schema_version"]


TREE: dict[str, Node] = {n.name: n for n in _children(DeploymentDescription, "")}


def sections() -> list[dict[str, Any]]:
    return [{"id": sid, "title": title, "intro": intro, "nodes": [TREE[n] for n in names]}
            for sid, title, names, intro in SECTIONS]


def input_id(path: str) -> str:
    """An HTML id for a path: ``workforce[0].country`` → ``f-workforce-0-country``."""
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def leaf_paths() -> list[str]:
    """Every contract field the form asks about, with ``[]`` for list items (tests use it)."""
    out: list[str] = []

    def walk(nodes: list[Node], prefix: str) -> None:
        for n in nodes:
            path = f"{prefix}.{n.name}" if prefix else n.name
            if n.kind == "group":
                walk(n.children, path)
            elif n.kind == "list":
                walk(n.children, path + "[]")
            else:
                out.append(path)

    walk(list(TREE.values()), "")
    return out


# --------------------------------------------------------------------------- form values


class Values:
    """The form's answers: path → list of raw strings (a multi-dict), as posted or as derived."""

    def __init__(self, pairs: list[tuple[str, str]] | None = None) -> None:
        self.data: dict[str, list[str]] = {}
        for k, v in pairs or []:
            self.data.setdefault(k, []).append(v)

    def all(self, path: str) -> list[str]:
        return self.data.get(path, [])

    def get(self, path: str) -> str:
        values = self.all(path)
        return values[-1] if values else ""

    def set(self, path: str, *values: str) -> None:
        self.data[path] = list(values)

    def count(self, path: str) -> int:
        raw = self.get(COUNT + path)
        return min(int(raw), MAX_LIST) if raw.isdigit() else 0

    def pairs(self) -> list[tuple[str, str]]:
        return [(k, v) for k, vs in self.data.items() for v in vs]

    def add_item(self, path: str) -> bool:
        n = self.count(path)
        if n >= MAX_LIST:
            return False
        self.set(COUNT + path, str(n + 1))
        return True

    def remove_item(self, path: str, index: int) -> None:
        """Drop item ``index`` of list ``path`` and renumber the items after it."""
        n = self.count(path)
        if not 0 <= index < n:
            return
        item = re.compile(rf"^{re.escape(path)}\[(\d+)\](.*)$")
        moved: dict[str, list[str]] = {}
        for key, vals in self.data.items():
            m = item.match(key)
            if not m:
                moved[key] = vals
            elif int(m[1]) < index:
                moved[key] = vals
            elif int(m[1]) > index:
                moved[f"{path}[{int(m[1]) - 1}]{m[2]}"] = vals
        self.data = moved
        self.set(COUNT + path, str(n - 1))


def from_description(description: DeploymentDescription | dict[str, Any]) -> Values:
    """The form answers that reproduce a description (unknown fields stay unanswered)."""
    data = description if isinstance(description, dict) else description.model_dump(mode="json", exclude_none=True)
    values = Values()
    values.set("schema_version", "1")

    def put(nodes: list[Node], obj: dict[str, Any], prefix: str) -> None:
        for n in nodes:
            path = f"{prefix}.{n.name}" if prefix else n.name
            if n.name not in obj or obj[n.name] is None:
                continue
            value = obj[n.name]
            if n.kind == "group":
                put(n.children, value, path)
            elif n.kind == "list":
                values.set(COUNT + path, str(len(value)))
                if not value:
                    values.set(path, NONE)
                for i, item in enumerate(value):
                    put(n.children, item, f"{path}[{i}]")
            elif n.kind == "set":
                values.set(path, *(value or [NONE]))
            elif n.kind == "codes":
                values.set(path, ", ".join(value) if value else "none")
            elif n.kind == "map":
                for key, v in value.items():
                    if v is not None:
                        values.set(f"{path}.{key}", str(v))
            elif n.kind == "bool":
                values.set(path, "true" if value else "false")
            else:
                values.set(path, str(value))

    put(list(TREE.values()), data, "")
    return values


def to_data(values: Values) -> dict[str, Any]:
    """The description (plain data, not yet validated) that the answers give.

    Conversion is deliberately shallow: a number field holding ``abc`` is passed on as text so
    that validation reports it with its path (“`abc` is not a whole number”) like the API does.
    """

    def scalar(n: Node, raw: str) -> Any:
        raw = raw.strip()
        if raw == "" or raw.lower() == UNKNOWN:
            return None
        if n.kind == "bool":
            return {"true": True, "false": False}.get(raw, raw)
        if n.kind == "int":
            return int(raw) if re.fullmatch(r"[0-9]{1,18}", raw) else raw
        if n.kind == "number":
            try:
                return float(raw)
            except ValueError:
                return raw
        if n.kind == "days":
            return int(raw) if re.fullmatch(r"[0-9]{1,18}", raw) else raw.lower()
        return raw

    def collect(nodes: list[Node], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for n in nodes:
            path = f"{prefix}.{n.name}" if prefix else n.name
            value: Any = None
            if n.kind == "group":
                value = collect(n.children, path) or None  # a group with no answer is unknown, not {}
            elif n.kind == "list":
                count = values.count(path)
                if count:
                    value = [collect(n.children, f"{path}[{i}]") for i in range(count)]
                elif NONE in values.all(path):
                    value = []
            elif n.kind == "set":
                picked = [v for v in values.all(path) if v not in (NONE, UNKNOWN, "")]
                if picked:
                    value = picked
                elif NONE in values.all(path):
                    value = []
            elif n.kind == "codes":
                raw = values.get(path).strip()
                if raw.lower() == "none":
                    value = []
                elif raw and raw.lower() != UNKNOWN:
                    value = [c.upper() for c in re.split(r"[\s,;]+", raw) if c]
            elif n.kind == "map":
                entries = {k: scalar(Node(k, n.value_kind, "", ""), values.get(f"{path}.{k}")) for k in n.keys}
                value = {k: v for k, v in entries.items() if v is not None} or None
            else:
                value = scalar(n, values.get(path))
                if value is not None and n.pattern and n.pattern.startswith("^[A-Z]") and isinstance(value, str):
                    value = value.upper()  # country and region codes: "de" is obviously DE
            if value is not None:
                out[n.name] = value
        return out

    data: dict[str, Any] = {"schema_version": 1}
    data.update(collect(list(TREE.values()), ""))
    return data


def as_yaml(data: dict[str, Any]) -> str:
    import yaml

    # safe_dump quotes strings a YAML 1.1 reader would turn into booleans or numbers
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
