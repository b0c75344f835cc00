"""Pictures, drawn with matplotlib (the ``plot`` extra), imported only when drawing.

Figures are made with :class:`matplotlib.figure.Figure` directly, not through pyplot,
so drawing never changes the caller's backend or opens a window; save the result with
``fig.savefig(...)``, or show it in a notebook.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._timeline import Timeline, TimelineEntry


def new_figure(**options: Any) -> Any:
    """Return a new :class:`matplotlib.figure.Figure`, or explain how to get matplotlib.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError("drawing needs matplotlib: pip install 'idlib-brief[plot]'") from exc
    return Figure(**options)


#: The colour of each position in :func:`plot_matrix` (colour-blind safe, ColorBrewer).
POSITION_COLOURS: dict[str, str] = {
    "for": "#4575b4",
    "against": "#d73027",
    "neutral": "#bababa",
    "mixed": "#fdae61",
}


def plot_matrix(
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    cells: list[list[str | None]],
    *,
    hatched: list[list[bool]] | None = None,
    title: str | None = None,
) -> Any:
    """Draw a heat map of positions: a row per actor, a column per issue.

    Args:
        rows: The row labels (actor ids), top to bottom.
        columns: The column labels (issue ids), left to right.
        cells: Each row's cells: a key of :data:`POSITION_COLOURS`, or ``None`` (white).
        hatched: Which cells to hatch (positions that rest on assessments alone).
        title: A title over the picture.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    from matplotlib.patches import Patch, Rectangle

    width = 2.2 + 1.1 * max(len(columns), 1)
    height = 1.6 + 0.45 * max(len(rows), 1)
    fig = new_figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            colour = "white" if value is None else POSITION_COLOURS[value]
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=colour, edgecolor="white", lw=1.5))
            if hatched and hatched[i][j]:
                overlay = Rectangle((j, i), 1, 1, fill=False, edgecolor="#444444", lw=0)
                overlay.set_hatch("///")
                ax.add_patch(overlay)
            if value is not None:
                ax.text(j + 0.5, i + 0.5, value, ha="center", va="center", fontsize=8)
    ax.set_xlim(0, max(len(columns), 1))
    ax.set_ylim(max(len(rows), 1), 0)
    ax.set_xticks([j + 0.5 for j in range(len(columns))], columns, rotation=30, ha="right")
    ax.set_yticks([i + 0.5 for i in range(len(rows))], rows)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    handles = [Patch(facecolor=c, label=p) for p, c in POSITION_COLOURS.items()]
    handles.append(Patch(facecolor="white", edgecolor="black", hatch="///", label="assessed only"))
    fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=8)
    if title:
        ax.set_title(title)
    return fig


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


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plot_timeline(timeline: Timeline, *, title: str | None = None, breaks: bool = True) -> Any:
    """Draw *timeline*: a row per entry, top to bottom in time order.

    :meth:`Timeline.plot <idlib_brief.Timeline.plot>` calls it and says what the
    picture shows.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    entries = list(timeline)
    rows = len(entries)
    fig = new_figure(figsize=(11, min(1.8 + 0.27 * max(rows, 1), 30)), layout="constrained")
    if not entries:
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, "no dated entries", ha="center", va="center")
        ax.set_axis_off()
        if title:
            fig.suptitle(title)
        return fig

    # Each entry as days on matplotlib's axis (a date covers its last day too). An open
    # end says nothing of where the entries are: the panels follow the known ends only.
    bounds: list[tuple[float | None, float | None]] = [
        (
            None if e.when.earliest == dt.date.min else _day_number(e.when.earliest),
            None if e.when.latest == dt.date.max else _day_number(e.when.latest) + 1,
        )
        for e in entries
    ]
    known: list[tuple[float, float]] = []
    for lo, hi in bounds:
        if lo is not None:
            known.append((lo, lo + 1 if hi is None else hi))
        elif hi is not None:
            known.append((hi - 1, hi))
    epoch = _day_number(dt.date(2000, 1, 1))
    panels = _panels(known or [(epoch, epoch + 1)], breaks=breaks)
    pads = [max(2.0, 0.04 * (p_hi - p_lo)) for p_lo, p_hi in panels]
    left_edge, right_edge = panels[0][0] - pads[0], panels[-1][1] + pads[-1]
    spans = [
        (left_edge if lo is None else lo, right_edge if hi is None else hi) for lo, hi in bounds
    ]
    counts = [sum(lo < p_hi and hi > p_lo for lo, hi in spans) for p_lo, p_hi in panels]
    ratios = [max(count, 1) ** 0.5 for count in counts]
    axes = list(fig.subplots(1, len(panels), sharey=True, squeeze=False, width_ratios=ratios)[0])
    fig.get_layout_engine().set(wspace=0.015)

    looks = [STATUS_LOOKS.get(e.status or "", "firm") for e in entries]
    for number, ax in enumerate(axes):
        _draw_panel(ax, entries, spans, looks)
        open_sides = []
        if number == 0:
            open_sides.append((0, left_edge, "<"))
        if number == len(axes) - 1:
            open_sides.append((1, right_edge, ">"))
        for side, edge, arrow in open_sides:
            ends = [
                i for i, e in enumerate(entries)
                if (e.when.earliest, e.when.latest)[side] in {dt.date.min, dt.date.max}
            ]
            if ends:
                colours = [KIND_COLOURS[entries[i].kind] for i in ends]
                ax.scatter([edge] * len(ends), ends, marker=arrow, s=40, c=colours, zorder=3,
                           clip_on=False)
        p_lo, p_hi = panels[number]
        ax.set_xlim(p_lo - pads[number], p_hi + pads[number])
        _date_ticks(ax, max(4, round(10 * ratios[number] / sum(ratios))))

    # Cut marks where the time axis is broken.
    marks = {"marker": [(-1, -1.5), (1, 1.5)], "markersize": 8, "linestyle": "none",
             "color": "black", "mec": "black", "mew": 1, "clip_on": False}
    for left, right in itertools.pairwise(axes):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", length=0)
        left.plot([1, 1], [0, 1], transform=left.transAxes, **marks)
        right.plot([0, 0], [0, 1], transform=right.transAxes, **marks)

    axes[0].set_ylim(rows - 0.4, -0.6)
    if rows <= 80:
        labels = [f"{e.when}  {_shorten(e.label, 48)}" for e in entries]
        axes[0].set_yticks(range(rows), labels, fontsize=8)
    else:
        axes[0].set_yticks([])
        axes[0].set_ylabel(f"{rows} entries, in time order")
    fig.legend(handles=_legend(entries, looks), loc="outside lower center", ncols=5,
               frameon=False, fontsize=8)
    if title:
        fig.suptitle(title)
    return fig


def _draw_panel(
    ax: Any, entries: list[TimelineEntry], spans: list[tuple[float, float]], looks: list[str]
) -> None:
    """Draw every entry on *ax*: days as markers, longer dates as bars."""
    for name, look in _LOOKS.items():
        chosen = [i for i in range(len(entries)) if looks[i] == name]
        points = [i for i in chosen if entries[i].when.precision == "day"
                  and not entries[i].when.is_interval]
        spans_ = [i for i in chosen if entries[i].when.is_interval]
        imprecise = [i for i in chosen if i not in points and i not in spans_]
        for bars, alpha in ((spans_, 1.0), (imprecise, 0.45)):
            if not bars:
                continue
            colours = [KIND_COLOURS[entries[i].kind] for i in bars]
            ax.barh(
                bars,
                [spans[i][1] - spans[i][0] for i in bars],
                left=[spans[i][0] for i in bars],
                height=0.6,
                color=colours if look.face == "kind" else look.face,
                edgecolor="#777777" if name == "cancelled" else colours,
                alpha=alpha if look.face == "kind" else 1.0,
                hatch=look.hatch,
                linestyle=look.linestyle,
                linewidth=1.0,
            )
        if points:
            colours = [KIND_COLOURS[entries[i].kind] for i in points]
            ax.scatter(
                [spans[i][0] + 0.5 for i in points],
                points,
                marker=look.marker,
                s=46,
                c=colours if look.face == "kind" else look.face,
                edgecolors="#777777" if name == "cancelled" else colours,
                linewidths=1.5,
                zorder=3,
            )
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


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
    ax.tick_params(axis="x", labelsize=8)


def _legend(entries: list[TimelineEntry], looks: list[str]) -> list[Any]:
    """The legend's handles: the kinds and looks that the picture shows, then shapes."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = {e.kind for e in entries}
    handles: list[Any] = [
        Patch(facecolor=colour, label=kind)
        for kind, colour in KIND_COLOURS.items()
        if kind in kinds
    ]
    for name, look in _LOOKS.items():
        if name in looks:
            face = "#999999" if look.face == "kind" else look.face
            handles.append(Patch(facecolor=face, edgecolor="#555555", hatch=look.hatch,
                                 linestyle=look.linestyle, label=look.legend))
    handles += [
        Line2D([], [], marker="o", linestyle="none", color="#555555", label="one day"),
        Patch(facecolor="#555555", alpha=0.45, label="a month or a year"),
        Patch(facecolor="#555555", label="a span of days"),
    ]
    return handles
