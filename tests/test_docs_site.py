"""The documentation site: every page is there, pictures are drawn and shown, API complete.

The HTML is read from the folder named by ``IDLIB_BRIEF_DOCS_HTML`` (``nox -s docs``
builds it there first). When that is unset, the site is built into a temporary folder
with Sphinx, if Sphinx is installed; if it is not, the tests are skipped, except under
CI (``CI`` set), where a skipped check of the site would go unnoticed: there they fail.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import idlib_brief
from _source import read_source

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

PAGES = (
    "index",
    "tutorial",
    "howto/filter-a-timeline",
    "howto/compare-actors",
    "howto/figures",
    "howto/audit",
    "howto/names",
    "howto/write-a-brief",
    "howto/build-on-it",
    "reference/api",
    "reference/cli",
    "reference/file-format",
    "data-dictionary",
    "timelines",
    "positions",
    "explanation/why",
    "explanation/glossary",
    "explanation/model",
    "explanation/dates",
    "sourcing",
    "explanation/limitations",
    "explanation/guarantees",
    "explanation/performance",
    "howto/relations-and-places",
    "changelog",
)
"""Every page the site must have, by its name without ``.html``."""

PICTURES = {
    "crisis": "timelines",
    "figures": "howto/figures",
    "model": "explanation/model",
    "timeline": "timelines",
    "positions": "positions",
    "relations": "howto/relations-and-places",
    "places": "howto/relations-and-places",
}
"""Each picture drawn at build time (``docs/_generated/<name>.png``) and a page showing it."""

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
COPIED_RUN = 12
"""A run of this many words of the source on a page counts as copying its prose."""
_WORD = re.compile(r"\w+")


def _build(out: Path) -> None:
    """Build the HTML into *out*, in a process of its own, as ``nox -s docs`` does."""
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q"]
    result = subprocess.run(
        [*command, "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"the documentation build failed:\n{result.stderr}"


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the built HTML site."""
    given = os.environ.get("IDLIB_BRIEF_DOCS_HTML")
    if given:
        folder = Path(given)
        assert (folder / "index.html").is_file(), f"no built site in {folder} (no index.html)"
        return folder
    if importlib.util.find_spec("sphinx") is None:
        reason = "Sphinx is not installed and IDLIB_BRIEF_DOCS_HTML is unset: `nox -s docs`"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} must run these checks under CI")
        pytest.skip(f"{reason} builds the site and runs these checks")
    folder = tmp_path_factory.mktemp("docs-html")
    _build(folder)
    return folder


class _Images(HTMLParser):
    """Collects the ``src`` of every ``<img>`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.extend(value for name, value in attrs if name == "src" and value)


def _images(page: Path) -> list[str]:
    parser = _Images()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.sources


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_built(html: Path, page: str) -> None:
    """Each page of the site exists and has a title and content."""
    path = html / f"{page}.html"
    assert path.is_file(), f"{page}.html is missing from the built site"
    text = path.read_text(encoding="utf-8")
    assert "<h1>" in text, f"{page}.html has no title"


def test_every_page_is_linked_from_the_index(html: Path) -> None:
    """The index's navigation reaches every page."""
    index = (html / "index.html").read_text(encoding="utf-8")
    for page in PAGES[1:]:
        assert f'href="{page}.html' in index, f"the index does not link to {page}.html"


@pytest.mark.parametrize(("picture", "page"), sorted(PICTURES.items()))
def test_pictures_are_drawn_and_shown(html: Path, picture: str, page: str) -> None:
    """Each picture is a PNG in the site and an ``<img>`` on its page shows it."""
    drawn = html / "_images" / f"{picture}.png"
    assert drawn.is_file(), f"_images/{picture}.png is not in the site"
    assert drawn.read_bytes().startswith(PNG_MAGIC), f"_images/{picture}.png is not a PNG"
    shown = [src for src in _images(html / f"{page}.html") if src.endswith(f"/{picture}.png")]
    assert shown, f"{page}.html has no <img> of {picture}.png"
    for src in shown:
        assert (html / page).parent.joinpath(src).resolve() == drawn.resolve()


def test_every_public_name_is_in_the_api_reference(html: Path) -> None:
    """Each name of ``idlib_brief.__all__`` has an entry of its own in the reference."""
    api = (html / "reference" / "api.html").read_text(encoding="utf-8")
    missing = [name for name in idlib_brief.__all__ if f'id="idlib_brief.{name}"' not in api]
    assert missing == [], f"not documented in reference/api: {missing}"


def _examples() -> str:
    """Every ``>>>`` line of the docs' pages and of the README."""
    files = [*DOCS.rglob("*.md"), ROOT / "README.md"]
    lines = (
        line
        for file in files
        if "_build" not in file.parts
        for line in file.read_text(encoding="utf-8").splitlines()
    )
    return "\n".join(line for line in lines if line.lstrip().startswith((">>>", "...")))


def test_every_public_name_has_an_example() -> None:
    """Each public name is used in at least one example: the docs' or its docstring's."""
    examples = _examples()
    missing = []
    for name in idlib_brief.__all__:
        doc = getattr(getattr(idlib_brief, name), "__doc__", None) or ""
        own = "\n".join(line for line in doc.splitlines() if line.lstrip().startswith(">>>"))
        if not re.search(rf"\b{name}\b", f"{examples}\n{own}"):
            missing.append(name)
    assert missing == [], f"no example uses: {missing}"


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + COPIED_RUN]) for i in range(len(words) - COPIED_RUN + 1)}


def test_no_page_copies_the_source() -> None:
    """No page of the docs repeats a run of the source's words: the site cites, not copies."""
    source = _runs(read_source())
    pages = [page for page in DOCS.rglob("*.md") if "_build" not in page.parts]
    copied = {
        str(page.relative_to(DOCS)): sorted(_runs(page.read_text(encoding="utf-8")) & source)[:1]
        for page in pages
    }
    assert {page: run for page, run in copied.items() if run} == {}


class _Text(HTMLParser):
    """A page's visible text, and the class of every element, for what the reader sees."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.classes: list[str] = []
        self._skip = 0
        self._pre = 0
        self.prose: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        if tag == "pre":
            self._pre += 1
        for name, value in attrs:
            if name == "class":
                self.classes.extend((value or "").split())

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        if tag == "pre" and self._pre:
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)
            if not self._pre:
                self.prose.append(data)


def _read(page: Path) -> _Text:
    parser = _Text()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _site_pages(html: Path) -> list[Path]:
    """The site's pages, without Sphinx's own (search, index) and the source listings."""
    return [
        path
        for path in sorted(html.rglob("*.html"))
        if not path.relative_to(html).parts[0].startswith("_")
        and path.name not in {"genindex.html", "search.html", "py-modindex.html"}
    ]


LEAKS = {
    "attr_dict": "attrs' generated __init__ in a signature",
    "NOTHING": "attrs' NOTHING as a default",
    "Built-in immutable sequence": "tuple's docstring under a constant",
    "Represent a PEP 604": "a union's docstring under an alias",
    "Bases: object": "an inheritance line that says nothing",
}


@pytest.mark.parametrize("page", [*PAGES, "reference/api"])
def test_no_page_shows_errors_or_internals(html: Path, page: str) -> None:
    """No error or warning box, no attrs internals, no built-in docstrings, no private paths."""
    seen = _read(html / f"{page}.html")
    text = "".join(seen.parts)
    boxes = {c for c in seen.classes if c in {"error", "warning", "system-message"}}
    assert boxes == set(), f"{page}.html shows admonition boxes: {sorted(boxes)}"
    found = {why for leak, why in LEAKS.items() if leak in text}
    assert found == set(), f"{page}.html shows {sorted(found)}"
    # Outside code blocks: a doctest's traceback names the module that raised, until
    # each public class presents itself as `idlib_brief.X` (then this can read `text`).
    private = sorted(set(re.findall(r"idlib_brief\._[a-z]\w*", "".join(seen.prose))))
    assert private == [], f"{page}.html names private modules: {private}"


def test_every_page_is_free_of_private_paths(html: Path) -> None:
    """Pages beyond the listed ones (the generated ones too) name no private module."""
    offenders = {
        str(page.relative_to(html)): found
        for page in _site_pages(html)
        if (found := re.findall(r"idlib_brief\._[a-z]\w*", "".join(_read(page).prose)))
    }
    assert offenders == {}


def _entries(api: str, cls: str) -> str:
    """The HTML of *cls*'s entry in the reference: from its id to the next class's."""
    start = api.index(f'id="idlib_brief.{cls}"')
    following = re.search(r'<dl class="py (class|exception|function|data)', api[start:])
    return api[start : start + following.start()] if following else api[start:]


@pytest.mark.parametrize(
    "name",
    [n for n in idlib_brief.__all__ if attrs.has(getattr(idlib_brief, n))],
)
def test_every_attrs_class_lists_its_fields_with_types(html: Path, name: str) -> None:
    """Each public attrs class lists each of its public fields, each with a type."""
    api = (html / "reference" / "api.html").read_text(encoding="utf-8")
    entry = _entries(api, name)
    missing = []
    for field in attrs.fields(getattr(idlib_brief, name)):
        if field.name.startswith("_"):
            continue
        anchor = f'id="idlib_brief.{name}.{field.name}"'
        if anchor not in entry:
            missing.append(field.name)
            continue
        signature = entry[entry.index(anchor) :].split("</dt>", 1)[0]
        if "sig-prename" not in signature and ": " not in re.sub(r"<[^>]+>", "", signature):
            missing.append(f"{field.name} (no type)")
    assert missing == [], f"{name} does not list with a type: {missing}"


def test_pictures_open_at_full_size(html: Path) -> None:
    """Every picture on a page is inside a link to the picture itself, for a click."""
    for picture, page in PICTURES.items():
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        linked = re.search(rf'<a [^>]*href="[^"]*{picture}\.png"[^>]*>\s*<img', text)
        assert linked, f"{page}.html shows {picture}.png without a link to its full size"


def test_the_index_counts_the_records_of_the_data(html: Path) -> None:
    """The landing page's table of records by kind is the data's, not typed in by hand."""
    text = re.sub(r"\s+", " ", "".join(_read(html / "index.html").parts))
    for kind, count in idlib_brief.load().counts().items():
        assert re.search(rf"\b{kind} {count}\b", text), f"index.html does not count {kind}"


DESKTOP_COLUMNS = 90
"""Characters of code a line holds in the page's column on a 1280-pixel desktop screen."""
INDENT_COLUMNS = 4
"""Characters each level of an API entry's indentation (``<dd>``) takes from that."""


class _CodeBlocks(HTMLParser):
    """Collects each ``<pre>`` block's text with how deep in API entries it sits."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.blocks: list[tuple[int, str]] = []
        self._text: list[str] | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag == "dd":
            self.depth += 1
        elif tag == "pre":
            self._text, self._depth = [], self.depth

    def handle_endtag(self, tag: str) -> None:
        if tag == "dd":
            self.depth -= 1
        elif tag == "pre" and self._text is not None:
            self.blocks.append((self._depth, "".join(self._text)))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


@pytest.mark.parametrize("page", PAGES)
def test_no_code_block_scrolls_sideways_on_a_desktop(html: Path, page: str) -> None:
    """Every line of every example fits the page's column: nothing hides off to the right.

    The widths were measured with headless Chromium (``docs/screenshots.py``): 90
    characters of code fit the column of a page at 1280 pixels, 4 fewer for each level
    of an API entry. Wrap a long output at its spaces (the doctests normalize
    whitespace) or show ``...`` where a column is cut.
    """
    parser = _CodeBlocks()
    parser.feed((html / f"{page}.html").read_text(encoding="utf-8"))
    too_wide = [
        f"{len(line)} > {room}: {line[:60]}…"
        for depth, text in parser.blocks
        for room in [DESKTOP_COLUMNS - INDENT_COLUMNS * depth]
        for line in text.splitlines()
        if len(line) > room
    ]
    assert too_wide == []


def test_the_index_shows_a_timeline_and_a_position_in_six_lines(html: Path) -> None:
    """The landing page's first example is six lines that give a timeline and a position."""
    parser = _CodeBlocks()
    parser.feed((html / "index.html").read_text(encoding="utf-8"))
    first = parser.blocks[0][1]
    code = [line for line in first.splitlines() if line.startswith((">>> ", "... "))]
    assert len(code) == 6, code
    assert any(".timeline(" in line for line in code)
    assert any(".positions(" in line for line in code)


@pytest.mark.parametrize(
    ("project", "address"),
    [
        ("Python", "https://docs.python.org/3/"),
        ("attrs", "https://www.attrs.org/en/stable/"),
        ("pandas", "https://pandas.pydata.org/docs/"),
    ],
)
def test_the_site_links_into_the_documentation_it_builds_on(
    html: Path, project: str, address: str
) -> None:
    """Types and functions of Python, attrs and pandas link to their docs (intersphinx)."""
    pages = [*PAGES, "reference/api"]
    linked = [page for page in pages if f'href="{address}' in (html / f"{page}.html").read_text()]
    assert linked, f"no page links into {project}'s documentation ({address})"
