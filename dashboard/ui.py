"""Small drawing helpers shared by the pages: downloads, empty states, ECharts."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.data import ROOT, Filter
from etl.store.export import csv_bytes

CHINA_GEOJSON = ROOT / "data" / "geo" / "china.json"


def safe_filename(stem: str, f: Filter) -> str:
    """e.g. 活动_江西-西藏_20231124.csv: no path separators or shell-special characters."""
    raw = f"{stem}_{f.label()}_{dt.date.today():%Y%m%d}"
    cleaned = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", raw).strip("_")
    return cleaned[:120] + ".csv"


# characters Markdown, KaTeX ($…$) and Streamlit's directives (:red[…]) give a meaning to
_MARKUP_CHARS = "\\`*_{}[]()#+-.!|~<>$:=^@"


def md_escape(text: object) -> str:
    """Text from a file or file name, safe inside any Markdown-rendering call (st.warning, labels…):
    every character with a meaning becomes a numeric entity, which renders as the character itself
    and never as markup, an image or a formula; a word joiner after "http"/"www" keeps a URL in the
    text from being turned into a link."""
    return re.sub(r"(?i)(http|www)", "\\1\u2060", _entities(text))


def _entities(text: object) -> str:
    out = html.escape(str(text), quote=True)
    return "".join(f"&#{ord(ch)};" if ch in _MARKUP_CHARS else ch for ch in out)


def text_heading(text: object) -> None:
    """A heading made of text from a file: a raw HTML block, in which Markdown is not parsed at all."""
    st.markdown(f'<h3 style="padding-top:0.5rem">{html.escape(str(text))}</h3>', unsafe_allow_html=True)


def text_caption(text: object) -> None:
    """A caption made of text from a file, likewise never parsed as Markdown."""
    st.markdown(f'<div style="font-size:0.875rem;color:rgba(49,51,63,0.6);line-height:1.6">'
                f'{html.escape(str(text))}</div>', unsafe_allow_html=True)


def to_chinese(df: pd.DataFrame, table: str | None = None, columns: list[str] | None = None) -> pd.DataFrame:
    """A table as a Chinese reader sees it, on screen or in a download: helper columns dropped, enumerated
    values as their Chinese labels, empty text cells blank rather than None or nan, a source as its file's name
    (no server folders), and Chinese headers — from
    etl.schema's dictionary for `table` (or, without one, the first table holding the column), else a chart
    column's own name. The ETL's CSV export keeps the contract's column names."""
    from etl.schema import ENUMS, TABLES, column_doc
    out = public(df if columns is None else df[[c for c in columns if c in df.columns]]).copy()
    names = {}
    for col in out.columns:
        owner = table or next((t for t in TABLES if col in TABLES[t]), None)
        labels = ENUMS.get((owner, col)) if owner else None
        if labels:
            out[col] = out[col].astype("string").map(lambda v, lb=labels: lb.get(v, v) if isinstance(v, str) else v)
        if out[col].dtype == object or str(out[col].dtype) in ("string", "category"):
            out[col] = out[col].astype("string").fillna("").astype(object)
        elif str(out[col].dtype) in ("Int64", "Float64") and out[col].isna().any():
            # an empty count is blank, not "None" (the grid shows a missing nullable number as None)
            out[col] = out[col].astype(object).where(out[col].notna(), "")
        if col == "review_status":
            from etl.schema import REVIEW_STATUSES
            out[col] = out[col].astype("string").map(lambda v: REVIEW_STATUSES.get(v, v) if isinstance(v, str) else "")
        if col == "source":  # the file's name: the server's folders say nothing to a reader and are not theirs
            out[col] = out[col].map(file_name)
        name = column_doc(owner, col)[0] if owner else str(col)
        names[col] = CHART_COLUMNS.get(str(col), name) if name == col else name
    return out.rename(columns=names)


def public(df: pd.DataFrame) -> pd.DataFrame:
    """A table without the app's helper columns (_issue, _when, …)."""
    return df[[c for c in df.columns if not str(c).startswith("_")]]


# chart data's own columns, for the headers of a chart's CSV
CHART_COLUMNS = {"value": "数值", "articles": "文章数", "weight": "权重", "keyword": "关键词", "name": "名称",
                 "lng": "经度", "lat": "纬度", "date": "日期", "approx": "日期精度"}


def chinese_csv(df: pd.DataFrame) -> bytes:
    """A download as a Chinese reader opens it in Excel (to_chinese), BOM and formula-safe like every CSV."""
    return csv_bytes(to_chinese(df))


def download(df: pd.DataFrame, stem: str, f: Filter, label: str = "下载 CSV", key: str | None = None) -> None:
    """A chart's data (small, already drawn) as a CSV download."""
    # deferred: the CSV is built when the button is clicked, not on every rerun
    st.download_button(label, data=lambda: chinese_csv(df), file_name=safe_filename(stem, f), mime="text/csv",
                       key=key or f"dl_{stem}", icon=":material/download:", on_click="ignore")


def download_query(table: str, stem: str, f: Filter, label: str = "下载 CSV", key: str | None = None,
                   extra: str = "") -> None:
    """Every row of a table under the filter as a CSV download, streamed from DuckDB when clicked."""
    from dashboard.query import csv_download
    st.download_button(label, data=lambda: csv_download(table, f, extra), file_name=safe_filename(stem, f),
                       mime="text/csv", key=key or f"dl_{stem}", icon=":material/download:", on_click="ignore")


def file_name(path: object) -> str:
    """A source's file name without the server's folders."""
    return str(path or "").replace("\\", "/").split("/")[-1]


def plot(f: Filter, fig, width: str = "stretch") -> None:
    """A plotly chart whose camera button saves a PNG (drawn in the browser, offline) named after the chart
    and the filter, with the filter written under the chart's title."""
    title = (fig.layout.title.text or "图表") if fig.layout.title else "图表"
    fig.update_layout(title={"text": f"{title}<br><sup>{html.escape(f.label())}</sup>"} if fig.layout.title.text
                      else None)
    name = safe_filename(re.sub(r"[（(].*", "", title), f).removesuffix(".csv")
    st.plotly_chart(fig, width=width, config={"displaylogo": False, "toImageButtonOptions": {
        "format": "png", "filename": name, "scale": 2}, "modeBarButtonsToRemove": ["lasso2d", "select2d"]})


def basis_caption(f: Filter) -> None:
    """Say under a page's title what its figures count (the sidebar's 口径 switches)."""
    st.caption(md_escape(f.basis()))  # the search term in it comes from the URL: never markup


def empty_state(what: str) -> None:
    st.info(f"当前筛选条件下没有{what}。可在左侧放宽省份或日期筛选；"
            "或在“导入”页上传新的报纸版面（.txt/.md/.html/.docx/.zip），"
            "也可在命令行运行 `python -m etl 文件或文件夹 --out 输出目录 --store data/store`。", icon=":material/info:")


def table_or_note(df: pd.DataFrame, when_empty: str, **kwargs) -> None:
    """A table, or when it has no rows a sentence saying so (an empty table reads "empty", in English)."""
    if df.empty:
        st.caption(when_empty)
    else:
        st.dataframe(df, **kwargs)


def stop_if_empty(rows: pd.DataFrame | int, what: str) -> None:
    """End the page with the empty-state message when the filter leaves nothing to draw (rows or a count)."""
    if (rows.empty if isinstance(rows, pd.DataFrame) else not rows):
        empty_state(what)
        st.stop()


HIGHLIGHT_COLOURS = {"地点": "#dbeafe", "活动": "#fde68a", "荣誉": "#fbcfe8", "资金": "#bbf7d0"}


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Article text as HTML with every fact marked at its offsets, nested where facts overlap (a place inside an
    event's sentence shows in its own colour within the sentence's); all text escaped to entities."""
    spans = sorted({(s, e, k) for s, e, k in spans if 0 <= s < e <= len(text)})
    cuts = sorted({0, len(text), *(x for s, e, _k in spans for x in (s, e))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: sp[0] - sp[1])
        piece = _entities(text[a:b])
        for _s, _e, kind in reversed(covering):  # the widest fact outermost
            piece = (f'<mark title="{html.escape(kind)}" style="background:{HIGHLIGHT_COLOURS.get(kind, "#eee")};'
                     f'padding:0 1px;border-radius:3px">{piece}</mark>')
        out.append(piece)
    return "".join(out).replace("\n", "<br>")


READER_PAGE = 20_000  # characters of an article shown at once: a 5-million-character file is read page by page


def reader_pages(text: str, size: int = READER_PAGE) -> list[tuple[int, int]]:
    """(start, end) of each page of a long text, cut at a line end near `size` characters where there is one."""
    pages, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        pages.append((start, end))
        start = end
    return pages or [(0, 0)]


def highlight_page(text: str, spans: list[tuple[int, int, str]], page: tuple[int, int]) -> str:
    """One page of an article as `highlight` marks it: the facts that fall in it, at offsets of the page."""
    a, b = page
    inside = [(max(s, a) - a, min(e, b) - a, k) for s, e, k in spans if s < b and e > a]
    return highlight(text[a:b], inside)


def search_snippet(title: str, text: str, query: str, link: str, width: int = 60) -> str:
    """One search hit as an HTML block: its headline (a link that opens it) and the text around the first
    occurrence of any of the search's terms (synonyms included), marked; every character from the file escaped."""
    from dashboard.search import first_hit, parse
    hit = first_hit(text, parse(query))
    if hit is None:
        snippet = _entities(text[:width * 2])
    else:
        at, stop = hit
        start, end = max(0, at - width), min(len(text), stop + width)
        snippet = ("…" if start else "") + _entities(text[start:at]) + \
            f'<mark style="background:#fde68a">{_entities(text[at:stop])}</mark>' + \
            _entities(text[stop:end]) + ("…" if end < len(text) else "")
    return (f'<div style="margin:0 0 0.8rem 0"><a href="{html.escape(link, quote=True)}" target="_self">'
            f'<b>{_entities(title)}</b></a><br><span style="color:#444">{snippet.replace(chr(10), " ")}</span></div>')


@st.cache_data(show_spinner=False)
def china_geojson() -> dict:
    return json.loads(Path(CHINA_GEOJSON).read_text(encoding="utf-8"))


def titled_export(options: dict, title: str, f: Filter) -> dict:
    """The chart with its title and filter written on it and its ↓ image named after them (a PNG saved from
    it says what it shows, not echarts.png)."""
    out = dict(options)
    out["title"] = {"text": title, "subtext": f.label(), "left": 0, "top": 0,
                    "textStyle": {"fontSize": 13}, "subtextStyle": {"fontSize": 11}}
    toolbox = dict(out.get("toolbox") or {})
    feature = dict(toolbox.get("feature") or {})
    feature["saveAsImage"] = {**feature.get("saveAsImage", {}), "name": safe_filename(title, f).removesuffix(".csv")}
    out["toolbox"] = {**toolbox, "feature": feature}
    return out


def echarts(options: dict, height: str = "420px", key: str | None = None, china_map: bool = False,
            events: dict | None = None):
    """Render ECharts options offline (the component bundles ECharts; the map is local)."""
    # imported here: streamlit_echarts registers a component at import and fails outside a running app
    from streamlit_echarts import Map, st_echarts
    kwargs = {"map": Map("china", china_geojson())} if china_map else {}
    return st_echarts(options=options, height=height, key=key, events=events or {}, **kwargs)


def change(now: float, before: float) -> str:
    """The change from one period to another, as a report writes it (+12.5%; 新增 when there was none)."""
    if not before:
        return "—" if not now else "新增"
    return f"{(now - before) / before:+.1%}"


def checked_part(value: float, unit: str = "", money: bool = False) -> str | None:
    """"其中 … 已核对" under a headline figure (nothing while no row is checked)."""
    if not value:
        return None
    return f"其中 {wan(value) if money else f'{int(value):,} {unit}'} 已核对"


def wan(yuan: float) -> str:
    """An amount as Chinese readers state it: 亿元 from a hundred million, else 万元."""
    if yuan >= 1e8:
        return f"{yuan / 1e8:,.2f} 亿元"
    w = yuan / 1e4
    return f"{w:,.0f} 万元" if w >= 100 else f"{w:,.2f} 万元"


def damaged_store_notice(problems: dict[str, str]) -> None:
    """Say which store files are damaged, that the pages show the intact rest, and offer the repair with
    what it will do (rebuild only the damaged parts from their sources; remove nothing intact)."""
    from dashboard.data import repair_store, store_dir
    what = "；".join(problems.values())
    st.warning(md_escape(f"数据存储中有文件损坏：{what}。各页目前只显示完好的部分，受损部分的文章暂不计入。"),
               icon=":material/warning:")
    if st.button("修复数据存储", key="repair_store", icon=":material/build:",
                 help="只重建受损的部分：从导入日志记下的源文件（或已保存的上传文件）重新抽取这些文章；损坏的文件改名保留，"
                      "其他数据一概不动。找不到源文件的文章会逐一列出，保留其完好的记录，重新导入即可补全。"):
        with st.spinner("正在修复受损部分…"):
            repair_store(store_dir())
        st.rerun()  # every page then reads the repaired store, and the app says what was done


def kept_selectbox(label: str, options: list, key: str, preferred: tuple = (), format_func=str, **kwargs):
    """A selectbox that keeps its choice while its options' labels change. The browser sends back the chosen
    option's label, and Streamlit falls back to the default index when that label is gone — so a row whose
    label says it is unchecked jumped to the first row once it was corrected (· 已更正), and an article to the
    first article once its title was. The choice is therefore kept beside the widget and passed as its default
    index (never written into the widget's state, which reads back as the first option). On entering the page
    it is the first of `preferred` (a linked row or article) that is an option, else the first option."""
    kept = f"{key}__kept"
    if key not in st.session_state or st.session_state.get(kept) not in options:
        st.session_state[kept] = next((o for o in preferred if o in options), options[0])
    known = set(options)

    def keep() -> None:
        if st.session_state.get(key) in known:
            st.session_state[kept] = st.session_state[key]

    return st.selectbox(label, options, index=options.index(st.session_state[kept]), key=key, on_change=keep,
                        format_func=lambda o: format_func(o) if o in known else str(o), **kwargs)


def file_uploader(label: str, types: list[str], key: str, multiple: bool = False, what: str = "文件"):
    """st.file_uploader with its box in Chinese: Streamlit writes the button ("Upload") and the limit line
    ("20MB per file • TXT, …") in English with no option to change them, so a style sheet sets them
    aside and says the same in Chinese (the limit read from the server's setting, the one the ETL keeps)."""
    limit = st.get_option("server.maxUploadSize")
    kinds = " ".join("." + t for t in types)
    box = f'.st-key-{key} [data-testid="stFileUploader"]'  # this uploader only (its container is marked by its key)
    st.html(f"""<style>
{box} [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0 }}
{box} [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{
  content: "选择{what}"; font-size: 0.875rem }}
{box} [data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0 }}
{box} [data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "或拖放到这里 · 每个文件不超过 {limit} MB · {kinds}"; font-size: 0.875rem }}
</style>""")
    return st.file_uploader(label, type=types, accept_multiple_files=multiple, key=key)
