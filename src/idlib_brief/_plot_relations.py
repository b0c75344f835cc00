"""The network picture of a `RelationGraph`, drawn with matplotlib (the ``plot`` extra).

Made with :class:`matplotlib.figure.Figure` directly, never pyplot, so drawing does not
change the caller's backend or open a window; matplotlib is imported only when drawing.
Sized like the library's other pictures (:data:`~idlib_brief._plot.WIDTH` inches wide,
text of :data:`~idlib_brief._plot.TEXT` points or more), so that it reads on a slide.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Any

from ._plot import GREY, TEXT, WIDTH, credit_line, finish, new_figure, wrap

if TYPE_CHECKING:
    from ._brief import Brief
    from ._model import Relation
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
#: What each line means, in the legend.
BASIS_LABELS: dict[str, str] = {
    "stated": "stated by the text",
    "inferred": "our inference",
    "claimed": "someone's claim (claimant named)",
}

MAX_COLUMNS = 3
"""Columns of actors at most, if no more sides need one: names stay whole at 9.5 points."""
NAME_WIDTH = 20  # characters of a name's line before it wraps
_SMALL = 2  # sides with this many actors or fewer are drawn together as "Others"
_LINE = 1.2 * TEXT / 72  # the height of a line of text, in inches
_PAD = 0.3 * TEXT / 72  # the padding of an actor's box, in inches
_GAP = 0.2  # inches between two actors' boxes
_GROUP_GAP = 0.16  # inches added between two groups
_INDENT = 0.38  # inches an actor stands right of the one it belongs to
_FIRST = ("state", "international-organisation", "think-tank", "expert-group")
_HEADING = 0.42  # inches for a heading over a column or a section

Section = tuple[str, list[list[tuple[str, int]]]]
"""A heading and its groups of actors, each actor with its depth in its group."""


def predicate_label(predicate: str) -> str:
    """A predicate as words: ``member-of`` → ``member of``."""
    return predicate.replace("-", " ")


def _grouped(brief: Brief, members: list[str], first: str | None) -> list[list[tuple[str, int]]]:
    """*members* in groups: each actor under the one it belongs to, depth first.

    An actor whose ``affiliation`` is among *members* comes in that one's group, right
    after it and one step deeper (Peskov after the Kremlin, under Russia). Groups come
    *first*'s first, then states, then by name; each actor has its depth in its group.
    """
    shown = set(members)
    children: dict[str, list[str]] = {}
    tops: list[str] = []
    for actor in members:
        parent = getattr(brief.actor(actor), "affiliation", None)
        if isinstance(parent, str) and parent in shown and parent != actor:
            children.setdefault(parent, []).append(actor)
        else:
            tops.append(actor)

    def name(actor: str) -> str:
        return brief.actor(actor).name.casefold()

    def walk(actor: str, depth: int, seen: set[str]) -> list[tuple[str, int]]:
        seen.add(actor)
        found = [(actor, depth)]
        for child in sorted(children.get(actor, []), key=name):
            if child not in seen:
                found += walk(child, depth + 1, seen)
        return found

    def rank(actor: str) -> int:  # states first, then bodies, then the rest
        kind = brief.actor(actor).kind
        return _FIRST.index(kind) if kind in _FIRST else len(_FIRST)

    tops.sort(key=lambda a: (a != first, rank(a), name(a)))
    seen: set[str] = set()
    groups = [walk(top, 0, seen) for top in tops]
    # Actors in a cycle of affiliations have no top: they come last, each on its own.
    groups += [[(a, 0)] for a in sorted(shown - seen, key=name)]
    return groups


def _rows(column: list[Section]) -> int:
    return sum(len(group) for _, groups in column for group in groups) + len(column)


def columns(graph: RelationGraph) -> list[list[Section]]:
    """The columns of the picture, each a list of sections (heading, groups of actors).

    Each side of more than two actors starts a column, headed by its states' names
    (by its namesake's, with no state). The smaller sides are drawn together in a
    section "Others": under the shortest side's column if there is room, else in
    columns of their own (continued under an empty heading), so that there are no
    more than :data:`MAX_COLUMNS` columns (unless more sides need one) and they are
    about as tall. In each section, an actor comes with the country or body it
    belongs to (see :func:`_grouped`).
    """
    brief = graph.brief
    sides: dict[str, list[str]] = {}
    for actor, side in graph.sides().items():
        sides.setdefault(side, []).append(actor)
    big = sorted((s for s in sides if len(sides[s]) > _SMALL), key=lambda s: (-len(sides[s]), s))
    found: list[list[Section]] = []
    for side in big:
        groups = _grouped(brief, sides[side], side)
        states = [brief.actor(g[0][0]).name for g in groups if brief.actor(g[0][0]).kind == "state"]
        found.append([(", ".join(states) or brief.actor(side).name, groups)])
    rest = _grouped(brief, [a for s in sides if s not in big for a in sides[s]], None)
    if not rest:
        return found
    most = max(MAX_COLUMNS, len(big) + 1)
    total = sum(map(_rows, found)) + sum(map(len, rest)) + 1
    height = max([-(-total // most), *map(_rows, found)])
    while True:
        laid = [list(column) for column in found]
        heading, column, section = "Others", list[Section](), ("", list[list[tuple[str, int]]]())
        for group in rest:
            if section[1] and _rows(column) + len(group) <= height:
                section[1].append(group)
                continue
            room = [c for c in laid if _rows(c) + 1 + len(group) <= height]
            if len(laid) < most or not room:
                column = []
                laid.append(column)
            else:
                column = min(room, key=_rows)
            section = (heading, [group])
            column.append(section)
            heading = "Others (continued)"
        if len(laid) <= most:
            return laid
        height += 1


def _width(text: str, bold: bool) -> float:
    """The width of *text* (perhaps several lines) at :data:`TEXT` points, in inches."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    font = FontProperties(size=TEXT, weight="bold" if bold else "normal")
    widths = [
        text_to_path.get_text_width_height_descent(line, font, ismath=False)[0]
        for line in text.split("\n")
    ]
    return max(widths) / 72


class _Box:
    """Where an actor's box is, in inches from the picture's top left."""

    __slots__ = ("bottom", "left", "right", "top")

    def __init__(self, left: float, top: float, width: float, lines: int) -> None:
        self.left, self.top = left, top
        self.right = left + width + 2 * _PAD
        self.bottom = top - lines * _LINE - 2 * _PAD

    @property
    def middle(self) -> tuple[float, float]:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)


def _layout(
    graph: RelationGraph, laid: list[list[Section]], span: float
) -> tuple[dict[str, _Box], list[tuple[float, float, float, str]], float]:
    """Each actor's box, each heading (x middle, y, width, text), and the depth reached."""
    brief = graph.brief
    boxes: dict[str, _Box] = {}
    headings: list[tuple[float, float, float, str]] = []
    deepest = 0.0
    for number, column in enumerate(laid):
        y = 0.0
        left = number * span + 0.08
        for heading, groups in column:
            y -= _HEADING if (heading or y < 0) else 0.0
            if heading:
                headings.append((left + span / 2 - 0.08, y + 0.1, span, heading))
            for index, group in enumerate(groups):
                y -= _GROUP_GAP if index else 0.0
                for actor, depth in group:
                    name = wrap(brief.actor(actor).name, NAME_WIDTH)
                    bold = brief.actor(actor).kind == "state"
                    box = _Box(left + depth * _INDENT, y, _width(name, bold), name.count("\n") + 1)
                    boxes[actor] = box
                    y = box.bottom - _GAP
        deepest = min(deepest, y + _GAP)
    return boxes, headings, deepest


def _ancestor(brief: Brief, upper: str, lower: str) -> bool:
    """Whether *lower* belongs to *upper*, directly or through others."""
    seen = {lower}
    parent = getattr(brief.actor(lower), "affiliation", None)
    while isinstance(parent, str) and parent not in seen:
        if parent == upper:
            return True
        seen.add(parent)
        parent = getattr(brief.get(parent), "affiliation", None)
    return False


def _path(
    r: Relation, boxes: dict[str, _Box], brief: Brief, nth: int
) -> list[tuple[float, float]] | None:
    """The corners of an edge that stays in its column, or ``None`` for a straight one.

    From an actor to one it belongs to, a line leaves the lower box on the left and
    climbs to the upper one's bottom (like a tree); any other edge in a column leaves
    the upper box on the right, runs down right of every box it passes, and comes back
    in. *nth* staggers edges that would run on one line.
    """
    a, b = boxes[r.subject], boxes[r.object]
    if abs(a.left - b.left) > _INDENT * 4 and not _same_column(a, b):
        return None
    upper, lower = (r.subject, r.object) if a.top > b.top else (r.object, r.subject)
    up, low = boxes[upper], boxes[lower]
    if _ancestor(brief, upper, lower) and low.left > up.left:
        trunk = min(up.left + 0.1 + 0.07 * nth, low.left - 0.06)
        points = [(low.left, low.middle[1]), (trunk, low.middle[1]), (trunk, up.bottom)]
    else:
        passed = [
            box for box in boxes.values() if _same_column(box, up) and low.top <= box.top <= up.top
        ]
        bar = max(box.right for box in passed) + 0.12 + 0.08 * nth
        points = [
            (low.right, low.middle[1]),
            (bar, low.middle[1]),
            (bar, up.middle[1]),
            (up.right, up.middle[1]),
        ]
    return points if lower == r.subject else points[::-1]


def _same_column(a: _Box, b: _Box) -> bool:
    return abs(a.left - b.left) < _INDENT * 4


def plot_relations(
    graph: RelationGraph, *, title: str | None = None, credit: str | None = None
) -> Any:
    """Draw *graph*: a column of actors per side, an edge per relation.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: matplotlib is not installed; the message names the extra.
    """
    fig = new_figure()
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path

    brief = graph.brief
    laid = columns(graph)
    span = WIDTH / max(len(laid), 1)  # inches per column
    boxes, headings, deepest = _layout(graph, laid, span)
    bases = {"claimed" if r.claimed else r.basis for r in graph.relations}
    colours = {PREDICATE_COLOURS[r.predicate] for r in graph.relations}
    legend = (-(-len(colours) // 2) + -(-len(bases) // 2)) * 0.21 + 0.15
    top, bottom = (0.5 if title else 0.1), legend + 0.4
    content = -deepest + 0.1
    height = top + content + bottom
    fig.set_size_inches(WIDTH, height)
    ax = fig.add_axes((0, bottom / height, 1, content / height))
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(deepest - 0.05, 0.05)
    ax.set_axis_off()
    for x, y, _, heading in headings:
        ax.text(x, y, heading, ha="center", va="baseline", fontsize=TEXT + 1, fontweight="bold")
    nodes = {}
    for actor, box in boxes.items():
        record = brief.actor(actor)
        nodes[actor] = ax.text(
            box.left + _PAD,
            box.top - _PAD,
            wrap(record.name, NAME_WIDTH),
            ha="left",
            va="top",
            fontsize=TEXT,
            linespacing=1.2,
            fontweight="bold" if record.kind == "state" else "normal",
            bbox={"boxstyle": "square,pad=0.3", "fc": "#f7f7f7", "ec": "#444444", "lw": 0.8},
            zorder=2,
        )
    counts: dict[tuple[str, str], int] = {}
    taken = list(boxes.values())  # what a claim's label must not cover
    for r in graph.relations:
        a, b = boxes[r.subject], boxes[r.object]
        if _ancestor(brief, r.object, r.subject) or _ancestor(brief, r.subject, r.object):
            key = ("tree", max(r.subject, r.object, key=lambda k: boxes[k].top))
        elif _same_column(a, b):  # the bars right of a column run side by side
            key = ("bar", str(int(a.left // span)))
        else:
            key = (r.subject, r.object) if r.subject < r.object else (r.object, r.subject)
        nth = counts[key] = counts.get(key, -1) + 1
        corners = _path(r, boxes, brief, nth) if _same_column(a, b) else None
        style: dict[str, Any] = {
            "arrowstyle": "-" if r.symmetric else "-|>",
            "mutation_scale": 12,
            "color": PREDICATE_COLOURS[r.predicate],
            "linestyle": _edge_line(r),
            "linewidth": 1.6,
            "zorder": 3,
        }
        if corners is None:
            arrow = FancyArrowPatch(
                a.middle,
                b.middle,
                connectionstyle=f"arc3,rad={0.08 + 0.12 * nth:.2f}",
                patchA=nodes[r.subject].get_bbox_patch(),
                patchB=nodes[r.object].get_bbox_patch(),
                shrinkA=1,
                shrinkB=1,
                **style,
            )
        else:
            codes = [Path.MOVETO] + [Path.LINETO] * (len(corners) - 1)
            arrow = FancyArrowPatch(path=Path(corners, codes), **style)
        ax.add_patch(arrow)
        if r.claimed and r.asserted_by is not None:
            text = wrap(f"claimed by {brief.actor(r.asserted_by).name}", 18)
            _claim(ax, text, corners or [a.middle, b.middle], taken)
    _legend(fig, graph.relations)
    finish(fig, title, credit or credit_line(brief), on=ax, axes_title=True)
    return fig


def _claim(ax: Any, text: str, line: list[tuple[float, float]], avoid: list[_Box]) -> None:
    """Write *text* on the edge through the corners *line*, covering least of *avoid*.

    Of the places that cover least, the nearest the edge's middle is taken (and added
    to *avoid*).
    """
    lines = text.count("\n") + 1
    width = _width(text, bold=False)
    candidates = []
    for step in range(1, 20):
        along = step / 20
        x, y = _along(line, along)
        for shift in (0.0, -0.5, 0.5):
            middle = x + shift * (width + 2 * _PAD)
            label = _Box(middle - width / 2 - _PAD, y + lines * _LINE / 2 + _PAD, width, lines)
            covered = sum(_overlap(label, box) for box in avoid)
            candidates.append((covered, abs(along - 0.5) + abs(shift), (middle, y), label))
    _, _, spot, label = min(candidates, key=lambda c: c[:2])
    avoid.append(label)
    ax.text(
        *spot,
        text,
        ha="center",
        va="center",
        fontsize=TEXT,
        style="italic",
        color="#333333",
        linespacing=1.2,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9},
        zorder=4,
    )


def _along(line: list[tuple[float, float]], share: float) -> tuple[float, float]:
    """The point *share* of the way along the corners *line*."""
    pieces = list(itertools.pairwise(line))
    lengths = [math.dist(p, q) for p, q in pieces]
    left = share * sum(lengths)
    for (p, q), length in zip(pieces, lengths, strict=True):
        if left <= length and length:
            return (p[0] + (q[0] - p[0]) * left / length, p[1] + (q[1] - p[1]) * left / length)
        left -= length
    return line[-1]


def _overlap(a: _Box, b: _Box) -> float:
    """The area *a* and *b* share, in square inches."""
    wide = min(a.right, b.right) - max(a.left, b.left)
    high = min(a.top, b.top) - max(a.bottom, b.bottom)
    return max(wide, 0.0) * max(high, 0.0)


def _edge_line(relation: Relation) -> str:
    return BASIS_LINES["claimed" if relation.claimed else relation.basis]


def _legend(fig: Any, relations: tuple[Relation, ...]) -> None:
    """A legend of exactly what is drawn: the predicates' colours and the lines' bases."""
    from matplotlib.lines import Line2D

    used: dict[str, list[str]] = {}
    for predicate in sorted({r.predicate for r in relations}):
        used.setdefault(PREDICATE_COLOURS[predicate], []).append(predicate_label(predicate))
    handles = [Line2D([], [], color=c, lw=2.5, label=", ".join(ps)) for c, ps in used.items()]
    bases = {"claimed" if r.claimed else r.basis for r in relations}
    handles += [
        Line2D([], [], color=GREY, linestyle=BASIS_LINES[basis], lw=1.6, label=label)
        for basis, label in BASIS_LABELS.items()
        if basis in bases
    ]
    if handles:
        fig.legend(
            handles=handles,
            loc="lower center",
            bbox_to_anchor=(0.5, 0.3 / fig.get_figheight()),
            ncols=2,
            frameon=False,
            fontsize=TEXT,
        )
