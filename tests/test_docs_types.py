"""Every example of the README and of the docs' pages passes `mypy --strict`.

Each page's ``>>>`` and ``...`` lines are written out as one module and checked, as a
downstream project's code would be. An example that shows an error on purpose says so
to the type checker (``# type: ignore[...]``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _pages() -> list[Path]:
    pages = [p for p in sorted(DOCS.rglob("*.md")) if "_build" not in p.parts]
    return [ROOT / "README.md", *pages]


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
    for page in _pages():
        code = _code(page)
        if not code.strip():
            continue
        name = str(page.relative_to(ROOT)).replace("/", "_").replace("-", "_")
        file = tmp_path / f"{name.removesuffix('.md')}.py"
        file.write_text(code, encoding="utf-8")
        files.append(str(file))
    assert len(files) > 10
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
