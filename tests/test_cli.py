from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from service.cli import main

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = str(ROOT / "examples" / "keystroke-ai-training.yaml")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_text_explains_and_fails_on_action_required(capsys):
    code, out, _ = run(capsys, "check", FLAGSHIP)
    assert code == 1
    assert "verdict: BLOCKED" in out
    assert "EU-GDPR-35-DPIA" in out and "GDPR Art 35(1)" in out


def test_fail_on_threshold_and_exit_codes(capsys, tmp_path):
    clear = tmp_path / "clear.yaml"
    clear.write_text(
        "schema_version: 1\nname: nothing monitored in scope\nassessment_date: 2026-12-01\n"
        "organisation: {legal_form: for_profit, establishments: [JP]}\nworkforce: [{country: JP, roles: [employee]}]\n"
        "monitoring: {techniques: [app_usage], captures_external_parties: false, external_parties_in_california: false}\n"
        "ai_systems: []\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(clear), "--fail-on", "needs_information")
    assert code == 0, out
    code, _, _ = run(capsys, "check", FLAGSHIP, "--fail-on", "violation")
    assert code == 1


def test_check_json_is_the_result_contract(capsys):
    code, out, _ = run(capsys, "check", FLAGSHIP, "--format", "json", "--as-of", "2026-12-01")
    data = json.loads(out)
    assert {"verdict", "as_of", "jurisdictions", "findings", "questions", "catalogue", "input_sha256"} <= set(data)
    assert data["as_of"] == "2026-12-01"
    assert all({"id", "status", "citation", "url", "grade", "facts_used"} <= set(f) for f in data["findings"])


def test_sarif_and_junit(capsys):
    _, out, _ = run(capsys, "check", FLAGSHIP, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert {r["level"] for r in sarif["runs"][0]["results"]} <= {"error", "warning", "note"}
    _, out, _ = run(capsys, "check", FLAGSHIP, "--format", "junit")
    suite = ET.fromstring(out.encode()).find("testsuite")
    assert int(suite.get("failures")) > 0


def test_bad_input_exits_2_with_the_field_path(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nname: x\nmonitoring: {technique: [keystroke_logging]}\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(bad))
    assert code == 2
    assert "monitoring.technique" in err and "did you mean `techniques`" in err
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    code, _, err = run(capsys, "check", str(tmp_path / "missing.yaml"))
    assert code == 2 and "cannot read" in err


def test_rules_list_show_and_schema(capsys):
    code, out, _ = run(capsys, "rules", "list", "--jurisdiction", "EU", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and all(r["jurisdiction"] == "EU" and r["url"].startswith("https://") and r["grade"] for r in listed)
    code, out, _ = run(capsys, "rules", "show", "EU-GDPR-35-DPIA")
    assert code == 0 and "EU-GDPR-35-DPIA-REQUIRED holds" in out and "GDPR Art 35(1)" in out
    code, _, err = run(capsys, "rules", "show", "NOPE")
    assert code == 2
    code, out, _ = run(capsys, "schema")
    assert json.loads(out)["title"] == "DeploymentDescription"


def test_bench_reports_the_documented_keys(capsys):
    code, out, _ = run(capsys, "bench", "--json", "--iterations", "40")
    figures = json.loads(out)
    assert {"evaluate_p50_ms", "evaluate_p99_ms", "evaluations_per_s"} <= set(figures)
    assert figures["evaluate_p50_ms"] > 0


def test_bench_measures_the_foundation_slice_alone(capsys):
    code, out, _ = run(capsys, "bench", "--json", "--iterations", "20", "--requirements", "foundation")
    figures = json.loads(out)
    assert code == 0
    assert figures["requirements"] == 10
    code, _, err = run(capsys, "bench", "--iterations", "20", "--requirements", "EU-GDPR-35-DPIA,EU-NOPE-1")
    assert code == 2 and "EU-NOPE-1" in err


def test_report_and_verify_round_trip(capsys, tmp_path):
    source = tmp_path / "small.yaml"
    source.write_text(
        "schema_version: 1\nname: Badge access in Vienna\nassessment_date: 2026-12-01\n"
        "organisation: {legal_form: for_profit, establishments: [AT]}\n"
        "workforce: [{country: AT, roles: [employee], representation: {works_council: true}}]\n"
        "monitoring: {techniques: [badge_rfid]}\nai_systems: []\n",
        encoding="utf-8",
    )
    pdf = tmp_path / "small.pdf"
    code, out, _ = run(capsys, "report", str(source), "-o", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, "verify", str(pdf))
    assert code == 0 and "verified" in out
    code, _, err = run(capsys, "check", str(source), str(source), "--pdf", str(pdf))
    assert code == 2 and "exactly one" in err
