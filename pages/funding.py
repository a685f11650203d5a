"""资金: amounts granted, allocated or donated for worker programmes, by province, payer, year and purpose."""
import streamlit as st

from dashboard import charts, query
from dashboard.filters import page_data
from dashboard.ui import (
    basis_caption,
    download,
    download_query,
    plot,
    stop_if_empty,
    wan,
)
from etl.schema import COLUMN_DOCS, FLOWS, PAYER_TYPES

TABLE_LIMIT = 2000

f = page_data()
st.title("资金")
basis_caption(f)
figures = query.figures(f)
stop_if_empty(figures["funding_rows"], "资金记录")
c = st.columns(3)
c[0].metric("工会资金合计" if f.money == "union" else "资金合计", wan(figures["money_yuan"]))
c[1].metric("记录", f"{figures['funding_rows']:,}")
c[2].metric("出资单位", f"{figures['payers']:,}")
left, right = st.columns(2)
with left:
    # stacked by who pays: with the switch on, union money stands apart from government and others
    g, order = query.funding_by_province_and_payer(f)
    plot(f, charts.bar(g, x="万元", y="province", color="出资类型", horizontal=True, labels={"province": ""},
                       height=360, title="按省份与出资类型（万元）", category_order=order)
         .update_xaxes(tickformat=",.0f"), width="stretch")
    download(g, "资金_按省份", f, label="下载图表数据", key="dl_funding_by_province")
with right:
    g = query.funding_by_payer(f)
    plot(f, charts.bar(g, x="万元", y="出资", horizontal=True, height=360,
                       labels={"出资": ""}, title="按出资单位（万元）").update_xaxes(tickformat=",.0f"), width="stretch")
    download(g, "资金_按出资单位", f, label="下载图表数据", key="dl_funding_by_payer")
g = query.funding_by_year(f)
fig = charts.bar(g, x="year", y="万元", labels={"year": "年份"}, height=260, title="按年份（万元）")
fig.update_xaxes(type="category")
fig.update_yaxes(tickformat=",.0f")  # 12,000 rather than 12k
plot(f, fig, width="stretch")
download(g, "资金_按年份", f, label="下载图表数据", key="dl_funding_by_year")
fu = query.rows("funding", f, TABLE_LIMIT)
if figures["funding_rows"] > TABLE_LIMIT:
    st.caption(f"下表显示最新的 {TABLE_LIMIT:,} 条；下载包含全部 {figures['funding_rows']:,} 条。")
fu = fu.assign(万元=(fu["amount_yuan"] / 1e4).round(2), 份数=fu["each_count"].astype("Int64").fillna(1),
               出资类型=fu["payer_type"].astype("string").map(PAYER_TYPES).fillna("未明"),
               资金流向=fu["flow"].astype("string").map(FLOWS).fillna("—"))
st.dataframe(fu[["amount_text", "万元", "份数", "year", "province", "payer", "出资类型", "资金流向", "purpose",
                 "evidence"]].rename(columns={
    "amount_text": "原文金额", "year": "年份", "province": "省份", "payer": "出资单位", "purpose": "用途",
    "evidence": "原文"}), hide_index=True, width="stretch",
    column_config={"万元": st.column_config.NumberColumn(help="每一方所得的金额"),
                   "份数": st.column_config.NumberColumn(help=COLUMN_DOCS["funding"]["each_count"][1])})
download_query("funding", "资金", f, key="dl_funding")
