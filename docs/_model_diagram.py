"""Draw the data model as a figure for a slide: a box per class, an arrow per reference.

The picture is an overview, 8 inches wide with text of 9.5 points or more (the rule of
``_pictures.py``); each class's fields, with their types, are listed in the API
reference and the data dictionary, which the page links to. Nothing here is typed in by
hand but the boxes' places on the page:

- the records are the classes of :data:`idlib_brief._kinds.REGISTRY`, each with the
  file that holds them; the parts are the attrs classes that their fields' types name,
  and the parts' fields' types, in turn (:func:`attrs.fields`);
- a red arrow goes from a class to the kind of record whose ids a field of it holds,
  as the loader checks them: the registry's references (a nested one, such as
  ``stances[].issue``, from the part that holds the id), and a citation's ``source``;
- a dashed arrow goes from a class to a part that a field of it holds;
- ``citations`` and ``dating``, held the same way by many classes, are one note under
  the picture instead of a dozen arrows; the note names who holds them.

Arrows are labelled with the fields they stand for. Each label goes at the first place
around its arrow that overlaps nothing already drawn; :meth:`Drawing.problems` says
what still overlaps or leaves the page (a test requires none). A class that has no
place in ``_PLACES`` is drawn in a row of its own under the others, so a new record type
shows up (untidily, and the test then asks for a place) rather than silently missing.
"""

from __future__ import annotations

import textwrap
import typing
from collections.abc import Iterator, Sequence

import attrs
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.path import Path as MplPath
from matplotlib.text import Text

import idlib_brief
from idlib_brief import _kinds

TITLE = "What a brief holds, and what refers to what"
WIDTH = 8.0
"""The picture's width in inches; every length below is in inches, y downwards."""
_MARGIN = 0.12
_BOX_WIDTH = 1.4
_BOX_HEIGHT = 0.56
_COLUMNS = 4
_FIRST_ROW = 0.95
_ROW_STEP = 1.12
_GAP = 0.04
"""The least room kept between a label and anything else."""

# Where each box goes: (first column, last column, row), counted from 0; a box may sit
# between two columns. Actor, which most records refer to, spans the page, so that
# their arrows reach it straight.
_PLACES: dict[str, tuple[float, float, float]] = {
    "Issue": (0, 0, 0),
    "Stance": (1, 1, 0),
    "Statement": (2, 2, 0),
    "Agreement": (3, 3, 0),
    "Actor": (0, 3, 1),
    "Relation": (0, 0, 2),
    "Event": (1, 1, 2),
    "Figure": (2, 2, 2),
    "StatusChange": (0, 0, 3),
    "Location": (1, 1, 3),
    "Place": (2, 2, 3),
    "Point": (3, 3, 3),
    "Dating": (0, 0, 4),
    "Citation": (1.5, 1.5, 4),
    "Source": (3, 3, 4),
}
# Types that are values, shown as fields' types in the reference, not as boxes: a
# Date is to `when` what a str is to `title`.
_VALUES = frozenset({idlib_brief.Date})
# Fields that many classes hold the same way: one note, not an arrow from each.
_COMMON = ("citations", "dating")

_TEXT = 10.0
_NAME = 11.5
_RECORD_COLOUR = "#dbe9f6"
_PART_COLOUR = "#eeeeee"
_REFER_COLOUR = "#b03a2e"
_HOLD_COLOUR = "#4d4d4d"
_FILE_COLOUR = "#333333"

Point = tuple[float, float]


@attrs.frozen
class Rect:
    """A rectangle on the page, in inches from the top left corner."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def centre(self) -> Point:
        """The middle of the rectangle."""
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def grown(self, by: float) -> Rect:
        """The rectangle with *by* more on every side (less, if *by* is negative)."""
        return Rect(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)

    def overlaps(self, other: Rect) -> bool:
        """Whether the two rectangles share more than an edge."""
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    def holds(self, point: Point) -> bool:
        """Whether *point* is inside the rectangle (not on its edge)."""
        x, y = point
        return self.x0 < x < self.x1 and self.y0 < y < self.y1


@attrs.frozen
class Arrow:
    """An arrow drawn: from which class to which, the fields it stands for, its line."""

    owner: str
    target: str
    fields: tuple[str, ...]
    refers: bool
    line: tuple[Point, ...]
    """Points along the arrow, close enough together to test what it crosses."""
    label: Rect


@attrs.frozen
class Drawing:
    """The picture and where its parts are, to check the layout.

    Attributes:
        figure: The matplotlib figure.
        boxes: Each class's box, by class name.
        arrows: Every arrow with its label.
        names: The words in each box, ``(class, words, where)``: the class, its file.
        texts: Every other text: the title, the key, the note.
    """

    figure: MplFigure
    boxes: dict[str, Rect]
    arrows: tuple[Arrow, ...]
    names: tuple[tuple[str, str, Rect], ...]
    texts: tuple[tuple[str, Rect], ...]

    def problems(self) -> list[str]:
        """What overlaps what, or leaves the page; empty when the layout is clean."""
        found = [f"{name} has no place in _PLACES" for name in self.boxes if name not in _PLACES]
        page = Rect(0, 0, self.figure.get_figwidth(), self.figure.get_figheight())
        labels = [(f"the label {a.fields} of {a.owner}", a.label) for a in self.arrows]
        texts = [(f"the text {text!r}", rect) for text, rect in self.texts]
        boxes = [(f"the box {name}", rect) for name, rect in self.boxes.items()]
        for name, rect in [*labels, *texts, *boxes]:
            if not (page.x0 <= rect.x0 and rect.x1 <= page.x1):
                found.append(f"{name} leaves the page at a side")
            if not (page.y0 <= rect.y0 and rect.y1 <= page.y1):
                found.append(f"{name} leaves the page at the top or bottom")
        for owner, _, rect in self.names:
            box = self.boxes[owner]
            if not (box.x0 < rect.x0 and rect.x1 < box.x1 and box.y0 < rect.y0 < rect.y1 < box.y1):
                found.append(f"the words of the box {owner} leave it")
        pieces = [*labels, *texts, *boxes]
        for i, (name, rect) in enumerate(pieces):
            found += [
                f"{name} overlaps {other}" for other, o in pieces[i + 1 :] if rect.overlaps(o)
            ]
        for arrow in self.arrows:
            ends = {arrow.owner, arrow.target}
            crossed = [
                name
                for name, rect in [*labels, *texts, *boxes]
                if rect is not arrow.label
                and name.removeprefix("the box ") not in ends
                and any(rect.holds(point) for point in arrow.line)
            ]
            found += [
                f"the arrow {arrow.fields} of {arrow.owner} crosses {name}" for name in crossed
            ]
        return found


# -- what to draw: classes and their references, from the code ----------------------


def _named(annotation: object) -> Iterator[type]:
    """The attrs classes an annotation names (``tuple[Stance, ...] | None``: Stance)."""
    if isinstance(annotation, type) and attrs.has(annotation):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _named(argument)


def _held(cls: type) -> Iterator[tuple[str, type]]:
    """``(field, part)`` for each field of *cls* whose type names a part."""
    for field in attrs.fields(cls):
        for part in _named(field.type):
            if part not in _VALUES:
                yield field.name, part


def classes() -> tuple[tuple[type, ...], tuple[type, ...]]:
    """The record classes, in registry order, and the parts they hold, as found."""
    records = tuple(kind.cls for kind in _kinds.REGISTRY)
    parts: list[type] = []
    queue = list(records)
    while queue:
        for _, part in _held(queue.pop(0)):
            if part not in records and part not in parts:
                parts.append(part)
                queue.append(part)
    return records, tuple(parts)


def holds() -> set[tuple[str, str, str]]:
    """``(class, field, part)`` for each field that holds a part, but the common ones."""
    records, parts = classes()
    return {
        (cls.__name__, field, part.__name__)
        for cls in (*records, *parts)
        for field, part in _held(cls)
        if field not in _COMMON
    }


def refers() -> set[tuple[str, str, str]]:
    """``(class, field, record)`` where the loader requires the field's ids to name one.

    The references are the registry's, the very table the loader checks them by; a
    nested one (``stances[].issue``) is drawn from the part that holds the id.
    """
    held = {(owner, field): part for owner, field, part in holds()}
    found = set()
    for kind in _kinds.REGISTRY:
        for ref in kind.references:
            target = _kinds.BY_NAME[ref.target].cls.__name__
            owner, field = kind.cls.__name__, ref.field
            if ref.attr is not None:
                owner, field = held[owner, field], ref.attr
            found.add((owner, field, target))
    # A citation's source is checked by the loader's span check (`_checks.py`), which
    # needs the source's length, not by the registry's table of references.
    found.add((idlib_brief.Citation.__name__, "source", idlib_brief.Source.__name__))
    return found


def _common_note(records: Sequence[type], parts: Sequence[type]) -> str:
    """Who holds ``citations`` and ``dating``, in words."""
    phrases = []
    for field in _COMMON:
        types_ = [part for cls in (*records, *parts) for name, part in _held(cls) if name == field]
        if not types_:
            continue
        holders = [cls.__name__ for cls in records if field in attrs.fields_dict(cls)]
        others = [cls.__name__ for cls in parts if field in attrs.fields_dict(cls)]
        if len(holders) * 2 > len(records):
            missing = [cls.__name__ for cls in records if cls.__name__ not in holders]
            who = f"every record but {_and(missing)}" if missing else "every record"
        else:
            who = _and(holders)
        if others:
            who += f", and by {_and(others)}"
        phrases.append(f"{field} ({types_[0].__name__}) by {who}")
    return "Held by many classes, so not drawn as arrows: " + "; ".join(phrases) + "."


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


# -- where to draw it -----------------------------------------------------------------


def _column(i: float) -> float:
    """The centre of column *i*."""
    first = _MARGIN + _BOX_WIDTH / 2
    return first + i * (WIDTH - 2 * first) / (_COLUMNS - 1)


def _place(names: Sequence[str]) -> dict[str, Rect]:
    boxes = {}
    rows = 1 + max(row for _, _, row in _PLACES.values())
    spare = [name for name in names if name not in _PLACES]
    for name in names:
        if name in _PLACES:
            first, last, row = _PLACES[name]
        else:  # only when a class is added without a place: a row of its own
            index = spare.index(name)
            first = last = index % _COLUMNS
            row = rows + index // _COLUMNS
        y = _FIRST_ROW + row * _ROW_STEP
        boxes[name] = Rect(
            _column(first) - _BOX_WIDTH / 2,
            y - _BOX_HEIGHT / 2,
            _column(last) + _BOX_WIDTH / 2,
            y + _BOX_HEIGHT / 2,
        )
    return boxes


def _exit(box: Rect, towards: Point) -> Point:
    """Where a line from *box*'s centre towards a point leaves the box."""
    (cx, cy), (tx, ty) = box.centre, towards
    dx, dy = tx - cx, ty - cy
    scale = min(
        (box.x1 - cx) / abs(dx) if dx else float("inf"),
        (box.y1 - cy) / abs(dy) if dy else float("inf"),
    )
    return cx + dx * scale, cy + dy * scale


def _straight(start: Rect, end: Rect) -> tuple[Point, Point, str]:
    """Where an arrow between two boxes leaves and arrives, and its direction.

    Boxes side by side or one above the other get a level or upright arrow within
    what they share; others, a slanted one from centre to centre.
    """
    left, right = max(start.x0, end.x0), min(start.x1, end.x1)
    top, bottom = max(start.y0, end.y0), min(start.y1, end.y1)
    if right - left > 0.2:
        x = (left + right) / 2
        down = end.y0 >= start.y1
        return (x, start.y1 if down else start.y0), (x, end.y0 if down else end.y1), "upright"
    if bottom - top > 0.2:
        y = (top + bottom) / 2
        east = end.x0 >= start.x1
        return (start.x1 if east else start.x0, y), (end.x0 if east else end.x1, y), "level"
    return _exit(start, end.centre), _exit(end, start.centre), "slanted"


def _loop(box: Rect, side: str, at: float) -> tuple[list[Point], Point, str, str]:
    """A loop out of *side* of *box*, *at* a fraction of its length: curve and label.

    Returns the loop's four Bézier control points and its label's anchor and alignment.
    """
    reach, half = 0.42, 0.13
    if side in {"top", "bottom"}:
        x = box.x0 + at * (box.x1 - box.x0)
        y, sign = (box.y0, -1) if side == "top" else (box.y1, 1)
        points = [(x - half, y), (x - 2 * half, y + sign * reach)]
        points += [(x + 2 * half, y + sign * reach), (x + half, y)]
        anchor = (x, y + sign * (reach * 0.75 + _GAP))
        return points, anchor, "center", "bottom" if sign < 0 else "top"
    y = box.y0 + at * (box.y1 - box.y0)
    x, sign = (box.x0, -1) if side == "left" else (box.x1, 1)
    points = [(x, y - half), (x + sign * reach, y - 2 * half)]
    points += [(x + sign * reach, y + 2 * half), (x, y + half)]
    anchor = (x + sign * (reach * 0.75 + _GAP), y)
    return points, anchor, "right" if sign < 0 else "left", "center"


def _bezier(points: Sequence[Point], steps: int = 40) -> list[Point]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    found = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        found.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return found


def _samples(start: Point, end: Point, step: float = 0.02) -> list[Point]:
    (x0, y0), (x1, y1) = start, end
    count = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / step))
    return [(x0 + (x1 - x0) * i / count, y0 + (y1 - y0) * i / count) for i in range(count + 1)]


def _label_places(start: Point, end: Point, direction: str) -> list[tuple[Point, str, str]]:
    """Where a straight arrow's label may go: anchor and alignment, in order of liking."""
    x, y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    beside = [((x + 0.07, y), "left", "center"), ((x - 0.07, y), "right", "center")]
    over = [((x, y - 0.05), "center", "bottom"), ((x, y + 0.05), "center", "top")]
    if direction == "upright":
        return beside
    if direction == "level":
        return over
    return [*beside, *over]


# -- drawing --------------------------------------------------------------------------


class _Page:
    """The figure being drawn, with what is on it so far, to keep labels apart."""

    def __init__(self, height: float) -> None:
        self.figure = MplFigure(figsize=(WIDTH, height))
        FigureCanvasAgg(self.figure)
        self.height = height
        self.axes = self.figure.add_axes((0, 0, 1, 1))
        self.axes.set_xlim(0, WIDTH)
        self.axes.set_ylim(height, 0)
        self.axes.axis("off")
        self.renderer = self.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        self.taken: list[Rect] = []
        self.lines: list[list[Point]] = []

    def extent(self, text: Text) -> Rect:
        box = text.get_window_extent(self.renderer)
        dpi = self.figure.dpi
        return Rect(
            box.x0 / dpi, self.height - box.y1 / dpi, box.x1 / dpi, self.height - box.y0 / dpi
        )

    def text(self, at: Point, words: str, **style: typing.Any) -> tuple[Text, Rect]:
        artist = self.axes.text(*at, words, fontsize=style.pop("fontsize", _TEXT), **style)
        return artist, self.extent(artist)

    def fits(self, rect: Rect, line: Sequence[Point] = ()) -> bool:
        page = Rect(_MARGIN / 2, _MARGIN / 2, WIDTH - _MARGIN / 2, self.height - _MARGIN / 2)
        inside = page.x0 <= rect.x0 and rect.x1 <= page.x1 and page.y0 <= rect.y0
        grown = rect.grown(_GAP)
        return (
            inside
            and not any(grown.overlaps(other) for other in self.taken)
            and not any(grown.holds(point) for other in self.lines for point in other)
            and not any(other.grown(_GAP).holds(point) for other in self.taken for point in line)
        )

    def label(
        self, places: Sequence[tuple[Point, str, str]], texts: Sequence[str], **style: typing.Any
    ) -> Rect:
        """Write the first of *texts* at the first of *places* where it fits."""
        for words in texts:
            for at, ha, va in places:
                artist, rect = self.text(at, words, ha=ha, va=va, **style)
                if self.fits(rect):
                    self.taken.append(rect)
                    return rect
                artist.remove()
        at, ha, va = places[0]  # nowhere fits: Drawing.problems will say so
        _, rect = self.text(at, texts[0], ha=ha, va=va, **style)
        self.taken.append(rect)
        return rect


def _box_patch(page: _Page, box: Rect, colour: str) -> None:
    page.axes.add_patch(
        FancyBboxPatch(
            (box.x0, box.y0),
            box.x1 - box.x0,
            box.y1 - box.y0,
            boxstyle=f"round,pad=0,rounding_size={min(0.06, (box.y1 - box.y0) / 6):g}",
            facecolor=colour,
            edgecolor="#333333",
            linewidth=1.1,
        )
    )


def _arrow_patch(page: _Page, points: Sequence[Point], refers: bool) -> None:
    codes = [MplPath.MOVETO] + [MplPath.CURVE4 if len(points) == 4 else MplPath.LINETO] * (
        len(points) - 1
    )
    page.axes.add_patch(
        FancyArrowPatch(
            path=MplPath(points, codes),
            arrowstyle="-|>",
            mutation_scale=13,
            color=_REFER_COLOUR if refers else _HOLD_COLOUR,
            linestyle="-" if refers else (0, (4, 2.5)),
            linewidth=1.4,
        )
    )


def _edges() -> dict[tuple[str, str], tuple[bool, tuple[str, ...]]]:
    """One arrow per pair of classes: whether it refers, and the fields, in field order."""
    found: dict[tuple[str, str], tuple[bool, list[str]]] = {}
    for refer, edges in ((True, refers()), (False, holds())):
        for owner, field, target in edges:
            found.setdefault((owner, target), (refer, []))[1].append(field)
    order = {cls.__name__: [f.name for f in attrs.fields(cls)] for cls in sum(classes(), ())}
    return {
        pair: (refer, tuple(sorted(fields, key=order[pair[0]].index)))
        for pair, (refer, fields) in sorted(found.items())
    }


def draw() -> Drawing:
    """Draw the model; the figure and where everything on it is."""
    records, parts = classes()
    names = [cls.__name__ for cls in (*records, *parts)]
    page = _Page(height=12.0)  # cut to what is used at the end
    boxes = _place(names)
    texts: list[tuple[str, Rect]] = []
    inside: list[tuple[str, str, Rect]] = []
    _, title = page.text((WIDTH / 2, 0.3), TITLE, fontsize=13, weight="bold", ha="center")
    texts.append((TITLE, title))
    page.taken.append(title)
    files = {kind.cls.__name__: kind.file for kind in _kinds.REGISTRY}
    for name, box in boxes.items():
        record = name in files
        _box_patch(page, box, _RECORD_COLOUR if record else _PART_COLOUR)
        x, y = box.centre
        _, rect = page.text(
            (x, y - 0.09 if record else y),
            name,
            fontsize=_NAME,
            weight="bold",
            ha="center",
            va="center",
        )
        inside.append((name, name, rect))
        if record:
            _, rect = page.text(
                (x, y + 0.13), files[name], color=_FILE_COLOUR, ha="center", va="center"
            )
            inside.append((name, files[name], rect))
        page.taken.append(box)
    arrows = []
    edges = _edges()
    loops = {pair: edge for pair, edge in edges.items() if pair[0] == pair[1]}
    for (owner, target), (refer, fields) in edges.items():
        if owner == target:
            continue
        start, end, direction = _straight(boxes[owner], boxes[target])
        _arrow_patch(page, [start, end], refer)
        line = _samples(start, end)
        page.lines.append(line)
        arrows.append((owner, target, fields, refer, line, start, end, direction))
    placed = []
    for owner, target, fields, refer, line, start, end, direction in arrows:
        label = page.label(
            _label_places(start, end, direction),
            _wordings(fields),
            color=_REFER_COLOUR if refer else _HOLD_COLOUR,
        )
        placed.append(Arrow(owner, target, fields, refer, tuple(line), label))
    for (owner, _), (refer, fields) in loops.items():
        placed.append(_draw_loop(page, boxes[owner], owner, fields, refer))
    bottom = max(rect.y1 for rect in [*boxes.values(), *page.taken])
    texts += _legend(page, bottom + 0.3, records, parts)
    height = max(rect.y1 for _, rect in texts) + _MARGIN
    page.figure.set_figheight(height)
    page.axes.set_ylim(height, 0)
    return Drawing(page.figure, boxes, tuple(placed), tuple(inside), tuple(texts))


def _wordings(fields: Sequence[str]) -> list[str]:
    """A label's text, on one line or one field a line."""
    one = ", ".join(fields)
    return [one] if len(fields) == 1 else [one, ",\n".join(fields)]


def _draw_loop(page: _Page, box: Rect, name: str, fields: tuple[str, ...], refer: bool) -> Arrow:
    """A loop from a box to itself, on the first side and spot where it fits."""
    tries = [
        (side, at)
        for at in (0.5, 0.85, 0.15, 0.7, 0.3)
        for side in ("right", "bottom", "left", "top")
    ]
    colour = _REFER_COLOUR if refer else _HOLD_COLOUR
    first = None
    for side, at in tries:
        points, anchor, ha, va = _loop(box, side, at)
        line = _bezier(points)
        away = [point for point in line if not box.grown(2 * _GAP).holds(point)]
        artist, rect = page.text(anchor, ", ".join(fields), ha=ha, va=va, color=colour)
        if first is None:
            first = (points, line, rect)
        bounds = Rect(*_span(away)).grown(-_GAP)  # `fits` keeps a gap around it
        if page.fits(rect) and page.fits(bounds, away) and not rect.overlaps(bounds):
            break
        artist.remove()
    else:  # nowhere fits: Drawing.problems will say so
        assert first is not None  # noqa: S101 - `tries` is not empty
        points, line, _ = first
        _, anchor, ha, va = _loop(box, *tries[0])
        artist, rect = page.text(anchor, ", ".join(fields), ha=ha, va=va, color=colour)
    _arrow_patch(page, points, refer)
    page.taken.append(rect)
    page.lines.append(line)
    return Arrow(name, name, fields, refer, tuple(line), rect)


def _span(points: Sequence[Point]) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _legend(
    page: _Page, top: float, records: Sequence[type], parts: Sequence[type]
) -> list[tuple[str, Rect]]:
    """The key under the picture; returns its texts and where they are."""
    texts = []
    left, right, step = _MARGIN, WIDTH / 2 + 0.2, 0.27
    for y, colour, words in (
        (top, _RECORD_COLOUR, "Record: a file of a brief (named in the box)"),
        (top + step, _PART_COLOUR, "Part: held inside a record"),
    ):
        _box_patch(page, Rect(left, y - 0.09, left + 0.42, y + 0.09), colour)
        texts.append((words, page.text((left + 0.55, y), words, va="center")[1]))
    for y, refer, words in (
        (top, True, "Field holds ids of that kind of record"),
        (top + step, False, "Field holds that part"),
    ):
        _arrow_patch(page, [(right, y), (right + 0.42, y)], refer)
        texts.append((words, page.text((right + 0.55, y), words, va="center")[1]))
    x, y = left, top + 2 * step
    note = _common_note(records, parts)
    width = 110
    while True:
        wrapped = textwrap.fill(note, width)
        artist, rect = page.text((x, y - 0.1), wrapped, va="top", linespacing=1.35)
        if rect.x1 <= WIDTH - _MARGIN or width < 40:
            break
        artist.remove()
        width -= 4
    texts.append((wrapped, rect))
    return texts
