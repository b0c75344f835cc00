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
    "reference/api",
    "reference/cli",
    "reference/file-format",
    "data-dictionary",
    "timelines",
    "positions",
    "explanation/model",
    "explanation/dates",
    "sourcing",
    "explanation/limitations",
    "changelog",
)
"""Every page the site must have, by its name without ``.html``."""

PICTURES = {
    "model": "explanation/model",
    "timeline": "timelines",
    "positions": "positions",
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
