"""Helpers shared by the service tests (a module of its own: ``conftest`` is not importable by name
when several test folders each have one)."""

from __future__ import annotations

import secrets

from fastapi.testclient import TestClient

from service import storage
from service.db import Database


def new_tenant(db: Database, name: str | None = None) -> dict[str, str]:
    """A fresh tenant with one key; returns the request headers (and the prefix and tenant name)."""
    tenant = name or f"team-{secrets.token_hex(4)}"
    key, prefix = storage.create_key(db, tenant)
    return {"authorization": f"Bearer {key}", "x-prefix": prefix, "x-tenant": tenant}


def auth_only(headers: dict[str, str]) -> dict[str, str]:
    return {"authorization": headers["authorization"]}


def post_assessment(client: TestClient, headers: dict[str, str], body: bytes, media: str = "application/yaml",
                    **extra: str) -> dict:
    r = client.post("/v1/assessments", content=body, headers=auth_only(headers) | {"content-type": media} | extra)
    assert r.status_code == 201, r.text
    return r.json()
