"""Hypothesis strategies for the records of a brief, all in one place.

`briefs()` draws whole, valid briefs: every reference resolves, every span lies inside
its source, ids are unique and actors' names pick out one actor each.
"""

from __future__ import annotations

import calendar
import datetime as dt
import string

import attrs
from hypothesis import strategies as st

from idlib_brief import (
    ACTOR_KINDS,
    ACTS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_STATUSES,
    PLACE_KINDS,
    PLACEMENTS,
    POSITION_VALUES,
    PREDICATES,
    Actor,
    Agreement,
    Brief,
    Citation,
    Date,
    Event,
    Figure,
    Issue,
    Location,
    Place,
    Point,
    Relation,
    Source,
    Stance,
    Statement,
    StatusChange,
)

SOURCE_ID = "doc"
SOURCE_LENGTH = 1000

_qualifier = st.sampled_from(["", "", "", "?", "~", "%"])

# -- dates: every form of EDTF Levels 0 and 1 that `Date` reads ------------------------

POINT_FORMS = ("day", "month", "year", "season", "date-time", "unspecified")
"""The forms `point_texts` draws from: all single dates of EDTF Levels 0 and 1."""

END_FORMS = ("day", "month", "year", "season")
"""The forms an interval's ends take at Level 1 (each maybe qualified)."""


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
    """EDTF text for one date of the given forms, in the years *min_year*-*max_year*.

    Days, months, years and seasons (``2001-21`` to ``2001-24``) may carry a qualifier
    (``?``, ``~``, ``%``); a date-time (``1985-04-12T23:20:30``, maybe with ``Z`` or a
    shift) and the unspecified forms (``201X``, ``20XX``, ``2004-XX``, ``1985-04-XX``,
    ``1985-XX-XX``) carry none, as in the specification.
    """
    year = draw(st.integers(min_year, max_year))
    form = draw(st.sampled_from(forms))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if form == "unspecified":
        return draw(
            st.sampled_from(
                [
                    f"{year:04d}"[:3] + "X",
                    f"{year:04d}"[:2] + "XX",
                    f"{year:04d}-XX",
                    f"{year:04d}-{month:02d}-XX",
                    f"{year:04d}-XX-XX",
                ]
            )
        )
    if form == "date-time":
        return f"{year:04d}-{month:02d}-{day:02d}" + draw(_time_of_day())
    if form == "year":
        text = f"{year:04d}"
    elif form == "season":
        season = draw(st.integers(21, 23 if year == 9999 else 24))
        text = f"{year:04d}-{season}"
    elif form == "month":
        text = f"{year:04d}-{month:02d}"
    else:
        text = f"{year:04d}-{month:02d}-{day:02d}"
    return text + draw(_qualifier)


@st.composite
def date_texts(draw: st.DrawFn, min_year: int = 1990, max_year: int = 2030) -> str:
    """EDTF text of every form of Levels 0 and 1 that `Date` reads.

    A single date of any of `POINT_FORMS`, or an interval of two `END_FORMS` dates, or
    of one such date and an open (``..``) or unknown (empty) end.
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


dates = date_texts().map(Date)
days = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
slugs = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
words = st.text(string.ascii_letters + " ", min_size=1, max_size=20).filter(str.strip)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    start = draw(st.integers(0, SOURCE_LENGTH - 1))
    end = draw(st.integers(start + 1, SOURCE_LENGTH))
    return Citation(source=SOURCE_ID, start=start, end=end)


def _cites() -> st.SearchStrategy[tuple[Citation, ...]]:
    return st.lists(citations(), min_size=1, max_size=2).map(tuple)


@st.composite
def briefs(draw: st.DrawFn, max_records: int = 12) -> Brief:
    """A whole, valid brief with consistent references."""
    ids = draw(st.lists(slugs, min_size=6, max_size=6 + 5 * max_records, unique=True))
    ids = [i for i in ids if i != SOURCE_ID]
    pool = iter(ids)
    n_actors = draw(st.integers(1, max(1, min(6, len(ids) // 4))))
    n_issues = draw(st.integers(1, 3))
    actor_ids = [next(pool) for _ in range(n_actors)]
    issue_ids = [next(pool) for _ in range(n_issues)]
    rest = list(pool)
    actors = []
    for k, actor_id in enumerate(actor_ids):
        earlier = actor_ids[:k]
        affiliation = draw(st.none() | st.sampled_from(earlier)) if earlier else None
        actors.append(
            Actor(
                id=actor_id,
                name=f"Actor {actor_id}",
                kind=draw(st.sampled_from(ACTOR_KINDS)),
                aliases=(f"alias {actor_id}",) if draw(st.booleans()) else (),
                description="an actor",
                affiliation=affiliation,
                citations=draw(_cites()),
            )
        )
    issues = [Issue(id=i, title=f"Issue {i}", description="a question") for i in issue_ids]
    # Places and relations take ids with a dot, which `slugs` never draws: no clashes.
    place_ids = [f"place.{k}" for k in range(draw(st.integers(0, 3)))]
    locations = (
        st.lists(
            st.builds(
                Location, place=st.sampled_from(place_ids), placement=st.sampled_from(PLACEMENTS)
            ),
            max_size=2,
            unique_by=lambda location: location.place,
        ).map(tuple)
        if place_ids
        else st.just(())
    )
    some_actors = st.lists(st.sampled_from(actor_ids), max_size=3, unique=True).map(tuple)
    maybe_date = st.none() | dates
    statements, events, agreements, figures = [], [], [], []
    for record_id in rest[: max_records * 4]:
        kind = draw(st.sampled_from(["statement", "statement", "event", "agreement", "figure"]))
        if kind == "statement":
            direct = draw(st.booleans())
            stances = draw(
                st.lists(
                    st.builds(
                        Stance,
                        issue=st.sampled_from(issue_ids),
                        position=st.sampled_from(POSITION_VALUES),
                    ),
                    max_size=2,
                )
            )
            statements.append(
                Statement(
                    id=record_id,
                    speaker=draw(st.sampled_from(actor_ids)),
                    when=draw(maybe_date),
                    mode="direct" if direct else "indirect",
                    quote="words" if direct else None,
                    summary="what was said",
                    act=draw(st.sampled_from(ACTS)),
                    stances=tuple(stances),
                    about=draw(some_actors),
                    citations=draw(_cites()),
                )
            )
        elif kind == "event":
            events.append(
                Event(
                    id=record_id,
                    title="an event",
                    when=draw(maybe_date),
                    kind=draw(st.sampled_from(EVENT_KINDS)),
                    status=draw(st.sampled_from(EVENT_STATUSES)),
                    participants=draw(some_actors),
                    places=draw(locations),
                    citations=draw(_cites()),
                )
            )
        elif kind == "agreement":
            agreements.append(
                Agreement(
                    id=record_id,
                    name="an agreement",
                    when=draw(maybe_date),
                    parties=draw(some_actors),
                    status=draw(st.sampled_from(AGREEMENT_STATUSES)),
                    citations=draw(_cites()),
                )
            )
        else:
            value = draw(st.integers(0, 10**6))
            figures.append(
                Figure(
                    id=record_id,
                    label="a count",
                    value=value,
                    low=value,
                    high=value,
                    unit="people",
                    qualifier="exact",
                    when=draw(maybe_date),
                    attributed_to=draw(st.none() | st.sampled_from(actor_ids)),
                    citations=draw(_cites()),
                )
            )
    places = []
    for k, place_id in enumerate(place_ids):
        point = draw(
            st.none()
            | st.builds(Point, longitude=st.floats(-180, 180), latitude=st.floats(-90, 90))
        )
        places.append(
            Place(
                id=place_id,
                name=f"Place {k}",
                kind=draw(st.sampled_from(PLACE_KINDS)),
                within=draw(st.none() | st.sampled_from(place_ids[:k])) if k else None,
                point=point,
                precision="unknown" if point is None else "exact",
                coordinates_from=None if point is None else "geonames:1",
                citations=draw(_cites()),
            )
        )
    relations = []
    if len(actor_ids) > 1:
        for k in range(draw(st.integers(0, 3))):
            subject, object_ = draw(st.permutations(actor_ids))[:2]
            relations.append(
                Relation(
                    id=f"relation.{k}",
                    subject=subject,
                    predicate=draw(st.sampled_from(PREDICATES)),
                    object=object_,
                    when=draw(maybe_date),
                    asserted_by=draw(st.none() | st.sampled_from(actor_ids)),
                    citations=draw(_cites()),
                )
            )
    source = Source(
        id=SOURCE_ID,
        title="A test document",
        publisher="Tests",
        sha256="0" * 64,
        length=SOURCE_LENGTH,
    )
    return Brief(
        title="A generated brief",
        description="Drawn by hypothesis.",
        sources=(source,),
        issues=tuple(issues),
        actors=tuple(actors),
        statements=tuple(statements),
        agreements=tuple(agreements),
        figures=tuple(figures),
        events=tuple(events),
        relations=tuple(relations),
        places=tuple(places),
    )


# -- timelines ------------------------------------------------------------------------


def range_bounds() -> st.SearchStrategy[str | dt.date | None]:
    """One side of a timeline range: nothing (open), EDTF text, or a day."""
    some_days = st.dates(dt.date(1988, 1, 1), dt.date(2032, 12, 31))
    return st.none() | date_texts(1988, 2032) | some_days


def _history(
    events_dates: st.SearchStrategy[Date | None],
) -> st.SearchStrategy[tuple[StatusChange, ...]]:
    change = st.builds(
        StatusChange,
        status=st.sampled_from(EVENT_STATUSES),
        since=events_dates,
        citations=_cites(),
    )
    return st.lists(change, max_size=3).map(tuple)


@st.composite
def briefs_with_history(draw: st.DrawFn, max_records: int = 12) -> Brief:
    """A brief from `briefs()` with status histories and maybe a publication date.

    What `Timeline.as_of` reads: events' `history` and the source's `published`.
    """
    brief = draw(briefs(max_records=max_records))
    events = tuple(
        attrs.evolve(event, history=draw(_history(st.none() | dates))) for event in brief.events
    )
    published = draw(st.none() | dates)
    sources = tuple(attrs.evolve(source, published=published) for source in brief.sources)
    return attrs.evolve(brief, events=events, sources=sources)


@st.composite
def dated_events(draw: st.DrawFn, max_size: int = 150) -> tuple[Event, ...]:
    """Many events with assorted dates, open ends included: for range-index checks."""
    whens = draw(st.lists(dates, max_size=max_size))
    return tuple(
        Event(
            id=f"e{i}",
            title="an event",
            when=when,
            kind="other",
            status="occurred",
            citations=(Citation(source=SOURCE_ID, start=0, end=1),),
        )
        for i, when in enumerate(whens)
    )
