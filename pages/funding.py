"""资金: amounts granted, allocated or donated for worker programmes, by province, payer, year and purpose."""
import plotly.express as px
import streamlit as st

from dashboard.charts import funding_by_province_and_payer
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download, plot, stop_if_empty, wan
from etl.schema import FLOWS, PAYER_TYPES

f, t = page_data()
st.title("资金")
basis_caption(f)
fu = t.funding
stop_if_empty(fu, "资金记录")
fu = fu.assign(万元=(fu["amount_yuan"] / 1e4).round(2),
               出资类型=fu["payer_type"].astype("string").map(PAYER_TYPES).fillna("未明"),
               资金流向=fu["flow"].astype("string").map(FLOWS).fillna("—"))
c = st.columns(3)
c[0].metric("工会资金合计" if f.money == "union" else "资金合计", wan(float(fu["amount_yuan"].sum())))
c[1].metric("记录", len(fu))
c[2].metric("出资单位", fu["payer"].replace("", None).nunique())
left, right = st.columns(2)
with left:
    # stacked by who pays: with the switch on, union money stands apart from government and others
    g, order = funding_by_province_and_payer(t.funding)
    plot(f, px.bar(g, x="万元", y="province", color="出资类型", orientation="h", labels={"province": ""},
                           height=360, title="按省份与出资类型（万元）", category_orders={"province": order})
                    .update_xaxes(tickformat=",.0f"), width="stretch")
    download(g, "资金_按省份", f, label="下载图表数据", key="dl_funding_by_province")
with right:
    g = fu.assign(出资=fu["payer"].replace("", "（未注明）")).groupby("出资")["万元"].sum().nlargest(12)
    g = g.sort_values().reset_index()
    plot(f, px.bar(g, x="万元", y="出资", orientation="h", height=360,
                           labels={"出资": ""}, title="按出资单位（万元）").update_xaxes(tickformat=",.0f"), width="stretch")
    download(g, "资金_按出资单位", f, label="下载图表数据", key="dl_funding_by_payer")
g = fu.groupby("year")["万元"].sum().reset_index()
g["year"] = g["year"].astype("string")
fig = px.bar(g, x="year", y="万元", labels={"year": "年份"}, height=260, title="按年份（万元）")
fig.update_xaxes(type="category")
fig.update_yaxes(tickformat=",.0f")  # 12,000 rather than 12k
plot(f, fig, width="stretch")
download(g, "资金_按年份", f, label="下载图表数据", key="dl_funding_by_year")
st.dataframe(fu[["amount_text", "万元", "year", "province", "payer", "出资类型", "资金流向", "purpose",
                 "evidence"]].rename(columns={
    "amount_text": "原文金额", "year": "年份", "province": "省份", "payer": "出资单位", "purpose": "用途",
    "evidence": "原文"}), hide_index=True, width="stretch")
download(fu.drop(columns=["万元"]), "资金", f, key="dl_funding")
