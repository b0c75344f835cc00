"""Plain data both ways (`to_dict` / `from_dict`), typed access by id, and `dump`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import (
    Brief,
    BriefDataError,
    Citation,
    Date,
    Figure,
    Stance,
    UnknownRecordError,
    from_dict,
    to_dict,
)
from idlib_brief._kinds import REGISTRY
from strategies import briefs, date_texts

DATA = Path(idlib_brief.__file__).parent / "data"


def json_round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value, allow_nan=False))


def records_and_parts(brief: Brief) -> list[Any]:
    """Every record of *brief* and every nested part of them."""
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and not isinstance(value, Date):
            found.append(value)
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))

    for record in brief:
        walk(record)
    return found


# -- typed access by id -----------------------------------------------------------------


@pytest.mark.parametrize("kind", REGISTRY, ids=lambda kind: kind.name)
def test_each_kind_has_a_typed_getter_that_finds_its_records(kind: Any) -> None:
    brief = idlib_brief.load()
    getter = getattr(brief, kind.name)
    for record in getattr(brief, kind.plural):
        assert getter(record.id) is record


@pytest.mark.parametrize("kind", [k for k in REGISTRY if k.name not in {"actor", "issue", "place"}],
                         ids=lambda kind: kind.name)  # fmt: skip  # those three resolve names
def test_a_typed_getter_says_which_kind_an_id_of_another_kind_is(kind: Any) -> None:
    brief = idlib_brief.load()
    other = next(r for r in brief if not isinstance(r, kind.cls))
    with pytest.raises(UnknownRecordError) as info:
        getattr(brief, kind.name)(other.id)
    other_kind = next(k for k in REGISTRY if isinstance(other, k.cls))
    assert info.value.kind == kind.name
    assert info.value.actual == other_kind.article
    assert str(info.value).startswith(f"no {kind.name} has the id {other.id!r} ({other.id!r} is ")


def test_a_typed_getter_names_close_ids_of_its_own_kind() -> None:
    brief = idlib_brief.load()
    with pytest.raises(UnknownRecordError) as info:
        brief.statement("erdogan-hopes-for-ceasfire")
    assert info.value.close[0] == "erdogan-hopes-for-ceasefire"
    assert all(brief[i] in brief.statements for i in info.value.close)
    assert isinstance(info.value, KeyError)
    assert info.value.actual is None


# -- to_dict ---------------------------------------------------------------------------


def test_to_dict_of_a_brief_is_the_bundled_files_in_one_document() -> None:
    document = to_dict(idlib_brief.load())
    manifest = json.loads((DATA / "brief.json").read_text(encoding="utf-8"))
    assert list(document) == [*manifest, *idlib_brief.KINDS]
    for kind in idlib_brief.KINDS:
        assert document[kind] == json.loads((DATA / f"{kind}.json").read_text(encoding="utf-8"))


@given(briefs())
def test_to_dict_gives_every_field_in_field_order(brief: Brief) -> None:
    for part in records_and_parts(brief):
        plain = to_dict(part)
        assert list(plain) == [f.name for f in attrs.fields(type(part))]
        assert json_round_trip(plain) == plain


def test_to_dict_of_a_date_is_its_edtf_text() -> None:
    assert to_dict(Date("2020-02-20/..")) == "2020-02-20/.."


def test_to_dict_rejects_what_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="expected a record"):
        to_dict(42)  # type: ignore[call-overload]


# -- from_dict -------------------------------------------------------------------------


@given(briefs())
def test_every_record_and_part_survives_a_json_round_trip(brief: Brief) -> None:
    for part in records_and_parts(brief):
        assert from_dict(type(part), json_round_trip(to_dict(part))) == part


@given(briefs())
def test_a_brief_survives_a_json_round_trip(brief: Brief) -> None:
    assert from_dict(Brief, json_round_trip(to_dict(brief))) == brief


@given(date_texts())
def test_a_date_survives_a_round_trip(text: str) -> None:
    date = Date(text)
    assert from_dict(Date, json_round_trip(to_dict(date))) == date


def test_from_dict_of_a_date_reports_what_is_wrong_with_the_text() -> None:
    with pytest.raises(BriefDataError, match=r"data \$: '2020-13': "):
        from_dict(Date, "2020-13")
    with pytest.raises(BriefDataError, match=r"expected an EDTF date string, got a number"):
        from_dict(Date, 2020)


def test_from_dict_reports_each_problem_with_a_json_path() -> None:
    with pytest.raises(BriefDataError) as info:
        from_dict(Citation, {"source": "doc", "start": "0", "end": 5, "page": 3})
    paths = sorted(p.path for p in info.value.problems)
    assert paths == ["$", "$.start"]
    assert {p.file for p in info.value.problems} == {"data"}


def test_from_dict_reports_a_record_rule() -> None:
    with pytest.raises(BriefDataError, match=r"\$\.end: 'end' must be greater"):
        from_dict(Citation, {"source": "doc", "start": 5, "end": 5})


def test_from_dict_of_a_part_needs_an_object() -> None:
    with pytest.raises(BriefDataError, match=r"data \$: expected a JSON object"):
        from_dict(Stance, ["ceasefire", "for"])


def test_from_dict_of_a_brief_runs_the_whole_brief_checks() -> None:
    document = to_dict(idlib_brief.load())
    document["statements"][0]["speaker"] = "nobody"
    document["statements"][1]["act"] = "sings"
    document["colour"] = "blue"
    with pytest.raises(BriefDataError) as info:
        from_dict(Brief, document)
    found = [(p.file, p.path) for p in info.value.problems]
    assert found == [
        ("data", "$.colour"),
        ("data", "$.statements[0].speaker"),
        ("data", "$.statements[1].act"),
    ]


def test_from_dict_of_a_brief_reports_values_that_are_not_json() -> None:
    document = to_dict(idlib_brief.load())
    document["issues"][0]["title"] = object()
    with pytest.raises(BriefDataError, match=r"\$\.issues: not JSON data"):
        from_dict(Brief, document)


def test_from_dict_of_a_brief_needs_an_object() -> None:
    with pytest.raises(BriefDataError, match=r"\$: expected a JSON object"):
        from_dict(Brief, [])


def test_from_dict_rejects_a_class_that_is_not_of_the_model() -> None:
    with pytest.raises(TypeError, match="expected a record class"):
        from_dict(int, 3)


# -- dump ------------------------------------------------------------------------------


def test_dump_writes_the_bundled_brief_byte_for_byte(tmp_path: Path) -> None:
    idlib_brief.dump(idlib_brief.load(), tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in DATA.iterdir() if p.suffix == ".json")
    for name in written:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


@given(briefs())
def test_dump_writes_every_field_in_order(brief: Brief) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        idlib_brief.dump(brief, folder)
        for kind in REGISTRY:
            text = (Path(folder) / kind.file).read_text(encoding="utf-8")
            for record in json.loads(text):
                assert list(record) == [f.name for f in attrs.fields(kind.cls)]
        assert idlib_brief.load(folder) == brief


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_dump_refuses_numbers_json_cannot_hold_and_writes_nothing(
    tmp_path: Path, value: float
) -> None:
    brief = idlib_brief.load()
    figure = brief.figures[2]
    with pytest.raises(ValueError, match="finite"):  # the model refuses it, so get past it
        attrs.evolve(figure, value=value, low=None, high=None)
    bad = attrs.evolve(figure, low=None, high=None)
    object.__setattr__(bad, "value", value)
    broken = attrs.evolve(brief, figures=(*brief.figures[:2], bad, *brief.figures[3:]))
    assert isinstance(bad, Figure)
    with pytest.raises(BriefDataError, match=r"figures\.json \$\[2\]\.value: not a finite"):
        idlib_brief.dump(broken, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = idlib_brief.load()
    idlib_brief.dump(brief, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        idlib_brief.dump(attrs.evolve(brief, title="Another title"), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@given(st.sampled_from(["title", "description"]), st.text())
def test_dump_keeps_any_manifest_text(field: str, text: str) -> None:
    import tempfile

    bundled = idlib_brief.load()
    if field == "title":
        brief = attrs.evolve(bundled, title=text)
    else:
        brief = attrs.evolve(bundled, description=text)
    with tempfile.TemporaryDirectory() as folder:
        idlib_brief.dump(brief, folder)
        assert getattr(idlib_brief.load(folder), field) == text
