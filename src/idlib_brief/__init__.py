"""The Idlib crisis of February–March 2020 as typed, immutable, provenance-checked records.

Importing the package reads no data: :func:`load` reads the bundled brief on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._public import MODULE_OF

if TYPE_CHECKING:  # for type checkers and readers; at run time, see __getattr__
    from ._annotate import annotate
    from ._api import (
        compare,
        dump,
        find,
        gazetteer,
        load,
        position_history,
        position_matrix,
        positions,
        read_source,
        relation_graph,
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
        UnknownPlaceError,
        UnknownRecordError,
    )
    from ._evidence import Excerpt, cited_spans, diagnose_source, excerpts
    from ._export import export
    from ._kinds import (
        ENTRY_KINDS,
        ENTRY_STATUSES,
        KINDS,
        RECORD_KINDS,
        EntryKind,
        RecordKind,
    )
    from ._model import (
        Actor,
        Agreement,
        DatedRecord,
        Event,
        Figure,
        Issue,
        Place,
        Record,
        Relation,
        Source,
        Statement,
    )
    from ._names import normalize_name
    from ._parts import Citation, Dating, Location, Point, Stance, StatusChange
    from ._places import PlaceSet
    from ._plain import from_dict, to_dict
    from ._plot import plot_figures
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
    from ._relations import RelationGraph
    from ._schema import json_schema
    from ._starter import write_starter
    from ._timeline import Timeline, TimelineEntry
    from ._timeline_entry import EntryStatus
    from ._vocabularies import (
        ACTOR_KINDS,
        ACTS,
        AGREEMENT_STATUSES,
        EVENT_KINDS,
        EVENT_STATUSES,
        MODES,
        PLACE_KINDS,
        PLACE_PRECISIONS,
        PLACEMENTS,
        POLARITIES,
        POSITION_VALUES,
        PREDICATES,
        QUALIFIERS,
        RELATION_BASES,
        RELATION_MODES,
        SYMMETRIC_PREDICATES,
        Act,
        ActorKind,
        AgreementStatus,
        EventKind,
        EventStatus,
        Mode,
        PlaceKind,
        Placement,
        PlacePrecision,
        Polarity,
        PositionValue,
        Predicate,
        Qualifier,
        RelationBasis,
        RelationMode,
    )

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
    "PLACEMENTS",
    "PLACE_KINDS",
    "PLACE_PRECISIONS",
    "POLARITIES",
    "POSITION_VALUES",
    "PRECISIONS",
    "PREDICATES",
    "QUALIFIERS",
    "RECORD_KINDS",
    "RELATION_BASES",
    "RELATION_MODES",
    "SYMMETRIC_PREDICATES",
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
    "Location",
    "Mode",
    "Place",
    "PlaceKind",
    "PlacePrecision",
    "PlaceSet",
    "Placement",
    "Point",
    "Polarity",
    "Position",
    "PositionChange",
    "PositionHistory",
    "PositionMatrix",
    "PositionPair",
    "PositionValue",
    "Precision",
    "Predicate",
    "Problem",
    "Qualifier",
    "Record",
    "RecordKind",
    "Relation",
    "RelationBasis",
    "RelationGraph",
    "RelationMode",
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
    "UnknownPlaceError",
    "UnknownRecordError",
    "annotate",
    "cited_spans",
    "compare",
    "diagnose_source",
    "dump",
    "excerpts",
    "export",
    "find",
    "from_dict",
    "gazetteer",
    "json_schema",
    "load",
    "normalize_name",
    "plot_figures",
    "position_history",
    "position_matrix",
    "positions",
    "read_source",
    "relation_graph",
    "table",
    "timeline",
    "to_dict",
    "write_starter",
]

_RENAMED = {"POSITIONS": "POSITION_VALUES"}
"""Public names of 0.1 that were renamed: the old name still works, with a warning."""


def __getattr__(name: str) -> Any:
    """Read each public name from its private module on first use (PEP 562).

    Importing ``idlib_brief`` itself is then nearly free; ``idlib_brief.load()`` imports
    what loading needs, ``idlib_brief.timeline`` what timelines need, and so on. Also
    gives ``__version__`` and the renamed names of 0.1.
    """
    module = MODULE_OF.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # the next look-up is a plain attribute
        return value
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
        return __getattr__(new)
    raise AttributeError(f"module 'idlib_brief' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, as ``dir()`` and tab completion show them."""
    return sorted({*globals(), *__all__})
