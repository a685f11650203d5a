"""ECharts options for the map, the word cloud and the overview's bar charts, as pure functions of what the
query layer gives (testable without a browser)."""
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


def bar_options(df: pd.DataFrame, x: str, y: str, color: str | None = None) -> dict:
    """A stacked bar chart as ECharts options: the categories on x in the order the rows give them (a
    continuous time axis stays continuous and ordered), one series a value of `color`, 0 where a series has
    no row. The overview draws its charts this way: Plotly's 4.7 MB bundle is then not on the first page
    (first load under 3 s; see BENCHMARKS.md)."""
    categories = [str(c) for c in dict.fromkeys(df[x])]
    groups = [(y, df)] if color is None else list(df.groupby(df[color].astype(str)))  # one pass, keys sorted
    series = []
    for name, g in groups:
        values = g.groupby(g[x].astype(str))[y].sum()
        series.append({"name": str(name), "type": "bar", "stack": "total", "emphasis": {"focus": "series"},
                       "data": [float(values.get(c, 0)) for c in categories]})
    return {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        # the legend under the chart: the title and the filter under it take the top
        "legend": {"show": color is not None, "type": "scroll", "bottom": 0, "left": 0},
        # room above for the title and the filter; the title names the axis unit (按月份 / 按季度)
        "grid": {"left": 8, "right": 8, "top": 78, "bottom": 36 if color is not None else 8, "containLabel": True},
        "xAxis": {"type": "category", "data": categories},
        "yAxis": {"type": "value", "name": y, "minInterval": 1, "nameTextStyle": {"align": "left"}},
        "series": series,
        "toolbox": SAVE_AS_IMAGE,
    }


# Plotly figures built from graph objects: plotly.express spends ~60 ms a chart on checks and defaults,
# a quarter of a filter change's budget; these take a few ms for the shapes the pages draw.

def _groups(df: pd.DataFrame, color: str | None, order: list | None = None) -> list[tuple[str, pd.DataFrame]]:
    if color is None:
        return [("", df)]
    # one pass over the rows (a mask per key was a pass per key: 100 years of a long archive, 100 passes)
    parts = dict(tuple(df.groupby(df[color].astype(str), sort=False)))
    keys = order or sorted(parts)
    return [(k, parts.get(k, df.iloc[0:0])) for k in keys]


def _layout(fig, labels: dict, x: str, y: str, title: str | None, height: int | None, legend: str | None):
    fig.update_layout(height=height, title={"text": title} if title else None, legend_title_text=legend or "",
                      margin=dict(l=0, r=0, t=40 if title else 10, b=0), template="plotly_white")
    fig.update_xaxes(title_text=labels.get(x, x))
    fig.update_yaxes(title_text=labels.get(y, y))
    return fig


def bar(df: pd.DataFrame, x: str, y: str, color: str | None = None, horizontal: bool = False,
        labels: dict | None = None, title: str | None = None, height: int | None = None,
        category_order: list | None = None):
    """A (stacked) bar chart; `horizontal` puts the categories on y and the values on x."""
    import plotly.graph_objects as go
    labels = labels or {}
    traces = []
    for name, g in _groups(df, color):
        traces.append(go.Bar(x=g[x], y=g[y], name=name or labels.get(y, y), orientation="h" if horizontal else "v"))
    fig = go.Figure(traces)
    fig.update_layout(barmode="relative", showlegend=color is not None)
    if category_order:
        (fig.update_yaxes if horizontal else fig.update_xaxes)(categoryorder="array", categoryarray=category_order)
    return _layout(fig, labels, x, y, title, height, labels.get(color, color) if color else None)


def line(df: pd.DataFrame, x: str, y: str, color: str, title: str | None = None, height: int | None = None):
    import plotly.graph_objects as go
    fig = go.Figure([go.Scatter(x=g[x], y=g[y], name=name, mode="lines+markers") for name, g in _groups(df, color)])
    return _layout(fig, {}, x, y, title, height, color)


def area(df: pd.DataFrame, x: str, y: str, color: str, labels: dict | None = None, height: int | None = None):
    import plotly.graph_objects as go
    fig = go.Figure([go.Scatter(x=g[x], y=g[y], name=name, mode="lines", stackgroup="one")
                     for name, g in _groups(df, color)])
    return _layout(fig, labels or {}, x, y, None, height, (labels or {}).get(color, color))


def event_points(tl: pd.DataFrame, color: str, labels: dict, height: int | None = None):
    """Dated events as points, one row per group, exact dates as diamonds and approximate ones as open circles."""
    import plotly.graph_objects as go
    from plotly.colors import qualitative
    palette = qualitative.Plotly
    traces = []
    for i, (name, g) in enumerate(_groups(tl, color)):
        for approx, symbol in (("确切", "diamond"), ("约（日前/近日）", "circle-open")):  # one colour a group
            h = g[g["approx"] == approx]
            if h.empty:
                continue
            traces.append(go.Scatter(
                x=h["date"], y=h[color].astype(str), mode="markers", name=f"{name}，{approx}", legendgroup=name,
                marker=dict(symbol=symbol, size=12, opacity=0.8, color=palette[i % len(palette)]), text=h["name"],
                customdata=h[["organizer", "province"]].fillna("").astype(str).to_numpy(),
                hovertemplate="<b>%{text}</b><br>%{x|%Y-%m-%d}<br>主办：%{customdata[0]}<br>省份：%{customdata[1]}"
                              "<extra></extra>"))
    fig = go.Figure(traces)
    fig = _layout(fig, labels, "date", color, None, height, labels.get(color, color))
    # the rows are named by their own ticks and the legend: a rotated Chinese axis title only crowded them
    return fig.update_yaxes(title_text="")
