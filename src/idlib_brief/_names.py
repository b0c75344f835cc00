"""Name matching: case, diacritics and punctuation do not count."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from ._public import present_as_public

_NOT_WORD = re.compile(r"[\W_]+")

# Letters that NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def normalize_name(name: str) -> str:
    """Fold *name* for matching: no case, no diacritics, punctuation as single spaces.

    Args:
        name: Any text: a name, an alias, an id or a title.

    Returns:
        The folded text, the form in which names are compared.

    >>> normalize_name("Erdoğan")
    'erdogan'
    >>> normalize_name("  Recep-Tayyip   ERDOGAN! ")
    'recep tayyip erdogan'
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", stripped).strip()


def close_matches(word: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    """Return up to *n* of *candidates* that are close to *word*, best first."""
    return difflib.get_close_matches(word, list(candidates), n=n, cutoff=0.6)


present_as_public(globals())
