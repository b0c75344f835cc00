"""Relations between actors: the model's rules, the bundled data, and `Brief.relation_graph`.

The data tests hold the bundled brief to the rules of the data dictionary (every
reference resolves, nothing uncited unless inferred with a note, symmetric predicates
stored once, affiliations backed by relations) and to the cases the source makes hard:
Russia's accusation is a claim, "Russian and Iranian allies" is two relations, NATO
membership is the article's own label.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import (
    PREDICATES,
    SYMMETRIC_PREDICATES,
    Brief,
    Citation,
    Relation,
    RelationGraph,
    UnknownActorError,
    load,
)

BRIEF = load()
AFFILIATING = frozenset({"member-of", "part-of", "speaks-for", "leads"})
CITE = (Citation(source="doc", start=0, end=5),)


def stored_twice(relations: Iterable[Relation]) -> list[tuple[str, ...]]:
    """The symmetric relations whose pair, predicate, claimant and polarity repeat."""
    keys = Counter(
        (r.predicate, *sorted((r.subject, r.object)), r.asserted_by or "", r.polarity)
        for r in relations
        if r.symmetric
    )
    return [key for key, n in keys.items() if n > 1]


def relation(**changes: object) -> Relation:
    fields: dict[str, object] = {
        "id": "r",
        "subject": "a",
        "predicate": "backs",
        "object": "b",
        "citations": CITE,
    }
    return Relation(**(fields | changes))  # type: ignore[arg-type]


# --- The model ----------------------------------------------------------------------


def test_a_relation_links_two_different_actors() -> None:
    with pytest.raises(ValueError, match="'object' must differ from 'subject'"):
        relation(object="a")


def test_a_stated_relation_needs_a_citation_and_an_inferred_one_a_note() -> None:
    with pytest.raises(ValueError, match="'citations' must hold a span"):
        relation(citations=())
    with pytest.raises(ValueError, match="'note' must say why"):
        relation(basis="inferred", citations=())
    inferred = relation(basis="inferred", citations=(), note="our reading")
    assert inferred.citations == ()


def test_vocabularies_are_checked() -> None:
    with pytest.raises(ValueError, match="predicate"):
        relation(predicate="likes")
    with pytest.raises(ValueError, match="mode"):
        relation(mode="naval")
    assert relation(mode=None).mode is None


def test_symmetric_and_claimed_read_the_predicate_and_the_claimant() -> None:
    assert relation(predicate="allied-with").symmetric
    assert not relation().symmetric
    assert relation(asserted_by="c").claimed
    assert not relation().claimed
    assert set(SYMMETRIC_PREDICATES) <= set(PREDICATES)


def test_the_checker_finds_a_symmetric_relation_stored_both_ways() -> None:
    once = relation(predicate="allied-with")
    back = relation(id="r2", predicate="allied-with", subject="b", object="a")
    assert stored_twice([once]) == []
    assert stored_twice([once, back]) == [("allied-with", "a", "b", "", "asserted")]
    directed = relation(id="r3", subject="b", object="a")
    assert stored_twice([relation(), directed]) == []  # "backs" may run both ways


# --- The bundled data ---------------------------------------------------------------


def test_every_relation_refers_to_actors() -> None:
    for r in BRIEF.relations:
        for key in (r.subject, r.object, *filter(None, [r.asserted_by])):
            assert BRIEF.actor(key).id == key, r.id


def test_no_relation_is_uncited_unless_inferred_with_a_note() -> None:
    for r in BRIEF.relations:
        assert r.citations or (r.basis == "inferred" and r.note), r.id
        if r.basis == "inferred":
            assert r.note, r.id


def test_symmetric_relations_are_stored_once() -> None:
    assert any(r.symmetric for r in BRIEF.relations)
    assert stored_twice(BRIEF.relations) == []


def test_every_affiliation_is_backed_by_a_relation() -> None:
    """An actor's ``affiliation`` is the object of its member-of, part-of, speaks-for or
    leads relation, stated or inferred, and no one's claim (the data dictionary)."""
    backed = {
        (r.subject, r.object)
        for r in BRIEF.relations
        if r.predicate in AFFILIATING and r.asserted_by is None and r.polarity == "asserted"
    }
    missing = [
        f"{a.id} -> {a.affiliation}"
        for a in BRIEF.actors
        if a.affiliation is not None and (a.id, a.affiliation) not in backed
    ]
    assert missing == []


def test_russias_accusation_is_a_claim_not_a_fact() -> None:
    claim = BRIEF["turkey-backs-terrorist-groups"]
    assert isinstance(claim, Relation)
    assert (claim.subject, claim.predicate, claim.object) == ("turkey", "backs", "terrorist-groups")
    assert claim.asserted_by == "russia"
    facts = BRIEF.relation_graph("terrorist-groups", include_claims=False)
    assert len(facts) == 0


def test_russian_and_iranian_allies_are_two_relations_from_one_span() -> None:
    aid = BRIEF.relation_graph("syria", predicate="backs")
    backers = {r.subject: r for r in aid if r.mode == "military"}
    assert set(backers) == {"russia", "iran"}
    assert backers["russia"].citations == backers["iran"].citations
    allies = {r.subject for r in BRIEF.relation_graph("syria", predicate="allied-with")}
    assert allies == {"russia", "iran"}


def test_nato_membership_is_the_articles_label_not_akhmetovs_claim() -> None:
    membership = BRIEF["turkey-member-of-nato"]
    assert isinstance(membership, Relation)
    assert (membership.asserted_by, membership.basis) == (None, "stated")
    assert membership.note is not None
    assert "Akhmetov" in membership.note
    assert "article's own" in membership.note


def test_air_support_is_the_air_mode() -> None:
    support = BRIEF["russian-armed-forces-back-syrian-army"]
    assert isinstance(support, Relation)
    assert (support.predicate, support.mode) == ("backs", "air")


# --- relation_graph -----------------------------------------------------------------


def brute_force(
    brief: Brief, actors: set[str] | None, predicates: set[str] | None, claims: bool
) -> list[str]:
    return sorted(
        r.id
        for r in brief.relations
        if (actors is None or {r.subject, r.object} & actors)
        and (predicates is None or r.predicate in predicates)
        and (claims or r.asserted_by is None)
    )


@given(
    actors=st.none() | st.sets(st.sampled_from([a.id for a in BRIEF.actors]), max_size=3),
    predicates=st.none() | st.sets(st.sampled_from(PREDICATES), max_size=3),
    claims=st.booleans(),
)
def test_the_filters_keep_what_they_say(
    actors: set[str] | None, predicates: set[str] | None, claims: bool
) -> None:
    graph = BRIEF.relation_graph(actors, predicate=predicates, include_claims=claims)
    assert [r.id for r in graph] == brute_force(BRIEF, actors, predicates, claims)


def test_an_actor_matches_as_subject_or_object_whatever_its_name() -> None:
    by_name = BRIEF.relation_graph("Ankara")
    assert by_name == BRIEF.relation_graph("turkey")
    assert "turkey-backs-rebel-groups" in [r.id for r in by_name]  # as subject
    assert "erdogan-leads-turkey" in [r.id for r in by_name]  # as object


def test_as_of_keeps_what_holds_on_the_day() -> None:
    fights = "syrian-army-fights-turkish-armed-forces"
    assert fights in [r.id for r in BRIEF.relation_graph(as_of="2020-03-04")]
    before = BRIEF.relation_graph(as_of="2020-01")
    assert fights not in [r.id for r in before]
    undated = [r.id for r in BRIEF.relations if r.when is None]
    assert [r.id for r in before] == undated


def test_bad_filters_say_what_is_wrong() -> None:
    with pytest.raises(ValueError, match=r"'predicate' must be one of .* \(got 'likes'\)"):
        BRIEF.relation_graph(predicate="likes")
    with pytest.raises(UnknownActorError, match="Erdogn"):
        BRIEF.relation_graph("Erdogn")


def test_the_module_function_is_the_method_on_the_bundled_brief() -> None:
    assert idlib_brief.relation_graph("Iran") == load().relation_graph("Iran")


# --- RelationGraph ------------------------------------------------------------------


def test_tables_have_a_row_per_relation_and_mark_denials() -> None:
    backs = BRIEF["russia-backs-syria"]
    assert isinstance(backs, Relation)
    denied = attrs.evolve(backs, polarity="denied")
    brief = attrs.evolve(BRIEF, relations=(denied,))
    graph = brief.relation_graph()
    text = str(graph).splitlines()
    assert len(text) == 2 + len(graph) == 3
    assert "not backs" in text[2]
    markdown = graph.to_markdown().splitlines()
    assert markdown[2].startswith("| russia-backs-syria | russia | not backs | syria |")


def test_actors_and_sides() -> None:
    graph = BRIEF.relation_graph()
    sides = graph.sides()
    assert set(sides) == set(graph.actors)
    assert sides["russia"] == sides["syria"] == sides["iran"] == sides["assad"]
    assert sides["turkey"] == sides["syrian-rebel-groups"] == sides["nato"]
    assert sides["turkey"] != sides["syria"]
    assert sides["terrorist-groups"] != sides["turkey"]  # a claim puts no one on a side


def test_to_networkx_has_a_node_per_actor_and_an_edge_per_direction() -> None:
    graph = BRIEF.relation_graph()
    nx_graph = graph.to_networkx()
    assert set(nx_graph.nodes) == set(graph.actors)
    symmetric = sum(r.symmetric for r in graph)
    assert nx_graph.number_of_edges() == len(graph) + symmetric
    edge = nx_graph.edges["turkey", "terrorist-groups", "turkey-backs-terrorist-groups"]
    assert (edge["predicate"], edge["asserted_by"]) == ("backs", "russia")
    assert nx_graph.nodes["putin"]["name"] == "Vladimir Putin"


def test_to_networkx_names_the_extra_when_networkx_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match=r"needs the 'network' extra .*'\.\[network\]'"):
        BRIEF.relation_graph().to_networkx()


def test_the_picture_shows_every_actor_an_edge_per_relation_and_who_claims_what() -> None:
    from matplotlib.patches import FancyArrowPatch

    graph = BRIEF.relation_graph()
    fig = graph.plot(title="Who backs whom")
    (ax,) = fig.axes
    labels = [" ".join(t.get_text().split()) for t in ax.texts]
    for key in graph.actors:
        assert BRIEF.actor(key).name in labels
    assert "claimed by Russia" in labels
    assert "claimed by Marianna Belenkaya" in labels
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == len(graph)
    dashed = [a for a in arrows if a.get_linestyle() not in {"-", "solid"}]
    assert len(dashed) >= sum(r.claimed for r in graph)
    assert "Others" in labels
    assert labels.count("Others") == 1  # one heading, continued as "Others (continued)"


def _drawn_text(fig: Any) -> list[Any]:
    import matplotlib.text

    fig.draw_without_rendering()
    return [
        t
        for t in fig.findobj(matplotlib.text.Text)
        if t.get_visible() and t.get_text().strip() and t.figure is not None
    ]


def test_the_picture_fits_a_page_with_text_of_nine_and_a_half_points_or_more() -> None:
    fig = BRIEF.relation_graph().plot(title="Who backs whom")
    assert fig.get_figwidth() <= 8.0
    texts = _drawn_text(fig)
    assert texts
    small = [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < 9.5]
    assert small == []


def test_no_two_labels_of_the_picture_overlap_and_none_crosses_its_edge() -> None:
    fig = BRIEF.relation_graph().plot(title="Who backs whom")
    frame = fig.bbox
    boxes = [
        (t.get_text(), t.get_window_extent())
        for t in _drawn_text(fig)
        if t.axes is not None  # actors, headings and claims (not the legend's own)
    ]
    for text, box in boxes:
        assert frame.x0 <= box.x0, text
        assert box.x1 <= frame.x1, text
        assert frame.y0 <= box.y0, text
        assert box.y1 <= frame.y1, text
    for (one, a), (other, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (one, other)


def _legend_labels(fig: Any) -> set[str]:
    (legend,) = fig.legends
    return {t.get_text() for t in legend.get_texts()}


@settings(deadline=None, max_examples=15)
@given(st.sets(st.sampled_from(sorted({r.predicate for r in BRIEF.relations})), min_size=1))
def test_the_legend_lists_exactly_the_predicates_and_lines_drawn(predicates: set[str]) -> None:
    graph = BRIEF.relation_graph(predicate=sorted(predicates))
    fig = graph.plot()
    shown = _legend_labels(fig)
    listed = {p.replace(" ", "-") for label in shown for p in label.split(", ")}
    bases = {"claimed" if r.claimed else r.basis for r in graph}
    lines = {"stated by the text", "our inference", "someone's claim (claimant named)"}
    assert listed - {x.replace(" ", "-") for x in lines} == predicates
    wanted = {"stated": "stated by the text", "inferred": "our inference"}
    wanted["claimed"] = "someone's claim (claimant named)"
    assert shown & lines == {wanted[b] for b in bases}


def test_the_picture_has_a_source_credit_and_takes_one_given() -> None:
    texts = [t.get_text() for t in BRIEF.relation_graph().plot().texts]
    assert any(t.startswith("Source: Deutsche Welle") for t in texts)
    texts = [t.get_text() for t in BRIEF.relation_graph().plot(credit="Mine").texts]
    assert "Mine" in texts


def test_an_empty_graph_still_draws() -> None:
    fig = BRIEF.relation_graph(predicate="mediates").plot()
    assert len(fig.axes) == 1
    assert isinstance(BRIEF.relation_graph(predicate="mediates"), RelationGraph)
