"""Finding records: `Brief.find` and `idlib_brief.find`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief

BRIEF = idlib_brief.load()


def test_an_exact_name_comes_first_whatever_its_spelling() -> None:
    assert BRIEF.find("Putin")[0].id == "putin"
    assert BRIEF.find("ERDOĞAN")[0].id == "erdogan"
    assert BRIEF.find("Ankara")[0].id == "turkey"  # an alias


def test_find_matches_labels_summaries_and_quotes() -> None:
    figure = BRIEF.figures[0]
    assert figure in BRIEF.find(figure.label)
    quoted = next(s for s in BRIEF.statements if s.quote)
    assert quoted in BRIEF.find(quoted.quote[:30])  # type: ignore[index]


def test_kinds_narrow_the_search_and_are_checked() -> None:
    found = BRIEF.find("Sochi", kinds=["issue", "agreement"])
    assert {type(r).__name__ for r in found} == {"Issue", "Agreement"}
    assert idlib_brief.find("Sochi") == BRIEF.find("Sochi")
    with pytest.raises(idlib_brief.BriefError, match="'kinds' must be among"):
        BRIEF.find("Sochi", kinds="speech")
    with pytest.raises(idlib_brief.BriefError, match="needs a word"):
        BRIEF.find(" -- ")


@given(st.sampled_from([r for r in BRIEF if hasattr(r, "name")]))
def test_every_named_record_is_among_the_first_found_by_its_name(record: object) -> None:
    found = BRIEF.find(record.name)  # type: ignore[attr-defined]
    assert record in found[:3]  # only records of the very same name may come before it
