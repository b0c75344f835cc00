"""The one cattrs converter between JSON values and records, strict about JSON types.

cattrs is lenient by default (``str(5)`` for a string field, ``int("5")`` for an int);
a brief's files are data someone typed, so every scalar must already have the JSON type
its field asks for, and every list must be a JSON array.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ForbiddenExtraKeysError

from ._dates import Date
from ._errors import EDTFError
from ._json import preview
from ._parts import PATTERNS

FIELD_MARK = "\x1f"
"""Separates the field a record's validator names from the message, in
:func:`format_exception`'s result (``"id\x1f'X!' is not a slug …"``)."""


class InvalidValueError(ValueError):
    """A JSON value of the wrong type or outside its vocabulary; the message says which."""


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names |= {list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(f"expected a string, got {_json_type(value)} ({preview(value)})")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(
            f"expected a whole number, got {_json_type(value)} ({preview(value)})"
        )
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(
            f"expected true or false, got {_json_type(value)} ({preview(value)})"
        )
    return value


def _structure_number(value: object, _: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidValueError(f"expected a number, got {_json_type(value)} ({preview(value)})")
    return value


def _structure_date(value: object, _: type) -> Date:
    if not isinstance(value, str):
        raise InvalidValueError(
            f"expected an EDTF date string, got {_json_type(value)} ({preview(value)})"
        )
    return Date(value)


def _is_literal(type_: object) -> bool:
    return get_origin(type_) is Literal


def _literal_factory(type_: Any) -> Callable[[object, type], object]:
    allowed = get_args(type_)

    def structure(value: object, _: type) -> object:
        if value not in allowed or isinstance(value, bool):
            choices = ", ".join(repr(a) for a in allowed)
            raise InvalidValueError(f"must be one of {choices} (got {preview(value)})")
        return value

    return structure


def _is_number(type_: object) -> bool:
    return set(get_args(type_)) == {int, float}


def _is_optional_number(type_: object) -> bool:
    return set(get_args(type_)) == {int, float, type(None)}


def _structure_optional_number(value: object, type_: type) -> int | float | None:
    return None if value is None else _structure_number(value, type_)


def _is_tuple(type_: object) -> bool:
    return get_origin(type_) is tuple and is_sequence(type_)


def _tuple_factory(type_: Any, converter: cattrs.Converter) -> Callable[[object, type], object]:
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, type_: type) -> object:
        if not isinstance(value, list):
            raise InvalidValueError(
                f"expected an array, got {_json_type(value)} ({preview(value)})"
            )
        return inner(value, type_)

    return structure


def make_converter() -> cattrs.Converter:
    """Return the converter that reads and writes every record of a brief."""
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook(Date, _structure_date)
    converter.register_unstructure_hook(Date, str)
    converter.register_structure_hook_func(_is_number, _structure_number)
    converter.register_structure_hook_func(_is_optional_number, _structure_optional_number)
    converter.register_structure_hook_factory(_is_literal, _literal_factory)
    converter.register_structure_hook_factory(_is_tuple, _tuple_factory)
    return converter


_LENGTH = re.compile(r"Length of '(\w+)' must be >= (\d+): (\d+)$")
_AT_LEAST = re.compile(r"'(\w+)' must be >= (\S+): (.*)$")
_NAMED = re.compile(r"'(\w+)' ")


def _validator_message(exc: ValueError | TypeError) -> str:
    """Say what a record's validator refused; the field it names comes first.

    attrs' validators raise with the field, the rule and the value as arguments
    (``matches_re``: a regex, shown to users as what it stands for, from
    :data:`~idlib_brief._parts.PATTERNS`); the record's own checks say it in words.
    """
    args = exc.args
    if len(args) == 4 and isinstance(args[1], attrs.Attribute):
        name, rule, value = args[1].name, args[2], args[3]
        if isinstance(rule, re.Pattern):
            what = PATTERNS.get(rule.pattern, f"of the form {rule.pattern!r}")
            return f"{name}{FIELD_MARK}{preview(value)} is not {what}"
        return f"{name}{FIELD_MARK}{args[0]}"
    text = str(args[0]) if args else str(exc)
    if match := _LENGTH.match(text):
        name, least, _ = match.groups()
        expected = "must not be empty" if least == "1" else f"must have at least {least} items"
        return f"{name}{FIELD_MARK}{expected}"
    if match := _AT_LEAST.match(text):
        name, least, got = match.groups()
        return f"{name}{FIELD_MARK}must be {least} or more (got {got})"
    if match := _NAMED.match(text):
        return f"{match.group(1)}{FIELD_MARK}{text}"
    return text


def format_exception(exc: BaseException, type_: type | None) -> str:
    """Say what is wrong with a value, for :func:`cattrs.transform_error`.

    A message about one field of a record, from the record's validators, starts with
    the field's name and :data:`FIELD_MARK`, for the caller to add to the path.
    """
    if isinstance(exc, (InvalidValueError, EDTFError)):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        fields = ", ".join(preview(f) for f in sorted(exc.extra_fields))
        return f"unknown field {fields}: check its spelling against the data dictionary"
    if isinstance(exc, KeyError):
        return "required field missing"
    if type_ is None and isinstance(exc, (ValueError, TypeError)):
        # Raised by a record's own validators, while constructing it.
        return _validator_message(exc)
    return cattrs.v.format_exception(exc, type_)
