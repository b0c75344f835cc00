"""Dates with the precision the text gives, written as EDTF (ISO 8601-2) strings."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal, Union

from attrs import field, frozen

from ._errors import EDTFError

Precision = Literal["day", "month", "year"]
"""How precise a date is: ``"day"``, ``"month"`` or ``"year"``."""

PRECISIONS: tuple[Precision, ...] = ("day", "month", "year")

_POINT = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<q>[?~%])?")
_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}


@frozen
class _Point:
    earliest: dt.date
    latest: dt.date
    precision: Precision
    qualifier: str


def _parse_point(text: str, whole: str) -> _Point:
    match = _POINT.fullmatch(text)
    if match is None:
        raise EDTFError(
            whole,
            f"{text!r} is not of the form YYYY, YYYY-MM or YYYY-MM-DD, "
            "optionally followed by '?', '~' or '%'",
        )
    year = int(match["year"])
    if year == 0:
        raise EDTFError(whole, "the year 0000 is not supported")
    qualifier = match["q"] or ""
    if match["month"] is None:
        return _Point(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", qualifier)
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise EDTFError(whole, f"month {month:02d} is not between 01 and 12")
    last = calendar.monthrange(year, month)[1]
    if match["day"] is None:
        return _Point(dt.date(year, month, 1), dt.date(year, month, last), "month", qualifier)
    day = int(match["day"])
    if not 1 <= day <= last:
        raise EDTFError(whole, f"day {day:02d} does not exist in {year:04d}-{month:02d}")
    when = dt.date(year, month, day)
    return _Point(when, when, "day", qualifier)


DateLike = Union["Date", str, dt.date]
"""What the helpers accept where a date is asked for: a :class:`Date`, EDTF text or a
:class:`datetime.date`."""


@frozen(order=False)
class Date:
    """A date or interval at the precision the source gives it, parsed from EDTF text.

    The subset of EDTF (ISO 8601-2) that is read: a day ``2020-03-05``, a month
    ``2019-12``, a year ``2018``; each optionally followed by ``?`` (uncertain), ``~``
    (approximate) or ``%`` (both); and intervals of two of them joined by ``/``, where
    either end may be ``..`` (open: it goes on without bound) or empty (unknown).

    ``earliest`` and ``latest`` are the first and last day the text allows; an open or
    unknown end gives :data:`datetime.date.min` or :data:`datetime.date.max`. The
    qualifiers ``~`` and ``?`` do not widen the bounds: they are kept as flags.

    Two dates are equal when their texts are; they order by ``earliest``, then
    ``latest``, then text, which is a total order.

    >>> d = Date("2020-02-01/2020-02-15")
    >>> d.earliest, d.latest
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 15))
    >>> Date("2019-12").precision
    'month'
    >>> str(Date("2018~"))
    '2018~'
    >>> Date("2020-03") .contains(Date("2020-03-05"))
    True

    Raises:
        EDTFError: The text is not a date of that subset (a :class:`ValueError`).

    .. versionadded:: 0.1.0
    """

    text: str
    earliest: dt.date = field(init=False, eq=False, repr=False)
    latest: dt.date = field(init=False, eq=False, repr=False)
    precision: Precision = field(init=False, eq=False, repr=False)
    is_interval: bool = field(init=False, eq=False, repr=False)
    approximate: bool = field(init=False, eq=False, repr=False)
    uncertain: bool = field(init=False, eq=False, repr=False)
    open_start: bool = field(init=False, eq=False, repr=False)
    open_end: bool = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        text = self.text
        if not isinstance(text, str):
            raise EDTFError(repr(text), f"expected a string, got {type(text).__name__}")
        if text != text.strip() or not text:
            raise EDTFError(text, "it is empty or has surrounding white space")
        if "/" in text:
            start_text, _, end_text = text.partition("/")
            if "/" in end_text:
                raise EDTFError(text, "an interval has exactly one '/'")
            if start_text in {"", ".."} and end_text in {"", ".."}:
                raise EDTFError(text, "an interval needs at least one known end")
            start = None if start_text in {"", ".."} else _parse_point(start_text, text)
            end = None if end_text in {"", ".."} else _parse_point(end_text, text)
            points = [p for p in (start, end) if p is not None]
            earliest = start.earliest if start else dt.date.min
            latest = end.latest if end else dt.date.max
            if earliest > latest:
                raise EDTFError(text, "the interval's start is after its end")
            is_interval = True
        else:
            point = _parse_point(text, text)
            points = [point]
            earliest, latest = point.earliest, point.latest
            is_interval = False
            start_text = end_text = text
        precision = max((p.precision for p in points), key=_RANK.__getitem__)
        qualifiers = "".join(p.qualifier for p in points)
        values: dict[str, object] = {
            "earliest": earliest,
            "latest": latest,
            "precision": precision,
            "is_interval": is_interval,
            "approximate": "~" in qualifiers or "%" in qualifiers,
            "uncertain": "?" in qualifiers or "%" in qualifiers,
            "open_start": is_interval and start_text in {"", ".."},
            "open_end": is_interval and end_text in {"", ".."},
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

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
        if isinstance(value, dt.date):
            if isinstance(value, dt.datetime):
                value = value.date()
            return cls(value.isoformat())
        if isinstance(value, str):
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

        >>> Date("2020-02").overlaps("2020-02-15/2020-03-10")
        True
        >>> Date("2019").overlaps("2020-01-01")
        False
        """
        other = Date.coerce(other)
        return self.earliest <= other.latest and other.earliest <= self.latest

    def contains(self, other: DateLike) -> bool:
        """Whether every day that *other* allows is inside this date's bounds.

        >>> Date("2020-02-01/2020-02-15").contains("2020-02-10")
        True
        >>> Date("2020-02-01/2020-02-15").contains("2020-02")
        False
        """
        other = Date.coerce(other)
        return self.earliest <= other.earliest and other.latest <= self.latest

    def within(self, other: DateLike) -> bool:
        """Whether this date lies certainly inside *other*: ``other.contains(self)``.

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

        >>> Date("2018").is_before("2020-02")
        True
        >>> Date("2020-02").is_before("2020-02-29")
        False
        """
        return self.latest < Date.coerce(other).earliest

    def is_after(self, other: DateLike) -> bool:
        """Whether this date certainly begins after *other* ends.

        >>> Date("2020-03-05").is_after("2020-03-04")
        True
        """
        return self.earliest > Date.coerce(other).latest
