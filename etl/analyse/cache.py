"""Word tables parsed once per machine, not once per process.

jieba's IDF table and its dictionary's POS tags are ~350,000 words each: parsing them costs ~1 s per
process and even unpickling a dict of them ~0.2 s, while an article looks up only a few hundred words.
So a table is kept as two NumPy arrays (sorted words, their values), memory-mapped at start (~1 ms) and
searched with `searchsorted`. Arrays live under the user's cache folder (UNION_ETL_CACHE, else
~/.cache/union-etl), keyed by the source files' paths, sizes and modification times, so an upgraded jieba
rebuilds them; a folder that cannot be written costs only the parse.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

FORMAT = "1"
_MISSING = object()  # a word the table does not have (its values may be None)


def cache_dir() -> Path:
    return Path(os.environ.get("UNION_ETL_CACHE") or Path.home() / ".cache" / "union-etl")


class WordTable:
    """A read-only word → value table over sorted arrays, with the words a process has asked for remembered
    (the same few thousand recur from article to article; a search costs ~20× a dict lookup)."""

    MEMO_LIMIT = 200_000  # words remembered at most (a few tens of MB), then the memo starts again

    def __init__(self, words: np.ndarray, values: np.ndarray) -> None:
        self.words, self.values = words, values
        self._memo: dict[str, object] = {}

    @classmethod
    def from_dict(cls, table: dict[str, object]) -> WordTable:
        words = sorted(table)
        return cls(np.array(words, dtype=str), np.array([table[w] for w in words]))

    def __len__(self) -> int:
        return len(self.words)

    def get_many(self, words: Iterable[str], default: object = None) -> list:
        words = list(words)
        memo = self._memo
        unknown = [w for w in dict.fromkeys(words) if w not in memo]
        if unknown:
            if len(memo) + len(unknown) > self.MEMO_LIMIT:
                memo.clear()
                unknown = list(dict.fromkeys(words))
            memo.update(zip(unknown, self._search(unknown)))
        missing = _MISSING
        return [default if v is missing else v for v in map(memo.get, words)]

    def _search(self, words: list[str]) -> list:
        """Each word's value, or _MISSING."""
        if not len(self.words):
            return [_MISSING] * len(words)
        query = np.array(words, dtype=str)
        at = np.searchsorted(self.words, query).clip(max=len(self.words) - 1)
        found = self.words[at] == query
        return [v if ok else _MISSING for v, ok in zip(self.values[at].tolist(), found.tolist())]

    def get(self, word: str, default: object = None) -> object:
        return self.get_many([word], default)[0]


def _key(name: str, sources: list[Path]) -> str:
    h = hashlib.sha1(f"{FORMAT}|{name}".encode())
    for path in sources:
        st = path.stat()
        h.update(f"|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return f"{name}-{h.hexdigest()[:16]}"


def word_table(name: str, sources: list[Path], parse: Callable[[], dict[str, object]]) -> WordTable:
    """The table parse() gives, from the cache when the source files are unchanged."""
    stem = cache_dir() / _key(name, sources)
    try:
        return WordTable(np.load(f"{stem}.words.npy", mmap_mode="r"), np.load(f"{stem}.values.npy", mmap_mode="r"))
    except (OSError, ValueError):
        pass
    table = WordTable.from_dict(parse())
    try:
        stem.parent.mkdir(parents=True, exist_ok=True)
        for part, array in (("values", table.values), ("words", table.words)):  # words last: it marks a whole pair
            fd, tmp = tempfile.mkstemp(dir=stem.parent, prefix=f".{stem.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, array)
            os.replace(tmp, f"{stem}.{part}.npy")
    except OSError:
        pass  # a read-only home: parse next time too
    return table


def package_file(package: str, name: str) -> Path:
    """A data file inside an installed package, found without importing it (import jieba.analyse
    alone loads jieba's POS model: 1.3 s)."""
    from importlib.util import find_spec
    spec = find_spec(package.split(".")[0])
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*package.split(".")[1:], name)
