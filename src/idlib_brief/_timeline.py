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

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from attrs import field, frozen

from ._dates import Date, DateLike
from ._errors import TimelineError
from ._gc import paused_gc
from ._kinds import BY_CLASS, DATED
from ._model import DatedRecord, Event, Figure, amount
from ._public import present_as_public
from ._range_index import RangeIndex
from ._render import markdown_table, text_table
from ._timeline_entry import TimelineEntry, default_status, entry_key
from ._timeline_rules import Test, event_status_as_of, make_filter, published_days

if TYPE_CHECKING:
    from ._brief import Brief

__all__ = ["Timeline", "TimelineEntry", "full_timeline", "make_filter"]


# -- the timeline -------------------------------------------------------------------------


def _sorted_entries(entries: Iterable[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    return tuple(sorted(entries, key=entry_key))


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
    <Timeline: 4 entries, 2020-03-04 to 2020-03-05, 52 undated>
    >>> print(timeline[2:].to_text(what_width=26))
    when        kind   status    id                         what
    ----------  -----  --------  -------------------------  --------------------------
    2020-03-05  event  in-doubt  four-way-summit-istanbul   Four-way summit on Idlib…
    2020-03-05  event  planned   moscow-meeting-2020-03-05  Putin and Erdogan meet in…
    >>> [entry.kind for entry in timeline]
    ['statement', 'statement', 'event', 'event']

    .. versionadded:: 0.1.0
    """

    entries: tuple[TimelineEntry, ...]
    undated: tuple[DatedRecord, ...]
    brief: Brief | None = field(eq=False)
    _index: RangeIndex | None = field(eq=False)

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
            kind = BY_CLASS.get(type(record))
            if kind is None or not kind.dated:
                raise TypeError(
                    f"'undated' holds events, statements, agreements and figures (got {record!r})"
                )
        undated = tuple(sorted(undated, key=lambda r: (BY_CLASS[type(r)].rank, r.id)))
        self.__attrs_init__(entries, undated, brief, None)

    @classmethod
    def _trusted(
        cls,
        entries: tuple[TimelineEntry, ...],
        undated: tuple[DatedRecord, ...],
        brief: Brief | None,
        index: RangeIndex | None = None,
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

        Args:
            index: A position in time order (negative counts from the end), or a
                slice of positions, whose step must not be negative.

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

    def _range_index(self) -> RangeIndex:
        index = self._index
        if index is None:
            index = RangeIndex(self.entries)
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
        >>> # it may end on 5 March or later:
        >>> [e.id for e in timeline.between("2020-03-05")]
        ['displacement-since-december', 'escalation-in-idlib', 'four-way-summit-istanbul',
         'moscow-meeting-2020-03-05']
        >>> [e.id for e in timeline.between("2020-03-05", within=True)]
        ['four-way-summit-istanbul', 'moscow-meeting-2020-03-05']
        >>> [str(e.when) for e in timeline.between(end="2015")]
        ['/2019-12~', '2015', '2015~', '2015/2016']
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
        places: str | Iterable[str] = (),
    ) -> Timeline:
        """Return the entries that pass every filter given.

        :meth:`Brief.timeline <idlib_brief.Brief.timeline>` says what each filter
        matches.

        Each filter takes one value or several (any of them will do); an empty one
        filters nothing. Filters commute: their order makes no difference.

        Args:
            actors: Keep what these actors did, said, took part in or were party to:
                ids, names or aliases (ids only, on a timeline that has no brief).
            kinds: Keep entries of these kinds (:data:`~idlib_brief.ENTRY_KINDS`).
            issues: Keep statements with a stance on these issues: ids or titles (ids
                only, on a timeline that has no brief).
            status: Keep events and agreements with these statuses
                (:data:`~idlib_brief.ENTRY_STATUSES`).
            include_members: With *actors*, keep what their members, and members'
                members, did too; needs a timeline that has its brief.
            places: Keep events and figures put at these places or at a place within
                them: ids, names or aliases (ids only, on a timeline that has no
                brief, and then without the places within).

        Raises:
            UnknownActorError: No actor of the brief has that id, name or alias.
            UnknownIssueError: No issue of the brief has that id or title.
            UnknownPlaceError: No place of the brief has that id, name or alias.
            TimelineError: An unknown kind or status, or ``include_members`` on a
                timeline that has no brief.

        >>> import idlib_brief
        >>> timeline = idlib_brief.timeline()
        >>> turkey = timeline.filter(
        ...     actors="Ankara", kinds="statement", include_members=True
        ... )
        >>> [e.id for e in turkey]
        ['erdogan-hopes-for-ceasefire']
        >>> # statements by Turkey or Erdogan, with no date:
        >>> [r.id for r in turkey.undated]
        ['erdogan-martial-rhetoric', 'turkey-criticizes-syrian-offensive',
         'turkey-demands-withdrawal', 'turkey-urges-russia-to-stay-back']
        """
        test = make_filter(
            self.brief,
            actors=actors,
            kinds=kinds,
            issues=issues,
            status=status,
            include_members=include_members,
            places=places,
        )
        return self._kept(test)

    def _kept(self, test: Test | None) -> Timeline:
        """The entries and undated records that pass *test*; ``None`` passes all."""
        if test is None:
            return self
        entries = tuple(e for e in self.entries if test(e.record, e.kind, e.status))
        undated = tuple(
            r for r in self.undated if test(r, BY_CLASS[type(r)].name, default_status(r))
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

        Args:
            day: The date to stand on, counted to its last day: a
                :class:`~idlib_brief.Date`, EDTF text or a :class:`datetime.date`.

        >>> import idlib_brief
        >>> events = idlib_brief.timeline(kinds="event")
        >>> [(e.id, e.status) for e in events.as_of("2020-03-04").between("2020-03-05")]
        [('displacement-since-december', 'ongoing'),
         ('escalation-in-idlib', 'ongoing'),
         ('four-way-summit-istanbul', 'in-doubt'),
         ('moscow-meeting-2020-03-05', 'planned')]
        >>> [e.id for e in events.as_of("2020-02-25").between("2020-02-25")]
        ['displacement-since-december', 'in-person-meetings-2020', 'phone-calls-2020',
         'attacks-on-turkish-soldiers-end-february', 'escalation-in-idlib']
        >>> statements = idlib_brief.timeline(kinds="statement")
        >>> len(statements.as_of("2020-03-03")), len(statements.as_of("2020-03-04"))
        (0, 3)
        """
        cutoff = Date.coerce(day).latest
        published = published_days(self.brief)
        kept: list[TimelineEntry] = []
        for entry in self.entries:
            record = entry.record
            if isinstance(record, Event):
                status = event_status_as_of(record, cutoff, published)
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
        | 2020-03-05 | event | planned | moscow-meeting-2020-03-05 | Putin and ... |
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
        from ._plot_timeline import plot_timeline

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
        return f"{record.label}: {amount(record)}"
    return entry.label


# -- building ---------------------------------------------------------------------------


def full_timeline(brief: Brief) -> Timeline:
    """The unfiltered timeline of *brief*, built on first use and kept on the brief.

    A brief is immutable, so its timeline and range index never go stale.
    """
    timeline: Timeline | None = brief._timeline  # noqa: SLF001 - the brief's own cache
    if timeline is None:
        with paused_gc():
            timeline = _build_full_timeline(brief)
        object.__setattr__(brief, "_timeline", timeline)
    return timeline


def _build_full_timeline(brief: Brief) -> Timeline:
    """Every dated record as an entry, in the one date order, with the range index."""
    undated: list[DatedRecord] = []
    for kind in DATED:
        undated.extend(r for r in getattr(brief, kind.plural) if r.when is None)
    entries = tuple(
        TimelineEntry._of(record, BY_CLASS[type(record)].name)  # type: ignore[arg-type]  # noqa: SLF001
        for record in brief.dated  # already in the one date order
    )
    return Timeline._trusted(entries, tuple(undated), brief, RangeIndex(entries))  # noqa: SLF001


present_as_public(globals())
