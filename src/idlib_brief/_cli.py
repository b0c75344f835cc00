"""The command line: parses arguments and calls the public API, nothing more."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import idlib_brief


def _overview(brief: idlib_brief.Brief) -> str:
    lines = [brief.title or "A brief", ""]
    if brief.description:
        lines += [brief.description, ""]
    for source in brief.sources:
        published = f", {source.published}" if source.published else ""
        lines.append(f"Source: {source.title} ({source.publisher}{published})")
    lines += ["", "Records:"]
    lines += [f"  {kind:<11} {count:>4}" for kind, count in brief.counts().items()]
    events = [e for e in brief.events if e.when is not None]
    events.sort(key=lambda e: (e.when.sort_key if e.when else (), e.id))
    undated = [e for e in brief.events if e.when is None]
    lines += ["", "Events in date order:"]
    width = max((len(str(e.when)) for e in events), default=0)
    lines += [f"  {e.when!s:<{width}}  {e.title} [{e.status}]" for e in events]
    lines += [f"  {'(undated)':<{width}}  {e.title} [{e.status}]" for e in undated]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idlib-brief",
        description="Explore the bundled brief on the Idlib crisis of 2020, or a brief of your own.",
    )
    parser.add_argument(
        "--brief",
        metavar="FOLDER",
        help="a folder holding a brief of your own (default: the bundled brief)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("overview", help="what the brief covers, counts by kind, events by date (default)")
    check = commands.add_parser("check", help="validate a brief's folder and list every problem")
    check.add_argument("folder", help="the brief's folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    args = _parser().parse_args(argv)
    folder = args.folder if args.command == "check" else args.brief
    try:
        brief = idlib_brief.load(folder)
    except idlib_brief.BriefDataError as exc:
        print(exc, file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"idlib-brief: {exc}", file=sys.stderr)
        return 2
    if args.command == "check":
        counts = ", ".join(f"{n} {kind}" for kind, n in brief.counts().items())
        print(f"{folder}: a valid brief ({counts})")
        return 0
    print(_overview(brief))
    return 0
