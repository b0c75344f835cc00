"""The site's pictures, drawn from the bundled data at every build (see ``conf.py``).

Each public function ``<name>_picture(path)`` draws one picture to *path* (a PNG);
``conf.py`` calls every one of them and writes ``docs/_generated/<name>.png``, which
the pages show with ``![…](/_generated/<name>.png)``, each inside a link to the PNG
so that a click shows it at full size. Add a picture by adding a function here:
nothing else needs to change.

Every picture is 8 inches wide with text of 9.5 points or more, saved at 150 dots per
inch; shown at the page's width (about 740 pixels on a desktop screen), its text is
at least 12 pixels high, the size of 9-point text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CREDIT = "Source: Deutsche Welle, 29 Feb – early Mar 2020; idlib_brief"
"""The credit under each picture of the bundled brief: the one article it rests on."""
DPI = 150
WIDEST = 8.0
"""The widest a picture may be, in inches."""
SMALLEST = 9.5
"""The smallest text a picture may have, in points."""


def check_readable(figure: Figure) -> None:
    """Check that *figure* keeps the site's rule: at most 8 inches wide, text 9.5 pt or more.

    The figure is drawn first (without being saved), so that the texts matplotlib
    writes only then, such as tick labels, are checked too. Texts that are hidden, empty
    or on an axis that is turned off are not shown and not checked.

    Raises:
        ValueError: The figure is wider than :data:`WIDEST` inches, or a text shown on
            it is smaller than :data:`SMALLEST` points; the message lists each one.
    """
    from matplotlib.text import Text

    figure.draw_without_rendering()
    problems = []
    width = figure.get_figwidth()
    if width > WIDEST + 1e-9:
        problems.append(f"it is {width:g} inches wide (at most {WIDEST:g})")
    hidden = {
        id(text)
        for axes in figure.axes
        if not axes.axison
        for axis in (axes.xaxis, axes.yaxis)
        for text in axis.findobj(Text)
    }
    for text in figure.findobj(Text):
        words = text.get_text().strip()
        if not words or not text.get_visible() or id(text) in hidden:
            continue
        size = float(text.get_fontsize())
        if size < SMALLEST:
            shown = words if len(words) <= 40 else words[:39] + "…"
            problems.append(f"{shown!r} is {size:g} pt (at least {SMALLEST:g})")
    if problems:
        title = figure.get_suptitle() or next((a.get_title() for a in figure.axes), "")
        name = f"the picture {title!r}" if title else "the picture"
        raise ValueError(f"{name} is not readable at page width: {'; '.join(problems)}")


def _save(figure: Figure, path: Path) -> None:
    """Write *figure* to *path* as a PNG, once it passes :func:`check_readable`."""
    check_readable(figure)
    figure.savefig(path, dpi=DPI)


def model_picture(path: Path) -> None:
    """The data model: the record classes and their parts, and what refers to what."""
    from _model_diagram import draw

    figure = draw().figure
    _save(figure, path)


def positions_picture(path: Path) -> None:
    """The bundled brief's position matrix, grouped by country (the "Positions" page)."""
    import idlib_brief

    brief = idlib_brief.load()
    figure = brief.position_matrix().plot(
        title="Who stands where, in their own or reported words", brief=brief, credit=CREDIT
    )
    _save(figure, path)


def timeline_picture(path: Path) -> None:
    """The bundled brief's whole timeline on one time axis (the "Timelines" page)."""
    import idlib_brief

    figure = idlib_brief.timeline().plot(
        title="The Idlib brief, 2015 to March 2020", breaks=False, credit=CREDIT
    )
    _save(figure, path)


def crisis_picture(path: Path) -> None:
    """The crisis weeks, February and March 2020, where most records are."""
    import idlib_brief

    figure = idlib_brief.timeline().plot(
        title="The crisis weeks: February to early March 2020",
        window=("2020-02-01", "2020-03-07"),
        credit=CREDIT,
    )
    _save(figure, path)


def figures_picture(path: Path) -> None:
    """The displacement and casualty figures as ranges: value, bounds and qualifier."""
    import idlib_brief

    counted = {"people", "children", "soldiers"}
    figures = [f for f in idlib_brief.load().figures if f.unit in counted]
    figures.sort(key=lambda f: -f.value)
    figure = idlib_brief.plot_figures(
        figures,
        title="Displacement and casualty figures and their bounds (log scale)",
        credit=CREDIT,
    )
    _save(figure, path)


def relations_picture(path: Path) -> None:
    """The bundled brief's relations as a network (the "Who backs whom" how-to)."""
    import idlib_brief

    figure = idlib_brief.relation_graph().plot(
        title="Who backs whom in the bundled brief", credit=CREDIT
    )
    _save(figure, path)


def places_picture(path: Path) -> None:
    """The bundled brief's places and events on an offline base map (the same how-to)."""
    import idlib_brief

    figure = idlib_brief.gazetteer().plot_map(
        title="Where the bundled brief puts things", credit=CREDIT
    )
    _save(figure, path)
