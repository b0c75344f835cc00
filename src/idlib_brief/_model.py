"""The records of a brief: frozen, slotted, keyword-only attrs classes.

Each record class names its fields exactly as the JSON files do. Invariants that must
hold for any record (a span's end after its start, a known vocabulary value) are attrs
validators; checks that need the whole brief (references, spans inside their source)
are the loader's. The parts inside records (citations, stances, locations …) and the
validators both share are in ``_parts.py``, which knows nothing of records.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any, TypeAlias

from attrs import Attribute, field, frozen, resolve_types
from attrs import validators as v

from ._dates import Date
from ._errors import SourceMismatchError
from ._parts import (
    _SHA256,
    Citation,
    Dating,
    Location,
    Point,
    Stance,
    StatusChange,
    _citations,
    _locations,
    _nonempty_citations,
    _optional_date,
    _slug,
    _text,
    _unique,
)
from ._public import present_as_public
from ._vocabularies import (
    ACTOR_KINDS,
    ACTS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_STATUSES,
    MODES,
    PLACE_KINDS,
    PLACE_PRECISIONS,
    POLARITIES,
    PREDICATES,
    QUALIFIERS,
    RELATION_BASES,
    RELATION_MODES,
    SYMMETRIC_PREDICATES,
    Act,
    ActorKind,
    AgreementStatus,
    EventKind,
    EventStatus,
    Mode,
    PlaceKind,
    PlacePrecision,
    Polarity,
    Predicate,
    Qualifier,
    RelationBasis,
    RelationMode,
)

_slugs = v.deep_iterable(member_validator=_slug, iterable_validator=v.instance_of(tuple))
_optional_slug = v.optional(_slug)
_optional_source_of_point = v.optional(v.matches_re(r"geonames:[1-9][0-9]*|author"))


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


_optional_dating = v.optional(v.instance_of(Dating))


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

    Attributes:
        id: A stable slug, which stances name in their ``issue``.
        title: A short title, in our own words; helpers accept it in place of the id.
        description: What is at stake, in our own words.

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

    Attributes:
        id: A stable slug.
        name: The agreement's name, as the source gives it.
        when: When it was made, or ``None`` where the source does not say.
        parties: Ids of the actors that made it.
        provisions: What it provides, each in our own words.
        status: How far it was implemented, one of :data:`AGREEMENT_STATUSES`.
        description: What it is, in our own words.
        citations: Spans that support it.
        dating: How ``when`` was resolved from a relative expression, if it was.

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

    >>> f = Figure(id="f", label="soldiers killed", value=30, unit="soldiers",
    ...            qualifier="more-than", low=30, low_exclusive=True,
    ...            citations=(Citation(source="doc", start=0, end=5),))
    >>> f.admits(31), f.admits(30)
    (True, False)

    Attributes:
        id: A stable slug.
        label: What is counted, in our own words.
        value: The number as written (``0.5`` for half, ``12`` for a dozen).
        low: The lower bound that the qualifier implies, or ``None`` (unbounded).
        high: The upper bound that the qualifier implies, or ``None`` (unbounded).
        low_exclusive: Whether ``low`` itself is excluded.
        high_exclusive: Whether ``high`` itself is excluded.
        unit: What one unit is (``people``, ``soldiers``, ``share``, ``USD``).
        qualifier: How the source qualifies the number, one of :data:`QUALIFIERS`.
        when: The date or period the figure is for, or ``None``.
        attributed_to: The id of the actor the source credits with the figure, if any.
        related: Ids of other figures for the same or a directly linked quantity.
        note: How the figure was read from the source, in our own words.
        citations: Spans that support it.
        dating: How ``when`` was resolved from a relative expression, if it was.

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
    places: tuple[Location, ...] = field(default=(), validator=_locations)
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.low > self.value:
            raise ValueError(f"'low' ({self.low}) must not be greater than 'value' ({self.value})")
        if self.high is not None and self.high < self.value:
            raise ValueError(f"'high' ({self.high}) must not be less than 'value' ({self.value})")

    def admits(self, amount: Number) -> bool:
        """Whether *amount* is within the figure's bounds.

        Args:
            amount: A number (an int or a float) in the figure's ``unit``.
        """
        if self.low is not None and (
            amount <= self.low if self.low_exclusive else amount < self.low
        ):
            return False
        return not (
            self.high is not None
            and (amount >= self.high if self.high_exclusive else amount > self.high)
        )


_WORDING: dict[str, str] = {
    "exact": "{n}",
    "almost": "almost {n}",
    "about": "about {n}",
    "around": "around {n}",
    "more-than": "more than {n}",
    "at-least": "at least {n}",
    "up-to": "up to {n}",
    "several": "several",
}
"""How the source words each qualifier with its number (the data dictionary's table)."""
assert set(_WORDING) == set(QUALIFIERS)  # noqa: S101 - a new qualifier needs its wording


def amount(figure: Figure) -> str:
    """A figure's number as the source words it, with its unit.

    The one wording of a figure's amount, for the timeline's, the tables' and the
    pictures' labels.

    >>> f = Figure(id="f", label="soldiers killed", value=30, unit="soldiers",
    ...            qualifier="more-than", low=30, low_exclusive=True,
    ...            citations=(Citation(source="doc", start=0, end=5),))
    >>> amount(f)
    'more than 30 soldiers'
    """
    return f"{_WORDING[figure.qualifier].format(n=f'{figure.value:,}')} {figure.unit}"


@frozen(kw_only=True)
class Event:
    """Something that happened, is going on, was planned, or is in doubt.

    Attributes:
        id: A stable slug.
        title: What happened, in our own words.
        when: When, at the precision the source gives, or ``None``.
        kind: What sort of event it is, one of :data:`EVENT_KINDS`.
        status: Where it stands as of the source's latest writing, one of
            :data:`EVENT_STATUSES`.
        participants: Ids of the actors taking part.
        location: Where, as the source names the place, or ``None``.
        description: More on it, in our own words.
        history: Earlier statuses, oldest first, where the source tells them.
        citations: Spans that support it.
        dating: How ``when`` was resolved from a relative expression, if it was.

    .. versionadded:: 0.1.0
    """

    id: str = field(validator=_slug)
    title: str = field(validator=_text)
    when: Date | None = field(default=None, validator=_optional_date)
    kind: EventKind = field(validator=v.in_(EVENT_KINDS))
    status: EventStatus = field(validator=v.in_(EVENT_STATUSES))
    participants: tuple[str, ...] = field(default=(), validator=[_slugs, _unique])
    places: tuple[Location, ...] = field(default=(), validator=_locations)
    description: str | None = field(default=None, validator=v.optional(_text))
    history: tuple[StatusChange, ...] = field(
        default=(), validator=v.deep_iterable(v.instance_of(StatusChange), v.instance_of(tuple))
    )
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)
    dating: Dating | None = field(default=None, validator=_optional_dating)


@frozen(kw_only=True)
class Relation:
    """How one actor stands to another, as the text states it or someone claims it.

    ``subject``, ``object`` and ``asserted_by`` (a claimant, or ``None`` where the text
    states it) are actor ids; :data:`SYMMETRIC_PREDICATES` hold both ways, stored once.
    Only an ``"inferred"`` relation, which says why in ``note``, may cite nothing.

    .. versionadded:: 0.2.0
    """

    id: str = field(validator=_slug)
    subject: str = field(validator=_slug)
    predicate: Predicate = field(validator=v.in_(PREDICATES))
    object: str = field(validator=_slug)
    mode: RelationMode | None = field(default=None, validator=v.optional(v.in_(RELATION_MODES)))
    when: Date | None = field(default=None, validator=_optional_date)
    asserted_by: str | None = field(default=None, validator=_optional_slug)
    polarity: Polarity = field(default="asserted", validator=v.in_(POLARITIES))
    basis: RelationBasis = field(default="stated", validator=v.in_(RELATION_BASES))
    note: str | None = field(default=None, validator=v.optional(_text))
    citations: tuple[Citation, ...] = field(default=(), validator=_citations)

    def __attrs_post_init__(self) -> None:
        if self.subject == self.object:
            raise ValueError(f"'object' must differ from 'subject' (got {self.object!r})")
        if self.basis == "inferred" and self.note is None:
            raise ValueError("'note' must say why, for an inferred relation (got None)")
        if self.basis == "stated" and not self.citations:
            raise ValueError("'citations' must hold a span for a stated relation (got none)")

    @property
    def symmetric(self) -> bool:
        """Whether the predicate holds both ways (:data:`SYMMETRIC_PREDICATES`)."""
        return self.predicate in SYMMETRIC_PREDICATES

    @property
    def claimed(self) -> bool:
        """Whether it is someone's claim (``asserted_by`` is set) rather than the text's."""
        return self.asserted_by is not None


@frozen(kw_only=True)
class Place:
    """A place the text names, with a point where a gazetteer (or we) can give one.

    ``precision`` says how well ``point`` locates it (within ``radius_km`` for ``"near"``;
    in an area of about that extent for ``"province"``, ``"region"``); ``coordinates_from``
    is a GeoNames id (``"geonames:170063"``) or ``"author"`` (our estimate, explained in
    ``note``).

    .. versionadded:: 0.2.0
    """

    id: str = field(validator=_slug)
    name: str = field(validator=_text)
    aliases: tuple[str, ...] = field(
        default=(), validator=[v.deep_iterable(_text, v.instance_of(tuple)), _unique]
    )
    kind: PlaceKind = field(validator=v.in_(PLACE_KINDS))
    within: str | None = field(default=None, validator=_optional_slug)
    point: Point | None = field(default=None, validator=v.optional(v.instance_of(Point)))
    precision: PlacePrecision = field(validator=v.in_(PLACE_PRECISIONS))
    radius_km: Number | None = field(default=None, validator=v.optional(v.gt(0)))
    coordinates_from: str | None = field(default=None, validator=_optional_source_of_point)
    note: str | None = field(default=None, validator=v.optional(_text))
    citations: tuple[Citation, ...] = field(validator=_nonempty_citations)

    def __attrs_post_init__(self) -> None:
        if self.precision == "near" and self.radius_km is None:
            raise ValueError("'radius_km' must say how near, for the precision 'near' (got None)")
        if (self.point is None) != (self.coordinates_from is None):
            raise ValueError(
                "'coordinates_from' must name the source of 'point', and only with one"
            )
        if self.coordinates_from == "author" and self.note is None:
            raise ValueError("'note' must say how the author's coordinates were made (got None)")

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


Record: TypeAlias = (
    Actor | Statement | Agreement | Figure | Event | Issue | Source | Relation | Place
)
"""Any record of a brief."""

DatedRecord: TypeAlias = Statement | Agreement | Figure | Event
"""A record that has a ``when``."""


# Resolve the annotations here, before the classes present themselves as idlib_brief.X.
for _cls in (Source, Issue, Actor, Statement, Agreement, Figure, Event, Relation, Place):
    resolve_types(_cls)
del _cls

present_as_public(globals())
