"""Timelines: order, range queries, filters, `as_of`, rendering, and the bundled brief."""

from __future__ import annotations

import datetime as dt
import gc
import io
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import (
    AGREEMENT_STATUSES,
    ENTRY_KINDS,
    EVENT_STATUSES,
    Actor,
    Agreement,
    Brief,
    Citation,
    Date,
    DatedRecord,
    Event,
    Figure,
    Source,
    Statement,
    StatusChange,
    Timeline,
    TimelineEntry,
    TimelineError,
    UnknownActorError,
    UnknownIssueError,
)
from idlib_brief._cli import main
from strategies import (
    briefs,
    briefs_with_history,
    date_texts,
    dated_events,
    range_bounds,
)

KIND_RANK = {"event": 0, "statement": 1, "agreement": 2, "figure": 3}
CITE = (Citation(source="doc", start=0, end=1),)


def expected_key(entry: TimelineEntry) -> tuple[dt.date, dt.date, str, int, str]:
    """The documented order, written out again independently of the library."""
    when = entry.record.when
    assert when is not None
    return (when.earliest, when.latest, when.text, KIND_RANK[entry.kind], entry.record.id)


def ids(timeline: Iterable[TimelineEntry]) -> list[str]:
    return [entry.id for entry in timeline]


def records_of(brief: Brief) -> tuple[DatedRecord, ...]:
    records: tuple[DatedRecord, ...] = (
        *brief.events,
        *brief.statements,
        *brief.agreements,
        *brief.figures,
    )
    return records


def range_of(start: object, end: object) -> tuple[dt.date, dt.date]:
    lo = Date.coerce(start).earliest if start is not None else dt.date.min  # type: ignore[arg-type]
    hi = Date.coerce(end).latest if end is not None else dt.date.max  # type: ignore[arg-type]
    return lo, hi


def event(id_: str, when: str | None, status: str = "occurred", **fields: object) -> Event:
    return Event(
        id=id_,
        title=f"event {id_}",
        when=None if when is None else Date(when),
        kind="other",
        status=status,  # type: ignore[arg-type]
        citations=CITE,
        **fields,  # type: ignore[arg-type]
    )


def statement(id_: str, when: str | None, speaker: str = "a", **fields: object) -> Statement:
    return Statement(
        id=id_,
        speaker=speaker,
        when=None if when is None else Date(when),
        mode="indirect",
        summary=f"statement {id_}",
        act="says",
        citations=CITE,
        **fields,  # type: ignore[arg-type]
    )


def small_brief(*records: object, published: str | None = None) -> Brief:
    actors = (
        Actor(
            id="a",
            name="Alpha",
            kind="state",
            aliases=("Capital A",),
            description="x",
            citations=CITE,
        ),
        Actor(id="b", name="Beta", kind="person", affiliation="a", description="x", citations=CITE),
        Actor(
            id="c", name="Gamma", kind="person", affiliation="b", description="x", citations=CITE
        ),
        Actor(id="d", name="Delta", kind="state", description="x", citations=CITE),
    )
    source = Source(
        id="doc",
        title="t",
        publisher="p",
        sha256="0" * 64,
        length=10,
        published=None if published is None else Date(published),
    )
    return Brief(
        sources=(source,),
        actors=actors,
        events=tuple(r for r in records if isinstance(r, Event)),
        statements=tuple(r for r in records if isinstance(r, Statement)),
        agreements=tuple(r for r in records if isinstance(r, Agreement)),
        figures=tuple(r for r in records if isinstance(r, Figure)),
    )


# -- order and completeness ---------------------------------------------------------------


@given(briefs())
def test_every_dated_record_is_on_the_timeline_once_and_undated_ones_are_listed(
    brief: Brief,
) -> None:
    timeline = brief.timeline()
    placed = Counter((e.kind, e.id) for e in timeline)
    expected = Counter(
        (type(r).__name__.lower(), r.id) for r in records_of(brief) if r.when is not None
    )
    assert placed == expected
    undated = {r.id for r in records_of(brief) if r.when is None}
    assert {r.id for r in timeline.undated} == undated
    assert all(e.when is e.record.when for e in timeline)


@given(briefs())
def test_the_timeline_is_sorted_by_the_documented_key(brief: Brief) -> None:
    keys = [expected_key(e) for e in brief.timeline()]
    assert keys == sorted(keys)
    assert keys == [e.sort_key for e in brief.timeline()]


@given(briefs(), st.randoms(use_true_random=False))
def test_the_order_never_depends_on_the_input_order(brief: Brief, random: object) -> None:
    entries = list(brief.timeline())
    shuffled = entries[:]
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert Timeline(shuffled) == Timeline(entries)
    assert list(Timeline(shuffled)) == entries


def test_a_month_sits_at_its_first_day_after_that_day_and_before_the_rest() -> None:
    brief = small_brief(
        event("second", "2020-03-02"),
        event("march", "2020-03"),
        event("first", "2020-03-01"),
        event("feb", "2020-02-29"),
        event("april", "2020-04-01"),
        event("year", "2020"),
        event("first-approx", "2020-03-01~"),
    )
    assert [e.id for e in brief.timeline()] == [
        "year",
        "feb",
        "first",
        "first-approx",
        "march",
        "second",
        "april",
    ]


def test_kinds_break_ties_on_the_same_date_then_ids() -> None:
    brief = small_brief(
        statement("s1", "2020-03-05"),
        event("z", "2020-03-05"),
        event("e2", "2020-03-05"),
    )
    assert [(e.kind, e.id) for e in brief.timeline()] == [
        ("event", "e2"),
        ("event", "z"),
        ("statement", "s1"),
    ]


# -- range queries ------------------------------------------------------------------------


@given(briefs(), range_bounds(), range_bounds(), st.booleans())
def test_a_range_query_returns_what_a_brute_force_filter_returns(
    brief: Brief, start: object, end: object, within: bool
) -> None:
    lo, hi = range_of(start, end)
    timeline = brief.timeline()
    if lo > hi:
        with pytest.raises(TimelineError, match="must not end before"):
            timeline.between(start, end, within=within)  # type: ignore[arg-type]
        return
    found = timeline.between(start, end, within=within)  # type: ignore[arg-type]
    if within:
        expected = [e for e in timeline if lo <= e.when.earliest and e.when.latest <= hi]
    else:
        expected = [e for e in timeline if e.when.earliest <= hi and lo <= e.when.latest]
    assert list(found) == expected
    assert brief.timeline(start, end, within=within) == found  # type: ignore[arg-type]
    # The same, said with the public Date helpers.
    if (start, end) != (None, None):
        span = Date(f"{'..' if start is None else lo}/{'..' if end is None else hi}")
        in_span = [e.when.within(span) if within else e.when.overlaps(span) for e in timeline]
        assert list(found) == [e for e, keep in zip(timeline, in_span, strict=True) if keep]


@given(dated_events(), st.lists(st.tuples(range_bounds(), range_bounds()), max_size=8))
def test_the_range_index_agrees_with_a_scan_on_many_entries(
    events: tuple[Event, ...], ranges: list[tuple[object, object]]
) -> None:
    timeline = Timeline(TimelineEntry(record=e) for e in events)
    for start, end in ranges:
        lo, hi = range_of(start, end)
        if lo > hi:
            continue
        for within in (False, True):
            found = [e.id for e in timeline.between(start, end, within=within)]  # type: ignore[arg-type]
            if within:
                expected = [e.id for e in timeline if lo <= e.when.earliest and e.when.latest <= hi]
            else:
                expected = [e.id for e in timeline if e.when.earliest <= hi and lo <= e.when.latest]
            assert found == expected


def test_open_ended_ranges_and_open_ended_entries() -> None:
    brief = small_brief(
        event("open-start", "../2019-12"),
        event("open-end", "2020-02-20/.."),
        event("unknown-end", "2020-01/"),
        event("day", "2020-03-05"),
        event("old", "2015"),
    )
    timeline = brief.timeline()
    assert ids(timeline.between("2021")) == ["unknown-end", "open-end"]
    assert ids(timeline.between(end="2015")) == ["open-start", "old"]
    assert ids(timeline.between(end="2015", within=True)) == ["old"]
    assert ids(timeline.between("2020-01", within=True)) == ["unknown-end", "open-end", "day"]
    assert ids(timeline.between(end="2019-12", within=True)) == ["open-start", "old"]
    assert timeline.between() is timeline
    assert ids(timeline.between(dt.date(2020, 3, 5), dt.date(2020, 3, 5), within=True)) == ["day"]


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(TimelineError, match=r"'end' must not end before the range's start") as info:
        idlib_brief.timeline("2020-03", "2020-02")
    assert isinstance(info.value, ValueError)


def test_range_bounds_take_a_date_edtf_text_or_a_day() -> None:
    timeline = idlib_brief.timeline()
    by_text = timeline.between("2020-03-04", "2020-03-05")
    assert by_text == timeline.between(dt.date(2020, 3, 4), dt.date(2020, 3, 5))
    assert by_text == timeline.between(Date("2020-03-04"), Date("2020-03-05"))
    assert by_text == timeline.between("2020-03-04/2020-03-05", "2020-03-04/2020-03-05")
    with pytest.raises(idlib_brief.EDTFError):
        timeline.between("March 2020")


# -- filters ------------------------------------------------------------------------------


@st.composite
def filters_of(draw: st.DrawFn, brief: Brief) -> dict[str, object]:
    """Some filters with values the brief knows, each given or not."""
    options: dict[str, object] = {}
    if draw(st.booleans()):
        names = [n for a in brief.actors for n in (a.id, a.name, *a.aliases)]
        options["actors"] = draw(st.lists(st.sampled_from(names), min_size=1, max_size=2))
        options["include_members"] = draw(st.booleans())
    if draw(st.booleans()):
        options["kinds"] = draw(st.lists(st.sampled_from(ENTRY_KINDS), min_size=1, max_size=2))
    if draw(st.booleans()):
        options["issues"] = draw(
            st.lists(st.sampled_from([i.id for i in brief.issues]), min_size=1, max_size=2)
        )
    if draw(st.booleans()):
        statuses = (*EVENT_STATUSES, *AGREEMENT_STATUSES)
        options["status"] = draw(st.lists(st.sampled_from(statuses), min_size=1, max_size=3))
    return options


@given(st.data())
def test_filters_commute_with_each_other_and_with_the_range(data: st.DataObject) -> None:
    brief = data.draw(briefs())
    first = data.draw(filters_of(brief))
    second = {k: v for k, v in data.draw(filters_of(brief)).items() if k not in first}
    if "include_members" in second and "actors" not in second:
        del second["include_members"]
    start, end = data.draw(range_bounds()), data.draw(range_bounds())
    lo, hi = range_of(start, end)
    if lo > hi:
        start, end = end, start
    timeline = brief.timeline()
    one_way = timeline.filter(**first).filter(**second)  # type: ignore[arg-type]
    other_way = timeline.filter(**second).filter(**first)  # type: ignore[arg-type]
    together = timeline.filter(**first, **second)  # type: ignore[arg-type]
    assert one_way == other_way == together
    assert one_way.undated == other_way.undated == together.undated
    ranged = brief.timeline(start, end, **first)  # type: ignore[arg-type]
    assert ranged == timeline.filter(**first).between(start, end)  # type: ignore[arg-type]
    assert ranged == timeline.between(start, end).filter(**first)  # type: ignore[arg-type]


@given(st.data())
def test_the_actor_filter_keeps_what_actors_did_said_joined_or_are_credited_with(
    data: st.DataObject,
) -> None:
    brief = data.draw(briefs())
    actor = data.draw(st.sampled_from(brief.actors))
    name = data.draw(st.sampled_from([actor.id, actor.name, *actor.aliases]))
    members = data.draw(st.booleans())
    parents = {a.id: a.affiliation for a in brief.actors}

    def counts(actor_id: str | None) -> bool:
        # Up the affiliation chain: the reverse of the library's walk down members.
        while actor_id is not None:
            if actor_id == actor.id:
                return True
            actor_id = parents.get(actor_id) if members else None
        return False

    def by(record: object) -> tuple[str | None, ...]:
        if isinstance(record, Statement):
            return (record.speaker,)
        if isinstance(record, Event):
            return record.participants
        if isinstance(record, Agreement):
            return record.parties
        assert isinstance(record, Figure)
        return (record.attributed_to,)

    found = brief.timeline(actors=name, include_members=members)
    expected = [e.id for e in brief.timeline() if any(counts(a) for a in by(e.record))]
    assert [e.id for e in found] == expected
    assert all(any(counts(a) for a in by(r)) for r in found.undated)


@given(briefs())
def test_kind_issue_and_status_filters_match_a_brute_force_filter(brief: Brief) -> None:
    timeline = brief.timeline()
    for kind in ENTRY_KINDS:
        assert [e.id for e in timeline.filter(kinds=kind)] == [
            e.id for e in timeline if e.kind == kind
        ]
    for issue in brief.issues:
        assert [e.id for e in timeline.filter(issues=issue.id)] == [
            e.id
            for e in timeline
            if isinstance(e.record, Statement) and issue.id in {s.issue for s in e.record.stances}
        ]
        assert timeline.filter(issues=issue.title) == timeline.filter(issues=issue.id)
    for status in ("planned", "in-doubt", "proposed"):
        assert [e.id for e in timeline.filter(status=status)] == [
            e.id for e in timeline if getattr(e.record, "status", None) == status
        ]


def test_members_are_included_on_request_down_the_whole_chain() -> None:
    brief = small_brief(
        statement("by-a", "2020-01-01", speaker="a"),
        statement("by-b", "2020-01-02", speaker="b"),
        statement("by-c", "2020-01-03", speaker="c"),
        statement("about-a", "2020-01-04", speaker="d", about=("a",)),
        event("with-c", "2020-01-05", participants=("c", "d")),
    )
    assert ids(brief.timeline(actors="Capital A")) == ["by-a"]
    assert ids(brief.timeline(actors="a", include_members=True)) == [
        "by-a",
        "by-b",
        "by-c",
        "with-c",
    ]
    assert ids(brief.timeline(actors="Beta", include_members=True)) == ["by-b", "by-c", "with-c"]
    assert ids(brief.timeline(actors=["Delta", "b"])) == ["by-b", "about-a", "with-c"]


def test_one_string_is_one_value_not_its_letters() -> None:
    assert idlib_brief.timeline(kinds="event") == idlib_brief.timeline(kinds=["event"])
    assert idlib_brief.timeline(actors="Putin") == idlib_brief.timeline(actors=("putin",))


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"kinds": "speech"}, TimelineError, r"'kinds' must be one of \('event', 'statement'"),
        ({"kinds": "events"}, TimelineError, "got 'events'"),
        ({"status": "done"}, TimelineError, r"'status' must be one of \('occurred'.*'lapsed'\)"),
        ({"status": [1]}, TimelineError, "'status' takes strings only"),
        ({"actors": "Erdogn"}, UnknownActorError, "'Erdogn'.*close matches"),
        ({"issues": "no-such-issue"}, UnknownIssueError, "no-such-issue"),
    ],
)
def test_bad_filter_values_raise_clear_errors(
    options: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        idlib_brief.timeline(**options)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        idlib_brief.timeline().filter(**options)  # type: ignore[arg-type]


def test_the_timeline_error_carries_its_data_and_is_a_brief_error() -> None:
    with pytest.raises(TimelineError) as info:
        idlib_brief.timeline(kinds=["event", "speech"])
    error = info.value
    assert (error.option, error.value, error.allowed) == ("kinds", "speech", ENTRY_KINDS)
    assert isinstance(error, idlib_brief.BriefError)
    assert isinstance(error, ValueError)


def test_a_timeline_built_by_hand_filters_by_ids_only() -> None:
    brief = idlib_brief.load()
    timeline = Timeline(idlib_brief.timeline())
    assert timeline.brief is None
    # built from entries alone, it has no undated records to filter
    assert timeline.filter(actors="putin").entries == idlib_brief.timeline(actors="putin").entries
    assert len(timeline.filter(actors="Putin")) == 0  # a name, not an id: no brief to ask
    with pytest.raises(TimelineError, match="needs a timeline built from a brief"):
        timeline.filter(actors="putin", include_members=True)
    assert brief.timeline().brief is brief


# -- as of a day --------------------------------------------------------------------------


@given(briefs_with_history(), date_texts(1988, 2032), date_texts(1988, 2032))
def test_as_of_grows_with_the_day_and_a_later_view_narrows_to_an_earlier_one(
    brief: Brief, a: str, b: str
) -> None:
    first, second = sorted([Date(a), Date(b)], key=lambda d: d.latest)
    timeline = brief.timeline()
    early, late = timeline.as_of(first), timeline.as_of(second)
    assert {e.id for e in early} <= {e.id for e in late}
    assert late.as_of(first) == early
    assert [e.id for e in early] == [e.id for e in timeline if e.id in {x.id for x in early}]


@given(briefs_with_history(), date_texts(1988, 2032))
def test_as_of_keeps_statements_figures_and_agreements_certainly_dated_by_then(
    brief: Brief, day: str
) -> None:
    cutoff = Date(day).latest
    kept = brief.timeline().as_of(day)
    assert [e.id for e in kept if e.kind != "event"] == [
        e.id for e in brief.timeline() if e.kind != "event" and e.when.latest <= cutoff
    ]
    assert all(e.status in EVENT_STATUSES for e in kept if e.kind == "event")


@given(briefs_with_history())
def test_as_of_the_end_of_time_is_the_whole_timeline_and_before_it_nothing(
    brief: Brief,
) -> None:
    timeline = brief.timeline()
    assert timeline.as_of(dt.date.max) == timeline
    assert list(timeline.as_of("1900")) == []


def test_as_of_reads_an_events_history_then_the_source_then_its_date() -> None:
    history = (
        StatusChange(status="planned", since=Date("2020-02-10"), citations=CITE),
        StatusChange(status="in-doubt", since=Date("2020-03"), citations=CITE),
        StatusChange(status="expected", since=None, citations=CITE),
    )
    brief = small_brief(
        event("summit", "2020-03-20", status="cancelled", history=history),
        event("meeting", "2020-03-05", status="planned"),
        event("attack", "2020-02-27"),
        event("flight", "2019-12/..", status="ongoing"),
        statement("said", "2020-02-20/2020-02-28"),
        published="2020-02-29",
    )
    timeline = brief.timeline()

    def on(day: str) -> dict[str, str | None]:
        return {e.id: e.status for e in timeline.as_of(day)}

    assert on("2020-02-09") == {"flight": "ongoing"}
    assert on("2020-02-10") == {"flight": "ongoing", "summit": "planned"}
    assert on("2020-02-28") == {
        "flight": "ongoing",
        "summit": "planned",
        "attack": "occurred",
        "said": None,
    }
    # The source is out, but the summit's last change ("since 2020-03") is still ahead.
    assert on("2020-02-29")["summit"] == "planned"
    assert on("2020-02-29")["meeting"] == "planned"
    # "Since 2020-03" is certainly past only on 31 March; an undated change never counts.
    assert on("2020-03-30")["summit"] == "planned"
    assert on("2020-03-31")["summit"] == "cancelled"
    assert on("2020-03")["summit"] == "cancelled"  # a month counts to its last day
    assert on("2020-04") == {e.id: getattr(e.record, "status", None) for e in timeline}


def test_as_of_without_a_publication_date_uses_history_alone() -> None:
    history = (StatusChange(status="planned", since=Date("2020-02-10"), citations=CITE),)
    brief = small_brief(event("summit", "2020-03-20", status="in-doubt", history=history))
    timeline = brief.timeline()
    assert [e.status for e in timeline.as_of("2020-02-09")] == []
    assert [e.status for e in timeline.as_of("2020-02-10")] == ["in-doubt"]


# -- the sequence -------------------------------------------------------------------------


def test_a_timeline_is_an_immutable_sequence_whose_slices_are_timelines() -> None:
    timeline = idlib_brief.timeline()
    assert isinstance(timeline, Sequence)
    assert len(timeline) == len(list(timeline)) == len(timeline.entries)
    assert timeline[0] == timeline.entries[0]
    assert timeline[-1] == timeline.entries[-1]
    part = timeline[1:5]
    assert isinstance(part, Timeline)
    assert list(part) == list(timeline.entries[1:5])
    assert part.undated == timeline.undated
    assert timeline[::2].entries == timeline.entries[::2]
    assert timeline[2] in timeline
    assert timeline.index(timeline[3]) == 3
    assert list(reversed(timeline)) == list(timeline.entries[::-1])
    with pytest.raises(TimelineError, match="must not step backwards"):
        timeline[::-1]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        timeline.entries = ()  # type: ignore[misc]
    assert hash(timeline) == hash(idlib_brief.timeline())
    assert "entries" in repr(timeline)
    assert repr(Timeline()) == "<Timeline: no entries>"


def test_entries_follow_their_record_and_refuse_what_does_not_fit() -> None:
    brief = idlib_brief.load()
    sochi = TimelineEntry(record=brief["sochi-agreements-2018"])  # type: ignore[arg-type]
    assert (sochi.kind, sochi.status, sochi.label) == (
        "agreement",
        "partially-implemented",
        "Sochi agreements of 2018",
    )
    with pytest.raises(ValueError, match="has no date"):
        TimelineEntry(record=event("undated", None))
    with pytest.raises(TypeError, match="must be an Event, Statement"):
        TimelineEntry(record=brief["turkey"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'status' of event"):
        TimelineEntry(record=event("e", "2020"), status="implemented")
    with pytest.raises(ValueError, match="'status' of statement"):
        TimelineEntry(record=statement("s", "2020"), status="planned")
    with pytest.raises(TypeError, match="holds TimelineEntry objects"):
        Timeline([brief["turkey"]])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="'undated' holds events"):
        Timeline(undated=[brief["turkey"]])  # type: ignore[list-item]
    by_hand = Timeline(undated=[statement("s", None), event("e", None)])
    assert [r.id for r in by_hand.undated] == ["e", "s"]  # by kind, then id


def test_the_full_timeline_is_built_once_per_brief_and_forgotten_with_it() -> None:
    brief = small_brief(event("x", "2020"))
    first, again = brief.timeline(), brief.timeline()
    assert first.entries is again.entries
    alive = weakref.ref(brief)
    del brief, first, again
    gc.collect()
    assert alive() is None


# -- rendering ----------------------------------------------------------------------------


@given(briefs())
def test_rendering_never_fails_and_shows_every_entry(brief: Brief) -> None:
    timeline = brief.timeline()
    text = str(timeline)
    assert text == timeline.to_text()
    lines = text.splitlines()
    assert len(lines) == len(timeline) + 2
    assert lines[0].split() == ["when", "kind", "status", "id", "what"]
    markdown = timeline.to_markdown()
    assert len(markdown.splitlines()) == len(timeline) + 2
    for entry, line, row in zip(timeline, lines[2:], markdown.splitlines()[2:], strict=True):
        assert line.startswith(str(entry.when))
        assert f" {entry.id} " in line
        assert f"| {entry.id} |" in row
    full = timeline.to_text(what_width=None)
    assert all(e.label in full for e in timeline)


@settings(max_examples=8)
@given(briefs_with_history(max_records=6), st.booleans())
def test_plotting_never_fails_on_any_valid_brief(brief: Brief, breaks: bool) -> None:
    figure = brief.timeline().as_of("2025").plot(title="generated", breaks=breaks)
    figure.savefig(io.BytesIO(), format="png")
    assert 1 <= len(figure.axes) <= 4


def test_the_picture_sets_planned_and_doubtful_events_apart() -> None:
    brief = small_brief(
        event("done", "2020-03-01"),
        event("plan", "2020-03-05", status="planned"),
        event("doubt", "2020-03-05/2020-03-07", status="in-doubt"),
        event("off", "2020-03", status="cancelled"),
        event("open", "2020-02-20/.."),
    )
    figure = brief.timeline().plot(breaks=False)
    (ax,) = figure.axes
    hatches = {patch.get_hatch() for patch in ax.patches}
    assert {"...", "xxx"} <= hatches
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert {"planned, expected, proposed", "in doubt", "cancelled"} <= set(legend)
    figure.savefig(io.BytesIO(), format="png")
    empty = Timeline().plot()
    empty.savefig(io.BytesIO(), format="png")


# -- the bundled brief --------------------------------------------------------------------


def test_the_moscow_meeting_comes_after_the_statements_made_the_day_before() -> None:
    brief = idlib_brief.load()
    timeline = brief.timeline()
    (meeting,) = [
        e
        for e in timeline
        if isinstance(e.record, Event)
        and {"putin", "erdogan"} <= set(e.record.participants)
        and "moscow" in {loc.place for loc in e.record.places}
        and str(e.when) == "2020-03-05"
    ]
    day_before = [e for e in timeline if e.kind == "statement" and str(e.when) == "2020-03-04"]
    assert day_before, "the brief should hold statements of 2020-03-04"
    position = list(timeline).index(meeting)
    assert all(list(timeline).index(s) < position for s in day_before)
    assert {"erdogan", "peskov"} <= {s.record.speaker for s in day_before}  # type: ignore[union-attr]


def test_the_2015_and_2018_year_entries_come_before_everything_in_2020() -> None:
    entries = list(idlib_brief.timeline())
    years = [
        i
        for i, e in enumerate(entries)
        if e.when.precision == "year"
        and not e.when.is_interval
        and e.when.earliest.year in {2015, 2018}
    ]
    assert {entries[i].when.earliest.year for i in years} == {2015, 2018}
    in_2020 = [i for i, e in enumerate(entries) if e.when.earliest.year == 2020]
    assert in_2020
    assert max(years) < min(in_2020)
    assert [entries[i].when.earliest.year for i in years] == sorted(
        entries[i].when.earliest.year for i in years
    )


def test_as_of_the_day_before_the_meeting_shows_it_planned_and_before_the_source_not_at_all() -> (
    None
):
    timeline = idlib_brief.timeline()
    before = {e.id: e.status for e in timeline.as_of("2020-03-04")}
    assert before["moscow-meeting-2020-03-05"] == "planned"
    assert "moscow-meeting-2020-03-05" not in {e.id for e in timeline.as_of("2020-02-20")}


def test_asking_about_turkey_with_members_brings_erdogans_words() -> None:
    brief = idlib_brief.load()
    erdogan = {s.id for s in brief.statements if s.speaker == "erdogan" and s.when is not None}
    assert erdogan
    with_members = brief.timeline(actors="Turkey", include_members=True, kinds="statement")
    alone = brief.timeline(actors="Turkey", kinds="statement")
    assert erdogan <= {e.id for e in with_members}
    assert not erdogan & {e.id for e in alone}


def test_the_module_level_timeline_is_the_bundled_briefs() -> None:
    assert idlib_brief.timeline(
        "2020-02", within=True, kinds="event"
    ) == idlib_brief.load().timeline("2020-02", within=True, kinds="event")


# -- the command line ---------------------------------------------------------------------


def test_the_timeline_command_prints_the_range_it_is_asked_for(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the command fits its table to the terminal
    assert main(["timeline", "--from", "2020-03-04", "--to", "2020-03-05", "--within"]) == 0
    out = capsys.readouterr().out
    timeline = idlib_brief.timeline("2020-03-04", "2020-03-05", within=True)
    assert out.strip() == idlib_brief.table(timeline).to_text()


def test_the_timeline_command_filters_and_writes_markdown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["timeline", "--actor", "Turkey", "--members", "--kind", "statement", "--markdown"]
    assert main(args) == 0
    out = capsys.readouterr().out
    expected = idlib_brief.timeline(actors="Turkey", include_members=True, kinds="statement")
    assert out.strip() == expected.to_markdown()


def test_the_timeline_command_shows_a_day_as_of_and_statuses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["timeline", "--as-of", "2020-03-04", "--status", "planned"]) == 0
    out = capsys.readouterr().out
    assert "moscow-meeting-2020-03-05" in out


def test_the_timeline_command_reports_bad_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--kind", "speech"]) == 2
    assert "argument --kind: invalid choice: 'speech'" in capsys.readouterr().err
    assert main(["timeline", "--actor", "Nobody At All"]) == 2
    assert "no actor is called 'Nobody At All'" in capsys.readouterr().err
    assert main(["timeline", "--from", "2020-13"]) == 2
    assert "month 13 is not between 01 and 12" in capsys.readouterr().err


def test_the_timeline_command_draws_a_picture_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "timeline.png"
    monkeypatch.setenv("COLUMNS", "400")
    assert main(["timeline", "--from", "2020-02", "--plot", str(picture)]) == 0
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert "moscow-meeting-2020-03-05" in capsys.readouterr().out


@given(briefs())
def test_a_briefs_timeline_holds_the_entries_the_constructor_would_build(brief: Brief) -> None:
    """The timeline builds its entries without re-validating; each equals a validated one."""
    for entry in brief.timeline():
        again = TimelineEntry(record=entry.record)
        assert (again, again.when, again.kind) == (entry, entry.when, entry.kind)


def test_figures_say_their_qualifier_in_words_in_the_timeline_table() -> None:
    brief = idlib_brief.load()
    text = brief.timeline(kinds="figure").to_text(what_width=None)
    hyphenated = [f for f in brief.figures if "-" in f.qualifier and f.when is not None]
    assert hyphenated  # "more-than", "up-to": the ones a slug would show wrongly
    for figure in hyphenated:
        words = figure.qualifier.replace("-", " ")
        assert f"{figure.label}: {words} {figure.value:,} {figure.unit}" in text
        assert f"{figure.qualifier} {figure.value:,}" not in text
