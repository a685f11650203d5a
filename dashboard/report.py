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
from dashboard.ui import file_name, to_chinese
from etl.store.export import safe_for_csv

SHEET_ROWS = 100_000
SHEETS = {"articles": "文章", "events": "活动", "awards": "荣誉", "funding": "资金", "locations": "地点"}
# columns a report reader needs, in order (the export keeps every column)
# every fact row's citation: where a report's reader finds it, and whether a person checked it
CITE = ["review_status", "paper", "issue_date", "page", "title", "source", "evidence"]
REPORT_COLUMNS = {
    "articles": ["issue_date", "title", "paper", "page", "primary_province", "kind", "is_union", "byline", "source"],
    "events": ["date_start", "event_type_label", "name", "province", "organizer", "scope", *CITE],
    "awards": ["award", "recipient", "recipient_count", "group_count", "award_status", "year", "awarded_by",
               "province", *CITE],
    "funding": ["amount_text", "amount_yuan", "year", "province", "payer", "payer_type", "flow", "purpose", *CITE],
    "locations": ["province", "city", "county", "mention", "role", *CITE],
}
# the Word report's tables: what a row says, then one 出处 cell (paper, date, page, title) and its status
DOCX_COLUMNS = {"events": ["date_start", "event_type_label", "name", "province", "organizer"],
                "awards": ["award", "recipient", "recipient_count", "awarded_by", "province"],
                "funding": ["amount_text", "amount_yuan", "province", "payer", "purpose"]}


def _readable(df: pd.DataFrame, table: str, columns: list[str]) -> pd.DataFrame:
    return safe_for_csv(to_chinese(df, table, columns))


def pivot(f: Filter) -> pd.DataFrame:
    """Events by province × event type × month (distinct real events), as a research office pivots them."""
    db, w = query.scoped("events", f)
    return db.cursor().execute(f"""SELECT coalesce(nullif(province, ''), '未注明') AS 省份, event_type_label AS 活动类型,
        coalesce(substr({query.EVENT_WHEN}, 1, 7), '日期不详') AS 月份, count(DISTINCT {query.EVENT_ID}) AS 活动数
        FROM events WHERE {w} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""", w.params).df()


def headline_figures(f: Filter) -> list[tuple[str, str]]:
    """The headline figures, each saying how much of it rests on rows a reviewer checked."""
    fig = query.figures(f)
    return [("文章", f"{fig['articles']:,}"), ("工会相关文章", f"{fig['union_articles']:,}"),
            (f"{f.events_label()}（同一活动只计一次）", f"{fig['events']:,}（其中 {fig['events_checked']:,} 项已核对）"),
            ("获荣誉人数", f"{fig['honours']:,}（其中 {fig['honours_checked']:,} 人已核对）"),
            ("工会资金合计" if f.money == "union" else "资金合计",
             f"{fig['money_yuan'] / 1e4:,.2f} 万元（其中 {fig['money_checked_yuan'] / 1e4:,.2f} 万元已核对）")]


def checked_note(f: Filter) -> str:
    """How much of the view a person checked, in words a report's 说明 can carry."""
    progress = query.review_progress(f)
    statuses = ["confirmed", "corrected", "added", "rejected"]
    done, total = int(progress[statuses].to_numpy().sum()), int(progress.drop(columns="table").to_numpy().sum())
    rejected = int(progress["rejected"].sum())
    return (f"核对情况：当前筛选下共 {total:,} 条记录，已核对 {done:,} 条（{done / total:.0%}）" if total else
            "核对情况：当前筛选下没有记录") + (f"，其中 {rejected:,} 条经核对删除、不计入任何数字" if rejected else "") + \
        ("。数字只计已核对的记录。" if f.checked else "。未核对的记录按自动抽取结果计入。")


def _citation(r: dict) -> str:
    page = f"第{r['page']}版" if r.get("page") else ""
    title = f"《{r['title']}》" if r.get("title") else ""
    return "".join(x for x in (r.get("paper") or "", r.get("issue_date") or "", page, title) if x) or \
        file_name(r.get("source"))


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
        about = pd.DataFrame([("筛选", f.label()), ("口径", f.basis()), ("覆盖", query.coverage(f).sentence()),
                              ("核对", checked_note(f)),
                              ("生成时间", dt.datetime.now().isoformat(timespec="seconds"))] + headline_figures(f) + notes,
                             columns=["项目", "内容"])
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
    document.add_heading("说明", level=1)
    document.add_paragraph(f"筛选：{f.label()}　生成：{dt.date.today().isoformat()}")
    document.add_paragraph(f.basis())
    document.add_paragraph(query.coverage(f).sentence())
    document.add_paragraph(checked_note(f))
    document.add_heading("主要数字", level=1)
    figures = document.add_table(rows=0, cols=2)
    for name, value in headline_figures(f):
        cells = figures.add_row().cells
        cells[0].text, cells[1].text = name, value
    for table, title in (("events", "活动"), ("awards", "荣誉"), ("funding", "资金")):
        columns = DOCX_COLUMNS[table]
        total = query.row_count(table, f)
        raw = query.rows(table, f, max_rows, tuple(columns + ["review_status", "paper", "issue_date", "page", "title",
                                                               "source"]))
        df = _readable(raw[columns], table, columns)
        df["核对"] = _readable(raw[["review_status"]], table, ["review_status"]).iloc[:, 0].to_numpy()
        df["出处"] = [_citation(r) for r in raw.to_dict("records")]
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
        source = file_name(r.source)
        document.add_paragraph(f"{r.issue_date or '日期不详'}　{r.title or '（无标题片段）'}　（{source}）",
                               style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
