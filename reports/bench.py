"""Measure report rendering: warm latency of the flagship, and throughput with two processes.

``python -m reports.bench [iterations]`` prints the dict that :func:`run` returns.
Each worker process evaluates the flagship once, renders it once to warm up (fonts, CSS,
WeasyPrint import), then renders it repeatedly; only the repeated renders are timed.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

FLAGSHIP = Path(__file__).resolve().parent.parent / "examples" / "keystroke-ai-training.yaml"

_state: dict[str, Any] = {}


def _prepare() -> None:
    """Evaluate the flagship and warm the renderer (in this process)."""
    from engine.loading import load
    from engine.runtime import Engine

    from .render import render_pdf

    source = FLAGSHIP.read_bytes()
    description = load(source)
    engine = Engine()
    try:
        result = engine.evaluate(description)
    finally:
        engine.close()
    pdf = render_pdf(result, description, source)
    _state.update(source=source, description=description, result=result, pages=_pages(pdf), size=len(pdf))


def _pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _render_n(n: int) -> list[tuple[float, float]]:
    """``n`` renders of the flagship: (wall seconds, CPU seconds of this process) each."""
    from .render import render_pdf

    if not _state:
        _prepare()
    times = []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        render_pdf(_state["result"], _state["description"], _state["source"])
        times.append((time.perf_counter() - t, time.process_time() - c))
    return times


def run(iterations: int = 7, processes: int = 2) -> dict[str, Any]:
    """``report_warm_s``: median warm render in this process; ``reports_per_s``: 2-process throughput."""
    _prepare()
    warm = _render_n(iterations)
    per_worker = max(2, iterations)
    # spawn, not fork: the parent has run engine and Pango threads
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(processes, mp_context=context, initializer=_prepare) as pool:
        # make sure both workers are initialised (and warm) before timing
        list(pool.map(_render_n, [1] * processes))
        start = time.perf_counter()
        pooled = [t for worker in pool.map(_render_n, [per_worker] * processes) for t in worker]
        elapsed = time.perf_counter() - start
    return {
        "report_warm_s": round(statistics.median(w for w, _ in warm), 3),
        "report_warm_min_s": round(min(w for w, _ in warm), 3),
        # CPU time is what the render costs when a core is free (robust against a busy machine)
        "report_warm_cpu_s": round(statistics.median(c for _, c in warm), 3),
        "reports_per_s": round(processes * per_worker / elapsed, 2),
        "reports_per_s_if_cores_free": round(processes / statistics.median(c for _, c in pooled), 2),
        "report_load_average_1min": round(os.getloadavg()[0], 2),
        # prefixed, so that `bentham bench --report` can merge these with the evaluation figures
        "report_processes": processes,
        "report_iterations": iterations,
        "report_pages": _state["pages"],
        "report_pdf_bytes": _state["size"],
        "report_findings": len(_state["result"].findings),
    }


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 7), indent=2))
