"""The command line: overview and check, in-process and as `python -m idlib_brief`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import idlib_brief
from idlib_brief._cli import main


def test_the_overview_counts_kinds_and_lists_events_by_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    brief = idlib_brief.load()
    assert out.startswith(brief.title)
    for kind, count in brief.counts().items():
        assert f"  {kind:<11} {count:>4}" in out
    listing = out.split("Events in date order:\n", 1)[1]
    dated = [r for r in brief.dated if r in brief.events]
    patterns = [
        re.escape(str(r.when)) + r" +" + re.escape(f"{r.title} [{r.status}]")
        for r in dated
    ]
    found = [re.search(p, listing) for p in patterns]
    assert all(found), patterns
    starts = [m.start() for m in found if m]
    assert starts == sorted(starts)


def test_python_dash_m_runs_the_same_overview() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "idlib_brief", "overview"],
        capture_output=True, text=True, check=True,
    )
    assert "Events in date order:" in result.stdout


def test_check_reports_a_valid_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    idlib_brief.dump(idlib_brief.load(), tmp_path)
    assert main(["check", str(tmp_path)]) == 0
    assert "a valid brief" in capsys.readouterr().out


def test_check_lists_every_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    idlib_brief.dump(idlib_brief.load(), tmp_path)
    events = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    events[0]["when"] = "2020-02-30"
    events[1]["status"] = "done"
    (tmp_path / "events.json").write_text(json.dumps(events), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "2 problems found" in err
    assert "events.json $[0].when: '2020-02-30': day 30" in err
    assert "events.json $[1].status: must be one of" in err


def test_a_missing_folder_exits_with_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--brief", str(tmp_path / "nowhere")]) == 2
    assert "no brief's folder" in capsys.readouterr().err


def test_a_reader_that_stops_early_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """`idlib-brief timeline | head -1` ends quietly, without a BrokenPipeError."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone: writing now fails with EPIPE
    with os.fdopen(write_end, "w", encoding="utf-8") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert main(["timeline"]) == 0
        closed_pipe.write("more")  # stdout now points at the null device
        closed_pipe.flush()


def test_bad_options_exit_with_2_and_say_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--from", "2020-13"]) == 2
    assert "month 13 is not between 01 and 12" in capsys.readouterr().err
    assert main(["positions", "--actor", "Erdogam"]) == 2
    assert "close matches: 'Erdogan'" in capsys.readouterr().err
