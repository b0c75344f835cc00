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

import attrs
from docutils import nodes

DOCS = Path(__file__).resolve().parent
GENERATED = DOCS / "_generated"
sys.path.insert(0, str(DOCS))  # for `_pictures`

from _public_names import public_type, written_annotations  # noqa: E402 - ditto

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
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
# install.md is a piece that the index and the tutorial include, not a page.
exclude_patterns = ["_build", "_generated", "_inventories", "install.md", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# -- MyST ---------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and Napoleon -------------------------------------------------------------
autodoc_member_order = "bysource"
# Types go with each parameter's entry, every parameter's (documented or not), in short
# form (`Statement`, not the private module's path). An attrs class's signature and
# fields are written by `_attrs_signature` and `_attrs_fields` below instead.
autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
# "Bases: object" says nothing: exceptions ask for their bases one by one in api.md.
autodoc_default_options = {"members": True}
python_use_unqualified_type_names = True
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
# Links into Python's, attrs' and pandas' documentation. The build reads their inventories
# from `_inventories/` (see the README there), never from the network, so it runs
# offline and gives the same site every time; the links themselves point at the
# projects' sites.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(DOCS / "_inventories" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(DOCS / "_inventories" / "attrs.inv")),
    "pandas": ("https://pandas.pydata.org/docs", str(DOCS / "_inventories" / "pandas.inv")),
}
intersphinx_disabled_reftypes = ["std:doc"]
# References no inventory here can resolve. Each entry says why it is here; keep the
# list short.
nitpick_ignore = [
    # Pictures are matplotlib figures and strategies are hypothesis's (optional extras):
    # neither project's inventory is available to an offline build.
    ("py:class", "matplotlib.figure.Figure"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "st.SearchStrategy"),
    ("py:class", "SearchStrategy"),
    ("py:class", "hypothesis.strategies.DrawFn"),
    ("py:class", "st.DrawFn"),
    # attrs' protocol of attrs classes is a typing aid that attrs does not document.
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


_KIND_MEANINGS = {
    "sources": "the report itself: publisher, date, fingerprint (never its text)",
    "issues": "questions that actors take sides on (a ceasefire, the Sochi line)",
    "actors": "people, states, bodies, forces and groups, with their aliases",
    "statements": "what someone said or is reported to hold, with stances",
    "agreements": "the Sochi agreements of 2018, and how far they were kept",
    "figures": "numbers with the bounds their qualifiers give (almost, more than)",
    "events": "what happened, is going on, was planned, or is in doubt",
    "relations": "who backs, fights, leads or speaks for whom, and who claims it",
    "places": "where things happen, with a point and how precise it is",
}


def _write_counts(_app: Any) -> None:
    """Write the bundled brief's records by kind to ``_generated/counts.md``.

    The index includes the table, so its numbers are the data's at every build.
    """
    brief = idlib_brief.load()
    rows = [
        "| Kind | Records | What they are |",
        "| --- | ---: | --- |",
        *(
            f"| {kind} | {count} | {_KIND_MEANINGS[kind]} |"  # a new kind needs its line
            for kind, count in brief.counts().items()
        ),
    ]
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "counts.md").write_text("\n".join(rows) + "\n", encoding="utf-8")


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


_PRIVATE = re.compile(r"(?:idlib_brief\.)?_\w+\.(?P<name>.+)")


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


_MODULE_ALIASES = {"dt": "datetime", "pd": "pandas"}
"""The short names the modules import these under (``import datetime as dt``)."""


def _aliased_reference(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``dt.date`` and ``pd.DataFrame`` as ``datetime.date`` and ``pandas.DataFrame``.

    Annotations keep the modules' import aliases; the inventories know the full names.
    """
    from sphinx.ext import intersphinx

    alias, _, rest = node.get("reftarget", "").partition(".")
    if node.get("refdomain") != "py" or alias not in _MODULE_ALIASES or not rest:
        return None
    node["reftarget"] = f"{_MODULE_ALIASES[alias]}.{rest}"
    return intersphinx.missing_reference(app, env, node, contnode)


# -- the API reference: attrs classes, constants, versions ------------------------------

_FIRST_RELEASE = "0.1.0"
"""Everything in the first release was added in it: saying so on each entry tells nothing."""

_FIELD_NOTES = {
    # Fields whose class docstring has no ``Attributes:`` entry for them.
    "Brief.title": "The brief's title, from ``brief.json``.",
    "Brief.description": "What the brief covers, from ``brief.json``.",
    "Brief.format_version": "The version of the file format the brief was read from.",
    "Date.text": "The EDTF text, as given: ``str(date)`` returns it.",
    "Date.earliest": "The first day that the text allows.",
    "Date.latest": "The last day that the text allows.",
    "Date.precision": '``"day"``, ``"month"`` or ``"year"``: the coarsest of its ends.',
    "Date.is_interval": "Whether the text is an interval (``start/end``).",
    "Date.approximate": "Whether the text has ``~`` (or ``%``): approximate.",
    "Date.uncertain": "Whether the text has ``?`` (or ``%``): uncertain.",
    "Date.open_start": "Whether an interval's start is open (``..``) or unknown (empty).",
    "Date.open_end": "Whether an interval's end is open (``..``) or unknown (empty).",
}
_KIND_FIELD_NOTE = "The brief's {kind}, as a tuple sorted by id."


def _attrs_made_init(cls: Any) -> bool:
    """Whether *cls* is an attrs class whose ``__init__`` attrs wrote (not the class)."""
    code = getattr(getattr(cls, "__init__", None), "__code__", None)
    return attrs.has(cls) and code is not None and code.co_filename.startswith("<attrs generated")


def _unannotated_self(
    app: Any, what: str, name: str, _obj: Any, _options: Any, _signature: Any, _annotation: Any
) -> None:
    """Leave ``self`` out of a method's parameters, where its function annotates it.

    A method defined in a module of its own and bound in its class's body
    (``Brief.actor = _lookups.actor``) writes ``self: Brief``; the method's page has no
    ``self`` to describe.
    """
    if what == "method":
        app.env.current_document.autodoc_annotations.get(name, {}).pop("self", None)


def _attrs_signature(
    app: Any, what: str, name: str, obj: Any, _options: Any, _signature: Any, _annotation: Any
) -> tuple[str, str] | None:
    """Write an attrs class's signature from its fields: names and real defaults.

    attrs makes ``__init__`` itself, so autodoc would show its internals
    (``attr_dict['when'].default``, ``NOTHING``); the fields' types are listed under
    the class by `_attrs_fields`, so the signature keeps only names and defaults.
    """
    if what not in {"class", "exception"} or not _attrs_made_init(obj):
        return None
    app.env.current_document.autodoc_annotations.pop(name, None)  # fields say the types
    parts: list[str] = []
    star = False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not star:
            parts.append("*")
            star = True
        default = field.default
        if default is attrs.NOTHING:
            parts.append(field.alias)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            parts.append(f"{field.alias}=...")
        else:
            parts.append(f"{field.alias}={default!r}")
    return f"({', '.join(parts)})", ""


_NAPOLEON_ATTRIBUTE = re.compile(r"\.\. attribute:: (?P<name>\w+)$")


def _napoleon_attributes(lines: list[str]) -> tuple[dict[str, list[str]], int | None]:
    """Take Napoleon's ``.. attribute::`` blocks out of *lines*: their text, and where."""
    found: dict[str, list[str]] = {}
    first = None
    i = 0
    while i < len(lines):
        match = _NAPOLEON_ATTRIBUTE.match(lines[i])
        if not match:
            i += 1
            continue
        first = i if first is None else first
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
            end += 1
        body = [line[3:] for line in lines[i + 1 : end] if not line.strip().startswith(":type:")]
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        found[match["name"]] = body
        del lines[i:end]
    return found, first


def _attrs_fields(
    app: Any, what: str, name: str, obj: Any, _options: Any, lines: list[str]
) -> None:
    """List every public field of an attrs class, with its type, default and meaning.

    Napoleon's ``Attributes:`` entries give the meaning; each field's annotation as
    written gives its type, made public by `_public_type`. A field that the docstring
    does not describe is listed all the same, with its type.
    """
    del app
    if what not in {"class", "exception"} or not attrs.has(obj):
        return
    described, where = _napoleon_attributes(lines)
    written = written_annotations(obj)
    short = name.rsplit(".", 1)[-1]
    block: list[str] = []
    for field in attrs.fields(obj):
        if field.name.startswith("_"):
            continue
        type_, notes = public_type(written.get(field.name, str(field.type)))
        text = described.get(field.name) or []
        said = " ".join(text)
        notes = [  # a vocabulary that the text names already needs no note
            note
            for note in notes
            if not all(name in said for name in re.findall(r"idlib_brief\.(\w+)", note))
        ]
        if not text and f"{short}.{field.name}" in _FIELD_NOTES:
            text = [_FIELD_NOTES[f"{short}.{field.name}"]]
        if not text and short == "Brief" and field.name in idlib_brief.KINDS:
            text = [_KIND_FIELD_NOTE.format(kind=field.name)]
        value = []  # the default, shown as `name: type = default`
        default = field.default
        if field.init and default is not attrs.NOTHING and not isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            value = [f"   :value: {default!r}"]
        if not field.init:
            notes.append("Worked out from the others; not an argument.")
        body = list(text)
        if notes:
            body += ["", " ".join(notes)] if body else [" ".join(notes)]
        block += [f".. attribute:: {field.name}", f"   :type: {type_}", *value, ""]
        block += [f"   {line}" if line else "" for line in body]
        block.append("")
    if not block:
        return
    heading = [".. rubric:: Fields", ""]
    at = len(lines) if where is None else where
    if at and lines[at - 1].strip():
        heading.insert(0, "")
    lines[at:at] = heading + block


def _source_attribute_doc(name: str) -> list[str]:
    """The docstring (or ``#:`` comment) that *name* has where a private module defines it.

    autodoc looks for an attribute's documentation in the module it is documented
    under, ``idlib_brief``, which only imports it; this finds it at home.
    """
    from sphinx.errors import PycodeError
    from sphinx.pycode import ModuleAnalyzer

    for module in sorted(m for m in sys.modules if m.startswith("idlib_brief._")):
        try:
            docs = ModuleAnalyzer.for_module(module).find_attr_docs()
        except PycodeError:  # pragma: no cover - a module without source
            continue
        if ("", name) in docs:
            return [*docs["", name], ""]
    return []


def _plain_docstrings(
    app: Any, what: str, name: str, obj: Any, _options: Any, lines: list[str]
) -> None:
    """Drop what says nothing on a page: inherited built-in docstrings, first versions.

    A constant (a tuple) or an alias (a union) has no docstring of its own, so autodoc
    shows its type's; it gets the one written beside it in its private module instead,
    if any, and api.md says the rest. ``versionadded`` of the first release is true of
    everything, so it is left out; later versions show.
    """
    del app
    if what in {"data", "attribute", "type"}:
        inherited = (type(obj).__doc__ or "").strip().splitlines()
        if lines and inherited and lines[0].strip() == inherited[0].strip():
            lines.clear()
        if not lines and name.count(".") == 1:
            lines.extend(_source_attribute_doc(name.rsplit(".", 1)[1]))
    kept = [line for line in lines if line.strip() != f".. versionadded:: {_FIRST_RELEASE}"]
    lines[:] = kept


def setup(app: Any) -> dict[str, Any]:
    """Connect the hooks: pictures before reading, doctests for ```python blocks."""
    app.connect("builder-inited", _draw_pictures)
    app.connect("builder-inited", _write_cli_help)
    app.connect("builder-inited", _write_counts)
    app.connect("doctree-read", _doctest_python_blocks)
    app.connect("missing-reference", _public_reference)
    app.connect("missing-reference", _aliased_reference)
    app.connect("autodoc-process-signature", _attrs_signature)
    app.connect("autodoc-process-signature", _unannotated_self)
    app.connect("autodoc-process-docstring", _plain_docstrings)
    app.connect("autodoc-process-docstring", _attrs_fields)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
