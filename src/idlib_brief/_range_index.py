"""The range index of a timeline: sorted bounds that range queries bisect."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._timeline_entry import TimelineEntry

_MIN = dt.date.min.toordinal()
_MAX = dt.date.max.toordinal()


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


class RangeIndex:
    """The sorted bounds a :class:`Timeline` bisects for range queries.

    Entries are grouped into classes by how many days their dates span (by the bit
    length of that number: 0, 1, 2–3, 4–7, … days, at most 23 classes). Entries with
    an open start (``earliest`` is :attr:`datetime.date.min`) form one more group,
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
