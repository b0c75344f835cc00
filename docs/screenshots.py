"""Screenshot the built site at desktop and phone widths, to look at a docs change.

Build the site first, then run, for instance::

    python docs/screenshots.py docs/_build/html /tmp/shots
    python docs/screenshots.py docs/_build/html /tmp/shots index timelines

It writes ``<page>-desktop.png`` (1280 pixels wide) and ``<page>-phone.png`` (390 pixels
wide, as a phone shows it) for each page named (every page of the site when none is),
with headless Chromium (Debian's ``chromium`` package: ``apt-get install chromium``).
Look at the pictures at the size they are: what is small there is small for a reader.
Each shot is as tall as ``--height`` (default 2400 pixels): the top of the page, where
a newcomer looks first. The screenshots are for review; don't commit them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WIDTHS = {"desktop": 1280, "phone": 390}
"""The window width of each kind of screen, in CSS pixels."""

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("no Chromium found: install Debian's `chromium` package (apt-get install chromium)")


def shoot(html: Path, out: Path, pages: list[str], height: int) -> list[Path]:
    """Screenshot each of *pages* of the site in *html* into *out*; return the files."""
    browser = _browser()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as profile:
        for page in pages:
            url = (html / f"{page}.html").resolve().as_uri()
            for screen, width in WIDTHS.items():
                shot = out / f"{page.replace('/', '--')}-{screen}.png"
                subprocess.run(  # noqa: S603 - our own arguments, no shell
                    [
                        browser,
                        *_FLAGS,
                        f"--user-data-dir={profile}",
                        f"--window-size={width},{height}",
                        f"--screenshot={shot}",
                        url,
                    ],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
                written.append(shot)
    return written


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the built site (docs/_build/html)")
    parser.add_argument("out", type=Path, help="the folder to write the PNG files to")
    parser.add_argument("pages", nargs="*", help="pages without .html (default: all)")
    parser.add_argument("--height", type=int, default=2400, help="window height in pixels")
    args = parser.parse_args(argv)
    pages = args.pages or sorted(
        str(path.relative_to(args.html).with_suffix(""))
        for path in args.html.rglob("*.html")
        if not path.relative_to(args.html).parts[0].startswith("_")
        and path.name not in {"genindex.html", "search.html", "py-modindex.html"}
    )
    for shot in shoot(args.html, args.out, pages, args.height):
        print(shot)


if __name__ == "__main__":
    main()
