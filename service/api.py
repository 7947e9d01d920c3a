"""The HTTP API: stateless evaluation and reports, and stored assessments per tenant.

The rules engine is built in the lifespan (never at import): a pool of engine processes in
``bentham serve`` (a crash kills one worker, which is replaced), or a given engine in tests.
Database calls are synchronous SQLAlchemy run in Starlette's thread pool; PDFs render in their
own process pool. The event loop only parses, routes and awaits.

Errors are RFC 9457 problem documents that name the failing fields; overload, a dead worker or
an unreachable database answer 503 with Retry-After, never a stack trace.
"""

from __future__ import annotations

import asyncio
from concurrent.futures.process import BrokenProcessPool
import datetime as dt
import hashlib
import json
import time
from contextlib import asynccontextmanager
from typing import Annotated, Any

import sqlalchemy.exc
from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from engine import __version__
from engine.description import DeploymentDescription, json_schema
from engine.loading import MAX_BYTES, DescriptionError, load
from engine.model import Result, Status, Verdict
from engine.runtime import Engine, EngineUnavailable, Evaluated

from . import auth, storage
from .cache import ResultCache, cache_key
from .db import Database
from .logs import log
from .rendering import RendererUnavailable, RenderPool
from .settings import Settings

PROBLEM = "application/problem+json"
PDF = "application/pdf"
ACCEPTED_MEDIA = ("application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain")
KEY_USE_INTERVAL = 300.0  # seconds between "key_use" audit entries per key and process
ENGINE_TIMEOUT = 30.0

FLAGSHIP_EXAMPLE = {
    "schema_version": 1,
    "name": "Keystroke capture to train AI agents",
    "assessment_date": "2026-12-01",
    "organisation": {"legal_form": "for_profit", "establishments": ["US", "DE"], "does_business_in_california": True},
    "workforce": [
        {"country": "US", "region": "US-CA", "roles": ["employee"]},
        {"country": "DE", "roles": ["employee"], "representation": {"works_council": True}},
    ],
    "monitoring": {"techniques": ["keystroke_logging", "mouse_tracking", "screenshots"], "keystroke_capture": "full_content"},
    "purposes": ["ai_model_training"],
}
FLAGSHIP_YAML = """schema_version: 1
name: Keystroke capture to train AI agents
assessment_date: 2026-12-01
organisation: {legal_form: for_profit, establishments: [US, DE], does_business_in_california: true}
workforce:
  - {country: US, region: US-CA, roles: [employee]}
  - {country: DE, roles: [employee], representation: {works_council: true}}
monitoring: {techniques: [keystroke_logging, mouse_tracking, screenshots], keystroke_capture: full_content}
purposes: [ai_model_training]
"""
EXAMPLE_ID = "0b6f3c1e-8d4a-4f2b-9a57-3c2d1e0f9a8b"
EXAMPLE_SHA = "9f2c5b0e" * 8


# --------------------------------------------------------------------------- response models (for OpenAPI)


class CatalogueRef(BaseModel):
    version: str = Field(description="Catalogue version the result was computed with")
    sha256: str = Field(description="SHA-256 of that catalogue: the result is reproducible from input + catalogue")


class Links(BaseModel):
    self: str
    report: str
    description: str
    audit: str


class AssessmentSummary(BaseModel):
    id: str = Field(description="Opaque identifier (UUID)")
    name: str = Field(description="The description's `name`")
    created_at: dt.datetime
    as_of: dt.date = Field(description="The date whose law was applied")
    jurisdictions: list[str] | None = Field(description="Jurisdictions requested (null: all in scope)")
    verdict: Verdict
    media_type: str = Field(description="Media type the description was submitted as")
    input_sha256: str = Field(description="SHA-256 of the canonical JSON of the description")
    catalogue: CatalogueRef
    reevaluates: str | None = Field(description="The assessment this one re-evaluates, if any (null once deleted)")
    links: Links


class Assessment(AssessmentSummary):
    result: Result


class StatusChange(BaseModel):
    id: str
    before: Status | None
    after: Status | None


class Reevaluation(Assessment):
    changes: list[StatusChange] = Field(description="Findings whose status differs from the re-evaluated assessment")


class AssessmentPage(BaseModel):
    items: list[AssessmentSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next (older) page; null on the last page")


class AuditEntry(BaseModel):
    seq: int
    at: dt.datetime
    action: str = Field(description="create, reevaluate, reevaluated, read, description, report, delete")
    key_prefix: str | None = Field(description="The API key that acted (null in local mode)")
    request_id: str | None
    detail: dict[str, Any] | None


class AuditLog(BaseModel):
    assessment_id: str
    entries: list[AuditEntry]


class ProblemDoc(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict[str, str]] | None = None


def _summary_example() -> dict[str, Any]:
    base = f"/v1/assessments/{EXAMPLE_ID}"
    return {
        "id": EXAMPLE_ID, "name": FLAGSHIP_EXAMPLE["name"], "created_at": "2026-12-01T09:30:00+00:00",
        "as_of": "2026-12-01", "jurisdictions": None, "verdict": "blocked", "media_type": "application/json",
        "input_sha256": EXAMPLE_SHA, "catalogue": {"version": "2026.12", "sha256": EXAMPLE_SHA}, "reevaluates": None,
        "links": {"self": base, "report": f"{base}/report.pdf", "description": f"{base}/description", "audit": f"{base}/audit"},
    }


def _problem_example(status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return {"model": ProblemDoc, "description": title, "content": {PROBLEM: {"example": body}}}


R401 = {401: _problem_example(401, "Unauthorized", "Send Authorization: Bearer <API key>.")}
R404 = {404: _problem_example(404, "Not found", "No assessment with this id.")}
R413 = {413: _problem_example(413, "Body too large", f"The limit is {MAX_BYTES} bytes.")}
R415 = {415: _problem_example(415, "Unsupported media type", "Send application/json or application/yaml.")}
R422 = {422: _problem_example(422, "Invalid deployment description", "The description does not match the facts contract.",
                              [{"path": "monitoring.technique", "message": "unknown field `technique`; did you mean `techniques`?"}])}
R429 = {429: _problem_example(429, "Too many requests", "Slow down; see Retry-After.")}
R503 = {503: _problem_example(503, "Engine unavailable", "An engine worker died; it has been replaced. Retry.")}
DESCRIPTION_BODY = {
    "requestBody": {
        "required": True,
        "description": "A deployment description (the facts contract), as JSON or YAML.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/DeploymentDescription"}, "example": FLAGSHIP_EXAMPLE},
            "application/yaml": {"schema": {"type": "string"}, "example": FLAGSHIP_YAML},
        },
    }
}


# --------------------------------------------------------------------------- problems


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.errors, self.headers = status, title, detail, errors, headers


async def read_limited(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it exceeds ``BENTHAM_MAX_BODY_BYTES``
    (declared or streamed: a chunked body without Content-Length is counted as it arrives)."""
    limit = request.app.state.settings.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Problem(413, "Body too large", f"The limit is {limit} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(413, "Body too large", f"The limit is {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def problem(status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None, **headers: str) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers or None)


def unavailable(title: str, detail: str, seconds: int = 1) -> Problem:
    return Problem(503, title, detail, headers={"Retry-After": str(seconds)})


NOT_FOUND = Problem(404, "Not found", "No assessment with this id.")


bearer = HTTPBearer(auto_error=False, description="An API key from `bentham apikey create`")


# --------------------------------------------------------------------------- dependencies

async def principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> auth.Principal:
    state = request.app.state
    if state.local is not None:
        request.state.tenant = state.local.tenant
        return state.local
    challenge = {"WWW-Authenticate": 'Bearer realm="bentham"'}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Problem(401, "Unauthorized", "Send Authorization: Bearer <API key>.", headers=challenge)
    key = credentials.credentials
    digest = auth.hash_key(key)
    who = state.keys.get(digest)
    if who is None:
        found = await run_in_threadpool(storage.authenticate, state.db, key)
        if found is None:
            raise Problem(401, "Unauthorized", "The API key is unknown or revoked.", headers=challenge)
        who, last_used = found
        state.keys.put(digest, who)
        if last_used is not None and (storage.now() - last_used).total_seconds() < KEY_USE_INTERVAL:
            state.key_use.setdefault(who.key_id, time.monotonic() - (storage.now() - last_used).total_seconds())
    request.state.tenant = who.tenant
    wait = state.limiter.take(who.key_prefix or "")
    if wait > 0:
        raise Problem(429, "Too many requests", f"The rate limit for this key is {state.limiter.rate:g} requests/s.",
                      headers={"Retry-After": auth.retry_after(wait)})
    last = state.key_use.get(who.key_id)
    if last is None or time.monotonic() - last > KEY_USE_INTERVAL:
        state.key_use[who.key_id] = time.monotonic()
        await run_in_threadpool(storage.record_key_use, state.db, who, request.state.request_id)
    return who

Who = Annotated[auth.Principal, Depends(principal)]
AssessmentId = Annotated[str, Path(description="Assessment id (UUID)", examples=[EXAMPLE_ID], max_length=64)]
AsOf = Annotated[dt.date | None, Query(description="Apply the law as of this date (default: the description's assessment_date)")]
Jurisdiction = Annotated[str | None, Query(description="Comma-separated jurisdiction codes, e.g. EU,DE,US-CA", max_length=200)]


# --------------------------------------------------------------------------- the application


def create_app(engine: Any = None, settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    """The ASGI app. ``engine``/``database`` given → used as is (and not closed); else built here."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        cfg = settings or Settings.from_env()
        db = database or Database(cfg.database_url, pool_size=cfg.db_pool_size, pool_timeout=cfg.db_pool_timeout)
        app.state.settings = cfg
        app.state.db = db
        app.state.limiter = auth.RateLimiter(cfg.rate_per_second, cfg.rate_burst)
        app.state.keys = auth.KeyCache(cfg.auth_cache_seconds)
        app.state.key_use = {}
        app.state.results = ResultCache(cfg.result_cache_entries)
        app.state.running = {}  # cache key -> the evaluation in progress (see evaluate_cached)
        app.state.renderer = RenderPool(cfg.render_workers, cfg.render_max_pending, cfg.render_timeout_seconds)
        if cfg.render_prewarm:
            app.state.renderer.prewarm()  # returns at once; the workers warm up in the background
        own_engine = engine is None
        try:
            if cfg.migrate:
                await run_in_threadpool(db.upgrade)
            app.state.local = None
            if cfg.local:
                tenant_id = await run_in_threadpool(storage.ensure_tenant_committed, db, cfg.local_tenant)
                app.state.local = auth.Principal(tenant_id, cfg.local_tenant)
                log.warning("local single-user mode: no API keys, every request acts as tenant %r", cfg.local_tenant,
                            extra={"mode": "local"})
            if own_engine:
                if cfg.engine_workers > 0:
                    from engine.runtime import ProcessEngine

                    eng = ProcessEngine(cfg.engine_workers, max_pending=cfg.engine_max_pending)
                    await run_in_threadpool(eng.warm_up)
                    # a worker's first evaluation is slow (lazy structures): pay it before traffic
                    probe = DeploymentDescription.model_validate({"schema_version": 1, "name": "warm-up"})
                    await asyncio.gather(*(eng.evaluate_async(probe, dt.date(2026, 1, 1), None)
                                           for _ in range(cfg.engine_workers * 2)), return_exceptions=True)
                else:
                    eng = Engine()
            else:
                eng = engine
            app.state.engine = eng
            log.info("ready", extra={"database": db.dialect, "engine_workers": cfg.engine_workers if own_engine else None})
            yield
        finally:
            # uvicorn calls this after in-flight requests finished (graceful shutdown)
            if own_engine and getattr(app.state, "engine", None) is not None:
                await run_in_threadpool(app.state.engine.close)
            await run_in_threadpool(app.state.renderer.close)
            if database is None:
                db.dispose()
            log.info("stopped")

    app = FastAPI(
        title="Bentham",
        version=__version__,
        summary="Workplace-monitoring compliance checks under EU and California law",
        description=(
            "Submit a deployment description (the facts contract, JSON or YAML) and get, requirement by "
            "requirement, what EU and California law says about it, dated and with citations. Stored "
            "assessments keep the description exactly as submitted, the result and the catalogue it was "
            "computed with; each team (tenant) sees only its own. Authenticate with `Authorization: Bearer "
            "<API key>` (`bentham apikey create --tenant NAME`); `bentham serve --local` needs no key. "
            "Errors are RFC 9457 problem documents. Results are research-grade analysis, not legal advice."
        ),
        lifespan=lifespan,
    )
    from .logs import RequestContext

    app.add_middleware(RequestContext)

    # ----------------------------------------------------------------------- error handlers

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem(exc.status, exc.title, exc.detail, exc.errors, **(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"path": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()]
        return problem(422, "Invalid request", "The request parameters are not valid.", errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Request failed")
        return problem(exc.status_code, title, str(exc.detail), **(exc.headers or {}))

    @app.exception_handler(sqlalchemy.exc.TimeoutError)
    async def _db_busy(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database pool exhausted")
        return problem(503, "Database busy", "All database connections are in use; retry shortly.", **{"Retry-After": "1"})

    @app.exception_handler(sqlalchemy.exc.OperationalError)
    async def _db_down(request: Request, exc: Exception) -> JSONResponse:
        log.error("database unavailable", exc_info=exc)
        return problem(503, "Database unavailable", "The database could not be reached; nothing was changed.",
                       **{"Retry-After": "2"})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return problem(500, "Internal error", "The request could not be completed; nothing was changed.")

    def rid(request: Request) -> str | None:
        return getattr(request.state, "request_id", None)

    async def read_body(request: Request) -> tuple[bytes, str]:
        media = (request.headers.get("content-type") or "application/json").split(";")[0].strip().lower()
        if media not in ACCEPTED_MEDIA:
            raise Problem(415, "Unsupported media type", f"Send application/json or application/yaml, not {media[:100]}.")
        return await read_limited(request), media

    def parse_description(body: bytes, media: str) -> DeploymentDescription:
        try:
            return load(body, media)
        except DescriptionError as exc:
            raise Problem(422, "Invalid deployment description", "The description does not match the facts contract.",
                          exc.errors) from None
        except (ValueError, TypeError, IndexError, KeyError, RecursionError) as exc:
            # a validator that trips over odd input is still the input's fault as far as the caller goes
            log.error("description loader failed", exc_info=exc)
            raise Problem(422, "Invalid deployment description", "The description could not be validated.",
                          [{"path": "", "message": f"the description could not be validated ({type(exc).__name__})"}]) from None

    def need_date(description: DeploymentDescription, as_of: dt.date | None) -> None:
        if as_of is None and description.assessment_date is None:
            raise Problem(422, "No assessment date", "Set assessment_date in the description or pass ?as_of=YYYY-MM-DD.",
                          [{"path": "assessment_date", "message": "required when as_of is not given"}])

    def codes_of(jurisdiction: str | None) -> list[str] | None:
        return [c.strip().upper() for c in jurisdiction.split(",") if c.strip()] if jurisdiction else None

    async def evaluate_body(request: Request, as_of: dt.date | None, jurisdiction: str | None
                            ) -> tuple[Evaluated, bytes, str, DeploymentDescription | None]:
        """Read, validate and evaluate the request body; an identical earlier request's result is reused.

        Returns the evaluation, the body and its media type, and the parsed description (None
        when the result came from the cache, where the body is not parsed again).
        """
        body, media = await read_body(request)
        evaluated, description = await evaluate_cached(request, body, media, as_of, codes_of(jurisdiction))
        return evaluated, body, media, description

    async def evaluate_cached(request: Request, body: bytes, media: str, as_of: dt.date | None, codes: list[str] | None
                              ) -> tuple[Evaluated, DeploymentDescription | None]:
        cache: ResultCache = request.app.state.results
        key = cache_key(media, as_of.isoformat() if as_of else None, codes, body)
        found = cache.get(key)
        if found is not None:
            return found, None

        async def compute() -> tuple[Evaluated, DeploymentDescription]:
            description = parse_description(body, media)
            need_date(description, as_of)
            evaluated = await evaluate_with(request, description, as_of, codes)
            cache.put(key, evaluated)
            return evaluated, description

        # Identical requests that arrive while the first is being evaluated share its evaluation
        # (or its error) instead of each queueing one. The evaluation is a task of its own, so a
        # caller that disconnects does not cancel it for the others.
        running: dict[str, asyncio.Future[tuple[Evaluated, DeploymentDescription]]] = request.app.state.running
        def finished(task: asyncio.Future[Any]) -> None:
            running.pop(key, None)
            if not task.cancelled():
                task.exception()  # retrieved here, so no "never retrieved" warning when nobody waited

        task = running.get(key)
        if task is None:
            task = running[key] = asyncio.ensure_future(compute())
            task.add_done_callback(finished)
        return await asyncio.shield(task)

    async def evaluate_with(request: Request, description: DeploymentDescription, as_of: dt.date | None,
                            codes: list[str] | None) -> Evaluated:
        eng = request.app.state.engine
        for attempt in (1, 2):
            try:
                return await asyncio.wait_for(eng.evaluate_json_async(description, as_of, codes), ENGINE_TIMEOUT)
            except EngineUnavailable as exc:
                # a dead worker was replaced: evaluation is pure, so one retry on the new pool is safe
                if attempt == 1 and isinstance(exc.__cause__, BrokenProcessPool):
                    log.warning("engine worker died; retrying on the replacement pool")
                    continue
                raise unavailable("Engine unavailable", str(exc)) from None
            except TimeoutError:
                raise unavailable("Engine unavailable", f"The evaluation took longer than {ENGINE_TIMEOUT:g} s.") from None
            except ValueError as exc:
                raise Problem(422, "Invalid request", str(exc), [{"path": "jurisdiction", "message": str(exc)}]) from None
        raise AssertionError("unreachable")

    async def render(request: Request, result_json: str, description: DeploymentDescription, source: bytes | None) -> bytes:
        try:
            return await request.app.state.renderer.render(result_json, description.model_dump_json(), source)
        except RendererUnavailable as exc:
            raise unavailable("Renderer unavailable", str(exc), 2) from None

    def pdf_response(pdf: bytes, filename: str) -> Response:
        return Response(pdf, media_type=PDF, headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    # ----------------------------------------------------------------------- operations

    @app.get("/healthz", tags=["operations"], summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], summary="Readiness: the database and the engine pool answer",
             responses={503: _problem_example(503, "Not ready", "database: unreachable")})
    async def readyz(request: Request) -> Any:
        checks: dict[str, str] = {}
        try:
            await asyncio.wait_for(run_in_threadpool(request.app.state.db.ping), 5)
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            checks["database"] = f"unavailable: {type(exc).__name__}"
        try:
            probe = DeploymentDescription.model_validate({"schema_version": 1, "name": "readiness probe"})
            await asyncio.wait_for(request.app.state.engine.evaluate_async(probe, dt.date(2026, 1, 1), None), 5)
            checks["engine"] = "ok"
        except Exception as exc:  # noqa: BLE001
            checks["engine"] = f"unavailable: {type(exc).__name__}"
        if all(v == "ok" for v in checks.values()):
            return {"status": "ready", "checks": checks}
        body = {"type": "about:blank", "title": "Not ready", "status": 503,
                "detail": "; ".join(f"{k}: {v}" for k, v in checks.items() if v != "ok"), "checks": checks}
        return JSONResponse(body, status_code=503, media_type=PROBLEM, headers={"Retry-After": "2"})

    # ----------------------------------------------------------------------- stateless

    @app.post("/v1/evaluate", response_model=Result, tags=["evaluation"], summary="Evaluate a deployment description (nothing is stored)",
              responses={**R401, **R413, **R415, **R422, **R429, **R503}, openapi_extra=DESCRIPTION_BODY)
    async def evaluate(request: Request, who: Who, as_of: AsOf = None, jurisdiction: Jurisdiction = None) -> Any:
        evaluated, _, _, _ = await evaluate_body(request, as_of, jurisdiction)
        return Response(evaluated.json, media_type="application/json")

    @app.post("/v1/report", tags=["evaluation"], summary="Evaluate and render the PDF/A-3 report (nothing is stored)",
              response_class=Response,
              responses={200: {"description": "The report", "content": {PDF: {"schema": {"type": "string", "format": "binary"}}}},
                         **R401, **R413, **R415, **R422, **R429, **R503},
              openapi_extra=DESCRIPTION_BODY)
    async def report(request: Request, who: Who, as_of: AsOf = None, jurisdiction: Jurisdiction = None) -> Response:
        evaluated, body, media, description = await evaluate_body(request, as_of, jurisdiction)
        pdf = await render(request, evaluated.json, description or parse_description(body, media), body)
        return pdf_response(pdf, f"bentham-{evaluated.input_sha256[:12]}.pdf")

    # ----------------------------------------------------------------------- stored assessments

    def summary(row: dict[str, Any]) -> dict[str, Any]:
        base = f"/v1/assessments/{row['id']}"
        return {
            "id": row["id"], "name": row["name"], "created_at": row["created_at"].isoformat(),
            "as_of": row["as_of"].isoformat(), "jurisdictions": row["jurisdictions"].split(",") if row["jurisdictions"] else None,
            "verdict": row["verdict"], "media_type": row["media_type"], "input_sha256": row["input_sha256"],
            "catalogue": {"version": row["catalogue_version"], "sha256": row["catalogue_sha256"]},
            "reevaluates": row["reevaluates_id"],
            "links": {"self": base, "report": f"{base}/report.pdf", "description": f"{base}/description", "audit": f"{base}/audit"},
        }

    def full(row: dict[str, Any], status: int = 200, extra: dict[str, Any] | None = None, **headers: str) -> Response:
        # the stored result JSON is returned exactly as stored
        head = json.dumps(summary(row) | (extra or {}), ensure_ascii=False)
        return Response(f'{head[:-1]}, "result": {row["result_json"]}}}', status_code=status, media_type="application/json",
                        headers=headers or None)

    def new_assessment(result: Evaluated, body: bytes, media: str, codes: list[str] | None, **extra: Any) -> storage.NewAssessment:
        return storage.NewAssessment(
            name=result.name, as_of=result.as_of, jurisdictions=",".join(codes) if codes else None, media_type=media,
            source=body, input_sha256=result.input_sha256, result_json=result.json,
            catalogue_version=result.catalogue_version, catalogue_sha256=result.catalogue_sha256,
            verdict=result.verdict, **extra,
        )

    @app.post(
        "/v1/assessments", status_code=201, response_model=Assessment, tags=["assessments"],
        summary="Evaluate a description and store the assessment",
        description=(
            "Stores the description exactly as received, its canonical SHA-256, the result and the catalogue "
            "version and hash, in one transaction with its audit entry. With `Idempotency-Key`, repeating the "
            "same request returns the same assessment (header `Idempotent-Replayed: true`); reusing the key "
            "for a different request is a 422."
        ),
        responses={201: {"description": "Created; `Location` names the new assessment",
                         "headers": {"Location": {"schema": {"type": "string"}, "description": "URL of the assessment"}},
                         "content": {"application/json": {"example": _summary_example() | {"result": "…the Result…"}}}},
                   **R401, **R413, **R415, **R422, **R429, **R503},
        openapi_extra=DESCRIPTION_BODY,
    )
    async def create_assessment(
        request: Request, who: Who, as_of: AsOf = None, jurisdiction: Jurisdiction = None,
        idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", min_length=1, max_length=255,
                                                      description="Any unique string (e.g. a UUID) chosen by the client")] = None,
    ) -> Response:
        body, media = await read_body(request)
        db = request.app.state.db
        fingerprint = None
        if idempotency_key is not None:
            fingerprint = hashlib.sha256(
                b"\0".join([media.encode(), str(as_of).encode(), (jurisdiction or "").encode(), body])
            ).hexdigest()
            try:
                existing = await run_in_threadpool(storage.find_idempotent, db, who.tenant_id, idempotency_key, fingerprint)
            except storage.IdempotencyConflict:
                raise idempotency_conflict() from None
            if existing is not None:
                return full(existing, 201, Location=existing_location(existing), **{"Idempotent-Replayed": "true"})
        codes = codes_of(jurisdiction)
        result, _ = await evaluate_cached(request, body, media, as_of, codes)
        new = new_assessment(result, body, media, codes, idempotency_key=idempotency_key, request_sha256=fingerprint)
        try:
            row, replayed = await run_in_threadpool(storage.create_assessment, db, who, new, rid(request))
        except storage.IdempotencyConflict:
            raise idempotency_conflict() from None
        headers = {"Location": existing_location(row)} | ({"Idempotent-Replayed": "true"} if replayed else {})
        return full(row, 201, **headers)

    def existing_location(row: dict[str, Any]) -> str:
        return f"/v1/assessments/{row['id']}"

    def idempotency_conflict() -> Problem:
        return Problem(422, "Idempotency key reused", "This Idempotency-Key was already used for a different request.",
                       [{"path": "header.Idempotency-Key", "message": "already used with another body or parameters"}])

    @app.get("/v1/assessments", response_model=AssessmentPage, tags=["assessments"], summary="List stored assessments, newest first",
             responses={200: {"content": {"application/json": {"example": {"items": [_summary_example()], "next_cursor": None}}}},
                        **R401, **R429})
    async def list_assessments(
        request: Request, who: Who,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size")] = 20,
        cursor: Annotated[str | None, Query(max_length=64, description="`next_cursor` of the previous page")] = None,
        verdict: Annotated[list[Verdict] | None, Query(description="Only these verdicts (repeat the parameter for several)")] = None,
        name: Annotated[str | None, Query(max_length=200, description="Case-insensitive substring of the name")] = None,
        created_after: Annotated[dt.datetime | None, Query(description="Created at or after (ISO 8601; UTC if no offset)")] = None,
        created_before: Annotated[dt.datetime | None, Query(description="Created before (ISO 8601; UTC if no offset)")] = None,
        as_of: Annotated[dt.date | None, Query(description="Only assessments of the law as of this date")] = None,
    ) -> Any:
        def utc(value: dt.datetime | None) -> dt.datetime | None:
            return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value

        try:
            rows, next_cursor = await run_in_threadpool(
                lambda: storage.list_assessments(
                    request.app.state.db, who.tenant_id, limit=limit, cursor=cursor,
                    verdicts=[v.value for v in verdict] if verdict else None, name=name,
                    created_after=utc(created_after), created_before=utc(created_before), as_of=as_of,
                )
            )
        except storage.InvalidCursor as exc:
            raise Problem(422, "Invalid request", str(exc), [{"path": "query.cursor", "message": str(exc)}]) from None
        return JSONResponse({"items": [summary(r) for r in rows], "next_cursor": next_cursor})

    @app.get("/v1/assessments/{assessment_id}", response_model=Assessment, tags=["assessments"], summary="One assessment, with its result",
             responses={200: {"content": {"application/json": {"example": _summary_example() | {"result": "…the Result…"}}}},
                        **R401, **R404, **R429})
    async def get_assessment(request: Request, who: Who, assessment_id: AssessmentId) -> Response:
        row = await run_in_threadpool(storage.read_assessment, request.app.state.db, who, assessment_id, rid(request))
        if row is None:
            raise NOT_FOUND
        return full(row)

    @app.get("/v1/assessments/{assessment_id}/description", tags=["assessments"], response_class=Response,
             summary="The description exactly as it was submitted (same bytes, same media type)",
             responses={200: {"content": {"application/json": {"example": FLAGSHIP_EXAMPLE},
                                          "application/yaml": {"example": FLAGSHIP_YAML}}}, **R401, **R404, **R429})
    async def get_description(request: Request, who: Who, assessment_id: AssessmentId) -> Response:
        row = await run_in_threadpool(storage.read_assessment, request.app.state.db, who, assessment_id, rid(request),
                                      "description")
        if row is None:
            raise NOT_FOUND
        return Response(row["source"], media_type=row["media_type"])

    @app.get("/v1/assessments/{assessment_id}/report.pdf", tags=["assessments"], response_class=Response,
             summary="The PDF/A-3 report, rendered from the stored description and result",
             responses={200: {"description": "The report", "content": {PDF: {"schema": {"type": "string", "format": "binary"}}}},
                        **R401, **R404, **R429, **R503})
    async def get_report(request: Request, who: Who, assessment_id: AssessmentId) -> Response:
        db = request.app.state.db
        row = await run_in_threadpool(storage.get_assessment, db, who.tenant_id, assessment_id)
        if row is None:
            raise NOT_FOUND
        description = stored_description(row)
        pdf = await render(request, row["result_json"], description, row["source"])
        await run_in_threadpool(storage.audit, db, who, "report", rid(request), assessment_id,
                                {"sha256": hashlib.sha256(pdf).hexdigest()})
        return pdf_response(pdf, f"bentham-{assessment_id}.pdf")

    def stored_description(row: dict[str, Any]) -> DeploymentDescription:
        try:
            return load(row["source"], row["media_type"])
        except (DescriptionError, ValueError) as exc:  # the contract tightened since it was stored
            raise Problem(422, "Stored description no longer valid", "The stored description does not match today's "
                          "facts contract.", getattr(exc, "errors", [{"path": "", "message": str(exc)}])) from None

    @app.post("/v1/assessments/{assessment_id}/reevaluate", status_code=201, response_model=Reevaluation, tags=["assessments"],
              summary="Evaluate a stored description again (another date, or the current catalogue)",
              description=("Creates a new assessment linked to this one (`reevaluates`), from the stored description; "
                           "`changes` lists the findings whose status moved. Default `as_of`: the original one, which "
                           "shows what a catalogue update changed; a later `as_of` shows how the law's timeline changes it."),
              responses={201: {"description": "Created", "headers": {"Location": {"schema": {"type": "string"}}}},
                         **R401, **R404, **R422, **R429, **R503})
    async def reevaluate(request: Request, who: Who, assessment_id: AssessmentId,
                         as_of: Annotated[dt.date | None, Query(description="Apply the law as of this date (default: the original as_of)")] = None) -> Response:
        db = request.app.state.db
        old = await run_in_threadpool(storage.get_assessment, db, who.tenant_id, assessment_id)
        if old is None:
            raise NOT_FOUND
        description = stored_description(old)
        codes = old["jurisdictions"].split(",") if old["jurisdictions"] else None
        result = await evaluate_with(request, description, as_of or old["as_of"], codes)
        new = new_assessment(result, old["source"], old["media_type"], codes, reevaluates_id=assessment_id)
        row, _ = await run_in_threadpool(storage.create_assessment, db, who, new, rid(request))
        before = {f["id"]: f["status"] for f in json.loads(old["result_json"])["findings"]}
        after = {f["id"]: f["status"] for f in json.loads(result.json)["findings"]}
        changes = [{"id": k, "before": before.get(k), "after": after.get(k)}
                   for k in sorted(before.keys() | after.keys()) if before.get(k) != after.get(k)]
        return full(row, 201, {"changes": changes}, Location=existing_location(row))

    @app.delete("/v1/assessments/{assessment_id}", status_code=204, tags=["assessments"], response_class=Response,
                summary="Delete an assessment (the audit log keeps that it existed and who deleted it)",
                responses={204: {"description": "Deleted"}, **R401, **R404, **R429})
    async def delete_assessment(request: Request, who: Who, assessment_id: AssessmentId) -> Response:
        if not await run_in_threadpool(storage.delete_assessment, request.app.state.db, who, assessment_id, rid(request)):
            raise NOT_FOUND
        return Response(status_code=204)

    @app.get("/v1/assessments/{assessment_id}/audit", response_model=AuditLog, tags=["assessments"],
             summary="The audit log of one assessment (kept after deletion)",
             responses={200: {"content": {"application/json": {"example": {"assessment_id": EXAMPLE_ID, "entries": [
                 {"seq": 1, "at": "2026-12-01T09:30:00+00:00", "action": "create", "key_prefix": "bk_1a2b3c4d",
                  "request_id": "5f0c…", "detail": {"input_sha256": EXAMPLE_SHA, "verdict": "blocked", "as_of": "2026-12-01"}}]}}}},
                        **R401, **R404, **R429})
    async def get_audit(request: Request, who: Who, assessment_id: AssessmentId) -> Any:
        entries = await run_in_threadpool(storage.audit_entries, request.app.state.db, who.tenant_id, assessment_id)
        if entries is None:
            raise NOT_FOUND
        return JSONResponse({"assessment_id": assessment_id,
                             "entries": [e | {"at": e["at"].isoformat()} for e in entries]})

    # ----------------------------------------------------------------------- catalogue (public)

    @app.get("/v1/requirements", tags=["catalogue"], summary="List requirements")
    async def requirements(jurisdiction: Jurisdiction = None) -> list[dict[str, Any]]:
        from jurisdictions import catalogue

        from .catalogue_doc import rule_summary

        try:
            items = catalogue().select(codes_of(jurisdiction))
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return [rule_summary(r) for r in items]

    @app.get("/v1/requirements/{requirement_id}", tags=["catalogue"], summary="One requirement, with its conditions",
             responses={**R404})
    async def requirement(requirement_id: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
        from jurisdictions import catalogue

        from .catalogue_doc import rule_summary

        item = catalogue().by_id.get(requirement_id.upper())
        if item is None:
            from jurisdictions import not_encoded

            why = not_encoded().get(requirement_id.upper())
            if why:
                raise HTTPException(404, f"{requirement_id.upper()} is a research row that is not a requirement: {why}")
            raise HTTPException(404, f"no requirement {requirement_id[:100]!r}")
        return rule_summary(item, full=True)

    @app.get("/v1/schema", tags=["catalogue"], summary="JSON Schema of the deployment description")
    async def schema() -> dict[str, Any]:
        return json_schema()

    original_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = original_openapi()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        for name, sub in DeploymentDescription.model_json_schema(ref_template="#/components/schemas/{model}").get("$defs", {}).items():
            schemas.setdefault(name, sub)
        top = DeploymentDescription.model_json_schema(ref_template="#/components/schemas/{model}")
        top.pop("$defs", None)
        schemas["DeploymentDescription"] = top
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]

    from .web import router as web_router  # the web form (HTML pages under /web); imported here: it imports this module

    app.include_router(web_router)
    return app
