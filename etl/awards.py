"""Honours and who received them.

Three shapes cover how union news reports honours:
- named recipients: 母永奇、索朗群培…等6人荣获2022年度“西藏工匠”称号
  → one row per person, with the count the sentence gives;
- a list announced, with a member named: …发布的22家…工会示范点…的名单中，
  超威日化公司工会名列其中 → one row for the member;
- only counts: 培育产生5名全国五一劳动奖章获得者、93名全国技术能手
  → one row per honour with an empty recipient and the count.
Competition results (宋坤…成功夺冠) are honours too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl import lexicon
from etl.doc import Doc
from etl.orgs import is_generic
from etl.patterns import COUNT, alternation, word_list
from etl.textnorm import cn_number

HONOUR = (r"(?:工匠|劳动奖章|劳动奖状|巾帼奖章|巾帼奖状|劳动模范|劳模|先进工作者|先进个人|先进集体|技术能手|技能大师|标兵|"
          r"示范点|示范单位|示范岗|模范职工之家|先锋号|红旗手|五四奖章|楷模|最美[\u4e00-\u9fff]{1,6}|大奖|"
          r"能手|状元|冠军|亚军|季军|一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖|特等奖)")
HONOUR_ANY = re.compile(HONOUR + r"|夺冠|冠军|桂冠")
# the honour ends its noun phrase: 劳模创新工作室 and 技能大师工作室 are places, not honours
HONOUR_END = r"(?<!工作室)(?<!基地)(?<!学院)(?<!中心)(?<!书屋)(?<!驿站)(?=”?(?:获得者|称号|荣誉称号)?(?:[、，。；和及与等]|$))"
AWARDING_CUES = ("表彰", "授予", "评选", "荣获", "获得", "产生", "命名", "评为", "涌现", "培育", "获评", "入选", "颁发", "获")
_NUM = r"(?P<n>\d+|[一二两三四五六七八九十]+)"
NAMED = re.compile(rf"(?P<list>[^，。；：]+?)(?:等{_NUM}(?:人|名|位|家|个)(?:集体|个人|单位|选手|同志)?)?"
                   rf"(?:荣获|获得(?!者|感)|获评|被授予|被评为|当选|荣膺|喜获|获授|(?<!所)获(?!得|悉|批|准|取))(?:了)?"
                   rf"(?P<award>(?P<year>\d{{4}}年度?)?[^，。；]{{0,30}}?{HONOUR}[”]?)(?:称号|荣誉称号|荣誉)?")
LIST_MEMBER = re.compile(r"(?P<verb>发布|公布|公示|命名|授予)的(?P<items>[^。；]{4,200}?)的?(?:名单|榜单)中，"
                         r"(?P<member>[^，。；]{2,30}?)(?:名列其中|入选|上榜|位列其中|榜上有名)")
COUNTED = re.compile(rf"(?<![\d.]){_NUM}(?:名|位|家|个|人)(?P<award>[^、，。；：的获得]{{0,16}}?{HONOUR}"
                     rf"[\u4e00-\u9fff]{{0,4}}?){HONOUR_END}(?:”?获得者)?")
NOT_RECIPIENT = re.compile(r"^(?:.|\d{4}年|[他她它]们?|其|该|此|另外|此外|其中|先后|曾经|曾|也|还|均|都|分别|多次|有不少.*)$")
COLLECTIVE = re.compile(r"(?:班|组|队|站|室|工区|车间|公司|工会|中心|集体|单位|工段|项目部|分公司|厂|局|院|所)$")
TRAILING_ADVERB = re.compile(r"(?:曾经|先后|曾|也|还|均|都|分别|多次|同时)+$")
TRAILING_COUNT = re.compile(rf"{_NUM}(?:名|位|个|人)[\u4e00-\u9fff]{{0,4}}$")
WINNER = re.compile(r"(?P<who>[^，。；]{2,60}?)(?:凭借[^，。；]*?)?(?:一路[^，。；]*?)?(?:并)?(?:成功)?(?:夺冠|夺得冠军|获得冠军|摘得桂冠)")
ROLE_THEN_NAME = re.compile(r"(?:者|传承人|负责人|带头人|家|员|师|手|长|匠|主任|书记|主席|司机|专家|经理|工人|职工|农民工)"
                            r"([\u4e00-\u9fff]{2,4})$")


@dataclass
class Award:
    award: str
    recipient: str
    recipient_count: int | None
    year: int | None
    awarded_by: str
    start: int
    end: int
    sentence: str


def _int(s: str | None) -> int | None:
    return cn_number(s) if s else None


def person_name(phrase: str) -> str:
    """The person at the end of a descriptive phrase: 盾构机司机母永奇 → 母永奇."""
    if COLLECTIVE.search(phrase):
        return phrase  # a team or unit is named whole: 北京丘比食品有限公司沙拉充填班
    phrase = phrase.split("的")[-1]
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", phrase):
        return phrase
    role = ROLE_THEN_NAME.search(phrase)
    if role:
        return role.group(1)
    tokens = lexicon.tag(phrase)
    pos, starts = 0, []
    for w, _t in tokens:
        starts.append(pos)
        pos += len(w)
    for i in range(len(tokens) - 1, -1, -1):
        w, t = tokens[i]
        if t.startswith("nr") and len(phrase) - starts[i] <= 5:
            return phrase[starts[i]:]
    return phrase if len(phrase) <= 20 else ""  # a unit (超威日化公司工会) or nothing usable


def _clean_award(s: str) -> str:
    s = re.sub(r"^(?:\d+(?:名|位|家|个|人))", "", s)
    return s.strip("“”的 ")


def _awarding_body(doc: Doc, sent_start: int, at: int) -> str:
    """Who gives the honour: an organisation before it in the sentence, else the headline's or lead's."""
    before = [o for o in doc.orgs_in(sent_start, at) if not is_generic(o.text)]
    if before:
        return doc.full_org(before[-1].text)
    head = [o for o in doc.orgs_in(0, doc.body_start) if not is_generic(o.text)]
    lead = doc.lead
    lead_orgs = [o for o in doc.orgs_in(lead.start, lead.end) if not is_generic(o.text)] if lead else []
    pick = (head or lead_orgs or [None])[0]
    return doc.full_org(pick.text) if pick else ""


def extract(doc: Doc) -> list[Award]:
    """Honours given in one analysed article, one row per (honour, recipient)."""
    issue_year = doc.issue.year if doc.issue else None
    out: list[Award] = []
    for sent in doc.sentences:
        s = sent.text
        default_by = _awarding_body(doc, sent.start, sent.start)
        if not HONOUR_ANY.search(s):
            continue  # most sentences name no honour: skip the costlier patterns
        covered: list[tuple[int, int]] = []
        for m in NAMED.finditer(s):
            award = _clean_award(m["award"])
            year = int(m["year"][:4]) if m["year"] else issue_year
            award = re.sub(r"^\d{4}年度?", "", award).strip("“”")
            listed = TRAILING_ADVERB.sub("", m["list"].strip())
            tail = TRAILING_COUNT.search(listed)
            count = _int(m["n"]) or (_int(tail["n"]) if tail else None)
            if tail:
                listed = listed[:tail.start()]
            items = [i for i in re.split(r"、|(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff]{2})", listed) if i.strip()]
            count = count or (len(items) if len(items) > 1 else None)
            for item in items:
                who = person_name(item.strip("“”"))
                if who and not NOT_RECIPIENT.match(who):
                    out.append(Award(award, who, count, year, default_by, sent.start + m.start(), sent.start + m.end(), s))
            covered.append((m.start(), m.end()))
        for m in LIST_MEMBER.finditer(s):
            first = re.split(r"、", m["items"])[0]
            cm = re.match(rf"{_NUM}(?:名|位|家|个)(?P<rest>.+)", first)
            award = _clean_award(cm["rest"] if cm else first)
            out.append(Award(award, m["member"].strip(), _int(cm["n"]) if cm else None, issue_year,
                             _awarding_body(doc, sent.start, sent.start + m.start("verb")),
                             sent.start + m.start(), sent.start + m.end(), s))
            covered.append((m.start(), m.end()))
        for m in COUNTED.finditer(s):
            if any(a <= m.start() < b for a, b in covered) or not any(c in s for c in AWARDING_CUES):
                continue
            out.append(Award(_clean_award(m["award"]), "", _int(m["n"]), issue_year, default_by,
                             sent.start + m.start(), sent.start + m.end(), s))
        for m in WINNER.finditer(s):
            who = person_name(re.split(r"[的]", m["who"])[-1])
            if who and len(who) <= 5:
                out.append(Award("冠军", who, None, issue_year, default_by, sent.start + m.start(), sent.start + m.end(), s))
    return out
