"""The timeline's picture: a row per entry on a time axis whose lengths compare.

Drawn with matplotlib's object API (the ``plot`` extra), imported only when drawing;
the shared sizes, credit line and date wording are :mod:`idlib_brief._plot`'s.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any, NamedTuple

from ._plot import (
    FADE_STEPS,
    FAINT,
    GREY,
    KIND_COLOURS,
    TEXT,
    WIDTH,
    credit_line,
    finish,
    human_date,
    new_figure,
    wrap,
)

if TYPE_CHECKING:
    from ._dates import Date
    from ._timeline import Timeline, TimelineEntry


# -- the timeline ---------------------------------------------------------------------------


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
        finish(fig, title, brief_credit, on=ax)
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
    finish(fig, title, brief_credit, on=axes[-1])
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
    step = (outer - inner) / (2 * FADE_STEPS)
    for k in range(2 * FADE_STEPS):
        start = inner + k * step
        ax.barh(
            y,
            step,
            left=start,
            height=_BAR,
            color=colour,
            linewidth=0,
            alpha=0.8 * (1 - (k + 0.5) / (2 * FADE_STEPS)) ** 2,
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
        face = FAINT if look.face == "kind" else look.face
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
                    markeredgecolor=GREY,
                    markeredgewidth=1.5,
                    label="one day" if firm else look.legend,
                )
            )
        if any(not day and looks[i] == name for i, day in enumerate(days)):
            label = "from one day to another" if firm else look.legend
            handles.append(
                Patch(
                    facecolor=face,
                    edgecolor=GREY,
                    hatch=look.hatch,
                    linestyle=look.linestyle,
                    label=f"{label} (a span)" if marked and not firm else label,
                )
            )
    if any(not e.when.is_interval and e.when.precision != "day" for e in entries):
        handles.append(Patch(facecolor=FAINT, alpha=0.45, label="a month or a year"))
    if any(r.end_end == "open" for r in rows):
        handles.append(Patch(facecolor=FAINT, label="going on, no end given (to the edge)"))
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
        handles.append(Patch(facecolor=FAINT, alpha=0.3, label="no start given (fades in)"))
    if any(r.start_end == "unknown" or r.end_end == "unknown" for r in rows):
        handles.append(
            Line2D(
                [],
                [],
                linestyle=(0, (1, 2)),
                color=GREY,
                linewidth=2.2,
                label="unknown end (dotted)",
            )
        )
    return handles
