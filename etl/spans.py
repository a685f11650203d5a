"""Sentences and organisation names, with character offsets (shared by the extractors)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl import lexicon

_SENT_END = re.compile(r"[。！？!?]+[”’）]*|\n")
ORG_SUFFIXES = ("总工会", "工会联合总会", "工会联合会", "工会委员会", "工会", "组织部", "协会", "委员会", "联合会",
                "人社局", "人力资源和社会保障局", "人力资源社会保障厅", "人社厅", "人力资源和社会保障部", "人社部",
                "团委", "妇联", "办公室", "管理局", "政府", "集团", "公司", "中心")
# organisations usually named by a short form with no suffix to recognise them by
# (written as their full names, so that 全总 and 中华全国总工会 count as one payer)
ORG_SHORT_NAMES = {"全总": "中华全国总工会", "人社部": "人力资源和社会保障部", "财政部": "财政部", "国务院": "国务院",
                   "最高法": "最高人民法院", "最高检": "最高人民检察院", "国资委": "国务院国资委",
                   "发改委": "国家发展改革委", "民政部": "民政部", "教育部": "教育部", "工信部": "工业和信息化部"}
_ORG_PART_TAGS = ("n", "ns", "nt", "nz", "j", "nrt", "vn", "b")
_ORG_PART_WORDS = {"委", "市委", "县委", "区委", "省委", "就业", "中"}
_ORG_NOT_PART = {"日前", "近日", "目前", "今年", "去年", "全市", "全省", "各级", "广大", "相关", "此次", "双方", "两地"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Sentences (ending at 。！？ or a line end) with their offsets in text."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[pos:end].strip():
            out.append(Span(pos, end, text[pos:end]))
        pos = m.end()
    if text[pos:].strip():
        out.append(Span(pos, len(text), text[pos:]))
    return out


def clauses(sentence: str) -> list[Span]:
    """Clauses of a sentence split at ，；： (offsets relative to the sentence)."""
    out, pos = [], 0
    for m in re.finditer(r"[，；：]", sentence):
        out.append(Span(pos, m.start(), sentence[pos:m.start()]))
        pos = m.end()
    out.append(Span(pos, len(sentence), sentence[pos:]))
    return [c for c in out if c.text]


def find_orgs(text: str) -> list[Span]:
    """Organisation names ending in a known suffix (福建省总工会, 中国机械冶金建材工会)."""
    tokens = lexicon.tag(text)
    out: list[Span] = []
    pos = 0
    starts = []
    for word, _tag in tokens:
        starts.append(pos)
        pos += len(word)
    for i, (word, _tag) in enumerate(tokens):
        if word in ORG_SHORT_NAMES:
            out.append(Span(starts[i], starts[i] + len(word), ORG_SHORT_NAMES[word]))
            continue
        if not word.endswith(ORG_SUFFIXES):
            continue
        if out and out[-1].end == starts[i]:
            # 山东省冶金工会 + 委员会, 山东中矿集团 + 有限公司
            out[-1] = Span(out[-1].start, starts[i] + len(word), out[-1].text + word)
            continue
        j = i
        while j > 0 and i - j < 7:
            prev, ptag = tokens[j - 1]
            if prev in _ORG_NOT_PART or prev.endswith(ORG_SUFFIXES) or prev == "单位":
                break
            if prev not in _ORG_PART_WORDS and (not ptag.startswith(_ORG_PART_TAGS)
                                                or ptag.startswith("nr") and ptag != "nrt"):
                break
            j -= 1
        start, end = starts[j], starts[i] + len(word)
        name = text[start:end]
        if len(name) >= 3 and name not in ORG_SUFFIXES:
            out.append(Span(start, end, name))
    return out
