"""Pictures, drawn with matplotlib (the ``plot`` extra), imported only when drawing.

Figures are made with :class:`matplotlib.figure.Figure` directly, not through pyplot,
so drawing never changes the caller's backend or opens a window; save the result with
``fig.savefig(...)``, or show it in a notebook.

The pictures are sized for a slide or a page: 8 inches wide, text of 9.5 points or
more, every label whole (wrapped, never cut), names and titles rather than ids where a
brief is at hand, and a source credit under the picture.
"""

from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._brief import Brief
    from ._dates import Date
    from ._model import Figure as FigureRecord
    from ._timeline import Timeline, TimelineEntry

WIDTH = 8.0
"""The pictures' width in inches: at a page's or a slide's width, 9.5 points stay legible."""
TEXT = 9.5
"""The size of the pictures' text, in points."""
_GREY = "#555555"
_FAINT = "#888888"


def new_figure(**options: Any) -> Any:
    """Return a new :class:`matplotlib.figure.Figure`, or explain how to get matplotlib.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError(
            "drawing needs matplotlib, which the package's 'plot' extra brings: "
            "python -m pip install '.[plot]' in a checkout (or python -m pip install matplotlib)"
        ) from exc
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


def _finish(
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
        on.set_xlabel(credit, loc="left", fontsize=TEXT, color=_GREY)
    else:
        fig.text(0.99, 0.01, credit, ha="right", va="bottom", fontsize=TEXT, color=_GREY)


# -- dates as people write them -----------------------------------------------------------

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _human_part(text: str) -> str:
    """One EDTF date (no interval) as people write it: ``2020-03-05`` → ``5 Mar 2020``."""
    core = text.rstrip("~?%")
    mark = "about " if text[len(core) :] in {"~", "%"} else ""
    doubt = "?" if text[len(core) :] in {"?", "%"} else ""
    pieces = core.split("-")
    if len(pieces) == 3:
        shown = f"{int(pieces[2])} {_MONTHS[int(pieces[1]) - 1]} {pieces[0]}"
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
    _finish(fig, title, credit or credit_line(brief), on=ax, axes_title=True)
    return fig


# -- the timeline ---------------------------------------------------------------------------

#: The colour of each kind of entry in :func:`plot_timeline` (Okabe–Ito, colour-blind safe).
KIND_COLOURS: dict[str, str] = {
    "event": "#0072B2",
    "statement": "#E69F00",
    "agreement": "#009E73",
    "figure": "#CC79A7",
}

#: How :func:`plot_timeline` draws an entry of each status that it sets apart; every
#: other status (occurred, ongoing, in force, …) and no status at all is ``"firm"``.
STATUS_LOOKS: dict[str, str] = {
    "planned": "planned",
    "expected": "planned",
    "proposed": "planned",
    "in-doubt": "doubtful",
    "cancelled": "cancelled",
}


class _Look(NamedTuple):
    face: str  # "kind" for the kind's colour
    hatch: str | None
    linestyle: Any
    marker: str
    legend: str


_LOOKS: dict[str, _Look] = {
    "firm": _Look("kind", None, "-", "o", "occurred, ongoing, in force"),
    "planned": _Look("white", "////", "-", "o", "planned, expected, proposed"),
    "doubtful": _Look("white", "...", "--", "D", "in doubt"),
    "cancelled": _Look("#dddddd", "xxx", "-", "X", "cancelled"),
}
_FADE_STEPS = 12
_BAR = 0.56


class _Row(NamedTuple):
    """One entry as drawn: where its row is, its known days, and how its ends are."""

    y: float
    lo: float | None  # None: the start is open or unknown
    hi: float | None  # None: the end is open or unknown
    start_end: str  # "known", "open" (``..``) or "unknown" (blank)
    end_end: str


def _end_kinds(when: Date) -> tuple[str, str]:
    if not when.is_interval:
        return "known", "known"
    start, _, end = when.text.partition("/")
    kinds = {"..": "open", "": "unknown"}
    return kinds.get(start, "known"), kinds.get(end, "known")


def _panels(spans: list[tuple[float, float]], *, breaks: bool) -> list[tuple[float, float]]:
    """The stretches of the time axis to draw: all of it, or its busy parts.

    Stretches without entries that are longer than 60 days and than 15% of the whole
    are cut out, the three longest at most: so there are at most four panels.
    """
    first = min(lo for lo, _ in spans)
    last = max(hi for _, hi in spans)
    if not breaks:
        return [(first, last)]
    merged: list[list[float]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    threshold = max(60.0, 0.15 * (last - first))
    gaps = sorted((merged[i + 1][0] - merged[i][1], i) for i in range(len(merged) - 1))
    cuts = sorted(i for gap, i in gaps[-3:] if gap > threshold)
    panels: list[tuple[float, float]] = []
    start = first
    for i in cuts:
        panels.append((start, merged[i][1]))
        start = merged[i + 1][0]
    panels.append((start, last))
    return panels


def _day_number(day: dt.date) -> float:
    """*day* as matplotlib's date axis counts (days since its epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(day))  # type: ignore[no-untyped-call]


def _entry_text(entry: TimelineEntry) -> str:
    """What a row says: the label (a statement's first sentence, by design) and the date."""
    text = entry.label
    if entry.kind == "statement":
        text = text.split(". ")[0].split("; ")[0].rstrip(".")
    return f"{text} ({human_date(entry.when)})"


def plot_timeline(
    timeline: Timeline,
    *,
    title: str | None = None,
    breaks: bool = True,
    window: tuple[dt.date, dt.date] | None = None,
    credit: str | None = None,
) -> Any:
    """Draw *timeline*: a row per entry, top to bottom in time order.

    :meth:`Timeline.plot <idlib_brief.Timeline.plot>` calls it and says what the
    picture shows.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    entries = list(timeline)
    if window is not None:
        first, last = window
        entries = [e for e in entries if e.when.earliest <= last and e.when.latest >= first]
    lines = [wrap(_entry_text(e), 40) for e in entries]
    heights = [0.45 + 0.5 * text.count("\n") for text in lines]
    ys = [sum(heights[:i]) + heights[i] / 2 for i in range(len(entries))]
    total = sum(heights)
    fig = new_figure(figsize=(WIDTH, min(1.9 + 0.34 * max(total, 1), 40)), layout="constrained")
    brief_credit = credit or credit_line(getattr(timeline, "brief", None))
    if not entries:
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, "no dated entries", ha="center", va="center", fontsize=TEXT)
        ax.set_axis_off()
        _finish(fig, title, brief_credit, on=ax)
        return fig

    rows: list[_Row] = []
    for entry, y in zip(entries, ys, strict=True):
        start_end, end_end = _end_kinds(entry.when)
        rows.append(
            _Row(
                y,
                None if entry.when.earliest == dt.date.min else _day_number(entry.when.earliest),
                None if entry.when.latest == dt.date.max else _day_number(entry.when.latest) + 1,
                start_end,
                end_end,
            )
        )
    # The panels follow the known days only: an open end says nothing of where entries are.
    known: list[tuple[float, float]] = []
    for row in rows:
        if row.lo is not None:
            known.append((row.lo, row.lo + 1 if row.hi is None else row.hi))
        elif row.hi is not None:
            known.append((row.hi - 1, row.hi))
    if window is not None:
        panels = [(_day_number(window[0]), _day_number(window[1]) + 1)]
    else:
        epoch = _day_number(dt.date(2000, 1, 1))
        panels = _panels(known or [(epoch, epoch + 1)], breaks=breaks)
    pads = [0.0 if window else max(2.0, 0.05 * (hi - lo)) for lo, hi in panels]
    edges = (panels[0][0] - pads[0], panels[-1][1] + pads[-1])
    counts = [
        sum((r.lo or edges[0]) < hi and (r.hi or edges[1]) > lo for r in rows) for lo, hi in panels
    ]
    ratios = [max(count, 1) ** 0.5 for count in counts]
    axes = list(fig.subplots(1, len(panels), sharey=True, squeeze=False, width_ratios=ratios)[0])
    fig.get_layout_engine().set(wspace=0.015)

    looks = [STATUS_LOOKS.get(e.status or "", "firm") for e in entries]
    arrows = 0
    for number, ax in enumerate(axes):
        lo, hi = panels[number]
        limits = (lo - pads[number], hi + pads[number])
        outer = (number == 0, number == len(axes) - 1)
        arrows += _draw_panel(ax, entries, rows, looks, edges, limits, outer)
        ax.set_xlim(*limits)
        _date_ticks(ax, max(3, round(8 * ratios[number] / sum(ratios))))

    # Cut marks where the time axis is broken.
    marks = {
        "marker": [(-1, -1.5), (1, 1.5)],
        "markersize": 8,
        "linestyle": "none",
        "color": "black",
        "mec": "black",
        "mew": 1,
        "clip_on": False,
    }
    for left, right in itertools.pairwise(axes):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", length=0)
        left.plot([1, 1], [0, 1], transform=left.transAxes, **marks)
        right.plot([0, 0], [0, 1], transform=right.transAxes, **marks)

    axes[0].set_ylim(total, 0)
    if len(entries) <= 80:
        axes[0].set_yticks(ys, lines, fontsize=TEXT, linespacing=1.05)
    else:
        axes[0].set_yticks([])
        axes[0].set_ylabel(f"{len(entries)} entries, in time order", fontsize=TEXT)
    axes[0].tick_params(axis="y", length=0)
    fig.legend(
        handles=_legend(entries, looks, rows, arrows=arrows > 0),
        loc="outside lower center",
        ncols=3,
        frameon=False,
        fontsize=TEXT,
    )
    _finish(fig, title, brief_credit, on=axes[-1])
    return fig


def _draw_panel(  # noqa: PLR0917 - one private caller, which names the parts
    ax: Any,
    entries: list[TimelineEntry],
    rows: list[_Row],
    looks: list[str],
    edges: tuple[float, float],
    limits: tuple[float, float],
    outer: tuple[bool, bool],
) -> int:
    """Draw every entry on *ax*: days as markers, longer dates as bars, open ends faded.

    *outer* says whether *ax* is the leftmost and the rightmost panel: there, an
    arrowhead at the edge marks an entry that goes on beyond the picture. Returns how
    many such arrowheads were drawn.
    """
    arrows = 0
    fade = 0.15 * (edges[1] - edges[0])
    for i, (entry, row) in enumerate(zip(entries, rows, strict=True)):
        look = _LOOKS[looks[i]]
        colour = KIND_COLOURS[entry.kind]
        when = entry.when
        face = colour if look.face == "kind" else look.face
        edge = "#777777" if looks[i] == "cancelled" else colour
        pale = not when.is_interval and when.precision != "day"
        lo = edges[0] if row.lo is None else row.lo
        hi = edges[1] if row.hi is None else row.hi
        if row.lo is None and row.hi is not None:  # open or unknown start: its known part
            lo = row.hi - _day_length(when.end)
        if row.hi is None and row.lo is not None:
            hi = row.lo + _day_length(when.start)
        if when.precision == "day" and not when.is_interval:
            ax.scatter(
                [lo + 0.5],
                [row.y],
                marker=look.marker,
                s=70,
                c=[face],
                edgecolors=[edge],
                linewidths=1.6,
                zorder=3,
            )
        else:
            ax.barh(
                row.y,
                hi - lo,
                left=lo,
                height=_BAR,
                color=face,
                edgecolor=edge,
                alpha=0.45 if pale and look.face == "kind" else 1.0,
                hatch=look.hatch,
                linestyle=look.linestyle,
                linewidth=1.0,
            )
        for side, kind in ((0, row.start_end), (1, row.end_end)):
            if kind == "known":
                continue
            inner = lo if side == 0 else hi
            far = max(edges[0], inner - fade) if side == 0 else min(edges[1], inner + fade)
            if kind == "open" and side == 1:  # going on: a bar to the edge, then an arrow
                ax.barh(
                    row.y,
                    edges[1] - inner,
                    left=inner,
                    height=_BAR,
                    color=face,
                    edgecolor=edge,
                    hatch=look.hatch,
                    linestyle=look.linestyle,
                    linewidth=1.0,
                )
                hi = edges[1]
            elif kind == "open":  # begun at a time not given: fades in
                _fading_bar(ax, row.y, inner, far, colour)
            else:
                ax.plot(
                    [inner, far], [row.y, row.y], linestyle=(0, (1, 2)), color=colour, linewidth=2.2
                )
        # Beyond the picture: a black arrowhead just inside its edge says "goes on there".
        nudge = 0.012 * (limits[1] - limits[0])
        if outer[0] and lo < limits[0]:
            arrows += 1
            ax.scatter(
                [limits[0] + nudge], [row.y], marker="<", s=60, c="black", zorder=4, clip_on=False
            )
        if outer[1] and (hi > limits[1] or row.end_end == "open"):
            arrows += 1
            ax.scatter(
                [limits[1] - nudge], [row.y], marker=">", s=60, c="black", zorder=4, clip_on=False
            )
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return arrows


def _day_length(part: Date | None) -> float:
    """How many days *part* (one end of an interval) covers: a month's, a year's, a day."""
    if part is None:
        return 1.0
    return float((part.latest - part.earliest).days + 1)


def _fading_bar(ax: Any, y: float, inner: float, outer: float, colour: str) -> None:
    """A bar from *inner* to *outer* that fades out: a start the source leaves open."""
    step = (outer - inner) / (2 * _FADE_STEPS)
    for k in range(2 * _FADE_STEPS):
        start = inner + k * step
        ax.barh(
            y,
            step,
            left=start,
            height=_BAR,
            color=colour,
            linewidth=0,
            alpha=0.8 * (1 - (k + 0.5) / (2 * _FADE_STEPS)) ** 2,
        )


def _date_ticks(ax: Any, most: int) -> None:
    """Put at most *most* concise date ticks on *ax*'s x axis."""
    from matplotlib.dates import DAILY, MONTHLY, YEARLY, AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=2, maxticks=most)  # type: ignore[no-untyped-call]
    # With few ticks the default steps leave no fit for some ranges (about 20 months,
    # about 2 days, thousands of years) and matplotlib warns; these steps close the gaps.
    locator.intervald[MONTHLY] = [1, 2, 3, 4, 6, 12]
    locator.intervald[DAILY] = [1, 2, 3, 7, 14, 21, 28]
    locator.intervald[YEARLY] = [*locator.intervald[YEARLY], 20000]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.tick_params(axis="x", labelsize=TEXT)


def _legend(
    entries: list[TimelineEntry], looks: list[str], rows: list[_Row], *, arrows: bool
) -> list[Any]:
    """The legend's handles: exactly the kinds, looks and shapes that the picture shows."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = {e.kind for e in entries}
    handles: list[Any] = [
        Patch(facecolor=colour, label=kind)
        for kind, colour in KIND_COLOURS.items()
        if kind in kinds
    ]
    days = [e.when.precision == "day" and not e.when.is_interval for e in entries]
    for name, look in _LOOKS.items():
        if name not in looks:
            continue
        face = _FAINT if look.face == "kind" else look.face
        firm = name == "firm"
        marked = any(day and looks[i] == name for i, day in enumerate(days))
        if marked:
            handles.append(
                Line2D(
                    [],
                    [],
                    marker=look.marker,
                    linestyle="none",
                    markersize=8,
                    markerfacecolor=face,
                    markeredgecolor=_GREY,
                    markeredgewidth=1.5,
                    label="one day" if firm else look.legend,
                )
            )
        if any(not day and looks[i] == name for i, day in enumerate(days)):
            label = "from one day to another" if firm else look.legend
            handles.append(
                Patch(
                    facecolor=face,
                    edgecolor=_GREY,
                    hatch=look.hatch,
                    linestyle=look.linestyle,
                    label=f"{label} (a span)" if marked and not firm else label,
                )
            )
    if any(not e.when.is_interval and e.when.precision != "day" for e in entries):
        handles.append(Patch(facecolor=_FAINT, alpha=0.45, label="a month or a year"))
    if any(r.end_end == "open" for r in rows):
        handles.append(Patch(facecolor=_FAINT, label="going on, no end given (to the edge)"))
    if arrows:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=">",
                markersize=8,
                color="black",
                label="goes on beyond the picture",
            )
        )
    if any(r.start_end == "open" for r in rows):
        handles.append(Patch(facecolor=_FAINT, alpha=0.3, label="no start given (fades in)"))
    if any(r.start_end == "unknown" or r.end_end == "unknown" for r in rows):
        handles.append(
            Line2D(
                [],
                [],
                linestyle=(0, (1, 2)),
                color=_GREY,
                linewidth=2.2,
                label="unknown end (dotted)",
            )
        )
    return handles


# -- figures and their bounds ---------------------------------------------------------------


def plot_figures(
    figures: Sequence[FigureRecord],
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

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    from matplotlib.lines import Line2D

    chosen = [f for f in figures if f.value > 0]
    lines = [wrap(f"{f.label} ({_phrase(f)})", 44) for f in chosen]
    heights = [0.5 + 0.5 * text.count("\n") for text in lines]
    ys = [sum(heights[:i]) + heights[i] / 2 for i in range(len(chosen))]
    fig = new_figure(figsize=(WIDTH, 1.9 + 0.36 * max(sum(heights), 1)), layout="constrained")
    ax = fig.add_subplot()
    if not chosen:
        ax.set_axis_off()
        _finish(fig, title, credit, on=ax)
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
    _finish(fig, title, credit, on=ax)
    return fig


_PHRASES = {
    "exact": "{n}",
    "almost": "almost {n}",
    "about": "about {n}",
    "around": "around {n}",
    "more-than": "more than {n}",
    "at-least": "at least {n}",
    "up-to": "up to {n}",
    "several": "several",
}


def _phrase(figure: FigureRecord) -> str:
    """The figure's number as a reader would say it: ``almost 1,000,000 people``."""
    number = f"{figure.value:,}" if isinstance(figure.value, int) else f"{figure.value:g}"
    return f"{_PHRASES[figure.qualifier].format(n=number)} {figure.unit}"


def _fading_log(ax: Any, y: float, start: float, end: float, colour: str) -> None:
    """A bar from *start* towards *end* on a log axis, fading out: no bound that side."""
    ratio = (end / start) ** (1 / _FADE_STEPS)
    for k in range(_FADE_STEPS):
        a, b = start * ratio**k, start * ratio ** (k + 1)
        ax.plot(
            [a, b],
            [y, y],
            color=colour,
            lw=5,
            solid_capstyle="butt",
            alpha=0.7 * (1 - (k + 0.5) / _FADE_STEPS),
        )
