"""时间线: events over time by type and province; dated events listed with links to their articles."""
import streamlit as st

from dashboard import charts, query
from dashboard.filters import page_data
from dashboard.ui import download_query, plot, stop_if_empty

f = page_data()
st.title("时间线")
total = query.dated_event_count(f)
stop_if_empty(total, "有日期的活动")

color = st.radio("颜色区分", ["event_type_label", "province"], format_func={"event_type_label": "类型",
                                                                         "province": "省份"}.get, horizontal=True)
labels = {"date": "日期", "event_type_label": "类型", "province": "省份", "approx": "日期精度", "organizer": "主办"}
POINTS_LIMIT = 1500
TABLE_LIMIT = 1000
if total <= POINTS_LIMIT:
    fig = charts.event_points(query.events_timeline(f, POINTS_LIMIT), color, labels, height=420)
    note = "实心菱形为确切日期；空心圆为“日前”“近日”等约略日期（记为出版前一日）。"
else:  # thousands of events: counts per week read better than overlapping points
    weekly = query.events_per_week(f, color)
    fig = charts.area(weekly, x="周", y="活动数", color="分组", height=420, labels={"分组": labels[color]})
    note = f"共 {total:,} 项活动，按周汇总（同一活动多篇报道只计一次）；约略日期（日前/近日）计入出版前一日所在的周。"
# dates as Chinese readers write them, as fine as the ticks are apart: 2019年 over years, 2019年03月 over
# months, a day's date once zoomed in (ticks a year apart had read 2019年01月01日)
fig.update_xaxes(tickformatstops=[dict(dtickrange=["M12", None], value="%Y年"),
                                  dict(dtickrange=[86400000 * 28, "M11"], value="%Y年%m月"),
                                  dict(dtickrange=[None, 86400000 * 28], value="%Y年%m月%d日")])
plot(f, fig, width="stretch")
st.caption(note)

if total > TABLE_LIMIT:
    st.caption(f"下表显示最近的 {TABLE_LIMIT:,} 项；下载包含全部 {total:,} 项。")
table = query.events_timeline(f, POINTS_LIMIT).head(TABLE_LIMIT)  # the same query as the points: cached
table = table.assign(日期=table["date"].dt.strftime("%Y-%m-%d"),
                     链接=table["article_id"].map(lambda i: f"articles?article={i}"))
# the link to the article first: on a narrow screen it is what must not scroll out of view
table = table[["链接", "日期", "date_end", "approx", "event_type_label", "name", "province", "city", "county",
               "organizer", "participants", "title"]]
st.dataframe(table.rename(columns={"date_end": "结束", "approx": "日期精度", "event_type_label": "类型", "name": "名称",
                                   "province": "省份", "city": "市", "county": "区县", "organizer": "主办",
                                   "participants": "人数", "title": "文章"}),
             hide_index=True, width="stretch",
             column_config={"链接": st.column_config.LinkColumn("原文", display_text="查看")})
download_query("events", "时间线活动", f, key="dl_timeline")
