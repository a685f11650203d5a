"""ECharts options for the map and the word cloud, as pure functions of what the query layer gives
(testable without a browser)."""
from __future__ import annotations

import pandas as pd


def china_map_options(values: pd.DataFrame, label: str, points: pd.DataFrame | None = None,
                      compact: bool = False) -> dict:
    vmax = float(values["value"].max()) if len(values) else 0.0
    series = [{
        "name": label, "type": "map", "map": "china", "geoIndex": 0,
        "data": [{"name": r.province, "value": r.value} for r in values.itertuples()],
    }]
    if points is not None and len(points):
        top = points.head(300)
        biggest = max(int(top["articles"].max()), 1)
        series.append({
            "name": "提及地点", "type": "scatter", "coordinateSystem": "geo", "zlevel": 2,
            "itemStyle": {"color": "#d9480f", "opacity": 0.6},  # translucent: province names stay legible
            "data": [{"name": r.name, "value": [r.lng, r.lat, int(r.articles)],
                      "symbolSize": 4 + 9 * (int(r.articles) / biggest) ** 0.5} for r in top.itertuples()],
        })
    return {
        "tooltip": {"trigger": "item"},
        "geo": {"map": "china", "roam": not compact, "zoom": 1.15, "center": [104.5, 36],
                # dark text with a white halo reads on light and dark fills alike
                "label": {"show": not compact, "fontSize": 10, "color": "#111827", "textBorderColor": "#ffffff",
                          "textBorderWidth": 2},
                "itemStyle": {"areaColor": "#f3f4f6", "borderColor": "#9ca3af"},
                "emphasis": {"itemStyle": {"areaColor": "#fcd34d"}}},
        "visualMap": {"min": 0, "max": max(vmax, 1.0), "seriesIndex": 0, "calculable": True,
                      "left": "left", "bottom": 10, "text": ["高", "低"],
                      "inRange": {"color": ["#eff6ff", "#93c5fd", "#2563eb", "#1e3a8a"]},
                      "show": not compact},
        "series": series,
        "toolbox": SAVE_AS_IMAGE,
    }


# ECharts' own export: a PNG of the chart as drawn, offline
SAVE_AS_IMAGE = {"right": 10, "top": 0, "feature": {"saveAsImage": {"title": "保存为图片", "pixelRatio": 2,
                                                                    "backgroundColor": "#ffffff"}}}


def wordcloud_options(words: pd.DataFrame) -> dict:
    import json

    from pyecharts import options as opts
    from pyecharts.charts import WordCloud
    wc = WordCloud()
    wc.add("关键词", [(r.keyword, round(float(r.weight) * 1000, 2)) for r in words.itertuples()],
           word_size_range=[14, 64], shape="circle", rotate_step=0,
           textstyle_opts=opts.TextStyleOpts(font_family="Noto Sans CJK SC, Microsoft YaHei, sans-serif"))
    wc.set_global_opts(tooltip_opts=opts.TooltipOpts(is_show=True))
    options = json.loads(wc.dump_options())
    for series in options.get("series", []):
        series["rotationRange"] = [0, 0]  # words read horizontally, as Chinese is set
    options["toolbox"] = SAVE_AS_IMAGE
    return options
