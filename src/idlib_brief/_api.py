"""The module-level functions of the public API: loading, writing, reading sources.

The helpers' functions (``idlib_brief.timeline``, ``idlib_brief.positions`` …) are
bindings of the :class:`~idlib_brief.Brief` methods of the same names to the bundled
brief: the method is the one definition of each (signature, defaults, docstring).
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from ._brief import Brief
from ._public import present_as_public

if TYPE_CHECKING:
    from ._model import Source

_P = ParamSpec("_P")
_R = TypeVar("_R")


def load(path: str | os.PathLike[str] | None = None) -> Brief:
    """Load a brief: the bundled one, or one that someone authored, from a folder.

    The bundled brief is read once, on first use, and cached; calling :func:`load`
    from many threads at once is safe and gives the same object.

    Args:
        path: A folder holding ``brief.json`` and the record files
            (``actors.json``, ``statements.json``, …), or a CSV Data Package that
            :func:`export` wrote (a ``datapackage.json`` and no ``brief.json``).
            ``None`` for the bundled brief.

    Returns:
        The validated :class:`~idlib_brief.Brief`.

    Raises:
        BriefDataError: The files are not a valid brief. Every problem found is listed,
            each with the file, a JSON path, and what was expected.
        FileNotFoundError: *path* is not a folder.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> brief is idlib_brief.load()
    True
    >>> brief.actor("Putin").name
    'Vladimir Putin'

    .. versionadded:: 0.1.0
    """
    from ._loading import load_bundled, load_folder

    if path is None:
        return load_bundled()
    from ._export import is_package, load_package

    return load_package(path) if is_package(path) else load_folder(path)


def dump(brief: Brief, path: str | os.PathLike[str]) -> None:
    """Write *brief* to the folder *path* in the format :func:`load` reads.

    Each file is written complete, as the bundled ones are: every field of every record,
    defaults included, keys in the data dictionary's order, two-space indents, UTF-8.
    The folder is created if needed; existing record files in it are replaced, each
    atomically (written to a temporary file beside it, then renamed), so a failed dump
    leaves no half-written file. ``load(path) == brief`` holds afterwards.

    Args:
        brief: The :class:`~idlib_brief.Brief` to write: the bundled one, one loaded
            from a folder, or one built in code.
        path: The folder to write into, as text or a path; it need not exist yet.

    >>> import idlib_brief, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     idlib_brief.dump(idlib_brief.load(), folder)
    ...     idlib_brief.load(folder) == idlib_brief.load()
    True

    Raises:
        BriefDataError: A number is NaN or infinite, which standard JSON cannot hold;
            nothing is written.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Writes every field, in order, atomically; refuses NaN and infinity.
    """
    from ._plain import write_folder

    write_folder(brief, path)


def read_source(source: Source, path: str | os.PathLike[str]) -> str:
    """Read a source document's text and check that it is the one the brief cites.

    Args:
        source: The :class:`~idlib_brief.Source` record.
        path: The document's file, or a folder holding it under ``source.filename``.

    Returns:
        The text, ready for :meth:`Citation.excerpt <idlib_brief.Citation.excerpt>`.

    Raises:
        SourceMismatchError: The file's SHA-256 is not the one recorded.
        FileNotFoundError: There is no such file.

    .. versionadded:: 0.1.0
    """
    file = Path(path)
    if file.is_dir():
        if source.filename is None:
            msg = f"source {source.id!r} names no file to look for in {str(file)!r}"
            raise FileNotFoundError(msg)
        file = file / source.filename
    from ._evidence import verified_text

    return verified_text(source, file.read_bytes())


def _on_bundled(method: Callable[Concatenate[Brief, _P], _R]) -> Callable[_P, _R]:
    """Bind the :class:`Brief` method *method* to the bundled brief, as a function.

    The function has the method's signature without ``self`` and the same result; its
    docstring points at the method, which documents it.
    """

    def function(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return method(load(), *args, **kwargs)

    name = method.__name__
    signature = inspect.signature(method)
    function.__name__ = function.__qualname__ = name
    function.__annotations__ = dict(method.__annotations__)
    function.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:]
    )
    summary = (method.__doc__ or "").strip().splitlines()[0].rstrip(".")
    function.__doc__ = (
        f"{summary}, in the bundled brief.\n\n"
        f"``idlib_brief.{name}(...)`` is ``idlib_brief.load().{name}(...)``: the arguments,\n"
        f"result and errors are those of :meth:`Brief.{name} <idlib_brief.Brief.{name}>`,\n"
        "which documents them, with examples.\n"
    )
    return function


timeline = _on_bundled(Brief.timeline)
positions = _on_bundled(Brief.positions)
position_matrix = _on_bundled(Brief.position_matrix)
compare = _on_bundled(Brief.compare)
find = _on_bundled(Brief.find)
position_history = _on_bundled(Brief.position_history)
relation_graph = _on_bundled(Brief.relation_graph)
gazetteer = _on_bundled(Brief.gazetteer)

present_as_public(globals())
