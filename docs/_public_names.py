"""Annotations as a reader of the docs should see them: public names only.

The API reference (``conf.py``) shows each field's type as written in the code, with
private aliases made public: a private alias of string values (``ActorKind``) becomes
``str`` with a note naming the public constant that lists the values, another private
alias (``Number``) is spelled out.
"""

from __future__ import annotations

import builtins
import re
import sys
import typing
from typing import Any

import idlib_brief


def _private_modules() -> list[Any]:
    """The package's private modules, where the names that annotations use are defined."""
    return [
        module
        for name, module in sorted(sys.modules.items())
        if name.startswith("idlib_brief._") and module is not None
    ]


def _vocabulary(values: tuple[Any, ...]) -> str | None:
    """The public constant that holds exactly *values*, as a reference, if there is one."""
    for name in idlib_brief.__all__:
        if getattr(idlib_brief, name) == values:
            return f":data:`~idlib_brief.{name}`"
    return None


def public_type(written: str) -> tuple[str, list[str]]:
    """An annotation as written in the code, made of public names, and notes on it.

    A private alias of string values (``ActorKind``) becomes ``str``, with a note naming
    the public constant that lists its values (:data:`ACTOR_KINDS`); another private
    alias (``Number``) is spelled out; public names are kept, to be linked.
    """
    notes: list[str] = []
    modules = _private_modules()

    def replace(match: re.Match[str]) -> str:
        word = match[0]
        if word == "dt.date":
            return "datetime.date"
        if "." in word or word in idlib_brief.__all__ or hasattr(builtins, word):
            return word
        found = next((vars(m)[word] for m in modules if word in vars(m)), None)
        if found is None:
            return word
        parts = typing.get_args(found) if typing.get_origin(found) is typing.Union else ()
        literals = [found] if typing.get_origin(found) is typing.Literal else list(parts)
        if literals and all(typing.get_origin(part) is typing.Literal for part in literals):
            names = [_vocabulary(typing.get_args(part)) for part in literals]
            if all(names):
                notes.append(f"One of {' or '.join(n for n in names if n)}.")
            return "str"
        return re.sub(r"\b\w+\.(?=\w)", "", str(found))  # `int | float`, module paths off

    return re.sub(r"[A-Za-z_][\w.]*", replace, written), notes


def written_annotations(cls: type) -> dict[str, str]:
    """Each field's annotation as written (``ActorKind``), not as resolved."""
    return {
        name: type_ if isinstance(type_, str) else getattr(type_, "__name__", str(type_))
        for base in reversed(cls.__mro__)
        for name, type_ in vars(base).get("__annotations__", {}).items()
    }
