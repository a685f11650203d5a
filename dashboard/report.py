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
    "funding": ["amount_text", "amount_yuan", "each_count", "year", "province", "payer", "payer_type", "flow", "purpose",
                *CITE],
    "locations": ["province", "city", "county", "mention", "role", *CITE],
}
# the Word report's tables: what a row says, then one 出处 cell (paper, date, page, title) and its status
DOCX_COLUMNS = {"events": ["date_start", "event_type_label", "name", "province", "organizer"],
                "awards": ["award", "recipient", "recipient_count", "awarded_by", "province"],
                "funding": ["amount_text", "amount_yuan", "each_count", "flow", "province", "payer", "purpose"]}


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


REPORT_TABLES = (("events", "活动"), ("awards", "荣誉"), ("funding", "资金"))


def report_notes(f: Filter) -> list[str]:
    """The report's 说明: the filter, the 口径, what was loaded and how much is checked."""
    return [f"筛选：{f.label()}　生成：{dt.date.today().isoformat()}", f.basis(), query.coverage(f).sentence(),
            checked_note(f)]


def report_table(f: Filter, table: str, max_rows: int) -> tuple[int, pd.DataFrame, list[str]]:
    """A report table: its row count, its newest rows (what they say, 核对, 出处) and each row's evidence."""
    columns = DOCX_COLUMNS[table]
    raw = query.rows(table, f, max_rows, tuple(columns + ["review_status", "paper", "issue_date", "page", "title",
                                                           "source", "evidence"]))
    df = _readable(raw[columns], table, columns)
    df["核对"] = _readable(raw[["review_status"]], table, ["review_status"]).iloc[:, 0].to_numpy()
    df["出处"] = [_citation(r) for r in raw.to_dict("records")]
    evidence = ["" if not isinstance(e, str) else e for e in raw["evidence"].tolist()]
    return query.row_count(table, f), df, evidence


def _table_heading(title: str, total: int, max_rows: int) -> str:
    return f"{title}（共 {total:,} 条{'，列出最新的 ' + str(max_rows) + ' 条' if total > max_rows else ''}）"


def docx_bytes(f: Filter, max_rows: int = 30) -> bytes:
    """A printable Word report of the view: 说明, figures, charts, the main tables with each row's citation, status
    and evidence sentence, and the source articles."""
    import docx
    from docx.shared import Cm, Pt

    from dashboard.report_charts import report_charts
    document = docx.Document()
    document.add_heading("工会活动分析报告", level=0)
    document.add_heading("说明", level=1)
    for note in report_notes(f):
        document.add_paragraph(note)
    document.add_heading("主要数字", level=1)
    figures = document.add_table(rows=0, cols=2)
    for name, value in headline_figures(f):
        cells = figures.add_row().cells
        cells[0].text, cells[1].text = name, value
    charts = report_charts(f)
    if charts:
        document.add_heading("图表", level=1)
        for caption, png in charts:
            document.add_picture(io.BytesIO(png), width=Cm(15))
            document.add_paragraph(caption)
    for table, title in REPORT_TABLES:
        total, df, evidence = report_table(f, table, max_rows)
        document.add_heading(_table_heading(title, total, max_rows), level=1)
        if df.empty:
            document.add_paragraph("当前筛选下没有记录。")
            continue
        grid = document.add_table(rows=1, cols=len(df.columns))
        grid.style = "Table Grid"
        for cell, name in zip(grid.rows[0].cells, df.columns):
            cell.text = str(name)
        for row, sentence in zip(df.itertuples(index=False), evidence):
            for cell, value in zip(grid.add_row().cells, row):
                cell.text = "" if pd.isna(value) else str(value)
            if sentence:  # the sentence the row came from, under it across the table
                cells = grid.add_row().cells
                merged = cells[0].merge(cells[-1])
                merged.text = ""
                run = merged.paragraphs[0].add_run("原文：" + sentence)
                run.italic = True
                run.font.size = Pt(8)
    document.add_heading("来源文章", level=1)
    for line in source_lines(f, max_rows * 2):
        document.add_paragraph(line, style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def source_lines(f: Filter, limit: int) -> list[str]:
    return [f"{r.issue_date or '日期不详'}　{r.title or '（无标题片段）'}　（{file_name(r.source)}）"
            for r in query.rows("articles", f, limit, ("issue_date", "title", "source")).itertuples()]


PDF_STYLE = """body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; margin: 0 }
h1 { font-size: 20pt } h2 { font-size: 13pt; margin-top: 8mm } img { width: 100% }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt } td, th { border: 0.5pt solid #888; padding: 2px 4px }
td.evidence { color: #444; font-style: italic; font-size: 8pt } .caption { color: #555; font-size: 9pt }
@page { size: A4; margin: 15mm }"""


def report_html(f: Filter, max_rows: int = 30) -> str:
    """The Word report's content as a printable HTML page (every text escaped; charts inline)."""
    import base64
    import html as h

    from dashboard.report_charts import report_charts
    parts = ["<h1>工会活动分析报告</h1>", "<h2>说明</h2>", *(f"<p>{h.escape(n)}</p>" for n in report_notes(f)),
             "<h2>主要数字</h2><table>",
             *(f"<tr><td>{h.escape(k)}</td><td>{h.escape(v)}</td></tr>" for k, v in headline_figures(f)), "</table>"]
    charts = report_charts(f)
    if charts:
        parts.append("<h2>图表</h2>")
        parts += [f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}"><p class="caption">'
                  f"{h.escape(caption)}</p>" for caption, png in charts]
    for table, title in REPORT_TABLES:
        total, df, evidence = report_table(f, table, max_rows)
        parts.append(f"<h2>{h.escape(_table_heading(title, total, max_rows))}</h2>")
        if df.empty:
            parts.append("<p>当前筛选下没有记录。</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{h.escape(str(c))}</th>" for c in df.columns) + "</tr>")
        for row, sentence in zip(df.itertuples(index=False), evidence):
            parts.append("<tr>" + "".join(f"<td>{'' if pd.isna(v) else h.escape(str(v))}</td>" for v in row) + "</tr>")
            if sentence:
                parts.append(f'<tr><td class="evidence" colspan="{len(df.columns)}">原文：{h.escape(sentence)}</td></tr>')
        parts.append("</table>")
    parts += ["<h2>来源文章</h2><ul>", *(f"<li>{h.escape(x)}</li>" for x in source_lines(f, max_rows * 2)), "</ul>"]
    return f'<html><head><meta charset="utf-8"><style>{PDF_STYLE}</style></head><body>{"".join(parts)}</body></html>'


def chromium() -> str | None:
    """Headless Chromium, which prints the PDF report offline (Debian's chromium package), or None."""
    import shutil
    from pathlib import Path
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def pdf_bytes(f: Filter, max_rows: int = 30) -> bytes:
    """The report as a PDF, printed by headless Chromium from report_html (fonts embedded, nothing fetched)."""
    import subprocess
    import tempfile
    from pathlib import Path
    browser = chromium()
    if browser is None:
        raise RuntimeError("PDF 报告需要 Chromium（Debian：apt-get install chromium fonts-noto-cjk）")
    with tempfile.TemporaryDirectory() as tmp:
        page, out = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        page.write_text(report_html(f, max_rows), encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-background-networking", "--disable-component-update", f"--print-to-pdf={out}",
                        page.as_uri()], check=True, capture_output=True, timeout=120)
        return out.read_bytes()
