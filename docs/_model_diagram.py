"""Draw the data model: boxes for the record classes, arrows for what refers to what.

Nothing here is typed in by hand but the boxes' places on the page:

- the fields and their types come from :func:`attrs.fields` of each class, in the
  public names the API reference uses (``str ∈ ACTOR_KINDS`` for a kind);
- an arrow "holds" goes from a field to the class its type names (``stances``:
  ``tuple[Stance, ...]``);
- an arrow "refers to" goes from a field that holds ids to the kind of record the
  loader requires there, as found by the loader's own reference check run over the
  bundled brief; a citation's ``source`` names a :class:`~idlib_brief.Source`.

A class that has no place in ``_PLACES`` is drawn in a row of its own, so a new record
type shows up (untidily) rather than silently missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from _public_names import public_type, written_annotations
from matplotlib.figure import Figure as MplFigure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

import idlib_brief
from idlib_brief import _kinds

RECORDS: tuple[type, ...] = (
    idlib_brief.Source,
    idlib_brief.Issue,
    idlib_brief.Actor,
    idlib_brief.Statement,
    idlib_brief.Agreement,
    idlib_brief.Figure,
    idlib_brief.Event,
    idlib_brief.Relation,
    idlib_brief.Place,
)
PARTS: tuple[type, ...] = (
    idlib_brief.Citation,
    idlib_brief.Dating,
    idlib_brief.Stance,
    idlib_brief.StatusChange,
    idlib_brief.Location,
    idlib_brief.Point,
)

# Column, top row (in field lines) of each box.
_PLACES: dict[str, tuple[int, float]] = {
    "Stance": (0, 0),
    "Issue": (0, 5),
    "Agreement": (0, 12.5),
    "Statement": (1, 0),
    "Figure": (1, 17.5),
    "Actor": (2, 5),
    "Dating": (2, 17),
    "Citation": (2, 25),
    "Event": (3, 0),
    "StatusChange": (3, 14),
    "Source": (3, 21),
    "Relation": (0, 24),
    "Place": (2, 30.5),
    "Location": (3, 33.5),
    "Point": (3, 38),
}
_COLUMN = 1.05
_WIDTH = 0.8
# Fields every record has the same way: drawn in grey, without an arrow each.
_COMMON = frozenset({"citations", "dating"})
_LINE = 1.0
_RECORD_COLOUR = "#dbe9f6"
_PART_COLOUR = "#f3f3f3"
_REF_COLOUR = "#c0392b"
_HOLD_COLOUR = "#555555"


@attrs.frozen
class _Box:
    name: str
    fields: tuple[tuple[str, str], ...]
    column: int
    top: float
    record: bool

    @property
    def x(self) -> float:
        return self.column * _COLUMN

    @property
    def bottom(self) -> float:
        return self.top + _LINE * (len(self.fields) + 1.4)

    def row_y(self, field: str) -> float:
        names = [name for name, _ in self.fields]
        return self.top + _LINE * (names.index(field) + 1.9)


def _shown(written: str) -> str:
    """A field's type in public names: ``str ∈ ACTOR_KINDS`` for a private ``ActorKind``."""
    type_, notes = public_type(written)
    vocabularies = [name for note in notes for name in re.findall(r"idlib_brief\.(\w+)", note)]
    return f"{type_} ∈ {' | '.join(vocabularies)}" if vocabularies else type_


def _boxes() -> dict[str, _Box]:
    boxes: dict[str, _Box] = {}
    spare = 0
    for cls in (*RECORDS, *PARTS):
        written = written_annotations(cls)
        fields = tuple(
            (f.name, _shown(written.get(f.name, str(f.type)))) for f in attrs.fields(cls)
        )
        if cls.__name__ in _PLACES:
            column, top = _PLACES[cls.__name__]
        else:  # only when a class is added without a place
            column, top = spare, 44.0
            spare += 1
        boxes[cls.__name__] = _Box(cls.__name__, fields, column, top, cls in RECORDS)
    return boxes


def _holds(boxes: dict[str, _Box]) -> set[tuple[str, str, str]]:
    """``(class, field, part)`` where the field's type names another class drawn."""
    found = set()
    for box in boxes.values():
        for name, type_ in box.fields:
            for word in re.findall(r"[A-Za-z_]\w*", type_):
                if word in boxes and word != box.name and not (box.record and name in _COMMON):
                    found.add((box.name, name, word))
    return found


def _refers(boxes: dict[str, _Box]) -> set[tuple[str, str, str]]:
    """``(class, field, record)`` where the loader requires the field's ids to name one.

    The references are the registry's, the very table the loader checks them by.
    """
    found = set()
    for kind in _kinds.REGISTRY:
        for ref in kind.references:
            target = _kinds.BY_NAME[ref.target].cls.__name__
            owner, field = kind.cls.__name__, ref.field
            if ref.attr is not None:  # a nested part: `stances[].issue` is Stance.issue
                owner = next(p for c, f, p in _holds(boxes) if c == owner and f == field)
                field = ref.attr
            found.add((owner, field, target))
    found.add(("Citation", "source", "Source"))  # checked by the loader's span check
    return found


_Point = tuple[float, float]


def _route(start: _Box, field: str, end: _Box) -> tuple[_Point, _Point, float]:
    """Where an arrow from *start*'s *field* to *end* leaves, arrives, and how it bends."""
    y0 = start.row_y(field)
    if start.column == end.column:  # out of one side and round into the same side
        last = max(column for column, _ in _PLACES.values())
        side = start.x if start.column == last else start.x + _WIDTH
        if start is end:  # a small loop, two lines up
            y1, bend = y0 - 2.5, 0.8
        elif end.top > y0:
            y1, bend = end.top + 0.8, 0.5
        else:
            y1, bend = end.bottom - 0.5, 0.5
        if (y1 < y0) == (start.column == last):
            bend = -bend
        return (side, y0), (side, y1), bend
    forward = end.column > start.column
    x0 = start.x + _WIDTH if forward else start.x
    x1 = end.x if forward else end.x + _WIDTH
    y1 = min(max(y0, end.top + 0.8), end.bottom - 0.5)
    return (x0, y0), (x1, y1), 0.1 if forward else -0.1


def draw_model(path: Path) -> None:
    """Draw the model to *path*."""
    boxes = _boxes()
    figure = MplFigure(figsize=(13, 14), layout="constrained")
    ax = figure.add_subplot()
    ax.set_xlim(-0.05, 3 * _COLUMN + _WIDTH + 0.05)
    ax.set_ylim(47, -0.5)
    ax.axis("off")
    for box in boxes.values():
        colour = _RECORD_COLOUR if box.record else _PART_COLOUR
        ax.add_patch(
            FancyBboxPatch(
                (box.x, box.top),
                _WIDTH,
                box.bottom - box.top,
                boxstyle="round,pad=0,rounding_size=0.04",
                facecolor=colour,
                edgecolor="#333333",
                linewidth=1,
            )
        )
        ax.text(box.x + 0.04, box.top + 1.0, box.name, weight="bold", fontsize=11)
        for name, type_ in box.fields:
            common = box.record and name in _COMMON
            ax.text(
                box.x + 0.06,
                box.row_y(name) + 0.3,
                f"{name}: {type_}",
                fontsize=8.5,
                color="#888888" if common else "#000000",
            )
    for colour, style, edges in (
        (_HOLD_COLOUR, "--", _holds(boxes)),
        (_REF_COLOUR, "-", _refers(boxes)),
    ):
        for owner, field, target in sorted(edges):
            pos_a, pos_b, bend = _route(boxes[owner], field, boxes[target])
            ax.add_patch(
                FancyArrowPatch(
                    pos_a,
                    pos_b,
                    arrowstyle="-|>",
                    mutation_scale=12,
                    color=colour,
                    linestyle=style,
                    linewidth=1.3,
                    connectionstyle=f"arc3,rad={bend}",
                    shrinkA=1,
                    shrinkB=1,
                )
            )
    ax.text(
        0,
        46.5,
        "Blue: the records of a brief, one JSON file each. Grey: the parts held inside them.\n"
        "Red arrow: the field holds ids of that kind of record (checked when a brief is loaded).\n"
        "Dashed arrow: the field holds that part. Every record but Source and Issue holds\n"
        "citations (spans of a Source) and may hold a dating (how its date was worked out).",
        fontsize=10,
    )
    figure.savefig(path, dpi=100)
