"""对比: two provinces (or a province and 全国) and two periods side by side — events by type, honours,
union money, top keywords — and the monthly trend as a share of articles, not only raw counts."""
import dataclasses

import pandas as pd
import streamlit as st

from dashboard import charts, query
from dashboard.data import NATIONAL
from dashboard.filters import comparison_periods, page_data, parse_date, period_presets
from dashboard.ui import (
    basis_caption,
    change,
    download,
    kept_selectbox,
    plot,
    table_or_note,
    text_caption,
)

f = page_data()
st.title("对比")
basis_caption(f)
provinces, lo, hi = query.filter_choices()
options = [NATIONAL + "（全部）"] + [p for p in provinces if p != NATIONAL] + [NATIONAL]

sides = []
columns = st.columns(2)
for i, col in enumerate(columns):
    side_key = "ab"[i]  # the sides live in the URL too (?a=黑龙江&a_from=…&b=全国（全部）), so a comparison can be shared
    if f"cmp_dates_{i}" not in st.session_state:
        asked = [parse_date(st.query_params.get(f"{side_key}_{edge}")) for edge in ("from", "to")]
        st.session_state[f"cmp_dates_{i}"] = (max(lo, min(asked[0] or lo, hi)), max(lo, min(asked[1] or hi, hi)))
    with col:
        st.markdown(f"**{'甲' if i == 0 else '乙'}**")
        # the side picked, else the URL's, else a default
        prov = kept_selectbox("省份", options, f"cmp_prov_{i}",
                              preferred=(st.query_params.get(side_key), options[min(i + 1, len(options) - 1)]))
        period = st.date_input("时期", min_value=lo, max_value=hi, key=f"cmp_dates_{i}", format="YYYY-MM-DD")
        start, end = (period if isinstance(period, (tuple, list)) and len(period) == 2 else (lo, hi))
    side = dataclasses.replace(f, provinces=() if prov.startswith(NATIONAL + "（") else (prov,),
                               date_from=start if start != lo else None, date_to=end if end != hi else None)
    sides.append((prov.replace("（全部）", ""), f"{start}至{end}", side))
    wanted = {side_key: prov, f"{side_key}_from": str(start) if start != lo else None,
              f"{side_key}_to": str(end) if end != hi else None}
    for k, v in wanted.items():
        if v is None:
            st.query_params.pop(k, None)
        elif st.query_params.get(k) != v:
            st.query_params[k] = v

results = [query.compare_side(side) for _label, _period, side in sides]
labels = [f"{name}｜{period}" for name, period, _side in sides]
left, right = st.columns(2)
for col, label, res in zip((left, right), labels, results):
    with col:
        st.subheader(label)
        m = st.columns(2)
        m[0].metric("文章", f"{res['figures']['文章']:,}")
        m[1].metric(f.events_label(), f"{res['figures']['活动']:,}")
        m = st.columns(2)
        m[0].metric("获荣誉人数", f"{res['figures']['获荣誉人数']:,}")
        m[1].metric("工会资金（万元）" if f.money == "union" else "资金（万元）", f"{res['figures']['资金（万元）']:,.0f}")
        if res["events_by_type"].empty:  # an empty table would say "empty" in English
            st.caption(f"此范围内没有{f.events_label()}。")
        else:
            st.dataframe(res["events_by_type"], hide_index=True, width="stretch")
        if res["keywords"].empty:
            st.caption("此范围内没有关键词。")
        else:
            st.dataframe(res["keywords"], hide_index=True, width="stretch", height=300)

trend = query.monthly_share(tuple((label, side) for label, (_n, _p, side) in zip(labels, sides)))
if len(trend):
    unit = trend.columns[0]  # 月份, or 季度 / 年份 over a long span
    fig = charts.line(trend, x=unit, y="每百篇文章的活动数", color="对象", height=320,
                      title=f"每{unit[0]}活动数（每百篇文章）：按文章量折算，可比较大小不同的省份与时期")
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=list(dict.fromkeys(trend[unit])))
    plot(f, fig, width="stretch")
    download(trend, "对比_每月活动占比", f, label="下载图表数据", key="dl_compare_trend")

# ---------------------------------------------------------------- this period against the last and a year ago
st.subheader("环比与同比")
start, end = f.date_from or lo, f.date_to or hi
presets = period_presets(hi)
chosen = st.session_state.get("flt_period")
if chosen in presets:  # a report period: the whole of it, even where the data ends before its last day
    _label, start, end = presets[chosen]
elif f.date_from is None and f.date_to is None:  # no period chosen: the latest quarter loaded
    _label, start, end = presets["quarter"]
periods = comparison_periods(start, end)
st.caption("本期为左侧所选时间段或日期范围（未选时为已载入的最近一季）；上期为紧邻其前、同样长短的时期，去年同期为一年前的同一时期。"
           "其余筛选与口径相同。")
figures = {name: query.compare_side(dataclasses.replace(f, date_from=a, date_to=b)) for name, (a, b) in periods.items()}
rows = []
for key in ("文章", "活动", "获荣誉人数", "资金（万元）"):
    now, before, year_ago = (figures[n]["figures"][key] for n in periods)
    rows.append({"指标": f.events_label() if key == "活动" else key, "本期": now, "上期": before,
                 "环比": change(now, before), "去年同期": year_ago, "同比": change(now, year_ago)})
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
text_caption("　".join(f"{n}：{a}至{b}" for n, (a, b) in periods.items()))
by_type = None
for name in periods:
    t = figures[name]["events_by_type"].set_index("活动类型")["活动数"].rename(name)
    by_type = t.to_frame() if by_type is None else by_type.join(t, how="outer")
if by_type is not None and len(by_type):
    st.dataframe(by_type.fillna(0).astype(int).reset_index(), hide_index=True, width="stretch")
organisers = st.columns(3)
for col, (name, (a, b)) in zip(organisers, periods.items()):
    with col:
        st.markdown(f"**{name}主办单位前五**")
        top = query.rankings(dataclasses.replace(f, date_from=a, date_to=b), 5, ("organizers",))["organizers"]
        table_or_note(top[["名称", "活动数"]], f"{name}没有记下主办单位的活动。", hide_index=True, width="stretch")
