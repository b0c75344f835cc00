"""EDTF parsing, bounds, precision and qualifiers of `Date`."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idlib_brief import BriefError, Date, EDTFError
from strategies import date_texts, point_texts


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2020-03-05", dt.date(2020, 3, 5), dt.date(2020, 3, 5), "day"),
        ("2019-12", dt.date(2019, 12, 1), dt.date(2019, 12, 31), "month"),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month"),
        ("2019-02", dt.date(2019, 2, 1), dt.date(2019, 2, 28), "month"),
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year"),
        ("2020-02-01/2020-02-15", dt.date(2020, 2, 1), dt.date(2020, 2, 15), "day"),
        ("2019-12/2020-02-29", dt.date(2019, 12, 1), dt.date(2020, 2, 29), "month"),
        ("2020-01-01/..", dt.date(2020, 1, 1), dt.date.max, "day"),
        ("../2020-03", dt.date.min, dt.date(2020, 3, 31), "month"),
        ("2015/", dt.date(2015, 1, 1), dt.date.max, "year"),
    ],
)
def test_bounds_and_precision(
    text: str, earliest: dt.date, latest: dt.date, precision: str
) -> None:
    """Each form gives the first and last day it allows, and its precision."""
    date = Date(text)
    assert (date.earliest, date.latest, date.precision) == (earliest, latest, precision)
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [
        ("2020", False, False),
        ("2020~", True, False),
        ("2020-03?", False, True),
        ("2020-03-05%", True, True),
        ("2020-02~/2020-03", True, False),
    ],
)
def test_qualifiers_are_flags_that_do_not_widen_bounds(
    text: str, approximate: bool, uncertain: bool
) -> None:
    date = Date(text)
    assert (date.approximate, date.uncertain) == (approximate, uncertain)
    plain = Date(text.replace("~", "").replace("?", "").replace("%", ""))
    assert (date.earliest, date.latest) == (plain.earliest, plain.latest)


@given(date_texts())
def test_an_intervals_parts_hold_its_bounds(text: str) -> None:
    """`start` and `end` are the parts around the '/', whose bounds are the interval's."""
    date = Date(text)
    start, end = date.start, date.end
    if not date.is_interval:
        assert start is end is date
        return
    assert (start is None) == (date.open_start or date.unknown_start)
    assert (end is None) == (date.open_end or date.unknown_end)
    assert date.earliest == (start.earliest if start else dt.date.min)
    assert date.latest == (end.latest if end else dt.date.max)
    if start is not None:
        assert str(date).startswith(f"{start}/")
    if end is not None:
        assert str(date).endswith(f"/{end}")


@pytest.mark.parametrize(
    ("text", "open_start", "unknown_start", "open_end", "unknown_end"),
    [
        ("2020/..", False, False, True, False),
        ("../2020", True, False, False, False),
        ("2020/", False, False, False, True),
        ("/2020", False, True, False, False),
        ("2020-01/2020-02", False, False, False, False),
        ("2020", False, False, False, False),
    ],
)
def test_open_and_unknown_ends_are_told_apart(
    text: str, open_start: bool, unknown_start: bool, open_end: bool, unknown_end: bool
) -> None:
    """`..` sets `open_start`/`open_end`, an empty end `unknown_start`/`unknown_end`."""
    date = Date(text)
    flags = (date.open_start, date.unknown_start, date.open_end, date.unknown_end)
    assert flags == (open_start, unknown_start, open_end, unknown_end)
    assert date.is_interval == ("/" in text)


def test_open_and_unknown_ends_have_no_bound() -> None:
    """Either kind of missing end leaves the bound at the limit of `datetime.date`."""
    assert Date("2020/..").latest == Date("2020/").latest == dt.date.max
    assert Date("../2020").earliest == Date("/2020").earliest == dt.date.min


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2020-13-01", "month 13 is not between 01 and 12"),
        ("2020-13", "month 13 is not between 01 and 12"),
        ("2020-02-30", "day 30 does not exist in 2020-02"),
        ("2019-02-29", "day 29 does not exist in 2019-02 (2019 is not a leap year)"),
        ("1900-02-29", "day 29 does not exist in 1900-02 (1900 is not a leap year)"),
        ("20", "a year has four digits, not 2"),
        ("2020-3-5", "a month has two digits after '2020-', not '3'"),
        ("", "it is empty"),
        (" 2020", "white space (' ') at its start is not allowed"),
        ("2020 ", "white space (' ') at its end is not allowed"),
        ("2020-03-05\n", "white space ('\\n') at its end is not allowed"),
        ("2020-03/2020-02", "the interval's start is after its end"),
        ("2005/2004", "the interval's start is after its end (2005-01-01 is after 2004-12-31)"),
        ("../..", "an interval needs at least one known end"),
        ("/", "an interval needs at least one known end"),
        ("2020/2021/2022", "an interval has one '/', not 2"),
        ("0000", "years before 1 are not supported (the year 0000"),
        ("-1985", "years before 1 are not supported (a negative year"),
        ("Y-170000002", "years before 1 are not supported (a 'Y'-prefixed year"),
        ("Y170000002", "years after 9999 are not supported (a 'Y'-prefixed year"),
        ("10000", "years after 9999 are not supported (a year of 5 digits"),
        ("9999-24", "winter 9999 ends in 10000: years after 9999 are not supported"),
        ("March 2020", "a date starts with a four-digit year, not 'M'"),
        (
            "\u0662\u0660\u0662\u0660-\u0660\u0663-\u0660\u0665",
            "only ASCII digits 0-9 are allowed; '\u0662' at index 0 is ARABIC-INDIC DIGIT TWO",
        ),
        (
            "\uff12\uff10\uff12\uff10",
            "only ASCII digits 0-9 are allowed; '\uff12' at index 0 is FULLWIDTH DIGIT TWO",
        ),
        ("2020-03-0\u0665", "only ASCII digits 0-9 are allowed; '\u0665' at index 9 is"),
        ("2020\u2013", "only ASCII characters are allowed; '\u2013' at index 4 is EN DASH"),
        ("20200305", "write a date with hyphens (YYYY-MM-DD): the basic format"),
        ("2020?~", "a date takes one qualifier: '%' means both '?' and '~'"),
        ("2020~-03", "a qualifier ('?', '~' or '%') comes only at the end of a date"),
        ("2020-03-05-01", "a date has at most a year, a month and a day"),
        ("2020-21-05", "a season (21) takes no day"),
        ("2020-00", "month 00 is not between 01 and 12"),
        ("2020-03-00", "day 00 does not exist in 2020-03"),
        ("1XXX", "in a year, 'X' may replace only the last one or two digits; other unspecified"),
        ("XXXX", "digits are EDTF Level 2"),
        ("19X5", "digits are EDTF Level 2"),
        ("201X-05", "a year with unspecified digits ('201X') takes no month or day"),
        ("201X?", "a date with unspecified digits ('X') takes no qualifier"),
        ("2004-XX~", "a date with unspecified digits ('X') takes no qualifier"),
        ("1985-04-XX?", "a date with unspecified digits ('X') takes no qualifier"),
        ("1985-XX-12", "a day ('12') after an unspecified month ('XX') is EDTF Level 2"),
        ("2004-1X", "an unspecified month is written 'XX'; '1X' is EDTF Level 2"),
        ("1985-04-1X", "an unspecified day is written 'XX'; '1X' is EDTF Level 2"),
        ("201X/2020", "unspecified digits ('X') in an interval's start are EDTF Level 2"),
        ("2020/2021-XX", "unspecified digits ('X') in an interval's end are EDTF Level 2"),
        ("1985-04-12T25:00", "hour 25 is not between 00 and 23"),
        ("1985-04-12T23:60:00", "minute 60 is not between 00 and 59"),
        ("1985-04-12T23:20:61", "second 61 is not between 00 and 59"),
        ("1985-04-12T23:20", "a time has hours, minutes and seconds (hh:mm:ss), not '23:20'"),
        ("1985-04-12T", "a time is written hh:mm:ss after 'T', not ''"),
        ("1985-04-12T23:20:30.5", "fractions of a second are not part of EDTF Levels 0 and 1"),
        ("1985-04-12T23:20:30+4", "a time shift is Z, +hh or +hh:mm (or with '-'), not '+4'"),
        ("1985-04-12T23:20:30+24", "the time shift's hour 24 is not between 00 and 23"),
        ("1985-04-12T23:20:30+04:60", "the time shift's minute 60 is not between 00 and 59"),
        ("1985-04-12T23:20:30UTC", "after a time only Z or a time shift"),
        ("1985-04-12T23:20:30?", "a date and time takes no qualifier"),
        ("1985-04-12?T23:20:30", "a date and time takes no qualifier"),
        ("1985-04T23:20:30", "a time of day needs a whole date (YYYY-MM-DD) before 'T'"),
        ("1985-04-12T23:20:30/1986", "a time of day is not allowed in an interval"),
        (
            "2020-13/2021",
            "month 13 is not between 01 and 12 (or 21-24 for a season) (in the interval's start)",
        ),
        (".../2020", "an open end is written '..' and stands alone, not '...'"),
        ("2020x", "unexpected 'x' after a date"),
        ("201Xy", "unexpected 'y' after the year '201X'"),
    ],
)
def test_bad_text_raises_an_error_that_says_what_is_wrong(text: str, reason: str) -> None:
    """The error is an EDTFError, a BriefError and a ValueError; one line, text once."""
    with pytest.raises(EDTFError) as info:
        Date(text)
    error = info.value
    assert isinstance(error, BriefError)
    assert isinstance(error, ValueError)
    assert error.text == text
    assert reason in error.reason
    message = str(error)
    assert "\n" not in message
    assert message.count(repr(text)) == 1
    assert message.endswith(error.reason)


def test_a_value_of_another_type_is_rejected() -> None:
    with pytest.raises(EDTFError, match=r"expected EDTF text or a datetime\.date, got int"):
        Date(2020)  # type: ignore[arg-type]


@given(date_texts())
def test_parsing_then_printing_gives_the_text_back(text: str) -> None:
    assert str(Date(text)) == text
    assert Date(str(Date(text))) == Date(text)


@given(date_texts())
def test_earliest_is_never_after_latest(text: str) -> None:
    date = Date(text)
    assert date.earliest <= date.latest


@given(point_texts())
def test_a_single_date_contains_its_own_bounds(text: str) -> None:
    date = Date(text)
    assert date.contains(date.earliest)
    assert date.contains(date.latest)
    assert date.overlaps(date)


@given(st.dates())
def test_coerce_turns_a_day_into_a_day_precision_date(day: dt.date) -> None:
    date = Date.coerce(day)
    assert (date.earliest, date.latest, date.precision) == (day, day, "day")


@given(st.dates())
def test_a_date_is_built_from_a_datetime_date(day: dt.date) -> None:
    """`Date(day)` is the day written as EDTF text, equal to `Date(day.isoformat())`."""
    date = Date(day)
    assert date == Date(day.isoformat())
    assert (date.text, date.earliest, date.latest) == (day.isoformat(), day, day)


def test_coerce_accepts_dates_text_and_datetimes_and_rejects_others() -> None:
    date = Date("2020")
    assert Date.coerce(date) is date
    assert Date.coerce("2020") == date
    assert Date.coerce(dt.datetime(2020, 3, 5, 12, 30)) == Date("2020-03-05")  # noqa: DTZ001
    assert Date(dt.datetime(2020, 3, 5, 12, 30)) == Date("2020-03-05")  # noqa: DTZ001
    with pytest.raises(TypeError, match="expected a Date"):
        Date.coerce(2020)  # type: ignore[arg-type]


@given(date_texts(), date_texts())
def test_order_is_total_and_follows_the_bounds(a: str, b: str) -> None:
    x, y = Date(a), Date(b)
    assert (x < y) + (x == y) + (x > y) == 1
    assert (x <= y) == (x.sort_key <= y.sort_key)
    assert (x >= y) == (x.sort_key >= y.sort_key)


def test_dates_compare_only_with_dates() -> None:
    assert Date("2020").__lt__("2021") is NotImplemented
    assert Date("2020") != "2020"  # type: ignore[comparison-overlap]


def test_equal_dates_hash_alike() -> None:
    assert {Date("2020-03"), Date("2020-03")} == {Date("2020-03")}


# -- Level 0 and Level 1 forms ------------------------------------------------------------


def _complete(text: str, digits: list[int], month: int, day: int) -> str:
    """*text* with its X digits filled: year digits from *digits*, then month and day."""
    parts = text.split("-")
    year = "".join(str(digits.pop(0)) if c == "X" else c for c in parts[0])
    if len(parts) == 1:
        return year
    month_text = f"{month:02d}" if parts[1] == "XX" else parts[1]
    if len(parts) == 2:
        return f"{year}-{month_text}"
    last = calendar.monthrange(int(year), int(month_text))[1]
    day_text = f"{min(day, last):02d}" if parts[2] == "XX" else parts[2]
    return f"{year}-{month_text}-{day_text}"


@given(
    point_texts(forms=("unspecified",)),
    st.lists(st.integers(0, 9), min_size=2, max_size=2),
    st.integers(1, 12),
    st.integers(1, 31),
)
def test_a_date_with_unspecified_digits_covers_each_completion(
    text: str, digits: list[int], month: int, day: int
) -> None:
    """Every date that fills in the X digits lies within the date's bounds."""
    date = Date(text)
    completion = Date(_complete(text, digits, month, day))
    assert date.unspecified
    assert date.contains(completion)
    assert "X" not in completion.text


@given(point_texts(forms=("unspecified",)))
def test_a_date_with_unspecified_digits_is_bounded_by_its_first_and_last_completion(
    text: str,
) -> None:
    """The bounds are tight: the smallest and the largest completion reach them."""
    date = Date(text)
    first = Date(_complete(text, [0, 0], 1, 1))
    last = Date(_complete(text, [9, 9], 12, 31))
    assert (first.earliest, last.latest) == (date.earliest, date.latest)
    assert date.precision == first.precision == last.precision


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2001-21", dt.date(2001, 3, 1), dt.date(2001, 5, 31)),
        ("2001-22", dt.date(2001, 6, 1), dt.date(2001, 8, 31)),
        ("2001-23", dt.date(2001, 9, 1), dt.date(2001, 11, 30)),
        ("2001-24", dt.date(2001, 12, 1), dt.date(2002, 2, 28)),
        ("2019-24", dt.date(2019, 12, 1), dt.date(2020, 2, 29)),
    ],
)
def test_a_season_spans_its_months(text: str, earliest: dt.date, latest: dt.date) -> None:
    """Spring is March-May, summer June-August, autumn September-November, and winter
    December to the end of the next February."""
    date = Date(text)
    assert (date.earliest, date.latest, date.precision) == (earliest, latest, "season")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("1985-04-12T23:20:30", dt.time(23, 20, 30)),
        ("1985-04-12T23:20:30Z", dt.time(23, 20, 30, tzinfo=dt.timezone.utc)),
        ("1985-04-12T23:20:30-04", dt.time(23, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        (
            "1985-04-12T23:20:30+04:30",
            dt.time(23, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=4, minutes=30))),
        ),
    ],
)
def test_a_date_and_time_keeps_its_time_and_is_bounded_by_its_day(text: str, time: dt.time) -> None:
    date = Date(text)
    assert (date.earliest, date.latest, date.precision) == (
        dt.date(1985, 4, 12),
        dt.date(1985, 4, 12),
        "day",
    )
    assert date.time == time
    assert date.time.utcoffset() == time.utcoffset()
    assert str(date) == text


def test_dates_without_a_time_have_none() -> None:
    assert Date("1985-04-12").time is None
    assert Date("1985-04-12/1985-04-13").time is None


@given(point_texts(forms=("date-time",)), point_texts(forms=("day", "month", "year")))
def test_a_date_and_time_sorts_within_its_day(text: str, other_text: str) -> None:
    """After its day and before the next; against other dates, as its day does."""
    date = Date(text)
    day = Date(text.partition("T")[0])
    assert day < date
    assert date.sort_key[:2] == day.sort_key[:2]
    other = Date(other_text)
    if other.sort_key[:2] != day.sort_key[:2]:
        assert (date < other) == (day < other)


@given(point_texts(forms=("day", "month", "year", "season")))
def test_qualifiers_never_widen_any_form(text: str) -> None:
    plain = Date(text.rstrip("?~%"))
    for qualifier, approximate, uncertain in (
        ("?", False, True),
        ("~", True, False),
        ("%", True, True),
    ):
        date = Date(plain.text + qualifier)
        assert (date.earliest, date.latest) == (plain.earliest, plain.latest)
        assert (date.approximate, date.uncertain) == (approximate, uncertain)


@given(date_texts(1, 9999))
def test_every_generated_form_over_the_whole_range_of_years_round_trips(text: str) -> None:
    date = Date(text)
    assert str(date) == text
    assert dt.date.min <= date.earliest <= date.latest <= dt.date.max
