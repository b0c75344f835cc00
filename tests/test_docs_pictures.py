"""The site's pictures are readable at page width, and the model picture shows the model.

The guard ``check_readable`` of ``docs/_pictures.py`` holds every picture to the site's
rule (at most 8 inches wide, text of 9.5 points or more); these tests hold the guard to
that rule, and the data-model picture to the guard, to a clean layout and to the code.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import idlib_brief
from idlib_brief._kinds import BY_NAME, REGISTRY

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure

DOCS = Path(__file__).resolve().parents[1] / "docs"
if str(DOCS) not in sys.path:
    sys.path.append(str(DOCS))  # as conf.py does, for `_pictures` and `_model_diagram`
pictures: Any = importlib.import_module("_pictures")
diagram: Any = importlib.import_module("_model_diagram")


@pytest.fixture(scope="module")
def drawing() -> Any:
    """The model picture, drawn once for the tests that only read it."""
    return diagram.draw()


def _figure(width: float = 8.0, size: float = 10.0, words: str = "a label") -> Figure:
    figure = Figure(figsize=(width, 4))
    figure.add_subplot().text(0.5, 0.5, words, fontsize=size)
    return figure


def test_the_model_picture_is_drawn_within_the_rule(tmp_path: Path) -> None:
    """``model_picture`` writes a PNG at most 8 inches wide at 150 dpi, its text readable."""
    import matplotlib.image

    path = tmp_path / "model.png"
    pictures.model_picture(path)
    height, width = matplotlib.image.imread(path).shape[:2]
    assert width <= pictures.WIDEST * pictures.DPI
    assert height < width  # a slide's shape: wider than high
    pictures.check_readable(diagram.draw().figure)  # raises if not


def test_the_model_picture_has_a_clean_layout(drawing: Any) -> None:
    """No label or box overlaps another, no arrow crosses a box or label, none is cut."""
    assert drawing.problems() == []


def test_the_model_picture_has_a_box_for_every_class_and_only_public_ones(drawing: Any) -> None:
    """The boxes are the registry's record classes and the parts they hold, by public name."""
    records = {kind.cls.__name__ for kind in REGISTRY}
    parts = {"Stance", "StatusChange", "Location", "Point", "Citation", "Dating"}
    assert set(drawing.boxes) == records | parts
    assert set(drawing.boxes) <= set(idlib_brief.__all__)
    shown = {(owner, words) for owner, words, _ in drawing.names}
    for kind in REGISTRY:
        name = kind.cls.__name__
        assert (name, name) in shown
        assert (name, kind.file) in shown, f"the box {name} does not name its file"


def test_every_reference_the_loader_checks_is_an_arrow_labelled_with_its_field(
    drawing: Any,
) -> None:
    """Each registry reference is a red arrow to its kind, labelled with the field."""
    arrows = {(a.owner, a.target, field): a.refers for a in drawing.arrows for field in a.fields}
    for kind in REGISTRY:
        for ref in kind.references:
            target = BY_NAME[ref.target].cls.__name__
            field = ref.attr or ref.field
            found = [
                refers for (_, to, name), refers in arrows.items() if (to, name) == (target, field)
            ]
            assert found == [True], f"{kind.name}.{ref.field} is not one red arrow to {target}"
    assert arrows[("Citation", "Source", "source")] is True
    assert arrows[("Statement", "Stance", "stances")] is False
    assert not any(name in {"citations", "dating"} for _, _, name in arrows)


def test_a_class_without_a_place_is_drawn_and_named_as_a_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A class missing from ``_PLACES`` still gets a box, and the layout check says so."""
    places = dict(diagram._PLACES)
    del places["Point"]
    monkeypatch.setattr(diagram, "_PLACES", places)
    drawing = diagram.draw()
    assert "Point" in drawing.boxes
    assert "Point has no place in _PLACES" in drawing.problems()


def test_the_model_page_alt_text_names_every_box_and_field(drawing: Any) -> None:
    """The picture's alt text on the model page says what the picture shows."""
    page = (DOCS / "explanation" / "model.md").read_text(encoding="utf-8")
    (alt,) = re.findall(r"^:alt: (.*)$", page, flags=re.MULTILINE)
    said = set(re.findall(r"\w+", alt))
    missing = [name for name in drawing.boxes if name not in said]
    missing += [field for arrow in drawing.arrows for field in arrow.fields if field not in said]
    assert missing == []


@given(st.floats(min_value=4, max_value=30))
def test_the_guard_takes_text_from_nine_and_a_half_points(size: float) -> None:
    """``check_readable`` rejects a text below 9.5 pt, naming it, and accepts the rest."""
    figure = _figure(size=size, words="the only label")
    if size < pictures.SMALLEST:
        with pytest.raises(ValueError, match=r"'the only label' is [\d.]+ pt"):
            pictures.check_readable(figure)
    else:
        pictures.check_readable(figure)


@pytest.mark.parametrize(("width", "ok"), [(8.0, True), (8.01, False), (13.0, False)])
def test_the_guard_takes_figures_up_to_eight_inches_wide(width: float, ok: bool) -> None:
    """``check_readable`` rejects a figure wider than 8 inches."""
    figure = _figure(width=width)
    if ok:
        pictures.check_readable(figure)
    else:
        with pytest.raises(ValueError, match=f"it is {width:g} inches wide"):
            pictures.check_readable(figure)


def test_the_guard_checks_tick_labels_but_not_hidden_ones() -> None:
    """Tick labels are texts too, written only when drawn; an axis turned off shows none."""
    figure = _figure()
    figure.axes[0].tick_params(labelsize=7)
    with pytest.raises(ValueError, match="is 7 pt"):
        pictures.check_readable(figure)
    figure.axes[0].axis("off")
    pictures.check_readable(figure)


PICTURE_FUNCTIONS = sorted(
    name for name in vars(pictures) if name.endswith("_picture") and not name.startswith("_")
)


@pytest.mark.parametrize("name", PICTURE_FUNCTIONS)
def test_every_picture_of_the_site_keeps_the_rule(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each picture the build draws passes the guard, and is saved only once it has."""
    checked: list[Figure] = []
    guard = pictures.check_readable

    def spy(figure: Figure) -> None:
        guard(figure)
        checked.append(figure)

    monkeypatch.setattr(pictures, "check_readable", spy)
    path = tmp_path / f"{name}.png"
    getattr(pictures, name)(path)
    assert len(checked) == 1
    assert path.read_bytes().startswith(b"\x89PNG")
    assert checked[0].get_figwidth() <= pictures.WIDEST
