"""The JSON Schema (draft 2020-12) of a brief's document, generated from the model.

``idlib_brief/brief.schema.json`` is this module's output, shipped for users of other
languages; a test checks that it is what the model gives, so the two cannot drift.
Regenerate it with ``python -m idlib_brief._schema``.
"""

from __future__ import annotations

from typing import Any

from ._kinds import REGISTRY
from ._public import present_as_public
from ._shapes import Shape, parts, shapes

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILE = "brief.schema.json"

# EDTF text: what the characters of a date or interval may be; the full grammar is the
# library's (`Date`), which no regular expression here repeats.
_POINT = r"[0-9X][0-9X:%~?+TZ-]*"
_EDTF = rf"^{_POINT}(?:/(?:{_POINT}|\.\.)?)?$|^(?:\.\.)?/{_POINT}$"


def _value(shape: Shape) -> dict[str, Any]:
    if shape.form == "object":
        assert shape.cls is not None  # noqa: S101 - an object's shape names its class
        return {"$ref": f"#/$defs/{shape.cls.__name__}"}
    if shape.form == "date":
        return {"$ref": "#/$defs/Date"}
    if shape.form == "vocabulary":
        return {"enum": list(shape.vocabulary)}
    schema: dict[str, Any] = {"type": shape.form}
    if shape.pattern is not None:
        schema["pattern"] = f"^(?:{shape.pattern})$"
    if shape.min_length is not None:
        schema["minLength"] = shape.min_length
    if shape.minimum is not None:
        schema["minimum"] = shape.minimum
    return schema


def _field(shape: Shape) -> dict[str, Any]:
    schema = _value(shape)
    if shape.many:
        schema = {"type": "array", "items": schema}
        if shape.min_items is not None:
            schema["minItems"] = shape.min_items
        if shape.unique:
            schema["uniqueItems"] = True
    if shape.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if shape.target is not None:
        schema["description"] = f"The id of a record of kind {shape.target!r}."
    if not shape.required:
        schema["default"] = shape.default
    return schema


def _object(cls: type[Any]) -> dict[str, Any]:
    fields = shapes(cls)
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": {shape.name: _field(shape) for shape in fields},
        "required": [shape.name for shape in fields if shape.required],
        "additionalProperties": False,
    }


def generate() -> dict[str, Any]:
    """The schema of the document that ``to_dict(brief)`` gives, from the model."""
    from ._loading import FORMAT_VERSION

    kinds = {
        kind.plural: {"type": "array", "items": {"$ref": f"#/$defs/{kind.cls.__name__}"}}
        for kind in REGISTRY
    }
    defs = {cls.__name__: _object(cls) for cls in parts()}
    defs["Date"] = {
        "type": "string",
        "description": "A date or interval as EDTF Level 1 text (years 1-9999).",
        "pattern": _EDTF,
    }
    return {
        "$schema": DIALECT,
        "$id": "https://idlib-brief.invalid/schema/brief.schema.json",
        "title": "A brief of idlib_brief",
        "description": (
            "A whole brief as one JSON document: the manifest's fields and one array of "
            "records per kind. Checks that need the whole brief (unique ids, references, "
            "spans inside their source) are the loader's, not the schema's."
        ),
        "type": "object",
        "properties": {
            "format_version": {"const": FORMAT_VERSION},
            "title": {"type": "string", "default": ""},
            "description": {"type": "string", "default": ""},
            **kinds,
        },
        "required": ["format_version"],
        "additionalProperties": False,
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a brief's document, as shipped.

    It describes the document that :func:`to_dict` gives for a
    :class:`~idlib_brief.Brief` (the manifest's fields and one array per kind); each
    kind of record and each part is under ``$defs`` (``$defs/Statement``). The same
    schema ships as ``idlib_brief/brief.schema.json``, for validators in any language.
    What needs the whole brief (unique ids, references, spans inside their source) is
    checked by :func:`load` and :func:`from_dict`, not by the schema.

    >>> import idlib_brief
    >>> schema = idlib_brief.json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Stance"]["properties"]["position"]
    {'enum': ['for', 'against', 'neutral']}

    .. versionadded:: 0.2.0
    """
    import json
    import sys

    if sys.version_info >= (3, 11):
        from importlib.resources import files
    else:  # pragma: no cover - exercised on Python 3.10 only
        from importlib_resources import files

    schema: dict[str, Any] = json.loads(
        files("idlib_brief").joinpath(FILE).read_text(encoding="utf-8")
    )
    return schema


def text() -> str:
    """The schema as the text of the shipped file."""
    import json

    return json.dumps(generate(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover - the way to regenerate the shipped file
    import sys
    from pathlib import Path

    target = Path(__file__).with_name(FILE)
    target.write_text(text(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")

present_as_public(globals())
