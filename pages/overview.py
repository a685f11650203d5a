"""总览: headline figures for the current filter, latest events, a small map and timeline."""
import dataclasses

import streamlit as st

from dashboard import query
from dashboard.charts import bar_options, china_map_options
from dashboard.filters import page_data
from dashboard.ui import (
    basis_caption,
    checked_part,
    download,
    echarts,
    empty_state,
    stop_if_empty,
    text_caption,
    titled_export,
    wan,
)

f = page_data()
st.title("工会活动总览")
st.caption("从报纸版面中自动抽取的文章、活动、荣誉与资金；左侧筛选对所有页面生效。")
basis_caption(f)

fig = query.figures(f)
# two rows: a figure and "其中 … 已核对" under it need room to be read whole
c = st.columns(4) + st.columns(3)
c[0].metric("文章", f"{fig['articles']:,}")
c[1].metric("工会相关", f"{fig['union_articles']:,}")
c[2].metric("覆盖省份", f"{fig['provinces']}")
# labour activity of government and employers: a figure of its own beside the union one, never hidden in it
labour = query.figures(dataclasses.replace(f, scopes=("labour",)))["events"]
c[3].metric("劳动就业活动（政府、企业）", f"{labour:,}",
            help="政府、企业举办的劳动就业、技能、工资活动（人社部门的发布会、招聘会等）；"
                 + ("已计入左边的活动数。" if "labour" in f.scopes else "不计入工会活动；左侧口径开关可计入。"))
c[4].metric(f.events_label(), f"{fig['events']:,}", checked_part(fig["events_checked"], "项"), delta_color="off",
            delta_arrow="off", help="同一活动多篇报道只计一次")
c[5].metric("获荣誉人数", f"{fig['honours']:,}", checked_part(fig["honours_checked"], "人"), delta_color="off",
            delta_arrow="off")
c[6].metric("工会资金合计" if f.money == "union" else "资金合计", wan(fig["money_yuan"]),
            checked_part(fig["money_checked_yuan"], money=True), delta_color="off", delta_arrow="off")

stop_if_empty(fig["articles"], "文章")
cover = query.coverage(f)
with st.expander("数据覆盖：载入了哪些报纸、哪些月份", expanded=bool(cover.empty_months)):
    text_caption(cover.sentence())
    if len(cover.per_period):
        unit = cover.per_period.columns[0]
        echarts(titled_export(bar_options(cover.per_period, x=unit, y="文章数"), f"载入的文章（按{unit}）", f),
                height="240px", key="overview_coverage")

left, right = st.columns([3, 2])
with left:
    st.subheader("最新活动")
    latest = query.events_timeline(f, 10)
    if latest.empty:
        empty_state("活动")
    else:
        show = latest.assign(日期=latest["date"].dt.strftime("%Y-%m-%d"),
                             province=latest["province"].fillna("").replace({"": "—"}),
                             organizer=latest["organizer"].fillna("").replace({"": "—"}))
        st.dataframe(show[["日期", "event_type_label", "name", "province", "organizer", "approx"]].rename(columns={
            "event_type_label": "类型", "name": "名称", "province": "省份", "organizer": "主办", "approx": "日期精度"}),
            hide_index=True, width="stretch")
        monthly = query.events_per_month(f)
        unit = monthly.columns[0]  # 月份, or 季度 / 年份 over a long span
        echarts(titled_export(bar_options(monthly, x=unit, y="活动数", color="event_type_label"),
                              f"{f.events_label()}（按活动日期的{unit}）", f), height="300px", key="overview_monthly")
        download(monthly, "总览_每月活动", f, label="下载图表数据", key="dl_overview_monthly")
with right:
    st.subheader("各省活动")
    per_province = query.by_province(f, "events")
    echarts(titled_export(china_map_options(per_province, "活动数", compact=True), "各省活动数", f),
            height="340px", key="overview_map",
            china_map=True)
    download(per_province[per_province["value"] > 0], "总览_各省活动", f, label="下载图表数据",
             key="dl_overview_map")
