"""Loading the store for the app, and the pure filter every page applies.

The app reads the Parquet store under data/store. On a fresh checkout there is
none yet: the first load builds it from the bundled sample page. Tables are
cached on the store's content hash (manifest.json), so a new ingest shows up
on the next rerun and an unchanged store is never read twice. Article texts
stay on disk until one article is opened.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import streamlit as st

from etl.schema import ARTICLE_KINDS, TABLES, frame

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STORE_DIR = ROOT / "data" / "store"


def store_dir() -> Path:
    """The store the app reads: UNION_STORE_DIR (tests, deployments) or data/store."""
    return Path(os.environ.get("UNION_STORE_DIR") or DEFAULT_STORE_DIR)
SAMPLE_DIR = ROOT / "data" / "sample"
NATIONAL = "全国"
KIND_LABELS = ARTICLE_KINDS
TABLE_NAMES = ("articles", "locations", "events", "awards", "funding", "keywords", "ingest_log")


# what the headline figures count by default (the sidebar's 口径 switches widen them)
DEFAULT_SCOPES = ("union", "labour")  # union and labour activity; Party and state sessions are 'other'
NOT_PROGRAMME_MONEY = ("loan", "refund")  # bank loans and government refunds are no union programme's money


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

    def basis(self) -> str:
        """What the figures count under this filter, in words a report can quote."""
        events = "工会与劳动就业活动及党政会议等其他活动" if "other" in self.scopes else "工会活动与劳动就业活动（不含党政会议等）"
        money = "全部职工相关资金（工会、政府、企业、社会）" if self.money == "all" else "工会资金（不含政府返还补贴与贷款）"
        honours = "含累计数与既往荣誉" if self.awards == "all" else "报道中本次授予的荣誉"
        dates = "活动按活动日期、其余按出版日期" if self.date_basis == "event" else "出版日期"
        search = f"；仅含全文包含“{self.query}”的文章" if self.query else ""
        return f"口径：活动＝{events}；资金＝{money}；荣誉＝{honours}；日期依据＝{dates}{search}。同一活动多篇报道只计一次。"

    def label(self) -> str:
        parts = ["-".join(self.provinces) if self.provinces else "全部省份"] + ([self.query] if self.query else [])
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}至{self.date_to or ''}")
        return "_".join(parts)


@dataclass
class Tables:
    articles: pd.DataFrame
    locations: pd.DataFrame
    events: pd.DataFrame
    awards: pd.DataFrame
    funding: pd.DataFrame
    keywords: pd.DataFrame
    ingest_log: pd.DataFrame = field(default_factory=lambda: frame("ingest_log", []))

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {n: getattr(self, n) for n in TABLE_NAMES}


def store_fingerprint(store: Path) -> str:
    """The store's content hash, or '' when there is no store yet."""
    from etl.store import fingerprint
    return fingerprint(store)


def ensure_store(store: Path) -> str:
    """The store's fingerprint, after making it usable: the bundled sample goes into an empty store
    only (never merged into a user's store whose manifest went missing); a damaged or partly deleted
    store is rebuilt from its kept sources, and what happened is left in `store_notice` for the page."""
    from etl.store import read_manifest, store_problems
    fp = store_fingerprint(store)
    problems = store_problems(store)
    if fp and not problems:
        return fp
    from etl.ingest import ingest_items, run_ingest
    if problems or read_manifest(store) is not None:
        log = ingest_items([], store_dir=store).log
        notes = log.loc[log["status"] == "warning", "message"].tolist()
        st.session_state["store_notice"] = "；".join(notes) or "数据存储的清单文件缺失，已按现有数据重建（未加入示例数据）。"
    else:
        with st.spinner("首次运行：正在从示例版面建立数据…"):
            run_ingest([SAMPLE_DIR], store_dir=store)
    return store_fingerprint(store)


# Columns the app reads but does not show: the sentence evidence of every place
# mention is large and only the offsets are needed to highlight an article.
SKIP_COLUMNS = {"articles": {"text"}, "locations": {"evidence", "province_full", "mention"}}
# read straight into categoricals: repeated values (and the article_id of fact rows, mapped by code below)
CATEGORIES = {"articles": ["primary_province", "kind"],
              "locations": ["article_id", "province", "city", "county", "level", "adcode"],
              "events": ["article_id", "province", "event_type", "event_type_label", "scope"],
              "awards": ["article_id", "province", "award_status"],
              "funding": ["article_id", "province", "payer_type", "flow"],
              "keywords": ["article_id", "keyword"]}


def _read(store: Path, name: str) -> pd.DataFrame:
    from etl.store import arrow_table
    cols = [c for c in TABLES[name] if c not in SKIP_COLUMNS.get(name, set())]
    return arrow_table(store, name, cols, dictionary=CATEGORIES.get(name, [])).to_pandas()


def _per_row(ids: pd.Series, article_index: pd.Index, values: np.ndarray) -> np.ndarray:
    """values[article] for each row's article_id, by categorical code (no per-row hashing)."""
    ids = ids if isinstance(ids.dtype, pd.CategoricalDtype) else ids.astype("category")
    missing = np.array([np.datetime64("NaT")] if values.dtype.kind == "M" else [None], dtype=values.dtype)
    pos = article_index.get_indexer(ids.cat.categories.astype(str))
    per_category = np.concatenate([values, missing])[np.where(pos >= 0, pos, len(values))]
    # a row with no article_id has code -1, which takes the appended "missing" value
    return np.concatenate([per_category, missing])[ids.cat.codes.to_numpy()]


def read_tables(store: Path) -> Tables:
    """Every table except article texts (read on demand by `article_text`), prepared for fast filtering.

    Done once per store version: low-cardinality columns are categoricals, and
    every row gets its article's issue date (`_issue`, datetime) — keywords also its
    primary province (`_primary`), events their article title and the date they are
    placed on (`_when`: their own date, else the issue date) — so a filter change is
    a few vectorised comparisons instead of joins.
    """
    out = {name: _read(store, name) for name in TABLE_NAMES}
    arts = out["articles"]
    index = pd.Index(arts["article_id"].astype(str))
    issue = pd.to_datetime(arts["issue_date"].replace("", None), errors="coerce").to_numpy(dtype="datetime64[ns]")
    arts["_issue"] = issue
    for name in ("locations", "events", "awards", "funding", "keywords"):
        out[name]["_issue"] = _per_row(out[name]["article_id"], index, issue)
    kw = out["keywords"]
    kw["_primary"] = pd.Categorical(_per_row(kw["article_id"], index, arts["primary_province"].astype(object)
                                             .to_numpy()))
    ev = out["events"]
    ev["title"] = pd.array(_per_row(ev["article_id"], index, arts["title"].astype(object).to_numpy()),
                           dtype="string").fillna("")
    own = pd.to_datetime(ev["date_start"].replace("", None), errors="coerce").to_numpy(dtype="datetime64[ns]")
    ev["_when"] = np.where(np.isnat(own), ev["_issue"].to_numpy(dtype="datetime64[ns]"), own)
    for name, cols in CATEGORIES.items():
        for c in cols:
            if not isinstance(out[name][c].dtype, pd.CategoricalDtype):
                out[name][c] = out[name][c].astype("category")
    return Tables(**out)


@st.cache_resource(show_spinner="正在加载数据…", max_entries=2)
def _tables_for(fingerprint: str, store: str) -> Tables:
    # cache_resource, not cache_data: the tables are read-only and large, and a
    # per-rerun copy of a million rows would cost more than the page itself.
    return read_tables(Path(store))


def load_tables() -> Tables:
    store = store_dir()
    return _tables_for(ensure_store(store), str(store))


@st.cache_resource(show_spinner=False, max_entries=2)
def _text_index(fingerprint: str, store: str) -> dict[str, tuple[str, int, int]]:
    """article_id → (part file, row group, row within it), built once per store version."""
    from etl.store import table_files
    index: dict[str, tuple[str, int, int]] = {}
    for path in table_files(Path(store), "articles"):
        pf = pq.ParquetFile(path)
        for rg in range(pf.num_row_groups):
            ids = pf.read_row_group(rg, columns=["article_id"]).column(0).to_pylist()
            index.update((aid, (str(path), rg, i)) for i, aid in enumerate(ids))
    return index


def article_text(article_id: str) -> str:
    """One article's text, read from its row group only (texts are never loaded in bulk)."""
    store = store_dir()
    where = _text_index(ensure_store(store), str(store)).get(article_id)
    if where is None:
        return ""
    table = pq.ParquetFile(where[0]).read_row_group(where[1], columns=["text"])
    return table.column(0)[where[2]].as_py() or ""


@st.cache_resource(show_spinner=False, max_entries=2)
def _fact_index(fingerprint: str, store: str) -> dict[str, dict[str, np.ndarray]]:
    """For each fact table, article_id → its row positions (so one article's facts are a lookup)."""
    t = _tables_for(fingerprint, store)
    return {name: getattr(t, name).groupby("article_id", observed=True).indices
            for name in ("locations", "events", "awards", "funding")}


def article_facts(article_id: str) -> dict[str, pd.DataFrame]:
    """Every fact row extracted from one article, per table."""
    store = store_dir()
    fp = ensure_store(store)
    t, index = _tables_for(fp, str(store)), _fact_index(fp, str(store))
    empty = np.array([], dtype=int)
    return {name: getattr(t, name).iloc[index[name].get(article_id, empty)]
            for name in ("locations", "events", "awards", "funding")}


def _in_range(dates: pd.Series, f: Filter) -> np.ndarray:
    keep = np.ones(len(dates), dtype=bool)
    values = dates.to_numpy(dtype="datetime64[ns]")
    if f.date_from:
        keep &= values >= np.datetime64(f.date_from, "ns")
    if f.date_to:
        keep &= values <= np.datetime64(f.date_to, "ns")  # unknown dates (NaT) fall outside any range
    return keep


def _provinces(col: pd.Series, f: Filter) -> np.ndarray:
    return col.isin(f.provinces).to_numpy() if f.provinces else np.ones(len(col), dtype=bool)


def apply_filter(t: Tables, f: Filter) -> Tables:
    """Rows of every table that the filter keeps.

    Articles and keywords follow the article's primary province; locations,
    events, awards and funding follow their own province column, so a download
    for 江西 holds only 江西 rows. Dates: the issue date; with date_basis
    "event", events by their own start date (the issue date when they have none).
    By default (the 口径 switches) events are union and labour activity, money is
    union money (no loans or refunds) and honours are those given in the event.
    """
    def mask(df: pd.DataFrame) -> np.ndarray:
        return _in_range(df["_issue"], f) & _provinces(df["province"], f)

    events = t.events
    m = _in_range(events["_when" if f.date_basis == "event" else "_issue"], f) & _provinces(events["province"], f)
    if f.event_types:
        m &= events["event_type"].isin(f.event_types).to_numpy()
    # a store written before these columns existed has them empty: its rows are kept, not hidden
    m &= (events["scope"].isin(f.scopes) | events["scope"].isna()).to_numpy()
    funding = t.funding
    fm = mask(funding)
    if f.money == "union":
        fm &= (((funding["payer_type"] == "union") & ~funding["flow"].isin(NOT_PROGRAMME_MONEY))
               | funding["payer_type"].isna()).to_numpy()
    awards = t.awards
    am = mask(awards)
    if f.awards == "current":
        am &= ((awards["award_status"] == "current") | awards["award_status"].isna()).to_numpy()
    kw = t.keywords
    return Tables(
        articles=t.articles[_in_range(t.articles["_issue"], f) & _provinces(t.articles["primary_province"], f)],
        locations=t.locations[mask(t.locations)], events=events[m], awards=awards[am], funding=funding[fm],
        keywords=kw[_in_range(kw["_issue"], f) & _provinces(kw["_primary"], f)], ingest_log=t.ingest_log)


def province_options(t: Tables) -> list[str]:
    """Provinces present in the data, most frequent first, 全国 included."""
    counts = (t.articles["primary_province"].value_counts().add(t.events["province"].value_counts(), fill_value=0)
              .add(t.locations["province"].value_counts(), fill_value=0))
    counts = counts[(counts > 0) & (counts.index.astype(str) != "")].sort_values(ascending=False, kind="stable")
    options = [str(p) for p in counts.index]
    return options if NATIONAL in options else options + [NATIONAL]  # national items are always a choice


SEARCH_COLUMNS = ("title", "kicker", "subtitle", "byline", "source", "text")


@st.cache_resource(show_spinner="正在全文检索…", max_entries=32)
def matching_articles(fingerprint: str, store: str, query: str) -> frozenset[str]:
    """Ids of the articles whose headline lines, full text, byline or source contain the query
    (literal, case-insensitive), scanned column-wise in Arrow without loading texts into Python."""
    import pyarrow.compute as pc

    from etl.store import table_files
    ids: set[str] = set()
    for path in table_files(Path(store), "articles") if query else []:
        pf = pq.ParquetFile(path)
        have = [c for c in SEARCH_COLUMNS if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(columns=["article_id", *have], batch_size=20_000):
            hit = None
            for col in have:
                m = pc.fill_null(pc.match_substring(batch.column(col), query, ignore_case=True), False)
                hit = m if hit is None else pc.or_(hit, m)
            ids.update(pc.filter(batch.column("article_id"), hit).to_pylist())
    return frozenset(ids)


def restrict_to_articles(t: Tables, ids: frozenset[str]) -> Tables:
    """Every table's rows that belong to the given articles (a search's hits)."""
    def keep(df: pd.DataFrame) -> pd.DataFrame:
        return df[df["article_id"].astype(str).isin(ids).to_numpy()]
    return Tables(articles=keep(t.articles), locations=keep(t.locations), events=keep(t.events),
                  awards=keep(t.awards), funding=keep(t.funding), keywords=keep(t.keywords), ingest_log=t.ingest_log)


@st.cache_resource(show_spinner=False, max_entries=32)
def _filtered(fingerprint: str, store: str, f: Filter) -> Tables:
    t = _tables_for(fingerprint, store)
    if f.query:
        t = restrict_to_articles(t, matching_articles(fingerprint, store, f.query))
    return apply_filter(t, f)


def filtered(f: Filter) -> Tables:
    """The filtered tables, cached on the store's content hash and the filter (read-only)."""
    store = store_dir()
    return _filtered(ensure_store(store), str(store), f)
