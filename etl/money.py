"""Money amounts (1236万元, 3.2亿元, 5000余元, 100万至200万元) normalised to yuan.

Only numbers followed by a currency unit are money: 7.6万名, 1200余人次 and
94家 are counts and never match. A funding row also needs a verb of granting,
allocating, donating, raising or spending in the same clause, so an output
value or a salary quoted in passing is not taken for a union programme.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.spans import clauses, sentences
from etl.textnorm import cn_number

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
MONEY = re.compile(
    rf"(?P<qual>近|超过|超|逾|约|共计|总计|合计|达|累计)?"
    rf"(?P<a>{_NUM}|[{_CN_DIGITS}]+)(?P<ua>万|亿|千)?"
    rf"(?:(?:至|到|—|-|～|~)(?P<b>{_NUM})(?P<ub>万|亿|千)?)?"
    rf"(?P<more>余|多)?(?P<unit>万亿|亿|万|千)?元(?!素|旦|宵|首|帅|老|月|年|代|气)")
UNIT = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
GRANT_VERBS = ("补助", "拨付", "下拨", "划拨", "拨款", "投入", "投资", "捐赠", "捐款", "捐助", "筹集", "募集", "发放",
               "资助", "奖励", "列支", "安排", "支出", "帮扶", "慰问", "补贴", "救助", "援助", "落实", "争取",
               "筹措", "设立", "支付", "兑现", "减免", "返还", "拨", "捐", "奖补", "送出", "给予", "提供", "用于")


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    yuan: float
    approx: str  # '', 'more than', 'about', 'range'
    yuan_high: float | None


def _value(num: str) -> float | None:
    if num[0].isdigit():
        return float(num.replace(",", ""))
    n = cn_number(num)
    return float(n) if n is not None else None


def find_money(text: str) -> list[Money]:
    """Every money amount in text, in yuan."""
    out = []
    for m in MONEY.finditer(text):
        a = _value(m["a"])
        if a is None:
            continue
        unit = UNIT.get(m["unit"] or "", 1.0)
        high = None
        approx = ""
        if m["b"]:
            # 100万至200万元, 1至2亿元: a side without a unit takes the other side's
            b_mult = UNIT[m["ub"]] if m["ub"] else 1.0
            a_mult = UNIT[m["ua"]] if m["ua"] else b_mult
            yuan = a * a_mult * unit
            high = float(m["b"].replace(",", "")) * b_mult * unit
            approx = "range"
        else:
            yuan = a * (UNIT[m["ua"]] if m["ua"] else 1.0) * unit  # 3.91万亿元 = 3.91 × 万 × 亿
        if m["more"] or m["qual"] in ("超过", "超", "逾"):
            approx = "more than"
        elif m["qual"] in ("近", "约"):
            approx = "about"
        out.append(Money(m.start(), m.end(), m.group(), round(yuan, 2), approx, high))
    return out


def has_grant_verb(clause: str) -> bool:
    return any(v in clause for v in GRANT_VERBS)


@dataclass
class Funding:
    money: Money
    year: int | None
    payer: str
    purpose: str
    start: int
    end: int
    sentence: str


_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PURPOSE = (re.compile(r"用于(?P<p>[^，。；]{2,60})"),
            re.compile(r"对(?P<p>[^，。；]{2,60}?)(?:进行|给予|实行)?(?:补助|奖励|资助|补贴|奖补|扶持)"),
            re.compile(r"为(?P<p>[^，。；]{2,40}?)(?:捐赠|捐款|筹集|发放|提供|送去)"),
            re.compile(r"(?P<p>[^，。；\d]{2,20}?(?:资金|经费|基金|补贴|补助|慰问金|救助金|奖金|善款))"))
# money counts as worker/union funding only when the sentence is about them
WORKER_TERMS = ("职工", "工会", "农民工", "劳动者", "工人", "劳模", "员工", "务工", "困难群众", "帮扶", "慰问",
                "送温暖", "技能", "欠薪", "工资", "医务人员", "医护人员", "一线人员", "快递员", "外卖", "货车司机",
                "环卫", "就业困难", "失业", "培训", "会员")


# 基层工会, 各级工会: a kind of organisation, not one that pays
GENERIC_ORG = re.compile(r"^(?:基层|各级|乡镇|企业|县级|市级|省级|全省|全市|所在|相关|上级|本级|行业|系统|有关)+"
                         r"(?:工会|总工会|工会组织|单位|部门)$")


def purpose_of(sentence: str) -> str:
    for rx in _PURPOSE:
        m = rx.search(sentence)
        if m:
            purpose = re.sub(r"^[\d.,万亿千元余多人次名]+", "", m["p"]).strip()
            if len(purpose) >= 2:
                return purpose
    return ""


def extract_funding(text: str, issue_year: int | None, orgs_before) -> list[Funding]:
    """Money granted/allocated/donated/raised/spent, one row per amount.

    `orgs_before(pos)` returns the organisations named in the text before pos,
    nearest last; the payer is the nearest one in the same sentence, else earlier
    in the same paragraph (吉安市总工会列支专项资金…2022年，共…补助1236万元).
    """
    out: list[Funding] = []
    for sent in sentences(text):
        for m in find_money(sent.text):
            parts = clauses(sent.text)
            clause = next((c for c in parts if c.start <= m.start < c.end + 1), None)
            window = sent.text if clause is None else sent.text[max(0, clause.start - 20):clause.end]
            if not has_grant_verb(window) or not any(t in sent.text for t in WORKER_TERMS):
                continue
            years = _YEAR.findall(sent.text[:m.start])
            year = int(years[-1]) if years else issue_year
            purpose = purpose_of(sent.text)
            orgs = [o for o in orgs_before(sent.start + m.start)
                    if not GENERIC_ORG.match(o.text) and not (purpose and o.text in purpose)]
            in_sentence = [o for o in orgs if o.start >= sent.start]
            # else the nearest organisation earlier in the same paragraph (…总工会列支专项资金。…补助1236万元)
            paragraph_start = text.rfind("\n", 0, sent.start) + 1
            in_paragraph = [o for o in orgs if o.start >= paragraph_start]
            payer = (in_sentence or in_paragraph or [None])[-1]
            out.append(Funding(m, year, payer.text if payer else "", purpose,
                               sent.start + m.start, sent.start + m.end, sent.text))
    return _dedupe(out)


def _dedupe(rows: list[Funding]) -> list[Funding]:
    """A headline repeats the body's amount (全总拨付3780万元…): keep the best-described one."""
    best: dict[float, Funding] = {}
    for r in rows:
        have = best.get(r.money.yuan)
        if have is None or (bool(r.payer) + bool(r.purpose)) > (bool(have.payer) + bool(have.purpose)):
            best[r.money.yuan] = r
    return sorted(best.values(), key=lambda r: r.start)
