"""Canonical text: one punctuation style so that every rule is written once.

Pages extracted from print layouts mix ASCII and full-width punctuation
(`,` and `，`, `(` and `（`); People's Daily files indent with full-width
spaces. We map the ASCII forms to full-width when they sit next to Chinese,
keep ASCII inside numbers (1,236.5), and strip layout whitespace.
"""
from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff\uf900-\ufaff“”‘’《》"
_ASCII_TO_WIDE = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[,:;!?()]|[,:;!?()](?=[{_CJK}])|(?<=[）])[,:;!?()]|[,:;!?()](?=[（])")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def normalize_text(text: str) -> str:
    """Return text with canonical punctuation, LF line ends and trimmed lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.translate(_WIDE_DIGITS)
    text = _NEAR_CJK.sub(lambda m: _ASCII_TO_WIDE[m.group()], text)
    # a second pass catches runs like "日)," where the first bracket changed the context
    text = _NEAR_CJK.sub(lambda m: _ASCII_TO_WIDE[m.group()], text)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines)


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
