"""EDTF parsing, bounds, precision and qualifiers of `Date`."""

from __future__ import annotations

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
    [("2020", False, False), ("2020~", True, False), ("2020-03?", False, True),
     ("2020-03-05%", True, True), ("2020-02~/2020-03", True, False)],
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
    assert (start is None) == date.open_start
    assert (end is None) == date.open_end
    assert date.earliest == (start.earliest if start else dt.date.min)
    assert date.latest == (end.latest if end else dt.date.max)
    if start is not None:
        assert str(date).startswith(f"{start}/")
    if end is not None:
        assert str(date).endswith(f"/{end}")


def test_open_and_unknown_ends_are_flagged() -> None:
    assert Date("2020/..").open_end
    assert Date("../2020").open_start
    assert Date("2020/").open_end
    assert not Date("2020-01/2020-02").open_end
    assert Date("2020-01/2020-02").is_interval
    assert not Date("2020").is_interval


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2020-13-01", "month 13"),
        ("2020-02-30", "day 30 does not exist"),
        ("2019-02-29", "day 29 does not exist"),
        ("20", "not of the form"),
        ("2020-3-5", "not of the form"),
        ("", "empty"),
        (" 2020", "white space"),
        ("2020-03/2020-02", "start is after its end"),
        ("../..", "at least one known end"),
        ("2020/2021/2022", "exactly one '/'"),
        ("0000", "0000"),
        ("March 2020", "not of the form"),
    ],
)
def test_bad_text_raises_a_clear_error(text: str, reason: str) -> None:
    """The error is an EDTFError, a BriefError and a ValueError, and says what is wrong."""
    with pytest.raises(EDTFError, match=reason) as info:
        Date(text)
    assert isinstance(info.value, BriefError)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text


def test_a_non_string_is_rejected() -> None:
    with pytest.raises(EDTFError, match="expected a string"):
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


@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
def test_coerce_turns_a_day_into_a_day_precision_date(day: dt.date) -> None:
    date = Date.coerce(day)
    assert (date.earliest, date.latest, date.precision) == (day, day, "day")


def test_coerce_accepts_dates_text_and_datetimes_and_rejects_others() -> None:
    date = Date("2020")
    assert Date.coerce(date) is date
    assert Date.coerce("2020") == date
    assert Date.coerce(dt.datetime(2020, 3, 5, 12, 30)) == Date("2020-03-05")  # noqa: DTZ001
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
