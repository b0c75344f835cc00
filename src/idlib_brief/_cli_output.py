"""What the command line prints, and how: formats, the terminal's width, a safe stdout.

Every command hands back an :class:`Output` (a table and the objects behind it, or a
text of its own); :func:`render` turns it into text, markdown, JSON or CSV, and
:func:`write` prints it without a traceback whatever stdout turns out to be.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from attrs import frozen

import idlib_brief

FORMATS = ("text", "markdown", "json", "csv")
"""What ``--format`` takes."""


@frozen(kw_only=True)
class Output:
    """A command's result: its table, the objects JSON shows, or a text of its own."""

    table: idlib_brief.Table | None = None
    objects: Any = None
    text: str | None = None
    markdown: str | None = None
    note: str | None = None  # said on stderr (why a result is empty)


def to_json(value: Any) -> Any:
    """*value* (one object, or a list, tuple or dict of them) in ``to_dict``'s form."""
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {key: to_json(v) for key, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return idlib_brief.to_dict(value)


def width() -> int:
    """The terminal's width (``COLUMNS`` first; 80 where there is no terminal)."""
    return shutil.get_terminal_size().columns


def render(output: Output, fmt: str) -> str:
    """The text *output* prints in the format *fmt* (one of :data:`FORMATS`)."""
    if fmt == "json":
        objects = output.objects
        return json.dumps(to_json(objects), ensure_ascii=False, indent=2)
    table = output.table
    if fmt == "text" and output.text is not None:
        return output.text
    if table is None:  # a command whose text is its only form
        return output.text or ""
    if fmt == "markdown" and output.markdown is not None:
        return output.markdown
    if fmt == "markdown":
        return table.to_markdown()
    if fmt == "csv":
        return table.to_csv()
    return table.to_text(width=width())


def overview_output(brief: idlib_brief.Brief) -> Output:
    """The ``overview`` command: a text of its own, its events as a table, all as JSON."""
    timeline = brief.timeline(kinds="event")
    events = [e.record for e in timeline] + list(timeline.undated)
    table = idlib_brief.table(events, kind="event")
    counts = idlib_brief.Table(
        ("kind", "records"), [(k, str(n)) for k, n in brief.counts().items()]
    )
    title = brief.title or "A brief"
    markdown = "\n\n".join(
        part
        for part in (f"# {title}", brief.description, counts.to_markdown(), table.to_markdown())
        if part
    )
    objects = {
        "title": brief.title,
        "description": brief.description,
        "sources": list(brief.sources),
        "counts": brief.counts(),
        "events": events,
    }
    return Output(table=table, objects=objects, text=overview(brief), markdown=markdown)


def overview(brief: idlib_brief.Brief) -> str:
    """The ``overview`` command's text, from the public API only."""
    lines = [brief.title or "A brief", ""]
    if brief.description:
        lines += [*textwrap.wrap(brief.description, max(width(), 20)), ""]
    for source in brief.sources:
        published = f", {source.published}" if source.published else ""
        line = f"Source: {source.title} ({source.publisher}{published})"
        lines += textwrap.wrap(line, max(width(), 20), subsequent_indent="  ")
    lines += ["", "Records:"]
    lines += [f"  {kind:<11} {count:>4}" for kind, count in brief.counts().items()]
    events = brief.timeline(kinds="event")
    lines += ["", "Events in date order:"]
    when = max((len(str(e.when)) for e in events), default=0)
    lines += [f"  {e.when!s:<{when}}  {e.label} [{e.status}]" for e in events]
    undated = [e for e in events.undated if isinstance(e, idlib_brief.Event)]
    lines += [f"  {'(undated)':<{when}}  {e.title} [{e.status}]" for e in undated]
    return "\n".join(lines)


def audit_view(found: Sequence[idlib_brief.Excerpt], header: str) -> str:
    """The ``verify`` command's text: each record's cited words under its id."""
    lines = [header]
    indent = "      "
    last = None
    for excerpt in found:
        if excerpt.record != last:
            lines += ["", f"{excerpt.record} ({excerpt.kind})"]
            last = excerpt.record
        span = f"[{excerpt.citation.start}, {excerpt.citation.end})"
        lines.append(f"  {excerpt.where} {span}")
        words = " ".join(excerpt.text.split())
        lines += textwrap.wrap(
            f"“{words}”", max(width(), 20), initial_indent=indent, subsequent_indent=indent
        )
    return "\n".join(lines)


def _quiet(stream: Any) -> None:
    """Point *stream*'s file at the null device, so the last flush at exit cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def make_stdout_safe() -> None:
    """Write what stdout's encoding cannot hold as replacements instead of failing."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        encoding = (stream.encoding or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8":
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot
                stream.reconfigure(errors="replace")


def write(text: str) -> bool:
    """Print *text* (and a final newline); ``False`` where stdout is closed or broken.

    A reader that stopped early (``| head``), a full disk (``> /dev/full``) and a closed
    stdout (``>&-``) end quietly, without a traceback.
    """
    stream = sys.stdout
    if stream is None:  # started with stdout closed
        return False
    try:
        stream.write(text if text.endswith("\n") else text + "\n")
        stream.flush()
    except (BrokenPipeError, OSError, ValueError):
        _quiet(stream)
        return False
    return True
