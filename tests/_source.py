"""Finding the source document and reading the bundled data, for the data tests.

The source's text is not shipped with the package. The tests look for it:

1. at the file named by the environment variable ``IDLIB_BRIEF_SOURCE``, if it is set
   (a missing file there is always an error: it was asked for);
2. otherwise at ``../shared/sources/<filename>`` relative to the repository root, where
   ``<filename>`` is the ``filename`` that ``sources.json`` records.

When neither is there, the tests that need the text fail if the environment variable
``CI`` is set (CI must check the data against the text) and are skipped elsewhere, with
a reason that says where the file was looked for.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_ID = "dw-2020-idlib"

DATA_FILES: dict[str, str] = {
    "actors.json": "actor",
    "agreements.json": "agreement",
    "events.json": "event",
    "figures.json": "figure",
    "issues.json": "issue",
    "places.json": "place",
    "relations.json": "relation",
    "sources.json": "source",
    "statements.json": "statement",
}
"""Each record file of a brief and the kind of record it holds."""


def data_dir() -> Path:
    """The bundled brief's folder, found without importing (running) the package."""
    spec = importlib.util.find_spec("idlib_brief")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "data"
            if candidate.is_dir():
                return candidate
    return ROOT / "src" / "idlib_brief" / "data"


def read_records(name: str) -> list[dict[str, Any]]:
    """The records of one data file, as plain JSON objects."""
    value = json.loads((data_dir() / name).read_text(encoding="utf-8"))
    assert isinstance(value, list), f"{name} must hold a JSON array"
    return value


def source_record() -> dict[str, Any]:
    """The ``sources.json`` record of the one source the bundled brief cites."""
    (record,) = [r for r in read_records("sources.json") if r["id"] == SOURCE_ID]
    return record


def source_path() -> Path | None:
    """Where the source's text is, or ``None`` if it is not at the default place."""
    override = os.environ.get("IDLIB_BRIEF_SOURCE")
    if override:
        path = Path(override)
        if not path.is_file():
            pytest.fail(f"IDLIB_BRIEF_SOURCE={override!r} is not a file")
        return path
    path = ROOT.parent / "shared" / "sources" / source_record()["filename"]
    return path if path.is_file() else None


def read_source_bytes() -> bytes:
    """The source's bytes; fails under CI and skips elsewhere when it is missing."""
    path = source_path()
    if path is None:
        where = ROOT.parent / "shared" / "sources" / source_record()["filename"]
        reason = (
            f"the source text is not at {where}; set IDLIB_BRIEF_SOURCE to its path "
            "to run the checks of the data against it"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path.read_bytes()


def read_source() -> str:
    """The source's text, decoded as UTF-8 (citations index into this string)."""
    return read_source_bytes().decode("utf-8")


# --- Sentences --------------------------------------------------------------------------
#
# How the source is split into the units that the coverage test counts:
#
# * The first line starts with the dateline ("date 2020-02-29"), which is a unit of its own.
# * Each photo-gallery paragraph starts with the gallery's title, then the caption's own
#   title, fused with the caption text on one line. The gallery title and each caption
#   title are units of their own; the caption titles are listed below, because nothing
#   in the text marks where a title ends and the caption begins.
# * The rest of each line is split into sentences after '.', '?' or '!' (and a closing
#   quotation mark right after it), where white space and then a capital letter, a
#   quotation mark or an opening parenthesis follow. "Author: Diana Hodali" after the last
#   caption becomes a unit of its own this way.

GALLERY_TITLE = "Syria's Idlib: A humanitarian disaster"
CAPTION_TITLES: tuple[str, ...] = (
    "On the run",
    "'Horror has multiplied'",
    "Bombed to pieces",
    "Waiting at the border",
    "500,000 children in need",
    "Little food and medicine",
    "Refuge in a school",
    "Trying to reach safety",
    "Looking for dignity",
)
UNCLEAR_ATTRIBUTION: tuple[tuple[int, int], ...] = (
    # The 2015 shoot-down sentence: it follows a quotation of Akhmetov
    # that opens and never closes, so it may be his or the article's.
    (7518, 7608),
    # "But this is only the beginning.": follows "the expert says"; Belenkaya's or the
    # article's own comment.
    (8728, 8759),
)
"""Spans of the source whose speaker the text leaves unclear (docs/sourcing.md)."""
_DATELINE = re.compile(r"date \d{4}-\d{2}-\d{2}")
_SENTENCE_END = re.compile(r"(?<=[.?!])\"?(?=\s+[A-Z\"'(])")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the units the coverage test counts, in text order."""
    units: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = _strip(text, offset, offset + len(line))
        offset += len(line) + 1
        if start == end:
            continue
        dateline = _DATELINE.match(text, start)
        if dateline:
            units.append((start, dateline.end()))
            start, end = _strip(text, dateline.end(), end)
        if text.startswith(GALLERY_TITLE, start):
            units.append((start, start + len(GALLERY_TITLE)))
            start, end = _strip(text, start + len(GALLERY_TITLE), end)
            title = next(t for t in CAPTION_TITLES if text.startswith(t, start))
            units.append((start, start + len(title)))
            start, end = _strip(text, start + len(title), end)
        cut = start
        for match in _SENTENCE_END.finditer(text, start, end):
            units.append(_strip(text, cut, match.end()))
            cut = match.end()
        units.append(_strip(text, cut, end))
    return [unit for unit in units if unit[0] < unit[1]]


def id_lines() -> list[str]:
    """The bundled brief's ids as ``kind id`` lines, sorted: the snapshot's content."""
    return sorted(
        f"{kind} {record['id']}"
        for name, kind in DATA_FILES.items()
        for record in read_records(name)
    )


if __name__ == "__main__":  # pragma: no cover - run by hand to update the snapshot
    print(*id_lines(), sep="\n")
