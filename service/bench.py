"""``bentham bench``: evaluation latency and throughput on the bundled examples (like ``opa bench``)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from engine.loading import load


def example_dir(explicit: Path | None = None) -> Path:
    for candidate in (explicit, Path.cwd() / "examples", Path(__file__).resolve().parents[1] / "examples"):
        if candidate and candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    raise FileNotFoundError("no examples/ directory with *.yaml descriptions found; pass --examples DIR")


def run(iterations: int = 3000, examples: Path | None = None, api: bool = False) -> dict[str, Any]:
    """Evaluate the examples round-robin on the engine thread; report per-evaluation latency."""
    from engine.runtime import Engine

    folder = example_dir(examples)
    descriptions = [load(p.read_bytes()) for p in sorted(folder.glob("*.yaml"))]
    def measure(evaluator: Any) -> tuple[list[float], int, int]:
        for d in descriptions:  # warm-up
            evaluator.evaluate(d)
        timings = []
        for i in range(iterations):
            d = descriptions[i % len(descriptions)]
            start = time.perf_counter()
            evaluator.evaluate(d)
            timings.append(time.perf_counter() - start)
        return timings, len(evaluator.catalogue.requirements), evaluator.program.rule_count

    engine = Engine()
    try:
        # The evaluator belongs to the engine thread: measure there.
        timings, requirements, rules = engine.call(measure)
    finally:
        engine.close()
    timings.sort()
    figures = {
        "examples": len(descriptions),
        "requirements": requirements,
        "rules": rules,
        "iterations": iterations,
        "evaluate_p50_ms": round(statistics.median(timings) * 1000, 3),
        "evaluate_p99_ms": round(timings[int(len(timings) * 0.99) - 1] * 1000, 3),
        "evaluations_per_s": round(len(timings) / sum(timings), 1),
    }
    if api:
        figures.update(api_figures(folder))
    return figures


def api_figures(folder: Path, clients: int = 32, duration: float = 5.0) -> dict[str, Any]:
    """``POST /v1/evaluate`` through ``bentham serve --local`` on loopback (temporary SQLite file)."""
    import tempfile

    from .loadgen import free_port, run_load, served

    body = sorted(folder.glob("*.yaml"))[0].read_bytes()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"BENTHAM_DATABASE_URL": f"sqlite:///{tmp}/bench.db", "BENTHAM_RATE_LIMIT": "0"}
        with served(env, ["--local", "--log-level", "warning"], port):
            run_load(f"http://127.0.0.1:{port}/v1/evaluate", body, duration=1.0, clients=clients)  # warm-up
            load = run_load(f"http://127.0.0.1:{port}/v1/evaluate", body, duration=duration, clients=clients)
    return {
        "api_clients": clients,
        "api_evaluate_rps": load["rps"],
        "api_p50_ms": load["p50_ms"],
        "api_p99_ms": load["p99_ms"],
        "api_non_2xx": load["non_2xx"],
        "api_tool": load["tool"],
    }
