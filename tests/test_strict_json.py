"""Strict JSON: a file that parsing finds clean skips the second walk, and only then."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idlib_brief._json import _loads, check_value

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(st.lists(_JSON, max_size=5))
def test_a_clean_file_reads_as_its_value_and_needs_no_second_walk(value: list[object]) -> None:
    text = json.dumps(value, ensure_ascii=False)
    parsed = _loads(text)
    assert parsed == value
    problems: list[tuple[str, str]] = []
    assert check_value(parsed, lambda path, message: problems.append((path, message))) == set()
    assert problems == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"a": 1, "a": 2}]', "appears more than once"),
        ("[NaN]", "not a number JSON allows"),
        ("[1e400]", "too large"),
        ('["\\ud800"]', "lone surrogate"),
        ('[{"id": "\\udfff"}]', "lone surrogate"),
        ("[" + "1" * 150 + "]", "digits"),
    ],
)
def test_a_file_with_a_problem_is_walked_and_the_problem_reported(text: str, message: str) -> None:
    problems: list[str] = []
    bad = check_value(_loads(text), lambda path, found: problems.append(f"{path}: {found}"))
    assert bad == {0}
    assert any(message in problem for problem in problems), problems
