"""The Idlib crisis of February–March 2020 as typed, immutable, provenance-checked records.

Importing the package reads no data: :func:`load` reads the bundled brief on first use.
"""

from __future__ import annotations

from typing import Any

from ._annotate import annotate
from ._api import (
    compare,
    dump,
    find,
    load,
    position_history,
    position_matrix,
    positions,
    read_source,
    timeline,
)
from ._brief import Brief
from ._dates import PRECISIONS, Date, DateLike, Precision
from ._display import Table, table
from ._errors import (
    BriefDataError,
    BriefError,
    EDTFError,
    Problem,
    SourceMismatchError,
    TimelineError,
    UnknownActorError,
    UnknownIssueError,
    UnknownRecordError,
)
from ._evidence import Excerpt, cited_spans, diagnose_source, excerpts
from ._kinds import (
    ENTRY_KINDS,
    ENTRY_STATUSES,
    KINDS,
    RECORD_KINDS,
    EntryKind,
    RecordKind,
)
from ._model import (
    ACTOR_KINDS,
    ACTS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_STATUSES,
    MODES,
    POSITION_VALUES,
    QUALIFIERS,
    Act,
    Actor,
    ActorKind,
    Agreement,
    AgreementStatus,
    Citation,
    DatedRecord,
    Dating,
    Event,
    EventKind,
    EventStatus,
    Figure,
    Issue,
    Mode,
    PositionValue,
    Qualifier,
    Record,
    Source,
    Stance,
    Statement,
    StatusChange,
)
from ._names import normalize_name
from ._position_results import (
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
from ._starter import write_starter
from ._timeline import Timeline, TimelineEntry
from ._timeline_entry import EntryStatus

__all__ = [
    "ACTOR_KINDS",
    "ACTS",
    "AGREEMENT_STATUSES",
    "ANALYST_KINDS",
    "BASES",
    "DERIVED_POSITIONS",
    "ENTRY_KINDS",
    "ENTRY_STATUSES",
    "EVENT_KINDS",
    "EVENT_STATUSES",
    "KINDS",
    "MODES",
    "POSITION_VALUES",
    "PRECISIONS",
    "QUALIFIERS",
    "RECORD_KINDS",
    "Act",
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementStatus",
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
    "EntryKind",
    "EntryStatus",
    "Event",
    "EventKind",
    "EventStatus",
    "Excerpt",
    "Figure",
    "Issue",
    "Mode",
    "Position",
    "PositionChange",
    "PositionHistory",
    "PositionMatrix",
    "PositionPair",
    "PositionValue",
    "Precision",
    "Problem",
    "Qualifier",
    "Record",
    "RecordKind",
    "Source",
    "SourceMismatchError",
    "Stance",
    "Statement",
    "StatusChange",
    "Table",
    "Timeline",
    "TimelineEntry",
    "TimelineError",
    "UnknownActorError",
    "UnknownIssueError",
    "UnknownRecordError",
    "annotate",
    "cited_spans",
    "compare",
    "diagnose_source",
    "dump",
    "excerpts",
    "find",
    "load",
    "normalize_name",
    "position_history",
    "position_matrix",
    "positions",
    "read_source",
    "table",
    "timeline",
    "write_starter",
]

_RENAMED = {"POSITIONS": "POSITION_VALUES"}
"""Public names of 0.1 that were renamed: the old name still works, with a warning."""


def __getattr__(name: str) -> Any:
    """Give ``__version__`` (read on first use) and the renamed names of 0.1."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("idlib-brief")
        except PackageNotFoundError:  # run from a source tree or vendored, without metadata
            return "0+unknown"
    if name in _RENAMED:
        import warnings

        new = _RENAMED[name]
        warnings.warn(
            f"idlib_brief.{name} is renamed idlib_brief.{new}", DeprecationWarning, stacklevel=2
        )
        return globals()[new]
    raise AttributeError(f"module 'idlib_brief' has no attribute {name!r}")


def _present_as_public(namespace: dict[str, Any]) -> None:
    """Make each public class and function present itself as ``idlib_brief.X``.

    Reprs, tracebacks, pickles and the API reference then name the module users import
    from, not the private one that defines it (as trio's ``fixup_module_metadata``
    does). Methods follow their class, so doctests and tools find them in one place.
    """
    seen: set[int] = set()

    def fix(obj: Any) -> None:
        if id(obj) in seen or not getattr(obj, "__module__", "").startswith("idlib_brief._"):
            return
        seen.add(id(obj))
        obj.__module__ = __name__
        if isinstance(obj, type):
            for member in vars(obj).values():
                inner = member.fget if isinstance(member, property) else member
                fix(getattr(inner, "__func__", inner))

    for name in __all__:
        fix(namespace[name])


_present_as_public(globals())
