"""Measure import, loading, positions, timelines and memory, each against its floor.

Run it from a checkout, with the package installed (it is not a test)::

    python benchmarks/performance.py                  # 100,000 records; about a minute
    python benchmarks/performance.py --records 1000   # the smallest size (what CI runs)
    python benchmarks/performance.py --records 1000 10000 100000 1000000  # the full table

Every figure is measured in this one run, with its floor measured beside it in the same
run, so that the ratios hold on a noisy machine even when the absolute times drift:

- ``import``: ``import idlib_brief`` in a fresh interpreter, against ``import attrs``.
- ``first load``: ``import idlib_brief; idlib_brief.load()`` in a fresh interpreter,
  against a script that imports attrs and json and parses the same bundled files.
- ``load N``: ``load(folder)`` of a brief of N records (the bundled records cloned with
  new ids, in the real format), all validation on, against ``json.loads`` of the same
  files; per record.
- ``positions``: every actor's position on every issue (``brief.positions()``) of that
  brief.
- ``first timeline``: the first ``brief.timeline()`` of that brief (entries, order,
  range index).
- ``memory``: what the loaded brief holds (tracemalloc, the records and indexes),
  against what the parsed JSON holds.

Fresh-interpreter figures are the median of ``--runs`` runs, alternating the command and
its floor; in-process figures are the median of ``--repeat`` repeats. Nothing here
judges a time: the table is for people (docs/performance.md holds the latest).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import idlib_brief
from idlib_brief._kinds import REGISTRY

DATA = Path(idlib_brief.__file__).parent / "data"


def _fresh(code: str, runs: int) -> list[float]:
    """Wall-clock seconds of *code* in fresh interpreters (``-S`` left off: site is real)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our own code
        times.append(time.perf_counter() - start)
    return times


def _alternate(code: str, floor: str, runs: int) -> tuple[float, float]:
    """Medians of *code* and *floor*, run in turns (A B A B …) after one warm-up each."""
    _fresh(code, 1)
    _fresh(floor, 1)
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a += _fresh(code, 1)
        b += _fresh(floor, 1)
    return statistics.median(a), statistics.median(b)


def _median(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def clone_brief(folder: Path, records: int) -> int:
    """Write a brief of about *records* records to *folder*: the bundled one, cloned.

    Each copy gets new ids (``<id>.c<n>``) and new names, titles and aliases, so that
    the copy is a valid brief of the real format; references are rewired within
    each copy; the one source is shared. Returns the number of records written.
    """
    raw = {kind.plural: json.loads((DATA / kind.file).read_text("utf-8")) for kind in REGISTRY}
    per_copy = sum(len(v) for k, v in raw.items() if k != "sources")
    copies = max(1, round((records - len(raw["sources"])) / per_copy))
    out: dict[str, list[dict[str, Any]]] = {"sources": raw["sources"]}
    for kind in REGISTRY:
        if kind.plural == "sources":
            continue
        rows: list[dict[str, Any]] = []
        for n in range(copies):

            def new(ref: str, n: int = n) -> str:
                return f"{ref}.c{n}"

            for record in raw[kind.plural]:
                copy = json.loads(json.dumps(record))
                copy["id"] = new(copy["id"])
                for name in ("name", "title"):  # names and titles pick out one record
                    if name in copy:
                        copy[name] = f"{copy[name]} {n}"
                if "aliases" in copy:
                    copy["aliases"] = [f"{alias} {n}" for alias in copy["aliases"]]
                for reference in kind.references:
                    value = copy.get(reference.field)
                    if value is None:
                        continue
                    if isinstance(value, str):
                        copy[reference.field] = new(value)
                    elif reference.attr is None:
                        copy[reference.field] = [new(v) for v in value]
                    else:
                        for item in value:
                            item[reference.attr] = new(item[reference.attr])
                rows.append(copy)
        out[kind.plural] = rows
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "brief.json", folder / "brief.json")
    for plural, rows in out.items():
        (folder / f"{plural}.json").write_text(json.dumps(rows, indent=2), "utf-8")
    return sum(len(rows) for rows in out.values())


def _parse_all(folder: Path) -> list[Any]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


def _row(table: list[list[str]], what: str, value: str, floor: str, ratio: float | None) -> None:
    table.append([what, value, floor, "" if ratio is None else f"{ratio:.2f}×"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=11, help="fresh interpreters per figure")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of in-process figures")
    args = parser.parse_args()

    table: list[list[str]] = []
    code, floor = "import idlib_brief", "import attrs"
    a, b = _alternate(code, floor, args.runs)
    _row(table, "import idlib_brief", f"{a * 1e3:.1f} ms", f"import attrs {b * 1e3:.1f} ms", a / b)

    files = [str(DATA / kind.file) for kind in REGISTRY] + [str(DATA / "brief.json")]
    code = "import idlib_brief; idlib_brief.load()"
    floor = f"import attrs, json\nfor f in {files!r}: json.loads(open(f, encoding='utf-8').read())"
    a, b = _alternate(code, floor, args.runs)
    _row(table, "import + load()", f"{a * 1e3:.1f} ms", f"attrs+json {b * 1e3:.1f} ms", a / b)

    for size in args.records:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            count = clone_brief(folder, size)
            parse = _median(args.repeat, functools.partial(_parse_all, folder))
            load = _median(args.repeat, functools.partial(idlib_brief.load, folder))
            per, per_floor = load / count * 1e6, parse / count * 1e6
            _row(
                table,
                f"load {count:,} records",
                f"{per:.1f} µs/record",
                f"json.loads {per_floor:.1f} µs/record",
                load / parse,
            )
            brief = idlib_brief.load(folder)
            statements = len(brief.statements)
            took = _median(args.repeat, brief.positions)
            _row(table, f"positions, {statements:,} statements", f"{took:.3f} s", "", None)

            def first_timeline(folder: Path = folder) -> None:
                fresh = idlib_brief.load(folder)
                start = time.perf_counter()
                fresh.timeline()
                first_timeline.took = time.perf_counter() - start  # type: ignore[attr-defined]

            times = []
            for _ in range(args.repeat):
                first_timeline()
                times.append(first_timeline.took)  # type: ignore[attr-defined]
            _row(table, f"first timeline, {count:,}", f"{statistics.median(times):.3f} s", "", None)

            del brief
            gc.collect()
            tracemalloc.start()
            parsed = _parse_all(folder)
            parsed_bytes = tracemalloc.get_traced_memory()[0]
            del parsed
            gc.collect()
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            kept = idlib_brief.load(folder)
            kept.timeline()
            brief_bytes = tracemalloc.get_traced_memory()[0] - base
            tracemalloc.stop()
            del kept
            _row(
                table,
                f"memory, {count:,} records",
                f"{brief_bytes / 2**20:.1f} MiB",
                f"parsed JSON {parsed_bytes / 2**20:.1f} MiB",
                brief_bytes / parsed_bytes,
            )

    headers = ["what", "median", "floor", "ratio"]
    widths = [max(len(row[i]) for row in [headers, *table]) for i in range(4)]
    for row in [headers, ["-" * w for w in widths], *table]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":
    main()
