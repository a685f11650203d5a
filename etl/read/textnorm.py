"""Canonical text: one punctuation style so that every rule is written once.

Pages extracted from print layouts mix ASCII and full-width punctuation
(`,` and `，`, `(` and `（`); People's Daily files indent with full-width
spaces; Traditional Chinese quotes with corner brackets (「」, 『』). We map the
ASCII forms to full-width when they sit next to Chinese (quotes, full stops and
ellipses too), keep ASCII inside numbers (1,236.5), the corner brackets to “” and
‘’, and strip layout whitespace.
"""
from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff\uf900-\ufaff\u2460-\u24ff“”‘’《》"  # circled numbers (在奋斗者身边⑦) sit with Chinese
_ASCII_TO_WIDE = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_WIDE = "，：；！？（）"
_NEAR_CJK = re.compile(rf"(?<=[{_CJK}{_WIDE}])[,:;!?()]|[,:;!?()](?=[{_CJK}{_WIDE}])")
# (and the corner brackets Traditional Chinese quotes with, 「全國五一勞動獎章」, are the quotation marks rules read)
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９％．「」『』", "0123456789%.“”‘’")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# web pages quote and end sentences in ASCII too ("五一"劳动奖章, …称号., …50.4%.): an ASCII double quote on a line
# that has one next to Chinese is a Chinese quotation mark, opening and closing in turn; a full stop, or dots for an
# ellipsis, right after Chinese (or a bracket or a percent) and before Chinese, a digit or the line's end is the
# Chinese one (not 3.5 or www.acftu.org)
_QUOTE_NEAR_CJK = re.compile(rf'(?<=[{_CJK}{_WIDE}])"|"(?=[{_CJK}{_WIDE}])')
_ELLIPSIS_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])\.{{3,6}}(?=[{_CJK}{_WIDE}”]|$)")
_STOP_AFTER_CJK = re.compile(rf"(?<=[{_CJK}）%])\.(?=[{_CJK}”’（\d]|\s|$)")  # (…行为.2011年至今: no decimal)


_ASCII_MARKS = re.compile(r'[,:;!?()".]')


def _chinese_quotes(line: str) -> str:
    if '"' not in line or not _QUOTE_NEAR_CJK.search(line):
        return line
    parts = line.split('"')
    return "".join(part + ("“" if k % 2 == 0 else "”") for k, part in enumerate(parts[:-1])) + parts[-1]


def normalize_text(text: str) -> str:
    """Return text with canonical punctuation, LF line ends and trimmed lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _INTERPUNCT.sub("·", text.translate(_WIDE_DIGITS))
    return "\n".join(_canonical_line(_SPACES.sub(" ", ln).strip()) for ln in text.split("\n"))


# the dot that joins the parts of a transliterated name or a column's two tags, as fonts and sites set it (买买提•艾力,
# 网络中国节・腊八节): one mark, ·, between Chinese characters
_INTERPUNCT = re.compile(r"[•・‧∙⋅](?<=[\u4e00-\u9fff].)(?=[\u4e00-\u9fff])")  # (asked after the dot: a faster scan)


def _canonical_line(line: str) -> str:
    if not _ASCII_MARKS.search(line):
        return line  # (most lines have no ASCII punctuation at all)
    # each pass widens the punctuation next to what the last one changed ("会)):" takes three; :"会 two, the quote
    # first)
    while True:
        wider = _STOP_AFTER_CJK.sub("。", _ELLIPSIS_AFTER_CJK.sub("……", _chinese_quotes(
            _NEAR_CJK.sub(lambda m: _ASCII_TO_WIDE[m.group()], line))))
        if wider == line:
            return line
        line = wider


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(s: str) -> int | None:
    """二十 → 20, 一千二百 → 1200, 十五 → 15, "56" → 56; None when s is not a number."""
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current if s else None
