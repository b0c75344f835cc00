"""The parts that records are made of, and the checks of fields that both share.

A citation, a dating, a stance, a location, a status change and a point are never
records of their own (no id, no file): they are values inside a record's fields.
``_model.py`` builds the records on them; nothing here knows of a record. The patterns
and validators below are the ones records use too (a slug, a non-empty text, a tuple
of citations).
"""

from __future__ import annotations

from typing import Any

from attrs import Attribute, field, frozen, resolve_types
from attrs import validators as v

from ._dates import Date
from ._public import present_as_public
from ._vocabularies import (
    EVENT_STATUSES,
    PLACEMENTS,
    POSITION_VALUES,
    EventStatus,
    Placement,
    PositionValue,
)

SLUG = r"[a-z0-9]+(?:[-.][a-z0-9]+)*"
"""The pattern of an id (and of every reference to one)."""
_SHA256 = r"[0-9a-f]{64}"
PATTERNS = {
    SLUG: "a slug: lowercase letters, digits, '-' and '.' (not first, last or twice in a row)",
    _SHA256: "a SHA-256: 64 hexadecimal digits, in lowercase",
}
"""What each pattern of a field's validator stands for, in the loader's messages."""
_slug = v.matches_re(SLUG)
_text = v.and_(v.instance_of(str), v.min_len(1))


def _unique(_instance: object, attribute: Attribute[Any], value: tuple[Any, ...]) -> None:
    seen: set[Any] = set()
    for item in value:
        if item in seen:
            raise ValueError(f"'{attribute.name}' repeats a value: {item!r}; give each once")
        seen.add(item)


@frozen(kw_only=True)
class Citation:
    """A standoff span ``[start, end)`` of characters in a source document.

    Offsets count Unicode code points of the document decoded as UTF-8 (Python string
    indices). A citation carries no text; :meth:`excerpt` reads it from the document.

    >>> c = Citation(source="doc", start=4, end=9)
    >>> c.excerpt("The quick brown fox")
    'quick'
    >>> len(c)
    5

    Attributes:
        source: The ``id`` of the :class:`Source` the span is in.
        start: The index of the first cited character.
        end: The index just past the last cited character.

    .. versionadded:: 0.1.0
    """

    source: str = field(validator=_slug)
    start: int = field(validator=[v.instance_of(int), v.ge(0)])
    end: int = field(validator=v.instance_of(int))

    @end.validator
    def _end_after_start(self, _attribute: Attribute[int], value: int) -> None:
        if value <= self.start:
            raise ValueError(f"'end' must be greater than 'start' ({self.start}) (got {value})")

    def __len__(self) -> int:
        return self.end - self.start

    def excerpt(self, text: str) -> str:
        """Return the cited characters of *text*, the source document's text.

        Args:
            text: The whole text of the document the span is in, as
                :func:`~idlib_brief.read_source` or :meth:`Source.verify
                <idlib_brief.Source.verify>` returns it; not checked against the
                source's SHA-256 here.

        Raises:
            ValueError: The span runs past the end of *text*.
        """
        if self.end > len(text):
            raise ValueError(
                f"the span [{self.start}, {self.end}) runs past the text's end ({len(text)})"
            )
        return text[self.start : self.end]

    def overlaps(self, other: Citation) -> bool:
        """Whether the two spans share a character of the same source.

        Args:
            other: Another citation; spans in different sources never overlap.
        """
        return self.source == other.source and self.start < other.end and other.start < self.end


_citations = v.deep_iterable(
    member_validator=v.instance_of(Citation), iterable_validator=v.instance_of(tuple)
)
_nonempty_citations = v.and_(_citations, v.min_len(1))


@frozen(kw_only=True)
class Dating:
    """How a record's date was worked out from a relative expression in the source.

    Attributes:
        expression: The span that holds the relative expression (``"on Thursday"``).
        anchor: What the expression was resolved against, in our own words.
        rule: How it was resolved, in our own words.
        inferred: Whether the resolution is an inference rather than stated in the text.

    .. versionadded:: 0.1.0
    """

    expression: Citation
    anchor: str = field(validator=_text)
    rule: str = field(validator=_text)
    inferred: bool = field(default=True, validator=v.instance_of(bool))


_optional_date = v.optional(v.instance_of(Date))


@frozen(kw_only=True)
class Stance:
    """A position on an issue that a statement expresses.

    Attributes:
        issue: The id of the :class:`Issue`.
        position: For, against, or neutral on it: one of :data:`POSITION_VALUES`.

    .. versionadded:: 0.1.0
    """

    issue: str = field(validator=_slug)
    position: PositionValue = field(validator=v.in_(POSITION_VALUES))


@frozen(kw_only=True)
class Location:
    """Where the text puts an event or a figure: a :class:`Place`'s id, and a placement.

    ``"near"`` the Turkish border is not at its coordinates; see :data:`PLACEMENTS`.

    .. versionadded:: 0.2.0
    """

    place: str = field(validator=_slug)
    placement: Placement = field(default="in", validator=v.in_(PLACEMENTS))


_locations = v.and_(
    v.deep_iterable(v.instance_of(Location), v.instance_of(tuple)),
    lambda _i, _a, value: _unique(_i, _a, tuple(loc.place for loc in value)),
)


@frozen(kw_only=True)
class StatusChange:
    """An event's status from a date on, where the source tells how it changed.

    Attributes:
        status: The status, one of :data:`EVENT_STATUSES`.
        since: From when it held, or ``None`` where the source does not say.
        citations: Spans that support it.

    .. versionadded:: 0.1.0
    """

    status: EventStatus = field(validator=v.in_(EVENT_STATUSES))
    since: Date | None = field(default=None, validator=_optional_date)
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)


@frozen(kw_only=True)
class Point:
    """A position on the earth: longitude and latitude in degrees (WGS 84).

    .. versionadded:: 0.2.0
    """

    longitude: float = field(validator=[v.ge(-180.0), v.le(180.0)])
    latitude: float = field(validator=[v.ge(-90.0), v.le(90.0)])


# Resolve the annotations here, before the classes present themselves as idlib_brief.X.
for _cls in (Citation, Dating, Stance, Location, StatusChange, Point):
    resolve_types(_cls)
del _cls

present_as_public(globals())
