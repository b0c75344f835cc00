"""Reading a brief's folder of JSON files: one converter, all validation, every error at once."""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import cattrs

from ._brief import Brief
from ._converter import format_exception, make_converter
from ._errors import BriefDataError, Problem
from ._kinds import BY_CLASS, BY_NAME, KINDS, REGISTRY, Kind
from ._model import Citation
from ._names import close_matches, normalize_name

if TYPE_CHECKING:
    from ._model import Record

if sys.version_info >= (3, 11):
    from importlib.resources import files
else:  # pragma: no cover - exercised on Python 3.10 only
    from importlib_resources import files

#: The version of the file format this library reads and writes.
FORMAT_VERSION = 1
MANIFEST = "brief.json"

_converter = make_converter()


class _Readable(Protocol):
    """What a brief's folder must offer: a `pathlib.Path` or an importlib Traversable."""

    def joinpath(self, child: str, /) -> Any: ...


def _read(folder: _Readable, name: str) -> str | None:
    entry = folder.joinpath(name)
    if not entry.is_file():
        return None
    text: str = entry.read_text(encoding="utf-8")
    return text


class _Collector:
    """Collects problems; each is reported once, in the order found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str, path: str, message: str) -> None:
        self.problems.append(Problem(file, path, message))


def _parse_json(text: str, file: str, problems: _Collector) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(file, f"line {exc.lineno} column {exc.colno}", f"not valid JSON: {exc.msg}")
        return None


def _read_manifest(folder: _Readable, problems: _Collector) -> dict[str, Any]:
    text = _read(folder, MANIFEST)
    if text is None:
        problems.add(
            MANIFEST,
            "$",
            f'the file is missing: a brief\'s folder needs {MANIFEST} with {{"format_version": '
            f'{FORMAT_VERSION}, "title": ..., "description": ...}}',
        )
        return {}
    raw = _parse_json(text, MANIFEST, problems)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.add(MANIFEST, "$", "expected a JSON object")
        return {}
    manifest: dict[str, Any] = {}
    version = raw.get("format_version")
    if version != FORMAT_VERSION:
        problems.add(
            MANIFEST,
            "$.format_version",
            f"this library reads format version {FORMAT_VERSION} (got {version!r})",
        )
    else:
        manifest["format_version"] = version
    for key in ("title", "description"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            problems.add(MANIFEST, f"$.{key}", f"expected a string, got {value!r}")
        else:
            manifest[key] = value
    for key in sorted(set(raw) - {"format_version", "title", "description"}):
        problems.add(
            MANIFEST, f"$.{key}", "unknown field: expected format_version, title, description"
        )
    return manifest


_NAMED_FIELD = re.compile(r"(?:Length of )?'(\w+)' ")


def _field_path(path: str, message: str) -> str:
    """Point at the field that a record's own validator names (``'end' must be …``)."""
    match = _NAMED_FIELD.match(message)
    return f"{path}.{match.group(1)}" if match else path


def _structure_file(folder: _Readable, kind: Kind, problems: _Collector) -> list[tuple[int, Any]]:
    file = kind.file
    text = _read(folder, file)
    if text is None:
        return []
    raw = _parse_json(text, file, problems)
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.add(file, "$", f"expected a JSON array of records, got {type(raw).__name__}")
        return []
    cls = kind.cls
    records: list[tuple[int, Any]] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            problems.add(file, f"$[{i}]", f"expected a JSON object, got {item!r}")
            continue
        try:
            records.append((i, _converter.structure(item, cls)))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
            for message in cattrs.transform_error(exc, f"$[{i}]", format_exception):
                what, _, where = message.rpartition(" @ ")
                problems.add(file, _field_path(where, what), what)
    return records


def _citation_paths(record: Record) -> Iterator[tuple[str, Citation]]:
    for j, citation in enumerate(getattr(record, "citations", ())):
        yield f".citations[{j}]", citation
    dating = getattr(record, "dating", None)
    if dating is not None:
        yield ".dating.expression", dating.expression
    for k, change in enumerate(getattr(record, "history", ())):
        for j, citation in enumerate(change.citations):
            yield f".history[{k}].citations[{j}]", citation


_Located = dict[str, list[tuple[int, Any]]]
"""Structured records by kind, each with its index in its file."""


def _located(structured: _Located) -> Iterator[tuple[str, int, Any]]:
    for kind in REGISTRY:
        for i, record in structured[kind.plural]:
            yield kind.file, i, record


def _check_ids(structured: _Located, problems: _Collector) -> dict[str, Any]:
    """Report ids used twice; return the first record of each id."""
    first: dict[str, tuple[str, int]] = {}
    index: dict[str, Any] = {}
    for file, i, record in _located(structured):
        if record.id in first:
            other_file, other_i = first[record.id]
            problems.add(
                file,
                f"$[{i}].id",
                f"the id {record.id!r} is already used by {other_file} $[{other_i}]; "
                "ids are unique across the whole brief",
            )
        else:
            first[record.id] = (file, i)
            index[record.id] = record
    return index


def _check_references(structured: _Located, index: dict[str, Any], problems: _Collector) -> None:
    """Report every reference to an id that is missing or of the wrong kind."""
    ids_of: dict[str, list[str]] = {}  # each kind's ids, for close matches: built once
    for file, i, record in _located(structured):
        for reference in BY_CLASS[type(record)].references:
            wanted = BY_NAME[reference.target]
            for path, ref in reference.ids(record):
                target = index.get(ref)
                if target is None:
                    if wanted.name not in ids_of:
                        ids_of[wanted.name] = [r.id for _, r in structured[wanted.plural]]
                    close = close_matches(ref, ids_of[wanted.name], n=3)
                    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
                    message = (
                        f"{ref!r} is not the id of any record; expected {wanted.article}{hint}"
                    )
                    problems.add(file, f"$[{i}]{path}", message)
                elif ref == record.id and reference.self_message is not None:
                    problems.add(file, f"$[{i}].{reference.field}", reference.self_message)
                elif not isinstance(target, wanted.cls):
                    message = (
                        f"{ref!r} is {BY_CLASS[type(target)].article}, expected {wanted.article}"
                    )
                    problems.add(file, f"$[{i}]{path}", message)


def _check_citations(structured: _Located, problems: _Collector) -> None:
    sources = {r.id: r for _, r in structured["sources"]}
    for file, i, record in _located(structured):
        for path, citation in _citation_paths(record):
            source = sources.get(citation.source)
            if source is None:
                problems.add(
                    file,
                    f"$[{i}]{path}.source",
                    f"{citation.source!r} is not the id of a source in sources.json",
                )
            elif citation.end > source.length:
                problems.add(
                    file,
                    f"$[{i}]{path}.end",
                    f"the span [{citation.start}, {citation.end}) runs past the end of "
                    f"source {source.id!r} ({source.length} characters)",
                )


def _check_names(structured: _Located, problems: _Collector) -> None:
    """Report a name or alias that two actors share, or that is another actor's id.

    A name must pick out one actor; an id resolves first (see ``Brief.actor``), so an
    alias equal to another actor's id could never be reached.
    """
    ids = {normalize_name(actor.id): (actor.id, i) for i, actor in structured["actors"]}
    owners: dict[str, tuple[str, int]] = {}
    for i, actor in structured["actors"]:
        for name in actor.names:
            other = ids.get(normalize_name(name))
            if other is not None and other[0] != actor.id:
                problems.add(
                    "actors.json",
                    f"$[{i}]",
                    f"the name or alias {name!r} of {actor.id!r} is the id of actors.json "
                    f"$[{other[1]}] ({other[0]!r}); a name must not be another actor's id",
                )
        for name in sorted({normalize_name(n) for n in actor.names}):
            other = owners.setdefault(name, (actor.id, i))
            if other[0] != actor.id:
                problems.add(
                    "actors.json",
                    f"$[{i}]",
                    f"the name or alias {name!r} is also used by actors.json $[{other[1]}] "
                    f"({other[0]!r}); names must pick out one actor",
                )


def _check(structured: _Located, problems: _Collector) -> None:
    """Check what needs the whole brief: unique ids, references, spans, names."""
    index = _check_ids(structured, problems)
    _check_references(structured, index, problems)
    _check_citations(structured, problems)
    _check_names(structured, problems)


def _problem_order(problem: Problem) -> tuple[int, int]:
    """Order problems by file (manifest first, then KINDS order), then record index."""
    files = [MANIFEST, *(kind.file for kind in REGISTRY)]
    rank = files.index(problem.file) if problem.file in files else len(files)
    match = re.match(r"\$\[(\d+)\]", problem.path)
    return rank, int(match.group(1)) if match else -1


def load_folder(folder: _Readable | str | os.PathLike[str], *, where: str | None = None) -> Brief:
    """Read, validate and return the brief in *folder*; see :func:`idlib_brief.load`."""
    if isinstance(folder, (str, os.PathLike)):
        path = Path(folder)
        if not path.is_dir():
            raise FileNotFoundError(f"no brief's folder at {str(path)!r}: expected a directory")
        folder = path
    problems = _Collector()
    manifest = _read_manifest(folder, problems)
    structured = {kind.plural: _structure_file(folder, kind, problems) for kind in REGISTRY}
    _check(structured, problems)
    if problems.problems:
        ordered = sorted(problems.problems, key=_problem_order)
        raise BriefDataError(ordered, where=where or str(folder))
    records = {kind: tuple(r for _, r in structured[kind]) for kind in KINDS}
    return Brief(
        title=manifest.get("title", ""),
        description=manifest.get("description", ""),
        format_version=manifest.get("format_version", FORMAT_VERSION),
        **records,
    )


_bundled: Brief | None = None
_lock = threading.Lock()


def load_bundled() -> Brief:
    """Return the bundled brief, read once under a lock and cached."""
    global _bundled  # noqa: PLW0603 - the one cache of the bundled brief
    brief = _bundled
    if brief is None:
        with _lock:
            if _bundled is None:
                _bundled = load_folder(
                    files("idlib_brief").joinpath("data"), where="the bundled brief"
                )
            brief = _bundled
    return brief
