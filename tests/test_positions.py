"""Positions: derived from statements' stances, with evidence, basis, dates and members."""

from __future__ import annotations

import datetime as dt
import doctest
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import (
    BASES,
    Actor,
    Brief,
    BriefError,
    Citation,
    Comparison,
    Date,
    Issue,
    Position,
    PositionMatrix,
    Source,
    Stance,
    Statement,
    UnknownActorError,
    UnknownIssueError,
)
from idlib_brief._positions import _Affiliations
from strategies import briefs, dates

ROOT = Path(__file__).resolve().parents[1]
CITE = (Citation(source="doc", start=0, end=1),)
SOURCE = Source(id="doc", title="A document", publisher="Tests", sha256="0" * 64, length=10)


def actor(actor_id: str, kind: str = "state", affiliation: str | None = None) -> Actor:
    return Actor(
        id=actor_id,
        name=actor_id.replace("-", " ").title(),
        kind=kind,  # type: ignore[arg-type]
        description="an actor",
        affiliation=affiliation,
        citations=CITE,
    )


def said(
    statement_id: str,
    speaker: str,
    *stances: tuple[str, str],
    when: str | None = None,
    direct: bool = False,
    about: tuple[str, ...] = (),
) -> Statement:
    return Statement(
        id=statement_id,
        speaker=speaker,
        when=None if when is None else Date(when),
        mode="direct" if direct else "indirect",
        quote="words" if direct else None,
        summary="what was said",
        act="says",
        stances=tuple(Stance(issue=i, position=p) for i, p in stances),  # type: ignore[arg-type]
        about=about,
        citations=CITE,
    )


def make_brief(actors: list[Actor], statements: list[Statement], issues: tuple[str, ...]) -> Brief:
    return Brief(
        sources=(SOURCE,),
        issues=tuple(Issue(id=i, title=f"The {i} question", description="x") for i in issues),
        actors=tuple(actors),
        statements=tuple(statements),
    )


@pytest.fixture
def brief() -> Brief:
    """A small crisis: a state, its minister and spokesman, a think tank and its expert."""
    return make_brief(
        [
            actor("land"),
            actor("palace", "government-body", "land"),
            actor("minister", "person", "land"),
            actor("spokesman", "person", "palace"),
            actor("other-land"),
            actor("tank", "think-tank", "land"),
            actor("expert", "person", "tank"),
        ],
        [
            said("s1", "land", ("truce", "for"), when="2020-02-10"),
            said("s2", "minister", ("truce", "for"), when="2020-02", direct=True),
            said("s3", "spokesman", ("truce", "neutral"), when="2020-03-01"),
            said("s4", "other-land", ("truce", "against"), about=("land",)),
            said(
                "s5",
                "expert",
                ("truce", "against"),
                ("zone", "for"),
                direct=True,
                about=("minister",),
                when="2020-02-20",
            ),
            said("s6", "land", ("zone", "against"), ("zone", "for")),
            said("s7", "land", ("not-an-issue", "for")),
        ],
        ("truce", "zone"),
    )


# -- examples on a small brief ---------------------------------------------------------


def test_members_words_count_for_the_actor_they_speak_for(brief: Brief) -> None:
    """With members, a state's position holds its minister's and spokesman's words."""
    (truce,) = brief.positions("land", "truce")
    assert truce.evidence == ("s2", "s1", "s3")
    assert truce.speakers == ("minister", "land", "spokesman")
    assert truce.position == "mixed"
    assert truce.basis == ("own-words", "reported")


def test_without_members_only_the_actors_own_statements_count(brief: Brief) -> None:
    (truce,) = brief.positions("land", "truce", include_members=False)
    assert (truce.position, truce.evidence, truce.basis) == ("for", ("s1",), ("reported",))


def test_members_count_through_a_chain_of_affiliations(brief: Brief) -> None:
    """The spokesman speaks for the palace, which speaks for the land."""
    assert _Affiliations(brief).chain("spokesman") == ("spokesman", "palace", "land")
    (palace,) = brief.positions("palace")
    assert (palace.issue, palace.evidence) == ("truce", ("s3",))


def test_an_analyst_never_speaks_for_the_state_its_think_tank_belongs_to(brief: Brief) -> None:
    affiliations = _Affiliations(brief)
    assert affiliations.chain("expert") == ("expert", "tank")
    assert affiliations.is_analyst("expert")
    assert affiliations.is_analyst("tank")
    assert not affiliations.is_analyst("minister")
    assert [p.issue for p in brief.positions("tank")] == ["truce", "zone"]
    assert "s5" not in {s for p in brief.positions("land") for s in p.evidence}


def test_assessments_count_only_when_asked_for(brief: Brief) -> None:
    """An analyst's statement about the minister is an assessment of the minister and,
    with members, of the land; another party's statement about the land never counts."""
    (minister,) = brief.positions("minister", "zone", include_assessments=True)
    assert (minister.position, minister.evidence) == ("for", ("s5",))
    assert minister.basis == ("assessment",)
    assert minister.assessed_only
    (land,) = brief.positions("land", "truce", include_assessments=True)
    assert land.evidence == ("s2", "s1", "s5", "s3")
    assert land.basis == ("own-words", "reported", "assessment")
    assert "s4" not in land.evidence
    assert brief.positions("minister", "zone") == ()
    assert brief.positions("land", "truce", include_assessments=True, include_members=False)[
        0
    ].evidence == ("s1",)


def test_a_statement_holding_two_stances_on_one_issue_is_mixed(brief: Brief) -> None:
    (zone,) = brief.positions("land", "zone")
    assert (zone.position, zone.since, zone.evidence) == ("mixed", None, ("s6",))


def test_stances_on_issues_outside_the_vocabulary_are_left_out(brief: Brief) -> None:
    assert {p.issue for p in brief.positions()} == {"truce", "zone"}


def test_since_is_the_earliest_date_of_the_evidence(brief: Brief) -> None:
    (truce,) = brief.positions("land", "truce")
    assert truce.since == Date("2020-02")


@pytest.mark.parametrize(
    ("as_of", "evidence"),
    [
        ("2020-02-10", ("s1",)),  # s2 (February) may be later than the 10th: left out
        (dt.date(2020, 2, 29), ("s2", "s1")),
        (Date("2020-02"), ("s2", "s1")),
        ("2020", ("s2", "s1", "s3")),  # s6 and s4 are undated: left out
    ],
)
def test_as_of_counts_only_statements_certainly_made_by_then(
    brief: Brief, as_of: idlib_brief.DateLike, evidence: tuple[str, ...]
) -> None:
    (truce,) = brief.positions("land", "truce", as_of=as_of)
    assert truce.evidence == evidence


def test_as_of_before_every_statement_gives_no_positions(brief: Brief) -> None:
    assert brief.positions(as_of="2019-12-31") == ()


def test_actors_and_issues_are_found_by_name_alias_or_title(brief: Brief) -> None:
    assert brief.positions("Other Land") == brief.positions("other-land")
    assert brief.positions(issue="the TRUCE question") == brief.positions(issue="truce")


def test_an_unknown_actor_raises_unknown_actor_error(brief: Brief) -> None:
    with pytest.raises(UnknownActorError, match="'lnad'"):
        brief.positions("lnad")


def test_an_unknown_issue_raises_a_lookup_error_naming_close_issues(brief: Brief) -> None:
    with pytest.raises(UnknownIssueError) as info:
        brief.positions(issue="truse")
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, BriefError)
    assert info.value.issue == "truse"
    assert info.value.close == ("truce",)
    assert "close issue ids: 'truce'" in str(info.value)


def test_an_affiliation_cycle_ends_the_chain() -> None:
    cyclic = make_brief(
        [actor("a", "person", "b"), actor("b", "person", "a")],
        [said("s", "a", ("x", "for"))],
        ("x",),
    )
    assert _Affiliations(cyclic).chain("a") == ("a", "b")
    assert not _Affiliations(cyclic).is_analyst("a")
    assert [p.actor for p in cyclic.positions()] == ["a", "b"]


def test_a_position_rejects_bases_out_of_order() -> None:
    with pytest.raises(ValueError, match="'basis' must be distinct"):
        Position(
            actor="a",
            issue="x",
            position="for",
            evidence=("s",),
            basis=("reported", "own-words"),
            speakers=("a",),
        )


def test_the_matrix_has_rows_and_columns_in_the_order_asked(brief: Brief) -> None:
    matrix = brief.position_matrix(["other-land", "Land"], ["zone", "truce"])
    assert matrix.actors == ("other-land", "land")
    assert matrix.issues == ("zone", "truce")
    assert matrix["other-land", "zone"] is None
    assert matrix["land", "truce"] == brief.positions("land", "truce")[0]
    assert str(matrix) == (
        "actor       zone   truce\n"
        "----------  -----  -------\n"
        "other-land         against\n"
        "land        mixed  mixed"
    )
    assert matrix.to_markdown().splitlines()[2] == "| other-land |  | against |"


def test_the_matrix_takes_one_actor_as_a_plain_string(brief: Brief) -> None:
    matrix = brief.position_matrix("land", "truce")
    assert (matrix.actors, matrix.issues) == (("land",), ("truce",))


def test_the_matrix_has_no_such_cell(brief: Brief) -> None:
    with pytest.raises(KeyError):
        brief.position_matrix()["nobody", "truce"]


def test_a_matrix_needs_a_cell_per_actor_and_issue() -> None:
    with pytest.raises(ValueError, match="one row per actor"):
        PositionMatrix(actors=("a",), issues=("x",), cells=())


def test_the_matrix_draws_a_heat_map(brief: Brief, tmp_path: Path) -> None:
    matrix = brief.position_matrix(include_assessments=True)
    figure = matrix.plot(title="Positions")
    (ax,) = figure.axes
    assert [t.get_text() for t in ax.get_yticklabels()] == list(matrix.actors)
    assert [t.get_text() for t in ax.get_xticklabels()] == list(matrix.issues)
    assert ax.get_title() == "Positions"
    assert any(patch.get_hatch() for patch in ax.patches)  # the minister's, assessed only
    figure.savefig(tmp_path / "matrix.png")
    assert (tmp_path / "matrix.png").stat().st_size > 0


def test_compare_sorts_issues_into_agree_disagree_unclear_and_only_one(brief: Brief) -> None:
    extra = make_brief(
        [actor("a"), actor("b")],
        [
            said("a1", "a", ("p", "for"), ("q", "for"), ("r", "for"), ("s", "neutral")),
            said("b1", "b", ("p", "for"), ("q", "against"), ("r", "for"), ("t", "for")),
            said("b2", "b", ("r", "against")),
        ],
        ("p", "q", "r", "s", "t"),
    )
    comparison = extra.compare("a", "b")
    assert [p.issue for p in comparison.agree] == ["p"]
    assert [p.issue for p in comparison.disagree] == ["q"]
    assert [p.issue for p in comparison.unclear] == ["r"]
    assert [(p.issue, p.b) for p in comparison.only_a] == [("s", None)]
    assert [(p.issue, p.a) for p in comparison.only_b] == [("t", None)]
    assert comparison.unclear[0].evidence == ("a1", "b1", "b2")
    assert str(comparison).splitlines()[2:4] == [
        "p      agree     for      for      a1, b1",
        "q      disagree  for      against  a1, b1",
    ]
    assert "| t | only b |  | for | b1 |" in comparison.to_markdown()
    assert brief.compare("land", "land").unclear  # mixed with itself: unclear


def test_history_follows_the_evidence_with_a_running_position(brief: Brief) -> None:
    history = brief.position_history("land", "truce")
    assert [e.statement for e in history] == ["s2", "s1", "s3"]
    assert [e.position for e in history] == ["for", "for", "neutral"]
    assert [e.running for e in history] == ["for", "for", "mixed"]
    assert [e.statement for e in history.changes] == ["s2", "s3"]
    assert history.position == "mixed"
    assert len(history) == 3
    assert str(history).splitlines()[2] == (
        "2020-02     s2         minister   own-words  for      for"
    )
    assert history.to_markdown().splitlines()[0] == (
        "| when | statement | speaker | basis | says | position |"
    )


def test_history_without_evidence_is_empty(brief: Brief) -> None:
    history = brief.position_history("other-land", "zone")
    assert (history.entries, history.position, history.changes) == ((), None, ())


# -- properties over generated briefs ---------------------------------------------------


def _upward(brief: Brief, actor_id: str) -> set[str]:
    """Every actor up the affiliation chain, without the analyst stop: a superset."""
    out: set[str] = set()
    current: str | None = actor_id
    while current is not None and current not in out:
        out.add(current)
        record = brief.get(current)
        current = record.affiliation if isinstance(record, Actor) else None
    return out


@given(briefs(), st.booleans(), st.booleans())
def test_evidence_holds_statements_by_the_actor_or_its_members_on_the_issue(
    brief: Brief, members: bool, assessments: bool
) -> None:
    by_id = {s.id: s for s in brief.statements}
    analysts = _Affiliations(brief)
    found = brief.positions(include_members=members, include_assessments=assessments)
    for position in found:
        assert position.evidence
        for statement_id in position.evidence:
            statement = by_id[statement_id]
            stances = {s.position for s in statement.stances if s.issue == position.issue}
            assert stances
            own = (
                position.actor in _upward(brief, statement.speaker)
                if members
                else statement.speaker == position.actor
            )
            assessed = (
                assessments
                and analysts.is_analyst(statement.speaker)
                and any(
                    position.actor in (_upward(brief, a) if members else {a})
                    for a in statement.about
                )
            )
            assert own or assessed
        values = {
            s.position
            for statement_id in position.evidence
            for s in by_id[statement_id].stances
            if s.issue == position.issue
        }
        assert position.position == (values.pop() if len(values) == 1 else "mixed")
        speakers = tuple(dict.fromkeys(by_id[s].speaker for s in position.evidence))
        assert position.speakers == speakers
        assert set(position.basis) <= set(BASES)
        if not assessments:
            assert "assessment" not in position.basis


@given(briefs())
def test_every_stance_shows_in_its_speakers_own_position(brief: Brief) -> None:
    vocabulary = {i.id for i in brief.issues}
    found = {(p.actor, p.issue): p for p in brief.positions(include_members=False)}
    for statement in brief.statements:
        for stance in statement.stances:
            if stance.issue in vocabulary:
                position = found[statement.speaker, stance.issue]
                assert statement.id in position.evidence
                basis = "own-words" if statement.mode == "direct" else "reported"
                assert basis in position.basis


@given(briefs())
def test_evidence_is_in_date_order_and_since_is_its_earliest_date(brief: Brief) -> None:
    by_id = {s.id: s for s in brief.statements}
    for position in brief.positions():
        whens = [by_id[s].when for s in position.evidence]
        dated = [w for w in whens if w is not None]
        assert whens == [*dated, *[None] * (len(whens) - len(dated))]
        assert [w.sort_key for w in dated] == sorted(w.sort_key for w in dated)
        assert position.since == (min(dated) if dated else None)


@given(briefs(), dates)
def test_as_of_never_uses_a_statement_dated_after_it(brief: Brief, as_of: Date) -> None:
    by_id = {s.id: s for s in brief.statements}
    for position in brief.positions(as_of=as_of):
        for statement_id in position.evidence:
            when = by_id[statement_id].when
            assert when is not None
            assert when.latest <= as_of.latest
    everything = {(p.actor, p.issue): set(p.evidence) for p in brief.positions()}
    for position in brief.positions(as_of=as_of):
        assert set(position.evidence) <= everything[position.actor, position.issue]


@given(briefs(), st.booleans(), st.booleans())
def test_the_matrix_agrees_with_positions_cell_by_cell(
    brief: Brief, members: bool, assessments: bool
) -> None:
    found = {
        (p.actor, p.issue): p
        for p in brief.positions(include_members=members, include_assessments=assessments)
    }
    matrix = brief.position_matrix(include_members=members, include_assessments=assessments)
    assert set(matrix.positions) == set(found.values())
    for actor_id, row in zip(matrix.actors, matrix.cells, strict=True):
        for issue_id, cell in zip(matrix.issues, row, strict=True):
            assert cell == found.get((actor_id, issue_id))
    everyone = brief.position_matrix([a.id for a in brief.actors], [i.id for i in brief.issues])
    default = {(p.actor, p.issue): p for p in brief.positions()}
    for actor_id, row in zip(everyone.actors, everyone.cells, strict=True):
        for issue_id, cell in zip(everyone.issues, row, strict=True):
            assert cell == default.get((actor_id, issue_id))


@given(st.data())
def test_compare_a_b_mirrors_compare_b_a(data: st.DataObject) -> None:
    brief = data.draw(briefs())
    a = data.draw(st.sampled_from(brief.actors)).id
    b = data.draw(st.sampled_from(brief.actors)).id
    forward = brief.compare(a, b)
    backward = brief.compare(b, a)
    assert backward == forward.swapped()
    assert forward.swapped().swapped() == forward
    kinds = (forward.agree, forward.disagree, forward.unclear, forward.only_a, forward.only_b)
    sorted_issues = [p.issue for pairs in kinds for p in pairs]
    assert sorted(sorted_issues) == sorted(
        {p.issue for p in brief.positions(a)} | {p.issue for p in brief.positions(b)}
    )
    for pair in forward.agree:
        assert pair.a is not None
        assert pair.b is not None
        assert pair.a.position == pair.b.position != "mixed"


@given(st.data())
def test_history_ends_in_the_position_and_lists_its_evidence(data: st.DataObject) -> None:
    brief = data.draw(briefs())
    found = brief.positions()
    if not found:
        return
    position = data.draw(st.sampled_from(found))
    history = brief.position_history(position.actor, position.issue)
    assert tuple(e.statement for e in history) == position.evidence
    assert history.position == position.position
    assert {e.basis for e in history} == set(position.basis)


# -- the bundled brief ------------------------------------------------------------------


def test_turkey_is_against_the_syrian_offensive_and_for_the_sochi_line() -> None:
    offensive = idlib_brief.positions("Ankara", "syrian-offensive-in-idlib")
    sochi_line = idlib_brief.positions("Turkey", "withdrawal-to-sochi-line")
    assert [(p.actor, p.position) for p in offensive] == [("turkey", "against")]
    assert [(p.actor, p.position) for p in sochi_line] == [("turkey", "for")]
    assert "turkey-demands-withdrawal" in sochi_line[0].evidence
    assert sochi_line[0].basis == ("reported",)


def test_russia_is_for_the_sochi_agreements_through_lavrov() -> None:
    (sochi,) = idlib_brief.positions("Russia", "sochi-agreements")
    assert sochi.position == "for"
    assert "lavrov" in sochi.speakers
    assert idlib_brief.positions("Russia", "sochi-agreements", include_members=False) == ()


def test_erdogan_and_turkey_are_for_a_ceasefire_in_erdogans_own_words() -> None:
    ceasefire = {p.actor: p for p in idlib_brief.positions(issue="ceasefire")}
    for who in ("erdogan", "turkey"):
        assert ceasefire[who].position == "for"
        assert ceasefire[who].basis == ("own-words",)
        assert ceasefire[who].evidence == ("erdogan-hopes-for-ceasefire",)
        assert ceasefire[who].since == Date("2020-03-04")
    assert "russia" not in ceasefire  # Russia says nothing on it in its own words


def test_the_bundled_matrix_agrees_with_positions() -> None:
    matrix = idlib_brief.position_matrix()
    assert set(matrix.positions) == set(idlib_brief.positions())
    assert {"turkey", "russia"} <= set(matrix.actors)


def test_the_bundled_comparison_mirrors() -> None:
    forward: Comparison = idlib_brief.compare("Turkey", "Russia")
    assert idlib_brief.compare("Russia", "Turkey") == forward.swapped()
    assert "withdrawal-to-sochi-line" in [p.issue for p in forward.only_a]


def test_the_bundled_history_is_in_date_order() -> None:
    history = idlib_brief.position_history("Russia", "russian-turkish-talks")
    assert history.position == "for"
    assert history.entries[0].speaker == "peskov"


def test_positions_records_are_frozen() -> None:
    (position,) = idlib_brief.positions("Turkey", "ceasefire")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        position.position = "against"  # type: ignore[misc]


# -- the docs page ----------------------------------------------------------------------

_DOCTEST_FENCE = re.compile(r"^```\{doctest\}[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def test_the_positions_page_examples_run() -> None:
    """The ```{doctest} blocks of docs/positions.md, run as the Sphinx build runs them."""
    page = ROOT / "docs" / "positions.md"
    if not page.is_file():
        pytest.skip("docs/ is not in this tree (an installed-package test run)")
    blocks = _DOCTEST_FENCE.findall(page.read_text(encoding="utf-8"))
    assert blocks, "the page has no {doctest} blocks"
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    runner = doctest.DocTestRunner(optionflags=flags)
    globs: dict[str, object] = {"idlib_brief": idlib_brief}
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, globs, f"positions.md[{i}]", str(page), 0)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


# -- the command line -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough for every table on one line a row (the CLI fits its width)."""
    monkeypatch.setenv("COLUMNS", "400")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from idlib_brief._cli import main

    code = main(["positions", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_lists_an_actors_positions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--actor", "Turkey", "--issue", "withdrawal-to-sochi-line")
    assert code == 0
    assert out.splitlines()[2].split()[:3] == ["turkey", "withdrawal-to-sochi-line", "for"]


def test_the_cli_prints_the_matrix_comparison_and_history(
    capsys: pytest.CaptureFixture[str],
) -> None:
    matrix = idlib_brief.position_matrix(["turkey", "russia"])
    assert run_cli(capsys, "--matrix", "--actor", "turkey", "--actor", "russia")[1] == (
        f"{matrix}\n"
    )
    assert run_cli(capsys, "--matrix", "--markdown")[1] == (
        idlib_brief.position_matrix().to_markdown() + "\n"
    )
    comparison = idlib_brief.compare("turkey", "russia")
    assert run_cli(capsys, "--compare", "Turkey", "Russia")[1] == f"{comparison}\n"
    history = idlib_brief.position_history("turkey", "ceasefire", include_assessments=True)
    code, out, _ = run_cli(
        capsys, "--history", "--actor", "turkey", "--issue", "ceasefire", "--assessments"
    )
    assert (code, out) == (0, f"{history}\n")


def test_the_cli_passes_as_of_and_no_members(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--as-of", "2020-03-03", "--actor", "turkey", "--markdown")
    assert (code, out.splitlines()[2:]) == (0, [])
    _, out, _ = run_cli(capsys, "--actor", "russia", "--no-members")
    assert "lavrov-pledges-sochi-agreements" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--actor", "Turky"], "no actor is called 'Turky'"),
        (["--issue", "ceasfire"], "close issue ids: 'ceasefire'"),
        (["--as-of", "2020-13"], "'2020-13': month 13 is not between 01 and 12"),
        (["--history", "--actor", "turkey"], "--history needs one --actor and one --issue"),
    ],
)
def test_the_cli_reports_bad_arguments(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert message in err


@given(briefs())
def test_derived_positions_pass_the_validators_they_skip(brief: Brief) -> None:
    """Positions are built without re-running validators; every one would pass them."""
    for include_assessments in (False, True):
        for position in brief.positions(include_assessments=include_assessments):
            assert attrs.evolve(position) == position  # evolve runs every validator
