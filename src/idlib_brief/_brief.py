"""The `Brief`: a brief's immutable records, with indexes by id, name and date.

Each helper of the library (timelines, positions) is defined once, here, as a method:
its signature, defaults and docstring. The module-level functions of the same names
(``idlib_brief.timeline`` …) are bindings of these methods to the bundled brief. Some
methods are defined in a module of their own and bound in the class body: the lookups
by name and id (``actor``, ``issue``, the typed getters, ``members``) in ``_lookups``,
``find`` in ``_search``, ``relation_graph`` in ``_relations``, ``place`` and
``gazetteer`` in ``_places``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, overload

from attrs import field, frozen

from . import _lookups, _places, _relations, _search
from ._errors import UnknownRecordError
from ._kinds import KINDS, REGISTRY, counted, date_order
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
from ._names import close_matches, normalize_name
from ._public import present_as_public

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import pandas as pd

    from ._dates import DateLike
    from ._position_results import Comparison, Position, PositionHistory, PositionMatrix
    from ._timeline import Timeline

_T = TypeVar("_T")
Ids: TypeAlias = "list[str] | None"


def _sorted(value: Any) -> tuple[Any, ...]:
    return tuple(sorted(value, key=lambda r: r.id))


def _frozen_groups(groups: dict[str, list[_T]]) -> Mapping[str, tuple[_T, ...]]:
    return MappingProxyType({key: tuple(values) for key, values in groups.items()})


@frozen(kw_only=True, repr=False)
class Brief:
    """A brief: every record of its files, with lookups by id, name and date.

    Build one with :func:`idlib_brief.load`, which validates the whole brief first; the
    constructor sorts each kind by id and builds the indexes, but checks no references.

    >>> from idlib_brief import load
    >>> brief = load()
    >>> brief.actor("erdogan").name
    'Recep Tayyip Erdogan'
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
    relations: tuple[Relation, ...] = field(default=(), converter=_sorted)
    places: tuple[Place, ...] = field(default=(), converter=_sorted)

    # Indexes, built once by the constructor; `_timeline` on first use, then kept.
    _index: Mapping[str, Record] = field(init=False, eq=False, repr=False)
    _names: Mapping[str, tuple[Actor, ...]] = field(init=False, eq=False, repr=False)
    _issue_names: Mapping[str, tuple[Issue, ...]] = field(init=False, eq=False, repr=False)
    _members: Mapping[str, tuple[Actor, ...]] = field(init=False, eq=False, repr=False)
    _dated: tuple[DatedRecord, ...] = field(init=False, eq=False, repr=False)
    _timeline: Timeline | None = field(init=False, default=None, eq=False, repr=False)  # lazy

    def __attrs_post_init__(self) -> None:
        index: dict[str, Record] = {}
        for kind in REGISTRY:
            for record in getattr(self, kind.plural):
                index.setdefault(record.id, record)
        names: dict[str, list[Actor]] = {}
        members: dict[str, list[Actor]] = {}
        for actor in self.actors:
            for name in {normalize_name(n) for n in (actor.id, *actor.names)}:
                names.setdefault(name, []).append(actor)
            if actor.affiliation is not None:
                members.setdefault(actor.affiliation, []).append(actor)
        issue_names: dict[str, list[Issue]] = {}
        for issue in self.issues:
            for name in {normalize_name(issue.id), normalize_name(issue.title)}:
                issue_names.setdefault(name, []).append(issue)
        dated = [r for k in REGISTRY if k.dated for r in getattr(self, k.plural) if r.when]
        object.__setattr__(self, "_index", MappingProxyType(index))
        object.__setattr__(self, "_names", _frozen_groups(names))
        object.__setattr__(self, "_issue_names", _frozen_groups(issue_names))
        object.__setattr__(self, "_members", _frozen_groups(members))
        object.__setattr__(self, "_dated", tuple(sorted(dated, key=date_order)))

    def __getstate__(self) -> dict[str, Any]:  # pickle the records; the indexes are rebuilt
        names = ("title", "description", "format_version", *KINDS)
        return {name: getattr(self, name) for name in names}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __getitem__(self, key: str) -> Record:
        """Return the record with id *key*, whatever its kind.

        Args:
            key: The record's id, exactly (``brief["turkey"]``); names are not looked
                up: :meth:`actor`, :meth:`issue` and :meth:`place` do that.

        Raises:
            UnknownRecordError: No record has that id (a :class:`KeyError` that names
                close ids).
        """
        try:
            return self._index[key]
        except (KeyError, TypeError):
            if not isinstance(key, str):
                msg = f"a brief's records are found by their id, a string (got {key!r})"
                raise TypeError(msg) from None
            raise UnknownRecordError(key, close_matches(key, self._index)) from None

    @overload
    def get(self, key: str) -> Record | None: ...
    @overload
    def get(self, key: str, default: _T) -> Record | _T: ...
    def get(self, key: str, default: object = None) -> object:
        """Return the record with id *key*, or *default*; never raises.

        Args:
            key: The record's id, exactly; anything else, a string or not, that is not
                an id gives *default*.
            default: What to return where no record has that id.

        >>> from idlib_brief import load
        >>> load().get("no-such-record") is None
        True
        """
        return self._index.get(key, default) if isinstance(key, str) else default

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
        <Brief 'The Idlib crisis, February–March 2020': 1 source, 12 issues, 34 actors, ...>
        """
        return f"<Brief {self.title!r}: {counted(self.counts())}>"

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

    # Lookups by name and by id: defined once, with their docs, in _lookups.
    actor = _lookups.actor
    issue = _lookups.issue
    source = _lookups.source
    statement = _lookups.statement
    agreement = _lookups.agreement
    figure = _lookups.figure
    event = _lookups.event
    relation = _lookups.relation
    find_actor = _lookups.find_actor
    members = _lookups.members

    @property
    def dated(self) -> tuple[DatedRecord, ...]:
        """Every record that has a date, in date order.

        The order is the timeline's: by the date's earliest day, then its latest, then
        its text, then the kind (events, statements, agreements, figures), then the id.
        """
        return self._dated

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Return the tables of :func:`~idlib_brief.export` as pandas DataFrames, by name.

        Needs the ``pandas`` extra. A date is its text, ``<field>_earliest`` and
        ``<field>_latest`` (``datetime64[s]``, ``NaT`` where open or unknown).

        .. versionadded:: 0.2.0
        """
        from ._frames import frames

        return frames(self)

    # -- helpers: each is defined here once; idlib_brief.<name> binds it ----------

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
        places: str | Iterable[str] = (),
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
            places: Keep events and figures put at these places (ids, names, aliases)
                or within them (Maaret al-Numan for Idlib province); others drop out.

        Returns:
            A :class:`~idlib_brief.Timeline`.

        Raises:
            UnknownActorError: No actor has one of those names.
            UnknownIssueError: No issue has one of those ids or titles.
            UnknownPlaceError: No place has one of those ids, names or aliases.
            TimelineError: An unknown kind or status, or a range that ends before it
                starts.
            EDTFError: *start* or *end* is text that is not EDTF.

        >>> from idlib_brief import load
        >>> brief = load()
        >>> meeting = brief.timeline("2020-03-05", within=True, actors="Putin")
        >>> [(str(e.when), e.id) for e in meeting]
        [('2020-03-05', 'moscow-meeting-2020-03-05')]
        >>> tl = brief.timeline(actors="Ankara", include_members=True, kinds="statement")
        >>> [e.id for e in tl]
        ['erdogan-hopes-for-ceasefire']

        .. versionadded:: 0.1.0
        """
        from ._timeline import full_timeline, make_filter

        # Check the filters before any work, so a typo fails fast even on a large brief.
        test = make_filter(
            self,
            actors=actors,
            kinds=kinds,
            issues=issues,
            status=status,
            include_members=include_members,
            places=places,
        )
        return full_timeline(self).between(start, end, within=within)._kept(test)  # noqa: SLF001

    def positions(
        self,
        actor: str | Iterable[str] | None = None,
        issue: str | Iterable[str] | None = None,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> tuple[Position, ...]:
        """Return who stands where on which issue, since when, and why.

        Positions are derived from the statements' stances on the brief's issues, never
        typed in by hand (the rules are on the :doc:`positions page </positions>`).
        Each :class:`~idlib_brief.Position` gives the value (``"for"``,
        ``"against"``, ``"neutral"``, or ``"mixed"`` where the evidence differs), the
        earliest date of its evidence (``since``), the statements it rests on in date
        order (``evidence``, undated last), who made them (``speakers``), and its
        ``basis``: the actor's own quoted words (``"own-words"``), its words as the
        source reports them (``"reported"``), or an outside analyst's assessment
        (``"assessment"``).

        Args:
            actor: Only these actors' positions: an id, name or alias (``"Ankara"``),
                or several; ``None`` for every actor.
            issue: Only positions on these issues: an id or title, or several;
                ``None`` for every issue.
            as_of: Only statements certainly made on or before this date (their
                ``when.latest`` is not after its last day); undated statements are
                left out.
            include_members: Count what those who speak for an actor said (its
                ``affiliation`` chain: Lavrov and Peskov for Russia, Erdogan for
                Turkey).
            include_assessments: Also count outside analysts' statements about an
                actor (think tanks, expert groups and their experts), with the basis
                ``"assessment"``.

        Returns:
            The positions, by actor id, then issue id.

        Raises:
            UnknownActorError: No actor has that id, name or alias.
            UnknownIssueError: No issue has that id or title.
            EDTFError: *as_of* is text that is not EDTF.

        >>> import idlib_brief
        >>> brief = idlib_brief.load()
        >>> for p in brief.positions("Turkey"):
        ...     print(p.issue, p.position, p.basis, p.speakers)
        ceasefire for ('own-words',) ('erdogan',)
        russian-restraint-in-idlib for ('reported',) ('turkey',)
        russian-turkish-talks for ('own-words',) ('erdogan',)
        syrian-offensive-in-idlib against ('reported',) ('turkey',)
        withdrawal-to-sochi-line for ('reported',) ('turkey',)
        >>> (sochi,) = brief.positions("Moscow", "sochi-agreements")
        >>> sochi.position, sochi.evidence, sochi.speakers
        ('for', ('lavrov-pledges-sochi-agreements',), ('lavrov',))
        >>> brief.positions("Russia", "sochi-agreements", include_members=False)
        ()
        >>> [p.actor for p in brief.positions(["Turkey", "Russia"], "ceasefire")]
        ['turkey']

        .. versionadded:: 0.1.0
        .. versionchanged:: 0.2.0
           *actor* and *issue* take several values.
        """
        from ._positions import Rules, positions

        rules = Rules.make(self, as_of, include_members, include_assessments)
        return positions(rules, self._ids(actor, self.actor), self._ids(issue, self.issue))

    def position_matrix(
        self,
        actors: str | Iterable[str] | None = None,
        issues: str | Iterable[str] | None = None,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> PositionMatrix:
        """Return actors by issues, each cell a position or empty.

        Each cell is what :meth:`positions` gives for that actor and issue with the
        same options, or ``None``. ``str(matrix)`` is a plain-text table,
        :meth:`~idlib_brief.PositionMatrix.to_markdown` a Markdown one, and
        :meth:`~idlib_brief.PositionMatrix.plot` draws a heat map (``plot`` extra).

        Args:
            actors: The rows, as ids, names or aliases, in this order; by default every
                actor with a position, by id.
            issues: The columns, as ids or titles, in this order; by default every
                issue with a position, in the brief's order (by id).
            as_of: As for :meth:`positions`.
            include_members: As for :meth:`positions`.
            include_assessments: As for :meth:`positions`.

        Raises:
            UnknownActorError: No actor has one of those ids, names or aliases.
            UnknownIssueError: No issue has one of those ids or titles.

        >>> import idlib_brief
        >>> brief = idlib_brief.load()
        >>> print(brief.position_matrix(["Turkey", "Russia", "Syria"],
        ...                             ["withdrawal-to-sochi-line", "sochi-agreements"]))
        actor   withdrawal-to-sochi-line  sochi-agreements
        ------  ------------------------  ----------------
        turkey  for
        russia                            for
        syria

        .. versionadded:: 0.1.0
        """
        from ._positions import Rules, matrix

        rules = Rules.make(self, as_of, include_members, include_assessments)
        return matrix(rules, self._ids(actors, self.actor), self._ids(issues, self.issue))

    def compare(
        self,
        a: str,
        b: str,
        *,
        as_of: DateLike | None = None,
        include_members: bool = True,
        include_assessments: bool = False,
    ) -> Comparison:
        """Compare two actors' positions, issue by issue.

        Args:
            a: The first actor: an id, name or alias.
            b: The second actor: an id, name or alias.
            as_of: As for :meth:`positions`.
            include_members: As for :meth:`positions`.
            include_assessments: As for :meth:`positions`.

        Returns:
            A :class:`~idlib_brief.Comparison`: the issues where both hold the same
            position (``agree``), different ones (``disagree``), where one of them is
            ``"mixed"`` (``unclear``), and where only one has a position (``only_a``,
            ``only_b``); each a :class:`~idlib_brief.PositionPair` with both positions
            and their evidence. ``compare(b, a)`` is ``compare(a, b).swapped()``.

        Raises:
            UnknownActorError: No actor has one of those ids, names or aliases.

        >>> import idlib_brief
        >>> comparison = idlib_brief.load().compare("Turkey", "Russia")
        >>> [(p.issue, p.a.position, p.b.position) for p in comparison.agree]
        [('russian-turkish-talks', 'for', 'for')]
        >>> [p.issue for p in comparison.only_b]
        ['russian-turkish-sanctions', 'sochi-agreements',
         'turkish-support-for-armed-groups']

        .. versionadded:: 0.1.0
        """
        from ._positions import Rules, comparison

        rules = Rules.make(self, as_of, include_members, include_assessments)
        return comparison(rules, self.actor(a).id, self.actor(b).id)

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

        One entry per statement of the position's evidence, in the same order: its
        date, speaker, basis, its own stance, and the running position after it. The
        last running position is what :meth:`positions` gives.

        Args:
            actor: The actor: an id, name or alias.
            issue: The issue: an id or title.
            as_of: As for :meth:`positions`.
            include_members: As for :meth:`positions`.
            include_assessments: As for :meth:`positions`.

        Raises:
            UnknownActorError: No actor has that id, name or alias.
            UnknownIssueError: No issue has that id or title.

        >>> import idlib_brief
        >>> brief = idlib_brief.load()
        >>> print(brief.position_history("Turkey", "syrian-offensive-in-idlib"))
        when      statement                          speaker basis    says    position
        --------- ---------------------------------- ------- -------- ------- --------
        (undated) turkey-criticizes-syrian-offensive turkey  reported against against
        (undated) turkey-demands-withdrawal          turkey  reported against against

        .. versionadded:: 0.1.0
        """
        from ._positions import Rules, history

        rules = Rules.make(self, as_of, include_members, include_assessments)
        return history(rules, self.actor(actor).id, self.issue(issue).id)

    find = _search.find  # these four: defined once, with docs, in _search, _relations, _places
    relation_graph = _relations.relation_graph
    place = _places.place
    gazetteer = _places.gazetteer

    @staticmethod
    def _ids(names: str | Iterable[str] | None, find: Callable[[str], Actor | Issue]) -> Ids:
        """The ids that *names* resolve to through *find*, in order; ``None`` for all."""
        if names is None:
            return None
        return [find(n).id for n in ((names,) if isinstance(names, str) else names)]


present_as_public(globals())
