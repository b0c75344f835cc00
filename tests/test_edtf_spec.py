"""Every example of EDTF Levels 0 and 1 in the 2019 specification, with its bounds.

The examples are those of the Library of Congress "Extended Date/Time Format (EDTF)
Specification" (February 4, 2019), feature by feature; each gives the first and last
day it allows. The three Level 1 examples outside the years 1-9999 (``Y170000002``,
``Y-170000002``, ``-1985``) are rejected with a message that names the limit.

The intervals with qualified ends at the end of `LEVEL_1` are not among the
specification's numbered examples (its Level 1 interval allows a qualifier at the end of
either date); they are the Level 1 intervals that the reference implementation,
ixc/python-edtf, tests, with the bounds worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from idlib_brief import Date, EDTFError

D = dt.date
OPEN_START, OPEN_END = dt.date.min, dt.date.max

LEVEL_0 = [
    # Date
    ("date", "1985-04-12", D(1985, 4, 12), D(1985, 4, 12)),
    ("date", "1985-04", D(1985, 4, 1), D(1985, 4, 30)),
    ("date", "1985", D(1985, 1, 1), D(1985, 12, 31)),
    # Date and time
    ("date and time", "1985-04-12T23:20:30", D(1985, 4, 12), D(1985, 4, 12)),
    ("date and time", "1985-04-12T23:20:30Z", D(1985, 4, 12), D(1985, 4, 12)),
    ("date and time", "1985-04-12T23:20:30-04", D(1985, 4, 12), D(1985, 4, 12)),
    ("date and time", "1985-04-12T23:20:30+04:30", D(1985, 4, 12), D(1985, 4, 12)),
    # Time interval
    ("time interval", "1964/2008", D(1964, 1, 1), D(2008, 12, 31)),
    ("time interval", "2004-06/2006-08", D(2004, 6, 1), D(2006, 8, 31)),
    ("time interval", "2004-02-01/2005-02-08", D(2004, 2, 1), D(2005, 2, 8)),
    ("time interval", "2004-02-01/2005-02", D(2004, 2, 1), D(2005, 2, 28)),
    ("time interval", "2004-02-01/2005", D(2004, 2, 1), D(2005, 12, 31)),
    ("time interval", "2005/2006-02", D(2005, 1, 1), D(2006, 2, 28)),
]

LEVEL_1 = [
    # Seasons (21 spring, 22 summer, 23 autumn, 24 winter)
    ("season", "2001-21", D(2001, 3, 1), D(2001, 5, 31)),
    # Qualification of a date (complete)
    ("qualified date", "1984?", D(1984, 1, 1), D(1984, 12, 31)),
    ("qualified date", "2004-06~", D(2004, 6, 1), D(2004, 6, 30)),
    ("qualified date", "2004-06-11%", D(2004, 6, 11), D(2004, 6, 11)),
    # Unspecified digit(s) from the right
    ("unspecified digits", "201X", D(2010, 1, 1), D(2019, 12, 31)),
    ("unspecified digits", "20XX", D(2000, 1, 1), D(2099, 12, 31)),
    ("unspecified digits", "2004-XX", D(2004, 1, 1), D(2004, 12, 31)),
    ("unspecified digits", "1985-04-XX", D(1985, 4, 1), D(1985, 4, 30)),
    ("unspecified digits", "1985-XX-XX", D(1985, 1, 1), D(1985, 12, 31)),
    # Extended interval: open end
    ("extended interval", "1985-04-12/..", D(1985, 4, 12), OPEN_END),
    ("extended interval", "1985-04/..", D(1985, 4, 1), OPEN_END),
    ("extended interval", "1985/..", D(1985, 1, 1), OPEN_END),
    # open start
    ("extended interval", "../1985-04-12", OPEN_START, D(1985, 4, 12)),
    ("extended interval", "../1985-04", OPEN_START, D(1985, 4, 30)),
    ("extended interval", "../1985", OPEN_START, D(1985, 12, 31)),
    # unknown end
    ("extended interval", "1985-04-12/", D(1985, 4, 12), OPEN_END),
    ("extended interval", "1985-04/", D(1985, 4, 1), OPEN_END),
    ("extended interval", "1985/", D(1985, 1, 1), OPEN_END),
    # unknown start
    ("extended interval", "/1985-04-12", OPEN_START, D(1985, 4, 12)),
    ("extended interval", "/1985-04", OPEN_START, D(1985, 4, 30)),
    ("extended interval", "/1985", OPEN_START, D(1985, 12, 31)),
    # qualified ends
    ("extended interval", "1984~/2004-06", D(1984, 1, 1), D(2004, 6, 30)),
    ("extended interval", "1984/2004-06~", D(1984, 1, 1), D(2004, 6, 30)),
    ("extended interval", "1984~/2004~", D(1984, 1, 1), D(2004, 12, 31)),
    ("extended interval", "1984?/2004%", D(1984, 1, 1), D(2004, 12, 31)),
    ("extended interval", "1984-06?/2004-08?", D(1984, 6, 1), D(2004, 8, 31)),
    ("extended interval", "1984-06-02?/2004-08-08~", D(1984, 6, 2), D(2004, 8, 8)),
    ("extended interval", "1984-06-02?/", D(1984, 6, 2), OPEN_END),
]

OUTSIDE_THE_YEARS_READ = [
    ("Y170000002", "years after 9999 are not supported"),
    ("Y-170000002", "years before 1 are not supported"),
    ("-1985", "years before 1 are not supported"),
]


@pytest.mark.parametrize(
    ("feature", "text", "earliest", "latest"),
    LEVEL_0 + LEVEL_1,
    ids=[text for _, text, _, _ in LEVEL_0 + LEVEL_1],
)
def test_each_example_of_the_specification_has_its_bounds(
    feature: str, text: str, earliest: dt.date, latest: dt.date
) -> None:
    date = Date(text)
    assert (date.earliest, date.latest) == (earliest, latest), feature
    assert str(date) == text
    assert Date(str(date)) == date


@pytest.mark.parametrize(("text", "reason"), OUTSIDE_THE_YEARS_READ)
def test_level_1_examples_outside_the_years_1_to_9999_name_the_limit(
    text: str, reason: str
) -> None:
    with pytest.raises(EDTFError) as info:
        Date(text)
    assert info.value.reason.startswith(reason)
    assert "0001 to 9999" in info.value.reason


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [
        ("1984?", False, True),
        ("2004-06~", True, False),
        ("2004-06-11%", True, True),
        ("1984?/2004%", True, True),
        ("1984~/2004-06", True, False),
    ],
)
def test_the_specifications_qualifiers_are_flags(
    text: str, approximate: bool, uncertain: bool
) -> None:
    date = Date(text)
    assert (date.approximate, date.uncertain) == (approximate, uncertain)


def test_the_specifications_open_and_unknown_ends_are_told_apart() -> None:
    assert [Date(t).open_end for t in ("1985/..", "1985/")] == [True, False]
    assert [Date(t).unknown_end for t in ("1985/..", "1985/")] == [False, True]
    assert [Date(t).open_start for t in ("../1985", "/1985")] == [True, False]
    assert [Date(t).unknown_start for t in ("../1985", "/1985")] == [False, True]


def test_the_specifications_precisions() -> None:
    """The unspecified forms keep the precision of what they write (the spec's words)."""
    texts = [
        "1985-04-12",
        "1985-04",
        "1985",
        "2001-21",
        "201X",
        "2004-XX",
        "1985-04-XX",
        "1985-XX-XX",
        "1985-04-12T23:20:30",
    ]
    assert [Date(t).precision for t in texts] == [
        "day",
        "month",
        "year",
        "season",
        "year",
        "month",
        "day",
        "day",
        "day",
    ]
