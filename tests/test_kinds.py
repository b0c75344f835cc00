"""One home for each thing: the registry of record kinds, and every table derived from it.

Each test here holds one derived table (the loader's files, the `Brief`'s fields, the
timeline's kinds, the public vocabularies) against the registry, so a place that lists
the kinds by hand cannot come back unnoticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import Brief, _kinds, load
from idlib_brief._kinds import BY_CLASS, BY_NAME, DATED, REGISTRY, date_order, kind_of
from strategies import briefs


def test_each_kind_has_one_entry_with_a_unique_name_plural_class_and_file() -> None:
    for attribute in ("name", "plural", "cls", "file"):
        values = [getattr(kind, attribute) for kind in REGISTRY]
        assert len(set(values)) == len(values), attribute
    assert set(BY_NAME) == {kind.name for kind in REGISTRY}
    assert set(BY_CLASS) == {kind.cls for kind in REGISTRY}


def test_the_public_kind_tables_follow_the_registry() -> None:
    assert tuple(kind.plural for kind in REGISTRY) == idlib_brief.KINDS
    assert tuple(kind.name for kind in REGISTRY) == idlib_brief.RECORD_KINDS
    assert get_args(idlib_brief.RecordKind) == idlib_brief.RECORD_KINDS
    assert tuple(kind.name for kind in DATED) == idlib_brief.ENTRY_KINDS
    assert set(get_args(idlib_brief.EntryKind)) == set(idlib_brief.ENTRY_KINDS)
    assert (
        *idlib_brief.EVENT_STATUSES,
        *idlib_brief.AGREEMENT_STATUSES,
    ) == idlib_brief.ENTRY_STATUSES
    assert set(get_args(idlib_brief.Record)) == {kind.cls for kind in REGISTRY}
    assert set(get_args(idlib_brief.DatedRecord)) == {kind.cls for kind in DATED}


def test_the_brief_has_a_typed_field_for_each_kind_in_registry_order() -> None:
    fields = {f.name: f for f in attrs.fields(Brief)}
    kinds = [name for name in fields if name in {k.plural for k in REGISTRY}]
    assert kinds == [kind.plural for kind in REGISTRY]
    for kind in REGISTRY:
        assert kind.cls.__name__ in str(fields[kind.plural].type)
    assert list(load().counts()) == [kind.plural for kind in REGISTRY]


def test_each_reference_names_a_field_of_its_class_and_a_known_kind() -> None:
    for kind in REGISTRY:
        names = {f.name for f in attrs.fields(kind.cls)}
        assert kind.label in names
        assert set(kind.by) <= names
        for reference in kind.references:
            assert reference.field in names
            assert reference.target in BY_NAME
        if kind.dated:
            assert "when" in names
        assert ("status" in names) == bool(kind.statuses)


def test_the_loader_reads_one_file_per_kind(tmp_path: Path) -> None:
    """Dumping writes each kind's file, and a broken one is reported under its name."""
    brief = load()
    idlib_brief.dump(brief, tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == {"brief.json"} | {k.file for k in REGISTRY}
    for kind in REGISTRY:
        (tmp_path / kind.file).write_text("{}", encoding="utf-8")
    with pytest.raises(idlib_brief.BriefDataError) as caught:
        load(tmp_path)
    assert {p.file for p in caught.value.problems} == {k.file for k in REGISTRY}


def test_every_reference_of_the_registry_is_checked_by_the_loader(tmp_path: Path) -> None:
    """A dangling id in each reference field gives a problem at that field's path."""
    brief = load()
    idlib_brief.dump(brief, tmp_path)
    expected: set[str] = set()
    for kind in REGISTRY:
        for reference in kind.references:
            records: list[dict[str, Any]] = json.loads(
                (tmp_path / kind.file).read_text(encoding="utf-8")
            )
            for i, raw in enumerate(records):  # noqa: B007 - i is used after the loop
                value = raw.get(reference.field)
                if value:
                    break
            else:  # pragma: no cover - the bundled brief uses every reference field
                pytest.fail(f"no {kind.name} of the bundled brief has {reference.field!r}")
            # One dangling id per field, so no record refers to one id through two fields
            # (a relation's subject and object must differ).
            missing = f"no-such-{reference.field.replace('_', '-')}"
            if isinstance(value, list):
                if reference.attr is None:
                    value[0] = missing
                else:
                    value[0][reference.attr] = missing
                suffix = "[0]" + (f".{reference.attr}" if reference.attr else "")
            else:
                raw[reference.field] = missing
                suffix = ""
            (tmp_path / kind.file).write_text(json.dumps(records), encoding="utf-8")
            expected.add(f"{kind.file} $[{i}].{reference.field}{suffix}")
    with pytest.raises(idlib_brief.BriefDataError) as caught:
        load(tmp_path)
    found = {f"{p.file} {p.path}" for p in caught.value.problems}
    assert expected <= found


@given(briefs())
def test_kind_of_names_each_record_and_refuses_anything_else(brief: Brief) -> None:
    for record in brief:
        assert isinstance(record, kind_of(record).cls)
    with pytest.raises(TypeError, match="expected a record"):
        kind_of("turkey")


@given(briefs())
def test_a_timeline_entry_reads_its_actors_and_label_through_the_registry(brief: Brief) -> None:
    for entry in brief.timeline():
        record = entry.record
        kind = BY_CLASS[type(record)]
        assert entry.kind == kind.name
        assert entry.label == getattr(record, kind.label)
        expected: list[str] = []
        for name in kind.by:
            value = getattr(record, name)
            expected.extend(value if isinstance(value, tuple) else [value] if value else [])
        assert entry.actors == tuple(expected)
        assert entry.sort_key == date_order(record)


@given(st.lists(st.sampled_from(_kinds.REGISTRY), unique=True), st.data())
def test_counted_names_each_number_with_its_kinds_name(
    kinds: list[_kinds.Kind], data: st.DataObject
) -> None:
    counts = {kind.plural: data.draw(st.integers(0, 3)) for kind in kinds}
    said = _kinds.counted(counts)
    parts = [part.split(" ") for part in said.split(", ")] if said else []
    assert [int(n) for n, _ in parts] == list(counts.values())
    assert [name for _, name in parts] == [
        kind.name if counts[kind.plural] == 1 else kind.plural for kind in kinds
    ]
