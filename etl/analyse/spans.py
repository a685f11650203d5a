"""Sentences and clauses with character offsets (the analysed article's units)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import itemgetter

MAX_SENTENCE = 300  # characters
CLAUSE_MARKS = "，；："  # what separates the clauses of a sentence
_SENT_END = re.compile(r"[。！？!?]+[”’）]*|\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


class TokenIndex:
    """A text's tokens (word, POS tag, start) by offset: whether a token starts or ends at an offset, and the (word,
    tag) starting there. The tokens tile the text, as the analysed article and the place finder build them (each
    starts where the one before ends), so every end but the last is the next one's start. Looked up by bisection:
    a set and a dict of every token had cost the place finder more than the few offsets it asks about."""
    __slots__ = ("_tokens", "starts", "_end")

    def __init__(self, tokens: list[tuple[str, str, int]]) -> None:
        self._tokens = tokens
        self.starts = list(map(itemgetter(2), tokens))  # (in order)
        self._end = tokens[-1][2] + len(tokens[-1][0]) if tokens else 0

    def _index(self, offset: int) -> int | None:
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.starts) and self.starts[i] == offset else None

    def __contains__(self, offset: int) -> bool:
        """A token boundary: the text's start, a token's end."""
        return offset == 0 or offset == self._end or self._index(offset) is not None

    def get(self, offset: int, default: tuple[str, str] = ("", "")) -> tuple[str, str]:
        """(word, tag) of the token starting at `offset`, else `default`."""
        i = self._index(offset)
        return self._tokens[i][:2] if i is not None else default


def sentences(text: str) -> list[Span]:
    """Sentences (ending at 。！？ or a line end) with their offsets in text.

    A run longer than MAX_SENTENCE (a page with no full stops, a list) is cut at its
    last ，；、 before the limit, or at the limit: evidence stays readable and the
    rules' work per sentence stays bounded, however long a line is.
    """
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[pos:end].strip():
            out.extend(_bounded(text, pos, end))
        pos = m.end()
    if text[pos:].strip():
        out.extend(_bounded(text, pos, len(text)))
    return out


def _bounded(text: str, start: int, end: int) -> list[Span]:
    out = []
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(c, start + MAX_SENTENCE // 2, start + MAX_SENTENCE) for c in "，；、")
        cut = cut + 1 if cut != -1 else start + MAX_SENTENCE
        out.append(Span(start, cut, text[start:cut]))
        start = cut
    out.append(Span(start, end, text[start:end]))
    return out


def clauses(sentence: str) -> list[Span]:
    """Clauses of a sentence split at ，；： (offsets relative to the sentence)."""
    out, pos = [], 0
    for m in re.finditer(f"[{CLAUSE_MARKS}]", sentence):
        out.append(Span(pos, m.start(), sentence[pos:m.start()]))
        pos = m.end()
    out.append(Span(pos, len(sentence), sentence[pos:]))
    return [c for c in out if c.text]


def clause_at(text: str, pos: int) -> Span:
    """The clause of `text` (a sentence, or evidence of several) that holds position `pos`: between the
    nearest ，；： or sentence end on either side; offsets in `text`. Every extractor finds clauses this way."""
    marks = CLAUSE_MARKS + "。！？"
    start = max(text.rfind(c, 0, pos) for c in marks) + 1
    ends = [i for i in (text.find(c, pos) for c in marks) if i != -1]
    end = min(ends) if ends else len(text)
    return Span(start, end, text[start:end])
