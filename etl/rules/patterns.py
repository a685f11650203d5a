"""Vocabulary shared by the extractors, said once: regex fragments here, word lists in etl/rules/.

Like JioNLP's rule_pattern.py: a module of patterns that every rule composes,
so the dateline, the approximate-time words, Chinese numerals and reporter
forms cannot drift apart between modules.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent  # this folder: the rules and word lists beside the code

HAN = r"\u4e00-\u9fff"
# the marks print sets before a list's item or a byline (▲近日，…; ■本报记者 张明)
BULLETS = "□■●◆▲★☆◎"
CN_DIGITS = "零〇一二两三四五六七八九十百千"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a count: 6, 二十, 两 — as written in news text
COUNT = rf"(?:\d+|[{CN_DIGITS}]+)"
# some named as of a ranking's N, after 等 (张伟、李娜、王强等十大“金牌工人”; 李强等五大“技术能手”): N — not the Party's 二十大,
# which no 等 opens
RANKING_OF_N = rf"等(?P<n>{COUNT})(?:大|佳)"

# news agencies and papers that open or close a report with a dateline
AGENCY = r"(?:新华社|本报|中新社|人民日报)"
# 本报北京1月7日电, 新华社北京3月1日电: where (and the day before) a report was filed
# (讯: 本报杭州8月4日讯; with no place, as local papers date their own city's news: 本报12月5日讯 — made up, twenty-fourth
# session, from a probe of datelines: its 昨天 had been the day before)
DATELINE = rf"{AGENCY}(?P<place>[{HAN}]{{2,8}}?)?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?:电|讯)"
# words that date an event approximately to "shortly before the issue"
APPROX_WORDS = ("日前", "近日", "近期", "最近", "前不久", "不久前")
APPROX = "|".join(APPROX_WORDS)
# verbs a trip's destination follows (赴浙江舟山, 前往广州、深圳, 开往北京): where people went, not where the story is
TRIP_VERBS = r"(?:赴|前往|奔赴|远赴|飞赴|赶赴|开往|驶往|发往|送往|抵达|到达)"
# a sum in yuan written in figures (300万元, 1.2亿余元, 3,000元): where one sum ends, what follows is another's
SUM_IN_YUAN = r"\d[\d.,]*[余多]?[万亿]?[余多]?元"
# a currency other than the yuan after a sum (捐款100万港元, 捐资50万美元): no amount in yuan, and no rate to convert it by
FOREIGN_CURRENCIES = r"港元|港币|澳门元|澳门币|澳元|美元|欧元|日元|英镑|新台币|台币|韩元|卢布"
# a conveyance of workers (返岗专列, 包车, 直通车, 护送…前往): it happens where it sets out, not where it goes
# (rmrb_20200117-15-01's gold: the 专列 from 西安北站 to 峨眉山 is 陕西's)
CONVEYANCE = r"专列|专车|包车|班车|大巴|直通车|返岗|返乡|返程|护送|输送|点对点"
# verbs help or money is given after, to whom or where it goes (向武汉市总工会捐赠, 援助新疆…, 驰援湖北, 援藏): not the giver
# a territory's unions at every level acting together (全市各级工会共筹集…, 江西省赣州市各级工会组织开展…): a body no one name
# stands for, named as the text names it
# (not 组织 after it, which is a verb as often as not: 各级工会组织开展…)
# (…or the territory's cities' or counties' unions: 各地市工会配套资金9000万元 — made up, thirtieth session, from briefs: the
# tokenizer's 市工会 had paid, placed nationwide)
EVERY_LEVEL_UNIONS = (r"(?:(?:全国|全省|全区|全市|全州|全县|各地|[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|盟|旗))?各级"
                      r"|(?:全省|全区|全市|全州)?各(?:地市|市州|市|县区|区县|县市区|县市))(?:总)?工会")
AID_VERBS = r"(?:援|支援|驰援|援助|援建|对口|帮扶|资助|捐助|向|给)"
# words announcing what is still to come (将于3月10日举办)
FUTURE = r"将于|将在|将|计划|拟|预计|定于|即将"
# reporters and correspondents, as bylines write them: an outlet before the title (本报, 工人日报—中工网, 新华社,
# 南方工报) and a rank (特约, 全媒体, 首席…) — 本报特约记者 grrb_20251028, 全媒体记者 nfgb_20231009, 实习生 rmrb_20190221-18-02
REPORTER_RANK = r"(?:特约|特派|首席|见习|实习|驻站|全媒体|融媒体|新媒体)"  # (特派, 实习: made up, as papers print them)
# (…its client app too: 工人日报客户端记者 — made up, thirty-first session, from bylines: a headline)
REPORTER = (rf"(?:工人日报[—－-]中工网|本报|[{HAN}]{{1,8}}?(?:报|网|台|社)(?:客户端)?)?{REPORTER_RANK}?"
            r"(?:记者|通讯员|评论员|实习生)")
# the opening of a report: 本报讯, a dateline, or 记者 in brackets
# …and a paper's or site's own news line: 本报讯, 中工网讯, 南方工报讯（全媒体记者…）
OUTLET_NEWS = rf"[{HAN}]{{0,10}}?(?:报|网|社|台)讯"
# …and an agency's story a paper runs, dated or not: 新华社北京1月20日电, 据新华社电 （记者字强） (rmrb_20200123-08-02),
# 新华社电 （记者刘良恒） (rmrb_20190211-12-04, rmrb_20190219-16-04)
LEAD_LINE = (rf"(?:{OUTLET_NEWS}|据?{AGENCY}[{HAN}]{{0,8}}(?:\d{{1,2}}月\d{{1,2}}日)?(?:电|讯)|[{HAN}]{{2,8}}\d{{1,2}}月\d{{1,2}}日电)")
LEAD = rf"(?:{LEAD_LINE}|（记者)"
# …with the credit that may follow it, to where the story's first words begin: 本报讯（记者 张明）, 本报讯 , 新华社电 （记者
# 刘良恒）— what stands before a sentence's subject in a lead
LEAD_WITH_CREDIT = rf"^\s*(?:{LEAD_LINE}(?:\s*（[^）]{{0,40}}）)?|（记者[^）]{{0,40}}）)\s*"
# who supplied a piece, where a credit names its outlet: a paper's news line (江西工人报讯), a byline opening a line
# or a bracket (（江西工人报记者 张三）), a source line (来源：…, 数据来源：汉诺威米兰展览（上海）有限公司, 本文转自：…), an
# outlet a report is told after (据河南工人日报报道, 据《四川工人日报》消息) — a place
# inside one is the outlet's or the supplier's, not the story's (unless the story gives no other); so is a writer's
# unit (（作者单位：天津师范大学…）, （作者为…）)
CREDIT = (rf"(?m)^\s*{OUTLET_NEWS}|(?:^|[（(])\s*{REPORTER}|^[^\n（(]{{0,6}}(?:来源|转自|转载自|摘自|稿源)[：:][^\n]*|"
          r"[（(]来源[：:][^）)\n]*|[（(]作者(?:单位)?[：:为][^）)\n]*|"
          rf"据《?[{HAN}]{{2,12}}?(?:报|网|台|社|客户端)》?(?:消息|报道|讯)")
# what money handed over is called: a fund's noun (the money extractor's amounts beside one, the event trigger's gifts
# of money) — one list, longer names before the shorter they open on (补助金 before 补助)
FUND_NOUNS = "专款|资金|经费|基金|补贴|补助金|补助|慰问金|救助金|助学金|帮扶金|互助金|保障金|救济金|奖励金|奖金|善款"
# a union named, by any of its names: 工会, 全总, Hong Kong's and Macao's federations (工联会, 工联总会), a union's
# women workers' committee (女职工委员会) — the words that make a body a union, not a programme's (送温暖, 困难职工)
UNION_NAMED = r"工会|全总|工联|女职工委员会"
# 由…（共同）主办: who held an event, named apart from the sentence that reports it (a co-organiser list runs long)
# (…one leading and the rest after a comma: 由省总工会牵头，省人社厅、省住建厅共同举办的… — made up, thirty-first session, from
# briefs: the last co-host alone had held it)
SPONSORED_BY = r"由(?P<org>[^，。；]{2,120}?(?:牵头[，,][^，。；]{2,120}?)?)(?:联合[^，。；]*?)?(?:共同)?(?:主办|举办|发起|组织|承办)"
# …or, with no 由, the bodies a clause names hosting the event it calls this one (北京、天津、河北三地总工会联合主办本次大赛;
# 市总工会、市体育局共同主办此次比赛 — made up, thirty-third session, from briefs): the hosting, whose clause holds the bodies
HOSTS_THIS_EVENT = r"(?:联合|共同)?主办(?:了)?(?:本次|此次|本届|这次|这场|该)"
# a web page's publishing line (union federation sites, news portals): 发布时间：2023-09-25 10:12 来源：… 浏览次数：…
# …or, with no label, a date written as a site writes it (2024-07-16 10:30 来源：…): only numbers and a time, or the
# line's credits after them (a body line dated 2019年12月30日 is a signature, not the page's)
# (…its credits may open it: 信息来源：县总工会 发布日期：2025-04-28 点击数：256; 作者：李明 来源：区总工会办公室 时间：2025-04-29 —
# made up, twenty-eighth session, from union sites' pages: the line's date had dated the headline's event)
# (…or bracketed, the date alone or labelled: [ 2024-02-22 ], 【发布时间：2024-05-06】 — made up, thirtieth session, from union
# sites' pages: the date had been the headline's subtitle)
WEB_PUBLISHED = (r"^\s*(?:[\[【]\s*)?(?:(?:信息来源|来源|稿源|作者|编辑|责任编辑|供稿)[：:]\s*[^\s：:]{1,20}\s+){0,3}"
                 r"(?:(?P<label>发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期)[：:]\s*)?"
                 r"(?P<y>(?:19|20)\d{2})(?(label)[-/.年]|[-/.])(?P<m>\d{1,2})(?(label)[-/.月]|[-/.])(?P<d>\d{1,2})"
                 r"(?![\d])(?(label)日?[^\n。！？]{0,80}|(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                 r"(?:\s+(?:来源|稿源|作者|编辑|责任编辑|浏览|点击|阅读)[^\n。！？]{0,80})?(?:\s*[\]】])?)$")
# …or a social-media post's header line: its account, the day (and time) it was posted, and the place it was posted
# from (原创 中国工会 2023-05-08 10:30 北京; 中工网 2023-05-08 10:30 发表于北京) — no headline, though it stands under one
# (with its time, 原创 or 发表于: 中华全国总工会 2023年5月1日 alone is a document's signature, kept)
ACCOUNT_PUBLISHED = (r"^(?=[^\n]*(?:\d{1,2}:\d{2}|发表于)|\s*原创)\s*(?:原创\s*)?(?P<account>[^\s，。！？：:\d]{2,20})\s+"
                     r"(?P<ay>(?:19|20)\d{2})[-/.年](?P<am>\d{1,2})[-/.月](?P<ad>\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:发表于)?\s*[\u4e00-\u9fff]{2,4})?\s*$")
# a web page's furniture around the story: where it sits (首页 > 工会动态), what the page offers (【字体：大 中 小】 【打印本页】
# 【关闭窗口】, 分享到：, 扫一扫), how often it was read, the neighbouring items (上一篇：…), the site's footer (版权所有, ICP备案)
WEB_FURNITURE = (r"^\s*(?:(?:首页|当前位置|您现在的位置|您的位置|所在位置)[：:>＞\s][^\n。！？]{0,60}"
                 r"|(?:[【\[]\s*(?:字体|字号|打印|关闭|收藏|推荐|纠错|返回|大\s*中\s*小)[^】\]\n]{0,10}[】\]]\s*)+"
                 r"|(?:字体|字号)[：:]?\s*大\s*中\s*小"
                 r"|(?:浏览次数|点击数|点击量|阅读量|阅读次数|浏览量|访问量)[：:]\s*\d*"
                 r"|(?:上一篇|下一篇|上一条|下一条)[：:][^\n]{0,60}|(?:分享到|扫一扫|打印本页|关闭窗口|返回顶部|相关新闻|相关阅读)[：:]?[^\n。，！？]{0,10}"
                 r"|[^\n。]{0,30}(?:版权所有|Copyright|ICP备|ICP证)[^\n。]{0,60}"
                 # (…and a social-media post's, republished: 阅读原文, a line of topic tags #五一劳动节#, 长按识别二维码，
                 # 点击蓝字关注, 分享 收藏 点赞 在看)
                 r"|(?:点击)?[“\"]?阅读原文[”\"]?[^\n。]{0,12}|(?:#[^#\n]{1,20}#\s*)+"
                 r"|长按(?:识别)?(?:二维码|图片)[^\n。]{0,20}|点击[^\n。]{0,6}(?:蓝字|关注)[^\n。]{0,12}"
                 r"|(?:(?:点个|点击)?(?:分享|收藏|点赞|在看)\s*){2,4}|点个在看)\s*$")
# a brief with neither byline nor 本报讯: its first sentence opens on when it happened, to the part of the day
# (6月27日上午, 1月7日晚上, 昨天下午, 今天下午), or on the season or festival it came at (猴年新春到来之际，
# 在冬至节气到来之际，)
DATED_LEAD = (r"^(?:(?:近日|日前|近期|昨天|昨日|今天|今日|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:[上下中]午|晚上?|晚间|早上|清晨|凌晨|傍晚)?|"
              r"在?[^，。\n]{2,10}(?:到来|来临)之际)，")
# …and the other ways a news brief opens on when or how it came to be told (连日来，; 入夏以来，; 春节前夕，; 记者从省总工会
# 获悉，): a headline's piece opening, as a dated lead is (made up, eighteenth session: briefs opening so had run on
# into the piece above them on a composed page)
# (…after a purpose clause, 为推动…，今年以来，…: a brief's way into its news — not after a quotation, “…”2月8日，…, which
# opens a roundup's sections as often as a piece: rmrb_20200209-04-05, rmrb_20200227-13-01)
NEWS_OPENING = (r"^(?:为[^，。\n“”]{2,40}，)?" + DATED_LEAD[len("^"):-len(")，")]
                # (…or on days in a span, or a month's part: 1月18日至19日，…; 11月下旬，… — made up, twenty-fifth session, from
                # briefs composed after a feature: a meeting's brief had been the feature's text)
                + r"|\d{1,2}月\d{1,2}日(?:至|到|—|－|-)(?:\d{1,2}月)?\d{1,2}日|\d{1,2}月(?:上旬|中旬|下旬|初|底)"
                + r"|连日来|近段时间|今年以来|\d{1,2}月以来|入(?:夏|冬|秋|春|汛)以来|"
                r"(?:春节|元旦|五一|中秋|国庆|端午|元宵)(?:前夕|期间|假期|将至|来临前)|"
                r"记者(?:近日|日前)?从[^，。\n]{2,24}(?:获悉|了解到)|"
                # (…or on what the reporter found, 记者近日走访发现，, 记者调查了解到， — made up, twenty-third session)
                r"记者(?:近日|日前|近期)?(?:在[^，。\n]{2,20})?(?:走访|调查|采访|探访)(?:发现|了解到|看到))，")

# the reporter's learning of the news (记者3月12日从省总工会获悉，; 9月6日，记者从…获悉，): a date said with it tells when the
# news came, not when the act was (…获悉，3月10日，…推进会在南昌召开 is the 10th). LEARNS is matched from the end of a
# date said after 记者; LEARNS_NEXT from the end of one said before it
# a branch a company keeps in a place (杭州分行, 苏州分公司, 济南项目部): the place is where the branch is
BRANCH = r"(?:市|省)?(?:分行|支行|分公司|营业部|分店|项目部|办事处)"
# words a union's or a ministry's short form stands inside by chance (安全总监, 安全总结, 健全总体…; 职工会议, 员工会议,
# 政工会议, 商工会议, 施工会战: 工 ends the word before, 会议 opens the next; 人社部门, 财政部门, 教育部门: a line of work's
# departments at any level) — made up, twenty-seventh session, from briefs, and rmrb_20190214-19-03's 经当地人社部门认定,
# rmrb_20200117-15-01's 安全总监: 全总, 工会 and 人社部 had been read in them
SHORT_FORM_BY_CHANCE = r"[安健完齐]全总|[员职政商施]工会[议战]|部门"
REPORTER_LEARNS = r"(?:从|在|向)[^，。\n]{2,24}?(?:获悉|了解到)"
REPORTER_LEARNS_NEXT = r"，?\s*记者(?:近日|日前)?" + REPORTER_LEARNS


def finditer_where(pattern: re.Pattern, text: str, opens: re.Pattern) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` gives (no match of it empty), the pattern tried only where `opens` finds a place one
    of its matches can start: for a pattern re cannot skip ahead in — its alternatives open on groups, on ^ or on a
    lookbehind — that is otherwise tried at every character of the text."""
    end = 0
    for opening in opens.finditer(text):
        if opening.start() < end:
            continue
        hit = pattern.match(text, opening.start())
        if hit:
            yield hit
            end = hit.end()


class PrefixedPattern:
    """`re.compile(f"(?:{prefix})?{core}")` with the same `finditer`, several times faster on long text.

    Python's re can skip ahead only to a pattern's first characters; a pattern that opens on an optional group
    (a year before a season: 2018年初, 去年春节期间) is started at every character of the text, which made the
    seasons' pattern read an article 16× slower than its words alone. Here the core is searched, and the whole
    pattern tried only at the few offsets before each hit where the prefix (at most `max_prefix` characters) can
    start: the matches and their groups are the whole pattern's, as its own finditer gives them."""

    def __init__(self, prefix: str, core: str, max_prefix: int, core_opens: str = "") -> None:
        self.full = re.compile(f"(?:{prefix})?{core}")
        self.core = re.compile(core)
        self.max_prefix = max_prefix
        # (`core_opens`: a class of the characters the core can open on, for a core whose alternatives open on named
        # groups — re cannot skip ahead in those, so the core is tried only where the class finds one: the same hits)
        self.core_opens = re.compile(core_opens) if core_opens else None

    def _core_hits(self, text: str) -> Iterator[re.Match]:
        """What `self.core.finditer(text)` gives."""
        if self.core_opens is None:
            return self.core.finditer(text)
        return finditer_where(self.core, text, self.core_opens)

    def finditer(self, text: str) -> Iterator[re.Match]:
        last = 0
        for hit in self._core_hits(text):
            at = hit.start()
            if at < last:
                continue
            for start in range(max(last, at - self.max_prefix), at + 1):
                m = self.full.match(text, start)
                if m:
                    yield m
                    last = m.end()
                    break


def _lines(name: str) -> list[str]:
    out = []
    for line in (RULES_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line)
    return out


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-word-a-line list from etl/rules/ (comments and blank lines skipped)."""
    return tuple(line.strip() for line in _lines(name))


@lru_cache(maxsize=None)
def word_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated table from etl/rules/, one tuple of cells per row."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


def headline_predicates() -> re.Pattern:
    """Verbs that make a headline report something (召开, 举办, 表彰…: headline_predicates.txt)."""
    return re.compile(alternation(word_list("headline_predicates.txt")))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of the words, longest first (so 总工会 wins over 工会)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

# a union named by no name of its own inside a list of departments another body works with (市人社局…联合住建、公安、工会等
# 部门; 扶贫、工会等部门, rmrb_20200121-13-01): no union at work (made up, nineteenth session, from a brief) — not the partner
# a body names first (该公司与工会、城管等部门共同打造, rmrb_20191014-04-07: built with the union)
# what after a body's name makes it one of those who attend (市总工会、团市委等单位参加了…; 各区县总工会、产业工会负责同志共
# 80人参加培训): its officers, the others listed with it, a count — then the verb of attending
ATTENDING = (r"(?:主席|副主席|负责人|领导)?(?:[、和及与][^，。；、]{2,12}?)*(?:等[^，。；、]{0,12}?)?(?:有关|相关)?"
             rf"(?:负责人|负责同志|代表|领导|同志|主席|副主席|主任)?(?:共?{COUNT}(?:余|多)?[名人])?(?:应邀)?(?:参加|出席|列席)")
# a body those taking part or honoured are said to come from, to its name (来自市公交集团、市供电公司等50家企业的…): neither the
# host nor the giver
COME_FROM = r"来自[^，。；：]{0,40}$"
LISTED_DEPARTMENT_UNION = r"(?<=、)(?:总)?工会(?=(?:[、和及与][^，。；、]{1,6})*等(?:部门|单位))"
