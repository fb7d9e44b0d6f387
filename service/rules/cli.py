"""Command line: check a plan file, or write the rulebook.

    python -m service.rules check plan.json [--pack lincolnshire] [--format text|json]
    python -m service.rules rulebook [--write docs/RULEBOOK.md]

``check`` exits 0 when no MUST rule fails, 1 when any does, and 2 on bad input (a missing or
unreadable file, invalid JSON, a plan that fails the schema, an unknown pack), with a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from service.errors import CareplanError, InvalidInput
from service.plan import parse_plan
from service.rules.engine import evaluate, packs_for
from service.rules.models import Report, Status
from service.rules.rulebook import rulebook

OK, MUST_FAILS, BAD_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m service.rules", description=__doc__.split("\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check a plan (JSON file, or - for stdin)")
    check.add_argument("plan")
    check.add_argument(
        "--pack", action="append", help="local pack(s); default: the plan's rule_pack"
    )
    check.add_argument("--format", choices=["text", "json"], default="text")
    book = sub.add_parser("rulebook", help="print the rulebook (Markdown)")
    book.add_argument("--write", type=Path, help="write it to this file instead of printing")
    return parser


def _read(name: str) -> object:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        return json.loads(text)
    except OSError as error:
        raise InvalidInput(
            [{"path": name, "message": f"cannot read the file: {error.strerror}"}]
        ) from None
    except json.JSONDecodeError as error:
        raise InvalidInput([{"path": name, "message": f"not valid JSON: {error}"}]) from None


def _text(report: Report, out: TextIO) -> None:
    failures = report.failures()
    for f in failures:
        out.write(
            f"{f.level.value.upper():6} {f.rule_id:7} {', '.join(f.paths)}\n       {f.message}\n"
        )
    counts = {level: c[Status.fail.value] for level, c in report.summary.items()}
    out.write(
        f"{len(failures)} findings to fix: rules failing by level must {counts['must']}, "
        f"should {counts['should']}, good {counts['good']} (packs: {', '.join(report.packs)})\n"
    )
    out.write(
        "Sign-off blocked by MUST failures.\n" if report.must_failures else "No MUST failures.\n"
    )


def check(args: argparse.Namespace, out: TextIO) -> int:
    plan = parse_plan(_read(args.plan))
    report = evaluate(plan, packs_for(plan, args.pack))
    if args.format == "json":
        out.write(report.model_dump_json(indent=2) + "\n")
    else:
        _text(report, out)
    return MUST_FAILS if report.must_failures else OK


def write_rulebook(args: argparse.Namespace, out: TextIO) -> int:
    text = rulebook()
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return OK


def _problems(error: CareplanError) -> str:
    details = error.details if isinstance(error.details, list) else []
    lines = [f"  {d.get('path')}: {d.get('message')}" for d in details if isinstance(d, dict)]
    return "\n".join([f"error: {error.message}", *lines])


def main(argv: list[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = _parser().parse_args(argv)
    try:
        return check(args, out) if args.command == "check" else write_rulebook(args, out)
    except CareplanError as error:
        err.write(_problems(error) + "\n")
        return BAD_INPUT
