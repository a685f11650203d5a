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
# people and collectives apart (a 培训基地 or a 班组 is no person), each named one once per article
figures = query.award_figures(f)
c = st.columns(4)
c[0].metric("获荣誉人数", f"{figures['honours']:,}",
            help="获得荣誉的个人：具名的每篇文章只计一次（一人多项荣誉计一人），另加文中只给人数的（如“等50位”）；"
                 "同一荣誉（同一获得者与年份，或同一授予单位、年份与人数的名单）多篇报道只计一次。")
c[1].metric("获荣誉集体、单位", f"{figures['units']:,}", help="班组、车间、单位、示范点、基地、工作室等，不计入人数。")
c[2].metric("具名获得者", f"{figures['named']:,}", help="文中点名的个人与集体，每篇文章各计一次。")
c[3].metric("荣誉种类", f"{figures['kinds']:,}")
left, right = st.columns(2)
with left:
    g = query.honours_by_award(f)
    plot(f, charts.bar(g, x="人数", y="award", horizontal=True, labels={"award": "", "人数": "获得者（个人与集体）"},
                       height=380, title="按荣誉"),
         width="stretch")
    download(g, "荣誉_按荣誉", f, label="下载图表数据", key="dl_awards_by_award")
with right:
    g = query.honours_by_province_year(f)
    fig = charts.bar(g, x="province", y="人数", color="year",
                     labels={"province": "省份", "year": "年份", "人数": "获得者（个人与集体）"},
                     height=380, title="按省份与年份")
    fig.update_xaxes(type="category")
    plot(f, fig, width="stretch")
    download(g, "荣誉_按省份年份", f, label="下载图表数据", key="dl_awards_by_province")
aw = query.rows("awards", f, TABLE_LIMIT)
if total > TABLE_LIMIT:
    st.caption(f"下表显示最新的 {TABLE_LIMIT:,} 条；下载包含全部 {total:,} 条。")
# a total the text does not give is blank, not "None"
shown = aw.assign(status=aw["award_status"].astype("string").map(AWARD_STATUSES).fillna("—"),
                  group_count=aw["group_count"].astype("Int64").astype("string").fillna(""))
st.dataframe(shown[["award", "recipient", "recipient_count", "group_count", "status", "year", "awarded_by", "province",
                    "evidence"]].rename(
    columns={"award": "荣誉", "recipient": "获得者", "recipient_count": "本行人数", "group_count": "同批总数",
             "status": "状态", "year": "年份", "awarded_by": "授予单位", "province": "省份", "evidence": "原文"}),
    hide_index=True, width="stretch")
download_query("awards", "荣誉", f, key="dl_awards")
