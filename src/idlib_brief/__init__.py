"""The Idlib crisis of February–March 2020 as typed, immutable, provenance-checked records.

Importing the package reads no data: :func:`load` reads the bundled brief on first use.
"""

from __future__ import annotations

from typing import Any

from ._api import dump, load, read_source
from ._brief import KINDS, Brief
from ._dates import PRECISIONS, Date, DateLike, Precision
from ._errors import (
    BriefDataError,
    BriefError,
    EDTFError,
    Problem,
    SourceMismatchError,
    UnknownActorError,
    UnknownRecordError,
)
from ._model import (
    ACTOR_KINDS,
    ACTS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_STATUSES,
    MODES,
    POSITIONS,
    QUALIFIERS,
    Actor,
    Agreement,
    Citation,
    DatedRecord,
    Dating,
    Event,
    Figure,
    Issue,
    Record,
    Source,
    Stance,
    Statement,
    StatusChange,
)
from ._names import normalize_name

__all__ = [
    "ACTOR_KINDS",
    "ACTS",
    "AGREEMENT_STATUSES",
    "EVENT_KINDS",
    "EVENT_STATUSES",
    "KINDS",
    "MODES",
    "POSITIONS",
    "PRECISIONS",
    "QUALIFIERS",
    "Actor",
    "Agreement",
    "Brief",
    "BriefDataError",
    "BriefError",
    "Citation",
    "Date",
    "DateLike",
    "DatedRecord",
    "Dating",
    "EDTFError",
    "Event",
    "Figure",
    "Issue",
    "Precision",
    "Problem",
    "Record",
    "Source",
    "SourceMismatchError",
    "Stance",
    "Statement",
    "StatusChange",
    "UnknownActorError",
    "UnknownRecordError",
    "dump",
    "load",
    "normalize_name",
    "read_source",
]


def __getattr__(name: str) -> Any:
    """Give ``__version__`` from the installed package's metadata, read on first use."""
    if name == "__version__":
        from importlib.metadata import version

        return version("idlib-brief")
    raise AttributeError(f"module 'idlib_brief' has no attribute {name!r}")
