"""`idlib_brief.testing`: public strategies that draw valid records and whole valid briefs."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import Brief, Date
from idlib_brief._kinds import REGISTRY
from idlib_brief._shapes import parts
from idlib_brief.testing import briefs, date_texts, dates, records


def test_importing_the_library_never_imports_the_strategies() -> None:
    code = (
        "import sys, idlib_brief; "
        "print('idlib_brief.testing' in sys.modules, 'hypothesis' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


@settings(max_examples=30)
@given(briefs())
def test_a_drawn_brief_passes_every_check_of_the_loader(brief: Brief) -> None:
    with tempfile.TemporaryDirectory() as folder:
        idlib_brief.dump(brief, folder)
        assert idlib_brief.load(folder) == brief


@settings(max_examples=30)
@given(st.data())
def test_briefs_keep_their_size_options(data: st.DataObject) -> None:
    low = data.draw(st.integers(len(REGISTRY) + 1, 12))  # a relation needs two actors
    high = data.draw(st.integers(low, 16))
    brief = data.draw(briefs(min_records=low, max_records=high))
    assert low <= len(brief) <= high
    assert all(count >= 1 for count in brief.counts().values())


@settings(max_examples=20)
@given(briefs(min_records=1, max_records=3, min_per_kind=0))
def test_min_per_kind_zero_allows_small_briefs(brief: Brief) -> None:
    assert 1 <= len(brief) <= 3
    assert brief.sources


@pytest.mark.parametrize("cls", parts(), ids=lambda cls: cls.__name__)
@settings(max_examples=20)
@given(data=st.data())
def test_records_draws_valid_instances_of_every_class(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(records(cls))
    assert isinstance(value, cls)
    assert attrs.evolve(value) == value  # the validators accept it again


@settings(max_examples=200)
@given(date_texts())
def test_date_texts_are_dates(text: str) -> None:
    assert Date(text).text == text


@given(st.data())
def test_dates_cover_intervals_and_qualifiers(data: st.DataObject) -> None:
    drawn = data.draw(st.lists(dates(), min_size=1, max_size=5))
    assert all(isinstance(d, Date) for d in drawn)


def test_briefs_draw_every_kind_and_every_field_form() -> None:
    seen_open, seen_dating, seen_history = [False], [False], [False]

    @settings(max_examples=60, database=None)
    @given(briefs())
    def look(brief: Brief) -> None:
        seen_open[0] |= any(r.when is not None and r.when.is_interval for r in brief.dated)
        seen_dating[0] |= any(r.dating is not None for r in brief.dated)
        seen_history[0] |= any(e.history for e in brief.events)

    look()
    assert seen_open[0]
    assert seen_dating[0]
    assert seen_history[0]
