"""Sentences and clauses with character offsets (the analysed article's units)."""
from __future__ import annotations

import re
from dataclasses import dataclass


_SENT_END = re.compile(r"[。！？!?]+[”’）]*|\n")


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
