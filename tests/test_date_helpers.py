"""The `Date` helpers a timeline rests on: overlap, containment, order by bounds.

Each helper is checked against a brute-force reading over days, and against the
others: the laws a reader may rely on when combining them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from idlib_brief import Date
from strategies import date_texts, days

dates = date_texts(2018, 2021).map(Date)  # a narrow span of years, so that dates meet often
any_dates = date_texts().map(Date)


def bounded(date: Date) -> bool:
    return date.earliest != dt.date.min and date.latest != dt.date.max


def days_of(date: Date) -> set[int]:
    """Every day a bounded date allows, as ordinals: the brute-force reading."""
    return set(range(date.earliest.toordinal(), date.latest.toordinal() + 1))


@given(dates, dates)
def test_overlap_means_some_day_is_allowed_by_both(a: Date, b: Date) -> None:
    assume(bounded(a) and bounded(b))
    assert a.overlaps(b) == bool(days_of(a) & days_of(b))


@given(dates, dates)
def test_containment_means_every_day_of_the_other_is_allowed(a: Date, b: Date) -> None:
    assume(bounded(a) and bounded(b))
    assert a.contains(b) == (days_of(b) <= days_of(a))
    assert b.within(a) == a.contains(b)


@given(dates, dates)
def test_before_and_after_mean_every_day_of_one_precedes_every_day_of_the_other(
    a: Date, b: Date
) -> None:
    assume(bounded(a) and bounded(b))
    assert a.is_before(b) == (max(days_of(a)) < min(days_of(b)))
    assert a.is_after(b) == (min(days_of(a)) > max(days_of(b)))


@given(any_dates, any_dates)
def test_two_dates_either_overlap_or_one_is_certainly_before_the_other(a: Date, b: Date) -> None:
    assert [a.overlaps(b), a.is_before(b), a.is_after(b)].count(True) == 1
    assert a.overlaps(b) == b.overlaps(a)
    assert a.is_before(b) == b.is_after(a)


@given(any_dates, any_dates, any_dates)
def test_containment_is_a_partial_order_that_implies_overlap(a: Date, b: Date, c: Date) -> None:
    assert a.contains(a)
    if a.contains(b):
        assert a.overlaps(b)
        assert not a.is_before(b)
        assert not a.is_after(b)
    if a.contains(b) and b.contains(a):
        assert (a.earliest, a.latest) == (b.earliest, b.latest)
    if a.contains(b) and b.contains(c):
        assert a.contains(c)


@given(any_dates, any_dates)
def test_order_by_bounds_agrees_with_certain_precedence(a: Date, b: Date) -> None:
    """A date certainly before another sorts before it; the order reads the bounds."""
    if a.is_before(b):
        assert a < b
        assert a.sort_key < b.sort_key
    assert (a < b) == ((a.earliest, a.latest, a.text) < (b.earliest, b.latest, b.text))
    if a.earliest < b.earliest:
        assert a < b


@given(any_dates, days)
def test_a_day_is_in_a_date_exactly_when_it_lies_between_its_bounds(
    date: Date, day: dt.date
) -> None:
    inside = date.earliest <= day <= date.latest
    assert (day in date) == inside
    assert date.contains(day) == inside
    assert date.overlaps(day) == inside
    assert (day.isoformat() in date) == inside
    assert Date.coerce(day).within(date) == inside


@given(any_dates, st.one_of(st.integers(), st.none(), st.floats()))
def test_only_days_dates_and_text_can_be_in_a_date(date: Date, other: object) -> None:
    assert (other in date) is False


@pytest.mark.parametrize(
    ("a", "b", "overlaps", "contains", "before"),
    [
        ("2020-03", "2020-03-05", True, True, False),
        ("2020-03-05", "2020-03", True, False, False),
        ("2020-02", "2020-02-15/2020-03-10", True, False, False),
        ("2018", "2020-02", False, False, True),
        ("2019-12/..", "2030", True, True, False),
        ("../2019-12~", "2015", True, True, False),
        ("2020-02-20/2020-02-29", "2020-03-04", False, False, True),
        ("2020-03-05~", "2020-03-05", True, True, False),  # qualifiers do not widen bounds
    ],
)
def test_helpers_on_the_forms_the_bundled_brief_uses(
    a: str, b: str, overlaps: bool, contains: bool, before: bool
) -> None:
    date = Date(a)
    assert (date.overlaps(b), date.contains(b), date.is_before(b)) == (overlaps, contains, before)


def test_helpers_take_text_days_and_dates_alike() -> None:
    march = Date("2020-03")
    for day in ("2020-03-05", dt.date(2020, 3, 5), Date("2020-03-05")):
        assert march.contains(day)
        assert march.overlaps(day)
        assert not march.is_before(day)
    assert Date("2020-03-05").within("2020-03")
    assert Date("2020-03-05").within(march)
