"""The command line: parses arguments and calls the public API, nothing more.

``_cli_parser`` holds the commands and options, ``_cli_output`` the formats and the
safe stdout; here each command calls the API, and :func:`main` turns every mistake
into one line on stderr and an exit status: 0 success, 1 a problem with the data, the
source or the output, 2 a mistake in the arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import idlib_brief

from ._cli_output import (
    Output,
    audit_view,
    make_stdout_safe,
    overview_output,
    render,
    width,
    write,
)
from ._cli_parser import PROG, UsageError, flag, make_parser, name_filters, vocabulary
from ._extras import install_hint
from ._kinds import BY_NAME, counted

_parser = make_parser  # the parser the docs' command-line reference is generated from


class DataError(Exception):
    """A problem with the data, the source or the output: exit status 1."""


_FLAGS = {
    "start": "--from",
    "end": "--to",
    "kinds": "--kind",
    "status": "--status",
    "actors": "--actor",
    "issues": "--issue",
    "as_of": "--as-of",
}
"""The flag the user typed for each of the API's parameters, for error messages."""


def _names(
    brief: idlib_brief.Brief, flag: str, values: Sequence[str] | None, target: str = "actor"
) -> list[str]:
    """Resolve the names given to *flag* to ids, or say which one is unknown, and why."""
    resolve = brief.actor if target == "actor" else brief.issue
    try:
        return [resolve(value).id for value in values or ()]
    except LookupError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def _read(path: str, flag: str = "SOURCE_FILE") -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{flag}: cannot read {path!r}: {exc.strerror}") from None


# -- commands ---------------------------------------------------------------------------


def _list(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    kind = BY_NAME[args.listing]
    records: list[Any] = list(getattr(brief, kind.plural))
    if kind.dated:  # in date order, undated last (by id)
        dated = [r for r in brief.dated if isinstance(r, kind.cls)]
        records = dated + [r for r in records if r.when is None]
    for dest, reference in name_filters(kind).items():
        names = getattr(args, f"by_{dest}")
        ids = set(_names(brief, flag(dest), names, reference.target))
        if ids:
            records = [r for r in records if ids & {i for _, i in reference.ids(r)}]
    for field in vocabulary(kind):
        wanted = getattr(args, f"is_{field}")
        if wanted:
            records = [r for r in records if getattr(r, field) in wanted]
    return Output(table=idlib_brief.table(records, kind=kind.name), objects=records)


def _show(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    try:
        record = brief[args.id]
    except KeyError as exc:
        raise UsageError(str(exc)) from None
    table = idlib_brief.table(record)
    if args.source is None:
        return Output(table=table, objects=record)
    found = [e for e in _excerpts(brief, args.source, None, "--source") if e.record == record.id]
    words = audit_view(found, "Cited words:") if found else "No citation of that source."
    return Output(table=table, objects=record, text=f"{table.to_text(width=width())}\n\n{words}")


def _find(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    try:
        found = brief.find(args.text, kinds=args.kind or ())
    except idlib_brief.BriefError as exc:
        raise UsageError(str(exc)) from None
    note = None if found else f"no record matches {args.text!r}"
    return Output(table=idlib_brief.table(found, kind=None), objects=found, note=note)


def _timeline(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    if args.members and not args.actor:
        raise UsageError("--members needs --actor (whose members?)")
    timeline = brief.timeline(
        args.start,
        args.end,
        actors=_names(brief, "--actor", args.actor),
        kinds=args.kind or (),
        issues=_names(brief, "--issue", args.issue, "issue"),
        include_members=args.members,
        within=args.within,
    )
    if args.as_of:
        timeline = timeline.as_of(args.as_of)
    if args.status:  # after as_of, so that it reads the status of that day
        timeline = timeline.filter(status=args.status)
    if args.plot:
        try:
            figure = timeline.plot(title=brief.title or None)
        except ImportError:
            raise UsageError(f"--plot needs matplotlib: {install_hint('plot')}") from None
        try:
            figure.savefig(args.plot)
        except (OSError, ValueError) as exc:
            raise UsageError(f"--plot: cannot write {args.plot!r}: {exc}") from None
    return Output(table=idlib_brief.table(timeline), objects=list(timeline))


def _positions(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    options = {
        "as_of": args.as_of,
        "include_members": not args.no_members,
        "include_assessments": args.assessments,
    }
    actors = _names(brief, "--actor", args.actor)
    issues = _names(brief, "--issue", args.issue, "issue")
    result: Any
    if getattr(args, "compare", None):
        a, b = _names(brief, "--compare", args.compare)
        result = brief.compare(a, b, **options)
    elif getattr(args, "matrix", False):
        result = brief.position_matrix(actors or None, issues or None, **options)
    elif getattr(args, "history", False):
        if len(actors) != 1 or len(issues) != 1:
            raise UsageError("--history needs one --actor and one --issue")
        result = brief.position_history(actors[0], issues[0], **options)
    else:
        found = brief.positions(actors or None, issues or None, **options)
        note = None
        if not found and args.as_of:
            note = (
                f"no positions as of {args.as_of}: only statements certainly made by then "
                "count, and undated statements are left out"
            )
        table = idlib_brief.table(found, kind="position")
        return Output(table=table, objects=list(found), note=note)
    return Output(table=idlib_brief.table(result), objects=result)


def _compare(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    args.compare = (args.a, args.b)
    args.actor = args.issue = None
    return _positions(brief, args)


def _excerpts(
    brief: idlib_brief.Brief, path: str, source: str | None, flag: str = "SOURCE_FILE"
) -> tuple[idlib_brief.Excerpt, ...]:
    data = _read(path, flag)
    try:
        return idlib_brief.excerpts(brief, data, source=source)
    except idlib_brief.SourceMismatchError as exc:
        raise DataError(
            f"{path} is not the copy of source {exc.source!r} that the brief cites: {exc.reason}"
        ) from None
    except (idlib_brief.BriefError, LookupError) as exc:
        raise UsageError(str(exc)) from None


def _verify(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    found = _excerpts(brief, args.source_file, args.source)
    sources = sorted({e.citation.source for e in found})
    header = (
        f"{args.source_file}: the copy of source {', '.join(map(repr, sources))} that the "
        f"brief cites (its SHA-256 matches); {len(found)} cited spans:"
    )
    table = idlib_brief.table(found, kind="excerpt")
    return Output(table=table, objects=list(found), text=audit_view(found, header))


def _annotate(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    data = _read(args.source_file)
    try:
        page = idlib_brief.annotate(brief, data, source=args.source, title=args.title)
    except idlib_brief.SourceMismatchError as exc:
        raise DataError(
            f"{args.source_file} is not the copy of source {exc.source!r} that the brief "
            f"cites: {exc.reason}"
        ) from None
    except (idlib_brief.BriefError, LookupError) as exc:
        raise UsageError(str(exc)) from None
    if args.output is None:
        return Output(text=page)
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"-o: cannot write {args.output!r}: {exc.strerror}") from None
    return Output(text=f"{args.output}: the evidence reader, {len(page):,} characters")


def _new(args: argparse.Namespace) -> Output:
    try:
        brief = idlib_brief.write_starter(args.folder)
    except FileExistsError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.folder!r}: {exc.strerror}") from None
    (source,) = brief.sources
    return Output(
        text=f"{args.folder}: a starter brief ({_counts(brief)}) citing {source.filename}\n"
        f"Try: {PROG} --brief {args.folder} annotate {Path(args.folder) / str(source.filename)} "
        "-o reader.html"
    )


def _counts(brief: idlib_brief.Brief) -> str:
    return counted(brief.counts())


def _export(brief: idlib_brief.Brief, args: argparse.Namespace) -> Output:
    try:
        idlib_brief.export(brief, args.folder, format=args.format)
    except OSError as exc:
        raise UsageError(f"cannot write into {args.folder!r}: {exc.strerror or exc}") from None
    what = "a CSV Data Package" if args.format == "csv" else "JSON files that load() reads"
    return Output(text=f"{args.folder}: the brief as {what} ({_counts(brief)})")


def _schema(_brief: idlib_brief.Brief, _args: argparse.Namespace) -> Output:
    import json

    return Output(text=json.dumps(idlib_brief.json_schema(), ensure_ascii=False, indent=2))


_COMMANDS: dict[str, Callable[[idlib_brief.Brief, argparse.Namespace], Output]] = {
    "overview": lambda brief, _args: overview_output(brief),
    "check": lambda brief, args: Output(text=f"{args.folder}: a valid brief ({_counts(brief)})"),
    "show": _show,
    "find": _find,
    "timeline": _timeline,
    "positions": _positions,
    "compare": _compare,
    "verify": _verify,
    "annotate": _annotate,
    "export": _export,
    "schema": _schema,
}


def _load(folder: str | None, flag: str = "--brief") -> idlib_brief.Brief:
    try:
        return idlib_brief.load(folder)
    except FileNotFoundError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def _run(args: argparse.Namespace, command: str) -> int:
    if command == "new":
        output = _new(args)
    else:
        if command == "check":
            args.folder = args.folder or args.brief
            if args.folder is None:
                raise UsageError("which folder? (give PATH or --brief)")
        brief = _load(args.folder, "PATH") if command == "check" else _load(args.brief)
        run = _list if getattr(args, "listing", None) else _COMMANDS[command]
        output = run(brief, args)
    fmt = "markdown" if getattr(args, "markdown", False) else getattr(args, "format", "text")
    fmt = "text" if command == "export" else fmt  # its --format is the files' format
    if output.note:
        print(f"{PROG} {command}: {output.note}", file=sys.stderr)
    return 0 if write(render(output, fmt)) else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    Exit status: 0 on success; 1 when the brief's files are not valid (every problem
    is listed on standard error), a copy of the source is not the one the brief cites,
    or the output cannot be written; 2 for a mistake in the arguments (an unknown
    option, id, name, kind or status, a date that is not EDTF, a missing folder or
    file, a missing optional extra).
    """
    make_stdout_safe()
    try:
        args = make_parser().parse_args(argv)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    command = args.command or "overview"
    where = f"{PROG} {args.command}" if args.command else PROG
    try:
        return _run(args, command)
    except UsageError as exc:
        print(f"{where}: {exc}", file=sys.stderr)
        return 2
    except idlib_brief.BriefDataError as exc:
        print(exc, file=sys.stderr)
        return 1
    except DataError as exc:
        print(f"{where}: {exc}", file=sys.stderr)
        return 1
    except idlib_brief.TimelineError as exc:  # a range that ends before it starts, …
        flag = _FLAGS.get(exc.option, exc.option)
        print(f"{where}: {str(exc).replace(repr(exc.option), flag, 1)}", file=sys.stderr)
        return 2
    except (idlib_brief.BriefError, LookupError) as exc:
        print(f"{where}: {exc}", file=sys.stderr)
        return 2
