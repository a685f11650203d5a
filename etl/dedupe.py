"""The same real event reported in several articles gets one `event_key`.

Two event rows are one event when they are of the same type, in the same
province, named alike (the same core name once ordinals, years, quotes and
report verbs are set aside) and dated within a week of each other. Counts of
events use distinct keys; lists show the articles together. Pure: a frame of
events in, a column of keys out.
"""
from __future__ import annotations

import hashlib
import re

import pandas as pd

SAME_EVENT_DAYS = 7
_NOISE = re.compile(r"第[\d一二三四五六七八九十百]+[届次期]|(?:19|20)\d{2}年度?|[“”\"'《》（）()\s·、，]|"
                    r"举行|举办|召开|开幕|闭幕|落幕|启动|开展|成功|隆重|正式|暨.*$")


def core_name(name: str) -> str:
    """第六届全国残疾人职业技能大赛 and 全国残疾人职业技能大赛闭幕 → 全国残疾人职业技能大赛."""
    core = _NOISE.sub("", str(name or ""))
    return core or str(name or "")


def event_keys(events: pd.DataFrame) -> pd.Series:
    """One key per real event: rows chained by type, province, core name and dates a week apart."""
    if events.empty:
        return pd.Series([], dtype="string", index=events.index)
    when = pd.to_datetime(events["date_start"].replace("", None), errors="coerce")
    frame = pd.DataFrame({"t": events["event_type"].astype(str), "p": events["province"].fillna("").astype(str),
                          "c": events["name"].map(core_name), "d": when, "a": events["article_id"].astype(str)},
                         index=events.index).sort_values(["t", "p", "c", "d"], na_position="last")
    keys: dict = {}
    prev = None
    current = ""
    for idx, t, p, c, d, a in frame.itertuples():
        same = (prev is not None and prev[:3] == (t, p, c) and pd.notna(d) and pd.notna(prev[3])
                and (d - prev[3]).days <= SAME_EVENT_DAYS)
        if not same:
            current = "ev-" + hashlib.sha1(f"{t}|{p}|{c}|{d}|{a}".encode()).hexdigest()[:12]
        keys[idx] = current
        prev = (t, p, c, d)
    return pd.Series(keys, dtype="string").reindex(events.index)


KEY_COLUMNS = ["article_id", "event_type", "province", "name", "date_start", "event_key"]


def keys_joining(new: pd.DataFrame, stored: pd.DataFrame) -> pd.Series:
    """Keys for newly added event rows, the stored rows keeping theirs: a new row that chains to stored
    reports of the same event takes the key they carry; the rest are keyed among themselves. With nothing
    stored this is `event_keys(new)`, so a store built in one run or in many gives the same keys to the
    same first reports."""
    if new.empty:
        return pd.Series([], dtype="string", index=new.index)
    same = stored[stored["event_type"].astype(str).isin(set(new["event_type"].astype(str)))
                  & stored["province"].fillna("").astype(str).isin(set(new["province"].fillna("").astype(str)))]
    if same.empty:
        return event_keys(new)
    both = pd.concat([same[KEY_COLUMNS[:-1]], new[KEY_COLUMNS[:-1]]], ignore_index=True)
    chain = event_keys(both)
    n_old = len(same)
    # each chain that holds stored rows keeps the key of its first stored row
    stored_keys = same["event_key"].astype("string").reset_index(drop=True)
    kept = {c: k for c, k in zip(chain.iloc[:n_old][::-1], stored_keys[::-1]) if pd.notna(k)}
    fresh = chain.iloc[n_old:].map(lambda k: kept.get(k, k))
    return pd.Series(fresh.to_numpy(), index=new.index, dtype="string")
