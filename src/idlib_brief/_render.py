"""Renderers shared by the helpers' results: plain-text, Markdown and CSV tables.

Plain-text tables can be fitted to a width (a terminal's): the widest columns give way
first and their cells wrap onto more lines, so no value is ever cut.
"""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Sequence

MIN_COLUMN = 3
"""The narrowest a column is squeezed to when a table is fitted to a width."""

_GAP = "  "


def fit_widths(
    natural: Sequence[int],
    width: int,
    *,
    floors: Sequence[int] | None = None,
    gap: int = len(_GAP),
) -> list[int]:
    """The column widths that fit *natural* widths into *width* characters, gaps included.

    Columns narrower than the share they would get keep their width; the others are
    capped at one common width (the widest cap that fits), never below their *floors*
    (say, their longest word), and what is left over goes to the widest of them. Where
    the floors do not fit, columns go down to :data:`MIN_COLUMN` (or their natural
    width, if that is less); a width too small even for that gives a wider table.

    >>> fit_widths([4, 10, 40], 80)
    [4, 10, 40]
    >>> fit_widths([4, 10, 40], 30)
    [4, 10, 12]
    >>> fit_widths([20, 40], 40, floors=[20, 8])
    [20, 18]
    >>> fit_widths([10, 10], 5)
    [3, 3]
    """
    available = width - gap * max(len(natural) - 1, 0)
    if sum(natural) <= available:
        return list(natural)
    least = [min(n, MIN_COLUMN) for n in natural]
    if floors is not None:
        wanted = [max(min(n, f), m) for n, f, m in zip(natural, floors, least, strict=True)]
        if sum(wanted) <= available:
            least = wanted
    if sum(least) >= available:
        return least

    def fitted(cap: int) -> list[int]:
        return [max(min(n, cap), f) for n, f in zip(natural, least, strict=True)]

    lo, hi = MIN_COLUMN, max(natural)  # the widest cap that fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(fitted(mid)) <= available:
            lo = mid
        else:
            hi = mid - 1
    widths = fitted(lo)
    spare = available - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):
        if spare <= 0:
            break
        extra = min(spare, natural[i] - widths[i])
        widths[i] += extra
        spare -= extra
    return widths


WORD_FLOORS = (24, 16, 12, NARROWEST := 8)
"""A column is kept as wide as its longest word, up to the first of these caps that lets
every column fit."""

# NARROWEST: where a column would be narrower than this (and than its longest word), a
# table fitted to a width shows each row as a block of ``header  value`` lines instead.


def _stacked(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Each row as a block of ``header  value`` lines, values wrapped to *width*."""
    if not rows:
        return "\n".join(headers)
    name_width = max((len(h) for h in headers), default=0)
    value_width = max(width - name_width - len(_GAP), MIN_COLUMN)
    blocks = []
    for row in rows:
        lines = []
        for header, cell in zip(headers, row, strict=False):
            for k, line in enumerate(_wrap(cell, value_width)):
                name = header if k == 0 else ""
                lines.append(f"{name.ljust(name_width)}{_GAP}{line}".rstrip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _wrap(cell: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in cell.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=True) or [
            ""
        ]
    return lines


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = None
) -> str:
    """Render *rows* under *headers* as a plain-text table with aligned columns.

    Args:
        headers: The columns' names.
        rows: The cells, row by row.
        width: Fit the table into this many characters a line: the widest columns
            narrow first and their cells wrap (no value is cut); where even that
            leaves a column too narrow to read, each row becomes a block of
            ``header  value`` lines. ``None`` keeps every cell on one line.

    >>> print(text_table(["when", "what"], [["2020-03-05", "meeting"], ["2018", "x"]]))
    when        what
    ----------  -------
    2020-03-05  meeting
    2018        x
    >>> print(text_table(["id", "what"], [["a", "talks in Moscow on 5 March"]], width=16))
    id  what
    --  ------------
    a   talks in
        Moscow on 5
        March
    >>> print(text_table(["when", "kind", "id", "what"],
    ...                  [["2020-03-05", "event", "moscow-meeting", "Talks in Moscow"]], width=20))
    when  2020-03-05
    kind  event
    id    moscow-meeting
    what  Talks in Moscow
    """
    natural = [len(h) for h in headers]
    words = [max((len(w) for w in h.split()), default=0) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            natural[i] = max(natural[i], *(len(line) for line in cell.split("\n")))
            words[i] = max(words[i], *(len(w) for w in cell.split()), 0)
    widths = natural
    if width is not None:
        gaps = len(_GAP) * max(len(headers) - 1, 0)
        for cap in WORD_FLOORS:  # keep whole words where they fit, long ones down to cap
            floors = [min(w, n, cap) for w, n in zip(words, natural, strict=True)]
            if sum(floors) + gaps <= width:
                break
        widths = fit_widths(natural, width, floors=floors)
        if any(w < min(f, NARROWEST) for w, f in zip(widths, floors, strict=True)):
            return _stacked(headers, rows, width)

    def lines(cells: Sequence[str]) -> list[str]:
        wrapped = [_wrap(c, w) for c, w in zip(cells, widths, strict=False)]
        height = max((len(w) for w in wrapped), default=1)
        return [
            _GAP.join(
                (w[k] if k < len(w) else "").ljust(n) for w, n in zip(wrapped, widths, strict=False)
            ).rstrip()
            for k in range(height)
        ]

    out = [*lines(headers), _GAP.join("-" * w for w in widths)]
    for row in rows:
        out.extend(lines(row))
    return "\n".join(out)


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    r"""Render *rows* under *headers* as a GitHub-flavoured Markdown table.

    Pipes and backslashes in cells are escaped, line breaks become spaces.

    >>> print(markdown_table(["a", "b"], [["1", "x|y"]]))
    | a | b |
    | --- | --- |
    | 1 | x\|y |
    """
    out = ["| " + " | ".join(_md_cell(h) for h in headers) + " |"]
    out.append("| " + " | ".join("---" for _ in headers) + " |")
    out.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return "\n".join(out)


def csv_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    r"""Render *rows* under *headers* as CSV (RFC 4180: quoted where needed, CRLF lines).

    >>> csv_table(["a", "b"], [["1", "x, y"]])
    'a,b\r\n1,"x, y"\r\n'
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()
