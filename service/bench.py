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


#: The foundation issue's first slice of requirements, whose target was a 2 ms median.
FOUNDATION = (
    "EU-GDPR-5-1-C-MINIMISATION", "EU-GDPR-6-CONSENT-EMP", "EU-GDPR-12-13-14-NOTICE", "EU-GDPR-35-DPIA",
    "EU-AIA-5-1-F-EMOTION", "DE-BETRVG-87-1-6-CODET", "US-CA-CCPA-100-NOTICE", "US-CA-CPPA-7150-RA-SPI",
    "US-CA-LAB-435-PRIVATE-AREAS", "US-CA-PEN-632-RECORD",
)


def catalogue_of(requirements: list[str] | None) -> Any:
    """The shipped catalogue, or the part of it holding only ``requirements`` ("FOUNDATION" = the first slice)."""
    import dataclasses

    from engine.runtime import DEFAULT_CATALOGUE, load_catalogue

    catalogue = load_catalogue(DEFAULT_CATALOGUE)
    if not requirements:
        return catalogue
    wanted = set(FOUNDATION) if requirements == ["FOUNDATION"] else set(requirements)
    unknown = sorted(wanted - {r.id for r in catalogue.requirements})
    if unknown:
        raise ValueError(f"unknown requirement {', '.join(unknown)} (see `bentham rules list`)")
    return dataclasses.replace(catalogue, requirements=tuple(r for r in catalogue.requirements if r.id in wanted))


def run(
    iterations: int = 3000, examples: Path | None = None, api: bool = False, requirements: list[str] | None = None
) -> dict[str, Any]:
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

    engine = Engine(catalogue_of(requirements))
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
    """``POST /v1/evaluate`` through ``bentham serve --local`` on loopback (temporary SQLite file).

    The flagship description is sent as JSON, twice over: every request distinct (each one is
    evaluated: ``api_evaluate_rps``) and every request identical (answered from the result
    cache after the first: ``api_cached_rps``).
    """
    import json
    import tempfile

    from .loadgen import free_port, run_load, served

    source = folder / "keystroke-ai-training.yaml"
    if not source.exists():
        source = sorted(folder.glob("*.yaml"))[0]
    body = json.dumps(load(source.read_bytes()).model_dump(mode="json", exclude_none=True)).encode()
    media = "application/json"
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"BENTHAM_DATABASE_URL": f"sqlite:///{tmp}/bench.db", "BENTHAM_RATE_LIMIT": "0"}
        with served(env, ["--local", "--log-level", "warning"], port):
            url = f"http://127.0.0.1:{port}/v1/evaluate"
            run_load(url, body, media, duration=1.0, clients=clients, vary=True)  # warm-up
            fresh = run_load(url, body, media, duration=duration, clients=clients, vary=True)
            cached = run_load(url, body, media, duration=duration, clients=clients)
    return {
        "api_body": f"{source.name} as JSON ({len(body)} bytes)",
        "api_clients": clients,
        "api_evaluate_rps": fresh["rps"],
        "api_p50_ms": fresh["p50_ms"],
        "api_p99_ms": fresh["p99_ms"],
        "api_cached_rps": cached["rps"],
        "api_cached_p50_ms": cached["p50_ms"],
        "api_cached_p99_ms": cached["p99_ms"],
        "api_non_2xx": fresh["non_2xx"] + cached["non_2xx"],
        "api_tool": fresh["tool"],
    }
