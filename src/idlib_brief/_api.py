"""The module-level functions of the public API: loading, writing and reading sources."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._brief import Brief
    from ._model import Source


def load(path: str | os.PathLike[str] | None = None) -> Brief:
    """Load a brief: the bundled one, or one that someone authored, from a folder.

    The bundled brief is read once, on first use, and cached; calling :func:`load`
    from many threads at once is safe and gives the same object.

    Args:
        path: A folder holding ``brief.json`` and the record files
            (``actors.json``, ``statements.json``, …). ``None`` for the bundled brief.

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

    return load_bundled() if path is None else load_folder(path)


def dump(brief: Brief, path: str | os.PathLike[str]) -> None:
    """Write *brief* to the folder *path* in the format :func:`load` reads.

    The folder is created if needed; existing record files in it are replaced.
    ``load(path) == brief`` holds afterwards.

    .. versionadded:: 0.1.0
    """
    from ._loading import dump_folder

    dump_folder(brief, path)


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
            raise FileNotFoundError(f"source {source.id!r} names no file to look for in {str(file)!r}")
        file = file / source.filename
    return source.verify(file.read_bytes())
