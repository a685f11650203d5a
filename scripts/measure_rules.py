"""Measure every rule's precision on the gold sets and store it beside the rules (etl/rules/rule_precision.json).

    python scripts/measure_rules.py            # measure on the dev split, write the file, print calibration
    python scripts/measure_rules.py --check    # print only; write nothing

A row is judged right when a gold item takes it (etl.evaluate.scoring's matching), wrong when none does; rows that
only optional gold items account for are not judged. Only the dev split is measured (the held-out third of
the newest sets is never read while rules are tuned). Calibration is reported two ways:
- leave one set out: each dev set's rows get confidences measured on the other dev sets only, so a rule is
  never scored on the text it was written for;
- held-out: the stored figures applied to the held-out split.
Either says, among rows with confidence ≥ 0.9, what share the gold calls right.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.evaluate import DEFAULT_SETS, SPLIT_SETS, score_set  # noqa: E402
from etl.evaluate.scoring import Outcome  # noqa: E402
from etl.rules.ruleset import PRECISION, smoothed  # noqa: E402

HIGH = 0.9


def _tally(outcomes: list[Outcome]) -> tuple[dict, dict]:
    rules: dict[str, Counter] = {}
    tables: dict[str, Counter] = {}
    for o in outcomes:
        for key, into in ((o.rule, rules), (o.table, tables)):
            c = into.setdefault(key, Counter())
            c["judged"] += 1
            c["right"] += o.correct
    return ({k: dict(v) for k, v in sorted(rules.items())}, {k: dict(v) for k, v in sorted(tables.items())})


def _confidence(rules: dict, tables: dict, o: Outcome) -> float:
    stat = rules.get(o.rule) or tables.get(o.table)
    return smoothed(stat["right"], stat["judged"]) if stat else 0.5


def calibration(rows: list[tuple[float, bool]]) -> str:
    """Share right among rows at or above HIGH confidence, and in bands below."""
    def band(lo: float, hi: float) -> str:
        sel = [ok for c, ok in rows if lo <= c < hi]
        return f"{sum(sel)}/{len(sel)} = {sum(sel) / len(sel):.2f}" if sel else "no rows"
    return f"≥{HIGH}: {band(HIGH, 1.01)};  0.7–0.9: {band(0.7, HIGH)};  <0.7: {band(0, 0.7)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print only; write nothing")
    args = ap.parse_args(argv)
    sets = json.loads(DEFAULT_SETS.read_text(encoding="utf-8"))["sets"]
    base = DEFAULT_SETS.parent
    dev = {s["name"]: score_set(base, s, "dev").outcomes for s in sets}
    heldout = [o for s in sets if s["name"] in SPLIT_SETS for o in score_set(base, s, "heldout").outcomes]
    rules, tables = _tally([o for outcomes in dev.values() for o in outcomes])

    loso, loso_tables = [], []
    for name, outcomes in dev.items():
        r, t = _tally([o for other, os_ in dev.items() if other != name for o in os_])
        loso += [(_confidence(r, t, o), o.correct) for o in outcomes]
        loso_tables += [o.table for o in outcomes]

    print(f"{'rule':<34}{'right/judged':>14}{'confidence':>12}")
    for rid, stat in rules.items():
        print(f"{rid:<34}{stat['right']:>7}/{stat['judged']:<6}{smoothed(stat['right'], stat['judged']):>12.3f}")
    for label, tables_ in (("events, awards, funding", {"events", "awards", "funding"}), ("places", {"locations"})):
        lo = [x for x, t in zip(loso, loso_tables) if t in tables_]
        he = [(_confidence(rules, tables, o), o.correct) for o in heldout if o.table in tables_]
        print(f"\ncalibration of {label}:\n  leave one dev set out ({len(lo)} rows): {calibration(lo)}"
              f"\n  held-out split ({len(he)} rows): {calibration(he)}")
    if not args.check:
        PRECISION.write_text(json.dumps({
            "about": "per-rule precision on the dev split of the gold sets (scripts/measure_rules.py); "
                     "a row's confidence is (right + 1) / (judged + 2)",
            "rules": rules, "tables": tables}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {PRECISION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
