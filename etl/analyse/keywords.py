"""Per-article keywords: TF-IDF over rjieba tokens with the union user dictionary.

Weights use jieba's IDF table (unknown words get its median), so they are
comparable across articles and the keyword page can sum them under any filter.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from etl.analyse import lexicon
from etl.analyse.doc import Doc

PERSON_TAGS = frozenset({"nr", "nrfg", "nr1", "nr2"})
THEME_TAGS = ("n", "vn", "l", "i", "j")
_WORDLIKE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*$")


def keywords(doc: Doc, top: int = 12, exclude: frozenset[str] = frozenset()) -> list[tuple[str, float, int]]:
    """(keyword, weight, count) for the `top` most characteristic words of an analysed article.

    `exclude`: words that say nothing about the subject, such as the byline's names.
    """
    stop = lexicon.stopwords() | exclude
    # themes are nouns and noun-like words (工会, 送温暖, 学雷锋); people's names (易良品, 杨松), numbers and
    # plain verbs or adjectives (一生, 无敌) are not
    counts = Counter(w for w, tag, _pos in doc.tokens
                     if len(w) >= 2 and tag.startswith(THEME_TAGS) and tag not in PERSON_TAGS)
    counts = Counter({w: c for w, c in counts.items() if w not in stop and _WORDLIKE.match(w)})
    if not counts:
        return []
    idf, median = lexicon.idf()
    total = sum(counts.values())
    weights = idf.get_many(counts, median)
    scored = sorted(((w, c / total * v, c) for (w, c), v in zip(counts.items(), weights)), key=lambda x: (-x[1], x[0]))
    # …nor is a piece of a name the tokenizer cut apart (白方 of 白方礼, 黄友 of 黄友胜): asked of the best only
    best = (x for x in scored if not doc.name_fragment(x[0]))
    return [(w, round(weight, 5), c) for w, weight, c in islice(best, top)]
