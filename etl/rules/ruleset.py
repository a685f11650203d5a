"""The rule catalogue: every rule that makes or stops a fact row, with its identity, examples and measured precision.

`etl/rules/rules.yaml` lists each rule as data — its `id` (written to every row it makes, in the `rule`
column), the `table` it fills, its `kind` (`make`: it produces rows; `skip`: it stops rows that would
otherwise be made), its `priority` where the order of rules decides an outcome, what it `does`, and real
`examples` (at least two, from different articles) and `counter` examples (at least one) — as spaCy's
EntityRuler keeps patterns as dicts with ids, and price-parser keeps its examples by origin.
`tests/test_rule_catalogue.py` runs every example through the extractor: a rule whose examples do not
fire, whose counter-example fires, or that has fewer than two examples fails CI.

`etl/rules/rule_precision.json` holds each rule's precision measured on the gold sets by
`scripts/measure_rules.py` (as `scripts/train_headings.py` stores its model): the `confidence` of a row is
its rule's smoothed precision, so the product needs no gold at run time.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from etl.rules.patterns import RULES_DIR

CATALOGUE = RULES_DIR / "rules.yaml"
PRECISION = RULES_DIR / "rule_precision.json"
KINDS = ("make", "skip")
# a rule never measured (no gold row came from it) gets its table's measured precision, else this
UNMEASURED = 0.5


@dataclass(frozen=True)
class Example:
    text: str
    source: str  # the article it was taken from (file name)
    expect: dict = field(default_factory=dict)  # column → value the rule's row must carry
    issue: str = ""  # the article's issue date (ISO) where its file name gives none


@dataclass(frozen=True)
class Rule:
    id: str
    table: str
    kind: str
    priority: int
    does: str
    label: str  # what it reads, in Chinese: shown beside each row it made
    examples: tuple[Example, ...]
    counter: tuple[Example, ...]


def _example(item: dict) -> Example:
    return Example(text=item["text"], source=item["source"], expect=dict(item.get("expect") or {}),
                   issue=str(item.get("issue") or ""))


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """Every rule of the catalogue by id."""
    out: dict[str, Rule] = {}
    for item in yaml.safe_load(CATALOGUE.read_text(encoding="utf-8")):
        rule = Rule(id=item["id"], table=item["table"], kind=item.get("kind", "make"),
                    priority=int(item.get("priority", 0)), does=item["does"], label=item.get("label", ""),
                    examples=tuple(_example(e) for e in item.get("examples") or ()),
                    counter=tuple(_example(e) for e in item.get("counter") or ()))
        if rule.id in out:
            raise ValueError(f"{CATALOGUE.name}: rule id {rule.id} appears twice")
        out[rule.id] = rule
    return out


@lru_cache(maxsize=1)
def _precision() -> dict:
    if not PRECISION.exists():
        return {"rules": {}, "tables": {}}
    return json.loads(PRECISION.read_text(encoding="utf-8"))


def smoothed(right: int, judged: int) -> float:
    """Precision with one right and one wrong row added (Laplace), so a rule seen on two rows is not 1.0."""
    return round((right + 1) / (judged + 2), 3)


def confidence(rule_id: str, table: str) -> float:
    """How often rows of this rule were right on the gold sets (0–1)."""
    measured = _precision()
    stat = measured["rules"].get(rule_id)
    if stat:
        return smoothed(stat["right"], stat["judged"])
    stat = measured["tables"].get(table)
    return smoothed(stat["right"], stat["judged"]) if stat else UNMEASURED


def describe(rule_id: str) -> str:
    """What a rule reads, in Chinese, for the dashboard's why-this-row note ('' for an id not in the catalogue)."""
    rule = rules().get(rule_id)
    return (rule.label or rule.does) if rule else ""
