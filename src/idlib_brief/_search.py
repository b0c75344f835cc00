"""Finding records by the words of their names, titles, summaries, labels and quotes.

:func:`find` is the method ``Brief.find`` (the class takes it from here, as it takes
``relation_graph`` from ``_relations``); ``idlib_brief.find`` binds it to the bundled brief.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import BriefError
from ._kinds import BY_CLASS, BY_NAME, REGISTRY
from ._names import normalize_name

if TYPE_CHECKING:
    from ._brief import Brief
    from ._model import Record

FIELDS: dict[str, int] = {
    "id": 3,
    "name": 3,
    "aliases": 3,
    "title": 3,
    "label": 3,
    "summary": 2,
    "quote": 2,
    "description": 1,
}
"""The fields that are searched, with their weight: names first, prose last. A kind's
label field (:attr:`Kind.label <idlib_brief._kinds.Kind.label>`) always counts as a
name."""


def _texts(record: Any) -> Iterable[tuple[int, str]]:
    names = {f.name for f in attrs.fields(type(record))}
    label = BY_CLASS[type(record)].label
    for name in names:
        weight = 3 if name == label else FIELDS.get(name)
        if weight is None:
            continue
        value = getattr(record, name)
        for text in value if isinstance(value, tuple) else (value,):
            if isinstance(text, str):
                yield weight, normalize_name(text)


def score(record: Any, query: str) -> int:
    """How well *record* matches the normalised *query*: 0 for not at all.

    The best of its fields, each scored by how it matches (the whole field, its start,
    a whole word or phrase, a part of a word, every word of the query somewhere)
    times the field's weight.
    """
    words = query.split()
    phrase = re.compile(rf"\b{re.escape(query)}\b")
    best = 0
    for weight, text in _texts(record):
        if text == query:
            how = 5
        elif text.startswith(query):
            how = 4
        elif phrase.search(text):
            how = 3
        elif query in text:
            how = 2
        elif all(word in text for word in words):
            how = 1
        else:
            continue
        best = max(best, how * 10 + weight)
    return best


def find(  # noqa: D417 - `self` is the brief, a method's
    self: Brief, text: str, *, kinds: str | Iterable[str] = ()
) -> tuple[Record, ...]:
    """Return the records whose names, titles, labels, summaries or quotes hold *text*.

    Best first: a field that is *text* (whatever its case, diacritics and punctuation),
    then one that starts with it, holds it, or holds all its words; names, aliases and
    titles before summaries and quotes, those before descriptions; then by kind and id.

    Args:
        text: The words to look for.
        kinds: Only records of these kinds (``"actor"``, ``"event"`` …).

    Raises:
        BriefError: *text* has no letter or digit, or a kind is unknown.

    >>> import idlib_brief
    >>> [r.id for r in idlib_brief.load().find("Sochi", kinds="agreement")]
    ['sochi-agreements-2018']

    .. versionadded:: 0.2.0
    """
    wanted = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    for kind in wanted:
        if kind not in BY_NAME:
            raise BriefError(f"'kinds' must be among {tuple(BY_NAME)!r} (got {kind!r})")
    query = normalize_name(text)
    if not query:
        raise BriefError(f"find needs a word to look for (got {text!r})")
    order = {kind.cls: i for i, kind in enumerate(REGISTRY)}
    scored = [
        (score(record, query), record)
        for record in self
        if not wanted or BY_CLASS[type(record)].name in wanted
    ]
    found = sorted(
        ((s, r) for s, r in scored if s), key=lambda p: (-p[0], order[type(p[1])], p[1].id)
    )
    return tuple(record for _, record in found)


find.__qualname__ = "Brief.find"  # it is the method `Brief.find`, wherever it is defined
