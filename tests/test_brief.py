"""The `Brief`: records by kind, lookups by id and by name or alias, the date index."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idlib_brief import (
    KINDS,
    Actor,
    Agreement,
    Brief,
    Citation,
    Event,
    Figure,
    Statement,
    UnknownActorError,
    UnknownIssueError,
    UnknownRecordError,
    load,
    normalize_name,
)
from idlib_brief._kinds import kind_of
from strategies import briefs

CITE = (Citation(source="doc", start=0, end=1),)


def actor(actor_id: str, name: str, *aliases: str, affiliation: str | None = None) -> Actor:
    return Actor(
        id=actor_id,
        name=name,
        kind="person",
        aliases=aliases,
        description="someone",
        affiliation=affiliation,
        citations=CITE,
    )


@pytest.mark.parametrize(
    "name",
    ["Erdoğan", "erdogan", "Recep Tayyip Erdogan", "RECEP TAYYIP ERDOĞAN", "Erdogan.", " erdogan "],
)
def test_a_name_or_alias_resolves_whatever_its_case_diacritics_or_punctuation(name: str) -> None:
    assert load().actor(name).id == "erdogan"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Achmetow", "akhmetov"),
        ("Akhmetov", "akhmetov"),
        ("Ankara", "turkey"),
        ("Damascus", "syria"),
        ("Putin", "putin"),
        ("UN", "un"),
        ("United Nations", "un"),
    ],
)
def test_spelling_variants_and_metonyms_of_the_bundled_brief(name: str, expected: str) -> None:
    assert load().actor(name).id == expected


def test_an_unknown_name_raises_a_lookup_error_listing_close_names() -> None:
    with pytest.raises(UnknownActorError) as info:
        load().actor("Erdogn")
    assert isinstance(info.value, LookupError)
    assert "Erdogan" in info.value.close
    assert "no actor is called 'Erdogn'" in str(info.value)
    assert load().find_actor("Erdogn") is None


def test_a_hand_built_brief_with_a_shared_alias_refuses_to_guess() -> None:
    brief = Brief(actors=(actor("a", "Alpha", "Boss"), actor("b", "Beta", "boss")))
    with pytest.raises(UnknownActorError, match="close matches: 'Alpha', 'Beta'"):
        brief.actor("BOSS")


def test_getitem_finds_any_record_and_names_close_ids_when_missing() -> None:
    brief = load()
    assert brief["dw-2020-idlib"].id == "dw-2020-idlib"
    assert brief["turkey"] is brief.actor("Turkey")
    with pytest.raises(UnknownRecordError) as info:
        brief["turky"]
    assert isinstance(info.value, KeyError)
    assert "turkey" in info.value.close
    assert "did you mean 'turkey'" in str(info.value)


def test_get_never_raises() -> None:
    brief = load()
    assert brief.get("turkey") is brief["turkey"]
    assert brief.get("nothing") is None
    sentinel = object()
    assert brief.get("nothing", sentinel) is sentinel
    assert "turkey" in brief
    assert 3 not in brief


def test_members_are_the_actors_affiliated_with_an_actor() -> None:
    brief = load()
    russia = {a.id for a in brief.members("Moscow")}
    assert {"putin", "lavrov", "kremlin"} <= russia
    assert all(brief[m].affiliation == "russia" for m in russia)  # type: ignore[union-attr]
    assert [a.id for a in brief.members("Kremlin")] == ["peskov"]


@given(briefs())
def test_kinds_are_tuples_sorted_by_id_and_nothing_is_lost(brief: Brief) -> None:
    total = 0
    for kind, count in brief.counts().items():
        records = getattr(brief, kind)
        assert isinstance(records, tuple)
        assert [r.id for r in records] == sorted(r.id for r in records)
        total += count
    assert len(brief) == total == len(list(brief))
    assert list(brief.ids) == sorted(r.id for r in brief)
    assert all(brief[r.id] is r for r in brief)


@given(briefs(), st.randoms())
def test_input_order_does_not_matter(brief: Brief, rng: object) -> None:
    shuffled = list(brief.actors)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    records = {kind: getattr(brief, kind) for kind in KINDS}
    records |= {"actors": tuple(shuffled), "statements": tuple(reversed(brief.statements))}
    again = Brief(title=brief.title, description=brief.description, **records)
    assert again == brief
    assert again.dated == brief.dated


@given(briefs())
def test_the_date_index_holds_every_dated_record_in_order(brief: Brief) -> None:
    dated = brief.dated
    # The dated kinds' records with a date (a relation's `when` says when it holds; it
    # takes no part in timelines).
    expected = [r for r in brief if kind_of(r).dated and getattr(r, "when", None) is not None]
    assert sorted(r.id for r in dated) == sorted(r.id for r in expected)
    rank = {Event: 0, Statement: 1, Agreement: 2, Figure: 3}
    keys = [(r.when.sort_key, rank[type(r)], r.id) for r in dated if r.when is not None]
    assert keys == sorted(keys)


@given(briefs())
def test_records_are_in_one_date_order_everywhere(brief: Brief) -> None:
    """The date index, the timeline and the overview's events share one order."""
    timeline = brief.timeline()
    assert [r.id for r in brief.dated] == [entry.id for entry in timeline]
    events = [r.id for r in brief.dated if isinstance(r, Event)]
    assert [entry.id for entry in brief.timeline(kinds="event")] == events


@given(briefs())
def test_every_actor_is_found_by_each_of_its_names(brief: Brief) -> None:
    for a in brief.actors:
        for name in (a.id, *a.names):
            assert brief.actor(name) is a
            assert brief.actor(name.upper()) is a


def test_indexes_are_read_only() -> None:
    brief = load()
    assert isinstance(brief._index, MappingProxyType)
    with pytest.raises(TypeError):
        brief._index["x"] = brief["turkey"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Erdoğan", "erdogan"),
        ("Maaret al-Numan", "maaret al numan"),
        ("Ağrı", "agri"),
        ("  U.N. ", "u n"),
    ],
)
def test_normalize_name(name: str, folded: str) -> None:
    assert normalize_name(name) == folded


def test_an_issue_resolves_by_id_or_title_and_names_close_ids() -> None:
    brief = load()
    assert brief.issue("ceasefire") is brief["ceasefire"]
    assert brief.issue("a CEASEFIRE in idlib!").id == "ceasefire"
    with pytest.raises(UnknownIssueError) as info:
        brief.issue("ceasfire")
    assert isinstance(info.value, LookupError)
    assert "ceasefire" in info.value.close
