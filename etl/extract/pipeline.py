"""One document in, rows of every table out: segment → analyse once → extractors → checked rows.

Pure: no file I/O here. `process_text` is what the CLI, the app's upload and
the benchmark all call.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from etl.analyse.dates import infer_issue_date
from etl.analyse.doc import Doc, analyse
from etl.analyse.keywords import keywords
from etl.analyse.places import PlaceMention, is_town, other_written_forms
from etl.extract import awards, events, money
from etl.read import (
    SourceText,
    as_written,
    outlet_of_lead,
    page_from_name,
    page_header,
    paper_from_name,
)
from etl.read.segment import Article, segment
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


def provenance(rule: str, table: str) -> dict:
    """The `rule` and `confidence` columns of a fact row."""
    return {"rule": rule, "confidence": confidence(rule, table)}


def printed_on(art: Article, pages: tuple[str, ...]) -> int | None:
    """The PDF page (1-based) an article was printed on: the first page holding its opening paragraph (a
    headline alone may repeat on a page's index), else its headline; None for a text that is no PDF."""
    if not pages:
        return None
    probes = [p[:40] for p in (*art.paragraphs[:1], art.title) if len(p.strip()) >= 6]
    for probe in probes:
        for number, page in enumerate(pages, 1):
            if probe in page:
                return number
    return None


def process_text(src: SourceText) -> DocumentRows:
    """Extract every table's rows from one source document."""
    issue, method = infer_issue_date(src.text, src.name_date)
    # the citation a report quotes: the paper and the page, from the page header, else the file's name
    header_paper, header_page = page_header(src.text)
    file_paper = header_paper or paper_from_name(src.source)
    page = header_page or page_from_name(src.source)
    doc_hash = text_hash(src.text)
    rows = DocumentRows([], [], [], [], [], [])
    for position, art in enumerate(segment(src.text, one_article=src.layout == "article",
                                                  headlines=src.headlines)):
        article_id = f"{doc_hash[:12]}-{position:03d}"
        doc = analyse(art, issue)
        rows.articles.append(row(
            "articles", article_id=article_id, source=src.source, doc_hash=doc_hash, text_hash=text_hash(doc.text),
            position=position,
            title=as_written(doc.title, src.written_as), kicker=doc.kicker, subtitle=doc.subtitle, byline=doc.byline,
            kind=doc.kind,
            is_union=doc.is_union, dateline=doc.dateline, issue_date=_iso(issue), issue_date_method=method,
            paper=outlet_of_lead(art.paragraphs[0] if art.paragraphs else "") or file_paper, page=page,
            primary_province=doc.primary_province, n_chars=len(doc.text), text=doc.text,
            pdf_page=printed_on(art, src.pages)))
        add_facts(doc, article_id, _iso(issue), rows)
    return rows


def fact_rows(doc: Doc, article_id: str = "", issue_date: str = "") -> DocumentRows:
    """Every fact table's rows of one analysed article (the rule catalogue's examples run through this)."""
    rows = DocumentRows([], [], [], [], [], [])
    add_facts(doc, article_id, issue_date, rows)
    return rows


def _place_rule(role: str, mention: PlaceMention) -> str:
    """place.other_form for a unit written by a former or abbreviated name (平果县 for 平果市, 环江县), place.town for
    a county named by one of its towns (横店镇)."""
    if role == "text" and mention.text in other_written_forms():
        return "place.other_form"
    return "place.town" if role == "text" and is_town(mention.text) else f"place.{role}"


def add_facts(doc: Doc, article_id: str, issue_date: str, rows: DocumentRows) -> None:
    # the dateline (本报北京1月7日电) is a place named, recorded with its role; it never decides what the story is about
    for role, mentions in (("dateline", doc.dateline_places), ("text", doc.places)):
        for m in mentions:
            rows.locations.append(row(
                "locations", article_id=article_id, issue_date=issue_date, province=m.unit.province_short, province_full=m.unit.province,
                city=m.unit.city, county=m.unit.county, level=m.unit.level, adcode=m.unit.adcode,
                lng=m.unit.lng, lat=m.unit.lat, mention=m.text, role=role, **doc.evidence(m.start, m.end),
                **provenance(_place_rule(role, m), "locations")))
    credits = frozenset(n for n in doc.byline.split("、") if n)
    for word, weight, count in keywords(doc, exclude=credits):
        rows.keywords.append(row("keywords", article_id=article_id, issue_date=issue_date,
                                 primary_province=doc.primary_province, keyword=word, weight=weight, count=count))
    if doc.kind not in FACT_KINDS:
        return

    for ev in events.extract(doc):
        place = _place_cols(ev.place)
        place["province"] = place["province"] or ev.province  # the extractor's call: 全国, the article's, or ''
        rows.events.append(row(
            "events", article_id=article_id, issue_date=issue_date, event_type=ev.event_type, event_type_label=EVENT_TYPES[ev.event_type],
            name=ev.name, date_start=_iso(ev.date_start), date_end=_iso(ev.date_end), date_approx=ev.date_approx,
            date_precision=ev.date_precision, date_text=ev.date_text, **place, organizer=ev.organizer,
            participants=ev.participants, scope=ev.scope,
            event_key="", **doc.evidence(ev.start, ev.end),  # keys span articles: set when the store commits
            **provenance(ev.rule, "events")))

    for aw in awards.extract(doc):
        rows.awards.append(row(
            "awards", article_id=article_id, issue_date=issue_date, award=aw.award, recipient=aw.recipient,
            recipient_count=aw.recipient_count, group_count=aw.group_count, recipient_kind=aw.recipient_kind,
            award_status=aw.status, year=aw.year, awarded_by=aw.awarded_by, province=aw.province,
            **doc.evidence(aw.start, aw.end), **provenance(aw.rule, "awards")))

    for fu in money.extract(doc):
        rows.funding.append(row(
            "funding", article_id=article_id, issue_date=issue_date, amount_yuan=fu.money.yuan, amount_yuan_high=fu.money.yuan_high, amount_text=fu.money.text,
            amount_approx=fu.money.approx, each_count=fu.each_count, year=fu.year, province=fu.province,
            payer=fu.payer, payer_type=fu.payer_type, flow=fu.flow,
            purpose=fu.purpose, **doc.evidence(fu.start, fu.end), **provenance(fu.rule, "funding")))
