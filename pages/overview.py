"""总览: headline figures for the current filter, latest events, a small map and timeline."""
import plotly.express as px
import streamlit as st

from dashboard.charts import (by_province, china_map_options, event_count, events_per_month, events_timeline,
                              honour_counts)
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download, echarts, empty_state, plot, stop_if_empty, wan

f, t = page_data()
st.title("工会活动总览")
st.caption("从报纸版面中自动抽取的文章、活动、荣誉与资金；左侧筛选对所有页面生效。")
basis_caption(f)

provinces = set(t.articles["primary_province"].dropna()) - {"", "全国"}
c = st.columns(6)
c[0].metric("文章", f"{len(t.articles):,}")
c[1].metric("工会相关", f"{int(t.articles['is_union'].fillna(False).sum()):,}")
c[2].metric("活动", f"{event_count(t.events):,}")
c[3].metric("获荣誉人数", f"{int(honour_counts(t.awards)['人数'].sum()):,}")
c[4].metric("工会资金合计" if f.money == "union" else "资金合计", wan(float(t.funding["amount_yuan"].sum())))
c[5].metric("覆盖省份", f"{len(provinces)}")

stop_if_empty(t.articles, "文章")

left, right = st.columns([3, 2])
with left:
    st.subheader("最新活动")
    tl = events_timeline(t)
    if tl.empty:
        empty_state("活动")
    else:
        show = tl.head(10)
        show = show.assign(日期=show["date"].dt.strftime("%Y-%m-%d"))
        show = show.assign(province=show["province"].astype(str).replace({"": "—", "nan": "—"}),
                           organizer=show["organizer"].fillna("—"))
        st.dataframe(show[["日期", "event_type_label", "name", "province", "organizer", "approx"]].rename(columns={
            "event_type_label": "类型", "name": "名称", "province": "省份", "organizer": "主办", "approx": "日期精度"}),
            hide_index=True, width="stretch")
        monthly = events_per_month(tl)
        fig = px.bar(monthly, x="月份", y="活动数", color="event_type_label", height=260,
                     labels={"event_type_label": "类型"})
        fig.update_xaxes(type="category", categoryorder="category ascending")
        fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), legend_title_text="")
        plot(f, fig, width="stretch")
        download(monthly, "总览_每月活动", f, label="下载图表数据", key="dl_overview_monthly")
with right:
    st.subheader("各省活动")
    per_province = by_province(t, "events")
    echarts(china_map_options(per_province, "活动数", compact=True), height="340px", key="overview_map",
            china_map=True)
    download(per_province[per_province["value"] > 0], "总览_各省活动", f, label="下载图表数据",
             key="dl_overview_map")
