"""Importing the package stays cheap: no data read, no cattrs, no metadata lookup."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import idlib_brief


def _imported_after(code: str) -> list[str]:
    """The modules that *code*, run in a fresh interpreter, imports (beyond start-up)."""
    script = (
        "import sys; before = set(sys.modules); "
        f"{code}; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def test_import_reads_nothing_and_imports_only_the_table_of_names() -> None:
    """`import idlib_brief` defers every private module, attrs and the data to first use."""
    imported = _imported_after("import idlib_brief")
    assert [m for m in imported if m.startswith("idlib_brief")] == [
        "idlib_brief",
        "idlib_brief._public",
    ]
    for heavy in ("attrs", "cattrs", "json", "importlib.metadata", "hashlib", "matplotlib"):
        assert heavy not in imported


def test_a_public_name_imports_what_it_needs_and_no_helper_module() -> None:
    imported = _imported_after("import idlib_brief; idlib_brief.Actor")
    assert "idlib_brief._model" in imported
    for helper in ("_timeline", "_positions", "_loading", "_export", "_plain"):
        assert f"idlib_brief.{helper}" not in imported
    assert "cattrs" not in imported


def test_the_table_of_public_names_matches_all_and_each_name_resolves() -> None:
    from idlib_brief._public import MODULE_OF, PUBLIC

    assert sorted(MODULE_OF) == sorted(idlib_brief.__all__)
    for module, names in PUBLIC.items():
        for name in names:
            value = getattr(importlib.import_module(f"idlib_brief.{module}"), name)
            assert getattr(idlib_brief, name) is value
    assert set(idlib_brief.__all__) <= set(dir(idlib_brief))


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
