"""API keys (only a SHA-256 of each key is stored) and the per-key rate limit.

A key looks like ``bk_1a2b3c4d_<43 characters>``: ``bk_1a2b3c4d`` is its public prefix (shown in
listings, the audit log and ``bentham apikey revoke``), the rest is 256 random bits. Because the
secret is high-entropy, a fast hash is enough: nobody can guess their way to a preimage.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from dataclasses import dataclass

KEY_PREFIX = "bk_"


def new_key() -> tuple[str, str]:
    """A fresh ``(key, prefix)``; the prefix is stored without the ``bk_`` marker."""
    prefix = secrets.token_hex(4)
    return f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}", prefix


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(key: str) -> str | None:
    """The stored prefix of a presented key, or None if it is not shaped like one of ours."""
    if not key.startswith(KEY_PREFIX):
        return None
    prefix, sep, secret = key[len(KEY_PREFIX):].partition("_")
    if not sep or len(prefix) != 8 or not secret or len(key) > 200:
        return None
    return prefix


def normalise_prefix(text: str) -> str:
    """``bk_1a2b3c4d``, ``1a2b3c4d`` or a whole key → ``1a2b3c4d``."""
    text = text.strip()
    if text.startswith(KEY_PREFIX):
        text = text[len(KEY_PREFIX):]
    return text.split("_", 1)[0]


def matches(key: str, stored_sha256: str) -> bool:
    return hmac.compare_digest(hash_key(key), stored_sha256)


@dataclass(frozen=True)
class Principal:
    """Who is calling: a tenant, and the key used (None in local mode)."""

    tenant_id: int
    tenant: str
    key_prefix: str | None = None
    key_id: int | None = None


class RateLimiter:
    """In-memory token buckets, one per key (per server process)."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, who: str) -> float:
        """0 if the request may go ahead, else the seconds to wait before retrying."""
        if not self.enabled:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(who, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[who] = (tokens - 1.0, now)
                return 0.0
            self._buckets[who] = (tokens, now)
            return (1.0 - tokens) / self.rate


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


class KeyCache:
    """Successful lookups, kept for a few seconds so each request does not hit the database.

    Revoking a key takes effect in every server process within ``ttl`` seconds.
    """

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._items: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    def get(self, key_sha256: str) -> Principal | None:
        if self.ttl <= 0:
            return None
        with self._lock:
            item = self._items.get(key_sha256)
        if item is None or item[0] < time.monotonic():
            return None
        return item[1]

    def put(self, key_sha256: str, principal: Principal) -> None:
        if self.ttl <= 0:
            return
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[key_sha256] = (time.monotonic() + self.ttl, principal)
