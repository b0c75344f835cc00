"""Importing the package stays cheap: no data read, no cattrs, no metadata lookup."""

from __future__ import annotations

import subprocess
import sys

import pytest

import idlib_brief


def test_import_reads_nothing_and_defers_heavy_modules() -> None:
    code = (
        "import sys, idlib_brief; "
        "print(sorted(m for m in ('cattrs', 'json', 'importlib.metadata', "
        "'idlib_brief._loading', 'matplotlib') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_public_names_are_sorted_and_all_exist() -> None:
    def isort_style(name: str) -> tuple[int, str]:  # the order ruff's RUF022 keeps
        rank = 0 if name.isupper() else 1 if name[0].isupper() else 2
        return rank, name

    assert idlib_brief.__all__ == sorted(idlib_brief.__all__, key=isort_style)
    for name in idlib_brief.__all__:
        assert getattr(idlib_brief, name) is not None


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    assert idlib_brief.__version__ == version("idlib-brief")


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nothing_here"):
        _ = idlib_brief.nothing_here
