"""What the positions helpers return: positions, their history, matrices, comparisons.

How positions are derived is :mod:`idlib_brief._positions`' job; these are the results,
with their plain-text and Markdown renderings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, get_args

from attrs import field, frozen
from attrs import validators as v

from ._dates import Date
from ._public import present_as_public
from ._render import markdown_table, text_table
from ._vocabularies import ActorKind

if TYPE_CHECKING:
    from ._brief import Brief

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


def summarise(values: Iterable[DerivedPosition]) -> DerivedPosition:
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

    @classmethod
    def _derived(  # noqa: PLR0917 - one positional argument per field, in field order
        cls,
        actor: str,
        issue: str,
        position: DerivedPosition,
        since: Date | None,
        evidence: tuple[str, ...],
        basis: tuple[Basis, ...],
        speakers: tuple[str, ...],
    ) -> Position:
        """A position the library derived itself, built without re-running validators.

        Deriving positions builds one per actor and issue; the derivation guarantees
        what the validators check, and the tests check the derivation.
        """
        position_ = object.__new__(cls)
        values = (actor, issue, position, since, evidence, basis, speakers)
        for name, value in zip(_POSITION_FIELDS, values, strict=True):
            object.__setattr__(position_, name, value)
        return position_


_POSITION_FIELDS = ("actor", "issue", "position", "since", "evidence", "basis", "speakers")


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

        Args:
            key: A pair: an actor's id, one of the rows, and an issue's id, one of the
                columns (``matrix["turkey", "ceasefire"]``); names are not looked up.

        Returns:
            The position, or ``None`` where the cell is empty.

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


present_as_public(globals())
