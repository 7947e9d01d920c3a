"""Service settings, read once from the environment (``BENTHAM_*``).

Every knob has a default that makes ``bentham serve --local`` work with nothing else set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from engine.loading import MAX_BYTES

DEFAULT_DATABASE_URL = "sqlite:///./bentham.db"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}") from None


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def database_url_from_env() -> str:
    url = os.environ.get("BENTHAM_DATABASE_URL", "").strip()
    if not url:
        return DEFAULT_DATABASE_URL
    if "://" not in url:  # a bare path means a SQLite file
        return f"sqlite:///{Path(url).expanduser()}"
    return url


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    #: single-user mode: no keys, one built-in tenant, loopback only
    local: bool = False
    local_tenant: str = "local"
    max_body_bytes: int = MAX_BYTES
    #: per-key token bucket: sustained requests per second and burst size (0 disables the limit)
    rate_per_second: float = 50.0
    rate_burst: int = 100
    #: how long a successful key lookup is cached in this process (revocation latency)
    auth_cache_seconds: float = 5.0
    #: engine processes per server process (0 = use the thread engine, for tests and tiny hosts)
    engine_workers: int = field(default_factory=lambda: os.cpu_count() or 2)
    engine_max_pending: int = 256
    #: finished evaluations kept for identical repeat requests (0 disables; see service/cache.py)
    result_cache_entries: int = 256
    #: PDF renderer processes per server process, queued renders beyond which answer 503, timeout
    render_workers: int = 2
    #: start and warm the renderer processes at start-up (``bentham serve``), not on the first report
    render_prewarm: bool = False
    render_max_pending: int = 8
    render_timeout_seconds: float = 120.0
    #: seconds of waiting for a database connection before answering 503
    db_pool_timeout: float = 5.0
    db_pool_size: int = 10
    #: apply migrations on start-up
    migrate: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        base = cls(
            database_url=database_url_from_env(),
            local=_bool("BENTHAM_LOCAL", False),
            max_body_bytes=min(_int("BENTHAM_MAX_BODY_BYTES", MAX_BYTES), MAX_BYTES),
            rate_per_second=_float("BENTHAM_RATE_LIMIT", 50.0),
            rate_burst=_int("BENTHAM_RATE_BURST", 100),
            auth_cache_seconds=_float("BENTHAM_AUTH_CACHE_SECONDS", 5.0),
            engine_workers=_int("BENTHAM_ENGINE_WORKERS", os.cpu_count() or 2),
            engine_max_pending=_int("BENTHAM_ENGINE_MAX_PENDING", 256),
            result_cache_entries=_int("BENTHAM_RESULT_CACHE", 256),
            render_workers=_int("BENTHAM_RENDER_WORKERS", 2),
            render_prewarm=_bool("BENTHAM_RENDER_PREWARM", True),
            render_max_pending=_int("BENTHAM_RENDER_MAX_PENDING", 8),
            render_timeout_seconds=_float("BENTHAM_RENDER_TIMEOUT", 120.0),
            db_pool_timeout=_float("BENTHAM_DB_POOL_TIMEOUT", 5.0),
            db_pool_size=_int("BENTHAM_DB_POOL_SIZE", 10),
            migrate=_bool("BENTHAM_MIGRATE", True),
        )
        return replace(base, **overrides)  # type: ignore[arg-type]
