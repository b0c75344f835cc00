"""Example calls of the public API that `mypy --strict` checks (never run).

A cheap guard for the types that downstream projects rely on: if a public signature
changes its types, this file stops type-checking.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import idlib_brief
from idlib_brief import (
    Actor,
    Agreement,
    Brief,
    Citation,
    Comparison,
    Date,
    Event,
    Figure,
    Position,
    PositionHistory,
    PositionMatrix,
    Record,
    Source,
    Statement,
    Timeline,
    TimelineEntry,
)


def _api() -> None:
    brief: Brief = idlib_brief.load()
    mine: Brief = idlib_brief.load("my-brief")
    idlib_brief.dump(mine, "copy-of-my-brief")
    actor: Actor = brief.actor("Erdoğan")
    maybe: Actor | None = brief.find_actor("nobody")
    record: Record = brief["turkey"]
    missing: Record | None = brief.get("nothing")
    fallback: Record | int = brief.get("nothing", 0)
    counts: dict[str, int] = brief.counts()
    earliest: dt.date = Date("2020-02").earliest
    coerced: Date = Date.coerce(dt.date(2020, 3, 5))
    inside: bool = Date("2020").contains("2020-03-05") and coerced.within("2020")
    source: Source = brief.sources[0]
    text: str = idlib_brief.read_source(source, "../shared/sources")
    cited: str = Citation(source=source.id, start=0, end=5).excerpt(text)
    members: tuple[Actor, ...] = brief.members("Turkey")
    del actor, maybe, record, missing, fallback, counts, earliest, inside, cited, members


def _evidence(brief: Brief, data: bytes) -> None:
    found: tuple[Record, ...] = brief.find("Sochi", kinds=("agreement", "issue"))
    found = idlib_brief.find("Putin")
    table: idlib_brief.Table = idlib_brief.table(found)
    text: str = table.to_text(width=80) + table.to_markdown() + table.to_csv()
    spans: tuple[tuple[str, Citation], ...] = idlib_brief.cited_spans(found[0])
    excerpts: tuple[idlib_brief.Excerpt, ...] = idlib_brief.excerpts(brief, data, source=None)
    reason: str | None = idlib_brief.diagnose_source(brief.sources[0], data)
    page: str = idlib_brief.annotate(brief, data, title="Evidence")
    starter: Brief = idlib_brief.write_starter("my-new-brief")
    del text, spans, excerpts, reason, page, starter


def _helpers(brief: Brief) -> None:
    line: Timeline = brief.timeline("2020-02", dt.date(2020, 3, 5), actors=["Turkey"])
    line = idlib_brief.timeline(kinds="event", status=("planned", "in-doubt"), within=True)
    first: TimelineEntry = line[0]
    part: Timeline = line[1:3].as_of("2020-03-04")
    when: Date = first.when
    table: str = str(part) + part.to_markdown()
    found: tuple[Position, ...] = brief.positions("Ankara", "ceasefire", as_of="2020-03")
    found = idlib_brief.positions(include_members=False)
    matrix: PositionMatrix = brief.position_matrix(["Turkey", "Russia"], "ceasefire")
    cell: Position | None = matrix["turkey", "ceasefire"]
    comparison: Comparison = idlib_brief.compare("Turkey", "Russia")
    history: PositionHistory = brief.position_history("Turkey", "ceasefire")
    del when, table, found, cell, comparison, history


def _relations_and_places(brief: Brief) -> None:
    graph: idlib_brief.RelationGraph = brief.relation_graph("Turkey", predicate=["backs"])
    graph = idlib_brief.relation_graph(as_of="2020-03", include_claims=False)
    relations: tuple[idlib_brief.Relation, ...] = graph.relations
    place: idlib_brief.Place = brief.place("Idlib region")
    places: idlib_brief.PlaceSet = brief.gazetteer(within="Syria", kind=("city", "town"))
    places = idlib_brief.gazetteer()
    located: tuple[idlib_brief.Event | idlib_brief.Figure, ...] = places.located()
    line: Timeline = brief.timeline(places="Idlib province").filter(places=["moscow"])
    del relations, place, located, line


def _typed_access_and_plain_data(brief: Brief) -> None:
    """The README's and the docs' idioms: typed getters instead of the union `brief[id]`."""
    erdogan: Actor = brief.actor("Erdoğan")
    name: str = brief.actor(erdogan.affiliation or "turkey").name
    said: Statement = brief.statement("erdogan-hopes-for-ceasefire")
    speaker: str = brief.actor(said.speaker).name
    act: str = said.act
    source: Source = brief.source(said.citations[0].source)
    sochi: Agreement = brief.agreement("sochi-agreements-2018")
    displaced: Figure = brief.figure("displaced-since-december")
    bounded: bool = displaced.admits(999_000)
    summit: Event = brief.event("four-way-summit-istanbul")
    plain: dict[str, Any] = idlib_brief.to_dict(said)
    text: str = idlib_brief.to_dict(Date("2020-02"))
    document: dict[str, Any] = idlib_brief.to_dict(brief)
    again: Statement = idlib_brief.from_dict(Statement, plain)
    whole: Brief = idlib_brief.from_dict(Brief, document)
    schema: dict[str, Any] = idlib_brief.json_schema()
    idlib_brief.export(brief, "for-r")
    idlib_brief.export(brief, "as-json", format="json")
    del name, speaker, act, source, sochi, bounded, summit, text, again, whole, schema


def _frames_and_strategies(brief: Brief) -> None:
    import pandas as pd
    from hypothesis import strategies as st

    from idlib_brief.testing import briefs, dates, records

    frames: dict[str, pd.DataFrame] = brief.to_frames()
    drawn: st.SearchStrategy[Brief] = briefs(min_records=3, max_records=20)
    statements: st.SearchStrategy[Statement] = records(Statement)
    when: st.SearchStrategy[Date] = dates()
    del frames, drawn, statements, when
