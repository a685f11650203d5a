"""Report output of the current view: an Excel workbook and a Word report, built from filtered tables.

Pure functions (tables and filter in, file bytes out), so the data page offers them as downloads and
tests open what they produce. Headers are Chinese (the column dictionary in etl.schema); text cells a
spreadsheet could run as a formula are neutralised as in every CSV.
"""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from dashboard.charts import event_count, honour_counts
from dashboard.data import Filter, Tables
from dashboard.ui import to_chinese
from etl.export import safe_for_csv

SHEETS = {"articles": "文章", "events": "活动", "awards": "荣誉", "funding": "资金", "locations": "地点"}
# columns a report reader needs, in order (the export keeps every column)
REPORT_COLUMNS = {
    "articles": ["issue_date", "title", "primary_province", "kind", "is_union", "byline", "source"],
    "events": ["date_start", "event_type_label", "name", "province", "organizer", "scope", "evidence"],
    "awards": ["award", "recipient", "recipient_count", "group_count", "award_status", "year", "awarded_by",
               "province", "evidence"],
    "funding": ["amount_text", "amount_yuan", "year", "province", "payer", "payer_type", "flow", "purpose",
                "evidence"],
    "locations": ["province", "city", "county", "mention", "role"],
}


def _readable(df: pd.DataFrame, table: str, columns: list[str]) -> pd.DataFrame:
    return safe_for_csv(to_chinese(df, table, columns))


def pivot(t: Tables) -> pd.DataFrame:
    """Events by province × event type × month (distinct real events), as a research office pivots them."""
    ev = t.events
    if ev.empty:
        return pd.DataFrame(columns=["省份", "活动类型", "月份", "活动数"])
    month = pd.to_datetime(ev["_when"]).dt.strftime("%Y-%m").fillna("日期不详")
    keys = ev["event_key"].astype("string").fillna(pd.Series(ev.index.astype(str), index=ev.index))
    frame = pd.DataFrame({"省份": ev["province"].astype(str).replace({"": "未注明", "nan": "未注明"}),
                          "活动类型": ev["event_type_label"].astype(str), "月份": month, "k": keys})
    return frame.groupby(["省份", "活动类型", "月份"])["k"].nunique().rename("活动数").reset_index()


def headline_figures(t: Tables, f: Filter) -> list[tuple[str, str]]:
    union_money = float(t.funding["amount_yuan"].sum())
    return [("文章", f"{len(t.articles):,}"), ("工会相关文章", f"{int(t.articles['is_union'].fillna(False).sum()):,}"),
            ("活动（同一活动只计一次）", f"{event_count(t.events):,}"),
            ("获荣誉人数", f"{int(honour_counts(t.awards)['人数'].sum()):,}"),
            ("工会资金合计" if f.money == "union" else "资金合计", f"{union_money / 1e4:,.2f} 万元")]


def xlsx_bytes(t: Tables, f: Filter) -> bytes:
    """A workbook: 说明 (filter, 口径, figures), one sheet per table with Chinese headers, and 透视 (province ×
    event type × month)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        about = pd.DataFrame([("筛选", f.label()), ("口径", f.basis()), ("生成时间", dt.datetime.now().isoformat(
            timespec="seconds"))] + headline_figures(t, f), columns=["项目", "内容"])
        about.to_excel(xw, sheet_name="说明", index=False)
        for table, sheet in SHEETS.items():
            _readable(getattr(t, table), table, REPORT_COLUMNS[table]).to_excel(xw, sheet_name=sheet, index=False)
        pivot(t).pivot_table(index=["省份", "活动类型"], columns="月份", values="活动数", aggfunc="sum",
                             fill_value=0).to_excel(xw, sheet_name="透视")
    return buf.getvalue()


def docx_bytes(t: Tables, f: Filter, max_rows: int = 30) -> bytes:
    """A printable Word report of the view: figures, the main tables and the source articles."""
    import docx
    document = docx.Document()
    document.add_heading("工会活动分析报告", level=0)
    document.add_paragraph(f"筛选：{f.label()}　生成：{dt.date.today().isoformat()}")
    document.add_paragraph(f.basis())
    document.add_heading("主要数字", level=1)
    figures = document.add_table(rows=0, cols=2)
    for name, value in headline_figures(t, f):
        cells = figures.add_row().cells
        cells[0].text, cells[1].text = name, value
    for table, title in (("events", "活动"), ("awards", "荣誉"), ("funding", "资金")):
        df = _readable(getattr(t, table), table, [c for c in REPORT_COLUMNS[table] if c != "evidence"])
        document.add_heading(f"{title}（共 {len(df):,} 条{'，列出前 ' + str(max_rows) + ' 条' if len(df) > max_rows else ''}）",
                             level=1)
        if df.empty:
            document.add_paragraph("当前筛选下没有记录。")
            continue
        grid = document.add_table(rows=1, cols=len(df.columns))
        grid.style = "Table Grid"
        for cell, name in zip(grid.rows[0].cells, df.columns):
            cell.text = str(name)
        for row in df.head(max_rows).itertuples(index=False):
            for cell, value in zip(grid.add_row().cells, row):
                cell.text = "" if pd.isna(value) else str(value)
    document.add_heading("来源文章", level=1)
    arts = t.articles.sort_values("issue_date", ascending=False).head(max_rows * 2)
    for r in arts.itertuples():
        source = str(r.source).replace("\\", "/").split("/")[-1]
        document.add_paragraph(f"{r.issue_date or '日期不详'}　{r.title or '（无标题片段）'}　（{source}）",
                               style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
