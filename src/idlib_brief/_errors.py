"""The library's exceptions: one base class, specific ones that also subclass a built-in."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ._public import present_as_public


class BriefError(Exception):
    """Base class of every error that idlib_brief raises on purpose.

    .. versionadded:: 0.1.0
    """


class EDTFError(BriefError, ValueError):
    """A text is not a date or interval of EDTF Level 1 (years 1–9999) that idlib_brief reads.

    Attributes:
        text: The text that was given.
        reason: What is wrong with it.

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r}: {reason}")


@frozen
class Problem:
    """One problem found while loading a brief.

    Attributes:
        file: The file's name inside the brief's folder (``"events.json"``).
        path: A JSON path inside that file (``"$[3].when"``).
        message: What is wrong and what was expected.

    .. versionadded:: 0.1.0
    """

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file} {self.path}: {self.message}"


class BriefDataError(BriefError, ValueError):
    """A brief's files are not valid; every problem found is listed at once.

    Attributes:
        problems: Every :class:`Problem` found, in file order.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Iterable[Problem], *, where: str = "brief") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.where = where
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{where}: {count} {noun} found:\n{lines}")


class UnknownRecordError(BriefError, KeyError):
    """No record has the id that was asked for.

    Attributes:
        key: The id that was asked for.
        close: Ids of the brief that are close to it (of the kind asked for, if any).
        kind: The kind of record asked for (``"statement"``), or ``"record"`` for any.
        actual: Where the id is that of a record of another kind, that kind with its
            article (``"an event"``); otherwise ``None``.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, key: str, close: Iterable[str], *, kind: str = "record", actual: str | None = None
    ) -> None:
        self.key = key
        self.close: tuple[str, ...] = tuple(close)
        self.kind = kind
        self.actual = actual
        super().__init__(key)

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(map(repr, self.close))}?" if self.close else ""
        other = f" ({self.key!r} is {self.actual})" if self.actual else ""
        return f"no {self.kind} has the id {self.key!r}{other}{hint}"


class UnknownActorError(BriefError, LookupError):
    """No actor has the name or alias that was asked for.

    Attributes:
        name: The name that was asked for.
        close: Names and aliases of actors that are close to it.

    .. versionadded:: 0.1.0
    """

    def __init__(self, name: str, close: Iterable[str]) -> None:
        self.name = name
        self.close: tuple[str, ...] = tuple(close)
        hint = f"; close matches: {', '.join(map(repr, self.close))}" if self.close else ""
        super().__init__(f"no actor is called {name!r}{hint}")


class SourceMismatchError(BriefError, ValueError):
    """A source document's text is not the one the brief's citations were made against.

    Attributes:
        source: The id of the :class:`~idlib_brief.Source`.
        expected: The SHA-256 recorded in the brief.
        actual: The SHA-256 of the text that was given.
        reason: How the text differs, where that can be told (line endings, an
            encoding, a byte-order mark, its length); see
            :func:`~idlib_brief.diagnose_source`. Empty where not worked out.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The *reason* attribute.
    """

    def __init__(self, source: str, expected: str, actual: str, *, reason: str = "") -> None:
        self.source = source
        self.expected = expected
        self.actual = actual
        self.reason = reason
        why = f" ({reason})" if reason else ""
        super().__init__(
            f"source {source!r}: the document's SHA-256 is {actual}, but the brief "
            f"was cited against {expected}{why}; use the exact file the brief names"
        )


class UnknownIssueError(BriefError, LookupError):
    """No issue has the id or title that was asked for.

    Attributes:
        issue: The id or title that was asked for.
        close: Ids of the brief's issues that are close to it.

    .. versionadded:: 0.1.0
    """

    def __init__(self, issue: str, close: Iterable[str]) -> None:
        self.issue = issue
        self.close: tuple[str, ...] = tuple(close)
        hint = f"; close issue ids: {', '.join(map(repr, self.close))}" if self.close else ""
        super().__init__(f"no issue has the id or title {issue!r}{hint}")


class TimelineError(BriefError, ValueError):
    """A timeline was asked for with a value it cannot take.

    Raised for an unknown kind or status in a filter, and for a range that ends before
    it starts.

    Attributes:
        option: The argument that was given the value (``"kinds"``, ``"status"``, …).
        value: The value that was given.
        allowed: The values that argument takes, where there is a fixed list.

    >>> import idlib_brief
    >>> idlib_brief.timeline(kinds=["speech"])
    Traceback (most recent call last):
    ...
    idlib_brief.TimelineError: 'kinds' must be one of ('event', ...) (got 'speech')

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, option: str, value: object, allowed: Iterable[str] = (), reason: str = ""
    ) -> None:
        self.option = option
        self.value = value
        self.allowed: tuple[str, ...] = tuple(allowed)
        if not reason:
            reason = f"must be one of {self.allowed!r}"
        super().__init__(f"{option!r} {reason} (got {value!r})")


class UnknownPlaceError(BriefError, LookupError):
    """No place has the id, name or alias that was asked for.

    Attributes:
        name: The name that was asked for.
        close: Names of places that are close to it.

    .. versionadded:: 0.2.0
    """

    def __init__(self, name: str, close: Iterable[str]) -> None:
        self.name = name
        self.close: tuple[str, ...] = tuple(close)
        hint = f"; close matches: {', '.join(map(repr, self.close))}" if self.close else ""
        super().__init__(f"no place is called {name!r}{hint}")


present_as_public(globals())
