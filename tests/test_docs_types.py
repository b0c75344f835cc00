"""The examples of the README and of the pages on typed use pass `mypy --strict`.

Each page's ``>>>`` and ``...`` lines are written out as one module and checked, as a
downstream project's code would be.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("README.md", "docs/howto/build-on-it.md")
"""The pages whose every example must type-check (the others may show errors on purpose)."""


def _code(page: Path) -> str:
    lines = []
    for line in page.read_text(encoding="utf-8").splitlines():
        text = line.lstrip()
        if text.startswith((">>> ", "... ")) or text in {">>>", "..."}:
            lines.append(text[4:])
    return "\n".join(lines) + "\n"


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="needs mypy")
def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for name in CHECKED:
        file = tmp_path / (name.replace("/", "_").replace("-", "_").replace(".md", "") + ".py")
        file.write_text(_code(ROOT / name), encoding="utf-8")
        files.append(str(file))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
