"""荣誉: honours and recipients, by honour, province and year."""
import streamlit as st

from dashboard import charts, query
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download, download_query, plot, stop_if_empty
from etl.schema import AWARD_STATUSES

TABLE_LIMIT = 2000

f = page_data()
st.title("荣誉")
basis_caption(f)
total = query.row_count("awards", f)
stop_if_empty(total, "荣誉记录")
# one row per honour given in an article, counted once with the total the text gives
figures = query.award_figures(f)
c = st.columns(3)
c[0].metric("获荣誉人数", f"{figures['honours']:,}")
c[1].metric("具名获得者", f"{figures['named']:,}")
c[2].metric("荣誉种类", f"{figures['kinds']:,}")
left, right = st.columns(2)
with left:
    g = query.honours_by_award(f)
    plot(f, charts.bar(g, x="人数", y="award", horizontal=True, labels={"award": ""}, height=380, title="按荣誉"),
         width="stretch")
    download(g, "荣誉_按荣誉", f, label="下载图表数据", key="dl_awards_by_award")
with right:
    g = query.honours_by_province_year(f)
    fig = charts.bar(g, x="province", y="人数", color="year", labels={"province": "省份", "year": "年份"},
                     height=380, title="按省份与年份")
    fig.update_xaxes(type="category")
    plot(f, fig, width="stretch")
    download(g, "荣誉_按省份年份", f, label="下载图表数据", key="dl_awards_by_province")
aw = query.rows("awards", f, TABLE_LIMIT)
if total > TABLE_LIMIT:
    st.caption(f"下表显示最新的 {TABLE_LIMIT:,} 条；下载包含全部 {total:,} 条。")
shown = aw.assign(status=aw["award_status"].astype("string").map(AWARD_STATUSES).fillna("—"))
st.dataframe(shown[["award", "recipient", "recipient_count", "group_count", "status", "year", "awarded_by", "province",
                    "evidence"]].rename(
    columns={"award": "荣誉", "recipient": "获得者", "recipient_count": "本行人数", "group_count": "同批总数",
             "status": "状态", "year": "年份", "awarded_by": "授予单位", "province": "省份", "evidence": "原文"}),
    hide_index=True, width="stretch")
download_query("awards", "荣誉", f, key="dl_awards")
