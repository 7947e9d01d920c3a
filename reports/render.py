"""Render a result as an archival PDF/A-3 report with the description and the result attached.

``render_pdf(result, description, source)`` is the public entry point. Nothing renders at
import time; WeasyPrint, the stylesheet and the fonts are loaded on the first call and reused
(per process) afterwards, which is what makes warm renders fast.

Reproducibility: no wall-clock time is written anywhere. The attachments' dates are the
as-of date, there is no ``dcterms.created``/``modified``, and the PDF /ID is a hash of the
content, so the same input, catalogue and date give byte-identical PDFs.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import jinja2

from engine.description import DeploymentDescription
from engine.model import Result

from . import view

PACKAGE_DIR = Path(__file__).resolve().parent

PDF_VARIANT = "pdf/a-3a"  # PDF/A-3 and tagged (accessible); allows the embedded files
RESULT_ATTACHMENT = "bentham-result.json"
SOURCE_STEM = "deployment-description"
STYLESHEET = PACKAGE_DIR / "styles" / "report.css"
TEMPLATE = "report.html"

STATUS_MEANING = {
    "violation": "The facts show the obligation is breached, or a prohibited practice is used.",
    "action_required": "Something must be done before the monitoring may start or go on.",
    "at_risk": "Likely a problem; the outcome turns on a judgement that a reviewer should make.",
    "needs_information": "A fact needed to decide is missing from the description.",
    "upcoming": "The obligation applies from a later date.",
    "satisfied": "The facts show the obligation is met.",
    "not_applicable": "The requirement's trigger does not hold for this deployment.",
}


class _Renderer:
    """Per-process cache: Jinja environment, parsed stylesheet and loaded fonts."""

    def __init__(self) -> None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        from .fetcher import PackageFetcher

        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(PACKAGE_DIR / "templates"),
            autoescape=True,  # every template, whatever its extension
            undefined=jinja2.StrictUndefined,
            trim_blocks=False,
        )
        self.template = self.env.get_template(TEMPLATE)
        self.fonts = FontConfiguration()
        self.css = CSS(filename=str(STYLESHEET), url_fetcher=PackageFetcher(), font_config=self.fonts)


_renderer: _Renderer | None = None
_lock = threading.Lock()


def _get_renderer() -> _Renderer:
    global _renderer
    with _lock:
        if _renderer is None:
            _renderer = _Renderer()
            # Drop the fonts before interpreter teardown: FontConfiguration.__del__ calls into Pango and
            # fails noisily ("Exception ignored ...") if it only runs once the C bindings are gone.
            atexit.register(_drop_renderer)
        return _renderer


def _drop_renderer() -> None:
    global _renderer
    with _lock:
        _renderer = None


def warm_up() -> None:
    """Load WeasyPrint, the template, stylesheet and fonts, and lay out a small page in every style.

    For process pools: call it in the worker initializer so the first real report is a warm one
    (the first layout pays for Pango font loading and WeasyPrint's lazy imports).
    """
    from weasyprint import HTML

    from .fetcher import PackageFetcher

    renderer = _get_renderer()
    html = (
        '<html lang="en"><body><h1>Warm-up</h1><h2>a</h2><h3>b</h3><h4>c</h4>'
        '<p class="fh s-violation">\u2716 \u25b2 \u25c6 \u25f7 \u2714 ? \u2013 <a href="#x">x</a></p>'
        '<table class="grid"><tr><td>a</td><td>b</td></tr></table><p class="do">d</p></body></html>'
    )
    HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/", url_fetcher=PackageFetcher()).write_pdf(
        stylesheets=[renderer.css], font_config=renderer.fonts, pdf_variant=PDF_VARIANT, full_fonts=True
    )


def source_name(source: bytes) -> str:
    """``deployment-description.json`` if the bytes are a JSON document, else ``.yaml``."""
    try:
        json.loads(source)
    except (ValueError, UnicodeDecodeError):
        return f"{SOURCE_STEM}.yaml"
    return f"{SOURCE_STEM}.json"


def canonical_description(description: DeploymentDescription) -> bytes:
    """The description as canonical JSON: what ``input_sha256`` hashes."""
    from engine.evaluator import canonical_json

    return canonical_json(description.model_dump(mode="json", exclude_none=True)).encode()


def render_html(result: Result, description: DeploymentDescription, source_filename: str = f"{SOURCE_STEM}.yaml") -> str:
    """The report as HTML (for inspection and tests; the PDF is made from exactly this)."""
    context: dict[str, Any] = view.build(result, description)
    context["source_name"] = source_filename
    context["status_meaning"] = STATUS_MEANING
    context["statuses_by"] = {s: (sym, label) for s, sym, label in context["statuses"]}
    return _get_renderer().template.render(**context)


def _attachment(data: bytes, name: str, mime: str, relationship: str, description: str, stamp: dt.datetime) -> Any:
    import base64

    from weasyprint import Attachment

    from .fetcher import PackageFetcher

    # A data: URL carries the MIME type explicitly and goes through the restricted fetcher.
    url = f"data:{mime};base64,{base64.b64encode(data).decode()}"
    return Attachment(
        url=url,
        url_fetcher=PackageFetcher(),
        name=name,
        description=description,
        created=stamp,
        modified=stamp,
        relationship=relationship,
    )


def render_pdf(result: Result, description: DeploymentDescription, source: bytes | None = None) -> bytes:
    """Render ``result`` for ``description`` as PDF/A-3 bytes.

    ``source`` is the description exactly as submitted; it is embedded unchanged. Without it,
    the canonical JSON of ``description`` is embedded instead.
    """
    from weasyprint import HTML

    from .fetcher import PackageFetcher

    renderer = _get_renderer()
    if source is None:
        source = canonical_description(description)
    name = source_name(source)
    mime = "application/json" if name.endswith(".json") else "application/yaml"
    html = render_html(result, description, name)
    # Dates derived from the input, never from the clock, so renders are reproducible.
    stamp = dt.datetime.combine(result.as_of, dt.time(0, 0), tzinfo=dt.UTC)
    attachments = [
        _attachment(source, name, mime, "Source", "The deployment description as submitted", stamp),
        _attachment(
            result.model_dump_json().encode(), RESULT_ATTACHMENT, "application/json", "Data", "The full evaluation result", stamp
        ),
    ]
    document = HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/", url_fetcher=PackageFetcher())
    return document.write_pdf(
        stylesheets=[renderer.css],
        font_config=renderer.fonts,
        attachments=attachments,
        pdf_variant=PDF_VARIANT,
        # Embed the shipped (already subset) fonts whole: no fontTools subsetting per render, which is
        # slow and stamps the current time into each font's head table (breaking reproducibility).
        full_fonts=True,
        uncompressed_pdf=False,
    )


def write_pdf(path: str | Path, result: Result, description: DeploymentDescription, source: bytes | None = None) -> None:
    Path(path).write_bytes(render_pdf(result, description, source))
