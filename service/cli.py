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

    rules = sub.add_parser("rules", help="list or show requirements")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_list = rules_sub.add_parser("list")
    rules_list.add_argument("--jurisdiction", type=_codes)
    rules_list.add_argument("--format", choices=("text", "json"), default="text")
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

    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--local", action="store_true", help="single-user mode: binds to 127.0.0.1 only")
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
    threshold = STATUS_RANK[Status(args.fail_on)]
    failing = any(STATUS_RANK[f.status] <= threshold for _, r in results for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from jurisdictions import catalogue

    from .catalogue_doc import rule_summary, show_text

    cat = catalogue()
    if args.rules_command == "list":
        try:
            items = cat.select(args.jurisdiction)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if args.format == "json":
            _emit(json.dumps([rule_summary(r) for r in items], indent=2, ensure_ascii=False) + "\n", None)
        else:
            for r in items:
                print(f"{r.id:<34} {r.severity.value:<27} [{r.grade.value}] {r.citation.label:<28} {r.title}")
        return EXIT_OK
    item = cat.by_id.get(args.id.upper())
    if item is None:
        raise UsageError(f"no requirement or classification with id {args.id!r}")
    if args.format == "json":
        _emit(json.dumps(rule_summary(item, full=True), indent=2, ensure_ascii=False) + "\n", None)
    else:
        _emit(show_text(item), None)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from engine.description import DeploymentDescription

    _emit(json.dumps(DeploymentDescription.model_json_schema(), indent=2, ensure_ascii=False) + "\n", None)
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

    figures = run(iterations=args.iterations, examples=args.examples)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<24} {value}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    host = "127.0.0.1" if args.local else args.host
    if args.local and args.host not in ("127.0.0.1", "localhost"):
        print("bentham: --local binds to 127.0.0.1 only; ignoring --host", file=sys.stderr)
    print(f"bentham: serving on http://{host}:{args.port} (API docs at /docs){' — local single-user mode' if args.local else ''}", file=sys.stderr)
    uvicorn.run("service.api:create_app", factory=True, host=host, port=args.port, workers=args.workers, log_level="info")
    return EXIT_OK


COMMANDS = {
    "check": cmd_check,
    "rules": cmd_rules,
    "schema": cmd_schema,
    "validate": cmd_validate,
    "bench": cmd_bench,
    "serve": cmd_serve,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
