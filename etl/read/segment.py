"""Segmentation of a newspaper page (or a one-article file) into articles.

A page arrives as plain text extracted from a print layout: headlines and
kickers on their own lines, bylines, photo captions, paragraphs broken where a
column ended, continuations from other pages and stray fragments out of
reading order. The rules below rebuild the articles:

1. paragraphs broken at a column end, or hard-wrapped at a fixed width, are re-joined (`rejoin_broken_lines`);
2. each block is classed as heading, byline, marker or body (`classify`);
3. a run of headings opens a new article only when a byline, a lead
   (本报讯…, …电) or a photo credit follows it — otherwise it is a subheading
   of the article in progress;
4. "(上接第N版)", a closing dateline "(新华社…电)" and a photo caption end
   the article in progress; body text that fits no open article, or that shares
   nothing with the article it follows, becomes an untitled fragment instead of
   being glued onto its neighbour.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from etl.analyse import lexicon
from etl.analyse.orgs import ORG_SUFFIXES
from etl.analyse.places import is_unit_name
from etl.read.headings import (
    ARTICLE_END,
    COLUMN_TAG,
    CONTEXT_CHARS,
    ENDING_CREDIT,
    SUBHEAD,
    opens_article,
)
from etl.rules import patterns

TERMINAL = "。！？…"
HEADING_MAX = 50
SHORT_LINE = 25
NAME_LINE = 4  # a line this short is a name or a label, no paragraph cut at a column end
SHORT_PAIR = 8  # characters per line of a two-line section heading
SECTION_HEAD = 12  # characters at most in a section heading under a headline
LONG_STORY_PARAGRAPHS = 10  # a story this long turns to new topics without opening a new piece
BRIEF_TEXT = 200  # a brief's one paragraph is shorter than this
SHORT_HEADLINE = 20  # …and its headline no longer
SHORT_SECTION = 6  # a line this short under a longer headline heads a section, it is no headline
# lines under a headline that are no headline: www.…com, 第724号, a date and venue, 中华人民共和国国务院令, 总理 李克强
NOT_TITLE = re.compile(r"^[^\u4e00-\u9fff]*$|^第[\d一二三四五六七八九十百]+号$|^(?:19|20)\d{2}年\d{1,2}月|www\.|https?:|"
                       r"(?:国务院|主席|部|委员会)令$|^(?:总理|主席|部长|省长|市长)\s")
# a roundup's section opens on a place or name and a colon (北京：孩子延期开学…)
COLON_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,6}：")
KICKER_MAX = 80  # a kicker ending in —— may run longer than a headline
NON_INITIAL = set("，。、；：！？”’）》的了着得们之")
# a list's entry on the line below the colon that introduces it (名单如下：/ 张三 市公交集团驾驶员; 他们是：/ 1. 张三（…）;
# 【张三】…; a short line with no clause in it): its own line, not the introduction's paragraph cut at a column end
LIST_ENTRY = re.compile(rf"^(?:\d{{1,3}}[.、．]|[{patterns.CN_DIGITS}]+、|（[{patterns.CN_DIGITS}]+）|【|"
                        rf"[{patterns.HAN}]{{2,4}}[ \u3000：:，]|[^。！？；，]{{1,40}}$|"
                        r"[^，。！？；：:\s]{2,30}[：: \u3000])")  # (…or a title and name and a colon or space: 某公司焊工张三：)
# …but a name or place and its colon alone (和贵华： / 义无反顾 勇救儿童) is a headline's first part, unless it says a list
# follows (他们是：, 名单如下：)
COLON_LABEL = re.compile(rf"[{patterns.HAN}]{{2,12}}：")
# (…or names those below: 决定命名以下10个工作室为2025年度市级职工创新工作室： — made up, twenty-seventh session, from a
# union's notice: its list had been read as headlines)
LIST_INTRO = re.compile(r"(?:如下|是|为|有|包括|名单|名录)：$|(?:以下|下列)[^。：]{0,50}：$")
OPENERS_CLOSERS = (("“", "”"), ("（", "）"), ("《", "》"), ("‘", "’"))

_REPORTER = patterns.REPORTER
# a name as print lays it out: 2–4 characters, a two-character name padded with a space (贺 勇)
_NAME = r"(?:[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,3})"
_ROLE = r"(?:文\s?[／/]|图\s?[／/]|摄影[:：]?|撰文[:：]?)"  # 文/张三 图/李四, 撰文 张三
# (文/图 before a reporter's title: 文/图 本报记者 张明 — the writer took the photos)
_BOTH_ROLES = r"(?:文\s?[／/·・]\s?图|图\s?[／/·・]\s?文)"  # (文·图 as some papers print it)
# (…文·图 and a slash before the reporter, 文·图/本报记者 李强, and a name's role after it, 王伟/文 李强/图 — made up,
# thirty-first session, from bylines: headlines)
_NAME_ROLE = r"(?:\s?[／/](?:文|图|摄))?"
BYLINE = re.compile(
    rf"^[{patterns.BULLETS}]?\s*(?:{_BOTH_ROLES}\s*[／/]?\s*(?:{_REPORTER})?|{_REPORTER}|{_ROLE})\s*"
    rf"{_NAME}{_NAME_ROLE}(?:[\s、]+(?:{_REPORTER}|{_ROLE})?\s*{_NAME}{_NAME_ROLE})*$")
LEAD = re.compile(f"^{patterns.LEAD}")
BULLET = re.compile(rf"[{patterns.BULLETS}]\s*")  # (a list's item's mark: ▲近日，…)
NEWS_OPENING = re.compile(patterns.NEWS_OPENING)  # (a dated lead, 连日来，…, 记者从…获悉，…)
# (…with any rank a byline gives the reporter: 见习记者 — made up, thirtieth session, from briefs: no byline)
LEAD_NAMES = re.compile(rf"^(?:{patterns.OUTLET_NEWS}|[^（]{{0,20}}电)\s*"
                        rf"（({patterns.REPORTER_RANK}?(?:记者|通讯员)[^）]{{2,40}})）")
# (a name padded as print lays out two-character names, 本报记者 赵 晶摄 under a caption: jjrb_20130820-00-01, twice)
PHOTO_CREDIT = re.compile(
    r"（[^（）]{2,24}摄）$|"
    # (…right after the caption's full stop, a space before 摄: …干得热火朝天。孟德龙 摄, grrb_20140722-02-04)
    r"[。！？][\u4e00-\u9fff]{2,3}\s摄$|"
    rf"\s(?:(?:本报|新华社)(?:特约)?(?:记者|通讯员)\s?({_NAME})(?:\s?摄)?"
    rf"|(?:(?:本报|新华社)?(?:特约)?(?:记者|通讯员)\s?{_NAME}\s?)+摄"
    r"|([\u4e00-\u9fff]{2,4})(?:\s[\u4e00-\u9fff]{2,4})*\s?摄(?:[／/][\u4e00-\u9fff]{2,8})?"
    r"|(?:新华社|人民图片|视觉中国)[\u4e00-\u9fff／/\s]*)$")
_CREDIT_ROLE = r"文字|图片|摄影|视频|文|图|来源|作者|编辑|责编|审核|校对|初审|复审|终审|监制|统筹|美编|排版|设计"
# a post's production credits, an editor's or reviewer's among them (编辑｜张明　审核｜李华, 文字：张明　编辑：李华): no
# headline and no byline — only a source among them is kept (来源：市总工会　编辑：张明 → 来源：市总工会)
_PRODUCTION_CREDITS = (r"(?=[^\n]*(?:编辑|责编|审核|校对|初审|复审|终审|监制|统筹|美编|排版)\s*[：:｜|])"
                       rf"(?:(?:{_CREDIT_ROLE})\s*[：:｜|]\s*[\u4e00-\u9fff]{{2,12}}(?:[、，\s]+[\u4e00-\u9fff]{{2,4}})*?[\s　]*){{2,6}}$")
PRODUCTION_CREDITS = re.compile(_PRODUCTION_CREDITS)
# page furniture, not article text: the page's date line, page numbers, editors' credits (a web page's review chain
# one to a line too, 初审：王丽 / 二审：刘洋 / 三审：陈静 — made up, twenty-second session: the three had been read as a
# headline run)
# (…and a page's date with its number and no weekday, in either order: 河南工人日报 2025年9月12日 第2版 综合新闻 — made up,
# twenty-eighth session, from a provincial paper's page: the line had been the first piece's kicker, its paper's 河南 a
# place)
PAGE_FURNITURE = re.compile(r"^(?:[^\n]{0,20}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天].{0,30}"
                            r"|[^\n。，]{0,20}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\n。，]{0,12}?第\s*\d{1,2}\s*版[^\n。，]{0,20}"
                            r"|[^\n。，]{0,20}?第\s*\d{1,2}\s*版[^\n。，]{0,20}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\n。，]{0,20}"
                            r"|第?\s*\d{1,2}\s*版(?:[：:].{0,20})?|[（(]?(?:本版)?(?:责任编辑|版式设计|美术编辑|责任校对|校对|编辑|责编|审核"
                            r"|初审|二审|三审|复审|终审)"
                            rf"[：:\s].{{0,30}})$|{patterns.WEB_FURNITURE}|{patterns.WEB_PUBLISHED}"  # (and a web page's,
                            rf"|{patterns.ACCOUNT_PUBLISHED}|{_PRODUCTION_CREDITS}")  # and a social-media post's)
CONTINUED_FROM = re.compile(r"^（上接第?[\d一二三四五六七八九十]+版）")
CONTINUED_TO = re.compile(r"（下转第?[\d一二三四五六七八九十]+版）$")
CLOSING_DATELINE = re.compile(r"^（据?(?:新华社|人民日报|本报|中新社)[^）]{0,20}电(?:\s*(?:记者|通讯员)[^）]{2,20})?）$")
KICKER_END = re.compile(r"(——|——)$|^——")
HEADLINE_PREDICATE = patterns.headline_predicates()
# a row of three or more short phrases (活动共办 经验互鉴 资源共享) decorates a headline; two phrases
# (感受社会稳定 见证团结进步) are a headline of their own
PHRASES = re.compile(r"^[\u4e00-\u9fff“”]{2,10}(?: [\u4e00-\u9fff“”]{2,10}){2,}$")
UNION_TERMS = ("工会", "职工", "劳模", "劳动模范", "工匠", "五一劳动奖", "职代会", "工人", "劳动者",
               "技能竞赛", "劳动竞赛", "技术能手", "农民工", "产业工人", "会员")
GENERIC_NOUNS = frozenset("""工作 发展 建设 社会 国家 中国 全国 时代 人民 群众 问题 方面 能力 水平 目标 精神
思想 成果 方式 形式 作用 领域 单位 部门 基层 企业 组织 体系 机制 制度 活动 服务 重要 主要 任务 地方 时间
力量 事业 实际""".split())


@dataclass
class Article:
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    kind: str = "news"
    paragraphs: list[str] = field(default_factory=list)
    closed: bool = False
    subheadings: int = 0
    colon_sections: int = 0  # sections that open on a place and a colon (北京：…), as roundups have
    reported_sections: int = 0  # sections with a reporter of their own (高铁清洗工，这活很累人 / 本报记者 陆娅楠)
    reported_kicker: bool = False  # …and whether the last of them had a kicker (冲洗一列“复兴号”…——)
    reported_width: int = 0  # …and the longest line of their headings, kickers aside (餐餐好滋味: 5)

    # what the article so far is about, kept up to date paragraph by paragraph, so that checking each new
    # paragraph against it costs that paragraph, not the whole article again (a 20,000-line file was quadratic)
    _topic_seen: int = field(default=-1, repr=False, compare=False)
    _topic_nouns: set = field(default_factory=set, repr=False, compare=False)
    _worker_mentions: int = field(default=0, repr=False, compare=False)

    @property
    def text(self) -> str:
        head = [s for s in (self.kicker, self.title, self.subtitle) if s]
        return "\n".join(head + self.paragraphs)

    def tail(self, chars: int) -> str:
        """The last `chars` characters of the text, read from its last paragraphs only."""
        out, n = [], 0
        for p in reversed(self.paragraphs):
            out.append(p)
            n += len(p) + 1
            if n >= chars:
                return "\n".join(reversed(out))[-chars:]
        return self.text[-chars:]

    def topic(self) -> tuple[set[str], int]:
        """The salient nouns of the article so far, and how often it names workers or unions."""
        if self._topic_seen < 0:
            head = " ".join(s for s in (self.kicker, self.title, self.subtitle) if s)
            self._topic_nouns, self._worker_mentions, self._topic_seen = _salient(head), _worker_count(head), 0
        for p in self.paragraphs[self._topic_seen:]:
            self._topic_nouns |= _salient(p)
            self._worker_mentions += _worker_count(p)
        self._topic_seen = len(self.paragraphs)
        return self._topic_nouns, self._worker_mentions


SENTENCE_THEN_CREDIT = re.compile(r"。\s?（[^（）。！？]{2,24}）$")
# the news agencies' end mark after a paragraph's last sentence (…顺利返乡。（完）): the piece ends there
END_MARK = re.compile(r"[（(](?:完|全文完)[）)]$")


def _ends_terminal(line: str) -> bool:
    if END_MARK.search(line):
        return True
    s = line.rstrip("”’）》")
    # (…a sentence and its credit, long, or ending in a full stop: 近日，省总工会…2万册。（记者 黄山） is a brief's one
    # paragraph, no headline — made up, twenty-third session; “困难会过去，我们一起扛！”（一方有难 八方支援） is one)
    if line.endswith("）") and CLOSING_DATELINE.match(line) or len(line) > HEADING_MAX and ENDING_CREDIT.search(line) \
            or SENTENCE_THEN_CREDIT.search(line):
        return True
    return bool(s) and s[-1] in TERMINAL and len(s) < len(line) + 1


def _unbalanced(line: str) -> bool:
    return any(line.count(o) > line.count(c) for o, c in OPENERS_CLOSERS)


def _closes_before_opening(line: str) -> bool:
    for o, c in OPENERS_CLOSERS:
        ci, oi = line.find(c), line.find(o)
        if ci != -1 and (oi == -1 or ci < oi):
            return True
    return False


def _word_spans(a: str, b: str) -> bool:
    """Does the tokenizer read a word of its dictionaries across the break (乡镇工 | 会和 → 工会)? (Not one its HMM
    guesses at: 暑期托管班 | 市总工会… had read 班市, and a brief's headline had run into its text — made up, twentieth
    session, from a page of briefs.)"""
    left, right = a[-4:], b[:4]
    pos = 0
    for tok in lexicon.cut_known(left + right):
        end = pos + len(tok)
        if pos < len(left) < end and len(tok) >= 2 and not (end == len(left) + 1 and _LEVEL_BODY_OPENS.match(b)):
            return True
        pos = end
    return False


# a line opening on a body by its level alone (区总工会组织…, 市总工会…): its level's character is no word's end across the
# break (乡村振兴 | 区总工会 had read the district 振兴区, and a headline had run into its brief — made up, twenty-eighth
# session, from briefs composed bare)
_LEVEL_BODY_OPENS = re.compile(r"[省市区县州](?:总工会|工会|委|政府|人社局|人力社保局|财政局)")


def _is_marker(line: str) -> bool:
    # (a closing credit wholly in brackets, however long its list of reporters — （综合本报记者刘峰、…巨云鹏报道）, 190
    # characters — ends its piece: it is no paragraph cut at a column end, and the next headline is not its continuation)
    return bool(BYLINE.match(line) or SOURCE_CREDIT.match(line) or CONTINUED_FROM.match(line)
                or CLOSING_DATELINE.match(line) or LEAD.match(line) or KICKER_END.search(line)
                or line.startswith("（") and ARTICLE_END.search(line))


def is_broken(a: str, b: str) -> bool:
    """Was paragraph `a` cut at a column end and continued in `b`?"""
    if len(a) <= HEADING_MAX and (LEAD.match(a) or NEWS_OPENING.match(a)) and PROSE_MARK.search(a) \
            and not _ends_terminal(a) and a[-1:] != "：" and not _is_marker(b) and not photo_credit(a):
        return True  # (a lead's first line cut before its sentence ends: …专题学习202 / 1年修订的…, …常务副主席 / 王丽带领… —
        # made up, twenty-fifth session, from briefs composed hard-wrapped: the line after had been a headline; a dated
        # lead's too, 2月10日，…举办春风行动 / 招聘会，… — twenty-sixth session: it had been the headline, and the
        # headline above it the brief before's text)
    if _ends_terminal(a) or _is_marker(a) or _is_marker(b) or CONTINUED_TO.search(a) or photo_credit(a):
        return False
    if a.count("，") >= 2 and _ends_terminal(b) and len(b) <= SHORT_LINE and len(b) < len(a):
        # (a line of clauses, as no headline runs, cut before its sentence's end, which the next line closes: 李明，市第一人民
        # 医院急诊科主任，从医25年，抢救危重病人 / 3000余人次。 — made up, twenty-sixth session, from briefs composed
        # hard-wrapped: the cut line had been a headline, and the headline above it the brief before's text) — the next line
        # a short tail, not a paragraph of its own after one whose full stop the source left out (…召开座谈研讨会30场 /
        # “说句实在话，…”, rmrb_20190221-18-02)
        return True
    if a[-1] == "：" and LIST_ENTRY.match(b) and (not COLON_LABEL.fullmatch(a) or LIST_INTRO.search(a)):
        return False
    if a[-1] in "，、：；（“《" or b[0] in NON_INITIAL:
        return True
    if _unbalanced(a) or _closes_before_opening(b):
        return True
    if len(a) > HEADING_MAX:
        return True
    if len(a) <= NAME_LINE:
        return False  # (a name alone on its line heads what follows: 周丽华 / 中车株洲…, though 华中 is a word)
    # two short lines neither of which ends a sentence are headline lines, not a paragraph cut at a column end
    # (各地群众衷心祝福祖国明天更美好 / 礼赞新中国 放歌新时代: 好礼 is no word across them)
    if len(a) <= SHORT_LINE and len(b) <= SHORT_LINE and not _ends_terminal(b):
        return False
    return _word_spans(a, b)


# a text wrapped at a fixed width (copied from print or an old archive: every line of a paragraph but its last as long
# as the next): the width most lines that end no sentence share, when it is at least this long and that many share it
WRAP_MIN_WIDTH = 16
WRAP_MIN_LINES = 5
WRAP_SHARE = 0.3
WRAP_SLACK = (2, 1)  # a wrapped line may fall short of the width (a word kept whole), or run a little over it


def _wide_length(line: str) -> float:
    """A line's length as a terminal wraps it: a wide character (Chinese, full-width marks) one, a narrow one (Latin
    letters, figures) half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in line)


@dataclass(frozen=True)
class Wrap:
    """The width a hard-wrapped text is wrapped at, counted in characters or as a terminal counts (`_wide_length`)."""
    width: float

    def fits(self, line: str) -> bool:
        """About the width, counted either way (a line with figures in it is longer in characters than a terminal
        counts it, and a character-wrapped one shorter as a terminal counts it)."""
        low, high = self.width - WRAP_SLACK[0], self.width + WRAP_SLACK[1]
        return low <= len(line) <= high or low <= _wide_length(line) <= high


def wrap_width(lines: list[str]) -> Wrap | None:
    """The width a hard-wrapped text is wrapped at, or None: most lines that end no sentence are that long, in
    characters or as a terminal counts."""
    counts: dict[tuple[bool, float], int] = {}
    for line in lines:
        if len(line) >= WRAP_MIN_WIDTH and not _ends_terminal(line):
            for key in ((False, float(len(line))), (True, _wide_length(line))):
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    (_wide, width), n = max(counts.items(), key=lambda kv: (kv[1], not kv[0][0], kv[0][1]))
    return Wrap(width) if n >= WRAP_MIN_LINES and n >= WRAP_SHARE * len(lines) else None


def rejoin_broken_lines(lines: list[str], blank_after: frozenset[int] = frozenset()) -> list[str]:
    """Paragraphs cut at a column end joined again; in a text wrapped at a fixed width, each line that runs the full
    width joined to the next — never across a blank line (`blank_after`: the indices of lines a blank line follows),
    which sets a headline apart from its text."""
    wrap = wrap_width([ln.strip() for ln in lines])
    # (a file's headline lines before its first blank line — a kicker of about the width over the headline — are no
    # paragraph's)
    head_end = min(blank_after) if blank_after and min(blank_after) <= 2 else -1
    blocks: list[str] = []
    for k, line in enumerate(lines):
        # (where blank lines set headlines apart, any line that runs the full width goes on; with none in the text,
        # a line of about the width may be a headline: it goes on only when it reads as prose — PROSE_MARK)
        wrapped = wrap is not None and k - 1 not in blank_after and k - 1 > head_end and _runs_full_width(
            lines[k - 1], line, wrap, after_full=bool(blank_after) or k >= 2 and _full_width(lines[k - 2], wrap))
        if blocks and (is_broken(blocks[-1], line) or wrapped):
            blocks[-1] += line
        else:
            blocks.append(line)
    return blocks


def _full_width(line: str, wrap: Wrap) -> bool:
    """About the wrap's width (a word kept whole falls short of it) and ending no sentence."""
    line = line.strip()
    return wrap.fits(line) and not _ends_terminal(line)


def _runs_full_width(line: str, nxt: str, wrap: Wrap, after_full: bool = False) -> bool:
    """In a hard-wrapped text, does `line` run the full width on into `nxt`? (A line of about that width that ends
    no sentence goes on, unless it or the next is a piece's marker: a byline, a credit, a dateline.)"""
    line = line.strip()
    # (a lead opens a paragraph the wrap goes on cutting — 新华社北京1月7日电 国务院总理李克强日前签署国务院令， / 公布… —,
    # and a paragraph may open on a dash, ——密集开展招聘活动。…; a line ending in a column's tag, …（新春走基层·代表委员履职
    # 故事）, is a headline of about the width, not a paragraph's cut line)
    return _full_width(line, wrap) \
        and not (BYLINE.match(line) or SOURCE_CREDIT.match(line) or CLOSING_DATELINE.match(line)
                 or line.endswith("——") or line.startswith("（") and ARTICLE_END.search(line)
                 or COLUMN_TAG.search(line)) \
        and not _is_marker(nxt) and not photo_credit(line) \
        and (after_full or PROSE_MARK.search(line) is not None or line[-1].isdigit() or _word_spans(line, nxt)
             or line.startswith("——"))  # (a subtitle cut at the width: ——记…有限公司德州市 / 分公司营业员刘玉梅 — made
    # up, twenty-eighth session, from profiles composed hard-wrapped: its second line had been a piece's headline)


# a mark of prose inside a line: a wrapped paragraph's line holds one; a headline of about the width, 全总拨款800万元支持
# 海南、西藏等四省（区）工会疫情防控工作, seldom does — it goes on into the next only when a word or a number runs across
# the break (…是2015年12 / 月28日), or when the line before it ran the full width too (a headline follows a paragraph's
# short last line)
PROSE_MARK = re.compile(r"[，。；！？]")
# a notice's addressees, on the line under its title (各县（市、区）总工会：, 各基层工会：, 全市各级工会组织：): its text, no
# headline (made up, twenty-seventh session, from a union's notice: the addressees had headed it, its title lost)
SALUTATION = re.compile(r"^(?:全[省市区县州])?各[^。！？，：]{1,40}：$")


CREDIT_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{0,3}\s?摄影?(?:（[^）]{1,12}）|[／/][\u4e00-\u9fff]{2,8})?"
                         r"|（[^（）]{2,24}摄）|图片来源[：:].{1,20}|(?:新华社|本报)记者\s?[\u4e00-\u9fff]{2,4}\s?摄"
                         # (本报通讯员 沈岳 摄, grrb_20231221-02-03; 本报记者 吴铎思 本报通讯员 薛晓秋 摄: credits in a row)
                         rf"|(?:(?:本报|新华社)?(?:特约|见习)?(?:记者|通讯员)\s?{_NAME}\s?)+摄)$")


# a line that credits the piece (来源：全国总工会官微, 作者：周韵 文/图, 采写：南都记者 颜鹏 通讯员 …) is its byline,
# never a headline, and no paragraph cut at a column end (the next piece's headline is not its continuation)
SOURCE_CREDIT = re.compile(r"^(?:来源|稿源|作者|文|图|文图|采写|撰稿|供稿|摄影|记者)[：:]\s*[^。！？]{1,40}$|^[^。！？]{1,20}\s文[／/]图$")
# a photo's label on its own line, wholly in brackets (（峨胜物流职工之家）): text of the piece in progress,
# never a headline (and no credit: the piece goes on after it)
BRACKETED_LABEL = re.compile(r"^（[^（）。！？]{2,30}）$")


# a headline may end in ！ or ？ (致敬最美劳动者！, 老刘们的工资谁来发？, 市总工会：腊八送温情！): one short exclamation or
# question with no other sentence end, not a speaker's (问：…？ or 张三：…！ in an interview); one opening on a quotation,
# or longer than 40 characters, is a headline only with no comma in it (“时代新人说”主题赛举行！, not “好样的”，大家纷纷点赞！)
EXCLAIMED = re.compile(r"^[^。！？!?；][^。！？!?；]{3,58}[！？!?]{1,2}$")  # (？！ and ！！ too)
SHORT_EXCLAIMED = re.compile(r"^[\u4e00-\u9fff“”]{2,3}[！？!?]$")
SPEAKER = re.compile(r"^([\u4e00-\u9fff]{1,3})[：:]")
# a cry or a question quoted whole, the headline's one quotation (“能在家门口就业，真好！”, “工资啥时候能到手？”)
QUOTED_CRY = re.compile(r"^“[^“”。]{2,40}[！？!?]”$")
SITE_LABEL = re.compile(r"^(?:聚焦|关注|快讯|速览|直击|观察|热点|要闻|视点|解读|提醒|动态)[：:]")


def _exclaimed(block: str) -> bool:
    if EXCLAIMED.match(block) is None or (block.startswith("“") or len(block) > 40) and "，" in block:
        return False
    from etl.analyse.places import is_unit_name  # (the gazetteer: loaded by the first page that needs it)
    speaker = SPEAKER.match(block)
    # a body or a place before the colon is a headline's subject (最高法：涉农民工工资有案必立！), not a speaker — nor is a
    # site's label (聚焦：职工之家验收工作全面完成！, 关注：…, 快讯：… — made up, twenty-second session, from briefs composed
    # labelled and exclaimed: the headline had been read as a speaker's cry)
    # (…a place the tagger does not call one: 义乌：“小候鸟”暑期托管班开班！ — made up, twenty-third session, from briefs
    # composed exclaimed: 义乌 is nz to it, and the headline had been a speaker's cry)
    return speaker is None or SITE_LABEL.match(block) is not None \
        or all(t[:2] in ("nt", "ns") for _w, t in lexicon.tag(speaker.group(1))) or is_unit_name(speaker.group(1))


def _exclaimed_headline(blocks: list[str], kinds: list[str], i: int) -> bool:
    """Is body-looking block i a headline that ends in ！ or ？ — one with the next piece's byline or lead under it
    (the issue's headline whatever its wording: a short line followed by a byline or a dated lead), a line of a
    headline run, or a short one after a finished paragraph or opening the page, for the heading model to decide
    (复工复产须坚守安全底线！ over a commentary)?"""
    if i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    if SHORT_EXCLAIMED.match(blocks[i]):
        # (…one of two or three characters only with the next piece's byline or news line under it: 会员日！ / 本报讯
        # 9月9日，… — made up, twenty-second session, from briefs composed with ！ after each headline; 加油！ is a cry, and
        # 怎么办？ over 近日，工会负责人表示… a question the text asks)
        return kinds[i + 1] == "byline" or bool(LEAD.match(nxt))
    if QUOTED_CRY.match(blocks[i]) and (kinds[i + 1] == "byline" or LEAD.match(nxt) or NEWS_OPENING.match(nxt)):
        # (…or a cry quoted whole, commas and all, over the next piece's byline or lead: “能在家门口就业，真好！” / 本报讯
        # （通讯员 李华）… — made up, thirty-first session, from a page: the piece had run on into the one above)
        return True
    if not _exclaimed(blocks[i]):
        return False
    if _closing_source(blocks, kinds, i + 1):
        return False  # …迎来更红火的日子！ / 来源：中工网 / the next headline: the piece's last line and its source
    if kinds[i + 1] == "byline" or bool(LEAD.match(nxt) or NEWS_OPENING.match(nxt)):
        return True
    # with nothing under it to go by, a short one is left to the heading model (a longer one with a comma is a
    # sentence of the text: 新的一年，让我们迈开稳就业的步子，迎来更红火的日子！)
    if len(blocks[i]) > 24 and "，" in blocks[i]:
        return False
    if i == 0:  # (opening the page over its text or its first section's heading: 老年人的新生活！ / 餐餐好滋味)
        return kinds[i + 1] in ("body", "heading") and "，" not in blocks[i]
    # under a headline line it is the headline's next line (…扶贫新路子——⏎构建“三建三助” 多元帮扶机制！, and so with
    # a subheading under it: …颁新规——⏎养老护理员 不看学历看能力！⏎核心阅读): else the kicker became the title
    if kinds[i - 1] == "heading":
        return kinds[i + 1] in ("body", "heading")
    # a paragraph that ended: in a sentence end, a closing credit, a bracketed note (（《条例》全文见第十五版）) or a photo's
    # credit closing its caption (…前八名。通讯员柳庭和 记者孟万成 摄)
    finished = _ends_terminal(blocks[i - 1]) or kinds[i - 1] == "credit" or BRACKETED_LABEL.match(blocks[i - 1]) \
        or photo_credit(blocks[i - 1]) is not None
    return bool(finished) and kinds[i + 1] in ("body", "heading")


# a title set as a column's two parts (新春走基层·一线见闻), which SUBHEAD also reads as a roundup's section mark
COLUMN_STYLE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff、]{2,16}")
# a short line that trails off (工会干部走基层……) with no clause in it
TRAILING_OFF = re.compile(r"^[^。！？!?；，]{4,30}…{1,2}$")


def _trailing_off_headline(blocks: list[str], kinds: list[str], i: int) -> bool:
    """Is body-looking block i a headline that trails off, with its piece's byline or lead right under it (made up,
    eighteenth session: an ellipsis had read as a sentence's end)?"""
    if not TRAILING_OFF.match(blocks[i]) or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return kinds[i + 1] == "byline" or bool(LEAD.match(nxt) or NEWS_OPENING.match(nxt))


# a headline longer than a heading's usual measure still is one with its piece's byline or lead right under it
# (web pages run headlines of 60 characters and more: …启动，推动工会工作高质量发展 / 来源：中工网)
LONG_HEADING_MAX = 72


def _long_headline(blocks: list[str], kinds: list[str], i: int) -> bool:
    """Is body-looking block i a headline too long for the heading's measure — no sentence's end, its piece's byline
    or lead under it, and a finished paragraph, a heading or the page's start before it?"""
    block = blocks[i]
    if not HEADING_MAX < len(block) <= LONG_HEADING_MAX or _ends_terminal(block) or LEAD.match(block) \
            or i + 1 >= len(blocks) or _closing_source(blocks, kinds, i + 1):
        return False
    nxt = blocks[i + 1]
    if not (kinds[i + 1] == "byline" or LEAD.match(nxt) or NEWS_OPENING.match(nxt)):
        return False
    return i == 0 or kinds[i - 1] in ("heading", "credit") or _ends_terminal(blocks[i - 1])


def _closing_source(blocks: list[str], kinds: list[str], at: int) -> bool:
    """Is block `at` a web page's source line closing the piece above it — a heading or the page's end under it, no
    text (数据来源：国家开发银行 / 来源：中工网 / the next headline: a piece's last line and its source, no headline and byline)?"""
    if SOURCE_AT_END.match(blocks[at]) is None:
        return False
    # (a section's heading under it — 核心阅读, 餐餐好滋味 — says the source credits the headline above: 来源：工人日报;
    # so does the headline's subtitle, ——记… — made up, twenty-first session, from briefs composed with source lines)
    return at + 1 >= len(blocks) or kinds[at + 1] == "heading" and not SUBHEAD.search(blocks[at + 1]) \
        and len(blocks[at + 1]) > SHORT_SECTION and not SUBTITLE.match(blocks[at + 1])


# the surnames of two characters a four-character name opens on (欧阳长青)
_COMPOUND_SURNAMES = frozenset(w for line in patterns.word_list("surnames.txt") for w in line.split() if len(w) == 2)


UNITS_LISTED = re.compile(r"[^、，。；：\s]{2,30}(?:、[^、，。；：\s]{2,30}){2,}")


def _units_listed(block: str) -> bool:
    """Three or more bodies' names and nothing else, parted by 、: a roster's line under its title (省级模范职工之家名单 /
    市公交集团工会、市第二人民医院工会、某纺织有限公司工会 / 以上单位被…命名为… — made up, twenty-seventh session, from a roster
    composed into a page: the line had been read as the headline); not 市总工会、市人社局、市财政局联合出台…, which acts."""
    return UNITS_LISTED.fullmatch(block) is not None and all(item.endswith(ORG_SUFFIXES) for item in block.split("、"))


def _name_line(block: str) -> bool:
    """A line that is only a person's name (黄榆): the reporter's credit under a headline — a name of four characters
    opening on a compound surname (a headline the tokenizer tags as a name, 法律援助, is none — made up, twenty-fourth
    session, from briefs: the brief had lost its headline)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4})*", block):
        return False
    if any(len(w) == 4 and w[:2] not in _COMPOUND_SURNAMES for w in block.split()):
        return False
    tags = [t for w in block.split() for _w, t in lexicon.tag(w)]
    return bool(tags) and all(t.startswith("nr") for t in tags)


# a web page's mark that a headline's story has photos or video (…启动（图）, …（组图）): dropped from the line (story_line)
PHOTO_MARK = re.compile(r"[（(](?:组图|附图|图文|图|视频)[）)]$")


COLUMN_PREFIX = re.compile(r"^(?:【[^【】]{2,12}】|[\u4e00-\u9fff]{2,4}[|｜：:])(?=[^【】|｜：:]{4,})")


# a leader's byline, no name under it: the paper's commentator (本报评论员, 工人日报评论员, 本报特约评论员 — made up, thirtieth
# session, from a paper's commentary: it had been the piece's headline, the headline its kicker)
COMMENTATOR = re.compile(rf"^(?:本报|[{patterns.HAN}]{{1,8}}?(?:报|网|社|台))(?:特约)?评论员$")


def classify(block: str) -> str:
    if SOURCE_CREDIT.match(block) or _name_line(block) or COMMENTATOR.match(block):
        return "byline"
    if CREDIT_LINE.match(block):
        return "credit"  # a photo credit on its own line (朱 刚摄（人民视觉）) belongs to the piece above
    if CONTINUED_FROM.match(block):
        return "continued"
    if CLOSING_DATELINE.match(block):
        return "dateline"
    if ARTICLE_END.search(block) and block.startswith("（") or EDITOR_CLOSING.match(block):
        return "credit"  # （作者为…）, （本报记者…整理）, （编辑：张华）: the end of the piece above
    if BYLINE.match(block) and len(block) <= 40:
        return "byline"
    if photo_credit(block):
        return "body"  # a short caption ends in its credit, not in 。
    if BRACKETED_LABEL.match(block):
        return "body"
    if block.endswith("：") and (PROSE_MARK.search(block) or LIST_INTRO.search(block) or SALUTATION.match(block)):
        return "body"  # a clause introducing what follows (…称号，他们是：; 主要做法如下：), no headline
    if _units_listed(block):
        return "body"  # a roster's line of units (市公交集团工会、市第二人民医院工会、…), no headline
    # (a column's tag opening the line, 图集|… or 【基层动态】…, is no part of the headline's length)
    tag = COLUMN_PREFIX.match(block) or ORIGINAL_TITLE.match(block)  # (…or a reprint's 原标题：)
    if len(block) - (tag.end() if tag else 0) <= HEADING_MAX and not _ends_terminal(block) and not LEAD.match(block):
        return "heading"
    if len(block) <= KICKER_MAX and KICKER_END.search(block) and not _ends_terminal(block):
        return "heading"  # a long kicker (习近平总书记…重要讲话…——) over its headline
    return "body"


def _names(credit: str) -> str:
    # (赵 晶摄, （记者 张明 通讯员 李华）, 。孟德龙 摄 — the caption's full stop before it: what is no name)
    credit = re.sub(r"[（）。！？]|摄影?", " ", _unpadded(credit))
    credit = re.sub(rf"{patterns.REPORTER_RANK}(记者|通讯员)", r"\1", credit)  # (见习记者 赵一: the rank is no name)
    names = re.findall(r"(?:记者|通讯员|^|\s|（)\s*([\u4e00-\u9fff]{2,4})(?=\s|$|、|摄)", credit)
    drop = {"本报", "本报记者", "本报通讯员", "特约记者", "记者", "通讯员", "人民图片", "新华社", "视觉中国"}
    return "、".join(n for n in names if n not in drop)


def _unpadded(credit: str) -> str:
    """贺 勇 → 贺勇, 赵 晶摄 → 赵晶摄: a two-character name as print pads it (one character, a space, one character)."""
    def lone_end(part: str) -> bool:  # ends in one character standing alone (赵, （赵)
        return _han(part[-1:]) and not _han(part[-2:-1])

    def lone_start(part: str) -> bool:  # opens on one character standing alone (勇, 晶摄, 勇）)
        return _han(part[:1]) and (not _han(part[1:2]) or part[1:2] == "摄")
    out: list[str] = []
    for part in credit.split(" "):
        if out and lone_end(out[-1]) and lone_start(part):
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" if ch else False


BYLINE_DEEDS = frozenset({"报道", "摄", "摄影", "摄影报道", "摄影/文"})


def byline_of(block: str) -> str:
    if COMMENTATOR.match(block.strip()):
        return block.strip()  # (the paper's commentator, named by the role alone)
    body = re.sub(rf"^[{patterns.BULLETS}]?\s*", "", block)
    body = re.sub(r"^（(.*)）$", r"\1", body)  # （本报记者 王明）: a byline in brackets
    body = _unpadded(body)
    if re.match(r"^(?:来源|稿源)[：:]", body):
        return ""  # a source credit names an outlet, not people
    body = re.sub(r"^(?:作者|采写|撰稿|供稿|记者|文|图|文图)[：:]", " ", body)
    # an outlet's reporter set apart from the name (南都记者 颜鹏, 南方工报全媒体记者 …): the outlet is no name
    body = re.sub(r"(?:^|(?<=\s))[\u4e00-\u9fff]{1,8}?(?:记者|通讯员|评论员)(?=\s)", " ", body)
    body = re.sub(rf"{_REPORTER}|{_BOTH_ROLES}|文\s?[／/]\s?摄|文\s?[／/]|图\s?[／/]|摄影[:：]?|撰文[:：]?", " ", body)
    body = re.sub(r"\s?[／/](?:文|图|摄)?", " ", body)  # (文·图/…, 王伟/文 李强/图: the slash and the role after a name)
    # what the line says the people did is no name (记者 张三 报道, 张三 摄影报道)
    return "、".join(n for n in body.replace("、", " ").split() if n not in BYLINE_DEEDS)


def lead_byline(paragraph: str) -> str:
    m = LEAD_NAMES.match(paragraph)
    if not m:
        return ""
    inner = re.sub(rf"{patterns.REPORTER_RANK}?(?:记者|通讯员)", " ", m.group(1))
    return "、".join(n for n in inner.replace("、", " ").split() if n)


def photo_credit(paragraph: str) -> re.Match | None:
    # (every credit names 摄, a reporter or a photo agency: the pattern is searched only where one could end it)
    if len(paragraph) >= 400 or not any(w in paragraph for w in ("摄", "记者", "通讯员", "新华社", "人民图片", "视觉中国")):
        return None
    return PHOTO_CREDIT.search(paragraph)


# …and a feature's, naming whom or what it tells of (——记全国劳动模范王有德, ——访…, ——追记…)
FEATURE_SUBTITLE = re.compile(r"^—{1,2}(?:记|访|追记|走近)[^。！？]{2,40}$")
# a subtitle's line (副题): it opens on a dash, ——记…, and is no longer than a kicker
SUBTITLE = re.compile(rf"^—{{1,2}}[^。！？]{{2,{KICKER_MAX}}}$")


def _with_subtitles(run: list[str], k: int) -> int:
    """How many lines of the run its first k lines that are not subtitles span, with the subtitles right under them."""
    seen, n = 0, 0
    while n < len(run) and (seen < k or n and SUBTITLE.match(run[n])):
        seen += not (n and SUBTITLE.match(run[n]))
        n += 1
    return n


def headline_lines(run: list[str], under: str = "") -> int:
    """How many lines of a heading run are the headline: a line ending in a paper's column tag
    (继续付出努力 夺取全面胜利（经济新方位·全媒看两会）) ends it when only short section heads follow,
    and section marks under it (核心阅读) are the body's. `under`: the paragraph under the run — a photo's
    credited caption there is a photo story's, under its headline, not a section's (喜迎五一劳动节 / 冰与火的考验 /
    …干得热火朝天。孟德龙 摄)."""
    tagged = [i for i, line in enumerate(run) if COLUMN_TAG.search(line)]
    k = len(run)
    if tagged and tagged[0] < len(run) - 1 and all(len(x) <= SECTION_HEAD or COLON_SECTION.match(x)
                                                   for x in run[tagged[0] + 1:]):
        k = tagged[0] + 1
    elif len(run) - _column_marks(run) >= 2 and len(run[-1]) <= SHORT_SECTION < len(run[-2]) \
            and not KICKER_END.search(run[-2]) and not PHOTO_COLUMN.fullmatch(run[-1]) and not photo_credit(under) \
            and not LEAD.match(under) and not NEWS_OPENING.match(under):
        k = len(run) - 1  # 老年人的新生活 / 餐餐好滋味: a headline, then its first section's heading (【工会动态】 over it too)
        # (…not a short headline under its kicker, a news lead under it: 喜迎五一劳动节 / 演讲比赛 / 本报讯 10月20日，…
        # — made up, twenty-first session, from briefs composed with kickers: the kicker had been the headline)
    # (…and what stands under a section mark is the section's, however long: 政治巡视为央企“把脉”（前沿观察） / 核心阅读 /
    # 央企姓“党”，讲政治是第一位的… had made the summary's last line the headline — a column's mark, 【工会动态】, heads
    # the next headline instead)
    marked = next((i for i in range(1, k) if SUBHEAD.search(run[i]) and not COLUMN_MARK_ALONE.fullmatch(run[i])), k)
    k = min(k, marked)
    while k > 1 and SUBHEAD.search(run[k - 1]):
        k -= 1
    return k


# a column's name in brackets alone on its line (【基层风采】, 【工会动态】)
COLUMN_MARK_ALONE = re.compile(r"【[^】]{1,10}】")


def _column_marks(run: list[str]) -> int:
    """How many lines open the run as a column's bracket mark alone (【工会动态】 / 老年人的新生活 / …)."""
    n = 0
    while n < len(run) - 1 and COLUMN_MARK_ALONE.fullmatch(run[n]):
        n += 1
    return n


PHOTO_COLUMN = re.compile(r"(?:图片新闻|图片报道|新闻图片|图片故事|图说新闻)")  # rmrb_20200226-05-04, grrb_20120629-02-04
CAPTION_MAX = 400  # characters of a photo's caption, in one or two paragraphs
WRITER_TOO = re.compile(r"文[/／](?:摄|图)")


def _caption_end(blocks: list[str], kinds: list[str], at: int) -> int | None:
    """Where a caption that opens at `at` ends, past its credit: a paragraph with its credit on the line after it
    (… 景观。 / 本报记者 张三 摄), or two paragraphs with the credit closing the second or on the line after it
    (图片新闻 / 6月27日上午，… / 据悉，… / 本报记者 高柱 摄; 庆元职工拔河迎“五一” / …举行。 / …前八名。通讯员柳庭和 记者孟万成 摄);
    None when no caption with a credit opens there."""
    def body(k: int) -> bool:
        return k < len(blocks) and kinds[k] == "body"

    def credit_line(k: int) -> bool:  # a photo's credit (…摄), not the writers' bracket that closes a report (（张明 李华）)
        return k < len(blocks) and kinds[k] == "credit" and CREDIT_LINE.match(blocks[k]) is not None
    if not body(at):
        return None
    if credit_line(at + 1) and len(blocks[at]) < CAPTION_MAX:
        return at + 2
    # (…not a paragraph and a photo's own caption under it, 图为…。 张明 摄: that is text, its photo after it — made up,
    # twenty-first session, from briefs composed with photos: a label over a report's second paragraph, 活动现场, had
    # opened a photo story)
    if body(at + 1) and photo_credit(blocks[at]) is None and len(blocks[at]) + len(blocks[at + 1]) < CAPTION_MAX \
            and not CAPTION_OPENING.match(blocks[at + 1]):
        credit = photo_credit(blocks[at + 1])
        # (…文/摄 credits the writer too: a report's closing credit — mbrb_20180226-00-01 — not a caption's)
        if credit and not WRITER_TOO.search(credit.group(0)) and not body(at + 2):
            return at + 2
        if credit_line(at + 2):
            return at + 3
    return None


# an editor's note, which opens a piece's text under its headline (编者按：除夕，承载着… rmrb_20200125-02-01, rmrb_20200102-14-01,
# gxworker_20251023-00-01)
EDITORS_NOTE = re.compile(r"^(?:编者按|编者的话|编前语|编者注)[：:]")
# how a second photo's caption opens (图为…, 上图：…, ▲…): no report's text
CAPTION_OPENING = re.compile(r"^(?:图为|[上下左右]图[：:为]|图[一二三四五六\d][：:]|▲|△|■图)")


def _text_after(blocks: list[str], kinds: list[str], at: int) -> bool:
    """Does a report's text follow the caption before `at` — a paragraph, however short, that is no second caption
    (图为…, ▲…) nor a headline — past the report's byline (作者：培训部, 记者 任彦 通讯员 周琛) and section marks?"""
    # (past a feature's section mark too, 核心阅读, which People's Daily features may set under their photo — a short
    # heading over a reporter may be the next piece's headline, and the photo a story of its own)
    # (…and past the headline's subtitle set under the photo, ——记…, ——…侧记: made up, twenty-first session)
    while at < len(blocks) and (kinds[at] == "byline" or kinds[at] == "heading" and (
            SUBHEAD.search(blocks[at]) or SUBTITLE.match(blocks[at]))):
        at += 1
    return at < len(blocks) and kinds[at] == "body" and photo_credit(blocks[at]) is None \
        and not CAPTION_OPENING.match(blocks[at])


def _caption_so_far(article: Article) -> bool:
    """A news piece whose text so far is the caption of its photo under the headline: a source line there credits the
    piece (…资金 / 图为… 李华 摄 / 来源：全国总工会官微 / 针对…), it does not close it."""
    return article.kind == "news" and len(article.paragraphs) == 1 and photo_credit(article.paragraphs[0]) is not None


def _next_caption(article: Article, block: str) -> bool:
    """One more caption under a photo story's headline, credited or opening as captions do (炎炎夏日里的一线劳动者: …通车。
    本报记者 赵 晶摄, then …岗位上。 新华社记者 王 颂摄; 图为…): the photo group goes on, no untitled piece opens."""
    return article.kind == "photo" and bool(article.title) and (
        photo_credit(block) is not None or CAPTION_OPENING.match(block) is not None)


# a roundup's next reported section is headed about as its others were: a headline much longer than theirs, with its
# reporter under it, opens the next piece (新时代工会工作的理论指导和行动指南 / 本报记者… after 餐餐好滋味 / 本报记者 贺勇)
SECTION_WIDTH_SLACK = 4


def _heading_width(run: list[str]) -> int:
    """The longest line of a heading run, its kicker lines (…——) aside."""
    return max((len(x) for x in run if not KICKER_END.search(x)), default=0)


def _parallel(run: list[str]) -> bool:
    """Two lines of one length: a section's paired heading (对口协作支援 / 资金技术落地, 聚焦深度贫困 / 攻下最后堡垒),
    not a headline over its first section's (老年人的新生活 / 餐餐好滋味)."""
    return len(run) == 2 and len(run[0]) == len(run[1])


ORIGINAL_TITLE = re.compile(r"^原(?:标)?题[：:]")


def split_heading_run(run: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of consecutive headline lines."""
    def decorative(s: str) -> bool:
        # (a reprint's 原标题：… under its headline is the piece's first headline, kept as its subtitle)
        return bool(KICKER_END.search(s) or PHRASES.match(s) or SUBHEAD.search(s) or NOT_TITLE.search(s)
                    or ORIGINAL_TITLE.match(s))
    plain = [i for i, s in enumerate(run) if not decorative(s)]
    # of two plain lines, the upper is the kicker (引题) and the lower the headline (主题); a subtitle
    # (副题) below it opens on —— or is a row of short phrases, and is decorative
    idx = (plain or [len(run) - 1])[-1]
    # (…unless another carries the paper's column tag, which marks its main headline, and the lines under it are its
    # subtitle: 困难职工的“脱困路”（一线探民生） / 截至去年底，吉林帮扶的…实现脱困 — made up, twenty-ninth session, from a
    # feature: the subtitle had been the title; every tagged headline of the tunable corpus has its tag on its last
    # line)
    tagged_lines = [i for i in plain if COLUMN_TAG.search(run[i])]
    if len(tagged_lines) == 1:
        idx = tagged_lines[0]
    # (a column's tags opening a kicker line are set apart from it as from the headline: 图集|杭州市…—— → 图集　杭州市…——)
    kicker, title = "　".join("　".join((*_column_tags(t), t["title"])) if (t := _TAG_OPENING.match(line)) else line
                             for line in run[:idx]), run[idx]
    tagged = _TAG_OPENING.match(title)
    if tagged:  # a column's tags opening the headline are its kicker (【网络中国节·腊八节】市总工会：…, 图集|…; a site's
        # section over a column's, 【基层动态】【网络中国节·腊八节】…, each of them)
        kicker, title = "　".join(x for x in (kicker, *_column_tags(tagged)) if x), tagged["title"]
    if len(run) == 1 and (COLUMN_MARK_ALONE.fullmatch(title) or title[:1] in patterns.BULLETS):
        title = title.strip("【】" + patterns.BULLETS)  # a column of briefs by its label alone: 【短讯】, ■简讯 → 短讯, 简讯
    return kicker, title, "　".join(run[idx + 1:])


def _column_tags(tagged: re.Match) -> list[str]:
    return [f"【{t}】" if t else bar for t, bar in _TAG.findall(tagged["tags"])]


_TAG = re.compile(r"【([^【】]{2,12})】\s*|([\u4e00-\u9fff]{2,4})[|｜]\s*")
_TAG_OPENING = re.compile(rf"^(?P<tags>(?:{_TAG.pattern})+)(?P<title>[^【】|｜]{{4,}})$")


# a news lead's subject: a body by its place or level and its name, opening the paragraph (新疆生产建设兵团总工会近日…, 市总工会
# 举办…, 某科技公司日前…) — under a headline that names no act, a brief's text all the same (兵团职工, 企业年会: made up,
# twenty-second session, from briefs composed bare)
_BODY_OPENS = re.compile(rf"^(?:[{patterns.HAN}]{{1,14}}?(?:总工会|工会|公司|集团)|[省市区县]总工会)"
                         rf"(?:近日|日前|近期|今年|在|为|向|举办|举行|召开|开展|组织|联合|与|对|"
                         # (…or acts itself: 苏州工业园区总工会走进园区企业… — made up, twenty-sixth session, from briefs
                         # composed bare: the brief had been the one before's text)
                         rf"走进|走访|慰问|启动|发布|印发|下拨|拨付|命名|表彰|授予|投入|筹集|推出|建成|成立)")


# nouns nearly every brief of a workers' paper names: two briefs sharing only these share no topic (贵州省总工会组织…包车 /
# 我市两人获评全国劳模 / 经市总工会推荐… — made up, twenty-second session, from briefs composed bare: the second had been
# the first's text)
# (…and 会议, every meeting brief's 会议要求, 会议指出: two meetings' briefs share it and no topic — twenty-third session,
# made up the same way: 职工书屋建设推进会 / 市总工会召开全委会议 had been one piece)
_PAPER_WIDE_NOUNS = frozenset(("总工会", "工会", "职工", "会议"))


def _topic_words(words: set[str]) -> set[str]:
    """The words that make a topic: not the paper-wide nouns, nor a union's name, nor a place's — one federation acts,
    in one city, brief after brief (全国总工会 in 3名农民工荣获… and 全国总工会表彰一批“最美职工”; 鄞州区 in two of its
    union's briefs — made up, twenty-fifth session, from briefs composed bare: the second had been the first's text)."""
    return {w for w in words if w not in _PAPER_WIDE_NOUNS and not w.endswith("工会") and not is_unit_name(w)}


def _salient(text: str) -> set[str]:
    return {w for w, t in lexicon.tag(text)
            if len(w) >= 2 and t[:1] == "n" and w not in GENERIC_NOUNS}


WORKER_WORDS = ("工会", "职工", "劳模", "劳动模范", "工匠", "劳动奖章", "农民工")


def _worker_count(text: str) -> int:
    return sum(text.count(t) for t in WORKER_WORDS)


_QUOTED = re.compile(r"“([^“”]{2,12})”")


def _opens_on_its_person(line: str, after: str, before: str) -> bool:
    """A short line names the person the paragraph under it opens on, whom the brief before does not name (劳模张华的三十年 /
    张华是青海油田的一名采油工… — made up, twenty-sixth session, from profiles composed as a page: a headline with no verb of
    a report, over a text opening on no body, had been the brief before's text)."""
    first = lexicon.tag(after[:8])[:1]
    if not first or first[0][1] != "nr":
        return False
    name = first[0][0]
    name = name[:-1] if len(name) >= 3 and name not in line else name  # (the tagger's 张华是: the name and its verb)
    return len(name) >= 2 and name in line and name not in before


def _heads_what_follows(line: str, after: str, before: str) -> bool:
    """A short line tells more of the paragraph under it than of the brief before it: more of its words are the
    paragraph's (在京举行首届新就业形态劳动者技能大赛 / 首届全国新就业形态劳动者职业技能大赛在京开幕… after a brief on another
    contest; 劳模宣讲进校园 / …劳模工匠宣讲团走进… after a brief on a model worker's studio — made up, twenty-fifth
    session, from briefs composed bare: neighbouring briefs of one theme had been one piece)."""
    # (a state word too, 十佳: 市总工会表彰十佳职工 / …表彰了“十佳职工”… after a brief on another commendation — made up,
    # twenty-sixth session, from briefs composed bare: 表彰 alone had tied)
    tagged = lexicon.tag(line)
    # (…a person or a quoted title it names that the paragraph under it names and the brief before does not: 省劳模张华：三十年
    # 坚守高原 / 张华，青海油田采油工，…; 她获得“全国最美职工”称号 / …被全国总工会评为“全国最美职工” after another model worker's
    # brief — made up, twenty-sixth session, from profiles composed as a page: each had been the brief before's text)
    named = [w for w, t in tagged if t == "nr" and len(w) >= 2] + _QUOTED.findall(line)
    if any(n in after and n not in before for n in named):
        return True
    words = _topic_words({w for w, t in tagged if len(w) >= 2 and t[:1] in "nvz"})
    # (a word told inside a longer one counts: 劳模 in 劳模工匠宣讲团)
    return sum(w in after for w in words) > sum(w in before for w in words)


def _union_story(article: Article) -> bool:
    """Is the article in progress about workers? (a story about them does not run on into unrelated text)"""
    if any(t in article.title for t in UNION_TERMS):
        return True
    return article.topic()[1] >= 2


# a paragraph that goes on from the one before: its subject a pronoun (白天，他们顶着…; 她说), or a connective opening it
# (此外, 然而, 后来…) — no piece opens so (rmrb_20191010-07-01 had split at 白天，他们… under a byline)
GOES_ON = re.compile(r"^(?:[^，。！？]{0,8}，)?(?:他|她|它|这|那|此|其)|"
                     r"^(?:此外|另外|同时|然而|但是|但|而且|而|不过|因此|所以|于是|随后|此后|之后|后来|接着|如今|最终)")


def _has_text_paragraphs(article: Article, n: int) -> bool:
    """Whether the article has `n` paragraphs that are no byline, reading only as far as it takes (a long story's first
    few: asked of every block, counting them all had made segmenting quadratic)."""
    seen = 0
    for p in article.paragraphs:
        seen += classify(p) != "byline"
        if seen >= n:
            return True
    return False


def _coheres(article: Article, block: str) -> bool:
    """Could `block` continue `article`? A union story does not run on into text
    that never mentions workers and shares none of its topic nouns."""
    # (its paragraphs counted without a second byline, 作者：王静 文/图, which is no text of a story long enough to have a
    # topic — made up, twenty-first session, from briefs composed with bylines: the text after a photo's label,
    # 比赛现场, had opened a piece of its own)
    if not _has_text_paragraphs(article, 3) or not _union_story(article):
        return True
    # a long story's new turn (a feature's 27th paragraph), a quotation, a dash's summary or a bracketed credit goes
    # on with the story: no piece opens on one (a byline under every headline had let features split at each)
    if len(article.paragraphs) >= LONG_STORY_PARAGRAPHS or block[:1] in "“（(—" or GOES_ON.match(block):
        return True
    if CAPTION_OPENING.match(block) or photo_credit(block):
        return True  # the report's photo under its text (…。 / 图为活动现场。 张明 摄): its own, no piece of its own
    if any(t in block for t in UNION_TERMS):
        return True
    if _opens_on_place(block) and any(_opens_on_place(p) for p in article.paragraphs[1:]):
        # a roundup's next place, in a story that has opened a section on one before (江西赣州市开通… / 在山东，… /
        # 湖北宜昌市夷陵区搭建“就业服务超市”… — made up, twenty-ninth session, from a roundup: the third place's sections
        # had been an untitled piece of their own)
        return True
    mine = _salient(block)
    return len(mine) < 2 or bool(mine & article.topic()[0])


_PLACE_CLAUSE = re.compile(r"^在[^，。；！？]{2,16}[，,]")  # (a place or a venue: 在山东，…, 在中建三局武汉项目部，…)


def _opens_on_place(paragraph: str) -> bool:
    """A paragraph opens on a place: its first word a province's, city's or county's name (湖北宜昌市…, 江西赣州市…), or a
    clause 在 one or a venue (在山东，…; 在中建三局武汉项目部，…)."""
    if _PLACE_CLAUSE.match(paragraph):
        return True
    first = lexicon.tag(paragraph[:8])[:1]
    return bool(first) and is_unit_name(first[0][0])


# a credit for the words and the photos both: 文/摄, 文/图, 文并摄, 文图
TEXT_AND_PHOTO = re.compile(r"文\s?[/／]\s?[摄图]|文并摄|文图）")


def _one_news_brief(article: Article) -> bool:
    """The piece so far is one paragraph opening on a news line (本报讯 …, a dated lead): a brief, complete — a kicker and
    a headline after it (喜迎五一劳动节 / 职工书屋添新书 / 本报记者 黄山) open the next piece, not a pair of section
    headings (made up, twenty-fourth session, from the twenty-third's briefs composed with kickers: two briefs had been
    read as one)."""
    return len(article.paragraphs) == 1 and bool(LEAD.match(article.paragraphs[0]))


def one_article_of(blocks: list[str], kinds: list[str]) -> list[Article]:
    """A file known to hold one article: its first heading run is the headline, every later
    heading line a subheading of it (核心阅读, 一、…)."""
    j = 0
    # (a line ending on a colon after the first introduces what follows, no headline's: 区总工会决定授予下列同志“…”称号： over
    # the roster's lines — made up, twenty-sixth session, from a union site's notice: the notice and its roster had been
    # read as the headline, its last name the title)
    while j < len(blocks) and kinds[j] == "heading" and not (j and blocks[j].endswith(("：", ":"))):
        j += 1
    j = headline_lines(blocks[:j]) if j else 0
    kicker, title, subtitle = split_heading_run(blocks[:j]) if j else ("", "", "")
    art = Article(title=title, kicker=kicker, subtitle=subtitle)
    # the byline lines under the headline, a web page's source line among them (来源：工人日报 / 黄榆): the reporters'
    # names are the byline, and none of the lines is the text's opening
    k = j
    while k < len(blocks) and kinds[k] == "byline":
        art.byline = art.byline or byline_of(blocks[k])
        k += 1
    rest = blocks[k:]
    if rest and k == j:
        art.byline = lead_byline(rest[0])
    art.paragraphs = rest
    # (a photo's credit under a short text makes it a photo story; a writer's, （作者单位：…）, does not, nor one that
    # credits the text too, （叶婧 王天文 文/摄） — mbrb_20180226-00-01 — nor a photo under a report its news line opens:
    # 新华社北京2月26日电 …。 / 图为…。 张明 摄 is a report with its photo, nor under one its reporters' byline heads)
    if rest and (photo_credit(rest[-1]) or CREDIT_LINE.match(rest[-1])) and len("".join(rest)) < 600 \
            and not TEXT_AND_PHOTO.search(rest[-1]) and not LEAD.match(rest[0]) and not art.byline:
        art.kind = "photo"
        art.byline = art.byline or _names(" " + rest[-1])
    elif not art.byline and rest and WRITERS_CLOSING.search(rest[-1]):
        # the writers in brackets closing the text (…持续到6月底。（刘丽萍 顾威）, …。（叶婧 王天文 梅文侃 文/摄） — a
        # brief's credit in four outlet files the gold calls news): a report, by them
        art.byline = _names(WRITERS_CLOSING.search(rest[-1])["credit"])
    elif not art.byline and not (rest and LEAD.match(rest[0])):
        art.kind = _unmarked_kind(title, rest)
    if _photo_column(art):
        art.kind = "photo"
    if COMMENTATOR.match(art.byline):
        art.kind = "commentary"  # (a leader by the paper's commentator: 本报评论员)
    return [art] if art.paragraphs or art.title else []


# a gallery's column tag over a headline (图集|龙岗建筑工人秀“绝活”, nddsb_20200617-00-01)
GALLERY = re.compile(r"图集|组图|多图")


def _lone_credited_caption(art: Article) -> bool:
    """An untitled piece that is a photo's caption alone, credited (图为5月1日，…举办…。 / 本报记者 王飞 摄): a photo news
    item with no headline, its facts told — not a stray fragment (made up, thirty-second session, from a page's photo:
    its event had been lost)."""
    return art.kind == "fragment" and not art.title and 1 <= len(art.paragraphs) <= 2 \
        and CAPTION_OPENING.match(art.paragraphs[0]) is not None and photo_credit(art.paragraphs[-1]) is not None


def _photo_column(art: Article) -> bool:
    """A piece headed by a photo column's label (图片报道 — rmrb_20200226-05-04, a drawing and its verse — 图片新闻) or a
    gallery's tag (图集|…) is a photo story, whatever its credits."""
    return bool(PHOTO_COLUMN.fullmatch(art.title) or any(GALLERY.fullmatch(t) for t in art.kicker.split("　")))


# a piece this short with neither byline nor lead is a brief — news — not a feature: the gold calls outlets' short reports
# so (tzrb_20160204, zmdrb_20140704, lsszgh_20221227, tibetcn_20231219, jmzgh_20210419, grrb_20220826: 196–471
# characters of text); its shortest feature runs 552 (rmrb_20200504-04-01)
SHORT_REPORT = 500


def _unmarked_kind(title: str, paragraphs: list[str]) -> str:
    """The kind of a piece with neither byline nor lead: commentary by its title's column, else a brief or a feature by
    its length."""
    if re.search(r"评论|短评|时评|社论|观察|随笔|论坛|手记", title):  # (…（编辑手记）: the editors' word on their page)
        return "commentary"
    if paragraphs and CLOSING_DATELINE.match(paragraphs[-1].strip()):
        # a dispatch dated at its end, （本报伦敦电）, is news as one its news line opens is (the gold's rmrb_20190226-18-05
        # and rmrb_20200106-16-06, （本报东京1月5日电）)
        return "news"
    return "news" if sum(len(p) for p in paragraphs) < SHORT_REPORT else "feature"


# the writers' credit in brackets after the text's last sentence (not a source or a writer's unit: （来源：…）, （作者单位：…）)
WRITERS_CLOSING = re.compile(r"[。！？…][”’]?\s?(?P<credit>（(?![^）]*[：:])[^（）。！？]{2,24}）)$")


def story_line(line: str) -> str:
    """The line as the story keeps it: '' for a page's furniture (print or web); a web page's publishing line keeps only
    its source (发布时间：… 来源：湖北省总工会 浏览次数：… → 来源：湖北省总工会), which credits the story as a source line does;
    a headline's mark that its story has photos (…启动（图）) is dropped, so that it is read as the headline it marks."""
    if WEB_PUBLISHED_LINE.match(line) or PRODUCTION_CREDITS.match(line.strip()):
        source = SOURCE_IN_LINE.search(line)
        return source.group() if source else ""
    marked = PHOTO_MARK.search(line.strip())
    if marked and not _ends_terminal(line.strip()[:marked.start()]):
        return line.strip()[:marked.start()]
    if EDITOR_CLOSING.match(line.strip()):
        return line.strip()  # (kept to close its piece, then dropped: segment)
    return "" if PAGE_FURNITURE.match(line.strip()) else line


# a web story's editor in brackets on the line under its text (（责任编辑：张华）, （编辑：李明）): the piece's close, as a
# writers' note in brackets is, though no part of its story (made up, twenty-second session, from briefs composed bare:
# dropped with the page's furniture, the line had left the headline under it read as the piece's section)
EDITOR_CLOSING = re.compile(r"^[（(](?:责任编辑|责编|编辑)[：:\s][^）)]{2,12}[）)]$")
WEB_PUBLISHED_LINE = re.compile(patterns.WEB_PUBLISHED)
SOURCE_AT_END = re.compile(r"^(?:来源|稿源)[：:]")
WRITERS_AT_END = re.compile(r"^(?:采写|撰稿|供稿|文|图|文图|摄影|记者|作者)[：:]")
SOURCE_IN_LINE = re.compile(r"(?:来源|稿源)[：:]\s*[^\s　]{2,20}")


def _column_tags_onto_headings(blocks: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """A paper's column tag in brackets on its own line right under a heading line, with more under it, is that
    headline's (郭陆顺：攻无不克 激战抗敌 / （为了民族复兴·英雄烈士谱） / 新华社电…, as a narrow column wraps it): set
    back onto the line, as most papers print it. A bracketed label under text is a photo's (（峨胜物流职工之家）)."""
    out_blocks: list[str] = []
    out_kinds: list[str] = []
    for k, (block, kind) in enumerate(zip(blocks, kinds)):
        if kind == "body" and out_kinds and out_kinds[-1] == "heading" and BRACKETED_LABEL.match(block) \
                and k + 1 < len(blocks):
            out_blocks[-1] += block
            continue
        out_blocks.append(block)
        out_kinds.append(kind)
    return out_blocks, out_kinds


# how a list's section heading ends: who it lists, or how many (…五一劳动奖章获得者, …获奖单位, 郑州市（2名）)
LIST_SECTION_END = re.compile(r"(?:获得者|获奖者|(?:获奖|获得)(?:单位|集体|个人)|名单|[（(]\d{1,4}[名个人家位项支][）)])$")


def _roster_lines(blocks: list[str], kinds: list[str]) -> None:
    """Mark as text the lines of a list under the clause that introduces it (…名单如下：): a row of names (张建国　李秀英
    　王海涛) is no byline and a section's heading (河南省五一劳动奖章（3名）) or an entry no headline — to the first line
    that ends as a sentence does, or a headline over its piece (its lead or a reporter's byline under it)."""
    in_list = False
    for i, block in enumerate(blocks):
        if kinds[i] == "body" and LIST_INTRO.search(block):
            in_list = True
            continue
        if not in_list:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else ""
        # (a reporter's name alone under a line that reports something, 市总工会举办职工运动会 / 黄榆, heads a piece too —
        # under a group's name, 郑州市 / 张建国　李秀英, a section's, …获得者 / 张建国　李秀英, or a line introducing it,
        # 获得…的个人：, it is a row of the list)
        # (…and so does a subtitle under it, ——来自基层工会的报告: no entry of a list has one — made up, twenty-first session)
        heads_piece = bool(LEAD.match(nxt) or NEWS_OPENING.match(nxt) or BYLINE.match(nxt) or SOURCE_CREDIT.match(nxt)
                           or SUBTITLE.match(nxt) or EDITORS_NOTE.match(nxt)
                           or _name_line(nxt) and HEADLINE_PREDICATE.search(block) and not block.endswith("：")
                           and not LIST_SECTION_END.search(block)
                           # (…or a line that reports something over a paragraph telling it, on a page printed bare:
                           # 东北三省工会联合开展劳动竞赛 / 东北三省总工会联合启动…劳动竞赛。 under a roster's last name —
                           # made up, twenty-seventh session, from briefs composed bare: no entry of a list reports)
                           or kinds[i + 1:i + 2] == ["body"] and HEADLINE_PREDICATE.search(block) is not None
                           and not block.endswith("：") and _heads_what_follows(block, nxt, ""))
        if _ends_terminal(block) or _is_marker(block) or kinds[i] not in ("heading", "byline", "body") \
                or kinds[i] == "heading" and heads_piece:
            in_list = False
        elif kinds[i] != "body" and (kinds[i] == "heading" or _name_line(block)):
            kinds[i] = "body"


def segment(text: str, one_article: bool = False, headlines: frozenset[str] = frozenset()) -> list[Article]:
    """Split canonical page text into articles, in reading order (a one-article file: one article).

    `headlines`: the lines a layout sets in headline type (a PDF's large font). Given them, the type decides
    where an article opens — a heading run holding one opens, a short line in body type never does — and
    lines are not rejoined (the layout already joined each paragraph)."""
    lines: list[str] = []
    blank_after: set[int] = set()
    for ln in text.split("\n"):
        kept = story_line(ln)
        if kept.strip():
            lines.append(kept)
        elif lines and not ln.strip():
            blank_after.add(len(lines) - 1)
    blank_after.discard(len(lines) - 1)  # (the text's own end is no break between lines)
    blocks = [ln.strip() for ln in lines] if headlines else rejoin_broken_lines(lines, frozenset(blank_after))
    kinds = ["heading" if b in headlines else classify(b) for b in blocks]
    if one_article:
        # the file's layout says which lines are its headline (those before the first blank line), whatever they end in
        head = text.lstrip("\ufeff\n").partition("\n\n")[0].split("\n")
        # (layout_of found them 1–3 lines of at most 80 characters, none ending as a sentence does: a long headline,
        # or one a column's tag opens, 【基层动态】“中国梦·劳动美…”…启动, is still the headline)
        for i, block in enumerate(blocks[:len(head)]):
            if kinds[i] == "body" and (_exclaimed(block) or not _ends_terminal(block)) \
                    and block in (h.strip() for h in head):
                kinds[i] = "heading"
        return one_article_of(blocks, kinds)
    if not headlines:
        for i, kind in enumerate(kinds):
            if kind == "body" and (_exclaimed_headline(blocks, kinds, i) or _long_headline(blocks, kinds, i)
                                   or _trailing_off_headline(blocks, kinds, i)):
                kinds[i] = "heading"
        blocks, kinds = _column_tags_onto_headings(blocks, kinds)
        _roster_lines(blocks, kinds)
    articles: list[Article] = []
    current: Article | None = None

    def start(**kw) -> Article:
        art = Article(**kw)
        articles.append(art)
        return art

    taken_as_subheading: list[str] = []
    # a line that opens two or more heading runs on the page is a column's kicker over each
    run_openers = Counter(b for k, b in enumerate(blocks) if kinds[k] == "heading" and (k == 0 or kinds[k - 1] != "heading")
                          and k + 1 < len(blocks) and kinds[k + 1] == "heading")
    kickers = {b for b, n in run_openers.items() if n >= 2}
    i = 0
    while i < len(blocks):
        block, kind = blocks[i], kinds[i]
        if headlines and current is not None and CONTINUED_TO.fullmatch(block):
            current.paragraphs.append(block)  # a layout's continuation line, set apart in its own box
            i += 1
            continue
        if kind == "heading":
            j = i
            while j < len(blocks) and kinds[j] == "heading":
                j += 1
            run = blocks[i:j]
            # a subtitle (副题, ——记…) under a line of the run is that line's: what the run is, headline or section, is
            # read from the run without it (a subtitle had made a headline run read as a section head and its text)
            core = [x for n, x in enumerate(run) if not (n and SUBTITLE.match(x))]
            nxt, nkind = (blocks[j], kinds[j]) if j < len(blocks) else ("", "")
            if nkind == "credit" and j + 1 < len(blocks) and kinds[j + 1] in ("body", "byline"):
                # a credit between a heading and its text is the piece's byline, not the end of the one before:
                # （本报记者 王明） / 张三 摄影 under a headline (the credit lines alone), with another byline
                # line under it too (（记者 张明） / 来源：全国总工会官微)
                nkind = kinds[j] = "byline"
            if nkind == "byline" and current is not None and current.paragraphs and _closing_source(blocks, kinds, j):
                # the piece's last short lines and its source line under them: its text, then its close
                current.paragraphs.extend([*run, nxt])
                current.closed = True
                i = j + 1
                continue
            at_start = not articles
            # a caption whose credit stands on the line after it (… 景观。 / 本报记者 张三 摄), or closes the second of
            # two paragraphs (_caption_end)
            credit_after = nkind == "body" and _caption_end(blocks, kinds, j) is not None
            # …or a headline that reports something (召开, 举办…), no comma, and a dated first sentence
            brief = (nkind == "body" and NEWS_OPENING.match(nxt) is not None and "，" not in core[-1]
                     and HEADLINE_PREDICATE.search(core[-1]) is not None)
            # …or, with no dated opening, such a headline after a brief's one paragraph, its text sharing none of that
            # brief's topic (市总工会召开全委会议 / …。 / 工会为职工办理保险 / 今年，市总工会为…: a page of briefs whose
            # leads the outlet prints bare — made up, twenty-first session)
            # (…under the column's kicker too, a line that heads run after run on the page: 喜迎五一劳动节 / 石河子职工书屋开放 /
            # 新疆生产建设兵团…职工书屋近日正式对外开放。 — made up, twenty-sixth session, from briefs composed with kickers:
            # each had been the brief before's section)
            line = core[-1] if len(core) == 2 and core[0] in kickers else core[0] if len(core) == 1 else ""
            brief = brief or (nkind == "body" and current is not None and len(current.paragraphs) == 1
                              and not current.closed and len(current.paragraphs[0]) < BRIEF_TEXT
                              and bool(line) and len(line) <= SHORT_HEADLINE and "，" not in line
                              and (HEADLINE_PREDICATE.search(line) is not None or _BODY_OPENS.match(nxt) is not None
                                   or _opens_on_its_person(line, nxt, current.text)
                                   # (…or a roster's title over its line of units, or over the clause introducing its
                                   # list: 省级模范职工之家名单 / 市公交集团工会、…; 2025年度“金牌职工”名单 / …授予以下20名同志…：)
                                   or line.endswith(("名单", "名录")) and (_units_listed(nxt) or nxt.endswith("：")))
                              and (not _topic_words(_salient(line + nxt) & _salient(current.text))
                                   or _heads_what_follows(line, nxt, current.text)))
            # a short heading with its own reporter inside a roundup whose sections have had reporters of their own
            # is one more section (健身花样多 / 本报记者 王亮 after 餐餐好滋味 / 本报记者 贺勇), not a new article — nor is a
            # paired one (聚焦深度贫困 / 攻下最后堡垒); after a feature's sections with no reporters (措施有力就业稳…) a
            # short headline with a reporter opens the next piece (培厚工匠精神土壤 / （记者 张明）)
            # (after a piece that has closed — its dateline or credit read — nothing is in progress to section)
            # (…and in a roundup whose sections have had reporters of their own, one more such heading is one more
            # section, however long its lines: 行经北京站附近…—— / 公交乘务员，平常不平凡 / 本报记者 刘志强)
            section = current is not None and bool(current.paragraphs) and not current.closed and (
                all(len(x) <= SHORT_PAIR for x in core) and (current.reported_sections >= 1 or _parallel(core)
                                                             and not _one_news_brief(current))
                or current.reported_sections >= 1 and nkind == "byline" and not any(COLUMN_TAG.search(x) for x in core)
                and any(x.endswith("——") for x in core) == current.reported_kicker
                and _heading_width(core) <= current.reported_width + SECTION_WIDTH_SLACK)
            # …and a short heading with its reporter right under a headline that has only its byline or source so far
            # (老年人的新生活 / 来源：工人日报 / 餐餐好滋味 / 本报记者 贺 勇): the roundup's first section — a piece has text
            # (…or only its editor's note: 老年人的新生活 / 编者按：… / 餐餐好滋味 / 本报记者 贺 勇)
            only_note = current is not None and len(current.paragraphs) == 1 \
                and EDITORS_NOTE.match(current.paragraphs[0]) is not None
            section = section or (current is not None and current.kind == "news" and bool(current.title)
                                  and (not current.paragraphs and i > 0 and kinds[i - 1] == "byline" or only_note)
                                  and not current.closed and nkind == "byline"
                                  and all(len(x) <= SHORT_PAIR for x in core))
            # a photo column's label (图片报道, 图片新闻) heads a photo report of its own, never a section of a text
            photo_column = nkind == "body" and PHOTO_COLUMN.fullmatch(core[-1]) is not None
            # a feature's subtitle naming whom it tells of (——记全国劳动模范…, ——访…) under a line: a profile opens there,
            # never a section (made up, nineteenth session: a profile after a brief on the same theme had been its text)
            profiled = nkind == "body" and any(n and FEATURE_SUBTITLE.match(x) for n, x in enumerate(run))
            # a column's short heading over dated items, each opening on a bullet (工会动态 / ▲12月1日，福建省总工会… —
            # made up, twenty-fifth session, from a roundup composed after a brief: it had been the brief's section)
            bulleted = BULLET.match(nxt) if nkind == "body" and len(core) <= 2 and len(core[-1]) <= SHORT_HEADLINE \
                else None  # (a kicker over it too)
            opens = (at_start or photo_column or (nkind == "byline" and not section)
                     or (nkind == "body" and (LEAD.match(nxt) or photo_credit(nxt) or EDITORS_NOTE.match(nxt)))
                     or credit_after or brief or profiled or bool(bulleted and NEWS_OPENING.match(nxt[bulleted.end():])))
            # (a column's bracket mark over a headline in the same run, 【基层风采】 / 县总工会开展…, is its kicker: a
            # section mark stands alone over body text)
            column_over_headline = len(core) >= 2 and COLUMN_MARK_ALONE.fullmatch(core[0]) is not None
            # (…but a column-style title, 新春走基层·一线见闻, with a news line under it opens its piece: a roundup's
            # sections have their reporters under them, not 本报讯)
            column_title = bool(LEAD.match(nxt) or NEWS_OPENING.match(nxt)) \
                and COLUMN_STYLE_TITLE.fullmatch(core[-1]) is not None
            # (…nor a column's label in brackets or after a mark over dated items on bullets, 【短讯】 / ◆4月29日，…, ■简讯: a
            # column of briefs, no section — made up, thirtieth session, from a provincial paper's page: the briefs had
            # been the piece's before them)
            briefs_column = bool(bulleted and NEWS_OPENING.match(nxt[bulleted.end():])) and len(core) == 1
            if opens and not at_start and ((SUBHEAD.search(core[0]) and not column_over_headline and not column_title
                                            and not briefs_column)
                                           or all(NOT_TITLE.search(x) for x in core)):
                opens = False  # a section of a roundup, with its own reporter (黑龙江漠河·外地游客 / 本报记者 方圆)
            # an explicit section mark (核心阅读, ●…, 第三章, 一、) opens a subheading, never an article
            if not opens and nkind == "body" and current is not None and current.closed:
                opens = True  # the piece before ended (（本报首尔1月20日电）): nothing is in progress to subhead
            # two short parallel lines (聚焦深度贫困 / 攻下最后堡垒) head a section of the article in progress
            # (a column's mark over a short headline, 【工会动态】 / 图片新闻, is no such pair)
            paired = len(core) == 2 and all(len(x) <= SHORT_PAIR for x in core) and current is not None \
                and bool(current.paragraphs) and not column_over_headline
            # 北京：… then 吉林：…: the sections of a roundup in progress
            colon_section = COLON_SECTION.match(core[0]) is not None and current is not None \
                and current.colon_sections >= 1 and not any(COLUMN_TAG.search(x) for x in core)  # a column tag: a headline
            no_title = all(NOT_TITLE.search(x) for x in core)  # 总理 李克强 / 2019年12月30日: a signature, not a headline
            # a heading over text that goes on from the piece in progress (王建国 突破极限精度 / 他就是——…王建国: a profile's
            # subheading in a list of them) heads a section of it: no piece opens on 他, 此外…
            goes_on = nkind == "body" and GOES_ON.match(nxt) is not None and current is not None \
                and bool(current.paragraphs) and not current.closed
            # a subtitle's line (——记…, ——访…) under a headline whose piece has no text yet, its byline or photo between
            # (他把一生献给了焊花 / 本报记者 张明 / ——记全国劳动模范…): that piece's subtitle, never a piece of its own (made
            # up, twenty-first session, from briefs composed with bylines and captions)
            subtitled = current is not None and bool(current.title) and not current.subtitle \
                and SUBTITLE.match(core[0]) is not None \
                and all(photo_credit(p) or EDITORS_NOTE.match(p) for p in current.paragraphs)
            if subtitled:
                opens = False
                current.subtitle = "　".join(core)
                i = j
                continue
            if headlines:  # the layout's type, not the wording, says which heading is a headline
                opens = any(x in headlines for x in run)
            elif not opens and nkind == "body" and i > 0 and (not SUBHEAD.search(core[0]) or column_over_headline
                                                              or column_title) \
                    and not paired \
                    and not colon_section and not no_title and not goes_on:
                # no byline, lead or credit to go by (feature pages, text from print): the learnt model decides
                opens = opens_article(core, blocks[i - 1], nxt, current.tail(CONTEXT_CHARS) if current else "",
                                      current.subheadings if current else 0)
            if opens:
                # the headline is the lines set in headline type when the layout says so, else what wording tells
                k = max(n + 1 for n, x in enumerate(run) if x in headlines) if headlines else \
                    _with_subtitles(run, headline_lines(core, nxt))
                j_run_end = j
                if k < len(run):  # 核心阅读 or a section heading right under a headline belongs to the body
                    j -= len(run) - k
                    kinds[j:j + len(run) - k] = ["body"] * (len(run) - k)
                    run = run[:k]
                kicker, title, subtitle = split_heading_run(run)
                current = start(title=title, kicker=kicker, subtitle=subtitle)
                current.subheadings = j_run_end - j  # section heads moved into its body
                # (…with its reporter under it: 老年人的新生活 / 餐餐好滋味 / 本报记者 贺勇, a roundup's first section)
                current.reported_sections = int(j_run_end > j and nkind == "byline")
                current.reported_width = _heading_width(blocks[j:j_run_end]) if current.reported_sections else 0
                current.colon_sections = sum(1 for x in blocks[j:j_run_end] if COLON_SECTION.match(x))
                # the section heads moved into the body open it, before the byline or caption under the run (which
                # had been read as though right under the headline: 餐餐好滋味 and 核心阅读 were lost)
                current.paragraphs.extend(blocks[j:j_run_end])
                i = j_run_end
                if nkind == "byline":
                    current.byline = byline_of(nxt)
                    i += 1
                elif nkind == "body" and photo_credit(nxt) and not LEAD.match(nxt):
                    current.paragraphs.append(nxt)
                    i += 1
                    if not _text_after(blocks, kinds, i):  # (a photo over a report's text, …现场。 张明 摄 / 5月8日，…: news)
                        current.kind = "photo"
                        current.byline = _names(photo_credit(nxt).group(0))
                        current.closed = True
                elif credit_after and not LEAD.match(nxt):
                    end = _caption_end(blocks, kinds, i) or i + 2
                    current.kind = "photo"
                    credit = photo_credit(blocks[end - 1])
                    current.byline = _names(credit.group(0) if credit else " " + blocks[end - 1])
                    current.paragraphs.extend(blocks[i:end])
                    current.closed = True
                    i = end
                continue
            # subheadings of the article in progress
            if current is None or current.closed:
                current = start(kind="fragment")
            current.paragraphs.extend(run)
            current.subheadings += 1
            if nkind == "byline":
                current.reported_sections += 1
                current.reported_kicker = any(x.endswith("——") for x in run)
                current.reported_width = max(current.reported_width, _heading_width(run))
            current.colon_sections += bool(COLON_SECTION.match(run[0]))
            taken_as_subheading = run
            i = j
            continue
        if kind == "credit" and EDITOR_CLOSING.match(block):
            if articles:  # (the editor's line closes its piece, and is no part of its story: page furniture)
                articles[-1].closed = True
        elif kind == "credit":
            if articles:
                articles[-1].paragraphs.append(block)
                # (the writers' note in brackets, （作者为…）, ends its piece: a heading under it opens the next, it heads
                # no section — 培厚工匠精神土壤 under a long feature's （作者为中华全国总工会党组书记…）)
                # (a photo's credit, （新华社记者 李四 摄）, may stand between a caption and more text: it closes nothing)
                articles[-1].closed = articles[-1].closed or (block.startswith("（") and bool(ARTICLE_END.search(block))
                                                              and "摄" not in block)
            else:
                current = start(kind="fragment")
                current.paragraphs.append(block)
        elif kind == "continued":
            current = start(kind="continuation")
            current.paragraphs.append(block)
        elif kind == "dateline":
            if current is None or current.closed:
                current = start(kind="fragment")
            current.paragraphs.append(block)
            current.closed = True
        elif kind == "byline" and current is not None and current.paragraphs and SOURCE_AT_END.match(block) \
                and not _caption_so_far(current) and not (i + 1 < len(blocks) and kinds[i + 1] == "body"
                                                          and EDITORS_NOTE.match(current.paragraphs[-1])):
            # a web page's source line under its text (…。 / 来源：中工网) closes the piece; it is no next one's start —
            # unless the text so far is only the editor's note over it, the text under it (编者按：… / 来源：省总工会 /
            # 1月15日，…: made up, twenty-first session, from briefs composed with editors' notes)
            current.paragraphs.append(block)
            current.closed = True
        elif kind == "byline" and current is not None and current.paragraphs and WRITERS_AT_END.match(block) \
                and (i + 1 == len(blocks) or kinds[i + 1] == "heading"):
            # the writers' line under a piece's text with the next headline or the page's end under it (…。 / 采写：南都记者
            # 颜鹏 通讯员 唐永国…, nddsb_20200617-00-01) closes the piece; no untitled piece of its own
            current.paragraphs.append(block)
            current.closed = True
        elif kind == "byline" and current is not None and not current.paragraphs and not current.byline:
            current.byline = byline_of(block)
        else:
            # (a credited photo caption right after a piece that closed, with the next headline or the page's end under
            # it — …（新华社乌鲁木齐2月26日电 记者马锴） / 图为…。 张明 摄 — is that piece's photo, no untitled piece)
            own_photo = current is not None and bool(current.paragraphs) and CAPTION_OPENING.match(block) is not None \
                and photo_credit(block) is not None and (i + 1 == len(blocks) or kinds[i + 1] == "heading")
            fresh = current is None or current.closed and not _next_caption(current, block) and not own_photo
            if not fresh and current.kind == "news" and current.paragraphs and current.byline \
                    and not _coheres(current, block):
                fresh = True
                run = taken_as_subheading if blocks[i - len(taken_as_subheading):i] == taken_as_subheading else []
                if run and current.paragraphs[-len(run):] == run and len(current.paragraphs) > len(run):
                    # the heading run just read as a subheading heads this text the story does not go on into:
                    # it is the next article's headline (全国各级工会广泛开展劳动和技能竞赛 / 比出大国工匠 赛出当代鲁班)
                    del current.paragraphs[-len(run):]
                    current.subheadings -= 1
                    kicker, title, subtitle = split_heading_run(run[:headline_lines(run)])
                    current = start(title=title, kicker=kicker, subtitle=subtitle)
                    current.paragraphs.extend(run[headline_lines(run):])
                    fresh = False
            if fresh:
                current = start(kind="fragment")
            if not current.paragraphs and not current.byline:
                current.byline = lead_byline(block)
            current.paragraphs.append(block)
        i += 1
    for art in articles:
        if not art.byline and art.kind == "news" and art.paragraphs and WRITERS_CLOSING.search(art.paragraphs[-1]):
            # (the writers in brackets closing its text, as a one-article file's: …举办职工运动会。（本报记者 孙三） — made
            # up, thirtieth session, from briefs: no byline)
            art.byline = _names(WRITERS_CLOSING.search(art.paragraphs[-1])["credit"])
        # (a brief its news line opens, 本报讯 近日，…, is news, credit or none — as a one-article file's)
        if art.kind == "news" and not art.byline and not (art.paragraphs and LEAD.match(art.paragraphs[0])):
            art.kind = _unmarked_kind(art.title, art.paragraphs)
        if _lone_credited_caption(art):
            art.byline = art.byline or _names(photo_credit(art.paragraphs[-1]).group(0))
            art.kind = "photo"
        if _photo_column(art):
            art.kind = "photo"
        if COMMENTATOR.match(art.byline):
            art.kind = "commentary"
    return [a for a in articles if a.paragraphs or a.title]
