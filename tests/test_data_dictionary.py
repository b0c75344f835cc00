"""The data dictionary (docs/data-dictionary.md) matches the model and the bundled data."""

from __future__ import annotations

import re

import attrs
import pytest

from _source import DATA_FILES, ROOT, read_records
from idlib_brief import _model, _parts, _vocabularies

PAGE = ROOT / "docs" / "data-dictionary.md"
ROW = re.compile(
    r"^\| `(?P<file>[a-z]+\.json)` \| (?P<kind>\w+) \| (?P<count>\d+) \|$", re.MULTILINE
)
CLASSES = (
    _model.Source,
    _model.Issue,
    _model.Actor,
    _model.Statement,
    _parts.Stance,
    _model.Agreement,
    _model.Figure,
    _model.Event,
    _parts.StatusChange,
    _parts.Citation,
    _parts.Dating,
    _parts.Location,
    _parts.Point,
    _model.Relation,
    _model.Place,
)
VOCABULARIES = {
    "actor kinds": _vocabularies.ACTOR_KINDS,
    "modes": _vocabularies.MODES,
    "acts": _vocabularies.ACTS,
    "positions": _vocabularies.POSITION_VALUES,
    "event statuses": _vocabularies.EVENT_STATUSES,
    "event kinds": _vocabularies.EVENT_KINDS,
    "agreement statuses": _vocabularies.AGREEMENT_STATUSES,
    "qualifiers": _vocabularies.QUALIFIERS,
    "predicates": _vocabularies.PREDICATES,
    "relation modes": _vocabularies.RELATION_MODES,
    "polarities": _vocabularies.POLARITIES,
    "relation bases": _vocabularies.RELATION_BASES,
    "place kinds": _vocabularies.PLACE_KINDS,
    "place precisions": _vocabularies.PLACE_PRECISIONS,
    "placements": _vocabularies.PLACEMENTS,
}


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_the_counts_table_matches_the_data(page: str) -> None:
    printed = {m["file"]: int(m["count"]) for m in ROW.finditer(page)}
    actual = {name: len(read_records(name)) for name in DATA_FILES}
    assert printed == actual, f"update the table of record counts in {PAGE.name}"


def test_every_kind_is_in_the_counts_table(page: str) -> None:
    kinds = {m["file"]: m["kind"].casefold() for m in ROW.finditer(page)}
    assert kinds == DATA_FILES


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_is_described(page: str, cls: type) -> None:
    heading = f"### {cls.__name__}"
    assert heading in page, f"{PAGE.name} has no section {heading!r}"
    section = page.split(heading, 1)[1].split("\n### ", 1)[0]
    missing = [f.name for f in attrs.fields(cls) if f"| `{f.name}` |" not in section]
    assert missing == [], f"{cls.__name__}: fields missing from its table: {missing}"


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_vocabulary_value_is_described(page: str, name: str) -> None:
    missing = [value for value in VOCABULARIES[name] if f"`{value}`" not in page]
    assert missing == [], f"{name}: values missing from {PAGE.name}: {missing}"


def test_every_unit_in_the_data_is_described(page: str) -> None:
    units = {record["unit"] for record in read_records("figures.json")}
    missing = sorted(unit for unit in units if f"`{unit}`" not in page)
    assert missing == [], f"figure units missing from {PAGE.name}: {missing}"
