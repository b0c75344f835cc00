"""The pictures: names not ids, whole labels, open ends, legends that match, credits."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief import Actor, Brief, Citation, Date, Event, Source, Timeline
from idlib_brief._plot import credit_line, human_date, plot_figures, wrap

pytest.importorskip("matplotlib")

CITE = (Citation(source="doc", start=0, end=5),)


def _event(id_: str, when: str, status: str = "occurred") -> Event:
    return Event(
        id=id_,
        title=f"a rather long title for the event called {id_}, to be wrapped",
        when=Date(when),
        kind="other",
        status=status,  # type: ignore[arg-type]
        citations=CITE,
    )


def _brief(*events: Event) -> Brief:
    source = Source(
        id="doc",
        title="t",
        publisher="Some Paper (SP)",
        sha256="0" * 64,
        length=10,
        published=Date("2020-02-29"),
    )
    actor = Actor(id="a", name="Alpha", kind="state", description="x", citations=CITE)
    return Brief(sources=(source,), actors=(actor,), events=events)


def _legend(figure: object) -> list[str]:
    return [text.get_text() for text in figure.legends[0].get_texts()]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2020-03-05", "5 Mar 2020"),
        ("2019-12", "Dec 2019"),
        ("2015~", "about 2015"),
        ("2020-02-01/2020-02-15", "1 Feb – 15 Feb 2020"),
        ("2015/2016", "2015 – 2016"),
        ("2019-12/..", "Dec 2019 – open"),
        ("../2019-12~", "open – about Dec 2019"),
        ("2019-12/", "Dec 2019 – unknown"),
        ("2020-03?", "Mar 2020?"),
    ],
)
def test_dates_are_shown_as_people_write_them(text: str, shown: str) -> None:
    assert human_date(Date(text)) == shown


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200), st.integers(5, 60))
def test_wrapping_never_cuts_a_word(text: str, width: int) -> None:
    """Wrapped, the words are all there, in order, none cut or shortened."""
    assert wrap(text, width).split() == text.split()


def test_the_credit_names_the_publisher_and_the_date() -> None:
    assert credit_line(_brief()) == "Source: Some Paper, 29 Feb 2020; idlib_brief"
    assert credit_line(None) is None


def test_timeline_labels_are_whole_and_the_credit_is_under_the_picture() -> None:
    brief = _brief(_event("e1", "2020-02-01/2020-02-15"), _event("e2", "2020-03-05"))
    timeline = brief.timeline()
    figure = timeline.plot(breaks=False)
    (ax,) = figure.axes
    labels = [" ".join(t.get_text().split()) for t in ax.get_yticklabels()]
    assert labels == [f"{entry.label} ({human_date(entry.when)})" for entry in timeline]
    assert "…" not in "".join(labels)
    assert ax.get_xlabel() == "Source: Some Paper, 29 Feb 2020; idlib_brief"
    figure.savefig(io.BytesIO(), format="png")


def test_open_ends_and_edges_are_in_the_legend_only_when_drawn() -> None:
    closed = _brief(_event("e1", "2020-02-01/2020-02-15")).timeline().plot()
    legend = _legend(closed)
    assert "going on, no end given (to the edge)" not in legend
    assert "goes on beyond the picture" not in legend
    going = _brief(_event("e1", "2020-02-01/.."), _event("e2", "2020-02-10")).timeline()
    legend = _legend(going.plot())
    assert "going on, no end given (to the edge)" in legend
    assert "goes on beyond the picture" in legend
    started = _brief(_event("e1", "../2020-02-01"), _event("e2", "2020-02-10")).timeline()
    assert "no start given (fades in)" in _legend(started.plot())
    unknown = _brief(_event("e1", "2020-02-01/"), _event("e2", "2020-02-10")).timeline()
    assert "unknown end (dotted)" in _legend(unknown.plot())


def test_a_window_draws_only_what_it_overlaps_on_one_axis() -> None:
    brief = _brief(
        _event("old", "2015"), _event("long", "2019-12/2020-03-04"), _event("day", "2020-02-10")
    )
    figure = brief.timeline().plot(window=("2020-02-01", "2020-02-29"))
    (ax,) = figure.axes
    texts = " ".join(" ".join(t.get_text().split()) for t in ax.get_yticklabels())
    assert "event called old" not in texts
    assert "event called long" in texts
    assert "event called day" in texts
    assert "goes on beyond the picture" in _legend(figure)  # "long" runs past both edges


def test_an_empty_timeline_still_gets_its_credit() -> None:
    figure = Timeline().plot(title="nothing", credit="Source: nobody")
    texts = [t.get_text() for t in figure.texts]
    assert "Source: nobody" in texts


def test_the_matrix_shows_names_and_titles_grouped_by_country_with_a_brief() -> None:
    brief = idlib_brief.load()
    matrix = brief.position_matrix()
    figure = matrix.plot(brief=brief, title="Positions")
    (ax,) = figure.axes
    rows = [t.get_text().strip() for t in ax.get_yticklabels()]
    assert set(rows) == {brief[actor].name for actor in matrix.actors}  # type: ignore[union-attr]
    # Each member comes after its country, before the next group begins.
    turkey = rows.index("Turkey")
    assert rows[turkey + 1] == "Recep Tayyip Erdogan"
    russia = rows.index("Russia")
    # Russia's group: its foreign minister, and the Kremlin with its spokesman.
    assert set(rows[russia + 1 : russia + 4]) == {"Kremlin", "Dmitry Peskov", "Sergei Lavrov"}
    columns = [" ".join(t.get_text().split()) for t in ax.get_xticklabels()]
    assert columns == [brief[issue].title for issue in matrix.issues]  # type: ignore[union-attr]
    assert ax.get_xlabel().startswith("Source: Deutsche Welle")
    legend = _legend(figure)
    assert "blank: no statement" in legend
    used = {cell.position for row in matrix.cells for cell in row if cell is not None}
    assert {label.split()[-1] for label in legend[: len(used)]} == used
    figure.savefig(io.BytesIO(), format="png")


def test_figures_show_excluded_bounds_hollow_and_allowed_ones_filled() -> None:
    brief = idlib_brief.load()
    almost = brief["displaced-since-december"]
    exact = brief["children-killed-first-half-february"]
    figure = plot_figures([almost, exact], credit="Source: test")  # type: ignore[list-item]
    (ax,) = figure.axes
    faces = [
        tuple(collection.get_facecolor()[0])
        for collection in ax.collections
        if len(collection.get_offsets()) == 1
    ]
    white = (1.0, 1.0, 1.0, 1.0)
    assert faces.count(white) == 1  # almost 1,000,000: its bound excluded
    assert len(faces) - faces.count(white) == 2  # an exact count: its two bounds allowed
    labels = [" ".join(t.get_text().split()) for t in ax.get_yticklabels()]
    assert labels[0].endswith("(almost 1,000,000 people)")
    assert labels[1].endswith(f"({exact.value:,} {exact.unit})")  # type: ignore[union-attr]
    assert ax.get_xlabel() == "Source: test"
    figure.savefig(io.BytesIO(), format="png")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2020-03-05", "5 Mar 2020"),
        ("2019-12", "Dec 2019"),
        ("2015~", "about 2015"),
        ("2020-21", "spring 2020"),
        ("2019-24?", "winter 2019?"),
        ("201X", "201X"),
        ("1985-04-XX", "1985-04-XX"),
        ("1985-04-12T23:20:30", "12 Apr 1985, 23:20:30"),
        ("2019-12/..", "Dec 2019 – open"),
        ("/2019-12~", "unknown – about Dec 2019"),
        ("2020-02-01/2020-02-15", "1 Feb – 15 Feb 2020"),
    ],
)
def test_dates_are_written_as_people_write_them_in_every_edtf_form(text: str, shown: str) -> None:
    assert human_date(Date(text)) == shown
