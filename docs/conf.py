"""Sphinx configuration of the idlib_brief documentation site.

Build it as the README's test command does (``nox -s docs``)::

    sphinx-build -W --keep-going -n -q -b html docs docs/_build/html
    sphinx-build -W --keep-going -n -q -b doctest docs docs/_build/doctest

The build needs no network: there is no intersphinx, so names of other projects
(``datetime.date``, ``attrs``, matplotlib) are listed in ``nitpick_ignore`` below.

Pictures are drawn from the bundled data at every build: each ``*_picture(path)``
function of ``docs/_pictures.py`` writes ``docs/_generated/<name>.png`` (gitignored),
where ``<name>`` is the function's name without ``_picture``.
"""

from __future__ import annotations

import doctest
import importlib
import re
import sys
from pathlib import Path
from typing import Any

from docutils import nodes

DOCS = Path(__file__).resolve().parent
GENERATED = DOCS / "_generated"
sys.path.insert(0, str(DOCS))  # for `_pictures`

import idlib_brief  # noqa: E402 - after the path is set, for the version

project = "idlib_brief"
author = "idlib_brief developers"
copyright = "2020–2026, idlib_brief developers; the cited article belongs to its publisher"
release = idlib_brief.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# -- MyST ---------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and Napoleon -------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- doctest --------------------------------------------------------------------------
# No global setup: each page's examples import what they use, as a reader must, so a
# page that forgets an import fails here rather than for the reader.
doctest_global_setup = ""
# The examples of the docstrings that autodoc brings in run as a group of their own,
# with the names that their modules have (see `_doctest_python_blocks`).
doctest_test_doctest_blocks = "docstrings"
_DOCSTRING_SETUP = "import datetime as dt\nfrom idlib_brief import *\n"
# The flags the package's own doctests run with (pyproject.toml's pytest options).
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1
)

# -- cross-references -----------------------------------------------------------------
nitpicky = True
# No intersphinx (the build needs no network), so references into other projects'
# documentation cannot resolve. Each entry says why it is here; keep the list short.
nitpick_ignore = [
    # The standard library, named in signatures and docstrings. (Built-in types and
    # exceptions, and typing's names, resolve without intersphinx.)
    ("py:class", "datetime.date"),
    ("py:class", "dt.date"),  # how the modules spell it: `import datetime as dt`
    ("py:data", "datetime.date.min"),
    ("py:data", "datetime.date.max"),
    ("py:class", "os.PathLike"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Sequence"),
    # Pictures are matplotlib figures; the package returns them, matplotlib documents them.
    ("py:class", "matplotlib.figure.Figure"),
    # Frames are pandas DataFrames; strategies are hypothesis's (optional extras).
    ("py:class", "pandas.DataFrame"),
    ("py:class", "pd.DataFrame"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "st.SearchStrategy"),
    ("py:class", "SearchStrategy"),
    ("py:class", "hypothesis.strategies.DrawFn"),
    ("py:class", "st.DrawFn"),
    ("py:class", "attrs.AttrsInstance"),
    ("py:class", "AttrsInstance"),
]
nitpick_ignore_regex = [
    # Type variables of generic methods (`Brief.get`'s default) have no entry of their own.
    (r"py:class", r"idlib_brief\._\w+\._T"),
    (r"py:class", r"idlib_brief\.testing\._T"),
]

# -- HTML -----------------------------------------------------------------------------
html_theme = "furo"
html_title = f"idlib_brief {release}"
html_static_path: list[str] = []
html_show_sourcelink = False


# -- build-time hooks -----------------------------------------------------------------


def _draw_pictures(_app: Any) -> None:
    """Draw every picture of ``_pictures.py`` into ``_generated/``, from the data."""
    import matplotlib as mpl

    mpl.use("Agg")
    pictures = importlib.import_module("_pictures")
    GENERATED.mkdir(exist_ok=True)
    drawers = {
        name.removesuffix("_picture"): function
        for name, function in vars(pictures).items()
        if name.endswith("_picture") and not name.startswith("_") and callable(function)
    }
    for name, draw in sorted(drawers.items()):
        draw(GENERATED / f"{name}.png")


def _write_cli_help(_app: Any) -> None:
    """Write ``idlib-brief --help`` and each command's ``--help`` to ``_generated/cli.txt``.

    The command-line reference includes the file, so it always shows the commands that
    the installed package has.
    """
    import argparse
    import contextlib
    import io
    import os

    from idlib_brief import _cli

    os.environ["COLUMNS"] = "88"  # argparse wraps to the terminal's width
    parser = _cli._parser()  # noqa: SLF001 - the parser the command line runs
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    parts = []
    for argv in (["--help"], *([name, "--help"] for name in commands.choices)):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            _cli.main(argv)
        parts.append(f"$ idlib-brief {' '.join(argv)}\n{out.getvalue()}")
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "cli.txt").write_text("\n".join(parts), encoding="utf-8")


def _doctest_python_blocks(_app: Any, doctree: nodes.document) -> None:
    """Run the ``>>>`` examples of plain ```python fences too, with ``-b doctest``.

    Docstrings' examples (doctest blocks) get the names of the package, as in the
    modules they come from, through a hidden setup of their group.

    MyST turns a fenced block into a literal block that ``sphinx.ext.doctest`` ignores;
    the README's example (included into the index) is such a block. Marking it as a
    doctest node makes every interactive example on the site run, whoever wrote it.
    """
    if any(True for _ in doctree.findall(nodes.doctest_block)):
        setup = nodes.comment(_DOCSTRING_SETUP, _DOCSTRING_SETUP)
        setup["testnodetype"] = "testsetup"
        setup["groups"] = [doctest_test_doctest_blocks]
        doctree.append(setup)
    for node in doctree.findall(nodes.literal_block):
        if "testnodetype" in node:  # already a {doctest} / {testcode} directive
            continue
        if node.get("language") not in {"python", "pycon", "py", "default"}:
            continue
        if not node.astext().lstrip().startswith(">>>"):
            continue
        node["testnodetype"] = "doctest"
        node["groups"] = ["default"]
        node["options"] = {}


_PRIVATE = re.compile(r"idlib_brief\._\w+\.(?P<name>.+)")


def _public_reference(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``idlib_brief._model.Actor`` (or bare ``Actor``) to ``idlib_brief.Actor``.

    autodoc names types by the private module that defines them; the reference
    documents each under the package, where users import it from.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    match = _PRIVATE.fullmatch(target)
    public = match["name"] if match else target
    if public.split(".")[0] not in idlib_brief.__all__:
        return None
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], f"idlib_brief.{public}", node, contnode
    )


def setup(app: Any) -> dict[str, Any]:
    """Connect the hooks: pictures before reading, doctests for ```python blocks."""
    app.connect("builder-inited", _draw_pictures)
    app.connect("builder-inited", _write_cli_help)
    app.connect("doctree-read", _doctest_python_blocks)
    app.connect("missing-reference", _public_reference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
