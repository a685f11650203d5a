"""文章: a searchable list; one article's text with every extracted fact highlighted at its evidence offsets."""
import pandas as pd
import streamlit as st

from dashboard import query
from dashboard.data import KIND_LABELS
from dashboard.filters import page_data
from dashboard.review import (
    add_panel,
    confirm_all_button,
    review_panel,
    row_label,
    show_messages,
    undo_button,
)
from dashboard.search import parse as parse_search
from dashboard.ui import (
    download_query,
    file_name,
    highlight_page,
    kept_selectbox,
    md_escape,
    public,
    reader_pages,
    search_snippet,
    stop_if_empty,
    text_caption,
    text_heading,
    to_chinese,
)
from etl.rules.ruleset import describe
from etl.schema import ISSUE_DATE_METHODS

LIST_LIMIT = 300
SNIPPETS = 20

f = page_data()
st.title("文章")
only_union = st.toggle("只看工会相关", value=False, key="art_union")
union_only = "AND is_union" if only_union else ""
total = query.row_count("articles", f, union_only)  # the sidebar's 全文检索 keeps only the articles with its term
if f.query:
    st.caption(f"全文检索“{md_escape(f.query)}”（{md_escape(parse_search(f.query).describe())}）：共 {total:,} 篇文章"
               "的标题、正文、作者或来源符合（含同义词；左侧其余筛选同时生效）。")
stop_if_empty(total, "符合条件的文章")

arts = query.rows("articles", f, LIST_LIMIT, tuple(query.LIST_COLUMNS["articles"]), union_only)
# an article opened by a link (?article=…) is read at the top: the list folds away above it
with st.expander(f"文章列表（共 {total:,} 篇）", expanded=not st.query_params.get("article")):
    st.caption(f"共 {total:,} 篇" + (f"，显示最新的 {LIST_LIMIT} 篇；可用搜索缩小范围。" if total > LIST_LIMIT else "。"))
    st.dataframe(arts.drop(columns=["article_id", "part"]).assign(kind=arts["kind"].map(KIND_LABELS),
                                                          source=arts["source"].map(file_name)).rename(columns={
        "issue_date": "日期", "title": "标题", "kind": "类型", "is_union": "工会相关", "primary_province": "主要省份",
        "byline": "作者", "source": "来源"}), hide_index=True, width="stretch",
        height=min(35 * (len(arts) + 1) + 3, 420))  # as tall as its rows, up to a scroll
    download_query("articles", "文章", f, key="dl_articles", label=f"下载全部 {total:,} 篇的列表 CSV",
                   extra=union_only)
if f.query:
    with st.expander(f"检索结果摘录（前 {min(SNIPPETS, total)} 篇）", expanded=True):
        hits = arts.head(SNIPPETS)
        texts = query.article_texts(list(hits["article_id"]))
        for r in hits.itertuples():
            st.markdown(search_snippet(r.title or "（无标题片段）", texts.get(r.article_id, ""), f.query,
                                       f"?article={r.article_id}"), unsafe_allow_html=True)

labels = {r.article_id: f"{r.issue_date or '????'}｜{r.title or '（无标题片段）'}｜{r.primary_province or '—'}"
          for r in arts.itertuples()}
wanted = st.query_params.get("article")
if wanted and wanted not in labels:  # a link to an article outside the list shown
    label = query.article_label(wanted)
    if label:
        labels = {wanted: label, **labels}
# the article shown: the one picked, else the one a link asked for, else the first (kept when its label
# changes: a corrected title or date)
pick = kept_selectbox("打开文章", list(labels), "art_pick", preferred=(wanted,), format_func=labels.get)

parts = dict(zip(arts["article_id"], arts["part"]))  # an article's rows lie in its part: one file a table
row = query.article(pick, parts.get(pick) or "")
text = row["text"] or ""
facts = query.article_facts(pick, row.get("part") or "")
spans = [(int(r.start), int(r.end), kind)  # a row review rejected is no fact: not marked in the text
         for table, kind in (("locations", "地点"), ("events", "活动"), ("awards", "荣誉"), ("funding", "资金"))
         for r in facts[table].itertuples() if r.review_status != "rejected" and r.start is not pd.NA]
text_heading(row["title"] or "（无标题片段）")
meta = [f"出版日期：{row['issue_date'] or '未知'}（{ISSUE_DATE_METHODS.get(row['issue_date_method'] or '', '无法判断')}）",
        f"类型：{KIND_LABELS.get(row['kind'], row['kind'])}", f"主要省份：{row['primary_province'] or '—'}",
        f"作者：{row['byline'] or '—'}", f"报纸：{row.get('paper') or '—'}",
        f"版次：{('第' + str(row['page']) + '版') if row.get('page') else '—'}", f"来源：{file_name(row['source'])}"]
text_caption("　".join(meta))
st.markdown("图例：<mark style='background:#dbeafe'>地点</mark> <mark style='background:#fde68a'>活动</mark> "
            "<mark style='background:#fbcfe8'>荣誉</mark> <mark style='background:#bbf7d0'>资金</mark>",
            unsafe_allow_html=True)
pages = reader_pages(text)
page = 0
if len(pages) > 1:  # a very long file is read page by page: the server never renders millions of characters
    page = st.number_input(f"第几页（全文 {len(text):,} 字，分 {len(pages)} 页）", min_value=1, max_value=len(pages),
                           value=1, step=1, key=f"art_page_{pick}") - 1
# highlight() escapes every character of the article text before marking it up
st.markdown(f"<div style='line-height:1.9;font-size:1.02rem'>{highlight_page(text, spans, pages[page])}</div>",
            unsafe_allow_html=True)
if row.get("pdf_page") is not None and not pd.isna(row["pdf_page"]):
    # the printed page, to check a figure against the paper as it was laid out
    with st.expander(f"版面原图（PDF 第 {int(row['pdf_page'])} 页）"):
        if st.toggle("显示原图（本文所在的行以黄色标出）", key=f"pdf_image_{pick}"):
            image = query.pdf_page_png(row["source"], query.source_digest(row["source"]), int(row["pdf_page"]), text)
            if isinstance(image, str):
                st.info(image, icon=":material/info:")
            else:
                st.image(image, width="stretch")
                text_caption(f"{file_name(row['source'])} 第 {int(row['pdf_page'])} 页")
st.subheader("本文抽取的记录与核对")
show_messages()
st.caption("每条记录附抽取规则及其实测可信度。确认、更正、删除或补充后，所有页面、图表和导出立即使用核对后的数字；"
           "已删除的记录保留在这里（标为已删除），不计入任何数字。")
for table, title in (("events", "活动"), ("awards", "荣誉"), ("funding", "资金"), ("locations", "地点")):
    df = public(facts[table])
    if len(df):
        st.markdown(f"**{title}**（{len(df)} 条）")
        shown = to_chinese(df.drop(columns=["article_id"]), table)
        shown["规则说明"] = df["rule"].map(lambda r: describe(str(r)) if isinstance(r, str) else "").to_numpy()
        first = ["核对状态", "可信度", "规则说明"]  # where the row stands and why it exists, before its many columns
        shown = shown[first + [c for c in shown.columns if c not in first]]
        st.dataframe(shown, hide_index=True, width="stretch", height=min(35 * (len(shown) + 1) + 3, 320),
                     column_config={"可信度": st.column_config.ProgressColumn(
                         "可信度", min_value=0.0, max_value=1.0, format="%.2f",
                         help="该规则在人工核对样本上实测的准确率；越低越应优先核对")})
rows_by_label = {f"{t}:{i}": (t, r) for t in ("events", "awards", "funding", "locations")
                 for i, r in enumerate(facts[t].to_dict("records"))}
provinces, _, _ = query.filter_choices()
if rows_by_label:
    # a row's label says whether it is checked, so it changes when the row is reviewed: kept_selectbox
    fact = kept_selectbox("选择一条记录核对", list(rows_by_label), f"fact_pick_{pick}",
                          preferred=(st.query_params.get("fact"),), format_func=lambda k: row_label(*rows_by_label[k]))
    with st.container(border=True):
        review_panel(*rows_by_label[fact or next(iter(rows_by_label))], row, provinces, "reader")
    open_rows = [(t, r) for t, r in rows_by_label.values() if r.get("review_status") == "unchecked"]
    confirm_all_button(open_rows, row)
with st.expander("补充规则遗漏的记录"):
    add_panel(row, provinces)
with st.expander("更正文章信息（标题、出版日期、主要省份、报纸、版次）"):
    review_panel("articles", row, row, provinces, "reader")
undo_button("reader")
