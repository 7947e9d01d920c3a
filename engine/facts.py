"""Normalise a deployment description into flat facts.

The result maps dotted contract paths (``monitoring.keystroke_capture``) to values; an unknown
fact is simply absent. Lists of objects (``workforce``, ``ai_systems``, ``decisions``,
``recipients``) map to lists of flat item dicts with paths relative to the item. Sets become
sorted lists. Free text (names, summaries) is never a fact: rules cannot read it.

Only neutral, factual projections are added here (which kinds of data a technique produces, the
set of lawful bases named, retention per data class with the default filled in). Every legal
classification is a rule in ``jurisdictions/``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .conditions import LIST_PATHS
from .description import DataClass, DeploymentDescription

#: Retention given as ``indefinite`` compares as this many days (larger than any real period).
INDEFINITE_DAYS = 10**9

FREE_TEXT = {"name", "summary", "organisation.name", "representation.other_body"}

#: The kinds of personal data each technique produces (a factual mapping, not a legal one).
TECHNIQUE_DATA: dict[str, tuple[str, ...]] = {
    "keystroke_logging": ("keystrokes",),
    "keystroke_dynamics": ("behavioural_biometrics",),
    "mouse_tracking": ("input_activity",),
    "idle_detection": ("input_activity",),
    "screenshots": ("screen_content",),
    "screen_recording": ("screen_content",),
    "session_replay": ("screen_content", "input_activity"),
    "app_usage": ("browsing_and_app_activity",),
    "web_url_logging": ("browsing_and_app_activity",),
    "tls_inspection": ("browsing_and_app_activity", "communications"),
    "dlp": ("communications", "files"),
    "file_access_logging": ("files",),
    "email_monitoring": ("communications",),
    "chat_monitoring": ("communications",),
    "call_recording": ("communications", "audio"),
    "ambient_audio": ("audio",),
    "webcam_snapshot": ("video",),
    "webcam_video": ("video",),
    "cctv_video": ("video",),
    "cctv_audio": ("audio",),
    "gps_device": ("location",),
    "gps_vehicle": ("location",),
    "vehicle_inward_camera": ("video",),
    "telematics": ("location", "driving_behaviour"),
    "badge_rfid": ("location",),
    "wifi_bluetooth_tracking": ("location",),
    "fingerprint": ("biometric",),
    "face_verification": ("biometric", "video"),
    "face_identification": ("biometric", "video"),
    "voice_analysis": ("biometric", "audio"),
    "wearable_sensor": ("physiological",),
    "neural_device": ("physiological",),
    "social_media_monitoring": ("social_media",),
    "productivity_scoring": ("scores",),
    "quota_tracking": ("scores",),
    "sentiment_analysis": ("communications", "scores"),
    "emotion_recognition": ("scores",),
}


def normalise(description: DeploymentDescription) -> dict[str, Any]:
    raw = description.model_dump(mode="python", exclude_none=True)
    facts: dict[str, Any] = {}
    bases = (raw.get("legal_basis") or {}).pop("bases", None)
    if bases is not None:
        for purpose, basis in bases.items():
            if basis is not None:  # "unknown" for one purpose stays absent
                facts[f"legal_basis.bases.{purpose}"] = basis
        if all(b is not None for b in bases.values()):
            facts["legal_basis.bases_used"] = sorted(set(bases.values()))
    for key, value in raw.items():
        if key in LIST_PATHS:
            facts[key] = [_flatten_item(item) for item in value]
        else:
            _flatten(key, value, facts)
    for key in [k for k in facts if k in FREE_TEXT]:
        del facts[key]
    _derive(facts)
    return facts


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if value is None:  # unknown entries inside maps (retention.days, …) stay absent
        return
    if isinstance(value, dict):
        for key, sub in value.items():
            _flatten(f"{prefix}.{key}", sub, out)
    elif isinstance(value, (list, tuple)):
        out[prefix] = sorted(value, key=str)
    else:
        out[prefix] = value


def _flatten_item(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in item.items():
        _flatten(key, value, out)
    # The contract gives ``residence`` only when it differs from where people work. For a US
    # population the state matters (the CCPA follows residence), so without a region it stays unknown.
    if "residence" not in out:
        if "region" in out:
            out["residence"] = out["region"]
        elif "country" in out and out["country"] != "US":
            out["residence"] = out["country"]
    for key in [k for k in out if k in FREE_TEXT or k in ("name", "other_body", "representation.other_body")]:
        del out[key]
    return out


#: Derived facts computed from two contract dates, and the contract fields they come from (an
#: unknown derived fact is asked about through these).
DATE_DIFFERENCES: dict[str, tuple[str, str]] = {
    # days from the start of the processing to the completion of the CCPA risk assessment
    "timing.ca_risk_assessment_days_after_start": ("processing_started_on", "assessments.ca_risk_assessment.completed_on"),
}

#: derived fact -> the contract fields it is computed from
DERIVED_FROM: dict[str, tuple[str, ...]] = {
    "data_categories": ("monitoring.techniques",),
    **DATE_DIFFERENCES,
}


def _derive(facts: dict[str, Any]) -> None:
    for name, (start, end) in DATE_DIFFERENCES.items():
        if isinstance(facts.get(start), dt.date) and isinstance(facts.get(end), dt.date):
            facts[name] = (facts[end] - facts[start]).days

    techniques = facts.get("monitoring.techniques")
    if techniques is not None:
        facts["data_categories"] = sorted({c for t in techniques for c in TECHNIQUE_DATA[t]})

    days = {k[len("retention.days."):]: v for k, v in facts.items() if k.startswith("retention.days.")}
    default = facts.pop("retention.default_days", None)
    for data_class in DataClass:
        value = days.get(data_class.value, default)
        if value is None:
            continue
        facts[f"retention.days.{data_class.value}"] = INDEFINITE_DAYS if value == "indefinite" else value


def to_engine(facts: dict[str, Any], as_of: dt.date) -> dict[str, Any]:
    """The facts (lists of objects excepted) as one flat JSON object for the rules engine.

    Keys use ``__`` for dots. Dates become ordinals. A known set is a list (an empty one is
    ``["∅"]`` so that "does not contain" can be tested: the engine's all-items test is false on
    an empty list). Items of lists of objects are separate facts: see :func:`item_to_engine`.
    """
    out: dict[str, Any] = {"as_of": as_of.toordinal()}
    for key, value in facts.items():
        if key not in LIST_PATHS:
            out[key.replace(".", "__")] = _scalar(value)
    return out


def item_to_engine(item: dict[str, Any], as_of: dt.date) -> dict[str, Any]:
    return {"as_of": as_of.toordinal(), **{k.replace(".", "__"): _scalar(v) for k, v in item.items()}}


EMPTY = "∅"


def _scalar(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, list):
        return [_scalar(v) for v in value] or [EMPTY]
    return value
