"""Reading EDTF text: Level 0 and Level 1 of the 2019 specification, for the years 1-9999.

One function, :func:`parse_edtf`, turns text into the bounds and flags that
:class:`~idlib_brief.Date` keeps. Each rejection says what is wrong in one line, and
names the feature where the text is valid EDTF that is not read (negative years,
``Y``-prefixed years, Level 2 forms).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Literal

from attrs import frozen

from ._errors import EDTFError

Precision = Literal["day", "month", "season", "year"]
"""How precise a date is: ``"day"``, ``"month"``, ``"season"`` or ``"year"``."""

PRECISIONS: tuple[Precision, ...] = ("day", "month", "season", "year")

MIN_YEAR = 1
MAX_YEAR = 9999

_RANK: dict[Precision, int] = {p: rank for rank, p in enumerate(PRECISIONS)}
_DIGITS = frozenset("0123456789")
_QUALIFIERS = frozenset("?~%")
_SEASONS: dict[int, tuple[str, int, int]] = {
    21: ("spring", 3, 5),
    22: ("summer", 6, 8),
    23: ("autumn", 9, 11),
    24: ("winter", 12, 2),  # December to the end of the next February
}
_TIME = re.compile(r"(\d\d)(?::(\d\d)(?::(\d\d))?)?", re.ASCII)
_SHIFT = re.compile(r"([+-])(\d\d)(?::(\d\d))?", re.ASCII)
_RANGE = f"the years read are {MIN_YEAR:04d} to {MAX_YEAR:04d}"
_LEVEL_2 = "EDTF Level 2, which is not read"


class _Reject(Exception):  # noqa: N818 - internal: a reason, wrapped in an EDTFError
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@frozen
class _Point:
    earliest: dt.date
    latest: dt.date
    precision: Precision
    qualifier: str = ""
    unspecified: bool = False
    time: dt.time | None = None


@frozen(kw_only=True)
class Parsed:
    """What EDTF text says: its bounds, precision and flags (see :class:`Date`)."""

    earliest: dt.date
    latest: dt.date
    precision: Precision
    is_interval: bool
    approximate: bool
    uncertain: bool
    open_start: bool
    open_end: bool
    unknown_start: bool
    unknown_end: bool
    unspecified: bool
    time: dt.time | None


def parse_edtf(text: object) -> Parsed:
    """Read EDTF *text* (Level 0 and Level 1, years 1-9999).

    Raises:
        EDTFError: The text is not EDTF of those levels and years; the reason says
            what is wrong and where.
    """
    if not isinstance(text, str):
        reason = f"expected EDTF text or a datetime.date, got {type(text).__name__}"
        raise EDTFError(repr(text), reason)
    _check_characters(text)
    slashes = text.count("/")
    if slashes > 1:
        raise EDTFError(text, f"an interval has one '/', not {slashes}")
    if slashes == 0:
        try:
            point = _point(text)
        except _Reject as error:
            raise EDTFError(text, error.reason) from None
        return Parsed(
            earliest=point.earliest,
            latest=point.latest,
            precision=point.precision,
            is_interval=False,
            approximate=point.qualifier in {"~", "%"},
            uncertain=point.qualifier in {"?", "%"},
            open_start=False,
            open_end=False,
            unknown_start=False,
            unknown_end=False,
            unspecified=point.unspecified,
            time=point.time,
        )
    return _interval(text)


def _check_characters(text: str) -> None:
    if not text:
        raise EDTFError(text, "it is empty")
    if text[0].isspace() or text[-1].isspace():
        side = "start" if text[0].isspace() else "end"
        char = text[0] if side == "start" else text[-1]
        raise EDTFError(text, f"white space ({char!r}) at its {side} is not allowed")
    for index, char in enumerate(text):
        if not char.isascii():
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            what = "ASCII digits 0-9" if char.isdigit() else "ASCII characters"
            raise EDTFError(text, f"only {what} are allowed; {char!r} at index {index} is {name}")


def _interval(text: str) -> Parsed:
    start_text, _, end_text = text.partition("/")
    ends: list[_Point | None] = []
    for part, role in ((start_text, "start"), (end_text, "end")):
        if part in {"", ".."}:
            ends.append(None)
            continue
        try:
            point = _point(part)
        except _Reject as error:
            raise EDTFError(text, f"{error.reason} (in the interval's {role})") from None
        if point.time is not None:
            reason = f"an interval's {role} is a date: a time of day is not allowed in an interval"
            raise EDTFError(text, reason)
        if point.unspecified:
            reason = f"unspecified digits ('X') in an interval's {role} are {_LEVEL_2}"
            raise EDTFError(text, reason)
        ends.append(point)
    start, end = ends
    if start is None and end is None:
        raise EDTFError(text, "an interval needs at least one known end (a date)")
    earliest = start.earliest if start is not None else dt.date.min
    latest = end.latest if end is not None else dt.date.max
    if earliest > latest:
        reason = f"the interval's start is after its end ({earliest} is after {latest})"
        raise EDTFError(text, reason)
    points = [p for p in ends if p is not None]
    qualifiers = {p.qualifier for p in points}
    return Parsed(
        earliest=earliest,
        latest=latest,
        precision=max((p.precision for p in points), key=_RANK.__getitem__),
        is_interval=True,
        approximate=bool(qualifiers & {"~", "%"}),
        uncertain=bool(qualifiers & {"?", "%"}),
        open_start=start_text == "..",
        open_end=end_text == "..",
        unknown_start=start_text == "",
        unknown_end=end_text == "",
        unspecified=False,
        time=None,
    )


def _point(text: str) -> _Point:
    """One date, season or date-time, maybe qualified; raises :class:`_Reject`."""
    _check_year_form(text)
    year_text = text[:4]
    if "X" in year_text:
        return _unspecified_year(year_text, text[4:])
    year = int(year_text)
    if year < MIN_YEAR:
        raise _Reject(f"years before 1 are not supported (the year 0000; {_RANGE})")
    month_text = day_text = None
    position = 4
    if text[position : position + 1] == "-":
        month_text, position = _field(text, position, "month")
        if text[position : position + 1] == "-":
            day_text, position = _field(text, position, "day")
    tail = text[position:]
    qualifier, time = _tail(tail, full_date=day_text is not None and "X" not in day_text)
    if month_text is None:
        return _Point(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", qualifier)
    if "X" in month_text:
        return _unspecified_month(year, month_text, day_text, qualifier)
    month = int(month_text)
    if month in _SEASONS:
        if day_text is not None:
            raise _Reject(f"a season ({month_text}) takes no day")
        return _season(year, month, qualifier)
    if not 1 <= month <= 12:
        raise _Reject(f"month {month_text} is not between 01 and 12 (or 21-24 for a season)")
    last = calendar.monthrange(year, month)[1]
    if day_text is None:
        return _Point(dt.date(year, month, 1), dt.date(year, month, last), "month", qualifier)
    if "X" in day_text:
        if day_text != "XX":
            raise _Reject(f"an unspecified day is written 'XX'; {day_text!r} is {_LEVEL_2}")
        if qualifier:
            raise _Reject(
                f"a date with unspecified digits ('X') takes no qualifier; that is {_LEVEL_2}"
            )
        return _Point(dt.date(year, month, 1), dt.date(year, month, last), "day", unspecified=True)
    day = int(day_text)
    if not 1 <= day <= last:
        leap = f" ({year:04d} is not a leap year)" if month == 2 and day == 29 else ""
        raise _Reject(f"day {day_text} does not exist in {year:04d}-{month_text}{leap}")
    when = dt.date(year, month, day)
    return _Point(when, when, "day", qualifier, time=time)


def _check_year_form(text: str) -> None:
    """Reject what cannot start a date of the years 1-9999, naming the feature."""
    if text.startswith("Y"):
        if text[1:2] == "-":
            raise _Reject(f"years before 1 are not supported (a 'Y'-prefixed year; {_RANGE})")
        raise _Reject(f"years after 9999 are not supported (a 'Y'-prefixed year; {_RANGE})")
    if text.startswith("-") and text[1:2] in _DIGITS:
        raise _Reject(f"years before 1 are not supported (a negative year; {_RANGE})")
    if text.startswith("."):
        raise _Reject(f"an open end is written '..' and stands alone, not {text!r}")
    run = 0
    while run < len(text) and (text[run] in _DIGITS or text[run] == "X"):
        run += 1
    if run == 0:
        raise _Reject(f"a date starts with a four-digit year, not {text[0]!r}")
    digits = text[:run]
    if run > 4 and digits.isdigit() and run in {6, 8}:
        reason = "write a date with hyphens (YYYY-MM-DD): the basic format without them is not EDTF"
        raise _Reject(reason)
    if run > 4 and digits.isdigit():
        raise _Reject(f"years after 9999 are not supported (a year of {run} digits; {_RANGE})")
    if run != 4:
        raise _Reject(f"a year has four digits, not {run}")


def _unspecified_year(year_text: str, rest: str) -> _Point:
    """``201X`` (a year of the 2010s) or ``20XX`` (of 2000-2099)."""
    if not (year_text[:3].isdigit() and year_text[3] == "X") and not (
        year_text[:2].isdigit() and year_text[2:] == "XX"
    ):
        reason = (
            "in a year, 'X' may replace only the last one or two digits; "
            f"other unspecified digits are {_LEVEL_2}"
        )
        raise _Reject(reason)
    if rest[:1] == "-":
        reason = (
            f"a year with unspecified digits ({year_text!r}) takes no month or day; "
            f"that is {_LEVEL_2}"
        )
        raise _Reject(reason)
    if rest[:1] in _QUALIFIERS and rest:
        raise _Reject(
            f"a date with unspecified digits ('X') takes no qualifier; that is {_LEVEL_2}"
        )
    if rest:
        raise _Reject(f"unexpected {rest[0]!r} after the year {year_text!r}")
    low = int(year_text.replace("X", "0"))
    high = int(year_text.replace("X", "9"))
    return _Point(
        dt.date(max(low, MIN_YEAR), 1, 1), dt.date(high, 12, 31), "year", unspecified=True
    )


def _unspecified_month(year: int, month_text: str, day_text: str | None, qualifier: str) -> _Point:
    """``2004-XX`` (some month of 2004) or ``1985-XX-XX`` (some day of 1985)."""
    if month_text != "XX":
        raise _Reject(f"an unspecified month is written 'XX'; {month_text!r} is {_LEVEL_2}")
    if day_text is not None and day_text != "XX":
        reason = f"a day ({day_text!r}) after an unspecified month ('XX') is {_LEVEL_2}"
        raise _Reject(reason)
    if qualifier:
        raise _Reject(
            f"a date with unspecified digits ('X') takes no qualifier; that is {_LEVEL_2}"
        )
    precision: Precision = "month" if day_text is None else "day"
    return _Point(dt.date(year, 1, 1), dt.date(year, 12, 31), precision, unspecified=True)


def _season(year: int, number: int, qualifier: str) -> _Point:
    """A season as a span of months; winter runs from December into the next year."""
    name, first, last = _SEASONS[number]
    end_year = year + 1 if last < first else year
    if end_year > MAX_YEAR:
        raise _Reject(f"{name} {year:04d} ends in {end_year}: years after 9999 are not supported")
    end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
    return _Point(dt.date(year, first, 1), end, "season", qualifier)


def _field(text: str, position: int, what: str) -> tuple[str, int]:
    """The two digits (or ``X``) after the ``-`` at *position*, and where they end."""
    start = end = position + 1
    while end < len(text) and (text[end] in _DIGITS or text[end] == "X"):
        end += 1
    value = text[start:end]
    if len(value) != 2:
        found = value or text[start : start + 1]
        got = repr(found) if found else "nothing"
        raise _Reject(f"a {what} has two digits after {text[:start]!r}, not {got}")
    return value, end


def _tail(tail: str, *, full_date: bool) -> tuple[str, dt.time | None]:
    """What may follow a date: one qualifier, or ``T`` and a time; nothing else."""
    if not tail:
        return "", None
    head = tail[0]
    if head == "T":
        if not full_date:
            raise _Reject("a time of day needs a whole date (YYYY-MM-DD) before 'T'")
        return "", _time(tail[1:])
    if head in _QUALIFIERS:
        after = tail[1:]
        if not after:
            return head, None
        if after[0] in _QUALIFIERS:
            raise _Reject("a date takes one qualifier: '%' means both '?' and '~'")
        if after[0] == "T":
            raise _Reject("a date and time takes no qualifier ('?', '~' or '%')")
        raise _Reject("a qualifier ('?', '~' or '%') comes only at the end of a date")
    if head == "-":
        raise _Reject("a date has at most a year, a month and a day")
    raise _Reject(f"unexpected {head!r} after a date; expected '-', a qualifier or 'T'")


def _time(text: str) -> dt.time:
    """``hh:mm:ss`` with an optional ``Z`` or shift ``±hh`` / ``±hh:mm``."""
    match = _TIME.match(text)
    if match is None:
        raise _Reject(f"a time is written hh:mm:ss after 'T', not {text!r}")
    hour_text, minute_text, second_text = match.groups()
    if int(hour_text) > 23:
        raise _Reject(f"hour {hour_text} is not between 00 and 23")
    if minute_text is not None and int(minute_text) > 59:
        raise _Reject(f"minute {minute_text} is not between 00 and 59")
    if second_text is not None and int(second_text) > 59:
        raise _Reject(f"second {second_text} is not between 00 and 59")
    if second_text is None or minute_text is None:
        raise _Reject(f"a time has hours, minutes and seconds (hh:mm:ss), not {match[0]!r}")
    rest = text[match.end() :]
    zone: dt.tzinfo | None = None
    if rest == "Z":
        zone = dt.timezone.utc
    elif rest[:1] in {"+", "-"} and rest:
        shift = _SHIFT.fullmatch(rest)
        if shift is None:
            raise _Reject(f"a time shift is Z, +hh or +hh:mm (or with '-'), not {rest!r}")
        sign, hours, minutes = shift.groups()
        if int(hours) > 23:
            raise _Reject(f"the time shift's hour {hours} is not between 00 and 23")
        if minutes is not None and int(minutes) > 59:
            raise _Reject(f"the time shift's minute {minutes} is not between 00 and 59")
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        zone = dt.timezone(-offset if sign == "-" else offset)
    elif rest[:1] in _QUALIFIERS and rest:
        raise _Reject("a date and time takes no qualifier ('?', '~' or '%')")
    elif rest.startswith((".", ",")):
        raise _Reject("fractions of a second are not part of EDTF Levels 0 and 1")
    elif rest:
        raise _Reject(
            f"after a time only Z or a time shift (+hh or +hh:mm) may follow, not {rest!r}"
        )
    return dt.time(int(hour_text), int(minute_text), int(second_text), tzinfo=zone)
