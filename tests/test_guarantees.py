"""The promises of the guarantees page that no other test module checks.

No network: nothing in the package opens a socket or imports a network library.
Immutability: a brief, its records and its helpers' results refuse changes.
"""

from __future__ import annotations

import ast
import socket
from pathlib import Path
from typing import Any

import attrs
import pytest

import idlib_brief
from idlib_brief import _cli

PACKAGE = Path(idlib_brief.__file__).parent
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "ftplib", "smtplib", "requests", "httpx"}


def test_no_module_of_the_package_imports_a_network_library() -> None:
    found = []
    for module in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{module.name}: {n}" for n in names if n.split(".")[0] in NETWORK_MODULES]
    assert found == []


def test_loading_and_every_helper_work_with_sockets_forbidden(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("idlib_brief opened a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    brief = idlib_brief.load()
    assert len(brief.timeline()) > 0
    assert brief.position_matrix() is not None
    assert _cli.main([]) == 0
    assert capsys.readouterr().out


def test_a_brief_its_records_and_results_refuse_changes() -> None:
    brief = idlib_brief.load()
    record = brief.actors[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        brief.title = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.name = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        record.extra = 1  # type: ignore[attr-defined]
    for kind in idlib_brief.KINDS:
        assert isinstance(getattr(brief, kind), tuple)
    assert isinstance(record.aliases, tuple)
    timeline = brief.timeline()
    with pytest.raises((AttributeError, attrs.exceptions.FrozenInstanceError)):
        timeline.entries = ()  # type: ignore[misc]
