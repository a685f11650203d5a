"""荣誉: honours and recipients, by honour, province and year."""
import plotly.express as px
import streamlit as st

from dashboard.charts import honour_counts
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download, plot, stop_if_empty
from etl.schema import AWARD_STATUSES

f, t = page_data()
st.title("荣誉")
basis_caption(f)
aw = t.awards
stop_if_empty(aw, "荣誉记录")
named = aw["recipient"].fillna("").ne("").to_numpy()
# one row per honour given in an article, counted once with the total the text gives
people = honour_counts(aw)
c = st.columns(3)
c[0].metric("获荣誉人数", f"{int(people['人数'].sum()):,}")
c[1].metric("具名获得者", int(named.sum()))
c[2].metric("荣誉种类", aw["award"].nunique())
left, right = st.columns(2)
with left:
    g = people.groupby("award")["人数"].sum().sort_values().tail(15).reset_index()
    plot(f, px.bar(g, x="人数", y="award", orientation="h", labels={"award": ""}, height=380,
                           title="按荣誉"), width="stretch")
    download(g, "荣誉_按荣誉", f, label="下载图表数据", key="dl_awards_by_award")
with right:
    g = people.groupby(["province", "year"])["人数"].sum().reset_index()
    g["year"] = g["year"].astype("string")
    fig = px.bar(g, x="province", y="人数", color="year", labels={"province": "省份", "year": "年份"},
                 height=380, title="按省份与年份")
    fig.update_xaxes(type="category")
    plot(f, fig, width="stretch")
    download(g, "荣誉_按省份年份", f, label="下载图表数据", key="dl_awards_by_province")
shown = aw.assign(status=aw["award_status"].astype("string").map(AWARD_STATUSES).fillna("—"))
st.dataframe(shown[["award", "recipient", "recipient_count", "group_count", "status", "year", "awarded_by", "province",
                    "evidence"]].rename(
    columns={"award": "荣誉", "recipient": "获得者", "recipient_count": "本行人数", "group_count": "同批总数",
             "status": "状态", "year": "年份", "awarded_by": "授予单位", "province": "省份", "evidence": "原文"}),
    hide_index=True, width="stretch")
download(aw, "荣誉", f, key="dl_awards")
