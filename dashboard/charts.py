"""Chart data and ECharts options, as pure functions of filtered tables (testable without a browser)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.data import Tables
from etl.orgs import is_national

MEASURES = {"events": "活动数", "awards": "荣誉人数", "funding": "资金（万元）", "articles": "文章数"}
# the 34 province-level units as the standard map names them
MAP_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                 "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
                 "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")


def event_count(events: pd.DataFrame) -> int:
    """Real events: one reported in several articles counts once (its event_key)."""
    keys = events["event_key"].astype("string")
    return int(keys.nunique() + keys.isna().sum())


def honour_counts(awards: pd.DataFrame) -> pd.DataFrame:
    """How many received each honour, by article, honour and province, so that named and counted rows add
    up: each row counts its own recipients (a named one 1, a count-only row its count); where the text gives
    a larger total (陈丁等50位 → 50), the rest are counted once more — in 全国 when a national body gave
    the honour (one 北京 team among 300 national recipients does not put 300 in 北京), else where the
    first row lies."""
    cols = ["article_id", "award", "province", "year", "人数"]
    if awards.empty:
        return pd.DataFrame(columns=cols)
    rows = pd.DataFrame({"article_id": awards["article_id"].astype(str).to_numpy(),
                         "award": awards["award"].astype(str).to_numpy(),
                         "province": awards["province"].astype(str).to_numpy(), "year": awards["year"].to_numpy(),
                         "人数": awards["recipient_count"].fillna(0).astype(int).to_numpy(),
                         "group": awards["group_count"].fillna(0).astype(int).to_numpy(),
                         "by": awards["awarded_by"].fillna("").astype(str).to_numpy()})
    g = rows.groupby(["article_id", "award"], sort=False)
    head = g.first().reset_index()
    head["rest"] = (g["group"].max().to_numpy() - g["人数"].sum().to_numpy()).clip(min=0)
    rest = head[head["rest"] > 0].assign(
        province=lambda d: np.where(d["by"].map(is_national), "全国", d["province"]), 人数=lambda d: d["rest"])
    out = pd.concat([rows[cols], rest[cols]], ignore_index=True)
    return out.groupby(["article_id", "award", "province"], sort=False, dropna=False).agg(
        year=("year", "first"), 人数=("人数", "sum")).reset_index()[cols]


def by_province(t: Tables, measure: str) -> pd.DataFrame:
    """One row per province-level unit with the measure's value (0 where none)."""
    if measure == "articles":
        s = t.articles["primary_province"].astype(str).value_counts()
    elif measure == "funding":
        s = t.funding.groupby(t.funding["province"].astype(str))["amount_yuan"].sum() / 1e4
    elif measure == "events":
        ev = t.events
        s = ev.assign(k=ev["event_key"].astype("string").fillna(ev.index.to_series().astype(str))).groupby(
            ev["province"].astype(str))["k"].nunique()
    elif measure == "awards":
        s = honour_counts(t.awards).groupby("province")["人数"].sum()
        s.index = s.index.astype(str)
    else:
        s = getattr(t, measure)["province"].astype(str).value_counts()
    s = s.reindex(MAP_PROVINCES, fill_value=0)
    return pd.DataFrame({"province": s.index, "value": s.values.astype(float).round(1)})


def place_points(t: Tables, level: str = "city") -> pd.DataFrame:
    """Cities (or counties) mentioned, with coordinates and how many articles mention them."""
    loc = t.locations[(t.locations["level"] == level).to_numpy()]
    if loc.empty:
        return pd.DataFrame(columns=["name", "province", "lng", "lat", "articles"])
    name_col = "city" if level == "city" else "county"
    # one row per (place, article) first: counting articles, not mentions
    pairs = loc[["adcode", "article_id"]].drop_duplicates()
    counts = pairs["adcode"].value_counts()
    first = loc.drop_duplicates("adcode").set_index("adcode")
    g = pd.DataFrame({"name": first[name_col].astype(str), "province": first["province"].astype(str),
                      "lng": first["lng"], "lat": first["lat"], "articles": counts.reindex(first.index).values})
    return g.sort_values("articles", ascending=False).reset_index(drop=True)


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


def events_timeline(t: Tables) -> pd.DataFrame:
    """Dated events with their article's title, for the timeline chart and table."""
    ev = t.events[t.events["_when"].notna().to_numpy()]
    out = ev.assign(date=ev["_when"], approx=np.where(ev["date_approx"].fillna(False), "约（日前/近日）", "确切"))
    return out.sort_values("date", ascending=False)


def keyword_weights(t: Tables, top: int = 100) -> pd.DataFrame:
    kw = t.keywords
    if kw.empty:
        return pd.DataFrame(columns=["keyword", "weight", "articles"])
    # keywords are unique per article, so counting rows counts articles
    g = kw.groupby("keyword", observed=True).agg(weight=("weight", "sum"), articles=("article_id", "size"))
    g = g.reset_index()
    g["keyword"] = g["keyword"].astype(str)
    return g.sort_values("weight", ascending=False).head(top)


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


RANKING_TOP = 20


def _with_articles(g: pd.DataFrame, ids: pd.Series, key: str, titles: pd.Series) -> pd.DataFrame:
    """Each ranked name with how many articles name it and a link to the first of them."""
    first = ids.groupby(key).first()
    n = ids.groupby(key).nunique()
    g = g.join(n.rename("文章数"), on="名称").join(first.rename("article_id"), on="名称")
    g["首篇文章"] = g["article_id"].map(titles).fillna("")
    g["打开"] = "articles?article=" + g["article_id"].astype(str)
    return g.drop(columns=["article_id"])


def rankings(t: Tables, top: int = RANKING_TOP) -> dict[str, pd.DataFrame]:
    """Who acts most under the filter: organisers (distinct events), awarding bodies and recipients
    (honours), payers (amount), each with its article count and a link to its first article."""
    titles = t.articles.set_index(t.articles["article_id"].astype(str))["title"].astype(str)
    out: dict[str, pd.DataFrame] = {}

    def ranked(df: pd.DataFrame, name_col: str, value: pd.Series, label: str) -> pd.DataFrame:
        names = df[name_col].astype("string").fillna("").str.strip()
        keep = names != ""
        frame = pd.DataFrame({"名称": names[keep].to_numpy(), "v": value[keep].to_numpy(),
                              "article_id": df.loc[keep, "article_id"].astype(str).to_numpy()})
        if frame.empty:
            return pd.DataFrame(columns=["名称", label, "文章数", "首篇文章", "打开"])
        g = frame.groupby("名称")["v"].sum().rename(label).reset_index()
        g = g.sort_values([label, "名称"], ascending=[False, True]).head(top)
        return _with_articles(g, frame.set_index("名称")["article_id"], "名称", titles)

    ev = t.events
    one_per_event = ev.drop_duplicates("event_key") if "event_key" in ev else ev
    # a co-organised event (甲、乙) counts for each organiser
    orgs = one_per_event.assign(organizer=one_per_event["organizer"].astype("string").str.split("、")) \
        .explode("organizer").reset_index(drop=True)
    out["organizers"] = ranked(orgs, "organizer", pd.Series(1, index=orgs.index), "活动数")
    aw = t.awards
    people = aw["recipient_count"].fillna(0).astype(int)
    out["awarding"] = ranked(aw, "awarded_by", people, "授予人数")
    named = aw[aw["recipient"].astype("string").fillna("") != ""]
    out["recipients"] = ranked(named, "recipient", pd.Series(1, index=named.index), "荣誉数")
    fu = t.funding
    out["payers"] = ranked(fu, "payer", (fu["amount_yuan"].fillna(0) / 1e4).round(2), "金额（万元）")
    return out


def compare_side(t: Tables, top_keywords: int = 15) -> dict:
    """One side of a comparison: headline figures, distinct events by type, top keywords."""
    ev = t.events
    by_type = (ev.assign(k=ev["event_key"].astype("string").fillna(pd.Series(ev.index.astype(str), index=ev.index)))
               .groupby(ev["event_type_label"].astype(str), observed=True)["k"].nunique()
               .rename("活动数").rename_axis("活动类型").reset_index().sort_values("活动数", ascending=False))
    words = keyword_weights(t, top_keywords).rename(columns={"keyword": "关键词", "weight": "权重", "articles": "文章数"})
    return {"figures": {"文章": len(t.articles), "活动": event_count(ev),
                        "获荣誉人数": int(honour_counts(t.awards)["人数"].sum()),
                        "资金（万元）": float(t.funding["amount_yuan"].sum()) / 1e4},
            "events_by_type": by_type, "keywords": words}


def monthly_share(sides: list[tuple[str, Tables]]) -> pd.DataFrame:
    """Distinct events per hundred articles, month by month, for each side (sizes differ: shares compare)."""
    rows = []
    for label, t in sides:
        arts = t.articles["_issue"].dropna().dt.strftime("%Y-%m").value_counts()
        ev = t.events[t.events["_issue"].notna().to_numpy()]
        keys = ev["event_key"].astype("string").fillna(pd.Series(ev.index.astype(str), index=ev.index))
        per_month = keys.groupby(ev["_issue"].dt.strftime("%Y-%m")).nunique()
        for month, n_arts in arts.items():
            rows.append({"对象": label, "月份": month, "文章数": int(n_arts),
                         "每百篇文章的活动数": round(100 * per_month.get(month, 0) / n_arts, 1)})
    return pd.DataFrame(rows, columns=["对象", "月份", "文章数", "每百篇文章的活动数"]).sort_values(["月份", "对象"])


def events_per_month(timeline: pd.DataFrame) -> pd.DataFrame:
    """Dated events per month and type, months as labels (a multi-year gap does not stretch the axis)."""
    return (timeline.assign(月份=timeline["date"].dt.strftime("%Y年%m月"))
            .groupby(["月份", "event_type_label"], observed=True).size().reset_index(name="活动数").sort_values("月份"))


def funding_by_province_and_payer(funding: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """万元 per province and payer type, and the provinces ordered by their total (for a stacked bar)."""
    from etl.schema import PAYER_TYPES
    fu = funding.assign(万元=funding["amount_yuan"] / 1e4,
                        出资类型=funding["payer_type"].astype("string").map(PAYER_TYPES).fillna("未明"))
    g = fu.groupby(["province", "出资类型"], observed=True)["万元"].sum().round(2).reset_index()
    return g, g.groupby("province")["万元"].sum().sort_values().index.tolist()
