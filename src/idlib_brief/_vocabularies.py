"""The vocabularies of a brief's records: each a `Literal` type and the tuple of its values.

One naming rule for all: the type in CamelCase (``ActorKind``), its values in a tuple
named in capitals and the plural (``ACTOR_KINDS``), in the order the data dictionary
lists them.
"""

from __future__ import annotations

from typing import Literal, get_args

from ._public import present_as_public

ActorKind = Literal[
    "person",
    "state",
    "government-body",
    "international-organisation",
    "armed-force",
    "armed-group",
    "civilian-group",
    "expert-group",
    "media-outlet",
    "think-tank",
]
"""What kind of actor a record describes."""

Mode = Literal["direct", "indirect"]
"""Whether a statement gives the speaker's own quoted words or reports them."""

Act = Literal[
    "says",
    "announces",
    "hopes",
    "demands",
    "urges",
    "accuses",
    "criticizes",
    "pledges",
    "regrets",
    "warns",
    "predicts",
    "assesses",
    "believes",
    "reports",
    "estimates",
    "writes",
]
"""What a speaker did with a statement."""

PositionValue = Literal["for", "against", "neutral"]
"""A stance's position on an issue."""

EventStatus = Literal["occurred", "ongoing", "planned", "expected", "in-doubt", "cancelled"]
"""Where an event stands, as the source tells it."""

EventKind = Literal[
    "meeting",
    "summit",
    "phone-call",
    "talks",
    "military-offensive",
    "attack",
    "bombing",
    "shoot-down",
    "casualties",
    "displacement",
    "humanitarian-crisis",
    "border-closure",
    "sanctions",
    "diplomatic-shift",
    "other",
]
"""What kind of thing an event is."""

AgreementStatus = Literal[
    "proposed",
    "in-force",
    "partially-implemented",
    "implemented",
    "breached",
    "lapsed",
]
"""How far an agreement was implemented, as the source tells it."""

Qualifier = Literal[
    "exact", "almost", "about", "around", "more-than", "at-least", "up-to", "several"
]
"""How the source qualifies a number (``"almost 1 million"``: ``"almost"``)."""

Predicate = Literal["member-of", "part-of", "speaks-for", "leads", "allied-with", "friends-with",
                    "backs", "opposes", "fights", "negotiates-with", "mediates"]  # fmt: skip
"""How a relation's subject stands to its object (``"backs"``)."""

RelationMode = Literal["military", "air", "political", "financial", "unspecified"]
"""By what means a relation holds, where the text says (``"air"`` for air support)."""

Polarity = Literal["asserted", "denied"]
"""Whether the relation is said to hold or said not to hold."""

RelationBasis = Literal["stated", "inferred"]
"""Whether the text states a relation or it is our inference (explained in ``note``)."""

PlaceKind = Literal["country", "province", "city", "town", "camp", "road", "border", "region"]
"""What kind of place a record describes."""

PlacePrecision = Literal["exact", "near", "province", "region", "country", "unknown"]
"""How precisely a place's ``point`` locates it."""

Placement = Literal["at", "in", "near", "towards"]
"""How the text puts a record at a place: at it, in it, near it, or heading towards it."""

ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
MODES: tuple[Mode, ...] = get_args(Mode)
ACTS: tuple[Act, ...] = get_args(Act)
POSITION_VALUES: tuple[PositionValue, ...] = get_args(PositionValue)
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
AGREEMENT_STATUSES: tuple[AgreementStatus, ...] = get_args(AgreementStatus)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
PREDICATES: tuple[Predicate, ...] = get_args(Predicate)
SYMMETRIC_PREDICATES: tuple[Predicate, ...] = ("allied-with", "friends-with", "negotiates-with")
RELATION_MODES: tuple[RelationMode, ...] = get_args(RelationMode)
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)
RELATION_BASES: tuple[RelationBasis, ...] = get_args(RelationBasis)
PLACE_KINDS: tuple[PlaceKind, ...] = get_args(PlaceKind)
PLACE_PRECISIONS: tuple[PlacePrecision, ...] = get_args(PlacePrecision)
PLACEMENTS: tuple[Placement, ...] = get_args(Placement)

present_as_public(globals())
