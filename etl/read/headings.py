"""Does a run of heading lines open a new article, or is it a subheading of the one in progress?

Where a byline, a lead (本报讯, …电) or a photo credit follows, the rules in
`etl.read.segment` decide. Feature pages and text extracted from print often have
none of these; there a logistic model over a few line features decides. Its
weights (etl/rules/heading_model.json) are learnt by scripts/train_headings.py
from pages composed of one-article files (etl.evaluate.compose), on the 'train' half of
the files only, and checked on the 'test' half.
"""
from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache

from etl.analyse import lexicon
from etl.rules import patterns
from etl.rules.patterns import LEAD, RULES_DIR

MODEL = RULES_DIR / "heading_model.json"
# what opens a subheading inside an article: 核心阅读, 一、, （二）, 第三章, ■链接, 【案情】 alone on its line,
# 记者手记, times of a schedule (a column mark before a headline, 【网络中国节·腊八节】市总工会：…, is no subheading),
# a roundup's place and people (山东胶州·杨维安、杨孝亮父子) — not a headline's name written with · and what its bearer did
# (阿依古丽·买买提荣获全国五一劳动奖章: made up, twenty-first session, from briefs composed with kickers — the kicker
# had become the headline)
_DONE = rf"(?:{patterns.headline_predicates().pattern}|当选|入选|荣膺|获评)"
SUBHEAD = re.compile(r"^(?:核心阅读|编者按|开栏的话|结束语|相关链接|链接|延伸阅读|背景|记者手记|短评|点评|"
                     r"第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[\.、．]|"
                     r"[■●◆▲★☆□]|【[^】]{1,10}】$|——编|\d{1,2}[:：]\d{2}|"
                     rf"[\u4e00-\u9fff]{{2,8}}·(?![\u4e00-\u9fff、]*?{_DONE})[\u4e00-\u9fff、]{{2,16}}$)|"
                     r"（[^）]*(?:记者手记|链接|整理)）$")
COLUMN_TAG = re.compile(r"（[^（）]{2,24}）$")  # 措施有力就业稳（数字看“六稳”）: a paper's column, on headlines
# …or opening one, in the brackets or after the bar outlets use (【网络中国节·腊八节】市总工会：腊八送温情…, 图集|龙岗建筑工人…)
COLUMN_OPENING = re.compile(r"^(?:【[^【】]{2,12}】|[\u4e00-\u9fff]{2,4}[|｜])[^【】|｜]{4,}")
# the piece's closing credit: its writers in brackets, a roundup's too (（综合本报记者贺勇、孟海鹰…报道）, three People's
# Daily roundups), an outlet or a rank with the title as bylines write it (patterns.REPORTER)
ARTICLE_END = re.compile(rf"（(?:综合)?(?:作者|本文|{patterns.REPORTER})[^）]*）$|（[^）]{{2,12}}(?:整理|执笔)）$|责任编辑|"
                         r"（(?:摘编自|摘自|原载|选自|转载自|转自)[^）]{2,40}）$|"  # where a reprint came from: its end
                         r"（(?:来源|稿源|信息来源)[：:][^）]{2,30}）$|"  # …or its source in brackets, （来源：工人日报）
                         r"[（(](?:完|全文完)[）)]$|"  # the news agencies' end mark: …。（完）
                         r"^（[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,2}(?:[、 ]\s?[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,2})*）$")
# a sentence's end and then the piece's credit: its writers in brackets (…持续到6月底。（刘丽萍 顾威）, …微心愿68个。
# （市总宣 吕亦菲）) or its photographer (…干得热火朝天。孟德龙 摄, …量血压。 胡高雷 摄 on the sample page): the paragraph,
# and often the piece, ends there
ENDING_CREDIT = re.compile(r"[。！？…][”’]?\s?(?:（[^（）。！？]{2,24}）|[\u4e00-\u9fff]{2,4}(?:\s[\u4e00-\u9fff]{2,4})*\s?摄)$")
# a photo credit alone on its line (本报记者 吴铎思 本报通讯员 薛晓秋 摄): a photo story ends there
CREDIT_ALONE = re.compile(r"^[^。！？，]{2,40}\s摄$")
NEWS_OPENING = re.compile(patterns.NEWS_OPENING)  # (a dated lead, 连日来，…, 记者从…获悉，…)
PREDICATE = patterns.headline_predicates()
_LEAD = re.compile(f"^{LEAD}")
FEATURES = ("lines", "last_len", "short", "column_tag", "kicker_mark", "subhead", "next_lead", "predicate",
            "topic_overlap", "next_overlap", "run_next_overlap", "so_far_long", "runs_before", "prev_closed",
            "comma_end", "next_long", "colon_end", "question", "quoted", "short_pair")
CONTEXT_CHARS = 1500  # how much of the article in progress, and half as much of the next block, the topic features read
GENERIC = frozenset("工作 发展 建设 社会 国家 中国 全国 时代 人民 群众 问题 方面 能力 水平 记者".split()
                    + "工会 总工会 职工 工人 劳动者 活动 开展 进行".split())


def _nouns(text: str) -> set[str]:
    """The nouns and verbs of `text`, line by line: the tokenizer never joins words across a line end, and the
    lines of the article in progress are asked about again at every heading after them (remembered per line)."""
    out: set[str] = set()
    for line in text.split("\n"):
        out |= _line_nouns(line)
    return out


@lru_cache(maxsize=2048)
def _line_nouns(line: str) -> frozenset[str]:
    return frozenset(w for w, t in lexicon.tag(line) if len(w) >= 2 and t[:1] in ("n", "v") and w not in GENERIC)


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a and b else 0.0


def features(run: list[str], prev: str, nxt: str, article_so_far: str, runs_before: int = 0) -> dict[str, float]:
    """Features of one heading run, with the block before it, the block after it, the article in progress
    and how many heading runs that article already has."""
    last = run[-1]
    mine = _nouns(" ".join(run))
    theirs = _nouns(article_so_far[-CONTEXT_CHARS:]) if article_so_far else set()
    following = _nouns(nxt[:CONTEXT_CHARS // 2])
    return {
        "lines": min(len(run), 3) / 3,
        "last_len": min(len(last), 50) / 50,
        "short": float(len(last) <= 10),
        "next_overlap": _share(following, theirs),
        "run_next_overlap": _share(mine, following),
        "so_far_long": float(len(article_so_far) >= 800),
        "runs_before": min(runs_before, 3) / 3,
        "column_tag": float(bool(COLUMN_TAG.search(last) or any(COLUMN_OPENING.match(x) for x in run))),
        "kicker_mark": float(any(s.endswith("——") for s in run)),
        "subhead": float(any(SUBHEAD.search(s) for s in run)),
        "next_lead": float(bool(_LEAD.match(nxt) or NEWS_OPENING.match(nxt))),
        "predicate": float(bool(PREDICATE.search(" ".join(run)))),
        "topic_overlap": _share(mine, theirs),
        "prev_closed": float(bool(ARTICLE_END.search(prev) or ENDING_CREDIT.search(prev) or CREDIT_ALONE.match(prev))),
        "comma_end": float(any(s.endswith(("，", "、", "；")) for s in run)),
        "next_long": float(len(nxt) >= 120),
        "colon_end": float(last.endswith(("：", ":"))),
        "question": float(last.endswith(("？", "?"))),
        "quoted": float(last.startswith("“") and last.endswith("”")),
        # 加强政策落实 / 做好线上服务: two short parallel lines head a section
        "short_pair": float(len(run) == 2 and all(len(x) <= 8 for x in run)),
    }


@lru_cache(maxsize=1)
def _stored_weights() -> tuple[dict[str, float], float, float]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return model["weights"], model["bias"], model.get("threshold", 0.5)


_TRIAL: tuple[dict[str, float], float, float] | None = None  # a model under evaluation, else the stored one


def _weights() -> tuple[dict[str, float], float, float]:
    return _TRIAL or _stored_weights()


@contextlib.contextmanager
def trial_model(weights: dict[str, float], bias: float, threshold: float) -> Iterator[None]:
    """Segment with these weights instead of the stored model's while the block runs (cross-validation in
    scripts/train_headings.py: a model trained without some files, scored on pages composed from them)."""
    global _TRIAL
    before, _TRIAL = _TRIAL, (weights, bias, threshold)
    try:
        yield
    finally:
        _TRIAL = before


def opens_probability(feats: dict[str, float]) -> float:
    weights, bias, _threshold = _weights()
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1 / (1 + math.exp(-z))


def opens_article(run: list[str], prev: str, nxt: str, article_so_far: str, runs_before: int = 0) -> bool:
    return opens_probability(features(run, prev, nxt, article_so_far, runs_before)) >= _weights()[2]
