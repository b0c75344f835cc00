"""Which entries a timeline keeps: its filters, and the status of events as of a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeAlias

from ._errors import TimelineError
from ._kinds import BY_CLASS, ENTRY_KINDS, ENTRY_STATUSES
from ._model import DatedRecord, Event, Statement
from ._places import rolled_up
from ._timeline_entry import EntryStatus
from ._vocabularies import EventStatus

if TYPE_CHECKING:
    from ._brief import Brief
    from ._dates import Date

Names: TypeAlias = str | Iterable[str]
"""One value, or several: a single string counts as one value, never as its letters."""


def _values(value: Names, option: str) -> tuple[str, ...]:
    """*value* as a tuple of strings: one string is one value, not its letters."""
    values = (value,) if isinstance(value, str) else tuple(value)
    for item in values:
        if not isinstance(item, str):
            raise TimelineError(option, item, reason="takes strings only")
    return values


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


Test: TypeAlias = Callable[[DatedRecord, str, EntryStatus | None], bool]


def make_filter(
    brief: Brief | None,
    *,
    actors: Names,
    kinds: Names,
    issues: Names,
    status: Names,
    include_members: bool,
    places: Names = (),
) -> Test | None:
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
    place_names = _values(places, "places")
    place_set = rolled_up(brief, place_names) if brief else set(place_names)
    if not (kind_set or status_set or issue_names or actor_names or place_names):
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
        if place_names and not any(p.place in place_set for p in getattr(record, "places", ())):
            return False
        return not actor_names or not actor_set.isdisjoint(BY_CLASS[type(record)].actors(record))

    return test


def published_days(brief: Brief | None) -> dict[str, dt.date]:
    """The last day each source of *brief* may have been published on, where known."""
    if brief is None:
        return {}
    return {s.id: s.published.latest for s in brief.sources if s.published is not None}


def event_status_as_of(
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
