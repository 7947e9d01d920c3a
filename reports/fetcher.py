"""The only way a report can load anything: ``data:`` URLs and allow-listed files of this package.

User text never reaches the HTML unescaped (Jinja autoescape), but the fetcher is the second
wall: if markup ever slipped through, WeasyPrint would otherwise read local files into the PDF
(``<link rel=attachment href=file:///…>``) and make requests to any host (SSRF). This fetcher
refuses every scheme but ``data:`` and ``file:``, and serves ``file:`` only for paths that
resolve inside ``reports/`` and are on the allow-list (fonts and stylesheets).
"""

from __future__ import annotations

import base64
import urllib.parse
import urllib.request
from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse

PACKAGE_DIR = Path(__file__).resolve().parent

#: Files a report may load, relative to the package directory.
ALLOWED_FILES = frozenset(
    {
        "fonts/NotoSans-Regular.ttf",
        "fonts/NotoSans-Bold.ttf",
        "fonts/NotoSansSymbols2-Subset.ttf",
        "styles/report.css",
    }
)

_MIME = {".ttf": "font/ttf", ".css": "text/css"}


class FetchRefused(ValueError):
    """A resource outside the allow-list was requested; WeasyPrint logs it and carries on."""


class PackageFetcher(URLFetcher):
    """Serve ``data:`` URLs and allow-listed package files; refuse everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)
        self.allowed = {(PACKAGE_DIR / name).resolve() for name in ALLOWED_FILES}
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return _data_response(url)
        if scheme == "file":
            parts = urllib.parse.urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                return self._refuse(url)
            path = Path(urllib.request.url2pathname(urllib.parse.unquote(parts.path))).resolve()
            if path in self.allowed and path.is_relative_to(PACKAGE_DIR) and path.is_file():
                return URLFetcherResponse(
                    path.as_uri(), path.read_bytes(), {"Content-Type": _MIME.get(path.suffix, "application/octet-stream")}
                )
        return self._refuse(url)

    def _refuse(self, url: str) -> URLFetcherResponse:
        self.refused.append(url[:200])
        raise FetchRefused(f"refused by the report fetcher: {url[:200]}")


def _data_response(url: str) -> URLFetcherResponse:
    header, _, payload = url[5:].partition(",")
    mime, *params = header.split(";")
    body = base64.b64decode(payload) if "base64" in params else urllib.parse.unquote_to_bytes(payload)
    return URLFetcherResponse(url[:64], body, {"Content-Type": mime or "text/plain"})
