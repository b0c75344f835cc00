"""Export a brief as a CSV Data Package (Frictionless), or as its JSON folder; read it back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._errors import BriefDataError, Problem
from ._public import present_as_public
from ._tables import Column, Table, document, rows, tables

if TYPE_CHECKING:
    from ._brief import Brief

PACKAGE = "datapackage.json"
_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean",
          "date": "string", "vocabulary": "string"}  # fmt: skip


def export(
    brief: Brief,
    folder: str | os.PathLike[str],
    format: Literal["csv", "json"] = "csv",  # noqa: A002
) -> None:
    """Write *brief* for other tools: a CSV Data Package, or the loader's JSON folder.

    With ``format="csv"``, *folder* gets one CSV file per kind of record
    (``events.csv``), one per list-valued field (``events-participants.csv``,
    ``statements-stances.csv``, ``events-history-citations.csv``, …: a row per item,
    keyed by the owner's id and the item's ``index``), and a ``datapackage.json``
    (`Frictionless Data Package <https://datapackage.org>`_) that gives each table's
    fields and types, primary key and foreign keys, the brief's title and description
    and the format version. A nested part is spread over columns
    (``dating_expression_start``); dates are EDTF text; an empty cell is ``None``.
    :func:`load` reads such a folder back to an equal brief.

    With ``format="json"``, it writes the loader's own folder, as :func:`dump` does.

    >>> import idlib_brief, tempfile, csv, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     idlib_brief.export(idlib_brief.load(), folder)
    ...     table = pathlib.Path(folder) / "events-participants.csv"
    ...     with table.open(encoding="utf-8") as f:
    ...         print(next(csv.reader(f)))
    ...     idlib_brief.load(folder) == idlib_brief.load()
    ['event_id', 'index', 'value']
    True

    Args:
        brief: The brief to write.
        folder: The folder to write into; created if needed.
        format: ``"csv"`` or ``"json"``.

    Raises:
        BriefDataError: A number is NaN or infinite; nothing is written.
        ValueError: *format* is neither.

    .. versionadded:: 0.2.0
    """
    from ._plain import dumps, folder_files, write_atomically, write_folder

    if format == "json":
        write_folder(brief, folder)
        return
    if format != "csv":
        raise ValueError(f"'format' must be 'csv' or 'json' (got {format!r})")
    folder_files(brief)  # refuses NaN and infinity before anything is written
    found = rows(brief)
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for table in tables():
        write_atomically(path / f"{table.name}.csv", _csv(table, found[table.name]))
    write_atomically(path / PACKAGE, dumps(_package(brief)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv(table: Table, found: list[dict[str, Any]]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = [*table.keys, *(c.name for c in table.columns)]
    writer.writerow(names)
    for row in found:
        writer.writerow([_cell(row[name]) for name in names])
    return out.getvalue()


def _field(column: Column) -> dict[str, Any]:
    shape = column.shape
    field: dict[str, Any] = {"name": column.name, "type": _TYPES[shape.form]}
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if shape.vocabulary:
        constraints["enum"] = list(shape.vocabulary)
    if shape.pattern is not None:
        constraints["pattern"] = shape.pattern
    if shape.minimum is not None:
        constraints["minimum"] = shape.minimum
    if shape.form == "date":
        field["description"] = "EDTF text"
    if constraints:
        field["constraints"] = constraints
    return field


def _key(name: str) -> dict[str, Any]:
    kind = {"index": "integer"}.get(name.rsplit("_", 1)[-1], "string")
    return {"name": name, "type": kind, "constraints": {"required": True}}


def _resource(table: Table) -> dict[str, Any]:
    from ._kinds import BY_NAME

    foreign = []
    if table.parent is not None:
        parent = next(t for t in tables() if t.name == table.parent)
        foreign.append(
            {
                "fields": list(table.parent_keys),
                "reference": {"resource": parent.name, "fields": list(parent.keys)},
            }
        )
    for column in table.columns:
        if column.shape.target is not None:
            target = BY_NAME[column.shape.target].plural
            foreign.append(
                {"fields": [column.name], "reference": {"resource": target, "fields": ["id"]}}
            )
    schema: dict[str, Any] = {
        "fields": [*(_key(k) for k in table.keys), *(_field(c) for c in table.columns)],
        "primaryKey": list(table.keys),
        "missingValues": [""],
    }
    if foreign:
        schema["foreignKeys"] = foreign
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _package(brief: Brief) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "idlib-brief",
        "title": brief.title,
        "description": brief.description,
        "idlib_brief": {"format_version": brief.format_version},
        "resources": [_resource(table) for table in tables()],
    }


def is_package(folder: str | os.PathLike[str]) -> bool:
    """Whether *folder* holds a CSV export (a ``datapackage.json``) and no JSON brief.

    Anything that is not a path is no package: the loader says what it expects.
    """
    if not isinstance(folder, (str, os.PathLike)) or not str(folder):
        return False
    path = Path(folder)
    return (path / PACKAGE).is_file() and not (path / "brief.json").is_file()


def _parse(column: Column, text: str, where: tuple[str, str], problems: list[Problem]) -> Any:
    if text == "":
        return None
    form = column.shape.form
    try:
        if form == "integer":
            return int(text)
        if form == "number":
            try:
                return int(text)
            except ValueError:
                return float(text)
        if form == "boolean":
            return {"true": True, "false": False}[text]
    except (KeyError, ValueError):
        problems.append(Problem(where[0], where[1], f"expected a {form}, got {text!r}"))
        return None
    return text


def load_package(folder: str | os.PathLike[str]) -> Brief:
    """Read a CSV export back to a brief, with every check of the loader."""
    import csv
    import json

    from ._plain import _brief_from_dict

    path = Path(folder)
    try:
        package = json.loads((path / PACKAGE).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}"
        problem = Problem(PACKAGE, at, f"not valid JSON: {exc.msg}")
        raise BriefDataError([problem], where=str(folder)) from None
    manifest = {
        "format_version": package.get("idlib_brief", {}).get("format_version"),
        "title": package.get("title", ""),
        "description": package.get("description", ""),
    }
    problems: list[Problem] = []
    found: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        file = path / f"{table.name}.csv"
        if not file.is_file():
            continue
        columns = {c.name: c for c in table.columns}
        with file.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            found[table.name] = []
            for number, raw in enumerate(reader, start=2):
                row: dict[str, Any] = {}
                for name, text in raw.items():
                    where = (file.name, f"row {number}, column {name!r}")
                    if name in columns:
                        row[name] = _parse(columns[name], text or "", where, problems)
                    elif name in table.keys:
                        key_column = Column(name, _index_shape(name), (), required=True)
                        row[name] = _parse(key_column, text or "", where, problems)
                found[table.name].append(row)
    if problems:
        raise BriefDataError(problems, where=str(folder))
    return _brief_from_dict(document(manifest, found), str(folder))


def _index_shape(name: str) -> Any:
    from ._shapes import Shape

    return Shape(name=name, form="integer" if name.endswith("index") else "string")


present_as_public(globals())
