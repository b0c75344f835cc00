"""The `Brief`: a brief's immutable records, with indexes by id, name and date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import field, frozen

from ._errors import UnknownActorError, UnknownIssueError, UnknownRecordError
from ._model import (
    Actor,
    Agreement,
    DatedRecord,
    Event,
    Figure,
    Issue,
    Record,
    Source,
    Statement,
)
from ._names import close_matches, normalize_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._dates import DateLike
    from ._positions import Comparison, Position, PositionHistory, PositionMatrix
    from ._timeline import Timeline

_T = TypeVar("_T")


def _sorted(value: Any) -> tuple[Any, ...]:
    return tuple(sorted(value, key=lambda r: r.id))


#: The record kinds of a brief, in the order the files are read and the overview counts.
KINDS: tuple[str, ...] = (
    "sources",
    "issues",
    "actors",
    "statements",
    "agreements",
    "figures",
    "events",
)


@frozen(kw_only=True, repr=False)
class Brief:
    """A brief: every record of its files, with lookups by id, name and date.

    Build one with :func:`idlib_brief.load`, which validates the whole brief first; the
    constructor sorts each kind by id and builds the indexes, but checks no references.

    >>> from idlib_brief import load
    >>> brief = load()
    >>> brief.actor("erdogan").id
    'erdogan'
    >>> brief["turkey"].kind
    'state'

    .. versionadded:: 0.1.0
    """

    title: str = ""
    description: str = ""
    format_version: int = 1
    sources: tuple[Source, ...] = field(default=(), converter=_sorted)
    issues: tuple[Issue, ...] = field(default=(), converter=_sorted)
    actors: tuple[Actor, ...] = field(default=(), converter=_sorted)
    statements: tuple[Statement, ...] = field(default=(), converter=_sorted)
    agreements: tuple[Agreement, ...] = field(default=(), converter=_sorted)
    figures: tuple[Figure, ...] = field(default=(), converter=_sorted)
    events: tuple[Event, ...] = field(default=(), converter=_sorted)

    _index: Mapping[str, Record] = field(init=False, eq=False, repr=False)
    _names: Mapping[str, tuple[Actor, ...]] = field(init=False, eq=False, repr=False)
    _members: Mapping[str, tuple[Actor, ...]] = field(init=False, eq=False, repr=False)
    _dated: tuple[DatedRecord, ...] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Record] = {}
        for kind in KINDS:
            for record in getattr(self, kind):
                index.setdefault(record.id, record)
        names: dict[str, list[Actor]] = {}
        members: dict[str, list[Actor]] = {}
        for actor in self.actors:
            for name in {normalize_name(n) for n in (actor.id, *actor.names)}:
                names.setdefault(name, []).append(actor)
            if actor.affiliation is not None:
                members.setdefault(actor.affiliation, []).append(actor)
        records: tuple[DatedRecord, ...] = (
            *self.events,
            *self.statements,
            *self.agreements,
            *self.figures,
        )
        dated = [r for r in records if r.when is not None]
        dated.sort(key=lambda r: (r.when.sort_key if r.when else (), r.id))
        object.__setattr__(self, "_index", MappingProxyType(index))
        object.__setattr__(
            self, "_names", MappingProxyType({k: tuple(v) for k, v in names.items()})
        )
        object.__setattr__(
            self, "_members", MappingProxyType({k: tuple(v) for k, v in members.items()})
        )
        object.__setattr__(self, "_dated", tuple(dated))

    # -- lookups -----------------------------------------------------------------

    def __getitem__(self, key: str) -> Record:
        """Return the record with id *key*, whatever its kind.

        Raises:
            UnknownRecordError: No record has that id (a :class:`KeyError` that names
                close ids).
        """
        try:
            return self._index[key]
        except KeyError:
            raise UnknownRecordError(key, close_matches(key, self._index)) from None

    @overload
    def get(self, key: str) -> Record | None: ...
    @overload
    def get(self, key: str, default: _T) -> Record | _T: ...
    def get(self, key: str, default: object = None) -> object:
        """Return the record with id *key*, or *default*; never raises.

        >>> from idlib_brief import load
        >>> load().get("no-such-record") is None
        True
        """
        return self._index.get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._index

    def __iter__(self) -> Iterator[Record]:
        """Iterate over every record, kind by kind (in :data:`KINDS` order), by id."""
        for kind in KINDS:
            yield from getattr(self, kind)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        """A short summary: the title and the counts (the records would fill a screen).

        >>> from idlib_brief import load
        >>> load()
        <Brief 'The Idlib crisis, February–March 2020': 1 sources, 12 issues, 34 actors, ...>
        """
        counts = ", ".join(f"{n} {kind}" for kind, n in self.counts().items())
        return f"<Brief {self.title!r}: {counts}>"

    @property
    def ids(self) -> tuple[str, ...]:
        """Every record's id, sorted."""
        return tuple(sorted(self._index))

    def counts(self) -> dict[str, int]:
        """The number of records of each kind, in :data:`KINDS` order.

        >>> from idlib_brief import load
        >>> counts = load().counts()
        >>> list(counts)[:3]
        ['sources', 'issues', 'actors']
        """
        return {kind: len(getattr(self, kind)) for kind in KINDS}

    def actor(self, name: str) -> Actor:
        """Return the actor with *name* as its id, name or one of its aliases.

        Case, diacritics and punctuation do not count, so ``"Erdoğan"``,
        ``"erdogan"`` and ``"Recep Tayyip Erdogan"`` give the same actor.

        >>> from idlib_brief import load
        >>> brief = load()
        >>> brief.actor("Erdoğan") is brief.actor("RECEP TAYYIP ERDOGAN")
        True

        Raises:
            UnknownActorError: No actor fits (a :class:`LookupError` listing close
                names).
        """
        found = self._names.get(normalize_name(name), ())
        if len(found) == 1:
            return found[0]
        if found:  # the loader rejects a name shared by two actors; a hand-built brief may not
            raise UnknownActorError(name, [a.name for a in found])
        spelled: dict[str, str] = {}
        for n in (n for a in self.actors for n in a.names):
            spelled.setdefault(normalize_name(n), n)
        close = [spelled[c] for c in close_matches(normalize_name(name), spelled)]
        raise UnknownActorError(name, close)

    def issue(self, name: str) -> Issue:
        """Return the issue with *name* as its id or title (case and punctuation aside).

        >>> from idlib_brief import load
        >>> load().issue("A ceasefire in Idlib").id
        'ceasefire'

        Raises:
            UnknownIssueError: No issue fits (a :class:`LookupError` listing close ids).

        .. versionadded:: 0.1.0
        """
        ids = [issue.id for issue in self.issues]
        if name in ids:
            return self.issues[ids.index(name)]
        wanted = normalize_name(name)
        for issue in self.issues:
            if wanted in {normalize_name(issue.id), normalize_name(issue.title)}:
                return issue
        raise UnknownIssueError(name, close_matches(name, ids))

    def find_actor(self, name: str) -> Actor | None:
        """Like :meth:`actor`, but return ``None`` where no actor fits."""
        try:
            return self.actor(name)
        except UnknownActorError:
            return None

    def members(self, actor: str) -> tuple[Actor, ...]:
        """The actors whose ``affiliation`` is *actor* (an id, name or alias), by id.

        >>> from idlib_brief import load
        >>> "erdogan" in [a.id for a in load().members("Turkey")]
        True
        """
        return self._members.get(self.actor(actor).id, ())

    @property
    def dated(self) -> tuple[DatedRecord, ...]:
        """Every record that has a date, sorted by its date's bounds, then by id."""
        return self._dated

    # -- helpers (each lives in its own module) ----------------------------------

    def timeline(
        self,
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
        """Return this brief's dated records in time order, within a range, filtered.

        Every dated event, statement, agreement and figure takes part, in the order
        :class:`~idlib_brief.Timeline` documents: by the date's earliest day, then its
        latest, then its text, kind and id. Undated records are listed in the result's
        ``undated``. Each filter takes one value or several (any of them will do);
        filters commute, and an empty one filters nothing.

        Args:
            start: Keep entries from this date's earliest day on: a
                :class:`~idlib_brief.Date`, EDTF text or :class:`datetime.date`;
                ``None`` for no lower bound.
            end: Keep entries up to this date's latest day; ``None`` for no upper
                bound.
            actors: Keep what these actors (ids, names or aliases) did, said, were
                party to or took part in: a statement's ``speaker``, an event's
                ``participants``, an agreement's ``parties``, a figure's
                ``attributed_to``. Being merely mentioned (a statement's ``about``)
                does not count.
            kinds: Keep these kinds: ``"event"``, ``"statement"``, ``"agreement"``,
                ``"figure"``.
            issues: Keep statements that take a stance on these issues (ids or
                titles). Only statements have stances, so other kinds drop out.
            status: Keep events, and agreements, with one of these statuses
                (:data:`~idlib_brief.EVENT_STATUSES`,
                :data:`~idlib_brief.AGREEMENT_STATUSES`); statements and figures
                have none and drop out.
            include_members: With ``actors``, also keep what their members did, and
                their members' members (Erdogan's statements for ``"Turkey"``).
            within: Keep only entries that lie certainly inside the range, rather
                than every entry that may overlap it.

        Returns:
            A :class:`~idlib_brief.Timeline`.

        Raises:
            UnknownActorError: No actor has one of those names.
            UnknownIssueError: No issue has one of those ids or titles.
            TimelineError: An unknown kind or status, or a range that ends before it
                starts.
            EDTFError: *start* or *end* is text that is not EDTF.

        >>> from idlib_brief import load
        >>> brief = load()
        >>> meeting = brief.timeline("2020-03-05", within=True, actors="Putin")
        >>> [(str(e.when), e.id) for e in meeting]
        [('2020-03-05', 'moscow-meeting-2020-03-05')]
        >>> turkey = brief.timeline(actors="Turkey", include_members=True, kinds="statement")
        >>> [e.id for e in turkey]
        ['erdogan-hopes-for-ceasefire']

        .. versionadded:: 0.1.0
        """
        from ._timeline import build_timeline

        return build_timeline(
            self,
            start,
            end,
            actors=actors,
            kinds=kinds,
            issues=issues,
            status=status,
            include_members=include_members,
            within=within,
        )

    def positions(
        self,
        actor: str | None = None,
        issue: str | None = None,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> tuple[Position, ...]:
        """Return the actors' positions on the issues; see :func:`idlib_brief.positions`.

        .. versionadded:: 0.1.0
        """
        from ._positions import build_positions

        return build_positions(
            self,
            actor,
            issue,
            as_of=as_of,
            include_members=include_members,
            include_assessments=include_assessments,
        )

    def position_matrix(
        self,
        actors: str | Iterable[str] | None = None,
        issues: str | Iterable[str] | None = None,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> PositionMatrix:
        """Return actors by issues, each cell a position; see :func:`idlib_brief.position_matrix`.

        .. versionadded:: 0.1.0
        """
        from ._positions import build_matrix

        return build_matrix(
            self,
            actors,
            issues,
            as_of=as_of,
            include_members=include_members,
            include_assessments=include_assessments,
        )

    def compare(
        self,
        a: str,
        b: str,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> Comparison:
        """Return where two actors agree and disagree; see :func:`idlib_brief.compare`.

        .. versionadded:: 0.1.0
        """
        from ._positions import build_comparison

        return build_comparison(
            self,
            a,
            b,
            as_of=as_of,
            include_members=include_members,
            include_assessments=include_assessments,
        )

    def position_history(
        self,
        actor: str,
        issue: str,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> PositionHistory:
        """Return how an actor's position on an issue came about, statement by statement.

        See :func:`idlib_brief.position_history`.

        .. versionadded:: 0.1.0
        """
        from ._positions import build_history

        return build_history(
            self,
            actor,
            issue,
            as_of=as_of,
            include_members=include_members,
            include_assessments=include_assessments,
        )
