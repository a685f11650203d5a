"""The articles an office has checked, written as a gold file in ../shared/gold's schema, so that a rules change
can be scored on the office's own archive (`python -m etl.evaluate --from-corrections STORE`).

A source file counts as checked when a reviewer acted on it and none of its events, honours or funding rows is
left unchecked: its gold is then what review left standing (confirmed, corrected and added rows; rejected
ones are gone). Places and provinces are taken from the place rows as they stand (checked or not), so they
measure only change, not accuracy; the README says so.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

CHECKED_TABLES = ("events", "awards", "funding")


def _values(v: object) -> object:
    if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def _file(source: object) -> str:
    return str(source or "").replace("\\", "/").split("/")[-1]


def checked_sources(con) -> list[str]:
    """Sources of the articles acted on whose event, honour and funding rows are all checked."""
    if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = '_touched'").fetchone()[0]:
        return []
    unchecked = " UNION ALL ".join(f"SELECT article_id FROM _all_{t} WHERE review_status = 'unchecked'"
                                   for t in CHECKED_TABLES)
    return [r[0] for r in con.execute(f"""
        SELECT source FROM _all_articles GROUP BY source
        HAVING bool_or(article_id IN (SELECT article_id FROM _touched))
           AND NOT bool_or(article_id IN ({unchecked}))
        ORDER BY source""").fetchall()]


def gold_document(con, source: str) -> dict:
    """One source file's gold, from its reviewed rows."""
    arts = con.execute("SELECT * FROM articles WHERE source = $s ORDER BY position", {"s": source}).df()
    ids = list(arts["article_id"])
    name = _file(source)

    def rows(table: str) -> list[dict]:
        df = con.execute(f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest($ids)) ORDER BY article_id, start",
                         {"ids": ids}).df()
        return [{k: _values(v) for k, v in r.items()} for r in df.to_dict("records")]
    places = rows("locations")
    first = arts.iloc[0].to_dict() if len(arts) else {}
    events = []
    for e in rows("events"):
        date = ({"approx": True, "window": [e["date_start"], e.get("date_end") or e["date_start"]]}
                if e.get("date_approx") else {"value": e["date_start"], "end": e.get("date_end") or None}) \
            if e.get("date_start") else None
        events.append({"article": name, "type": e["event_type"], "name_any": [e["name"]], "date": date,
                       "province": e.get("province") or None, "city": e.get("city") or None,
                       "organizer_any": [o for o in (e.get("organizer") or "").split("、") if o],
                       "review_status": e["review_status"]})
    awards: dict[tuple, dict] = {}
    for a in rows("awards"):
        g = awards.setdefault((a["award"], a.get("award_status")), {"article": name, "award": a["award"],
                                                                     "recipients": [], "review_status": []})
        if a.get("recipient"):
            g["recipients"].append(a["recipient"])
        elif a.get("recipient_count"):
            g["count"] = int(a["recipient_count"])
        g["review_status"].append(a["review_status"])
    funding = [{"article": name, "amount_yuan": f["amount_yuan"], "text": f.get("amount_text"), "year": f.get("year"),
                "province": f.get("province") or None, "payer_any": [f["payer"]] if f.get("payer") else [],
                "purpose_any": [f["purpose"]] if f.get("purpose") else [], "review_status": f["review_status"]}
               for f in rows("funding") if f.get("amount_yuan") is not None]
    return {
        "file": name, "issue_date": first.get("issue_date") or None, "title": first.get("title") or "",
        "kind": first.get("kind") or "news", "union": bool(arts["is_union"].fillna(False).any()) if len(arts) else False,
        "provinces": sorted({p["province"] for p in places if p.get("province") and p.get("role") != "dateline"}),
        "primary_province": sorted({p for p in arts["primary_province"].fillna("") if p}) or [],
        "places": sorted({(p["province"], p.get("city") or None, p.get("county") or None) for p in places
                          if p.get("province") and p.get("role") != "dateline"}, key=str),
        "events": events, "awards": list(awards.values()), "funding": funding,
    }


def gold_from_connection(con, store: Path) -> dict:
    sources = checked_sources(con)
    return {"about": f"Gold from the corrections of {Path(store).resolve()} ({dt.date.today().isoformat()}): "
                     "every source file whose events, honours and funding rows a reviewer checked; what review left "
                     "standing is the expected extraction. Places are taken as they stand (not checked).",
            "documents": [gold_document(con, s) for s in sources], "sources": sources}


def gold_from_store(store: Path) -> dict:
    """The store's checked files as a gold set ({"about", "documents", "sources"})."""
    from etl.store import read_newest
    from etl.store.export import reviewed_connection
    return read_newest(Path(store), lambda: gold_from_connection(reviewed_connection(Path(store)), store))
