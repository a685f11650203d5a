"""What kind of figure a row is: whose money and which flow, whose event.

A union researcher quotes totals, so a total must add like with like: union money
apart from government refunds and bank loans; union and labour activity apart
from Party and state sessions. The words each kind is recognised by are data
(etl/rules/payer_types.tsv, public_funds.txt, money_flows.tsv, event_scopes.tsv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from etl.analyse.spans import clause_at
from etl.rules.patterns import LISTED_DEPARTMENT_UNION, SUM_IN_YUAN, UNION_NAMED, alternation, word_list, word_table


@lru_cache(maxsize=None)
def _table(name: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, pattern) rows in file order: the first kind whose words match wins."""
    rows: dict[str, list[str]] = {}
    for kind, words in word_table(name):
        rows.setdefault(kind, []).extend(w for w in words.split("、") if w)
    return tuple((kind, re.compile(alternation(words))) for kind, words in rows.items())


def _first(name: str, text: str) -> str | None:
    return next((kind for kind, rx in _table(name) if rx.search(text)), None)


def payer_type(payer: str, evidence: str, amount_at: int | None = None) -> str:
    """union · government · enterprise · social · individual · joint · unknown — money the amount's own name calls
    the state's (2.5亿元中央财政专项帮扶资金, 中央财政专项帮扶资金2亿元) is government money whoever passes it on; else from the payer's
    name (a place acting, 阜新市还对…发放, is its government), else from the word nearest before the amount
    in the sentence (…企业享受到失业保险费返还275亿元 → the unemployment-insurance fund: government)."""
    if amount_at is not None and (PUBLIC_FUNDS.search(_own_name(evidence, amount_at))
                                  or _PUBLIC_GIVES.search(evidence, clause_at(evidence, amount_at).start, amount_at)):
        return "government"
    if "、" in payer:
        # bodies paying together (市总工会与市慈善总会共同出资…): their one kind, else several kinds' joint money — in no
        # one kind's total (made up, twenty-second session, from briefs: a union's and a charity's 100万元 had been the
        # union's)
        kinds = {payer_type(one, evidence) for one in payer.split("、")}
        return kinds.pop() if len(kinds) == 1 else "joint"
    if payer:
        kind = _first("payer_types.tsv", payer)
        if kind:
            return kind
        if PLACE_NAME.search(payer):
            return "government"
    before = evidence if amount_at is None else evidence[:amount_at]
    if amount_at is not None:
        # the receivers after 向 or 为 in the amount's clause are not who pays (爱心企业向市总工会捐赠50万元: social;
        # 用募捐的形式，为亿创公司解决10万元启动资金 — rmrb_20200102-14-01 —: social, not the company)
        opens = clause_at(evidence, amount_at).start
        to = max(before.rfind("向", opens), max((m.start() for m in _FOR.finditer(before, opens)), default=-1))
        before = before[:to] if to != -1 else before
    hits = [(m.end(), kind) for kind, rx in _table("payer_types.tsv") for m in rx.finditer(before)]
    return max(hits)[1] if hits else "unknown"


PLACE_NAME = re.compile(r"(?:省|市|县|区|州|旗|盟|自治区)$")
_FOR = re.compile(r"(?<!作)为")  # 为 the one money is for (not 作为, as)
_UNION_NAMED = re.compile(UNION_NAMED)
PUBLIC_FUNDS = re.compile(alternation(word_list("public_funds.txt")))
# …or described as what the state's purse gave, before the money's own name (省总工会将中央财政下达的困难职工帮扶专项资金6800万元
# 分配到…; 把省级财政安排的…补助资金500万元拨付到… — made up, twenty-fifth session, from briefs: the union passing it on had
# paid it) — not what lies outside it (财政资金以外的工会经费)
_PUBLIC_GIVES = re.compile(rf"(?:{PUBLIC_FUNDS.pattern})(?:专项)?(?:下达|下拨|拨付|安排|划拨|补助)的[^，。；的]{{0,20}}$")


def _own_name(evidence: str, amount_at: int) -> str:
    """What the money is called: the words of its clause right before the amount, after any description joined
    by 的 (下拨中央财政专项帮扶资金2亿元; not 财政资金以外的|工会经费50万元), and the amount with the words after it
    (下拨2.5亿元中央财政专项帮扶资金), 16 and 24 characters at most."""
    clause = clause_at(evidence, amount_at)
    before = max(clause.start, amount_at - 16)
    before = max(before, evidence.rfind("的", before, amount_at) + 1)
    # (…nor over another sum listed before it: 其中县财政拨款80万元、企业捐赠70万元 — made up, thirty-first session, from
    # briefs: the companies' gift had been the state's)
    before = max([before] + [m.end() for m in _SUM.finditer(evidence, before, amount_at)])
    return evidence[before:min(clause.end, amount_at + 24)]


_SUM = re.compile(SUM_IN_YUAN)


def payer_of_flow(flow: str, payer_kind: str) -> str:
    """Who pays follows from some flows: a loan is a bank's money (a union that arranges it or pays its
    interest is not the lender), a refund or subsidy of insurance or taxes is the government's."""
    return {"loan": "enterprise", "refund": "government"}.get(flow, payer_kind)


def money_flow(evidence: str, amount_at: int | None = None) -> str:
    """granted · raised · spent · loan · refund · budget · cumulative (a running or multi-year total: 累计拨付,
    近3年筹资) — from the words around the amount."""
    if amount_at is None:
        return _first("money_flows.tsv", evidence) or "granted"
    # the amount's own clause first: …失业保险费返还275亿元，…领取了职业技能提升补贴12.9亿元 is a refund and a grant
    opened = clause_at(evidence, amount_at).start
    closes = [i for i in (evidence.find(c, amount_at) for c in "，；。") if i != -1]
    clause = evidence[opened:min(closes) if closes else len(evidence)]
    window = evidence[max(0, amount_at - 40):amount_at + 30]
    flow = _first("money_flows.tsv", clause) or _first("money_flows.tsv", window) or \
        _first("money_flows.tsv", evidence) or "granted"
    # a share each, told after the clause that counts them (计划资助困难职工子女100名，每人发放助学金3000元), is given as
    # that clause gives it: planned there, planned
    if PER_HEAD_OPENING.match(clause) and opened > 0:
        before = evidence[clause_at(evidence, opened - 1).start:opened]
        if _first("money_flows.tsv", before) == "budget":
            return "budget"
    # a span of time standing as a clause of its own before the amount makes it a running total (截至目前，阜新市共
    # 发放…1033万元; 25年来，市总…送出慰问款物6543万元), whatever the amount's clause does — within the amount's part
    # of the sentence (…累计调拨医用防护服22批；…向湖北捐款2000万元 is no total), and a refund or a loan stays one
    part = evidence[evidence.rfind("；", 0, opened) + 1:opened]
    if flow not in ("loan", "refund") and RUNNING_TOTAL.search(part):
        return "cumulative"
    return flow


# a clause that gives each one's share (每人发放3000元, 每户500元)
PER_HEAD_OPENING = re.compile(r"[，,；]?\s*(?:每人|每户|每名|每位|人均|户均)")
# a running total's opening clause: a cumulative word of money_flows.tsv, N年来 (25年来, 近年来, 十年来), a span of
# years or a year since (2019年至2022年, 2019年以来), or the day it runs to (截至11月底), then ，
RUNNING_TOTAL = re.compile(f"(?:{dict(_table('money_flows.tsv'))['cumulative'].pattern}"
                           r"|(?:\d+|[一二两三四五六七八九十]+|近|多|历)年来"
                           r"|(?:19|20)\d{2}年?(?:至|到|—|－|-)(?:19|20)\d{2}年|(?:19|20)\d{2}年以来"
                           # (…or the day a total runs to: 截至11月底，…已为1200名职工发放…, 截至2月18日，…累计向湖北捐赠…)
                           r"|截[至止][^，。；]{1,12})[，,]")


def event_scope(organizer: str, name: str, evidence: str) -> str:
    """union (a union body organises or co-organises) · labour (a labour, skills or wage event of
    government or employers) · other (Party and state sessions, sport, culture at large)."""
    if _first("event_scopes.tsv", organizer) == "union" or not organizer and _first("event_scopes.tsv", name) == "union":
        return "union"
    # a body that is no union runs it: a union beside it in the sentence makes a union event (该公司与工会…共同打造),
    # a union programme's name alone does not (共青团…市委开展“送温暖”活动)
    said = re.sub(LISTED_DEPARTMENT_UNION, "", name + " " + evidence)  # (…联合住建、公安、工会等部门: no union at work)
    if organizer and not _UNION_NAMED.search(said):
        kind = next((k for k, rx in _table("event_scopes.tsv") if k != "union" and rx.search(said)), None)
    else:
        kind = _first("event_scopes.tsv", said)
    return kind if kind in ("union", "labour", "other") else "other"

