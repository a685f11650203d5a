"""The tokenizer and the project's word lists, loaded once per process.

rjieba (jieba-rs) gives the same tokens as jieba 16–28× faster. The stock
dictionary cuts union vocabulary wrongly (职工之家, 工人文化宫, 爱心驿站, 永年区),
so we add the user dictionary in data/userdict.txt (word, frequency, POS tag).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import rjieba

from etl.analyse.cache import WordTable, package_file, word_table
from etl.rules.patterns import word_table as rule_table

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicon"
ORG_NAME_FREQ = 20000  # as the user dictionary's organisation names


def _read_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def ready() -> bool:
    for line in _read_lines(LEXICON_DIR / "userdict.txt"):
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 else None
        tag = parts[2] if len(parts) > 2 else None
        rjieba.add_word(word, freq, tag)
    # organisations known by name (etl/rules/org_short_names.tsv) are one token each, so that
    # 工业和信息化部 is not cut at 和 and the organisation finder sees the whole name
    for short, _full in rule_table("org_short_names.tsv"):
        if len(short) >= 3:
            rjieba.add_word(short, ORG_NAME_FREQ, "nt")
    return True


def cut(text: str) -> list[str]:
    ready()
    return rjieba.cut(text)


def cut_known(text: str) -> list[str]:
    """Words of the dictionaries only (jieba's and the union user dictionary), none the HMM guesses at (班市 of
    托管班|市总工会)."""
    ready()
    return rjieba.cut(text, False)


@lru_cache(maxsize=16)
def _tag_cached(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(rjieba.tag(text))


def tag(text: str) -> tuple[tuple[str, str], ...]:
    """(word, POS) pairs; cached, since places and organisations tag the same article text."""
    ready()
    return _tag_cached(text)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(_read_lines(LEXICON_DIR / "stopwords.txt"))


@lru_cache(maxsize=1)
def idf() -> tuple[WordTable, float]:
    """jieba's IDF table and its median, for keyword weights."""
    path = package_file("jieba.analyse", "idf.txt")

    def parse() -> dict[str, float]:
        table: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            if value:
                table[word] = float(value)
        return table
    table = word_table("jieba-idf", [path], parse)
    middle = len(table) // 2  # the upper median, as sorted(values)[n // 2]
    return table, float(np.partition(np.asarray(table.values), middle)[middle])


def _dictionary_column(name: str, column: int, convert) -> WordTable:
    """One column of jieba's stock dictionary (word, count, POS tag) as a word table."""
    path = package_file("jieba", "dict.txt")

    def parse() -> dict[str, object]:
        table: dict[str, object] = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    table[parts[0]] = convert(parts[column])
        return table
    return word_table(name, [path], parse)


@lru_cache(maxsize=1)
def jieba_dictionary_tags() -> WordTable:
    """POS tag of each word in jieba's stock dictionary (to tell 合作 from 吉安)."""
    return _dictionary_column("jieba-tags", 2, str)


@lru_cache(maxsize=1)
def jieba_dictionary_counts() -> WordTable:
    """How often each word of jieba's stock dictionary stood in its corpus: common words in the hundreds or thousands
    (新建 1000, 会同 859, 平和 495), most county names a few dozen (姜堰 8, 建瓯 29, 庆元 57)."""
    return _dictionary_column("jieba-counts", 1, int)
