"""The flagship report: content, links, attachments, PDF/A metadata and reproducibility."""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader

from reports.render import RESULT_ATTACHMENT, canonical_description, render_pdf, source_name
from reports.verify import attachments
from reports.view import STATUS_LABEL, VERDICT_LABEL, report_id

from report_helpers import page_texts, pdf_text

SECTIONS = [
    "Contents",
    "Executive summary",
    "Scope",
    "Findings",
    "Requirements met",
    "Requirements not applicable",
    "Authorities relied on",
    "Questions to answer",
    "Upcoming obligations",
    "Watch list",
    "Appendix A",
    "Appendix B",
    "not legal advice",
]


def outline_titles(pdf: bytes, depth: int | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))

    def walk(outline, level):
        for item in outline:
            if isinstance(item, list):
                if depth is None or level < depth:
                    yield from walk(item, level + 1)
            else:
                yield item.title

    return list(walk(reader.outline, 1))


def test_sections_appear_in_order(flagship_pdf):
    top = outline_titles(flagship_pdf, depth=1)
    assert top[:2] == ["Cover", "Contents"]
    order = [next(i for i, t in enumerate(top) if t.startswith(title)) for title in SECTIONS[1:-1]]
    assert order == sorted(order)
    text = pdf_text(flagship_pdf)
    assert all(title in text for title in SECTIONS)
    assert "this is not legal advice" in text.lower()


def test_cover_shows_verdict_counts_and_report_id(flagship_pdf, flagship_result, flagship_description):
    first = page_texts(flagship_pdf)[0]
    assert flagship_description.name[:30] in first
    assert flagship_description.organisation.name in first
    assert VERDICT_LABEL[flagship_result.verdict] in first
    assert report_id(flagship_result) in first
    for status, n in flagship_result.counts.items():
        assert STATUS_LABEL[status] in first
    assert len(report_id(flagship_result)) == 16


def test_every_requirement_id_is_in_the_report(flagship_pdf, flagship_result):
    text = pdf_text(flagship_pdf)
    missing = [f.id for f in flagship_result.findings if f.id not in text]
    assert not missing


def test_facts_are_put_in_words(flagship_pdf):
    text = pdf_text(flagship_pdf)
    assert "monitoring.keystroke_capture = full_content" in text


def test_citations_are_links_to_official_sources(flagship_pdf, flagship_result):
    reader = PdfReader(io.BytesIO(flagship_pdf))
    uris = set()
    internal = 0
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is None:
                internal += 1
                continue
            action = action.get_object()
            if action.get("/S") == "/URI":
                uris.add(str(action["/URI"]))
            else:
                internal += 1
    assert "https://eur-lex.europa.eu/eli/reg/2016/679/oj" in uris
    assert {f.url for f in flagship_result.findings} <= uris
    assert all(u.startswith("https://") for u in uris)
    assert internal > 10  # table of contents and cross-references inside the document


def test_table_of_contents_has_page_numbers(flagship_pdf):
    contents = page_texts(flagship_pdf)[1]
    assert "Contents" in contents
    assert re.search(r"Executive summary\s*\d+", contents)
    assert re.search(r"Appendix B · Method and integrity\s*\d+", contents)


def test_pages_have_running_header_and_page_x_of_y(flagship_pdf):
    pages = page_texts(flagship_pdf)
    n = len(pages)
    assert f"Page 2 of {n}" in pages[1]
    assert f"Page {n} of {n}" in pages[-1]
    assert "Page 1 of" not in pages[0]  # the cover has no footer
    assert any("Findings · European Union" in p for p in pages)


def test_bookmarks(flagship_pdf):
    found = outline_titles(flagship_pdf)
    for title in ("Executive summary", "Findings", "European Union", "GDPR", "Appendix B · Method and integrity"):
        assert title in found


def test_attachments_round_trip_byte_exact(flagship_pdf, flagship_result, flagship_source):
    files = attachments(flagship_pdf)
    assert set(files) == {"deployment-description.yaml", RESULT_ATTACHMENT}
    assert files["deployment-description.yaml"] == flagship_source
    assert files[RESULT_ATTACHMENT] == flagship_result.model_dump_json().encode()


def test_attachment_relationships(flagship_pdf):
    reader = PdfReader(io.BytesIO(flagship_pdf))
    specs = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    relations = {str(specs[i]): str(specs[i + 1].get_object()["/AFRelationship"]) for i in range(0, len(specs), 2)}
    assert relations == {"deployment-description.yaml": "/Source", RESULT_ATTACHMENT: "/Data"}


def test_without_source_the_canonical_json_is_embedded(flagship_result, flagship_description):
    pdf = render_pdf(flagship_result, flagship_description)
    files = attachments(pdf)
    assert files["deployment-description.json"] == canonical_description(flagship_description)
    json.loads(files["deployment-description.json"])


def test_source_name_sniffing():
    assert source_name(b'{"schema_version": 1}') == "deployment-description.json"
    assert source_name(b"schema_version: 1\nname: x\n") == "deployment-description.yaml"
    assert source_name(b"\xff\xfe") == "deployment-description.yaml"


def test_pdfa_identification_and_metadata(flagship_pdf, flagship_result):
    reader = PdfReader(io.BytesIO(flagship_pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    part = re.search(r"pdfaid:part(?:>|=\")(\d)", xmp)
    conformance = re.search(r"pdfaid:conformance(?:>|=\")([ABU])", xmp)
    assert part and part[1] == "3"
    assert conformance and conformance[1] in ("A", "U")
    info = reader.metadata
    assert info.title.endswith(flagship_result.name)
    assert "compliance report" in info.subject
    assert "workplace monitoring" in info["/Keywords"]
    assert info.creator == flagship_result.generator == f"bentham {flagship_result.generator.split()[-1]}"
    # no wall-clock time anywhere
    assert "/CreationDate" not in info and "/ModDate" not in info
    assert "CreateDate" not in xmp and "ModifyDate" not in xmp
    assert reader.trailer["/Root"].get("/Lang") == "en"


def test_fonts_are_embedded_and_shipped(flagship_pdf):
    reader = PdfReader(io.BytesIO(flagship_pdf))
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    assert any("Bentham-Sans" in n for n in names)
    assert not any("DejaVu" in n for n in names)


def test_rendering_is_reproducible(flagship_pdf, flagship_result, flagship_description, flagship_source):
    again = render_pdf(flagship_result, flagship_description, flagship_source)
    assert again == flagship_pdf


def test_no_rendering_at_import():
    import subprocess
    import sys

    code = "import sys, reports.render, reports.verify, reports.bench, reports.sample; print('weasyprint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
