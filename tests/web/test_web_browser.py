"""The web form in real headless Chromium: the flagship entered by hand, an upload, JS switched off.

The reference is always the command line's own result for the flagship (``cli_flagship``),
never numbers written into the test.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import yaml

from engine.loading import load
from service.web import form

FLAGSHIP = Path(__file__).resolve().parents[2] / "examples" / "keystroke-ai-training.yaml"

BLOCKING = {"FR-CNIL-KEYLOGGER", "US-CA-CCPA-100-NOTICE", "US-CA-CPPA-7150-RA-SPI"}
TIMEOUT = 15_000  # ms; evaluations take well under a second, a slow CI machine gets slack


def kind_of(path: str) -> form.Node:
    """The question behind a concrete input name (``workforce[2].representation.works_council``)."""
    parts = re.sub(r"\[\d+\]", "", path).split(".")
    node = form.TREE[parts[0]]
    for part in parts[1:]:
        if node.kind == "map":
            return node
        node = next(c for c in node.children if c.name == part)
    return node


def answers_for(description) -> tuple[dict[str, int], list[tuple[str, list[str]]]]:
    """What a person types for a description: list sizes, then every answer in page order."""
    values = form.from_description(description)
    counts = {k[len(form.COUNT):]: int(v[0]) for k, v in values.data.items() if k.startswith(form.COUNT)}
    answers = [(k, v) for k, v in values.data.items() if not k.startswith(form.COUNT) and k != "schema_version"]
    return counts, answers


def enter_by_hand(page, counts: dict[str, int], answers: list[tuple[str, list[str]]]) -> int:
    """Fill the form as a person would (click Add, tick, choose, type); returns the number of actions."""
    actions = 0
    for path, n in counts.items():
        for _ in range(n):
            with page.expect_navigation():
                page.get_by_role("button", name=re.compile(rf"^Add an? {form.TREE[path].item_label}$")).click()
            actions += 1
    for path, vals in answers:
        node = kind_of(path)
        if node.kind in ("bool", "set", "list"):
            for v in vals:
                page.locator(f'input[name="{path}"][value="{v}"]').check()
                actions += 1
        elif node.kind == "enum" or (node.kind == "map" and node.value_kind == "enum"):
            page.locator(f'select[name="{path}"]').select_option(vals[0])
            actions += 1
        else:
            page.locator(f'[name="{path}"]').fill(vals[0])
            actions += 1
    return actions


def wait_for_counts(page, counts: dict[str, int]) -> None:
    """Wait until the live panel shows exactly these counts (it re-evaluates after a pause)."""
    expected = {k: v for k, v in counts.items() if v and k != "not_applicable"}
    page.wait_for_function(
        """expected => {
             const shown = {};
             document.querySelectorAll('#live-panel .counts [data-status]').forEach(li => {
               shown[li.dataset.status] = parseInt(li.querySelector('strong').textContent, 10); });
             return JSON.stringify(shown) === JSON.stringify(expected);
           }""",
        arg=expected, timeout=TIMEOUT)


def show(page, form_part: str, panel_part: str | None) -> None:
    """Scroll the page to a part of the form and the live panel to one of its parts (or its top)."""
    page.locator(form_part).evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8)")
    page.evaluate("""sel => { const aside = document.querySelector('aside.live');
        const target = sel && document.querySelector(sel);
        aside.scrollTop = target ? aside.scrollTop + target.getBoundingClientRect().top
                                   - aside.getBoundingClientRect().top - 60 : 0; }""", panel_part)


def page_statuses(page) -> dict[str, str]:
    """Every finding's status as the results page shows it (detailed, satisfied, not applicable)."""
    return page.evaluate("""() => {
        const out = {};
        document.querySelectorAll('#findings [data-id], #not-applicable [data-id]').forEach(
          el => { out[el.dataset.id] = el.dataset.status; });
        return out; }""")


def test_flagship_entered_by_hand_blocks_and_gives_the_pdf(browser, live_server, cli_flagship, screenshots):
    description = load(FLAGSHIP.read_bytes())
    counts, answers = answers_for(description)
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    started = time.monotonic()
    page.goto(f"{live_server}/web/")
    # the as-of date is shown and defaults to the server's date
    assert page.locator('input[name="assessment_date"]').input_value() == time.strftime("%Y-%m-%d")

    actions = enter_by_hand(page, counts, answers)
    expected = {k: v for k, v in cli_flagship["counts"].items()}
    wait_for_counts(page, expected)
    panel = page.locator("#live-panel")
    assert panel.locator("[data-verdict]").get_attribute("data-verdict") == "blocked"
    blocking = panel.locator(".findings li")
    statuses = dict(zip(blocking.evaluate_all("els => els.map(e => e.dataset.id)"),
                        blocking.evaluate_all("els => els.map(e => e.dataset.status)"), strict=True))
    assert {k for k, v in statuses.items() if v == "violation"} == BLOCKING
    # blocking findings first: the violations head the list, then the actions required
    order = blocking.evaluate_all("els => els.map(e => e.dataset.status)")
    assert order == sorted(order, key=lambda s: s != "violation") and set(order) == {"violation", "action_required"}
    cli_blocking = {f["id"] for f in cli_flagship["findings"] if f["status"] in ("violation", "action_required")}
    assert set(statuses) == cli_blocking
    open_questions = panel.locator(".questions li")
    assert open_questions.count() > 0  # the flagship leaves facts unknown: the panel must ask for them
    asked = {f["questions"][0]["question"] for f in cli_flagship["findings"] if f["status"] == "needs_information" and f["questions"]}
    assert asked <= set(open_questions.locator("a").all_inner_texts())
    # the form at "Where the people are", the panel at its open questions; then the verdict and blocking findings
    show(page, "#f-workforce-2", "#live-panel .questions")
    page.screenshot(path=str(screenshots / "web-form.png"))
    show(page, "#s-captured", None)
    page.screenshot(path=str(screenshots / "web-live-result.png"))

    with page.expect_navigation():
        page.locator("aside").get_by_role("button", name="Save and open the report").click()
    assert re.search(r"/web/assessments/[0-9a-f-]{36}$", page.url)
    assert page.locator("h1").inner_text() == description.name
    assert page.locator(".verdict").get_attribute("data-verdict") == "blocked"
    assert page_statuses(page) == {f["id"]: f["status"] for f in cli_flagship["findings"]}
    for rid in BLOCKING:
        finding = page.locator(f"#finding-{rid}")
        assert "Violation" in finding.locator(".badge").inner_text()  # status in words, not colour only
        assert finding.locator(".cite a").first.get_attribute("href").startswith("https://")
    page.screenshot(path=str(screenshots / "web-results.png"))

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the PDF report").click()
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 20_000
    assert download.value.suggested_filename.endswith(".pdf")
    elapsed = time.monotonic() - started
    print(f"\nflagship entered with {actions} actions ({len(answers)} questions answered) in {elapsed:.1f} s")
    context.close()


def test_upload_matches_cli_then_edit_and_compare(browser, live_server, cli_flagship, tmp_path):
    context = browser.new_context(viewport={"width": 1024, "height": 768}, accept_downloads=True)  # tablet size
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)

    # a bad description is refused with the field named, nothing saved
    page.goto(f"{live_server}/web/import")
    page.get_by_label("Or paste it here").fill("schema_version: 1\nname: typo\nmonitoring: {technique: [screenshots]}\n")
    page.get_by_role("button", name="Open in the form").click()
    summary = page.locator(".error-summary")
    assert "monitoring.technique" in summary.inner_text() and "did you mean `techniques`?" in summary.inner_text()

    page.get_by_label("Description file").set_input_files(str(FLAGSHIP))
    with page.expect_navigation():
        page.get_by_role("button", name="Open in the form").click()
    assert page.locator('input[name="name"]').input_value() == load(FLAGSHIP.read_bytes()).name
    assert page.locator('select[name="monitoring.keystroke_capture"]').input_value() == "full_content"
    wait_for_counts(page, cli_flagship["counts"])
    with page.expect_navigation():
        page.locator("form#bentham-form .actions").get_by_role("button", name="Save and open the report").click()
    first = page.url
    assert page_statuses(page) == {f["id"]: f["status"] for f in cli_flagship["findings"]}

    # the exported description is the uploaded one
    with page.expect_download() as download:
        page.get_by_role("link", name="Export description as YAML").click()
    exported = download.value.path().read_bytes()
    assert load(exported) == load(FLAGSHIP.read_bytes())
    assert yaml.safe_load(exported)["name"] == load(FLAGSHIP.read_bytes()).name

    # edit a copy: counts and timing instead of the typed text
    page.get_by_role("link", name="Edit in the form").click()
    page.get_by_label("Keystroke capture", exact=True).select_option("metadata_only")
    with page.expect_navigation():
        page.locator("form#bentham-form .actions").get_by_role("button", name="Save and open the report").click()
    second = page.url
    assert second != first
    assert page.locator("#finding-FR-CNIL-KEYLOGGER").count() == 0 or \
        page.locator("#finding-FR-CNIL-KEYLOGGER").get_attribute("data-status") != "violation"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="History").click()
    for url in (first, second):
        page.locator(f'input[name="id"][value="{url.rsplit("/", 1)[1]}"]').check()
    page.get_by_role("button", name="Compare the two ticked").click()
    row = page.locator('#changed tr[data-id="FR-CNIL-KEYLOGGER"]')
    cells = row.locator("td").all_inner_texts()
    assert "Violation" in cells[0] and "Violation" not in cells[1]
    context.close()


def test_works_without_javascript_and_escapes_hostile_text(browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    page.goto(f"{live_server}/web/")
    page.get_by_label(re.compile("^Name of the deployment")).fill(hostile)
    page.locator('input[name="monitoring.techniques"][value="keystroke_logging"]').check()
    page.get_by_label("Keystroke capture", exact=True).select_option("full_content")
    with page.expect_navigation():
        page.get_by_role("button", name="Add a population").click()  # a plain post re-renders the form
    page.get_by_label("Country", exact=True).fill("fr")
    with page.expect_navigation():
        page.locator(".actions").get_by_role("button", name="Check now").click()
    # the answers survive the round trip, and the server-rendered panel shows a verdict in words
    assert page.locator('input[name="name"]').input_value() == hostile
    assert page.locator('input[name="workforce[0].country"]').input_value() == "fr"
    assert page.locator("#live-panel [data-verdict] strong").inner_text() in ("Blocked", "Not ready", "Review needed", "Clear")
    with page.expect_navigation():
        page.locator(".actions").get_by_role("button", name="Save and open the report").click()
    assert page.locator("h1").inner_text() == hostile
    assert dialogs == []
    context.close()
