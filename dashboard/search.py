"""The sidebar's full-text search: terms, operators and synonyms, turned into one SQL condition.

    农民工 欠薪          both (a space is AND)
    劳模|工匠            either (| is OR)
    工会 -党委           the first without the second (- is NOT)
    "职工之家建设"        a phrase, spaces and all

Every term also finds its synonyms (etl/rules/search_synonyms.tsv: 劳模 → 劳动模范, 全总 → 中华全国总工会…), and a
term typed in Traditional characters finds the Simplified text the store keeps. Matching is literal and
case-insensitive over the headline lines, text, byline and source.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SYNONYMS = Path(__file__).resolve().parents[1] / "etl" / "rules" / "search_synonyms.tsv"
SEARCHED = ("title", "kicker", "subtitle", "byline", "source", "text")
HELP = ("空格＝同时包含（农民工 欠薪）；|＝任一（劳模|工匠）；-＝不含（工会 -党委）；引号内为整句。"
        "自动包含同义词（劳模→劳动模范，全总→中华全国总工会…）和繁体写法。")


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, tuple[str, ...]]:
    """term → every name of its group (itself included)."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        names = tuple(n.strip() for n in line.split("\t") if n.strip())
        if line.startswith("#") or len(names) < 2:
            continue
        for n in names:
            groups[n] = tuple(dict.fromkeys(groups.get(n, ()) + names))
    return groups


def expand(term: str) -> tuple[str, ...]:
    """A term and its synonyms, in Simplified characters too."""
    from etl.read import to_simplified
    forms = dict.fromkeys([term, to_simplified(term)])
    for form in list(forms):
        forms.update(dict.fromkeys(synonym_groups().get(form, ())))
    return tuple(forms)


@dataclass(frozen=True)
class Query:
    required: tuple[tuple[str, ...], ...]  # each: any of these (a term's alternatives and synonyms)
    excluded: tuple[tuple[str, ...], ...]

    @property
    def terms(self) -> list[str]:
        """Every positive form, longest first (what a snippet marks)."""
        return sorted({t for group in self.required for t in group}, key=len, reverse=True)

    def describe(self) -> str:
        """The query in words a report can carry."""
        parts = ["含“" + "”或“".join(g) + "”" for g in self.required]
        parts += ["不含“" + "”或“".join(g) + "”" for g in self.excluded]
        return "、".join(parts)


def parse(text: str) -> Query:
    """The search box's text as a query (an unbalanced quote is read as a plain character)."""
    try:
        tokens = shlex.split(text.replace("“", '"').replace("”", '"'), posix=True)
    except ValueError:
        tokens = text.split()
    required, excluded = [], []
    for token in tokens:
        negative = token.startswith("-") and len(token) > 1
        alternatives = [t for t in token.lstrip("-").split("|") if t.strip()] if negative else \
            [t for t in token.split("|") if t.strip()]
        forms = tuple(dict.fromkeys(f for t in alternatives for f in expand(t.strip())))
        if forms:
            (excluded if negative else required).append(forms)
    return Query(tuple(required), tuple(excluded))


def condition(query: Query) -> tuple[str, dict]:
    """One SQL condition over the articles' searched columns, with its named parameters."""
    params: dict = {}

    def any_of(forms: tuple[str, ...]) -> str:
        ors = []
        for form in forms:
            name = f"s{len(params)}"
            params[name] = form
            ors += [f"strpos(lower(coalesce({c}, '')), lower(${name})) > 0" for c in SEARCHED]
        return "(" + " OR ".join(ors) + ")"
    conds = [any_of(g) for g in query.required] + [f"NOT {any_of(g)}" for g in query.excluded]
    return (" AND ".join(conds) or "true"), params


def first_hit(text: str, query: Query) -> tuple[int, int] | None:
    """Where the text first shows one of the query's positive terms."""
    lowered = text.lower()
    hits = [(i, i + len(t)) for t in query.terms if (i := lowered.find(t.lower())) >= 0]
    return min(hits) if hits else None

