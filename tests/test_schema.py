"""The JSON Schema: shipped as generated from the model, valid briefs pass, bad ones fail."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

import idlib_brief
from idlib_brief import Brief, _schema, to_dict
from idlib_brief._kinds import REGISTRY
from strategies import briefs

SHIPPED = Path(idlib_brief.__file__).parent / _schema.FILE


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = idlib_brief.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_shipped_schema_is_the_one_the_model_gives() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == _schema.text(), (
        "regenerate it: python -m idlib_brief._schema"
    )
    assert idlib_brief.json_schema() == _schema.generate()


def test_every_kind_has_its_definition() -> None:
    schema = idlib_brief.json_schema()
    for kind in REGISTRY:
        assert schema["properties"][kind.plural]["items"] == {
            "$ref": f"#/$defs/{kind.cls.__name__}"
        }
        assert kind.cls.__name__ in schema["$defs"]


def test_the_bundled_brief_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    assert list(validator.iter_errors(to_dict(idlib_brief.load()))) == []


@given(briefs())
def test_every_generated_brief_is_valid(brief: Brief) -> None:
    schema = idlib_brief.json_schema()
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(to_dict(brief))) == []


def _broken(change: str) -> dict[str, Any]:
    document = copy.deepcopy(to_dict(idlib_brief.load()))
    if change == "vocabulary":
        document["actors"][0]["kind"] = "persn"
    elif change == "missing":
        del document["events"][0]["title"]
    elif change == "extra":
        document["statements"][0]["colour"] = "blue"
    elif change == "extra-top":
        document["colour"] = "blue"
    elif change == "slug":
        document["issues"][0]["id"] = "Not A Slug"
    elif change == "date":
        document["events"][0]["when"] = "5 March 2020"
    elif change == "type":
        document["sources"][0]["length"] = "8759"
    elif change == "empty-citations":
        document["figures"][0]["citations"] = []
    elif change == "version":
        document["format_version"] = 2
    return document


@pytest.mark.parametrize(
    "change",
    ["vocabulary", "missing", "extra", "extra-top", "slug", "date", "type",
     "empty-citations", "version"],
)  # fmt: skip
def test_a_broken_brief_is_invalid(validator: jsonschema.Draft202012Validator, change: str) -> None:
    assert list(validator.iter_errors(_broken(change))) != []
