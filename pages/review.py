"""核对: the rows to check under the current filter, doubtful first; progress; the archive's measured accuracy;
checks that lost their row (待重新核对); the corrections file out and in; the checked articles as gold."""
import json

import pandas as pd
import streamlit as st

from dashboard import query
from dashboard.data import store_dir
from dashboard.filters import page_data
from dashboard.review import (
    TABLE_LABELS,
    history_table,
    import_corrections,
    orphan_undo_button,
    review_panel,
    row_label,
    show_messages,
    undo_button,
)
from dashboard.ui import basis_caption, file_uploader, safe_filename, table_or_note, text_caption, wan
from etl.review.gold import gold_from_store
from etl.review.transfer import export_lines
from etl.schema import REVIEW_STATUSES

f = page_data()
st.title("核对")
st.caption("逐条确认、更正或删除自动抽取的记录，补充遗漏的记录。核对结果存入数据存储旁的核对记录（corrections.sqlite），"
           "重新抽取、规则更新、从来源重建后仍然有效；所有页面、图表和导出都使用核对后的数字。")
basis_caption(f)
show_messages()

# ---------------------------------------------------------------- progress
progress = query.review_progress(f)
checked_cols = ["confirmed", "corrected", "added", "rejected"]
total = int(progress[list(REVIEW_STATUSES)].to_numpy().sum())
done = int(progress[checked_cols].to_numpy().sum())
fig = query.figures(f)
c = st.columns(4)
c[0].metric("已核对", f"{done:,} / {total:,} 条", help="当前筛选下：已确认、已更正、已删除与人工补充的记录 / 全部记录")
money_share = fig["money_checked_yuan"] / fig["money_yuan"] if fig["money_yuan"] else 0
c[1].metric("工会资金" if f.money == "union" else "资金", wan(fig["money_yuan"]),
            f"其中 {wan(fig['money_checked_yuan'])} 已核对（{money_share:.0%}）", delta_color="off", delta_arrow="off")
c[2].metric("获荣誉人数", f"{fig['honours']:,}", f"其中 {fig['honours_checked']:,} 人已核对", delta_color="off",
            delta_arrow="off")
c[3].metric(f.events_label(), f"{fig['events']:,}", f"其中 {fig['events_checked']:,} 项已核对", delta_color="off",
            delta_arrow="off")
shown = progress.assign(表=progress["table"].map(TABLE_LABELS))
shown["已核对"] = shown[checked_cols].sum(axis=1)
shown["全部"] = shown[list(REVIEW_STATUSES)].sum(axis=1)
shown["进度"] = (shown["已核对"] / shown["全部"].where(shown["全部"] > 0)).fillna(0.0)
st.dataframe(shown[["表", *REVIEW_STATUSES, "全部", "进度"]].rename(columns=REVIEW_STATUSES), hide_index=True,
             width="stretch", column_config={"进度": st.column_config.ProgressColumn("进度", min_value=0.0, max_value=1.0,
                                                                                     format="percent")})

# ---------------------------------------------------------------- queue
st.subheader("待核对队列")
st.caption("先列可信度最低的记录，再列在主要数字中分量最重的（金额最大、获荣誉人数最多）。")
left, mid, right = st.columns([2, 2, 1.4])
table = left.segmented_control("表", ["funding", "awards", "events", "locations"], default="funding",
                               format_func=TABLE_LABELS.get, key="rq_table") or "funding"
statuses = mid.multiselect("状态", list(REVIEW_STATUSES), default=["unchecked"], format_func=REVIEW_STATUSES.get,
                           key="rq_status") or ["unchecked"]
who_options = [""] + sorted({str(n) for n in query.reviewers() if n})
who = right.selectbox("核对人", who_options, format_func=lambda n: n or "全部", key="rq_who")
queue = query.review_queue(f, table, tuple(statuses), who)
if queue.empty:
    st.info("当前筛选下没有这一状态的记录。", icon=":material/task_alt:")
else:
    records = queue.to_dict("records")
    labels = {i: f"{row_label(table, r)}｜{r.get('issue_date') or '????'} {r.get('title') or '（无标题片段）'}"
              for i, r in enumerate(records)}
    pick = st.selectbox(f"选择记录（共 {len(records)} 条{'，显示前 200 条' if len(records) >= 200 else ''}）", list(labels),
                        format_func=labels.get, key=f"rq_pick_{table}_{query.database()[1]}")
    # keyed on the store and ledger version: after an action the queue starts again at its most doubtful row
    pick = pick if pick in labels else 0
    row = records[pick]
    article = {"article_id": row["article_id"], "text_hash": row.get("text_hash"), "title": row.get("title")}
    text_caption(f"所在文章：{row.get('issue_date') or '日期不详'}　{row.get('title') or '（无标题片段）'}")
    st.markdown(f"[在文章中查看原文与全部记录](articles?article={row['article_id']})")
    options, _, _ = query.filter_choices()
    review_panel(table, row, article, options, "queue")
undo_button("review")

# ---------------------------------------------------------------- accuracy
st.subheader("本库实测准确率")
acc = query.measured_accuracy()
if int(acc[["judged", "added"]].to_numpy().sum()) == 0:
    st.caption("还没有核对过的记录：确认、更正或删除若干条后，这里给出规则在本库上的实测准确率。")
else:
    acc_shown = pd.DataFrame({
        "表": acc["table"].map(TABLE_LABELS), "已判断": acc["judged"], "确认无误": acc["confirmed"],
        "更正": acc["corrected"], "删除": acc["rejected"],
        "准确率": acc["precision"].map(lambda p: "—" if pd.isna(p) else f"{p:.0%}"),
        "人工补充（规则遗漏）": acc["added"]})
    st.dataframe(acc_shown, hide_index=True, width="stretch")
    st.caption("准确率＝确认无误的条数 ÷ 已判断的条数（确认、更正、删除），只计全库中已核对的记录；条数少时仅供参考。")

# ---------------------------------------------------------------- orphans
orphans = query.review_orphans()
st.subheader(f"待重新核对（{len(orphans)}）")
if not orphans:
    st.caption("每一条核对都找到了它的记录。")
else:
    st.caption("这些核对找不到原来的记录（原文改动、来源删除，或规则不再产生该记录）。仍可计入的（已确认或已更正的）"
               "作为人工补充计入；请到原文重新核对，或撤销这些核对。")
    for i, o in enumerate(orphans):
        what = "、".join(str(v) for v in o.ident.values() if v) or o.text_hash[:12]
        last = o.state.last
        with st.container(border=True):
            text_caption(f"【{TABLE_LABELS[o.table]}】{what}　{o.why}　（{'计入' if o.counted else '不计入'}；"
                         f"{last.reviewer or '未署名'} {last.time}）")
            cols = st.columns([1, 1, 3])
            if o.article_ids:
                cols[0].markdown(f"[打开原文](articles?article={o.article_ids[0]})")
            with cols[1]:
                orphan_undo_button(o, i)

# ---------------------------------------------------------------- history, file, gold
st.subheader("核对历史")
hist = history_table(who)
table_or_note(hist, f"{who}还没有核对记录。" if who else "还没有核对记录：确认、更正或删除一条记录后，这里按时间列出每一步。",
      hide_index=True, width="stretch", height=min(35 * (len(hist) + 1) + 3, 320))
st.subheader("核对记录文件")
st.caption("导出为 JSON Lines（格式见 CONTRACT.md），可合并多位核对人的工作、纳入版本管理，或应用到从来源重建的数据存储。")
lines = export_lines(store_dir())
st.download_button(f"下载核对记录（{len(lines)} 条）", data="".join(
    json.dumps(x, ensure_ascii=False, default=str) + "\n" for x in lines).encode("utf-8"),
    file_name=safe_filename("核对记录", f).replace(".csv", ".jsonl"), mime="application/jsonl", key="rv_export",
    icon=":material/download:", on_click="ignore")
uploaded = file_uploader("导入核对记录文件（.jsonl）", ["jsonl", "json", "txt"], key="rv_import", what="核对记录文件")
if uploaded is not None:
    st.button("导入", key="rv_import_go", on_click=import_corrections, args=(uploaded.name, uploaded.getvalue()),
              icon=":material/upload:")
st.subheader("导出为评测金标准")
st.caption("把核对完毕的文章（活动、荣誉、资金记录均已核对）写成 ../shared/gold 格式的金标准文件，"
           "可用 python -m etl.evaluate --gold 文件 --input 来源 评测规则改动在本库上的效果。")
gold = gold_from_store(store_dir())
st.download_button(f"下载金标准（{len(gold['documents'])} 篇文件）", data=json.dumps(
    gold, ensure_ascii=False, indent=1).encode("utf-8"), file_name="本库核对金标准.json", mime="application/json",
    key="rv_gold", icon=":material/download:", on_click="ignore", disabled=not gold["documents"])
