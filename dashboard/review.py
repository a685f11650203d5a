"""Review in the app: who is checking, the actions on one row, and the panel the reader (文章) and the review
page (核对) share.

Every action is one append to the store's corrections ledger (etl.review), made in a button's callback, so
the run that follows already reads the corrected figures (the query caches are keyed on the ledger's
version). A row is named by its article's text hash and the key the ledger first knew it by, so acting
on a row that was corrected, or found again at new offsets after a rules change, extends its history.
"""
from __future__ import annotations

import hashlib
import math
import re

import pandas as pd
import streamlit as st

from dashboard.data import store_dir
from dashboard.ui import md_escape
from etl.review import IDENT, Action, Ledger, LedgerError, ident_of
from etl.review.apply import check_values, row_key
from etl.review.ledger import ACTIONS, REJECT_REASONS
from etl.schema import (
    AWARD_STATUSES,
    EVENT_SCOPES,
    EVENT_TYPES,
    FLOWS,
    PAYER_TYPES,
    RECIPIENT_KINDS,
    REVIEW_STATUSES,
    TABLES,
    column_doc,
)

KEY_REVIEWER = "rev_name"
TABLE_LABELS = {"events": "活动", "awards": "荣誉", "funding": "资金", "locations": "地点", "articles": "文章"}
# what a reviewer may change, per table, in the order a form asks it; a dict gives the choices
EDITABLE: dict[str, list[tuple[str, dict | None]]] = {
    "events": [("event_type", EVENT_TYPES), ("name", None), ("date_start", None), ("date_end", None),
               ("province", None), ("city", None), ("county", None), ("organizer", None), ("participants", None),
               ("scope", EVENT_SCOPES)],
    "awards": [("award", None), ("recipient", None), ("recipient_kind", {"": "未明", **RECIPIENT_KINDS}),
               ("recipient_count", None), ("group_count", None), ("award_status", AWARD_STATUSES), ("year", None),
               ("awarded_by", None), ("province", None)],
    "funding": [("amount_yuan", None), ("amount_text", None), ("each_count", None), ("year", None), ("province", None),
                ("payer", None), ("payer_type", PAYER_TYPES), ("flow", FLOWS), ("purpose", None)],
    "locations": [("province", None), ("city", None), ("county", None)],
    "articles": [("title", None), ("issue_date", None), ("primary_province", None), ("paper", None), ("page", None)],
}
# an added row needs at least these
REQUIRED = {"events": ("name", "event_type"), "awards": ("award",), "funding": ("amount_yuan",),
            "locations": ("province",)}
SENTENCE_END = re.compile(r"(?<=[。！？!?；])|\n")


# ------------------------------------------------------------------------------------------ who

def reviewer_input() -> str:
    """The reviewer's name in the sidebar, kept for the session and in the URL (a bookmark remembers it)."""
    if KEY_REVIEWER not in st.session_state:
        st.session_state[KEY_REVIEWER] = st.query_params.get("reviewer", "")[:40]
    name = st.sidebar.text_input("核对人", key=KEY_REVIEWER, max_chars=40, placeholder="填写姓名后可核对、更正记录",
                                 help="每一次确认、更正、删除、补充都记下核对人和时间；在文章页和核对页使用。").strip()
    if name and st.query_params.get("reviewer") != name:
        st.query_params["reviewer"] = name
    elif not name and "reviewer" in st.query_params:
        del st.query_params["reviewer"]
    return name


def reviewer() -> str:
    return str(st.session_state.get(KEY_REVIEWER) or "").strip()


# ------------------------------------------------------------------------------------------ actions

def _plain(v: object) -> object:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def snapshot(table: str, row: dict) -> dict:
    return {c: _plain(row.get(c)) for c in TABLES[table] if c in row and c != "text"}


def action_for(what: str, table: str, row: dict, text_hash: str, **kw) -> Action:
    """An action on a row as the views give it (reviewed or not)."""
    start, end, ident = row_key(row) if table != "articles" else (None, None, {})
    return Action(what, table, text_hash, None if start is None else int(start), None if end is None else int(end),
                  ident if ident is not None else ident_of(table, row), snapshot(table, row),
                  reviewer=reviewer(), article_id=str(row.get("article_id") or ""), **kw)


def record(action: Action, done: str) -> None:
    """Write one action; what happened is said on the next run (st.toast survives the rerun)."""
    try:
        Ledger(store_dir()).append([action])
        st.session_state["rev_flash"] = done
    except LedgerError as exc:
        st.session_state["rev_error"] = str(exc)


def _confirm(table: str, row: dict, text_hash: str) -> None:
    record(action_for("confirm", table, row, text_hash), f"已确认该条{TABLE_LABELS[table]}记录")


def _reject(table: str, row: dict, text_hash: str, key: str) -> None:
    reason = st.session_state.get(f"{key}_reason") or REJECT_REASONS[-1]
    note = str(st.session_state.get(f"{key}_note") or "").strip()
    record(action_for("reject", table, row, text_hash, reason=reason, note=note),
           f"已删除该条{TABLE_LABELS[table]}记录（{reason}）：它不再计入任何数字")


def _typed_text(value: object) -> str:
    v = _plain(value)
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _form_values(table: str, key: str) -> dict:
    return {col: st.session_state.get(f"{key}_{col}") for col, _ in EDITABLE[table]}


def _correct(table: str, row: dict, text_hash: str, key: str) -> None:
    values = _form_values(table, key)
    changed = {c: ("" if v is None else v) for c, v in values.items() if _typed_text(v) != _typed_text(row.get(c))}
    if not changed:
        st.session_state["rev_error"] = "没有改动：请修改要更正的字段后再保存。"
        return
    problems = check_values(table, changed)
    if problems:
        st.session_state["rev_error"] = "更正未保存：" + "；".join(problems)
        return
    note = str(st.session_state.get(f"{key}_cnote") or "").strip()
    names = "、".join(column_doc(table, c)[0] for c in changed)
    record(action_for("correct", table, row, text_hash, set=changed, note=note), f"已更正：{names}")


def _add(article: dict, key: str) -> None:
    table = st.session_state.get(f"{key}_table") or "awards"
    sentence = st.session_state.get(f"{key}_sentence")
    values = {c: v for c, v in _form_values(table, f"{key}_{table}").items() if _typed_text(v) != ""}
    missing = [column_doc(table, c)[0] for c in REQUIRED[table] if c not in values]
    problems = check_values(table, values) + ([f"请填写{'、'.join(missing)}"] if missing else [])
    if sentence is None:
        problems.append("请选择这条记录所在的句子")
    if problems:
        st.session_state["rev_error"] = "补充未保存：" + "；".join(problems)
        return
    start, end = sentence
    if table == "awards":
        values.setdefault("recipient_count", 1 if values.get("recipient") else None)
        values.setdefault("award_status", "current")
    values.setdefault("province", article.get("primary_province") or "")
    note = str(st.session_state.get(f"{key}_anote") or "").strip()
    record(Action("add", table, article["text_hash"], int(start), int(end), ident_of(table, values), {}, values,
                  note=note, reviewer=reviewer(), article_id=article["article_id"]),
           f"已补充一条{TABLE_LABELS[table]}记录")


def _undo(who: str) -> None:
    try:
        last = Ledger(store_dir()).undo_last(who)
    except LedgerError as exc:
        st.session_state["rev_error"] = str(exc)
        return
    st.session_state["rev_flash"] = (f"已撤销：{ACTIONS[last.action]}（{TABLE_LABELS[last.table]}，{last.time}）"
                                     if last else "没有可撤销的操作")


def _undo_group(ids: list[str], text_hash: str, table: str) -> None:
    actions = [Action("undo", table, text_hash, target=i, reviewer=reviewer(), note="待重新核对：撤销") for i in ids]
    try:
        Ledger(store_dir()).append(actions)
        st.session_state["rev_flash"] = f"已撤销该记录的 {len(ids)} 次核对"
    except LedgerError as exc:
        st.session_state["rev_error"] = str(exc)


# ------------------------------------------------------------------------------------------ drawing

def show_messages() -> None:
    """What the last action did (or why it was refused)."""
    if "rev_flash" in st.session_state:
        # ten seconds, not four: a reviewer reading the evidence should still see what was saved
        st.toast(md_escape(st.session_state.pop("rev_flash")), icon=":material/check_circle:", duration="long")
    if "rev_error" in st.session_state:
        st.error(md_escape(st.session_state.pop("rev_error")), icon=":material/error:")


def row_id(table: str, row: dict) -> str:
    start, end, ident = row_key(row)
    raw = f"{table}|{row.get('article_id')}|{start}|{end}|{ident or ident_of(table, row)}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def row_label(table: str, row: dict) -> str:
    """One line naming a row: table, what it says, status and confidence."""
    if table == "articles":
        return f"【文章】{row.get('title') or '（无标题片段）'}　· {REVIEW_STATUSES.get(str(row.get('review_status')), '')}"
    main = {"events": lambda r: f"{r.get('event_type_label') or ''}｜{r.get('name') or ''}",
            "awards": lambda r: f"{r.get('award') or ''}｜{r.get('recipient') or (str(r.get('recipient_count') or '') + '人')}",
            "funding": lambda r: f"{r.get('amount_text') or ''}｜{r.get('payer') or '出资方未明'}",
            "locations": lambda r: f"{r.get('mention') or ''}（{r.get('province') or ''}{r.get('city') or ''}）"}[table](row)
    status = REVIEW_STATUSES.get(str(row.get("review_status") or "unchecked"), "")
    conf = _plain(row.get("confidence"))
    return f"【{TABLE_LABELS[table]}】{main}　· {status}" + (f" · 可信度 {conf:.2f}" if conf is not None else "")


def _field(table: str, col: str, choices: dict | None, current: object, key: str, provinces: list[str]) -> None:
    label = column_doc(table, col)[0]
    if choices is not None:
        options = list(choices)
        value = _plain(current) or ""
        if value not in options:
            options.append(value)
        st.selectbox(label, options, index=options.index(value), format_func=lambda k: choices.get(k, k or "—"),
                     key=f"{key}_{col}")
    elif col in ("province", "primary_province"):
        value = _plain(current) or ""
        options = [""] + [p for p in provinces if p] + ([value] if value and value not in provinces else [])
        st.selectbox(label, options, index=options.index(value), format_func=lambda k: k or "—", key=f"{key}_{col}")
    else:
        st.text_input(label, value=_typed_text(current), key=f"{key}_{col}",
                      help="日期写作 YYYY-MM-DD；金额写作元（如 12000000）" if col in ("date_start", "date_end", "issue_date",
                                                                          "amount_yuan") else None)


def shown_time(iso: str) -> str:
    """2026-12-04T23:54:14+00:00 → 2026-12-04 23:54:14 (the ledger keeps the zone; a table need not show it)."""
    return str(iso or "").replace("T", " ")[:19]


def history(table: str, row: dict, text_hash: str) -> pd.DataFrame:
    """Every action on a row, newest first (undone ones marked)."""
    start, end, ident = row_key(row)
    key = (table, text_hash, start, end, tuple(str((ident or ident_of(table, row)).get(c) or "") for c in IDENT[table]))
    actions = Ledger(store_dir()).actions()
    undone = {a.target: a for a in actions if a.action == "undo"}
    mine = [a for a in actions if a.action != "undo" and (a.key == key if table != "articles" else
                                                            (a.table == "articles" and a.text_hash == text_hash))]
    out = [{"时间": shown_time(a.time), "核对人": a.reviewer, "操作": ACTIONS[a.action],
            "内容": "；".join([*(f"{column_doc(table, c)[0]}→{v}" for c, v in a.set.items()), a.reason, a.note]).strip("；"),
            "状态": f"已撤销（{undone[a.id].reviewer} {undone[a.id].time}）" if a.id in undone else "有效"}
           for a in reversed(mine)]
    return pd.DataFrame(out, columns=["时间", "核对人", "操作", "内容", "状态"])


def review_panel(table: str, row: dict, article: dict, provinces: list[str], where: str) -> None:
    """The actions on one row: 确认, 更正 (a form of its fields), 删除 (with a reason), and its history."""
    who = reviewer()
    key = f"rv_{where}_{row_id(table, row)}"
    text_hash = article.get("text_hash") or ""
    st.markdown(f"**{md_escape(row_label(table, row))}**")
    if table != "articles" and row.get("evidence"):
        st.caption("原文证据")
        st.text(str(row.get("evidence")))
    if not who:
        st.info("请先在左侧填写“核对人”，再确认、更正或删除记录。", icon=":material/person:")
    confirm, reject = st.columns([1, 2])
    confirm.button("确认无误", key=f"{key}_ok", type="primary", disabled=not who, on_click=_confirm,
                   args=(table, row, text_hash), icon=":material/check:", width="stretch")
    with reject:
        c1, c2, c3 = st.columns([2, 2, 1.2])
        c1.selectbox("删除理由", REJECT_REASONS, key=f"{key}_reason", label_visibility="collapsed")
        c2.text_input("说明", key=f"{key}_note", placeholder="说明（可选）", label_visibility="collapsed")
        c3.button("删除", key=f"{key}_del", disabled=not who, on_click=_reject, args=(table, row, text_hash, key),
                  icon=":material/delete:", width="stretch")
    with st.expander("更正这条记录", expanded=False):
        with st.form(key=f"{key}_form", border=False):
            cols = st.columns(3)
            for i, (col, choices) in enumerate(EDITABLE[table]):
                with cols[i % 3]:
                    _field(table, col, choices, row.get(col), key, provinces)
            st.text_input("更正说明（可选）", key=f"{key}_cnote")
            st.form_submit_button("保存更正", disabled=not who, on_click=_correct, args=(table, row, text_hash, key),
                                  icon=":material/edit:")
    past = history(table, row, text_hash)
    if len(past):
        with st.expander(f"核对历史（{len(past)} 次）"):
            st.dataframe(past, hide_index=True, width="stretch")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The article's sentences with their offsets (what an added row's evidence is chosen from)."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() if text[m.start():m.start() + 1] == "\n" else m.end()
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append((start + lead, end, text[start + lead:end]))
        start = m.end()
    if text[start:].strip():
        lead = len(text[start:]) - len(text[start:].lstrip())
        out.append((start + lead, len(text), text[start + lead:]))
    return out


def add_panel(article: dict, provinces: list[str]) -> None:
    """补充: a fact the rules missed — its sentence picked from the article, its fields filled in."""
    who = reviewer()
    key = f"add_{article['article_id']}"
    text = article.get("text") or ""
    options = [(s, e) for s, e, _ in sentences(text)]
    lookup = {(s, e): t for s, e, t in sentences(text)}
    table = st.selectbox("补充哪一类记录", ["awards", "events", "funding", "locations"], format_func=TABLE_LABELS.get,
                         key=f"{key}_table")
    st.selectbox("所在句子（记录的原文证据）", options, key=f"{key}_sentence",
                 format_func=lambda se: f"{se[0]}–{se[1]}：{lookup[se][:70]}{'…' if len(lookup[se]) > 70 else ''}")
    with st.form(key=f"{key}_form", border=False):
        cols = st.columns(3)
        for i, (col, choices) in enumerate(EDITABLE[table]):
            with cols[i % 3]:
                _field(table, col, choices, None, f"{key}_{table}", provinces)
        st.text_input("说明（可选）", key=f"{key}_anote")
        st.form_submit_button("补充这条记录", disabled=not who, on_click=_add, args=(article, key),
                              icon=":material/add:")
    if not who:
        st.caption("填写左侧“核对人”后可补充。")


def orphan_undo_button(orphan, i: int) -> None:
    """Take back every action on a row that can no longer be found (the reviewer then checks it afresh)."""
    ids = [a.id for a in orphan.state.actions]
    st.button("撤销这些核对", key=f"rv_orphan_{i}", disabled=not reviewer(), on_click=_undo_group,
              args=(ids, orphan.text_hash, orphan.table), icon=":material/undo:")


def history_table(who: str = "", limit: int = 200) -> pd.DataFrame:
    """The latest actions of the ledger (one reviewer's when a name is given), newest first."""
    actions = Ledger(store_dir()).actions()
    undone = {a.target for a in actions if a.action == "undo"}
    rows = [{"时间": shown_time(a.time), "核对人": a.reviewer, "操作": ACTIONS[a.action], "表": TABLE_LABELS[a.table],
             "记录": "、".join(str(v) for v in a.ident.values() if v) or a.row.get("title") or "",
             "内容": "；".join([*(f"{column_doc(a.table, c)[0]}→{v}" for c, v in a.set.items()), a.reason, a.note]).strip("；"),
             "文章": a.article_id, "状态": "已撤销" if a.id in undone else ("" if a.action == "undo" else "有效")}
            for a in reversed(actions) if not who or a.reviewer == who][:limit]
    return pd.DataFrame(rows, columns=["时间", "核对人", "操作", "表", "记录", "内容", "文章", "状态"])


def import_corrections(name: str, data: bytes) -> None:
    """Apply an uploaded corrections file; what was applied and each line refused are said."""
    import tempfile
    from pathlib import Path

    from etl.review.transfer import import_file
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (Path(name).name or "corrections.jsonl")
        path.write_bytes(data)
        try:
            report = import_file(store_dir(), path)
        except LedgerError as exc:
            st.session_state["rev_error"] = str(exc)
            return
    st.session_state["rev_flash"] = report.summary(name)
    if report.problems:
        st.session_state["rev_error"] = "以下各行未导入：" + "；".join(report.problems[:20]) + \
            (f"……等 {len(report.problems)} 行" if len(report.problems) > 20 else "")


def _confirm_all(rows: list[tuple[str, dict]], text_hash: str) -> None:
    actions = [action_for("confirm", t, r, text_hash, note="本文其余记录全部确认") for t, r in rows]
    try:
        Ledger(store_dir()).append(actions)
        st.session_state["rev_flash"] = f"已确认本文其余 {len(actions)} 条记录"
    except LedgerError as exc:
        st.session_state["rev_error"] = str(exc)


def confirm_all_button(rows: list[tuple[str, dict]], article: dict) -> None:
    """Confirm every row of the article still unchecked (after the doubtful ones were dealt with one by one)."""
    if rows:
        st.button(f"本文其余 {len(rows)} 条未核对记录全部确认", key=f"rv_all_{article['article_id']}",
                  disabled=not reviewer(), on_click=_confirm_all, args=(rows, article.get("text_hash") or ""),
                  icon=":material/done_all:", help="确认后本文即为核对完毕，可导出为本库的评测金标准。")


def undo_button(where: str) -> None:
    who = reviewer()
    st.button("撤销我的上一步", key=f"rev_undo_{where}", disabled=not who, on_click=_undo, args=(who,),
              icon=":material/undo:", help="撤销本核对人最近一次仍有效的操作（确认、更正、删除或补充）；撤销本身也记入核对历史。")
