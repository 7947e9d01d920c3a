"""PDF rendering in a separate process pool, bounded and with a timeout.

WeasyPrint is CPU-heavy and not something to run on the event loop or in the engine workers, so
reports get their own small pool (``BENTHAM_RENDER_WORKERS``; two workers give about twice the
throughput on two free cores, see ``python -m reports.bench``). Each worker warms up in its
initializer (WeasyPrint, template, stylesheet and fonts loaded, a small page laid out), so the
first real request is rendered warm instead of paying ~1 s of start-up. A render that takes
longer than the timeout, a full queue or a dead worker all answer 503 with Retry-After; the pool
is replaced (stuck workers are terminated) so the next request starts clean.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
from concurrent.futures.process import BrokenProcessPool
import multiprocessing
import threading


class RendererUnavailable(RuntimeError):
    pass


def _render_init() -> None:
    """Import WeasyPrint and warm the renderer once per worker, before the first request."""
    from reports.render import warm_up

    try:
        warm_up()
    except Exception:  # noqa: BLE001 - a failed warm-up must not kill the worker; the real render reports errors
        pass


def _render(result_json: str, description_json: str, source: bytes | None) -> bytes:
    from engine.description import DeploymentDescription
    from engine.model import Result
    from reports.render import render_pdf

    result = Result.model_validate_json(result_json)
    description = DeploymentDescription.model_validate_json(description_json)
    return render_pdf(result, description, source)


def _ready() -> bool:
    """A no-op task: submitting one per worker makes every worker start (and warm up) at once."""
    return True


class RenderPool:
    def __init__(self, workers: int = 2, max_pending: int = 8, timeout: float = 60.0) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        self._pending = threading.BoundedSemaphore(max(1, max_pending))
        self._lock = threading.Lock()
        self._pool: cf.ProcessPoolExecutor | None = None

    def _get(self) -> cf.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = cf.ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_render_init
                )
                # Start every worker now rather than one per request: they warm up in parallel, so
                # a burst of requests after the first finds warm workers.
                for _ in range(self.workers):
                    self._pool.submit(_ready)
            return self._pool

    def prewarm(self) -> None:
        """Start and warm the workers in the background (call at service start-up; returns at once)."""
        self._get()

    def _replace(self, broken: cf.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        for proc in list((getattr(broken, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.terminate()
        broken.shutdown(wait=False, cancel_futures=True)

    async def render(self, result_json: str, description_json: str, source: bytes | None) -> bytes:
        if not self._pending.acquire(blocking=False):
            raise RendererUnavailable("the report renderer is busy")
        try:
            pool = self._get()
            try:
                future = pool.submit(_render, result_json, description_json, source)
                return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
            except TimeoutError:
                self._replace(pool)
                raise RendererUnavailable(f"the report took longer than {self.timeout:g} s") from None
            except BrokenProcessPool:
                self._replace(pool)
                raise RendererUnavailable("a renderer process died; it has been replaced") from None
        finally:
            self._pending.release()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def available() -> bool:
    try:
        import reports.render  # noqa: F401
    except Exception:  # noqa: BLE001 - any import failure means no reports
        return False
    return True


