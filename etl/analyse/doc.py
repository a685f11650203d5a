"""One analysed article, computed once and shared by every extractor.

`analyse` tokenises and tags the text once, splits it into sentences and
paragraphs with offsets, and finds its dates, places (datelines left out),
organisations and primary province. Every extractor is then `extract(doc) ->
rows` with that one signature: none re-splits sentences or re-finds names, and
the evidence of a row is the sentence its rule matched.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from etl.analyse import lexicon
from etl.analyse.dates import DateMention, find_dates
from etl.analyse.orgs import (
    LEVEL_SHORT,
    ORG_SHORT_NAMES,
    Token,
    expand_short,
    find_orgs,
    is_generic,
)
from etl.analyse.persons import named_people
from etl.analyse.places import (
    FOREIGN,
    RUN_LETTERS,
    SURNAMES,
    TRIP_TO,
    PlaceMention,
    Unit,
    OFFICER_WENT,
    dateline_place,
    destinations,
    dateline_spans,
    find_places,
    is_unit_name,
    other_written_forms,
    primary_province,
    tokenize,
    units,
)
from etl.analyse.spans import Span, sentences
from etl.read.segment import Article
from etl.read.textnorm import cn_number
from etl.rules import patterns
from etl.rules.patterns import HAN, HOSTS_THIS_EVENT, SPONSORED_BY, alternation, word_list

UNION_OCCASIONS = frozenset(word_list("union_occasions.txt"))
UNION_ACTORS = re.compile(alternation([*word_list("union_actors.txt"), *UNION_OCCASIONS]))
_HAN_ONLY = re.compile(rf"[{HAN}]+")
# what ends no three-character name: a particle, a conjunction or a verb of saying after a two-character word
# (安全的, 单位和, 应当将, 杨亮又, 王芳说 — three times each in five People's Daily articles)
_NO_NAME_ENDS = frozenset("的了着过地得和与及或将又也就还都说在是总")
# what ends a place's name of three characters or more and no person's (田林县, 向阳路, 卢沟桥, 黄家湖)
_PLACE_ENDING = re.compile(r"[县市区路街村桥湖滩镇乡]$")
RARE_WORD_IDF = 9.5  # jieba's IDF above which a word is rare (names: 刘红 10.9, 金海 11.0; 荣获 8.6, 许可 8.0)
# a union officer or body acting, not a word that merely contains 工会 (工会法 is law, not union work)
# (…and unions as a kind of body listed with the other mass organisations — 工会、共青团、妇联等群团组织, 安置点工会、妇联等
# 配套组织 in five People's Daily articles — not a union acting; 全国总工会、共青团中央 named as co-organisers still count)
# (…nor a union named as where workers may turn for help, 劳动者可向工会或劳动监察部门求助, advice in a story of a court's or
# an employer's — made up, twentieth session, from a brief: it had made a court's story union work)
# (the Trade Union Law is no union acting — but a union's legal aid is: 市总工会法律援助律师 — made up, twenty-third session,
# from a brief: 工会法 had matched inside 工会法律援助)
_NOT_UNION = re.compile(rf"{patterns.SHORT_FORM_BY_CHANCE}|工会法(?!律|务)|工会经费|工会(?=[、和及与](?:共青团(?!中央)|妇联|妇女组织|残联|团委)[、和及与等以])|"
                        # (…or its own company's: 该职工曾向公司工会反映情况 — made up, twenty-second session, from a brief)
                        r"(?<=[向找])(?:当地|所在单位|所在地|公司|企业|单位|厂里|厂)?的?工会"
                        r"(?=[^，。；]{0,12}(?:求助|反映|投诉|寻求|咨询))|"
                        # (…nor a union only among those who attend another body's event: 市总工会、团市委等单位参加了
                        # 开业仪式; 市人社局召开…座谈会，市总工会、…和美团…等平台企业负责人参加 — made up, twenty-first
                        # session, from briefs; the gold's rmrb_20190221-18-02 reads a 座谈会 so)
                        rf"工会(?={patterns.ATTENDING})|"
                        # (…nor a union's building where another body holds its event: 市人社局在市工人文化宫举办…招聘会,
                        # 某图书馆在社区职工书屋举办读书分享会 — made up, twenty-first session, from briefs)
                        r"(?<=在)[^，。；在]{0,6}?(?:工人文化宫|职工书屋|职工之家|工人俱乐部)(?=[^，。；]{0,12}?(?:举办|举行|召开|开展))|"
                        + patterns.LISTED_DEPARTMENT_UNION)
LEAD_MIN_CHARS = 15
# a notice's addressees, on the line under its title (各县（市、区）总工会，市直各产业工会：): no lead, and no one acting —
# and the day it was signed, on its last line, its issuer's name above (made up, twenty-fifth session, from a union's
# notice: the addressed 产业工会 had given its honours)
ADDRESSEES = re.compile(r"\s*各[^。！？\n：:]{1,80}[：:]")
# an interview's subtitle, naming whom it questions (——访…, ——专访…, ——对话…)
INTERVIEW_SUBTITLE = re.compile(r"\s*[—－-]{1,2}\s*(?:访|专访|对话)")
SIGNED_ON = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# a company's or an institution's name, or a department of one (徐州重型机械有限公司人力资源部)
COMPANY = re.compile(r"(?:公司|集团|银行|厂|学院|大学|医院)(?:[^省市县区\W\d]{1,6}(?:部|处|科|室|中心|车间))?$")
CREDIT = re.compile(patterns.CREDIT)
# where a credit can open: a line's start, a bracket, 据 (asked there only — finditer_where — 0.12 → 0.05 s over the
# bench's pages: the pattern's alternatives open on ^, which re cannot skip ahead to)
_CREDIT_OPENS = re.compile(r"(?m)^|[（(据]")
# the names a credit's 记者 or 通讯员 introduces, to the bracket's or the line's end: names of two to four characters
# (a minority name's parts joined by ·), apart by spaces or 、 or by the next one's role (余嘉熙 通讯员张宝权; 陈华 唐姝
# 通讯员徐岳鹏) — not a sentence that opens on 记者 (记者从江阴市总工会获悉)
_BYLINE_NAME = rf"[{HAN}]{{2,4}}(?:·[{HAN}]{{1,8}})?"
_BYLINE_ROLE = rf"{patterns.REPORTER_RANK}?(?:记者|通讯员|实习生|评论员|摄影|摄)"
_BYLINE_NAMES = re.compile(rf"[ \t\u3000]*{_BYLINE_NAME}(?:(?:[ \t\u3000、，,]+(?:{_BYLINE_ROLE}[ \t\u3000]*)?|"
                           rf"[ \t\u3000]*{_BYLINE_ROLE}[ \t\u3000]*){_BYLINE_NAME})*"
                           r"(?=\s*[）)]|\s*\n|\s*$)")
# a line or bracket that credits the piece to a source or an author's unit (来源：全国总工会官微, （作者单位：…）)
# (…a bracketed credit opening the lead's line is the bracket alone: （来源：四川工人日报）近日，成都市总工会… — made up,
# twenty-fifth session, from briefs: the whole lead had been the credit, and the union's work none)
_CREDIT_LINE = re.compile(r"(?m)^[^\n（(]{0,6}(?:来源|稿源|作者单位|作者)[：:][^\n]*$|[（(](?:来源|稿源|作者单位)[：:][^）)\n]*[）)]")
_UNION_ACTS = re.compile(r"(?:还|也|将|再次|首次|共同|联合|积极)?(?:启动|举办|开展|组织|发起|走访|慰问|举行|召开|送上|送去|推出|为)")
# a union officer (公司工会主席陈科含) makes union work when the story is about that officer (named in the
# headline lines), not when one is quoted in a story about something else (工会主席刘战君说…)
_UNION_OFFICER = re.compile(rf"(?:主席|副主席|干部)(?P<name>[{HAN}]{{2,3}})")
SHORT_ITEM_CHARS = 400
LEVEL_FEDERATIONS = ("省总", "市总", "区总", "县总")  # a federation by its level alone (市总将为…)
# a long report that names a union in one or two of its many paragraphs mentions union work in passing
# (…福州市妇联、总工会等单位的慰问先后到达 in 36 paragraphs; 全总发通知… in a 17-paragraph roundup of every department's
# measures; 全国总工会副主席 as a post a craftsman held, in 23): union work is spread over more of it
LONG_REPORT_PARAGRAPHS = 15
UNION_PARAGRAPHS_OF_LONG = 3
# a story this long whose unions stand in one paragraph, not its lead, is about something else (a commentary on work
# safety that lists 工会组织 among the bodies to act, rmrb_20200512-05-05; WWI labourers' history naming 中国早期工会运动,
# rmrb_20190201-17-02; grassroots democracy counting enterprises with 职工代表大会, rmrb_20191011-09-03; a roundup of
# leaders' deliberations, one of them the union's chairman, rmrb_20200524-05-01)
MEDIUM_REPORT_PARAGRAPHS = 6
# the bodies that held the story's event (由中宣部、…、全国总工会…共同主办; 由…和广东省总工会共同主办): a union among them
# makes union work even when the union is named once in a long report
_UNION_SPONSORS = re.compile(SPONSORED_BY)
_HOSTS_THIS_EVENT = re.compile(HOSTS_THIS_EVENT)
_UNION_BODY = re.compile(r"工会|全总")
_UNION_NAMED = re.compile(patterns.UNION_NAMED)
# a body acting, right after its name (市人社局举办…, 市民政局近日走访慰问…)
_OTHER_BODY_ACTS = re.compile(r"[^，。；]{0,4}?(?:举办|举行|开展|组织|走访|慰问|看望|启动|召开|发起|为|向|送)")
PAST_YEARS = 2  # a sentence dated only this long before the issue tells the story's past
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")


# an organisation right after these is where the sentence goes or whom it serves, not who acts
# (…or whose report a meeting hears: 调研组召开座谈会，听取市总工会…的情况汇报 — made up, twenty-eighth session, from briefs:
# the city's union heard had held the visiting team's sit-down)
# (…or one founded or joined: 美团南京站点组建工会, 骑手加入工会 — made up, thirty-second session, from briefs: the new union
# had founded itself)
_OBJECT_BEFORE = re.compile(r"(?:来到|走进|深入|前往|到|赴|在|向|为|对|给|与|听取|(?:成立|组建|建立)(?:联合)?|加入)"
                            # (…a count of them between: 向全省14个市州总工会下拨… — made up, twentieth session, from a
                            # brief: the recipients had organised the gift)
                            r"(?:全(?:国|省|市|区|县))?(?:[\d一二两三四五六七八九十百]+(?:个|家|所|支|座))?$")
# …unless what follows it is its own act that describes something (在全国总工会近日公布的…名单中, 在市总工会举办的…活动上:
# the body published or held it — made up, twenty-first session, from briefs: a name after the list had organised it)
_ACTS_IN_DESCRIPTION = re.compile(rf"(?:{patterns.APPROX}|此前|\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)?"
                                  r"(?:发布|公布|公示|命名|揭晓|印发|下发|出台|颁布|授予|评选|表彰|举办|主办|开展|组织|召开|举行)的")
# someone said to be one of a body's people: 是 or 作为 before it, 的 and their post (一名焊工) after it, closing the clause
_SOMEONE_IS = re.compile(r"(?:是|作为|系)$")
_POST_AT = re.compile(r"的(?:一名|一位|一个)?[\u4e00-\u9fff]{1,10}(?:[，。；]|$)")
# the verb right before a body someone visits or meets in (来到, 走进, 在): no giver of what is given there
# (…an unnamed one's too: 走进某电子公司 — made up, thirtieth session, from briefs)
_VISITED_BEFORE = re.compile(r"(?:来到|走进|深入|前往|赴|在)(?:某|一家)?$")
# a venue: 在 and the start of its name (在萧山会议中心举行, 在北京香山革命纪念馆南广场举行)
_VENUE = re.compile(r"在[\u4e00-\u9fff]{1,6}$")


# a body something is given to (向武汉市总工会…捐赠, 援助新疆哈密市总工会200万元): its place is not the giver's, whose
# level's short name (省总工会, 市总工会) the article's places complete (made up, twenty-first session, from briefs)
_GIVEN_TO = re.compile(rf"{patterns.AID_VERBS}$")
# what joins bodies named together as one actor (省委宣传部、省总工会; 财政部与国家发展改革委)
BODY_JOINERS = ("、", "和", "与", "及")
# …and the verbs that join them as partners in one act (市总工会联合市人社局评选出…, 市总工会会同市财政局下拨…: made up,
# twenty-first session, from briefs — the partner named last had given the honour alone)
ACTING_JOINERS = (*BODY_JOINERS, "联合", "会同", "携手")


@dataclass
class Doc:
    text: str
    title: str
    kicker: str
    subtitle: str
    byline: str
    kind: str
    issue: dt.date | None
    body_start: int  # offset of the first body character (after the headline lines)
    sentences: list[Span]
    paragraphs: list[Span]
    tokens: list[Token]
    dates: list[DateMention]
    places: list[PlaceMention]  # place mentions, datelines excluded
    orgs: list[Span]
    dateline_places: list[PlaceMention] = field(default_factory=list)  # where the report was filed
    origin_places: list[PlaceMention] = field(default_factory=list)  # where people named come from
    # places inside a company's or an outlet's name, left out of the story's places (秦皇岛 in …有限公司秦皇岛西工务段…)
    name_places: list[PlaceMention] = field(default_factory=list)
    dateline_date: DateMention | None = None  # …and when
    dateline: str = ""
    primary_province: str = ""
    _ends: list[int] = field(default_factory=list, repr=False)

    @cached_property
    def people(self) -> tuple[str, ...]:
        """People the article names more than once by their full name: a name the tokenizer reads as one
        (侯艳梅, 吕琼芬), or three characters that open on a surname, stand three times or more and are no word
        of its dictionary, their given name none either (白方礼 and 和贵华, which it cuts into 白方 + 礼 and 和 + 贵华)."""
        text = self.text
        # (a common word is no name, though the dictionary tags it as one too: 荣获, 许可, 石家庄, 张罗 — by its
        # weight in the IDF table: names are rare or not in it)
        idf, _median = lexicon.idf()
        tagged = Counter(w for w, t, _at in self.tokens if t == "nr" and 2 <= len(w) <= 3 and w[:1] in SURNAMES)
        twice = sorted(w for w, n in tagged.items() if n >= 2)
        named = {w for w, weight in zip(twice, idf.get_many(twice, None)) if weight is None or weight >= RARE_WORD_IDF}
        # three characters that begin and end on the tokenizer's word boundaries each time they stand (时代新 of
        # 时代新人, 华北公 of 华北公司 do not), whose given name is no word of the dictionary but a name (和祖国 of
        # 我和祖国 is none: 祖国 is a noun)
        starts = [at for _w, _t, at in self.tokens]
        bounds = set(starts) | {len(text)}
        grams = Counter(text[i:i + 3] for i in starts if text[i] in SURNAMES and i + 3 in bounds)
        # (how often each stands anywhere: searched for when they are few, counted in one pass over the text when they
        # are many — an article of a million characters holds thousands)
        thrice = [w for w, n in grams.items() if n >= 3]
        anywhere = Counter({w: text.count(w) for w in thrice}) if len(thrice) <= _FEW_GRAMS else \
            Counter(text[i:i + 3] for i, ch in enumerate(text) if ch in SURNAMES)
        often = sorted(w for w in thrice if grams[w] == anywhere[w] and _HAN_ONLY.fullmatch(w)
                       and w[-1] not in _NO_NAME_ENDS)
        given = lexicon.jieba_dictionary_tags().get_many([w[1:] for w in often], None) if often else []
        found = {w for w, tag in zip(often, given) if (tag or "nr").startswith("nr") and len(lexicon.tag(w)) > 1}
        # 方礼老 stands only inside 白方礼老人: a window that starts one character into another name is no name
        named |= {w for w in found if not any(o[1:] == w[:2] and grams[o] >= grams[w] for o in found)}
        # 赵军 stands only inside 赵军贤: the shorter is no one of its own
        times = {w: text.count(w) for w in named}
        people = [w for w in named if not any(w != o and w in o and times[w] == times[o] for o in named)]
        # …and a place's name is no one's (宁德, 芦山, 田林县, 卢沟桥, 向阳路: tagged as names in five People's Daily
        # articles; 陈镇, two characters, is a name)
        return tuple(sorted(w for w in people if not is_unit_name(w)
                            and not (len(w) >= 3 and _PLACE_ENDING.search(w))))

    def people_by_lac(self, start: int, end: int, min_count: int = 2) -> tuple[str, ...]:
        """The people text[start:end] names, as Baidu's LAC reads names, that the article names at least `min_count`
        times (etl.analyse.persons): asked for only where the tokenizer's `people` leave a 他 or 她 with no one to
        stand for."""
        return named_people(self.text[start:end], self.text, min_count)

    def name_fragment(self, word: str) -> bool:
        """A word that stands in the text only inside a person's name (白方 of 白方礼, 贵华 of 和贵华)."""
        names = [name for name in self.people if word in name and word != name]
        if not names:
            return False  # (most words: no name holds them, and the text need not be counted)
        n = self.text.count(word)
        return n > 0 and any(self.text.count(name) * name.count(word) >= n for name in names)

    @cached_property
    def body_sentences(self) -> list[Span]:
        return [s for s in self.sentences if s.start >= self.body_start]

    @cached_property
    def title_sentence(self) -> Span | None:
        return next((s for s in self.sentences if s.end <= self.body_start and s.text.strip() == self.title.strip()),
                    None)

    @cached_property
    def headline_sentences(self) -> list[Span]:
        """The headline's lines: title first, then kicker and subtitle (an event named in a kicker is reported too)."""
        rest = [s for s in self.sentences if s.end <= self.body_start and s is not self.title_sentence]
        return ([self.title_sentence] if self.title_sentence else []) + rest

    @cached_property
    def lead(self) -> Span | None:
        """The first sentence of the body proper (subheadings such as 核心阅读 are not the lead, nor a notice's
        addressees, 各县（市、区）总工会，市直各产业工会：)."""
        for s in self.body_sentences:
            addressed = next((b for a, b in self._addressees if a == s.start), None)
            if addressed:  # (the text after them, when the page runs it on: …市直各产业工会：2025年，全市各级工会…)
                s = Span(addressed, s.end, self.text[addressed:s.end])
            if len(s.text.strip()) >= LEAD_MIN_CHARS:
                return s
        return None

    @cached_property
    def reviewed_year(self) -> int | None:
        """The year a review looks back on: its lead opens on a year before the issue's (本报讯 2024年，市总工会坚持…,
        in a January 2025 issue), whose undated figures after it are that year's — made up, twenty-eighth session,
        from a year's review: its 全年共筹集送温暖资金3200万元 had been counted in 2025. None for any other article."""
        lead = self.lead
        opening = _REVIEWED_YEAR.match(lead.text) if lead is not None else None
        year = int(opening["year"]) if opening else None
        return year if year and self.issue and year < self.issue.year else None

    @cached_property
    def interviewed(self) -> Span | None:
        """The body whose officer an interview questions, named in its subtitle (——访浙江省总工会党组书记、常务副主席
        陈小平): the 我们 of the answers (made up, twenty-fifth session, from an interview: 我们还投入专项资金5000万元 had
        had no payer)."""
        if not INTERVIEW_SUBTITLE.match(self.subtitle or ""):
            return None
        at = self.text.find(self.subtitle, 0, self.body_start)
        return next((o for o in self.orgs_in(at, at + len(self.subtitle)) if not is_generic(o.text)), None) \
            if at >= 0 else None

    @cached_property
    def _addressees(self) -> list[tuple[int, int]]:
        """Where the body's first sentence names a notice's addressees (各县（市、区）总工会，市直各产业工会：)."""
        first = self.body_sentences[0] if self.body_sentences else None
        addressed = ADDRESSEES.match(first.text) if first else None
        return [(first.start, first.start + addressed.end())] if addressed else []

    @cached_property
    def signed_by(self) -> Span | None:
        """The body that signs a notice: its name alone on the line above the signing day at the text's end
        (宜春市总工会 / 2025年12月1日)."""
        lines = [p for p in self.paragraphs if p.text.strip()]
        if len(lines) < 3 or not SIGNED_ON.fullmatch(lines[-1].text.strip()):
            return None
        above = lines[-2]
        return next((o for o in self.orgs_in(above.start, above.end) if o.text == above.text.strip()), None)

    def sentence_at(self, pos: int) -> Span:
        if not self.sentences:
            return Span(0, len(self.text), self.text)
        return self.sentences[self._sentence_index(pos)]

    def _sentence_index(self, pos: int) -> int:
        return min(bisect.bisect_right(self._ends, pos), len(self.sentences) - 1)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, pos: int) -> Span:
        """The paragraph holding `pos` (its end included), else the first — by bisection: a long article's facts ask
        this of thousands of offsets."""
        i = bisect.bisect_right(self._paragraph_starts, pos) - 1
        # (a paragraph that ends where the next starts holds that offset too: the earlier one, as a scan found it)
        while i > 0 and self.paragraphs[i - 1].end >= pos:
            i -= 1
        return self.paragraphs[i] if i >= 0 and self.paragraphs[i].start <= pos <= self.paragraphs[i].end \
            else self.paragraphs[0]

    def evidence(self, start: int, end: int) -> dict:
        """Offsets of a fact and the sentence(s) holding it: its first and its last, the sentences between them left
        out where there are any (a roster's title and the line naming one of its people, a count and the profile
        opening on one of those it counted, not every line between)."""
        first, last = self.sentence_at(start), self.sentence_at(max(start, end - 1))
        between = bool(self.sentences) and \
            self._sentence_index(max(start, end - 1)) - self._sentence_index(start) > 1  # (by bisection: linear)
        text = (f"{first.text.strip()}……{last.text.strip()}" if between
                else self.text[first.start:last.end].strip())
        return {"start": start, "end": end, "evidence": text}

    @cached_property
    def _org_starts(self) -> list[int]:
        return [o.start for o in self.orgs]

    def orgs_in(self, start: int, end: int) -> list[Span]:
        """The organisations named between two offsets (by bisection: the orgs are in text order)."""
        starts = self._org_starts
        return self.orgs[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def named_with(self, orgs: list[Span], k: int) -> list[Span]:
        """orgs[k] and the bodies named right before it with only a joiner between them (省委宣传部、省总工会授予…;
        财政部与国家发展改革委联合发布…): those that act together, in order."""
        first = k
        while first and self.text[orgs[first - 1].end:orgs[first].start] in ACTING_JOINERS:
            first -= 1
        return orgs[first:k + 1]

    @cached_property
    def _dates_by_start(self) -> tuple[list[DateMention], list[int]]:
        dates = sorted(self.dates, key=lambda d: d.start)
        return dates, [d.start for d in dates]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        dates, starts = self._dates_by_start
        return dates[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @cached_property
    def _places_by_start(self) -> dict[bool, tuple[list[PlaceMention], list[int]]]:
        found = {}
        for origins, mentions in ((False, self.places), (True, self.places + self.origin_places + self.name_places)):
            ordered = sorted(mentions, key=lambda p: p.start)
            found[origins] = (ordered, [p.start for p in ordered])
        return found

    def places_in(self, start: int, end: int, origins: bool = False) -> list[PlaceMention]:
        """Places mentioned between two offsets; with `origins`, where people come from too, and the places inside
        names (where a recipient's unit is: 河北 for a team of …秦皇岛西工务段…) — by bisection."""
        mentions, starts = self._places_by_start[origins]
        return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @cached_property
    def place_sections(self) -> list[Span]:
        """The body's paragraphs that open on the place they tell of and a comma or colon (在河北，…; 江西：…), or its
        union (广东省深圳市总工会…): a roundup's sections — found place by place (an article of 30,000 lines is read in
        one pass)."""
        paragraphs = [p for p in self.paragraphs if p.start >= self.body_start]
        starts = [p.start for p in paragraphs]
        # (…or on the union its place names, its subject: 广东省深圳市总工会则为留深过年的…送上年货礼包 — made up, twenty-ninth
        # session, from a roundup: the section's gift had had no time)
        unions = {o.start for o in self.orgs if o.text.endswith("工会")}
        found: dict[int, Span] = {}
        for m in self.places:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start - paragraphs[i].start <= 12 and (
                    self.text[m.end:m.end + 1] in "，：" or m.start in unions) \
                    and _SECTION_OPENING.fullmatch(self.text, paragraphs[i].start, m.start):
                found[i] = paragraphs[i]
        return [found[i] for i in sorted(found)]

    @cached_property
    def roundup_window(self) -> DateMention | None:
        """The time a roundup's lead gives its sections (入伏以来，全国多地持续高温。/ 在河北，… / 在江西，…): a window —
        an approximate date or span — in the first two body paragraphs before two or more place sections, else None."""
        sections = self.place_sections
        if len(sections) < 2:
            return None
        before = [p for p in self.paragraphs if self.body_start <= p.start and p.end <= sections[0].start
                  and p.text.strip()][:2]
        return next((d for p in before for d in self.dates_in(p.start, p.end) if d.approx and d.date_start), None)

    @cached_property
    def _place_section_starts(self) -> list[int]:
        return [p.start for p in self.place_sections]

    def in_place_section(self, at: int) -> bool:
        """`at` lies in one of the roundup's place sections."""
        i = bisect.bisect_right(self._place_section_starts, at) - 1
        return i >= 0 and at < self.place_sections[i].end

    def in_work_title(self, at: int) -> bool:
        """`at` stands inside a work's title in its sentence (《薪酬协商和谐共赢——驻马店市总工会开展…综述》, 《中华人民共和国
        工会法》): a body named there neither acts nor gives."""
        opened = self.text.rfind("《", self.sentence_at(at).start, at)
        return opened >= 0 and self.text.find("》", opened, at) < 0

    def is_object(self, org: Span) -> bool:
        """An organisation the sentence goes to, gives to or meets in (来到…, 向…, 在…会议中心举行) does not act, nor one
        inside a work's title (组织学习…《中华人民共和国工会法》，并开展专题培训 — made up, twenty-fourth session, from
        briefs: 中华人民共和国工会 had organised the training) but the issuer a document's title opens on (《贵州省人民政府
        关于…的实施意见》, rmrb_20200108-02-08)."""
        if self.in_work_title(org.start) and not self.text.startswith("关于", org.end):
            return True
        if any(a <= org.start < b for a, b in self._addressees):
            return True  # (a notice's addressees, 各县（市、区）总工会，市直各产业工会：, are whom it is sent to)
        if _ACTS_IN_DESCRIPTION.match(self.text, org.end):
            return False
        # (…and one listed right after such a body: 向武汉市总工会、孝感市总工会各捐赠… — made up, twenty-first session, from
        # a brief: the second had organised the gift)
        # (the few bodies named just before it, by bisection: a long article names thousands)
        k = bisect.bisect_left(self._org_starts, org.start)
        listed_after = [o for o in self.orgs[max(0, k - 3):k + 1]
                        if o.end <= org.start and self.text[o.end:org.start] in BODY_JOINERS]
        if listed_after and listed_after[-1] is not org and self.is_object(listed_after[-1]):
            return True
        return bool(_OBJECT_BEFORE.search(self._before_place(org.start)[-12:]) or _VENUE.search(
            self.text[max(self.sentence_at(org.start).start, org.start - 8):org.start]))

    def is_visited(self, org: Span) -> bool:
        """An organisation someone goes to or holds something in (走进中建三局…项目部，为…送去…; 在芜湖港务有限公司举行…仪式，
        为…发放…): where the giving happens, not who gives — unless what follows it is its own act (在市总工会举办的…)."""
        return not _ACTS_IN_DESCRIPTION.match(self.text, org.end) and \
            _VISITED_BEFORE.search(self._before_place(org.start)[-4:]) is not None

    def is_workplace(self, org: Span) -> bool:
        """An organisation someone is said to work at (张伟是国网浙江电力公司的一名变电检修工, 刘洋是江苏徐工集团的一名焊工):
        it neither holds what the story tells nor gives its honours."""
        return _SOMEONE_IS.search(self.text, max(0, org.start - 2), org.start) is not None and \
            _POST_AT.match(self.text, org.end) is not None

    def _before_place(self, at: int) -> str:
        """The sentence's text before `at`, less the place names right before it: a venue named with its place
        (我市在萧山会议中心举行, 在北京香山革命纪念馆…举行) is still the object of 在, not who acts."""
        start = self.sentence_at(at).start
        places = self.places_in(start, at)
        while places and places[-1].end == at:
            at = places.pop().start
        return self.text[start:at]

    def _officer_in_headline(self, at: int) -> bool:
        m = _UNION_OFFICER.match(self.text, at)
        head = self.text[:self.body_start]
        return bool(m) and any(m["name"][:n] in head for n in (3, 2))

    def _without_past_sentences(self) -> str:
        """The text with every body sentence dated only long before the issue blanked out (offsets kept)."""
        if self.issue is None:
            return self.text
        past = self.issue - dt.timedelta(days=PAST_YEARS * 365)
        dated: dict[int, list[bool]] = {}  # sentence start → whether each of its dates is long past
        starts = [s.start for s in self.body_sentences]
        for d in self.dates:
            i = bisect.bisect_right(starts, d.start) - 1
            if d.date_start and i >= 0 and d.start < self.body_sentences[i].end:
                dated.setdefault(i, []).append((d.date_end or d.date_start) < past)
        text = self.text
        for i in sorted((i for i, old in dated.items() if all(old)), reverse=True):
            s = self.body_sentences[i]
            text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
        return text

    @cached_property
    def _others_programme_spans(self) -> list[tuple[int, int]]:
        """The union programmes' words (困难职工, 职工技能大赛, 送温暖…) that another body runs in their sentence, no union
        beside it (市人社局举办全市职工技能大赛, 市民政局走访慰问困难职工): that body's work, not a union's."""
        found, others, union_beside = [], set(), set()
        for m in UNION_ACTORS.finditer(self.text):
            if _UNION_NAMED.search(m.group()) or m.group() in UNION_OCCASIONS:
                continue
            sent = self.sentence_at(m.start())
            before = [o for o in self.orgs_in(sent.start, m.start()) if not is_generic(o.text) and o.end <= m.start()]
            if any(_UNION_NAMED.search(o.text) for o in before):
                union_beside.add(m.group())
            elif any(_OTHER_BODY_ACTS.match(self.text, o.end) for o in before):
                others.add(m.group())
            found.append(m)
        # (…and the same programme named again, no body before it: 集团负责人表示，劳动竞赛将持续到年底)
        return [(m.start(), m.end()) for m in found if m.group() in others and m.group() not in union_beside]

    @staticmethod
    def _masked(text: str, spans: list[tuple[int, int]]) -> str:
        for a, b in spans:
            text = text[:a] + " " * (b - a) + text[b:]
        return text

    def _others_programmes_masked(self) -> str:
        return self._masked(self.text, self._others_programme_spans)

    def _foreign_unions_masked(self, text: str) -> str:
        """The text with foreign unions (法国多个工会, 英国全国教师工会) blanked out — not a country's name inside a Chinese
        place's words (内蒙古自治区总工会, 内蒙古巴彦淖尔市总工会, 湖南非公企业工会, 延边朝鲜族自治州总工会: made up,
        twenty-fourth session, from briefs — 内蒙古's federations had done no union work)."""
        inside = [(p.start, p.end) for p in self.places + self.dateline_places + self.origin_places + self.name_places]
        return _FOREIGN_UNION.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in inside)
                                  else " " * len(m.group()), text)

    @cached_property
    def is_union(self) -> bool:
        """Union work: a union, its officers or its programmes act in the article
        (a headline naming one, or two mentions in the text), not workers merely mentioned."""
        # (a foreign country's unions, 法国多个工会举行罢工, are no union work here, headline or text)
        masked = self._foreign_unions_masked(self._others_programmes_masked())
        head = masked[:self.body_start]
        # a federation by its place and 总 alone (深圳市总, 云南省总: Workers' Daily's short form), or by its level alone
        # opening a clause (市总将为…), names a union too
        # (a union that only credits the piece — 来源：江苏省总工会, （作者单位：南京市总工会） — is not what it reports)
        text = _CREDIT_LINE.sub(lambda m: " " * len(m.group()), masked)
        short_forms = [o for o in self.orgs if (o.text.endswith("总工会") or o.text in LEVEL_FEDERATIONS)
                       and "工会" not in self.text[o.start:o.end] and text[o.start:o.end].strip()]
        if UNION_ACTORS.search(_NOT_UNION.sub("", head)) or any(o.start < self.body_start for o in short_forms):
            return True
        if not UNION_ACTORS.search(text) and not short_forms:
            return False  # most articles name no union at all
        # a foreign union (英国全国教师工会) quoted is no union work here; nor is a union in a story's past
        # (2009年被中华全国总工会授予“全国五一劳动奖章”: a profile's old honour)
        cleaned = _NOT_UNION.sub("", _CREDIT_LINE.sub(lambda m: " " * len(m.group()), self._masked(
            self._without_past_sentences(), self._others_programme_spans)))
        for o in self.orgs:
            if FOREIGN.match(o.text):
                cleaned = cleaned.replace(o.text, "")
        mentions = len(UNION_ACTORS.findall(cleaned)) + len(short_forms)
        if any(_UNION_BODY.search(m["org"]) for m in _UNION_SPONSORS.finditer(cleaned)):
            return True
        body = [p.text for p in self.paragraphs if p.start >= self.body_start and p.text.strip()]
        union_paragraphs = [k for k, p in enumerate(body) if UNION_ACTORS.search(_NOT_UNION.sub("", p))]
        if len(body) >= LONG_REPORT_PARAGRAPHS and len(union_paragraphs) < UNION_PARAGRAPHS_OF_LONG:
            return False
        if len(body) >= MEDIUM_REPORT_PARAGRAPHS and len(union_paragraphs) == 1 and union_paragraphs[0] > 0:
            return False  # (…and a story of six paragraphs or more that names unions in one only, not its first)
        # one mention is enough in a brief or caption, or when a named union runs something (婺城区总工会启动…)
        union_acts = any(o.text.endswith("工会") and not is_generic(o.text) and (
            _UNION_ACTS.match(self.text, o.end) or self._officer_in_headline(o.end)) for o in self.orgs)
        return mentions >= 2 or mentions == 1 and (len(self.text) < SHORT_ITEM_CHARS or union_acts)

    @cached_property
    def places_by_level(self) -> dict[str, str]:
        """The article's most named province, city, district and county, to complete 省总 / 区总工会."""
        counts: dict[str, Counter[str]] = {k: Counter() for k in ("省", "市", "区", "县", "州")}
        within: Counter[str] = Counter()  # the provinces the places lie in
        given_to: list[Span] = []
        for o in self.orgs:  # (…and those listed after one: 向恩施州总工会和黄冈市总工会各拨付…)
            if _GIVEN_TO.search(self.text, max(0, o.start - 4), o.start) \
                    or given_to and self.text[given_to[-1].end:o.start] in BODY_JOINERS:
                given_to.append(o)
        # (…or those it sends or its officer go to after 到: 市总工会组织劳模到昆山参观学习, 市总工会主席到宁波调研 — made up,
        # thirty-third session, from briefs: the destination had completed 市总工会, 昆山市总工会 — though a province's union
        # goes within its province most often: 省总工会副主席刘红带领调研组到宜宾市 is 四川省总工会)
        going = destinations(self.places, self.text)
        for p in self.places:
            if TRIP_TO.search(self._before_place(p.start)[-2:]):
                continue  # (…组织劳模赴浙江舟山疗休养: where its people went, not the union's own city)
            if p in going or OFFICER_WENT.search(self.text, max(0, p.start - 10), p.start):
                if p.unit.level != "province" and p.unit.province:
                    within[p.unit.province] += 1
                continue
            if any(o.start <= p.start < o.end for o in given_to):
                continue  # (…援助新疆哈密市总工会200万元: the place of the body given to, not the giver's)
            u = p.unit
            if u.level == "province":
                counts["省"][u.province] += 1
                if u.name.endswith("市"):  # (a municipality is its own city: 北京的市总工会 is 北京市总工会)
                    counts["市"][u.name] += 1
            elif u.level == "city":
                counts["州" if u.name.endswith("州") and u.name.endswith("自治州") else "市"][u.name] += 1
            elif u.name[-1:] in counts:
                counts[u.name[-1]][u.name] += 1
            if u.level != "province" and u.province:
                within[u.province] += 1
        # (with no province named, the province of the places named: 省总工会与省人社厅在郑州签订… — 河南省总工会)
        if not counts["省"] and within:
            counts["省"] = within
        return {k: c.most_common(1)[0][0] for k, c in counts.items() if c}

    def full_org(self, name: str, at: int | None = None) -> str:
        """An organisation as the article names it in full: 工会 → 沈铁局工会 (named in the headline),
        区总工会 → 九龙坡区总工会, 省总 → 云南省总工会."""
        if not name:
            return ""
        name = ORG_SHORT_NAMES.get(name, name)
        nicknamed = _NICKNAMED_UNION.fullmatch(name)
        cities = other_written_forms().get(nicknamed["place"], []) if nicknamed else []
        if len(cities) == 1 and any(o.text in (cities[0].name + "总工会", "市总工会") for o in self.orgs):
            # a city's union by the city's nickname, one the article names in full or by its level (榕城工会开展职工疗休养
            # 活动 over 福州市总工会组织…, over 市总工会组织…: made up, twenty-eighth session, from briefs — the headline's
            # trip had been a second event)
            return cities[0].name + "总工会"
        if name == "工会" and at is not None:
            # the union its paragraph named last before it (…收到大庆市总工会发放的助学金…工会还发动…)
            para = self.paragraph_at(at)
            near = [o for o in self.orgs if para.start <= o.start < at and o.text.endswith("工会") and len(o.text) > 2
                    and not is_generic(o.text) and not LEVEL_SHORT.match(o.text)]
            if near:
                return near[-1].text
        if name == "工会" or LEVEL_SHORT.match(name):
            if at is not None and name != "工会":
                # the place the sentence is about, named before it (安徽…驰援湖北…，省总工会捐赠…: 安徽) — before the
                # fuller name the article gives elsewhere (rmrb_20200224-04-02 names 湖北省总工会 in another paragraph)
                sent = self.sentence_at(at)
                places = [p for p in self.places_in(sent.start, at)
                          if not _HELPED.search(self.text, max(0, p.start - 2), p.start)]
                near = [p.unit for p in places]
                # (a county-level city or a county too, where the sentence opens on it as its topic: 在南安市，市总工会…
                # · 在惠安县，县总工会… — not a venue named on the way, 在晋江市某鞋业公司…接过市总工会送来的…)
                topic = [p.unit for p in places if p.unit.level == "county" and self.text.startswith("，", p.end)
                         and _TOPIC_PLACE.fullmatch(self.text, sent.start, p.start)]
                # (a city-province's union is its 市总工会: 在重庆，市总工会开展… — made up, twenty-ninth session, from a
                # roundup: the city union named in full in a later section had held it)
                levels = {"省": [u.province for u in near if u.level == "province" and u.province[-1] != "市"],
                          "市": [u.name if u.level == "city" else u.province for u in near
                                if u.level == "city" or u.level == "province" and u.province[-1] == "市"]
                          + [u.name for u in topic if u.name[-1] == "市"],
                          "县": [u.name for u in topic if u.name[-1] == "县"],
                          "区": [u.name for u in topic if u.name[-1] == "区"]}
                level = name[0]
                if levels.get(level):
                    return levels[level][0] + "总工会"
            suffix = "总工会" if "总" in name else "工会"
            fuller_orgs = [o for o in self.orgs if len(o.text) > len(name) and o.text.endswith(suffix)
                           and not is_generic(o.text)
                           and o.text.endswith(name if name.endswith("工会") else name + "工会")]
            # a body named in full after the short form in its sentence is another (市总工会分别向武汉市总工会、孝感市总工会
            # 各捐赠…: made up, twenty-first session, from a brief — the giver had become the first it gave to)
            sent = self.sentence_at(at) if at is not None else None
            others = {o.text for o in fuller_orgs if sent is not None and at < o.start < sent.end}
            fuller = [o.text for o in fuller_orgs if o.text not in others]
            if fuller:
                return self._in_full(Counter(fuller).most_common(1)[0][0])
            if name == "工会":
                unions = [o.text for o in self.orgs if o.text.endswith("工会") and len(o.text) > 2
                          and not is_generic(o.text)]
                return self._in_full(Counter(unions).most_common(1)[0][0]) if unions else name
            expanded = expand_short(name, self.places_by_level)
            return name if expanded in others else expanded
        return name

    def _in_full(self, union: str) -> str:
        """A union the article names, with the level it is named by completed (工会 → its 省总工会 → 福建省总工会)."""
        return expand_short(union, self.places_by_level) if LEVEL_SHORT.match(union) else union

    def sponsors(self, start: int = 0, end: int | None = None) -> str:
        """The bodies the first 由…主办 (举办, 承办…) phrase in [start, end) names as holding an event, in full and in
        order (由中宣部、国务院国资委…、人民日报社共同主办 → all seven, joined by 、), else ''."""
        end = len(self.text) if end is None else end
        held_by = _UNION_SPONSORS.search(self.text, start, end)
        span = (held_by.start(), held_by.end()) if held_by else None
        # (…or the bodies of the clause hosting 本次…, with no 由, when it comes first)
        hosting = _HOSTS_THIS_EVENT.search(self.text, start, span[0] if span else end)
        if hosting:
            opens = max(self.text.rfind(c, start, hosting.start()) for c in "，。；：\n") + 1
            span = (max(opens, start), hosting.start())
        if not span:
            return ""
        inner = [o.text for o in self.orgs_in(*span) if not is_generic(o.text)]
        return "、".join(dict.fromkeys(self.full_org(o) for o in inner))


# a lead opening on the year it tells of, a review's (本报讯 2024年，…; 2024年以来 is no year's whole)
_REVIEWED_YEAR = re.compile(rf"(?:{patterns.LEAD_WITH_CREDIT})?(?P<year>(?:19|20)\d{{2}})年(?:度)?[，,]")
# a union named after a place's other written form (榕城工会, 鹏城工会, 榕城总工会)
_NICKNAMED_UNION = re.compile(rf"(?P<place>[{HAN}]{{2,3}}?)总?工会")
# what opens a sentence before the place it is about (在南安市，…; 1月10日，在惠安县，…): its topic
_TOPIC_PLACE = re.compile(rf"(?:(?:{patterns.APPROX}|\d{{1,2}}月\d{{1,2}}日|同时|此外|另外|其中)[，]?)?(?:而)?在?")
# a place aid goes to or a trip ends at (驰援湖北, 向湖北捐款, 赴新疆): not the place whose union gives or goes
_HELPED = re.compile(rf"(?:{patterns.AID_VERBS}|到|{patterns.TRIP_VERBS})$")
# a list of origins opened by 来自 (来自云南、贵州、江西等地的工人; 来自北方昆曲剧院的周好璐、…湖南省…中心的葛倩倩)
_FROM_LIST = re.compile(r"来自(?:[^，。；：来]{1,24}?[、和及与])*[^，。；：来、]{0,6}$")
_MOVED_FROM = re.compile(r"从[^，。；：]{0,8}$")
# (…or back home from there: 从广东打工返乡的…, 从浙江回乡创业的… — made up, twenty-eighth session, from briefs: where he had
# worked had been the story's place)
_MOVED_TO = re.compile(r"^[^，。；：]{0,10}?(?:来到|来|到|返乡|回乡|回到|返回)(?!期|底|位)")
# 北京、上海派出的援滇干部职工, 广东区域选派的6支参赛队: the places that sent people (grrb_20220913, nddsb_20200617)
_SENT_FROM = re.compile(r"(?:[、和及与][^，。；：、]{1,8})*(?:派出|选派|派来|派驻)的")
# 陕西的麻珂、江西的谭翊泉: a person in a list, placed by where they come from
_PERSON_OF = re.compile(r"^的[\u4e00-\u9fff]{2,3}(?:[、和及与]|\d+名|等)")
# the words between a brand's place and its branch's (北京|银行|杭州分行, 上海|建工集团|苏州分公司), and the branch's
_BRAND_WORDS = 8
_BRAND_TO_BRANCH = re.compile(rf"[{patterns.HAN}]*(?:银行|证券|保险|集团|公司|建工|地铁|航空)")
_BRANCH = re.compile(patterns.BRANCH)
_FEW_GRAMS = 50  # three-character names searched for one by one up to this many, else counted in one pass
# a roundup's section opening on the place it tells of (在江西，…; 江西：…): what stands before the place
_SECTION_OPENING = re.compile(r"\s*在?$")
# unions a foreign country's (法国多个工会, 英国全国教师工会): the country, a few words of its clause, the union
_FOREIGN_UNION = re.compile(rf"(?:{FOREIGN.pattern})[^，。；：\n]{{0,8}}?(?:工会|工联)")
# a home town: 回老家河南南阳, 老家咸阳 (rmrb_20200117-15-01), 从老家宁德古田县带来 (rmrb_20200121-13-01), 回云南老家
# (rmrb_20200116-20-01) — where a worker is from, not where the story is
# (…籍贯: 籍贯四川达州的农民工 — made up, eighteenth session, from a probe of home towns; not a birthplace, which a
# hero's life story is about: 出生在湖北省麻城县, rmrb_20190219-16-05, 出生在宁夏灵武市, rmrb_20191010-07-01; nor 是安徽人,
# which the gold keeps as the story's: 41岁的黄健是安徽人 in a story of 吴江, rmrb_20190222-07-03)
# (…家乡 too: 回到家乡四川广安过年, 他的家乡在河南周口 — made up, thirtieth session, from features: the home town had been the
# story's place)
_HOME_BEFORE = re.compile(r"(?:老家|籍贯|祖籍|家乡)(?:在|是|为)?$")
# …or where someone described by it was born (这位出生于山东临沂的老矿工, 出生在河南周口的她 — made up, thirtieth session, from
# features: the birthplace had been the story's place) — not a life told from its birth, dated (林祥谦1892年出生于福州市…,
# 1955年出生于…的普通牧民家庭: the sample page's gold keeps it), nor a sentence saying where (出生在宁夏灵武市…一个回族家庭)
_BORN_BEFORE = re.compile(r"(?P<dated>\d[年月日])?(?:出生(?:于|在)|生于)$")
_DESCRIBED_AFTER = re.compile(r"[^，。；：、]{0,12}?的")


# a company's own units written on after its name (中国铁路太原局集团有限公司|秦皇岛西工务段西张庄探伤车间柳村女子探伤工区,
# rmrb_20190228-10-06; 国网山东省电力公司|济南供电公司变电检修室): a place inside one is the unit's name, not the story's
_SUB_UNIT_END = re.compile(r"(?:段|车间|工区|班组|班|站|室|项目部|分公司|公司|厂|矿|队)$")
_NOT_IN_UNIT = frozenset("在 到 赴 为 向 对 与 和 及 等 的 了 被 荣获 获得 获评 获 召开 举办 举行 开展 组织 参加 走进 来到 共 有 是".split())
_SUB_UNIT_TOKENS = 12


def _sub_units_end(tokens: list[Token], starts: list[int], end: int) -> int:
    """Where a company's name, ending at `end`, ends with the units written on after it: the last token of up to
    twelve words of a name (no verb of acting, no preposition, no punctuation) that ends as a unit does. `starts`:
    the tokens' offsets."""
    i = bisect.bisect_left(starts, end)
    ends, k = [], i
    while k < len(tokens) and k - i < _SUB_UNIT_TOKENS:
        word, tag, at = tokens[k]
        if at != (tokens[k - 1][2] + len(tokens[k - 1][0]) if k > i else end) or word in _NOT_IN_UNIT \
                or not re.fullmatch(r"[\u4e00-\u9fff]+", word) or tag.startswith(("p", "c", "u", "d", "r", "m", "q")):
            break
        if _SUB_UNIT_END.search(word):
            ends.append(at + len(word))
        k += 1
    # (a chain of units, 工务段…车间…工区, as honours lists name a team; one unit after a company, 珠海梅华加油站 or
    # 武昌客车车辆段, is a workplace whose place is where things happen)
    return ends[-1] if len(ends) >= 2 else end


# …but 来自 a workplace whose name holds the place says where they work (来自中建一局门头沟斋堂镇…安置房项目的巩彦宏,
# ldwb_20240201; 来自广州市白云工商技师学院的…, rmrb_20200121-06-02): the name runs on from the place to a unit's ending
_WORKPLACE_NAMED = re.compile(rf"[{HAN}“”]{{0,20}}?(?:学院|学校|大学|公司|集团|项目部?|工地|医院|工厂|车间|工区|班组|分局|中心)的")


# a route's destinations, each after 至 and the list before it, to 方向 and a conveyance or train
_ROUTE_BEFORE = re.compile(r"至(?:[\u4e00-\u9fff]{1,8}[、和及])*$")
_ROUTE_AFTER = re.compile(rf"(?:[、和及][\u4e00-\u9fff]{{1,8}})*(?:等地?)?方向[^，。；]{{0,6}}?"
                          rf"(?:{patterns.CONVEYANCE}|列车|高铁|动车|航班)")


# a distance measured from a place (距离北京6000多公里, 距拉萨约1000公里, 离成都两小时车程)
_MEASURED_FROM = re.compile(r"(?:距离|距|离)$")
_DISTANCE_AFTER = re.compile(r"(?:市区|城区|市中心)?(?:约|大约|仅|只有|不到|近|超过|足有)?[\d一二两三四五六七八九十百千万]+多?"
                             r"(?:公里|千米|米|里|海里|个?小时|分钟)")


def is_origin(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] says where people come from rather than where the story is."""
    before, after = text[max(0, start - 80):start], text[end:end + 12]
    listed = _FROM_LIST.search(before)
    # (one workplace: in a list of people from many — 来自北方昆曲剧院的周好璐、…、湖南省京剧保护传承中心的葛倩倩 — each
    # is where one comes from)
    if listed and not (_WORKPLACE_NAMED.match(text, end) and not re.search(r"[、和及与]", listed.group())):
        return True
    # (…籍, 老家 after it; 老乡 too, people from there: 湖南老乡在东莞过大年 — made up, twenty-second session, from a brief)
    # (…or a young man or woman from there, by the words that call people so: 来杭12年的四川小伙张伟, 湖南妹子李娜 — made up,
    # thirtieth session, from features)
    if after.startswith(("籍", "老家", "老乡", "小伙", "姑娘", "妹子", "汉子")) or _HOME_BEFORE.search(before):
        return True
    born = _BORN_BEFORE.search(before)
    if born and not born["dated"] and _DESCRIBED_AFTER.match(text, end):
        return True
    if _MOVED_FROM.search(before) and _MOVED_TO.match(after):
        return True
    if _SENT_FROM.match(text, end, end + 40):
        return True
    # (…or where a route takes them, home or to work: 通过西安至重庆、武汉、郑州等方向高铁列车…返乡 — rmrb_20200117-15-01,
    # whose gold has none of them; 开行广州至长沙、南昌方向的务工专列 — made up, thirty-second session)
    if _ROUTE_BEFORE.search(before) and _ROUTE_AFTER.match(text, end):
        return True
    return bool(_PERSON_OF.match(after)) and (not before or before[-1] in "，、：和及与")


@lru_cache(maxsize=1)
def _outlet_units() -> tuple[re.Pattern, dict[str, Unit]]:
    by_name = {(u.name, u.province): u for u in units()}
    table = {outlet: by_name[(unit, province)] for outlet, unit, province in patterns.word_table("outlet_places.tsv")}
    return re.compile(alternation(list(table))), table


def _outlet_places(text: str, credits: list[tuple[int, int]]) -> list[PlaceMention]:
    """The places of the outlets named in a story's credits: those whose names hold none (南湖晚报讯: 嘉兴市), and those
    named after their place, which a place's name before 日报 is not read as in running text (湖北日报、浙江卫视等媒体 —
    LOCAL_NAME_AFTER): 十堰日报讯, 德阳晚报讯 (made up, twenty-sixth session, from briefs: a story naming no other place
    had none)."""
    rx, table = _outlet_units()
    listed = [PlaceMention(table[m.group()], m.group(), m.start(), m.end()) for a, b in credits
              for m in rx.finditer(text, a, b)]
    named = [PlaceMention(p.unit, p.text, m.start() + p.start, m.start() + p.end) for a, b in credits
             for m in _OUTLET_AFTER_PLACE.finditer(text, a, b)
             for p in find_places(m["place"]) if p.start == 0 and p.end == len(m["place"])]
    return sorted(listed + named, key=lambda p: p.start)


# an outlet named after its place (十堰日报, 德阳晚报, 宁波电视台)
_OUTLET_AFTER_PLACE = re.compile(rf"(?P<place>[{HAN}]{{2,8}}?)(?:日报|晚报|都市报|商报|卫视|电视台|广播电视台|融媒体中心)")


# a count of places of one level and 总工会 after them (辽宁、吉林、黑龙江|三省总工会; 广州、深圳|两市总工会)
# (…or 工会 alone: 沪苏浙皖四省市工会, 四川、重庆两地工会 — made up, thirty-third session, from briefs: the headline's 四省市工会 had
# held the forum its lead gives the four federations, two events)
_LETTERS_FEDERATIONS = re.compile(rf"(?P<run>[{''.join(RUN_LETTERS)}]{{2,6}})[两二三四五六](?:地|省|省市|省区|省区市|市|方)总?工会")
_COUNTED_FEDERATIONS = re.compile(r"(?P<n>[两二三四五六七八九十])(?:个)?(?:省|市|县|区|州|盟|省市|省区|省区市|地)(?:（[区、市]+）)?"
                                  r"总?工会")


class _SpanSet:
    """Spans of text, asked whether an offset lies in one (by bisection over them merged: a long article names
    thousands of companies, each place once checked against every one)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            if self.starts and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def __contains__(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ends[i]


def _federations_listed(orgs: list[Span], places: list[PlaceMention], text: str) -> list[Span]:
    """Places listed before a count of them and 总工会 are each place's federation (辽宁、吉林、黑龙江三省总工会: 辽宁省总工会,
    吉林省总工会, 黑龙江省总工会 — made up, twentieth session: the body had been 黑龙江三省总工会, a name no one bears)."""
    by_end = {p.end: p for p in places}
    by_start: dict[int, PlaceMention] = {}
    for p in places:
        by_start.setdefault(p.start, p)
    out = []
    # a run of provinces' letters counted before 总工会 (京津冀三地总工会, 沪苏浙皖四省市总工会): each province's federation
    # (made up, twenty-first session, from briefs: no body, or one called 四省市总工会)
    letters = {p.start: p for p in places if len(p.text) == 1}
    runs = []
    for m in _LETTERS_FEDERATIONS.finditer(text) if letters else ():
        listed = [letters.get(m.start() + k) for k in range(len(m["run"]))]
        if all(listed):
            runs.append((m.start(), m.end(), [Span(p.start, m.end() if p is listed[-1] else p.end, p.unit.name + "总工会")
                                              for p in listed]))
    orgs = [o for o in orgs if not any(a <= o.start < b or o.start <= a < o.end for a, b, _s in runs)]
    out.extend(span for _a, _b, spans in runs for span in spans)
    for o in orgs:
        if len(o.text) > 4 and re.search(r"等[省市]总工会$", o.text):
            o = Span(o.end - 4, o.end, o.text[-4:])  # (the tokenizer's 苏州等 | 市总工会: the level's body after 等)
        if o.text in ("省总工会", "市总工会") and text[o.start - 1:o.start] == "等" and o.start - 1 in by_end:
            # …and places listed before 等 and a level's 总工会 (江苏、广东、四川等省总工会作交流发言: made up, twenty-first
            # session, from a brief — the places had been the venue of the national meeting they spoke at)
            listed = [by_end[o.start - 1]]
            while text[listed[0].start - 1:listed[0].start] in ("、", "和", "与", "及") and listed[0].start - 1 in by_end:
                listed.insert(0, by_end[listed[0].start - 1])
            level = "province" if o.text[0] == "省" else "city"
            if len(listed) >= 2 and all(p.unit.level == level for p in listed):
                out.extend(Span(p.start, o.end if p is listed[-1] else p.end, p.unit.name + "总工会") for p in listed)
                continue
        last = by_start.get(o.start)
        counted = _COUNTED_FEDERATIONS.match(text, last.end) if last else None
        listed = _counted_list(last, by_end, text) if counted and counted.end() == o.end else []
        if len(listed) < 2 or len(listed) != cn_number(counted["n"]):
            out.append(o)
            continue
        out.extend(Span(p.start, o.end if p is last else p.end, p.unit.name + "总工会") for p in listed)
    # (…and where the tokenizer read no body there at all, the count a word of its own: 北京、天津、河北|三地|总工会, 四川、
    # 重庆|两地|总工会 — made up, thirty-third session, from briefs: the hosts of a joint contest had been no one)
    for last in places:
        counted = _COUNTED_FEDERATIONS.match(text, last.end)
        if counted is None or any(o.start < last.end and last.start < o.end for o in out):
            continue
        listed = _counted_list(last, by_end, text)
        if len(listed) >= 2 and len(listed) == cn_number(counted["n"]):
            # (…the plural's own word the tokenizer made a body, 两地|工会, gives way)
            out = [o for o in out if not (last.end <= o.start < counted.end())]
            out.extend(Span(p.start, counted.end() if p is last else p.end, p.unit.name + "总工会") for p in listed)
    return out  # (sorted by the caller)


def _counted_list(last: PlaceMention, by_end: dict[int, PlaceMention], text: str) -> list[PlaceMention]:
    """The places listed up to `last`, joined by 、和与及 (辽宁、吉林、黑龙江)."""
    listed = [last]
    while text[listed[0].start - 1:listed[0].start] in ("、", "和", "与", "及") and listed[0].start - 1 in by_end:
        listed.insert(0, by_end[listed[0].start - 1])
    return listed


# a union named only by a count of the places it stands for (长三角三省一市工会, 四地工会), or by their letters with no count
# (沪苏浙皖工会): several bodies, no one of them — nothing the article's place completes (made up, twenty-second session,
# from a brief: 沪苏浙皖工会联席会议在合肥召开 had been organised by 合肥市总工会)
# (…or every place's: 各地工会开展活动 — made up, twenty-ninth session, from roundups: 工会开展活动 had been an event, held by
# the first section's city union)
_PLURAL_UNION = re.compile(rf"(?:(?:[一两二三四五六七八九十\d](?:个)?(?:省|市|地|省市|省区|省区市|县|区)){{1,2}}"
                           rf"|[{''.join(RUN_LETTERS)}]{{2,6}}|(?:各|多)(?:地|地市|市州|市|县区|区县|县|区))(?:总)?工会$")
# (…各地市工会, 各市州工会, the tokenizer's 各地|市工会 — made up, thirtieth session, from briefs: the province's cities'
# unions had been one 市工会, placed nationwide)


def _not_plural_unions(orgs: list[Span], text: str) -> list[Span]:
    return [o for o in orgs if not (o.text.endswith("工会") and len(o.text) <= 4
                                    and _PLURAL_UNION.search(text, max(0, o.end - 12), o.end))]


# a union congress named the way all are, 中国工会 + the territory + its session (中国工会南京市江宁区第八次代表大会, 中国工会
# 河北省第十四次代表大会; 中国工会第十八次全国代表大会): held by that territory's federation
_CONGRESS_SESSION = re.compile(rf"第[{patterns.CN_DIGITS}\d]{{1,4}}次(?:全国|会员)?代表大会")


def _congress_holders(orgs: list[Span], places: list[PlaceMention], text: str) -> list[Span]:
    """中国工会 opening a congress's name is the federation of the territory named after it, the nation's when it names
    none (made up, thirtieth session, from briefs: 中国工会 had held a district's congress, placed nationwide)."""
    by_start = {p.start: p for p in places}
    out = []
    for o in orgs:
        if o.text != "中国工会":
            out.append(o)
            continue
        end = o.end
        while end in by_start:
            end = by_start[end].end
        if not _CONGRESS_SESSION.match(text, end):
            out.append(o)
            continue
        territory = text[o.end:end]
        out.append(Span(o.end if territory else o.start, end if territory else o.end,
                        territory + "总工会" if territory else "中华全国总工会"))
    return out


def _opening_on_places(orgs: list[Span], places: list[PlaceMention], text: str) -> list[Span]:
    """A body whose name opens inside a place's name opens on that place (腾冲|市总工会, 玉龙|纳西族自治县总工会, 彭|山区总工会:
    the tokenizer cut the place, and the name had kept only its tail — a probe of the country's 3,033 county-level
    federations, made up, nineteenth session)."""
    out = []
    ends = {p.end: p for p in places}
    places = sorted(places, key=lambda p: p.start)
    starts = [p.start for p in places]
    for o in orgs:
        # (the places opening before it, nearest first — by bisection: an article of 30,000 lines is read in one pass)
        k = bisect.bisect_left(starts, o.start)
        inside = next((p for p in places[max(0, k - 3):k][::-1] if p.start < o.start < p.end), None)
        if inside is None and o.text in ("工会", "总工会") and o.start in ends:
            inside = ends[o.start]  # (娜允镇 | 工会: a town's union, the town a place found — made up, nineteenth session)
        out.append(Span(inside.start, o.end, text[inside.start:o.end]) if inside else o)
    # …and a place right before 总工会 with no body found there is that place's federation (腾冲总工会, 宝山总工会: a
    # county by its short form, as local outlets name it — the tokenizer reads the short form as a name, and 总工会 alone
    # opens no name; 925 of 2,885 such short forms had given no body)
    covered = {i for o in out for i in range(o.start, o.end)} if any(text.startswith("总工会", p.end) for p in places) \
        else set()
    for p in places:
        if text.startswith("总工会", p.end) and p.end not in covered:
            out.append(Span(p.start, p.end + 3, text[p.start:p.end + 3]))
    return sorted(out, key=lambda o: o.start)


def analyse(art: Article, issue: dt.date | None) -> Doc:
    """Analyse one segmented article once; every extractor reads the result."""
    text = art.text
    head_len = len("\n".join(s for s in (art.kicker, art.title, art.subtitle) if s))
    body_start = head_len + 1 if head_len else 0
    lexicon.ready()
    tokens: list[Token] = tokenize(text)
    sents = sentences(text)
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        paragraphs.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    datelines = dateline_spans(text)
    # a date inside a title (《职业技能提升行动方案（2019—2021年）》) names the document, not when anything happened
    titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)]
    # …nor does the dateline's day (本报银川1月9日电): it says when the report was filed
    all_dates = find_dates(text, issue)
    dates = [d for d in all_dates if not any(a <= d.start < b for a, b in titles + datelines)]
    # a vague time told exactly in the brackets right after it (近日（12月2日）, 日前（5月8日）) is that day: the vague one
    # goes — made up, thirty-second session, from briefs: the event had been dated the issue's eve
    told = {d.start for d in dates if d.precision == "day" and not d.approx}
    dates = [d for d in dates if not (d.approx and text.startswith("（", d.end) and d.end + 1 in told)]
    filed = [d for d in all_dates if any(a <= d.start < b for a, b in datelines)]
    # a dateline says where the report was filed, not what it is about: no place rows from it
    found = find_places(text, tokens)
    orgs = _federations_listed(_opening_on_places(_congress_holders(find_orgs(text, tokens), found, text), found, text),
                               found, text)
    orgs = sorted(_not_plural_unions(orgs, text), key=lambda o: o.start)  # (in text order: orgs_in bisects them)
    # a place inside a company's name (沈阳黎明航空发动机集团有限责任公司) is not where the story is;
    # a federation's (西藏自治区总工会) is its territory and counts
    token_starts = [t[2] for t in tokens]
    companies = [(o.start, _sub_units_end(tokens, token_starts, o.end)) for o in orgs if COMPANY.search(o.text)]
    # …nor is a place inside an outlet's credit (江西工人报讯, （江西工人报记者…）, 来源：…)
    credits = [(m.start(), m.end()) for m in patterns.finditer_where(CREDIT, text, _CREDIT_OPENS)]
    # …nor a name after a credit's 记者 or 通讯员, to its bracket's or line's end (（记者 黄山 通讯员 王长江）: people, never
    # places — made up, twenty-third session, from briefs: the reporter 黄山 had placed a story in 安徽)
    bylined = [(m.end(), n.end()) for m in patterns.finditer_where(CREDIT, text, _CREDIT_OPENS)
               if (n := _BYLINE_NAMES.match(text, m.end()))]
    aside = _SpanSet(datelines + bylined)
    places = [m for m in found if m.start not in aside]
    # …nor a brand's place before its branch's in one name (北京银行杭州分行, 江苏银行北京分行, 上海建工集团苏州分公司: the
    # branch is where it is — made up, twenty-fourth session, from briefs: a Hangzhou branch's walk had been 北京's)
    # (the few places right after each, in text order: an article of 30,000 lines is read in one pass)
    places = sorted(places, key=lambda p: p.start)
    places = [m for k, m in enumerate(places) if not any(
        0 < n.start - m.end <= _BRAND_WORDS and _BRAND_TO_BRANCH.fullmatch(text, m.end, n.start)
        and _BRANCH.match(text, n.end) for n in places[k + 1:k + 4])]
    named_in = companies + credits
    named_spans = _SpanSet(named_in)
    outside = [m for m in places if m.start not in named_spans] if named_in else places
    # …unless the company's or the outlet's place is the only one the story gives, and the company or the credit stands
    # in its headline or lead paragraph (国网济南供电公司工会举办…: 济南); a company named deep in a story that names no
    # place places nothing (a national feature's 中国航发沈阳黎明…公司高级技师洪家光, rmrb_20200228-11-01: not 辽宁's)
    lead_end = text.find("\n", text.find("\n", body_start) + 1) if "\n" in text[body_start:] else len(text)
    places = outside or [m for m in places if m.start < (lead_end if lead_end >= 0 else len(text))]
    # …and where it gives none at all, a credit's outlet whose name holds no place still says where it reports from
    # (南湖晚报讯 市总工会…: 嘉兴 — outlet_places.tsv)
    places = places or _outlet_places(text, credits)
    # where people come from (来自云南、贵州等地的工人, 从河南驻马店来到福州, 湖南的龙秀林、陕西的麻珂) is not
    # where the story happens: kept apart, for the honours that place a recipient by it
    origins = [m for m in places if is_origin(text, m.start, m.end)]
    # …and the places that follow one without a break: the rest of its address (老家河南南阳, 来自河南驻马店), or
    # come before it (回四川达州老家, 四川达州籍)
    for m in sorted(places, key=lambda p: p.start):
        if m not in origins and any(o.end == m.start for o in origins):
            origins.append(m)
    for m in sorted(places, key=lambda p: -p.start):
        if m not in origins and any(o.start == m.end for o in origins):
            origins.append(m)
    # …nor a place named only to measure from (在距离北京6000多公里的巴基斯坦卡拉奇, 距拉萨1000多公里的小镇 — made up, thirty-third
    # session, from features: 北京 had been the overseas project's place): no place of the story, nor anyone's origin
    measured = [m for m in places if _MEASURED_FROM.search(text, max(0, m.start - 2), m.start)
                and _DISTANCE_AFTER.match(text, m.end)]
    places = [m for m in places if m not in origins and m not in measured]
    kept = {id(m) for m in places + origins + measured}
    doc = Doc(text=text, title=art.title, kicker=art.kicker, subtitle=art.subtitle, byline=art.byline,
              kind=art.kind, issue=issue, body_start=body_start, sentences=sents, paragraphs=paragraphs,
              tokens=tokens, dates=dates, places=places, orgs=orgs, origin_places=origins,
              name_places=[m for m in found if id(m) not in kept and not any(a <= m.start < b for a, b in datelines)],
              dateline=dateline_place(text), _ends=[s.end for s in sents],
              dateline_places=[m for m in found if any(a <= m.start < b for a, b in datelines)][-1:],
              dateline_date=filed[0] if filed else None)
    lead = doc.lead
    lead_para = doc.paragraph_at(lead.start) if lead else None
    doc.primary_province = primary_province(doc, lead_para.end if lead_para else body_start)
    return doc


def analyse_text(text: str, issue: dt.date | None, title: str = "", kind: str = "news") -> Doc:
    """Analyse one article given as its headline and body text (tests, one-off use)."""
    return analyse(Article(title=title, kind=kind, paragraphs=[p for p in text.split("\n") if p]), issue)
