"""Hostile briefs: every bad folder gives a `BriefDataError` with clear problems, nothing else.

Each case breaks one thing in a small valid brief (`test_loading._record_files`) and
checks the exact problem reported: the file, the JSON path and a one-line message.
"""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from idlib_brief import Actor, BriefDataError, Citation, Figure, Problem, Source, _checks, load
from idlib_brief._json import MAX_DEPTH, check_value
from idlib_brief._loading import brief_from_values, load_folder
from test_loading import _record_files, write

CITE = [{"source": "doc", "start": 0, "end": 10}]


def problems_in(folder: Path) -> list[Problem]:
    with pytest.raises(BriefDataError) as info:
        load(folder)
    problems = list(info.value.problems)
    assert problems, "a BriefDataError lists at least one problem"
    for problem in problems:
        assert problem.file
        assert problem.path
        assert problem.message
        assert "\n" not in str(problem)
    return problems


def one_problem(folder: Path) -> str:
    problems = problems_in(folder)
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def write_raw(folder: Path, name: str, data: bytes) -> Path:
    files = _record_files()
    write(folder, files)
    (folder / name).write_bytes(data)
    return folder


# -- encodings ------------------------------------------------------------------------


def test_a_byte_that_is_not_utf8_is_reported_with_its_offset(tmp_path: Path) -> None:
    data = json.dumps(_record_files()["actors.json"]).encode().replace(b"Turkey", b"T\xfcrkey")
    offset = data.index(b"\xfc")
    problem = one_problem(write_raw(tmp_path, "actors.json", data))
    assert problem.startswith(f"actors.json $: not UTF-8: byte {offset} (0xfc, on line 1)")
    assert problem.endswith("save the file as UTF-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_file_is_reported_not_decoded(tmp_path: Path, encoding: str) -> None:
    data = json.dumps(_record_files()["events.json"]).encode(encoding)
    problem = one_problem(write_raw(tmp_path, "events.json", data))
    assert problem.startswith("events.json $: the file ")
    assert "UTF-16" in problem
    assert "save it as UTF-8" in problem


def test_a_byte_order_mark_is_reported(tmp_path: Path) -> None:
    data = json.dumps(_record_files()["brief.json"]).encode("utf-8-sig")
    assert one_problem(write_raw(tmp_path, "brief.json", data)) == (
        "brief.json $: the file starts with a byte order mark (BOM); save it as UTF-8 without one"
    )


# -- strict JSON ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("NaN", "NaN is not a number JSON allows: numbers must be finite"),
        ("Infinity", "Infinity is not a number JSON allows: numbers must be finite"),
        ("-Infinity", "-Infinity is not a number JSON allows: numbers must be finite"),
        ("1e400", "'1e400' is too large for a number (it reads as infinity)"),
        ("-1e400", "'-1e400' is too large for a number (it reads as infinity)"),
        ("1" * 5000, "an integer of 5000 digits: at most 100 are read"),
    ],
)
def test_numbers_json_does_not_allow_or_too_big_are_reported_where_they_are(
    tmp_path: Path, number: str, expected: str
) -> None:
    text = json.dumps(_record_files()["figures.json"]).replace("1000000,", f"{number},", 1)
    assert one_problem(write_raw(tmp_path, "figures.json", text.encode())) == (
        f"figures.json $[0].value: {expected}"
    )


def test_a_key_given_twice_in_one_object_is_reported(tmp_path: Path) -> None:
    text = json.dumps(_record_files()["issues.json"]).replace(
        '"title": "Ceasefire"', '"title": "Ceasefire", "title": "Truce"'
    )
    assert one_problem(write_raw(tmp_path, "issues.json", text.encode())) == (
        "issues.json $[0]: the key 'title' appears more than once in one object; keys are unique"
    )


def test_a_lone_surrogate_is_reported_with_its_path(tmp_path: Path) -> None:
    text = json.dumps(_record_files()["actors.json"]).replace("Ankara", "Anka\\ud800ra")
    assert one_problem(write_raw(tmp_path, "actors.json", text.encode())) == (
        "actors.json $[0].aliases[0]: holds a lone surrogate ('\\ud800' at character 4), "
        "which is not Unicode text; expected a valid Unicode string"
    )


def test_a_pair_of_surrogates_is_one_character_and_fine(tmp_path: Path) -> None:
    text = json.dumps(_record_files()["actors.json"]).replace("Ankara", "Ankara \\ud83d\\ude00")
    brief = load(write_raw(tmp_path, "actors.json", text.encode()))
    assert brief["turkey"].aliases == ("Ankara \U0001f600",)  # type: ignore[union-attr]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000, 1_000_000])
def test_deep_nesting_is_reported_without_recursion(tmp_path: Path, depth: int) -> None:
    text = "[" * depth + "]" * depth
    assert one_problem(write_raw(tmp_path, "events.json", text.encode())) == (
        f"events.json $: arrays and objects nest more than {MAX_DEPTH} levels deep; a brief needs 6"
    )


def test_nesting_inside_strings_does_not_count(tmp_path: Path) -> None:
    files = _record_files()
    files["issues.json"][0]["description"] = "[{" * 100 + '"\\"'
    assert load(write(tmp_path, files))["ceasefire"].description.startswith("[{[{")  # type: ignore[union-attr]


def test_unbalanced_brackets_are_a_syntax_error_not_too_deep(tmp_path: Path) -> None:
    problem = one_problem(write_raw(tmp_path, "events.json", b"[[[[{"))
    assert problem.startswith("events.json line 1 column 6: not valid JSON")


# -- exact types ----------------------------------------------------------------------


OBJECT = "brief.json $: expected a JSON object with format_version, title, description"
VERSION = "brief.json $.format_version: this library reads format version 1"


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        (None, f"{OBJECT}; got null"),
        ([1], f"{OBJECT}; got list [1]"),
        ({"format_version": True}, f"{VERSION} (got True)"),
        ({"format_version": 1.0}, f"{VERSION} (got 1.0)"),
        ({"format_version": "1"}, f"{VERSION} (got '1')"),
    ],
)
def test_the_manifest_is_an_object_and_its_version_exactly_1(
    tmp_path: Path, manifest: Any, expected: str
) -> None:
    files = _record_files()
    files["brief.json"] = json.dumps(manifest)
    assert one_problem(write(tmp_path, files)) == expected


@pytest.mark.parametrize(
    ("file", "key", "value", "expected"),
    [
        ("sources.json", "length", 100.0,
         "$[0].length: expected a whole number, got a number (100.0)"),
        ("sources.json", "length", True,
         "$[0].length: expected a whole number, got a boolean (True)"),
        ("figures.json", "value", True, "$[0].value: expected a number, got a boolean (True)"),
        ("figures.json", "high_exclusive", 1,
         "$[0].high_exclusive: expected true or false, got a number (1)"),
        ("actors.json", "name", ["x"] * 50,
         "$[0].name: expected a string, got an array (<list of 50 items>)"),
    ],
)  # fmt: skip
def test_types_are_exact(tmp_path: Path, file: str, key: str, value: Any, expected: str) -> None:
    files = _record_files()
    files[file][0][key] = value
    assert one_problem(write(tmp_path, files)) == f"{file} {expected}"


# -- readable messages from the records' own validators ---------------------------------


@pytest.mark.parametrize(
    ("file", "key", "value", "expected"),
    [
        ("actors.json", "id", "Erdogan!",
         ("$[0].id: 'Erdogan!' is not a slug: lowercase letters, digits, '-' and '.' "
          "(not first, last or twice in a row)")),
        ("sources.json", "sha256", "abc",
         "$[0].sha256: 'abc' is not a SHA-256: 64 hexadecimal digits, in lowercase"),
        ("actors.json", "name", "", "$[0].name: must not be empty"),
        ("actors.json", "citations", [], "$[0].citations: must not be empty"),
        ("events.json", "citations", [{"source": "doc", "start": -1, "end": 3}],
         "$[0].citations[0].start: must be 0 or more (got -1)"),
        ("actors.json", "aliases", ["Ankara", "Ankara"],
         "$[0].aliases: 'aliases' repeats a value: 'Ankara'; give each once"),
        ("sources.json", "filename", "../../etc/hostname",
         ("$[0].filename: 'filename' must be a plain file name, with no folder in it "
          "(got '../../etc/hostname')")),
        ("sources.json", "filename", "",
         "$[0].filename: 'filename' must be a plain file name, with no folder in it (got '')"),
        ("sources.json", "filename", "..",
         "$[0].filename: 'filename' must be a plain file name, with no folder in it (got '..')"),
    ],
)  # fmt: skip
def test_a_validators_message_is_one_readable_line_at_the_fields_path(
    tmp_path: Path, file: str, key: str, value: Any, expected: str
) -> None:
    files = _record_files()
    files[file][0][key] = value
    problem = one_problem(write(tmp_path, files))
    assert problem == f"{file} {expected}"
    assert "Attribute(" not in problem


def test_records_reject_non_finite_numbers_and_folder_names_when_built_in_python() -> None:
    cite = (Citation(source="doc", start=0, end=1),)
    with pytest.raises(ValueError, match="'value' must be a finite number"):
        Figure(id="f", label="x", value=float("nan"), unit="u", qualifier="exact", citations=cite)
    with pytest.raises(ValueError, match="'high' must be a finite number"):
        Figure(id="f", label="x", value=1, high=float("inf"), unit="u", qualifier="about",
               citations=cite)  # fmt: skip
    with pytest.raises(ValueError, match="plain file name"):
        Source(id="s", title="t", publisher="p", sha256="0" * 64, length=1, filename="a/b")


# -- file kinds -----------------------------------------------------------------------


def test_a_record_file_that_is_a_folder_is_reported_not_missing(tmp_path: Path) -> None:
    files = _record_files()
    del files["actors.json"]
    folder = write(tmp_path, files)
    (folder / "actors.json").mkdir()
    assert one_problem(folder) == "actors.json $: this is a folder; expected a JSON file"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_a_loop_of_links_and_a_link_to_nothing_are_reported(tmp_path: Path) -> None:
    files = _record_files()
    del files["actors.json"], files["events.json"]
    folder = write(tmp_path, files)
    (folder / "actors.json").symlink_to(folder / "actors.json")
    (folder / "events.json").symlink_to(folder / "nowhere.json")
    problems = [str(p) for p in problems_in(folder)]
    assert len(problems) == 2, problems
    assert problems[0].startswith("actors.json $: the file cannot be read (Too many levels")
    assert (
        problems[1] == "events.json $: the file is a symbolic link to nothing; expected a JSON file"
    )


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    folder = write(tmp_path, _record_files())
    (folder / "issues.json").chmod(0)
    problems = [str(p) for p in problems_in(folder)]
    assert problems == [
        "issues.json $: the file cannot be read (Permission denied); expected a JSON file"
    ]


def test_an_empty_path_is_not_the_current_folder() -> None:
    with pytest.raises(FileNotFoundError, match=r"use '\.' for the current one"):
        load("")


def test_a_path_with_a_nul_is_no_folder_and_a_number_no_path() -> None:
    with pytest.raises(FileNotFoundError, match="no brief's folder"):
        load("brief\0")
    with pytest.raises(TypeError, match="expected a folder's path, got int"):
        load(5)  # type: ignore[arg-type]


# -- whole-brief checks ---------------------------------------------------------------


def test_an_affiliation_cycle_is_one_problem_naming_the_cycle(tmp_path: Path) -> None:
    files = _record_files()
    actors = files["actors.json"]
    actors[0]["affiliation"] = "erdogan"  # turkey -> erdogan -> turkey
    actors.append({"id": "aide", "name": "An aide", "kind": "person", "description": "x",
                   "affiliation": "erdogan", "citations": CITE})  # fmt: skip
    assert one_problem(write(tmp_path, files)) == (
        "actors.json $[0].affiliation: affiliations run in a cycle: turkey → erdogan → turkey; "
        "an actor cannot belong, through others, to itself"
    )


def test_a_long_cycle_is_named_once(tmp_path: Path) -> None:
    files = _record_files()
    ring = [f"a{i}" for i in range(5)]
    files["actors.json"] += [
        {"id": a, "name": f"Actor {a}", "kind": "person", "description": "x",
         "affiliation": ring[(k + 1) % 5], "citations": CITE}
        for k, a in enumerate(ring)
    ]  # fmt: skip
    assert one_problem(write(tmp_path, files)) == (
        "actors.json $[2].affiliation: affiliations run in a cycle: a0 → a1 → a2 → a3 → a4 → a0; "
        "an actor cannot belong, through others, to itself"
    )


def test_a_look_alike_name_in_another_script_is_flagged(tmp_path: Path) -> None:
    files = _record_files()
    files["actors.json"] += [
        {"id": "achmetow", "name": "Achmetow", "kind": "person", "description": "x",
         "citations": CITE},
        {"id": "other", "name": "Someone", "aliases": ["\u0410chmetow"], "kind": "person",
         "description": "y", "citations": CITE},
    ]  # fmt: skip
    assert one_problem(write(tmp_path, files)) == (
        "actors.json $[3]: the name or alias 'Аchmetow' of 'other' looks like 'Achmetow' of "
        "actors.json $[2] ('achmetow') but differs in letters of another script; "
        "spell names in one script"
    )


def test_a_word_mixing_scripts_is_flagged_and_a_name_in_one_script_is_not(
    tmp_path: Path,
) -> None:
    files = _record_files()
    files["actors.json"][0]["aliases"] = ["Ankara", "Турция", "T\u03bfrkey"]  # Greek omicron
    assert one_problem(write(tmp_path, files)) == (
        "actors.json $[0]: the name or alias 'Tοrkey' of 'turkey' mixes Latin letters with "
        "Cyrillic or Greek ones in 'Tοrkey'; spell each word in one script"
    )


# -- no cascades ----------------------------------------------------------------------


def test_a_syntax_error_in_actors_is_exactly_one_problem(tmp_path: Path) -> None:
    files = _record_files()
    files["actors.json"] = json.dumps(files["actors.json"])[:-5]
    problem = one_problem(write(tmp_path, files))
    assert problem.startswith("actors.json line 1 column")


def test_a_record_that_fails_gives_no_problems_in_records_that_refer_to_it(
    tmp_path: Path,
) -> None:
    files = _record_files()
    files["actors.json"][1]["kind"] = "persn"  # erdogan fails; others refer to him
    assert one_problem(write(tmp_path, files)).startswith("actors.json $[1].kind: must be one of")


def test_a_record_without_a_readable_id_silences_references_to_its_kind(
    tmp_path: Path,
) -> None:
    files = _record_files()
    files["actors.json"][1]["id"] = 5
    assert one_problem(write(tmp_path, files)).startswith(
        "actors.json $[1].id: expected a string, got a number (5)"
    )


def test_a_reference_to_a_failed_record_of_another_kind_is_still_reported(
    tmp_path: Path,
) -> None:
    files = _record_files()
    files["issues.json"][0]["title"] = ""
    files["statements.json"][0]["speaker"] = "ceasefire"
    problems = [str(p) for p in problems_in(write(tmp_path, files))]
    assert problems == [
        "issues.json $[0].title: must not be empty",
        "statements.json $[0].speaker: 'ceasefire' is an issue, expected an actor",
    ]


def test_an_unreadable_sources_file_silences_citation_checks(tmp_path: Path) -> None:
    files = _record_files()
    files["sources.json"] = "[oops"
    assert one_problem(write(tmp_path, files)).startswith("sources.json line 1 column 2")


# -- the reusable validation ------------------------------------------------------------


def _values() -> dict[str, Any]:
    return dict(_record_files().items())


def test_brief_from_values_gives_the_brief_load_gives(tmp_path: Path) -> None:
    assert brief_from_values(_values()) == load(write(tmp_path, _record_files()))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda v: v["figures.json"][0].update(value=float("nan")),
         "figures.json $[0].value: nan is not a finite number; expected a finite number"),
        (lambda v: v["figures.json"][0].update(value=10**200),
         "figures.json $[0].value: an integer of more than 100 digits; at most 100 are read"),
        (lambda v: v["actors.json"][0].update(aliases=("Ankara",)),
         ("actors.json $[0].aliases: expected a JSON value (object, array, string, number, "
          "true, false or null), got a tuple")),
        (lambda v: v["issues.json"][0].update({5: "x"}),
         "issues.json $[0]: the key 5: a key that is not a string"),
        (lambda v: v.update({"notes.json": []}),
         "notes.json $: not a file of a brief; expected one of brief.json, sources.json"),
        (lambda v: v.pop("brief.json"), "brief.json $: the file is missing"),
    ],
)  # fmt: skip
def test_brief_from_values_checks_python_values_as_strictly_as_json(
    change: Any, expected: str
) -> None:
    values = _values()
    change(values)
    with pytest.raises(BriefDataError) as info:
        brief_from_values(values)
    problems = [str(p) for p in info.value.problems]
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems


def test_a_value_that_contains_itself_is_too_deep_not_a_recursion_error() -> None:
    loop: list[Any] = []
    loop.append(loop)
    found: list[tuple[str, str]] = []
    bad = check_value([{"x": loop}], lambda path, message: found.append((path, message)))
    assert bad == {0}
    assert len(found) == 1
    assert found[0][1] == f"nested more than {MAX_DEPTH} levels deep; a brief needs 6"


def test_a_valid_brief_built_in_python_passes_the_same_checks() -> None:
    actor = Actor(id="a", name="A", kind="state", description="x",
                  citations=(Citation(source="doc", start=0, end=1),))  # fmt: skip
    assert actor.names == ("A",)


# -- more file kinds, readers other than a folder, and the caps ----------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_record_files_place_is_reported(tmp_path: Path) -> None:
    files = _record_files()
    del files["figures.json"]
    folder = write(tmp_path, files)
    os.mkfifo(folder / "figures.json")
    assert one_problem(folder) == (
        "figures.json $: this is not a regular file; expected a JSON file"
    )


def test_a_zipped_brief_is_read_through_its_traversable(tmp_path: Path) -> None:
    files = _record_files()
    del files["events.json"], files["figures.json"]
    archive = tmp_path / "brief.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, value in files.items():
            zf.writestr(f"brief/{name}", json.dumps(value))
        zf.writestr("brief/figures.json/", "")  # a folder where a file belongs
    with pytest.raises(BriefDataError) as info:
        load_folder(zipfile.Path(archive, "brief/"))
    assert [str(p) for p in info.value.problems] == [
        "figures.json $: this is a folder; expected a JSON file"
    ]


def test_a_manifest_with_a_repeated_key_is_reported_once(tmp_path: Path) -> None:
    text = '{"format_version": 1, "title": "a", "title": "b"}'
    assert one_problem(write_raw(tmp_path, "brief.json", text.encode())) == (
        "brief.json $: the key 'title' appears more than once in one object; keys are unique"
    )


def test_suggestions_are_capped_and_drawn_from_ids_of_the_same_first_letter(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_checks, "_ALL_CANDIDATES", 1)
    monkeypatch.setattr(_checks, "MAX_SUGGESTED", 2)
    files = _record_files()
    speakers = ["erdogn", "turky", "erdoga", "erdogan-x"]
    files["statements.json"] = [
        {**files["statements.json"][0], "id": f"s{k}", "speaker": speaker}
        for k, speaker in enumerate(speakers)
    ]
    messages = [p.message for p in problems_in(write(tmp_path, files))]
    assert messages == [
        "'erdogn' is not the id of any record; expected an actor; did you mean 'erdogan'?",
        "'turky' is not the id of any record; expected an actor; did you mean 'turkey'?",
        "'erdoga' is not the id of any record; expected an actor",
        "'erdogan-x' is not the id of any record; expected an actor",
    ]
