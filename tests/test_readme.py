"""The README shows real output: its pasted `bentham check` run must be what the CLI prints today."""

from __future__ import annotations

import re
from pathlib import Path

from engine.loading import load
from service import formats

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_shows_what_bentham_check_prints(engine):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = ".venv/bin/bentham check examples/keystroke-ai-training.yaml"
    pasted = re.search(re.escape(command) + r"\n```\n\n```\n(.*?)\n```", readme, re.S)
    assert pasted, "the README's CLI example is missing"
    head, _, tail = pasted.group(1).partition("\n…\n")
    result = engine.evaluate(load((ROOT / "examples" / "keystroke-ai-training.yaml").read_bytes()))
    printed = formats.text(result, width=110)
    # the README shows the start of the table, an ellipsis, and the counts line
    assert printed.startswith(head + "\n"), "README output is stale: paste `bentham check` (110 columns) again"
    assert tail.strip() in printed.splitlines(), "README counts line is stale"
