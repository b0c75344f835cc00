"""The command line's parser: every command, option and help text.

The listing commands (one per kind of record) and their filters are derived from the
registry of kinds and the record classes' fields, so a new kind gets its command.
"""

from __future__ import annotations

import argparse
import typing
from typing import Any, Literal, NoReturn

import attrs

import idlib_brief

from ._cli_output import FORMATS
from ._kinds import REGISTRY, Kind, Reference

PROG = "idlib-brief"


class UsageError(Exception):
    """A mistake in the arguments: said on one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line each, raised rather than printed."""

    def error(self, message: str) -> NoReturn:
        """Raise the mistake as a :class:`UsageError`, with where to find help."""
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def edtf(text: str) -> idlib_brief.Date:
    """An option's value as a date, or an argparse error that says why it is not one."""
    try:
        return idlib_brief.Date(text)
    except idlib_brief.EDTFError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def flag(field: str) -> str:
    """The option for *field* (``--attributed-to`` for ``attributed_to``)."""
    return "--" + field.replace("_", "-")


RESERVED = frozenset({"brief", "format", "help", "version"})
"""Options every listing has, which no field of a record can take over as a filter."""


def vocabulary(kind: Kind) -> dict[str, tuple[str, ...]]:
    """The fields of *kind* whose values come from a fixed list, with the list."""
    return {
        f.name: typing.get_args(f.type)
        for f in attrs.fields(kind.cls)
        if typing.get_origin(f.type) is Literal and f.name not in RESERVED
    }


def name_filters(kind: Kind) -> dict[str, Reference]:
    """Each name-taking filter of *kind*'s listing: its ``dest``, and the field it reads.

    A flag per field that holds actors' or issues' ids (``--speaker``, ``--about``), named
    after the field, or after the kind it names where the ids are nested (a statement's
    stances: ``--issue``).
    """
    found: dict[str, Reference] = {}
    for reference in kind.references:
        if reference.target not in ("actor", "issue"):
            continue
        dest = reference.target if reference.attr is not None else reference.field
        if dest not in RESERVED and dest not in vocabulary(kind):
            found.setdefault(dest, reference)
    return found


def _formats(parser: argparse.ArgumentParser, *, only: tuple[str, ...] = FORMATS) -> None:
    parser.add_argument(
        "--format",
        choices=only,
        default="text",
        help=f"print as {', '.join(only[:-1])} or {only[-1]} (default: text)",
    )


def _positions_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=edtf, metavar="DATE", help="count only statements made by DATE (EDTF)"
    )
    parser.add_argument(
        "--no-members", action="store_true", help="leave out what those who speak for an actor said"
    )
    parser.add_argument(
        "--assessments", action="store_true", help="also count outside analysts' assessments"
    )


def _listing(commands: Any, kind: Kind, common: argparse.ArgumentParser) -> None:
    order = "by date, the undated ones last, by id" if kind.dated else "by id"
    listing = commands.add_parser(
        kind.plural,
        parents=[common],
        help=f"list the {kind.plural}",
        description=f"List the brief's {kind.plural} ({order}), filtered by any options given.",
    )
    listing.set_defaults(listing=kind.name)
    for dest, reference in name_filters(kind).items():
        target = reference.target
        what = "an actor's id, name or alias" if target == "actor" else "an issue's id or title"
        listing.add_argument(
            flag(dest),
            dest=f"by_{dest}",
            action="append",
            metavar="NAME",
            help=f"only {kind.plural} whose {dest} is this: {what} (repeatable)",
        )
    for field, values in vocabulary(kind).items():
        listing.add_argument(
            flag(field),
            dest=f"is_{field}",
            action="append",
            choices=values,
            metavar=field.upper(),
            help=f"only {kind.plural} with this {field}: {', '.join(values)} (repeatable)",
        )
    _formats(listing)


def make_parser() -> Parser:
    """The parser of ``idlib-brief`` and every command."""
    parser = Parser(
        prog=PROG,
        description="Explore the bundled brief on the Idlib crisis of 2020, or a brief of "
        "your own: list, find and show records, timelines and positions; check a brief, "
        "and read its citations on your copy of the source.",
        epilog="Exit status: 0 success, 1 a problem with the data or the source, "
        "2 a mistake in the arguments.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {idlib_brief.__version__}")
    brief_help = "a folder holding a brief of your own (default: the bundled brief)"
    parser.add_argument("--brief", metavar="FOLDER", help=brief_help)
    common = Parser(add_help=False)
    common.add_argument("--brief", metavar="FOLDER", default=argparse.SUPPRESS, help=brief_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, text: str, **kwargs: Any) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], help=text, description=text, **kwargs)

    overview = command(
        "overview", "what the brief covers, counts by kind, events by date (default)"
    )
    _formats(overview)

    for kind in REGISTRY:
        _listing(commands, kind, common)

    show = command("show", "one record, whole, with its citations")
    show.add_argument("id", help="the record's id")
    show.add_argument(
        "--source", metavar="FILE", help="your copy of the source, to print the cited words too"
    )
    _formats(show)

    find = command("find", "records whose names, titles, summaries, labels or quotes match")
    find.add_argument("text", help="the words to look for")
    find.add_argument(
        "--kind",
        action="append",
        choices=idlib_brief.RECORD_KINDS,
        metavar="KIND",
        help=f"only records of this kind: {', '.join(idlib_brief.RECORD_KINDS)} (repeatable)",
    )
    _formats(find)

    timeline = command("timeline", "dated events, statements, agreements, figures in time order")
    timeline.add_argument("--from", dest="start", type=edtf, metavar="DATE", help="from DATE on")
    timeline.add_argument("--to", dest="end", type=edtf, metavar="DATE", help="up to DATE")
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
        choices=idlib_brief.ENTRY_KINDS,
        metavar="KIND",
        help=f"{', '.join(idlib_brief.ENTRY_KINDS)} (repeatable)",
    )
    timeline.add_argument(
        "--issue", action="append", metavar="ISSUE", help="statements on an issue (repeatable)"
    )
    timeline.add_argument(
        "--status",
        action="append",
        choices=idlib_brief.ENTRY_STATUSES,
        metavar="STATUS",
        help="events or agreements with this status (repeatable): "
        + ", ".join(idlib_brief.ENTRY_STATUSES),
    )
    timeline.add_argument(
        "--as-of", type=edtf, metavar="DATE", help="what the brief says was known by DATE"
    )
    timeline.add_argument("--plot", metavar="FILE", help="also draw it to FILE (needs matplotlib)")
    timeline.add_argument("--markdown", action="store_true", help="same as --format markdown")
    _formats(timeline)

    positions = command("positions", "who stands where on which issue, since when, who says so")
    positions.add_argument(
        "--actor", action="append", metavar="NAME", help="an actor's id, name or alias (repeatable)"
    )
    positions.add_argument(
        "--issue", action="append", metavar="ISSUE", help="an issue's id or title (repeatable)"
    )
    _positions_options(positions)
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
    positions.add_argument("--markdown", action="store_true", help="same as --format markdown")
    _formats(positions)

    compare = command("compare", "where two actors' positions agree and disagree")
    compare.add_argument("a", metavar="A", help="an actor's id, name or alias")
    compare.add_argument("b", metavar="B", help="another actor")
    _positions_options(compare)
    _formats(compare)

    new = command("new", "write a small starter brief, with a sample text, into a new folder")
    new.add_argument("folder", metavar="DIR", help="a folder that does not exist yet, or is empty")

    check = command("check", "validate a brief's folder and list every problem")
    check.add_argument(
        "folder", nargs="?", metavar="PATH", help="the brief's folder (default: --brief's)"
    )

    export = command("export", "write every record as CSV or JSON files into a folder")
    export.add_argument("folder", metavar="DIR", help="the folder to write into")
    _formats(export, only=("csv", "json"))

    command("schema", "print the JSON Schema of a brief's files")

    verify = command(
        "verify", "check your copy of the source, then print each record's cited words"
    )
    verify.add_argument("source_file", metavar="SOURCE_FILE", help="your copy of the source")
    verify.add_argument("--source", metavar="ID", help="the source's id, if the brief has several")
    _formats(verify)

    annotate = command(
        "annotate", "write the evidence reader: one HTML page of the source with every citation"
    )
    annotate.add_argument("source_file", metavar="SOURCE_FILE", help="your copy of the source")
    annotate.add_argument(
        "-o", "--output", metavar="PAGE", help="the HTML file to write (default: standard output)"
    )
    annotate.add_argument(
        "--source", metavar="ID", help="the source's id, if the brief has several"
    )
    annotate.add_argument("--title", help="the page's title")
    return parser
