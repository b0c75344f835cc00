"""Positions: who stands where on which issue, since when, and who says so.

Everything here is derived from the statements' stances and the brief's issues; nothing
is typed in a second time. The rules, in one place:

Whose words count for an actor
    A statement counts for an actor when its speaker is the actor or, with
    ``include_members`` (the default), speaks for it: the speaker's ``affiliation``,
    that actor's ``affiliation`` and so on up (Lavrov → Russia, Peskov → the Kremlin →
    Russia). The chain stops where it would leave an outside analyst for anyone else:
    a think tank's expert speaks for the think tank, never for the state it is
    affiliated with.

Outside analysts and their assessments
    An *outside analyst* is an actor whose kind is one of :data:`ANALYST_KINDS`
    (``"think-tank"``, ``"expert-group"``), or a ``"person"`` whose chain of
    affiliations reaches one (an expert of a think tank). An analyst's stances are the
    analyst's own. Asked for with ``include_assessments=True``, an analyst's statement
    also counts for the actors it is ``about`` (and, with ``include_members``, for the
    actors those speak for), as the analyst's assessment of their position. That is off
    by default: an actor's position rests on its own words unless you ask for an outside
    reading. Statements about an actor by anyone else (one party accusing another)
    never count for the actor they are about.

Basis
    Each statement in a position's evidence has one basis, one of :data:`BASES`:
    ``"own-words"`` (a direct statement, in the quoted words of the actor or of one who
    speaks for it), ``"reported"`` (an indirect statement by the actor or one who speaks
    for it: the source reports or paraphrases them) or ``"assessment"`` (an outside
    analyst's statement about it). :attr:`Position.basis` lists the bases of its
    evidence, in that order.

Position
    The issues are the brief's :attr:`~idlib_brief.Brief.issues`; each stance on one of
    them gives a ``"for"``, ``"against"`` or ``"neutral"``. A position is the value
    every stance of its evidence gives, or ``"mixed"`` as soon as two of them differ:
    ``"neutral"`` is a stance of its own, so ``"neutral"`` and ``"for"`` make
    ``"mixed"``. :func:`idlib_brief.position_history` shows the order in which they came.

Dates
    Evidence is in date order (by :attr:`Date.sort_key <idlib_brief.Date.sort_key>`,
    then by id); undated statements come last. ``since`` is the earliest date of the
    evidence, ``None`` where none of it is dated. With ``as_of``, only statements
    certainly made on or before it count: dated ones whose ``when.latest`` is not after
    ``as_of``'s last day. Undated statements are left out then, since nothing says
    they came before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, get_args

from attrs import field, frozen
from attrs import validators as v

from ._dates import Date, DateLike
from ._model import ActorKind, Statement
from ._render import markdown_table, text_table

if TYPE_CHECKING:
    from ._brief import Brief
    from ._model import Actor

DerivedPosition = Literal["for", "against", "neutral", "mixed"]
"""A position derived from statements: a stance's value, or ``"mixed"``."""

Basis = Literal["own-words", "reported", "assessment"]
"""What a statement in a position's evidence is: see :data:`BASES`."""

DERIVED_POSITIONS: tuple[DerivedPosition, ...] = get_args(DerivedPosition)
"""The values a :class:`Position` can take: ``"for"``, ``"against"``, ``"neutral"``,
``"mixed"``."""

BASES: tuple[Basis, ...] = get_args(Basis)
"""What a position can rest on, in this order: ``"own-words"`` (direct statements of the
actor or of those who speak for it), ``"reported"`` (their indirect statements) and
``"assessment"`` (outside analysts' statements about it)."""

ANALYST_KINDS: tuple[ActorKind, ...] = ("think-tank", "expert-group")
"""The kinds of actor whose statements about others are assessments; a person
affiliated with one of them is an analyst too."""

_str_tuple = v.deep_iterable(v.instance_of(str), v.instance_of(tuple))
_bases = v.deep_iterable(v.in_(BASES), v.instance_of(tuple))


def _summarise(values: Iterable[DerivedPosition]) -> DerivedPosition:
    """Return the one value in *values* (never empty), or ``"mixed"`` if there are several."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else "mixed"


@frozen(kw_only=True)
class Position:
    """An actor's position on an issue, with the statements it rests on.

    Attributes:
        actor: The actor's id.
        issue: The issue's id.
        position: ``"for"``, ``"against"`` or ``"neutral"`` where every stance in the
            evidence says so, ``"mixed"`` where they differ.
        since: The earliest date of the evidence; ``None`` where none of it is dated.
        evidence: The ids of the statements it rests on, in date order, undated last.
        basis: What the evidence is, a sorted selection of :data:`BASES`: the actor's
            own quoted words, words reported by the source, outside analysts'
            assessments.
        speakers: The ids of the actors who made the statements (who says so), in the
            order they first appear in the evidence.

    >>> import idlib_brief
    >>> (p,) = idlib_brief.positions("Turkey", "withdrawal-to-sochi-line")
    >>> p.position, p.basis
    ('for', ('reported',))

    .. versionadded:: 0.1.0
    """

    actor: str = field(validator=v.instance_of(str))
    issue: str = field(validator=v.instance_of(str))
    position: DerivedPosition = field(validator=v.in_(DERIVED_POSITIONS))
    since: Date | None = field(default=None, validator=v.optional(v.instance_of(Date)))
    evidence: tuple[str, ...] = field(validator=[_str_tuple, v.min_len(1)])
    basis: tuple[Basis, ...] = field(validator=[_bases, v.min_len(1)])
    speakers: tuple[str, ...] = field(validator=[_str_tuple, v.min_len(1)])

    @basis.validator
    def _basis_in_order(self, _attribute: object, value: tuple[Basis, ...]) -> None:
        if list(value) != sorted(set(value), key=BASES.index):
            msg = f"'basis' must be distinct values in the order {BASES} (got {value!r})"
            raise ValueError(msg)

    @property
    def assessed_only(self) -> bool:
        """Whether the position rests on outside analysts' assessments alone."""
        return self.basis == ("assessment",)


@frozen(kw_only=True)
class PositionChange:
    """One statement in the history of a position: what it said, and where that left it.

    Attributes:
        statement: The statement's id.
        speaker: The id of the actor who made it.
        when: The statement's date, or ``None``.
        basis: What the statement is for the actor, one of :data:`BASES`.
        position: What the statement's stances on the issue say (``"mixed"`` only where
            one statement holds two different stances on it).
        running: The position over this statement and every one before it.

    .. versionadded:: 0.1.0
    """

    statement: str
    speaker: str
    when: Date | None
    basis: Basis = field(validator=v.in_(BASES))
    position: DerivedPosition = field(validator=v.in_(DERIVED_POSITIONS))
    running: DerivedPosition = field(validator=v.in_(DERIVED_POSITIONS))


_HISTORY_HEADERS = ("when", "statement", "speaker", "basis", "says", "position")


@frozen(kw_only=True)
class PositionHistory:
    """How an actor's position on an issue came about, statement by statement.

    The entries are the position's evidence, in the same order (date order, undated
    last); each gives the statement's own stance and the running position after it,
    so the last ``running`` is :attr:`Position.position`.

    >>> import idlib_brief
    >>> history = idlib_brief.position_history("Turkey", "ceasefire")
    >>> history.position
    'for'
    >>> [entry.speaker for entry in history][:1]
    ['erdogan']

    .. versionadded:: 0.1.0
    """

    actor: str
    issue: str
    entries: tuple[PositionChange, ...] = field(
        validator=v.deep_iterable(v.instance_of(PositionChange), v.instance_of(tuple))
    )

    def __iter__(self) -> Iterator[PositionChange]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def position(self) -> DerivedPosition | None:
        """The position after the last entry, or ``None`` where there are none."""
        return self.entries[-1].running if self.entries else None

    @property
    def changes(self) -> tuple[PositionChange, ...]:
        """The entries where the running position changed.

        That is the first entry, and every later one whose running position differs
        from the one before it.
        """
        out: list[PositionChange] = []
        for entry in self.entries:
            if not out or entry.running != out[-1].running:
                out.append(entry)
        return tuple(out)

    def _rows(self) -> list[list[str]]:
        return [
            [
                str(e.when) if e.when else "(undated)",
                e.statement,
                e.speaker,
                e.basis,
                e.position,
                e.running,
            ]
            for e in self.entries
        ]

    def __str__(self) -> str:
        """The entries as a plain-text table."""
        return text_table(_HISTORY_HEADERS, self._rows())

    def to_markdown(self) -> str:
        """The entries as a Markdown table."""
        return markdown_table(_HISTORY_HEADERS, self._rows())


_cells = v.deep_iterable(
    v.deep_iterable(v.optional(v.instance_of(Position)), v.instance_of(tuple)),
    v.instance_of(tuple),
)


@frozen(kw_only=True)
class PositionMatrix:
    """Actors by issues, each cell the actor's :class:`Position` on the issue or ``None``.

    ``str(matrix)`` is a plain-text table, :meth:`to_markdown` a Markdown one; both show
    each cell's position and leave empty cells blank. :meth:`plot` draws a heat map
    (with the ``plot`` extra).

    >>> import idlib_brief
    >>> matrix = idlib_brief.position_matrix(["turkey", "russia"], ["sochi-agreements"])
    >>> print(matrix)
    actor   sochi-agreements
    ------  ----------------
    turkey
    russia  for
    >>> matrix["russia", "sochi-agreements"].position
    'for'

    .. versionadded:: 0.1.0
    """

    actors: tuple[str, ...] = field(validator=_str_tuple)
    issues: tuple[str, ...] = field(validator=_str_tuple)
    cells: tuple[tuple[Position | None, ...], ...] = field(validator=_cells)

    def __attrs_post_init__(self) -> None:
        if len(self.cells) != len(self.actors) or any(
            len(row) != len(self.issues) for row in self.cells
        ):
            raise ValueError("'cells' must hold one row per actor and one cell per issue")

    def __getitem__(self, key: tuple[str, str]) -> Position | None:
        """Return the cell of the actor and issue ids in *key*.

        Raises:
            KeyError: The matrix has no such row or column.
        """
        actor, issue = key
        try:
            return self.cells[self.actors.index(actor)][self.issues.index(issue)]
        except ValueError:
            raise KeyError(key) from None

    @property
    def positions(self) -> tuple[Position, ...]:
        """Every position in the matrix, row by row."""
        return tuple(cell for row in self.cells for cell in row if cell is not None)

    def _rows(self) -> list[list[str]]:
        return [
            [actor, *("" if cell is None else cell.position for cell in row)]
            for actor, row in zip(self.actors, self.cells, strict=True)
        ]

    def __str__(self) -> str:
        """The matrix as a plain-text table: a row per actor, a column per issue."""
        return text_table(["actor", *self.issues], self._rows())

    def to_markdown(self) -> str:
        """The matrix as a Markdown table: a row per actor, a column per issue."""
        return markdown_table(["actor", *self.issues], self._rows())

    def plot(
        self, *, title: str | None = None, brief: Brief | None = None, credit: str | None = None
    ) -> Any:
        """Draw the matrix as a heat map, one colour and sign per position.

        Cells that rest on outside analysts' assessments alone are hatched; empty cells
        stay white.

        Args:
            title: A title for the picture.
            brief: The brief the matrix is from: rows then show actors' names, grouped
                (a country with its people and bodies), and columns issues' titles.
            credit: A source credit under the picture (default: from *brief*).

        Returns:
            A :class:`matplotlib.figure.Figure`; save it with ``fig.savefig(path)``.

        Raises:
            ImportError: matplotlib is not installed (the ``plot`` extra brings it).
        """
        from ._plot import plot_matrix

        return plot_matrix(
            self.actors,
            self.issues,
            [[None if c is None else c.position for c in row] for row in self.cells],
            hatched=[[c is not None and c.assessed_only for c in row] for row in self.cells],
            title=title,
            brief=brief,
            credit=credit,
        )


@frozen(kw_only=True)
class PositionPair:
    """Two actors' positions on one issue, either of them possibly missing.

    .. versionadded:: 0.1.0
    """

    issue: str
    a: Position | None
    b: Position | None

    @property
    def evidence(self) -> tuple[str, ...]:
        """The ids of the statements both positions rest on (``a``'s, then ``b``'s others)."""
        a = self.a.evidence if self.a else ()
        b = self.b.evidence if self.b else ()
        return (*a, *(s for s in b if s not in a))

    def swapped(self) -> PositionPair:
        """The same pair with ``a`` and ``b`` swapped."""
        return PositionPair(issue=self.issue, a=self.b, b=self.a)


_pairs = v.deep_iterable(v.instance_of(PositionPair), v.instance_of(tuple))


@frozen(kw_only=True)
class Comparison:
    """Where two actors' positions agree, disagree, or only one of them has one.

    Attributes:
        a: The first actor's id.
        b: The second actor's id.
        agree: Issues where both hold the same ``"for"``, ``"against"`` or
            ``"neutral"`` position.
        disagree: Issues where they hold different ones of those.
        unclear: Issues where both have a position but one of them (or both) is
            ``"mixed"``, so the evidence neither agrees nor disagrees.
        only_a: Issues where only ``a`` has a position (``b`` is ``None``).
        only_b: Issues where only ``b`` has a position (``a`` is ``None``).

    Each is a tuple of :class:`PositionPair`, by issue id. ``compare(b, a)`` is
    ``compare(a, b).swapped()``.

    >>> import idlib_brief
    >>> comparison = idlib_brief.compare("Turkey", "Russia")
    >>> [pair.issue for pair in comparison.only_a][:1]
    ['ceasefire']

    .. versionadded:: 0.1.0
    """

    a: str
    b: str
    agree: tuple[PositionPair, ...] = field(default=(), validator=_pairs)
    disagree: tuple[PositionPair, ...] = field(default=(), validator=_pairs)
    unclear: tuple[PositionPair, ...] = field(default=(), validator=_pairs)
    only_a: tuple[PositionPair, ...] = field(default=(), validator=_pairs)
    only_b: tuple[PositionPair, ...] = field(default=(), validator=_pairs)

    def swapped(self) -> Comparison:
        """The comparison the other way round: ``b`` with ``a``."""

        def swap(pairs: tuple[PositionPair, ...]) -> tuple[PositionPair, ...]:
            return tuple(p.swapped() for p in pairs)

        return Comparison(
            a=self.b,
            b=self.a,
            agree=swap(self.agree),
            disagree=swap(self.disagree),
            unclear=swap(self.unclear),
            only_a=swap(self.only_b),
            only_b=swap(self.only_a),
        )

    def _rows(self) -> list[list[str]]:
        labelled = [
            ("agree", self.agree),
            ("disagree", self.disagree),
            ("unclear", self.unclear),
            (f"only {self.a}", self.only_a),
            (f"only {self.b}", self.only_b),
        ]
        return [
            [
                pair.issue,
                label,
                pair.a.position if pair.a else "",
                pair.b.position if pair.b else "",
                ", ".join(pair.evidence),
            ]
            for label, pairs in labelled
            for pair in pairs
        ]

    def _headers(self) -> list[str]:
        return ["issue", "relation", self.a, self.b, "evidence"]

    def __str__(self) -> str:
        """The comparison as a plain-text table, one row per issue."""
        return text_table(self._headers(), self._rows())

    def to_markdown(self) -> str:
        """The comparison as a Markdown table, one row per issue."""
        return markdown_table(self._headers(), self._rows())


# -- deriving ------------------------------------------------------------------------


def _resolve_actor(brief: Brief, name: str) -> Actor:
    """The actor with id *name*, else the one :meth:`Brief.actor` finds."""
    from ._model import Actor

    record = brief.get(name)
    return record if isinstance(record, Actor) else brief.actor(name)


class _Affiliations:
    """Who speaks for whom, and who is an outside analyst, in one brief."""

    def __init__(self, brief: Brief) -> None:
        self._actors = {actor.id: actor for actor in brief.actors}
        self._analyst: dict[str, bool] = {}
        self._chains: dict[str, tuple[str, ...]] = {}

    def is_analyst(self, actor_id: str) -> bool:
        """Whether the actor is an outside analyst (see the module's docstring)."""
        if actor_id not in self._analyst:
            seen: set[str] = set()
            current: str | None = actor_id
            result = False
            while current is not None and current not in seen:
                seen.add(current)
                actor = self._actors.get(current)
                if actor is None or actor.kind not in (*ANALYST_KINDS, "person"):
                    break
                if actor.kind in ANALYST_KINDS:
                    result = True
                    break
                current = actor.affiliation
            self._analyst[actor_id] = result
        return self._analyst[actor_id]

    def chain(self, actor_id: str) -> tuple[str, ...]:
        """The actor and those it speaks for, nearest first, up its affiliations.

        The chain stops before leaving an analyst for a non-analyst, and at a cycle.
        """
        if actor_id not in self._chains:
            chain = [actor_id]
            actor = self._actors.get(actor_id)
            while actor is not None and actor.affiliation is not None:
                parent = actor.affiliation
                if parent in chain:
                    break
                if self.is_analyst(actor.id) and not self.is_analyst(parent):
                    break
                chain.append(parent)
                actor = self._actors.get(parent)
            self._chains[actor_id] = tuple(chain)
        return self._chains[actor_id]

    def group(self, actor_id: str, *, include_members: bool) -> tuple[str, ...]:
        """The ids the actor's words count for: its chain, or itself alone."""
        return self.chain(actor_id) if include_members else (actor_id,)


def _evidence_key(statement: Statement) -> tuple[int, tuple[dt.date, dt.date, str], str]:
    if statement.when is None:
        return (1, (dt.date.min, dt.date.min, ""), statement.id)
    return (0, statement.when.sort_key, statement.id)


_Item = tuple[Statement, Basis, DerivedPosition]
"""A statement in a position's evidence, its basis, and what its stances say."""


def _collect(
    brief: Brief,
    actor_ids: Sequence[str] | None,
    issue_ids: Sequence[str] | None,
    *,
    as_of: DateLike | None,
    include_members: bool,
    include_assessments: bool,
) -> dict[tuple[str, str], list[_Item]]:
    """Gather every statement that counts for an (actor, issue), in evidence order."""
    vocabulary = {issue.id for issue in brief.issues}
    wanted_issues = vocabulary if issue_ids is None else vocabulary & set(issue_ids)
    wanted_actors = None if actor_ids is None else set(actor_ids)
    cutoff = None if as_of is None else Date.coerce(as_of).latest
    affiliations = _Affiliations(brief)
    found: dict[tuple[str, str], list[_Item]] = {}
    for statement in sorted(brief.statements, key=_evidence_key):
        if cutoff is not None and (statement.when is None or statement.when.latest > cutoff):
            continue
        says: dict[str, list[DerivedPosition]] = {}
        for stance in statement.stances:
            if stance.issue in wanted_issues:
                says.setdefault(stance.issue, []).append(stance.position)
        if not says:
            continue
        own = affiliations.group(statement.speaker, include_members=include_members)
        counts_for: dict[str, Basis] = dict.fromkeys(
            own, "own-words" if statement.mode == "direct" else "reported"
        )
        if include_assessments and affiliations.is_analyst(statement.speaker):
            for about in statement.about:
                for actor_id in affiliations.group(about, include_members=include_members):
                    counts_for.setdefault(actor_id, "assessment")
        for actor_id, basis in counts_for.items():
            if wanted_actors is not None and actor_id not in wanted_actors:
                continue
            for issue_id, values in says.items():
                found.setdefault((actor_id, issue_id), []).append(
                    (statement, basis, _summarise(values))
                )
    return found


def _position(actor_id: str, issue_id: str, items: Sequence[_Item]) -> Position:
    dated = [s.when for s, _, _ in items if s.when is not None]
    speakers = dict.fromkeys(s.speaker for s, _, _ in items)
    bases = {basis for _, basis, _ in items}
    return Position(
        actor=actor_id,
        issue=issue_id,
        position=_summarise(value for _, _, value in items),
        since=dated[0] if dated else None,
        evidence=tuple(s.id for s, _, _ in items),
        basis=tuple(b for b in BASES if b in bases),
        speakers=tuple(speakers),
    )


def _names(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def build_positions(
    brief: Brief,
    actor: str | None = None,
    issue: str | None = None,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> tuple[Position, ...]:
    """Return the positions of *brief*'s actors on its issues, by actor id, then issue id.

    See :func:`idlib_brief.positions`, which does this on the bundled brief.
    """
    actor_ids = None if actor is None else [_resolve_actor(brief, actor).id]
    issue_ids = None if issue is None else [brief.issue(issue).id]
    found = _collect(
        brief,
        actor_ids,
        issue_ids,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )
    return tuple(_position(a, i, items) for (a, i), items in sorted(found.items()))


def build_matrix(
    brief: Brief,
    actors: str | Iterable[str] | None = None,
    issues: str | Iterable[str] | None = None,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> PositionMatrix:
    """Return *brief*'s actors by issues; see :func:`idlib_brief.position_matrix`."""
    actor_names = _names(actors)
    issue_names = _names(issues)
    actor_ids = None if actor_names is None else [_resolve_actor(brief, a).id for a in actor_names]
    issue_ids = None if issue_names is None else [brief.issue(i).id for i in issue_names]
    found = _collect(
        brief,
        actor_ids,
        issue_ids,
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )
    if actor_ids is not None:
        rows = list(dict.fromkeys(actor_ids))
    else:
        rows = sorted({a for a, _ in found})
    if issue_ids is not None:
        columns = list(dict.fromkeys(issue_ids))
    else:
        present = {i for _, i in found}
        columns = [issue.id for issue in brief.issues if issue.id in present]
    cells = tuple(
        tuple(_position(a, i, found[a, i]) if (a, i) in found else None for i in columns)
        for a in rows
    )
    return PositionMatrix(actors=tuple(rows), issues=tuple(columns), cells=cells)


def build_comparison(
    brief: Brief,
    a: str,
    b: str,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> Comparison:
    """Compare two actors' positions in *brief*; see :func:`idlib_brief.compare`."""
    options: dict[str, Any] = {
        "as_of": as_of,
        "include_members": include_members,
        "include_assessments": include_assessments,
    }
    a_id = _resolve_actor(brief, a).id
    b_id = _resolve_actor(brief, b).id
    of_a = {p.issue: p for p in build_positions(brief, a_id, **options)}
    of_b = {p.issue: p for p in build_positions(brief, b_id, **options)}
    sorts: dict[str, list[PositionPair]] = {
        "agree": [],
        "disagree": [],
        "unclear": [],
        "only_a": [],
        "only_b": [],
    }
    for issue in sorted(of_a.keys() | of_b.keys()):
        pair = PositionPair(issue=issue, a=of_a.get(issue), b=of_b.get(issue))
        if pair.b is None:
            sorts["only_a"].append(pair)
        elif pair.a is None:
            sorts["only_b"].append(pair)
        elif "mixed" in {pair.a.position, pair.b.position}:
            sorts["unclear"].append(pair)
        elif pair.a.position == pair.b.position:
            sorts["agree"].append(pair)
        else:
            sorts["disagree"].append(pair)
    return Comparison(a=a_id, b=b_id, **{k: tuple(pairs) for k, pairs in sorts.items()})


def build_history(
    brief: Brief,
    actor: str,
    issue: str,
    *,
    as_of: DateLike | None = None,
    include_members: bool = True,
    include_assessments: bool = False,
) -> PositionHistory:
    """Return how an actor's position on an issue came about.

    See :func:`idlib_brief.position_history`, which does this on the bundled brief.
    """
    actor_id = _resolve_actor(brief, actor).id
    issue_id = brief.issue(issue).id
    found = _collect(
        brief,
        [actor_id],
        [issue_id],
        as_of=as_of,
        include_members=include_members,
        include_assessments=include_assessments,
    )
    entries: list[PositionChange] = []
    seen: list[DerivedPosition] = []
    for statement, basis, value in found.get((actor_id, issue_id), []):
        seen.append(value)
        entries.append(
            PositionChange(
                statement=statement.id,
                speaker=statement.speaker,
                when=statement.when,
                basis=basis,
                position=value,
                running=_summarise(seen),
            )
        )
    return PositionHistory(actor=actor_id, issue=issue_id, entries=tuple(entries))
