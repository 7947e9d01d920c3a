"""Hostile text in the description is printed, never fetched, attached or interpreted."""

from __future__ import annotations

import http.server
import threading

import pytest
import yaml

from engine.loading import load
from reports.fetcher import FetchRefused, PackageFetcher
from reports.render import render_html, render_pdf
from reports.verify import attachments

from report_helpers import pdf_text


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { background: red }")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    _Recorder.hits = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Recorder.hits
    httpd.shutdown()
    httpd.server_close()


def hostile_payloads(base: str) -> dict[str, str]:
    return {
        "name": f"<img src=file:///etc/passwd></style><a href={base}/name>x</a>",
        "organisation": f"</style><link rel=stylesheet href={base}/org.css><img src={base}/org.png>",
        "summary": (
            "<link rel=attachment href=file:///etc/hostname> "
            f"<a rel=attachment href={base}/attach>a</a> "
            f"<style>@import url({base}/import.css); body {{ background: url({base}/bg) }}</style> "
            f"</style> <div style=\"background: url({base}/inline)\">d</div> "
            f"<img src=\"{base}/img\"> {{{{ 7*7 }}}} {{% raw %}}"
        ),
    }


@pytest.fixture(scope="module")
def hostile(server, flagship_source):
    base, _ = server
    data = yaml.safe_load(flagship_source)
    payload = hostile_payloads(base)
    data["name"] = payload["name"]
    data["organisation"]["name"] = payload["organisation"]
    data["summary"] = payload["summary"]
    source = yaml.safe_dump(data, allow_unicode=True).encode()
    return load(source), source, payload


@pytest.fixture(scope="module")
def hostile_pdf(report_engine, hostile):
    description, source, _ = hostile
    result = report_engine.evaluate(description, description.assessment_date)
    return render_pdf(result, description, source), result


def test_hostile_text_adds_no_attachment(hostile_pdf):
    pdf, _ = hostile_pdf
    assert set(attachments(pdf)) == {"deployment-description.yaml", "bentham-result.json"}
    assert b"root:x:0:0" not in pdf


def test_hostile_text_is_shown_literally(hostile_pdf):
    pdf, _ = hostile_pdf
    text = pdf_text(pdf)
    assert "<img src=file:///etc/passwd></style>" in text
    assert "<link rel=attachment href=file:///etc/hostname>" in text
    assert "</style><link rel=stylesheet" in text
    assert "{{ 7*7 }}" in text and "49" not in text.split("{{ 7*7 }}")[0][-5:]


def test_hostile_html_is_escaped(hostile, hostile_pdf):
    description, _, payload = hostile
    _, result = hostile_pdf
    html = render_html(result, description)
    assert "<img src=file" not in html and "&lt;img src=file:///etc/passwd&gt;" in html
    assert "<link rel=attachment" not in html
    assert "{{ 7*7 }}" in html


def test_the_local_server_received_nothing(hostile_pdf, server):
    _, hits = server
    assert hits == []


def test_the_fetcher_is_a_second_wall(server, tmp_path):
    """Even unescaped hostile HTML rendered with the fetcher fetches nothing and attaches nothing."""
    from weasyprint import HTML

    base, hits = server
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    html = (
        f"<html><head><link rel=stylesheet href={base}/style.css>"
        f"<style>@import url({base}/import.css); body {{ background: url({base}/bg) }}</style></head><body>"
        f"<link rel=attachment href=file://{secret}><a rel=attachment href=file:///etc/hostname>h</a>"
        f"<img src=file:///etc/passwd><img src={base}/img><img src=http://127.0.0.1:9/x>"
        "<img src='data:image/svg+xml,<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>'>"
        "</body></html>"
    )
    fetcher = PackageFetcher()
    pdf = HTML(string=html, base_url=str(tmp_path) + "/", url_fetcher=fetcher).write_pdf()
    assert hits == []
    assert attachments(pdf) == {}
    assert b"TOP-SECRET" not in pdf
    assert any(u.startswith("file://") for u in fetcher.refused)
    assert any(u.startswith(base) for u in fetcher.refused)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file:///etc/hostname",
        "http://127.0.0.1:9/x",
        "https://example.org/x.css",
        "ftp://127.0.0.1/x",
        "file://localhost/etc/passwd",
        "file://remote-host/share/x",
        "FILE:///etc/passwd",
    ],
)
def test_fetcher_refuses(url):
    with pytest.raises(FetchRefused):
        PackageFetcher().fetch(url)


def test_fetcher_refuses_escapes_from_the_package():
    from reports.fetcher import PACKAGE_DIR

    escape = (PACKAGE_DIR / "fonts" / ".." / ".." / "engine" / "model.py").as_uri()
    with pytest.raises(FetchRefused):
        PackageFetcher().fetch(escape)
    # inside the package but not on the allow-list
    with pytest.raises(FetchRefused):
        PackageFetcher().fetch((PACKAGE_DIR / "render.py").as_uri())


def test_fetcher_serves_allow_listed_assets_and_data_urls():
    from reports.fetcher import PACKAGE_DIR

    font = PackageFetcher().fetch((PACKAGE_DIR / "fonts" / "NotoSans-Regular.ttf").as_uri())
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    data = PackageFetcher().fetch("data:text/plain;base64,aGk=")
    assert data.read() == b"hi"
