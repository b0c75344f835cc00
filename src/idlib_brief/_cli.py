"""The command line: parses arguments and calls the public API, nothing more."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import idlib_brief

from ._render import markdown_table, text_table


def _overview(brief: idlib_brief.Brief) -> str:
    lines = [brief.title or "A brief", ""]
    if brief.description:
        lines += [brief.description, ""]
    for source in brief.sources:
        published = f", {source.published}" if source.published else ""
        lines.append(f"Source: {source.title} ({source.publisher}{published})")
    lines += ["", "Records:"]
    lines += [f"  {kind:<11} {count:>4}" for kind, count in brief.counts().items()]
    events = brief.timeline(kinds="event")
    lines += ["", "Events in date order:"]
    width = max((len(str(e.when)) for e in events), default=0)
    lines += [f"  {e.when!s:<{width}}  {e.label} [{e.status}]" for e in events]
    undated = [e for e in events.undated if isinstance(e, idlib_brief.Event)]
    lines += [f"  {'(undated)':<{width}}  {e.title} [{e.status}]" for e in undated]
    return "\n".join(lines)


def _positions(brief: idlib_brief.Brief, args: argparse.Namespace) -> str:
    """The output of the ``positions`` command, from the public API only."""
    options = {
        "as_of": args.as_of,
        "include_members": not args.no_members,
        "include_assessments": args.assessments,
    }
    if args.compare:
        comparison = brief.compare(*args.compare, **options)
        return comparison.to_markdown() if args.markdown else str(comparison)
    if args.matrix:
        matrix = brief.position_matrix(args.actor, args.issue, **options)
        return matrix.to_markdown() if args.markdown else str(matrix)
    if args.history:
        if len(args.actor or ()) != 1 or len(args.issue or ()) != 1:
            raise idlib_brief.BriefError("--history needs one --actor and one --issue")
        history = brief.position_history(args.actor[0], args.issue[0], **options)
        return history.to_markdown() if args.markdown else str(history)
    found = brief.positions(args.actor, args.issue, **options)
    headers = ["actor", "issue", "position", "since", "basis", "evidence"]
    rows = [
        [p.actor, p.issue, p.position, str(p.since or ""), *map(", ".join, (p.basis, p.evidence))]
        for p in found
    ]
    return markdown_table(headers, rows) if args.markdown else text_table(headers, rows)


def _timeline(brief: idlib_brief.Brief, args: argparse.Namespace) -> str:
    """The output of the ``timeline`` command, from the public API only."""
    timeline = brief.timeline(
        args.start,
        args.end,
        actors=args.actor or (),
        kinds=args.kind or (),
        issues=args.issue or (),
        status=(),
        include_members=args.members,
        within=args.within,
    )
    if args.as_of:
        timeline = timeline.as_of(args.as_of)
    if args.status:  # after as_of, so that it reads the status of that day
        timeline = timeline.filter(status=args.status)
    if args.plot:
        timeline.plot(title=brief.title or None).savefig(args.plot)
    return timeline.to_markdown() if args.markdown else str(timeline)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idlib-brief",
        description=(
            "Explore the bundled brief on the Idlib crisis of 2020, or a brief of your own."
        ),
    )
    parser.add_argument(
        "--brief",
        metavar="FOLDER",
        help="a folder holding a brief of your own (default: the bundled brief)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "overview", help="what the brief covers, counts by kind, events by date (default)"
    )
    check = commands.add_parser("check", help="validate a brief's folder and list every problem")
    check.add_argument("folder", help="the brief's folder")
    positions = commands.add_parser(
        "positions", help="who stands where on which issue, since when, and who says so"
    )
    positions.add_argument(
        "--actor", action="append", metavar="NAME", help="an actor's id, name or alias (repeatable)"
    )
    positions.add_argument(
        "--issue", action="append", metavar="ISSUE", help="an issue's id or title (repeatable)"
    )
    positions.add_argument(
        "--as-of", metavar="DATE", help="count only statements made on or before DATE (EDTF)"
    )
    positions.add_argument(
        "--no-members",
        action="store_true",
        help="leave out what those who speak for an actor said",
    )
    positions.add_argument(
        "--assessments",
        action="store_true",
        help="also count outside analysts' assessments of an actor",
    )
    shape = positions.add_mutually_exclusive_group()
    shape.add_argument("--matrix", action="store_true", help="actors by issues, as a table")
    shape.add_argument(
        "--compare", nargs=2, metavar=("A", "B"), help="where two actors agree and disagree"
    )
    shape.add_argument(
        "--history",
        action="store_true",
        help="how one --actor's position on one --issue came about",
    )
    positions.add_argument("--markdown", action="store_true", help="print Markdown tables")
    timeline = commands.add_parser(
        "timeline", help="dated events, statements, agreements and figures, in time order"
    )
    timeline.add_argument("--from", dest="start", metavar="DATE", help="from DATE (EDTF) on")
    timeline.add_argument("--to", dest="end", metavar="DATE", help="up to DATE (EDTF)")
    timeline.add_argument(
        "--within",
        action="store_true",
        help="only entries certainly inside the range (default: any that may overlap it)",
    )
    timeline.add_argument(
        "--actor", action="append", metavar="NAME", help="an actor's id, name or alias (repeatable)"
    )
    timeline.add_argument(
        "--members", action="store_true", help="with --actor, also what its members did and said"
    )
    timeline.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="event, statement, agreement or figure (repeatable)",
    )
    timeline.add_argument(
        "--issue",
        action="append",
        metavar="ISSUE",
        help="statements on an issue, by id or title (repeatable)",
    )
    timeline.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="events (or agreements) with this status (repeatable)",
    )
    timeline.add_argument(
        "--as-of", metavar="DATE", help="what the brief says was known or planned by DATE"
    )
    timeline.add_argument("--markdown", action="store_true", help="print a Markdown table")
    timeline.add_argument(
        "--plot", metavar="FILE", help="also draw the timeline to FILE (needs matplotlib)"
    )
    return parser


def _output(brief: idlib_brief.Brief, args: argparse.Namespace) -> str:
    """The text a command prints; raises the library's errors for bad options."""
    if args.command == "check":
        counts = ", ".join(f"{n} {kind}" for kind, n in brief.counts().items())
        return f"{args.folder}: a valid brief ({counts})"
    if args.command == "positions":
        return _positions(brief, args)
    if args.command == "timeline":
        return _timeline(brief, args)
    return _overview(brief)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code.

    Exit codes: 0 on success, 1 when the brief's files are not valid (every problem is
    listed on standard error), 2 for a missing folder or bad options (an unknown actor,
    issue, kind or status, or a date that is not EDTF).
    """
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
    try:
        text = _output(brief, args)
    except (idlib_brief.BriefError, LookupError) as exc:  # EDTF, actor, issue, filter errors
        print(f"idlib-brief: {exc}", file=sys.stderr)
        return 2
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (`idlib-brief timeline | head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0
