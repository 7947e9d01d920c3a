"""PDF rendering in a separate process pool, bounded and with a timeout.

WeasyPrint is CPU-heavy and not something to run on the event loop or in the engine workers, so
reports get their own small pool (``BENTHAM_RENDER_WORKERS``, default 1). A render that takes
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
    import reports.render  # noqa: F401 - import WeasyPrint once per worker, before the first request


def _render(result_json: str, description_json: str, source: bytes | None) -> bytes:
    from engine.description import DeploymentDescription
    from engine.model import Result
    from reports.render import render_pdf

    result = Result.model_validate_json(result_json)
    description = DeploymentDescription.model_validate_json(description_json)
    return render_pdf(result, description, source)


class RenderPool:
    def __init__(self, workers: int = 1, max_pending: int = 8, timeout: float = 60.0) -> None:
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
            return self._pool

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


