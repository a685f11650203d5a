"""Money amounts (1236万元, 3.2亿元, 5000余元, 100万至200万元) normalised to yuan.

Only numbers followed by a currency unit are money: 7.6万名, 1200余人次 and
94家 are counts and never match. A funding row also needs a verb of granting,
allocating, donating, raising or spending in the same clause, so an output
value or a salary quoted in passing is not taken for a union programme.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.analyse import lexicon
from etl.analyse.doc import Doc
from etl.analyse.orgs import ORG_SUFFIXES, is_generic, is_national
from etl.analyse.places import province_in_name
from etl.analyse.spans import clause_at, clauses
from etl.extract.kinds import money_flow, payer_of_flow, payer_type
from etl.read.textnorm import cn_number
from etl.rules import patterns
from etl.rules.patterns import COUNT, alternation, word_list

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
MONEY = re.compile(
    rf"(?P<qual>近|超过|超|逾|约|共计|总计|合计|达|累计)?"
    rf"(?P<a>{_NUM}|[{_CN_DIGITS}]+)(?P<ua>万|亿|千)?"
    rf"(?:(?P<ya>元)?(?:至|到|—|-|～|~)(?P<b>{_NUM})(?P<ub>万|亿|千)?)?"  # (…元 said on both sides: 5000元至2万元)
    rf"(?P<more>余|多)?(?P<unit>万亿|亿|万|千)?元(?!素|旦|宵|首|帅|老|月|年|代|气)")
UNIT = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_FUND_WORDS = rf"(?:{patterns.FUND_NOUNS})"
# an amount in 万 or 亿 with no 元, as headlines and web copy write it, where a fund right beside it makes it money
# (下拨500万专项资金, 筹集专项资金1.2亿，): never a bare 500万 (500万人, 500万次, 500万平方米)
_NO_YUAN = rf"(?P<a>{_NUM})(?P<more>余|多)?(?P<unit>万|亿)(?P<more2>余|多)?"
NO_YUAN_MONEY = (re.compile(_NO_YUAN + rf"(?=(?:专项|专款|救灾|帮扶|慰问|救助|助学|扶持|防疫)?{_FUND_WORDS})"),
                 re.compile(rf"{_FUND_WORDS}(?:共|合计|总计|达)?" + _NO_YUAN + r"(?=[，。；,]|$)"))
# …or a verb of giving money right before it (组织爱心企业家捐款20多万成立帮扶服务基金会, tzrb_20160204-00-01, whose gold has
# 20万; 向灾区捐资50万，…: made up) — not what a count's unit follows (捐赠图书2万册, 资助学生1万人)
DONATED_NO_YUAN = re.compile(r"(?:捐款|捐资|募捐|募资|筹资)(?:共|约|达|近|了)?" + _NO_YUAN)
_COUNTED_AFTER = frozenset("人户名个家次件辆份套台册本吨斤株平米元")
# a currency other than the yuan after the sum (捐款100万港元, 捐资50万美元 — made up, twenty-sixth session, from briefs: it had
# been read as 100万元): no amount in yuan, which the row's amount must be, and no rate to convert it by
FOREIGN_CURRENCY = re.compile(patterns.FOREIGN_CURRENCIES)
_CURRENCY_BEFORE = re.compile(rf"(?:{FOREIGN_CURRENCY.pattern})(?:共计|合计|共|约|达|近)?$")
# an amount told only by its order (数十万元, 几百元, 上千元, 近万元): the order's least as a floor (more than), or after
# 近 about — never an exact sum (数十万元 had read 十万元, 100000 exactly; 近万元 nothing)
VAGUE_MONEY = re.compile(r"(?P<qual>数|几|上|成|近|逾|超过|超|过)(?P<n>十|百|千)?(?P<unit>万|亿)?元")
_ORDER = {"十": 10, "百": 100, "千": 1000}
GRANT_VERBS = word_list("grant_verbs.txt")


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
    if "元" not in text and "万" not in text and "亿" not in text:
        return []  # (most sentences name no money: no pattern need look)
    out = []
    for m in VAGUE_MONEY.finditer(text):
        if m["n"] or m["unit"]:
            yuan = _ORDER.get(m["n"] or "", 1) * UNIT.get(m["unit"] or "", 1.0)
            out.append(Money(m.start(), m.end(), m.group(), yuan, "about" if m["qual"] == "近" else "more than", None))
    vague = [(x.start, x.end) for x in out]
    for m in MONEY.finditer(text):
        if any(a <= m.start() < b for a, b in vague) or _CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # (…nor a sum whose currency is named before it: 捐赠港币100万元)
        a = _value(m["a"])
        if a is None:
            continue
        unit = UNIT.get(m["unit"] or "", 1.0)
        high = None
        approx = ""
        if m["b"]:
            # 100万至200万元, 1至2亿元: a side without a unit takes the other side's
            b_mult = UNIT[m["ub"]] if m["ub"] else 1.0
            a_mult = UNIT[m["ua"]] if m["ua"] else 1.0 if m["ya"] else b_mult  # (…not one its own 元 ends)
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
    found = len(out)
    for rx in (*NO_YUAN_MONEY, DONATED_NO_YUAN):
        for m in rx.finditer(text):
            if rx is DONATED_NO_YUAN and (text[m.end():m.end() + 1] in _COUNTED_AFTER
                                          or FOREIGN_CURRENCY.match(text, m.end())
                                          or any(x.start <= m.start("a") < x.end for x in out)):
                continue
            a = float(m["a"].replace(",", "")) * UNIT[m["unit"]]
            approx = "more than" if m["more"] or m["more2"] else ""
            out.append(Money(m.start("a"), m.end(), m.group()[m.start("a") - m.start():], round(a, 2), approx, None))
    return sorted(out, key=lambda x: x.start) if vague or len(out) > found else out


# a programme's money as its recipient tells it: 得到了3000元的助学金, 获得5000元助学金, 领到1000元慰问金
RECEIVED_GRANT = re.compile(r"(?:得到|获得|领到|收到|领取)了?[^，。；]{0,8}?(?:万元|元)的?"
                            r"(?:助学金|慰问金|救助金|补助金|帮扶金|困难补助|补贴|补助|资助|"
                            # (…or a fund's support: 每家工作室获得2万元资金扶持 — made up, thirty-second session)
                            r"(?:资金|经费)(?:扶持|支持|补助))|"
                            # (…or a cost a body bears: 所需费用15万元全部由区总工会承担; 费用60万元由市总工会全额承担 —
                            # made up, twenty-fourth session, from briefs: the union's spending had been no money; not
                            # 承担了总投资2亿元的技改项目, a job taken on)
                            r"(?:费用|经费|资金)[^，。；]{0,12}?(?:万元|元)[^，。；]{0,4}?由[^，。；]{2,20}?承担")


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
    rule: str = ""  # the id of the rule that made the row (etl/rules/rules.yaml)
    flow: str = ""  # granted · raised · spent · loan · refund · budget · cumulative (etl.extract.kinds.money_flow) · part
    payer_type: str = ""  # union · government · enterprise · social · individual · joint · unknown
    province: str = ""  # 全国 for a national payer, else the payer's province, else the article's
    each_count: int = 1  # 各拨付200万元 to 四省（区）: 4 — the amount is each one's, the money given 4 times it
    year_stated: bool = False  # the sentence names the year (2022年, 去年), rather than the issue's being taken


# the year named last before an amount: written out (2022年), or told from the issue's (去年中央送上…, 今年以来)
_YEAR = re.compile(r"((?:19|20)\d{2})年|(今年|去年|前年)(?!同期)")
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}


def _year_of_amount(before: str, issue_year: int | None) -> tuple[int | None, bool]:
    """The year an amount's sentence names before it, and whether it names one (else the issue's year)."""
    named = list(_YEAR.finditer(before))
    if not named:
        return issue_year, False
    written, told = named[-1].groups()
    return (int(written) if written else issue_year - _YEARS_BACK[told] if issue_year else None), True


# what a fund is called by its ending (帮扶资金, 金秋助学金, 医疗互助金)
# (…not a fund money is drawn from: 从本级经费中安排100万元 — made up, twenty-first session, from a brief: the purpose had
# been 市总工会还从本级经费, and its union no payer)
_PURPOSE_BY_FUND = re.compile(rf"(?P<p>[^，。；\d]{{2,20}}?{_FUND_WORDS})(?!中)")
_PURPOSE = (re.compile(r"用于(?P<p>[^，。；]{2,60})"),
            # (the sum may stand between the verb and its noun: 对获得一等奖的选手给予5000元奖励)
            # (…each's share too: 对新建职工之家给予每家5万元补助 — made up, twenty-sixth session, from briefs: 给予 had stayed
            # in the purpose)
            re.compile(r"对(?P<p>[^，。；]{2,60}?)(?:进行|给予|实行|发放)?(?:每[人户名位家所个])?(?:[\d.]+[多余]?[万亿千]?元的?)?"
                       r"(?:补助|奖励|资助|补贴|奖补|扶持|慰问|救助|帮扶)"),
            # (…or what is bought, insured or fitted for them: 为一线职工购买意外伤害保险, 为…困难女职工免费投保, 为…服务站点配备
            # 冰箱… — the last made up, twenty-sixth session, from briefs: no purpose)
            # (…not 建设者, those it is for: 为一线建设者送去…防暑物品 — made up, thirty-first session, from briefs: the
            # purpose had been the whole clause)
            re.compile(r"为(?P<p>[^，。；]{2,40}?(?:购买|投保|办理|购置|配备|配置|建设[^者，。；]|改造|安装)[^，。；]{0,20})"),
            re.compile(r"为(?P<p>[^，。；]{2,40}?)(?:捐赠|捐款|筹集|发放|颁发|提供|送去)"),
            _PURPOSE_BY_FUND,  # (the fund named: 应急救助资金)
            # (…or, last, those it helps in a clause of their own: …筹集资金50万元，帮助30名困难职工子女圆大学梦 — made up,
            # twenty-sixth session, from briefs: no purpose)
            re.compile(r"，(?:帮助|资助)(?P<p>[^，。；]{2,40})"),
            # (…or what is built or fitted with it, the clause right after the sum: 投入资金120万元，新建户外劳动者服务驿站20个;
            # 筹资80万元，改造提升职工书屋15家 — made up, twenty-seventh session, from briefs: no purpose)
            # (…where, before it: 投入专项资金1.2亿元，在全省新建职工驿站500个 — made up, twenty-eighth session, from an
            # interview: no purpose)
            re.compile(r"元，(?:在[^，。；]{1,8}?)?(?P<p>(?:新建|建设|建成|改造|提升|升级|打造|购置|配备|修缮)[^，。；]{2,40})"))
FUND_NOUN = re.compile(rf"{_FUND_WORDS}$")
# money counts as worker/union funding only when the sentence is about them
WORKER_TERMS = word_list("worker_terms.txt")



# 各拨付200万元, 各捐赠300万元: the amount is what each of the recipients before it was given
# (…the fund named between: 各拨付救灾资金150万元 — made up, twenty-third session, from a brief: each_count had been 1)
# (…or 分别 with one amount, its receiver between: 市建工集团和市城投公司分别向市总工会捐赠10万元 — made up, twenty-fourth
# session, from briefs: the second company alone had paid; 分别 before amounts listed, 分别拨付10万元、20万元, is respectively)
EACH = re.compile(rf"(?:各|分别(?:向[^，。；\d各]{{1,20}}?)?)(?:{alternation(GRANT_VERBS)})?"
                  rf"(?:[^，。；\d各]{{0,10}}?{_FUND_WORDS})?$")
# (…or its members' dues, 会费: 为200家小微企业减免会费共计60万元 — made up, twenty-ninth session, from briefs: the
# government's refund)
_UNION_DUES = re.compile(r"工会经费|会费|向[^，。；]{0,6}工会返还")
# an amount followed by another in a list (10万元、20万元): each its own receiver's, as 分别 lists them
_ANOTHER_AMOUNT = re.compile(r"[\d.]+(?:万|亿)?元(?:人民币)?[、和及]")
# …and bodies paying together, the verb right after the last of them (共同出资, 联合投入, 共同筹集)
# (…or an occasion they hold together where the sentence's money is given: 市总工会、市退役军人事务局联合召开表彰会，…每人颁发
# 奖金5000元 — made up, twenty-eighth session, from briefs: the one named last had paid alone)
JOINTLY = re.compile(rf"(?:共同|联合)(?:{alternation(GRANT_VERBS)}|召开|举办|举行)")
# …and how many they are: the nearest count with its measure word in the clause before 各 (四省（区）总工会,
# 恩黔两地总工会, 恩施州、黔东南州两地工会, 10家企业)
# (…words between the measure and the noun: 50个基层工会, 20家规上企业 — made up, thirty-first session, from briefs: each had
# been one)
RECIPIENT_COUNT = re.compile(rf"(?P<n>{COUNT})(?:(?:个|家|所|名|位)[\u4e00-\u9fff]{{0,6}}?)?"
                             r"(?:省（区、市）|省（区）|省区市|省区|省市|省|地|市|州|县|区|单位|企业|工会|学校|户|人)")


# 每人发放慰问金1000元, 为每户困难职工送去500元, 人均: the amount is one person's or household's
# (…or one unit's: 为每家工作室拨付2万元 after 命名10家… — made up, twenty-first session, from briefs)
# (…or a month's or a day's share: 发放每月最高5000元的在职培训津贴, 每天补贴50元 — made up, thirty-third session, from Hong Kong
# and mainland briefs: granted; not 每年, a year's spending, nor 最高 alone — 按照医疗救助最高标准发放救助金5.45万元,
# rmrb_20200204-13-01, whose gold has it granted)
PER_HEAD = re.compile(r"(?:每人|每户|每名|每位|每个|每家|每所|每份|每张|每套|人均|户均|每月|每天|每日)[^，。；\d]{0,16}$")


def per_head(sentence: str, at: int) -> bool:
    """Is the amount at `at` what each person or household got (为每名困难职工发放慰问金1000元)?"""
    return PER_HEAD.search(sentence, clause_at(sentence, at).start, at) is not None


def _each(sentence: str, at: int) -> re.Match | None:
    """The 各 or 分别 before an amount at `at` that makes it each receiver's or giver's — not 分别 before amounts listed
    (分别拨付10万元、20万元: respectively)."""
    each = EACH.search(sentence, 0, at)
    if each and each.group().startswith("各") and any(
            u.start() <= each.start() < u.end() for u in _EVERY_LEVEL.finditer(sentence, 0, at)):
        # (every level's unions, 全省各级工会累计投入资金…: no share each — made up, twenty-eighth session; nor the cities'
        # unions, 各地市工会配套资金9000万元 — thirtieth session)
        return None
    return None if each and each.group().startswith("分别") and _ANOTHER_AMOUNT.match(sentence, at) else each


def each_count(sentence: str, at: int) -> int:
    """How many recipients an amount at `at` goes to each (各拨付200万元 after 四省（区）总工会: 4, after 向A和B: 2; 为300名
    困难职工每人发放1000元: 300); 1 when the sentence does not say 各 or 每人 before it, or says it with neither a count nor a
    list of receivers."""
    before = sentence[:at]
    each = _each(sentence, at)
    if not each:
        if not PER_HEAD.search(before, clause_at(before, at).start):
            return 1
        opens = clause_at(before, at).start
        if sentence.startswith("其中", opens) or _parts_go_on(sentence, opens):
            # 计划组织3000名…，其中劳模疗休养每人补助3000元: a part of those counted, how many untold unless its clause says
            # (…and each part told after it: 其中大学新生每人5000元，在校生每人2000元 — made up, twenty-sixth session: the
            # second had taken the 200 counted before 其中)
            return _heads(sentence[opens:], at - opens)
        per = PER_HEAD.search(before, clause_at(before, at).start).group()
        return _heads(sentence, at, units=per.startswith(("每家", "每所")))
    counts = list(RECIPIENT_COUNT.finditer(before, clause_at(before, each.start()).start, each.start()))
    if not counts:
        # no count: the receivers listed after 向 (向昌平区总工会和顺义区总工会各拨付…: 2)
        clause = before[clause_at(before, each.start()).start:each.start()]
        to = clause.rfind("向")
        # (…or, with no 向, the givers listed: 市建设工会、市教育工会各捐赠10万元 — each gave it; made up, nineteenth session)
        listed = [x for x in re.split(r"、|和|及|与", clause[to + 1:] if to != -1 else clause) if x.strip()]
        return len(listed) if 2 <= len(listed) <= 100 else 1
    n = _value(counts[-1]["n"])
    return int(n) if n and 2 <= n <= 100 else 1


# how many people or households a per-head amount went to: 300名困难职工, 120户, 共慰问300人
HEADS = re.compile(rf"(?P<n>{COUNT})(?:名|位|户|人)(?P<next>.?)")
NOT_HEADS = frozenset("民次员")  # (人民, 人次, 人员: no count of people given money)
# …or named as some of a ranking's N, after 等 (…王强等十大“金牌工人” — made up, twenty-eighth session, from briefs: each
# one's 1万元 had been a rate, given none; not 党的二十大)
RANKED_HEADS = re.compile(rf"{patterns.RANKING_OF_N}(?P<next>)")
# …or of units, for one unit's amount (10家…工作室, 5所学校)
UNIT_HEADS = re.compile(rf"(?P<n>{COUNT})(?:家|所)(?P<next>.?)")


def _heads(sentence: str, at: int, units: bool = False) -> int:
    """The count of people or households (or, with `units`, of bodies) nearest before a per-head amount in its sentence,
    else the first after it (为每名困难职工发放慰问金1000元，共慰问300人); 1 when the sentence gives none."""
    heads = [m for m in (UNIT_HEADS if units else HEADS).finditer(sentence)
             if m["next"] not in NOT_HEADS or not m["next"]]
    if not units:  # (…or those named as some of a ranking's N: 为张伟、李娜、王强等十大“金牌工人”颁发…，每人奖励1万元)
        heads = sorted(heads + list(RANKED_HEADS.finditer(sentence)), key=lambda m: m.start())
    before = [m for m in heads if m.end() <= at]
    after = [m for m in heads if m.start() > at]
    found = before[-1:] or after[:1]
    n = _value(found[0]["n"]) if found else None
    return int(n) if n and 2 <= n <= 1_000_000 else 1


# a worker's claim (要求公司支付…合计16万余元, 仲裁, 诉讼) is not money paid out
CLAIM = re.compile(r"仲裁|诉讼|起诉|判决|要求[^。；]{0,20}支付|请求[^。；]{0,20}支付")
RECOVERED = re.compile(r"追回|讨回|讨要|追讨|追赔|挽回|清欠|追缴|索赔|判赔|赔偿")
# the money is wages owed to workers, paid out or made up (向218位农民工发放工资110万元, 补发工资待遇21.85亿元)
WAGES_PAID = re.compile(r"(?:工资|欠薪|薪酬|劳动报酬|执行款)(?:待遇|款)?(?:共|合计|总计|约|达|近|超)?$")
# …or the cover of an insurance given, or the most one could be paid (每人保额10万元, 每人最高保障金额可达30万元, 住院最高可获
# 赔付1万元 — made up, twenty-ninth session, from briefs: the sums insured had been money given, 1亿元 for one gift of
# policies); the premium paid for it is money (共支付保费5万元)
COVER = re.compile(r"(?:保额|保险金额|保障金额|最高(?:可获|可达|可享|赔付|理赔|保障))[^，。；\d]{0,8}$")
# …or what was sold, however a union's work drove it (带动职工购买扶贫产品，销售额达500万元 — made up, twenty-ninth session,
# from briefs: the union's grant)
SALES = re.compile(r"(?:销售额|销售收入|营业额|成交额|交易额|销售)[^，。；\d]{0,4}$")
# …or taxes and fees cut, before the sum or named right after it (为企业减税降费12亿元; 去年中央送上约1.3万亿元的减税降费“红包”
# — rmrb_20190225-01-03: a 1.3万亿元 refund had been money given; made up, thirtieth session)
TAX_CUT = re.compile(r"减税降费|减税|降费|税费减免|减免税费")


# a fund's name opens after the verb that hands it over or gets it: 阜新市共发放|稳岗补贴, 市总工会向困难职工发放|慰问金
# (not the verbs funds are named by: 应急救助资金, 助学教育奖励基金, 募捐资金)
_HANDS_OVER = re.compile(r"(?:发放|赔付|拨付|下拨|划拨|拨款|列支|安排|设立|筹集|筹措|募集|提供|给予|支付|兑现|送出|送上|送去|投入|返还|退还|"
                         r"捐赠|捐助|"  # (…向当地捐赠|帮扶资金 — made up, thirty-second session)
                         r"得到|获得|领到|收到|领取|争取到|争取)了?")


# a preposition standing as its own word before a fund's name: what comes before it is who gives and how
# (省总工会将|中央财政专项帮扶资金…下拨, 市总工会党组书记张明为困难职工送上|慰问金), not what the fund is
_PREPOSITIONS = frozenset("将把为向给对")


# a body named before a fund's name (市总工会紧急调拨帮扶资金): a name's word or more, then its ending, then adverbs
_BODY_BEFORE = re.compile(rf"^[^，。；]*?[{patterns.HAN}](?:{alternation(ORG_SUFFIXES)})(?:紧急|及时|再次|专门|先后|共|又|还|已|均)*")


def _body_acts(words: str) -> int:
    """Where the words after a body and its verb begin, before a fund's name, whatever the verb (市总工会紧急调拨|帮扶资金,
    区总工会下达|…, 市总工会出资|…, 落实|…, 拿出|… — made up, twenty-seventh session, from briefs: the body had stood in the
    purpose, and so had been no payer); 0 if the words open on no body acting (工会救灾慰问资金: the fund's own name)."""
    body = _BODY_BEFORE.match(words)
    if body is None or "元" in body.group():  # (1800万元工会救灾慰问资金: an amount, then the fund's name)
        return 0
    tokens = lexicon.tag(words[body.end():])
    verb = tokens[0] if tokens else ("", "")
    return body.end() + len(verb[0]) if verb[1] in ("v", "vn", "a") else 0  # (落实 is tagged as an adjective)


def _after_preposition(words: str) -> int:
    """Where the words after the last preposition that stands as a word begin (0 if none: 对口 is a word)."""
    at, cut = 0, 0
    for word, _tag in lexicon.tag(words):
        at += len(word)
        if word in _PREPOSITIONS:
            cut = at
    return cut


# an amount, a count or 每… opening a purpose (200户…, 3000元的…, 为每名…), or what is left of one (万元启动资金) — its units
# as units only: 亿创公司 opens on no amount
# (…its count in Chinese numerals too: 为三十名困难职工子女 — made up, thirty-second session, from a union site's item)
_AMOUNT_OPENING = re.compile(r"^(?:(?:[\d.,]*[余多]?[万亿千]?[余多]?(?:元|人次|名|户|家|所|个|位|人)|[\d.,]+)+|每[人户名位个家所]"
                             r"|[一二两三四五六七八九十百千]+[余多]?(?:名|户|家|所|位|人))的?")


# (…or after a comma, the clause nothing but the fund's name: 发放春节慰问金180万元，金秋助学金60万元，医疗救助金80万元 —
# made up, twenty-third session, from a brief: all three had been 春节慰问金)
_LISTED_FUND = re.compile(rf"(?:万元|亿元|元)(?:[、和及](?P<p>[^，。；、\d]{{2,12}}?{_FUND_WORDS})|"
                          rf"，(?P<q>[^，。；、\d为向给对发送拨捐安筹用]{{0,6}}{_FUND_WORDS}))$")
_MONEY_ALONE = re.compile(r"(?:专项)?(?:资金|经费|款项|善款)|专款")  # (not 助学金, 慰问金: what the money is for)
# a body's own money named as a fund: its name, then matching or self-raised (省总工会配套资金, 县总工会自筹经费)
# (…or its own level's, 市总工会本级资金 — made up, thirty-second session, from a feature: the province's union had paid it)
_BODY_OWN_FUND = re.compile(rf"[^，。；]{{0,12}}(?:{alternation(ORG_SUFFIXES)})(?:配套|自筹|本级)")


def purpose_of(sentence: str) -> str:
    for rx in _PURPOSE:
        m = rx.search(sentence)
        if m:
            purpose = m["p"]
            if sentence[m.start("p") - 1:m.start("p")].isdigit():
                # (下拨500万专项资金: the amount's unit; 下拨2025年职工疗休养专项经费: a year's)
                purpose = re.sub(r"^(?:[余多]?[万亿千][余多]?|年度?)", "", purpose)
            if rx is _PURPOSE_BY_FUND:  # a fund's name alone, not who gives it (which had hidden the payer)
                named_at = FUND_NOUN.search(purpose).start()
                cut = max((v.end() for v in _HANDS_OVER.finditer(purpose) if v.end() <= named_at), default=0)
                purpose = purpose[max(cut, _body_acts(purpose[:named_at]), _after_preposition(purpose[:named_at])):]
            # (为200户…, 为每名…, 得到了3000元的助学金)
            # (…not the 元 of 元旦: 安排2020年元旦春节送温暖资金 — made up, thirtieth session, from national items: the
            # purpose had been 旦春节送温暖资金)
            purpose = (purpose if purpose.startswith("元旦") else _AMOUNT_OPENING.sub("", purpose)).strip()
            # (为500名困难职工每人发放…; 为5所职工学校每所补助…)
            # (…and the period each share is for: 为环卫工人每人每月发放… — made up, thirty-first session, from briefs)
            # (…or the period alone, 为困难职工每月发放…, 为高温作业职工每天补贴… — made up, thirty-third session, from briefs:
            # 困难职工每月)
            purpose = re.sub(r"(?:(?:每人|每户|每名|每位|人均|户均)(?:每月|每年|每天|每季度)?|每月|每天|每日)(?:补贴|补助)?$|每家|每所",
                             "", purpose)
            # (…nor 分别 or 各 before the verb: 为3所学校分别捐赠… — made up, thirty-first session, from briefs: 学校分别)
            purpose = re.sub(r"(?:分别|各自|各)(?:补贴|补助|资助|奖励)?$", "", purpose)  # (…各补贴2万元: the verb)
            if purpose.count("“") != purpose.count("”"):
                # (a quotation the purpose cuts, 设立“张华助学金”: the name without its marks — made up, thirty-first
                # session, from briefs: “张华助学金 had been shown with one)
                purpose = purpose.replace("“", "").replace("”", "")
            # (…nor when or whether it is given: 今年计划贴息资金 — made up, thirty-second session)
            purpose = re.sub(r"^(?:今年|去年|全年|当年|计划|预计|拟)+", "", purpose)
            # (…nor money's bare name: 累计投入资金1.2亿元 — made up, twenty-second session, from a brief: its purpose had
            # been 资金)
            if len(purpose) >= 2 and not _MONEY_ALONE.fullmatch(purpose):
                return purpose
    return ""


_WORTH_OPENING = re.compile(r"(?:总|共计|合计)?价值")
_USE_RIGHT_AFTER = re.compile(r"(?:专门|主要|全部|将)?用于[^，。；]{2,40}")
# …or what it builds, right after it (计划投入1亿元建设职工服务阵地, 投入300万元改造职工食堂 — made up, thirty-third session, from
# briefs: no purpose)
_BUILDS_RIGHT_AFTER = re.compile(r"(?:建设|新建|改造|建立|打造|升级)[^，。；]{2,30}")


def extract(doc: Doc) -> list[Funding]:
    """Money granted/allocated/donated/raised/spent in one analysed article, one row per amount.

    The payer is the nearest organisation before the amount in the same sentence,
    else earlier in the same paragraph (吉安市总工会列支专项资金…2022年，共…补助1236万元).
    """
    issue_year = doc.issue.year if doc.issue else None
    out: list[Funding] = []
    for sent in doc.sentences:
        for m in find_money(sent.text):
            parts = clauses(sent.text)
            clause = next((c for c in parts if c.start <= m.start < c.end + 1), None)
            window = sent.text if clause is None else sent.text[max(0, clause.start - 20):clause.end]
            if clause is not None and clause is not parts[0] and (
                    _WORTH_OPENING.match(clause.text) or clause.text.lstrip().startswith("其中")):
                # the worth of the goods the clause before gave, however long their list (为建筑工人送上绿豆汤、藿香正气水、
                # 毛巾等防暑降温物品，总价值8万余元 — made up, twenty-fifth session, from briefs: the verb had been too far)
                # (…and parts after 其中, the verb of the total's clause before, however long its fund's name: 下拨2020年
                # 元旦春节送温暖资金4.3亿元，其中中央财政专项资金2.8亿元、… — made up, twenty-ninth session, from a national
                # item: the parts had been lost, the total all the union's)
                window = sent.text[parts[parts.index(clause) - 1].start:clause.end]
            if clause is not None and not has_grant_verb(window) and _parts_go_on(sent.text, clause.start):
                # (a part after others told one by one shares their verb, however far back: 发放助学金，其中本科生每人5000元，
                # 专科生每人3000元，高中生每人2000元 — made up, twenty-sixth session, from briefs: the third had been lost)
                window = sent.text[:clause.end]
            if not (has_grant_verb(window) or RECEIVED_GRANT.search(window)) or \
                    not any(t in sent.text for t in WORKER_TERMS):
                continue
            if RECOVERED.search(window) or CLAIM.search(sent.text[:m.start]) or WAGES_PAID.search(sent.text[:m.start]) \
                    or COVER.search(sent.text, clause_at(sent.text, m.start).start, m.start) \
                    or SALES.search(sent.text, clause_at(sent.text, m.start).start, m.start) \
                    or TAX_CUT.search(sent.text, clause_at(sent.text, m.start).start, m.end + 8):
                continue  # wages recovered, claimed or paid out, a policy's cover, sales, a tax cut: no money given
            if _business_investment(window, sent.text, m.start):
                continue  # 某服装有限公司董事长投资2000万元…建厂: a company's own investment
            year, year_stated = _year_of_amount(sent.text[:m.start], issue_year)
            if not year_stated and doc.reviewed_year and doc.lead is not None and sent.start >= doc.lead.start:
                year, year_stated = doc.reviewed_year, True  # (a review's undated figures: the year its lead names)
            # (the purpose told in the amount's own part of the sentence: a part after ； tells of other help —
            # …为亿创公司解决10万元启动资金；…；为亿创公司举办…提供场地, rmrb_20200102-14-01)
            part_start = sent.text.rfind("；", 0, m.start) + 1
            part_end = sent.text.find("；", m.end)
            part_end = part_end if part_end >= 0 else len(sent.text)
            # (…the amount's own clause first, when it tells one: 市总工会为全市12万名职工办理互助保障，全年共为3200名患病职工
            # 发放互助保障金860万元 is for those who fell ill — made up, thirty-second session, from briefs: the clause before
            # had told its purpose)
            # (…not a part after 其中, which shares its total's: 其中省总工会本级资金3000万元 is for 送温暖 too)
            own_clause = clause_at(sent.text, m.start)
            told_in_clause = purpose_of(own_clause.text) if not own_clause.text.lstrip().startswith("其中") else ""
            # (…nor who paid it, nor the fund it was given to: 向无锡市总工会困难职工帮扶基金捐款100万元，用于春节期间慰问…)
            told_in_clause = "" if _BODY_OWN_FUND.match(told_in_clause) or "向" + told_in_clause in own_clause.text \
                else told_in_clause
            purpose = told_in_clause or purpose_of(sent.text[part_start:part_end])
            purpose = "" if purpose.startswith("其中") else purpose  # (a part's own name, 其中上级工会补助: no use told)
            # (…but a sum listed after another's, its own fund named right before it, is that fund's: 发放困难职工生活救助金
            # 300万元、医疗救助金200万元 — made up, twenty-second session, from a brief: both had been 生活救助金)
            listed = _LISTED_FUND.search(sent.text, part_start, m.start)
            # (…not a part after 其中 named by its payer, 其中县财政补助5万元: its total's — made up, thirty-third session, from
            # briefs: 其中县财政补助 had been the purpose)
            listed = None if listed and (listed["p"] or listed["q"]).startswith("其中") else listed
            # (…but a body's own matching or self-raised money named after it, 省总工会配套资金1200万元,
            # 县总工会自筹资金30万元, is that body's, for what the sentence's money is for — made up, thirty-second session,
            # from briefs: the body had been the purpose, and no one had paid)
            own_fund = _BODY_OWN_FUND.match(listed["p"] or listed["q"]) if listed else None
            purpose = (listed["p"] or listed["q"]) if listed and not own_fund else purpose
            purpose = "" if _BODY_OWN_FUND.match(purpose) else purpose
            # (…and a sum its use follows right after, in its own clause, is for that use: 其中100万元用于困难职工帮扶，150万元
            # 用于职工服务阵地建设，另安排50万元用于培训 — made up, twenty-sixth session, from briefs: the first use had been
            # all three's)
            own_use = _USE_RIGHT_AFTER.match(sent.text, m.end)
            purpose = purpose_of(own_use.group()) or purpose if own_use else purpose
            builds = _BUILDS_RIGHT_AFTER.match(sent.text, m.end) if not own_use else None
            purpose = builds.group() if builds else purpose
            at = sent.start + m.start
            own_clause_at = sent.start + own_clause.start
            paragraph = doc.paragraph_at(sent.start)
            orgs = [o for o in doc.orgs_in(paragraph.start, at)
                    if not is_generic(o.text) and not (purpose and o.text in purpose)
                    and not _RECIPIENT_BEFORE.search(doc.text[max(0, o.start - 8):o.start])
                    and not _RECIPIENT_LISTED.search(doc.text[max(0, o.start - 60):o.start])
                    and not _receives(doc.text[max(0, o.start - 40):o.start])
                    # (…nor one visited or met in: 市总工会走进中建三局…项目部，为…送去…; 在芜湖港务有限公司举行…仪式 —
                    # made up, twenty-ninth session, from briefs: the company had paid)
                    and not doc.is_visited(o)
                    # (…nor a partner of another clause's act: …赴新疆伊犁州，与伊犁州总工会签订…协议，并向当地捐赠…
                    # 100万元 — made up, thirty-second session, from briefs: the partner had paid; not one acting together
                    # with the subject, 区总工会与区人社局联合举办…，为…发放奖金 — and only where the amount's clause goes on
                    # with the sentence's subject, 并向…, 为…: 银行将为… names its own giver, the partner)
                    and not (o.start > 0 and doc.text[o.start - 1] in "与同" and o.end <= own_clause_at
                             and not _TOGETHER.match(doc.text, o.end) and _GOES_ON.match(own_clause.text))]
            in_sentence = [o for o in orgs if o.start >= sent.start]
            if not in_sentence and _GENERIC_PAYER.search(sent.text[:m.start]):
                orgs = []  # 政府还给予每年2300多元的补贴: the sentence's own payer, not a company named before
            payer = (in_sentence or orgs or [None])[-1]
            name = doc.full_org(payer.text, at=payer.start) if payer else _place_subject(doc, sent.start, at)
            levels = list(_EVERY_LEVEL.finditer(sent.text, 0, m.start))
            # (…named by their territory, 全省各级工会 — not the bare 各级工会 a body sets to work: 市总工会组织各级工会采购…)
            if levels and (not name or (payer is None or payer.end <= sent.start + levels[-1].start())
                           and not levels[-1].group().startswith("各级")):
                # (…or a territory's unions at every level, as the text names them: 全市各级工会共筹集…; nearer than a body
                # named before them, 记者从省总工会获悉，…全省各级工会累计投入资金1.5亿元 — made up, twenty-eighth session,
                # from briefs: the source had paid)
                name = levels[-1].group()
            if not name:
                # (…or the one union the headline names, in a paragraph naming no body: a notice's issuer — 市总工会关于命名…
                # 的通知 over 每个工作室给予2万元经费补助 — made up, twenty-seventh session, from a union's notice: no payer)
                # (…not one the money goes to, in the headline or in the sentence: 企业家向工会捐款 over …王建平向无锡市总工会
                # …捐款100万元; 爱心企业向市总工会捐赠 — made up, thirty-first session, from briefs: the union had paid)
                receiving = {doc.full_org(o.text) for o in doc.orgs_in(sent.start, at) if o not in orgs}
                heads = sorted({doc.full_org(o.text) for o in doc.orgs_in(0, doc.body_start) if not is_generic(o.text)
                                and not _RECIPIENT_BEFORE.search(doc.text[max(0, o.start - 8):o.start])} - receiving)
                # (not 工会 alone: a column's label, 工会动态)
                name = heads[0] if len(heads) == 1 and "工会" in heads[0] and heads[0] != "工会" else name
            if not name and doc.interviewed and _WE.search(sent.text, clause_at(sent.text, m.start).start, m.start):
                name = doc.full_org(doc.interviewed.text)  # (an interview's 我们投入…: the body it questions)
            donor = _person_giving(sent.text, m.start) if not name else ""
            name = donor or name
            public = _PUBLIC_PURSE.match(sent.text, clause_at(sent.text, m.start).start)
            if public and (payer is None or payer.start < sent.start + public.start()):
                # the amount's own clause opens on a government's purse (…，县财政配套30万元 — made up, twenty-third
                # session, from a brief: the union named earlier in the sentence had paid it)
                name = public["payer"]
            obtained = _OBTAINED_FROM.search(sent.text, clause_at(sent.text, m.start).start, m.start)
            if obtained:
                # money a body obtains (争取) from another is the other's: 争取中央财政专项帮扶资金2800万元, 争取上级工会补助资金
                # 50万元 — made up, thirty-second session, from briefs: the body that obtained it had paid
                source = obtained["source"] or obtained["source_before"]
                name = doc.full_org(source) if source.endswith(ORG_SUFFIXES) else source
            own_part = _OWN_PART.search(sent.text, clause_at(sent.text, m.start).start, m.start)
            if own_part:
                # a part of a total after 其中, opening on who gave it (其中省级财政专项资金3000万元、省总工会自筹资金
                # 2000万元 — made up, twenty-fourth session, from briefs: the union that passed on the total had paid the
                # state's share, and its own had had no payer)
                # (…or the higher union, by that name alone: 其中上级工会补助50万元 — made up, thirty-second session)
                purse = _PURSE_OPENS.match(own_part["part"]) or _HIGHER_UNION.match(own_part["part"])
                opener = [o for o in doc.orgs_in(sent.start + own_part.start("part"), at)
                          if o.start == sent.start + own_part.start("part") and not is_generic(o.text)]
                name = purse["payer"] if purse else doc.full_org(opener[0].text, at=opener[0].start) if opener else name
                if not purse and not opener:
                    # (…or on what kind of giver gave it: 企业捐赠70万元 is the companies', 工会经费400万元 the union's that
                    # raised the total — made up, thirty-first session, from briefs: the state's purse opening the parts
                    # had paid them all)
                    donors = _DONORS_PART.match(own_part["part"])
                    name = own_part["part"] if donors else doc.full_org(payer.text, at=payer.start) if payer and \
                        _UNION_DUES.match(own_part["part"]) else name
            if payer is not None and payer in in_sentence and (_each(sent.text, m.start) or JOINTLY.match(
                    sent.text, payer.end - sent.start, m.start)):
                # each of the bodies named together gave it (市建设工会、市教育工会各捐赠10万元), or all of them together
                # (市总工会与市慈善总会共同出资100万元 — made up, twenty-second session, from briefs: the last named had paid
                # alone): all of them pay
                together = doc.named_with(in_sentence, in_sentence.index(payer))
                name = "、".join(dict.fromkeys(doc.full_org(o.text, at=o.start) for o in together))
            given_by_society = SOCIETY_GIVES.search(sent.text, part_start, m.start)
            if given_by_society and (payer is None or payer.start < sent.start + given_by_society.start()) and not \
                    find_money(sent.text[given_by_society.end():m.start]):
                # (…its own sum's, not one told after another: 其中市财政拨款500万元，社会捐赠300万元，工会经费400万元 — made
                # up, thirty-first session, from briefs: society had paid the union's dues)
                # 工会还发动社会捐款1万多元: society gives, the union collects (the receiver after 向 is no part of it)
                # (…and together: 5家爱心企业共捐赠…, 3位爱心企业家共捐款… — made up, thirty-second session, from briefs: the
                # union that held the ceremony had paid)
                name = re.sub(r"积极|踊跃|纷纷|共同|共", "",
                              given_by_society.group().replace(given_by_society["to"] or "", ""))
            out.append(Funding(m, year, name, purpose, sent.start + m.start, sent.start + m.end, sent.text,
                               "funding.money_given", year_stated=year_stated,
                               payer_type="individual" if donor and name == donor else ""))
    rows = _dedupe(out, doc.body_start)
    stated = {round(fu.money.yuan) for fu in rows}
    for fu in rows:
        at = fu.start - doc.sentence_at(fu.start).start
        fu.flow = money_flow(fu.sentence, at)
        fu.each_count = each_count(fu.sentence, at)
        if fu.each_count > 1 and round(fu.money.yuan * fu.each_count) in stated:
            fu.flow = "part"  # 全总拨款800万元… and 四省（区）…各拨付200万元: the total is its own row
        elif ((fu.each_count == 1 or fu.money.approx == "range") and per_head(fu.sentence, at)
              or _A_STANDARD.search(fu.sentence, clause_at(fu.sentence, at).start, at)) \
                and fu.flow not in ("loan", "refund"):
            # (…and a share told as a range, 每人5000元至2万元不等, however many got one: no sum — made up, thirty-second
            # session, from briefs: its low end had been given fifteen times)
            # 为每名困难职工发放慰问金1000元 with no count: one person's share, no sum of money — a share after another is
            # one too, not a part of it (其中大学生每人3000元，高中生每人2000元 — made up, twenty-sixth session, from briefs)
            fu.flow = "rate"
        elif _part_of_total(fu, at, rows):
            fu.flow = "part"  # 拨付专项资金300万元，其中100万元用于…: counted in the total before it
        fu.payer_type = payer_of_flow(fu.flow, fu.payer_type or payer_type(fu.payer, fu.sentence, at))
        # (the dues named in the amount's clause, before it or just after: …拨付工会经费返还款1500万元, …返还经费3000万元)
        # (…or in the clause before, the returning told there and its sum after: 省总工会决定对小微企业工会经费实行全额返还，
        # 预计返还资金1.2亿元 — made up, twenty-seventh session, from briefs: the government's refund)
        opens = clause_at(fu.sentence, at).start
        before = clause_at(fu.sentence, opens - 2).start if opens >= 2 else opens
        if fu.flow == "refund" and _UNION_DUES.search(fu.sentence, before, at + 12):
            # union dues a union returns to its grassroots unions are the union's (县总工会向基层工会返还工会经费120万元;
            # 市总工会向基层工会返还经费3000万元; 拨付工会经费返还款…: made up, twenty-fourth session, from briefs — they had
            # been the government's refund)
            fu.payer_type = payer_type(fu.payer, fu.sentence, at)
        # money a national body pays (全总, 人社部) is a national figure, never one province's — but not the national money a
        # body obtains (争取中央财政…): the body's place's
        obtained = _OBTAINED_FROM.search(fu.sentence, opens, at)
        fu.province = "全国" if is_national(fu.payer) and not obtained else \
            province_in_name(fu.payer) or doc.primary_province
    return rows


# a person giving, named right before the one given to (市民张华向市总工会捐款10万元, 退休教师李明向县总工会捐赠…)
_PERSON_GIVES = re.compile(r"(?P<who>[^，。；、]{2,16}?)向[^，。；]{2,30}?(?:捐款|捐赠|捐助|捐资|捐出)")


def _person_giving(sentence: str, at: int) -> str:
    """The person who gives the amount at `at`, by name, in its own clause before it (市民张华向市总工会捐款10万元: 张华),
    else '' — made up, thirty-first session, from briefs: no payer, or the union given to."""
    gives = _PERSON_GIVES.match(sentence, clause_at(sentence, at).start, at)
    if not gives:
        return ""
    words = lexicon.tag(gives["who"])
    word, tag = words[-1] if words else ("", "")
    return word if tag == "nr" and 2 <= len(word) <= 3 else ""


# an organisation the money goes to is not its payer (…设立2000万元资金，划拨到市、县工会…)
# (…or 为 the one it is for: 为亿创公司解决10万元启动资金, rmrb_20200102-14-01 — not 作为)
# (援助, 捐助 too: 省总工会今年将援助新疆哈密市总工会200万元 — made up, twenty-first session, from briefs: the recipient had paid)
_RECIPIENT_BEFORE = re.compile(r"(?:划拨到|拨付到|下拨到|拨到|发放到|分配到|交给|拨给|捐给|送给|资助|支持|帮助|援助|捐助|向|(?<!作)为|"
                               r"授予|奖励|表彰|命名)[^，。；]{0,3}$")  # (…授予杭州某…公司模具钳工刘洋“…”称号，并给予…奖励2万元)


# …nor one listed after such a one (命名市公交集团工会、市第一人民医院工会等10家单位为…，并给予每家1万元奖励; 命名区人民医院
# 急诊科、区公交公司第一车队为… — made up, twenty-eighth session, from briefs: the one listed last had paid)
_RECIPIENT_LISTED = re.compile(r"(?:授予|奖励|表彰|命名|资助|援助|捐助|捐给|拨给|送给|向)(?:[^，。；为]{2,24}?[、和与及])+$")


def _receives(before: str) -> bool:
    """The organisation after `before` stands among the receivers: after 向 in its clause with no verb of giving
    between (省总工会向恩施州、黔东南州两地工会各捐赠…, 市总工会向甲县总工会和乙县总工会各拨付…): not the payer."""
    clause = before[max(before.rfind(c) for c in "，。；：") + 1:]
    to = clause.rfind("向")
    return to != -1 and not has_grant_verb(clause[to:])


# money a union raises from society is society's, not the union's (工会还发动社会捐款1万多元 — rmrb_20200501-04-06;
# 撬动社会力量捐资助学，近3年筹资7127万元 — rmrb_20200204-04-02): the givers and their verb name the payer
# (社会各界向市总工会捐款200万元: the receiver named between them)
# (…and workers a union calls on to give: 各级工会组织职工捐款860万元 — their money, not the union's)
# (爱心企业家 before 爱心企业, whose 家 had cut it: 企业家捐款 — tzrb_20160204-00-01's gold has 爱心企业家)
SOCIETY_GIVES = re.compile(r"(?:社会各界|社会力量|社会|爱心企业家|爱心企业|爱心人士|企业家|志愿者|"
                           r"(?<=组织|发动|号召|动员)(?:广大)?(?:干部)?(?:职工|党员))"
                           r"(?:积极|踊跃|纷纷|共同|共)?"
                           r"(?P<to>向[^，。；向]{2,20}?)?"
                           r"(?:捐款|捐资|捐赠|捐助|募捐)")
# a payer the sentence names by kind only (政府还给予…, 财政补助…)
# a clause opening on a government's purse and its verb (县财政配套30万元, 市政府拨付…, 省级财政安排…)
# (a level or place named: 政府 alone, 政府还给予…, names no payer — rmrb_20191029-12-02)
# a government's purse with its level or place (县财政, 市级财政, 市政府)
_PURSE = rf"(?:[{patterns.HAN}]{{0,6}}?(?:省|市|县|区|旗)|省级|市级|县级|区级)(?:财政|政府)"
_PUBLIC_PURSE = re.compile(rf"(?:其中|另有|另外)?(?P<payer>{_PURSE})"
                           rf"(?:还|也|又|再|每年|另)*(?:{alternation(GRANT_VERBS)}|配套|出资)")
# a part of a total after 其中, in a list or alone, to its amount: 其中|省级财政专项资金, 、|省总工会自筹资金
# …a part named by its givers' kind and their verb (企业捐赠, 个人捐款, 社会捐助): those givers
_DONORS_PART = re.compile(r"^(?:企业|个人|社会|爱心人士|爱心企业|职工|党员|干部)(?:各界)?(?:捐赠|捐款|捐助|捐资|赞助|资助)$")
_OWN_PART = re.compile(r"其中(?:[^，。；、]{0,20}、)*(?P<part>[^，。；、]{2,20})$")
_PURSE_OPENS = re.compile(rf"(?P<payer>中央财政|{_PURSE})")
# the higher union, by that name alone, opening a part (其中上级工会补助50万元)
_HIGHER_UNION = re.compile(r"(?P<payer>上级工会)")
# bodies acting together, after the partner 与 names (区总工会与区人社局联合举办…)
_TOGETHER = re.compile(r"联合|共同|携手|一道|一起")
# an amount told as a standard's value (补助标准由每人每次3000元提高到5000元, 慰问标准提高到每户2000元, 救助标准为每月500元):
# one share, no sum given — made up, thirty-second session, from briefs: the raised standard had been money granted; not
# money given by one, 按照医疗救助最高标准发放救助金5.45万元 (rmrb_20200204-13-01, whose gold has it)
_A_STANDARD = re.compile(r"标准(?:由[^，。；]{0,20}?)?(?:提高|调整|增加|上调|提升)?(?:到|至|为|是)(?:每[人户名位个家次月年天])*$")
# a clause that goes on with the sentence's subject: a connective, or the preposition before whom it is given
_GOES_ON = re.compile(r"\s*(?:并|还|又|同时|并且|另)|\s*(?:向|为|给|对)")
# the source a body obtains money from (争取中央财政…, 争取上级工会…, 向省总工会争取…), named with its kind or as a body
_SOURCE = rf"中央财政|{_PURSE}|上级工会|[^，。；\d向]{{2,12}}?(?:{alternation(ORG_SUFFIXES)})"
_OBTAINED_FROM = re.compile(rf"争取(?:到)?了?(?P<source>{_SOURCE})|向(?P<source_before>{_SOURCE})争取")
_GENERIC_PAYER = re.compile(r"(?:政府|财政|国家)(?:还|也|又|再|每年|按月|一次性)*(?:给予|发放|补助|补贴|拨付|安排|下拨|支付)")
_PROGRAMME_WORDS = re.compile(r"职工之家|职工书屋|帮扶|慰问|救助|助学|培训|福利|工会|困难职工")
_COMPANY = re.compile(r"公司|集团|企业|厂")


def _business_investment(window: str, sentence: str, at: int) -> bool:
    """Money a company invests in its own business: its only grant verb is 投资/投入, a company is named before
    the amount, and no worker programme is named (企业投入300万元建设职工之家 stays funding)."""
    verbs = {v for v in GRANT_VERBS if v in window}
    return bool(verbs) and verbs <= {"投资", "投入"} and bool(_COMPANY.search(sentence[:at])) \
        and not _PROGRAMME_WORDS.search(sentence)


def _place_subject(doc: Doc, sent_start: int, at: int) -> str:
    """A place that opens the sentence or a clause and acts (阜新市还对…企业发放补贴): its government pays."""
    for p in doc.places_in(sent_start, at):
        before = doc.text[p.start - 1:p.start] if p.start > sent_start else "，"
        if before in "，；：。\n" and _ACTS.match(doc.text, p.end):
            return p.text
    return ""


# a territory's unions at every level, who pay where no body is named (全市各级工会共筹集送温暖资金1.2亿元 — made up,
# twenty-sixth session, from briefs: no payer)
_EVERY_LEVEL = re.compile(patterns.EVERY_LEVEL_UNIONS)
_ACTS = re.compile(r"(?:还|也|已|共|先后|累计|向|对|为|将|从|今年|去年|\d{4}年)+|(?:" + "|".join(GRANT_VERBS) + ")")
_WE = re.compile(r"我们|我会")


# (…each part of a list after it too: 其中省级财政专项资金3000万元、省总工会自筹资金2000万元 — made up, twenty-fourth session,
# from briefs: the second part had been money raised beside the total)
_OF_WHICH = re.compile(r"其中(?:[^，。；、]{0,20}、)*[^，。；、]{0,20}$")
# (…and each clause after its own that goes on with the parts, one by one, the sentence's: 其中向甲县拨付120万元，向乙县拨付
# 80万元; 其中100万元用于A，50万元用于B — made up, twenty-sixth session, from briefs: the second part had been money granted
# beside the total) — not one that adds a sum of its own (另, 还, 此外, 同时)
_ADDS_ITS_OWN = ("另", "还", "此外", "同时", "并")


def _parts_go_on(sentence: str, clause_start: int) -> bool:
    """The clauses from a 其中 in the sentence to the one at `clause_start` each name a sum and none adds one of its own
    (其中向甲县拨付120万元，|向乙县拨付80万元)."""
    of_which = sentence.rfind("其中", 0, clause_start)
    if of_which == -1 or any(c in sentence[of_which:clause_start] for c in "。；"):
        return False
    parts = sentence[of_which:clause_start].rstrip("，").split("，")
    own = sentence[clause_start:]
    return all("元" in part for part in parts) and not own.startswith(_ADDS_ITS_OWN)


def _part_of_total(row: Funding, at: int, rows: list[Funding]) -> bool:
    """An amount (at `at` in its sentence) its clause gives as part of a larger one said before it in the sentence
    (…300万元，其中100万元用于…)."""
    clause_start = max(row.sentence.rfind(c, 0, at) for c in "，；") + 1
    # (…。其中，100万元用于… and …。其中100万元用于…: the part opens its sentence, the total closed the one before)
    opens_sentence = row.sentence.lstrip().startswith("其中") and row.sentence.find("其中") <= clause_start
    if _OF_WHICH.search(row.sentence, clause_start, at) is None and not opens_sentence \
            and not _parts_go_on(row.sentence, clause_start):
        return False
    before = [o for o in rows if o is not row and o.start < row.start and o.money.yuan > row.money.yuan]
    # (…or the same sum told in the headline, whose row was kept for the sentence's: 拨付2000万元… over 拨付专项资金2000万元，
    # 其中…1500万元)
    said_before = {round(m.yuan) for m in find_money(row.sentence[:clause_start])}
    return any(o.sentence == row.sentence or round(o.money.yuan) in said_before or opens_sentence and o is before[-1]
               for o in before)


def _dedupe(rows: list[Funding], body_start: int) -> list[Funding]:
    """A headline repeats the body's amount (全总拨付3780万元…): keep the best-described one."""
    kept: list[Funding] = []
    for r in rows:
        have = next((k for k in kept if k.money.yuan == r.money.yuan and _one_fact(k, r, body_start)), None)
        # (…described as well, the body's telling over the headline's: 三年投入1.2亿元 is the lead's 2022年以来，…累计
        # 投入资金1.2亿元, a running total — made up, twenty-fifth session, from briefs: the headline's had been kept)
        if have is None:
            kept.append(r)
        elif (bool(r.payer) + bool(r.purpose), r.start >= body_start) > (
                bool(have.payer) + bool(have.purpose), have.start >= body_start):
            kept[kept.index(have)] = r
    for r in kept:
        # …and the year the fuller telling names when the kept one names none (a lead's summary, 为61.4万人次发放…
        # 9.8亿元, then 去年为61.4万人次发放…9.8亿元): the same fact when the two share another figure as well
        told = [x for x in rows if x.money.yuan == r.money.yuan and x.year_stated and _figures(x) & _figures(r)]
        if not r.year_stated and told:
            r.year, r.year_stated = told[0].year, True
    return sorted(kept, key=lambda r: r.start)


def _one_fact(a: Funding, b: Funding, body_start: int) -> bool:
    """Two rows of one amount tell one fact: a headline's and the body's, or two tellings with no payer apart — not
    two bodies' sums that happen to be equal (苏中药业工会…送上20多万元慰问金；梁徐镇工会…组织爱心企业家捐款20多万…,
    tzrb_20160204-00-01, whose gold has both)."""
    return a.start < body_start or b.start < body_start or not a.payer or not b.payer or a.payer == b.payer \
        or a.sentence != b.sentence and bool(_figures(a) & _figures(b))


_FIGURE = re.compile(r"\d+(?:\.\d+)?[万亿]?")


def _figures(row: Funding) -> set[str]:
    """The figures of a row's sentence other than its amount (61.4万, 6445万)."""
    return set(_FIGURE.findall(row.sentence)) - set(_FIGURE.findall(row.money.text))
