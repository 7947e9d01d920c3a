"""Server-rendered pages: the guided form, live evaluation, results, import, history.

Everything works without JavaScript (plain form posts); ``static/app.js`` only adds the
debounced live panel and a few conveniences. The pages use the same engine, storage, tenant
and limits as the JSON API: the body limit is ``settings.max_body_bytes``, descriptions are
validated by :func:`engine.loading.validate`/``load``, and in keyed mode the browser presents
the tenant's API key from an HttpOnly cookie instead of an ``Authorization`` header.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import urllib.parse
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Annotated, Any
from collections.abc import Callable, Coroutine

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials
from starlette.exceptions import HTTPException as StarletteHTTPException

from engine import __version__
from engine.description import DeploymentDescription
from engine.loading import DescriptionError, load, validate
from engine.model import Result, Status
from engine.runtime import EngineUnavailable
from reports import view

from .. import auth, storage
from ..api import ENGINE_TIMEOUT, Problem, principal, read_limited, unavailable
from ..rendering import RendererUnavailable
from . import form

HERE = Path(__file__).resolve().parent
COOKIE = "bentham_key"
STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")
UNTITLED = "Untitled deployment"
# Pages load nothing from elsewhere and run no inline script: a stray unescaped value could not run.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}

templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its name: user text is escaped everywhere
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.globals.update(
    input_id=form.input_id, option_label=form.option_label, humanize=form.humanize, UNKNOWN=form.UNKNOWN,
    NONE=form.NONE, COUNT=form.COUNT, MAX_LIST=form.MAX_LIST, STATUS_SYMBOL=view.STATUS_SYMBOL,
    STATUS_LABEL=view.STATUS_LABEL, VERDICT_LABEL=view.VERDICT_LABEL, VERDICT_SYMBOL={
        "blocked": "✖", "not_ready": "▲", "review": "◆", "clear": "✔"}, version=__version__,
)


class NeedLogin(Exception):
    """No (valid) API key cookie in keyed mode: the page redirects to the sign-in form."""


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(request=request, local=_local(request), **context)
    return HTMLResponse(html, status_code=status)


def _local(request: Request) -> bool:
    return getattr(request.app.state, "local", None) is not None


def error_page(request: Request, status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None,
               headers: dict[str, str] | None = None) -> HTMLResponse:
    response = page(request, "error.html", status, title=title, detail=detail, errors=errors or [])
    response.headers.update(headers or {})
    return response


def _same_origin(request: Request) -> bool:
    """Refuse cross-site form posts (local mode has no cookie that SameSite could protect)."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return urllib.parse.urlsplit(origin).netloc == request.headers.get("host", "")
    return request.headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


class WebRoute(APIRoute):
    """Errors become HTML pages (the app's handlers answer problem+json, right for the API only)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def run(request: Request) -> Response:
            try:
                if request.method == "POST" and not _same_origin(request):
                    response: Response = error_page(request, 403, "Cross-site request refused",
                                                    "This form can only be sent from Bentham's own pages.")
                else:
                    response = await handler(request)
            except NeedLogin:
                target = urllib.parse.quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
                response = RedirectResponse(f"/web/login?next={target}", 303)
            except Problem as exc:
                response = error_page(request, exc.status, exc.title, exc.detail, exc.errors, exc.headers)
            except RequestValidationError as exc:
                errors = [{"path": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()]
                response = error_page(request, 422, "Invalid request", "The request parameters are not valid.", errors)
            except StarletteHTTPException as exc:
                response = error_page(request, exc.status_code, "Request failed", str(exc.detail))
            response.headers.update(SECURITY_HEADERS)
            return response

        return run


router = APIRouter(prefix="/web", route_class=WebRoute, include_in_schema=False)


# --------------------------------------------------------------------------- helpers


async def who(request: Request) -> auth.Principal:
    if _local(request):
        return await principal(request, None)
    key = request.cookies.get(COOKIE)
    if not key:
        raise NeedLogin()
    try:
        return await principal(request, HTTPAuthorizationCredentials(scheme="Bearer", credentials=key))
    except Problem as exc:
        if exc.status == 401:
            raise NeedLogin() from None
        raise


Who = Annotated[auth.Principal, Depends(who)]


def rid(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def today() -> dt.date:
    # The web layer, not a rule, picks the default date; it is shown in the form and stored.
    return dt.date.today()


async def read_body(request: Request) -> tuple[str, bytes]:
    """The body within the API's size limit, and its media type (only form encodings)."""
    ctype = request.headers.get("content-type") or ""
    media = ctype.split(";")[0].strip().lower()
    if media not in FORM_MEDIA:
        raise Problem(415, "Unsupported media type", "Send the form (application/x-www-form-urlencoded or multipart/form-data).")
    return ctype, await read_limited(request)


async def read_fields(request: Request) -> tuple[form.Values, dict[str, tuple[str, bytes]]]:
    """Form fields and uploaded files (``name → (filename, bytes)``) of a POST."""
    ctype, body = await read_body(request)
    if ctype.lower().startswith("application/x-www-form-urlencoded"):
        try:
            pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20000)
        except (UnicodeDecodeError, ValueError) as exc:
            raise Problem(400, "Unreadable form", f"The form data could not be read ({type(exc).__name__}).") from None
        return form.Values(pairs), {}
    # multipart without an extra dependency: the stdlib e-mail parser reads MIME multipart bodies
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + body)
    if not message.is_multipart():
        raise Problem(400, "Unreadable form", "The multipart form data could not be read.")
    pairs, files = [], {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, payload)
        else:
            pairs.append((name, payload.decode("utf-8", errors="replace")))
    return form.Values(pairs), files


def check(values: form.Values, *, live: bool = False) -> tuple[DeploymentDescription | None, list[dict[str, str]]]:
    data = form.to_data(values)
    if live and not data.get("name"):
        data["name"] = UNTITLED  # the live panel works before a name is typed; saving still needs one
    try:
        return validate(data), []
    except DescriptionError as exc:
        return None, exc.errors


async def evaluate(request: Request, description: DeploymentDescription) -> Result:
    eng = request.app.state.engine
    as_of = description.assessment_date or today()
    try:
        return await asyncio.wait_for(eng.evaluate_async(description, as_of, None), ENGINE_TIMEOUT)
    except EngineUnavailable as exc:
        raise unavailable("Engine unavailable", f"{exc}. Nothing was lost: send the form again.") from None
    except TimeoutError:
        raise unavailable("Engine unavailable", f"The evaluation took longer than {ENGINE_TIMEOUT:g} s.") from None


def panel(result: Result | None, description: DeploymentDescription | None, errors: list[dict[str, str]]) -> dict[str, Any]:
    """What the live panel shows: verdict, counts, blocking findings first, open questions."""
    if result is None or description is None:
        return {"result": None, "errors": errors}
    built = view.build(result, description)
    return {"result": result, "errors": errors, "v": built,
            "violations": [f for f in built["blocking"] if f.f.status == Status.violation],
            "actions": [f for f in built["blocking"] if f.f.status == Status.action_required]}


def form_page(request: Request, values: form.Values, *, status: int = 200, errors: list[dict[str, str]] | None = None,
              live: dict[str, Any] | None = None, notice: str | None = None) -> HTMLResponse:
    if not values.get("assessment_date") and "assessment_date" not in values.data:
        values.set("assessment_date", today().isoformat())
    errors = errors or []
    return page(request, "form.html", status, sections=form.sections(), values=values,
                errors={e["path"]: e["message"] for e in errors}, error_list=errors, live=live or panel(None, None, []),
                today=today().isoformat(), notice=notice)


async def live_for(request: Request, values: form.Values) -> dict[str, Any]:
    description, errors = check(values, live=True)
    result = await evaluate(request, description) if description is not None else None
    return panel(result, description, errors)


def safe_filename(name: str, ext: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:60] or "deployment"
    return f"{stem}.{ext}"


def new_assessment(result: Result, description: DeploymentDescription) -> storage.NewAssessment:
    # The form has no original bytes: the description is stored as the YAML it exports.
    source = form.as_yaml(description.model_dump(mode="json", exclude_none=True)).encode()
    return storage.NewAssessment(
        name=result.name, as_of=result.as_of, jurisdictions=None, media_type="application/yaml", source=source,
        input_sha256=result.input_sha256, result_json=result.model_dump_json(), catalogue_version=result.catalogue.version,
        catalogue_sha256=result.catalogue.sha256, verdict=result.verdict.value,
    )


def stored_description(row: dict[str, Any]) -> tuple[DeploymentDescription, list[dict[str, str]]]:
    try:
        return load(row["source"], row["media_type"]), []
    except DescriptionError as exc:  # the contract tightened since it was stored: show the result anyway
        return DeploymentDescription(schema_version=1, name=row["name"]), exc.errors


async def stored(request: Request, who: auth.Principal, assessment_id: str, action: str = "read") -> dict[str, Any]:
    row = await run_in_threadpool(storage.read_assessment, request.app.state.db, who, assessment_id, rid(request), action)
    if row is None:
        raise Problem(404, "Not found", "No assessment with this id in your history.")
    return row


# --------------------------------------------------------------------------- the form


@router.get("/", response_class=HTMLResponse)
async def new_form(request: Request, who: Who) -> Response:
    values = form.Values([("schema_version", "1"), ("assessment_date", today().isoformat())])
    return form_page(request, values, live=await live_for(request, values))


@router.post("/form", response_class=HTMLResponse)
async def post_form(request: Request, who: Who) -> Response:
    """Plain submit: check, add/remove a list item, export YAML, or save (works with JS off)."""
    values, _ = await read_fields(request)
    action = values.get("action") or "check"
    values.data.pop("action", None)
    if action.startswith("add:"):
        path = action[4:]
        if path in form.TREE and form.TREE[path].kind == "list":
            values.add_item(path)
            values.data.pop(path, None)  # an item now exists: the "none" answer no longer applies
        return form_page(request, values, live=await live_for(request, values))
    if action.startswith("remove:"):
        path, _, index = action[7:].rpartition(":")
        if path in form.TREE and index.isdigit():
            values.remove_item(path, int(index))
        return form_page(request, values, live=await live_for(request, values))
    description, errors = check(values)
    if description is None:
        return form_page(request, values, status=422, errors=errors, live=await live_for(request, values))
    if action == "export":
        text = form.as_yaml(description.model_dump(mode="json", exclude_none=True))
        return Response(text, media_type="application/yaml; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{safe_filename(description.name, "yaml")}"'})
    result = await evaluate(request, description)
    if action == "save":
        row, _ = await run_in_threadpool(storage.create_assessment, request.app.state.db, who,
                                         new_assessment(result, description), rid(request))
        return RedirectResponse(f"/web/assessments/{row['id']}", 303)
    return form_page(request, values, live=panel(result, description, []))


@router.post("/live", response_class=HTMLResponse)
async def live(request: Request, who: Who) -> Response:
    values, _ = await read_fields(request)
    return page(request, "_live.html", live=await live_for(request, values))


# --------------------------------------------------------------------------- import


@router.get("/import", response_class=HTMLResponse)
async def import_page(request: Request, who: Who) -> Response:
    return page(request, "import.html", errors=[], pasted="")


@router.post("/import", response_class=HTMLResponse)
async def import_description(request: Request, who: Who) -> Response:
    values, files = await read_fields(request)
    filename, upload = files.get("file", ("", b""))
    pasted = values.get("text")
    if upload:
        source, media = upload, ("application/json" if filename.lower().endswith(".json") else "application/yaml")
    elif pasted.strip():
        source, media = pasted.encode("utf-8"), None  # YAML is a superset of JSON: the loader reads both
    else:
        return page(request, "import.html", 422, errors=[{"path": "", "message": "Choose a file or paste a description."}],
                    pasted="")
    try:
        description = load(source, media)
    except DescriptionError as exc:
        return page(request, "import.html", 422, errors=exc.errors, pasted=pasted)
    values = form.from_description(description)
    return form_page(request, values, live=await live_for(request, values),
                     notice=f"Loaded “{description.name}”. Check the answers, then save.")


# --------------------------------------------------------------------------- stored assessments


@router.get("/assessments", response_class=HTMLResponse)
async def history(request: Request, who: Who,
                  cursor: Annotated[str | None, Query(max_length=64)] = None) -> Response:
    try:
        rows, next_cursor = await run_in_threadpool(
            lambda: storage.list_assessments(request.app.state.db, who.tenant_id, limit=50, cursor=cursor))
    except storage.InvalidCursor as exc:
        raise Problem(422, "Invalid request", str(exc)) from None
    return page(request, "history.html", rows=rows, next_cursor=next_cursor, tenant=who.tenant)


@router.get("/assessments/{assessment_id}", response_class=HTMLResponse)
async def results(request: Request, who: Who, assessment_id: str) -> Response:
    row = await stored(request, who, assessment_id)
    result = Result.model_validate_json(row["result_json"])
    description, problems = stored_description(row)
    return page(request, "results.html", row=row, r=result, v=view.build(result, description), problems=problems)


@router.get("/assessments/{assessment_id}/edit", response_class=HTMLResponse)
async def edit(request: Request, who: Who, assessment_id: str) -> Response:
    row = await stored(request, who, assessment_id, "description")
    try:
        description = load(row["source"], row["media_type"])
    except DescriptionError as exc:
        raise Problem(422, "Stored description no longer valid",
                      "The stored description does not match today's facts contract.", exc.errors) from None
    values = form.from_description(description)
    return form_page(request, values, live=await live_for(request, values),
                     notice=f"Editing a copy of “{description.name}”: saving creates a new assessment.")


@router.get("/assessments/{assessment_id}/description.yaml")
async def export_yaml(request: Request, who: Who, assessment_id: str) -> Response:
    row = await stored(request, who, assessment_id, "description")
    if "yaml" in row["media_type"]:
        text = row["source"]  # exactly as submitted
    else:
        description, problems = stored_description(row)
        if problems:
            raise Problem(422, "Stored description no longer valid", "Download it from the API instead.", problems)
        text = form.as_yaml(description.model_dump(mode="json", exclude_none=True)).encode()
    return Response(text, media_type="application/yaml; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{safe_filename(row["name"], "yaml")}"'})


@router.get("/assessments/{assessment_id}/report.pdf")
async def report_pdf(request: Request, who: Who, assessment_id: str) -> Response:
    db = request.app.state.db
    row = await run_in_threadpool(storage.get_assessment, db, who.tenant_id, assessment_id)
    if row is None:
        raise Problem(404, "Not found", "No assessment with this id in your history.")
    description, problems = stored_description(row)
    if problems:
        raise Problem(422, "Stored description no longer valid", "The report cannot be rendered from it.", problems)
    try:
        pdf = await request.app.state.renderer.render(row["result_json"], description.model_dump_json(), row["source"])
    except RendererUnavailable as exc:
        raise unavailable("Renderer unavailable", str(exc), 2) from None
    await run_in_threadpool(storage.audit, db, who, "report", rid(request), assessment_id,
                            {"sha256": hashlib.sha256(pdf).hexdigest()})
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="bentham-{assessment_id}.pdf"'})


@router.get("/compare", response_class=HTMLResponse)
async def compare(request: Request, who: Who,
                  id: Annotated[list[str] | None, Query()] = None) -> Response:  # noqa: A002 - the form's field name
    ids = list(dict.fromkeys(id or []))
    if len(ids) != 2:
        raise Problem(422, "Choose two assessments", "Tick exactly two assessments in the history to compare them.")
    # A is the older one, whatever order the boxes were ticked in: "before → after" reads naturally
    rows = sorted([await stored(request, who, i) for i in ids], key=lambda r: r["seq"])
    results_ = [json.loads(r["result_json"]) for r in rows]
    titles: dict[str, str] = {}
    statuses: list[dict[str, str]] = []
    for res in results_:
        statuses.append({f["id"]: f["status"] for f in res["findings"]})
        titles.update({f["id"]: f["title"] for f in res["findings"]})
    lines = [{"id": k, "title": titles[k], "a": statuses[0].get(k), "b": statuses[1].get(k)} for k in sorted(titles)]
    changed = [x for x in lines if x["a"] != x["b"]]
    same = [x for x in lines if x["a"] == x["b"] and x["a"] != Status.not_applicable]
    return page(request, "compare.html", rows=rows, changed=changed, same=same)


# --------------------------------------------------------------------------- sign-in (keyed mode only)


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = "/web/") -> Response:  # noqa: A002
    return page(request, "login.html", next=_local_path(next), error=None)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    values, _ = await read_fields(request)
    key, target = values.get("key").strip(), _local_path(values.get("next"))
    found = await run_in_threadpool(storage.authenticate, request.app.state.db, key) if auth.split_key(key) else None
    if found is None:
        return page(request, "login.html", 401, next=target, error="This API key is unknown or revoked.")
    response = RedirectResponse(target, 303)
    response.set_cookie(COOKIE, key, httponly=True, samesite="strict", path="/web",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    response = RedirectResponse("/web/login", 303)
    response.delete_cookie(COOKIE, path="/web")
    return response


def _local_path(target: str) -> str:
    # only paths of this site: an open redirect would let a link send users elsewhere after sign-in
    return target if target.startswith("/web/") and not target.startswith("//") else "/web/"


# --------------------------------------------------------------------------- static files


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in STATIC:
        raise Problem(404, "Not found", "No such file.")
    return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name],
                    headers={"Cache-Control": "no-cache"})

