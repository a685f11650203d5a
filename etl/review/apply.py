"""Applying the ledger to what the store holds now: a pure function from actions and rows to reviewed rows.

Every row of an article some action names is given again with its review status (the raw rows of
these articles are then left out, so every figure reads the reviewed rows instead). The actions on one
row (its durable key: table, article text hash, offsets, IDENT values) fold into one state: the last of
confirm / correct / reject decides whether the row stands; the values of every correct (and of an add)
apply in order. A row stands *confirmed* when its values are the extracted ones, *corrected* when any
differs, *added* when the rules never gave it.

Rules change: a row is found again at its offsets, else by its IDENT values in an overlapping span (a
sentence the rules now cut differently). A checked row that the rules no longer give at all is kept as an
added row from its snapshot and listed as an orphan (待重新核对) — it still counts; a rejection with
nothing to reject, and any action on an article whose text is no longer in the store, are listed and
count nowhere. Nothing is dropped silently.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from etl.review.ledger import IDENT, Action, effective
from etl.schema import EVENT_TYPES, REVIEW, TABLES

MANUAL_RULE = "manual"  # the `rule` of a row a reviewer added
VIEW_ONLY = {"_review_key": "string"}  # in the views (the dashboard acts on a row by it), never exported
ARTICLE_PROPAGATED = {"issue_date": ("locations", "events", "awards", "funding", "keywords"),
                      "primary_province": ("keywords",)}


@dataclass
class State:
    """What the actions on one row say, folded in order."""
    stands: bool = True
    values: dict = field(default_factory=dict)  # column → value, every correct's and the add's
    added: bool = False
    snapshot: dict = field(default_factory=dict)
    last: Action | None = None
    actions: list[Action] = field(default_factory=list)

    @property
    def note(self) -> str:
        a = self.last
        return "；".join(x for x in ((a.reason, a.note) if a else ()) if x)


def fold(actions: list[Action]) -> State:
    s = State()
    for a in actions:
        s.actions.append(a)
        s.last = a
        if not s.snapshot and a.row:
            s.snapshot = dict(a.row)
        if a.action == "reject":
            s.stands = False
        else:
            s.stands = True
            s.values.update(a.set or {})
            s.added = s.added or a.action == "add"
    return s


@dataclass
class Orphan:
    """Actions on a row that the store no longer gives as it was: listed on the review page (待重新核对)."""
    table: str
    text_hash: str
    start: int | None
    end: int | None
    ident: dict
    why: str
    counted: bool  # kept as an added row (a checked row the rules now miss)
    state: State
    article_ids: list[str]


@dataclass
class Applied:
    frames: dict[str, pd.DataFrame]  # every row of the touched articles, rejected ones included
    touched: list[str]  # the articles whose raw rows `frames` replaces
    orphans: list[Orphan]
    placed: int  # row keys found in the store


# ------------------------------------------------------------------------------------------ values

@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    from etl.analyse.places import units
    out = {"全国": "全国"}
    for u in units():
        out[u.province] = out[u.province_short] = u.province_short
    return out


def province_short(value: object) -> str:
    """江西省 / 江西 → 江西; 全国 stays; anything else as given (the form checks it before it is written)."""
    text = "" if value is None else str(value).strip()
    return _provinces().get(text, text)


def coerce(dtype: str, value: object) -> object:
    """A value typed in a form or read from JSON as the column's type (empty → missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", "") if dtype in ("float64", "Int64") else value.strip()
        if value == "":
            return None if dtype != "string" else ""
    if dtype == "float64":
        return float(value)
    if dtype == "Int64":
        return int(float(value))
    if dtype == "boolean":
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "是", "yes")
    return str(value)


DATE_COLUMNS = ("date_start", "date_end", "issue_date")


def _is_date(text: str) -> bool:
    import datetime as dt
    try:
        dt.date.fromisoformat(text)
        return len(text) == 10
    except ValueError:
        return False


def check_values(table: str, values: dict) -> list[str]:
    """What is wrong with a correction's values (unknown column, wrong type, unknown enumerated value)."""
    from etl.schema import ENUMS
    problems = []
    for col, v in values.items():
        if col not in TABLES[table] or col in ("article_id", "text", "text_hash", "doc_hash", "rule", "confidence"):
            problems.append(f"{table} 没有可更正的字段 {col}")
            continue
        try:
            typed = coerce(TABLES[table][col], v)
        except (TypeError, ValueError):
            problems.append(f"{col} 的值 {v!r} 不是{'数字' if TABLES[table][col] != 'string' else '文字'}")
            continue
        allowed = ENUMS.get((table, col))
        if allowed is not None and typed not in allowed and typed not in (None, ""):
            problems.append(f"{col} 的值 {v!r} 不在可选值中（{'、'.join(k for k in allowed if k)}）")
        if col in ("province", "primary_province") and typed and province_short(typed) not in _provinces().values():
            problems.append(f"{col} 的值 {v!r} 不是省级单位或“全国”")
        if col in DATE_COLUMNS and typed and not _is_date(str(typed)):
            problems.append(f"{col} 的值 {v!r} 不是日期（写作 YYYY-MM-DD）")
    return problems


def _derived(table: str, row: dict, changed: set[str]) -> None:
    """Columns that follow a corrected one (a type's label, a place's code and coordinates)."""
    if "province" in changed and row.get("province"):
        row["province"] = province_short(row["province"])
    if table == "events" and "event_type" in changed:
        row["event_type_label"] = EVENT_TYPES.get(row.get("event_type") or "", row.get("event_type_label"))
    if table == "locations" and changed & {"province", "city", "county"}:
        from etl.analyse.places import units
        wanted = [row.get("county") or "", row.get("city") or "", ""]
        for name, level in zip(wanted, ("county", "city", "province")):
            hits = [u for u in units() if u.level == level and u.province_short == row.get("province")
                    and (u.name == name if name else True)]
            if hits and (name or level == "province"):
                u = hits[0]
                row.update(province_full=u.province, adcode=u.adcode, level=level, lng=u.lng, lat=u.lat,
                           city=u.city or row.get("city") or "", county=u.county or "")
                break


# ------------------------------------------------------------------------------------------ apply

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find(rows: list[dict], used: set[int], table: str, start, end, ident: tuple) -> int | None:
    """The extracted row a key names: at its offsets, else by its IDENT values in an overlapping span."""
    def ident_of(r: dict) -> tuple:
        return tuple(str(r.get(c) or "") for c in IDENT[table])
    free = [i for i in range(len(rows)) if i not in used and ident_of(rows[i]) == ident]
    for i in free:
        if rows[i].get("start") == start and rows[i].get("end") == end:
            return i
    if start is None or end is None:
        return free[0] if free and table == "articles" else None
    near = [i for i in free if rows[i].get("start") is not None
            and _overlaps((int(rows[i]["start"]), int(rows[i]["end"])), (int(start), int(end)))]
    return min(near, key=lambda i: abs(int(rows[i]["start"]) - int(start))) if near else None


def _stamp(row: dict, status: str, state: State | None) -> dict:
    last = state.last if state else None
    row.update(review_status=status, reviewed_by=last.reviewer if last else None,
               reviewed_at=last.time if last else None, review_note=(state.note or None) if state else None,
               _review_key=json.dumps([last.start, last.end, last.ident], ensure_ascii=False) if last else None)
    return row


def row_key(row: dict) -> tuple[int | None, int | None, dict | None]:
    """The offsets and IDENT values that name a reviewed row in the ledger: those of the first action on it
    (a row found again at other offsets, or corrected since, is still named as it was), else its own."""
    key = row.get("_review_key")
    if isinstance(key, str) and key:
        start, end, ident = json.loads(key)
        return start, end, ident
    return row.get("start"), row.get("end"), None


def _with_values(table: str, base: dict, values: dict) -> tuple[dict, bool]:
    """The row after the values, and whether any differs from the base."""
    out = dict(base)
    changed = set()
    for col, v in values.items():
        if col not in TABLES[table]:
            continue
        typed = coerce(TABLES[table][col], v)
        if typed != _plain(base.get(col)):
            changed.add(col)
        out[col] = typed
    _derived(table, out, changed)
    return out, bool(changed)


def _plain(v: object) -> object:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def apply(actions: list[Action], articles: pd.DataFrame, facts: dict[str, pd.DataFrame]) -> Applied:
    """The reviewed rows of every article the actions name.

    `articles`: the store's article rows whose text_hash some action names (every column, `part` too);
    `facts`: every row of those articles in each fact table and in keywords."""
    live = effective(actions)
    groups: dict[tuple, list[Action]] = {}
    for a in live:
        groups.setdefault(a.key, []).append(a)
    by_hash: dict[str, list[dict]] = {}
    for r in articles.to_dict("records"):
        by_hash.setdefault(r["text_hash"], []).append({k: _plain(v) for k, v in r.items()})
    touched = [r["article_id"] for rs in by_hash.values() for r in rs
               if any(k[1] == r["text_hash"] for k in groups)]
    rows: dict[str, dict[str, list[dict]]] = {t: {} for t in facts}
    for t, df in facts.items():
        for r in df.to_dict("records"):
            if r["article_id"] in touched:
                rows[t].setdefault(r["article_id"], []).append(_stamp({k: _plain(v) for k, v in r.items()},
                                                                      "unchecked", None))
    arts = {r["article_id"]: _stamp(r, "unchecked", None) for rs in by_hash.values() for r in rs
            if r["article_id"] in touched}
    orphans: list[Orphan] = []
    placed = 0
    # articles first: a corrected issue date or province reaches the article's facts below
    for key in sorted(groups, key=lambda k: k[0] != "articles"):
        table, text_hash, start, end, ident = key
        state = fold(groups[key])
        targets = [r["article_id"] for r in by_hash.get(text_hash, [])]
        if not targets:
            orphans.append(Orphan(table, text_hash, start, end, dict(zip(IDENT[table], ident)),
                                  "文章已不在数据中（原文改动或来源删除）", False, state, []))
            continue
        found_any = False
        for aid in targets:
            if table == "articles":
                art = arts[aid]
                new, changed = _with_values(table, art, state.values)
                arts[aid] = _stamp(new, "rejected" if not state.stands else "corrected" if changed else "confirmed",
                                   state)
                found_any = True
                continue
            table_rows = rows.setdefault(table, {}).setdefault(aid, [])
            i = _find(table_rows, {j for j, r in enumerate(table_rows) if r["review_status"] != "unchecked"},
                      table, start, end, ident)
            if i is not None:
                found_any = True
                new, changed = _with_values(table, table_rows[i], state.values)
                table_rows[i] = _stamp(new, "rejected" if not state.stands else "corrected" if changed
                                       else "confirmed", state)
            elif state.stands and (state.added or state.snapshot):
                table_rows.append(_stamp(_added_row(table, arts[aid], state, start, end), "added", state))
        placed += found_any
        if not found_any and not state.added:
            why = "规则已不再产生该记录（已作为人工补充计入）" if state.stands else "规则已不再产生该记录（删除无须再做）"
            orphans.append(Orphan(table, text_hash, start, end, dict(zip(IDENT[table], ident)), why,
                                  state.stands, state, targets))
    _follow_articles(arts, rows)
    frames = {"articles": _frame("articles", list(arts.values()), extra=("part",))}
    for t in facts:
        frames[t] = _frame(t, [r for rs in rows.get(t, {}).values() for r in rs])
    return Applied(frames, touched, orphans, placed)


def _added_row(table: str, art: dict, state: State, start, end) -> dict:
    """A row the rules do not give: from the reviewer's values over the snapshot of what they saw."""
    base = {c: None for c in TABLES[table]}
    base.update({k: v for k, v in state.snapshot.items() if k in base})
    text = art.get("text") or ""
    base.update(article_id=art["article_id"], issue_date=art.get("issue_date"), start=start, end=end,
                evidence=text[int(start):int(end)] if start is not None and end is not None else None)
    if state.added:
        base.update(rule=MANUAL_RULE, confidence=1.0)
    row, _ = _with_values(table, base, state.values)
    return row


def _follow_articles(arts: dict[str, dict], rows: dict[str, dict[str, list[dict]]]) -> None:
    """An article's corrected date and province reach its facts; a rejected article takes them all out."""
    for aid, art in arts.items():
        for col, tables in ARTICLE_PROPAGATED.items():
            for t in tables:
                for r in rows.get(t, {}).get(aid, []):
                    r[col] = art.get(col)
        if art["review_status"] == "rejected":
            for t in rows:
                for r in rows[t].get(aid, []):
                    r["review_status"] = "rejected"
                    r["review_note"] = "所在文章已删除"


def _frame(table: str, records: list[dict], extra: tuple[str, ...] = ()) -> pd.DataFrame:
    cols = {**TABLES[table], **REVIEW, **VIEW_ONLY, **{c: "string" for c in extra}}
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in records], columns=list(cols))
    return df.astype(cols)
