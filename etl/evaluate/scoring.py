"""Score extracted rows against a hand-checked gold file, and say why each point was lost.

The gold format is the one in ../shared/gold (a page gold matched by article
title, or a list of one-article documents matched by file name); the counts
follow the same conventions as that folder's `score.py`, so the figures agree,
but every miss (a gold item not found) and every extra (a predicted row no gold
item accounts for) is kept with its evidence sentence, so the cause is visible.

Pure: predicted tables come in as lists of dicts with CSV-like string values.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

TASKS = ("segmentation", "provinces", "places", "primary_province", "union_flag",
         "events", "event_dates", "event_organizers", "awards", "funding")
# …and what this harness scores beyond the shared scorer: an honour's giver (the gold's awarded_by_any), among the
# honours found — the figure the rankings page's 授予单位 counts by
OWN_TASKS = ("award_givers",)
REPORTED = TASKS + OWN_TASKS

_PROVINCE_SUFFIX = re.compile(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
_PUNCT = re.compile(r"[\s“”\"'‘’《》〈〉「」『』()（）,，。、:：;；!！?？·—\-–…]+")


def norm_province(name: object) -> str:
    name = str(name or "").strip()
    if name in ("", "nan", "None", "<NA>", "中国"):
        return ""
    return name if name == "全国" else (_PROVINCE_SUFFIX.sub("", name) or name)


def norm_text(s: object) -> str:
    s = "" if s is None else str(s)
    return _PUNCT.sub("", "" if s in ("nan", "<NA>", "None") else s.strip())


def _place(name: object) -> str:
    name = str(name or "").strip()
    return "" if name in ("nan", "None", "<NA>") else name


def _float(v: object) -> float | None:
    try:
        return float(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return None


def _int(v: object) -> int | None:
    f = _float(v)
    return None if f is None or f != f else int(round(f))


@dataclass
class Count:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Count") -> None:
        self.tp, self.pred, self.gold = self.tp + other.tp, self.pred + other.pred, self.gold + other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Finding:
    """One lost point: a gold item missed, a predicted row too many, or a wrong attribute."""
    task: str
    kind: str  # miss | extra | wrong
    article: str
    what: str
    evidence: str = ""


@dataclass(frozen=True)
class Outcome:
    """One predicted fact row as the gold judged it: right (a gold item took it) or not. Rows only
    optional gold items account for are not judged. What per-rule precision is measured from."""
    table: str
    rule: str
    correct: bool


@dataclass
class Score:
    counts: dict[str, Count] = field(default_factory=lambda: {t: Count() for t in REPORTED})
    findings: list[Finding] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for t in REPORTED:
            self.counts[t].add(other.counts[t])
        self.findings.extend(other.findings)
        self.outcomes.extend(other.outcomes)


class Predicted:
    """Predicted tables, with articles indexed by id."""

    def __init__(self, tables: dict[str, list[dict]]):
        self.articles = tables.get("articles", [])
        self.tables = {t: tables.get(t, []) for t in ("locations", "events", "awards", "funding")}
        self.by_id = {str(a.get("article_id", "")): a for a in self.articles}

    def rows(self, table: str, ids: set[str]) -> list[dict]:
        return [r for r in self.tables[table] if str(r.get("article_id", "")) in ids]


def _label(pred: Predicted, article_id: str) -> str:
    a = pred.by_id.get(article_id, {})
    return f"{os.path.basename(str(a.get('source', '')))}:{a.get('title', '')}"


def _page_mapping(gold: dict, pred: Predicted, out: Score) -> dict[str, set[str]]:
    doc = gold.get("document", "")
    in_doc = [a for a in pred.articles if not doc or os.path.basename(str(a.get("source", ""))) == doc]
    mapping: dict[str, set[str]] = {}
    used: set[str] = set()
    for g in gold["articles"]:
        want = norm_text(g["title"])
        hit = [a for a in in_doc if norm_text(a.get("title")) == want and a["article_id"] not in used]
        if not hit:
            hit = [a for a in in_doc if want and a["article_id"] not in used and (
                want in norm_text(a.get("title")) or (norm_text(a.get("title")) and norm_text(a.get("title")) in want))]
        if hit:
            mapping[g["key"]] = {hit[0]["article_id"]}
            used.add(hit[0]["article_id"])
        else:
            out.findings.append(Finding("segmentation", "miss", g["key"], f"article not found: {g['title']}"))
    markers = gold.get("not_union_segments", {}).get("marker_lines", [])
    extra = leak = 0
    for a in in_doc:
        has_marker = any(norm_text(m)[:12] in norm_text(a.get("text", "")) for m in markers)
        if a["article_id"] in used and has_marker:
            leak += 1
            out.findings.append(Finding("segmentation", "extra", str(a.get("title")), "non-union text merged in"))
        elif a["article_id"] not in used and not has_marker:
            extra += 1
            out.findings.append(Finding("segmentation", "extra", str(a.get("title")), "article not in gold",
                                        str(a.get("text", ""))[:80]))
    out.counts["segmentation"] = Count(len(mapping), len(mapping) + extra + leak, len(gold["articles"]))
    return mapping


def _file_mapping(gold: dict, pred: Predicted, out: Score) -> dict[str, set[str]]:
    mapping: dict[str, set[str]] = {}
    for d in gold["documents"]:
        ids = {a["article_id"] for a in pred.articles if os.path.basename(str(a.get("source", ""))) == d["file"]}
        if ids:
            mapping[d["file"]] = ids
        else:
            out.findings.append(Finding("segmentation", "miss", d["file"], "no article from this file"))
    out.counts["segmentation"] = Count(len(mapping), len(mapping), len(gold["documents"]))
    return mapping


def _units(gold: dict) -> list[dict]:
    return gold["articles"] if "articles" in gold else [dict(d, key=d["file"]) for d in gold["documents"]]


def _gold_rows(gold: dict, table: str) -> list[dict]:
    if table in gold:
        return gold[table]
    return [dict(r, article=d["file"]) for d in gold.get("documents", []) for r in d.get(table, [])]


def _score_places(gold: dict, mapping: dict[str, set[str]], pred: Predicted, out: Score) -> None:
    c = out.counts
    for u in _units(gold):
        key, ids = u["key"], mapping.get(u["key"], set())
        locs = pred.rows("locations", ids)
        got = {norm_province(r.get("province")) for r in locs} - {""}
        want = {norm_province(p) for p in u.get("provinces", [])}
        c["provinces"].add(Count(len(got & want), len(got), len(want)))
        # a place row is right when its province is one the article is about (gold names no rows of places)
        out.outcomes.extend(Outcome("locations", str(r.get("rule", "")), norm_province(r.get("province")) in want)
                            for r in locs if norm_province(r.get("province")))
        for p in sorted(got - want):
            ev = next((r.get("evidence", "") for r in locs if norm_province(r.get("province")) == p), "")
            out.findings.append(Finding("provinces", "extra", key, p, str(ev)))
        for p in sorted(want - got):
            out.findings.append(Finding("provinces", "miss", key, p))
        for gp, gc, gx in u.get("places", []):
            ok = any(norm_province(r.get("province")) == norm_province(gp) and (not gc or _place(r.get("city")) == gc)
                     and (not gx or _place(r.get("county")) == gx) for r in locs)
            c["places"].add(Count(int(ok), 1, 1))
            if not ok:
                out.findings.append(Finding("places", "miss", key, "/".join(x or "" for x in (gp, gc, gx))))
        if u.get("primary_province"):
            said = {norm_province(pred.by_id[i].get("primary_province")) for i in sorted(ids) if i in pred.by_id}
            ok = bool(said & {norm_province(p) for p in u["primary_province"]})
            c["primary_province"].add(Count(int(ok), 1, 1))
            if not ok:
                out.findings.append(Finding("primary_province", "wrong", key,
                                            f"said {sorted(said)}, gold {u['primary_province']}"))
        if "union" in u and ids:
            said = any(str(pred.by_id[i].get("is_union", "")).strip().lower() in ("true", "1", "yes")
                       for i in ids if i in pred.by_id)
            c["union_flag"].add(Count(int(said and bool(u["union"])), int(said), int(bool(u["union"]))))
            if said != bool(u["union"]):
                out.findings.append(Finding("union_flag", "extra" if said else "miss", key,
                                            f"is_union said {said}, gold {bool(u['union'])}"))


def _in_window(d: str, lo: str, hi: str) -> bool:
    return bool(d) and lo <= d[:10] <= hi


def _score_events(gold: dict, mapping: dict[str, set[str]], pred: Predicted, out: Score) -> None:
    all_ids = set().union(*mapping.values()) if mapping else set()
    preds = pred.rows("events", all_ids)
    matched: set[int] = set()
    optional: set[int] = set()
    ev, dates, orgs = Count(), Count(), Count()
    for g in _gold_rows(gold, "events"):
        ids = mapping.get(g["article"], set())
        cands = [(i, r) for i, r in enumerate(preds) if r.get("article_id") in ids
                 and any(s in str(r.get("name") or "") for s in g["name_any"])]
        if g.get("optional"):
            optional |= {i for i, _ in cands}
            continue
        ev.gold += 1
        dates.gold += 1
        orgs.gold += bool(g.get("organizer_any"))
        free = [(i, r) for i, r in cands if i not in matched]
        if not free:
            out.findings.append(Finding("events", "miss", g["article"], f"{g.get('type', '')} {g['name_any']}",
                                        g.get("note", "")))
            continue
        i, r = free[0]
        matched.add(i)
        ev.tp += 1
        dates.pred += 1
        d = g.get("date", {})
        start = str(r.get("date_start") or "")[:10]
        if "value" in d:
            ok = start == d["value"] and (not d.get("end") or str(r.get("date_end") or "")[:10] in (d["end"], ""))
        else:
            lo, hi = d.get("window", ["", ""])
            ok = _in_window(start, lo, hi) or start == ""
        same_prov = norm_province(r.get("province")) == norm_province(g.get("province")) if g.get("province") else True
        dates.tp += ok and same_prov
        if not (ok and same_prov):
            out.findings.append(Finding("event_dates", "wrong", g["article"],
                                        f"{r.get('name')}: said {start or '-'} {r.get('province') or '-'}, "
                                        f"gold {d} {g.get('province', '')}", str(r.get("evidence", ""))))
        if g.get("organizer_any"):
            orgs.pred += 1
            org = norm_text(r.get("organizer"))
            hit = bool(org) and any(norm_text(o) in org or org in norm_text(o) for o in g["organizer_any"])
            orgs.tp += hit
            if not hit:
                out.findings.append(Finding("event_organizers", "wrong", g["article"],
                                            f"{r.get('name')}: said '{r.get('organizer') or ''}', "
                                            f"gold {g['organizer_any']}", str(r.get("evidence", ""))))
    counted = [i for i in range(len(preds)) if i not in optional or i in matched]
    ev.pred = len(counted)
    out.outcomes.extend(Outcome("events", str(preds[i].get("rule", "")), i in matched) for i in counted)
    for i in counted:
        if i not in matched:
            r = preds[i]
            out.findings.append(Finding("events", "extra", _label(pred, str(r.get("article_id"))),
                                        f"{r.get('event_type')} {r.get('name')}", str(r.get("evidence", ""))))
    out.counts["events"], out.counts["event_dates"], out.counts["event_organizers"] = ev, dates, orgs


def _award_key(s: object) -> str:
    return re.sub(r"^\d{4}年度?", "", norm_text(s))


def _tally(task: str, preds: list[dict], units: list, pred: Predicted, out: Score, describe,
           taken: dict[int, int] | None = None) -> Count:
    """Match gold units to predicted rows in order, each taking its first row not taken yet; an optional
    unit's rows are neither rewarded nor penalised. Every miss and extra becomes a finding; `taken` is given
    each matched unit's row (unit index → row index)."""
    used: set[int] = set()
    optional: set[int] = set()
    c = Count()
    for k, (candidates, is_optional, article, what, note) in enumerate(units):
        hits = [i for i in candidates() if i not in used]
        if is_optional:
            optional |= set(hits)
            continue
        c.gold += 1
        if hits:
            used.add(hits[0])
            c.tp += 1
            if taken is not None:
                taken[k] = hits[0]
        else:
            out.findings.append(Finding(task, "miss", article, what, note))
    counted = [i for i in range(len(preds)) if i not in optional or i in used]
    c.pred = len(counted)
    out.outcomes.extend(Outcome(task, str(preds[i].get("rule", "")), i in used) for i in counted)
    for i in counted:
        if i not in used:
            r = preds[i]
            out.findings.append(Finding(task, "extra", _label(pred, str(r.get("article_id"))), describe(r),
                                        str(r.get("evidence", ""))))
    return c


def _score_awards(gold: dict, mapping: dict[str, set[str]], pred: Predicted, out: Score) -> None:
    all_ids = set().union(*mapping.values()) if mapping else set()
    preds = pred.rows("awards", all_ids)

    def same_award(g: dict, r: dict) -> bool:
        a, b = _award_key(g["award"]), _award_key(r.get("award", ""))
        return bool(a and b) and (a in b or b in a)

    def recipient_rows(mine: list, name: str):
        return lambda: [i for i, r in mine if r.get("recipient") and (
            norm_text(name) in norm_text(r["recipient"]) or norm_text(r["recipient"]) in norm_text(name))]

    def count_rows(mine: list, counts: list):
        return lambda: [i for i, r in mine if _int(r.get("recipient_count")) in counts]

    units, givers = [], []
    for g in _gold_rows(gold, "awards"):
        ids = mapping.get(g["article"], set())
        mine = [(i, r) for i, r in enumerate(preds) if r.get("article_id") in ids and same_award(g, r)]
        counts = [g["count"]] if g.get("count") else g.get("count_any", [])
        finders = [(recipient_rows(mine, n), n) for n in g.get("recipients", [])]
        if not finders and counts:
            finders = [(count_rows(mine, counts), counts)]
        units += [(find, bool(g.get("optional")), g["article"], f"{g['award']} → {val}", g.get("note", ""))
                  for find, val in finders]
        givers += [g.get("awarded_by_any") if not g.get("optional") else None for _ in finders]
    taken: dict[int, int] = {}
    out.counts["awards"] = _tally("awards", preds, units, pred, out, lambda r: (
        f"{r.get('award')} → {r.get('recipient') or ''} ×{r.get('recipient_count')}"), taken)
    # the giver of each honour found whose gold names its giver (as event organisers are scored)
    right = Count(gold=sum(1 for g in givers if g))
    for k, i in taken.items():
        if not givers[k]:
            continue
        said = norm_text(preds[i].get("awarded_by"))
        right.pred += 1
        if said and any(norm_text(x) in said or said in norm_text(x) for x in givers[k]):
            right.tp += 1
        else:
            out.findings.append(Finding("award_givers", "wrong", units[k][2], f"{units[k][3]}: said "
                                        f"'{preds[i].get('awarded_by') or ''}', gold {givers[k]}",
                                        str(preds[i].get("evidence", ""))))
    out.counts["award_givers"] = right


def _score_funding(gold: dict, mapping: dict[str, set[str]], pred: Predicted, out: Score) -> None:
    all_ids = set().union(*mapping.values()) if mapping else set()
    preds = pred.rows("funding", all_ids)

    def amount_rows(ids: set[str], yuan: float):
        return lambda: [i for i, r in enumerate(preds) if r.get("article_id") in ids
                        and _float(r.get("amount_yuan")) is not None and abs(_float(r.get("amount_yuan")) - yuan) < 0.5]

    units = [(amount_rows(mapping.get(g["article"], set()), float(g["amount_yuan"])), bool(g.get("optional")),
              g["article"], f"{g['amount_yuan']} yuan", g.get("amount_text", "")) for g in _gold_rows(gold, "funding")]
    out.counts["funding"] = _tally("funding", preds, units, pred, out,
                                   lambda r: f"{r.get('amount_text')} ({r.get('payer') or ''})")


def score(gold: dict, tables: dict[str, list[dict]]) -> Score:
    """Counts per task and the findings behind them, for one gold file."""
    pred = Predicted(tables)
    out = Score()
    mapping = _page_mapping(gold, pred, out) if "articles" in gold else _file_mapping(gold, pred, out)
    _score_places(gold, mapping, pred, out)
    _score_events(gold, mapping, pred, out)
    _score_awards(gold, mapping, pred, out)
    _score_funding(gold, mapping, pred, out)
    return out
