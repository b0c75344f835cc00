"""`Brief.to_frames()`: one DataFrame per table, with proper dtypes and no placeholder dates."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings

import idlib_brief
from idlib_brief import Brief, Date
from idlib_brief._shapes import shapes
from idlib_brief._tables import tables
from strategies import briefs


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return idlib_brief.load().to_frames()


def test_there_is_a_frame_per_table_with_a_row_per_record(
    frames: dict[str, pd.DataFrame],
) -> None:
    brief = idlib_brief.load()
    assert list(frames) == [table.name for table in tables()]
    for kind, count in brief.counts().items():
        assert len(frames[kind]) == count
    stances = sum(len(s.stances) for s in brief.statements)
    assert len(frames["statements-stances"]) == stances


def test_ids_and_text_are_strings_and_vocabularies_categories(
    frames: dict[str, pd.DataFrame],
) -> None:
    events = frames["events"]
    assert events["id"].dtype == "string"
    assert events["title"].dtype == "string"
    assert isinstance(events["kind"].dtype, pd.CategoricalDtype)
    assert list(events["kind"].cat.categories) == list(idlib_brief.EVENT_KINDS)
    assert list(events["status"].cat.categories) == list(idlib_brief.EVENT_STATUSES)
    assert frames["figures"]["value"].dtype == "Float64"
    assert frames["figures"]["low_exclusive"].dtype == "boolean"
    assert frames["events-participants"]["index"].dtype == "Int64"


def test_each_date_has_its_text_and_its_known_bounds(frames: dict[str, pd.DataFrame]) -> None:
    brief = idlib_brief.load()
    events = frames["events"].set_index("id")
    assert events["when_earliest"].dtype == "datetime64[s]"
    for event in brief.events:
        row = events.loc[event.id]
        if event.when is None:
            assert pd.isna(row["when"])
            assert pd.isna(row["when_earliest"])
            continue
        assert row["when"] == event.when.text
        if event.when.open_end or event.when.unknown_end:
            assert pd.isna(row["when_latest"])
        else:
            assert row["when_latest"].date() == event.when.latest
        if not (event.when.open_start or event.when.unknown_start):
            assert row["when_earliest"].date() == event.when.earliest


@settings(max_examples=20)
@given(briefs())
def test_no_placeholder_dates_and_every_vocabulary_column_categorical(brief: Brief) -> None:
    frames = brief.to_frames()
    for table in tables():
        frame = frames[table.name]
        for column in table.columns:
            if column.shape.form == "date":
                for end in ("earliest", "latest"):
                    days = frame[f"{column.name}_{end}"].dropna()
                    texts = frame.loc[days.index, column.name]
                    for text, day in zip(texts, days, strict=True):
                        date = Date(text)
                        assert day.date() == (date.earliest if end == "earliest" else date.latest)
                        side = "start" if end == "earliest" else "end"
                        assert not getattr(date, f"open_{side}")
                        assert not getattr(date, f"unknown_{side}")
            if column.shape.form == "vocabulary":
                assert list(frame[column.name].cat.categories) == list(column.shape.vocabulary)


def test_an_open_end_is_nat_not_a_placeholder() -> None:
    brief = idlib_brief.load()
    opened = [e for e in brief.events if e.when is not None and e.when.open_end]
    assert opened, "the bundled brief has an event that goes on"
    events = brief.to_frames()["events"].set_index("id")
    for event in opened:
        assert events.loc[event.id, "when_latest"] is pd.NaT


def test_every_kind_has_its_columns() -> None:
    frames = idlib_brief.load().to_frames()
    for kind in idlib_brief._kinds.REGISTRY:
        scalar = [s.name for s in shapes(kind.cls) if not s.many and s.form != "object"]
        assert set(scalar) <= set(frames[kind.plural].columns)


def test_importing_the_library_never_imports_pandas() -> None:
    code = "import sys, idlib_brief; idlib_brief.load(); print('pandas' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_without_pandas_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None; import idlib_brief\n"
        "try:\n    idlib_brief.load().to_frames()\n"
        "except ImportError as e:\n    print(e)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "needs the 'pandas' extra (pandas): python -m pip install '.[pandas]'" in result.stdout
