"""Every record class's validation, for good values and for bad ones."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs
import pytest

from idlib_brief import (
    Actor,
    Agreement,
    Citation,
    Date,
    Dating,
    Event,
    Figure,
    Issue,
    Source,
    SourceMismatchError,
    Stance,
    Statement,
    StatusChange,
)

CITE = (Citation(source="doc", start=0, end=4),)


def make(cls: type[Any], **changes: Any) -> Any:
    """Build a valid record of *cls*, with *changes* applied."""
    base: dict[type[Any], dict[str, Any]] = {
        Citation: {"source": "doc", "start": 0, "end": 4},
        Dating: {"expression": CITE[0], "anchor": "the dateline", "rule": "next Thursday"},
        Source: {
            "id": "doc",
            "title": "A document",
            "publisher": "Someone",
            "sha256": "a" * 64,
            "length": 10,
        },
        Issue: {"id": "ceasefire", "title": "Ceasefire", "description": "Whether to stop."},
        Actor: {
            "id": "erdogan",
            "name": "Recep Tayyip Erdogan",
            "kind": "person",
            "description": "Turkey's president.",
            "citations": CITE,
        },
        Stance: {"issue": "ceasefire", "position": "for"},
        Statement: {
            "id": "s1",
            "speaker": "erdogan",
            "mode": "indirect",
            "summary": "Hopes for a ceasefire.",
            "act": "hopes",
            "citations": CITE,
        },
        Agreement: {
            "id": "sochi",
            "name": "Sochi agreements",
            "parties": ("russia", "turkey"),
            "status": "partially-implemented",
            "citations": CITE,
        },
        Figure: {
            "id": "f1",
            "label": "displaced",
            "value": 1_000_000,
            "unit": "people",
            "qualifier": "almost",
            "high": 1_000_000,
            "high_exclusive": True,
            "citations": CITE,
        },
        StatusChange: {"status": "planned", "citations": CITE},
        Event: {
            "id": "e1",
            "title": "Meeting",
            "kind": "meeting",
            "status": "expected",
            "citations": CITE,
        },
    }
    return cls(**{**base[cls], **changes})


ALL = [Citation, Dating, Source, Issue, Actor, Stance, Statement, Agreement, Figure, Event]


@pytest.mark.parametrize("cls", ALL)
def test_records_are_frozen_slotted_and_keyword_only(cls: type[Any]) -> None:
    record = make(cls)
    assert attrs.has(cls)
    assert not hasattr(record, "__dict__")
    field = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, getattr(record, field))
    with pytest.raises(TypeError):
        cls(*attrs.astuple(record, recurse=False))
    assert record == make(cls)
    assert hash(record) == hash(make(cls))


@pytest.mark.parametrize(
    ("cls", "changes", "message"),
    [
        (Citation, {"start": -1}, "'start' must be >= 0"),
        (Citation, {"end": 0}, "'end' must be greater than 'start'"),
        (Citation, {"source": "Not A Slug"}, "'source' must match"),
        (Source, {"sha256": "xyz"}, "'sha256' must match"),
        (Issue, {"title": ""}, "'title' must be"),
        (Actor, {"kind": "persn"}, "'kind' must be in"),
        (Actor, {"aliases": ["a"]}, "must be <class 'tuple'>"),
        (Actor, {"aliases": ("a", "a")}, "repeats a value"),
        (Actor, {"citations": ()}, "'citations' must be"),
        (Actor, {"id": "Erdogan"}, "'id' must match"),
        (Stance, {"position": "maybe"}, "'position' must be in"),
        (Statement, {"mode": "direct"}, "needs the speaker's words"),
        (Statement, {"quote": "I hope"}, "has no 'quote'"),
        (Statement, {"act": "sings"}, "'act' must be in"),
        (Statement, {"when": "2020-03-04"}, "'when' must be"),
        (Agreement, {"status": "signed?"}, "'status' must be in"),
        (Figure, {"low": 2_000_000}, "'low' .* must not be greater"),
        (Figure, {"high": 10}, "'high' .* must not be less"),
        (Figure, {"qualifier": "roughly"}, "'qualifier' must be in"),
        (Figure, {"value": "1 million"}, "'value' must be"),
        (Event, {"status": "done"}, "'status' must be in"),
        (Event, {"kind": "party"}, "'kind' must be in"),
        (StatusChange, {"status": "maybe"}, "'status' must be in"),
        (Dating, {"rule": ""}, "'rule' must be"),
    ],
)
def test_bad_values_are_rejected_with_the_field_named(
    cls: type[Any], changes: dict[str, Any], message: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        make(cls, **changes)


def test_a_direct_statement_keeps_the_quote() -> None:
    statement = make(Statement, mode="direct", quote="I hope", when=Date("2020-03-04"))
    assert statement.quote == "I hope"
    assert statement.when == Date("2020-03-04")


def test_citation_excerpt_reads_the_span_and_checks_the_length() -> None:
    citation = make(Citation, start=4, end=9)
    assert citation.excerpt("The quick brown fox") == "quick"
    assert len(citation) == 5
    with pytest.raises(ValueError, match="runs past"):
        citation.excerpt("The")


def test_citations_overlap_only_in_the_same_source() -> None:
    a = make(Citation, start=0, end=5)
    assert a.overlaps(make(Citation, start=4, end=8))
    assert not a.overlaps(make(Citation, start=5, end=8))
    assert not a.overlaps(make(Citation, source="other", start=0, end=5))


@pytest.mark.parametrize(
    ("changes", "inside", "outside"),
    [
        ({"qualifier": "more-than", "value": 30, "low": 30, "low_exclusive": True}, [31], [30]),
        ({"qualifier": "almost", "value": 10, "high": 10, "high_exclusive": True}, [9], [10]),
        ({"qualifier": "up-to", "value": 2000, "high": 2000}, [2000, 0], [2001]),
        ({"qualifier": "exact", "value": 35, "low": 35, "high": 35}, [35], [34, 36]),
        ({"qualifier": "around", "value": 100}, [1, 10**9], []),
    ],
)
def test_figure_bounds_admit_what_the_qualifier_allows(
    changes: dict[str, Any], inside: list[int], outside: list[int]
) -> None:
    figure = make(Figure, **{"high": None, "high_exclusive": False, **changes})
    assert all(figure.admits(x) for x in inside)
    assert not any(figure.admits(x) for x in outside)


def test_source_verify_accepts_the_exact_document_only() -> None:
    text = "Ünïcode text"
    digest = hashlib.sha256(text.encode()).hexdigest()
    source = make(Source, sha256=digest, length=len(text))
    assert source.verify(text) == text
    assert source.verify(text.encode()) == text
    with pytest.raises(SourceMismatchError, match="SHA-256") as info:
        source.verify(text + " ")
    assert isinstance(info.value, ValueError)
    assert info.value.expected == digest


def test_actor_names_lists_the_name_first() -> None:
    actor = make(Actor, aliases=("Erdoğan", "Turkish President"))
    assert actor.names == ("Recep Tayyip Erdogan", "Erdoğan", "Turkish President")
