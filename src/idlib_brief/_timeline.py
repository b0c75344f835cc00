"""Timelines: a brief's dated records in one total, documented order, with range queries.

A :class:`Timeline` holds a :class:`TimelineEntry` for every dated event, statement,
agreement and figure of a brief (undated records take no part; the timeline lists them
in :attr:`Timeline.undated`). Its entries are always in this order:

1. the date's ``earliest`` day;
2. then its ``latest`` day, so a shorter span comes before a longer one that starts
   on the same day;
3. then the date's text (``"2020-03-05"`` before ``"2020-03-05?"`` and
   ``"2020-03-05~"``), which completes :class:`~idlib_brief.Date`'s own order;
4. then the kind, in :data:`ENTRY_KINDS` order (event, statement, agreement, figure);
5. then the record's id, unique in a valid brief.

Nothing in the key depends on the order the records were given in. A month or a year
therefore sits at its first day, after whatever lies on that first day alone and before
every later day: ``2020-03-01``, ``2020-03``, ``2020-03-02``, … ``2020-03-31``. Read
such an entry as "some time in March", not as "on 1 March".

Range queries bisect sorted bounds instead of reading every entry; see
:meth:`Timeline.between` for what they cost.
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args, overload

from attrs import field, frozen

from ._dates import Date, DateLike
from ._errors import BriefError
from ._model import (
    AGREEMENT_STATUSES,
    EVENT_STATUSES,
    Agreement,
    AgreementStatus,
    DatedRecord,
    Event,
    EventStatus,
    Figure,
    Statement,
)
from ._render import markdown_table, text_table

if TYPE_CHECKING:
    from ._brief import Brief

EntryKind = Literal["event", "statement", "agreement", "figure"]
"""The kind of a timeline entry's record."""

ENTRY_KINDS: tuple[EntryKind, ...] = get_args(EntryKind)
"""Every entry kind, in the order that breaks ties between entries of the same date."""

EntryStatus: TypeAlias = EventStatus | AgreementStatus
"""The status an entry carries: an event's or an agreement's."""

ENTRY_STATUSES: tuple[str, ...] = (*EVENT_STATUSES, *AGREEMENT_STATUSES)
"""What the ``status`` filter takes: every event status, then every agreement status."""

_KIND_OF: dict[type[Any], EntryKind] = {
    Event: "event",
    Statement: "statement",
    Agreement: "agreement",
    Figure: "figure",
}
_RANK: dict[str, int] = {kind: rank for rank, kind in enumerate(ENTRY_KINDS)}
_MIN = dt.date.min.toordinal()
_MAX = dt.date.max.toordinal()

_Names: TypeAlias = str | Iterable[str]
"""One value, or several: a single string counts as one value, never as its letters."""


class TimelineError(BriefError, ValueError):
    """A timeline was asked for with a value it cannot take.

    Raised for an unknown kind or status in a filter, and for a range that ends before
    it starts.

    Attributes:
        option: The argument that was given the value (``"kinds"``, ``"status"``, …).
        value: The value that was given.
        allowed: The values that argument takes, where there is a fixed list.

    >>> import idlib_brief
    >>> idlib_brief.timeline(kinds=["speech"])
    Traceback (most recent call last):
    ...
    idlib_brief._timeline.TimelineError: 'kinds' must be one of ('event', ...) (got 'speech')

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, option: str, value: object, allowed: Iterable[str] = (), reason: str = ""
    ) -> None:
        self.option = option
        self.value = value
        self.allowed: tuple[str, ...] = tuple(allowed)
        if not reason:
            reason = f"must be one of {self.allowed!r}"
        super().__init__(f"{option!r} {reason} (got {value!r})")


def _record_validator(_instance: object, _attribute: object, value: Any) -> None:
    if type(value) not in _KIND_OF:
        kinds = "an Event, Statement, Agreement or Figure"
        raise TypeError(f"'record' must be {kinds} (got {value!r})")
    if getattr(value, "when", None) is None:
        raise ValueError(f"record {getattr(value, 'id', value)!r} has no date and cannot be placed")


def _default_status(record: DatedRecord) -> EntryStatus | None:
    return record.status if isinstance(record, (Event, Agreement)) else None


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
        return _default_status(self.record)

    @status.validator
    def _status_fits(self, _attribute: object, value: object) -> None:
        record = self.record
        allowed: tuple[str, ...] = ()
        if isinstance(record, Event):
            allowed = EVENT_STATUSES
        elif isinstance(record, Agreement):
            allowed = AGREEMENT_STATUSES
        if (value is None and not allowed) or value in allowed:
            return
        raise ValueError(
            f"'status' of {_KIND_OF[type(record)]} {record.id!r} must be one of "
            f"{allowed or (None,)!r} (got {value!r})"
        )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "when", self.record.when)
        object.__setattr__(self, "kind", _KIND_OF[type(self.record)])

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
        record = self.record
        if isinstance(record, Event):
            return record.title
        if isinstance(record, Statement):
            return record.summary
        if isinstance(record, Agreement):
            return record.name
        return record.label

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the actors the record is *by*, whom the ``actors`` filter matches.

        A statement's ``speaker``, an event's ``participants``, an agreement's
        ``parties``, a figure's ``attributed_to``.

        The actors a statement is merely ``about`` are not among them.
        """
        return _actors_of(self.record)

    @property
    def sort_key(self) -> tuple[dt.date, dt.date, str, int, str]:
        """The key that entries order by, ``(earliest, latest, date text, kind rank, id)``.

        >>> import idlib_brief
        >>> brief = idlib_brief.load()
        >>> TimelineEntry(record=brief["moscow-meeting-2020-03-05"]).sort_key
        (datetime.date(2020, 3, 5), datetime.date(2020, 3, 5), '2020-03-05', 0,
         'moscow-meeting-2020-03-05')
        """
        when = self.when
        return (when.earliest, when.latest, when.text, _RANK[self.kind], self.record.id)


def _actors_of(record: DatedRecord) -> tuple[str, ...]:
    if isinstance(record, Statement):
        return (record.speaker,)
    if isinstance(record, Event):
        return record.participants
    if isinstance(record, Agreement):
        return record.parties
    return () if record.attributed_to is None else (record.attributed_to,)


def _entry_key(entry: TimelineEntry) -> tuple[dt.date, dt.date, str, int, str]:
    return entry.sort_key


def _values(value: _Names, option: str) -> tuple[str, ...]:
    """*value* as a tuple of strings: one string is one value, not its letters."""
    values = (value,) if isinstance(value, str) else tuple(value)
    for item in values:
        if not isinstance(item, str):
            raise TimelineError(option, item, reason="takes strings only")
    return values


# -- range index ------------------------------------------------------------------------


class _DurationClass:
    """Entries whose dates last about as long, with their bounds as sorted ordinals.

    Within a class every date lasts between ``shortest`` and ``longest`` days, so an
    entry that overlaps ``[lo, hi]`` starts in ``[lo - longest, hi]``, and one that
    lies within ``[lo, hi]`` starts in ``[lo, hi - shortest]``: two bisections bound
    the candidates, and only those near the edge need their other bound checked.
    """

    __slots__ = ("ends", "longest", "positions", "shortest", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.positions: list[int] = []
        self.shortest = _MAX
        self.longest = 0

    def add(self, start: int, end: int, position: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.positions.append(position)
        self.shortest = min(self.shortest, end - start)
        self.longest = max(self.longest, end - start)

    def overlapping(self, lo: int, hi: int, out: list[int]) -> None:
        starts, ends, positions = self.starts, self.ends, self.positions
        first = bisect.bisect_left(starts, lo - self.longest)
        stop = bisect.bisect_right(starts, hi)
        sure = bisect.bisect_left(starts, lo, first, stop)  # starts in [lo, hi]: overlap
        out.extend(positions[j] for j in range(first, sure) if ends[j] >= lo)
        out.extend(positions[sure:stop])

    def within(self, lo: int, hi: int, out: list[int]) -> None:
        starts, ends, positions = self.starts, self.ends, self.positions
        first = bisect.bisect_left(starts, lo)
        stop = bisect.bisect_right(starts, hi - self.shortest, first)
        sure = bisect.bisect_right(starts, hi - self.longest, first, stop)  # ends <= hi
        out.extend(positions[first:sure])
        out.extend(positions[j] for j in range(sure, stop) if ends[j] <= hi)


class _RangeIndex:
    """The sorted bounds a :class:`Timeline` bisects for range queries.

    Entries are grouped into classes by how many days their dates span (by the bit
    length of that number: 0, 1, 2–3, 4–7, … days, at most 23 classes). Entries with
    an open start (``earliest`` is :data:`datetime.date.min`) form one more group,
    sorted by ``latest`` instead, since their starts say nothing.
    """

    __slots__ = ("_classes", "_open_ends", "_open_positions")

    def __init__(self, entries: Sequence[TimelineEntry]) -> None:
        classes: dict[int, _DurationClass] = {}
        open_start: list[tuple[int, int]] = []
        for position, entry in enumerate(entries):
            start = entry.when.earliest.toordinal()
            end = entry.when.latest.toordinal()
            if start == _MIN:
                open_start.append((end, position))
                continue
            group = classes.get((end - start).bit_length())
            if group is None:
                group = classes[(end - start).bit_length()] = _DurationClass()
            group.add(start, end, position)
        open_start.sort()
        self._classes = tuple(classes.values())
        self._open_ends = [end for end, _ in open_start]
        self._open_positions = [position for _, position in open_start]

    def query(self, lo: int, hi: int, *, within: bool) -> list[int]:
        """The positions of the entries that overlap (or lie within) ``[lo, hi]``, sorted."""
        out: list[int] = []
        for group in self._classes:
            if within:
                group.within(lo, hi, out)
            else:
                group.overlapping(lo, hi, out)
        ends, positions = self._open_ends, self._open_positions
        if not within:  # an open start overlaps any range that starts by its end
            out.extend(positions[bisect.bisect_left(ends, lo) :])
        elif lo == _MIN:  # only a range with an open start can hold an open start
            out.extend(positions[: bisect.bisect_right(ends, hi)])
        out.sort()
        return out


# -- filters ----------------------------------------------------------------------------


def _with_members(brief: Brief, actor_ids: Iterable[str]) -> set[str]:
    """The actors and, transitively, every actor affiliated with them."""
    found = set(actor_ids)
    todo = list(found)
    while todo:
        for member in brief.members(todo.pop()):
            if member.id not in found:
                found.add(member.id)
                todo.append(member.id)
    return found


_Test: TypeAlias = Callable[[DatedRecord, str, EntryStatus | None], bool]


def _make_filter(
    brief: Brief | None,
    *,
    actors: _Names,
    kinds: _Names,
    issues: _Names,
    status: _Names,
    include_members: bool,
) -> _Test | None:
    """Check the filters' values and return a test of ``(record, kind, status)``.

    Returns ``None`` where no filter is given. Raises before any work is done.
    """
    kind_set = set(_values(kinds, "kinds"))
    for kind in kind_set:
        if kind not in ENTRY_KINDS:
            raise TimelineError("kinds", kind, ENTRY_KINDS)
    status_set = set(_values(status, "status"))
    for value in status_set:
        if value not in ENTRY_STATUSES:
            raise TimelineError("status", value, ENTRY_STATUSES)
    issue_names = _values(issues, "issues")
    issue_set = {brief.issue(n).id for n in issue_names} if brief else set(issue_names)
    actor_names = _values(actors, "actors")
    if brief is None:
        if include_members:
            raise TimelineError(
                "include_members", include_members, reason="needs a timeline built from a brief"
            )
        actor_set = set(actor_names)
    else:
        actor_set = {brief.actor(name).id for name in actor_names}
        if include_members:
            actor_set = _with_members(brief, actor_set)
    if not (kind_set or status_set or issue_names or actor_names):
        return None

    def test(record: DatedRecord, kind: str, entry_status: EntryStatus | None) -> bool:
        if kind_set and kind not in kind_set:
            return False
        if status_set and entry_status not in status_set:
            return False
        if issue_names and not (
            isinstance(record, Statement) and any(s.issue in issue_set for s in record.stances)
        ):
            return False
        return not actor_names or not actor_set.isdisjoint(_actors_of(record))

    return test


# -- as of a day --------------------------------------------------------------------------


def _published(brief: Brief | None) -> dict[str, dt.date]:
    """The last day each source of *brief* may have been published on, where known."""
    if brief is None:
        return {}
    return {s.id: s.published.latest for s in brief.sources if s.published is not None}


def _event_status_as_of(
    event: Event, cutoff: dt.date, published: dict[str, dt.date]
) -> EventStatus | None:
    """The status the brief gives *event* on *cutoff*, or ``None`` if it says none."""
    changes = sorted(
        ((c.since.latest, i, c.status) for i, c in enumerate(event.history) if c.since is not None),
    )
    anchors = [published[c.source] for c in event.citations if c.source in published]
    anchors += [day for day, _, _ in changes]
    if anchors and max(anchors) <= cutoff:  # the status the source gives holds by then
        return event.status
    earlier = [status for day, _, status in changes if day <= cutoff]
    if earlier:
        return earlier[-1]
    if event.when is not None and _begun_by(event.when) <= cutoff:
        return event.status
    return None


def _begun_by(when: Date) -> dt.date:
    """The first day by which *when* has certainly begun: its start's last day.

    An interval's start is its first part (``2019-12`` in ``2019-12/..``: by 31
    December); an open or unknown start is sure only by the interval's last day.
    """
    start = when.start
    return when.latest if start is None else start.latest


# -- the timeline -------------------------------------------------------------------------


def _sorted_entries(entries: Iterable[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    return tuple(sorted(entries, key=_entry_key))


@frozen(init=False, repr=False)
class Timeline(Sequence[TimelineEntry]):
    """A brief's dated records in time order: an immutable sequence of entries.

    Get one from :meth:`Brief.timeline <idlib_brief.Brief.timeline>` or
    :func:`idlib_brief.timeline`; the constructor sorts whatever entries it is given.
    The order is the module's (earliest day, latest day, date text, kind, id), which
    never depends on the order the entries came in. Indexing gives an entry; slicing
    gives a :class:`Timeline` (in time order, so a negative step is refused).

    ``str(timeline)`` is a plain-text table; :meth:`to_markdown` gives Markdown and
    :meth:`plot` a picture.

    Attributes:
        entries: The entries, in time order.
        undated: The records that passed the timeline's filters other than dates but
            have no date, so no place on it; by kind (events, statements, agreements,
            figures), then id. Only :meth:`filter` changes it.
        brief: The brief the timeline was built from, which resolves actor names and
            issue titles in :meth:`filter`; ``None`` for a timeline built by hand.

    >>> import idlib_brief
    >>> timeline = idlib_brief.load().timeline("2020-03-04", "2020-03-05", within=True)
    >>> timeline
    <Timeline: 4 entries, 2020-03-04 to 2020-03-05, 49 undated>
    >>> print(timeline[2:].to_text(what_width=30))
    when        kind   status    id                         what
    ----------  -----  --------  -------------------------  ------------------------------
    2020-03-05  event  in-doubt  four-way-summit-istanbul   Four-way summit on Idlib in I…
    2020-03-05  event  planned   moscow-meeting-2020-03-05  Putin and Erdogan meet in Mos…
    >>> [entry.kind for entry in timeline]
    ['statement', 'statement', 'event', 'event']

    .. versionadded:: 0.1.0
    """

    entries: tuple[TimelineEntry, ...]
    undated: tuple[DatedRecord, ...]
    brief: Brief | None = field(eq=False)
    _index: _RangeIndex | None = field(eq=False)

    def __init__(
        self,
        entries: Iterable[TimelineEntry] = (),
        undated: Iterable[DatedRecord] = (),
        *,
        brief: Brief | None = None,
    ) -> None:
        entries = tuple(entries)
        for entry in entries:
            if not isinstance(entry, TimelineEntry):
                raise TypeError(f"a Timeline holds TimelineEntry objects (got {entry!r})")
        entries = _sorted_entries(entries)
        undated = tuple(undated)
        for record in undated:
            if type(record) not in _KIND_OF:
                raise TypeError(f"'undated' holds events, statements, agreements and figures "
                                f"(got {record!r})")
        undated = tuple(sorted(undated, key=lambda r: (_RANK[_KIND_OF[type(r)]], r.id)))
        self.__attrs_init__(entries, undated, brief, None)

    @classmethod
    def _trusted(
        cls,
        entries: tuple[TimelineEntry, ...],
        undated: tuple[DatedRecord, ...],
        brief: Brief | None,
        index: _RangeIndex | None = None,
    ) -> Timeline:
        """A timeline of entries already in order, without sorting them again."""
        timeline = cls.__new__(cls)
        timeline.__attrs_init__(entries, undated, brief, index)
        return timeline

    # -- the sequence --------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[TimelineEntry]:
        return iter(self.entries)

    def __contains__(self, value: object) -> bool:
        return value in self.entries

    @overload
    def __getitem__(self, index: int) -> TimelineEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Timeline: ...
    def __getitem__(self, index: int | slice) -> TimelineEntry | Timeline:
        """Return the entry at *index*, or the :class:`Timeline` of a slice.

        Raises:
            TimelineError: The slice's step is negative: a timeline keeps time order
                (``reversed(timeline)`` iterates backwards).
        """
        if isinstance(index, slice):
            if index.step is not None and index.step < 0:
                raise TimelineError(
                    "index", index, reason="must not step backwards: a timeline keeps time order"
                )
            return Timeline._trusted(self.entries[index], self.undated, self.brief)
        return self.entries[index]

    def __repr__(self) -> str:
        if not self.entries:
            span = "no entries"
        else:
            span = f"{len(self.entries)} entries, {self.entries[0].when} to {self.entries[-1].when}"
        undated = f", {len(self.undated)} undated" if self.undated else ""
        return f"<Timeline: {span}{undated}>"

    # -- queries -------------------------------------------------------------------------

    def _range_index(self) -> _RangeIndex:
        index = self._index
        if index is None:
            index = _RangeIndex(self.entries)
            object.__setattr__(self, "_index", index)
        return index

    def between(
        self, start: DateLike | None = None, end: DateLike | None = None, *, within: bool = False
    ) -> Timeline:
        """Return the entries in the range from *start* to *end*, both days included.

        The range runs from *start*'s first day to *end*'s last (``"2020-02"`` to
        ``"2020-03"`` is 1 February to 31 March); ``None`` leaves that side open. By
        default an entry is kept if its date *may* fall in the range
        (:meth:`Date.overlaps <idlib_brief.Date.overlaps>`); with ``within=True``
        only if it *certainly* does (:meth:`Date.within <idlib_brief.Date.within>`),
        so an entry with an open end is kept only by a range with an open end.

        The first query builds an index of the entries' sorted bounds in O(n log n);
        every query then bisects it. Entries are grouped by how long their dates last,
        so a query reads only the entries it returns, plus, per group, those lying
        across one day near the range's edge that turn out to miss it: O(log n + k)
        for k results where few dates lie across any one day, O(n) only where nearly
        all do (``benchmarks/timeline_range.py`` measures it).

        Args:
            start: A :class:`~idlib_brief.Date`, EDTF text or :class:`datetime.date`;
                the range starts on its earliest day.
            end: Likewise; the range ends on its latest day.
            within: Keep only entries that lie certainly inside the range.

        Returns:
            The entries in range, in time order, with the same ``undated``.

        Raises:
            EDTFError: *start* or *end* is text that is not EDTF.
            TimelineError: The range ends before it starts.

        >>> import idlib_brief
        >>> timeline = idlib_brief.timeline()
        >>> [e.id for e in timeline.between("2020-03-05")]  # it may end on 5 March or later
        ['displacement-since-december', 'escalation-in-idlib', 'four-way-summit-istanbul',
         'moscow-meeting-2020-03-05']
        >>> [e.id for e in timeline.between("2020-03-05", within=True)]
        ['four-way-summit-istanbul', 'moscow-meeting-2020-03-05']
        >>> [str(e.when) for e in timeline.between(end="2015")]
        ['../2019-12~', '2015', '2015~', '2015/2016']
        """
        lo = Date.coerce(start).earliest if start is not None else dt.date.min
        hi = Date.coerce(end).latest if end is not None else dt.date.max
        if lo > hi:
            raise TimelineError(
                "end", str(end), reason=f"must not end before the range's start ({lo.isoformat()})"
            )
        if start is None and end is None:
            return self
        positions = self._range_index().query(lo.toordinal(), hi.toordinal(), within=within)
        entries = self.entries
        return Timeline._trusted(tuple(entries[p] for p in positions), self.undated, self.brief)

    def filter(
        self,
        *,
        actors: str | Iterable[str] = (),
        kinds: str | Iterable[str] = (),
        issues: str | Iterable[str] = (),
        status: str | Iterable[str] = (),
        include_members: bool = False,
    ) -> Timeline:
        """Return the entries that pass every filter given.

        :meth:`Brief.timeline <idlib_brief.Brief.timeline>` says what each filter
        matches.

        Each filter takes one value or several (any of them will do); an empty one
        filters nothing. Filters commute: their order makes no difference.

        Raises:
            UnknownActorError: No actor of the brief has that id, name or alias.
            UnknownIssueError: No issue of the brief has that id or title.
            TimelineError: An unknown kind or status, or ``include_members`` on a
                timeline that has no brief.

        >>> import idlib_brief
        >>> timeline = idlib_brief.timeline()
        >>> turkey = timeline.filter(actors="Ankara", kinds="statement", include_members=True)
        >>> [e.id for e in turkey]
        ['erdogan-hopes-for-ceasefire']
        >>> [r.id for r in turkey.undated]  # statements by Turkey or Erdogan, with no date
        ['erdogan-martial-rhetoric', 'turkey-criticizes-syrian-offensive',
         'turkey-demands-withdrawal', 'turkey-urges-russia-to-stay-back']
        """
        test = _make_filter(
            self.brief,
            actors=actors,
            kinds=kinds,
            issues=issues,
            status=status,
            include_members=include_members,
        )
        return self._kept(test)

    def _kept(self, test: _Test | None) -> Timeline:
        """The entries and undated records that pass *test*; ``None`` passes all."""
        if test is None:
            return self
        entries = tuple(e for e in self.entries if test(e.record, e.kind, e.status))
        undated = tuple(
            r for r in self.undated if test(r, _KIND_OF[type(r)], _default_status(r))
        )
        return Timeline._trusted(entries, undated, self.brief)

    def as_of(self, day: DateLike) -> Timeline:
        """Return what the brief says was known or planned by *day*.

        *day* counts to its last day (``"2020-03"`` is as of 31 March). Kept are:

        - statements certainly made on or before *day*, and agreements and figures
          whose dates lie certainly on or before it (``when.latest`` is not after it);
        - events with the status they had on *day*, worked out in this order:

          1. An event's ``status`` is what its source says when it was published, so
             it holds from the latest of the citing sources' ``published`` dates and
             the ``since`` dates of its ``history`` (from the last of those where no
             source gives a date).
          2. Before that, the last ``history`` change whose ``since`` lies certainly
             on or before *day* gives the status.
          3. An event with neither that has certainly begun by *day* (the start of
             its date lies on or before it: ``2019-12/..`` has begun by 31 December
             2019) has its ``status``; the brief does not say how far along it was.

          Otherwise the brief says nothing of the event by that day and it is left
          out: a plan the source first reports in March is not known in February.

        Entries keep their order; events carry the status of that day. Agreements keep
        their ``status``, since the brief records no history for them. ``undated`` is
        left as it is.

        >>> import idlib_brief
        >>> events = idlib_brief.timeline(kinds="event")
        >>> [(e.id, e.status) for e in events.as_of("2020-03-04").between("2020-03-05")]
        [('displacement-since-december', 'ongoing'), ('escalation-in-idlib', 'ongoing'),
         ('four-way-summit-istanbul', 'in-doubt'), ('moscow-meeting-2020-03-05', 'planned')]
        >>> [e.id for e in events.as_of("2020-02-25").between("2020-02-25")]
        ['displacement-since-december', 'in-person-meetings-2020', 'phone-calls-2020',
         'attacks-on-turkish-soldiers-end-february', 'escalation-in-idlib']
        >>> statements = idlib_brief.timeline(kinds="statement")
        >>> len(statements.as_of("2020-03-03")), len(statements.as_of("2020-03-04"))
        (0, 3)
        """
        cutoff = Date.coerce(day).latest
        published = _published(self.brief)
        kept: list[TimelineEntry] = []
        for entry in self.entries:
            record = entry.record
            if isinstance(record, Event):
                status = _event_status_as_of(record, cutoff, published)
                if status is not None:
                    same = status == entry.status
                    kept.append(entry if same else TimelineEntry(record=record, status=status))
            elif entry.when.latest <= cutoff:
                kept.append(entry)
        return Timeline._trusted(tuple(kept), self.undated, self.brief)

    # -- rendering -----------------------------------------------------------------------

    def _rows(self, what_width: int | None = None) -> list[list[str]]:
        return [
            [str(e.when), e.kind, e.status or "", e.id, _shorten(_what(e), what_width)]
            for e in self.entries
        ]

    _HEADERS = ("when", "kind", "status", "id", "what")

    def to_text(self, *, what_width: int | None = 60) -> str:
        """The timeline as a plain-text table (what ``str(timeline)`` gives).

        Columns: the date as EDTF text (``~`` approximate, ``?`` uncertain, ``..``
        open), the kind, the status (events and agreements), the id, and what it is.

        Args:
            what_width: Cut the "what" column to this many characters, ending with
                "…" where it cuts; ``None`` to keep it whole.
        """
        return text_table(self._HEADERS, self._rows(what_width))

    def __str__(self) -> str:
        return self.to_text()

    def to_markdown(self) -> str:
        """The timeline as a Markdown table, with the columns of :meth:`to_text`.

        >>> import idlib_brief
        >>> print(idlib_brief.timeline("2020-03-05", within=True).to_markdown())
        | when | kind | status | id | what |
        | --- | --- | --- | --- | --- |
        | 2020-03-05 | event | in-doubt | four-way-summit-istanbul | Four-way summit ... |
        | 2020-03-05 | event | planned | moscow-meeting-2020-03-05 | Putin and Erdogan meet ... |
        """
        return markdown_table(self._HEADERS, self._rows())

    def plot(
        self,
        *,
        title: str | None = None,
        breaks: bool = True,
        window: tuple[DateLike, DateLike] | None = None,
        credit: str | None = None,
    ) -> Any:
        """Draw the timeline: a row per entry, coloured by kind.

        A date of one day is a marker; any longer date (an interval, a month, a year)
        is a bar over its days, paler where it is a single imprecise date ("some time
        in 2018") than where it is a span. Events that were planned or expected (and
        agreements only proposed) are hatched and hollow, those in doubt hatched with
        a dashed edge, cancelled ones crossed out in grey. An open end (``..``) runs
        to the picture's edge, an open start fades in, an unknown end or start (left
        blank) is dotted; a black arrowhead at the edge says that an entry goes on
        beyond the picture. Rows show each entry's label (a statement's first
        sentence) and its date, wrapped, never cut; a credit to the sources is
        written under the picture.

        Args:
            title: A title over the picture.
            breaks: Cut long stretches without entries out of the time axis (each
                remaining stretch gets its own panel), so years-old background does
                not squeeze the weeks where most entries lie. Each panel keeps its
                own scale, so lengths compare only within a panel.
            window: Draw only from the first day of the first date to the last day of
                the second, on one linear time axis; entries that run beyond it end in
                an arrowhead at the edge.
            credit: A source credit under the picture; by default, made from the
                brief's sources (publisher and date).

        Returns:
            A :class:`matplotlib.figure.Figure`; save it with ``fig.savefig(path)``.

        Raises:
            ImportError: matplotlib is not installed (the ``plot`` extra brings it).

        >>> import idlib_brief
        >>> fig = idlib_brief.timeline().plot(title="The Idlib crisis")
        >>> len(fig.axes)  # 2015-16, 2018, and December 2019 on
        3
        >>> crisis = idlib_brief.timeline().plot(window=("2020-02-01", "2020-03-07"))
        >>> len(crisis.axes), crisis.axes[0].get_xlabel()
        (1, 'Source: Deutsche Welle, 29 Feb 2020; idlib_brief')
        """
        from ._plot import plot_timeline

        limits = None
        if window is not None:
            limits = (Date.coerce(window[0]).earliest, Date.coerce(window[1]).latest)
        return plot_timeline(self, title=title, breaks=breaks, window=limits, credit=credit)


def _shorten(text: str, width: int | None) -> str:
    if width is None or len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


def _what(entry: TimelineEntry) -> str:
    """An entry's label, with a figure's amount."""
    record = entry.record
    if isinstance(record, Figure):
        qualifier = "" if record.qualifier == "exact" else f"{record.qualifier} "
        return f"{record.label}: {qualifier}{record.value:,} {record.unit}"
    return entry.label


# -- building ---------------------------------------------------------------------------

_Parts = tuple[
    "weakref.ReferenceType[Brief]", tuple[TimelineEntry, ...], tuple[DatedRecord, ...], _RangeIndex
]
_built: dict[int, _Parts] = {}


def _forget(key: int) -> Callable[[object], None]:
    def forget(_ref: object) -> None:
        _built.pop(key, None)

    return forget


def full_timeline(brief: Brief) -> Timeline:
    """The unfiltered timeline of *brief*, built once per brief and kept while it lives.

    A brief is immutable, so its timeline and range index never go stale; they are
    dropped when the brief is.
    """
    key = id(brief)
    parts = _built.get(key)
    if parts is None or parts[0]() is not brief:
        dated: list[TimelineEntry] = []
        undated: list[DatedRecord] = []
        records: tuple[DatedRecord, ...] = (
            *brief.events, *brief.statements, *brief.agreements, *brief.figures
        )
        for record in records:
            if record.when is None:
                undated.append(record)
            else:
                dated.append(TimelineEntry(record=record))
        entries = _sorted_entries(dated)
        parts = (weakref.ref(brief, _forget(key)), entries, tuple(undated), _RangeIndex(entries))
        _built[key] = parts
    return Timeline._trusted(parts[1], parts[2], brief, parts[3])  # noqa: SLF001


def build_timeline(
    brief: Brief,
    start: DateLike | None = None,
    end: DateLike | None = None,
    *,
    actors: str | Iterable[str] = (),
    kinds: str | Iterable[str] = (),
    issues: str | Iterable[str] = (),
    status: str | Iterable[str] = (),
    include_members: bool = False,
    within: bool = False,
) -> Timeline:
    """What :meth:`Brief.timeline <idlib_brief.Brief.timeline>` does: range, then filters."""
    # Check the filters before any work, so a typo fails fast even on a large brief.
    test = _make_filter(
        brief,
        actors=actors,
        kinds=kinds,
        issues=issues,
        status=status,
        include_members=include_members,
    )
    return full_timeline(brief).between(start, end, within=within)._kept(test)  # noqa: SLF001
