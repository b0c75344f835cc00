"""A starter brief: a short sample text of our own, and records that cite it.

The text is invented for the purpose (a town, its pier, a fishers' union): it is ours to
publish, so the starter serves for examples, screenshots and tests of the evidence reader.
Every span is found in the text by the words it cites, so the records cannot drift from it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._public import present_as_public

if TYPE_CHECKING:
    from ._brief import Brief

SAMPLE_FILE = "riverton-notes.txt"
SAMPLE_TEXT = """\
Riverton, 4 May 2021. Notes from the harbour.

The harbour board met on Tuesday and agreed to repair the old pier. Its chair, \
Ana Ruiz, told reporters: “The pier will be open again by June.”

The fishers' union welcomed the decision but warned that about 40 boats cannot land \
their catch until the work is done. Its spokesman, Tom Hale, called for a temporary \
landing stage in the meantime.

The town council and the harbour board signed a plan to share the cost of the repair.
"""
"""The starter's sample text: invented, about a town's pier."""

_SOURCE = "riverton-notes"


def _cite(words: str, occurrence: int = 0) -> dict[str, Any]:
    """The citation of *words* (its *occurrence*-th appearance) in the sample text."""
    start = -1
    for _ in range(occurrence + 1):
        start = SAMPLE_TEXT.index(words, start + 1)
    return {"source": _SOURCE, "start": start, "end": start + len(words)}


def _records() -> dict[str, list[dict[str, Any]]]:
    """The starter's records, by file stem, in the format the loader reads."""
    text = SAMPLE_TEXT
    promise = "Ana Ruiz, told reporters: “The pier will be open again by June.”"
    meeting = "The harbour board met on Tuesday and agreed to repair the old pier."
    tuesday = {
        "expression": _cite("on Tuesday"),
        "anchor": "the notes' dateline, Tuesday 4 May 2021",
        "rule": "the Tuesday of the dateline's week",
        "inferred": True,
    }
    return {
        "sources": [
            {
                "id": _SOURCE,
                "title": "Notes from Riverton harbour (an invented sample text)",
                "publisher": "idlib_brief's starter brief",
                "published": "2021-05-04",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "length": len(text),
                "filename": SAMPLE_FILE,
                "note": "Invented for the starter brief of `idlib-brief new`.",
            }
        ],
        "issues": [
            {
                "id": "pier-repair",
                "title": "Repairing the old pier",
                "description": "Whether the harbour's old pier should be repaired.",
            },
            {
                "id": "landing-stage",
                "title": "A temporary landing stage",
                "description": "Whether boats should get a landing stage during the works.",
            },
        ],
        "actors": [
            {"id": "harbour-board", "name": "Harbour board", "kind": "government-body",
             "description": "The body that runs Riverton's harbour.",
             "citations": [_cite("harbour board")]},
            {"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person",
             "description": "Chair of the harbour board.", "affiliation": "harbour-board",
             "citations": [_cite("Ana Ruiz")]},
            {"id": "fishers-union", "name": "Fishers' union", "kind": "civilian-group",
             "aliases": ["the union"], "description": "The union of Riverton's fishers.",
             "citations": [_cite("fishers' union")]},
            {"id": "tom-hale", "name": "Tom Hale", "kind": "person",
             "description": "Spokesman of the fishers' union.", "affiliation": "fishers-union",
             "citations": [_cite("Tom Hale")]},
            {"id": "town-council", "name": "Town council", "kind": "government-body",
             "description": "Riverton's elected council.", "citations": [_cite("town council")]},
        ],
        "statements": [
            {"id": "ruiz-promises-reopening", "speaker": "ana-ruiz", "mode": "direct",
             "quote": "The pier will be open again by June.", "act": "pledges",
             "summary": "The board's chair promises the pier back in use by June.",
             "stances": [{"issue": "pier-repair", "position": "for"}],
             "citations": [_cite(promise)]},
            {"id": "union-welcomes-repair", "speaker": "fishers-union", "mode": "indirect",
             "act": "warns",
             "summary": "The union backs the repair but fears for boats that cannot land.",
             "stances": [{"issue": "pier-repair", "position": "for"}],
             "citations": [_cite("The fishers' union welcomed the decision but warned")]},
            {"id": "hale-asks-for-landing-stage", "speaker": "tom-hale", "mode": "indirect",
             "act": "urges", "summary": "The union's spokesman asks for a stopgap landing stage.",
             "stances": [{"issue": "landing-stage", "position": "for"}],
             "citations": [_cite("Tom Hale, called for a temporary landing stage")]},
        ],
        "agreements": [
            {"id": "cost-sharing-plan", "name": "Plan to share the repair's cost",
             "parties": ["town-council", "harbour-board"], "status": "in-force",
             "provisions": ["The council and the board share the cost of the repair."],
             "citations": [_cite("signed a plan to share the cost of the repair")]},
        ],
        "figures": [
            {"id": "boats-unable-to-land", "label": "Boats that cannot land their catch",
             "value": 40, "unit": "boats", "qualifier": "about",
             "attributed_to": "fishers-union", "citations": [_cite("about 40 boats")]},
        ],
        "events": [
            {"id": "board-meeting", "title": "The harbour board decides to repair the pier",
             "when": "2021-05-04", "kind": "meeting", "status": "occurred",
             "participants": ["harbour-board"], "dating": tuesday,
             "citations": [_cite(meeting)]},
            {"id": "pier-reopening", "title": "The pier opens again", "when": "../2021-06",
             "kind": "other", "status": "planned", "participants": ["harbour-board"],
             "citations": [_cite("open again by June")]},
        ],
    }  # fmt: skip


def write_starter(path: str | os.PathLike[str]) -> Brief:
    """Write a small, valid starter brief into the folder *path*, and return it.

    The folder gets a short sample text of our own (an invented note about a town's
    pier, ``riverton-notes.txt``), the source record that names it with its checksum,
    and a few records of each kind citing it: a brief to copy, rename and rewrite for a
    document of your own, and one to try the command line's ``verify`` and
    ``annotate`` on.

    Args:
        path: A folder that does not exist yet, or is empty.

    Returns:
        The starter, as :func:`~idlib_brief.load` reads it back from *path*.

    Raises:
        FileExistsError: *path* is a file, or a folder that is not empty.

    >>> import idlib_brief, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "my-brief"
    >>> brief = idlib_brief.write_starter(folder)
    >>> sorted(p.name for p in folder.iterdir())[:3]
    ['actors.json', 'agreements.json', 'brief.json']
    >>> brief.counts()["statements"], brief.sources[0].filename
    (3, 'riverton-notes.txt')

    .. versionadded:: 0.2.0
    """
    import json

    from ._api import load

    folder = Path(path)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        what = "a folder that is not empty" if folder.is_dir() else "a file"
        msg = f"{str(folder)!r} is {what}: a starter brief goes into a new or empty folder"
        raise FileExistsError(msg)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SAMPLE_FILE).write_bytes(SAMPLE_TEXT.encode("utf-8"))
    manifest = {
        "format_version": 1,
        "title": "Riverton's pier (a starter brief)",
        "description": "A sample brief on an invented text: rewrite it for a document of yours.",
    }
    for stem, value in {"brief": manifest, **_records()}.items():
        text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
        (folder / f"{stem}.json").write_text(text, encoding="utf-8")
    return load(folder)


present_as_public(globals())
