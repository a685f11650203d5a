"""Every table, its columns and dtypes, and the enumerated values with their Chinese labels, said once.

The ETL builds rows with `row()`, which refuses an unknown or missing column
(so a misspelt field fails a test instead of silently making an empty column);
pages, the CSV export, tests and the benchmark read the table list from here.
"""
from __future__ import annotations

import pandas as pd

# Enumerations: stored value → Chinese label shown to users
EVENT_TYPES = {"agreement": "签约", "ceremony": "仪式", "lecture": "宣讲培训", "competition": "竞赛",
               "meeting": "会议", "donation": "慰问捐赠", "announcement": "发布名单", "performance": "文艺展演",
               "activity": "活动"}
ARTICLE_KINDS = {"news": "消息", "photo": "图片新闻", "feature": "通讯", "commentary": "评论", "fragment": "片段",
                 "continuation": "转版续文"}
INGEST_STATUSES = {"ok": "成功", "unchanged": "未变（跳过）", "duplicate": "重复（只存一次）", "warning": "警告",
                   "error": "失败"}
EVENT_SCOPES = {"union": "工会活动", "labour": "劳动就业（政府、企业）", "other": "其他（党政会议等）"}
PAYER_TYPES = {"union": "工会", "government": "政府", "enterprise": "企业", "social": "社会/慈善", "individual": "个人",
               "unknown": "未明"}
FLOWS = {"granted": "拨付/发放", "raised": "筹集", "spent": "支出/投入", "loan": "贷款", "refund": "返还/补贴",
         "budget": "预算安排"}
PLACE_ROLES = {"text": "正文提及", "dateline": "电头（发稿地）"}
AWARD_STATUSES = {"current": "本次授予", "cumulative": "累计总数", "prior": "此前所获"}
ENUMS = {("events", "event_type"): EVENT_TYPES, ("events", "scope"): EVENT_SCOPES,
         ("funding", "payer_type"): PAYER_TYPES, ("funding", "flow"): FLOWS, ("locations", "role"): PLACE_ROLES, ("awards", "award_status"): AWARD_STATUSES, ("articles", "kind"): ARTICLE_KINDS,
         ("ingest_log", "status"): INGEST_STATUSES}

EVIDENCE = {"start": "Int64", "end": "Int64", "evidence": "string"}

TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string", "source": "string", "doc_hash": "string", "position": "Int64",
        "title": "string", "kicker": "string", "subtitle": "string", "byline": "string",
        "kind": "string", "is_union": "boolean", "dateline": "string", "issue_date": "string",
        "issue_date_method": "string",
        "primary_province": "string", "n_chars": "Int64", "text": "string",
    },
    "locations": {
        "article_id": "string", "province": "string", "province_full": "string", "city": "string",
        "county": "string", "level": "string", "adcode": "string", "lng": "float64", "lat": "float64",
        "mention": "string", "role": "string", **EVIDENCE,
    },
    "events": {
        "article_id": "string", "event_type": "string", "event_type_label": "string", "name": "string",
        "date_start": "string", "date_end": "string", "date_approx": "boolean", "date_precision": "string",
        "date_text": "string",
        "province": "string", "city": "string", "county": "string", "organizer": "string",
        "participants": "Int64", "scope": "string", "event_key": "string", **EVIDENCE,
    },
    "awards": {
        "article_id": "string", "award": "string", "recipient": "string", "recipient_count": "Int64",
        "group_count": "Int64", "award_status": "string", "year": "Int64", "awarded_by": "string",
        "province": "string", **EVIDENCE,
    },
    "funding": {
        "article_id": "string", "amount_yuan": "float64", "amount_yuan_high": "float64", "amount_text": "string",
        "amount_approx": "string",
        "year": "Int64", "province": "string", "payer": "string", "payer_type": "string", "flow": "string",
        "purpose": "string", **EVIDENCE,
    },
    "keywords": {"article_id": "string", "keyword": "string", "weight": "float64", "count": "Int64"},
    "ingest_log": {
        "file": "string", "hash": "string", "size": "Int64", "encoding": "string", "status": "string",
        "message": "string", "articles": "Int64", "time": "string", "etl_version": "string",
    },
}
FACT_TABLES = ("locations", "events", "awards", "funding", "keywords")
EXTRACTED_TABLES = ("articles", *FACT_TABLES)


def row(table: str, **values) -> dict:
    """One row of `table`: every column given, no other, enumerated values known."""
    cols = TABLES[table]
    unknown = set(values) - set(cols)
    missing = set(cols) - set(values)
    if unknown or missing:
        raise ValueError(f"{table} row: unknown columns {sorted(unknown)}, missing {sorted(missing)}")
    for (t, col), allowed in ENUMS.items():
        if t == table and values[col] not in allowed:
            raise ValueError(f"{table}.{col}: unknown value {values[col]!r}")
    return values


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, with their dtypes."""
    cols = TABLES[table]
    df = pd.DataFrame(rows, columns=list(cols))
    return df.astype(cols)
