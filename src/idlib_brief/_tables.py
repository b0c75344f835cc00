"""A brief as flat tables: one per kind, plus a link table per list-valued field.

The tables are derived from the model (:mod:`._shapes`): a kind's table has a column
per scalar field and per field of a nested part (``dating_expression_start``); each
field that holds a tuple (``stances``, ``participants``, ``citations``, an event's
``history`` and each change's ``citations``) becomes a link table keyed by its owner's
key and the item's position. The CSV export and the pandas frames both read these.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from attrs import field as attrs_field
from attrs import frozen

from ._kinds import REGISTRY
from ._plain import to_dict
from ._shapes import Shape, shapes


@frozen
class Column:
    """One column of a table: a scalar field, maybe inside nested parts (``path``)."""

    name: str
    shape: Shape
    path: tuple[str, ...]
    required: bool = attrs_field(kw_only=True)


@frozen
class Table:
    """One table: its name, key, columns, and where its rows come from.

    Attributes:
        name: The table's name (``"statements"``, ``"statements-stances"``).
        keys: The primary key's columns.
        parent: The name of the table whose rows own this one's, if any.
        parent_keys: This table's columns that hold the owner's key (``keys[:-1]``).
        field: The owner's field that holds the items, for a link table.
        columns: Every column that is not a key, in field order.
        child_keys: The names that this table's key takes in its link tables
            (``event_id`` for ``id``; ``history_index`` for a history item's ``index``).
        target: The kind of record (singular) whose table this is, for a kind's table.
    """

    name: str
    keys: tuple[str, ...]
    parent: str | None
    parent_keys: tuple[str, ...]
    field: str | None
    columns: tuple[Column, ...]
    child_keys: tuple[str, ...]
    target: str | None = None


def _columns(
    cls: type[Any], prefix: str, path: tuple[str, ...], required: bool
) -> Iterator[Column]:
    for shape in shapes(cls):
        if shape.many and path:  # a list inside a nested part: no table takes it yet
            msg = f"{cls.__name__}.{shape.name}: a list inside a nested part has no table"
            raise NotImplementedError(msg)
        if shape.many:
            continue
        name = f"{prefix}{shape.name}"
        here = (*path, shape.name)
        if shape.form == "object":
            assert shape.cls is not None  # noqa: S101 - an object's shape names its class
            yield from _columns(
                shape.cls, f"{name}_", here, required=required and not shape.nullable
            )
        else:
            yield Column(
                name, shape, here, required=required and shape.required and not shape.nullable
            )


def _children(cls: type[Any], owner: Table) -> Iterator[Table]:
    for shape in shapes(cls):
        if not shape.many:
            continue
        keys = (*owner.child_keys, "index")
        if shape.form == "object":
            assert shape.cls is not None  # noqa: S101 - an object's shape names its class
            columns = tuple(_columns(shape.cls, "", (), required=True))
        else:
            item = Shape(name="value", form=shape.form, vocabulary=shape.vocabulary,
                         pattern=shape.pattern, target=shape.target)  # fmt: skip
            columns = (Column("value", item, (), required=True),)
        table = Table(
            name=f"{owner.name}-{shape.name}",
            keys=keys,
            parent=owner.name,
            parent_keys=owner.child_keys,
            field=shape.name,
            columns=columns,
            child_keys=(*owner.child_keys, f"{shape.name}_index"),
        )
        yield table
        if shape.cls is not None:
            yield from _children(shape.cls, table)


@functools.cache
def tables() -> tuple[Table, ...]:
    """Every table of a brief, kind by kind in registry order, each kind's links after it."""
    found: list[Table] = []
    for kind in REGISTRY:
        columns = tuple(c for c in _columns(kind.cls, "", (), required=True) if c.name != "id")
        table = Table(
            name=kind.plural,
            keys=("id",),
            parent=None,
            parent_keys=(),
            field=None,
            columns=columns,
            child_keys=(f"{kind.name}_id",),
            target=kind.name,
        )
        found.append(table)
        found.extend(_children(kind.cls, table))
    return tuple(found)


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = value[name]
    return value


def rows(brief: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table for *brief*, as plain values (``None`` where empty)."""
    document = to_dict(brief)
    out: dict[str, list[dict[str, Any]]] = {table.name: [] for table in tables()}
    by_parent: dict[str | None, list[Table]] = {}
    for table in tables():
        by_parent.setdefault(table.parent, []).append(table)

    def emit(table: Table, item: Any, key: tuple[Any, ...]) -> None:
        row = dict(zip(table.keys, key, strict=True))
        if table.field is not None and not isinstance(item, dict):
            row["value"] = item
        else:
            row |= {c.name: _get(item, c.path) for c in table.columns}
        out[table.name].append(row)
        inherited = key if table.parent is not None else (item["id"],)
        for child in by_parent.get(table.name, []):
            assert child.field is not None  # noqa: S101 - a child table has a field
            for i, sub in enumerate(item[child.field]):
                emit(child, sub, (*inherited, i))

    for table in by_parent[None]:
        assert table.target is not None  # noqa: S101 - a top table is a kind's
        for record in document[table.name]:
            emit(table, record, (record["id"],))
    return out


def _set(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = value


def document(manifest: dict[str, Any], found: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The plain document (:func:`to_dict`'s form) that the tables' *found* rows hold."""
    result = dict(manifest)
    children: dict[str, dict[tuple[Any, ...], list[tuple[int, Any]]]] = {}
    every = tables()
    for table in reversed(every):  # items before their owners, so owners can take them
        made: list[tuple[tuple[Any, ...], Any]] = []
        for row in found.get(table.name, []):
            key = tuple(row[k] for k in table.keys)
            if table.field is not None and table.columns[0].name == "value":
                item: Any = row["value"]
            else:
                item = {}
                for column in table.columns:
                    _set(item, column.path, row.get(column.name))
                _drop_empty_parts(item)
                inherited = key if table.parent is not None else (row["id"],)
                for child in (t for t in every if t.parent == table.name):
                    assert child.field is not None  # noqa: S101 - a child table has a field
                    items = sorted(children.get(child.name, {}).get(inherited, []))
                    item[child.field] = [value for _, value in items]
                if table.parent is None:
                    item = {"id": row["id"], **item}
            made.append((key, item))
        if table.parent is None:
            result[table.name] = [item for _, item in made]
        else:
            groups = children.setdefault(table.name, {})
            for key, item in made:
                groups.setdefault(key[:-1], []).append((key[-1], item))
    return result


def _drop_empty_parts(item: dict[str, Any]) -> None:
    """A nested part whose columns are all empty was ``None``."""
    for name, value in list(item.items()):
        if isinstance(value, dict) and _all_empty(value):
            item[name] = None


def _all_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_all_empty(v) for v in value.values())
    return value is None
