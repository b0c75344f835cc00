"""The one table of public names: which private module defines each, and how it shows.

``idlib_brief`` imports nothing when it is imported: each public name is read from its
private module on first use (``idlib_brief.__getattr__``, PEP 562), with this table.
Each of those modules ends with :func:`present_as_public`, so that its public classes and
functions present themselves as ``idlib_brief.X`` (in reprs, tracebacks, pickles and the
docs, as trio's ``fixup_module_metadata`` does) from the moment the module is imported,
whoever imports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

PUBLIC: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "_annotate": ("annotate",),
        "_api": (
            "compare",
            "dump",
            "find",
            "gazetteer",
            "load",
            "position_history",
            "position_matrix",
            "positions",
            "read_source",
            "relation_graph",
            "timeline",
        ),
        "_brief": ("Brief",),
        "_dates": (
            "PRECISIONS",
            "Date",
            "DateLike",
            "Precision",
        ),
        "_display": (
            "Table",
            "table",
        ),
        "_errors": (
            "BriefDataError",
            "BriefError",
            "EDTFError",
            "Problem",
            "SourceMismatchError",
            "TimelineError",
            "UnknownActorError",
            "UnknownIssueError",
            "UnknownPlaceError",
            "UnknownRecordError",
        ),
        "_evidence": (
            "Excerpt",
            "cited_spans",
            "diagnose_source",
            "excerpts",
        ),
        "_export": ("export",),
        "_kinds": (
            "ENTRY_KINDS",
            "ENTRY_STATUSES",
            "KINDS",
            "RECORD_KINDS",
            "EntryKind",
            "RecordKind",
        ),
        "_model": (
            "Actor",
            "Agreement",
            "DatedRecord",
            "Event",
            "Figure",
            "Issue",
            "Place",
            "Record",
            "Relation",
            "Source",
            "Statement",
        ),
        "_names": ("normalize_name",),
        "_parts": (
            "Citation",
            "Dating",
            "Location",
            "Point",
            "Stance",
            "StatusChange",
        ),
        "_places": ("PlaceSet",),
        "_plain": (
            "from_dict",
            "to_dict",
        ),
        "_plot": ("plot_figures",),
        "_position_results": (
            "ANALYST_KINDS",
            "BASES",
            "DERIVED_POSITIONS",
            "Basis",
            "Comparison",
            "DerivedPosition",
            "Position",
            "PositionChange",
            "PositionHistory",
            "PositionMatrix",
            "PositionPair",
        ),
        "_relations": ("RelationGraph",),
        "_schema": ("json_schema",),
        "_starter": ("write_starter",),
        "_timeline": (
            "Timeline",
            "TimelineEntry",
        ),
        "_timeline_entry": ("EntryStatus",),
        "_vocabularies": (
            "ACTOR_KINDS",
            "ACTS",
            "AGREEMENT_STATUSES",
            "EVENT_KINDS",
            "EVENT_STATUSES",
            "MODES",
            "PLACEMENTS",
            "PLACE_KINDS",
            "PLACE_PRECISIONS",
            "POLARITIES",
            "POSITION_VALUES",
            "PREDICATES",
            "QUALIFIERS",
            "RELATION_BASES",
            "RELATION_MODES",
            "SYMMETRIC_PREDICATES",
            "Act",
            "ActorKind",
            "AgreementStatus",
            "EventKind",
            "EventStatus",
            "Mode",
            "PlaceKind",
            "PlacePrecision",
            "Placement",
            "Polarity",
            "PositionValue",
            "Predicate",
            "Qualifier",
            "RelationBasis",
            "RelationMode",
        ),
    }
)

MODULE_OF: Mapping[str, str] = MappingProxyType(
    {name: module for module, names in PUBLIC.items() for name in names}
)
"""The private module that defines each public name."""


def present_as_public(namespace: dict[str, Any]) -> None:
    """Make a private module's public classes and functions present as ``idlib_brief.X``.

    Call it last in the module, with ``globals()``. Methods follow their class, so
    doctests and tools find them in one place.
    """
    module = namespace["__name__"].rpartition(".")[2]
    seen: set[int] = set()

    def fix(obj: Any) -> None:
        if id(obj) in seen or not getattr(obj, "__module__", "").startswith("idlib_brief._"):
            return
        seen.add(id(obj))
        obj.__module__ = "idlib_brief"
        if isinstance(obj, type):
            for member in vars(obj).values():
                inner = member.fget if isinstance(member, property) else member
                fix(getattr(inner, "__func__", inner))

    for name in PUBLIC.get(module, ()):
        fix(namespace[name])
