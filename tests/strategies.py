"""The library's own strategies: `idlib_brief.testing`, plus a few that only tests need.

Dates, records and whole briefs come from the public `idlib_brief.testing` (what
downstream projects use too); this module adds the shapes some tests of timelines need.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from idlib_brief import Brief, Citation, Date, Event
from idlib_brief.testing import END_FORMS, POINT_FORMS, briefs, date_texts, point_texts, records

__all__ = [
    "END_FORMS",
    "POINT_FORMS",
    "SOURCE_ID",
    "briefs",
    "briefs_with_history",
    "date_texts",
    "dated_events",
    "dates",
    "days",
    "point_texts",
    "range_bounds",
    "records",
]

SOURCE_ID = "doc"
dates = date_texts().map(Date)
days = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))


# -- timelines ------------------------------------------------------------------------


def range_bounds() -> st.SearchStrategy[str | dt.date | None]:
    """One side of a timeline range: nothing (open), EDTF text, or a day."""
    some_days = st.dates(dt.date(1988, 1, 1), dt.date(2032, 12, 31))
    return st.none() | date_texts(1988, 2032) | some_days


def briefs_with_history(max_records: int = 12) -> st.SearchStrategy[Brief]:
    """Briefs for `Timeline.as_of`: `briefs()` draws events' `history` and sources' `published`."""
    return briefs(max_records=max_records)


@st.composite
def dated_events(draw: st.DrawFn, max_size: int = 150) -> tuple[Event, ...]:
    """Many events with assorted dates, open ends included: for range-index checks."""
    whens = draw(st.lists(dates, max_size=max_size))
    return tuple(
        Event(
            id=f"e{i}",
            title="an event",
            when=when,
            kind="other",
            status="occurred",
            citations=(Citation(source=SOURCE_ID, start=0, end=1),),
        )
        for i, when in enumerate(whens)
    )
