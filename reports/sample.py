"""Regenerate ``docs/sample-report.pdf`` and page previews ``docs/report-page-N.png``.

``python -m reports.sample [--pages N]`` renders the flagship example as of its assessment
date, writes the PDF, and converts the first N pages (default 4) to 60-dpi PNGs with
``pdftoppm`` (poppler-utils) when it is installed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGSHIP = ROOT / "examples" / "keystroke-ai-training.yaml"
DOCS = ROOT / "docs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4, help="how many pages to preview as PNG (0: none)")
    parser.add_argument("--out", type=Path, default=DOCS / "sample-report.pdf")
    args = parser.parse_args(argv)

    from engine.loading import load
    from engine.runtime import Engine

    from .render import render_pdf

    source = FLAGSHIP.read_bytes()
    description = load(source)
    engine = Engine()
    try:
        result = engine.evaluate(description, description.assessment_date)
    finally:
        engine.close()
    pdf = render_pdf(result, description, source)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pdf)
    print(f"wrote {args.out} ({len(pdf):,} bytes, verdict {result.verdict})")

    if args.pages <= 0:
        return 0
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils): no PNG previews", file=sys.stderr)
        return 0
    for old in args.out.parent.glob("report-page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", str(args.pages), str(args.out), f"{tmp}/p"], check=True
        )
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1])), start=1):
            target = args.out.parent / f"report-page-{i}.png"
            shutil.copyfile(png, target)
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
