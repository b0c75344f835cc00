"""The network picture of a `RelationGraph`, drawn with matplotlib (the ``plot`` extra).

Made with :class:`matplotlib.figure.Figure` directly, never pyplot, so drawing does not
change the caller's backend or open a window; matplotlib is imported only when drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._relations import RelationGraph

#: Colour of each predicate's edges (Okabe–Ito and greys, colour-blind safe).
PREDICATE_COLOURS: dict[str, str] = {
    "member-of": "#9a9a9a",
    "part-of": "#9a9a9a",
    "speaks-for": "#9a9a9a",
    "leads": "#4d4d4d",
    "allied-with": "#009E73",
    "friends-with": "#56B4E9",
    "backs": "#0072B2",
    "opposes": "#D55E00",
    "fights": "#D55E00",
    "negotiates-with": "#E69F00",
    "mediates": "#CC79A7",
}

#: The line of each basis: stated solid, inferred dotted; a claim is always dashed.
BASIS_LINES: dict[str, str] = {"stated": "-", "inferred": ":", "claimed": "--"}

_SMALL = 2  # sides with this many actors or fewer share the column "others"


def new_figure(**options: Any) -> Any:
    """Return a new :class:`matplotlib.figure.Figure`, or say which extra to install.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError("drawing needs matplotlib: pip install 'idlib-brief[plot]'") from exc
    return Figure(**options)


def columns(graph: RelationGraph) -> list[tuple[str, list[str]]]:
    """The columns of the picture: ``(heading, actor ids)``, largest side first.

    Sides of more than two actors get a column each, headed by their states' names;
    smaller ones share columns of ``"others"`` (split where they would be taller than
    the largest side), each side's actors together. In a side, its namesake comes
    first (see :func:`~idlib_brief._relations.sides`), then states, then the rest by id.
    """
    brief = graph.brief
    groups: dict[str, list[str]] = {}
    for actor, side in graph.sides().items():
        groups.setdefault(side, []).append(actor)
    for side, members in groups.items():
        members.sort(key=lambda a: (a != side, brief.actor(a).kind != "state", a))
    big = sorted(
        (s for s, members in groups.items() if len(members) > _SMALL),
        key=lambda s: (-len(groups[s]), s),
    )
    found = [
        (
            " / ".join(brief.actor(a).name for a in groups[s] if brief.actor(a).kind == "state")
            or brief.actor(s).name,
            groups[s],
        )
        for s in big
    ]
    tallest = max((len(groups[s]) for s in big), default=8)
    column: list[str] = []
    for side in sorted(s for s in groups if s not in big):
        if column and len(column) + len(groups[side]) > tallest:
            found.append(("others", column))
            column = []
        column = column + groups[side]
    if column:
        found.append(("others", column))
    return found


def plot_relations(graph: RelationGraph, *, title: str | None = None) -> Any:
    """Draw *graph*: a column of actors per side, an edge per relation.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    from matplotlib.lines import Line2D

    laid = columns(graph)
    rows = max((len(members) for _, members in laid), default=1)
    fig = new_figure(figsize=(max(3.4 * len(laid), 6.5), 1.6 + 0.62 * rows), layout="constrained")
    ax = fig.add_subplot()
    where: dict[str, tuple[float, float]] = {}
    for column, (heading, members) in enumerate(laid):
        ax.text(column, 0.9, heading, ha="center", va="bottom", fontsize=10, fontweight="bold")
        for row, actor in enumerate(members):
            where[actor] = (float(column), float(-row))
    for r in graph.relations:
        (x0, y0), (x1, y1) = where[r.subject], where[r.object]
        line = BASIS_LINES["claimed" if r.claimed else r.basis]
        bend = 0.25 if x0 == x1 else 0.12
        ax.annotate(
            "",
            xy=(x1, y1),
            xytext=(x0, y0),
            arrowprops={
                "arrowstyle": "-" if r.symmetric else "-|>",
                "color": PREDICATE_COLOURS[r.predicate],
                "linestyle": line,
                "linewidth": 1.6,
                "shrinkA": 16,
                "shrinkB": 16,
                "connectionstyle": f"arc3,rad={bend}",
            },
            zorder=1,
        )
        if r.claimed and r.asserted_by is not None:
            claimant = graph.brief.actor(r.asserted_by).name
            # Over a column between, nearer the object, clear of that column's actors.
            along = 0.7 if abs(x1 - x0) > 1 else 0.5
            ax.text(
                x0 + along * (x1 - x0),
                y0 + along * (y1 - y0) + 0.18,
                f"claimed by {claimant}",
                ha="center",
                fontsize=7.5,
                style="italic",
                color="#333333",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
                zorder=3,
            )
    for actor, (x, y) in where.items():
        record = graph.brief.actor(actor)
        ax.text(
            x,
            y,
            record.name,
            ha="center",
            va="center",
            fontsize=8.5,
            fontweight="bold" if record.kind == "state" else "normal",
            bbox={"boxstyle": "round,pad=0.3", "fc": "#f7f7f7", "ec": "#444444", "lw": 0.8},
            zorder=2,
        )
    used: dict[str, list[str]] = {}
    for predicate in sorted({r.predicate for r in graph.relations}):
        used.setdefault(PREDICATE_COLOURS[predicate], []).append(predicate)
    handles = [Line2D([], [], color=c, lw=2, label=", ".join(ps)) for c, ps in used.items()]
    handles += [
        Line2D([], [], color="black", linestyle=BASIS_LINES[basis], lw=1.4, label=label)
        for basis, label in (
            ("stated", "stated by the text"),
            ("inferred", "our inference"),
            ("claimed", "someone's claim"),
        )
    ]
    fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=8)
    ax.set_xlim(-0.7, max(len(laid) - 1, 0) + 0.7)
    ax.set_ylim(-rows + 0.4, 1.4)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return fig
