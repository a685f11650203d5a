"""The overview's charts as PNG images for the Word and PDF reports, drawn offline with matplotlib.

Events by month and type, union money by payer type, and the province map (drawn from the same standard map
the app shows, data/geo/china.json, whose ECharts-compressed outlines are decoded here). Chinese text uses the
Noto CJK font Debian's fonts-noto-cjk installs; without it matplotlib falls back to its own.
"""
from __future__ import annotations

import io
import json
from functools import lru_cache

from dashboard import query
from dashboard.data import ROOT, Filter

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "SimHei")


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")  # no display: images only
    import matplotlib.pyplot as plt
    from matplotlib import font_manager
    names = {f.name for f in font_manager.fontManager.ttflist}
    plt.rcParams["font.sans-serif"] = [n for n in CJK_FONTS if n in names] + ["DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return plt


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, bbox_inches="tight")
    _pyplot().close(fig)
    return buf.getvalue()


def events_by_period_png(f: Filter) -> bytes | None:
    """Distinct events per month (quarter, year) and type, stacked, on the overview's continuous axis."""
    df = query.events_per_month(f)
    if df.empty:
        return None
    plt = _pyplot()
    unit = df.columns[0]
    table = df.pivot_table(index=unit, columns="event_type_label", values="活动数", aggfunc="sum", fill_value=0)
    table = table.reindex(list(dict.fromkeys(df[unit])))
    fig, ax = plt.subplots(figsize=(8, 3.2))
    table.plot(kind="bar", stacked=True, ax=ax, width=0.8)
    ax.set_xlabel(unit)
    ax.set_ylabel(f"{f.events_label()}数")
    ax.set_title(f"每{unit[0]}{f.events_label()}（按类型）")
    ax.legend(fontsize=7, ncol=3, frameon=False)
    ax.tick_params(axis="x", labelsize=7, rotation=60)
    return _png(fig)


def money_by_payer_png(f: Filter) -> bytes | None:
    """Money (万元) by payer type."""
    g, _order = query.funding_by_province_and_payer(f)
    if g.empty:
        return None
    plt = _pyplot()
    totals = g.groupby("出资类型")["万元"].sum().sort_values()
    fig, ax = plt.subplots(figsize=(6, 2.6))
    ax.barh(totals.index, totals.to_numpy(), color="#4c78a8")
    ax.set_xlabel("万元")
    ax.set_title("资金（万元）按出资类型")
    return _png(fig)


def _decode(ring: str, offsets: list[int], scale: float = 1024.0) -> list[tuple[float, float]]:
    """An ECharts-compressed outline (each point a zigzag-coded delta in two characters) as (lng, lat) points."""
    points, x0, y0 = [], offsets[0], offsets[1]
    for i in range(0, len(ring) - 1, 2):
        x, y = ord(ring[i]) - 64, ord(ring[i + 1]) - 64
        x, y = (x >> 1) ^ -(x & 1), (y >> 1) ^ -(y & 1)
        x0, y0 = x0 + x, y0 + y
        points.append((x0 / scale, y0 / scale))
    return points


@lru_cache(maxsize=1)
def province_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """Province name (as the map names it) → its outlines."""
    data = json.loads((ROOT / "data" / "geo" / "china.json").read_text(encoding="utf-8"))
    out: dict[str, list] = {}
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        offsets = geometry.get("encodeOffsets")
        offsets = offsets if geometry["type"] == "MultiPolygon" else [offsets]
        rings = []
        for polygon, polygon_offsets in zip(polygons, offsets):
            for ring, ring_offsets in zip(polygon, polygon_offsets):
                rings.append(_decode(ring, ring_offsets) if data.get("UTF8Encoding") else ring)
        out[feature["properties"]["name"]] = rings
    return out


def province_map_png(f: Filter, measure: str = "events") -> bytes | None:
    """The province map coloured by the measure (activity by default), as on the overview."""
    values = query.by_province(f, measure).set_index("province")["value"]
    if not values.any():
        return None
    plt = _pyplot()
    from matplotlib import cm, colors
    from matplotlib.patches import Polygon
    norm = colors.Normalize(vmin=0, vmax=float(values.max()) or 1.0)
    fig, ax = plt.subplots(figsize=(6, 4.6))
    for name, rings in province_outlines().items():
        value = float(values.get(name, 0) or 0)
        face = cm.Blues(norm(value)) if value else "#f1f5f9"
        for ring in rings:
            ax.add_patch(Polygon(ring, closed=True, facecolor=face, edgecolor="#94a3b8", linewidth=0.3))
    ax.set_xlim(73, 136)
    ax.set_ylim(16, 54)
    ax.set_aspect(1.15)
    ax.axis("off")
    label = query.MEASURES.get(measure, measure).replace("活动数", f"{f.events_label()}数")
    ax.set_title(f"各省{label}")
    fig.colorbar(cm.ScalarMappable(norm=norm, cmap="Blues"), ax=ax, shrink=0.6)
    return _png(fig)


def report_charts(f: Filter) -> list[tuple[str, bytes]]:
    """The report's charts with their captions (those with nothing to show are left out)."""
    charts = [(f"图1 {f.events_label()}（按时期、类型）", events_by_period_png(f)),
              (f"图2 各省{f.events_label()}数", province_map_png(f)),
              ("图3 资金按出资类型（万元）", money_by_payer_png(f))]
    return [(caption, png) for caption, png in charts if png]

