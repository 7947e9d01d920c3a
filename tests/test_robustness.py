"""The engine under load and abuse: state limits, threads, crashed workers, determinism."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from engine.loading import load
from engine.runtime import EngineUnavailable, ProcessEngine
from support import fixture_files, load_fixture

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _descriptions():
    return [load(p.read_bytes()) for p in EXAMPLES] + [load_fixture(p) for p in fixture_files()[:40]]


def test_twenty_thousand_sequential_evaluations(catalogue):
    """durable-rules holds at most 1,024 live states per ruleset; each evaluation must delete its own.

    Every evaluation asserts into every ruleset (and once per list item into the item rulesets),
    so 20,000 evaluations make 20,000+ sessions per ruleset. The foundation slice (ten
    requirements in four jurisdictions, with their classifications) keeps the test short; every
    answer must equal the first one for its description, so a corrupted state pool would show.
    """
    import dataclasses

    from engine.evaluator import Evaluator
    from service.bench import FOUNDATION

    small = dataclasses.replace(catalogue, requirements=tuple(r for r in catalogue.requirements if r.id in FOUNDATION))
    evaluator = Evaluator(small)  # built and used on this thread only
    assert len(small.requirements) == len(FOUNDATION) and evaluator.program.item_rulesets
    descriptions = _descriptions()
    day = dt.date(2026, 12, 1)
    expected = [(r.verdict, r.counts) for r in (evaluator.evaluate(d, day) for d in descriptions)]
    assert len({v for v, _ in expected}) > 1
    for i in range(20_000):
        result = evaluator.evaluate(descriptions[i % len(descriptions)], day)
        assert (result.verdict, result.counts) == expected[i % len(descriptions)], i


ROUNDS = 8


def test_sixteen_threads_share_one_engine_safely(engine):
    descriptions = _descriptions()[:16]
    expected = [engine.evaluate(d).model_dump_json() for d in descriptions]
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            results[n] = [engine.evaluate(descriptions[(n + i) % 16]).model_dump_json() for i in range(ROUNDS)]
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # force frequent thread switches
    try:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors
    for n, outputs in results.items():
        assert outputs == [expected[(n + i) % 16] for i in range(ROUNDS)]


def test_results_are_byte_identical_across_runs_and_processes(engine):
    flagship = EXAMPLES[0].read_bytes()
    here = engine.evaluate(load(flagship)).model_dump_json()
    assert engine.evaluate(load(flagship)).model_dump_json() == here
    code = (
        "import sys; from engine.loading import load; from engine.runtime import Engine; e = Engine(); "
        f"sys.stdout.write(e.evaluate(load(open({str(EXAMPLES[0])!r}, 'rb').read())).model_dump_json()); e.close()"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert other == here


def test_a_killed_engine_worker_is_replaced():
    pool = ProcessEngine(workers=1)
    try:
        description = load(EXAMPLES[0].read_bytes())
        assert pool.evaluate(description).verdict
        (pid,) = pool._pool._processes.keys()  # the one worker process
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(EngineUnavailable):
            pool.evaluate(description)
        assert pool.evaluate(description).verdict  # a fresh pool took over
    finally:
        pool.close()


def test_evaluation_needs_an_explicit_date(engine):
    description = load(b"schema_version: 1\nname: undated\n")
    with pytest.raises(ValueError, match="as-of date"):
        engine.evaluate(description)
    assert engine.evaluate(description, dt.date(2026, 12, 1)).as_of == dt.date(2026, 12, 1)
