"""Run by `nox -s wheel` inside a fresh environment that has only the built wheel.

Fails unless the package is imported from site-packages (not the checkout) and every
data file made it into the wheel.
"""

from __future__ import annotations

import sys
from pathlib import Path

import idlib_brief

location = Path(idlib_brief.__file__).resolve()
if "site-packages" not in location.parts:
    sys.exit(f"idlib_brief was imported from {location}, not from the installed wheel")
brief = idlib_brief.load()
counts = brief.counts()
empty = [kind for kind, count in counts.items() if count == 0]
if empty:
    sys.exit(f"the installed wheel's brief has no {', '.join(empty)}: data files are missing")
if not (location.parent / "py.typed").is_file():
    sys.exit("py.typed is missing from the wheel")
if "$defs" not in idlib_brief.json_schema():
    sys.exit("brief.schema.json is missing from the wheel")
print(f"wheel OK: idlib_brief {idlib_brief.__version__} from {location.parent}: {counts}")
