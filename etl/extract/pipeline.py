"""One document in, rows of every table out: segment → analyse once → extractors → checked rows.

Pure: no file I/O here. `process_text` is what the CLI, the app's upload and
the benchmark all call.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache

from etl.analyse.dates import infer_issue_date
from etl.analyse.doc import Doc, analyse
from etl.analyse.keywords import keywords
from etl.analyse.orgs import is_national
from etl.analyse.places import PlaceMention, find_places
from etl.extract import awards, events, money
from etl.extract.kinds import event_scope, money_flow, payer_of_flow, payer_type
from etl.read import SourceText
from etl.read.segment import segment
from etl.rules.ruleset import confidence
from etl.schema import EVENT_TYPES, EXTRACTED_TABLES, row

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
        return {k: getattr(self, k) for k in EXTRACTED_TABLES}


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _place_cols(p: PlaceMention | None) -> dict:
    if p is None:
        return {"province": "", "city": "", "county": ""}
    return {"province": p.unit.province_short, "city": p.unit.city, "county": p.unit.county}


def _province_of(name: str, fallback: str) -> str:
    return _province_in_name(name) or fallback if name else fallback


@lru_cache(maxsize=4096)
def _province_in_name(name: str) -> str:
    """The province an organisation's name places it in (吉安市总工会 → 江西), or ''."""
    ms = find_places(name)
    return ms[0].unit.province_short if ms else ""


def _funding_province(fu: money.Funding, doc: Doc) -> str:
    """Money paid by a national body (全总, 人社部) is a national figure (全国), never one province's;
    other money lies where its payer is, else in the article's province."""
    if is_national(fu.payer):
        return "全国"
    return _province_of(fu.payer, doc.primary_province)


def _recipient_province(aw: awards.Award, doc: Doc) -> str:
    """The province the text gives a named recipient in its own list item (湖南的龙秀林、陕西的麻珂…;
    湖南省京剧保护传承中心的葛倩倩; 北京丘比食品有限公司沙拉充填班), else ''."""
    if not aw.recipient:
        return ""
    sent = doc.sentence_at(aw.start)
    at = sent.text.find(aw.recipient)
    if at < 0:
        return ""
    item = max(sent.text.rfind(c, 0, at) for c in "、，；：和及与") + 1
    placed = [p for p in doc.places_in(sent.start + item, sent.start + at + len(aw.recipient), origins=True)
              if p.unit.province_short]
    return placed[-1].unit.province_short if placed else ""


def _award_province(aw: awards.Award, doc: Doc) -> str:
    """Where the text places a named recipient; else honours given by a national body, or counted
    nationwide (全国共表彰…), are national; others lie where the giver is, else the article's province."""
    placed = _recipient_province(aw, doc)
    if placed:
        return placed
    sentence = doc.sentence_at(aw.start).text
    if is_national(aw.awarded_by) or (not aw.recipient and "全国" in sentence):
        return "全国"
    return _province_of(aw.awarded_by, doc.primary_province)


def provenance(rule: str, table: str) -> dict:
    """The `rule` and `confidence` columns of a fact row."""
    return {"rule": rule, "confidence": confidence(rule, table)}


def process_text(src: SourceText) -> DocumentRows:
    """Extract every table's rows from one source document."""
    issue, method = infer_issue_date(src.text, src.name_date)
    doc_hash = text_hash(src.text)
    rows = DocumentRows([], [], [], [], [], [])
    for position, art in enumerate(segment(src.text, one_article=src.layout == "article")):
        article_id = f"{doc_hash[:12]}-{position:03d}"
        doc = analyse(art, issue)
        rows.articles.append(row(
            "articles", article_id=article_id, source=src.source, doc_hash=doc_hash, position=position,
            title=doc.title, kicker=doc.kicker, subtitle=doc.subtitle, byline=doc.byline, kind=doc.kind,
            is_union=doc.is_union, dateline=doc.dateline, issue_date=_iso(issue), issue_date_method=method,
            primary_province=doc.primary_province, n_chars=len(doc.text), text=doc.text))
        add_facts(doc, article_id, _iso(issue), rows)
    return rows


def fact_rows(doc: Doc, article_id: str = "", issue_date: str = "") -> DocumentRows:
    """Every fact table's rows of one analysed article (the rule catalogue's examples run through this)."""
    rows = DocumentRows([], [], [], [], [], [])
    add_facts(doc, article_id, issue_date, rows)
    return rows


def add_facts(doc: Doc, article_id: str, issue_date: str, rows: DocumentRows) -> None:
    # the dateline (本报北京1月7日电) is a place named, recorded with its role; it never decides what the story is about
    for role, mentions in (("dateline", doc.dateline_places), ("text", doc.places)):
        for m in mentions:
            rows.locations.append(row(
                "locations", article_id=article_id, issue_date=issue_date, province=m.unit.province_short, province_full=m.unit.province,
                city=m.unit.city, county=m.unit.county, level=m.unit.level, adcode=m.unit.adcode,
                lng=m.unit.lng, lat=m.unit.lat, mention=m.text, role=role, **doc.evidence(m.start, m.end),
                **provenance(f"place.{role}", "locations")))
    credits = frozenset(n for n in doc.byline.split("、") if n)
    for word, weight, count in keywords(doc, exclude=credits):
        rows.keywords.append(row("keywords", article_id=article_id, issue_date=issue_date,
                                 primary_province=doc.primary_province, keyword=word, weight=weight, count=count))
    if doc.kind not in FACT_KINDS:
        return

    primary = doc.primary_province
    for ev in events.extract(doc):
        place = _place_cols(ev.place)
        if not place["province"]:
            place["province"] = "全国" if ev.national else primary  # a province, 全国 for national items, or ''
        rows.events.append(row(
            "events", article_id=article_id, issue_date=issue_date, event_type=ev.event_type, event_type_label=EVENT_TYPES[ev.event_type],
            name=ev.name, date_start=_iso(ev.date_start), date_end=_iso(ev.date_end), date_approx=ev.date_approx,
            date_precision=ev.date_precision, date_text=ev.date_text, **place, organizer=ev.organizer,
            participants=ev.participants, scope=event_scope(ev.organizer, ev.name, doc.text[ev.start:ev.end]),
            event_key="", **doc.evidence(ev.start, ev.end),  # keys span articles: set when the store commits
            **provenance(ev.rule, "events")))

    for aw in awards.extract(doc):
        rows.awards.append(row(
            "awards", article_id=article_id, issue_date=issue_date, award=aw.award, recipient=aw.recipient,
            recipient_count=aw.recipient_count, group_count=aw.group_count, recipient_kind=aw.recipient_kind,
            award_status=aw.status, year=aw.year, awarded_by=aw.awarded_by, province=_award_province(aw, doc),
            **doc.evidence(aw.start, aw.end), **provenance(aw.rule, "awards")))

    for fu in money.extract(doc):
        at = fu.start - doc.sentence_at(fu.start).start
        flow = money_flow(fu.sentence, at)
        rows.funding.append(row(
            "funding", article_id=article_id, issue_date=issue_date, amount_yuan=fu.money.yuan, amount_yuan_high=fu.money.yuan_high, amount_text=fu.money.text,
            amount_approx=fu.money.approx, year=fu.year, province=_funding_province(fu, doc),
            payer=fu.payer, payer_type=payer_of_flow(flow, payer_type(fu.payer, fu.sentence, at)), flow=flow,
            purpose=fu.purpose, **doc.evidence(fu.start, fu.end), **provenance(fu.rule, "funding")))
