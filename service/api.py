"""The HTTP API (stateless evaluation; stored assessments come with the service issue).

The rules engine is built in the lifespan (never at import) on its own thread; endpoints await
it, so the event loop never runs an evaluation. Errors are RFC 9457 problem documents that name
the failing fields.
"""

from __future__ import annotations

import datetime as dt
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from engine import __version__
from engine.description import DeploymentDescription
from engine.loading import MAX_BYTES, DescriptionError, load
from engine.model import Result
from engine.runtime import Engine, EngineUnavailable

PROBLEM = "application/problem+json"
ACCEPTED_MEDIA = ("application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain")

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


def problem(status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None, **headers: str) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers or None)


def create_app(engine: Engine | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.engine = engine or Engine()
        try:
            yield
        finally:
            if engine is None:
                app.state.engine.close()

    app = FastAPI(
        title="Bentham",
        version=__version__,
        summary="Workplace-monitoring compliance checks under EU and California law",
        description=(
            "Submit a deployment description (the facts contract, JSON or YAML) and get, requirement by "
            "requirement, what EU and California law says about it, dated and with citations. "
            "Results are research-grade analysis, not legal advice."
        ),
        lifespan=lifespan,
    )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"path": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()]
        return problem(422, "Invalid request", "The request parameters are not valid.", errors)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, "Request failed", str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return problem(500, "Internal error", "The request could not be completed; nothing was changed.")

    @app.get("/healthz", tags=["operations"], summary="Liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post(
        "/v1/evaluate",
        response_model=Result,
        tags=["evaluation"],
        summary="Evaluate a deployment description",
        responses={
            413: {"description": "Body larger than the limit", "content": {PROBLEM: {}}},
            415: {"description": "Not JSON or YAML", "content": {PROBLEM: {}}},
            422: {"description": "Invalid description; `errors` lists the field paths", "content": {PROBLEM: {}}},
            503: {"description": "Engine unavailable; retry", "content": {PROBLEM: {}}},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/DeploymentDescription"},
                        "example": FLAGSHIP_EXAMPLE,
                    },
                    "application/yaml": {"schema": {"type": "string"}},
                },
            }
        },
    )
    async def evaluate(
        request: Request,
        as_of: Annotated[dt.date | None, Query(description="Apply the law as of this date (default: the description's assessment_date)")] = None,
        jurisdiction: Annotated[str | None, Query(description="Comma-separated jurisdiction codes, e.g. EU,DE,US-CA")] = None,
    ) -> Any:
        media = (request.headers.get("content-type") or "application/json").split(";")[0].strip().lower()
        if media not in ACCEPTED_MEDIA:
            return problem(415, "Unsupported media type", f"Send application/json or application/yaml, not {media}.")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BYTES:
            return problem(413, "Body too large", f"The limit is {MAX_BYTES} bytes.")
        body = await request.body()
        if len(body) > MAX_BYTES:
            return problem(413, "Body too large", f"The limit is {MAX_BYTES} bytes.")
        try:
            description = load(body, media)
        except DescriptionError as exc:
            return problem(422, "Invalid deployment description", "The description does not match the facts contract.", exc.errors)
        codes = [c.strip().upper() for c in jurisdiction.split(",") if c.strip()] if jurisdiction else None
        if as_of is None and description.assessment_date is None:
            return problem(
                422, "No assessment date", "Set assessment_date in the description or pass ?as_of=YYYY-MM-DD.",
                [{"path": "assessment_date", "message": "required when as_of is not given"}],
            )
        try:
            result = await request.app.state.engine.evaluate_async(description, as_of, codes)
        except EngineUnavailable as exc:
            return problem(503, "Engine unavailable", str(exc), **{"Retry-After": "1"})
        except ValueError as exc:
            return problem(422, "Invalid request", str(exc), [{"path": "jurisdiction", "message": str(exc)}])
        return result

    @app.get("/v1/requirements", tags=["catalogue"], summary="List requirements")
    async def requirements(jurisdiction: str | None = None) -> list[dict[str, Any]]:
        from jurisdictions import catalogue

        from .catalogue_doc import rule_summary

        codes = [c.strip().upper() for c in jurisdiction.split(",")] if jurisdiction else None
        try:
            items = catalogue().select(codes)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return [rule_summary(r) for r in items]

    @app.get("/v1/requirements/{requirement_id}", tags=["catalogue"], summary="One requirement, with its conditions")
    async def requirement(requirement_id: str) -> dict[str, Any]:
        from jurisdictions import catalogue

        from .catalogue_doc import rule_summary

        item = catalogue().by_id.get(requirement_id.upper())
        if item is None:
            raise HTTPException(404, f"no requirement {requirement_id!r}")
        return rule_summary(item, full=True)

    @app.get("/v1/schema", tags=["catalogue"], summary="JSON Schema of the deployment description")
    async def schema() -> dict[str, Any]:
        return DeploymentDescription.model_json_schema()

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
    return app
