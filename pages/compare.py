"""对比: two provinces (or a province and 全国) and two periods side by side — events by type, honours,
union money, top keywords — and the monthly trend as a share of articles, not only raw counts."""
import dataclasses

import streamlit as st

from dashboard import charts, query
from dashboard.data import NATIONAL
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download, plot

f = page_data()
st.title("对比")
basis_caption(f)
provinces, lo, hi = query.filter_choices()
options = [NATIONAL + "（全部）"] + [p for p in provinces if p != NATIONAL] + [NATIONAL]

sides = []
columns = st.columns(2)
for i, col in enumerate(columns):
    with col:
        st.markdown(f"**{'甲' if i == 0 else '乙'}**")
        prov = st.selectbox("省份", options, index=min(i + 1, len(options) - 1), key=f"cmp_prov_{i}")
        period = st.date_input("时期", value=(lo, hi), min_value=lo, max_value=hi,
                               key=f"cmp_dates_{i}", format="YYYY-MM-DD")
        start, end = (period if isinstance(period, (tuple, list)) and len(period) == 2 else (lo, hi))
        side = dataclasses.replace(f, provinces=() if prov.startswith(NATIONAL + "（") else (prov,),
                                   date_from=start if start != lo else None, date_to=end if end != hi else None)
        sides.append((prov.replace("（全部）", ""), f"{start}至{end}", side))

results = [query.compare_side(side) for _label, _period, side in sides]
labels = [f"{name}｜{period}" for name, period, _side in sides]
left, right = st.columns(2)
for col, label, res in zip((left, right), labels, results):
    with col:
        st.subheader(label)
        m = st.columns(2)
        m[0].metric("文章", f"{res['figures']['文章']:,}")
        m[1].metric("活动", f"{res['figures']['活动']:,}")
        m = st.columns(2)
        m[0].metric("获荣誉人数", f"{res['figures']['获荣誉人数']:,}")
        m[1].metric("工会资金（万元）" if f.money == "union" else "资金（万元）", f"{res['figures']['资金（万元）']:,.0f}")
        st.dataframe(res["events_by_type"], hide_index=True, width="stretch")
        st.dataframe(res["keywords"], hide_index=True, width="stretch", height=300)

trend = query.monthly_share(tuple((label, side) for label, (_n, _p, side) in zip(labels, sides)))
if len(trend):
    unit = trend.columns[0]  # 月份, or 季度 / 年份 over a long span
    fig = charts.line(trend, x=unit, y="每百篇文章的活动数", color="对象", height=320,
                      title=f"每{unit[0]}活动数（每百篇文章）：按文章量折算，可比较大小不同的省份与时期")
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=list(dict.fromkeys(trend[unit])))
    plot(f, fig, width="stretch")
    download(trend, "对比_每月活动占比", f, label="下载图表数据", key="dl_compare_trend")
