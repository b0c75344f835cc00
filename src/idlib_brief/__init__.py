"""The Idlib crisis of February–March 2020 as typed, immutable, provenance-checked records.

Importing the package reads no data: :func:`load` reads the bundled brief on first use.
"""

from __future__ import annotations

from typing import Any

from ._api import (
    compare,
    dump,
    load,
    position_history,
    position_matrix,
    positions,
    read_source,
    timeline,
)
from ._brief import KINDS, Brief
from ._dates import PRECISIONS, Date, DateLike, Precision
from ._errors import (
    BriefDataError,
    BriefError,
    EDTFError,
    Problem,
    SourceMismatchError,
    UnknownActorError,
    UnknownIssueError,
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
from ._positions import (
    ANALYST_KINDS,
    BASES,
    DERIVED_POSITIONS,
    Basis,
    Comparison,
    DerivedPosition,
    Position,
    PositionChange,
    PositionHistory,
    PositionMatrix,
    PositionPair,
)
from ._timeline import ENTRY_KINDS, Timeline, TimelineEntry, TimelineError

__all__ = [
    "ACTOR_KINDS",
    "ACTS",
    "AGREEMENT_STATUSES",
    "ANALYST_KINDS",
    "BASES",
    "DERIVED_POSITIONS",
    "ENTRY_KINDS",
    "EVENT_KINDS",
    "EVENT_STATUSES",
    "KINDS",
    "MODES",
    "POSITIONS",
    "PRECISIONS",
    "QUALIFIERS",
    "Actor",
    "Agreement",
    "Basis",
    "Brief",
    "BriefDataError",
    "BriefError",
    "Citation",
    "Comparison",
    "Date",
    "DateLike",
    "DatedRecord",
    "Dating",
    "DerivedPosition",
    "EDTFError",
    "Event",
    "Figure",
    "Issue",
    "Position",
    "PositionChange",
    "PositionHistory",
    "PositionMatrix",
    "PositionPair",
    "Precision",
    "Problem",
    "Record",
    "Source",
    "SourceMismatchError",
    "Stance",
    "Statement",
    "StatusChange",
    "Timeline",
    "TimelineEntry",
    "TimelineError",
    "UnknownActorError",
    "UnknownIssueError",
    "UnknownRecordError",
    "compare",
    "dump",
    "load",
    "normalize_name",
    "position_history",
    "position_matrix",
    "positions",
    "read_source",
    "timeline",
]


def __getattr__(name: str) -> Any:
    """Give ``__version__`` from the installed package's metadata, read on first use."""
    if name == "__version__":
        from importlib.metadata import version

        return version("idlib-brief")
    raise AttributeError(f"module 'idlib_brief' has no attribute {name!r}")
