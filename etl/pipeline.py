"""One document in, rows of every table out: segment → extractors → typed rows.

Pure: no file I/O here. `process_text` is what the CLI, the app's upload and
the benchmark all call.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from etl import awards as awards_mod
from etl import events as events_mod
from etl import money as money_mod
from etl.dates import infer_issue_date
from etl.keywords import keywords
from etl.places import (
    PlaceMention,
    dateline_place,
    dateline_spans,
    find_places,
    primary_province,
)
from etl.read import SourceText
from etl.segment import Article, is_union, segment
from etl.spans import find_orgs

FACT_KINDS = {"news", "photo", "feature", "commentary"}  # fragments and continuations carry no facts


@dataclass
class DocumentRows:
    articles: list[dict]
    locations: list[dict]
    events: list[dict]
    awards: list[dict]
    funding: list[dict]
    keywords: list[dict]

    def tables(self) -> dict[str, list[dict]]:
        return {k: getattr(self, k) for k in ("articles", "locations", "events", "awards", "funding", "keywords")}


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _place_cols(p: PlaceMention | None) -> dict:
    if p is None:
        return {"province": "", "city": "", "county": ""}
    return {"province": p.unit.province_short, "city": p.unit.city, "county": p.unit.county}


def _province_of(name: str, fallback: str) -> str:
    if not name:
        return fallback
    ms = find_places(name)
    return ms[0].unit.province_short if ms else fallback


class _Evidence:
    """Offsets of a fact in the article text, and the sentence holding it (bisect over sentence ends)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in re.finditer(r"[。！？\n]", text)]

    def __call__(self, start: int, end: int) -> dict:
        i = bisect.bisect_right(self.ends, start)
        left = self.ends[i - 1] if i else 0
        j = bisect.bisect_left(self.ends, max(start, end - 1) + 1)
        right = self.ends[j] if j < len(self.ends) else len(self.text)
        return {"start": start, "end": end, "evidence": self.text[left:right].strip()}


def process_text(src: SourceText) -> DocumentRows:
    """Extract every table's rows from one source document."""
    issue, method = infer_issue_date(src.text, src.name_date)
    doc_hash = text_hash(src.text)
    rows = DocumentRows([], [], [], [], [], [])
    for position, art in enumerate(segment(src.text)):
        _process_article(art, position, src.source, doc_hash, issue, method, rows)
    return rows


def _process_article(art: Article, position: int, source: str, doc_hash: str, issue: dt.date | None,
                     method: str, rows: DocumentRows) -> None:
    text = art.text
    article_id = f"{doc_hash[:12]}-{position:03d}"
    head_len = len("\n".join(s for s in (art.kicker, art.title, art.subtitle) if s))
    body_start = head_len + 1 if head_len else 0
    lead = art.paragraphs[0] if art.paragraphs else ""
    datelines = dateline_spans(text)
    # a dateline says where the report was filed, not what it is about: no place rows from it
    mentions = [m for m in find_places(text) if not any(a <= m.start < b for a, b in datelines)]
    _evidence = _Evidence(text)
    primary = primary_province(art.title, lead, mentions, head_len, body_start + len(lead), text)
    rows.articles.append({
        "article_id": article_id, "source": source, "doc_hash": doc_hash, "position": position,
        "title": art.title, "kicker": art.kicker, "subtitle": art.subtitle, "byline": art.byline,
        "kind": art.kind, "is_union": is_union(text, art.title), "dateline": dateline_place(text),
        "issue_date": _iso(issue),
        "issue_date_method": method, "primary_province": primary, "n_chars": len(text), "text": text,
    })
    for m in mentions:
        rows.locations.append({
            "article_id": article_id, "province": m.unit.province_short, "province_full": m.unit.province,
            "city": m.unit.city, "county": m.unit.county, "level": m.unit.level, "adcode": m.unit.adcode,
            "lng": m.unit.lng, "lat": m.unit.lat, "mention": m.text, **_evidence(m.start, m.end),
        })
    credits = frozenset(n for n in art.byline.split("、") if n)
    for word, weight, count in keywords(text, exclude=credits):
        rows.keywords.append({"article_id": article_id, "keyword": word, "weight": weight, "count": count})
    if art.kind not in FACT_KINDS:
        return

    primary_mention = next((m for m in mentions if m.unit.province_short == primary), None)
    events = events_mod.extract_events(art.title, text, body_start, issue, mentions, art.kind == "photo",
                                       primary_mention)
    for ev in events:
        place = _place_cols(ev.place)
        if not place["province"]:
            place["province"] = primary  # a province, 全国 for national items, or ''

        rows.events.append({
            "article_id": article_id, "event_type": ev.event_type,
            "event_type_label": events_mod.TYPE_LABELS[ev.event_type], "name": ev.name,
            "date_start": _iso(ev.date_start), "date_end": _iso(ev.date_end), "date_approx": ev.date_approx,
            "date_precision": ev.date_precision,
            "date_text": ev.date_text, **place, "organizer": ev.organizer, "participants": ev.participants,
            **_evidence(ev.start, ev.end),
        })

    main_org = events[0].organizer if events else ""
    year = issue.year if issue else None
    for aw in awards_mod.extract_awards(text, year, main_org):
        rows.awards.append({
            "article_id": article_id, "award": aw.award, "recipient": aw.recipient,
            "recipient_count": aw.recipient_count, "year": aw.year, "awarded_by": aw.awarded_by,
            "province": _province_of(aw.awarded_by, primary), **_evidence(aw.start, aw.end),
        })

    orgs = find_orgs(text)
    for fu in money_mod.extract_funding(text, year, lambda pos: [o for o in orgs if o.end <= pos]):
        rows.funding.append({
            "article_id": article_id, "amount_yuan": fu.money.yuan, "amount_text": fu.money.text,
            "amount_approx": fu.money.approx, "year": fu.year, "province": _province_of(fu.payer, primary),
            "payer": fu.payer, "purpose": fu.purpose, **_evidence(fu.start, fu.end),
        })
