"""Run evaluations safely: one engine thread per process, or a pool of engine processes.

durable-rules is not thread-safe, so every call into it happens on one dedicated thread that
builds the engine (never at import time) and owns it. Callers on any thread (CLI, tests, the
web service's event loop) submit work to that thread. For throughput and crash isolation,
:class:`ProcessEngine` runs one such engine per worker process; a worker that dies is replaced.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import datetime as dt
import importlib
import threading
from dataclasses import dataclass
from typing import Any

from .catalogue import Catalogue
from .description import DeploymentDescription
from .model import Result


class EngineUnavailable(RuntimeError):
    """The engine cannot take the evaluation right now (a worker died or the pool is saturated)."""


def load_catalogue(spec: str) -> Catalogue:
    """``"package.module:attribute"`` → the Catalogue (a callable attribute is called)."""
    module, _, attribute = spec.partition(":")
    value = getattr(importlib.import_module(module), attribute or "CATALOGUE")
    return value() if callable(value) else value


DEFAULT_CATALOGUE = "jurisdictions:catalogue"


@dataclass(frozen=True)
class Evaluated:
    """A finished evaluation as the service uses it: the Result's JSON and the fields it files it under.

    Serialising a Result (tens of kilobytes for a real description) is most of the cost of
    answering a request, so it is done once, where the evaluation ran; the JSON is sent and
    stored as is, and a :class:`Result` object is only rebuilt (:meth:`result`) when needed.
    """

    json: str
    name: str
    as_of: dt.date
    verdict: str
    input_sha256: str
    catalogue_version: str
    catalogue_sha256: str

    @classmethod
    def of(cls, result: Result) -> Evaluated:
        return cls(
            json=result.model_dump_json(), name=result.name, as_of=result.as_of, verdict=result.verdict.value,
            input_sha256=result.input_sha256, catalogue_version=result.catalogue.version,
            catalogue_sha256=result.catalogue.sha256,
        )

    def result(self) -> Result:
        return Result.model_validate_json(self.json)


class Engine:
    """Evaluations serialised through one thread that owns the rules engine."""

    def __init__(self, catalogue: Catalogue | str = DEFAULT_CATALOGUE) -> None:
        self._spec = catalogue
        self._local = threading.local()
        self._executor = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="bentham-engine")
        self._ready = self._executor.submit(self._build)

    def _build(self) -> None:
        from .evaluator import Evaluator

        catalogue = load_catalogue(self._spec) if isinstance(self._spec, str) else self._spec
        self._local.evaluator = Evaluator(catalogue)

    def call(self, fn: Any) -> Any:
        """Run ``fn(evaluator)`` on the engine thread and return its result (benchmarks, introspection)."""
        self._ready.result()
        return self._executor.submit(lambda: fn(self._local.evaluator)).result()

    def _run(self, description: DeploymentDescription, as_of: dt.date | None, jurisdictions: list[str] | None) -> Result:
        return self._local.evaluator.evaluate(description, as_of, jurisdictions)

    def submit(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> cf.Future[Result]:
        self._ready.result()
        return self._executor.submit(self._run, description, as_of, jurisdictions)

    def evaluate(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Result:
        return self.submit(description, as_of, jurisdictions).result()

    async def evaluate_async(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Result:
        return await asyncio.wrap_future(self.submit(description, as_of, jurisdictions))

    async def evaluate_json_async(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Evaluated:
        self._ready.result()
        future = self._executor.submit(lambda: Evaluated.of(self._run(description, as_of, jurisdictions)))
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        self._executor.shutdown(wait=True)


# --------------------------------------------------------------------------- process pool

_worker_engine: Any = None


def _worker_init(spec: str) -> None:
    global _worker_engine
    from .evaluator import Evaluator

    _worker_engine = Evaluator(load_catalogue(spec))


def _worker_evaluate(description_json: str, as_of: str | None, jurisdictions: list[str] | None) -> Evaluated:
    description = DeploymentDescription.model_validate_json(description_json)
    day = dt.date.fromisoformat(as_of) if as_of else None
    return Evaluated.of(_worker_engine.evaluate(description, day, jurisdictions))


class ProcessEngine:
    """A pool of engine processes: a crash in the C engine kills one worker, never the caller."""

    def __init__(self, workers: int = 2, catalogue: str = DEFAULT_CATALOGUE, max_pending: int = 256) -> None:
        self._spec = catalogue
        self._workers = workers
        self._lock = threading.Lock()
        self._pending = threading.BoundedSemaphore(max_pending)
        self._pool = self._new_pool()

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        import multiprocessing

        return cf.ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_init,
            initargs=(self._spec,),
        )

    def warm_up(self) -> None:
        futures = [self._pool.submit(_worker_init, self._spec) for _ in range(self._workers)]
        for f in futures:
            f.result()

    async def evaluate_async(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Result:
        return (await self.evaluate_json_async(description, as_of, jurisdictions)).result()

    async def evaluate_json_async(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Evaluated:
        if not self._pending.acquire(blocking=False):
            raise EngineUnavailable("too many evaluations in flight")
        try:
            pool = self._pool
            try:
                future = pool.submit(
                    _worker_evaluate, description.model_dump_json(), as_of.isoformat() if as_of else None, jurisdictions
                )
                return await asyncio.wrap_future(future)
            except cf.process.BrokenProcessPool as exc:
                self._replace(pool)
                raise EngineUnavailable("an engine worker died; it has been replaced") from exc
        finally:
            self._pending.release()

    def evaluate(
        self, description: DeploymentDescription, as_of: dt.date | None = None, jurisdictions: list[str] | None = None
    ) -> Result:
        return asyncio.run(self.evaluate_async(description, as_of, jurisdictions))

    def _replace(self, broken: cf.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
