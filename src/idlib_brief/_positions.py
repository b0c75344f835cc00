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
    ``"mixed"``. :meth:`Brief.position_history
    <idlib_brief.Brief.position_history>` shows the order in which they came.

Dates
    Evidence is in date order (the one order of dated records: by
    :attr:`Date.sort_key <idlib_brief.Date.sort_key>`, then by id); undated statements
    come last, by id. ``since`` is the earliest date of the
    evidence, ``None`` where none of it is dated. With ``as_of``, only statements
    certainly made on or before it count: dated ones whose ``when.latest`` is not after
    ``as_of``'s last day. Undated statements are left out then, since nothing says
    they came before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from ._dates import Date, DateLike
from ._gc import paused_gc
from ._kinds import date_order
from ._position_results import (
    ANALYST_KINDS,
    BASES,
    Basis,
    Comparison,
    DerivedPosition,
    Position,
    PositionChange,
    PositionHistory,
    PositionMatrix,
    PositionPair,
    summarise,
)

if TYPE_CHECKING:
    from ._brief import Brief
    from ._model import Statement


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


def evidence_order(statements: Sequence[Statement]) -> list[Statement]:
    """*statements* in evidence order: dated ones in date order, then undated by id."""
    dated = sorted((s for s in statements if s.when is not None), key=date_order)
    return dated + sorted((s for s in statements if s.when is None), key=lambda s: s.id)


@frozen
class Rules:
    """The options of one positions query, with the brief they apply to.

    :meth:`Brief.positions <idlib_brief.Brief.positions>` documents each option; the
    query functions below take them in this one object.
    """

    brief: Brief
    cutoff: dt.date | None
    include_members: bool
    include_assessments: bool

    @classmethod
    def make(
        cls,
        brief: Brief,
        as_of: DateLike | None,
        include_members: bool,
        include_assessments: bool,
    ) -> Rules:
        """The rules for *brief*, with ``as_of`` read as its last day."""
        cutoff = None if as_of is None else Date.coerce(as_of).latest
        return cls(brief, cutoff, include_members, include_assessments)


_Item = tuple["Statement", Basis, DerivedPosition]
"""A statement in a position's evidence, its basis, and what its stances say."""


def _collect(
    rules: Rules, actor_ids: Sequence[str] | None, issue_ids: Sequence[str] | None
) -> dict[tuple[str, str], list[_Item]]:
    """Gather every statement that counts for an (actor, issue), in evidence order.

    One pass over the statements, whatever the number of actors and issues asked for.
    """
    brief, cutoff = rules.brief, rules.cutoff
    vocabulary = {issue.id for issue in brief.issues}
    wanted_issues = vocabulary if issue_ids is None else vocabulary & set(issue_ids)
    wanted_actors = None if actor_ids is None else set(actor_ids)
    affiliations = _Affiliations(brief)
    found: dict[tuple[str, str], list[_Item]] = {}
    for statement in evidence_order(brief.statements):
        if cutoff is not None and (statement.when is None or statement.when.latest > cutoff):
            continue
        says: dict[str, list[DerivedPosition]] = {}
        for stance in statement.stances:
            if stance.issue in wanted_issues:
                says.setdefault(stance.issue, []).append(stance.position)
        if not says:
            continue
        own = affiliations.group(statement.speaker, include_members=rules.include_members)
        counts_for: dict[str, Basis] = dict.fromkeys(
            own, "own-words" if statement.mode == "direct" else "reported"
        )
        if rules.include_assessments and affiliations.is_analyst(statement.speaker):
            for about in statement.about:
                for actor_id in affiliations.group(about, include_members=rules.include_members):
                    counts_for.setdefault(actor_id, "assessment")
        for actor_id, basis in counts_for.items():
            if wanted_actors is not None and actor_id not in wanted_actors:
                continue
            for issue_id, values in says.items():
                found.setdefault((actor_id, issue_id), []).append(
                    (statement, basis, summarise(values))
                )
    return found


def _position(actor_id: str, issue_id: str, items: Sequence[_Item]) -> Position:
    since = None
    speakers: dict[str, None] = {}
    bases: set[Basis] = set()
    values: set[DerivedPosition] = set()
    for statement, basis, value in items:
        if since is None:
            since = statement.when  # items are in evidence order: the first date is earliest
        speakers[statement.speaker] = None
        bases.add(basis)
        values.add(value)
    return Position._derived(  # noqa: SLF001 - the derivation's own constructor
        actor_id,
        issue_id,
        summarise(values),
        since,
        tuple(s.id for s, _, _ in items),
        tuple(b for b in BASES if b in bases),
        tuple(speakers),
    )


def positions(
    rules: Rules, actor_ids: Sequence[str] | None, issue_ids: Sequence[str] | None
) -> tuple[Position, ...]:
    """The positions of the actors on the issues (``None``: all), by actor, then issue."""
    with paused_gc():
        found = _collect(rules, actor_ids, issue_ids)
        return tuple(_position(a, i, items) for (a, i), items in sorted(found.items()))


def matrix(
    rules: Rules, actor_ids: Sequence[str] | None, issue_ids: Sequence[str] | None
) -> PositionMatrix:
    """Actors by issues: the given ones in order, or every one that has a position."""
    with paused_gc():
        found = _collect(rules, actor_ids, issue_ids)
    if actor_ids is not None:
        rows = list(dict.fromkeys(actor_ids))
    else:
        rows = sorted({a for a, _ in found})
    if issue_ids is not None:
        columns = list(dict.fromkeys(issue_ids))
    else:
        present = {i for _, i in found}
        columns = [issue.id for issue in rules.brief.issues if issue.id in present]
    cells = tuple(
        tuple(_position(a, i, found[a, i]) if (a, i) in found else None for i in columns)
        for a in rows
    )
    return PositionMatrix(actors=tuple(rows), issues=tuple(columns), cells=cells)


def comparison(rules: Rules, a_id: str, b_id: str) -> Comparison:
    """Where the two actors' positions agree, disagree, or only one has one."""
    found = positions(rules, [a_id, b_id], None)
    of_a = {p.issue: p for p in found if p.actor == a_id}
    of_b = {p.issue: p for p in found if p.actor == b_id}
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


def history(rules: Rules, actor_id: str, issue_id: str) -> PositionHistory:
    """How the actor's position on the issue came about, statement by statement."""
    found = _collect(rules, [actor_id], [issue_id])
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
                running=summarise(seen),
            )
        )
    return PositionHistory(actor=actor_id, issue=issue_id, entries=tuple(entries))
