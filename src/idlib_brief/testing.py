"""Hypothesis strategies for dates, records and whole valid briefs, for property tests.

Install the ``testing`` extra (``python -m pip install '.[testing]'`` in a checkout,
which brings `hypothesis <https://hypothesis.readthedocs.io>`_), then test your own
code against any valid brief, not only the bundled one::

    from hypothesis import given
    from idlib_brief.testing import briefs

    @given(briefs(max_records=20))
    def test_my_table_has_a_row_per_event(brief):
        assert len(my_table(brief)) == len(brief.events)

The strategies are derived from the model: each record is built field by field from its
attrs definition (types, vocabularies, validators' patterns and bounds) and from the
registry of kinds (which ids refer to which kind), so every kind of record, present and
future, is drawn. A brief from :func:`briefs` passes every check of
:func:`idlib_brief.load`: ids are unique, references resolve, spans lie inside their
source, names pick out one actor.

``import idlib_brief`` never imports this module.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import calendar
import string
from collections import Counter
from typing import Any, TypeVar, cast

from hypothesis import reject
from hypothesis import strategies as st

from ._brief import Brief
from ._dates import Date
from ._kinds import BY_CLASS, REGISTRY
from ._model import Source
from ._parts import Citation
from ._shapes import Shape, shapes

__all__ = [
    "END_FORMS",
    "POINT_FORMS",
    "briefs",
    "date_texts",
    "dates",
    "point_texts",
    "records",
]

_T = TypeVar("_T")

POINT_FORMS: tuple[str, ...] = ("day", "month", "year", "season", "date-time", "unspecified")
"""The forms :func:`point_texts` draws: every single date of EDTF Levels 0 and 1."""

END_FORMS: tuple[str, ...] = ("day", "month", "year", "season")
"""The forms an interval's ends take at Level 1 (each maybe qualified)."""

_qualifier = st.sampled_from(["", "", "", "?", "~", "%"])
_SLUGS = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
_WORDS = st.lists(
    st.text(string.ascii_letters, min_size=1, max_size=8), min_size=1, max_size=3
).map(" ".join)


@st.composite
def _time_of_day(draw: st.DrawFn) -> str:
    hour, minute, second = draw(
        st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
    )
    shift = draw(
        st.sampled_from(["", "Z"])
        | st.builds(
            "{}{:02d}{}".format,
            st.sampled_from("+-"),
            st.integers(0, 14),
            st.sampled_from(["", ":00", ":30", ":45"]),
        )
    )
    return f"T{hour:02d}:{minute:02d}:{second:02d}{shift}"


@st.composite
def point_texts(
    draw: st.DrawFn,
    min_year: int = 1990,
    max_year: int = 2030,
    forms: tuple[str, ...] = POINT_FORMS,
) -> str:
    """EDTF text for one date of the given *forms*, in the years *min_year*-*max_year*.

    Days, months, years and seasons (``2001-21`` to ``2001-24``) may carry a qualifier
    (``?``, ``~``, ``%``); a date and time (``1985-04-12T23:20:30``, maybe with ``Z`` or
    a shift) and the unspecified forms (``201X``, ``20XX``, ``2004-XX``,
    ``1985-04-XX``, ``1985-XX-XX``) carry none, as in the specification.

    Args:
        draw: Supplied by hypothesis.
        min_year: The first year drawn (at least 1).
        max_year: The last year drawn (at most 9999).
        forms: Some of :data:`POINT_FORMS`.
    """
    year = draw(st.integers(min_year, max_year))
    form = draw(st.sampled_from(forms))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if form == "unspecified":
        digits = f"{year:04d}"
        return draw(
            st.sampled_from(
                [
                    digits[:3] + "X",
                    digits[:2] + "XX",
                    f"{digits}-XX",
                    f"{digits}-{month:02d}-XX",
                    f"{digits}-XX-XX",
                ]
            )
        )
    if form == "date-time":
        return f"{year:04d}-{month:02d}-{day:02d}" + draw(_time_of_day())
    if form == "year":
        text = f"{year:04d}"
    elif form == "season":
        text = f"{year:04d}-{draw(st.integers(21, 23 if year == 9999 else 24))}"
    elif form == "month":
        text = f"{year:04d}-{month:02d}"
    else:
        text = f"{year:04d}-{month:02d}-{day:02d}"
    return text + draw(_qualifier)


@st.composite
def date_texts(draw: st.DrawFn, min_year: int = 1990, max_year: int = 2030) -> str:
    """EDTF text of every form of Levels 0 and 1 that :class:`~idlib_brief.Date` reads.

    A single date of any of :data:`POINT_FORMS`, or an interval of two
    :data:`END_FORMS` dates, or of one such date and an open (``..``) or unknown
    (empty) end.

    Args:
        draw: Supplied by hypothesis.
        min_year: The first year drawn.
        max_year: The last year drawn.
    """
    if draw(st.booleans()):
        return draw(point_texts(min_year, max_year))
    a = draw(point_texts(min_year, max_year, END_FORMS))
    b = draw(point_texts(min_year, max_year, END_FORMS))
    if Date(a).earliest > Date(b).latest:
        a, b = b, a
    shape = draw(
        st.sampled_from(
            ["closed", "closed", "open-end", "open-start", "unknown-end", "unknown-start"]
        )
    )
    return {
        "closed": f"{a}/{b}",
        "open-end": f"{a}/..",
        "open-start": f"../{b}",
        "unknown-end": f"{a}/",
        "unknown-start": f"/{b}",
    }[shape]


def dates(min_year: int = 1990, max_year: int = 2030) -> st.SearchStrategy[Date]:
    """:class:`~idlib_brief.Date` objects of every EDTF form (see :func:`date_texts`)."""
    return date_texts(min_year, max_year).map(Date)


_DEFAULT_SOURCE = Source(id="doc", title="A test document", publisher="Tests",
                         sha256="0" * 64, length=1000)  # fmt: skip


class _Context:
    """What a record's fields may refer to: the ids of each kind, the sources."""

    def __init__(self, ids: dict[str, list[str]], sources: list[Source]) -> None:
        self.ids = ids
        self.sources = sources


def _references(shape: Shape, own: str | None, context: _Context) -> st.SearchStrategy[Any]:
    assert shape.target is not None  # noqa: S101 - only called for references
    pool = context.ids.get(shape.target, [])
    if own is not None and own in pool:  # the same kind: only earlier ids, so no cycles
        pool = pool[: pool.index(own)]
    if not pool:
        return st.just(()) if shape.many else st.none() if shape.nullable else st.nothing()
    if shape.many:
        return st.lists(st.sampled_from(pool), max_size=3, unique=shape.unique).map(tuple)
    return st.sampled_from(pool)


@st.composite
def _citation(draw: st.DrawFn, context: _Context) -> Citation:
    sources = [s for s in context.sources if s.length > 0]
    if not sources:
        reject()
    source = draw(st.sampled_from(sources))
    start = draw(st.integers(0, source.length - 1))
    end = draw(st.integers(start + 1, source.length))
    return Citation(source=source.id, start=start, end=end)


def _value(shape: Shape, context: _Context) -> st.SearchStrategy[Any]:
    if shape.form == "object":
        assert shape.cls is not None  # noqa: S101 - an object's shape names its class
        return _citation(context) if shape.cls is Citation else _build(shape.cls, context)
    if shape.form == "date":
        return dates()
    if shape.form == "vocabulary":
        return st.sampled_from(shape.vocabulary)
    if shape.form == "boolean":
        return st.booleans()
    if shape.form == "integer":
        return st.integers(shape.minimum or 0, 10_000)
    if shape.form == "number":
        floats = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)
        return st.integers(-(10**9), 10**9) | floats
    if shape.pattern is not None:
        return st.from_regex(shape.pattern, fullmatch=True)
    return _WORDS


def _field(shape: Shape, own: str | None, context: _Context) -> st.SearchStrategy[Any]:
    if shape.target is not None:
        return _references(shape, own, context)
    value = _value(shape, context)
    if shape.many:
        value = st.lists(value, min_size=shape.min_items or 0, max_size=3, unique=shape.unique)
        value = value.map(tuple)
    if shape.nullable:
        value = st.none() | value
    return value


def _fix(cls: type[Any], values: dict[str, Any], context: _Context) -> None:
    """Make the drawn values keep the rules between fields that validators check.

    Each rule names the classes it is for; a class may need several (a figure's bounds
    and its locations).
    """
    name = cls.__name__
    if name == "Statement":
        direct = values["mode"] == "direct"
        values["quote"] = (values["quote"] or "the words") if direct else None
    if name == "Figure":
        if values["low"] is not None:
            values["low"] = min(values["low"], values["value"])
        if values["high"] is not None:
            values["high"] = max(values["high"], values["value"])
    if name == "Source":  # something to cite
        values["length"] = max(1, values["length"])
    if name == "Point":  # on the earth
        values["longitude"] = values["longitude"] % 360 - 180
        values["latitude"] = values["latitude"] % 180 - 90
    if name == "Place":
        _fix_place(values)
    if name in {"Event", "Figure"}:  # one location for each place: its first, in order
        first: dict[str, Any] = {}
        for location in values["places"]:
            first.setdefault(location.place, location)
        values["places"] = tuple(first.values())
    if name == "Relation":
        others = [a for a in context.ids.get("actor", []) if a != values["subject"]]
        if values["object"] == values["subject"] and others:
            values["object"] = others[0]
        if not values["citations"]:  # only an inference may go without a span
            values["basis"] = "inferred"
        if values["basis"] == "inferred" and values["note"] is None:
            values["note"] = "our reading"
    if name in {"Actor", "Place"}:  # every name and alias its own: ends in the id
        values["name"] = f"{values['name']} {values['id']}"
        values["aliases"] = tuple(
            f"{a} {i} {values['id']}" for i, a in enumerate(values["aliases"])
        )
    if name == "Issue":  # every title its own: ends in the id
        values["title"] = f"{values['title']} {values['id']}"


def _fix_place(values: dict[str, Any]) -> None:
    """A place's point has a source, a "near" one a radius, an author's one a note."""
    if values["radius_km"] is not None:
        values["radius_km"] = abs(values["radius_km"]) + 1
    if values["precision"] == "near" and values["radius_km"] is None:
        values["radius_km"] = 5
    if values["point"] is None:
        values["coordinates_from"] = None
    elif values["coordinates_from"] is None:
        values["coordinates_from"] = "author"
    if values["coordinates_from"] == "author" and values["note"] is None:
        values["note"] = "our estimate"


@st.composite
def _built(draw: st.DrawFn, cls: type[Any], context: _Context, own: str | None) -> Any:
    values = {}
    for shape in shapes(cls):
        if shape.name == "id" and own is not None:
            values["id"] = own
        else:
            values[shape.name] = draw(_field(shape, own, context))
    _fix(cls, values, context)
    try:
        return cls(**values)
    except (TypeError, ValueError):  # a rule of a kind this module does not know
        reject()


def _build(cls: type[Any], context: _Context, own: str | None = None) -> st.SearchStrategy[Any]:
    return _built(cls, context, own)


def records(cls: type[_T]) -> st.SearchStrategy[_T]:
    """Valid instances of a record class or of a part of one, each on its own.

    Every field is drawn: vocabularies from their values, dates of every EDTF form (see
    :func:`dates`), ids matching the slug pattern, citations into one source (id
    ``"doc"``, 1,000 characters). References hold slugs that need not resolve: for
    records whose references resolve, draw a whole brief with :func:`briefs`.

    >>> from hypothesis import given
    >>> from idlib_brief import Statement
    >>> from idlib_brief.testing import records
    >>> @given(records(Statement))
    ... def test_a_direct_statement_has_a_quote(statement):
    ...     assert (statement.mode == "direct") == (statement.quote is not None)
    >>> test_a_direct_statement_has_a_quote()

    Args:
        cls: :class:`~idlib_brief.Statement`, :class:`~idlib_brief.Event`, … or a
            part: :class:`~idlib_brief.Citation`, :class:`~idlib_brief.Stance`, ….
    """

    @st.composite
    def one(draw: st.DrawFn) -> _T:
        ids: dict[str, list[str]] = {
            kind.name: draw(st.lists(_SLUGS, min_size=1, max_size=3)) for kind in REGISTRY
        }
        context = _Context(ids, [_DEFAULT_SOURCE])
        if cls is Citation:
            return cast("_T", draw(_citation(context)))
        record: _T = draw(_build(cls, context, draw(_SLUGS) if cls in BY_CLASS else None))
        return record

    return one()


@st.composite
def briefs(
    draw: st.DrawFn, min_records: int = 1, max_records: int = 12, min_per_kind: int = 1
) -> Brief:
    """Whole, valid briefs: what :func:`idlib_brief.load` accepts, of every kind.

    Each brief has at least *min_per_kind* records of each kind (and one source at
    least, and two actors, since a relation joins two), and between *min_records* and
    *max_records* records in all (more where *min_per_kind* asks for more), the others
    of kinds drawn at random. Every field of
    every record is drawn as :func:`records` draws it, and references pick ids of
    records of the right kind (of the same kind, only ids drawn before, so affiliations
    and related figures form no cycles).

    >>> from hypothesis import given, settings
    >>> import idlib_brief
    >>> from idlib_brief.testing import briefs
    >>> @settings(max_examples=10)
    ... @given(briefs(max_records=8))
    ... def test_a_brief_survives_plain_data(brief):
    ...     plain = idlib_brief.to_dict(brief)
    ...     assert idlib_brief.from_dict(idlib_brief.Brief, plain) == brief
    >>> test_a_brief_survives_plain_data()

    Args:
        draw: Supplied by hypothesis.
        min_records: The fewest records in all.
        max_records: The most records in all.
        min_per_kind: The fewest records of each kind; ``0`` allows briefs without
            actors, issues, … (never without a source).
    """
    source_kind = BY_CLASS[Source]
    least = max(1, min_per_kind)
    floor = {kind.name: least if kind is source_kind else min_per_kind for kind in REGISTRY}
    if min_per_kind:  # a relation joins two different actors
        floor["actor"] = max(floor["actor"], 2)
    room = max(0, max_records - sum(floor.values()))
    chosen = draw(
        st.lists(
            st.sampled_from(REGISTRY),
            min_size=min(room, max(0, min_records - sum(floor.values()))),
            max_size=room,
        )
    )
    counts = Counter(floor) + Counter(kind.name for kind in chosen)
    total = sum(counts.values())
    pool = iter(draw(st.lists(_SLUGS, min_size=total, max_size=total, unique=True)))
    ids: dict[str, list[str]] = {
        kind.name: [next(pool) for _ in range(counts[kind.name])] for kind in REGISTRY
    }
    context = _Context(ids, [])
    built: dict[str, list[Any]] = {}
    for kind in REGISTRY:
        built[kind.plural] = [draw(_build(kind.cls, context, own)) for own in ids[kind.name]]
        if kind is source_kind:
            context.sources = built[kind.plural]
    brief = Brief(title=draw(_WORDS), description=draw(_WORDS), **built)  # type: ignore[arg-type]
    _check(brief)
    return brief


def _check(brief: Brief) -> None:
    """Reject a drawn brief that the loader would refuse (a rule of the whole brief)."""
    from ._checks import Loaded, check_all

    problems: list[str] = []
    records = {kind.plural: list(enumerate(getattr(brief, kind.plural))) for kind in REGISTRY}
    check_all(Loaded(records=records), lambda *problem: problems.append(problem[2]))
    if problems:
        reject()
