r"""Strict JSON for a brief's files: bytes to JSON values, and a check of any JSON value.

Python's :mod:`json` is lenient where a brief must not be: it reads ``NaN``,
``Infinity`` and ``1e400`` (as ``inf``), keeps the last of two equal keys, accepts lone
surrogates (``"\\ud800"``), recurses as deep as the input nests and gives up on integers
of more than 4,300 digits with a :exc:`ValueError`. Here each of these is a problem with
a JSON path, like any other problem of a brief, and nothing else is raised.

:func:`read_bytes` reads one file (UTF-8, strict, at most :data:`MAX_DEPTH` levels deep);
:func:`check_value` checks any already-parsed value (from :func:`read_bytes` or built
in Python for :func:`idlib_brief.from_dict`) and says which top-level items are bad.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import Any

#: How deep arrays and objects may nest in a brief's file (its records need 6 levels).
MAX_DEPTH = 32
#: The most digits an integer of a brief may have.
MAX_DIGITS = 100

Report = Callable[[str, str], None]
"""Takes a JSON path and a message; adds a problem of the file being read."""


class _Rejected:
    """A number that the strict parser refused, kept in place so its path can be told."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


class _Duplicated(dict[str, Any]):
    """A JSON object in which a key appears more than once (the first value is kept)."""

    __slots__ = ("keys_twice",)

    def __init__(self, pairs: list[tuple[str, Any]], keys_twice: list[str]) -> None:
        super().__init__()
        for key, value in pairs:
            self.setdefault(key, value)
        self.keys_twice = keys_twice


def preview(value: object, width: int = 60) -> str:
    """A one-line repr of *value*, cut to about *width* characters."""
    if isinstance(value, (list, dict)) and len(value) > 8:
        text = f"{type(value).__name__} of {len(value)} items"
        return f"<{text}>"
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # a nested or huge value: say what it is
        return f"<{type(value).__name__}>"
    return text if len(text) <= width else f"{text[: width - 5]}...{text[-1]}"


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    twice: list[str] = []
    for key, _ in pairs:
        if key in seen:
            twice.append(key)
        seen.add(key)
    return _Duplicated(pairs, twice)


def _integer(text: str) -> int | _Rejected:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        return _Rejected(f"an integer of {digits} digits: at most {MAX_DIGITS} are read")
    return int(text)


def _float(text: str) -> float | _Rejected:
    value = float(text)
    if math.isinf(value):
        return _Rejected(f"{preview(text)} is too large for a number (it reads as infinity)")
    return value


def _constant(text: str) -> _Rejected:
    return _Rejected(f"{text} is not a number JSON allows: numbers must be finite")


# A JSON string (with escapes), or a run of anything but brackets and quotes.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r'[^\[\]{}"]+')
_PAIR = re.compile(r"\[\]|\{\}|\[\}|\{\]")


def _too_deep(text: str) -> bool:
    """Whether arrays and objects in *text* nest more than :data:`MAX_DEPTH` deep.

    Linear and without recursion: strings are dropped, then innermost pairs of brackets
    are removed :data:`MAX_DEPTH` times; a pair left means a deeper level.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _ in range(MAX_DEPTH):
        fewer = _PAIR.sub("", brackets)
        if fewer == brackets:
            return False
        brackets = fewer
    return _PAIR.search(brackets) is not None


def _decode(data: bytes, report: Report) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report(
            "$", "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        report("$", "the file starts with a byte order mark (BOM); save it as UTF-8 without one")
        return None
    if b"\x00" in data:
        at = data.index(b"\x00")
        report(
            "$",
            f"the file holds a NUL byte (at byte {at}): is it UTF-16 or UTF-32? save it as UTF-8",
        )
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        report(
            "$",
            f"not UTF-8: byte {exc.start} (0x{data[exc.start]:02x}, on line {line}) "
            f"{exc.reason}; save the file as UTF-8",
        )
        return None


def read_bytes(data: bytes, report: Report) -> tuple[bool, Any]:
    """Parse a brief's file strictly; ``(False, None)`` after reporting why it cannot be.

    The value may still hold values that :func:`check_value` reports (a duplicated key,
    a refused number): run it on the value before use.
    """
    text = _decode(data, report)
    if text is None:
        return False, None
    if _too_deep(text):
        report("$", f"arrays and objects nest more than {MAX_DEPTH} levels deep; a brief needs 6")
        return False, None
    try:
        value = _loads(text)
    except ValueError as exc:  # json.JSONDecodeError, or int() on a malformed literal
        lineno, colno = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        reason = getattr(exc, "msg", str(exc))
        report(f"line {lineno} column {colno}", f"not valid JSON: {reason}")
        return False, None
    return True, value


def _loads(text: str) -> Any:
    import json

    return json.loads(
        text,
        object_pairs_hook=_object,
        parse_int=_integer,
        parse_float=_float,
        parse_constant=_constant,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_SCALARS = (str, int, float, bool, type(None))


def _bad_string(text: str) -> str | None:
    if text.isascii():
        return None
    match = _SURROGATE.search(text)
    if match is None:
        return None
    return (
        f"holds a lone surrogate ({match.group()!r} at character {match.start()}), "
        "which is not Unicode text; expected a valid Unicode string"
    )


def _children(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield f"{path}[{i}]", item
    else:
        for key, item in value.items():
            yield _key_path(path, key), item


def _key_path(path: str, key: object) -> str:
    if isinstance(key, str) and key.isidentifier() and key.isascii():
        return f"{path}.{key}"
    return f"{path}[{preview(key)}]"


def _scalar_problem(value: object) -> str | None:
    if isinstance(value, _Rejected):
        return value.reason
    if isinstance(value, str):
        return _bad_string(value)
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a finite number; expected a finite number"
    if isinstance(value, int) and not isinstance(value, bool):
        digits = len(str(abs(value))) if value.bit_length() <= 4 * MAX_DIGITS else MAX_DIGITS + 1
        if digits > MAX_DIGITS:
            return f"an integer of more than {MAX_DIGITS} digits; at most {MAX_DIGITS} are read"
        return None
    if isinstance(value, _JSON_SCALARS):
        return None
    return (
        "expected a JSON value (object, array, string, number, true, false or null), "
        f"got a {type(value).__name__}"
    )


def check_value(value: Any, report: Report) -> set[int]:
    """Report every part of *value* that is not strict JSON; return the bad items' indexes.

    Checks, without recursion: nesting deeper than :data:`MAX_DEPTH`, objects with
    non-string or repeated keys, numbers that are not finite or too long, strings that
    are not Unicode (lone surrogates), and values of types JSON does not have. The
    indexes are those of the top-level array's items that hold a problem (``-1`` for
    a problem outside any item), so that the caller skips just those.
    """
    bad: set[int] = set()
    stack: list[tuple[str, Any, int, int]] = [("$", value, 0, -1)]
    while stack:
        path, item, depth, top = stack.pop()
        if isinstance(item, (list, dict)):
            if depth >= MAX_DEPTH:
                report(path, f"nested more than {MAX_DEPTH} levels deep; a brief needs 6")
                bad.add(top)
                continue
            if isinstance(item, _Duplicated):
                keys = ", ".join(map(repr, dict.fromkeys(item.keys_twice)))
                report(
                    path, f"the key {keys} appears more than once in one object; keys are unique"
                )
                bad.add(top)
            elif isinstance(item, dict):
                for key in item:
                    problem = (
                        _bad_string(key) if isinstance(key, str) else "a key that is not a string"
                    )
                    if problem is not None:
                        report(path, f"the key {preview(key)}: {problem}")
                        bad.add(top)
            children = list(_children(item, path))
            for i, (child_path, child) in enumerate(reversed(children)):
                index = len(children) - 1 - i if depth == 0 and isinstance(item, list) else top
                stack.append((child_path, child, depth + 1, index))
            continue
        problem = _scalar_problem(item)
        if problem is not None:
            report(path, problem)
            bad.add(top)
    return bad
