"""The site's pictures, drawn from the bundled data at every build (see ``conf.py``).

Each public function ``<name>_picture(path)`` draws one picture to *path* (a PNG);
``conf.py`` calls every one of them and writes ``docs/_generated/<name>.png``, which
the pages show with ``![…](/_generated/<name>.png)``. Add a picture by adding a
function here: nothing else needs to change.
"""

from __future__ import annotations

from pathlib import Path


def model_picture(path: Path) -> None:
    """The data model: each record's fields, and which record refers to which."""
    from _model_diagram import draw_model

    draw_model(path)


def positions_picture(path: Path) -> None:
    """The bundled brief's position matrix as a heat map (the "Positions" page)."""
    import idlib_brief

    matrix = idlib_brief.position_matrix()
    figure = matrix.plot(title="Positions in the bundled brief (own and reported words)")
    figure.savefig(path, dpi=150)


def timeline_picture(path: Path) -> None:
    """The bundled brief's whole timeline (the "Timelines" page)."""
    import idlib_brief

    figure = idlib_brief.timeline().plot(title="The bundled brief's timeline")
    figure.savefig(path, dpi=150)


def relations_picture(path: Path) -> None:
    """The bundled brief's relations as a network (the "Who backs whom" how-to)."""
    import idlib_brief

    figure = idlib_brief.relation_graph().plot(title="Who backs whom in the bundled brief")
    figure.savefig(path, dpi=120)


def places_picture(path: Path) -> None:
    """The bundled brief's places and events on an offline base map (the same how-to)."""
    import idlib_brief

    figure = idlib_brief.gazetteer().plot_map(title="Where the bundled brief puts things")
    figure.savefig(path, dpi=120)
