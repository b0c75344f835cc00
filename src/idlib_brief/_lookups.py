"""A brief's lookups by name and by id: `Brief.actor`, `Brief.issue`, the typed getters.

Each function here is a method of :class:`~idlib_brief.Brief`, defined once, with its
docs, and bound in the class body (``actor = _lookups.actor``), as ``place`` and
``gazetteer`` are from ``_places``; ``self`` is the brief. They answer from the indexes
that the brief's constructor builds; every helper resolves names through
:func:`actor` and :func:`issue`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from ._errors import UnknownActorError, UnknownIssueError, UnknownRecordError
from ._kinds import BY_CLASS
from ._model import Actor, Agreement, Event, Figure, Issue, Relation, Source, Statement
from ._names import close_matches, normalize_name

if TYPE_CHECKING:
    from ._brief import Brief

_T = TypeVar("_T")


def actor(self: Brief, name: str) -> Actor:  # noqa: D417 - self is the brief, as in a method
    """Return the actor with *name* as its id, name or one of its aliases.

    An actor's exact id comes first; otherwise names, aliases and ids match
    whatever their case, diacritics and punctuation, so ``"Erdoğan"``,
    ``"erdogan"`` and ``"Recep Tayyip Erdogan"`` give the same actor. Every
    helper's ``actor`` and ``actors`` arguments, and the command line, resolve
    names this way.

    >>> from idlib_brief import load
    >>> brief = load()
    >>> brief.actor("Erdoğan") is brief.actor("RECEP TAYYIP ERDOGAN")
    True

    Args:
        name: The actor's id (``"erdogan"``), its name, or one of its aliases
            (``"Ankara"`` for Turkey), in any case, with or without diacritics.

    Raises:
        UnknownActorError: No actor fits (a :class:`LookupError` listing close
            names).
    """
    record = self.get(name)
    if isinstance(record, Actor):
        return record
    found = self._names.get(normalize_name(name), ()) if isinstance(name, str) else ()
    if len(found) == 1:
        return found[0]
    if found:  # the loader rejects a name shared by two actors; a hand-built brief may not
        raise UnknownActorError(name, [a.name for a in found])
    spelled: dict[str, str] = {}
    for n in (n for a in self.actors for n in a.names):
        spelled.setdefault(normalize_name(n), n)
    close = [spelled[c] for c in close_matches(normalize_name(str(name)), spelled)]
    raise UnknownActorError(name, close)


def issue(self: Brief, name: str) -> Issue:  # noqa: D417 - self is the brief, as in a method
    """Return the issue with *name* as its id or title.

    An issue's exact id comes first; otherwise ids and titles match whatever their
    case, diacritics and punctuation, as actors' names do in :meth:`actor`.

    >>> from idlib_brief import load
    >>> load().issue("A ceasefire in Idlib").id
    'ceasefire'

    Args:
        name: The issue's id (``"ceasefire"``) or its title, in any case, with or
            without diacritics.

    Raises:
        UnknownIssueError: No issue fits (a :class:`LookupError` listing close ids), or
            the title is shared by several issues of a brief built by hand (it lists
            their ids; the loader refuses such a brief).

    .. versionadded:: 0.1.0
    """
    record = self.get(name)
    if isinstance(record, Issue):
        return record
    found = self._issue_names.get(normalize_name(name), ()) if isinstance(name, str) else ()
    if len(found) == 1:
        return found[0]
    if found:  # the loader rejects a title shared by two issues; a hand-built brief may not
        raise UnknownIssueError(name, [i.id for i in found])
    raise UnknownIssueError(name, close_matches(str(name), [i.id for i in self.issues]))


def source(self: Brief, key: str, /) -> Source:  # noqa: D417 - self is the brief
    """Return the source with id *key*, typed (``brief[key]`` is any record).

    The typed getters :meth:`statement`, :meth:`agreement`, :meth:`figure`,
    :meth:`event` and :meth:`relation` work alike, each for its kind.

    Args:
        key: The source's id, exactly; names are not looked up.

    Raises:
        UnknownRecordError: No source has that id (the message names close ids, and
            the kind of the record that has it, if any).

    .. versionadded:: 0.2.0
    """
    return _of_kind(self, key, Source)


def statement(self: Brief, key: str, /) -> Statement:  # noqa: D417 - self is the brief
    """Return the statement with id *key*, typed; raises as :meth:`source` does.

    Args:
        key: The statement's id, exactly.
    """
    return _of_kind(self, key, Statement)


def agreement(self: Brief, key: str, /) -> Agreement:  # noqa: D417 - self is the brief
    """Return the agreement with id *key*, typed; raises as :meth:`source` does.

    Args:
        key: The agreement's id, exactly.
    """
    return _of_kind(self, key, Agreement)


def figure(self: Brief, key: str, /) -> Figure:  # noqa: D417 - self is the brief
    """Return the figure with id *key*, typed; raises as :meth:`source` does.

    Args:
        key: The figure's id, exactly.
    """
    return _of_kind(self, key, Figure)


def event(self: Brief, key: str, /) -> Event:  # noqa: D417 - self is the brief
    """Return the event with id *key*, typed; raises as :meth:`source` does.

    Args:
        key: The event's id, exactly.
    """
    return _of_kind(self, key, Event)


def relation(self: Brief, key: str, /) -> Relation:  # noqa: D417 - self is the brief
    """Return the relation with id *key*, typed; raises as :meth:`source` does.

    Args:
        key: The relation's id, exactly.
    """
    return _of_kind(self, key, Relation)


def _of_kind(brief: Brief, key: str, cls: type[_T]) -> _T:
    """The record of class *cls* with id *key* in *brief*, or `UnknownRecordError`."""
    record = brief.get(key)
    if isinstance(record, cls):
        return record
    kind, actual = BY_CLASS[cls], None if record is None else BY_CLASS[type(record)].article
    close = close_matches(str(key), (r.id for r in getattr(brief, kind.plural)))
    raise UnknownRecordError(str(key), close, kind=kind.name, actual=actual)


def find_actor(self: Brief, name: str) -> Actor | None:  # noqa: D417 - self is the brief
    """Like :meth:`actor`, but return ``None`` where no actor fits.

    Args:
        name: The actor's id, name or one of its aliases, as :meth:`actor` takes it.
    """
    try:
        return self.actor(name)
    except UnknownActorError:
        return None


def members(self: Brief, actor: str) -> tuple[Actor, ...]:  # noqa: D417 - self is the brief
    """The actors whose ``affiliation`` is *actor*, by id.

    Only the direct members: a member's own members are not among them.

    >>> from idlib_brief import load
    >>> "erdogan" in [a.id for a in load().members("Turkey")]
    True

    Args:
        actor: The actor they belong to or speak for: its id, name or one of its
            aliases, as :meth:`actor` takes it.
    """
    return self._members.get(self.actor(actor).id, ())


for _method in (actor, issue, source, statement, agreement, figure, event, relation, find_actor):
    _method.__qualname__ = f"Brief.{_method.__name__}"  # methods of Brief, wherever defined
members.__qualname__ = "Brief.members"
del _method
