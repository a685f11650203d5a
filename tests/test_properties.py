"""Property tests for the parsers: whatever the numbers, the rules hold."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from etl.analyse.dates import find_dates
from etl.extract.money import find_money
from etl.read.textnorm import normalize_text

UNITS = {"元": 1, "千元": 1e3, "万元": 1e4, "亿元": 1e8, "万亿元": 1e12}


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=99),
       st.sampled_from(sorted(UNITS)), st.sampled_from(["", "近", "超", "约", "共计"]))
def test_money_in_yuan(whole, cents, unit, qualifier):
    number = f"{whole}.{cents:02d}" if cents else str(whole)
    got = find_money(f"工会下拨{qualifier}{number}{unit}用于帮扶困难职工")
    assert len(got) == 1
    assert abs(got[0].yuan - float(number) * UNITS[unit]) < 1e-6 * max(1.0, float(number) * UNITS[unit])


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["名", "人", "家", "个", "人次", "余人次", "万名", "周年",
                                                                    "万", "亿", "万余", "万人次"]))
def test_counts_never_money(n, unit):
    assert find_money(f"共有{n}{unit}职工参加") == []
    assert find_money(f"资金惠及{n}{unit}职工") == []  # (a fund before a count with no 元 makes it no money)


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_news_dates_never_after_issue(issue, month, day):
    mentions = find_dates(f"{month}月{day}日，某市总工会举办活动", issue)
    assert mentions and mentions[0].date_start is not None
    d = mentions[0].date_start
    assert d <= issue + dt.timedelta(days=1)
    assert (d.month, d.day) == (month, day)
    assert issue - d < dt.timedelta(days=367)


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)), st.sampled_from(["-", ".", "/"]),
       st.booleans())
def test_a_day_in_figures_is_that_day(day, sep, padded):
    """2023-05-01, 2023.5.1, 2023/05/01: the day written, with its year, whatever the issue."""
    written = sep.join([str(day.year), f"{day.month:02d}" if padded else str(day.month),
                        f"{day.day:02d}" if padded else str(day.day)])
    mentions = find_dates(f"{written}，某市总工会举办活动", dt.date(2023, 5, 10))
    assert [(m.text, m.date_start) for m in mentions] == [(written, day)]


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["正月", "腊月", "冬月"]), st.integers(min_value=1, max_value=30))
def test_lunar_dates_never_after_issue(issue, month, day):
    """A lunar month-day (腊月十七) is the latest on or before the day after the issue, within a lunar year and
    a leap month of it — or, when that one is most of a year back (dates.STALE_DAYS), the coming one within
    dates.UPCOMING_FESTIVAL_DAYS — and reads back as the same lunar month and day (29 for a 三十 the month lacks)."""
    from etl.analyse.dates import STALE_DAYS, UPCOMING_FESTIVAL_DAYS
    from borax.calendars.lunardate import LunarDate
    words = ("初" + "一二三四五六七八九十"[day - 1]) if day <= 10 else \
        {20: "二十", 30: "三十"}.get(day) or ("十" if day < 20 else "二十" if day < 30 else "") + "一二三四五六七八九"[day % 10 - 1]
    mentions = find_dates(f"{month}{words}，某市总工会举办活动", issue)
    assert mentions and mentions[0].date_start is not None, words
    d = mentions[0].date_start
    if d > issue + dt.timedelta(days=1):
        assert d - issue <= dt.timedelta(days=UPCOMING_FESTIVAL_DAYS)
    assert issue - d < dt.timedelta(days=min(385, STALE_DAYS + UPCOMING_FESTIVAL_DAYS + 30))
    back = LunarDate.from_solar_date(d.year, d.month, d.day)
    assert (back.month, back.day) in (({"正月": 1, "冬月": 11, "腊月": 12}[month], day), ({"正月": 1, "冬月": 11, "腊月": 12}[month], 29))


@settings(max_examples=100)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=25),
       st.integers(min_value=1, max_value=3))
def test_ranges_end_after_start(issue, month, day, span):
    d = find_dates(f"{month}月{day}日至{day + span}日，竞赛举行", issue)[0]
    assert d.date_end - d.date_start == dt.timedelta(days=span)


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12),
       st.sampled_from(["", "上旬", "中旬", "下旬", "初"]), st.sampled_from(["", "上旬", "中旬", "下旬", "初", "底"]))
def test_month_spans_end_after_they_start(issue, month, month2, part, part2):
    """4月下旬至5月上旬, 11月至2月: one span, its end after its start, within a year and a month of it."""
    assume(month != month2)
    d = find_dates(f"{month}月{part}至{month2}月{part2}，开展活动", issue)[0]
    assert d.date_start <= d.date_end and d.date_end - d.date_start < dt.timedelta(days=366 + 31)


@given(st.text(alphabet="工会职工，,。()（）:：！!？?1234567890 　\r\n\".…“”ab", max_size=200))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


# text made of what dates are written with: years, months, days, seasons, ranges and the words around them
DATE_PIECES = ["2019年", "2020", "1998", "年", "今年", "去年", "明年", "12月", "3月", "份", "5日", "28日", "至", "—",
               "春节期间", "年初", "年底", "五一", "劳动奖章", "以来", "连日来", "中旬", "初", "，", "召开", "1", "9", "0",
               "近日来", "入冬", "开春", "新冠肺炎", "疫情", "发生", "暴发", "份", "底", "３"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
def test_prefixed_patterns_match_as_the_whole_pattern(text):
    """The dates' prefixed patterns (a year before a day, a season or a since-phrase) find what the one
    pattern they are written as would: the same spans and groups."""
    from etl.analyse import dates
    for pattern in (dates.DATE_RANGE, dates.PERIOD, dates.SINCE):
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in pattern.full.finditer(text)]
        # (…and the core is found where the class of its opening characters says, as everywhere: SINCE)
        assert [m.span() for m in pattern._core_hits(text)] == [m.span() for m in pattern.core.finditer(text)]


@given(st.dictionaries(st.text(alphabet="工会职工劳模一二三", min_size=1, max_size=4), st.floats(allow_nan=False), max_size=30),
       st.lists(st.lists(st.text(alphabet="工会职工劳模一二三四", min_size=1, max_size=4), max_size=12), max_size=6),
       st.integers(min_value=1, max_value=8))
def test_word_table_answers_as_its_dict(table, queries, memo_limit):
    """Whatever the memo holds (it is also cleared when full), each word's value is the table's, or the default."""
    from etl.analyse.cache import WordTable
    words = WordTable.from_dict(table)
    words.MEMO_LIMIT = memo_limit
    for query in queries:
        assert words.get_many(query, "none") == [table.get(w, "none") for w in query]


@given(st.text(alphabet="工会職工戶衞台温，。a Zé\t\n\u3400\u4e00\u9fff\u3000\uff01\uffef\x7f\x1f~", max_size=300))
def test_characters_counted_by_runs_as_one_by_one(text):
    """The reader counts characters of a class by the runs a regex finds (fast); the count is the one a loop over
    the characters gives."""
    from etl.read import _HAN, _HAN_WITH_EXTENSION_A, _LATIN_LETTER, _TEXT_LIKE, _count, _traditional_characters
    assert _count(_HAN, text) == sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert _count(_HAN_WITH_EXTENSION_A, text) == sum("\u3400" <= ch <= "\u9fff" for ch in text)
    assert _count(_LATIN_LETTER, text) == sum(ch.isascii() and ch.isalpha() for ch in text)
    assert _count(_TEXT_LIKE, text) == sum("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                                           or "\uff00" <= ch <= "\uffef" or ch in "\n\r\t "
                                           or ch.isascii() and ch.isprintable() for ch in text)
    traditional = _traditional_characters()
    assert sum(map(text.count, traditional.intersection(text))) == sum(ch in traditional for ch in text)


# names of places that overlap and nest, as the gazetteer's do (石家庄 and 石家庄市, 长安 and 长安区, 西安 and 西安市)
PLACE_PIECES = ["石家庄市", "石家庄", "长安区", "长安", "西安市", "西安", "安市", "家", "庄", "市", "区", "工会", "，"]


@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=15).map("".join))
def test_place_names_found_leftmost_longest(text):
    """The place finder reads, left to right, the longest of the gazetteer's names starting at the first point any
    starts, none overlapping — as a plain scan of the text does."""
    from etl.analyse.places import _automaton, _candidates
    names = set(_automaton()[1])
    longest = max(map(len, names))
    expected, at = [], 0
    while at < len(text):
        here = [text[at:at + k] for k in range(1, longest + 1) if text[at:at + k] in names]
        if here:
            expected.append((at, at + len(here[-1]), here[-1]))
            at += len(here[-1])
        else:
            at += 1
    assert [(start, end, name) for start, end, name, _units in _candidates(text)] == expected


@given(st.lists(st.text(alphabet="工会北京市总。 \n", min_size=1, max_size=4), max_size=30),
       st.lists(st.integers(min_value=-2, max_value=130), max_size=20))
def test_token_index_answers_as_a_set_and_a_dict_of_the_tokens(words, offsets):
    """Tokens that tile a text, looked up by offset: a boundary is the text's start or a token's end, and the token
    starting at an offset is the one a dict of every token gives."""
    from etl.analyse.spans import TokenIndex
    tokens, at = [], 0
    for k, word in enumerate(words):
        tokens.append((word, "n" if k % 2 else "ns", at))
        at += len(word)
    index = TokenIndex(tokens)
    ends = {p + len(w) for w, _t, p in tokens} | {0}
    by_start = {p: (w, t) for w, t, p in tokens}
    for offset in offsets + [p for _w, _t, p in tokens] + [at]:
        assert (offset in index) == (offset in ends)
        assert index.get(offset) == by_start.get(offset, ("", ""))


CREDIT_PIECES = ["本报讯", "本报记者", "（记者 张明）", "(通讯员李华)", "来源：", "市总工会", "据《工人日报》报道", "据新华社电",
                 "作者单位：", "（作者：王芳）", "\n", "。", "，", "报", "网讯", " ", "据", "（", "）"]


@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=14).map("".join))
def test_credits_found_where_they_can_open_as_everywhere(text):
    """The credit pattern tried only at a line's start, a bracket or 据 finds what it finds tried everywhere."""
    from etl.analyse.doc import _CREDIT_OPENS, CREDIT
    from etl.rules.patterns import finditer_where
    assert [m.span() for m in finditer_where(CREDIT, text, _CREDIT_OPENS)] == [m.span() for m in CREDIT.finditer(text)]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)), st.integers(min_value=1, max_value=12),
       st.sampled_from(["天", "周", "个星期", "个月"]))
def test_a_spans_last_day_lies_after_its_first(start, n, unit):
    """为期N天/周/个月 from any day (twenty-sixth session: weeks and months, a month from the 31st ending in a short
    month): the last day is after the first, and no later than the span's longest reading allows."""
    from etl.analyse.dates import duration_end
    end = duration_end(f"为期{n}{unit}", start)
    longest = {"天": n, "周": 7 * n, "个星期": 7 * n, "个月": 31 * n}[unit]
    if longest <= 1:
        assert end is None
    else:
        assert end is not None and start < end < start + dt.timedelta(days=longest)
