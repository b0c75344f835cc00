"""Loading briefs: the bundled one, a user's folder, and every kind of data error."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import idlib_brief
from idlib_brief import Brief, BriefDataError, BriefError, Problem, load
from strategies import briefs

SHA = "b" * 64


def _record_files() -> dict[str, Any]:
    """A small, valid brief as the JSON values of its files."""
    cite = [{"source": "doc", "start": 0, "end": 10}]
    return {
        "brief.json": {"format_version": 1, "title": "Mine", "description": "A test brief."},
        "sources.json": [
            {"id": "doc", "title": "Doc", "publisher": "Me", "sha256": SHA, "length": 100}
        ],
        "issues.json": [{"id": "ceasefire", "title": "Ceasefire", "description": "Stop?"}],
        "actors.json": [
            {
                "id": "turkey",
                "name": "Turkey",
                "kind": "state",
                "aliases": ["Ankara"],
                "description": "A state.",
                "citations": cite,
            },
            {
                "id": "erdogan",
                "name": "Recep Tayyip Erdogan",
                "kind": "person",
                "aliases": ["Erdoğan"],
                "description": "Its president.",
                "affiliation": "turkey",
                "citations": cite,
            },
        ],
        "statements.json": [
            {
                "id": "erdogan-hopes",
                "speaker": "erdogan",
                "when": "2020-03-04",
                "mode": "direct",
                "quote": "a ceasefire",
                "summary": "He hopes for a ceasefire.",
                "act": "hopes",
                "stances": [{"issue": "ceasefire", "position": "for"}],
                "citations": cite,
                "dating": {
                    "expression": {"source": "doc", "start": 0, "end": 5},
                    "anchor": "the dateline",
                    "rule": "the Wednesday before the meeting",
                    "inferred": True,
                },
            }
        ],
        "agreements.json": [
            {
                "id": "pact",
                "name": "A pact",
                "when": "2018",
                "parties": ["turkey"],
                "status": "partially-implemented",
                "citations": cite,
            }
        ],
        "figures.json": [
            {
                "id": "displaced",
                "label": "people displaced",
                "value": 1000000,
                "high": 1000000,
                "high_exclusive": True,
                "unit": "people",
                "qualifier": "almost",
                "when": "2019-12/2020-02-29",
                "citations": cite,
            }
        ],
        "events.json": [
            {
                "id": "meeting",
                "title": "A meeting",
                "when": "2020-03-05",
                "kind": "meeting",
                "status": "expected",
                "participants": ["erdogan"],
                "history": [{"status": "planned", "since": "2020-03", "citations": cite}],
                "citations": cite,
            }
        ],
    }


def write(folder: Path, files: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in files.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(BriefDataError) as info:
        load(folder)
    return [str(p) for p in info.value.problems]


def test_loading_a_user_folder_gives_its_records(tmp_path: Path) -> None:
    brief = load(write(tmp_path, _record_files()))
    assert brief.title == "Mine"
    assert brief.counts() == {
        "sources": 1,
        "issues": 1,
        "actors": 2,
        "statements": 1,
        "agreements": 1,
        "figures": 1,
        "events": 1,
        "relations": 0,
        "places": 0,
    }
    assert brief.actor("ERDOGAN").affiliation == "turkey"
    assert brief["meeting"].history[0].status == "planned"  # type: ignore[union-attr]
    assert str(brief["displaced"].when) == "2019-12/2020-02-29"  # type: ignore[union-attr]


def test_loading_accepts_a_string_path(tmp_path: Path) -> None:
    assert load(str(write(tmp_path, _record_files()))).title == "Mine"


def test_a_missing_record_file_means_no_records_of_that_kind(tmp_path: Path) -> None:
    files = _record_files()
    del files["agreements.json"]
    assert load(write(tmp_path, files)).agreements == ()


def test_a_missing_folder_is_a_file_not_found_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no brief's folder"):
        load(tmp_path / "nowhere")


def _broken(change: Any) -> dict[str, Any]:
    files = _record_files()
    change(files)
    return files


def _set(file: str, index: int, key: str, value: Any) -> Any:
    def change(files: dict[str, Any]) -> None:
        files[file][index][key] = value

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _set("events.json", 0, "when", "2020-13-01"),
            "events.json $[0].when: '2020-13-01': month 13 is not between 01 and 12",
        ),
        (
            _set("actors.json", 1, "kind", "persn"),
            "actors.json $[1].kind: must be one of 'person', 'state'",
        ),
        (_set("actors.json", 0, "colour", "red"), "actors.json $[0]: unknown field 'colour'"),
        (
            _set("figures.json", 0, "value", "1 million"),
            "figures.json $[0].value: expected a number, got a string",
        ),
        (
            _set("sources.json", 0, "length", 10.5),
            "sources.json $[0].length: expected a whole number",
        ),
        (
            _set("actors.json", 0, "aliases", "Ankara"),
            "actors.json $[0].aliases: expected an array, got a string",
        ),
        (_set("actors.json", 0, "name", 7), "actors.json $[0].name: expected a string"),
        (
            _set("statements.json", 0, "speaker", "erdgan"),
            (
                "statements.json $[0].speaker: 'erdgan' is not the id of any record; "
                "expected an actor; did you mean 'erdogan'?"
            ),
        ),
        (
            _set("statements.json", 0, "speaker", "ceasefire"),
            "statements.json $[0].speaker: 'ceasefire' is an issue, expected an actor",
        ),
        (
            _set("statements.json", 0, "stances", [{"issue": "sochi", "position": "for"}]),
            "statements.json $[0].stances[0].issue: 'sochi' is not the id of any record",
        ),
        (
            _set("agreements.json", 0, "parties", ["turkey", "russia"]),
            "agreements.json $[0].parties[1]: 'russia' is not the id of any record",
        ),
        (
            _set("events.json", 0, "participants", ["pact"]),
            "events.json $[0].participants[0]: 'pact' is an agreement, expected an actor",
        ),
        (
            _set("figures.json", 0, "related", ["meeting"]),
            "figures.json $[0].related[0]: 'meeting' is an event, expected a figure",
        ),
        (
            _set("figures.json", 0, "related", ["displaced"]),
            "figures.json $[0].related: a figure cannot be related to itself",
        ),
        (
            _set("actors.json", 0, "affiliation", "turkey"),
            "actors.json $[0].affiliation: an actor cannot be affiliated with itself",
        ),
        (
            _set("figures.json", 0, "low", 2000000),
            "figures.json $[0].low: 'low' (2000000) must not be greater than 'value'",
        ),
        (
            _set("events.json", 0, "citations", [{"source": "doc", "start": 90, "end": 120}]),
            (
                "events.json $[0].citations[0].end: the span [90, 120) runs past the end of "
                "source 'doc'"
            ),
        ),
        (
            _set("events.json", 0, "citations", [{"source": "paper", "start": 0, "end": 1}]),
            "events.json $[0].citations[0].source: 'paper' is not the id of a source",
        ),
        (
            _set("events.json", 0, "citations", [{"source": "doc", "start": 5, "end": 5}]),
            "events.json $[0].citations[0].end: 'end' must be greater than 'start'",
        ),
        (
            _set("events.json", 0, "id", "pact"),
            "events.json $[0].id: the id 'pact' is already used by agreements.json $[0]",
        ),
        (
            _set("actors.json", 1, "aliases", ["ANKARA"]),
            "actors.json $[1]: the name or alias 'ankara' is also used by actors.json $[0]",
        ),
        (
            _set("statements.json", 0, "quote", None),
            "statements.json $[0]: a direct statement needs the speaker's words in 'quote'",
        ),
        (
            _set("statements.json", 0, "mode", "quoted"),
            "statements.json $[0].mode: must be one of 'direct', 'indirect' (got 'quoted')",
        ),
        (
            _set("figures.json", 0, "high_exclusive", "yes"),
            "figures.json $[0].high_exclusive: expected true or false",
        ),
    ],
)
def test_each_kind_of_error_names_file_path_and_what_was_expected(
    tmp_path: Path, change: Any, expected: str
) -> None:
    problems = problems_of(write(tmp_path, _broken(change)))
    assert any(p.startswith(expected) for p in problems), problems


def _add(file: str, record: dict[str, Any]) -> Any:
    def change(files: dict[str, Any]) -> None:
        files.setdefault(file, []).append(record)

    return change


def _place(id_: str, name: str, *aliases: str) -> dict[str, Any]:
    cite = [{"source": "doc", "start": 0, "end": 10}]
    return {"id": id_, "name": name, "aliases": list(aliases), "kind": "city",
            "precision": "unknown", "citations": cite}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _add("issues.json", {"id": "truce", "title": "CEASEFIRE!", "description": "?"}),
            (
                "issues.json $[1]: the title 'ceasefire' is also used by issues.json $[0] "
                "('ceasefire'); names must pick out one issue"
            ),
        ),
        (
            _add("issues.json", {"id": "truce", "title": "Ceasefire", "description": "?"}),
            (
                "issues.json $[1]: the title 'Ceasefire' of 'truce' is the id of issues.json "
                "$[0] ('ceasefire'); a name must not be another issue's id"
            ),
        ),
        (
            lambda files: files.update(
                {
                    "places.json": [
                        _place("idlib", "Idlib", "the north"),
                        _place("north", "North", "The North"),
                    ]
                }
            ),
            (
                "places.json $[1]: the name or alias 'the north' is also used by places.json "
                "$[0] ('idlib'); names must pick out one place"
            ),
        ),
    ],
)
def test_titles_and_place_names_must_pick_out_one_record(
    tmp_path: Path, change: Any, expected: str
) -> None:
    """As actors' names do: the lookups by title or name could not tell the records apart."""
    problems = problems_of(write(tmp_path, _broken(change)))
    assert expected in problems, problems


def test_a_title_two_issues_of_a_hand_built_brief_share_is_refused_by_the_lookup() -> None:
    brief = load()
    twin = attrs.evolve(brief.issue("ceasefire"), id="truce")
    shared = attrs.evolve(brief, issues=(*brief.issues, twin))
    with pytest.raises(idlib_brief.UnknownIssueError) as caught:
        shared.issue(twin.title)
    assert set(caught.value.close) == {"ceasefire", "truce"}
    assert shared.issue("truce") is twin  # an id still picks out its issue


def test_a_missing_required_field_is_named(tmp_path: Path) -> None:
    files = _record_files()
    del files["statements.json"][0]["summary"]
    problems = problems_of(write(tmp_path, files))
    assert problems == ["statements.json $[0].summary: required field missing"]


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    files = _record_files()
    files["events.json"] = '[{"id": "meeting",]'
    problems = problems_of(write(tmp_path, files))
    assert problems[0].startswith("events.json line 1 column 19: not valid JSON")


def test_a_file_that_is_not_an_array_is_reported(tmp_path: Path) -> None:
    files = _record_files()
    files["events.json"] = {"events": []}
    files["actors.json"].append("not an object")
    problems = problems_of(write(tmp_path, files))
    assert "events.json $: expected a JSON array of records, got dict" in problems
    assert "actors.json $[2]: expected a JSON object, got 'not an object'" in problems


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        (None, "brief.json $: the file is missing"),
        ({"format_version": 2}, "brief.json $.format_version: this library reads format version 1"),
        ({"format_version": 1, "title": 3}, "brief.json $.title: expected a string"),
        ({"format_version": 1, "author": "me"}, "brief.json $.author: unknown field"),
        ([], "brief.json $: expected a JSON object"),
    ],
)
def test_manifest_problems(tmp_path: Path, manifest: Any, expected: str) -> None:
    files = _record_files()
    if manifest is None:
        del files["brief.json"]
    else:
        files["brief.json"] = manifest
    problems = problems_of(write(tmp_path, files))
    assert any(p.startswith(expected) for p in problems), problems


def test_every_problem_is_reported_at_once_in_file_order(tmp_path: Path) -> None:
    """Several independent errors in several files all come in one exception."""
    files = _record_files()
    files["events.json"][0]["when"] = "2020-02-30"
    files["events.json"][0]["status"] = "done"
    files["actors.json"][1]["affiliation"] = "turkei"
    files["figures.json"][0]["unit"] = ""
    with pytest.raises(BriefDataError) as info:
        load(write(tmp_path, files))
    error = info.value
    assert isinstance(error, BriefError)
    assert isinstance(error, ValueError)
    assert [p.file for p in error.problems] == [
        "actors.json",
        "figures.json",
        "events.json",
        "events.json",
    ]
    assert {p.path for p in error.problems} == {
        "$[1].affiliation",
        "$[0].unit",
        "$[0].when",
        "$[0].status",
    }
    assert "4 problems found" in str(error)
    assert all(str(p) in str(error) for p in error.problems)
    assert all(isinstance(p, Problem) for p in error.problems)


def test_the_bundled_brief_loads_and_is_valid() -> None:
    brief = load()
    assert isinstance(brief, Brief)
    assert brief.format_version == 1
    assert [s.id for s in brief.sources] == ["dw-2020-idlib"]
    assert brief.sources[0].sha256 == (
        "5def96c9abf842c80b31f5ef4d76e63e9c96780d7008914a6e433d05dfe61838"
    )
    for kind in idlib_brief.KINDS:
        assert len(getattr(brief, kind)) >= 1, kind


def test_the_bundled_brief_is_loaded_once_and_shared_across_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Many threads asking at once read the files once and get the same object."""
    from idlib_brief import _loading

    calls: list[int] = []
    real = _loading.load_folder

    def counting(*args: Any, **kwargs: Any) -> Brief:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(_loading, "_bundled", None)
    monkeypatch.setattr(_loading, "load_folder", counting)
    barrier = threading.Barrier(8)
    results: list[Brief] = []

    def worker() -> None:
        barrier.wait()
        results.append(load())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(results) == 8
    assert all(r is results[0] for r in results)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(briefs())
def test_dump_then_load_gives_the_same_brief(tmp_path: Path, brief: Brief) -> None:
    folder = tmp_path / "round-trip"
    idlib_brief.dump(brief, folder)
    assert load(folder) == brief


def test_the_bundled_brief_round_trips(tmp_path: Path) -> None:
    idlib_brief.dump(load(), tmp_path)
    assert load(tmp_path) == load()
