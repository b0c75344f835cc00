"""Tables of records and results, for the terminal, Markdown and CSV (`idlib_brief.table`).

Which columns a kind of record gets is derived from the registry of kinds and the record
class's fields, so a new kind gets a table with no change here.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs
from attrs import field, frozen

from ._dates import Date
from ._evidence import Excerpt
from ._kinds import BY_CLASS, BY_NAME, Kind
from ._model import Figure, amount
from ._parts import Citation, Stance
from ._position_results import Comparison, Position, PositionHistory, PositionMatrix
from ._public import present_as_public
from ._render import csv_table, markdown_table, text_table
from ._timeline import Timeline


def _cells(row: Iterable[str]) -> tuple[str, ...]:
    return tuple(row)


def _rows(rows: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in rows)


@frozen
class Table:
    r"""A table of text cells: headers and rows, rendered as text, Markdown or CSV.

    Get one from :func:`idlib_brief.table`. ``str(table)`` is :meth:`to_text` with
    every cell on one line.

    Attributes:
        headers: The columns' names.
        rows: The cells, row by row, each row as long as ``headers``.

    >>> import idlib_brief
    >>> t = idlib_brief.Table(["id", "what"], [["a", "talks in Moscow on 5 March"]])
    >>> print(t.to_text(width=16))
    id  what
    --  ------------
    a   talks in
        Moscow on 5
        March
    >>> t.to_csv()
    'id,what\r\na,talks in Moscow on 5 March\r\n'

    .. versionadded:: 0.2.0
    """

    headers: tuple[str, ...] = field(converter=_cells)
    rows: tuple[tuple[str, ...], ...] = field(converter=_rows)

    def __attrs_post_init__(self) -> None:
        for i, row in enumerate(self.rows):
            if len(row) != len(self.headers):
                msg = f"row {i} has {len(row)} cells, the table {len(self.headers)} columns"
                raise ValueError(msg)

    def to_text(self, *, width: int | None = None) -> str:
        """The table as aligned plain text.

        Args:
            width: Fit each line into this many characters (a terminal's width): the
                widest columns narrow first and their cells wrap onto more lines, so
                no value is cut. ``None`` keeps every cell on one line.
        """
        return text_table(self.headers, self.rows, width=width)

    def __str__(self) -> str:
        return self.to_text()

    def to_markdown(self) -> str:
        """The table in GitHub-flavoured Markdown (pipes escaped)."""
        return markdown_table(self.headers, self.rows)

    def to_csv(self) -> str:
        """The table as CSV, with a header row (RFC 4180: CRLF line ends)."""
        return csv_table(self.headers, self.rows)


# -- cell values --------------------------------------------------------------------------


def cell(value: object) -> str:
    """A field's value as table text: dates as EDTF, spans as ``source [start, end)``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    if isinstance(value, (str, Date)):
        return str(value)
    if isinstance(value, Citation):
        return f"{value.source} [{value.start}, {value.end})"
    if isinstance(value, Stance):
        return f"{value.issue}: {value.position}"
    if isinstance(value, tuple):
        nested = any(attrs.has(type(item)) for item in value)
        return ("\n" if nested else ", ").join(cell(item) for item in value)
    if attrs.has(type(value)):
        parts = (
            f"{f.name}: {cell(getattr(value, f.name))}"
            for f in attrs.fields(type(value))  # type: ignore[arg-type] # attrs.has() says so
            if getattr(value, f.name) not in (None, ())
        )
        return "; ".join(parts)
    return str(value)


def what(record: Any) -> str:
    """What *record* is, in our words (its kind's label field); a quantity with its amount.

    >>> import idlib_brief
    >>> from idlib_brief._display import what
    >>> what(idlib_brief.load()["moscow-meeting-2020-03-05"])
    'Putin and Erdogan meet in Moscow'
    """
    label = BY_CLASS[type(record)].label_of(record)
    if isinstance(record, Figure):
        return f"{label}: {amount(record)}"
    return label


def _vocabulary_fields(kind: Kind) -> list[str]:
    """The fields of *kind* that take a value of a fixed vocabulary (``Literal`` types)."""
    quantity = {"value", "unit"} <= {f.name for f in attrs.fields(kind.cls)}
    return [
        f.name
        for f in attrs.fields(kind.cls)
        if typing.get_origin(f.type) is Literal and not (quantity and f.name == "qualifier")
    ]


def _columns(kind: Kind) -> list[str]:
    """The columns of a table of *kind*'s records, derived from the registry and fields."""
    columns = ["id"]
    if kind.dated:
        columns.append("when")
    columns += _vocabulary_fields(kind)
    by = list(kind.by) or [r.field for r in kind.references if r.attr is None]
    columns += [name for name in by if name not in columns]
    return [*columns, "what"]


def _record_rows(records: Sequence[Any]) -> Table:
    kinds = {BY_CLASS[type(r)] for r in records}
    rows: list[Sequence[str]]
    if len(kinds) != 1:
        rows = [(BY_CLASS[type(r)].name, r.id, what(r)) for r in records]
        return Table(("kind", "id", "what"), rows)
    (kind,) = kinds
    columns = _columns(kind)
    rows = [
        [what(r) if name == "what" else cell(getattr(r, name)) for name in columns] for r in records
    ]
    return Table(columns, rows)


_POSITION_HEADERS = ("actor", "issue", "position", "since", "basis", "evidence")
_EXCERPT_HEADERS = ("record", "kind", "where", "source", "start", "end", "text")


def table(value: Any, *, kind: str | None = None) -> Table:
    """The table that shows *value* in a terminal, in Markdown or as CSV.

    Args:
        value: One of:

            - records of one kind (``brief.events``): a row per record, with the
              columns of that kind (its id, date, vocabulary fields, the actors it is
              by, what it is);
            - records of several kinds (what :meth:`Brief.find
              <idlib_brief.Brief.find>` returns): kind, id, what;
            - one record: a row per field that has a value (``field``, ``value``),
              citations as ``source [start, end)``;
            - positions (what :meth:`Brief.positions <idlib_brief.Brief.positions>`
              returns), a :class:`~idlib_brief.Timeline`,
              :class:`~idlib_brief.PositionMatrix`, :class:`~idlib_brief.Comparison` or
              :class:`~idlib_brief.PositionHistory`: the columns their own ``str()``
              shows, with no cell cut short;
            - excerpts (what :func:`~idlib_brief.excerpts` returns): record, kind,
              where, source, start, end and the cited words.
        kind: What an empty *value* would hold, for its columns: a kind of record
            (``"event"``), ``"position"`` or ``"excerpt"``; ``None`` for records of
            several kinds.

    Returns:
        A :class:`Table`.

    Raises:
        TypeError: *value* is none of those.
        ValueError: *kind* is not a kind of record nor ``"position"``.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> t = idlib_brief.table(brief.figures)
    >>> t.headers
    ('id', 'when', 'attributed_to', 'what')
    >>> print(idlib_brief.table(brief["ceasefire"]).to_text(width=60))
    field        value
    -----------  -----------------------------------------------
    id           ceasefire
    title        A ceasefire in Idlib
    description  Whether the fighting in the province should
                 stop under a truce, and how soon one could be
                 agreed.

    .. versionadded:: 0.2.0
    """
    from ._kinds import kind_of

    if isinstance(value, Timeline):
        return Table(Timeline._HEADERS, value._rows())  # noqa: SLF001 - the timeline's own rows
    if isinstance(value, PositionMatrix):
        return Table(("actor", *value.issues), value._rows())  # noqa: SLF001 - likewise
    if isinstance(value, Comparison):
        return Table(value._headers(), value._rows())  # noqa: SLF001 - likewise
    if isinstance(value, PositionHistory):
        from ._position_results import _HISTORY_HEADERS

        return Table(_HISTORY_HEADERS, value._rows())  # noqa: SLF001 - likewise
    rows: list[Sequence[str]]
    if type(value) in BY_CLASS:
        rows = [
            (f.name, cell(getattr(value, f.name)))
            for f in attrs.fields(kind_of(value).cls)
            if getattr(value, f.name) not in (None, ())
        ]
        return Table(("field", "value"), rows)
    items = tuple(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
    if items == () and kind is not None:
        if kind == "position":
            return Table(_POSITION_HEADERS, ())
        if kind == "excerpt":
            return Table(_EXCERPT_HEADERS, ())
        if kind not in BY_NAME:
            msg = f"'kind' must be one of {(*BY_NAME, 'position', 'excerpt')!r} (got {kind!r})"
            raise ValueError(msg)
        return Table(_columns(BY_NAME[kind]), ())
    if items and all(isinstance(e, Excerpt) for e in items):
        rows = [
            (e.record, e.kind, e.where, e.citation.source, str(e.citation.start),
             str(e.citation.end), e.text)
            for e in items
        ]  # fmt: skip
        return Table(_EXCERPT_HEADERS, rows)
    if items and all(isinstance(p, Position) for p in items):
        rows = [
            (p.actor, p.issue, p.position, cell(p.since), ", ".join(p.basis), ", ".join(p.evidence))
            for p in items
        ]
        return Table(_POSITION_HEADERS, rows)
    if items is not None and all(type(r) in BY_CLASS for r in items):
        if not items:
            return Table(("kind", "id", "what"), ())
        return _record_rows(items)
    msg = (
        "table() takes records, one record, positions, a Timeline, PositionMatrix, "
        f"Comparison or PositionHistory (got {type(value).__name__})"
    )
    raise TypeError(msg)


present_as_public(globals())
