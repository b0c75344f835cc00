"""The registry of record kinds: one entry per kind, read by every "for each kind" table.

The loader (which file holds which class, which fields refer to which kind), the
`Brief` (its per-kind tuples, counts and id index), the timeline (which kinds are
dated, who a record is *by*, what it is called, how ties between kinds break) and the
command line all derive what they need from :data:`REGISTRY`, so adding a kind of record
is: a model class in ``_model.py``, one :class:`Kind` here, a typed field on
:class:`~idlib_brief.Brief`, and its rows in the data dictionary. A test checks each
derived table against this registry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal, cast, get_args

from attrs import frozen

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
from ._public import present_as_public
from ._vocabularies import AGREEMENT_STATUSES, EVENT_STATUSES

RecordKind = Literal[
    "source", "issue", "actor", "statement", "agreement", "figure", "event", "relation", "place"
]
"""The name of a kind of record, singular (``"event"``)."""

EntryKind = Literal["event", "statement", "agreement", "figure"]
"""The kind of a dated record, one that takes part in timelines."""


@frozen(kw_only=True)
class Reference:
    """A field of a record that holds the id (or ids) of other records.

    Attributes:
        field: The record's field (``"speaker"``, ``"stances"``).
        target: The kind of record the ids must belong to (``"actor"``).
        attr: For a tuple of nested objects, the attribute of each that holds the id
            (``"issue"`` of each stance); ``None`` where the field holds ids itself.
        self_message: What to say when a record refers to itself through this field;
            ``None`` where that cannot happen (the target is of another kind).
    """

    field: str
    target: RecordKind
    attr: str | None = None
    self_message: str | None = None

    def ids(self, record: Record) -> Iterator[tuple[str, str]]:
        """Yield ``(JSON path suffix, id)`` for each id this field of *record* holds."""
        value = getattr(record, self.field)
        if value is None:
            return
        if not isinstance(value, tuple):
            yield f".{self.field}", value
            return
        suffix = "" if self.attr is None else f".{self.attr}"
        for j, item in enumerate(value):
            yield (
                f".{self.field}[{j}]{suffix}",
                item if self.attr is None else getattr(item, self.attr),
            )


@frozen(kw_only=True)
class Kind:
    """One kind of record: its class, its file, its names and its references.

    Attributes:
        name: The singular name (``"event"``), as timelines and messages use it.
        plural: The plural name (``"events"``): the file's stem, the
            :class:`~idlib_brief.Brief` attribute and the key of ``Brief.counts()``.
        cls: The record class.
        article: The name with its article, for messages (``"an event"``).
        label: The field that says what a record is, for people (``"title"``).
        references: The fields that hold ids of other records.
        by: The fields holding the actors a record is *by* (a statement's speaker,
            an event's participants), whom the timeline's actor filter matches.
        rank: Where the kind's records stand among records of the same date on a
            timeline (lower first); ``None`` for kinds that have no date.
        statuses: The values of the kind's ``status`` field; empty where it has none.
    """

    name: RecordKind
    plural: str
    cls: type[Any]
    article: str
    label: str
    references: tuple[Reference, ...] = ()
    by: tuple[str, ...] = ()
    rank: int | None = None
    statuses: tuple[str, ...] = ()

    @property
    def file(self) -> str:
        """The file of a brief's folder that holds the kind's records."""
        return f"{self.plural}.json"

    @property
    def dated(self) -> bool:
        """Whether the kind's records have a ``when`` and take part in timelines."""
        return self.rank is not None

    def actors(self, record: Record) -> tuple[str, ...]:
        """The ids of the actors *record* is by, in field order (see :attr:`by`)."""
        found: list[str] = []
        for name in self.by:
            value = getattr(record, name)
            if isinstance(value, tuple):
                found.extend(value)
            elif value is not None:
                found.append(value)
        return tuple(found)

    def label_of(self, record: Record) -> str:
        """What *record* is, in our words: the value of its :attr:`label` field."""
        text: str = getattr(record, self.label)
        return text


def _actor(field: str, message: str | None = None) -> Reference:
    return Reference(field=field, target="actor", self_message=message)


_PLACES = Reference(field="places", target="place", attr="place")


REGISTRY: tuple[Kind, ...] = (
    Kind(name="source", plural="sources", cls=Source, article="a source", label="title"),
    Kind(name="issue", plural="issues", cls=Issue, article="an issue", label="title"),
    Kind(
        name="actor",
        plural="actors",
        cls=Actor,
        article="an actor",
        label="name",
        references=(_actor("affiliation", "an actor cannot be affiliated with itself"),),
    ),
    Kind(
        name="statement",
        plural="statements",
        cls=Statement,
        article="a statement",
        label="summary",
        references=(
            _actor("speaker"),
            Reference(field="stances", target="issue", attr="issue"),
            _actor("about"),
        ),
        by=("speaker",),
        rank=1,
    ),
    Kind(
        name="agreement",
        plural="agreements",
        cls=Agreement,
        article="an agreement",
        label="name",
        references=(_actor("parties"),),
        by=("parties",),
        rank=2,
        statuses=AGREEMENT_STATUSES,
    ),
    Kind(
        name="figure",
        plural="figures",
        cls=Figure,
        article="a figure",
        label="label",
        references=(
            _actor("attributed_to"),
            Reference(
                field="related",
                target="figure",
                self_message="a figure cannot be related to itself",
            ),
            _PLACES,
        ),
        by=("attributed_to",),
        rank=3,
    ),
    Kind(
        name="event",
        plural="events",
        cls=Event,
        article="an event",
        label="title",
        references=(_actor("participants"), _PLACES),
        by=("participants",),
        rank=0,
        statuses=EVENT_STATUSES,
    ),
    Kind(
        name="relation",
        plural="relations",
        cls=Relation,
        article="a relation",
        label="id",
        references=(
            _actor("subject"),
            _actor("object"),
            _actor("asserted_by"),
        ),
        by=("subject", "object"),
    ),
    Kind(
        name="place",
        plural="places",
        cls=Place,
        article="a place",
        label="name",
        references=(
            Reference(field="within", target="place", self_message="a place cannot lie in itself"),
        ),
    ),
)
"""Every kind of record, in the order a brief's files are read, counted and written."""

BY_NAME: Mapping[str, Kind] = MappingProxyType({kind.name: kind for kind in REGISTRY})
"""Each kind by its singular name."""

BY_CLASS: Mapping[type[Any], Kind] = MappingProxyType({kind.cls: kind for kind in REGISTRY})
"""Each kind by its record class."""

KINDS: tuple[str, ...] = tuple(kind.plural for kind in REGISTRY)
"""The plural names of the kinds of record (``"sources"``, …, ``"events"``), in the order
a brief's files are read, counted and written: the attributes of a
:class:`~idlib_brief.Brief` that hold them and the keys of
:meth:`Brief.counts() <idlib_brief.Brief.counts>`."""

RECORD_KINDS: tuple[RecordKind, ...] = tuple(kind.name for kind in REGISTRY)
"""Every :data:`RecordKind`, in the order of :data:`KINDS`."""

DATED: tuple[Kind, ...] = tuple(
    sorted((kind for kind in REGISTRY if kind.rank is not None), key=lambda k: k.rank or 0)
)
"""The kinds that take part in timelines, in the order that breaks ties of date."""

ENTRY_KINDS: tuple[EntryKind, ...] = cast("tuple[EntryKind, ...]", tuple(k.name for k in DATED))
"""Every :data:`EntryKind`, in the order that breaks ties between entries of one date:
events, statements, agreements, figures."""

ENTRY_STATUSES: tuple[str, ...] = tuple(status for kind in DATED for status in kind.statuses)
"""What a timeline's ``status`` filter takes: every event status, then every agreement
status."""

assert get_args(RecordKind) == RECORD_KINDS  # noqa: S101 - the Literal follows the registry
assert set(get_args(EntryKind)) == set(ENTRY_KINDS)  # noqa: S101 - likewise


def counted(counts: Mapping[str, int]) -> str:
    """``1 source, 12 issues, …``: numbers of records by kind, each with its kind's name.

    *counts* is keyed by plural name, as :meth:`Brief.counts` gives it.

    >>> counted({"sources": 1, "issues": 12, "places": 0})
    '1 source, 12 issues, 0 places'
    """
    singular = {kind.plural: kind.name for kind in REGISTRY}
    return ", ".join(
        f"{n} {singular[plural] if n == 1 else plural}" for plural, n in counts.items()
    )


def kind_of(record: object) -> Kind:
    """The :class:`Kind` of *record*.

    Raises:
        TypeError: *record* is not a record of a brief.
    """
    kind = BY_CLASS.get(type(record))
    if kind is None:
        names = ", ".join(k.cls.__name__ for k in REGISTRY)
        raise TypeError(f"expected a record ({names}), got {type(record).__name__}")
    return kind


DateOrder = tuple[dt.date, dt.date, str, int, str]
"""The key of :func:`date_order`."""


def date_order(record: DatedRecord) -> DateOrder:
    """The one order of dated records, used wherever records are sorted by date.

    By the date's :attr:`~idlib_brief.Date.sort_key` (earliest day, latest day, text),
    then the kind (events, statements, agreements, figures), then the id.

    Raises:
        ValueError: *record* has no date.
    """
    when = record.when
    if when is None:
        raise ValueError(f"record {record.id!r} has no date to order it by")
    earliest, latest, text = when.sort_key
    return (earliest, latest, text, BY_CLASS[type(record)].rank or 0, record.id)


present_as_public(globals())
