"""地图: provinces coloured by a chosen measure, mentioned places as points; pick a province to drill in."""
import streamlit as st

from dashboard import query
from dashboard.charts import china_map_options
from dashboard.data import KIND_LABELS
from dashboard.filters import page_data
from dashboard.ui import (
    download,
    echarts,
    empty_state,
    file_name,
    text_heading,
    titled_export,
    table_or_note,
)

WHAT = {"events": "活动", "awards": "荣誉", "funding": "资金", "articles": "文章"}  # what a measure counts

f = page_data()
st.title("地图")
c1, c2 = st.columns([2, 1])
measure = c1.radio("着色指标", list(query.MEASURES), format_func=query.MEASURES.get, horizontal=True,
                   key="map_measure")
level = c2.radio("地点", ["city", "county"], format_func={"city": "地级市", "county": "区县"}.get,
                 horizontal=True, key="map_level")

values = query.by_province(f, measure)
points = query.place_points(f, level)
clicked = echarts(titled_export(china_map_options(values, query.MEASURES[measure], points),
                               f"各省{query.MEASURES[measure]}", f), height="600px", key="main_map",
                  china_map=True, events={"click": "function(p){return p.name;}"})
st.caption("颜色深浅表示所选指标；橙色圆点为文中提到的地级市或区县（大小为提及文章数）。地图含南海诸岛。")

clicked_name = (clicked or {}).get("chart_event") if isinstance(clicked, dict) else None
ranked = values[values["value"] > 0].sort_values("value", ascending=False)
choices = list(ranked["province"]) + [p for p in query.MAP_PROVINCES if p not in set(ranked["province"])]
# the component keeps reporting its last click: apply a click once, so the select box stays usable
if clicked_name in choices and clicked_name != st.session_state.get("map_last_click"):
    st.session_state["map_province"] = clicked_name
    st.session_state["map_last_click"] = clicked_name
province = st.selectbox("查看省份", [""] + choices, key="map_province",
                        format_func=lambda p: p or "（点击地图或在此选择）")

col_a, col_b = st.columns(2)
with col_a:
    st.subheader("各省数据")
    table_or_note(ranked.rename(columns={"province": "省份", "value": query.MEASURES[measure]}),
          f"当前筛选条件下没有{WHAT[measure]}。", hide_index=True, width="stretch", height=300)
    download(ranked, f"地图_{query.MEASURES[measure]}", f, key="dl_map_values")
with col_b:
    st.subheader("提及最多的地点")
    table_or_note(points.head(50).rename(columns={"name": "地点", "province": "省份", "articles": "文章数"})[
        ["地点", "省份", "文章数"]], "当前筛选条件下的文章没有提及地级市或区县。", hide_index=True, width="stretch", height=300)

if province:
    text_heading(f"{province}：相关文章")
    arts = query.province_articles(f, province)
    if arts.empty:
        empty_state(f"{province}的文章")
    else:
        st.dataframe(arts.assign(kind=arts["kind"].map(KIND_LABELS), source=arts["source"].map(file_name),
                                 链接=arts["article_id"].map(lambda i: f"articles?article={i}"))[
            ["链接", "issue_date", "title", "kind", "primary_province", "source"]].rename(columns={
                "issue_date": "日期", "title": "标题", "kind": "类型", "primary_province": "主要省份", "source": "来源"}),
            hide_index=True, width="stretch",
            column_config={"链接": st.column_config.LinkColumn("打开", display_text="查看原文")})
