"""Loading the store for the app, and the pure filter every page applies.

The app reads the Parquet store under data/store. On a fresh checkout there is
none yet: the first load builds it from the bundled sample page. Tables are
cached on the store's content hash (manifest.json), so a new ingest shows up
on the next rerun and an unchanged store is never read twice. Article texts
stay on disk until one article is opened.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import streamlit as st

from etl.schema import TABLES, frame

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STORE_DIR = ROOT / "data" / "store"


def store_dir() -> Path:
    """The store the app reads: UNION_STORE_DIR (tests, deployments) or data/store."""
    return Path(os.environ.get("UNION_STORE_DIR") or DEFAULT_STORE_DIR)
SAMPLE_DIR = ROOT / "data" / "sample"
NATIONAL = "全国"
KIND_LABELS = {"news": "消息", "photo": "图片新闻", "feature": "通讯", "commentary": "评论", "fragment": "片段",
               "continuation": "转版续文"}
TABLE_NAMES = ("articles", "locations", "events", "awards", "funding", "keywords", "ingest_log")


@dataclass(frozen=True)
class Filter:
    provinces: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] = ()

    def label(self) -> str:
        parts = ["-".join(self.provinces) if self.provinces else "全部省份"]
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
    manifest = store / "manifest.json"
    if not manifest.exists():
        return ""
    return json.loads(manifest.read_text(encoding="utf-8")).get("content_hash", "")


def ensure_store(store: Path) -> str:
    """Build the store from the bundled sample on first run; return its fingerprint."""
    fp = store_fingerprint(store)
    if fp:
        return fp
    from etl.ingest import run_ingest
    run_ingest([SAMPLE_DIR], store_dir=store)
    return store_fingerprint(store)


def read_tables(store: Path) -> Tables:
    """Every table except article texts (read on demand by `article_text`)."""
    out = {}
    for name in TABLE_NAMES:
        path = Path(store) / f"{name}.parquet"
        cols = [c for c in TABLES[name] if not (name == "articles" and c == "text")]
        if path.exists():
            df = pq.read_table(path, columns=cols).to_pandas()
            out[name] = df.astype({c: TABLES[name][c] for c in cols})
        else:
            out[name] = frame(name, []).drop(columns=["text"] if name == "articles" else [])
    return Tables(**out)


@st.cache_resource(show_spinner="正在加载数据…", max_entries=2)
def _tables_for(fingerprint: str, store: str) -> Tables:
    # cache_resource, not cache_data: the tables are read-only and large, and a
    # per-rerun copy of a million rows would cost more than the page itself.
    return read_tables(Path(store))


def load_tables() -> Tables:
    store = store_dir()
    return _tables_for(ensure_store(store), str(store))


def article_text(article_id: str) -> str:
    path = store_dir() / "articles.parquet"
    table = pq.read_table(path, columns=["article_id", "text"], filters=[("article_id", "==", article_id)])
    texts = table.column("text").to_pylist()
    return texts[0] if texts else ""


def _in_range(dates: pd.Series, f: Filter) -> pd.Series:
    keep = pd.Series(True, index=dates.index)
    if f.date_from:
        keep &= dates.fillna("") >= f.date_from.isoformat()
    if f.date_to:
        keep &= (dates.fillna("") <= f.date_to.isoformat()) & (dates.fillna("") != "")
    return keep


def apply_filter(t: Tables, f: Filter) -> Tables:
    """Rows of every table that the filter keeps.

    Articles and keywords follow the article's primary province; locations,
    events, awards and funding follow their own province column, so a download
    for 江西 holds only 江西 rows. Dates: the issue date, and for events their
    own start date (the issue date when they have none).
    """
    arts = t.articles
    keep = _in_range(arts["issue_date"], f)
    if f.provinces:
        keep &= arts["primary_province"].isin(f.provinces)
    arts = arts[keep]
    in_dates = set(t.articles.loc[_in_range(t.articles["issue_date"], f), "article_id"])

    def facts(df: pd.DataFrame) -> pd.DataFrame:
        m = df["article_id"].isin(in_dates)
        if f.provinces:
            m &= df["province"].isin(f.provinces)
        return df[m]

    events = t.events
    if len(events):
        issue = events["article_id"].map(dict(zip(t.articles["article_id"], t.articles["issue_date"])))
        when = events["date_start"].where(events["date_start"].fillna("") != "", issue)
        m = _in_range(when, f)
        if f.provinces:
            m &= events["province"].isin(f.provinces)
        if f.event_types:
            m &= events["event_type"].isin(f.event_types)
        events = events[m]
    ids = set(arts["article_id"])
    return Tables(
        articles=arts, locations=facts(t.locations), events=events, awards=facts(t.awards),
        funding=facts(t.funding), keywords=t.keywords[t.keywords["article_id"].isin(ids)],
        ingest_log=t.ingest_log)


def province_options(t: Tables) -> list[str]:
    """Provinces present in the data, most frequent first, 全国 included."""
    counts = pd.concat([t.articles["primary_province"], t.events["province"], t.locations["province"]])
    counts = counts[counts.fillna("") != ""].value_counts()
    return list(counts.index)


@st.cache_resource(show_spinner=False, max_entries=32)
def _filtered(fingerprint: str, store: str, f: Filter) -> Tables:
    return apply_filter(_tables_for(fingerprint, store), f)


def filtered(f: Filter) -> Tables:
    """The filtered tables, cached on the store's content hash and the filter (read-only)."""
    store = store_dir()
    return _filtered(ensure_store(store), str(store), f)
