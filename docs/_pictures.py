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

CREDIT = "Source: Deutsche Welle, 29 Feb – early Mar 2020; idlib_brief"
"""The credit under each picture of the bundled brief: the one article it rests on."""
DPI = 150


def model_picture(path: Path) -> None:
    """The data model: each record's fields, and which record refers to which."""
    from _model_diagram import draw_model

    draw_model(path)


def positions_picture(path: Path) -> None:
    """The bundled brief's position matrix, grouped by country (the "Positions" page)."""
    import idlib_brief

    brief = idlib_brief.load()
    figure = brief.position_matrix().plot(
        title="Who stands where, in their own or reported words", brief=brief, credit=CREDIT
    )
    figure.savefig(path, dpi=DPI)


def timeline_picture(path: Path) -> None:
    """The bundled brief's whole timeline on one time axis (the "Timelines" page)."""
    import idlib_brief

    figure = idlib_brief.timeline().plot(
        title="The Idlib brief, 2015 to March 2020", breaks=False, credit=CREDIT
    )
    figure.savefig(path, dpi=DPI)


def crisis_picture(path: Path) -> None:
    """The crisis weeks, February and March 2020, where most records are."""
    import idlib_brief

    figure = idlib_brief.timeline().plot(
        title="The crisis weeks: February to early March 2020",
        window=("2020-02-01", "2020-03-07"),
        credit=CREDIT,
    )
    figure.savefig(path, dpi=DPI)


def figures_picture(path: Path) -> None:
    """The displacement and casualty figures as ranges: value, bounds and qualifier."""
    import idlib_brief
    from idlib_brief._plot import plot_figures

    counted = {"people", "children", "soldiers"}
    figures = [f for f in idlib_brief.load().figures if f.unit in counted]
    figures.sort(key=lambda f: -f.value)
    figure = plot_figures(
        figures,
        title="Displacement and casualty figures and their bounds (log scale)",
        credit=CREDIT,
    )
    figure.savefig(path, dpi=DPI)


def relations_picture(path: Path) -> None:
    """The bundled brief's relations as a network (the "Who backs whom" how-to)."""
    import idlib_brief

    figure = idlib_brief.relation_graph().plot(title="Who backs whom in the bundled brief")
    figure.savefig(path, dpi=DPI)


def places_picture(path: Path) -> None:
    """The bundled brief's places and events on an offline base map (the same how-to)."""
    import idlib_brief

    figure = idlib_brief.gazetteer().plot_map(title="Where the bundled brief puts things")
    figure.savefig(path, dpi=DPI)
