"""The ``bentham`` command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from engine.loading import DescriptionError, load
from engine.model import STATUS_RANK, Status

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FAIL_ON = ("violation", "action_required", "at_risk", "needs_information")


class UsageError(Exception):
    pass


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _ids(text: str) -> list[str]:
    return [i.strip().upper() for i in text.split(",") if i.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bentham", description="Check a workplace-monitoring deployment against EU and California law.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="evaluate one or more deployment descriptions")
    check.add_argument("files", nargs="+", type=Path)
    check.add_argument("--as-of", type=_date, help="apply the law as of this date (default: the description's assessment_date)")
    check.add_argument("--jurisdiction", type=_codes, help="comma-separated codes, e.g. EU,DE,US-CA")
    check.add_argument("--format", choices=("text", "json", "sarif", "junit"), default="text")
    check.add_argument("--output", type=Path, help="write to this file instead of standard output")
    check.add_argument("--fail-on", choices=FAIL_ON, default="action_required", help="exit 1 when a finding is this serious or worse")
    check.add_argument("--all", action="store_true", help="text format: also list requirements found not applicable")
    check.add_argument("--pdf", type=Path, help="also write the PDF report here (one input file only)")

    report = sub.add_parser("report", help="render the PDF compliance report of a deployment description")
    report.add_argument("file", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--as-of", type=_date)
    report.add_argument("--jurisdiction", type=_codes)

    verify = sub.add_parser("verify", help="check a report PDF: intact attachments, same findings with the installed catalogue")
    verify.add_argument("pdf", type=Path)

    rules = sub.add_parser("rules", help="list or show requirements")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_list = rules_sub.add_parser("list")
    rules_list.add_argument("--jurisdiction", type=_codes)
    rules_list.add_argument("--format", choices=("text", "json"), default="text")
    rules_list.add_argument("--kind", choices=("requirement", "classification", "watch", "all"), default="all",
                            help="requirements, classifications (derived facts such as scope gates), the watch-list, or all")
    rules_show = rules_sub.add_parser("show")
    rules_show.add_argument("id")
    rules_show.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("schema", help="print the JSON Schema of the deployment description")
    validate = sub.add_parser("validate", help="validate deployment descriptions without evaluating them")
    validate.add_argument("files", nargs="+", type=Path)

    bench = sub.add_parser("bench", help="measure evaluation latency and throughput on the bundled examples")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--iterations", type=int, default=3000)
    bench.add_argument("--examples", type=Path)
    bench.add_argument("--requirements", type=_ids, metavar="ID,...|foundation",
                       help="evaluate only these requirements (and the classifications they chain on); "
                            "'foundation' is the first slice of ten (the foundation issue's 2 ms target); "
                            "--api always serves the whole catalogue")

    bench.add_argument("--api", action="store_true",
                       help="also load-test POST /v1/evaluate through `bentham serve --local` on loopback "
                            "(32 clients, 5 s each): distinct bodies give api_evaluate_rps, api_p50_ms, api_p99_ms; "
                            "identical bodies (the result cache) api_cached_rps, api_cached_p50_ms, api_cached_p99_ms")
    bench.add_argument("--report", action="store_true",
                       help="also measure the PDF report of the flagship example (python -m reports.bench): adds "
                            "report_warm_s (median warm render) and reports_per_s (2-process pool)")
    bench.add_argument("--report-iterations", type=int, default=5, help="warm renders per process for --report")

    serve = sub.add_parser("serve", help="run the HTTP API (needs API keys unless --local)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="server processes (each with its own engine pool)")
    serve.add_argument("--local", action="store_true", help="single-user mode without API keys; binds to 127.0.0.1 only")
    serve.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))

    apikey = sub.add_parser("apikey", help="create, revoke or list API keys (uses BENTHAM_DATABASE_URL)")
    apikey_sub = apikey.add_subparsers(dest="apikey_command", required=True)
    create = apikey_sub.add_parser("create", help="create a key for a tenant (created if new); the key is printed once")
    create.add_argument("--tenant", required=True)
    create.add_argument("--label", help="a note to recognise the key by (e.g. who holds it)")
    revoke = apikey_sub.add_parser("revoke", help="revoke a key by its prefix (bk_xxxxxxxx)")
    revoke.add_argument("prefix")
    keys_list = apikey_sub.add_parser("list", help="list keys (prefixes only; keys themselves are not stored)")
    keys_list.add_argument("--tenant")

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="create or upgrade the schema (bentham serve also does this on start)")
    db_sub.add_parser("current", help="print the schema revision")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"bentham: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def _read(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return load(data, "application/json" if path.suffix == ".json" else None)


def _emit(text: str, output: Path | None) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def cmd_check(args: argparse.Namespace) -> int:
    from engine.runtime import Engine
    from service import formats

    if args.pdf and len(args.files) != 1:
        raise UsageError("--pdf takes exactly one input file")
    descriptions = []
    for path in args.files:
        try:
            descriptions.append((str(path), _read(path)))
        except DescriptionError as exc:
            for err in exc.errors:
                print(f"{path}: {err['path'] or '(document)'}: {err['message']}", file=sys.stderr)
            return EXIT_USAGE
    engine = Engine()
    try:
        results = []
        for name, description in descriptions:
            if args.as_of is None and description.assessment_date is None:
                raise UsageError(f"{name}: no assessment_date in the description; pass --as-of YYYY-MM-DD")
            try:
                results.append((name, engine.evaluate(description, args.as_of, args.jurisdiction)))
            except ValueError as exc:
                raise UsageError(str(exc)) from None
    finally:
        engine.close()
    if args.format == "json":
        body = [json.loads(r.model_dump_json()) for _, r in results]
        text = json.dumps(body[0] if len(body) == 1 else body, indent=2, ensure_ascii=False) + "\n"
    elif args.format == "sarif":
        text = formats.sarif(results)
    elif args.format == "junit":
        text = formats.junit(results, Status(args.fail_on))
    else:
        text = "\n".join(formats.text(r, show_not_applicable=args.all) for _, r in results)
    _emit(text, args.output)
    if args.pdf:
        from reports.render import render_pdf

        (name, result), (_, description) = results[0], descriptions[0]
        args.pdf.write_bytes(render_pdf(result, description, Path(name).read_bytes()))
        print(f"bentham: wrote {args.pdf}", file=sys.stderr)
    threshold = STATUS_RANK[Status(args.fail_on)]
    failing = any(STATUS_RANK[f.status] <= threshold for _, r in results for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from engine.runtime import Engine
    from reports.render import render_pdf

    try:
        source = args.file.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror}") from None
    try:
        description = load(source, "application/json" if args.file.suffix == ".json" else None)
    except DescriptionError as exc:
        for err in exc.errors:
            print(f"{args.file}: {err['path'] or '(document)'}: {err['message']}", file=sys.stderr)
        return EXIT_USAGE
    if args.as_of is None and description.assessment_date is None:
        raise UsageError(f"{args.file}: no assessment_date in the description; pass --as-of YYYY-MM-DD")
    engine = Engine()
    try:
        result = engine.evaluate(description, args.as_of, args.jurisdiction)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        engine.close()
    args.output.write_bytes(render_pdf(result, description, source))
    print(f"{args.output}: {result.verdict.value}, {len(result.findings)} requirements evaluated as of {result.as_of}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from engine.runtime import Engine
    from reports.verify import verify_pdf

    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {args.pdf}: {exc.strerror}") from None
    engine = Engine()
    try:
        report = verify_pdf(pdf, lambda description, as_of: engine.evaluate(description, as_of))
    finally:
        engine.close()
    print(f"report: catalogue {report.report_catalogue_version} ({(report.report_catalogue_sha256 or '')[:12]}…), as of {report.as_of}")
    print(f"installed: catalogue {report.installed_catalogue_version} ({(report.installed_catalogue_sha256 or '')[:12]}…)")
    for change in report.changed_findings:
        print(f"  changed: {change}")
    for problem in report.problems:
        print(f"  problem: {problem}")
    print("verified: the attachments are intact and the findings reproduce" if report.ok else "NOT verified")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def cmd_rules(args: argparse.Namespace) -> int:
    from jurisdictions import catalogue

    from .catalogue_doc import rule_summary, show_text, watch_summary

    cat = catalogue()
    if args.rules_command == "list":
        try:
            requirements = cat.select(args.jurisdiction)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        codes = args.jurisdiction or [j.code for j in cat.jurisdictions]
        items = [
            *(requirements if args.kind in ("requirement", "all") else ()),
            *(c for c in cat.classifications if c.jurisdiction in codes and args.kind in ("classification", "all")),
        ]
        watch = [w for w in cat.watch_list if w.jurisdiction in codes and args.kind in ("watch", "all")]
        if args.format == "json":
            body = [rule_summary(r) for r in items] + [watch_summary(w) for w in watch]
            _emit(json.dumps(body, indent=2, ensure_ascii=False) + "\n", None)
        else:
            for r in items:
                label = r.severity.value if r.kind == "requirement" else "classification"
                print(f"{r.id:<34} {label:<27} [{r.grade.value}] {r.citation.label:<28} {r.title}")
            if watch:
                print("\nWatch-list (not law; never a finding):")
                for w in watch:
                    print(f"{w.id:<34} {w.status_as_of.isoformat():<27} [{w.grade.value}] {w.title}")
        return EXIT_OK
    item = cat.by_id.get(args.id.upper())
    if item is None:
        from jurisdictions import not_encoded

        why = not_encoded().get(args.id.upper())
        if why:
            raise UsageError(f"{args.id.upper()} is a research row that is not a requirement: {why}")
        raise UsageError(f"no requirement or classification with id {args.id!r}")
    if args.format == "json":
        _emit(json.dumps(rule_summary(item, full=True), indent=2, ensure_ascii=False) + "\n", None)
    else:
        _emit(show_text(item), None)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from engine.description import json_schema

    _emit(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", None)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            _read(path)
            print(f"{path}: valid")
        except DescriptionError as exc:
            status = EXIT_USAGE
            for err in exc.errors:
                print(f"{path}: {err['path'] or '(document)'}: {err['message']}", file=sys.stderr)
    return status


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run

    try:
        figures = run(iterations=args.iterations, examples=args.examples, api=args.api, requirements=args.requirements)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.report:
        from reports.bench import run as report_run

        figures.update(report_run(args.report_iterations))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<24} {value}")
    return EXIT_OK


def _database() -> Any:
    from .db import Database
    from .settings import database_url_from_env

    try:
        db = Database(database_url_from_env())
        db.upgrade()
    except Exception as exc:  # noqa: BLE001 - a connection or URL problem, told plainly
        raise UsageError(f"cannot open the database ({_redact(database_url_from_env())}): {exc}") from None
    return db


def _redact(url: str) -> str:
    import sqlalchemy as sa

    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "(unparseable BENTHAM_DATABASE_URL)"


def cmd_apikey(args: argparse.Namespace) -> int:
    from . import storage

    db = _database()
    try:
        if args.apikey_command == "create":
            key, prefix = storage.create_key(db, args.tenant.strip(), args.label)
            print(key)
            print(f"bentham: created key {prefix} for tenant {args.tenant!r}. It is shown only this once; "
                  "store it now (only its hash is kept).", file=sys.stderr)
        elif args.apikey_command == "revoke":
            if not storage.revoke_key(db, args.prefix):
                raise UsageError(f"no active key with prefix {args.prefix!r}")
            print(f"bentham: revoked {args.prefix}", file=sys.stderr)
        else:
            for k in storage.list_keys(db, args.tenant):
                state = f"revoked {k['revoked_at']:%Y-%m-%d}" if k["revoked_at"] else "active"
                used = f"{k['last_used_at']:%Y-%m-%d %H:%M}" if k["last_used_at"] else "never"
                print(f"{k['prefix']:<12} {k['tenant']:<24} {state:<18} last used {used:<17} {k['label'] or ''}")
    finally:
        db.dispose()
    return EXIT_OK


def cmd_db(args: argparse.Namespace) -> int:
    db = _database()  # upgrades
    try:
        print(db.current_revision())
    finally:
        db.dispose()
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from .logs import configure, log, logging_config

    configure(args.log_level.upper())
    host = "127.0.0.1" if args.local else args.host
    if args.local and args.host not in ("127.0.0.1", "localhost"):
        log.warning("--local binds to 127.0.0.1 only; ignoring --host %s", args.host)
    # settings travel to the server processes through the environment
    if args.local:
        os.environ["BENTHAM_LOCAL"] = "1"
    else:
        os.environ.pop("BENTHAM_LOCAL", None)
    if "BENTHAM_ENGINE_WORKERS" not in os.environ:
        os.environ["BENTHAM_ENGINE_WORKERS"] = str(max(1, (os.cpu_count() or 2) // max(1, args.workers)))
    from . import storage

    db = _database()  # migrate once, before any server process starts
    try:
        keys = [k for k in storage.list_keys(db) if k["revoked_at"] is None]
    finally:
        db.dispose()
    os.environ["BENTHAM_MIGRATE"] = os.environ.get("BENTHAM_MIGRATE", "1")
    from .settings import database_url_from_env

    mode = "local single-user mode: no API keys, bound to 127.0.0.1 only" if args.local else "API keys required"
    log.info(f"serving on http://{host}:{args.port} (API docs at /docs); {mode}",
             extra={"host": host, "port": args.port, "workers": args.workers, "local": args.local,
                    "database": _redact(database_url_from_env())})
    if not args.local and not keys:
        log.warning("no active API keys: create one with `bentham apikey create --tenant NAME`")
    uvicorn.run(
        "service.api:create_app", factory=True, host=host, port=args.port, workers=args.workers,
        log_config=logging_config(args.log_level.upper()), access_log=False, timeout_graceful_shutdown=30,
        proxy_headers=False, server_header=False,
    )
    return EXIT_OK


COMMANDS = {
    "check": cmd_check,
    "report": cmd_report,
    "verify": cmd_verify,
    "rules": cmd_rules,
    "schema": cmd_schema,
    "validate": cmd_validate,
    "bench": cmd_bench,
    "serve": cmd_serve,
    "apikey": cmd_apikey,
    "db": cmd_db,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
