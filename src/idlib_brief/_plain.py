"""Records as plain data and back: the brief's JSON form, complete and in field order.

:func:`to_dict` writes every field (defaults included) in the order of the record's
attrs fields, which is the order of the data dictionary and of the bundled files;
:func:`from_dict` reads that form (or the shorter one the loader also reads) with the
loader's own converter, checks and errors. :func:`write_folder` writes a whole brief as
the loader's folder of files, each file atomically.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import attrs

from ._brief import Brief
from ._dates import Date
from ._errors import BriefDataError, Problem
from ._kinds import KINDS, REGISTRY
from ._public import present_as_public

if TYPE_CHECKING:
    import cattrs
    from attrs import AttrsInstance

_T = TypeVar("_T")

MANIFEST_FIELDS = ("format_version", "title", "description")
"""The fields of a brief's manifest (``brief.json``), in the order they are written."""

DATA = "data"
"""What :class:`~idlib_brief.Problem` names as the file of the data given to `from_dict`."""


@overload
def to_dict(obj: Date) -> str: ...
@overload
def to_dict(obj: AttrsInstance) -> dict[str, Any]: ...
def to_dict(obj: AttrsInstance) -> dict[str, Any] | str:
    """Return a record, a part of one, or a whole brief as plain, JSON-ready data.

    Every field is present, defaults included, in the order of the data dictionary;
    values are only dicts, lists, strings, numbers, booleans and ``None``: a
    :class:`~idlib_brief.Date` becomes its EDTF text, a tuple a list. For a
    :class:`~idlib_brief.Brief`, the result is one JSON document: the manifest's fields
    (``format_version``, ``title``, ``description``) and one array of records per kind,
    in :data:`~idlib_brief.KINDS` order. :func:`from_dict` reads it back.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> plain = idlib_brief.to_dict(brief.statement("erdogan-hopes-for-ceasefire"))
    >>> list(plain)[:4], plain["when"]
    (['id', 'speaker', 'when', 'mode'], '2020-03-04')
    >>> idlib_brief.to_dict(idlib_brief.Date("2020-02/2020-03"))
    '2020-02/2020-03'
    >>> list(idlib_brief.to_dict(brief))[:4]
    ['format_version', 'title', 'description', 'sources']

    Args:
        obj: A record, a :class:`~idlib_brief.Citation`, :class:`~idlib_brief.Stance`,
            :class:`~idlib_brief.Dating`, :class:`~idlib_brief.StatusChange`,
            :class:`~idlib_brief.Date` or :class:`~idlib_brief.Brief`.

    Returns:
        A dict of plain values; a string for a :class:`~idlib_brief.Date`.

    Raises:
        TypeError: *obj* is none of those.

    .. versionadded:: 0.2.0
    """
    if isinstance(obj, Brief):
        manifest: dict[str, Any] = {name: getattr(obj, name) for name in MANIFEST_FIELDS}
        return manifest | {kind: _plain(getattr(obj, kind)) for kind in KINDS}
    if not attrs.has(type(obj)):
        raise TypeError(
            f"expected a record, a part of one, a Date or a Brief, got {type(obj).__name__}"
        )
    result: dict[str, Any] | str = _plain(obj)
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, Date):
        return value.text
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


def from_dict(cls: type[_T], data: Any) -> _T:
    """Build a record, a part of one, or a whole brief from plain data: :func:`to_dict`'s inverse.

    The data is checked as the loader checks a brief's files (JSON types, vocabularies,
    the records' own rules; for a :class:`~idlib_brief.Brief`, also unique ids,
    references, citations inside their sources and names), and every problem is
    reported at once. Fields that hold their default may be left out, as in the files.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> erdogan = brief.actor("erdogan")
    >>> idlib_brief.from_dict(idlib_brief.Actor, idlib_brief.to_dict(erdogan)) == erdogan
    True
    >>> wrong = {"issue": "ceasefire", "position": "maybe"}
    >>> idlib_brief.from_dict(idlib_brief.Stance, wrong)
    Traceback (most recent call last):
    ...
    idlib_brief.BriefDataError: from_dict(Stance, ...): 1 problem found:
      data $.position: must be one of 'for', 'against', 'neutral' (got 'maybe')

    Args:
        cls: The class to build: a record class, a part of one
            (:class:`~idlib_brief.Citation` …), :class:`~idlib_brief.Date` or
            :class:`~idlib_brief.Brief`.
        data: Plain data, as :func:`to_dict` gives or ``json.loads`` reads.

    Returns:
        An instance of *cls*.

    Raises:
        BriefDataError: The data is not valid; each :class:`~idlib_brief.Problem` has
            the file ``"data"`` and a JSON path into *data* (``$.actors[3].kind``).

    .. versionadded:: 0.2.0
    """
    where = f"from_dict({cls.__name__}, ...)"
    if cls is Brief:
        return cast("_T", _brief_from_dict(data, where))
    if not (cls is Date or attrs.has(cls)):
        raise TypeError(f"expected a record class, a part of one, Date or Brief, got {cls!r}")
    if cls is not Date and not isinstance(data, dict):
        problem = Problem(DATA, "$", f"expected a JSON object, got {data!r}")
        raise BriefDataError([problem], where=where)
    from ._loading import structure_problems

    try:
        built: _T = _converter().structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
        problems = [Problem(DATA, path, what) for path, what in structure_problems(exc, "$")]
        raise BriefDataError(problems, where=where) from None
    return built


@functools.cache
def _converter() -> cattrs.Converter:
    """The loader's converter, made once, on first use."""
    from ._converter import make_converter

    return make_converter()


class _Entry:
    """One file of a :class:`_Document`, as the loader reads a folder's files."""

    def __init__(self, text: str | None) -> None:
        self._text = text

    def is_file(self) -> bool:
        return self._text is not None

    def read_text(self, encoding: str = "utf-8") -> str:  # noqa: ARG002 - always UTF-8
        assert self._text is not None  # noqa: S101 - the loader asks is_file() first
        return self._text

    def read_bytes(self) -> bytes:
        return self.read_text().encode("utf-8")


class _Document:
    """A brief's JSON document seen as the folder of files the loader reads."""

    def __init__(self, files: dict[str, str]) -> None:
        self._files = files

    def joinpath(self, child: str, /) -> _Entry:
        return _Entry(self._files.get(child))


def _brief_from_dict(data: Any, where: str) -> Brief:
    """Read a whole brief's document with the loader, by its files; see `from_dict`."""
    from ._loading import MANIFEST, load_folder

    if not isinstance(data, dict):
        problem = Problem(DATA, "$", f"expected a JSON object, got {data!r}")
        raise BriefDataError([problem], where=where)
    parts = {MANIFEST: {k: v for k, v in data.items() if k not in KINDS}}
    parts |= {kind.file: data[kind.plural] for kind in REGISTRY if kind.plural in data}
    files = {name: _json_text(part, name, where) for name, part in parts.items()}
    try:
        return load_folder(_Document(files), where=where)
    except BriefDataError as exc:
        raise BriefDataError(map(_in_document, exc.problems), where=where) from None


def _json_text(part: Any, name: str, where: str) -> str:
    import json

    try:
        return json.dumps(part)
    except (TypeError, ValueError) as exc:
        key = "$" if name == "brief.json" else f"$.{name.removesuffix('.json')}"
        problem = Problem(DATA, key, f"not JSON data: {exc}")
        raise BriefDataError([problem], where=where) from None


def _in_document(problem: Problem) -> Problem:
    """Say where a problem of one of the brief's files is in the whole document."""
    if problem.file.endswith(".json") and problem.file != "brief.json":
        key = problem.file.removesuffix(".json")
        return Problem(DATA, f"$.{key}{problem.path.removeprefix('$')}", problem.message)
    return Problem(DATA, problem.path, problem.message)


def non_finite(value: Any, path: str = "$") -> Iterator[str]:
    """Yield the JSON path of each number in plain *value* that JSON cannot hold (NaN, ±inf)."""
    if isinstance(value, float) and not math.isfinite(value):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from non_finite(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from non_finite(item, f"{path}[{i}]")


def dumps(value: Any) -> str:
    """*value* as the text of a brief's file: two-space indents, UTF-8, a final newline."""
    import json

    return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def folder_files(brief: Brief) -> dict[str, Any]:
    """The plain content of each file of *brief*'s folder, by file name.

    Raises:
        BriefDataError: A number is NaN or infinite, which JSON cannot hold.
    """
    from ._loading import MANIFEST

    document = to_dict(brief)
    files = {MANIFEST: {name: document[name] for name in MANIFEST_FIELDS}}
    files |= {kind.file: document[kind.plural] for kind in REGISTRY}
    problems = [
        Problem(name, path, "not a finite number: JSON has no NaN or Infinity")
        for name, content in files.items()
        for path in non_finite(content)
    ]
    if problems:
        raise BriefDataError(problems, where="dump")
    return files


def write_atomically(path: Path, text: str) -> None:
    """Write *text* to *path* through a temporary file beside it and :func:`os.replace`.

    A failure leaves *path* as it was and no temporary file behind.
    """
    import tempfile

    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)  # noqa: PTH105 - the atomic rename itself
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_folder(brief: Brief, folder: str | os.PathLike[str]) -> None:
    """Write *brief* as the folder of JSON files that the loader reads; see `dump`."""
    files = {name: dumps(content) for name, content in folder_files(brief).items()}
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        write_atomically(path / name, text)


present_as_public(globals())
