"""The same real event reported in several articles gets one `event_key`.

Two event rows are one event when they are of the same type, in the same
province, named alike (the same core name once ordinals, years, quotes and
report verbs are set aside) and dated within a week of each other. Counts of
events use distinct keys; lists show the articles together. Pure: event rows in,
their keys out.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re

SAME_EVENT_DAYS = 7
_NOISE = re.compile(r"第[\d一二三四五六七八九十百]+[届次期]|(?:19|20)\d{2}年度?|[“”\"'《》（）()\s·、，]|"
                    r"举行|举办|召开|开幕|闭幕|落幕|启动|开展|成功|隆重|正式|暨.*$")


def core_name(name: str) -> str:
    """第六届全国残疾人职业技能大赛 and 全国残疾人职业技能大赛闭幕 → 全国残疾人职业技能大赛."""
    core = _NOISE.sub("", str(name or ""))
    return core or str(name or "")


def _day(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def event_keys(events: list[dict]) -> list[str]:
    """One key per real event: rows chained by type, province, core name and dates a week apart
    (rows as dicts with event_type, province, name, date_start, article_id; keys in their order)."""
    rows = [(str(e.get("event_type") or ""), str(e.get("province") or ""), core_name(e.get("name")),
             _day(e.get("date_start")), str(e.get("article_id") or ""), i) for i, e in enumerate(events)]
    # undated rows last within their name, each an event of its own (stable, as a lexicographic sort)
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3] is None, r[3] or dt.date.min))
    keys: list[str] = [""] * len(rows)
    prev = None
    current = ""
    for t, p, c, d, a, i in rows:
        same = (prev is not None and prev[:3] == (t, p, c) and d is not None and prev[3] is not None
                and (d - prev[3]).days <= SAME_EVENT_DAYS)
        if not same:
            stamp = f"{d} 00:00:00" if d else "NaT"  # the key of a chain's first report, as it has always been
            current = "ev-" + hashlib.sha1(f"{t}|{p}|{c}|{stamp}|{a}".encode()).hexdigest()[:12]
        keys[i] = current
        prev = (t, p, c, d)
    return keys


KEY_COLUMNS = ["article_id", "event_type", "province", "name", "date_start", "event_key"]


def keys_joining(new: list[dict], stored: list[dict]) -> list[str]:
    """Keys for newly added event rows, the stored rows keeping theirs: a new row that chains to stored
    reports of the same event takes the key they carry; the rest are keyed among themselves. With nothing
    stored this is `event_keys(new)`, so a store built in one run or in many gives the same keys to the
    same first reports."""
    if not new:
        return []
    kinds = {(str(e.get("event_type") or ""), str(e.get("province") or "")) for e in new}
    same = [e for e in stored if (str(e.get("event_type") or ""), str(e.get("province") or "")) in kinds]
    if not same:
        return event_keys(new)
    chain = event_keys(same + new)
    kept: dict[str, str] = {}
    for c, e in zip(chain[:len(same)], same):  # each chain that holds stored rows keeps its first stored key
        if e.get("event_key") and c not in kept:
            kept[c] = e["event_key"]
    return [kept.get(c, c) for c in chain[len(same):]]
