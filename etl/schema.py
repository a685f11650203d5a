"""Every table's columns and dtypes, said once. Pages and the CSV export read these."""
from __future__ import annotations

import pandas as pd

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
        "mention": "string", **EVIDENCE,
    },
    "events": {
        "article_id": "string", "event_type": "string", "event_type_label": "string", "name": "string",
        "date_start": "string", "date_end": "string", "date_approx": "boolean", "date_precision": "string",
        "date_text": "string",
        "province": "string", "city": "string", "county": "string", "organizer": "string",
        "participants": "Int64", **EVIDENCE,
    },
    "awards": {
        "article_id": "string", "award": "string", "recipient": "string", "recipient_count": "Int64",
        "year": "Int64", "awarded_by": "string", "province": "string", **EVIDENCE,
    },
    "funding": {
        "article_id": "string", "amount_yuan": "float64", "amount_text": "string", "amount_approx": "string",
        "year": "Int64", "province": "string", "payer": "string", "purpose": "string", **EVIDENCE,
    },
    "keywords": {"article_id": "string", "keyword": "string", "weight": "float64", "count": "Int64"},
    "ingest_log": {
        "file": "string", "hash": "string", "size": "Int64", "encoding": "string", "status": "string",
        "message": "string", "articles": "Int64", "time": "string", "etl_version": "string",
    },
}
FACT_TABLES = ("locations", "events", "awards", "funding", "keywords")


def empty(table: str) -> pd.DataFrame:
    return frame(table, [])


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, with their dtypes."""
    cols = TABLES[table]
    df = pd.DataFrame(rows, columns=list(cols))
    return df.astype(cols)
