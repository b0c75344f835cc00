"""Who stands how to whom: the `Brief.relation_graph` helper and its `RelationGraph`.

:func:`relation_graph` is defined here, once, and bound into
:class:`~idlib_brief.Brief` as its method (``_brief.py`` has no room for its docs);
``idlib_brief.relation_graph`` binds it to the bundled brief. Drawing is in
``_plot_relations``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from ._dates import Date
from ._extras import missing_extra
from ._model import Relation
from ._public import present_as_public
from ._render import markdown_table, text_table
from ._vocabularies import PREDICATES

if TYPE_CHECKING:
    from ._brief import Brief
    from ._dates import DateLike

ALIGNING: tuple[str, ...] = ("member-of", "part-of", "speaks-for", "leads", "allied-with", "backs")
"""The predicates that put two actors on one side (stated or inferred, not claimed)."""


def _names(value: str | Iterable[str], option: str) -> tuple[str, ...]:
    values = (value,) if isinstance(value, str) else tuple(value)
    for item in values:
        if not isinstance(item, str):
            raise TypeError(f"{option!r} takes strings only (got {item!r})")
    return values


def holds_on(relation: Relation, cutoff: Date) -> bool:
    """Whether the brief has *relation* hold on *cutoff*'s last day.

    A relation without a ``when`` holds throughout (the text gives it no time); one
    with a ``when`` holds from its earliest day to its latest (an open end has none).
    """
    when = relation.when
    return when is None or when.earliest <= cutoff.latest <= when.latest


def relation_graph(  # noqa: D417 - self is the brief, as in a method
    self: Brief,
    actor: str | Iterable[str] | None = None,
    *,
    predicate: str | Iterable[str] | None = None,
    as_of: DateLike | None = None,
    include_claims: bool = True,
) -> RelationGraph:
    """Return who stands how to whom: the relations between actors, filtered.

    Each filter narrows the result; filters commute, and ``None`` filters nothing.

    Args:
        actor: Only relations with these actors (ids, names or aliases, resolved by
            :meth:`Brief.actor <idlib_brief.Brief.actor>`) as subject or object.
        predicate: Only these predicates, one or several of
            :data:`~idlib_brief.PREDICATES`.
        as_of: Only relations that hold on this date's last day: those with no
            ``when`` (the text gives them no time, so they are taken to hold
            throughout) and those whose ``when`` runs from on or before that day to on
            or after it (an open end runs on).
        include_claims: Keep relations that are someone's claim (``asserted_by`` is
            set), such as Russia's accusation that Turkey backs terrorist groups.

    Returns:
        A :class:`~idlib_brief.RelationGraph`.

    Raises:
        UnknownActorError: No actor has one of those ids, names or aliases.
        ValueError: An unknown predicate.
        EDTFError: *as_of* is text that is not EDTF.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> [r.id for r in brief.relation_graph("Turkey", predicate="backs")]
    ['turkey-backs-rebel-groups', 'turkey-backs-terrorist-groups']
    >>> stated = brief.relation_graph(
    ...     "Ankara", predicate="backs", include_claims=False
    ... )
    >>> [r.id for r in stated]
    ['turkey-backs-rebel-groups']
    >>> claim = brief["turkey-backs-terrorist-groups"]
    >>> claim.asserted_by, claim.claimed
    ('russia', True)
    >>> [r.id for r in brief.relation_graph(predicate="fights", as_of="2020-01")]
    []

    .. versionadded:: 0.2.0
    """
    brief = self
    actors = None if actor is None else {brief.actor(n).id for n in _names(actor, "actor")}
    predicates = None if predicate is None else set(_names(predicate, "predicate"))
    for value in predicates or ():
        if value not in PREDICATES:
            raise ValueError(f"'predicate' must be one of {PREDICATES!r} (got {value!r})")
    cutoff = None if as_of is None else Date.coerce(as_of)
    kept = tuple(
        r
        for r in brief.relations
        if (actors is None or r.subject in actors or r.object in actors)
        and (predicates is None or r.predicate in predicates)
        and (cutoff is None or holds_on(r, cutoff))
        and (include_claims or r.asserted_by is None)
    )
    return RelationGraph(relations=kept, brief=brief)


def sides(brief: Brief) -> Mapping[str, str]:
    """Each actor's side: the actors linked by aligning relations that are no one's claim.

    A side is named after its state with the most relations (with no state, its body
    or group with the most; failing that, its actor with the most); actors in no such
    relation are their own side.
    """
    parent: dict[str, str] = {a.id: a.id for a in brief.actors}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    degree: dict[str, int] = dict.fromkeys(parent, 0)
    for r in brief.relations:
        degree[r.subject] += 1
        degree[r.object] += 1
        if r.predicate in ALIGNING and r.polarity == "asserted" and r.asserted_by is None:
            parent[root(r.subject)] = root(r.object)
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(root(key), []).append(key)
    side: dict[str, str] = {}
    for members in groups.values():
        kinds = {m: brief.actor(m).kind for m in members}
        states = [m for m in members if kinds[m] == "state"]
        candidates = states or [m for m in members if kinds[m] != "person"] or members
        name = max(sorted(candidates), key=lambda m: degree[m])
        side.update(dict.fromkeys(members, name))
    return MappingProxyType(side)


def _by_id(relations: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(sorted(relations, key=lambda r: r.id))


@frozen(kw_only=True)
class RelationGraph:
    """Relations between actors: a table, a network picture, or a networkx graph.

    Get one from :meth:`Brief.relation_graph <idlib_brief.Brief.relation_graph>`.
    Iterating gives the relations, by id; ``str(graph)`` is a plain-text table and
    :meth:`to_markdown` a Markdown one.

    Attributes:
        relations: The relations, by id.
        brief: The brief they come from, which names the actors.

    >>> import idlib_brief
    >>> graph = idlib_brief.load().relation_graph("Iran")
    >>> print(graph)
    id                        subject  predicate    object  mode      when  claimed by
    ------------------------  -------  -----------  ------  --------  ----  ----------
    iran-aids-syrian-advance  iran     backs        syria   military
    iran-allied-with-syria    iran     allied-with  syria

    .. versionadded:: 0.2.0
    """

    relations: tuple[Relation, ...] = field(converter=_by_id)
    brief: Brief = field(eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.relations)

    def __iter__(self) -> Iterator[Relation]:
        return iter(self.relations)

    @property
    def actors(self) -> tuple[str, ...]:
        """The ids of the actors the relations link (subjects and objects), sorted."""
        return tuple(sorted({a for r in self.relations for a in (r.subject, r.object)}))

    def sides(self) -> dict[str, str]:
        """Each of :attr:`actors` with its side, named for a member (see :meth:`plot`)."""
        every = sides(self.brief)
        return {a: every[a] for a in self.actors}

    _HEADERS = ("id", "subject", "predicate", "object", "mode", "when", "claimed by")

    def _rows(self) -> list[list[str]]:
        return [
            [
                r.id,
                r.subject,
                r.predicate if r.polarity == "asserted" else f"not {r.predicate}",
                r.object,
                r.mode or "",
                "" if r.when is None else str(r.when),
                r.asserted_by or "",
            ]
            for r in self.relations
        ]

    def to_text(self) -> str:
        """The relations as a plain-text table; a denied one reads ``not <predicate>``."""
        return text_table(self._HEADERS, self._rows())

    def __str__(self) -> str:
        return self.to_text()

    def to_markdown(self) -> str:
        """The relations as a Markdown table, with the columns of :meth:`to_text`.

        >>> import idlib_brief
        >>> graph = idlib_brief.load().relation_graph("Peskov")
        >>> print(graph.to_markdown())
        | id | subject | predicate | object | mode | when | claimed by |
        | --- | --- | --- | --- | --- | --- | --- |
        | peskov-speaks-for-kremlin | peskov | speaks-for | kremlin |  |  |  |
        """
        return markdown_table(self._HEADERS, self._rows())

    def plot(self, *, title: str | None = None, credit: str | None = None) -> Any:
        """Draw the relations as a network: a column of actors per side, 8 inches wide.

        Actors are grouped by side: those linked by membership, leadership, alliance or
        backing (stated by the text or inferred by us, but not someone's claim) stand in
        one column, headed by its states; small sides are drawn together as "Others".
        In a column, each actor stands indented under the country or body it belongs
        to. Each edge's colour says its predicate (an arrow points from subject to
        object; a symmetric predicate has no arrowhead); our inferences are dotted, and
        a claimed relation is dashed and labelled with who claims it. The legend lists
        only the predicates and lines drawn; a source credit is written under it.

        Args:
            title: A title over the picture.
            credit: A source credit under the picture; by default, made from the
                brief's sources (publisher and date).

        Returns:
            A :class:`matplotlib.figure.Figure`.

        Raises:
            ImportError: matplotlib is not installed (the ``plot`` extra).

        >>> import idlib_brief
        >>> fig = idlib_brief.load().relation_graph().plot(title="Who backs whom")
        >>> fig.axes[0].get_title()
        'Who backs whom'
        """
        from ._plot_relations import plot_relations

        return plot_relations(self, title=title, credit=credit)

    def to_networkx(self) -> Any:
        """The relations as a networkx ``MultiDiGraph`` (the ``network`` extra).

        Nodes are actor ids, with the actor's ``name``, ``kind`` and ``side``; each
        relation is an edge from subject to object keyed by its id, with its
        ``predicate``, ``mode``, ``when`` (EDTF text or ``None``), ``asserted_by`` and
        ``polarity``. A symmetric relation gives an edge each way, under one key.

        Raises:
            ImportError: networkx is not installed (the ``network`` extra).

        >>> import idlib_brief
        >>> g = idlib_brief.load().relation_graph("Iran").to_networkx()
        >>> for edge in sorted(g.edges(keys=True)):
        ...     print(edge)
        ('iran', 'syria', 'iran-aids-syrian-advance')
        ('iran', 'syria', 'iran-allied-with-syria')
        ('syria', 'iran', 'iran-allied-with-syria')
        """
        try:
            import networkx as nx
        except ImportError as exc:
            raise missing_extra("to_networkx", "network") from exc
        graph = nx.MultiDiGraph()
        side = self.sides()
        for key in self.actors:
            actor = self.brief.actor(key)
            graph.add_node(key, name=actor.name, kind=actor.kind, side=side[key])
        for r in self.relations:
            data = {
                "predicate": r.predicate,
                "mode": r.mode,
                "when": None if r.when is None else str(r.when),
                "asserted_by": r.asserted_by,
                "polarity": r.polarity,
            }
            graph.add_edge(r.subject, r.object, key=r.id, **data)
            if r.symmetric:
                graph.add_edge(r.object, r.subject, key=r.id, **data)
        return graph


present_as_public(globals())
