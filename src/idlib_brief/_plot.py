"""Pictures, drawn with matplotlib (the ``plot`` extra), imported only when drawing.

Figures are made with :class:`matplotlib.figure.Figure` directly, not through pyplot,
so drawing never changes the caller's backend or opens a window; save the result with
``fig.savefig(...)``, or show it in a notebook.
"""

from __future__ import annotations

from typing import Any


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
