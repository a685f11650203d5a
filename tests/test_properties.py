"""Property tests for the parsers: whatever the numbers, the rules hold."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
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


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["名", "人", "家", "个", "人次", "余人次", "万名", "周年"]))
def test_counts_never_money(n, unit):
    assert find_money(f"共有{n}{unit}职工参加") == []


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
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["正月", "腊月", "冬月"]), st.integers(min_value=1, max_value=30))
def test_lunar_dates_never_after_issue(issue, month, day):
    """A lunar month-day (腊月十七) is the latest on or before the day after the issue, within a lunar year and
    a leap month of it, and reads back as the same lunar month and day (29 for a 三十 the month lacks)."""
    from borax.calendars.lunardate import LunarDate
    words = ("初" + "一二三四五六七八九十"[day - 1]) if day <= 10 else \
        {20: "二十", 30: "三十"}.get(day) or ("十" if day < 20 else "二十" if day < 30 else "") + "一二三四五六七八九"[day % 10 - 1]
    mentions = find_dates(f"{month}{words}，某市总工会举办活动", issue)
    assert mentions and mentions[0].date_start is not None, words
    d = mentions[0].date_start
    assert d <= issue + dt.timedelta(days=1)
    assert issue - d < dt.timedelta(days=385)
    back = LunarDate.from_solar_date(d.year, d.month, d.day)
    assert (back.month, back.day) in (({"正月": 1, "冬月": 11, "腊月": 12}[month], day), ({"正月": 1, "冬月": 11, "腊月": 12}[month], 29))


@settings(max_examples=100)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=25),
       st.integers(min_value=1, max_value=3))
def test_ranges_end_after_start(issue, month, day, span):
    d = find_dates(f"{month}月{day}日至{day + span}日，竞赛举行", issue)[0]
    assert d.date_end - d.date_start == dt.timedelta(days=span)


@given(st.text(alphabet="工会职工，,。()（）:：！!？?1234567890 　\r\n", max_size=200))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
