"""Pictures, drawn with matplotlib (the ``plot`` extra), imported only when drawing.

Figures are made with :class:`matplotlib.figure.Figure` directly, not through pyplot,
so drawing never changes the caller's backend or opens a window; save the result with
``fig.savefig(...)``, or show it in a notebook.

The pictures are sized for a slide or a page: 8 inches wide, text of 9.5 points or
more, every label whole (wrapped, never cut), names and titles rather than ids where a
brief is at hand, and a source credit under the picture.
"""

from __future__ import annotations

import itertools
import textwrap
from typing import TYPE_CHECKING, Any

from ._extras import missing_extra
from ._model import amount
from ._public import present_as_public

if TYPE_CHECKING:
    from collections.abc import Sequence

    from . import _model
    from ._brief import Brief
    from ._dates import Date

WIDTH = 8.0
"""The pictures' width in inches: at a page's or a slide's width, 9.5 points stay legible."""
TEXT = 9.5
"""The size of the pictures' text, in points."""
GREY = "#555555"
FAINT = "#888888"
FADE_STEPS = 12

#: The colour of each kind of entry in :func:`plot_timeline` (Okabe–Ito, colour-blind safe).
KIND_COLOURS: dict[str, str] = {
    "event": "#0072B2",
    "statement": "#E69F00",
    "agreement": "#009E73",
    "figure": "#CC79A7",
}


def new_figure(**options: Any) -> Any:
    """Return a new :class:`matplotlib.figure.Figure`, or explain how to get matplotlib.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise missing_extra("drawing", "plot") from exc
    return Figure(**options)


def credit_line(brief: Brief | None) -> str | None:
    """A source credit for a picture of *brief*: its sources' publishers and dates."""
    if brief is None or not brief.sources:
        return None
    parts = []
    for source in brief.sources:
        publisher = source.publisher.split(" (")[0]
        day = source.published
        parts.append(f"{publisher}, {human_date(day)}" if day else publisher)
    return f"Source: {'; '.join(parts)}; idlib_brief"


def finish(
    fig: Any, title: str | None, credit: str | None, *, on: Any = None, axes_title: bool = False
) -> None:
    """Put the title over the figure (or *on*) and the credit under *on* (the last axes).

    The credit is *on*'s x label, flush left under its tick labels, so that the
    layout keeps room for it above the legend; without axes, it is plain text.
    """
    if title and axes_title:
        on.set_title(title, fontsize=TEXT + 2.5, weight="bold")
    elif title:
        fig.suptitle(title, fontsize=TEXT + 2.5, weight="bold")
    if not credit:
        return
    if on is not None and on.axison:
        on.set_xlabel(credit, loc="left", fontsize=TEXT, color=GREY)
    else:
        fig.text(0.99, 0.01, credit, ha="right", va="bottom", fontsize=TEXT, color=GREY)


# -- dates as people write them -----------------------------------------------------------

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


_SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}


def _human_part(text: str) -> str:
    """One EDTF date (no interval) as people write it: ``2020-03-05`` → ``5 Mar 2020``.

    Seasons read as their names (``spring 2020``), a time of day follows its day, and a
    date with unspecified digits (``201X``) is shown as written.
    """
    core = text.rstrip("~?%")
    mark = "about " if text[len(core) :] in {"~", "%"} else ""
    doubt = "?" if text[len(core) :] in {"?", "%"} else ""
    day, _, time = core.partition("T")
    pieces = day.split("-")
    if not all(piece.isdigit() for piece in pieces):
        shown = core
    elif len(pieces) == 3:
        shown = f"{int(pieces[2])} {_MONTHS[int(pieces[1]) - 1]} {pieces[0]}"
        shown += f", {time}" if time else ""
    elif len(pieces) == 2 and pieces[1] in _SEASONS:
        shown = f"{_SEASONS[pieces[1]]} {pieces[0]}"
    elif len(pieces) == 2:
        shown = f"{_MONTHS[int(pieces[1]) - 1]} {pieces[0]}"
    else:
        shown = core
    return f"{mark}{shown}{doubt}"


def human_date(when: Date) -> str:
    """*when* as people write it: ``5 Mar 2020``, ``Dec 2019 – open``, ``about 2015``.

    An open end (``..``) reads "open"; an unknown one (left blank) reads "unknown".
    """
    if not when.is_interval:
        return _human_part(when.text)
    start, _, end = when.text.partition("/")
    words = {"..": "open", "": "unknown"}
    left = words.get(start) or _human_part(start)
    right = words.get(end) or _human_part(end)
    if left.endswith(right[-4:]) and right[:1].isdigit() and left[:1].isdigit():
        left = left[:-5]  # "1 Feb 2020 – 15 Feb 2020" → "1 Feb – 15 Feb 2020"
    return f"{left} – {right}"


def wrap(text: str, width: int) -> str:
    """*text* wrapped to lines of at most *width* characters, none of it cut."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


# -- the position matrix ------------------------------------------------------------------

#: The colour of each position in :func:`plot_matrix` (colour-blind safe, ColorBrewer).
POSITION_COLOURS: dict[str, str] = {
    "for": "#4575b4",
    "against": "#d73027",
    "neutral": "#bababa",
    "mixed": "#fdae61",
}
#: The sign drawn in a cell of each position, so that the picture reads without colour.
POSITION_SIGNS: dict[str, str] = {"for": "+", "against": "−", "neutral": "○", "mixed": "±"}


def _matrix_order(rows: Sequence[str], brief: Brief | None) -> list[tuple[str, int, bool]]:
    """The rows grouped: each actor with its members, as ``(id, group, is_member)``.

    An actor that belongs to another (Erdogan to Turkey) comes right under it; groups
    are in order of their first actor's name. Without a brief, the rows stay as given.
    """
    if brief is None:
        return [(row, number, False) for number, row in enumerate(rows)]
    shown = set(rows)

    def head(actor_id: str) -> str:
        seen = {actor_id}
        parent = getattr(brief.get(actor_id), "affiliation", None)
        while isinstance(parent, str) and parent in shown and parent not in seen:
            seen.add(parent)
            actor_id = parent
            parent = getattr(brief.get(actor_id), "affiliation", None)
        return actor_id

    def name(actor_id: str) -> str:
        return str(getattr(brief.get(actor_id), "name", actor_id)).casefold()

    def rank(actor_id: str) -> tuple[int, str]:  # states first, then bodies, then others
        kind = getattr(brief.get(actor_id), "kind", "")
        first = ("state", "international-organisation", "think-tank", "expert-group")
        return (first.index(kind) if kind in first else len(first), name(actor_id))

    groups: dict[str, list[str]] = {}
    for row in rows:
        groups.setdefault(head(row), []).append(row)
    ordered = sorted(groups.items(), key=lambda item: rank(item[0]))
    return [
        (row, number, row != top)
        for number, (top, members) in enumerate(ordered)
        for row in sorted(members, key=lambda r: (r != top, name(r)))
    ]


def plot_matrix(
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    cells: list[list[str | None]],
    *,
    hatched: list[list[bool]] | None = None,
    title: str | None = None,
    brief: Brief | None = None,
    credit: str | None = None,
) -> Any:
    """Draw a heat map of positions: a row per actor, a column per issue.

    Args:
        rows: The actors' ids, top to bottom.
        columns: The issues' ids, left to right.
        cells: Each row's cells: a key of :data:`POSITION_COLOURS`, or ``None`` (white).
        hatched: Which cells to hatch (positions that rest on assessments alone).
        title: A title over the picture.
        brief: The brief the ids are from: with it, rows show names and are grouped
            (a country with its people and bodies), columns show issue titles, and a
            source credit is added. Without it, the ids are shown as they are.
        credit: A source credit under the picture (default: from *brief*'s sources).

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    from matplotlib.patches import Patch, Rectangle

    order = _matrix_order(rows, brief)
    where = {row: i for i, row in enumerate(rows)}

    def label(record_id: str, attribute: str) -> str:
        found = brief.get(record_id) if brief is not None else None
        return str(getattr(found, attribute, record_id))

    column_labels = [wrap(label(c, "title"), 22) if brief else c for c in columns]
    header = max((text.count("\n") + 1 for text in column_labels), default=1)
    width = max(WIDTH, 2.6 + 0.42 * len(columns))
    height = 1.9 + 0.3 * max(len(rows), 1) + (0.16 * header * 5.5 if brief else 1.2)
    fig = new_figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    for i, (row, group, member) in enumerate(order):
        source_row = where[row]
        for j, value in enumerate(cells[source_row]):
            colour = "white" if value is None else POSITION_COLOURS[value]
            edge = "#e4e4e4" if value is None else "white"
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=colour, edgecolor=edge, lw=1.2))
            if hatched and hatched[source_row][j]:
                overlay = Rectangle((j, i), 1, 1, fill=False, edgecolor="#333333", lw=0)
                overlay.set_hatch("///")
                ax.add_patch(overlay)
            if value is not None:
                ink = "white" if value in {"for", "against"} else "black"
                ax.text(
                    j + 0.5,
                    i + 0.52,
                    POSITION_SIGNS[value],
                    ha="center",
                    va="center",
                    fontsize=TEXT + 2,
                    color=ink,
                    weight="bold",
                )
        if i and group != order[i - 1][1]:
            ax.axhline(i, color="#333333", lw=1.0)
        del member
    ax.set_xlim(0, max(len(columns), 1))
    ax.set_ylim(max(len(rows), 1), 0)
    ax.xaxis.tick_top()
    if brief is not None:
        ax.set_xticks(
            [j + 0.5 for j in range(len(columns))],
            column_labels,
            rotation=90,
            ha="center",
            va="bottom",
            fontsize=TEXT,
            linespacing=1.0,
        )
        ax.set_yticks(
            [i + 0.5 for i in range(len(order))],
            [("    " if member else "") + label(row, "name") for row, _, member in order],
            fontsize=TEXT,
        )
        for tick, (_, _, member) in zip(ax.get_yticklabels(), order, strict=True):
            tick.set_weight("normal" if member else "bold")
    else:
        ax.set_xticks([j + 0.5 for j in range(len(columns))], columns, rotation=90, fontsize=TEXT)
        ax.set_yticks([i + 0.5 for i in range(len(rows))], rows, fontsize=TEXT)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    used = {value for row in cells for value in row if value is not None}
    handles = [
        Patch(facecolor=c, edgecolor="white", label=f"{POSITION_SIGNS[p]}  {p}")
        for p, c in POSITION_COLOURS.items()
        if p in used
    ]
    if hatched and any(itertools.chain.from_iterable(hatched)):
        handles.append(
            Patch(
                facecolor="white",
                edgecolor="#333333",
                hatch="///",
                label="only outside analysts' assessment",
            )
        )
    handles.append(Patch(facecolor="white", edgecolor="#bbbbbb", label="blank: no statement"))
    fig.legend(handles=handles, loc="outside lower center", ncols=3, frameon=False, fontsize=TEXT)
    finish(fig, title, credit or credit_line(brief), on=ax, axes_title=True)
    return fig


# -- figures and their bounds ---------------------------------------------------------------


def plot_figures(
    figures: Sequence[_model.Figure],
    *,
    title: str | None = None,
    credit: str | None = None,
) -> Any:
    """Draw figures as ranges on one logarithmic scale: value, bounds, qualifier.

    Each figure is a row on one logarithmic axis. A bound is a circle, filled where
    the bound itself is allowed and hollow where it is excluded ("more than 30"),
    with a bar between value and bound; a value that is no bound is a diamond; a side
    the qualifier leaves unbounded fades out towards the edge; a figure with no bound
    at all ("about", "around") has a dotted line either side.

    Args:
        figures: The figures to draw, top to bottom (those of value 0 are left out:
            a logarithmic scale has no place for them).
        title: A title over the picture.
        credit: A line under the picture, such as the source's name.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> soldiers = [f for f in brief.figures if f.unit == "soldiers"]
    >>> picture = idlib_brief.plot_figures(soldiers, title="Turkish soldiers killed")
    >>> len(picture.axes[0].get_yticklabels())  # a row for each figure
    2
    >>> picture.savefig("soldiers.png")  # doctest: +SKIP

    .. versionadded:: 0.2.0
    """
    from matplotlib.lines import Line2D

    chosen = [f for f in figures if f.value > 0]
    lines = [wrap(f"{f.label} ({amount(f)})", 44) for f in chosen]
    heights = [0.5 + 0.5 * text.count("\n") for text in lines]
    ys = [sum(heights[:i]) + heights[i] / 2 for i in range(len(chosen))]
    fig = new_figure(figsize=(WIDTH, 1.9 + 0.36 * max(sum(heights), 1)), layout="constrained")
    ax = fig.add_subplot()
    if not chosen:
        ax.set_axis_off()
        finish(fig, title, credit, on=ax)
        return fig
    ax.set_xscale("log")
    values = [v for f in chosen for v in (f.value, f.low, f.high) if v]
    left, right = min(values) / 6, max(values) * 6
    colour = KIND_COLOURS["figure"]
    for f, y in zip(chosen, ys, strict=True):
        if f.low is None and f.high is None and f.qualifier != "exact":
            for end in (f.value / 2.2, f.value * 2.2):
                ax.plot([f.value, end], [y, y], linestyle=(0, (1, 2)), color=colour, lw=2.2)
        bounds = ((f.low, f.low_exclusive, left), (f.high, f.high_exclusive, right))
        for bound, exclusive, edge in bounds:
            if bound is None:
                if f.low is not None or f.high is not None:
                    _fading_log(ax, y, f.value, edge, colour)
                continue
            ax.plot([bound, f.value], [y, y], color=colour, lw=5, solid_capstyle="butt")
            ax.scatter(
                [bound],
                [y],
                s=110,
                zorder=4,
                linewidths=2.2,
                edgecolors=[colour],
                c=["white" if exclusive else colour],
            )
        if f.value not in {f.low, f.high}:  # the number itself is no bound
            ax.scatter([f.value], [y], marker="D", s=60, zorder=5, c=["black"])
    ax.set_xlim(left, right)
    ax.set_ylim(sum(heights), 0)
    ax.set_yticks(ys, lines, fontsize=TEXT, linespacing=1.05)
    ax.tick_params(axis="y", length=0)
    ax.tick_params(axis="x", labelsize=TEXT)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="none",
            markersize=10,
            markerfacecolor=colour,
            markeredgecolor=colour,
            label="bound, itself allowed (N, up to N)",
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="none",
            markersize=10,
            markerfacecolor="white",
            markeredgecolor=colour,
            markeredgewidth=2.2,
            label="bound, itself excluded (almost N, more than N)",
        ),
        Line2D(
            [], [], marker="D", linestyle="none", color="black", label="a number that is no bound"
        ),
        Line2D([], [], color=colour, alpha=0.35, lw=5, label="no bound on that side (fades)"),
        Line2D(
            [],
            [],
            color=colour,
            linestyle=(0, (1, 2)),
            lw=2.2,
            label="no bound either side (about, around)",
        ),
    ]
    fig.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False, fontsize=TEXT)
    finish(fig, title, credit, on=ax)
    return fig


def _fading_log(ax: Any, y: float, start: float, end: float, colour: str) -> None:
    """A bar from *start* towards *end* on a log axis, fading out: no bound that side."""
    ratio = (end / start) ** (1 / FADE_STEPS)
    for k in range(FADE_STEPS):
        a, b = start * ratio**k, start * ratio ** (k + 1)
        ax.plot(
            [a, b],
            [y, y],
            color=colour,
            lw=5,
            solid_capstyle="butt",
            alpha=0.7 * (1 - (k + 0.5) / FADE_STEPS),
        )


present_as_public(globals())
