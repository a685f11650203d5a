"""Where the app's store is, making it usable on first run, and the filter every page applies.

The app reads the Parquet store under data/store through the query layer (dashboard.query). On a fresh
checkout there is none yet: the first load builds it from the bundled sample page. Queries are cached on
the store's content hash (manifest.json), so a new ingest shows up on the next rerun.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from etl.schema import ARTICLE_KINDS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STORE_DIR = ROOT / "data" / "store"


def store_dir() -> Path:
    """The store the app reads: UNION_STORE_DIR (tests, deployments) or data/store."""
    return Path(os.environ.get("UNION_STORE_DIR") or DEFAULT_STORE_DIR)


SAMPLE_DIR = ROOT / "data" / "sample"
NATIONAL = "全国"
KIND_LABELS = ARTICLE_KINDS


# what the headline figures count by default (the sidebar's 口径 switches widen them)
# 工会活动 by default: what a union body organises. Labour activity of government and employers is a figure of its own
# beside it (a switch adds it in); Party and state sessions, sport and culture at large are 'other'
DEFAULT_SCOPES = ("union",)
NOT_PROGRAMME_MONEY = ("loan", "refund", "cumulative", "budget", "rate")  # bank loans and government refunds are no
# union programme's money; a running or multi-year total (累计拨付3850万元, 近3年筹资7127万元) adds up amounts reported on
# their own; money planned or budgeted (计划援助帮扶资金1029万元, 拟投入) is not yet given; one person's share with no
# count of people (为每名困难职工发放慰问金1000元) is no sum given


@dataclass(frozen=True)
class Filter:
    provinces: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] = ()
    date_basis: str = "issue"  # "issue": every table by its article's issue date; "event": events by their own date
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    money: str = "union"  # "union": union money only; "all": all worker-related money
    awards: str = "current"  # "current": honours given in the reported event; "all": cumulative and prior too
    query: str = ""  # full-text search: only articles whose headline, text, byline or source contains it
    checked: bool = False  # 只计已核对: facts a reviewer confirmed, corrected or added, nothing unchecked
    place_basis: str = "primary"  # "primary": by the article's primary province (facts by their own); "involved":
    # also every article that names a place in the province (partner cities, counties, a four-province mechanism)
    cities: tuple[str, ...] = ()  # 地级市: articles naming the city (events also by their own city)

    def basis(self) -> str:
        """What the figures count under this filter, in words a report can quote."""
        parts = {"union": "工会活动", "labour": "劳动就业活动（政府、企业）", "other": "党政会议等其他活动"}
        events = "、".join(v for k, v in parts.items() if k in self.scopes) + \
            ("（不含" + "、".join(v for k, v in parts.items() if k not in self.scopes) + "）"
             if set(parts) - set(self.scopes) else "")
        money = "全部职工相关资金（工会、政府、企业、社会）" if self.money == "all" else "工会资金（不含政府返还补贴、贷款、累计数与计划安排）"
        honours = "含累计数与既往荣誉" if self.awards == "all" else "报道中本次授予的荣誉"
        dates = "活动按活动日期、其余按出版日期" if self.date_basis == "event" else "出版日期"
        if self.query:
            from dashboard.search import parse
            search = f"；仅含全文{parse(self.query).describe() or '包含“' + self.query + '”'}的文章"
        else:
            search = ""
        checked = "；只计已核对（确认、更正或人工补充）的记录" if self.checked else ""
        if self.provinces or self.cities:
            where = "、".join(self.cities or self.provinces)
            search += (f"；地域＝文中涉及{where}（任一地点）" if self.place_basis == "involved" or self.cities
                       else f"；地域＝主要省份为{where}（记录按其自身省份）")
        return f"口径：活动＝{events}；资金＝{money}；荣誉＝{honours}；日期依据＝{dates}{search}{checked}。" \
               "同一活动、同一荣誉多篇报道只计一次；核对中删除的记录不计入。"

    def events_label(self) -> str:
        """What the activity figure is called: 工会活动 when it counts nothing else."""
        return "工会活动" if tuple(self.scopes) == ("union",) else "活动"

    def label(self) -> str:
        parts = ["-".join(self.provinces) if self.provinces else "全部省份"] + list(self.cities) + \
            ([self.query] if self.query else [])
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}至{self.date_to or ''}")
        return "_".join(parts)


def store_fingerprint(store: Path) -> str:
    """The store's content hash, or '' when there is no store yet."""
    from etl.store import fingerprint
    return fingerprint(store)


@st.cache_resource(show_spinner=False, max_entries=4)
def _integrity(fingerprint: str, store: str) -> dict:
    """Every file of this store version checked byte for byte against its checksum, once per version and
    server, in a thread of its own (so no page waits for it): {"done": bool, "problems": {table: what}}.
    Damage in place can leave Parquet readable but its values wrong: only the checksum tells."""
    import threading

    from etl.store import store_problems
    result: dict = {"done": False, "problems": {}}

    def check() -> None:
        try:
            result["problems"] = store_problems(Path(store), deep=True)
        finally:
            result["done"] = True
    threading.Thread(target=check, daemon=True, name="store-integrity").start()
    return result


def ensure_store(store: Path) -> str:
    """The store's fingerprint, after making it usable: the bundled sample goes into an empty store only
    (never merged into a user's store whose manifest went missing). A damaged store is never repaired from a
    page view: the pages read its intact parts, and `store_damage` tells the app what is damaged so that it
    can offer the repair (`repair_store`) and say what that will do."""
    from etl.store import read_manifest, store_problems
    fp = store_fingerprint(store)
    if fp:  # the version's byte-for-byte check (in the background): damage it found counts from now on
        checked = _integrity(fp, str(store))
        if checked["done"] and checked["problems"]:
            st.session_state["store_damage_deep"] = True
    # once damage in place was found (a failed read, or the check above), every run checks the bytes until repaired
    problems = store_problems(store, deep=bool(st.session_state.get("store_damage_deep")))
    if problems:
        st.session_state["store_damage"] = problems
        return fp
    st.session_state.pop("store_damage", None)
    st.session_state.pop("store_damage_deep", None)
    if fp:
        return fp
    from etl.store.ingest import ingest_items, run_ingest
    if read_manifest(store) is None:
        with st.spinner("首次运行：正在从示例版面建立数据…"):
            run_ingest([SAMPLE_DIR], store_dir=store)
    else:  # manifest.json deleted: written again from the newest commit record, which loses nothing
        ingest_items([], store_dir=store)
        st.session_state["store_notice"] = "数据存储的清单文件缺失，已按最近一次提交记录恢复（未加入示例数据）。"
    return store_fingerprint(store)


def repair_store(store: Path) -> str:
    """Repair the damaged parts (etl.store.repair: rebuilt from their sources, nothing intact removed); what
    happened, as the ingest log says it, is left in `store_notice`."""
    from etl.store.ingest import ingest_items
    log = ingest_items([], store_dir=store, verify=True).log  # every file's bytes checked: damage in place too
    notes = log.loc[log["status"].isin(["warning", "error"]), "message"].tolist()
    st.session_state["store_notice"] = "；".join(dict.fromkeys(notes)) or "数据存储已修复。"
    st.session_state.pop("store_damage", None)
    st.session_state.pop("store_damage_deep", None)
    return store_fingerprint(store)
