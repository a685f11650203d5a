"""The rule catalogue's lint: every rule has identity, real examples that fire and a counter-example that does not.

Each rule of etl/rules/rules.yaml is run on its own examples through the whole extractor
(`etl.extract.pipeline.fact_rows`): a `make` rule must produce, on each example, a row carrying its id and the
values the example expects, and no row on a counter-example; a `skip` rule's examples must yield no row
of its table (or none naming what it stops), its counter-examples a row. A rule with fewer than two
examples, or examples from one article only, fails: a new sentence pattern is one rule row plus its
examples, never a new lookahead in an existing regex.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import SHARED

from etl.analyse.doc import analyse_text
from etl.extract.pipeline import fact_rows, process_text
from etl.read import date_from_name, read_source
from etl.read.textnorm import normalize_text
from etl.rules.ruleset import KINDS, Example, rules
from etl.schema import FACT_TABLES

RULES = rules()
MAKE = [r for r in RULES.values() if r.kind == "make"]
SKIP = [r for r in RULES.values() if r.kind == "skip"]


def _rows(example: Example, table: str) -> list[dict]:
    """The rows of `table` the extractor makes from one example, read as one article of its source's issue."""
    issue = dt.date.fromisoformat(example.issue) if example.issue else date_from_name(example.source)
    return getattr(fact_rows(analyse_text(example.text, issue, title="")), table)


def _fits(row: dict, expect: dict) -> bool:
    for col, want in expect.items():
        got = row.get(col)
        if isinstance(want, str) and not isinstance(got, (int, float)):
            if want not in str(got or ""):
                return False
        elif got is None or float(got) != float(want):
            return False
    return True


def test_catalogue_rules_are_well_formed():
    for r in RULES.values():
        assert re.fullmatch(r"[a-z]+(?:\.[a-z_]+)+", r.id), r.id
        assert r.table in FACT_TABLES and r.kind in KINDS and r.does and r.label, r.id
        assert len(r.examples) >= 2, f"{r.id}: a rule needs two real examples"
        assert len({e.source for e in r.examples}) >= 2, f"{r.id}: its examples come from one article only"
        assert r.counter, f"{r.id}: a rule needs a counter-example"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_examples_are_real_text_from_their_source():
    """Each example stands in the article it names (white space aside): no example is made up."""
    def squash(s: str) -> str:
        return re.sub(r"\s+", "", normalize_text(s))
    texts = {p.name: squash(read_source(p).text) for p in [*SHARED.glob("corpus/**/*.txt"), *SHARED.glob("gold/*/texts/*.txt")]}
    for r in RULES.values():
        for e in (*r.examples, *r.counter):
            assert e.source in texts, f"{r.id}: no article {e.source}"
            assert squash(e.text) in texts[e.source], f"{r.id}: example not found in {e.source}: {e.text[:30]}"


@pytest.mark.parametrize("rule", MAKE, ids=lambda r: r.id)
def test_make_rule_fires_on_its_examples(rule):
    for e in rule.examples:
        mine = [row for row in _rows(e, rule.table) if row["rule"] == rule.id]
        assert any(_fits(row, e.expect) for row in mine), (rule.id, e.text[:40], mine)
    for e in rule.counter:
        assert not [row for row in _rows(e, rule.table) if row["rule"] == rule.id], (rule.id, e.text[:40])


@pytest.mark.parametrize("rule", SKIP, ids=lambda r: r.id)
def test_skip_rule_stops_its_examples(rule):
    for e in rule.examples:
        rows = _rows(e, rule.table)
        # {column}_absent: no row carries that value there (the sentence's other rows may stand); else no row
        absent = {k[:-len("_absent")]: v for k, v in e.expect.items() if k.endswith("_absent")}
        stopped = [row for row in rows if any(v in str(row.get(col) or "") for col, v in absent.items())] \
            if absent else rows
        assert not stopped, (rule.id, e.text[:40], stopped)
    for e in rule.counter:
        assert _rows(e, rule.table), (rule.id, e.text[:40])


def test_every_row_names_a_catalogued_rule():
    """The ids the extractors write are the catalogue's: rows of the sample page, and every id in the source."""
    sample = SHARED / "corpus" / "000_2d0f6f6617ea2597.txt"
    if sample.exists():
        tables = process_text(read_source(sample)).tables()
        ids = {row["rule"] for t in ("locations", "events", "awards", "funding") for row in tables[t]}
        assert ids and ids <= set(RULES), ids - set(RULES)
    from pathlib import Path
    source = "".join(p.read_text(encoding="utf-8") for p in Path("etl").glob("*.py"))
    written = set(re.findall(r'"((?:event|honour|funding)\.[a-z_.]+)"', source))
    assert written <= set(RULES), written - set(RULES)


def _skips_ahead(pattern: re.Pattern) -> bool:
    """Whether re can skip ahead to where a match may open (a literal prefix or a set of first characters, as
    re._compiler finds them): a pattern whose alternatives do not all open on a character, or that opens on a
    lookbehind, is tried at every character of the text instead — 3 to 6 times slower on our texts."""
    from re import _constants as sre
    from re import _parser
    data = _parser.parse(pattern.pattern, pattern.flags).data
    while data and data[0][0] is sre.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, arg = data[0]
    if op is sre.BRANCH:
        return all(alt.data and alt.data[0][0] is sre.LITERAL for alt in arg[1])
    return op in (sre.LITERAL, sre.IN)


def test_patterns_tried_everywhere_skip_ahead():
    """The patterns asked of every sentence or of a whole text open where re's scan can skip ahead to (a new
    alternative opening on a group or a lookbehind had cost HONOUR_ANY six times its time)."""
    from etl.analyse import dates
    from etl.extract import awards, events
    from etl.read import textnorm
    everywhere = {"awards.HONOUR_ANY": awards.HONOUR_ANY, "events._ANY_VERB": events._ANY_VERB,
                  "events._ANY_ACTION": events._ANY_ACTION, "dates.DAY_ONLY": dates.DAY_ONLY,
                  "dates.MONTH_ONLY": dates.MONTH_ONLY, "dates.BEFORE_THE_FESTIVAL": dates.BEFORE_THE_FESTIVAL,
                  "dates.NUMERIC_DATE": dates.NUMERIC_DATE, "textnorm._INTERPUNCT": textnorm._INTERPUNCT}
    assert [name for name, rx in everywhere.items() if not _skips_ahead(rx)] == []
    # (…and the test can tell: the shapes that cost the scan fail it)
    assert not _skips_ahead(re.compile(r"(?:第|前)\d名|荣获")) and not _skips_ahead(re.compile(r"(?<!二)十大"))
