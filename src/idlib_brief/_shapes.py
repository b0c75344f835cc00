"""What each field of the model holds, read from its attrs definition, for every format.

The JSON Schema, the CSV tables and their Data Package, the pandas frames and the public
hypothesis strategies all describe the same fields; each reads them from here, and this
reads them from the classes (types, defaults, ``Literal`` vocabularies, validators'
patterns and bounds) and from the registry of kinds (which ids refer to which kind), so
a new field or a new kind reaches every format at once.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Iterator
from typing import Any, Literal, Union, cast, get_args, get_origin

import attrs
from attrs import frozen

from ._dates import Date
from ._kinds import REGISTRY
from ._parts import Citation, _unique

Type = Literal["string", "integer", "number", "boolean", "date", "vocabulary", "object"]
"""What one value of a field is."""


@frozen(kw_only=True)
class Shape:
    """One field of a model class, as every format sees it.

    Attributes:
        name: The field's name.
        form: What one value is; ``"object"`` for a nested part (:attr:`cls`).
        cls: The nested class, for ``"object"``.
        vocabulary: The values a ``"vocabulary"`` field takes.
        many: Whether the field holds a tuple of such values.
        nullable: Whether the field may be ``None``.
        required: Whether the field has no default.
        default: The default, as plain data (where not required).
        pattern: A regular expression that a string must match in full.
        min_length: The shortest a string may be.
        min_items: The fewest items a tuple may hold.
        minimum: The smallest an integer may be.
        unique: Whether a tuple's items must differ.
        target: The kind of record (singular) whose id the value is, if it is one.
    """

    name: str
    form: Type
    cls: type[Any] | None = None
    vocabulary: tuple[str, ...] = ()
    many: bool = False
    nullable: bool = False
    required: bool = True
    default: Any = None
    pattern: str | None = None
    min_length: int | None = None
    min_items: int | None = None
    minimum: int | None = None
    unique: bool = False
    target: str | None = None


def _flat(validator: Any) -> Iterator[Any]:
    """Every simple validator inside *validator* (``and_``, ``optional``, lists)."""
    if validator is None:
        return
    for name in ("_validators", "validators"):
        inner = getattr(validator, name, None)
        if isinstance(inner, (tuple, list)):
            for item in inner:
                yield from _flat(item)
            return
    optional = getattr(validator, "validator", None)
    if optional is not None and type(validator).__name__ == "_OptionalValidator":
        yield from _flat(optional)
        return
    yield validator


def _targets(cls: type[Any]) -> dict[str, str]:
    """The fields of *cls* that hold ids, with the kind they refer to."""
    found = {"source": "source"} if cls is Citation else {}
    for kind in REGISTRY:
        for reference in kind.references:
            if kind.cls is cls and reference.attr is None:
                found[reference.field] = reference.target
            elif reference.attr is not None:
                item = _item_type(attrs.fields_dict(kind.cls)[reference.field].type)
                if item is cls:
                    found[reference.attr] = reference.target
    return found


def _item_type(type_: Any) -> Any:
    args = [a for a in get_args(type_) if a is not type(None)]
    if get_origin(type_) is tuple:
        return args[0]
    if get_origin(type_) in {Union, types.UnionType} and len(args) == 1:
        return _item_type(args[0])
    return type_


def _shape(field: attrs.Attribute[Any], target: str | None) -> Shape:
    type_: Any = field.type
    nullable = False
    if get_origin(type_) in {Union, types.UnionType} and type(None) in get_args(type_):
        nullable = True
        rest = tuple(a for a in get_args(type_) if a is not type(None))
        type_ = rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - built at run time
    many = get_origin(type_) is tuple
    item = get_args(type_)[0] if many else type_
    options: dict[str, Any] = {}
    if get_origin(item) is Literal:
        kind: Type = "vocabulary"
        options["vocabulary"] = get_args(item)
    elif item is Date:
        kind = "date"
    elif attrs.has(item):
        kind = "object"
        options["cls"] = item
    elif set(get_args(item)) == {int, float} or item is float:
        kind = "number"
    else:
        simple: dict[Any, Type] = {str: "string", int: "integer", bool: "boolean"}
        kind = simple[item]
    for validator in _flat(field.validator):
        member = getattr(validator, "member_validator", None)
        if member is not None:
            for inner in _flat(member):
                _read_validator(inner, options, item=True)
            _read_validator(getattr(validator, "iterable_validator", None), options, item=False)
        else:
            _read_validator(validator, options, item=not many)
    default = field.default
    required = default is attrs.NOTHING
    if not required:
        from ._plain import _plain

        options["default"] = _plain(default)
    return Shape(
        name=field.name,
        form=kind,
        many=many,
        nullable=nullable,
        required=required,
        target=target,
        **options,
    )


def _read_validator(validator: Any, options: dict[str, Any], *, item: bool) -> None:
    if validator is None:
        return
    if validator is _unique:
        options["unique"] = True
    pattern = getattr(validator, "pattern", None)
    if pattern is not None:
        options["pattern"] = getattr(pattern, "pattern", pattern)
    length = getattr(validator, "min_length", None)
    if length is not None:
        options["min_length" if item else "min_items"] = length
    bound = getattr(validator, "bound", None)
    if bound is not None and getattr(validator, "compare_op", None) == ">=":
        options["minimum"] = bound


def shapes(cls: type[Any]) -> tuple[Shape, ...]:
    """The shape of each field of the model class *cls*, in field order."""
    return _shapes(cast("Any", cls))


@functools.cache
def _shapes(cls: Any) -> tuple[Shape, ...]:
    targets = _targets(cls)
    return tuple(_shape(field, targets.get(field.name)) for field in attrs.fields(cls))


def parts() -> tuple[type[Any], ...]:
    """Every model class that records are made of: the records' and their parts', once each."""
    found: list[type[Any]] = []

    def visit(cls: type[Any]) -> None:
        if cls in found:
            return
        found.append(cls)
        for shape in shapes(cls):
            if shape.cls is not None:
                visit(shape.cls)

    for kind in REGISTRY:
        visit(kind.cls)
    return tuple(found)
