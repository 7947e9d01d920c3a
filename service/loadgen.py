"""A bounded HTTP load generator for the API (used by ``bentham bench`` and benchmarks/load.py).

``wrk`` is used when it is installed (it costs the server far less CPU than a Python client on a
small machine); otherwise an asyncio + httpx client. Either way: N concurrent connections for a
fixed duration against one endpoint, reporting requests/s, p50/p99 latency and non-2xx counts.

With ``vary``, every request's body is made unique without changing its meaning (a JSON body's
``name`` gets a counter, a YAML body a trailing comment), so that the service's result cache
(service/cache.py) cannot answer it: that measures evaluations, not cache hits.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = %(media)s
%(auth)s
local f = io.open(%(body)s, "rb")
wrk.body = f:read("*all")
f:close()
"""

WRK_VARY = """
local n = 0
local tag = tostring(math.random(1, 1000000000)) .. "-" .. tostring(os.time())
request = function()
  n = n + 1
  local b
  if %(json)s then
    b = string.gsub(wrk.body, '"name"%%s*:%%s*"', '%%0' .. tag .. "-" .. n .. " ", 1)
  else
    b = wrk.body .. "\\n# request " .. tag .. "-" .. n .. "\\n"
  end
  return wrk.format(nil, nil, nil, b)
end
"""


def varied(body: bytes, media: str, n: int) -> bytes:
    """``body`` made unique (request ``n``) with the same meaning; see the module docstring."""
    if media == "application/json":
        return re.sub(rb'"name"\s*:\s*"', lambda m: m.group(0) + f"{n} ".encode(), body, count=1)
    return body + f"\n# request {n}\n".encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _lua(text: str) -> str:
    return json.dumps(text)  # a JSON string literal is a valid Lua string literal for these values


def run_wrk(url: str, body: bytes, media: str, headers: dict[str, str], clients: int, duration: float,
            threads: int = 1, vary: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        body_path = Path(tmp) / "body"
        body_path.write_bytes(body)
        auth = "\n".join(f"wrk.headers[{_lua(k)}] = {_lua(v)}" for k, v in headers.items())
        script = Path(tmp) / "post.lua"
        text = WRK_SCRIPT % {"media": _lua(media), "auth": auth, "body": _lua(str(body_path))}
        if vary:
            text += WRK_VARY % {"json": "true" if media == "application/json" else "false"}
        script.write_text(text)
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{clients}", f"-d{max(1, round(duration))}s", "--timeout", "30s", "--latency", "-s", str(script), url],
            capture_output=True, text=True, timeout=duration + 60, check=True,
        ).stdout

    def ms(text: str) -> float:
        value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
        return round(float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit], 2)

    pct = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "tool": "wrk", "clients": clients, "duration_s": duration, "requests": total,
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), 1),  # type: ignore[union-attr]
        "p50_ms": ms(pct["50"]), "p99_ms": ms(pct["99"]),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(x) for x in errors.groups()) if errors else 0,
    }


async def _run_httpx(url: str, body: bytes, media: str, headers: dict[str, str], clients: int, duration: float,
                     vary: bool = False) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    counter = itertools.count()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30, headers=headers | {"content-type": media}) as client:
        deadline = time.perf_counter() + duration

        async def worker() -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    r = await client.post(url, content=varied(body, media, next(counter)) if vary else body)
                    code = r.status_code
                except httpx.HTTPError:
                    code = 0
                latencies.append(time.perf_counter() - started)
                statuses[code] = statuses.get(code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    n = len(latencies)
    return {
        "tool": "httpx", "clients": clients, "duration_s": duration, "requests": n, "rps": round(n / elapsed, 1),
        "p50_ms": round(latencies[n // 2] * 1000, 2) if n else None,
        "p99_ms": round(latencies[max(0, int(n * 0.99) - 1)] * 1000, 2) if n else None,
        "non_2xx": sum(v for k, v in statuses.items() if not 200 <= k < 300), "socket_errors": statuses.get(0, 0),
    }


def run_load(url: str, body: bytes, media: str = "application/yaml", headers: dict[str, str] | None = None,
             clients: int = 32, duration: float = 10.0, tool: str = "auto", vary: bool = False) -> dict[str, Any]:
    headers = headers or {}
    if tool == "wrk" or (tool == "auto" and shutil.which("wrk")):
        return run_wrk(url, body, media, headers, clients, duration, vary=vary)
    return asyncio.run(_run_httpx(url, body, media, headers, clients, duration, vary))


@contextlib.contextmanager
def served(env: dict[str, str], args: list[str], port: int, ready_timeout: float = 60.0):
    """Run ``bentham serve`` in a child process until the block ends (SIGTERM, then wait)."""
    import httpx

    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port), *args],
        env=os.environ | env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + ready_timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"bentham serve exited with {proc.returncode}:\n{log.read()[-3000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("bentham serve did not become ready")
            time.sleep(0.2)
        yield proc, log.name
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()
