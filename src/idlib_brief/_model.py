"""The records of a brief: frozen, slotted, keyword-only attrs classes.

Each record class names its fields exactly as the JSON files do. Invariants that must
hold for any record (a span's end after its start, a known vocabulary value) are attrs
validators; checks that need the whole brief (references, spans inside their source)
are the loader's.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any, Literal, TypeAlias, get_args

from attrs import Attribute, field, frozen, resolve_types
from attrs import validators as v

from ._dates import Date
from ._errors import SourceMismatchError

ActorKind = Literal[
    "person",
    "state",
    "government-body",
    "international-organisation",
    "armed-force",
    "armed-group",
    "civilian-group",
    "expert-group",
    "media-outlet",
    "think-tank",
]
"""What kind of actor a record describes."""

Mode = Literal["direct", "indirect"]
"""Whether a statement gives the speaker's own quoted words or reports them."""

Act = Literal[
    "says",
    "announces",
    "hopes",
    "demands",
    "urges",
    "accuses",
    "criticizes",
    "pledges",
    "regrets",
    "warns",
    "predicts",
    "assesses",
    "believes",
    "reports",
    "estimates",
    "writes",
]
"""What a speaker did with a statement."""

PositionValue = Literal["for", "against", "neutral"]
"""A stance's position on an issue."""

EventStatus = Literal["occurred", "ongoing", "planned", "expected", "in-doubt", "cancelled"]
"""Where an event stands, as the source tells it."""

EventKind = Literal[
    "meeting",
    "summit",
    "phone-call",
    "talks",
    "military-offensive",
    "attack",
    "bombing",
    "shoot-down",
    "casualties",
    "displacement",
    "humanitarian-crisis",
    "border-closure",
    "sanctions",
    "diplomatic-shift",
    "other",
]
"""What kind of thing an event is."""

AgreementStatus = Literal[
    "proposed",
    "in-force",
    "partially-implemented",
    "implemented",
    "breached",
    "lapsed",
]
"""How far an agreement was implemented, as the source tells it."""

Qualifier = Literal[
    "exact", "almost", "about", "around", "more-than", "at-least", "up-to", "several"
]
"""How the source qualifies a number (``"almost 1 million"``: ``"almost"``)."""

ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
MODES: tuple[Mode, ...] = get_args(Mode)
ACTS: tuple[Act, ...] = get_args(Act)
POSITION_VALUES: tuple[PositionValue, ...] = get_args(PositionValue)
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
AGREEMENT_STATUSES: tuple[AgreementStatus, ...] = get_args(AgreementStatus)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)

SLUG = r"[a-z0-9]+(?:[-.][a-z0-9]+)*"
"""The pattern of an id (and of every reference to one)."""
_SHA256 = r"[0-9a-f]{64}"
PATTERNS = {
    SLUG: "a slug: lowercase letters, digits, '-' and '.' (not first, last or twice in a row)",
    _SHA256: "a SHA-256: 64 hexadecimal digits, in lowercase",
}
"""What each pattern of a field's validator stands for, in the loader's messages."""
_slug = v.matches_re(SLUG)
_slugs = v.deep_iterable(member_validator=_slug, iterable_validator=v.instance_of(tuple))
_text = v.and_(v.instance_of(str), v.min_len(1))
_optional_slug = v.optional(_slug)


def _unique(_instance: object, attribute: Attribute[Any], value: tuple[Any, ...]) -> None:
    seen: set[Any] = set()
    for item in value:
        if item in seen:
            raise ValueError(f"'{attribute.name}' repeats a value: {item!r}; give each once")
        seen.add(item)


def _file_name(_instance: object, attribute: Attribute[Any], value: str | None) -> None:
    if value is not None and (
        not isinstance(value, str) or value in {"", ".", ".."} or any(c in value for c in "/\\\0")
    ):
        raise ValueError(
            f"'{attribute.name}' must be a plain file name, with no folder in it (got {value!r})"
        )


def _finite(_instance: object, attribute: Attribute[Any], value: float | None) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"'{attribute.name}' must be a finite number (got {value!r})")


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

        Raises:
            ValueError: The span runs past the end of *text*.
        """
        if self.end > len(text):
            raise ValueError(
                f"the span [{self.start}, {self.end}) runs past the text's end ({len(text)})"
            )
        return text[self.start : self.end]

    def overlaps(self, other: Citation) -> bool:
        """Whether the two spans share a character of the same source."""
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


_optional_dating = v.optional(v.instance_of(Dating))
_optional_date = v.optional(v.instance_of(Date))


@frozen(kw_only=True)
class Source:
    """A cited document's metadata; the package never ships the document's text.

    Attributes:
        id: The slug citations use in their ``source``.
        title: A descriptive title, in our own words.
        publisher: Who published the document.
        published: The date the document gives for itself (its dateline).
        sha256: The SHA-256 of the document's bytes, as hex.
        length: The document's length in characters (code points).
        filename: The file's name where a copy of the document is kept.
        authors: Who wrote it, where the document says.
        language: The document's language (BCP 47).
        note: What a reader of the document should know about it, in our own words.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    title: str = field(validator=_text)
    publisher: str = field(validator=_text)
    published: Date | None = field(default=None, validator=_optional_date)
    sha256: str = field(validator=v.matches_re(_SHA256))
    length: int = field(validator=[v.instance_of(int), v.ge(0)])
    filename: str | None = field(default=None, validator=_file_name)
    authors: tuple[str, ...] = field(default=(), validator=v.instance_of(tuple))
    language: str = field(default="en", validator=_text)
    note: str | None = field(default=None)

    def verify(self, text: str | bytes) -> str:
        """Check that *text* is this source's document and return it as text.

        Args:
            text: The document, as bytes or as text (encoded as UTF-8 to check).

        Returns:
            The document's text, ready for :meth:`Citation.excerpt`.

        Raises:
            SourceMismatchError: The document's SHA-256 or length is not the recorded one.
        """
        data = text.encode("utf-8") if isinstance(text, str) else text
        digest = hashlib.sha256(data).hexdigest()
        if digest != self.sha256:
            raise SourceMismatchError(self.id, self.sha256, digest)
        decoded = data.decode("utf-8")
        if len(decoded) != self.length:  # pragma: no cover - only if the record itself is wrong
            raise SourceMismatchError(
                self.id, f"{self.length} characters", f"{len(decoded)} characters"
            )
        return decoded


@frozen(kw_only=True)
class Issue:
    """A political question that actors take positions on (a ceasefire, the Sochi line).

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    title: str = field(validator=_text)
    description: str = field(validator=_text)


@frozen(kw_only=True)
class Actor:
    """A person, state, body, force, group or outlet that the source names or refers to.

    Attributes:
        id: A stable slug (``"erdogan"``).
        name: The name the brief uses.
        kind: One of :data:`ACTOR_KINDS`.
        aliases: Other names the source uses for it: spelling variants, titles,
            metonyms (``"Ankara"`` for Turkey's government).
        description: Who or what it is, in our own words.
        affiliation: The id of the actor it belongs to or speaks for, or ``None``.
        citations: Spans that name or refer to it.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    name: str = field(validator=_text)
    kind: ActorKind = field(validator=v.in_(ACTOR_KINDS))
    aliases: tuple[str, ...] = field(
        default=(), validator=[v.deep_iterable(_text, v.instance_of(tuple)), _unique]
    )
    description: str = field(validator=_text)
    affiliation: str | None = field(default=None, validator=_optional_slug)
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@frozen(kw_only=True)
class Stance:
    """A position on an issue that a statement expresses.

    .. versionadded:: 0.1.0
    """

    issue: str = field(validator=_slug)
    position: PositionValue = field(validator=v.in_(POSITION_VALUES))


@frozen(kw_only=True)
class Statement:
    """Something an actor said, wrote, or is reported to hold.

    Attributes:
        id: A stable slug.
        speaker: The id of the actor the source says spoke.
        when: When it was said, or ``None`` where the source does not say.
        mode: ``"direct"`` (the speaker's own quoted words are in ``quote``) or
            ``"indirect"`` (reported or paraphrased; ``quote`` is ``None``).
        quote: The speaker's exact words, for a direct statement only.
        summary: What was said, in our own words.
        act: What the speaker did, one of :data:`ACTS`.
        stances: The positions on the brief's issues that it expresses.
        about: Ids of the actors it is about.
        citations: Spans that support it.
        dating: How ``when`` was resolved from a relative expression, if it was.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    speaker: str = field(validator=_slug)
    when: Date | None = field(default=None, validator=_optional_date)
    mode: Mode = field(validator=v.in_(MODES))
    quote: str | None = field(default=None, validator=v.optional(_text))
    summary: str = field(validator=_text)
    act: Act = field(validator=v.in_(ACTS))
    stances: tuple[Stance, ...] = field(
        default=(), validator=v.deep_iterable(v.instance_of(Stance), v.instance_of(tuple))
    )
    about: tuple[str, ...] = field(default=(), validator=[_slugs, _unique])
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)

    def __attrs_post_init__(self) -> None:
        if self.mode == "direct" and self.quote is None:
            raise ValueError("a direct statement needs the speaker's words in 'quote'")
        if self.mode == "indirect" and self.quote is not None:
            raise ValueError("an indirect statement has no 'quote'; put our own words in 'summary'")


@frozen(kw_only=True)
class Agreement:
    """An agreement between parties, with what it provides and how far it was kept.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    name: str = field(validator=_text)
    when: Date | None = field(default=None, validator=_optional_date)
    parties: tuple[str, ...] = field(validator=[_slugs, _unique])
    provisions: tuple[str, ...] = field(
        default=(), validator=v.deep_iterable(_text, v.instance_of(tuple))
    )
    status: AgreementStatus = field(validator=v.in_(AGREEMENT_STATUSES))
    description: str | None = field(default=None, validator=v.optional(_text))
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)


Number: TypeAlias = int | float
_optional_number = v.optional(v.instance_of((int, float)))


@frozen(kw_only=True)
class Figure:
    """A quantity as the source states and qualifies it.

    ``low`` and ``high`` are the bounds that follow from the qualifier, ``None`` where
    the qualifier leaves a side unbounded; ``low_exclusive`` / ``high_exclusive`` say
    whether the bound itself is excluded (``"more than 30"``: ``low=30``,
    ``low_exclusive=True``; ``"almost 1 million"``: ``high=1_000_000``,
    ``high_exclusive=True``).

    >>> f = Figure(id="f", label="soldiers killed", value=30, low=30, low_exclusive=True,
    ...            unit="soldiers", qualifier="more-than",
    ...            citations=(Citation(source="doc", start=0, end=5),))
    >>> f.admits(31), f.admits(30)
    (True, False)

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    label: str = field(validator=_text)
    value: Number = field(validator=[v.instance_of((int, float)), _finite])
    low: Number | None = field(default=None, validator=[_optional_number, _finite])
    high: Number | None = field(default=None, validator=[_optional_number, _finite])
    low_exclusive: bool = field(default=False, validator=v.instance_of(bool))
    high_exclusive: bool = field(default=False, validator=v.instance_of(bool))
    unit: str = field(validator=_text)
    qualifier: Qualifier = field(validator=v.in_(QUALIFIERS))
    when: Date | None = field(default=None, validator=_optional_date)
    attributed_to: str | None = field(default=None, validator=_optional_slug)
    related: tuple[str, ...] = field(default=(), validator=[_slugs, _unique])
    note: str | None = field(default=None, validator=v.optional(_text))
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.low > self.value:
            raise ValueError(f"'low' ({self.low}) must not be greater than 'value' ({self.value})")
        if self.high is not None and self.high < self.value:
            raise ValueError(f"'high' ({self.high}) must not be less than 'value' ({self.value})")

    def admits(self, amount: Number) -> bool:
        """Whether *amount* is within the figure's bounds."""
        if self.low is not None and (
            amount <= self.low if self.low_exclusive else amount < self.low
        ):
            return False
        return not (
            self.high is not None
            and (amount >= self.high if self.high_exclusive else amount > self.high)
        )


@frozen(kw_only=True)
class StatusChange:
    """An event's status from a date on, where the source tells how it changed.

    .. versionadded:: 0.1.0
    """

    status: EventStatus = field(validator=v.in_(EVENT_STATUSES))
    since: Date | None = field(default=None, validator=_optional_date)
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)


@frozen(kw_only=True)
class Event:
    """Something that happened, is going on, was planned, or is in doubt.

    Attributes:
        status: Where it stands as of the source's latest writing, one of
            :data:`EVENT_STATUSES`.
        history: Earlier statuses, oldest first, where the source tells them.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    title: str = field(validator=_text)
    when: Date | None = field(default=None, validator=_optional_date)
    kind: EventKind = field(validator=v.in_(EVENT_KINDS))
    status: EventStatus = field(validator=v.in_(EVENT_STATUSES))
    participants: tuple[str, ...] = field(default=(), validator=[_slugs, _unique])
    location: str | None = field(default=None, validator=v.optional(_text))
    description: str | None = field(default=None, validator=v.optional(_text))
    history: tuple[StatusChange, ...] = field(
        default=(), validator=v.deep_iterable(v.instance_of(StatusChange), v.instance_of(tuple))
    )
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)


Record: TypeAlias = Actor | Statement | Agreement | Figure | Event | Issue | Source
"""Any record of a brief."""

DatedRecord: TypeAlias = Statement | Agreement | Figure | Event
"""A record that has a ``when``."""


# Resolve every record class's annotations now, in this module's namespace: the package
# presents its classes as ``idlib_brief.X`` (see ``__init__``), where names private to
# this module (``Number``) are not to be found later.
for _cls in (Date, Citation, Dating, Source, Issue, Actor, Stance, Statement, Agreement,
             Figure, StatusChange, Event):  # fmt: skip
    resolve_types(_cls)
del _cls
