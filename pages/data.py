"""数据: every table for the current filter, each with a CSV download (UTF-8 BOM, formula-safe)."""
import streamlit as st

from dashboard import query
from dashboard.filters import page_data
from dashboard.report import chromium, docx_bytes, pdf_bytes, xlsx_bytes
from dashboard.ui import (
    basis_caption,
    download,
    download_query,
    public,
    safe_filename,
    table_or_note,
    to_chinese,
)
from etl.schema import data_dictionary

SHOWN_ROWS = 2000

f = page_data()
st.title("数据")
st.caption("当前筛选下的全部表格。CSV 为带 BOM 的 UTF-8（Excel 可直接打开），以 = + - @ 开头的单元格已做防公式注入处理。")
basis_caption(f)
dictionary = data_dictionary()
with st.expander("字段说明（每一列的中文名与含义）"):
    st.dataframe(dictionary, hide_index=True, width="stretch", height=360)
    download(dictionary, "字段说明", f, label="下载字段说明 CSV", key="dl_data_dictionary")
left, right, third = st.columns(3)
stem = safe_filename("工会活动报告", f).removesuffix(".csv")
left.download_button("下载 Excel（各表中文表头 + 透视表）", data=lambda: xlsx_bytes(f), file_name=f"{stem}.xlsx",
                     mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="dl_xlsx",
                     icon=":material/table_view:", on_click="ignore")
right.download_button("下载 Word 报告（数字、图表、表格与原文）", data=lambda: docx_bytes(f), file_name=f"{stem}.docx",
                      mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document", key="dl_docx",
                      icon=":material/description:", on_click="ignore")
third.download_button("下载 PDF 报告（同 Word 报告）", data=lambda: pdf_bytes(f), file_name=f"{stem}.pdf",
                      mime="application/pdf", key="dl_pdf", icon=":material/picture_as_pdf:", on_click="ignore",
                      disabled=chromium() is None,
                      help=None if chromium() else "PDF 报告需要 Chromium（apt-get install chromium fonts-noto-cjk）")
NAMES = {"articles": "文章", "events": "活动", "awards": "荣誉", "funding": "资金", "locations": "地点",
         "keywords": "关键词", "ingest_log": "导入日志"}
counts = query.row_counts(f, tuple(NAMES))
# one table at a time: only the table shown is read (tabs would read all seven on every filter change)
name = st.segmented_control("表格", list(NAMES), format_func=lambda n: f"{NAMES[n]}（{counts[n]:,}）",
                            default="articles", key="data_table", width="stretch") or "articles"
label = NAMES[name]
df = public(query.rows(name, f, SHOWN_ROWS))
table_or_note(to_chinese(df, name), f"当前筛选条件下没有{label}记录。", hide_index=True, width="stretch", height=420)
if counts[name] > SHOWN_ROWS:
    st.caption(f"仅显示最新的 {SHOWN_ROWS:,} 行；下载包含全部 {counts[name]:,} 行。")
download_query(name, label, f, label=f"下载{label} CSV", key=f"dl_data_{name}")
