"""The command line, through its entry point: every command, format, and kind of mistake.

In-process runs call ``main([...])``; a few run ``python -m idlib_brief`` for real, for
what only a process shows: closed, full and non-UTF-8 standard output, the terminal's
width. JSON output is parsed back and compared with what the public API gives.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import idlib_brief
from idlib_brief._cli import main
from idlib_brief._cli_parser import make_parser
from idlib_brief._kinds import BY_NAME, REGISTRY

BRIEF = idlib_brief.load()


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough for one line a row; the tests of narrow ones set their own."""
    monkeypatch.setenv("COLUMNS", "400")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_json(value: Any) -> Any:
    """What the API's objects look like as JSON: ``to_dict``'s form, read back."""
    if isinstance(value, (list, tuple)):
        return [as_json(v) for v in value]
    return json.loads(json.dumps(idlib_brief.to_dict(value)))


def starter(tmp_path: Path) -> tuple[Path, idlib_brief.Brief, Path]:
    folder = tmp_path / "starter"
    brief = idlib_brief.write_starter(folder)
    return folder, brief, folder / str(brief.sources[0].filename)


def python_m(*argv: str, env: dict[str, str] | None = None, **kwargs: Any) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "idlib_brief", *argv],
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
        **kwargs,
    )


# -- overview, version, help -----------------------------------------------------------


def test_the_overview_counts_kinds_and_lists_events_by_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert out.startswith(BRIEF.title)
    for kind, count in BRIEF.counts().items():
        assert f"  {kind:<11} {count:>4}" in out
    listing = out.split("Events in date order:\n", 1)[1]
    dated = [r for r in BRIEF.dated if r in BRIEF.events]
    patterns = [
        re.escape(str(r.when)) + r" +" + re.escape(f"{r.title} [{r.status}]") for r in dated
    ]
    found = [re.search(p, listing) for p in patterns]
    assert all(found), patterns
    starts = [m.start() for m in found if m]
    assert starts == sorted(starts)


def test_the_overview_in_json_markdown_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "overview", "--format", "json")
    overview = json.loads(out)
    assert code == 0
    assert overview["counts"] == BRIEF.counts()
    assert overview["title"] == BRIEF.title
    timeline = BRIEF.timeline(kinds="event")
    assert overview["events"] == as_json([*(e.record for e in timeline), *timeline.undated])
    _, out, _ = run(capsys, "overview", "--format", "markdown")
    assert out.startswith(f"# {BRIEF.title}\n")
    assert "| events | 31 |" in out
    _, out, _ = run(capsys, "overview", "--format", "csv")
    assert [row[0] for row in csv.reader(io.StringIO(out))][1:] == overview_ids(overview)


def overview_ids(overview: dict[str, Any]) -> list[str]:
    return [e["id"] for e in overview["events"]]


def test_python_dash_m_runs_the_same_overview() -> None:
    result = python_m("overview", text=True)
    assert result.returncode == 0
    assert "Events in date order:" in result.stdout


def test_version_prints_the_packages_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"idlib-brief {idlib_brief.__version__}\n", "")


def commands() -> list[str]:
    parser = make_parser()
    (action,) = (a for a in parser._actions if a.dest == "command")
    return list(action.choices)  # type: ignore[arg-type]


def test_every_kind_of_record_has_a_listing_command() -> None:
    assert {kind.plural for kind in REGISTRY} <= set(commands())


@pytest.mark.parametrize("command", commands())
def test_each_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: idlib-brief {command}")
    assert "--brief FOLDER" in out


# -- listings -----------------------------------------------------------------------------


def listed(kind: Any, brief: idlib_brief.Brief = BRIEF) -> list[Any]:
    """A kind's records in the order the listing gives them: by date, undated by id."""
    records = list(getattr(brief, kind.plural))
    if not kind.dated:
        return records
    return [r for r in brief.dated if isinstance(r, kind.cls)] + [
        r for r in records if r.when is None
    ]


@pytest.mark.parametrize("kind", REGISTRY, ids=lambda k: k.plural)
def test_each_listing_gives_the_kinds_records_in_every_format(
    capsys: pytest.CaptureFixture[str], kind: Any
) -> None:
    expected = listed(kind)
    code, out, err = run(capsys, kind.plural, "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out) == as_json(expected)

    code, out, _ = run(capsys, kind.plural, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    table = idlib_brief.table(expected)
    assert rows[0] == list(table.headers)
    assert [row[0] for row in rows[1:]] == [r.id for r in expected]

    code, out, _ = run(capsys, kind.plural, "--format", "markdown")
    assert out == table.to_markdown() + "\n"

    code, out, _ = run(capsys, kind.plural)
    assert out == table.to_text() + "\n"


def test_figures_listing_says_each_qualifier_in_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "figures", "--format", "csv")
    rows = {row["id"]: row["what"] for row in csv.DictReader(io.StringIO(out))}
    assert code == 0
    for figure in BRIEF.figures:
        words = figure.qualifier.replace("-", " ")
        amount = f"{figure.value:,} {figure.unit}"
        said = amount if figure.qualifier == "exact" else f"{words} {amount}"
        assert rows[figure.id].endswith(f": {said}"), figure.id
    assert any("-" in figure.qualifier for figure in BRIEF.figures)  # "more-than", "up-to"


def test_statements_filter_by_speaker_and_issue(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "statements", "--speaker", "Erdoğan", "--format", "json")
    assert {s["id"] for s in json.loads(out)} == {
        s.id for s in BRIEF.statements if s.speaker == "erdogan"
    }
    _, out, _ = run(capsys, "statements", "--issue", "A ceasefire in Idlib", "--format", "json")
    assert {s["id"] for s in json.loads(out)} == {
        s.id for s in BRIEF.statements if any(t.issue == "ceasefire" for t in s.stances)
    }


def test_events_filter_by_status_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["events", "--status", "planned", "--status", "in-doubt", "--kind", "summit"]
    _, out, _ = run(capsys, *argv, "--format", "json")
    expected = [
        e
        for e in listed(BY_NAME["event"])
        if e.status in {"planned", "in-doubt"} and e.kind == "summit"
    ]
    assert [e["id"] for e in json.loads(out)] == [e.id for e in expected]
    assert expected  # the filter keeps something, so the test can fail


def test_a_listing_that_keeps_nothing_still_prints_its_header(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "agreements", "--status", "lapsed", "--format", "csv")
    assert code == 0
    assert out.splitlines() == [",".join(idlib_brief.table([], kind="agreement").headers)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["events", "--status", "done"], "argument --status: invalid choice: 'done'"),
        (["events", "--kind", "nonsense"], "argument --kind: invalid choice: 'nonsense'"),
        (["statements", "--speaker", "Erdogam"], "--speaker: no actor is called 'Erdogam'"),
        (["statements", "--issue", "ceasfire"], "--issue: no issue has the id or title"),
        (["events", "--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
        (["timeline", "--kind", "nonsense"], "argument --kind: invalid choice: 'nonsense'"),
        (["timeline", "--from", "2020-13"], "argument --from: '2020-13': month 13"),
        (["timeline", "--from", "2020-03-05", "--to", "2020-03-01"], "--to must not end before"),
        (["timeline", "--members"], "--members needs --actor"),
        (["timeline", "--actor", "Nobody At All"], "--actor: no actor is called 'Nobody At All'"),
        (["positions", "--as-of", "March"], "argument --as-of: 'March'"),
        (["positions", "--history", "--actor", "turkey"], "--history needs one --actor"),
        (["compare", "Turkey", "Narnia"], "no actor is called 'Narnia'"),
        (["show", "moscow-meeting"], "no record has the id 'moscow-meeting'; did you mean"),
        (["find", "--", "--"], "find needs a word to look for"),
        (["find", "x", "--kind", "speech"], "argument --kind: invalid choice: 'speech'"),
        (["--brief", "/no/such/folder"], "--brief: no brief's folder at '/no/such/folder'"),
        (["check", "/no/such/folder"], "PATH: no brief's folder at '/no/such/folder'"),
        (["check"], "which folder?"),
        (["verify", "/no/such/file.txt"], "SOURCE_FILE: cannot read '/no/such/file.txt'"),
        (["nonsense"], "argument COMMAND: invalid choice: 'nonsense'"),
    ],
)
def test_each_mistake_exits_2_with_one_line_naming_the_flag(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert message in err
    assert err.startswith("idlib-brief")
    assert err.count("\n") == 1, err
    assert "'kinds'" not in err
    assert "'end'" not in err


# -- show and find ------------------------------------------------------------------------


def test_show_prints_one_record_whole(capsys: pytest.CaptureFixture[str]) -> None:
    record = BRIEF.events[0]
    code, out, _ = run(capsys, "show", record.id)
    assert code == 0
    assert out == idlib_brief.table(record).to_text(width=400) + "\n"
    for citation in record.citations:
        assert f"[{citation.start}, {citation.end})" in out
    assert json.loads(run(capsys, "show", record.id, "--format", "json")[1]) == as_json(record)


def test_show_with_the_source_prints_the_cited_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, brief, text = starter(tmp_path)
    code, out, _ = run(
        capsys, "--brief", str(folder), "show", "board-meeting", "--source", str(text)
    )
    assert code == 0
    for excerpt in idlib_brief.excerpts(brief, text.read_bytes()):
        if excerpt.record == "board-meeting":
            assert f"“{excerpt.text}”" in out


def test_find_lists_what_the_api_finds_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "find", "Sochi", "--format", "json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == [r.id for r in BRIEF.find("Sochi")]
    _, out, _ = run(capsys, "find", "Putin", "--kind", "actor")
    assert out.splitlines()[2].split()[0] == "putin"


def test_find_says_when_nothing_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "find", "zzzz-nothing", "--format", "json")
    assert (code, json.loads(out)) == (0, [])
    assert "no record matches 'zzzz-nothing'" in err


# -- timeline and positions ---------------------------------------------------------------


def test_timeline_in_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    timeline = BRIEF.timeline("2020-03", kinds=["event", "figure"])
    code, out, _ = run(capsys, "timeline", "--from", "2020-03", "--kind", "event", "--kind",
                       "figure", "--format", "json")  # fmt: skip
    assert code == 0
    assert json.loads(out) == as_json(list(timeline))
    _, out, _ = run(capsys, "timeline", "--from", "2020-03", "--kind", "figure", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    figures = idlib_brief.table(BRIEF.timeline("2020-03", kinds="figure"))
    assert rows == [list(figures.headers), *map(list, figures.rows)]
    assert rows[0] == ["when", "kind", "status", "id", "what"]
    assert len(rows) > 1


def test_timeline_shows_figure_amounts_whole(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "timeline", "--kind", "figure")
    assert "almost 1,000,000 people" in out


def test_a_plot_without_matplotlib_says_which_extra_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    code, out, err = run(capsys, "timeline", "--plot", str(tmp_path / "t.png"))
    assert (code, out) == (2, "")
    assert err == (
        "idlib-brief timeline: --plot needs matplotlib: python -m pip install '.[plot]' "
        "in a checkout of idlib_brief, or python -m pip install matplotlib\n"
    )


def test_positions_in_json_compare_with_the_api(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "positions", "--actor", "Turkey", "--format", "json")
    assert json.loads(out) == as_json(list(BRIEF.positions("Turkey")))
    _, out, _ = run(capsys, "compare", "Turkey", "Russia", "--format", "json")
    assert json.loads(out) == as_json(BRIEF.compare("Turkey", "Russia"))
    _, out, _ = run(capsys, "compare", "Turkey", "Russia")
    assert out == idlib_brief.table(BRIEF.compare("Turkey", "Russia")).to_text() + "\n"


def test_positions_as_of_that_leaves_nothing_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "positions", "--as-of", "2019")
    assert code == 0
    assert out.splitlines()[0].split() == ["actor", "issue", "position", "since", "basis",
                                           "evidence"]  # fmt: skip
    assert "undated statements are left out" in err


# -- own briefs: new, check, export, schema -----------------------------------------------


def test_new_writes_a_valid_starter_that_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    code, out, _ = run(capsys, "new", str(folder))
    assert code == 0
    assert "riverton-notes.txt" in out
    brief = idlib_brief.load(folder)
    assert idlib_brief.excerpts(brief, (folder / "riverton-notes.txt").read_bytes())
    code, out, _ = run(capsys, "check", str(folder))
    assert (code, out.startswith(f"{folder}: a valid brief")) == (0, True)
    said = dict(part.split(" ")[::-1] for part in out.partition("(")[2].rstrip(")\n").split(", "))
    assert said == {
        (kind if n == 1 else plural): str(n)
        for (plural, n), kind in zip(brief.counts().items(), idlib_brief.RECORD_KINDS, strict=True)
    }
    code, out, _ = run(capsys, "--brief", str(folder), "check")
    assert code == 0
    code, out, _ = run(capsys, "actors", "--brief", str(folder), "--format", "json")
    assert (code, json.loads(out)) == (0, as_json(brief.actors))
    code, _, err = run(capsys, "new", str(folder))
    assert code == 2
    assert "is a folder that is not empty" in err


def test_check_lists_every_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    idlib_brief.dump(BRIEF, tmp_path)
    events = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    events[0]["when"] = "2020-02-30"
    events[1]["status"] = "done"
    (tmp_path / "events.json").write_text(json.dumps(events), encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path))
    assert (code, out) == (1, "")
    assert "2 problems found" in err
    assert "events.json $[0].when: '2020-02-30': day 30" in err
    assert "events.json $[1].status: must be one of" in err
    assert run(capsys, "--brief", str(tmp_path), "events")[0] == 1  # every command checks


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_writes_what_the_api_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, err = run(capsys, "export", str(tmp_path / "cli"), "--format", fmt)
    assert (code, err) == (0, "")
    assert out.startswith(f"{tmp_path / 'cli'}: the brief as")
    idlib_brief.export(BRIEF, tmp_path / "api", format=fmt)  # type: ignore[arg-type]
    written = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert written == sorted(p.name for p in (tmp_path / "api").iterdir())
    for name in written:
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "api" / name).read_bytes()


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schema")
    assert (code, err) == (0, "")
    assert json.loads(out) == idlib_brief.json_schema()


def test_export_into_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "export", str(tmp_path / "a-file"), "--format", "json")
    assert (code, out) == (2, "")
    assert err.startswith("idlib-brief export: ")
    assert err.count("\n") == 1


# -- verify and annotate ------------------------------------------------------------------


def test_verify_prints_each_records_cited_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, brief, text = starter(tmp_path)
    code, out, err = run(capsys, "--brief", str(folder), "verify", str(text))
    assert (code, err) == (0, "")
    assert "its SHA-256 matches" in out.splitlines()[0]
    found = idlib_brief.excerpts(brief, text.read_bytes())
    for excerpt in found:
        assert f"{excerpt.record} ({excerpt.kind})" in out
        assert f"“{' '.join(excerpt.text.split())}”" in out
    code, out, _ = run(capsys, "--brief", str(folder), "verify", str(text), "--format", "json")
    assert json.loads(out) == as_json(list(found))


def altered(text: bytes) -> dict[str, tuple[bytes, str]]:
    """Copies of *text* that editors and downloads make, with what verify must say."""
    decoded = text.decode("utf-8")
    return {
        "crlf": (text.replace(b"\n", b"\r\n"), "Windows line endings (CRLF)"),
        "bom": (b"\xef\xbb\xbf" + text, "UTF-8 byte-order mark (BOM)"),
        "cp1252": (decoded.encode("cp1252"), "encoded as Windows-1252"),
        "utf16": (decoded.encode("utf-16"), "encoded as UTF-16"),
        "longer": (text + b"More.\n", "characters where the brief's copy has"),
        "edited": (text.replace(b"pier", b"pear"), "same length as the brief's copy"),
    }


@pytest.mark.parametrize("change", ["crlf", "bom", "cp1252", "utf16", "longer", "edited"])
@pytest.mark.parametrize("command", ["verify", "annotate"])
def test_an_altered_source_fails_with_one_line_that_says_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str, command: str
) -> None:
    folder, _, text = starter(tmp_path)
    data, reason = altered(text.read_bytes())[change]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(data)
    page = tmp_path / "page.html"
    output = ["-o", str(page)] if command == "annotate" else []
    code, out, err = run(capsys, "--brief", str(folder), command, str(copy), *output)
    assert (code, out) == (1, "")
    assert err.startswith(f"idlib-brief {command}: {copy} is not the copy of source")
    assert reason in err
    assert err.count("\n") == 1
    assert not page.exists()


def test_annotate_writes_the_page_or_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, brief, text = starter(tmp_path)
    page = tmp_path / "reader.html"
    code, out, _ = run(capsys, "--brief", str(folder), "annotate", str(text), "-o", str(page))
    assert code == 0
    assert str(page) in out
    expected = idlib_brief.annotate(brief, text.read_bytes())
    assert page.read_text(encoding="utf-8") == expected
    code, out, _ = run(capsys, "--brief", str(folder), "annotate", str(text))
    assert (code, out) == (0, expected)


def test_writing_or_reading_where_one_cannot_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _, text = starter(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    brief = ["--brief", str(folder)]
    cases = [
        ([*brief, "annotate", str(text), "-o", str(tmp_path / "no" / "page.html")], "-o: cannot"),
        ([*brief, "annotate", str(text), "--source", "ana-ruiz"], "'ana-ruiz' is an actor"),
        ([*brief, "verify", str(text), "--source", "nope"], "no record has the id 'nope'"),
        ([*brief, "show", "ana-ruiz", "--source", str(tmp_path / "x")], "--source: cannot read"),
        (["new", str(blocker / "sub")], "cannot write"),
        (["timeline", "--plot", str(tmp_path / "no" / "t.png")], "--plot: cannot write"),
    ]
    for argv, message in cases:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), argv
        assert message in err, (argv, err)
        assert err.count("\n") == 1, err


# -- standard output: broken, closed, full, not UTF-8, narrow ------------------------------


def test_a_reader_that_stops_early_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """`idlib-brief timeline | head -1`: no BrokenPipeError, a non-zero status."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone: writing now fails with EPIPE
    with os.fdopen(write_end, "w", encoding="utf-8") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert main(["timeline"]) == 1
        closed_pipe.write("more")  # the pipe now points at the null device
        closed_pipe.flush()


@pytest.mark.parametrize(
    "redirect", [">&-", "> /dev/full", "| true"], ids=["closed", "full", "pipe"]
)
def test_a_closed_full_or_broken_stdout_ends_quietly(redirect: str) -> None:
    if not Path("/dev/full").exists() and "full" in redirect:
        pytest.skip("this system has no /dev/full")
    command = f"{sys.executable} -m idlib_brief timeline {redirect}; echo $? >&2"
    if "|" in redirect:
        command = (
            f"set -o pipefail 2>/dev/null; {sys.executable} -m idlib_brief statements "
            f"{redirect}; echo $? >&2"
        )
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here to redirect the output with")
    done = subprocess.run([bash, "-c", command], capture_output=True, text=True, check=False)
    *messages, status = done.stderr.strip().splitlines()
    assert messages == []  # no traceback, no "Exception ignored"
    assert status != "0"


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    ],
    ids=["ascii", "C-locale"],
)
def test_a_stdout_that_cannot_hold_the_text_gets_replacements(env: dict[str, str]) -> None:
    done = python_m("statements", "--speaker", "Erdogan", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert b"erdogan-hopes-for-ceasefire" in done.stdout
    title = python_m("overview", env=env).stdout.splitlines()[0]
    assert title.startswith(b"The Idlib crisis, February")


def test_a_30_column_terminal_gets_30_column_lines_with_every_value() -> None:
    done = python_m("figures", env={"COLUMNS": "30"}, text=True)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 30
    assert "1,000,000" in done.stdout  # amounts are never cut
    flat = re.sub(r"\s+", "", done.stdout)
    for figure in BRIEF.figures:
        assert figure.id.replace("-", "") in flat.replace("-", "")
    timeline = python_m("timeline", env={"COLUMNS": "30"}, text=True).stdout
    assert max(len(line) for line in timeline.splitlines()) <= 30
