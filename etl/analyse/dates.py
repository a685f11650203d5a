"""Date expressions in news text, resolved against the issue date.

News reports the past: a month and day without a year (2月28日) is the most
recent such day on or before the issue date, unless the sentence announces it
(将于3月10日举办). 日前 / 近日 / 最近 are approximate: we date them to the day
before publication (before the filing day a dateline within a week gives) and flag
them `approx`. The issue date itself comes from the
file name when it carries one, else from the text (`infer_issue_date`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from etl.read.textnorm import cn_number
from etl.rules import patterns

DATE_RANGE = patterns.PrefixedPattern(
    r"(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|前年|明年)",
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})(?P<day>日|号)?"
    r"(?:(?:上午|下午|中午|晚上|晚)?\s*(?:(?:至|到|—|－|-|~|～)\s*(?:(?:(?P<y2>(?:19|20)\d{2})年)?(?P<m2>\d{1,2})月)?|(?P<listed>、))"
    r"(?P<d2>\d{1,2})日)?", max_prefix=5)
# (4月28至30日, 4月28日下午至29日: the first day's 日 may be left to the second's; with neither, 4月28 is no date;
# 5月12号, as speech and some web copy write the day, is 5月12日)
# (16日至17日: a span of days in one month, as 10月16日至17日 is)
# (11月24、25日 and 11月24日、25日: two days running, a span as 11月24日至25日 is — made up, twenty-fourth session, from a
# probe of date forms: the first day had been lost; days apart are each a date, 11月3日、10日, 3月5日、4月6日)
# (what may not stand before a pattern is asked after its first character, \d(?<![\d月年]\d), not before it: re skips
# ahead to the characters a pattern can open on only when it opens on one — these four read a text 3–4× faster so)
DAY_ONLY = re.compile(r"(?P<d>\d(?<![\d月年]\d)\d?)日(?:(?:至|到|—|－|-|~)(?P<d2>\d{1,2})日)?(?![电])")
# 2019年8月, and 去年8月 / 今年1月 (the month of a year named relative to the issue)
YEAR_MONTH = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|前年|明年))"
                        r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?![\d份]*日)")  # 去年六月 in words too
APPROX = re.compile(patterns.APPROX)
YEAR_ONLY = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:度)?(?![\d月])")
RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
RELATIVE_YEAR = re.compile("|".join(RELATIVE_YEARS))
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2}
RELATIVE = re.compile("|".join(RELATIVE_DAYS))
# 上周五, 本周二, 上周: a day of the issue's week or the week before, or that whole week (not 上周期, 周边, 周围, 周年:
# the characters after 周 that make it another word)
WEEK = re.compile(r"(?P<which>上|本|这)(?:个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])?")
NOT_A_WEEK_AFTER = frozenset("期边围转到年岁刊报")
WEEKDAYS = "一二三四五六日"
# 上个月, 上月底, 本月初: the month before the issue's or the issue's own (dated as 7月初 is: that month)
MONTH_REL = re.compile(r"(?P<which>上个?|本|这个)月(?:份)?(?P<part>初|上旬|中旬|下旬|底|末)?")
# the part of a month a date names: 上旬 and 初 its first ten days, 中旬 the next ten, 下旬, 底 and 末 the rest
MONTH_PARTS = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
MONTH_PART_AT = re.compile(r"份?(上旬|中旬|下旬|初|底|末)")
DAY_OF_MONTH = re.compile(r"(\d{1,2})日")
# (…历时, 持续 and a meeting's 会期 say it as 为期 does: 历时3天的…运动会于11月30日闭幕 — made up, twenty-fourth session,
# from a probe of date forms: the closing day had been the first)
DURATION = re.compile(r"(?:为期|历时|持续|会期)(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,2})(?P<unit>天|周|个星期|个月)")
FUTURE_CUE = re.compile(patterns.FUTURE)
# what follows a date announces it: 将于/即将/将举办… (not a bare 将, which is also 把: 将…纳入)
FUTURE_AFTER = re.compile(r"[^。；？！]{0,10}?(?:将于|将在|将要|即将|拟|计划|定于|将(?:举办|举行|开展|召开|启动|组织|推出|开通|发布|实施))")
DATELINE = re.compile(patterns.DATELINE)
# seasons and festivals (etl/rules/periods.tsv): windows, dated in the year named or the issue's
PERIODS = {name: (first, last) for name, first, last in patterns.word_table("periods.tsv")}
# 2018年初: the year's 年 is also the period's first character (年初, 年底), so it may stand once for both
# (五一劳动奖章 and 三八红旗手 are honours, not dates)
# (…and 去年底, 今年初: the relative year's 年 stands once for both too — made up, thirty-first session, from briefs: 去年底 had
# been the issue's own year's end)
PERIOD = patterns.PrefixedPattern(r"(?P<y>(?:19|20)\d{2})年?|(?P<rel>今年|去年|前年|明年)|(?P<rel1>今|去|前|明)(?=年[初底末])",
                                  rf"(?P<p>{patterns.alternation(list(PERIODS))})(?!劳动奖|红旗|奖章|奖状|劳动模范)",
                                  max_prefix=5)
# 3月以来, 今年以来, 连日来, 入冬以来: from then until the issue
SINCE = patterns.PrefixedPattern(r"(?P<y>(?:19|20)\d{2})年",
                                 r"(?P<m>\d{1,2})月(?:份)?(?P<part>中旬|下旬|上旬|初|底)?以来|(?P<word>今年以来|年初以来|"
                                 r"连日来|近日来|入冬以来|入夏以来|入秋以来|开春以来|今冬以来|今夏以来|今春以来|入伏以来|入汛以来)|"
                                 r"(?P<outbreak>(?:新冠肺炎)?疫情(?:发生|暴发|爆发)以来)",
                                 max_prefix=5, core_opens=r"[\d今年连近入开新疫]")
# 疫情发生以来 in a 2020 issue: since the nation's response to COVID-19 began (2020-01-20); in a later issue it may be
# any local outbreak's start, so it dates nothing (rmrb_20200212-18-04, rmrb_20200224-04-02, rmrb_20200227-15-05)
OUTBREAK_RESPONSE = dt.date(2020, 1, 20)
SINCE_WORDS = {"今年以来": (1, 1), "年初以来": (1, 1), "入冬以来": (11, 1), "入夏以来": (6, 1), "入秋以来": (9, 1),
               "开春以来": (2, 1), "今冬以来": (11, 1), "今夏以来": (6, 1), "今春以来": (2, 1),
               "入伏以来": (7, 11), "入汛以来": (5, 1)}  # (今冬…: made up, twenty-second session, from a probe of date
# forms, as 入冬以来 is; 入伏, 入汛: twenty-third session, the same way)
# from the issue's day to a day or part of a month ahead (即日起至6月30日, 自即日起到7月底): a campaign announced
FROM_TODAY = re.compile(r"(?:自|从)?即日起(?:至|到)(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|份?(?P<part>上旬|中旬|下旬|底|末))")
# a span of months or of their parts (4月下旬至5月上旬, 3月至5月): from the first's first day to the last's last
MONTH_SPAN = re.compile(r"(?P<m>\d{1,2})月份?(?P<part>上旬|中旬|下旬|初)?(?:至|到|—|－|-|~)"
                        r"(?P<m2>\d{1,2})月份?(?P<part2>上旬|中旬|下旬|初|底|末)?")
# 5月份, 3月上旬, 12月底 without a year: that month, the latest not after the issue
MONTH_ONLY = re.compile(r"(?P<m>\d(?<![\d年]\d)\d?)月(?:份)?(?P<part>上旬|中旬|下旬|初|底|末)?(?![\d日])")
EXPLICIT_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<tail>度|内|底|初|末|上半年|下半年|以来|\d{1,2}月|，|是|的)?")
PAGE_HEADER_DATE = re.compile(r"^[^\n]{0,20}?(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
                              r"(?:星期|周)[一二三四五六日天]", re.M)
# a web page's publishing line (发布时间：2023-09-25 10:12 来源：…): the page's date, as a print page's header is
WEB_PUBLISHED_DATE = re.compile(patterns.WEB_PUBLISHED, re.M)
ACCOUNT_PUBLISHED_DATE = re.compile(patterns.ACCOUNT_PUBLISHED, re.M)
# 节前 / 年前 with no festival named: the weeks before the festival the issue comes before (姜堰总工会节前送温暖, 年前，
# 福州市鼓楼区开展春节走访活动) — not 三年前 (years ago), 当年前三季度, nor a festival named (春节前, 中秋节前: periods.tsv)
BEFORE_THE_FESTIVAL = re.compile(r"(?:节前|年前)(?<![\d一二三四五六七八九十百千两几多数春秋午宵旦庆当去]..)(?![一二三四五六七八九十两几\d])")
BEFORE_FESTIVAL_DAYS = 20  # (both articles: an issue a few days before the festival, the visits in the weeks before)
UPCOMING_FESTIVAL_DAYS = 45  # a festival's window opening this soon after the issue is the one the text looks to
STALE_DAYS = 300  # …when the last one lies this far back: most of a year
# lunar dates, as news around the Spring Festival gives them: 腊月十七, 正月初五, 农历二月初二; 农历初八 (this lunar
# month). Resolved like a month-day: the latest not after the issue, unless announced
_LUNAR_DAY = r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十(?![一二三四五六七八九])"
LUNAR = re.compile(rf"(?:农历)?(?P<m>正月|腊月|冬月)(?P<d>{_LUNAR_DAY})|"
                   rf"农历(?P<m2>[二三四五六七八九十]|十[一二])月(?P<d2>{_LUNAR_DAY})|农历(?P<d3>初[一二三四五六七八九十])")
LUNAR_MONTHS = {"正月": 1, "冬月": 11, "腊月": 12}
LUNAR_WORDS = ("农历", *LUNAR_MONTHS)  # most texts have none: the pattern is not searched at all
YEAR_FUTURE_BEFORE = re.compile(r"(?:到|至|力争|预计|计划|目标|将于|将在|争取)$")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: dt.date | None
    date_end: dt.date | None
    approx: bool
    precision: str = "day"  # day | month | period (a season, festival or "since" window) | year


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _past_year(m: int, d: int, issue: dt.date, future: "Callable[[], bool]") -> int:
    """The year of a month-day: the latest not after the issue date (unless announced; `future` is asked
    only for a day after the issue)."""
    candidate = _safe_date(issue.year, m, d) or _safe_date(issue.year, m, 28)
    if candidate and candidate > issue + dt.timedelta(days=1) and not future():
        return issue.year - 1
    return issue.year


# 当日, 同日, 次日 opening a clause: the day the last date before it names (2月17日，…。同日，…: rmrb_20200227-13-01;
# …2月17日…。当日，南川区人社局安排两辆客车: rmrb_20200220-13-03; …日上午，… / 当日，天心区志愿者…: rmrb_20200209-04-05),
# or the day after it — the date within a paragraph's reach before it, else none
SAME_OR_NEXT_DAY = re.compile(r"(?P<w>当天|当日|同日|同一天|次日|翌日|第二天)(?:上午|下午|晚上|中午)?，")
CLAUSE_OPENS_AFTER = "，。；\n"
NEXT_DAY_WORDS = frozenset({"次日", "翌日", "第二天"})
ANAPHORA_REACH = 300  # characters


# a festival's own day (festival_days.tsv): 五一劳动节当天, 中秋节这天; 除夕 and 大年三十 (New Year's Eve), 大年初一
FESTIVAL_DAYS = {name: (calendar_ == "lunar", int(md[:2]), int(md[3:])) for name, calendar_, md
                 in patterns.word_table("festival_days.tsv")}
# (…and the festivals whose name alone dates an act, opening its clause: 腊八节，…; 小年，…; 第30个环卫工人节到来之际 —
# made up, nineteenth session: they had dated nothing)
DAY_BY_NAME = ("腊八节", "腊八", "小年", "环卫工人节")
# (…or days before or after it: 除夕前一天, 中秋节前两天, 大年初一后一天 — made up, thirtieth session, from briefs: the
# festival's own day had been read)
_DAYS_OFF = r"(?:前|后)[一两三123]天"
FESTIVAL_DAY = re.compile(rf"(?:(?P<eve>除夕|大年三十|年三十)|大年(?P<first>初[一二三四五六七八九十]))(?P<off>{_DAYS_OFF})?|"
                          rf"(?P<fest>{patterns.alternation(list(FESTIVAL_DAYS))})”?(?:当天|当日|这天|这一天|"
                          rf"(?P<off2>{_DAYS_OFF}))|"
                          rf"(?P<bare>{patterns.alternation(DAY_BY_NAME)})”?(?=，|到来之际|来临之际|之际)")
# the words one of its matches opens on, asked first: its alternatives open on named groups, which keeps re from
# skipping ahead to them (the whole text read at every character, where most texts name no festival)
_FESTIVAL_WORD = re.compile(patterns.alternation(["除夕", "大年", "年三十", *FESTIVAL_DAYS, *DAY_BY_NAME]))


def _festival_day(m: re.Match, issue: dt.date, future: bool) -> dt.date | None:
    """The day a festival's own day names, the latest not after the issue (the next one when announced)."""
    from borax.calendars.lunardate import LunarDate
    if m["fest"] or m["bare"]:
        lunar, month, day = FESTIVAL_DAYS[m["fest"] or m["bare"]]
    else:
        lunar, month, day = True, 1, cn_number(m["first"][1:]) if m["first"] else 1
    shift = -1 if m["eve"] else 0  # New Year's Eve: the day before the lunar year's first day
    off = m["off"] or m["off2"]
    if off:  # (除夕前一天: the day before it)
        shift += (-1 if off[0] == "前" else 1) * cn_number(off[1])

    def on(year: int) -> dt.date | None:
        try:
            date = LunarDate(year, month, day).to_solar_date() if lunar else dt.date(year, month, day)
        except ValueError:
            return None
        return date + dt.timedelta(days=shift)
    years = [issue.year + 1, issue.year, issue.year - 1]
    return _occurrence([d for d in (on(y) for y in years) if d], issue, future)


def _occurrence(days: list[dt.date], issue: dt.date, future: bool) -> dt.date | None:
    """Of a yearly day's dates, the one the text means: the latest not after the issue — or, announced, the next —
    unless that latest is most of a year back and the next comes within UPCOMING_FESTIVAL_DAYS (大年三十, 元宵节当天,
    正月十五前夕 in a story a few days before the Spring Festival: the coming one, not last year's — made up,
    twenty-ninth session, from dates around festivals; an event so dated is to come, not reported)."""
    ahead = sorted(d for d in days if d >= issue)
    if future:
        return ahead[0] if ahead else None
    past = [d for d in days if d <= issue + dt.timedelta(days=1)]
    latest = max(past) if past else None
    soon = [d for d in ahead if d > issue + dt.timedelta(days=1) and (d - issue).days <= UPCOMING_FESTIVAL_DAYS]
    if soon and (latest is None or (issue - latest).days > STALE_DAYS):
        return soon[0]
    return latest


def month_part(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date | None]:
    """(first day, last day) of the part of a month a date names (4月下旬: 21–30 April); the whole month is (its first
    day, None), as a month-precise date has always been given."""
    if not part:
        return dt.date(year, month, 1), None
    first, last = MONTH_PARTS[part]
    days = calendar.monthrange(year, month)[1]
    return dt.date(year, month, first), dt.date(year, month, min(last, days))


# a day written in words, its year too if given (二〇二三年四月二十八日, 五月一日) — not 五一 or a count (三月份)
WORDS_DATE = re.compile(r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
                        r"(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日")
_WORDS_DAY = re.compile(r"月[一二三四五六七八九十]{1,3}日")  # (the cheap test most texts fail: 月 then a day in words)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# a day in figures as web pages write it (2023-05-01, 2023.5.1, 2023/5/1): the same separator twice, no figure around
NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)(?<![\d.:/-]..)\d{2})(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                          r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.:/-])")


class _Taken:
    """The characters a date already read: a span is free when none of its characters is taken (one flag a character:
    a text of a million characters holds thousands of dates, each once checked against every other)."""
    __slots__ = ("_flags",)

    def __init__(self, length: int) -> None:
        self._flags = bytearray(length + 1)

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        self._flags[a:b] = b"\x01" * (b - a)

    def free(self, a: int, b: int) -> bool:
        return not any(self._flags[a:b])


def find_dates(text: str, issue: dt.date | None) -> list[DateMention]:
    """Date expressions in `text` with their resolved start/end dates (None when unresolvable)."""
    written = text
    # 元月 is January (元月8日, 元月以来): read as 1月, which is as long, so every offset holds (made up, twenty-second
    # session, from a probe of date forms: no date)
    text = text.replace("元月", "1月") if "元月" in text else text
    out: list[DateMention] = []
    taken = _Taken(len(text))
    free = taken.free

    def future_at(pos: int, end: int | None = None) -> bool:
        """Announced: a future cue just before the date, or one that opens what follows it
        (3月份，教育部门将举办…: this year's March, not last year's)."""
        return bool(FUTURE_CUE.search(text[max(0, pos - 4):pos])) or (
            end is not None and bool(FUTURE_AFTER.match(text, end)))

    for m in WORDS_DATE.finditer(text) if _WORDS_DAY.search(text) else ():
        # 二〇二三年四月二十八日 (a decision's signature), 五月一日: a day written in words
        mo, d = cn_number(m["m"]), cn_number(m["d"])
        if m["y"]:
            y = int(m["y"].translate(_YEAR_DIGITS))
        elif issue:
            y = _past_year(mo, d, issue, lambda: future_at(m.start(), m.end()))
        else:
            y = None
        out.append(DateMention(m.start(), m.end(), m.group(), _safe_date(y, mo, d) if y else None, None, False))
        taken.append((m.start(), m.end()))
    for m in NUMERIC_DATE.finditer(text):
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day:
            out.append(DateMention(m.start(), m.end(), m.group(), day, None, False))
            taken.append((m.start(), m.end()))
    for m in DATE_RANGE.finditer(text):
        if not m["day"] and not m["d2"] or not free(m.start(), m.end()):
            continue
        mo, d = int(m["m"]), int(m["d"])
        if m["y"]:
            y = int(m["y"])
        elif m["rel"] and issue:
            y = issue.year + RELATIVE_YEARS[m["rel"]]  # 去年11月15日
        elif issue:
            y = _past_year(mo, d, issue, lambda: future_at(m.start(), m.end()))
        else:
            y = None
        start = _safe_date(y, mo, d) if y else None
        end = None
        listed = bool(m["listed"])
        if m["d2"] and not (listed and int(m["d2"]) != d + 1):
            m2 = int(m["m2"]) if m["m2"] else mo
            y2 = int(m["y2"]) if m["y2"] else (y + (1 if m2 < mo else 0) if y else None)
            end = _safe_date(y2, m2, int(m["d2"])) if y2 else None
        elif listed and m["d2"]:
            if not m["day"]:
                continue  # 11月3、10日: the days apart, neither alone a date
            first_end = m.start("d") + len(m["d"]) + 1  # (…the first day alone: 11月3日、10日)
            out.append(DateMention(m.start(), first_end, text[m.start():first_end], start, None, False))
            taken.append((m.start(), first_end))
            continue
        out.append(DateMention(m.start(), m.end(), m.group(), start, end, False))
        taken.append((m.start(), m.end()))
    for m in FROM_TODAY.finditer(text) if issue else ():
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            continue
        year = issue.year + (mo < issue.month)  # (ahead: 即日起至2月底 in a December issue is next February)
        last = _safe_date(year, mo, int(m["d"])) if m["d"] else (
            month_part(year, mo, m["part"])[1] or _safe_date(year, mo, calendar.monthrange(year, mo)[1]))
        if last and last >= issue:
            out.append(DateMention(m.start(), m.end(), m.group(), issue, last, False))
            taken.append((m.start(), m.end()))
    for m in MONTH_SPAN.finditer(text) if issue else ():
        mo, mo2 = int(m["m"]), int(m["m2"])
        # (no year or day runs into it: 2019年3月至5月 is YEAR_MONTH's, 3月至5月8日 a range of days)
        joined = text[m.start() - 1:m.start()] in "0123456789年" and m.start() > 0 or text[m.end():m.end() + 1] in \
            tuple("0123456789日")
        if not (1 <= mo <= 12 and 1 <= mo2 <= 12) or joined or not free(m.start(), m.end()):
            continue
        year = issue.year - (mo > issue.month and not future_at(m.start(), m.end()))
        year2 = year + (mo2 < mo)
        first = month_part(year, mo, m["part"])[0]
        last = month_part(year2, mo2, m["part2"])[1] or _safe_date(year2, mo2, calendar.monthrange(year2, mo2)[1])
        if last < first:
            continue  # (1月中旬至1月上旬: no span)
        out.append(DateMention(m.start(), m.end(), m.group(), first, last, True, "month"))
        taken.append((m.start(), m.end()))
    for m in YEAR_MONTH.finditer(text):
        if free(m.start(), m.end()) and (m["y"] or issue):
            y = int(m["y"]) if m["y"] else issue.year + RELATIVE_YEARS[m["rel"]]
            month = int(m["m"]) if m["m"].isdigit() else cn_number(m["m"])
            part = MONTH_PART_AT.match(text, m.end()) if 1 <= month <= 12 else None  # 2019年3月下旬
            end = part.end() if part else m.end()
            first, last = month_part(y, month, part.group(1)) if part else (_safe_date(y, month, 1), None)
            out.append(DateMention(m.start(), end, text[m.start():end], first, last, True, "month"))
            taken.append((m.start(), end))
    for m in SINCE.finditer(text):
        if not free(m.start(), m.end()) or not issue:
            continue
        if m["outbreak"]:
            if not OUTBREAK_RESPONSE <= issue <= dt.date(2020, 12, 31):
                continue
            first = OUTBREAK_RESPONSE
        elif m["word"] in ("连日来", "近日来"):
            first = issue - dt.timedelta(days=7)
        elif m["word"]:
            mo, d = SINCE_WORDS[m["word"]]
            first = dt.date(issue.year - (mo > issue.month), mo, d)
        else:
            mo = int(m["m"])
            if not 1 <= mo <= 12:
                continue
            # (from the part of the month it names: 11月中旬以来 from the 11th — made up, twenty-fourth session, from
            # briefs: every part had been read from the 1st)
            first = dt.date(int(m["y"]) if m["y"] else issue.year - (mo > issue.month), mo,
                            MONTH_PARTS[m["part"]][0] if m["part"] else 1)
        out.append(DateMention(m.start(), m.end(), m.group(), first, issue, True, "period"))
        taken.append((m.start(), m.end()))
    for m in FESTIVAL_DAY.finditer(text) if issue and _FESTIVAL_WORD.search(text) else ():
        if free(m.start(), m.end()):
            day = _festival_day(m, issue, future_at(m.start(), m.end()))
            if day:
                out.append(DateMention(m.start(), m.end(), m.group(), day, None, False))
                taken.append((m.start(), m.end()))
    for m in PERIOD.finditer(text):
        if not free(m.start(), m.end()) or not (issue or m["y"]):
            continue
        window = _period(m, issue, future_at(m.start(), m.end()))  # (元旦春节期间，市总工会将开展…: the coming one)
        if window:
            out.append(DateMention(m.start(), m.end(), m.group(), window[0], window[1], True, "period"))
            taken.append((m.start(), m.end()))
    for m in BEFORE_THE_FESTIVAL.finditer(text):
        if free(m.start(), m.end()) and issue:  # 节前，…; 年前，… : the weeks before the issue's festival
            out.append(DateMention(m.start(), m.end(), m.group(), issue - dt.timedelta(days=BEFORE_FESTIVAL_DAYS), issue,
                                   True, "period"))
            taken.append((m.start(), m.end()))
    for m in MONTH_ONLY.finditer(text):
        if not free(m.start(), m.end()) or not issue:
            continue
        mo = int(m["m"])
        if 1 <= mo <= 12:
            year = issue.year - (mo > issue.month and not future_at(m.start(), m.end()))
            out.append(DateMention(m.start(), m.end(), m.group(), *month_part(year, mo, m["part"]), True, "month"))
            taken.append((m.start(), m.end()))
    for m in YEAR_ONLY.finditer(text):  # 2022年度, 2023年内
        if free(m.start(), m.end()):
            y = int(m["y"])
            out.append(DateMention(m.start(), m.end(), m.group(), dt.date(y, 1, 1), dt.date(y, 12, 31), True, "year"))
            taken.append((m.start(), m.end()))
    for m in LUNAR.finditer(text) if issue and any(w in text for w in LUNAR_WORDS) else ():
        if not free(m.start(), m.end()):
            continue
        day = _lunar(m, issue, lambda: future_at(m.start(), m.end()))
        if day:
            out.append(DateMention(m.start(), m.end(), m.group(), day, None, False))
            taken.append((m.start(), m.end()))
    for m in DAY_ONLY.finditer(text):
        if not free(m.start(), m.end()) or not issue:
            continue
        d = int(m["d"])
        if not 1 <= d <= 31:
            continue
        date = _safe_date(issue.year, issue.month, d)
        if date is None or (date > issue and not future_at(m.start(), m.end())):
            prev = issue.replace(day=1) - dt.timedelta(days=1)
            date = _safe_date(prev.year, prev.month, d)
        last = _safe_date(date.year, date.month, int(m["d2"])) if date and m["d2"] and int(m["d2"]) > d else None
        out.append(DateMention(m.start(), m.end(), m.group(), date, last, False))
        taken.append((m.start(), m.end()))
    # 今天, 昨天 count from the day the report was filed when its dateline says it (本报北京4月25日电…今天召开: the 25th,
    # not the issue's day after — made up, twenty-first session, from a brief; People's Daily files the day before)
    # (…and 近日, 日前 from the day before it: 新华社北京1月15日电 …全总近日下拨… in a 21 January issue is before the 15th —
    # made up, twenty-ninth session, from a national item printed days after its agency's dateline)
    filed = _dateline_day(text, issue) if issue and (RELATIVE.search(text) or APPROX.search(text)) else None
    for m in APPROX.finditer(text):
        if free(m.start(), m.end()):
            date = (filed or issue) - dt.timedelta(days=1) if issue else None
            out.append(DateMention(m.start(), m.end(), m.group(), date, None, True))
    for m in RELATIVE.finditer(text):
        if free(m.start(), m.end()) and issue:
            out.append(DateMention(m.start(), m.end(), m.group(),
                                   (filed or issue) + dt.timedelta(days=RELATIVE_DAYS[m.group()]), None, False))
    for m in MONTH_REL.finditer(text) if issue else ():
        if free(m.start(), m.end()):
            first = issue.replace(day=1)
            if m["which"].startswith("上"):
                first = (first - dt.timedelta(days=1)).replace(day=1)
            day = DAY_OF_MONTH.match(text, m.end()) if not m["part"] else None
            date = _safe_date(first.year, first.month, int(day.group(1))) if day else None
            if date:  # 本月8日, 上月20日: a day of that month
                out.append(DateMention(m.start(), day.end(), text[m.start():day.end()], date, None, False))
                taken.append((m.start(), day.end()))
                continue
            out.append(DateMention(m.start(), m.end(), m.group(), *month_part(first.year, first.month, m["part"]), True,
                                   "month"))
            taken.append((m.start(), m.end()))
    for m in WEEK.finditer(text) if issue else ():
        if not free(m.start(), m.end()) or (not m["wd"] and text[m.end():m.end() + 1] in NOT_A_WEEK_AFTER):
            continue
        monday = issue - dt.timedelta(days=issue.weekday() + (7 if m["which"] == "上" else 0))
        if m["wd"]:
            day = monday + dt.timedelta(days=WEEKDAYS.index(m["wd"].replace("天", "日")))
            if day <= issue:  # (本周五 in a Wednesday's paper is to come: no date)
                out.append(DateMention(m.start(), m.end(), m.group(), day, None, False))
        elif text[m.end():m.end() + 1] == "末":  # 上周末: that week's Saturday and Sunday
            saturday = monday + dt.timedelta(days=5)
            if saturday <= issue:
                out.append(DateMention(m.start(), m.end() + 1, m.group() + "末", saturday,
                                       min(saturday + dt.timedelta(days=1), issue), True, "period"))
        else:
            out.append(DateMention(m.start(), m.end(), m.group(), monday, min(monday + dt.timedelta(days=6), issue),
                                   True, "period"))
        taken.append((m.start(), m.end()))
    for m in RELATIVE_YEAR.finditer(text):
        if free(m.start(), m.end()) and issue:
            y = issue.year + RELATIVE_YEARS[m.group()]
            out.append(DateMention(m.start(), m.end(), m.group(), dt.date(y, 1, 1), dt.date(y, 12, 31), True, "year"))
    for m in SAME_OR_NEXT_DAY.finditer(text):
        at = m.start("w")
        if at and text[at - 1] not in CLAUSE_OPENS_AFTER:
            continue  # (opening a clause only: 在当天 is no date of its own)
        earlier = [d for d in out if d.precision == "day" and not d.approx and d.date_start
                   and at - ANAPHORA_REACH <= d.end <= at]
        if not earlier or not free(at, m.end("w")):
            continue
        day = max(earlier, key=lambda d: d.end)
        if m["w"] in NEXT_DAY_WORDS:
            out.append(DateMention(at, m.end("w"), m["w"], (day.date_end or day.date_start) + dt.timedelta(days=1),
                                   None, False))
        elif day.date_end is None:  # (the same day as a span of days is no one day)
            out.append(DateMention(at, m.end("w"), m["w"], day.date_start, None, False))
    out.sort(key=lambda x: x.start)
    return out if written is text else [replace(d, text=written[d.start:d.end]) for d in out]


def _lunar(m: re.Match, issue: dt.date, future: Callable[[], bool]) -> dt.date | None:
    """The calendar day of a lunar month-day: in the issue's lunar year, or the one before when that day lies
    after the issue (unless announced); 农历初八 alone is in the issue's lunar month."""
    from borax.calendars.lunardate import LunarDate
    today = LunarDate.from_solar_date(issue.year, issue.month, issue.day)
    day = cn_number((m["d"] or m["d2"] or m["d3"]).replace("初", "").replace("廿", "二十"))
    month = LUNAR_MONTHS.get(m["m"] or "") or (cn_number(m["m2"]) if m["m2"] else today.month)
    if not day or not month:
        return None

    def solar(year: int) -> dt.date | None:
        for d in (day, 29) if day == 30 else (day,):  # 腊月三十 is New Year's Eve, the 29th in a short year
            try:
                return LunarDate(year, month, d).to_solar_date()
            except ValueError:
                continue
        return None
    if future():
        # (announced: the issue's lunar year's, though weeks gone — 原本，他们计划在农历初八就启程返工, rmrb_20200220-13-03 —
        # else the next: 正月十五前夕，…将举办… in the issue's 腊月)
        return next((d for d in (solar(today.year), solar(today.year + 1))
                     if d and d >= issue - dt.timedelta(days=UPCOMING_FESTIVAL_DAYS)), None)
    # (a 正月 day in the issue's 腊月 is the coming lunar year's, as a festival's day is: _occurrence)
    days = [d for d in (solar(today.year + 1), solar(today.year), solar(today.year - 1)) if d]
    return _occurrence(days, issue, False)


def _dateline_day(text: str, issue: dt.date) -> dt.date | None:
    """The day the text's first dateline gives (本报北京4月25日电), in the issue's year — the year before when that day
    would come after the issue — if it lies within a week before the issue; else None."""
    m = DATELINE.search(text)
    if not m:
        return None
    day = _safe_date(issue.year, int(m["m"]), int(m["d"]))
    if day and day > issue:
        day = _safe_date(issue.year - 1, int(m["m"]), int(m["d"]))
    return day if day and dt.timedelta(0) <= issue - day <= dt.timedelta(days=7) else None


def _period(m: re.Match, issue: dt.date | None, future: bool) -> tuple[dt.date, dt.date] | None:
    """The window of a season or festival: in the year named, else the latest not after the issue."""
    first, last = PERIODS[m["p"]]
    fm, fd = (int(x) for x in first.split("-"))
    lm, ld = (int(x) for x in last.split("-"))
    wraps = (lm, ld) < (fm, fd)
    if m["y"] or m["rel"] or m["rel1"]:
        # 2026年两节, 今年春节: the festival of that year; a window across new year opens the year before
        year = (int(m["y"]) if m["y"] else issue.year + RELATIVE_YEARS[m["rel"] or m["rel1"] + "年"]) - wraps
    else:
        year = issue.year
        start = _safe_date(year, fm, fd)
        if start and start > issue + dt.timedelta(days=1) and not future:
            if start - issue <= dt.timedelta(days=UPCOMING_FESTIVAL_DAYS):
                # a festival the issue comes shortly before is the one to come, its acts in the weeks before the issue, as
                # 节前 dates them (春节前夕，市总工会走访慰问… or “迎新春”职工长跑比赛 in a 1月8日 issue — made up, twenty-sixth
                # session, from briefs: dated a year back, to last year's festival)
                return issue - dt.timedelta(days=BEFORE_FESTIVAL_DAYS), issue
            year -= 1
    start = _safe_date(year, fm, fd)
    end = _safe_date(year + wraps, lm, ld)
    return (start, end) if start and end else None


def duration_end(sentence: str, start: dt.date) -> dt.date | None:
    """为期3天 from a start date → the last day; 为期两周, 为期一个月 too (made up, twenty-sixth session, from briefs: a
    month's contest had had no end)."""
    m = DURATION.search(sentence)
    if not m:
        return None
    n = cn_number(m["n"]) or 0
    if m["unit"] == "个月":
        if n < 1:
            return None
        month = start.month - 1 + n
        year, month = start.year + month // 12, month % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])  # (1月31日 + 一个月: the end of February)
        return dt.date(year, month, day) - dt.timedelta(days=1)
    days = n * 7 if m["unit"] in ("周", "个星期") else n
    return start + dt.timedelta(days=days - 1) if days > 1 else None


def infer_issue_date(text: str, name_date: dt.date | None) -> tuple[dt.date | None, str]:
    """The issue date and how it was obtained: 'file name', 'page header', 'dateline', 'text', or ''."""
    if name_date:
        return name_date, "file name"
    header = PAGE_HEADER_DATE.search(text[:2000]) or WEB_PUBLISHED_DATE.search(text[:2000])
    posted = ACCOUNT_PUBLISHED_DATE.search(text[:2000]) if not header else None
    if header or posted:
        day = _safe_date(int(header["y"]), int(header["m"]), int(header["d"])) if header else \
            _safe_date(int(posted["ay"]), int(posted["am"]), int(posted["ad"]))
        if day:
            return day, "page header"  # 2023年3月2日 星期四 printed at the top of the page
    years = []
    for m in EXPLICIT_YEAR.finditer(text):
        if YEAR_FUTURE_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            continue
        if text[m.end():m.end() + 1] == "前":
            continue
        years.append(int(m["y"]))
    year = max(years) if years else None
    datelines = [(int(m["m"]), int(m["d"])) for m in DATELINE.finditer(text)]
    if year and datelines:
        latest = max(d for d in (_safe_date(year, mo, dd) for mo, dd in datelines) if d) if any(
            _safe_date(year, mo, dd) for mo, dd in datelines) else None
        if latest:
            # a dateline "…3月1日电" is filed the day before the paper prints it
            return latest + dt.timedelta(days=1), "dateline"
    if year:
        days = [d for d in (_safe_date(year, int(m["m"]), int(m["d"])) for m in DATE_RANGE.finditer(text)
                            if not m["y"]) if d]
        if days:
            return max(days), "text"
    return None, ""
