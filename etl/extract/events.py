"""Events an article reports: what happened, when, where, who organised it.

An event is a trigger in context (etl/rules/event_triggers.tsv): an event noun
(会议, 竞赛, 仪式, 活动…) with a verb that makes it happen (召开, 举办, 开展…), or
an action that is an event by itself (送上清凉, 走访慰问; event_actions.tsv).
It must be anchored in time: the sentence carries a date (a day, a month, a
period such as 春节期间 or 连日来), or it is the headline or the lead, which take
the date of the first sentences that carry one. A photo caption's date holds
for the whole caption. Mentions of the same event (headline and lead) are
merged, so an article yields its reported events once each, not every noun it
names; a policy or an event named as background (history, a year-old date, a
plan still to come with no date) is not a reported event.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from etl.analyse.dates import DateMention, duration_end
from etl.analyse.doc import Doc
from etl.analyse.orgs import LEVEL_SHORT, is_generic, is_national
from etl.analyse.places import PlaceMention, destinations, province_in_name
from etl.analyse.spans import CLAUSE_MARKS, Span, clause_at
from etl.extract.kinds import RUNNING_TOTAL, event_scope
from etl.read.textnorm import cn_number
from etl.rules import patterns
from etl.rules.patterns import APPROX, CN_DIGITS, COUNT, FUTURE, HAN, alternation, word_list, word_table


def _split(cell: str) -> tuple[str, ...]:
    return tuple(w for w in cell.split("、") if w)


# (type, event nouns, verbs), most specific first: 发布仪式 is a ceremony, not an announcement
EVENT_TYPES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (row[0], _split(row[1]), _split(row[2])) for row in word_table("event_triggers.tsv"))
EVENT_ACTIONS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (row[0], _split(row[1])) for row in word_table("event_actions.tsv"))

_SUBJECT_BREAK = re.compile(rf"(?:{APPROX}|日|在|于|由|将)$")
PARTICIPANTS = re.compile(r"(?P<n>\d+)(?:余|多)?(?:名|位|人)(?!次)(?=[^，。；]{0,14}(?:选手|职工|代表|会员|劳模|工匠|干部|"
                          r"队员|参赛|学员|志愿者|务工人员|员工|农民工|来自|参加|参与))")
HISTORY_DAYS = 366  # an event dated more than a year before the issue is history, not news
LEAD_SENTENCES = 3  # the headline event takes its date from the first sentences that carry one

_ANY_VERB = re.compile(alternation([v for _t, _n, vs in EVENT_TYPES for v in vs]))
_VERBS = {etype: re.compile(alternation(verbs)) for etype, _n, verbs in EVENT_TYPES}
# an event noun inside a longer word is something else: 活动家, 活动室, 会议室, 竞赛规则, 协议书
_NOT_AFTER_NOUN = f"(?!{alternation(word_list('event_noun_blockers.txt'))})"
# (each with its noun, looked for as a plain string first: most of the 169 nouns stand in no sentence, and asking each
# one's regex had cost more than the rest of the match)
_NOUNS = {etype: [(n, re.compile(re.escape(n) + _NOT_AFTER_NOUN)) for n in nouns] for etype, nouns, _v in EVENT_TYPES}


def _noun_regexes(etype: str, sentence: str) -> list[re.Pattern]:
    """The type's noun patterns whose nouns the sentence holds, in the table's order."""
    return [rx for noun, rx in _NOUNS[etype] if noun in sentence]


# the donation nouns (送温暖, 慰问, 捐赠…): an activity whose name holds one is a donation, as the trigger table orders
# the most specific type first
# (the donation actions too: a 送清凉活动 is the headline's 送清凉, a gift, and merges with it)
_GIVING_NOUN = re.compile(alternation(next(nouns for etype, nouns, _v in EVENT_TYPES if etype == "donation")
                                      + next(phrases for etype, phrases in EVENT_ACTIONS if etype == "donation")))
# …作出了规定 says what a text provides, not that a document was issued (tested on the three characters before a
# noun found, not as a lookbehind: that would cost the nouns' literal-prefix search)
_NOT_BEFORE_NOUN = re.compile(r"(?:作出了?|作了|有关|相关)$")


def _action_forms(phrase: str) -> list[str]:
    """An action phrase as the text may write it: with 了 after its verb (送上了慰问金, 送去了腊八粥) and 送 as 赠送
    (赠送了春联 for 送春联). Each form opens on a literal character, which keeps the search as fast as the plain
    phrases' (an optional first character made it six times slower)."""
    form = re.sub(r"^(送上|送去|送来|发放|送)", lambda m: m[1] + "(?:了)?", re.escape(phrase))
    return [form, "赠" + form] if re.match(r"送(?!上|去|来)", phrase) else [form]


def _clause_end(sentence: str, at: int, headline: bool = False) -> int:
    """Where the clause that `at` stands in ends: an action's object runs to it (送上清凉 · 走访慰问困难职工), not past an
    ellipsis (…送上热腾腾的汤圆……全国人民众志成城) — nor, in a headline, past the space between its halves (夏日送清凉
    情暖建设者: 送清凉 — made up, thirty-first session, from a page: the whole headline had named the gift, and kept its
    name over the lead's “夏送清凉”活动)."""
    found = (_HEADLINE_CLAUSE_END if headline else _CLAUSE_OR_ELLIPSIS).search(sentence, at)
    return found.start() if found else len(sentence)


_CLAUSE_OR_ELLIPSIS = re.compile(f"[{CLAUSE_MARKS}。！？…]")
_HEADLINE_CLAUSE_END = re.compile(f"[{CLAUSE_MARKS}。！？…]|(?<=[\u4e00-\u9fff”])[ \u3000]+(?=[\u4e00-\u9fff“])")


_ACTIONS = [(etype, re.compile("|".join(f for p in sorted(phrases, key=len, reverse=True) for f in _action_forms(p))))
            for etype, phrases in EVENT_ACTIONS]
# any of them: most sentences hold none, and one search says so (the types' own are tried only then)
_ANY_ACTION = re.compile("|".join(rx.pattern for _etype, rx in _ACTIONS))
# money given is an event: 安排600万元专款, 拨付3780万元常态化送温暖资金, 筹集善款50万元
# (…and goods of a stated worth taken or bought for workers: 市建设工会送来了6万元慰问品, hzrb_20211027-00-01, whose gold
# lists the gifts at its ceremony; 送去价值2万元的防暑降温物品, 采购价值50万元的农副产品 made up)
GRANT_ACTION = re.compile(r"(?:安排|拨付|下拨|划拨|拨出|拨款|筹集|募集|发放|捐赠|捐款|送出|送去|送来|送上|采购)[^，。；：]{0,16}?"
                          rf"(?:万元|亿元|元)[^，。；：]{{0,16}}?(?:{patterns.FUND_NOUNS}|物资|慰问品|物品|用品|"
                          r"农副产品|农产品|年货|礼包)"
                          # (…or the fund named before its sum: 安排送温暖资金1200万元 — made up, eighteenth session)
                          r"|(?:安排|拨付|下拨|划拨|拨出|筹集|募集|发放|捐赠)[^，。；：\d]{0,12}?"
                          rf"(?:{patterns.FUND_NOUNS})(?:共计|合计|共)?[\d.]+(?:多|余)?(?:万|亿)?元"
                          # (…or goods bought named before their sum: 采购脱贫地区农副产品120万元, 采购帮扶产品50余万元 — made
                          # up, twenty-eighth session, from briefs of unions' purchases for workers: no event)
                          r"|采购[^，。；：\d]{0,12}?(?:农副产品|农产品|帮扶产品|扶贫产品|年货|礼包|慰问品|物资)"
                          r"(?:共计|合计|共)?[\d.]+(?:多|余)?(?:万|亿)?元")
# …and goods given with no sum, in the clause of the giving (为一线职工送去绿豆、白糖等防暑降温物品; 为他们送去工会精心准备的
# “暖冬礼包”, grrb_20260123-00-00; 为343名一线职工送上爱心礼包, czwb_20200109-00-01) — not goods a verb only describes
# (爱心捐赠的生活物资)
# (…and equipment handed out to workplaces: 配发制氧机、供氧设备, 发放各类防护服 — rmrb_20200212-18-04; made up, nineteenth
# session, the first)
# (…派发 too, as Hong Kong's and Macao's unions write 发放: 向基层工友派发口罩20万个 — made up, thirty-second session, from
# Hong Kong unions' news: no event)
GOODS_GIVEN = re.compile(r"(?:送去|送上|送来|送出|发放|派发|赠送|捐赠|配发)(?:了)?(?:(?!的)[^，。；：]{0,20}?"
                         # (…books for workers' reading rooms: 向10家职工书屋捐赠图书5000册 — made up, thirty-second session)
                         r"(?:慰问品|物品|物资|用品|礼包|礼品|年货|棉衣|棉被|设备|器材|药品|防护服|口罩|图书|书籍|"
                         # (…a festival's food or staples: 为环卫工人送去月饼, 送上粽子, 发放米面油 — made up, twenty-second
                         # session, from briefs; rmrb_20200117-15-01's 赠送了春联 by 用品 already)
                         r"月饼|粽子|汤圆|元宵|饺子|腊八粥|春联|福字|米面油|大米|面粉|食用油|"
                         # (…or a pack named so, unquoted: 派發清涼包, 送上新春福袋 — made up, thirty-third session, from
                         # Hong Kong and Macao union news: no event)
                         r"福袋|清凉包|爱心包|暖心包|温暖包|大礼包|"
                         # (…or a summer's cooling food and drink: 送上绿豆汤, 送去西瓜和矿泉水 — made up, thirty-third session,
                         # from photo captions and briefs: no event)
                         r"绿豆汤|凉茶|冷饮|饮品|西瓜|矿泉水|藿香正气水)"
                         # (…or a pack its giver names in quotes right after the verb: 送上“暖心包”, 发放“清凉包” — made up,
                         # twentieth session, from a brief: no event; not a tax cut's “红包”, 送上约1.3万亿元的减税降费“红包”,
                         # rmrb_20190225-01-03; 送去…“暖冬礼包”, grrb_20260123-00-00, by 礼包 already)
                         r"|“[^“”]{1,8}包”)")
# a body's officer leading a visit to console workers, the place between (理事长率队到澳门国际机场，慰问…; 主席一行来到工地
# 慰问…: made up, nineteenth session — it had been no event, 慰问 being no act of its own and 率队 no gift's verb)
# (…or its officers named after the post, or its leaders, going themselves: 副主席赵强来到兰州市，看望慰问…, 市总工会领导来到
# 火车站，慰问… — made up, twenty-second session, from briefs)
# (…or its officer by the post alone, 市总工会主席到宁波调研…, 党组书记到基层调研 — made up, thirty-third session, from briefs: no
# event)
_LEADERS = rf"率队|带队|一行|领导|(?:主席|书记|部长|主任)(?:[{HAN}]{{2,3}})??"
_GOES = r"(?P<trip>到|来到|前往|赴|深入)"
LED_VISIT = re.compile(rf"(?:{_LEADERS}){_GOES}[^，。；：]{{1,20}}?[，]?(?P<act>(?:看望|走访)?慰问)")
# …or a union consoling workers itself, 慰问 its clause's verb with them as its object (重庆两江新区总工会慰问高温下坚守岗位的
# 职工, 县总工会近日慰问了…: made up, twenty-sixth session, from briefs — 慰问 with no verb of the table before or after
# it had been no event): not 慰问 as a noun's first word (慰问金, 慰问组, 慰问活动…), which the other rules read
# (…or after the clause where it went: 芜湖市总工会走进奇瑞汽车公司，慰问一线女职工; 区总工会来到建筑工地，慰问… — made up,
# thirty-first session, from a provincial paper's page and briefs: no event)
BODY_CONSOLES = re.compile(rf"(?:总工会|工会|工联会|联合会|市总|省总|区总|县总)(?:[^，。；：、“”]{{0,10}}?|"
                           r"(?:走进|来到|深入|前往|赴|到)[^，。；：]{1,20}，)(?P<act>(?:看望)?慰问)")
# …what makes 慰问 a noun's first word, or leaves it no object (慰问金, 慰问组, 慰问活动; 进行慰问。)
_CONSOLING_NOUN = re.compile(r"金|品|信|组|团|队|款|物|费|电|卡|袋|包|的|现场|活动|资金|演出|工作|对象|标准|慰问|[，。；：、]|$")
# …and a delegation's trip to study or survey, the place between (湖南省总工会代表团到广东深圳考察学习: made up, nineteenth
# session — 到 is no verb of the table)
# (…or an officer named after the post, going alone: 全国总工会副主席李明到湖北武汉调研, 省总工会主席张华到十堰市考察 —
# made up, twenty-second session, from briefs)
LED_TRIP = re.compile(rf"(?:{_LEADERS}|代表团|考察团|调研组){_GOES}[^，。；：]{{1,20}}?[，]?"
                      r"(?P<act>考察学习|学习考察|考察|调研|学习交流|交流学习)")
# an event named by what the table does not list, held as events are (举办社区相亲会, 召开研究分析会, 举行政策例行吹风会 in
# rmrb_20200121-13-01, rmrb_20190221-18-02, rmrb_20200108-02-07 and rmrb_20200103-06-02; the gold lists the first two):
# the verb's object to its clause's end, ending as a gathering, a contest, a show or a festival does — not as a body does
# (…工会, …协会, …委员会)
# (a quoted title may open it, as it opens the table's nouns: 举办“书香三八”读书分享会)
HELD = re.compile(r"(?:举办|举行|召开|开展)了?(?P<noun>(?:“[^“”]{1,20}”)?[^，。；：、“”]{1,16}?"
                  r"(?<!工|协|学|员|金|商|合|总|事|分|究|进|省|市|县|区)"
                  r"(?P<kind>会|赛|展|节))(?=[，。；：！？]|$)")
HELD_TYPES = {"会": "meeting", "赛": "competition", "展": "performance", "节": "activity"}
_TABLE_NOUNS = tuple(n for _t, nouns, _v in EVENT_TYPES for n in nouns)
# a gift of money named by its sum alone (省总工会捐赠330万元, 国开行…首批捐款人民币2000万元): an event, as a fund given is
# (…in any currency: 捐款50万港元, 捐赠100万澳门元 — made up, thirty-first session, from Hong Kong and Macao unions' news: no
# event, though the sum, in no yuan, is no funding row)
GIFT = re.compile(rf"(?:捐赠|捐款|捐助|捐出)了?(?:人民币)?[\d.]+[多余]?(?:万|亿)(?:元|{patterns.FOREIGN_CURRENCIES})")
# a sentence that plans, asks or reflects is not a report of something that happened
_NOT_REPORTED = re.compile(r"^(?:问：|要|应|应当|必须|需要|希望|建议|如何|怎样|是否|能否)|？$")
# …and a plan with no day, up to the event's phrase: a plan told in a clause after it (召开会议，研究部署今年将要开展的…) leaves
# the dated act before it reported (made up, thirty-third session, from briefs: the meeting had been lost)
_PLAN_WORDS = re.compile(r"将要|计划于|拟于|准备")
# what happens every year or as a rule (每年腊月二十八…举办的年夜饭…往往成为厨艺大赛) is no one event
_HABITUAL = re.compile(r"每年|每逢|每当|每到|往往|通常")
# …and events counted, many of one kind (共召开5次研究分析会, 开展各类文体活动120场, 共签订工资专项集体合同1200份): a tally
# of the year's work, no one event — the count right before the noun, or right after it
_TALLY_COUNT = rf"(?P<n>{COUNT})(?:余|多)?(?:期|场|次|份|批|轮)"
_TALLY_BEFORE = re.compile(rf"{_TALLY_COUNT}[{HAN}]{{0,8}}$")
_TALLY_AFTER = re.compile(_TALLY_COUNT)
# …or what an action set up, counted at its clause's end (新成立工会组织120家, 揭牌职工驿站20个 — made up, thirty-second
# session, from briefs: the year's tally had been one founding)
_SET_UP_COUNTED = re.compile(rf"(?P<n>{COUNT})(?:余|多)?(?:家|个)$")


def _tallied(sentence: str, n0: int, n1: int) -> bool:
    """The event noun at sentence[n0:n1] is counted, more than one (not 一场, nor an ordinal: 第3期培训班): after it
    (召开理事会3次), or before it in a clause that totals (共, 累计, 已…: 共举办培训班30期 — not 将举办…等6场网络招聘活动,
    a series the paper announces)."""
    before = _TALLY_BEFORE.search(sentence, max(0, n0 - 20), n0)
    if before and not _TOTALLING.search(sentence, clause_at(sentence, n0).start, before.start()):
        before = None
    for m in (before, _TALLY_AFTER.match(sentence, n1), _SET_UP_COUNTED.search(sentence, n0, n1)):
        if m and sentence[m.start() - 1:m.start()] != "第" and (cn_number(m["n"]) or 0) > 1:
            return True
    return False


_TOTALLING = re.compile(r"共|累计|先后|已|全年|以来|年内|一年来")
# a gift told as a part of a sum the sentence gave before, after its 其中 (…共筹集帮扶资金1200万元，其中市财政拨款500万元，社会
# 捐赠300万元; 筹集资金200万元，其中企业捐赠70万元): where the sum came from, no gift of its own (made up, thirty-first session,
# from briefs: the part had been a donation with no giver)
_PARTS_OF_A_SUM = re.compile(rf"{patterns.SUM_IN_YUAN}[^。；]*?[，,]其中")
# a clause that lists, after 先后, 陆续 or 相继, in a sentence dated by a year or a span of one — events of several kinds (今年
# 以来，市总工会先后举办了职工运动会、职工技能大赛、劳模事迹报告会等活动 — made up, thirtieth session, from briefs: the list
# had been one lecture of the year's first day) or the places acts went to one after another (1月28日以来，先后向湖北武汉、
# 黄冈等…发放各类防护服近20批, rmrb_20200212-18-04: a gift of 1月28日): a review of the time's work, no one event
_ONE_AFTER_ANOTHER = re.compile(r"先后|陆续|相继")


def _listed_one_after_another(sentence: str, n0: int, n1: int) -> bool:
    """The act at sentence[n0:n1] is one of a list its clause tells after 先后, 陆续 or 相继, dated by a year or a span."""
    opens = clause_at(sentence, n0).start
    listed = sentence.rfind("、", opens, n1) > 0 or sentence.find("、", n1, clause_at(sentence, n0).end) > 0
    return listed and _ONE_AFTER_ANOTHER.search(sentence, opens, n0) is not None and _dated_by_a_year(sentence, n0)
# …or how many took part, in people-times, right after it in a sentence dated by a year (2019年开展补贴性职业技能培训超过
# 1600万人次, rmrb_20200117-06-02; 全年共开展职工技能培训12万人次 — made up, twenty-ninth session): the year's work
_PEOPLE_TIMES_AFTER = re.compile(rf"(?:超过|达到|达|近|约|共|逾)?(?P<n>{COUNT})(?:万|亿)?(?:余|多)?人次")


def _running_total(sentence: str, at: int) -> bool:
    """The act at `at` is told as a running total: 累计 before it in its clause (累计发放…, 已累计为1800余名患病职工发放…),
    or a clause of its own before that opens one (截至11月底，…已为1200名职工发放…) — within its part of the sentence — or
    a span of years right before it (三年筹集帮扶资金5亿元, 市总工会五年来投入…)."""
    opens = clause_at(sentence, at).start
    years = _YEARS_SPAN.search(sentence, opens, at)
    return "累计" in sentence[opens:at] or RUNNING_TOTAL.search(
        sentence, sentence.rfind("；", 0, opens) + 1, opens) is not None or bool(years and not years["nth"])


# (…a span of years right before the act, no comma after it: a headline's 三年筹集帮扶资金5亿元 over its lead's 近3年来，…累计
# 筹集… — made up, thirtieth session, from briefs: the headline's tally had been an undated event; not the year's place
# in a run, 连续第三年发放…)
_YEARS_SPAN = re.compile(r"(?P<nth>第)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2}|几)年(?:来|间|里|内|多来)?(?:共|共计|已)?$")


# …or 共 there, in a sentence dated by a year or a span of one (今年平度市总工会共投入“送清凉”资金30万元, 全年共发放…: the
# year's total — made up, twenty-eighth session, from briefs: a 30万元 gift on 1 January; not 1月20日，市总工会共发放…), and
# goods bought so dated, with or without it (市总工会今年通过…采购扶贫产品1200万元: the year's purchases)
_YEARS_TOTAL = re.compile(r"共(?:投入|发放|筹集|募集|拨付|下拨|安排|送出)?“?$"  # (…and its verb, a fund named by the act)
                          # (…or whom it went to between: 今年上半年，县总工会共为286名困难职工发放… — made up, thirty-second
                          # session, from briefs: a gift on the half-year's first day)
                          r"|共(?:为|向|给)[^，。；]{1,24}$")
# (…or a quarter, or a span of months: 一季度，省总工会共发放…3200万元; 1至10月，全市各级工会共筹集… — made up, thirty-first
# session, from briefs: a gift on the quarter's first day)
_YEAR_WINDOW = re.compile(r"今年|全年|去年|年内|一年来|以来|上半年|下半年|(?:第|前)?[一二三四1-4]季度|"
                          r"\d{1,2}(?:至|到|—|－|-)\d{1,2}月")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}年")
_MONTH_AFTER = re.compile(r"[^，。；]{0,6}?\d{1,2}月")


def _dated_by_a_year(sentence: str, end: int) -> bool:
    """The sentence before `end` dates what it tells by a year or a span of one (今年, 全年, 2024年), not a day
    (2024年1月20日)."""
    return _YEAR_WINDOW.search(sentence, 0, end) is not None or any(
        not _MONTH_AFTER.match(sentence, m.end()) for m in _YEAR_WRITTEN.finditer(sentence, 0, end))


# an act that opens a span of time reaching the present (《改革方案》实施以来, 自2016年举办以来, 2020年是…印发…的第三年)
# happened before the article's time: no event of it (event.skip.since)
_SINCE = re.compile(rf"[》”]?(?:[^，。；]{{0,4}}以来|的第[{CN_DIGITS}\d]+(?:年|个年头)|[^，。；]{{0,2}}[{CN_DIGITS}\d]+周年)")
_PLANNED = re.compile(r"(?<!即)将(?!近|士|军|领|来)|计划|拟|预计|力争|争取")
# an event called off, postponed or forbidden (湖南从1月26日起暂停举办各类现场招聘会) is not one that happened
_CALLED_OFF = re.compile(r"(?:暂停|停止|取消|不再|不组织|不举办|不开展|不得|严禁|禁止|推迟|延期|延后|暂缓|原定|原计划)"
                         r"[^，。；]{0,10}$")
_CALLED_OFF_AFTER = re.compile(r"[^，。；]{0,3}(?:推迟|延期|延后|取消|暂停|停办)")
# an action naming a fund (职工助困送温暖资金) is no event
_FUND_NOUN = re.compile(r"(?:资金|经费|专款|基金|款)")
# many places' unions as the subject, no one body (各地工会纷纷…, 多地工会, 各级工会)
_PLURAL_ACTORS = re.compile(r"(?:各地|多地|各省|各市)(?:各级)?工会|各级工会")
# …nor one listed among the kinds of a benefit offered (享受餐饮、观影等折扣, 推出观影、健身等会员优惠 — made up, thirtieth
# session, from briefs: 观影等折扣 had been an activity)
_BENEFIT_KIND = re.compile(rf"(?:、[{HAN}]{{1,6}})*等[{HAN}]{{0,4}}?(?:折扣|优惠|福利)")
_YEAR_SUMMARY = re.compile(r"^(?:\d{4}年|今年|去年)(?:以来|全年|度)?[，,]")
_MEANS = re.compile(r"^(?:通过|加强|进一步|不断|持续|积极|深入|全面|大力)")
_ANNOUNCED = re.compile(FUTURE)  # an event still to come is reported only when announced (将于3月10日举办)
_HEADLINE_SPLIT = re.compile(r"[ 　]|——")


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
    from_title: bool = False
    trigger: str = ""  # the event noun or action the rule matched (专列, 送温暖)
    national: bool = False  # a national body's decision or grant with no venue: 全国, not one province
    rule: str = ""  # the id of the rule that made the row (etl/rules/rules.yaml)
    scope: str = ""  # union · labour · other (etl.extract.kinds.event_scope)
    province: str = ""  # with no place of its own: 全国 for a national act, else the article's province
    plural: bool = False  # told of many places' unions at once (各地工会纷纷开展…): a roundup's summary of its sections


def rule_of(verb: int, sentence: str = "", n0: int = 0) -> str:
    """Which rule a hit of `_match_type` is: an event noun with the verb that makes it happen
    (etl/rules/event_triggers.tsv), a gathering the table does not name held as events are (HELD), or an action
    that is an event on its own (event_actions.tsv, money given)."""
    if verb < 0:
        return "event.action"
    held = HELD.match(sentence, verb)
    return "event.held" if held and held.start("noun") == n0 and not held["noun"].endswith(_TABLE_NOUNS) \
        else "event.trigger"


# a noun of the same kind right after the one found names the event more fully: “春风行动”专场招聘会, not “春风行动”
# (…a quoted programme's name and then its kind, a word or two between: “春风行动”网络招聘会, “春风行动”线上招聘会 — made up,
# twenty-ninth session, from briefs: the event had been named “春风行动”)
_SAME_KIND = {etype: re.compile(rf"(?:”[{HAN}]{{0,4}}?)?(?:{alternation(nouns)})") for etype, nouns, _v in EVENT_TYPES}


def _same_kind_after(sentence: str, etype: str, end: int) -> int:
    """Where the event's noun phrase ends: past any nouns of its kind that follow the one found, and past the 议 that
    makes a …会 into a …会议 (全委会议, 推进会议: not 全委会, 推进会)."""
    if sentence[end - 1:end + 1] == "会议":
        end += 1
    more = _SAME_KIND[etype].match(sentence, end)
    while more and more.end() > end:
        end = more.end()
        more = _SAME_KIND[etype].match(sentence, end)
    # (…and a congress's session after it: 第五届职工代表大会第三次会议 — made up, twenty-ninth session, from briefs: the
    # session had been cut off)
    session = _SESSION_AFTER.match(sentence, end)
    end = session.end() if session else end
    joined = _JOINED_NAME.match(sentence, end)
    return joined.end() if joined else end


_SESSION_AFTER = re.compile(rf"第[{CN_DIGITS}\d]+次(?:全体|全委)?(?:（扩大）)?会议")


# one event under two names joined by 暨 (“春风行动”暨就业援助月专场招聘会, …大赛暨…展能节): the name runs to the second's noun
_JOINED_NAME = re.compile(r"”?暨[^，。；：“”、]{0,20}(?:" + alternation([n for _t, nouns, _v in EVENT_TYPES for n in nouns])
                          + ")")


def _in_aside(between: str) -> bool:
    """Does a bracket open in `between` and not close: what follows is an aside (（以下简称《条例》）)?"""
    return between.count("（") > between.count("）")


# a comma or stop between a verb and a noun after it: the noun is no object of that verb (下拨300万元专项资金，用于困难
# 职工帮扶: 帮扶 is what the money is for, not an act 下拨ed)
_CLAUSE_BREAK = re.compile(r"[，。；！？]")


# what after a verb makes it a noun's first word (组织|单位, 组织|部, 举办|地): no act there
# (…and a ceremony's: 签约仪式 names the ceremony — …举行女职工权益保护专项集体合同集中签约仪式 had been an agreement named
# from the venue, 市职工服务中心举行…集体合同: made up, twenty-fifth session, from a brief)
# (…or a year's: 收官之年 — made up, twenty-eighth session, from a page of briefs: 部署“十四五”
# 收官之年劳动竞赛工作 had been a contest 收官ed)
_VERB_AS_NOUN = re.compile(r"(?:单位|部门|部|者|方|地|委员会|仪式|之年)")


# each noun's longer nouns of other types that hold it (慰问 in 慰问演出: the show, not a gift — made up, twenty-first
# session, from a brief: “送文化进基层”慰问演出走进… had been a donation named …慰问)
_LONGER_NOUNS = {noun: [(longer, etype) for etype, nouns, _v in EVENT_TYPES for longer in nouns
                        if longer != noun and noun in longer]
                 for _t, nouns, _v in EVENT_TYPES for noun in nouns}


def _inside_longer_noun(sentence: str, at: int, noun: str, etype: str) -> bool:
    """Does the noun found at `at` stand inside a longer noun of another type there (慰问 of 慰问演出)?"""
    for longer, other in _LONGER_NOUNS.get(noun, ()):
        k = longer.find(noun)
        if other != etype and at - k >= 0 and sentence.startswith(longer, at - k):
            return True
    return False


_TITLE = re.compile(r"《[^《》]{1,80}》")  # (a document's title)
_EVERY_LEVEL = re.compile(patterns.EVERY_LEVEL_UNIONS)  # (全市各级工会: who acts when no body is named)
_EDITION = re.compile(r"(?:（[^（）]{1,12}）)+")  # (what may follow a title's own noun: 《…标准（2019年版）》, 《…条例（试行）》)


def _match_type(sentence: str, headline: bool = False) -> tuple[str, int, int, int, int] | None:
    """(type, name start, name end, verb start, verb end) of the first event phrase in a sentence (`headline`: the
    sentence is a headline, whose bare 慰问 the lead tells)."""
    if _ANY_VERB.search(sentence):
        for etype, _nouns, _verbs in EVENT_TYPES:
            verbs = [(v.start(), v.end()) for v in _VERBS[etype].finditer(sentence)]
            if not verbs:
                continue
            # (a verb inside one of the type's nouns is no verb of it: 启动仪式结束后 names the 启动仪式, not a 仪式 启动ed)
            nouns = _noun_regexes(etype, sentence)
            spans = [(x.start(), x.end()) for rx in nouns for x in rx.finditer(sentence)]
            verbs = [v for v in verbs if not any(a <= v[0] and v[1] <= b and b - a > v[1] - v[0] for a, b in spans)]
            # (…nor one that opens a noun: 优秀组织单位, 组织部, 组织者, 举办地 — made up, nineteenth session: a commendation
            # of 竞赛优胜单位和优秀组织单位 had been a contest held)
            verbs = [v for v in verbs if not _VERB_AS_NOUN.match(sentence, v[1])]
            # (…nor one inside a document's title, whose nouns are its title's but the one that ends it: 下发《关于开展2025年
            # 职工技能竞赛的通知》 is the notice, no contest — made up, twenty-sixth session, from briefs: it had been a contest
            # named 2025年职工技能竞赛的通知》)
            titled = [(t.start(), t.end()) for t in _TITLE.finditer(sentence)] if "《" in sentence else []
            verbs = [v for v in verbs if not any(a < v[0] < b for a, b in titled)]
            for noun_rx in nouns:
                as_subject = None
                for m in noun_rx.finditer(sentence):
                    if _NOT_BEFORE_NOUN.search(sentence[max(0, m.start() - 3):m.start()]) \
                            or _inside_longer_noun(sentence, m.start(), m.group(), etype) \
                            or any(a < m.start() and m.end() < b - 1 and not _EDITION.fullmatch(sentence, m.end(), b - 1)
                                   for a, b in titled):
                        continue
                    # an object (举办…会议) reads better than a subject (会议…召开): prefer a verb before, also over
                    # the noun said first as a subject (宣讲团走进企业开展党的二十大精神宣讲: the 宣讲 it gives)
                    # (a noun in brackets after the verb is an aside, no object: 发布（以下简称《条例》）)
                    before = [v for v in verbs if 0 < m.start() - v[0] <= 60 and v[1] <= m.start()
                              and not _in_aside(sentence[v[1]:m.start()]) and not _CLAUSE_BREAK.search(sentence, v[1], m.start())]
                    # a verb that only describes a document (2018年…印发的《…方案》) tells of it, not of an event now:
                    # another verb before it may still act on it (转发…印发的《…》), else the document is background —
                    # unless the description says it is news (日前印发的《…实施意见》, rmrb_20200108-02-08; 日前发布的
                    # …名单, the sample page); a contest so described is the event still (市总工会举办的职工技能大赛落幕)
                    described = [v for v in before if etype == "announcement" and sentence.startswith("的", v[1])
                                 and not _JUST_DONE.search(sentence, max(0, v[0] - 6), v[0])]
                    before = [v for v in before if v not in described]
                    if described and not before:
                        continue
                    after = [v for v in verbs if 0 <= v[0] - m.end() <= 30]
                    end = _same_kind_after(sentence, etype, m.end())
                    if before:
                        return (etype, m.start(), end, *max(before))
                    if after and as_subject is None:
                        as_subject = (etype, m.start(), end, *min(after))
                if as_subject:
                    return as_subject
    grant = GRANT_ACTION.search(sentence) or GOODS_GIVEN.search(sentence)
    if grant:
        end = _clause_end(sentence, grant.end(), headline)
        return "donation", grant.start(), end, -1, -1
    # (looked for only where their words stand: most sentences name no visit, and this runs for every one)
    led = "队" in sentence or "一行" in sentence or "团" in sentence or "组" in sentence or "主" in sentence \
        or "书记" in sentence or "部长" in sentence or "领导" in sentence
    # (a visit is named by its act, 走访慰问…; a trip by where it goes too, 到湖北武汉调研)
    for etype, rx, needs, named_from in (("donation", LED_VISIT, "慰问", "act"), ("activity", LED_TRIP, "", "trip")):
        visit = rx.search(sentence) if led and needs in sentence else None
        if visit:
            end = _clause_end(sentence, visit.end(), headline)
            start = visit.start(named_from) if "，" not in sentence[visit.start(named_from):visit.start("act")] \
                else visit.start("act")
            return etype, start, end, -1, -1
    # (not in a headline: the lead tells the visit, named and placed — 山东援疆工会干部慰问职工 over …指挥部工会在新疆喀什慰问
    # 当地一线职工 had been two events, the headline's placed in 山东)
    consoled = next((m for m in BODY_CONSOLES.finditer(sentence) if not _CONSOLING_NOUN.match(sentence, m.end())), None) \
        if "慰问" in sentence and not headline else None
    if consoled:
        return "donation", consoled.start("act"), _clause_end(sentence, consoled.end()), -1, -1
    for etype, rx in _ACTIONS if _ANY_ACTION.search(sentence) else ():
        m = rx.search(sentence)
        while m and (_FUND_NOUN.match(sentence, m.end()) or _BENEFIT_KIND.match(sentence, m.end())
                     or m.group() == "挂牌" and _LISTED_FOR.match(sentence, m.end())):
            m = rx.search(sentence, m.end())
        if m:
            # the action's object runs to the clause end: 送上清凉 · 走访慰问困难职工
            end = _clause_end(sentence, m.end(), headline)
            return etype, m.start(), end, -1, -1
    held = HELD.search(sentence)
    if held:
        return HELD_TYPES[held["kind"]], held.start("noun"), held.end("noun"), held.start(), held.start("noun")
    return None


# an unveiling is named with what it unveils, written before it: 为10家户外劳动者服务站点揭牌, “户外劳动者爱心驿站”揭牌
_UNVEILING = frozenset(("揭牌", "授牌", "揭牌成立", "挂牌成立", "挂牌"))
def _unveils(act: str) -> bool:
    """An action that unveils, its clause's words after it (揭牌, 挂牌运行: how it then runs is no other act)."""
    return act in _UNVEILING or act.startswith(_OPENED) or act.startswith("挂牌") and not _LISTED_FOR.match(act, 2)


# …as a facility put to use is (“职工书屋”正式启用, 职工服务中心正式投入使用 — made up, thirty-first session, from briefs: no
# event, or one named 正式启用 held by the centre itself)
_OPENED = ("揭牌", "正式启用", "正式投入使用", "正式开馆", "正式开放")


# 挂牌 that lists a case or a sale, no sign hung (挂牌督办 — made up, thirtieth session: a sign hung on a station, 工作站挂牌,
# is an unveiling)
_LISTED_FOR = re.compile(r"督办|督查|整治|出让|交易|上市|价")


# what a body opens and unveils, at the end of a clause's subject: a studio, a station, a centre, a home, a body
_FACILITY_END = re.compile(r"(?:工作室|驿站|服务站|站点|中心|之家|书屋|基地|学校|学院|馆|委员会|联合会|协会|工会)$")
# a time opening a clause (6月8日上午, 近日), which is no part of its subject
_CLAUSE_TIME = re.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日|{APPROX})?(?:[上下中]午|晚上?)?[，]?")


def _unveiled(sentence: str, at: int) -> int:
    """Where the name of what is unveiled at `at` opens: after 为 in the clause, else at the quote that closes right
    before it, else at the clause's start when its subject is a facility or a body, else at the unveiling itself."""
    opens = clause_at(sentence, at).start
    to = sentence.rfind("为", opens, at)
    if to != -1:
        return to + 1
    if sentence[at - 1:at] == "”":
        quoted = sentence.rfind("“", opens, at)
        return quoted if quoted != -1 else at
    venue = _VENUE_BEFORE.search(sentence, opens, at)
    end = venue.start() if venue else at
    while sentence.endswith(_UNVEILED_HOW, opens, end):
        end -= 2  # (…职工服务中心正式挂牌运行: how it was unveiled is no part of the name — made up, thirtieth session)
    if _FACILITY_END.search(sentence, opens, end):
        # the clause's subject is what is unveiled (张明劳模创新工作室揭牌成立, …职工服务中心揭牌成立), where it is unveiled
        # said between them or not (…首个园区职工服务中心在…开发区揭牌 — made up, twenty-third session: the event had
        # been 揭牌, its organiser the centre)
        return opens + len(_CLAUSE_TIME.match(sentence, opens).group())
    return at


_VENUE_BEFORE = re.compile(r"在[^，。；在]{1,24}$")
_UNVEILED_HOW = ("正式", "顺利", "隆重", "同时")
# what a body does in setting a facility up, after its name (…在渝中区设立的, 投资建设的, 打造的)
_SET_UP_BY = re.compile(r"[^，。；]{0,12}?(?:设立|建设|建立|打造|创建|开设|投资兴建|兴建)的")
# the body a facility's name opens on (区总工会|职工服务中心, 市公交集团|劳模创新工作室)
_FACILITY_OWNER = re.compile(r"^.{2,20}?(?:总工会|工会|集团|公司)(?=.)")


def _owner_of_unveiled(doc: Doc, unveiled: str) -> str:
    """Who unveils a facility named as the event's subject: the body its name opens on (区总工会职工服务中心在…揭牌:
    区总工会), else the headline's or lead's body that is not it — never the facility itself (…园区职工服务中心在…揭牌 —
    made up, twenty-third session: the centre had organised its own unveiling)."""
    owner = _FACILITY_OWNER.match(unveiled)
    # (…not a union whose name goes on, itself unveiled: 县快递行业工会|联合会挂牌成立 — made up, thirtieth session)
    if owner and not unveiled.startswith(("联合会", "委员会", "联合"), owner.end()):
        return doc.full_org(owner.group())
    lead = doc.lead
    bodies = [o for o in doc.orgs_in(0, lead.end if lead else doc.body_start)
              if not is_generic(o.text) and o.text not in unveiled and unveiled not in o.text]
    return doc.full_org(bodies[0].text) if bodies else ""


_TRIP_VERB = re.compile(patterns.TRIP_VERBS)
# a body sending people (组织, 带领, 率领, 选派) and where they went, after them (…到某研究院, …赴延安, …走进…)
_SENDS_PEOPLE = re.compile(r"组织|带领|率领|选派")
_SENT_ON_A_TRIP = re.compile(rf"(?<=[人名位员表工部模匠])(?:{patterns.TRIP_VERBS}|到|走进|深入)")


def _name(sentence: str, noun_start: int, noun_end: int, verb: int, verb_end: int) -> str:
    """The event's name: the noun phrase that ends at the event noun.

    As an object (举办…宣讲会) it runs from the verb; as a subject (…联席会议在香港召开)
    it runs back to the clause start or the nearest 的 / time word; an action
    (送上清凉) is named by the phrase itself and its object.
    """
    end = noun_end
    while end < len(sentence) and sentence[end] in "”》":
        end += 1
    end = _runs_on(sentence, end)
    opened = sentence.rfind("《", 0, noun_start)
    if opened != -1 and sentence.rfind("》", opened, noun_start) == -1:
        close = sentence.find("》", noun_end, noun_end + 40)  # 《…标准（2019年版）》: the title runs on
        end = close + 1 if close != -1 else end
    if verb < 0 and _unveils(sentence[noun_start:noun_end]):
        start = _unveiled(sentence, noun_start)
    elif verb < 0:
        start = noun_start
        partner = _WITH_PARTNER.search(sentence, clause_at(sentence, noun_start).start, noun_start)
        if partner:
            start = partner.start()  # 与市工商银行签约, 与劳模代表座谈交流: the partner is part of what was done
    elif verb < noun_start:
        # (a trip's verb stays with where it went: 赴川调研, 深入企业调研 — made up, twenty-first session, from a brief:
        # the name had been 川调研)
        start = verb if _TRIP_VERB.fullmatch(sentence, verb, verb_end) else verb_end
        cut = max(sentence.rfind(c, start, noun_start) for c in "，；：。")
        start = cut + 1 if cut != -1 else start  # the name never runs across a clause
        # (…and those a body sends are no part of it, the trip is: 组织20名区级劳模、工匠代表到…研究院参观学习, 组织30名一线
        # 职工赴延安参观学习 — made up, thirty-first session, from briefs: the name had opened on the people)
        sent_off = _SENDS_PEOPLE.match(sentence, verb)
        trip = _SENT_ON_A_TRIP.search(sentence, start, noun_start) if sent_off else None
        start = trip.start() if trip and trip.start() > start else start
    else:
        start = noun_start
        while start > 0 and sentence[start - 1] not in "，。；：！？的" \
                and not _SUBJECT_BREAK.search(sentence[:start]):
            start -= 1
    # (a label's brackets bound the name, 【区总工会慰问环卫工人】1月12日，…: 区总工会慰问; 【工会送清凉】7月10日…: 送清凉 — made up,
    # twenty-seventh session, from a column of labelled items: the name had opened on 【, or run on past 】 into the date)
    label_open, label_close = sentence.rfind("【", start, noun_start), sentence.find("】", noun_start, end)
    start, end = max(start, label_open + 1), end if label_close == -1 else label_close
    name = sentence[start:end].strip("，、的了 ")
    if verb < 0:  # (an action's name never runs across a clause either: 座谈，听取意见建议 is 座谈)
        name = name.split("，")[0]
    # a dateline cut at its day (…10月27日 | 电 （记者…）) leaves 电 and the credit before the name — or 电 and its space alone
    # (本报北京12月4日 | 电 中华全国总工会…会议4日在京召开 — made up, twenty-fifth session, from a brief)
    name = re.sub(r"^(?:[^，。（]{0,12}\d{1,2}月\d{1,2}日电\s*|电\s+|电（[^）]*）)?(?:本报讯\s*)?(?:（[^）]*）)?", "", name)
    name = re.sub(r"^(?:根据|按照|依据|依照)", "", name)
    # (…nor where the subject stands, 位于…的: 位于北京市朝阳区望京街道的户外劳动者服务站正式投入使用 — made up, thirty-second
    # session, from briefs: the name had opened on the address)
    name = re.sub(r"^位于[^，。；的]{1,30}的", "", name)
    if name.count("（") > name.count("）"):
        name = name[:name.rfind("（")]  # …农民工专车（专列: the bracket left open is not the name's

    if name.count("“") > name.count("”"):
        # a quotation left open (纲要提出“促进重点人群体育活动开展…): the name is what stands inside it
        name = name[name.rfind("“") + 1:]
    if name.count("”") > name.count("“"):
        # the verb stood inside a quoted title (“川音川情·走进广州”慰问…演出): the name takes the whole title
        opened = sentence.rfind("“", 0, sentence.find(name))
        if opened != -1:
            name = sentence[opened:sentence.find(name) + len(name)]
    name = re.sub(rf"^(?:\d{{1,2}}月\d{{1,2}}日(?:至\d{{1,2}}日)?|{APPROX}|今年|目前)[，]?", "", name)
    # (…a span of weeks or months too: 为期一个月的“安康杯”知识竞赛 — made up, twenty-sixth session, from briefs)
    name = re.sub(r"^(?:(?:为期|历时|持续|会期)[\d一二两三四五六七八九十半]+(?:天|周|个星期|个多?月)的?|了|一场|一次|首届|系列)", "",
                  name)
    name = re.sub(r"^[\d一二两三四五六七八九十百]+(?:个|家|所|期)(?=“)", "", name)  # (30个“爱心托管班”: how many, not its name)
    # (…nor those who ride a conveyance and their riding: 和工友们一起乘坐“春风行动”免费专车, rmrb_20200227-13-01; 坐上了工会
    # 组织的返乡专车 — made up, thirty-third session)
    rode = _RIDES.search(name)
    name = name[rode.end():] if rode and len(name) - rode.end() >= 2 else name
    # (…nor those counted who take part in it: 组织200名骑手参加技能培训, 组织50名职工参加安全知识竞赛 — made up, thirty-third
    # session, from features and briefs: the name had opened on the people)
    taking_part = _COUNTED_TAKE_PART.match(name)
    name = name[taking_part.end():] if taking_part and len(name) - taking_part.end() >= 2 else name
    # (…nor how varied they were: 开展形式多样的活动, 丰富多彩的活动 — a bare noun, no name; made up, twenty-ninth session,
    # from roundups: the lead's summary of its sections had been an event)
    name = re.sub(r"^(?:形式多样|丰富多彩|多种形式|各种形式|一系列|各类)的?", "", name)
    # an adverb of counting before a bare noun (…活动，共慰问一线职工200人) is no part of a name: 慰问 stays generic
    name = re.sub(r"^(?:共|累计|先后|还|也|又|再|并|已)(慰问|培训|帮扶|救助)", r"\1", name)
    return name


_RIDES = re.compile(r"^[^，。；]{0,20}?(?:乘坐|坐上|搭乘|登上)了?")
_COUNTED_TAKE_PART = re.compile(rf"[\d{patterns.CN_DIGITS}]+多?(?:名|位|个|支|家)[^，。；]{{0,10}}?(?:参加|参与)了?")


def _organizer(doc: Doc, sent: Span, verb: int, name_span: tuple[int, int]) -> str:
    """The organisation that acts: named before the verb in the sentence, or 由…主办, or the
    headline's subject; short forms (区总工会, 省总, 工会) written as the article names them in full."""
    # (…nor those named as among who take part: …培训班在市委党校开班，各区县总工会、产业工会负责同志共80人参加培训 — made up,
    # twenty-fourth session, from briefs: the county unions had held the city's class; those whose leaders 出席 may be its
    # hosts, 市总工会、市人社局等单位负责人出席开幕式)
    # (…nor a body gone to or held in, 市总工会委托专业机构走进某电子公司，为…开展心理健康讲座 — made up, thirtieth session,
    # from briefs: the company visited had held the lecture; as Doc.is_visited keeps it from paying)
    orgs = [o for o in doc.orgs_in(sent.start, sent.end) if not is_generic(o.text) and not _takes_part(doc, o)
            and not doc.is_visited(o)]
    local = [Span(o.start - sent.start, o.end - sent.start, o.text) for o in orgs
             if not doc.is_object(o) or _JOINTLY.match(doc.text, o.end)  # 财政部与国家税务总局联合发布: both act
             or _PARTNER_BEFORE.search(doc.text, max(0, o.start - 1), o.start) and _ACTS_AFTER.match(doc.text, o.end)]
    # (a verb in a clause after the event's noun acts for someone else: 省总工会捐赠330万元，各级红十字会已拨付… — the
    # body before the noun acts)
    anchor = verb if verb >= 0 and clause_at(sent.text, verb).start <= name_span[0] else name_span[0]
    before = [o for o in local if o.end <= anchor and not name_span[0] <= o.start < name_span[1]]
    # (…nor a body that only tells of something else the sentence names: 根据中共中央、国务院印发的《…方案》，市总工会
    # 制定了实施细则 — what it issued is not the event; 市总工会举办的职工技能大赛 is)
    before = [o for o in before if not ((d := _DESCRIBES.match(sent.text, o.end)) and d.end() < name_span[0] - 1)]
    held_by = doc.sponsors(sent.start, sent.start + name_span[0])
    if held_by:  # 由市总工会主办、市职工文体协会承办的…比赛: who held it, not who ran it for them
        return held_by
    hosts = [o for o in before if _HOSTS.match(sent.text, o.end)]
    for o in reversed(before):  # (…and those listed with a host before it: 市总工会、市人社局联合主办)
        if hosts and o not in hosts and o.end <= hosts[0].start \
                and sent.text[o.end:hosts[0].start] in (*_JOINERS, "、"):
            hosts.insert(0, o)
    if hosts:  # (…with no 由: 市总工会主办、市邮政管理局协办的… — made up, twenty-sixth session, from briefs: the co-host had held it)
        return "、".join(dict.fromkeys(doc.full_org(o.text, sent.start + o.start) for o in hosts))
    officer = [o for o in before if _OFFICER.match(sent.text, o.end)]
    if officer:
        # 省总工会主席王树芬率慰问组…: the officer's body acts — of an officer's posts (…人大常委会副主任、省总工会主席张广敏)
        # the union's, a union named in full (学院党委副书记、…、工会主席马景红: the 工会 is the 学院's own, the 学院党委 acts)
        union = [o for o in officer if o.text.endswith("工会") and o.text != "工会"]
        first = (union or officer)[0]
        return doc.full_org(first.text, sent.start + first.start)
    if not before:
        # 山东烟台市召开…大会: a place as the subject acts through its government
        places = doc.places_in(sent.start, sent.start + anchor)
        chain = [p for p in places if 0 <= sent.start + anchor - p.end <= 2][-1:]
        while chain and any(p.end == chain[0].start for p in places):
            chain.insert(0, next(p for p in places if p.end == chain[0].start))
        if chain and (chain[0].start == sent.start or doc.text[chain[0].start - 1] in "，：；\n"):
            return chain[-1].text
    if before:
        # (…or adjacent, as the federations of a run of provinces' letters are: 京津冀三地总工会)
        placed = [Span(sent.start + o.start, sent.start + o.end, o.text) for o in before]
        if "、" in sent.text[before[0].end:anchor][:2]:
            return "、".join(dict.fromkeys(doc.full_org(o.text, o.start) for o in placed))
        # (…those listed right before the verb, a body named earlier in the sentence apart: 据人社部消息，…，人社部、全国
        # 总工会联合启动… — made up, thirty-third session, from briefs: the last alone)
        return _with_those_listed(doc, placed, from_last=True)
    sponsor = doc.sponsors()
    if sponsor:  # 由中宣部、国务院国资委…、人民日报社共同主办: every co-organiser, as a list
        return sponsor
    # (an event named as the setting of the clause after it, 在…表彰大会上，兰州公交集团驾驶员马小军被授予…: who is in that
    # clause did something there, no one held it)
    framed = _SETTING_OPENS.search(sent.text, clause_at(sent.text, name_span[0]).start, name_span[0]) \
        and _SETTING_CLOSES.match(sent.text, name_span[1])
    after_setting = sent.start + name_span[1] if framed else len(doc.text)
    # (…nor a bare 工会 the event's name holds, the one founded: 美团南京站点组建工会 — made up, thirty-second session, from
    # briefs: the new union had founded itself)
    local = [o for o in local if sent.start + o.start < after_setting
             and not (o.text == "工会" and name_span[0] <= o.start < name_span[1])]
    if local:
        return _with_those_listed(doc, [Span(sent.start + o.start, sent.start + o.end, o.text) for o in local])
    # the headline's subject acts (沈铁局工会送欢乐到基层), else the lead's first organisation
    head = [o for o in doc.orgs_in(0, doc.body_start) if not is_generic(o.text) and not doc.is_object(o)]
    lead = doc.lead
    # (…named no later than the event's sentence: those that speak at it after, 全国工会工作会议召开。会上，江苏、广东等省
    # 总工会作交流发言, do not hold it — made up, twenty-first session, from a brief)
    # (…nor the place someone works, 刘洋是江苏徐工集团的一名焊工 — made up, twenty-ninth session, from profiles: the
    # company had held the national contest its worker won a place in)
    # (…the whole lead for a headline's event, told before it: 包车送农民工返岗 over 桐梓县总工会联合县人社局组织10辆大巴车…
    # — made up, twenty-ninth session, from briefs: no organiser)
    until = lead.end if lead and sent.end <= doc.body_start else min(lead.end, sent.end) if lead else 0
    lead_orgs = [o for o in doc.orgs_in(lead.start, until) if not is_generic(o.text) and not doc.is_object(o)
                 and not _takes_part(doc, o) and not doc.is_workplace(o)
                 and not sent.start <= after_setting <= o.start < sent.end] if lead else []
    # (a headline's bare 工会 — a column's name, 工会动态 — stands for a union only one named by the event's sentence)
    # (…a body the analysis read there, not the word inside another's name: 川渝两地工会, no one body — made up,
    # twenty-second session)
    # (…one the body names acting, not founded: 工会动态 over 县物流园区成立联合工会 — made up, thirty-second session)
    head = [o for o in head if o.text != "工会" or any(
        doc.body_start <= b.start < sent.end and doc.full_org(b.text) == doc.full_org(o.text) and not doc.is_object(b)
        for b in doc.orgs)]
    # (…else the body that signed it, a notice's issuer: 宜春市总工会 / 2025年12月1日)
    signer = [doc.signed_by] if doc.signed_by else []
    if not head and not lead_orgs and lead and sent.end <= doc.body_start:
        # (…or, a lead that names none, the first body sentences', as they date it: 工会会员日送福利 over 每月28日是常州市
        # “工会会员日”。8月28日，常州市总工会联合20家商户推出… — made up, thirtieth session, from briefs: no organiser)
        first = doc.body_sentences[:LEAD_SENTENCES]
        lead_orgs = [o for o in doc.orgs_in(first[0].start, first[-1].end) if not is_generic(o.text)
                     and not doc.is_object(o) and not _takes_part(doc, o) and not doc.is_workplace(o)] if first else []
    picked = head or lead_orgs or signer
    return _with_those_listed(doc, picked, in_sentence=False) if picked else ""


def _with_those_listed(doc: Doc, bodies: list[Span], in_sentence: bool = True, from_last: bool = False) -> str:
    """The first of `bodies` (the last, `from_last`) in full, with those listed next to it (上海、江苏、浙江、安徽四地工会
    负责人出席: the four federations, not the first alone; 市总工会还与市教育基金会签订: both — made up, thirty-third session,
    from briefs), joined by 、; `in_sentence`: each completed as its sentence names it."""
    ordered = bodies[::-1] if from_last else bodies
    listed = [ordered[0]]
    for o in ordered[1:]:
        a, b = (o, listed[-1]) if from_last else (listed[-1], o)
        between = doc.text[a.end:b.start]
        if between not in (*_JOINERS, "") and _ADVERB_BEFORE_JOINER.sub("", between) not in _JOINERS:
            break
        listed.append(o)
    listed = listed[::-1] if from_last else listed
    return "、".join(dict.fromkeys(doc.full_org(o.text, o.start if in_sentence else None) for o in listed))


_ATTENDING = re.compile(patterns.ATTENDING)
# an event named as a setting: 在 opening its clause before the name (在日前召开的…大会上), 上, 中 or 期间 right after it
_SETTING_OPENS = re.compile(r"在")
_SETTING_CLOSES = re.compile(r"”?(?:上|中|期间)[，,]")


def _takes_part(doc: Doc, org: Span) -> bool:
    """A body named as among those who take part (…负责同志共80人参加, …代表列席), not those whose leaders 出席."""
    attends = _ATTENDING.match(doc.text, org.end)
    # (…or one those taking part are said to come from: 来自全国18个铁路局集团公司的1500余名运动员参赛, 来自市公交集团、市供电公司
    # 等50家企业的300名选手 — made up, thirty-first session, from briefs: their company had held the contest)
    return attends is not None and not attends.group().endswith("出席") \
        or _COME_FROM.search(doc.text, max(0, org.start - 40), org.start) is not None


_COME_FROM = re.compile(patterns.COME_FROM)

# verbs that date an event by its last day (…a class's 结业 too: 为期一周的…培训班6月14日结业 — made up, thirty-first
# session, from briefs: no event)
_CLOSING = re.compile(r"落幕|闭幕|落下帷幕|收官|圆满结业|结业")
# a description that tells of news (日前印发的, 近日发布的, 5月10日出台的)
_JUST_DONE = re.compile(rf"(?:{APPROX}|近期|昨天|昨日|今天|今日|\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)[^，。；]{{0,4}}$")
# a body that hosts what follows, right after it (市总工会主办、市邮政管理局协办的…)
_HOSTS = re.compile(r"(?:共同|联合)?主办")
# a body's act told as a description of what follows it (…印发的, …举办的), to its 的
_DESCRIBES = re.compile(r"[^，。；的]{0,12}?(?:印发|出台|发布|制定|下发|颁布|转发|举办|主办|召开|组织)的")
_JOINTLY = re.compile(r"(?:联合|共同|携手|一道|一起)")
# …and a partner the event's verb follows right after: 市总工会与市企业联合会召开…推进会 (both hold it; 与劳模代表座谈 is
# meeting them, 在萧山会议中心举行 a venue)
_PARTNER_BEFORE = re.compile(r"[与同]$")
_ACTS_AFTER = re.compile(r"(?:在[^，。；与同]{1,12}?)?(?:共同|联合)?(?:召开|举办|举行|签署|签订|签约)")  # (…在郑州签订: a venue between)
# the partner right before an action (…与市工商银行|签约): named with it
_WITH_PARTNER = re.compile(r"[与同][^，。；：与同]{2,20}$")
# what joins bodies that act together before their verb (人社部、交通部…; 北京市人力社保局与北京市教委联合发布; 市总工会联合市人社局举办)
_JOINERS = ("、", "和", "与", "及", "联合", "携手", "会同")
# (…an adverb before the joiner too: 省总工会还与省教育基金会签订… — made up, thirty-third session, from briefs: the partner
# alone had signed)
_ADVERB_BEFORE_JOINER = re.compile(r"^(?:还|也|又|再次|首次|正式)")
_OFFICER = re.compile(r"(?:党组书记|党委书记|副书记|副主席|主席|书记|负责人|副部长|部长|副局长|局长|副厅长|厅长|副主任|主任|"
                      r"副理事长|理事长|副会长|会长|副校长|校长|副院长|院长)")


# what a national body decides or gives (全总下拨…用于支持湖北等地区) belongs to no one province: a place
# named in the sentence is whom it serves, unless the text says it happened there (在…)
NATIONAL_ACTS = ("announcement", "donation", "meeting")


# a place its people went to is where the event was, not the place in its organiser's name (江苏省总工会…赴新疆伊犁州，开展…)
_WENT_TO = re.compile(r"(?:赴|前往|来到|奔赴|到|走进|深入)$")


def _national_act(doc: Doc, sent: Span, etype: str, organizer: str) -> bool:
    """A national body's decision or grant that the text does not place (在…), nor sends its people to a place for
    (全国总工会…带领慰问组来到郑州，看望慰问…: where they went)."""
    if etype not in NATIONAL_ACTS or not organizer or not is_national(organizer):
        return False
    return not any(doc.text[max(0, p.start - 1):p.start] == "在" or _WENT_TO.search(doc.text, max(0, p.start - 2), p.start)
                   for p in doc.places_in(sent.start, sent.end))


# an event that carries workers somewhere: held where it sets out, not where it goes (a 疗休养 trip is where it goes,
# rmrb_20190215-08-04)
CONVEYANCE = re.compile(patterns.CONVEYANCE)


def _place(doc: Doc, sent: Span, fallback: PlaceMention | None, etype: str, national: bool,
           when: DateMention | None, from_title: bool = False, conveys: bool = False,
           acts_until: int | None = None) -> PlaceMention | None:
    """Where the event happened: the place in its sentence (one after 在 first), else in its paragraph; with
    none there, the dateline's place when the report was filed there on the event's day (本报济南10月18日电 …
    决赛18日拉开帷幕); else the article's own province (`fallback`). A conveyance's destinations are not where it
    was (`conveys`); places in a clause after the event's own (`acts_until`), not where it went or was held, tell what
    it was about (…召开…推进会，总结推广大同、长治等地经验 — made up, twenty-fifth session, from a year's review: the
    meeting had been placed in 大同)."""
    def about(p: PlaceMention) -> bool:  # (a place of the sentence in a clause after the event's own, neither 在 nor 赴)
        return acts_until is not None and acts_until <= p.start < sent.end and doc.text[p.start - 1:p.start] != "在" \
            and not _WENT_TO.search(doc.text, max(0, p.start - 2), p.start)

    inside = [p for p in doc.places_in(sent.start, sent.end) if not about(p)]
    if not inside:
        # (…not the territory of a body another sentence names there: 全国工会工作会议召开。会上，江苏、广东等省总工会作
        # 交流发言 — made up, twenty-first session, from a brief: the national meeting had been placed in 江苏)
        para = doc.paragraph_at(sent.start)
        bodies = doc.orgs_in(para.start, para.end)
        inside = [p for p in doc.places_in(para.start, para.end) if not any(o.start <= p.start < o.end for o in bodies)
                  and not about(p)]
    if conveys:
        going = destinations(inside, doc.text)
        inside = [p for p in inside if p not in going]
    if not inside and from_title and doc.lead is not None:
        # the headline's event where the lead says it was held (…报告会 / 全国总工会在北京举办…报告会)
        inside = [p for p in doc.places_in(doc.lead.start, doc.lead.end) if doc.text[max(0, p.start - 1):p.start] == "在"]
    if national:
        return None
    at = [p for p in inside if doc.text[max(0, p.start - 1):p.start] == "在"] or [
        p for p in inside if not conveys and _WENT_TO.search(doc.text, max(0, p.start - 2), p.start)]  # (赴新疆伊犁州)
    if not inside:
        filed = doc.dateline_date
        if doc.dateline_places and etype not in NATIONAL_ACTS and when is not None and when.precision == "day" \
                and filed is not None and when.date_start and filed.date_start \
                and abs((when.date_start - filed.date_start).days) <= 1:
            return doc.dateline_places[-1]
        return fallback
    pick = at[0] if at else inside[0]
    # (a province a section opens on, then a finer place of it the sentence names, its body's: 在广东，佛山市顺德区总工会
    # 举办… — made up, thirty-third session, from roundups: the event had been placed in the province alone)
    finer = [p for p in inside if p.start >= pick.end and p.unit.province_short == pick.unit.province_short
             and p.unit.level != "province"] if pick.unit.level == "province" and not conveys else []
    pick = finer[0] if finer else pick
    # the most specific unit of a chain such as 山东省烟台市招远市
    chain = [pick]
    for p in inside:
        if p.start == chain[-1].end:
            chain.append(p)
    return chain[-1]


def _best_date(cands: list[DateMention], clause: tuple[int, int] | None = None) -> DateMention | None:
    """A day beats a month beats a period beats a year; of two at one level, one in the clause of the
    event's verb is the event's (针对12月18日…地震灾情，全国总工会12月19日已紧急下拨…: the 19th), else the
    first (16日至17日，…大赛…在此间举行: the 16th, the range's end found by `duration_end`)."""
    def in_clause(d: DateMention) -> bool:
        return clause is not None and clause[0] <= d.start < clause[1]

    for level in ("day", "month", "period", "year"):
        hit = [d for d in cands if d.precision == level]
        if hit:
            own_clause = [d for d in hit if in_clause(d)]
            if not own_clause and all(d.approx for d in hit):
                # (an approximate day elsewhere, 记者日前从…获悉, tells when the news came, not when the act is: a date in
                # the act's own clause is the act's — …将于6月启动…活动: made up, twenty-first session, from a brief)
                told = [d for d in cands if in_clause(d) and d.precision == "month"]
                if told:
                    return told[0]
            return own_clause[0] if own_clause else hit[0]
    return None


def _own_date(doc: Doc, sent: Span, clause: tuple[int, int]) -> DateMention | None:
    """The sentence's date of the act. A round's label (2024年度…示范点, 2022年度…先进单位) dates the honours, not the
    act: with nothing else in the sentence, the act is the day its paragraph told before it (6月18日，…交流会在兰州召开。会上，
    省总工会对2024年度…示范点进行了授牌 — made up, nineteenth session: 授牌 had been dated 2024), else the round."""
    found = doc.dates_in(sent.start, sent.end)
    found = _act_dates(doc, found)
    rounds = [d for d in found if d.text.endswith("年度")]
    own = _best_date([d for d in found if d not in rounds], clause)
    if own is None and rounds:
        para = doc.paragraph_at(sent.start)
        told = [d for d in doc.dates_in(para.start, sent.start) if not d.text.endswith("年度")]
        own = told[-1] if told else _best_date(rounds, clause)
    return own


_LEARNS = re.compile(patterns.REPORTER_LEARNS)
_LEARNS_NEXT = re.compile(patterns.REPORTER_LEARNS_NEXT)


def _learnt_on(doc: Doc, d: DateMention) -> bool:
    """The date is the day the reporter learnt the news (记者3月12日从省总工会获悉; 3月12日，记者从…获悉): made up, twenty-third
    session, from briefs — …获悉，3月10日，…推进会在南昌召开 had been dated the 12th."""
    after_reporter = doc.text[max(0, d.start - 3):d.start].rstrip().endswith("记者")
    return bool((_LEARNS if after_reporter else _LEARNS_NEXT).match(doc.text, d.end))


def _sets_a_time(doc: Doc, sent: Span, anchor_end: int) -> bool:
    """A plan the sentence dates before its act (将于3月10日举办, 将于6月启动, 近期…将…) is announced, so reported; a year
    (今年将开展…) or the day the news came (记者日前从…获悉，…将…) sets no time for it (made up, twenty-third session,
    from a brief: 记者日前从市总工会获悉，今年该市将投入资金200万元，开展“…行动” had been an event of the day before
    the issue)."""
    before_act = doc.dates_in(sent.start, sent.start + anchor_end)
    return any(d.precision != "year" and not _learnt_on(doc, d) for d in before_act)


def _act_dates(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """The dates but the day the reporter learnt the news, when one of them is exact; with no date of its own but an
    approximate one, the day the news came stands for the act's (9月6日，记者从…获悉，针对近日出现的…疫情，…安排600万元
    专款 — grrb_20220908-02-05)."""
    acts = [d for d in dates if not _learnt_on(doc, d)]
    return acts if any(not d.approx for d in acts) else dates


def _clause_around(sent: Span, at: int) -> tuple[int, int]:
    """Offsets in the article of the clause (between ，；：) that holds position `at` of a sentence."""
    clause = clause_at(sent.text, at)
    return sent.start + clause.start, sent.start + clause.end


def _headline_date(doc: Doc) -> DateMention | None:
    """The date of the story the headline tells: of the first sentences that carry one, an exact
    day first (近期…形势严峻。8月24日，全总拨付… is dated 8月24日), else the first date said."""
    first = doc.body_sentences[:LEAD_SENTENCES]
    # (the lead's own paragraph when it dates the story: a roundup's next paragraphs tell each body's own acts —
    # 春节临近，赣州市各级工会组织开展…送温暖活动。/ 1月10日，于都县总工会走访慰问… — made up, twenty-fifth session, from
    # a roundup: the city's campaign had taken the county's day, and the two had been one event)
    lead_paragraph = doc.paragraph_at(first[0].start) if first else None
    in_lead = [s for s in first if lead_paragraph and s.start < lead_paragraph.end]
    if any(d.precision != "year" for s in in_lead for d in doc.dates_in(s.start, s.end)):
        first = in_lead
    said, owned = [], False
    for s in first:
        dates = [d for d in doc.dates_in(s.start, s.end) if d.precision != "year"]
        dates = _act_dates(doc, dates)
        hit = _match_type(s.text)
        own = _best_date(dates, _clause_around(s, hit[3] if hit[3] >= 0 else hit[1])) if hit and dates else None
        # (…or the news's own 近日 or 日前 after the day the reporter learnt it)
        owned = owned or any(d.approx and d.precision == "day" and not _learnt_on(doc, d) for d in dates)
        said += ([own] if own else []) + [d for d in dates if d is not own]
    # (…not the day the reporter learnt it, where the sentence dates the news itself: 记者15日从全国总工会获悉，全总近日下拨…
    # — made up, twenty-ninth session, from a national item: the headline's grant had been a second event, on the 15th)
    said = [d for d in said if not (owned and _learnt_on(doc, d))]
    exact = [d for d in said if d.precision == "day" and not d.approx]
    if exact or said:
        return (exact or said)[0]
    if doc.dateline_date is not None:
        return doc.dateline_date  # 本报嘉兴10月29日电 …大赛在浙江嘉兴落幕: reported the day it was filed
    years = [d for d in doc.dates_in(doc.body_start, len(doc.text)) if d.precision == "year"]
    return years[0] if years else None


def _recent(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """A date in the sentence between `start` and `end` (the since-clause) falls in the issue's year or the one
    before: a campaign that opened then (自去年11月15日开展根治欠薪冬季攻坚行动以来) is still the news; one from years
    ago (自2016年举办以来) is not."""
    return doc.issue is not None and any(d.date_start.year >= doc.issue.year - 1
                                         for d in doc.dates_in(sent.start + start, sent.start + end) if d.date_start)


def _candidate_sentences(doc: Doc) -> list[tuple[Span, bool]]:
    """The headline (each of its clauses, a kicker too) and every body sentence."""
    return [(s, True) for s in doc.headline_sentences] + [(s, False) for s in doc.body_sentences]


def extract(doc: Doc) -> list[Event]:
    """Events reported in one analysed article."""
    if not doc.body_sentences and doc.title_sentence is None:
        return []
    head_date = _headline_date(doc)
    caption_dates = [d for d in doc.dates_in(doc.body_start, len(doc.text)) if d.precision != "year"] \
        if doc.kind == "photo" else []
    fallback = next((m for m in doc.places if m.unit.province_short == doc.primary_province), None)
    lead = doc.lead
    events: list[Event] = []
    for sent, from_title in _candidate_sentences(doc):
        if _NOT_REPORTED.search(sent.text) or from_title and doc.kind == "commentary":
            # (…nor a commentary's headline, its argument: 让“送清凉”更走心, 送温暖要送到心坎上 — made up, thirty-first
            # session, from a page: an event named “送清凉”更走心)
            continue
        for hit in _hits(doc, sent):
            etype, n0, n1, verb, verb_end = hit
            plan = _PLAN_WORDS.search(sent.text, 0, max(n1, verb_end))
            if plan and "日" not in sent.text[plan.end():]:
                continue  # (…its day, if any, told anywhere after the plan's word: 准备举办…，时间定于5月1日)
            # a date between the verb and the noun is the name's (组织实施2019年中国技能大赛), not a time anchor; after
            # the noun, before its verb, it is the anchor (…大赛将于10月12日举行, as 将于10月12日举办…大赛)
            anchor_end = verb if verb >= 0 else n0
            if _PLANNED.search(sent.text[:max(verb, n0)]) and not _sets_a_time(doc, sent, anchor_end):
                continue  # 人社部将以…为契机，通过…开展: a plan, not a report
            if _HABITUAL.search(sent.text[:max(verb, n0)]) or _tallied(sent.text, n0, n1) \
                    or verb < 0 and GIFT.match(sent.text, n0) and _PARTS_OF_A_SUM.search(sent.text, 0, n0) \
                    or _listed_one_after_another(sent.text, n0, n1) \
                    or verb < 0 and _running_total(sent.text, n0) \
                    or _PEOPLE_TIMES_AFTER.match(sent.text, n1) and _dated_by_a_year(sent.text, n0) \
                    or verb < 0 and (_YEARS_TOTAL.search(sent.text, clause_at(sent.text, n0).start, n0)
                                     or sent.text.startswith("采购", n0)) and _dated_by_a_year(sent.text, n0):
                # event.skip.habitual, event.skip.tally (共举办培训班30期: many counted, no one event; 截至11月底，…累计发放
                # 互助金1.5亿元: a running total, however dated — made up, twenty-sixth session, from briefs: it had been
                # a gift on 11月底)
                continue
            since = _SINCE.match(sent.text, max(n1, verb_end))
            if since and not ("以来" in since.group() and _recent(doc, sent, clause_at(sent.text, since.start()).start,
                                                                since.end())):
                continue  # event.skip.since
            opens = min(verb, n0) if verb >= 0 else n0
            if _CALLED_OFF.search(sent.text[max(0, opens - 12):opens]) or _CALLED_OFF_AFTER.match(sent.text, n1):
                continue  # 暂停举办各类现场招聘会, 不组织开展…培训: what does not take place
            one_more = False  # (dated as one more act of a body's, 此外，…还…: kept if that body had an event that day)
            own = _own_date(doc, sent, _clause_around(sent, verb if verb >= 0 else n0))
            dated_act = _dated_attributive(doc, sent, verb, verb_end)
            if dated_act is not None and own is not None and dated_act.date_start and own.date_start \
                    and dated_act.date_start < own.date_start:
                own = dated_act  # 组织学习2021年印发的《…意见》: the document's year, not the study's 近日
            if own is not None and own.precision in ("year", "period") and (from_title or sent is lead) \
                    and head_date is not None and _PRECISION[head_date.precision] > _PRECISION[own.precision] \
                    and _within(head_date, own):
                own = head_date  # 2026年两节…送温暖 in the headline, 1月18日 in the lead: the lead's day
            if own is not None:
                when: DateMention | None = own
            elif from_title or sent is lead:
                when = head_date
            elif caption_dates:
                when = caption_dates[0]
            elif _AT_THE_OCCASION.match(sent.text) and (told := _told_before(doc, sent)) is not None:
                when = told  # 5月10日，…召开…会议。…。会上还启动了“…”活动: the meeting's day
            elif _IN_ADDITION.match(sent.text) and (told := _told_before(doc, sent, anywhere=True)) is not None:
                when, one_more = told, True  # (…of the body an event that day had: checked once it is known, below)
            elif doc.roundup_window is not None and doc.in_place_section(sent.start):
                # a roundup's section whose act dates none of its own: the window its lead gives (入伏以来，全国多地持续
                # 高温。/ 在河北，石家庄市总工会… / 在江西，南昌市总工会…开展“送清凉”活动 — made up, twenty-fourth session, from
                # briefs: the sections after the first had been mentions with no time)
                when = doc.roundup_window
            else:
                continue  # no time expression: a mention, not a reported event
            if when is None:
                if not from_title:
                    continue
            elif when.precision == "year" and not (from_title or sent is lead) and _YEAR_SUMMARY.match(sent.text):
                continue  # 2019年，人社部不断加强…培训: a year's work summed up, not an event the paper reports
            elif doc.issue and when.date_start and when.date_start < doc.issue - dt.timedelta(days=HISTORY_DAYS) \
                    and (when.date_end is None or when.date_end < doc.issue - dt.timedelta(days=HISTORY_DAYS)):
                continue
            elif doc.issue and when.date_start and when.date_start > doc.issue + dt.timedelta(days=1) \
                    and not _ANNOUNCED.search(sent.text):
                continue  # 从2019年至2021年…开展培训…到2021年底: a target, not an event the paper reports
            name = _name(sent.text, n0, n1, verb, verb_end)
            n_at = sent.text.find(name)
            if verb < 0 and GIFT.match(sent.text, n0):
                organizer = _giver(doc, sent, n0)
            else:
                organizer = _organizer(doc, sent, verb, (n_at, n_at + len(name))) if len(name) >= 2 else ""
                # (…a body that set up what is unveiled, named before it, stays: 重庆市总工会在渝中区设立的…工作站挂牌 —
                # made up, thirtieth session, from a paper's briefs: the union had been taken for the facility)
                sets_up = organizer and name.startswith(organizer) and _SET_UP_BY.match(name, len(organizer))
                # (…and one whose own facility follows its name is its owner: 市总工会职工书屋揭牌, 市总工会职工书屋正式启用 —
                # made up, thirty-first session, from briefs: no organiser, the union taken for the facility)
                rest = name[name.find(organizer) + len(organizer):] if organizer in name else ""
                owns = bool(rest) and not rest.startswith((*_UNVEILING, *_OPENED, *_UNVEILED_HOW, "在"))
                if _unveils(sent.text[n0:n1]) and organizer in name and _FACILITY_END.search(organizer) \
                        and not sets_up and not owns:
                    organizer = _owner_of_unveiled(doc, organizer)
            if one_more and not any(e.organizer and e.organizer == organizer and e.date_start == when.date_start
                                    for e in events):
                continue  # (one more act of a body no event that day had: 此外，阜新市还对…发放补贴 after 本版今日起推出…)
            if not organizer:  # (…a territory's unions at every level, as the text names them: 全市各级工会开展… — made up,
                # twenty-sixth session, from briefs: no organiser)
                levels = _EVERY_LEVEL.search(sent.text, clause_at(sent.text, n0).start, n0)
                organizer = levels.group() if levels else organizer
            # (a body opening a subject's name before the quoted title is who holds it, no part of the name: 柳州市总工会
            # “夏送清凉”活动启动, 市总工会“金秋助学”活动正式启动 — made up, thirty-first session, from a page and briefs)
            holder = next((o for o in doc.orgs_in(sent.start + n_at, sent.start + n_at + len(name))
                           if o.start == sent.start + n_at and name.startswith("“", len(o.text))), None) \
                if n_at >= 0 else None
            name = name[len(holder.text):] if holder else name
            if name in _GENERIC_NAMES:
                name = _acted_name(doc, sent, n1, verb)  # 中华全国总工会下发通知: the body that acts names it
            if len(name) < 2 or name in _GENERIC_NAMES or _MEANS.match(name):
                continue  # 通过加强养老护理员培养培训: how something is done, not an event
            if etype in ("activity", "ceremony") and _GIVING_NOUN.search(name):
                # “情系职工·温暖万家”走访慰问活动, “金秋助学”金发放仪式: an activity or ceremony named by its giving is a gift's
                etype = "donation"
            start = when.date_start if when else None
            end_date = when.date_end if when else None
            if start and not end_date:
                end_date = duration_end(sent.text, start)
                if end_date and when is not None and when.precision == "day" and verb >= 0 \
                        and _CLOSING.fullmatch(sent.text[verb:verb_end]):
                    # 5月20日，为期两天的…大赛落幕: the day it closed is the last of them
                    start, end_date = start - (end_date - start), start
            para = doc.paragraph_at(sent.start)
            m = PARTICIPANTS.search(para.text)
            national = _national_act(doc, sent, etype, organizer)
            events.append(Event(
                event_type=etype, name=name, date_start=start, date_end=end_date,
                date_approx=bool(when and when.approx), date_precision=when.precision if when else "",
                date_text=when.text if when else "",
                place=_place(doc, sent, fallback, etype, national, when, from_title, bool(CONVEYANCE.search(name)),
                             acts_until=sent.start + _clause_end(sent.text, max(verb, n1))),
                organizer=organizer,
                participants=int(m["n"]) if m else None, start=sent.start, end=sent.end, from_title=from_title,
                trigger=_SESSION_AFTER.sub("", sent.text[n0:n1])[:6], national=national,
                rule=rule_of(verb, sent.text, n0),
                plural=not organizer and _PLURAL_ACTORS.search(sent.text, 0, max(n0, verb)) is not None))
    merged = _merge(events, lambda at: doc.paragraph_at(at).start, doc.lead.start if doc.lead else doc.body_start)
    if doc.kind == "commentary":
        # (…nor what a commentary says many places' unions do, no one body's act it reports: 入夏以来，各地工会纷纷开展
        # “送清凉”活动; 春节将至，各地工会开展送温暖活动 — made up, thirty-first session, from commentaries)
        merged = [ev for ev in merged if not ev.plural]
    for ev in merged:  # decided on the event as merged: its final name and organiser
        ev.scope = event_scope(ev.organizer, ev.name, doc.text[ev.start:ev.end])
        ev.province = "全国" if ev.national else _local_province(doc, ev)
    return merged


# a sentence that opens at the occasion its paragraph told before (会上, 仪式上, 活动现场, 当天, 同日): dated as that was
# (made up, twenty-first session, from a brief: 会上还启动了“职工技能提升年”活动 had been no event with no date of its own)
_AT_THE_OCCASION = re.compile(r"(?:会上|会议上|大会上|会议期间|仪式上|典礼上|启动仪式上|活动上|活动现场|现场|当天|当日|同日|同一天)"
                              r"(?:，|还|也|同时|并|又)")


# …or an act told as one more of the body's that day (此外，区总工会还举办了…; 同时，…也…) — made up, thirty-third session,
# from features: no event, the issue's "an event with no date in its sentence takes the lead's"
_IN_ADDITION = re.compile(r"(?:此外|另外|同时|与此同时)[，,][^，。；]{0,20}?[还也]")


def _told_before(doc: Doc, sent: Span, anywhere: bool = False) -> DateMention | None:
    """The last exact day said before `sent` in its paragraph (the occasion it opens at) — or, where `sent` opens its
    paragraph, in the paragraph before (…举行…仪式。/ 仪式上，省总工会还与…签订了… — made up, thirty-third session, from
    briefs: no event); `anywhere`: in the body before it (the lead's, for an act told as one more) — else None."""
    para = doc.paragraph_at(sent.start)
    opened = doc.body_start if anywhere else para.start
    days = [d for d in doc.dates_in(opened, sent.start) if d.precision == "day" and not d.approx]
    if not days and sent.start == para.start and para.start > doc.body_start:
        before = doc.paragraph_at(para.start - 1)
        days = [d for d in doc.dates_in(before.start, before.end) if d.precision == "day" and not d.approx]
    return days[-1] if days else None


def _dated_attributive(doc: Doc, sent: Span, verb: int, verb_end: int) -> DateMention | None:
    """A date right before the event's verb when the verb describes its noun (2021年印发的《意见》, 去年举办的大赛):
    the act it dates is that one, however the sentence's own news is dated."""
    if verb < 0 or sent.text[verb_end:verb_end + 1] != "的":
        return None
    right_before = [d for d in doc.dates_in(sent.start, sent.start + verb) if sent.start + verb - d.end <= 1]
    return right_before[-1] if right_before else None


def _local_province(doc: Doc, ev: Event) -> str:
    """The article's province for an event it does not place — except a local body's event in a national story
    (国务院公布…条例。近日，市总工会开展条例宣传活动): the province its organiser's name gives, else none, never 全国."""
    first = ev.organizer.split("、")[0]
    if doc.primary_province != "全国" or not first or is_national(first):
        return doc.primary_province
    if LEVEL_SHORT.match(first):
        return ""
    return province_in_name(first) or doc.primary_province


# a name that is only the trigger noun says nothing: the row needs a phrase that names the event
_GENERIC_NAMES = frozenset({"通知", "公告", "视频会", "视频会议", "电视电话会议", "意见", "方案", "办法", "规定", "决定",
                           "活动", "会议", "大会", "行动", "标准", "慰问", "培训", "帮扶", "救助", "演出", "展览", "比赛",
                           "竞赛", "慰问活动", "帮扶活动", "救助活动", "培训活动", "帮扶行动", "救助行动", "签约"})


def _giver(doc: Doc, sent: Span, at: int) -> str:
    """Who gives a gift of money: the body nearest before it in its clause that is not what it goes to (国开行向湖北省
    慈善总会…捐款: 国开行), else no one (安徽省属国有企业向湖北捐款…: a kind of body, not one named)."""
    opens = sent.start + clause_at(sent.text, at).start
    givers = [o for o in doc.orgs_in(opens, sent.start + at) if not is_generic(o.text) and not doc.is_object(o)]
    return doc.full_org(givers[-1].text, at=givers[-1].start) if givers else ""


def _hits(doc: Doc, sent: Span) -> list[tuple[str, int, int, int, int]]:
    """The sentence's event phrase, and each further gift of money in it by a body of its own (安徽省属国有企业向湖北
    捐款2000万元，省总工会捐赠330万元，…: two donations, each its giver's event)."""
    first = _named_hit(doc, sent)
    hits = [first] if first else []
    for m in GIFT.finditer(sent.text):
        if not any(h[1] <= m.start() < h[2] or m.start() <= h[1] < m.end() for h in hits):
            end = clause_at(sent.text, m.start()).end
            hits.append(("donation", m.start(), end, -1, -1))
    return hits


def _named_hit(doc: Doc, sent: Span) -> tuple[str, int, int, int, int] | None:
    """The sentence's event phrase, looking past a bare noun that no acting body names (印发了《…纲要》，并发出
    通知: the 纲要, not the 通知)."""
    text = sent.text
    action = None
    for _ in range(3):
        hit = _match_type(text, headline=sent.start < doc.body_start)
        if hit is None:
            break
        _t, n0, n1, verb, verb_end = hit
        if _DEPLOYED.search(text, clause_at(text, n0).start, n0):
            # (a headline's work deployed, 全总部署送温暖工作: the body tells the deployment — its notice or meeting — and
            # the work is not yet done; made up, twenty-third session, from briefs: it had been an event beside the
            # body's notice)
            # (…and the body's too: 全国总工会下发通知，部署各级工会开展2025年元旦春节送温暖活动 — made up, thirty-first
            # session, from national briefs: the campaign deployed had been held the notice's day)
            text = text[:n0] + "　" * (n1 - n0) + text[n1:]
            continue
        if _for_the_purpose(text, verb if verb >= 0 else n0):
            # (…下拨资金500万元，支持…3市工会开展慰问救助工作: what the money is for, not the act — the act is the
            # giving; made up, twenty-third session — as grrb_20220826-00-00's …，用于支持当地工会开展疫情防控工作)
            text = text[:n0] + "　" * (n1 - n0) + text[n1:]
            continue
        if _name(sent.text, n0, n1, verb, verb_end) not in _GENERIC_NAMES or _acted_name(doc, sent, n1, verb):
            return hit
        # 慰问组来到工地，看望慰问一线职工: the action phrase (看望慰问…) names what its bare noun cannot — unless the
        # sentence names its event (开展“夏送清凉”活动，走访慰问一线职工: the campaign, the visits part of it)
        action = action or _action_over(text, n0, n1)
        text = text[:n0] + "　" * (n1 - n0) + text[n1:]  # the same offsets, that noun hidden
    return action


# work deployed, its noun after the verb (部署送温暖工作, 研究部署…, 部署开展…)
# (…those set to it between: 部署各级工会开展…)
_DEPLOYED = re.compile(r"部署(?:[^，。；：]{0,8}?(?:开展|做好|推进|实施))?[^，。；：]{0,12}$")
# a clause telling what an act or its money is for (…，支持…开展…, …，用于…, …，帮助…)
_PURPOSE_CLAUSE = re.compile(r"(?:并|主要|专项|重点)?(?:用于|支持|帮助|助力|以便)")


def _for_the_purpose(sentence: str, at: int) -> bool:
    """Position `at` stands in a clause after the sentence's first that tells what its act is for."""
    clause = clause_at(sentence, at)
    return clause.start > 0 and bool(_PURPOSE_CLAUSE.match(sentence, clause.start))


_GOODS = frozenset("金品信")


def _action_over(sentence: str, n0: int, n1: int) -> tuple[str, int, int, int, int] | None:
    """An action phrase of event_actions.tsv that holds the noun at n0–n1 (看望慰问 over 慰问), as `_match_type` gives
    actions: its object runs to the clause end."""
    for etype, rx in _ACTIONS:
        for m in rx.finditer(sentence):
            # (送上慰问|金, 慰问|品, 慰问|信: what is handed over, its noun no act of visiting)
            if m.start() <= n0 and n1 <= m.end() and sentence[m.end():m.end() + 1] not in _GOODS:
                end = _clause_end(sentence, m.end())
                return etype, m.start(), end, -1, -1
    # (…or a union's consoling, the noun its verb: 芜湖市总工会走进奇瑞汽车公司，慰问一线女职工，送去节日祝福 — made up,
    # thirty-first session, from a provincial paper's page: 慰问 a bare noun with 送去 after it, no event)
    consoled = next((m for m in BODY_CONSOLES.finditer(sentence) if m.start("act") <= n0 and n1 <= m.end("act")
                     and not _CONSOLING_NOUN.match(sentence, m.end())), None)
    if consoled:
        return "donation", consoled.start("act"), _clause_end(sentence, consoled.end()), -1, -1
    return None


# an event noun the name runs on over: 送温暖 | 活动, 慰问 | 活动, 帮扶 | 行动 (the noun named the kind, this the event)
_RUNS_ON = re.compile(r"(?:系列|主题)?(?:活动|行动)")


def _runs_on(sentence: str, end: int) -> int:
    """Where the name ends: past an event noun right after the trigger's (送温暖活动, not 送温暖)."""
    more = _RUNS_ON.match(sentence, end)
    return more.end() if more else end


def _acted_name(doc: Doc, sent: Span, noun_end: int, verb: int) -> str:
    """A bare trigger (通知, 慰问) named with the body that acts right before its verb and the verb:
    中华全国总工会下发通知, 省总工会走访慰问; '' when no body acts there."""
    if verb < 0:
        return ""
    acting = [o for o in doc.orgs_in(sent.start, sent.start + verb) if not is_generic(o.text)]
    if not acting:
        return ""
    first = len(acting) - len(doc.named_with(acting, len(acting) - 1))  # 财政部与国家发展改革委联合发布公告: the name
    # opens at the first of the bodies
    start = acting[first].start - sent.start
    opened = sent.text.rfind("“", 0, start)
    if opened != -1 and sent.text.rfind("”", opened, start) == -1:
        start = opened  # a body named inside a quoted title (开展“工会进万家”走访慰问): the name opens on the title
    gap = sent.text[acting[-1].end - sent.start:verb]
    if any(c in sent.text[start:noun_end] for c in "，。；：！？"):
        return ""
    if gap and _OFFICER_GAP.match(gap):  # 省总工会党组书记张三带队走访慰问 → 省总工会走访慰问
        return sent.text[start:acting[-1].end - sent.start] + sent.text[verb:_runs_on(sent.text, noun_end)]
    if len(gap) > 6 and not _BODIES_GAP.match(gap):
        return ""
    return _DAY_IN_NAME.sub("", sent.text[start:_runs_on(sent.text, noun_end)])  # 国家邮政局21日下发通知 → 国家邮政局下发通知


# between the bodies and their verb: more bodies, a count of them, 联合 (人社部、交通部、公安部等五部门联合印发通知)
_BODIES_GAP = re.compile(r"^(?:、[^，。；、]{2,10})*(?:等[\d一二两三四五六七八九十]*个?(?:部门|单位))?(?:联合|共同)?(?:近日|日前)?$")
# (…with the 于 or 在 that brought the day in, and a month told relative to the issue: 市总工会于本月10日走访慰问)
_DAY_IN_NAME = re.compile(r"(?:于|在)?(?:(?:本|上|今|当)月|\d{1,2}月)?\d{1,2}日|(?:于|在)?(?:" + APPROX + ")")
# …or its officers, who lead the act for it (党组书记、常务副主席张三带队, 主席李四一行): the body acts
_OFFICER_GAP = re.compile(rf"^[^，。；]{{0,12}}?{_OFFICER.pattern}[{HAN}]{{2,3}}(?:等)?(?:一行)?(?:带队|率队|带领|率)?$")


def _merge(events: list[Event], paragraph_of: Callable[[int], int], lead_at: int) -> list[Event]:
    """Headline and lead describe one event: keep one per type and date, with the
    headline's name (the cleanest) and the body's date, place and organiser. `lead_at`: where the lead begins."""
    out: list[Event] = []
    told_in_body: set[int] = set()  # the headline's events a body sentence has told already (by id)
    for ev in events:
        # the headline's event and the body's telling of it share their trigger (高铁专列 · 暖心高铁务工专列)
        # two events of one type on one day are one only when the headline tells it or their nouns name one
        # kind of thing from the same body: a roundup's 2月6日 公告 and 2月6日 意见 are two documents
        # (two events of one sentence are two: 安徽省属国有企业向湖北捐款2000万元，省总工会捐赠330万元)
        same = next((o for o in out if o.event_type == ev.event_type and o.start != ev.start
                     and not _elsewhere_by_another(o, ev) and not _one_of_its_acts(o, ev, paragraph_of, lead_at) and (
            o.name in ev.name or ev.name in o.name
            or _dates_meet(o, ev, paragraph_of)
            and (o.from_title or ev.from_title or _same_kind(o.trigger, ev.trigger)
                 and not (o.organizer and ev.organizer and o.organizer != ev.organizer))  # 人社部…通知 · 全总…通知
            or o.from_title and _same_noun(o.trigger, ev.trigger)
            or _part_of(o, ev, paragraph_of))), None)
        # …and a headline's event the body names within an act of another kind is that act (集体协商“要约行动” over
        # …“要约行动”启动仪式: made up, nineteenth session — one launch had been two events)
        # (…or its own noun, three characters or more: 职工疗休养启动 over …举行2024年劳模疗休养出发仪式 — made up, twenty-ninth
        # session, from briefs: two events)
        told = next((o for o in out if o.from_title and not ev.from_title and o.event_type != ev.event_type
                     and (len(o.name) >= 4 and o.name in ev.name or len(o.trigger) >= 3 and o.trigger in ev.name)
                     and _dates_meet(o, ev, paragraph_of)), None)
        if same is None and told is not None:
            ev.organizer = ev.organizer or told.organizer
            out[out.index(told)] = ev
            continue
        # …and a headline's campaign (开展“…”活动) whose lead tells its giving, by the same body, is that giving under the
        # campaign's name (区总工会开展“工会进万家 温暖送基层”活动 over 1月26日至29日，区总工会…走访慰问…，送去慰问金… —
        # made up, thirtieth session, from union sites' pages: the visits' gifts had been a second event)
        campaign = next((o for o in out if _campaign_told(o, ev, paragraph_of, lead_at)), None)
        if same is None and campaign is not None:
            campaign.organizer = campaign.organizer or ev.organizer
            continue
        # (…and a headline's gift whose lead names it a campaign is the campaign: 工会携手银行送福利 over 市总工会携手中国银行
        # 苏州分行开展“工会会员普惠”活动 — made up, thirtieth session, from briefs: two events)
        gift = next((o for o in out if _campaign_told(ev, o, paragraph_of, lead_at, headline_first=False)), None)
        if same is None and gift is not None:
            ev.organizer = ev.organizer or gift.organizer
            out[out.index(gift)] = ev
            continue
        if same is None:
            out.append(ev)
            continue
        if same.plural and not ev.plural and ev.organizer:
            # a roundup's summary (各地工会纷纷开展送温暖活动) told by one section's act of its kind (在山西，省总工会开展
            # “两节”送温暖活动): that act, its own body's and named as it is — made up, thirtieth session, from roundups: the
            # section's act had taken the summary's name)
            out[out.index(same)] = ev
            continue
        # (a body sentence that has told the headline's event, dated and placed, tells it: a later act of its kind that
        # day — 当天下午，宣讲团分赴大同、长治… after …宣讲活动在太原启动 — adds nothing but a missing organiser (made up,
        # twenty-third session: the launch had been placed in 长治); one more precise in date, or placed more finely,
        # tells it better — a roundup's 有的…开通高铁专列 under D4107次“暖心高铁务工专列”从西安北站出发, rmrb_20200117-15-01)
        better = id(same) not in told_in_body or _PRECISION.get(ev.date_precision, 0) > _PRECISION.get(
            same.date_precision, 0) or _LEVELS.index(_level(ev.place)) > _LEVELS.index(_level(same.place))
        if same.from_title and not ev.from_title and better and _PRECISION.get(
                ev.date_precision, 0) >= _PRECISION.get(same.date_precision, 0):
            # (…unless the body's name is the headline's told in full: 技能大赛落幕 · 第五届全市职工职业技能大赛闭幕)
            # (…or the headline names it by its verb alone, or by a trigger the body's fuller name holds: 市总工会为优秀农民工颁奖
            # over …举行2025年度优秀农民工表彰大会，为50名优秀农民工颁奖; 这家企业职工驿站揭牌 over …举行户外劳动者服务
            # 站点揭牌仪式 — made up, twenty-third session: the events had been named 颁奖 and by the whole headline)
            noun = _noun_of(ev.trigger)
            formal = bool(noun) and (ev.name.endswith(noun) or _SESSION_AFTER.sub("", ev.name).endswith(noun)) \
                and len(ev.name) > len(same.name)
            # (…or by its bare noun, which the body names in full: 职代会 over …第六届职工代表大会第三次会议 — made up,
            # twenty-fourth session, from briefs)
            by_verb = same.name == same.trigger and (not _noun_of(same.trigger) or _same_kind(same.trigger, ev.trigger))
            by_trigger = formal and (by_verb or same.trigger in ev.name)
            # (…the headline's name inside the body's once quotes are dropped: 助学活动 in “金秋助学”活动 — made up,
            # thirty-first session, from briefs: the headline's had been kept)
            ev.name = ev.name if _unquoted(same.name) in _unquoted(ev.name) or by_trigger else same.name
            ev.from_title = True
            ev.organizer = ev.organizer or same.organizer
            out[out.index(same)] = ev
            told_in_body.add(id(ev))
        elif not same.organizer and ev.organizer:
            same.organizer = ev.organizer
    return out


def _unquoted(name: str) -> str:
    return re.sub(r"[“”‘’《》]", "", name)


def _campaign_told(campaign: Event, gift: Event, paragraph_of: Callable[[int], int], lead_at: int,
                   headline_first: bool = True) -> bool:
    """A campaign, an activity its name calls one (…“…”活动), and a gift by its body (or by none named) on its days,
    one of them the headline's and the other told in the lead's paragraph (the headline's the campaign when
    `headline_first`, else the gift): one event told twice."""
    headline, body = (campaign, gift) if headline_first else (gift, campaign)
    return headline.from_title and not body.from_title and campaign.event_type == "activity" \
        and gift.event_type == "donation" and campaign.name.endswith("活动") \
        and paragraph_of(body.start) == paragraph_of(lead_at) and _dates_meet(campaign, gift, paragraph_of) \
        and (not gift.organizer or not campaign.organizer or gift.organizer in campaign.organizer)


def _elsewhere_by_another(a: Event, b: Event) -> bool:
    """Two events of one name held by different bodies in different places are two: a roundup's 在河北，石家庄市总工会
    开展“送清凉”活动 and 在江西，南昌市总工会…开展“送清凉”活动 (made up, twenty-fourth session, from briefs: the second
    had been merged into the first)."""
    bodies = a.organizer and b.organizer and a.organizer not in b.organizer and b.organizer not in a.organizer
    if not bodies or a.place is None or b.place is None:
        return False
    x, y = a.place.unit, b.place.unit  # (apart: neither holds the other — 福建 holds 福州市鼓楼区, grrb_20160111-02-02)
    return x.province != y.province or bool(x.city and y.city and x.city != y.city)


def _one_of_its_acts(headline: Event, act: Event, paragraph_of: Callable[[int], int], lead_at: int) -> bool:
    """A headline's campaign the lead dates by a season or festival, and a body's own act of one day told in a paragraph
    after the lead's: one of the campaign's acts, not its telling (春节临近，赣州市各级工会…开展…送温暖活动。/ 1月10日，
    于都县总工会走访慰问…; 入夏以来，杭州市各级工会…开展“送清凉”活动。/ 7月10日，西湖区总工会… — made up, twenty-fifth
    session, from roundups: the campaign had become the county's visit) — the same body's (春节前夕，市总工会开展走访慰问
    活动。/ 1月10日，市总工会主席张三带队走访慰问…) or one named alike tells it."""
    return headline.from_title and not act.from_title and headline.date_precision == "period" \
        and act.date_precision == "day" and paragraph_of(act.start) != paragraph_of(lead_at) \
        and bool(act.organizer) and act.organizer != headline.organizer \
        and headline.name not in act.name and act.name not in headline.name


def _part_of(named: Event, act: Event, paragraph_of: Callable[[int], int]) -> bool:
    """An act with no event noun, or a bare one (送去绿豆汤…, 走访慰问), that its paragraph's named event of its kind, the
    same body's on the same day, takes in (7月15日，市总工会启动“夏送清凉”活动。当天，市总工会领导…送去绿豆汤… — made
    up, twenty-third session, from a brief: one campaign's launch had been two events)."""
    is_named = bool(_noun_of(named.trigger)) and named.name != named.trigger and named.trigger != act.trigger
    by_act = not _noun_of(act.trigger) or act.trigger in _GENERIC_NAMES  # (…走访慰问: a bare 慰问 named by its act)
    return is_named and by_act and bool(named.organizer) and named.organizer == act.organizer \
        and named.date_start is not None and named.date_start == act.date_start \
        and paragraph_of(named.start) == paragraph_of(act.start)


_PRECISION = {"": 0, "year": 1, "period": 2, "month": 3, "day": 4}
_LEVELS = ("", "province", "city", "county")  # how finely a place places an event


def _level(place: PlaceMention | None) -> str:
    return "" if place is None else place.unit.level if place.unit.level in _LEVELS else "county"


def _dates_meet(a: Event, b: Event, paragraph_of: Callable[[int], int]) -> bool:
    """Two tellings of one event's time: either undated, one day, or one's day inside the other's span (the
    headline's 17日 and the body's 16日至17日) — in the body, within one paragraph: a roundup's 疫情发生以来 spans
    every day of the next paragraph's acts (rmrb_20200224-04-02: 东风's gifts of 2月18日 had given their givers
    to 安徽's 捐款 of the paragraph before)."""
    if a.date_start is None or b.date_start is None or a.date_start == b.date_start:
        return True
    if not (a.from_title or b.from_title) and paragraph_of(a.start) != paragraph_of(b.start):
        return False
    return any(x.date_end and x.date_start <= y.date_start <= x.date_end for x, y in ((a, b), (b, a)))


def _same_kind(a: str, b: str) -> bool:
    """Two triggers naming one kind of thing (大赛 · 比赛, 大会 · 会议; not 公告 · 意见): a story's two mentions
    of one day's event, or (an action has no noun) two actions of one day."""
    x, y = _noun_of(a), _noun_of(b)
    return x[-1:] == y[-1:]


def _same_noun(a: str, b: str) -> bool:
    x, y = _noun_of(a), _noun_of(b)
    return bool(x and y) and (x.endswith(y) or y.endswith(x))


def _noun_of(trigger: str) -> str:
    """The event noun at the end of a trigger (an action phrase has none)."""
    m = _TRIGGER_NOUN.search(trigger)
    return m.group() if m else ""


_TRIGGER_NOUN = re.compile("(?:" + alternation([n for _t, nouns, _v in EVENT_TYPES for n in nouns]) + ")$")


def _within(inner: DateMention, outer: DateMention) -> bool:
    if not (inner.date_start and outer.date_start):
        return True
    return outer.date_start <= inner.date_start <= (outer.date_end or outer.date_start)
