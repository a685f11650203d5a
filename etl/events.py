"""Events an article reports: what happened, when, where, who organised it.

An event is a sentence that pairs an event noun (会议, 竞赛, 仪式, 宣讲会, 协议,
名单, 活动…) with a verb that makes it happen (召开, 举办, 签订, 发布, 启动…) and
is anchored in time: it carries a date, or it is the headline or the lead
sentence, whose date is the lead's. A photo caption's date holds for the whole
caption. Mentions of the same event (headline and lead) are merged, so an
article yields its reported events once each, not every noun it names.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from etl.dates import DateMention, duration_end, find_dates
from etl.places import PlaceMention
from etl.spans import Span, find_orgs, sentences

# (type, event nouns, verbs), most specific first: 发布仪式 is a ceremony, not an announcement.
EVENT_TYPES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("agreement", ("战略合作协议", "框架协议", "合作协议", "协议", "备忘录", "集体合同", "工资专项集体合同"),
     ("签订", "签署", "签约")),
    ("ceremony", ("发布仪式", "启动仪式", "颁奖仪式", "揭牌仪式", "仪式", "颁奖典礼", "表彰大会", "发布会", "授牌", "揭牌"),
     ("举行", "举办", "召开", "启动", "开幕")),
    ("lecture", ("宣讲会", "报告会", "讲座", "宣讲活动", "培训班", "研修班", "学习班", "宣讲"),
     ("举办", "举行", "开展", "召开", "开班", "启动")),
    ("competition", ("职业技能竞赛", "技能竞赛", "劳动竞赛", "技能大赛", "竞赛", "大赛", "比赛", "比武", "决赛", "锦标赛",
                     "运动会", "练兵"),
     ("举办", "举行", "开赛", "落幕", "闭幕", "开幕", "启动", "开展", "收官")),
    ("meeting", ("联席会议", "代表大会", "职代会", "座谈会", "研讨会", "推进会", "交流会", "工作会", "全委会", "常委会",
                 "会议", "大会", "论坛", "峰会", "年会"),
     ("召开", "举行", "举办", "开幕", "闭幕")),
    ("donation", ("送温暖", "慰问", "捐赠", "捐款", "捐助", "爱心捐"),
     ("开展", "举行", "举办", "启动", "发放", "送去", "送上", "走访")),
    ("announcement", ("名单", "榜单", "名录", "指导意见", "实施意见", "意见", "通知", "方案", "办法", "规定", "条例",
                      "标准", "决定", "通告", "规划"),
     ("发布", "公布", "公示", "命名", "揭晓", "印发", "下发", "出台", "颁布", "发出")),
    ("activity", ("活动", "行动", "义诊", "志愿服务", "招聘会", "专场招聘"),
     ("开展", "启动", "举办", "举行", "组织", "发起", "推出")),
)
TYPE_LABELS = {"agreement": "签约", "ceremony": "仪式", "lecture": "宣讲培训", "competition": "竞赛",
               "meeting": "会议", "donation": "慰问捐赠", "announcement": "发布名单", "activity": "活动"}
_SUBJECT_BREAK = re.compile(r"(?:日前|近日|近期|日|在|于|由|将)$")
PARTICIPANTS = re.compile(r"(?P<n>\d+)(?:余|多)?(?:名|位|人)(?!次)(?=[^，。；]{0,14}(?:选手|职工|代表|会员|劳模|工匠|干部|"
                          r"队员|参赛|学员|志愿者|务工人员|员工|农民工|来自|参加|参与))")
ORGANIZER_VERBS = ("主办", "举办", "举行", "召开", "启动", "开展", "发布", "公布", "组织", "签订", "签署", "承办")


@dataclass
class Event:
    event_type: str
    name: str
    date_start: dt.date | None
    date_end: dt.date | None
    date_approx: bool
    date_precision: str
    date_text: str
    place: PlaceMention | None
    organizer: str
    participants: int | None
    start: int
    end: int
    sentence: str
    from_title: bool = False


_ANY_VERB = re.compile("|".join(sorted({v for _t, _n, vs in EVENT_TYPES for v in vs}, key=len, reverse=True)))
_VERBS = {etype: re.compile("|".join(verbs)) for etype, _n, verbs in EVENT_TYPES}
# an event noun inside a longer word is something else: 活动家, 活动室, 会议室, 竞赛规则, 协议书
_NOT_AFTER_NOUN = r"(?!家|室|中心|站|阵地|经费|方案|计划|规则|精神|纪要|书|费|场地|场所|化|要求|明确|指出|提出)"
_NOUNS = {etype: [re.compile(re.escape(n) + _NOT_AFTER_NOUN) for n in nouns] for etype, nouns, _v in EVENT_TYPES}
HISTORY_DAYS = 366  # an event dated more than a year before the issue is history, not news


def _match_type(sentence: str) -> tuple[str, int, int, int] | None:
    """(type, noun start, noun end, verb position) of the first event phrase in a sentence."""
    if not _ANY_VERB.search(sentence):
        return None
    for etype, _nouns, _verbs in EVENT_TYPES:
        verb_pos = [m.start() for m in _VERBS[etype].finditer(sentence)]
        if not verb_pos:
            continue
        for noun_rx in _NOUNS[etype]:
            for m in noun_rx.finditer(sentence):
                # an object (举办…会议) reads better than a subject (会议…召开): prefer a verb before
                before = [p for p in verb_pos if 0 < m.start() - p <= 60]
                after = [p for p in verb_pos if 0 <= p - m.end() <= 30]
                if before:
                    return etype, m.start(), m.end(), max(before)
                if after:
                    return etype, m.start(), m.end(), min(after)
    return None


def _name(sentence: str, noun_start: int, noun_end: int, verb: int) -> str:
    """The event's name: the noun phrase that ends at the event noun.

    As an object (举办…宣讲会) it runs from the verb; as a subject (…联席会议在香港召开)
    it runs back to the clause start or the nearest 的 / time word.
    """
    end = noun_end
    while end < len(sentence) and sentence[end] in "”》":
        end += 1
    opened = sentence.rfind("《", 0, noun_start)
    if opened != -1 and sentence.rfind("》", opened, noun_start) == -1:
        close = sentence.find("》", noun_end, noun_end + 40)  # 《…标准（2019年版）》: the title runs on
        end = close + 1 if close != -1 else end
    if verb < noun_start:
        start = verb + 2
    else:
        start = noun_start
        while start > 0 and sentence[start - 1] not in "，。；：！？的" \
                and not _SUBJECT_BREAK.search(sentence[:start]):
            start -= 1
    name = sentence[start:end].strip("，、的了 ")
    name = re.sub(r"^(?:[^，。（]{0,16}电\s*)?(?:本报讯\s*)?(?:（[^）]*）)?", "", name)
    name = re.sub(r"^(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?|日前|近日|近期|今年|目前)[，]?", "", name)
    name = re.sub(r"^(?:为期[\d一二两三四五六七八九十]+天的?|了|一场|一次|首届)", "", name)
    return name


def _organizer(sentence: str, verb: int, orgs: list[Span], text_orgs: list[Span], text: str,
               name_span: tuple[int, int]) -> str:
    before = [o for o in orgs if o.end <= verb and not name_span[0] <= o.start < name_span[1]]
    if before:
        return before[-1].text if "、" not in sentence[before[0].end:verb][:2] else "、".join(o.text for o in before)
    sponsor = re.search(r"由(?P<org>[^，。；]{3,40}?)(?:联合[^，。；]*?)?(?:主办|举办|发起|组织)", text)
    if sponsor:
        inner = [o.text for o in text_orgs if sponsor.start() <= o.start < sponsor.end()]
        if inner:
            return inner[0]
    return orgs[0].text if orgs else ""


def _place(sent: Span, verb: int, places: list[PlaceMention], paragraph: Span, fallback: PlaceMention | None
           ) -> PlaceMention | None:
    inside = [p for p in places if sent.start <= p.start < sent.end]
    if not inside:
        inside = [p for p in places if paragraph.start <= p.start < paragraph.end]
    if not inside:
        return fallback
    at = [p for p in inside if sent.text[max(0, p.start - sent.start - 1):p.start - sent.start] == "在"]
    pick = at[0] if at else inside[0]
    # the most specific unit of a chain such as 山东省烟台市招远市
    chain = [pick]
    for p in inside:
        if p.start == chain[-1].end:
            chain.append(p)
    return chain[-1]


def extract_events(title: str, text: str, body_start: int, issue: dt.date | None,
                   places: list[PlaceMention], is_photo: bool, fallback_place: PlaceMention | None) -> list[Event]:
    """Events reported in one article. `text` is the article text; its body starts at body_start."""
    sents = sentences(text)
    body_sents = [s for s in sents if s.start >= body_start]
    dates = find_dates(text, issue)
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    text_orgs = find_orgs(text)
    lead = body_sents[0] if body_sents else None
    # a time expression anchors an event even when it cannot be resolved (日前 in a file with no issue date)
    lead_dates = [d for d in dates if lead and lead.start <= d.start < lead.end and d.precision != "year"]
    caption_dates = [d for d in dates if d.start >= body_start and d.precision != "year"] if is_photo else []

    events: list[Event] = []
    title_sent = [s for s in sents if s.end <= body_start and s.text.strip() == title.strip()]
    for sent in title_sent + body_sents:
        hit = _match_type(sent.text)
        if not hit:
            continue
        etype, n0, n1, verb = hit
        # a year alone (2022年度, 今年) does not place an event; a month does when nothing finer is said
        own = [d for d in dates if sent.start <= d.start < sent.end and d.precision != "year"]
        own_point = [d for d in own if d.precision == "day"] or own
        if own_point:
            when: DateMention | None = own_point[0]
        elif sent in title_sent or sent is lead:
            when = lead_dates[0] if lead_dates else None
        elif caption_dates:
            when = caption_dates[0]
        else:
            continue
        if when is None:
            continue  # no time expression at all: a mention, not a reported event
        if issue and when.date_start and when.date_start < issue - dt.timedelta(days=HISTORY_DAYS):
            continue
        name = _name(sent.text, n0, n1, verb)
        if len(name) < 2:
            continue
        para = next((p for p in paragraphs if p.start <= sent.start <= p.end), paragraphs[0])
        orgs = [Span(o.start - sent.start, o.end - sent.start, o.text) for o in text_orgs
                if sent.start <= o.start < sent.end]
        n_at = sent.text.find(name)
        organizer = _organizer(sent.text, verb, orgs, text_orgs, text, (n_at, n_at + len(name)))
        end_date = when.date_end if when else None
        if when and when.date_start and not end_date:
            end_date = duration_end(sent.text, when.date_start)
        m = PARTICIPANTS.search(para.text)
        events.append(Event(
            event_type=etype, name=name,
            date_start=when.date_start if when else None, date_end=end_date,
            date_approx=bool(when and when.approx), date_precision=when.precision if when else "",
            date_text=when.text if when else "",
            place=_place(sent, verb, places, para, fallback_place), organizer=organizer,
            participants=int(m["n"]) if m else None,
            start=sent.start, end=sent.end, sentence=sent.text, from_title=sent in title_sent))
    return _merge(events)


def _merge(events: list[Event]) -> list[Event]:
    """Headline and lead describe one event: keep one per type and date, with the
    headline's name (the cleanest) and the body's date, place and organiser."""
    out: list[Event] = []
    for ev in events:
        same = next((o for o in out if o.event_type == ev.event_type and (
            o.date_start is None or ev.date_start is None or o.date_start == ev.date_start
            or o.name in ev.name or ev.name in o.name)), None)
        if same is None:
            out.append(ev)
            continue
        if same.from_title and not ev.from_title:
            ev.name, ev.from_title = same.name, True
            ev.organizer = ev.organizer or same.organizer
            out[out.index(same)] = ev
        elif not same.organizer and ev.organizer:
            same.organizer = ev.organizer
    return out
