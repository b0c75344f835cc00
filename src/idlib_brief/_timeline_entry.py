"""A timeline's entry: one dated record with its date, kind and status."""

from __future__ import annotations

from typing import Any, TypeAlias

from attrs import field, frozen

from ._dates import Date
from ._kinds import BY_CLASS, DateOrder, EntryKind, date_order
from ._model import DatedRecord
from ._public import present_as_public
from ._vocabularies import AgreementStatus, EventStatus

EntryStatus: TypeAlias = EventStatus | AgreementStatus
"""The status an entry carries: an event's or an agreement's."""


def _record_validator(_instance: object, _attribute: object, value: Any) -> None:
    kind = BY_CLASS.get(type(value))
    if kind is None or not kind.dated:
        kinds = "an Event, Statement, Agreement or Figure"
        raise TypeError(f"'record' must be {kinds} (got {value!r})")
    if getattr(value, "when", None) is None:
        raise ValueError(f"record {getattr(value, 'id', value)!r} has no date and cannot be placed")


def default_status(record: DatedRecord) -> EntryStatus | None:
    """A dated record's own status, ``None`` for kinds that have none."""
    status: EntryStatus | None = getattr(record, "status", None)
    return status


@frozen(kw_only=True, repr=False)
class TimelineEntry:
    """One dated record on a timeline: its date, the record, its kind and status.

    Build one from a dated record; ``when`` and ``kind`` follow from it, and ``status``
    is the record's own unless given (:meth:`Timeline.as_of` gives the status an event
    had on a day).

    Attributes:
        record: The :class:`~idlib_brief.Event`, :class:`~idlib_brief.Statement`,
            :class:`~idlib_brief.Agreement` or :class:`~idlib_brief.Figure`.
        status: An event's status (from :data:`~idlib_brief.EVENT_STATUSES`) or an
            agreement's (from :data:`~idlib_brief.AGREEMENT_STATUSES`); ``None`` for
            statements and figures.
        when: The record's date.
        kind: ``"event"``, ``"statement"``, ``"agreement"`` or ``"figure"``.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> entry = TimelineEntry(record=brief["moscow-meeting-2020-03-05"])
    >>> entry
    <TimelineEntry 2020-03-05 event moscow-meeting-2020-03-05 [planned]>
    >>> entry.when, entry.kind, entry.status
    (Date(text='2020-03-05'), 'event', 'planned')
    >>> entry.actors
    ('erdogan', 'putin')

    Raises:
        TypeError: *record* is not a dated kind of record.
        ValueError: *record* has no date, or *status* is not one its kind can have.

    .. versionadded:: 0.1.0
    """

    record: DatedRecord = field(validator=_record_validator)
    status: EntryStatus | None = field()
    when: Date = field(init=False, eq=False)
    kind: EntryKind = field(init=False, eq=False)

    @status.default
    def _status_default(self) -> EntryStatus | None:
        return default_status(self.record)

    @status.validator
    def _status_fits(self, _attribute: object, value: object) -> None:
        record = self.record
        kind = BY_CLASS[type(record)]
        allowed = kind.statuses
        if (value is None and not allowed) or value in allowed:
            return
        raise ValueError(
            f"'status' of {kind.name} {record.id!r} must be one of "
            f"{allowed or (None,)!r} (got {value!r})"
        )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "when", self.record.when)
        object.__setattr__(self, "kind", BY_CLASS[type(self.record)].name)

    @classmethod
    def _of(cls, record: DatedRecord, kind: EntryKind) -> TimelineEntry:
        """The entry of a dated *record* of *kind*, with its own status, unvalidated.

        For building a brief's timeline, where every record is known to be dated and of
        that kind; the validators would check just that, once per record.
        """
        entry = object.__new__(cls)
        object.__setattr__(entry, "record", record)
        object.__setattr__(entry, "status", getattr(record, "status", None))
        object.__setattr__(entry, "when", record.when)
        object.__setattr__(entry, "kind", kind)
        return entry

    def __repr__(self) -> str:
        status = f" [{self.status}]" if self.status else ""
        return f"<TimelineEntry {self.when} {self.kind} {self.id}{status}>"

    @property
    def id(self) -> str:
        """The record's id."""
        return self.record.id

    @property
    def label(self) -> str:
        """What the record is, in our words.

        An event's ``title``, a statement's ``summary``, an agreement's ``name`` or a
        figure's ``label``.
        """
        return BY_CLASS[type(self.record)].label_of(self.record)

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the actors the record is *by*, whom the ``actors`` filter matches.

        A statement's ``speaker``, an event's ``participants``, an agreement's
        ``parties``, a figure's ``attributed_to``.

        The actors a statement is merely ``about`` are not among them.
        """
        return BY_CLASS[type(self.record)].actors(self.record)

    @property
    def sort_key(self) -> DateOrder:
        """The key that entries order by, ``(earliest, latest, date text, kind rank, id)``.

        It is the one order of dated records of the library (:attr:`Brief.dated
        <idlib_brief.Brief.dated>` uses it too).

        >>> import idlib_brief
        >>> brief = idlib_brief.load()
        >>> TimelineEntry(record=brief["moscow-meeting-2020-03-05"]).sort_key
        (datetime.date(2020, 3, 5), datetime.date(2020, 3, 5), '2020-03-05', 0,
         'moscow-meeting-2020-03-05')
        """
        return date_order(self.record)


def entry_key(entry: TimelineEntry) -> DateOrder:
    """The key entries are sorted by: :attr:`TimelineEntry.sort_key`."""
    return date_order(entry.record)


present_as_public(globals())
