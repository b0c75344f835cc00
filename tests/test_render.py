"""Tables: fitted to a width without cutting a value, and `idlib_brief.table` for each kind."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief._kinds import REGISTRY
from idlib_brief._render import fit_widths, text_table

WORD = st.text("abcdefghijklmnopqrstuvwxyz0123456789,.:", min_size=1, max_size=30)
CELL = st.lists(WORD, max_size=12).map(" ".join)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    columns = draw(st.integers(1, 7))
    headers = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=8), min_size=columns,
                            max_size=columns))  # fmt: skip
    rows = draw(st.lists(st.lists(CELL, min_size=columns, max_size=columns), max_size=6))
    return headers, rows


def letters(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace() and c != "-")


@given(tables(), st.integers(20, 160))
def test_a_fitted_table_keeps_within_the_width_and_loses_no_character(
    table: tuple[list[str], list[list[str]]], width: int
) -> None:
    headers, rows = table
    out = text_table(headers, rows, width=width)
    assert max((len(line) for line in out.splitlines()), default=0) <= width
    cells = letters("".join(c for row in rows for c in row))
    assert cells <= letters(out)  # wrapped, never cut


@given(tables())
def test_without_a_width_each_row_is_one_line(table: tuple[list[str], list[list[str]]]) -> None:
    headers, rows = table
    out = text_table(headers, rows)
    assert len(out.split("\n")) == 2 + len(rows)


@given(st.lists(st.integers(0, 60), min_size=1, max_size=8), st.integers(0, 200))
def test_fitted_widths_never_exceed_the_natural_ones(natural: list[int], width: int) -> None:
    widths = fit_widths(natural, width)
    assert all(w <= n for w, n in zip(widths, natural, strict=True))
    if sum(widths) + 2 * (len(natural) - 1) > width:  # too narrow even for the floors
        assert all(w == min(n, 3) for w, n in zip(widths, natural, strict=True))


@pytest.mark.parametrize("kind", REGISTRY, ids=lambda k: k.plural)
def test_each_kinds_table_has_a_row_per_record_and_its_columns(kind: object) -> None:
    records = getattr(idlib_brief.load(), kind.plural)  # type: ignore[attr-defined]
    table = idlib_brief.table(records)
    assert table.headers[0] == "id"
    assert table.headers[-1] == "what"
    assert [row[0] for row in table.rows] == [r.id for r in records]
    assert idlib_brief.table((), kind=kind.name).headers == table.headers  # type: ignore[attr-defined]


def test_a_table_of_several_kinds_and_of_one_record() -> None:
    brief = idlib_brief.load()
    mixed = idlib_brief.table([brief["putin"], brief["sochi-agreements-2018"]])
    assert mixed.headers == ("kind", "id", "what")
    assert mixed.rows[1] == ("agreement", "sochi-agreements-2018", "Sochi agreements of 2018")
    one = idlib_brief.table(brief["putin"])
    assert ("affiliation", "russia") in one.rows


def test_table_refuses_what_it_cannot_show() -> None:
    with pytest.raises(TypeError, match="table\\(\\) takes records"):
        idlib_brief.table(42)
    with pytest.raises(ValueError, match="'kind' must be one of"):
        idlib_brief.table([], kind="speech")
    with pytest.raises(ValueError, match="row 0 has 1 cells"):
        idlib_brief.Table(["a", "b"], [["x"]])
