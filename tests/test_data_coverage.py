"""Coverage: every sentence of the source that states something is cited by a record.

The source is split into units by :func:`_source.sentences` (see there how the fused
gallery headings are split off). A unit counts as covered when a citation of a
statement, figure, event or agreement overlaps it; actors' citations do not count,
since naming someone is not citing what the sentence says. Units without a fact are
listed, each with its reason, in ``tests/data/uncited.json``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from _source import (
    CAPTION_TITLES,
    ROOT,
    UNCLEAR_ATTRIBUTION,
    read_records,
    read_source,
    sentences,
)

FACT_FILES = ("agreements.json", "events.json", "figures.json", "statements.json")
THRESHOLD = 0.95
UNCITED = ROOT / "tests" / "data" / "uncited.json"


@pytest.fixture(scope="module")
def text() -> str:
    return read_source()


@pytest.fixture(scope="module")
def units(text: str) -> list[tuple[int, int]]:
    return sentences(text)


def cited_spans() -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in FACT_FILES:
        for record in read_records(name):
            spans.extend((c["start"], c["end"]) for c in record["citations"])
            for change in record.get("history") or ():
                spans.extend((c["start"], c["end"]) for c in change["citations"])
    return spans


def uncited_list() -> list[dict[str, Any]]:
    value = json.loads(UNCITED.read_text(encoding="utf-8"))
    assert isinstance(value, list)
    return value


def is_covered(unit: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < unit[1] and unit[0] < end for start, end in spans)


def test_units_account_for_every_character(text: str, units: list[tuple[int, int]]) -> None:
    """The split loses no text: between and around the units there is only white space."""
    cut = 0
    for start, end in units:
        assert start >= cut, "units overlap or are out of order"
        assert not text[cut:start].strip(), f"text lost between units: {text[cut:start]!r}"
        cut = end
    assert not text[cut:].strip()


def test_split_finds_the_known_units(text: str, units: list[tuple[int, int]]) -> None:
    found = [text[s:e] for s, e in units]
    assert found[0] == "date 2020-02-29"
    assert found.count("Syria's Idlib: A humanitarian disaster") == len(CAPTION_TITLES) == 9
    assert "500,000 children in need" in found
    assert "Author: Diana Hodali" in found
    assert '"Nobody would let it come to that.' in found
    assert found[-1] == "But this is only the beginning."


def test_uncited_list_is_current(text: str, units: list[tuple[int, int]]) -> None:
    spans = cited_spans()
    texts = [text[s:e] for s, e in units]
    for entry in uncited_list():
        assert set(entry) == {"text", "reason"}
        assert entry["reason"].strip(), f"{entry['text']!r}: give a reason"
        matching = [unit for unit, t in zip(units, texts, strict=True) if t == entry["text"]]
        assert matching, f"{entry['text']!r} is not a sentence of the source; remove it"
        cited = [text[s:e] for s, e in matching if is_covered((s, e), spans)]
        assert not cited, f"{entry['text']!r} is cited now; remove it from uncited.json"


def test_sentences_are_covered(text: str, units: list[tuple[int, int]]) -> None:
    spans = cited_spans()
    exempt = {entry["text"] for entry in uncited_list()}
    counted = [u for u in units if text[u[0] : u[1]] not in exempt]
    uncovered = [u for u in counted if not is_covered(u, spans)]
    share = 1 - len(uncovered) / len(counted)
    listing = "\n".join(f"  [{s}, {e}) {text[s:e]!r}" for s, e in uncovered)
    print(f"coverage: {len(counted) - len(uncovered)}/{len(counted)} sentences ({share:.1%})")
    if uncovered:
        print(f"uncovered sentences:\n{listing}")
    assert share >= THRESHOLD, (
        f"only {share:.1%} of the sentences are cited (at least {THRESHOLD:.0%} needed); "
        f"cite these or list them with a reason in {UNCITED.name}:\n{listing}"
    )


def test_uncited_words_of_unclear_attribution_say_why(text: str) -> None:
    """A sentence of unclear attribution that no record cites is listed, and its reason
    says the attribution is unclear (docs/sourcing.md, "Unclear attribution")."""
    spans = cited_spans()
    reasons = {entry["text"]: entry["reason"] for entry in uncited_list()}
    for start, end in UNCLEAR_ATTRIBUTION:
        if is_covered((start, end), spans):
            continue
        sentence = text[start:end]
        assert sentence in reasons, f"{sentence!r}: list it in {UNCITED.name}"
        assert "attribution is unclear" in reasons[sentence].casefold()
