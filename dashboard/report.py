"""Report output of the current view: an Excel workbook and a Word report, asked of the query layer.

Functions of the filter (rows come from DuckDB, never whole tables), so the data page offers them as
downloads and tests open what they produce. Headers are Chinese (the column dictionary in etl.schema); text
cells a spreadsheet could run as a formula are neutralised as in every CSV. A sheet holds at most
SHEET_ROWS rows (Excel's limit is 1,048,576); the 说明 sheet says when one was cut.
"""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from dashboard import query
from dashboard.data import Filter
from dashboard.ui import to_chinese
from etl.store.export import safe_for_csv

SHEET_ROWS = 100_000
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


def pivot(f: Filter) -> pd.DataFrame:
    """Events by province × event type × month (distinct real events), as a research office pivots them."""
    db, w = query.scoped("events", f)
    return db.cursor().execute(f"""SELECT coalesce(nullif(province, ''), '未注明') AS 省份, event_type_label AS 活动类型,
        coalesce(substr({query.EVENT_WHEN}, 1, 7), '日期不详') AS 月份, count(DISTINCT {query.EVENT_ID}) AS 活动数
        FROM events WHERE {w} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""", w.params).df()


def headline_figures(f: Filter) -> list[tuple[str, str]]:
    fig = query.figures(f)
    return [("文章", f"{fig['articles']:,}"), ("工会相关文章", f"{fig['union_articles']:,}"),
            ("活动（同一活动只计一次）", f"{fig['events']:,}"), ("获荣誉人数", f"{fig['honours']:,}"),
            ("工会资金合计" if f.money == "union" else "资金合计", f"{fig['money_yuan'] / 1e4:,.2f} 万元")]


def xlsx_bytes(f: Filter) -> bytes:
    """A workbook: 说明 (filter, 口径, figures), one sheet per table with Chinese headers, and 透视 (province ×
    event type × month)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        notes = []
        sheets = {}
        for table, sheet in SHEETS.items():
            sheets[sheet] = _readable(query.rows(table, f, SHEET_ROWS, tuple(REPORT_COLUMNS[table])), table,
                                      REPORT_COLUMNS[table])
            total = query.row_count(table, f)
            if total > SHEET_ROWS:
                notes.append((f"{sheet}表", f"共 {total:,} 行，本表列出最新的 {SHEET_ROWS:,} 行；全部行请用数据页的 CSV 下载"))
        about = pd.DataFrame([("筛选", f.label()), ("口径", f.basis()), ("生成时间", dt.datetime.now().isoformat(
            timespec="seconds"))] + headline_figures(f) + notes, columns=["项目", "内容"])
        about.to_excel(xw, sheet_name="说明", index=False)
        for sheet, df in sheets.items():
            df.to_excel(xw, sheet_name=sheet, index=False)
        table = pivot(f)
        if table.empty:
            pd.DataFrame(columns=["省份", "活动类型"]).to_excel(xw, sheet_name="透视", index=False)
        else:
            table.pivot_table(index=["省份", "活动类型"], columns="月份", values="活动数", aggfunc="sum",
                              fill_value=0).to_excel(xw, sheet_name="透视")
    return buf.getvalue()


def docx_bytes(f: Filter, max_rows: int = 30) -> bytes:
    """A printable Word report of the view: figures, the main tables and the source articles."""
    import docx
    document = docx.Document()
    document.add_heading("工会活动分析报告", level=0)
    document.add_paragraph(f"筛选：{f.label()}　生成：{dt.date.today().isoformat()}")
    document.add_paragraph(f.basis())
    document.add_heading("主要数字", level=1)
    figures = document.add_table(rows=0, cols=2)
    for name, value in headline_figures(f):
        cells = figures.add_row().cells
        cells[0].text, cells[1].text = name, value
    for table, title in (("events", "活动"), ("awards", "荣誉"), ("funding", "资金")):
        columns = [c for c in REPORT_COLUMNS[table] if c != "evidence"]
        total = query.row_count(table, f)
        df = _readable(query.rows(table, f, max_rows, tuple(columns)), table, columns)
        document.add_heading(f"{title}（共 {total:,} 条{'，列出最新的 ' + str(max_rows) + ' 条' if total > max_rows else ''}）",
                             level=1)
        if df.empty:
            document.add_paragraph("当前筛选下没有记录。")
            continue
        grid = document.add_table(rows=1, cols=len(df.columns))
        grid.style = "Table Grid"
        for cell, name in zip(grid.rows[0].cells, df.columns):
            cell.text = str(name)
        for row in df.itertuples(index=False):
            for cell, value in zip(grid.add_row().cells, row):
                cell.text = "" if pd.isna(value) else str(value)
    document.add_heading("来源文章", level=1)
    for r in query.rows("articles", f, max_rows * 2, ("issue_date", "title", "source")).itertuples():
        source = str(r.source).replace("\\", "/").split("/")[-1]
        document.add_paragraph(f"{r.issue_date or '日期不详'}　{r.title or '（无标题片段）'}　（{source}）",
                               style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
