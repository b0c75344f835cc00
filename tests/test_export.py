"""The CSV Data Package export: valid for frictionless, and read back to an equal brief."""

from __future__ import annotations

import csv
import json
import math
import tempfile
from pathlib import Path

import attrs
import frictionless
import pytest
from hypothesis import given, settings

import idlib_brief
from idlib_brief import Brief, BriefDataError
from idlib_brief._shapes import shapes
from idlib_brief._tables import tables
from strategies import briefs


def _valid(folder: Path) -> None:
    report = frictionless.validate(folder / "datapackage.json")
    notes = report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    assert report.valid, notes[:5]


def test_the_bundled_brief_exports_to_a_valid_package(tmp_path: Path) -> None:
    idlib_brief.export(idlib_brief.load(), tmp_path)
    _valid(tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    names = [resource["name"] for resource in package["resources"]]
    assert names[: len(idlib_brief.KINDS)] != []
    for kind in idlib_brief.KINDS:
        assert kind in names
    assert package["title"] == idlib_brief.load().title


def test_every_tuple_field_has_a_link_table() -> None:
    names = {table.name for table in tables()}
    for kind in idlib_brief._kinds.REGISTRY:
        for shape in shapes(kind.cls):
            if shape.many:
                assert f"{kind.plural}-{shape.name}" in names


def test_a_kind_table_has_a_row_per_record_and_link_tables_a_row_per_item(tmp_path: Path) -> None:
    brief = idlib_brief.load()
    idlib_brief.export(brief, tmp_path)
    with (tmp_path / "events.csv").open(encoding="utf-8") as f:
        events = list(csv.DictReader(f))
    assert [row["id"] for row in events] == [e.id for e in brief.events]
    with (tmp_path / "events-participants.csv").open(encoding="utf-8") as f:
        links = list(csv.DictReader(f))
    expected = [(e.id, str(i), a) for e in brief.events for i, a in enumerate(e.participants)]
    assert [(r["event_id"], r["index"], r["value"]) for r in links] == expected


@settings(max_examples=15)
@given(briefs())
def test_every_generated_brief_exports_validly_and_reads_back_equal(brief: Brief) -> None:
    with tempfile.TemporaryDirectory() as folder:
        idlib_brief.export(brief, folder)
        _valid(Path(folder))
        assert idlib_brief.load(folder) == brief


@given(briefs())
def test_a_csv_export_reads_back_equal(brief: Brief) -> None:
    with tempfile.TemporaryDirectory() as folder:
        idlib_brief.export(brief, folder)
        assert idlib_brief.load(folder) == brief


def test_json_export_is_dump(tmp_path: Path) -> None:
    idlib_brief.export(idlib_brief.load(), tmp_path / "a", format="json")
    idlib_brief.dump(idlib_brief.load(), tmp_path / "b")
    for file in (tmp_path / "b").iterdir():
        assert (tmp_path / "a" / file.name).read_bytes() == file.read_bytes()


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'format' must be 'csv' or 'json'"):
        idlib_brief.export(idlib_brief.load(), tmp_path, format="xlsx")  # type: ignore[arg-type]


def test_export_refuses_nan_and_writes_nothing(tmp_path: Path) -> None:
    brief = idlib_brief.load()
    bad = attrs.evolve(brief.figures[0], low=None, high=None)
    object.__setattr__(bad, "value", math.nan)  # past the validator, as a hand-made copy might
    broken = attrs.evolve(brief, figures=(bad, *brief.figures[1:]))
    with pytest.raises(BriefDataError, match="not a finite number"):
        idlib_brief.export(broken, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_broken_cell_is_reported_with_its_file_row_and_column(tmp_path: Path) -> None:
    idlib_brief.export(idlib_brief.load(), tmp_path)
    file = tmp_path / "sources.csv"
    file.write_text(file.read_text(encoding="utf-8").replace(",8759,", ",many,"), encoding="utf-8")
    with pytest.raises(BriefDataError, match=r"sources\.csv row 2, column 'length'"):
        idlib_brief.load(tmp_path)


def test_a_wrong_value_is_reported_by_the_loader(tmp_path: Path) -> None:
    idlib_brief.export(idlib_brief.load(), tmp_path)
    file = tmp_path / "actors.csv"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace(",person,", ",persn,", 1), encoding="utf-8")
    with pytest.raises(BriefDataError, match=r"\$\.actors\[\d+\]\.kind: must be one of"):
        idlib_brief.load(tmp_path)


def test_a_broken_datapackage_is_reported(tmp_path: Path) -> None:
    idlib_brief.export(idlib_brief.load(), tmp_path)
    (tmp_path / "datapackage.json").write_text("{", encoding="utf-8")
    with pytest.raises(BriefDataError, match=r"datapackage\.json line 1 column 2: not valid JSON"):
        idlib_brief.load(tmp_path)


def test_a_folder_with_brief_json_is_read_as_json_even_with_a_datapackage(tmp_path: Path) -> None:
    brief = idlib_brief.load()
    idlib_brief.export(brief, tmp_path)
    idlib_brief.dump(attrs.evolve(brief, title="From JSON"), tmp_path)
    assert idlib_brief.load(tmp_path).title == "From JSON"
