"""Time checking a valid brief against one with dangling references, at growing sizes.

Run it from a checkout (it is not a test, and the test suite never runs it)::

    python benchmarks/bad_brief.py            # 10,000 to 100,000 records, about a minute
    python benchmarks/bad_brief.py --sizes 1000 200000

For each size it writes two briefs' folders of synthetic records (one actor for every
ten statements, a few events): a valid one, and the same with 10% of the statements'
speakers (and some events' participants) changed to ids of no record, most of them
distinct. It loads each and reports the time of `idlib_brief.load`, how many problems
the bad one gave, and the ratio of the two times. Checking is linear, so the ratio
stays near 1 and both times grow in step with the size: ids are indexed once, and
"did you mean" suggestions are computed once per distinct unknown id, for at most
`_checks.MAX_SUGGESTED` of them.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import idlib_brief

CITE = [{"source": "doc", "start": 0, "end": 10}]


def brief_files(size: int, dangling: float, rng: random.Random) -> dict[str, Any]:
    """The JSON values of a brief of about *size* records; *dangling* of references bad."""
    n_actors = max(1, size // 11)
    actors = [
        {
            "id": f"actor-{i}",
            "name": f"Actor number {i}",
            "kind": "person",
            "description": "A synthetic actor.",
            "citations": CITE,
        }
        for i in range(n_actors)
    ]
    statements = []
    events = []
    for i in range(size - n_actors):
        speaker = f"actor-{rng.randrange(n_actors)}"
        if rng.random() < dangling:
            speaker = f"nobody-{rng.randrange(10 * size)}"
        if i % 10 == 0:
            events.append(
                {
                    "id": f"event-{i}",
                    "title": "A synthetic event",
                    "when": "2020-03-05",
                    "kind": "other",
                    "status": "occurred",
                    "participants": [speaker],
                    "citations": CITE,
                }
            )
            continue
        statements.append(
            {
                "id": f"statement-{i}",
                "speaker": speaker,
                "when": "2020-03-05",
                "mode": "indirect",
                "summary": "Something was said.",
                "act": "says",
                "citations": CITE,
            }
        )
    source = {"id": "doc", "title": "Doc", "publisher": "Me", "sha256": "0" * 64, "length": 100}
    return {
        "brief.json": {"format_version": 1, "title": "Synthetic", "description": "Timed."},
        "sources.json": [source],
        "actors.json": actors,
        "statements.json": statements,
        "events.json": events,
    }


def timed_load(folder: Path) -> tuple[float, int]:
    """Seconds to load *folder*, and the number of problems found (0 for a valid brief)."""
    start = time.perf_counter()
    try:
        idlib_brief.load(folder)
    except idlib_brief.BriefDataError as exc:
        return time.perf_counter() - start, len(exc.problems)
    return time.perf_counter() - start, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--dangling", type=float, default=0.10)
    args = parser.parse_args()
    rng = random.Random(14)
    print(f"{'records':>8} {'valid s':>8} {'bad s':>8} {'problems':>9} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            times = []
            for name, dangling in (("valid", 0.0), ("bad", args.dangling)):
                folder = Path(tmp) / f"{name}-{size}"
                folder.mkdir()
                for file, value in brief_files(size, dangling, rng).items():
                    (folder / file).write_text(json.dumps(value), encoding="utf-8")
                times.append(timed_load(folder))
            (valid, _), (bad, problems) = times
            print(f"{size:>8} {valid:>8.2f} {bad:>8.2f} {problems:>9} {bad / valid:>6.2f}")


if __name__ == "__main__":
    main()
