"""Dates with the precision the text gives, written as EDTF (ISO 8601-2) strings."""

from __future__ import annotations

import datetime as dt
from typing import Union

import attrs
from attrs import field, fields, frozen

from ._edtf import PRECISIONS, Parsed, Precision, parse_edtf
from ._public import present_as_public

__all__ = ["PRECISIONS", "Date", "DateLike", "Precision"]


def _to_text(value: str | dt.date) -> str:
    """A :class:`datetime.date` (or a datetime's day) as EDTF text; anything else as is."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_PARSED = tuple(a.name for a in fields(Parsed))


DateLike = Union["Date", str, dt.date]
"""What the helpers accept where a date is asked for: a :class:`Date`, EDTF text or a
:class:`datetime.date`."""


@frozen(order=False)
class Date:
    """A date or interval at the precision the source gives it, parsed from EDTF text.

    EDTF Level 1 conformance for the years 1-9999 (the 2019 Library of Congress
    specification, ISO 8601-2): every Level 0 and Level 1 form is read, except years
    before 1 or after 9999, which :class:`datetime.date` cannot hold.

    - a day ``2020-03-05``, a month ``2019-12``, a year ``2018``;
    - a date and time ``1985-04-12T23:20:30``, with ``Z`` or a shift such as
      ``+04:30``: its bounds are its calendar day as written, its time is in
      ``time``;
    - a season ``2001-21`` to ``2001-24`` (spring March-May, summer June-August,
      autumn September-November, winter December to the end of the next February);
    - unspecified digits ``201X``, ``20XX``, ``2004-XX``, ``1985-04-XX``,
      ``1985-XX-XX``, whose bounds cover every value they allow;
    - a qualifier at the end: ``?`` (uncertain), ``~`` (approximate) or ``%``
      (both);
    - intervals ``start/end`` whose ends are such dates, maybe qualified, or ``..``
      (open: it goes on without bound) or empty (unknown).

    ``earliest`` and ``latest`` are the first and last day the text allows; an open or
    unknown end gives :attr:`datetime.date.min` or :attr:`datetime.date.max`. The
    qualifiers do not widen the bounds: they are kept as flags.

    Two dates are equal when their texts are; they order by ``earliest``, then
    ``latest``, then text, which is a total order (a date and time sorts within its
    day, after the day itself).

    >>> d = Date("2020-02-01/2020-02-15")
    >>> d.earliest, d.latest
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 15))
    >>> Date("2019-12").precision
    'month'
    >>> str(Date("2018~"))
    '2018~'
    >>> Date("2020-03") .contains(Date("2020-03-05"))
    True
    >>> import datetime as dt
    >>> Date(dt.date(2020, 3, 5))
    Date(text='2020-03-05')

    Args:
        text: EDTF text, or a :class:`datetime.date` (a ``datetime.datetime``
            gives its day), written as ``YYYY-MM-DD``.

    Raises:
        EDTFError: The text is not a date of those forms (a :class:`ValueError`); the
            message says what is wrong and where.

    .. versionadded:: 0.1.0
    """

    text: str = field(converter=_to_text)
    earliest: dt.date = field(init=False, eq=False, repr=False)
    latest: dt.date = field(init=False, eq=False, repr=False)
    precision: Precision = field(init=False, eq=False, repr=False)
    is_interval: bool = field(init=False, eq=False, repr=False)
    approximate: bool = field(init=False, eq=False, repr=False)
    uncertain: bool = field(init=False, eq=False, repr=False)
    open_start: bool = field(init=False, eq=False, repr=False)
    open_end: bool = field(init=False, eq=False, repr=False)
    unknown_start: bool = field(init=False, eq=False, repr=False)
    unknown_end: bool = field(init=False, eq=False, repr=False)
    unspecified: bool = field(init=False, eq=False, repr=False)
    time: dt.time | None = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        parsed = parse_edtf(self.text)
        for name in _PARSED:
            object.__setattr__(self, name, getattr(parsed, name))

    def __str__(self) -> str:
        return self.text

    @classmethod
    def coerce(cls, value: DateLike) -> Date:
        """Return *value* as a :class:`Date`.

        Args:
            value: A :class:`Date`, EDTF text, or a :class:`datetime.date` (a day).

        >>> import datetime as dt
        >>> Date.coerce(dt.date(2020, 3, 5))
        Date(text='2020-03-05')

        Raises:
            EDTFError: *value* is text that is not EDTF.
            TypeError: *value* is of another type.
        """
        if isinstance(value, Date):
            return value
        if isinstance(value, (str, dt.date)):
            return cls(value)
        msg = f"expected a Date, EDTF text or datetime.date, got {type(value).__name__}"
        raise TypeError(msg)

    @property
    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """The key that dates order by, ``(earliest, latest, text)``.

        >>> Date("2020-03").sort_key < Date("2020-03-05").sort_key
        True
        """
        return (self.earliest, self.latest, self.text)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Date):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Date):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Date):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Date):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def overlaps(self, other: DateLike) -> bool:
        """Whether some day is allowed by both this date and *other*.

        Args:
            other: The date to hold this one against: a :class:`Date`, EDTF text
                (``"2020-02"``, ``"2020-02-15/2020-03-10"``) or a
                :class:`datetime.date`.

        >>> Date("2020-02").overlaps("2020-02-15/2020-03-10")
        True
        >>> Date("2019").overlaps("2020-01-01")
        False
        """
        other = Date.coerce(other)
        return self.earliest <= other.latest and other.earliest <= self.latest

    def contains(self, other: DateLike) -> bool:
        """Whether every day that *other* allows is inside this date's bounds.

        Args:
            other: The date that may lie inside this one: a :class:`Date`, EDTF text
                or a :class:`datetime.date`.

        >>> Date("2020-02-01/2020-02-15").contains("2020-02-10")
        True
        >>> Date("2020-02-01/2020-02-15").contains("2020-02")
        False
        """
        other = Date.coerce(other)
        return self.earliest <= other.earliest and other.latest <= self.latest

    def within(self, other: DateLike) -> bool:
        """Whether this date lies certainly inside *other*: ``other.contains(self)``.

        Args:
            other: The date that may hold this one: a :class:`Date`, EDTF text or a
                :class:`datetime.date`.

        >>> Date("2020-03-05").within("2020-03")
        True
        """
        return Date.coerce(other).contains(self)

    @property
    def start(self) -> Date | None:
        """An interval's first part; a single date's own self; ``None`` where open or unknown.

        >>> Date("2019-12/2020-02-29").start
        Date(text='2019-12')
        >>> Date("../2020").start is None
        True
        """
        return self._part(0)

    @property
    def end(self) -> Date | None:
        """An interval's last part; a single date's own self; ``None`` where open or unknown.

        >>> Date("2019-12/2020-02-29").end
        Date(text='2020-02-29')
        >>> Date("2020-02-20/..").end is None
        True
        """
        return self._part(2)

    def _part(self, index: int) -> Date | None:
        if not self.is_interval:
            return self
        text = self.text.partition("/")[index]
        return None if text in {"", ".."} else Date(text)

    def __contains__(self, day: object) -> bool:
        if isinstance(day, (Date, str, dt.date)):
            return self.contains(day)
        return False

    def is_before(self, other: DateLike) -> bool:
        """Whether this date certainly ends before *other* begins.

        Args:
            other: The date that may come later: a :class:`Date`, EDTF text or a
                :class:`datetime.date`.

        >>> Date("2018").is_before("2020-02")
        True
        >>> Date("2020-02").is_before("2020-02-29")
        False
        """
        return self.latest < Date.coerce(other).earliest

    def is_after(self, other: DateLike) -> bool:
        """Whether this date certainly begins after *other* ends.

        Args:
            other: The date that may come earlier: a :class:`Date`, EDTF text or a
                :class:`datetime.date`.

        >>> Date("2020-03-05").is_after("2020-03-04")
        True
        """
        return self.earliest > Date.coerce(other).latest


attrs.resolve_types(Date)  # here, before Date presents itself as idlib_brief.Date
present_as_public(globals())
