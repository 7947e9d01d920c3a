#!/usr/bin/env python
"""Bounded load test of ``bentham serve`` on loopback (not part of the test suite).

Starts ``bentham serve`` (API keys required, rate limit off) on a free 127.0.0.1 port against
SQLite (a temporary file) or PostgreSQL (a fresh schema, dropped afterwards), creates a key, and
drives POST /v1/evaluate and POST /v1/assessments with N concurrent clients for a fixed time
(wrk if installed, else httpx). Prints one JSON document with requests/s, p50 and p99.

    .venv/bin/python benchmarks/load.py --backend sqlite --clients 32 --duration 10
    .venv/bin/python benchmarks/load.py --backend postgresql
    .venv/bin/python benchmarks/load.py --backend sqlite --endpoints report --clients 2 --duration 30
    .venv/bin/python benchmarks/load.py --same     # identical bodies: the result cache answers

Every request body is distinct by default (the same description, renamed), so every request is
evaluated; ``--same`` sends one body over and over, which the service's result cache answers.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service import storage  # noqa: E402
from service.db import Database  # noqa: E402
from service.loadgen import free_port, run_load, served  # noqa: E402

ENDPOINTS = {"evaluate": "/v1/evaluate", "assessments": "/v1/assessments", "report": "/v1/report"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--postgres-url", default=os.environ.get("BENTHAM_TEST_POSTGRES_URL")
                        or "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per endpoint (bounded)")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=1, help="bentham serve --workers")
    parser.add_argument("--engine-workers", type=int, default=None, help="BENTHAM_ENGINE_WORKERS per server process")
    parser.add_argument("--endpoints", default="evaluate,assessments")
    parser.add_argument("--body", type=Path, default=ROOT / "examples" / "keystroke-ai-training.yaml")
    parser.add_argument("--tool", choices=("auto", "wrk", "httpx"), default="auto")
    parser.add_argument("--same", action="store_true", help="send one identical body (measures the result cache)")
    args = parser.parse_args()
    if args.duration > 120:
        parser.error("--duration is bounded to 120 s")

    import sqlalchemy as sa

    schema = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.backend == "sqlite":
            url = f"sqlite:///{tmp}/bench.db"
        else:
            schema = f"bentham_bench_{secrets.token_hex(4)}"
            base = sa.make_url(args.postgres_url)
            admin = sa.create_engine(base)
            with admin.begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            url = base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
        try:
            db = Database(url)
            db.upgrade()
            key, _ = storage.create_key(db, "bench")
            db.dispose()
            env = {"BENTHAM_DATABASE_URL": url, "BENTHAM_RATE_LIMIT": "0"}
            if args.engine_workers:
                env["BENTHAM_ENGINE_WORKERS"] = str(args.engine_workers)
            port = free_port()
            body = args.body.read_bytes()
            media = "application/json" if args.body.suffix == ".json" else "application/yaml"
            headers = {"Authorization": f"Bearer {key}"}
            results = {"backend": args.backend, "server_workers": args.workers, "cpus": os.cpu_count(), "body": args.body.name,
                       "body_bytes": len(body), "bodies": "identical" if args.same else "distinct", "endpoints": {}}
            with served(env, ["--workers", str(args.workers), "--log-level", "warning"], port):
                for name in args.endpoints.split(","):
                    target = f"http://127.0.0.1:{port}{ENDPOINTS[name]}"
                    if args.warmup:
                        run_load(target, body, media, headers, clients=args.clients, duration=args.warmup, tool=args.tool,
                                 vary=not args.same)
                    results["endpoints"][name] = run_load(target, body, media, headers, clients=args.clients,
                                                          duration=args.duration, tool=args.tool, vary=not args.same)
            if "assessments" in results["endpoints"]:
                db = Database(url)
                with db.read() as conn:
                    results["assessments_stored"] = conn.execute(sa.text("SELECT count(*) FROM assessments")).scalar()
                db.dispose()
        finally:
            if schema:
                with admin.begin() as conn:
                    conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
                admin.dispose()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
