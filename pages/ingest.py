"""导入: upload pages; they are saved under data/uploads, processed, and the dashboard refreshes."""
import streamlit as st

from dashboard import query
from dashboard.data import store_dir
from dashboard.filters import page_data
from dashboard.ui import download_query, file_name, file_uploader, md_escape
from etl.schema import INGEST_STATUSES

STATUS = INGEST_STATUSES


def readable(log):
    """The ingest log with Chinese headings and statuses, file names without their folders."""
    # what a user acts on first (file, status, message), the checksum last; file names without server paths
    return log.assign(status=log["status"].map(lambda s: STATUS.get(s, s)),
                      file=log["file"].map(file_name))[
        ["file", "status", "message", "articles", "encoding", "time", "size", "etl_version", "hash"]].rename(columns={
        "file": "文件", "hash": "内容哈希", "size": "字节", "encoding": "编码", "status": "状态", "message": "说明",
        "articles": "文章数", "time": "时间", "etl_version": "规则版本"})


f = page_data()
st.title("导入版面")
st.caption("支持 .txt / .md / .html / .docx / .pdf（数字报版面 PDF，按版面读出阅读顺序；扫描图片版暂不支持），"
           "以及这些文件的 .zip。文件名不含日期时可指定出版日期。")
files = file_uploader("选择文件", ["txt", "md", "html", "htm", "docx", "pdf", "zip"], key="upload_files", multiple=True)
left, right = st.columns(2)
issue_date = left.date_input("出版日期（可选，用于文件名中没有日期的文件）", value=None, key="upload_date")
paper = right.text_input("报纸名（可选，用于报道、版面与文件名都没有报纸名的文章）", key="upload_paper", max_chars=30,
                         placeholder="例如：江西工人报",
                         help="作为一条文章更正记入核对记录：重新抽取后仍然有效，可在核对页查看或撤销。")
replace = False
if files:
    from etl.store.ingest import upload_conflicts
    conflicts = upload_conflicts(store_dir().parent / "uploads", [(u.name, u.getvalue()) for u in files])
    if conflicts:
        # replacing a kept file is the user's explicit choice, shown before it happens
        st.warning(f"已有同名但内容不同的文件：{md_escape('、'.join(conflicts))}。默认两者都保留（新文件另存）。")
        replace = st.checkbox("改为用新文件替换这些同名文件（原文件的文章将从数据中删除）", key="upload_replace")
if files and st.button("开始导入", type="primary"):
    from etl.store import StoreError
    from etl.store.ingest import ingest_uploads
    bar = st.progress(0.0, text="正在处理…")
    try:
        result = ingest_uploads([(u.name, u.getvalue()) for u in files], store_dir(), issue_date=issue_date,
                                progress=lambda done, total: bar.progress(done / max(total, 1),
                                                                          text=f"已处理 {done}/{total}"),
                                replace=replace)
    except StoreError as exc:
        st.error(md_escape(exc))
        st.stop()
    if paper.strip():
        from dashboard.review import reviewer
        from etl.review.settings import set_paper
        named = set_paper(store_dir(), result.loc[result["status"] != "error", "file"].astype(str).tolist(), paper,
                          reviewer())
        st.session_state["import_paper_note"] = f"{named} 篇没有报纸名的文章设为“{paper.strip()}”。"
    st.session_state["last_import"] = result
    st.rerun()  # every cached table and the sidebar's choices follow the new store version

if "last_import" in st.session_state:
    result = st.session_state["last_import"]
    counts = result["status"].value_counts()
    added, failed = int(counts.get("ok", 0) + counts.get("warning", 0)), int(counts.get("error", 0))
    same = int(counts.get("duplicate", 0) + counts.get("unchanged", 0))
    parts = [f"{added} 个文件已加入"] + ([f"{same} 个与已有内容相同、未重复加入（见说明）"] if same else []) + \
        ([f"{failed} 个失败"] if failed else [])
    (st.success if added or same else st.error)("完成：" + "，".join(parts) + "。" +
                                                md_escape(st.session_state.get("import_paper_note", "")))
    st.dataframe(readable(result), hide_index=True, width="stretch")
st.subheader("导入日志")
LOG_ROWS = 2000
log = query.rows("ingest_log", f, LOG_ROWS)  # newest first
total = query.row_count("ingest_log", f)
if total > LOG_ROWS:
    st.caption(f"显示最近的 {LOG_ROWS:,} 个文件；下载包含全部 {total:,} 个。")
st.dataframe(readable(log), hide_index=True, width="stretch")
download_query("ingest_log", "导入日志", f, key="dl_ingest_log")
