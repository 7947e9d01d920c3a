"""Text extraction helpers shared by the report tests."""

from __future__ import annotations

import io
import re


def pdf_text(pdf: bytes) -> str:
    """All page text, with line breaks inside hyphenated words and ids undone, whitespace collapsed."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    text = re.sub("[\u2010\u00ad]\\s*\n\\s*", "", text)  # automatic hyphenation at a line end
    text = re.sub(r"-\s*\n\s*", "-", text)  # a break after a real hyphen (ids, compounds)
    text = re.sub(r"/\s*\n\s*", "/", text)  # a break after a slash ("and/or")
    return re.sub(r"\s+", " ", text)


def page_texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]
