"""Time a timeline's range query against a linear scan, on synthetic briefs.

Run it from a checkout (it is not a test, and the test suite never runs it)::

    python benchmarks/timeline_range.py            # 1,000 to 100,000 records, < 1 min
    python benchmarks/timeline_range.py --full     # adds 1,000,000 records (a few minutes)

For each size it builds a brief of synthetic records, then reports:

- ``build``: the first ``brief.timeline()``: entries, the sort, and the range index;
- ``query``: the mean time of ``timeline.between(start, end)`` over random ranges of
  1 to 30 days, after the index is built;
- ``scan``: the mean time of the same query as a linear scan of the entries;
- ``hits``: how many entries a query returns, on average.

Two shapes of data are measured. ``news`` is what a brief holds: mostly days, some
months and years, some spans of days to weeks, a few open-ended. ``dense`` is the
index's hard case: every record a span of up to ten years, so that thousands of spans
cross any one day and a query must also read those that lie across its edges.

Records are built with attrs' validators switched off, to keep the set-up short; the
timeline itself is built and queried as a user's would be.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

import attrs

from idlib_brief import Agreement, Brief, Citation, Date, Event, Figure, Statement, Timeline

CITE = (Citation(source="doc", start=0, end=1),)
FIRST = dt.date(2000, 1, 1).toordinal()
LAST = dt.date(2020, 12, 31).toordinal()


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def news_dates(rng: random.Random, count: int) -> list[Date]:
    """Dates shaped like a news brief's: days, months, years, short spans, open ends."""
    texts: list[str] = []
    for _ in range(count):
        start = rng.randint(FIRST, LAST)
        roll = rng.random()
        if roll < 0.6:
            texts.append(_day(start))
        elif roll < 0.75:
            texts.append(_day(start)[:7])
        elif roll < 0.8:
            texts.append(_day(start)[:4])
        elif roll < 0.99:
            texts.append(f"{_day(start)}/{_day(min(start + rng.randint(1, 60), LAST))}")
        else:
            texts.append(f"{_day(start)}/.." if rng.random() < 0.5 else f"../{_day(start)}")
    return [Date(text) for text in texts]


def dense_dates(rng: random.Random, count: int) -> list[Date]:
    """Long spans, up to ten years each: thousands of them cross any one day."""
    texts = []
    for _ in range(count):
        start = rng.randint(FIRST, LAST)
        texts.append(f"{_day(start)}/{_day(start + rng.randint(0, 3650))}")
    return [Date(text) for text in texts]


def synthetic_brief(dates: list[Date], rng: random.Random) -> Brief:
    """A brief with one record per date: events, statements, agreements and figures."""
    events, statements, agreements, figures = [], [], [], []
    with attrs.validators.disabled():
        for number, when in enumerate(dates):
            record_id = f"r{number}"
            roll = rng.random()
            if roll < 0.5:
                events.append(
                    Event(
                        id=record_id,
                        title="e",
                        when=when,
                        kind="other",
                        status="occurred",
                        participants=("a",),
                        citations=CITE,
                    )
                )
            elif roll < 0.8:
                statements.append(
                    Statement(
                        id=record_id,
                        speaker="a",
                        when=when,
                        mode="indirect",
                        summary="s",
                        act="says",
                        citations=CITE,
                    )
                )
            elif roll < 0.9:
                agreements.append(
                    Agreement(
                        id=record_id,
                        name="g",
                        when=when,
                        parties=("a",),
                        status="in-force",
                        citations=CITE,
                    )
                )
            else:
                figures.append(
                    Figure(
                        id=record_id,
                        label="f",
                        value=1,
                        unit="u",
                        qualifier="exact",
                        when=when,
                        citations=CITE,
                    )
                )
    return Brief(events=events, statements=statements, agreements=agreements, figures=figures)


def scan(timeline: Timeline, start: dt.date, end: dt.date) -> list[str]:
    """The range query as a linear scan: every entry read and compared."""
    lo, hi = Date.coerce(start).earliest, Date.coerce(end).latest
    return [e.id for e in timeline.entries if e.when.earliest <= hi and lo <= e.when.latest]


def mean_seconds(
    query: Callable[[dt.date, dt.date], object], ranges: list[tuple[dt.date, dt.date]]
) -> float:
    """The mean time *query* takes over *ranges*."""
    times = []
    for start, end in ranges:
        began = time.perf_counter()
        query(start, end)
        times.append(time.perf_counter() - began)
    return statistics.fmean(times)


def measure(shape: str, size: int, queries: int, rng: random.Random) -> list[str]:
    """One row of the report."""
    make = news_dates if shape == "news" else dense_dates
    brief = synthetic_brief(make(rng, size), rng)
    began = time.perf_counter()
    timeline = brief.timeline()
    build = time.perf_counter() - began
    ranges = []
    for _ in range(queries):
        start = rng.randint(FIRST, LAST)
        ranges.append((dt.date.fromordinal(start), dt.date.fromordinal(start + rng.randint(0, 29))))
    for s, e in ranges[:5]:  # the index and the scan must agree
        if [x.id for x in timeline.between(s, e)] != scan(timeline, s, e):
            raise AssertionError(f"the index and the scan disagree on {s} to {e}")
    hits = [len(timeline.between(s, e)) for s, e in ranges]
    query = mean_seconds(timeline.between, ranges)
    # Scans are slow on large briefs: fewer of them, enough for a mean.
    linear = mean_seconds(lambda s, e: scan(timeline, s, e), ranges[: max(5, 2_000_000 // size)])
    return [
        shape,
        f"{size:,}",
        f"{build:.2f} s",
        f"{query * 1e6:,.0f} µs",
        f"{linear * 1e6:,.0f} µs",
        f"{linear / query:,.0f}×",
        f"{statistics.fmean(hits):,.1f}",
    ]


def main(argv: list[str] | None = None) -> None:
    """Measure and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="also measure 1,000,000 records")
    parser.add_argument("--queries", type=int, default=200, help="ranges per size (200)")
    parser.add_argument("--seed", type=int, default=2020, help="random seed (2020)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    sizes = [1_000, 10_000, 100_000] + ([1_000_000] if args.full else [])
    cases = [("news", size) for size in sizes] + [("dense", size) for size in sizes[1:]]
    headers = ["shape", "records", "build", "query", "scan", "speed-up", "hits"]
    print("  ".join(f"{h:>10}" for h in headers), flush=True)
    for shape, size in cases:
        row = measure(shape, size, args.queries, rng)
        print("  ".join(f"{cell:>10}" for cell in row), flush=True)


if __name__ == "__main__":
    main()
