"""Fuzzing the loader: mutated valid briefs give a `Brief` or a `BriefDataError`, nothing else.

Each example draws a valid brief (`strategies.briefs()`), turns it into the JSON values
of its files, breaks them (types, keys, references, dates, spans, numbers, nesting),
writes them (maybe in another encoding, maybe with a file replaced by a folder, a link
loop, nothing, or a few bytes) and loads the folder. The promise checked: either a
`Brief` that survives a round trip through strict JSON, or a `BriefDataError` whose
problems each have a file, a path and a one-line message. Any other exception fails.

The README's test command runs the "ci" profile (100 examples per test); for a release,
run a longer search: ``HYPOTHESIS_PROFILE=release pytest tests/test_fuzz.py`` (5,000).
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idlib_brief import KINDS, Brief, BriefDataError, load
from idlib_brief._kinds import REGISTRY
from idlib_brief._loading import FORMAT_VERSION, MANIFEST, _converter, brief_from_values

# The one place the fuzzer gets valid briefs from (to become `idlib_brief.testing`).
from strategies import briefs

Files = dict[str, Any]


def files_of(brief: Brief) -> Files:
    """The JSON values of *brief*'s files, as the loader reads them."""
    files: Files = {
        MANIFEST: {
            "format_version": FORMAT_VERSION,
            "title": brief.title,
            "description": brief.description,
        }
    }
    for kind in REGISTRY:
        files[kind.file] = _converter.unstructure(getattr(brief, kind.plural))
    return files


def check_problems(error: BriefDataError) -> None:
    """Each problem has a file, a path and a one-line message; there is at least one."""
    assert error.problems
    for problem in error.problems:
        assert problem.file
        assert problem.path
        assert problem.message
        assert "\n" not in str(problem), str(problem)


def check_promise(load_it: Callable[[], Brief]) -> Brief | None:
    """Load; the result is a brief that round-trips, or a well-formed `BriefDataError`."""
    try:
        brief = load_it()
    except BriefDataError as exc:
        check_problems(exc)
        return None
    assert isinstance(brief, Brief)
    # What was accepted can be written as strict JSON and reads back equal.
    files = files_of(brief)
    text = json.dumps(files, allow_nan=False, ensure_ascii=False)
    text.encode("utf-8")
    assert brief_from_values(json.loads(text)) == brief
    return brief


# -- mutations of JSON values ---------------------------------------------------------

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.integers().map(lambda n: n * 10**120)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["", "doc", "2020-03-05", "2020-13-45", "../x", "Erdogan!", "\ud800"])
)
json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _slots(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) under *value*, depth first."""
    found: list[tuple[Any, Any]] = []
    stack = [value] if isinstance(value, (list, dict)) else []
    while stack:
        item = stack.pop()
        keys = range(len(item)) if isinstance(item, list) else list(item)
        for key in keys:
            found.append((item, key))
            if isinstance(item[key], (list, dict)):
                stack.append(item[key])
    return found


def _ids(files: Files) -> list[Any]:
    """Every id the files hold (maybe broken already), to refer to."""
    found = []
    for kind in REGISTRY:
        records = files.get(kind.file)
        if isinstance(records, list):
            found += [r.get("id") for r in records if isinstance(r, dict)]
    return found


MUTATIONS = ("value", "delete", "unknown key", "reference", "date", "span", "number", "nest")


def mutate(data: st.DataObject, files: Files) -> None:
    """Break one part of one file's value, in one of :data:`MUTATIONS`' ways."""
    name = data.draw(st.sampled_from(sorted(files)))
    slots = _slots(files[name])
    how = data.draw(st.sampled_from(MUTATIONS))
    if not slots:
        files[name] = data.draw(json_values)
        return
    container, key = data.draw(st.sampled_from(slots))
    if how == "value":
        container[key] = data.draw(json_values)
    elif how == "delete":
        del container[key]
    elif how == "unknown key":
        target = container[key] if isinstance(container[key], dict) else container
        if isinstance(target, dict):
            target[data.draw(st.text(min_size=1, max_size=8))] = data.draw(json_values)
    elif how == "reference":
        choices = [*_ids(files), "nobody", "doc", ""]
        container[key] = data.draw(st.sampled_from(choices))
    elif how == "date":
        container[key] = data.draw(
            st.sampled_from(["2020-02-30", "2020/2019", "../..", "2020-03-05T25:00:00", "1e3"])
            | st.text(alphabet="0123456789-/.?~%XT:Z", max_size=14)
        )
    elif how == "span":
        container[key] = data.draw(st.integers(-5, 2000) | st.sampled_from([10**30, -(10**30)]))
    elif how == "number":
        container[key] = data.draw(
            st.floats() | st.integers(-(10**150), 10**150) | st.sampled_from([math.nan, True])
        )
    else:
        depth = data.draw(st.integers(1, 40))
        value = container[key]
        for _ in range(depth):
            value = [value]
        container[key] = value


# -- mutations of bytes and files -----------------------------------------------------


def _encode(text: str, data: st.DataObject) -> bytes:
    how = data.draw(st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "latin-1", "bytes"]))
    if how == "bytes":
        raw = text.encode("utf-8", "surrogatepass")
        at = data.draw(st.integers(0, len(raw)))
        return raw[:at] + data.draw(st.binary(min_size=1, max_size=4)) + raw[at:]
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    return text.encode(how, "surrogatepass")


def write_folder(folder: Path, files: Files, data: st.DataObject) -> None:
    folder.mkdir()
    for name, value in files.items():
        text = json.dumps(value, ensure_ascii=data.draw(st.booleans()))
        (folder / name).write_bytes(_encode(text, data))
    how = data.draw(st.sampled_from(["none"] * 4 + ["folder", "loop", "missing", "truncated"]))
    name = data.draw(st.sampled_from(sorted(files)))
    path = folder / name
    if how == "folder":
        path.unlink()
        path.mkdir()
    elif how == "loop" and sys.platform != "win32":
        path.unlink()
        path.symlink_to(path)
    elif how == "missing":
        path.unlink()
    elif how == "truncated":
        raw = path.read_bytes()
        path.write_bytes(raw[: data.draw(st.integers(0, len(raw)))])


# -- the properties -------------------------------------------------------------------


@given(briefs(max_records=6), st.data())
def test_mutated_values_give_a_brief_or_a_brief_data_error(
    brief: Brief, data: st.DataObject
) -> None:
    files = files_of(brief)
    for _ in range(data.draw(st.integers(1, 3))):
        mutate(data, files)
    check_promise(lambda: brief_from_values(files))


@given(briefs(max_records=6), st.data())
def test_mutated_folders_give_a_brief_or_a_brief_data_error(
    brief: Brief, data: st.DataObject
) -> None:
    files = files_of(brief)
    for _ in range(data.draw(st.integers(0, 2))):
        mutate(data, files)
    tmp = Path(tempfile.mkdtemp(prefix="idlib-fuzz-"))
    try:
        write_folder(tmp / "brief", files, data)
        check_promise(lambda: load(tmp / "brief"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@given(briefs(max_records=6))
def test_unmutated_briefs_load_back_equal(brief: Brief) -> None:
    assert check_promise(lambda: brief_from_values(files_of(brief))) == brief


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_of_garbage_is_one_problem_in_that_file(tmp_path: Path, kind: str) -> None:
    (tmp_path / MANIFEST).write_text('{"format_version": 1}', encoding="utf-8")
    (tmp_path / f"{kind}.json").write_bytes(b"\x00\xff garbage")
    with pytest.raises(BriefDataError) as info:
        load(tmp_path)
    assert [p.file for p in info.value.problems] == [f"{kind}.json"]
