"""Reading a brief: its folder's files to JSON values, then one validation of them all.

:func:`load_folder` reads each file's bytes (a folder, a broken link or an unreadable
file in a record file's place is a problem, never "missing"), parses them as strict
JSON (:mod:`._json`) and hands the values to :func:`brief_from_values`, which any other
way of reading a brief (``from_dict``) shares: it checks the values, structures the
records through the one converter, runs the whole-brief checks (:mod:`._checks`) and
returns a :class:`Brief`, or raises one :class:`BriefDataError` listing every problem.
Nothing else is raised for any content of the files, and no half-checked brief is made.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, Protocol

import cattrs

from ._brief import Brief
from ._checks import Loaded, check_all
from ._converter import FIELD_MARK, format_exception, make_converter
from ._errors import BriefDataError, Problem
from ._gc import paused_gc
from ._json import check_value, preview, read_bytes, type_name
from ._kinds import KINDS, REGISTRY, Kind
from ._parts import SLUG

if sys.version_info >= (3, 11):
    from importlib.resources import files
else:
    from importlib_resources import files

#: The version of the file format this library reads and writes.
FORMAT_VERSION = 1
MANIFEST = "brief.json"
#: The files of a brief, in the order they are read and their problems listed.
FILES = (MANIFEST, *(kind.file for kind in REGISTRY))
_RANK = {name: rank for rank, name in enumerate(FILES)}

_converter = make_converter()


class _Readable(Protocol):
    """What a brief's folder must offer: a `pathlib.Path` or an importlib Traversable."""

    def joinpath(self, child: str, /) -> Any: ...


class _Collector:
    """Collects problems; each is reported once, in the order found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str, path: str, message: str) -> None:
        self.problems.append(Problem(file, path, message))


def _read(folder: _Readable, name: str, problems: _Collector) -> tuple[bool, bytes | None]:
    """``(present, data)``: ``(False, None)`` for no such file, ``data`` None if unreadable.

    Only a name that does not exist at all is missing; a folder, a link to nothing or
    a loop of links, and a file that cannot be read are each reported.
    """
    entry = folder.joinpath(name)
    if isinstance(entry, Path):
        try:
            mode = entry.stat().st_mode
        except FileNotFoundError:
            if not entry.is_symlink():
                return False, None
            problems.add(name, "$", "the file is a symbolic link to nothing; expected a JSON file")
            return True, None
        except OSError as exc:  # a loop of links, no permission to look
            problems.add(
                name, "$", f"the file cannot be read ({exc.strerror}); expected a JSON file"
            )
            return True, None
        if stat.S_ISDIR(mode):
            problems.add(name, "$", "this is a folder; expected a JSON file")
            return True, None
        if not stat.S_ISREG(mode):
            problems.add(name, "$", "this is not a regular file; expected a JSON file")
            return True, None
    elif not entry.is_file():
        if entry.is_dir():
            problems.add(name, "$", "this is a folder; expected a JSON file")
            return True, None
        return False, None
    try:
        data: bytes = entry.read_bytes()
    except OSError as exc:
        problems.add(name, "$", f"the file cannot be read ({exc.strerror}); expected a JSON file")
        return True, None
    return True, data


def _read_manifest(raw: Any, problems: _Collector) -> dict[str, Any]:
    if not isinstance(raw, dict):
        got = "null" if raw is None else f"{type_name(raw)} {preview(raw)}"
        problems.add(
            MANIFEST,
            "$",
            f"expected a JSON object with format_version, title, description; got {got}",
        )
        return {}
    if check_value(raw, lambda path, message: problems.add(MANIFEST, path, message)):
        return {}
    manifest: dict[str, Any] = {}
    version = raw.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        problems.add(
            MANIFEST,
            "$.format_version",
            f"this library reads format version {FORMAT_VERSION} (got {preview(version)})",
        )
    else:
        manifest["format_version"] = version
    for key in ("title", "description"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            problems.add(MANIFEST, f"$.{key}", f"expected a string, got {preview(value)}")
        else:
            manifest[key] = value
    for key in sorted(set(raw) - {"format_version", "title", "description"}):
        problems.add(
            MANIFEST, f"$.{key}", "unknown field: expected format_version, title, description"
        )
    return manifest


_SLUG = re.compile(SLUG)


def _failed(kind: Kind, item: object, loaded: Loaded) -> None:
    """Note a record that failed to load: its id if readable, else its whole kind."""
    record_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(record_id, str) and _SLUG.fullmatch(record_id):
        loaded.failed.setdefault(record_id, kind)
    else:
        loaded.unknown.add(kind.plural)


def _structure(kind: Kind, raw: Any, problems: _Collector, loaded: Loaded) -> None:
    file = kind.file
    records: list[tuple[int, Any]] = []
    loaded.records[kind.plural] = records
    if not isinstance(raw, list):
        got = "null" if raw is None else type_name(raw)
        problems.add(file, "$", f"expected a JSON array of records, got {got}")
        loaded.unknown.add(kind.plural)
        return
    bad = check_value(raw, lambda path, message: problems.add(file, path, message))
    cls = kind.cls
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            problems.add(file, f"$[{i}]", f"expected a JSON object, got {preview(item)}")
            _failed(kind, item, loaded)
            continue
        if i in bad:
            _failed(kind, item, loaded)
            continue
        try:
            records.append((i, _converter.structure(item, cls)))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
            for where, what in structure_problems(exc, f"$[{i}]"):
                problems.add(file, where, what)
            _failed(kind, item, loaded)


def structure_problems(exc: BaseException, root: str) -> list[tuple[str, str]]:
    """Each failure in structuring one value at *root*, as ``(JSON path, message)``.

    A record's own validators name their field (see ``_converter.FIELD_MARK``); the path
    then points at that field.
    """
    found = []
    for message in cattrs.transform_error(exc, root, format_exception):
        what, _, where = message.rpartition(" @ ")
        name, mark, text = what.partition(FIELD_MARK)
        found.append((f"{where}.{name}", text) if mark else (where, what))
    return found


_INDEX = re.compile(r"\$\[(\d+)\]")


def _problem_order(problem: Problem) -> tuple[int, int]:
    """Order problems by file (manifest first, then KINDS order), then record index."""
    rank = _RANK.get(problem.file, len(FILES))
    match = _INDEX.match(problem.path)
    return rank, int(match.group(1)) if match else -1


def brief_from_values(
    values: Mapping[str, Any],
    *,
    where: str = "brief",
    unreadable: Collection[str] = (),
    problems: Collection[Problem] = (),
) -> Brief:
    """Check the JSON values of a brief's files and return the :class:`Brief` they make.

    The one validation of a brief, whatever it was read from: any value gives a brief
    or a :class:`BriefDataError`, never another exception.

    Args:
        values: Each file's parsed JSON value by its name (``"brief.json"``,
            ``"actors.json"``, …); a record file that is absent has no records, an
            absent ``brief.json`` is a problem.
        where: What the brief is, for the error's first line (a folder's path).
        unreadable: Files that exist but could not be read or parsed (their problems
            are in *problems*): nothing refers to their records unchecked, and nothing
            is reported twice.
        problems: Problems already found while reading the files.

    Raises:
        BriefDataError: Every problem found, in file order.
    """
    collector = _Collector()
    collector.problems.extend(problems)
    for name in sorted(set(values) - set(FILES)):
        collector.add(name, "$", f"not a file of a brief; expected one of {', '.join(FILES)}")
    manifest: dict[str, Any] = {}
    if MANIFEST in values:
        manifest = _read_manifest(values[MANIFEST], collector)
    elif MANIFEST not in unreadable:
        collector.add(
            MANIFEST,
            "$",
            f'the file is missing: a brief\'s folder needs {MANIFEST} with {{"format_version": '
            f'{FORMAT_VERSION}, "title": ..., "description": ...}}',
        )
    loaded = Loaded()
    for kind in REGISTRY:
        if kind.file in values:
            _structure(kind, values[kind.file], collector, loaded)
        elif kind.file in unreadable:
            loaded.unknown.add(kind.plural)
    check_all(loaded, collector.add)
    if collector.problems:
        ordered = sorted(collector.problems, key=_problem_order)
        raise BriefDataError(ordered, where=where)
    records = {kind: tuple(r for _, r in loaded.records.get(kind, ())) for kind in KINDS}
    return Brief(
        title=manifest.get("title", ""),
        description=manifest.get("description", ""),
        format_version=manifest.get("format_version", FORMAT_VERSION),
        **records,
    )


def load_folder(folder: _Readable | str | os.PathLike[str], *, where: str | None = None) -> Brief:
    """Read, validate and return the brief in *folder*; see :func:`idlib_brief.load`."""
    if isinstance(folder, (str, os.PathLike)):
        if os.fspath(folder) == "":
            raise FileNotFoundError(
                "no brief's folder at '': expected a directory (use '.' for the current one)"
            )
        path = Path(folder)
        if not path.is_dir():
            raise FileNotFoundError(f"no brief's folder at {str(path)!r}: expected a directory")
        folder = path
    elif not hasattr(folder, "joinpath"):
        raise TypeError(f"expected a folder's path, got {type(folder).__name__}")
    with paused_gc():  # many small objects, none freed: see _gc
        return _load_files(folder, where or str(folder))


def _load_files(folder: _Readable, where: str) -> Brief:
    """Read each file of *folder* strictly, then build and check the brief."""
    problems = _Collector()
    values: dict[str, Any] = {}
    unreadable: list[str] = []
    for name in FILES:
        present, data = _read(folder, name, problems)
        if not present:
            continue
        ok = False
        if data is not None:

            def report(path: str, message: str, name: str = name) -> None:
                problems.add(name, path, message)

            ok, value = read_bytes(data, report)
        if ok:
            values[name] = value
        else:
            unreadable.append(name)
    return brief_from_values(values, where=where, unreadable=unreadable, problems=problems.problems)


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
