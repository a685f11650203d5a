"""Organisation names in an article: 福建省总工会, 中国机械冶金建材工会, 全总 → 中华全国总工会.

A name ends in a known suffix (etl/rules/org_suffixes.txt) and runs back over
the nouns, places and abbreviations before it; short forms with no suffix
(全总, 人社部) are written out in full (etl/rules/org_short_names.tsv) so that
the same body counts as one organiser or payer. A short form such as 区总工会 or
市总 is expanded from the article's own places (九龙坡区 + 区总工会 → 九龙坡区总工会).
"""
from __future__ import annotations

import bisect
import re

from etl.analyse.spans import Span, TokenIndex
from etl.rules import patterns
from etl.rules.patterns import alternation, word_list, word_table

Token = tuple[str, str, int]  # word, POS tag, start offset

ORG_SUFFIXES = tuple(sorted(word_list("org_suffixes.txt"), key=len, reverse=True))
ORG_SHORT_NAMES = dict((short, full) for short, full in word_table("org_short_names.tsv"))
_PART_TAGS = ("n", "ns", "nt", "nz", "j", "nrt", "vn", "b", "v")
_SUFFIX_RX = re.compile(alternation(ORG_SUFFIXES))
# the ends of a company's or bureau's name a department's name may follow (…公司 营销服务中心, …分公司 调度中心)
_DEPARTMENT_OF = ("公司", "集团", "局")
# a post on a party group or committee after its word (党组|成员, 党组|副书记, 党委|委员 — made up, twenty-eighth session,
# from briefs: 省总工会党组 had organised the study tour its member led)
_PARTY_POST = re.compile(r"(?:成员|副?书记|委员)")
_INDUSTRY_WORDS = ("行业", "系统", "产业")
# what a union's name opens with no body before it, a programme or a facility (工会驿站, 工会会员日, 工会服务站)
_UNION_PROGRAMME = re.compile(r"(?:驿站|爱心驿站|服务站|会员日|会员卡|小屋|书屋|大讲堂|夜校)")
_NO_NAME_BEFORE = ("", "“", "‘", "《", "「", "，", "。", "、", "；", "：", "（", " ", "\n")
# a bare federation or union, completed from the article (Doc.full_org)
_BARE = {"工会", "市总工会", "省总工会", "区总工会", "县总工会", "市工会", "县工会", "区工会", "红十字会", "慈善总会", "慈善会"}
# a company's legal form alone names no one (有限公司 after a name ends that name)
_COMPANY_FORMS = {"有限公司", "股份有限公司", "有限责任公司", "股份公司", "集团公司", "总公司", "分公司", "有限责任"}
_COMPANY_SUFFIX = re.compile(r"(?:集团|公司|有限公司|股份有限公司|有限责任公司|集团公司)$")
_UNION_SUFFIX = re.compile(r"(?:工会|工会联合会|工会委员会)$")
_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千万亿几多余]+[\u4e00-\u9fff]?")  # (三局, 十二名: a number; 零部件 is none)
_PART_WORDS = {"有限责任", "委", "市委", "县委", "区委", "省委", "就业", "中", "县"}  # (县 alone the tokenizer tags zg)
_NOT_PART = {"日前", "近日", "目前", "今年", "去年", "全市", "全省", "各级", "广大", "相关", "此次", "双方", "两地",
             "联合", "会同", "携手", "共同", "协同", "与", "和", "及", "同",  # 甲工会联合乙协会: two bodies
             # a verb that reports an act stands between an actor and what it acts on or for, never inside a name
             # (全国总工会 召开 全国工会工作会议 had given the organiser 全国总工会召开全国工会)
             "召开", "举行", "举办", "开展", "组织", "表彰", "颁发", "印发", "出台", "部署", "签订", "签署", "发放",
             "拨付", "下拨", "慰问", "走访", "看望", "带领", "率领",
             # (…and the grant verbs: 省总工会 命名 市电力公司“…工作室” had given the honour 省总工会命名市电力公司 — made up,
             # twenty-fourth session, from briefs)
             "命名", "授予", "表扬", "追授",
             # …nor one of a body's part in another's act (市总工会主办、市邮政管理局协办的… — made up, twenty-sixth session, from
             # briefs; not 指导, which names 就业培训技术指导中心 too)
             "主办", "协办", "承办",
             # …nor one of going somewhere (学院赴浙江省总工会干部学校学习考察 had the organisation 学院赴浙江省总工会)
             "赴", "前往", "来到", "走进", "深入", "到", "赴美",  # (赴美|团公司: the tokenizer's 赴美 before 美团)
             # …nor the officers who went, their party or who led it (市总工会负责人到美团公司调研 had the organisation
             # 市总工会负责人到美团公司 — made up, twenty-fourth session, from briefs)
             "负责人", "主席", "副主席", "书记", "副书记", "一行", "带队", "率队",
             # …nor one of visiting or meeting a body (日本东京都工会代表团 访问 郑州市总工会: made up, eighteenth session)
             "访问", "会见", "拜访", "考察", "调研", "参观",
             # …nor one of receiving: who receives stands before it, who gives after (职工受到省总工会表彰 had the giver
             # 职工受到省总工会)
             "受到", "得到", "获得", "收到", "接受",
             # …nor one of joining: who joins stands before it (网约车司机现场 加入 工会 had the organiser 网约车司机现场加入工会:
             # made up, nineteenth session)
             "加入", "参加",
             # …nor one of holding a post there: who holds it stands before it (王丽，女，现任中车长春轨道客车股份有限公司…班长
             # had the organisation 现任中车… — made up, twenty-seventh session, from union sites' profiles)
             "现任", "现为", "曾任", "担任", "任职于", "就职于", "供职于",
             # …nor one of founding: who founds stands before it (快递企业 成立 工会 had the organiser 企业成立工会 — made up,
             # thirty-first session, from briefs)
             "成立", "组建", "建立", "筹建"}
# what one body does for another, between their names (市总工会 指导 市公交集团工会)
_GUIDES = frozenset({"指导", "帮助", "督促", "协助", "支持", "推动", "引导", "带领", "委托"})
# a numbered unit the tokenizer reads as a numeral or an abbreviation: 三局, 一局, 二 (of 济南二机床), 三 (of 五局三公司)
# (一 alone: 安徽一电器公司 is "a"; an ordinal, 中铁十二局 第三 工程有限公司, numbers a unit as 三 does)
_NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十]{1,2}[局处]|[二三四五六七八九十]{1,2}|第[一二三四五六七八九十]{1,3}")
# the localities a name the tokenizer reads as a person's may stand before in a body's name (望海楼街道总工会)
_LOCAL_UNITS = frozenset({"街道", "社区", "镇", "乡", "村"})
# …and a workplace named by its place (北徐楼 煤矿, 张家庄 煤矿, 王滩 发电厂: the tokenizer reads the place as a person)
_WORKPLACE_UNIT = re.compile(r"(?:矿|厂|车站|工区|车间|作业区|油田|港|码头)$")
# a preposition the tokenizer glued to a level or a workplace (向市 | 总工会, 从省 | 人社厅, 由矿 | 工会): the name opens after it
# (经省|总工会研究决定: made up, twentieth session; 由院|工会投入…, 向校|工会…: a hospital's, a school's own union — made up,
# twenty-second session, from a brief: the payer had been 书屋由院工会)
# (…and a verb of visiting or going: ——访省|总工会党组书记…, 赴市|总工会调研 — made up, twenty-eighth session, from an
# interview and briefs: the interview's 我们 had paid nothing)
_PREPOSITION_LEVEL = re.compile(r"[向从在为给对由与和跟同将把被经据受随到访赴][省市区县州旗镇乡矿厂院校局]")
# 省总, 市总工会, 区总: a federation named by its level only; the article's place of that level completes it
LEVEL_SHORT = re.compile(r"^(?P<level>省|市|区|县|州)(?:总工会|总|工会)$")  # 县工会: the county's federation
# nt tokens that are organisations by their ending, less kinds of body (etl/rules/org_endings.txt, org_generic.txt)
_SESSION_ORDINAL = re.compile(rf"(?:第[{patterns.CN_DIGITS}\d]{{1,3}}|首)届")
_REGION_UNION = re.compile(rf"(?:{alternation(word_list('regions_across_provinces.txt'))})(?:地区)?(?:总)?工会")
_NT_ORG_END = re.compile("(?:" + alternation(word_list("org_endings.txt")) + ")$")
GENERIC_NAMES = frozenset(word_list("org_generic.txt"))
# (…and gatherings the tokenizer's dictionary tags as bodies: 检查组召开汇报会, 举办新春拜年会, 党组会 — made up,
# twenty-eighth session, from briefs: 汇报会 had organised itself)
_MEETING_END = re.compile(r"(?:大会|全会|会议|协商会|党委会|党组会|党代会|联组会|座谈会|汇报会|招标会|拜年会|交易会)$")
# 基层工会, 各级工会: a kind of organisation, not one that acts or pays
GENERIC_ORG = re.compile(r"^(?:基层|各级|乡镇|企业|县级|市级|省级|全省|全市|所在|相关|上级|本级|行业|系统|有关|该|其)+"
                         r"(?:工会|总工会|工会组织|单位|部门)$")


_LEVEL_BODIES = frozenset({"妇联", "残联", "团委", "政府", "政协"})
# a level alone, standing for the outlet's own place (市 自来水公司, 省 统计局, 市总将为…)
_LEVELS = ("省", "市", "区", "县")
# a place or a level right before a short name the state's bodies share with local ones (福建省 | 发改委, 省 | 国资委)
_BRANCH_WORD = re.compile(patterns.BRANCH + "$")
_STATE_BUREAU = re.compile(r"(?:中建|中铁建|中铁|中交|中冶|中电建|中水)[一二三四五六七八九十]{1,3}局(?:集团(?:有限公司|公司)?)?")
_BRAND_END = re.compile(r"(?:银行|集团|公司|证券|保险|建工)$")
_LOCAL_BODY_BEFORE = re.compile(r"(?:省|市|区|县|州|旗|盟)$")


def _opens_clause(text: str, at: int) -> bool:
    """Nothing of a word stands before `at`: the text's start, a line's, or punctuation (，市总将为… — not 全市总人口)."""
    return at == 0 or not ("\u4e00" <= text[at - 1] <= "\u9fff")


# a body others are part of, whose short-named body right after it is its own (国务院国资委, 省政府办公厅)
_PARENT_BODY = re.compile(r"(?:国务院|中共中央|中央|政府|省委|市委|区委|县委)$")


_LEVEL_PARTY_COMMITTEES = frozenset({"省委", "市委", "区委", "县委", "州委"})
_PARTY_COMMITTEE_WITH = re.compile(r"[、和与]?(?:省|市|区|县|州)(?:人民)?政府")


# what opens a state body's name (国家体育总局, 国务院国资委, 中央…, 中华全国总工会): no place stands in such a name, so a name
# run back from its ending stops there (made up, twenty-second session: 在北京国家体育总局召开 had named 北京国家体育总局)
_STATE_OPENINGS = r"中华全国|全国|国家|国务院|中共中央|中央"
_NATIONAL_OPENING = re.compile(_STATE_OPENINGS)


_ALL_UNIONS_BEFORE = re.compile(r"(?:全[省市区县]|各级|基层)$")


_BANK_BRANCH = re.compile(r"[\u4e00-\u9fff]{1,6}(?:分行|支行)")


def find_orgs(text: str, tokens: list[Token]) -> list[Span]:
    """Organisation names ending in a known suffix, or known short names, in text order.

    A suffix is found in the text (人力资源和社会保障厅 spans four tokens), must end at a
    token boundary, and the name runs back over nouns, places, abbreviations and
    inner verbs (全国政协提案委员会) to the first token that cannot be part of a name.
    """
    from etl.analyse.places import is_unit_name  # (places reads this module's levels: imported here, not at the top)
    index = TokenIndex(tokens)
    starts = index.starts
    out: list[Span] = []
    for i, (word, tag, start) in enumerate(tokens):
        if word in ORG_SHORT_NAMES and i and _LOCAL_BODY_BEFORE.search(tokens[i - 1][0]) \
                and ORG_SHORT_NAMES[word].startswith(("国家", "国务院")):
            # 福建省发改委, 省国资委: a place's own body of that kind, not the state's (发改委 alone is 国家发展改革委)
            prev, _t, prev_start = tokens[i - 1]
            out.append(Span(prev_start, start + len(word), prev + word))
        elif word in ORG_SHORT_NAMES:
            out.append(Span(start, start + len(word), ORG_SHORT_NAMES[word]))
        elif tag == "nt" and len(word) >= 3 and _NT_ORG_END.search(word) and word not in GENERIC_NAMES \
                and not _MEETING_END.search(word) and word not in ORG_SUFFIXES:
            # 共青团中央, 人民日报社, 国家统计局: named by the tokenizer — with its place before it, a local body's
            # (昆明市 中心医院, 洛阳市 烟草专卖局: made up, nineteenth session; not a state body's, 在北京 国家统计局)
            # (…or its level alone, the outlet's own place's: 市 烟草专卖局 — made up, twenty-seventh session, from a probe of
            # a city's bodies' unions: the level had been lost)
            placed = i and ((tokens[i - 1][1] == "ns" or is_unit_name(tokens[i - 1][0])) and len(tokens[i - 1][0]) >= 2
                            or tokens[i - 1][0] in _LEVELS) and not _NATIONAL_NAME.search(word)
            begin = tokens[i - 1][2] if placed else start
            if _BRANCH_WORD.search(word) and i and _BRAND_END.search(tokens[i - 1][0]):
                # a branch the tokenizer reads whole after its company's name is the company's (江苏 银行 北京分行, 工商银行
                # 苏州分行 — made up, twenty-fourth session, from briefs: the branch's union had been 北京分行工会)
                k = i - 1
                while k > 0 and i - k < 3 and tokens[k - 1][1] in ("ns", "n", "nz", "nt", "j"):
                    k -= 1
                begin = tokens[k][2]
            out.append(Span(begin, start + len(word), text[begin:start + len(word)]))
        elif word in _LEVEL_PARTY_COMMITTEES and _PARTY_COMMITTEE_WITH.match(text, start + len(word)):
            # 省委、省政府召开…; 市委市政府: a level's Party committee named with its government, who act together (made
            # up, twentieth session, from a brief: 省政府 alone had given the province's honours)
            out.append(Span(start, start + len(word), word))
        elif word in ("省总", "市总", "区总", "县总"):
            out.append(Span(start, start + len(word), word))
        elif word == "总" and i and tokens[i - 1][1] == "ns" and tokens[i - 1][0].endswith(_LEVELS) \
                and (i + 1 == len(tokens) or not tokens[i + 1][0].startswith(("书记", "经理", "理", "裁", "监", "工会"))):
            # 云南省总, 深圳市总: the federation of trade unions of that place, as Workers' Daily shortens it
            prev, _t, prev_start = tokens[i - 1]
            out.append(Span(prev_start, start + 1, prev + "总工会"))
        elif word in ("总", "总共") and i and tokens[i - 1][0] in _LEVELS \
                and _opens_clause(text, tokens[i - 1][2]) \
                and (i + 1 == len(tokens) or not tokens[i + 1][0].startswith(("书记", "经理", "理", "裁", "监", "工会"))):
            # 市总将为…, 省总干校: a federation by its level alone, opening a clause (czwb_20200109, shghxy_20230925)
            # (…and its 共 the tokenizer reads with it: 25年来，市总|共慰问困难职工… — grrb_20170111-02-07, whose payer a
            # 基层工会 completed to the federation had named until bare unions of a level named no body)
            out.append(Span(tokens[i - 1][2], start + 1, tokens[i - 1][0] + "总"))
    for m in _SUFFIX_RX.finditer(text):
        if m.end() not in index:  # (a token's end)
            continue
        if m.group() == "工会" and _UNION_PROGRAMME.match(text, m.end()) \
                and text[m.start() - 1:m.start()] in _NO_NAME_BEFORE:
            # a programme or facility a union's name opens, no body named before it (“工会驿站”建设推进会, “工会会员日” —
            # made up, thirtieth session, from national and city briefs: 工会 had organised the meeting)
            continue
        if m.group() == "工会" and text.startswith("工作", m.end()) and not text.startswith("工作人员", m.end()):
            # union work (结合工会工作实际, 优秀工会工作者), no body's name however its words before run (made up, twenty-eighth
            # session, from briefs: 市总工会宣讲团成员结合工会 had organised the lecture)
            continue
        if m.group() in ("党组", "党委") and any(o.end == m.start() for o in out) and _PARTY_POST.match(text, m.end()):
            # a post on the party group of the body named right before (省总工会党组成员、副主席…; 党组副书记): the body's
            # own officer — one named by nothing else stays its party committee (学院党委副书记…带领…: 学院党委)
            # (…whichever body the suffixes' pass found before it: a headline's 工会 — made up, thirtieth session, from
            # briefs: 全总党组 had led the survey its member led)
            continue
        if out and (out[-1].end == m.start() or out[-1].text.endswith("银行")
                    and _BANK_BRANCH.fullmatch(text, out[-1].end, m.start())) \
                and out[-1].text not in ORG_SHORT_NAMES.values():
            # 山东省冶金工会 + 委员会, 山东中矿集团 + 有限公司; a bank, its branch, and its branch's union (江苏银行 + 北京分行 +
            # 工会: 银行 ends a name of its own since the twenty-sixth session)
            out[-1] = Span(out[-1].start, m.end(), text[out[-1].start:m.end()])
            continue
        i = bisect.bisect_right(starts, m.start()) - 1  # the token holding the suffix's first character
        j = i
        glued_at = None  # where a name starts inside a preposition's token (向市 | 总工会: the tokenizer's 向市)
        while j > 0 and i - j < 8:
            if _NATIONAL_OPENING.match(tokens[j][0]):
                break  # a state body's name opens there: no place before it (在北京 国家体育总局, 在京 国家市场监管总局)
            prev, ptag, _s = tokens[j - 1]
            if _PREPOSITION_LEVEL.fullmatch(prev, len(prev) - 2):
                # (…the name before the preposition glued too: 张华向市 | 总工会 — made up, thirty-first session, from
                # briefs: 董事长张华向市总工会 had been the body)
                glued_at = _s + len(prev) - 1
                break
            if prev in _NOT_PART or prev == "单位" or prev.endswith(ORG_SUFFIXES) and prev not in ORG_SHORT_NAMES:
                break
            if prev in _GUIDES and j >= 2 and tokens[j - 2][0].endswith(ORG_SUFFIXES):
                # a body's guiding or helping another, right after its name, is its act, no part of the other's name
                # (市总工会 指导 市公交集团工会, 市人社局 指导 企业工会 — made up, thirty-third session, from briefs: one body
                # named 市总工会指导市公交集团工会 had held the contest; 就业培训技术指导中心 keeps its 指导)
                break
            # a name the tokenizer reads as a person's before 街道/社区/镇 is that locality's (望海楼 街道总工会, 向阳 街道工会,
            # 庄宇 社区服务中心)
            # …and one that ends as a place's level does is a place (迎泽区 总工会: made up, nineteenth session — the
            # tokenizer reads 迎泽区 as a person's name, and the district's union had been no body)
            names_locality = ptag.startswith("nr") and (tokens[j][0] in _LOCAL_UNITS
                                                         or _WORKPLACE_UNIT.search(tokens[j][0]) is not None
                                                         or len(prev) >= 3 and prev[-1] in "区县市州旗盟"
                                                         and is_unit_name(prev))
            # a numbered unit inside a name after its parent's name (中建 三局, 中建 五局 三 公司, 济南 二 机床集团)
            numbered = _NUMBERED_UNIT.fullmatch(prev) is not None and j >= 2 and (
                tokens[j - 2][1].startswith(("n", "j")) or tokens[j - 2][0] in _PART_WORDS
                or _NUMBERED_UNIT.fullmatch(tokens[j - 2][0]) is not None)  # (十二局 第三 …: one numbered in another)
            if prev not in _PART_WORDS and not names_locality and not numbered and (
                    not ptag.startswith(_PART_TAGS) or ptag.startswith("nr") and ptag != "nrt"):
                # a company's brand between its place and 集团/公司 (山东 豪迈 集团, 沈阳 黎明 航空发动机集团) is
                # part of its name, whatever the tokenizer calls it — and so is an industry's between a place and its
                # union (成都市 卫生 工会, 深圳市 电力系统 工会, 成都市 科教文卫 工会: made up, nineteenth session, from a
                # probe of 25 industries' unions in 60 places — 87 of 900 had been lost)
                # (…and a word the tokenizer reads as a numeral, 零部件, or a one-character adjective after a brand,
                # 明德 新 材料, inside a company's name: made up, nineteenth session, from a probe of enterprise unions)
                # (a place the tokenizer tags otherwise is a place still: 合肥|n 安达|nr 船舶集团, 大同|d 长城…公司)
                company = bool(_COMPANY_SUFFIX.match(m.group()) or _UNION_SUFFIX.match(m.group()))
                # (…or a level alone before it, the outlet's own place's: 市 自来水 公司 — made up, twenty-seventh session,
                # from a probe of a city's utilities' unions: 自来水 is tagged as an idiom, and the union had been 工会)
                brand = company and j >= 2 and (
                    ptag in ("a", "an", "nr", "nz", "l", "s") and (tokens[j - 2][1] == "ns"
                                                                 or is_unit_name(tokens[j - 2][0])
                                                                 or tokens[j - 2][0] in _LEVELS)
                    or ptag == "a" and len(prev) == 1 and tokens[j - 2][1] in ("nr", "nz", "ns"))
                brand = brand or company and is_unit_name(prev) and len(prev) >= 2
                numeral_word = ptag in ("m", "mq") and re.fullmatch(r"[\u4e00-\u9fff]{3,}", prev) is not None \
                    and not _NUMERAL.fullmatch(prev)
                if not brand and not numeral_word:
                    break
            if ptag == "v" and j >= 2 and tokens[j - 2][0] in _LEVELS and _UNION_SUFFIX.match(m.group()) \
                    and tokens[j][0] in _INDUSTRY_WORDS:
                # (…or an industry's word the tokenizer reads as a verb, after a level alone: 县 快递 行业 工会联合会 — made up,
                # thirtieth session, from briefs: 行业工会联合会 had held its own founding)
                j -= 2
                break
            if ptag == "v" and (j < 2 or not tokens[j - 2][1].startswith(("n", "j"))):
                break  # a verb inside a name follows a noun (全国政协 提案 委员会), not another verb (主持 召开 …)
            j -= 1
        while j < i and tokens[j][1] in ("v", "vn", "vd"):
            if tokens[j][1] == "vn" and j and tokens[j - 1][0].endswith(_DEPARTMENT_OF):
                # (…but a department's does, right after its company: 国网宁波供电公司 营销 服务中心, 地铁集团 运营 分公司
                # 调度 中心 — made up, twenty-eighth session, from profiles of honoured collectives: the recipient had
                # been 服务中心)
                break
            j += 1  # a name does not open on a verb (加入 | 工会)
        begin = glued_at if glued_at is not None else tokens[j][2] if j <= i and tokens else m.start()
        name = text[begin:m.end()]
        if out and out[-1].end == begin and name in _COMPANY_FORMS:
            # 中国铁路西安局集团 + 有限公司: the company form ends the name before it
            out[-1] = Span(out[-1].start, m.end(), text[out[-1].start:m.end()])
            continue
        # a level alone before a body's name is the body of the article's place (市慈善总会, 区人社局, 旗总工会), as 市总工会 is
        # (矿工会, 厂工会, 院工会, 校工会: the mine's, the works', the hospital's, the school's union)
        # (…and the two-character bodies every level has: 市妇联, 省残联, 区政府 — not 市中心, 区集团)
        level_only = len(name) == len(m.group()) + 1 and (name[0] in "省市区县州旗盟镇乡" and (
            len(m.group()) >= 3 or m.group() in _LEVEL_BODIES) or name in ("矿工会", "厂工会", "院工会", "校工会", "局工会"))
        if name.startswith("区") and text[begin - 1:begin] == "地":
            continue  # (a region's unions, 长三角地|区工会, 京津冀地|区工会: no district's — made up, twenty-eighth session)
        if (len(name) >= len(m.group()) + 2 or name in _BARE or level_only) and name not in _COMPANY_FORMS:
            # (a body's short name before its party group, 全总党组, is the body's name in full: 中华全国总工会党组 — made up,
            # thirtieth session, from a paper's briefs)
            short = name[:-len(m.group())]
            out.append(Span(begin, m.end(), ORG_SHORT_NAMES[short] + m.group() if short in ORG_SHORT_NAMES else name))
    # a bank's branch right after the bank, with no union after it, is the bank's branch (中国工商银行江苏省分行, 建设银行苏州
    # 分行 — made up, thirty-first session, from briefs: the bank alone had signed)
    out = [Span(o.start, branch.end(), text[o.start:branch.end()])
           if o.text.endswith("银行") and (branch := _BANK_BRANCH.match(text, o.end)) and branch.end() in index else o
           for o in out]
    # a state builder's numbered bureau by its short name (中建三局, 中铁十一局集团), which ends on no suffix the list holds
    # (made up, twenty-fourth session, from briefs: two bureaus' gifts had had no payer)
    out += [Span(m.start(), m.end(), m.group()) for m in _STATE_BUREAU.finditer(text)
            if m.start() in index and m.end() in index]
    # 全市工会, 全省工会系统: every union of the place, no one body (the tokenizer reads 全 | 市工会)
    out = [o for o in out if not (o.start and text[o.start - 1] == "全" and o.text[:1] in "省市区县")]
    # …nor union work or its workers, 工会工作, 优秀工会工作者 (made up, twenty-third session, from a brief: 表彰了…先进集体30个、
    # …优秀工会工作者20名 had had 工会 give the honours)
    # …nor the bare 工会 of a territory's or a level's unions (全省工会女职工工作会议, 各级工会: made up, twenty-third session,
    # from a brief — 工会 had organised the province's meeting)
    out = [o for o in out if not (o.text == "工会" and (text.startswith("工作", o.end)
                                                        or _ALL_UNIONS_BEFORE.search(text, 0, o.start)))]
    # …nor a session's ordinal before a name (第三届|粤港澳大湾区工会论坛: the event's), nor a union a region across provinces
    # names, which no body stands for (regions_across_provinces.txt)
    out = [Span(o.start + len(ordinal.group()), o.end, o.text[len(ordinal.group()):])
           if (ordinal := _SESSION_ORDINAL.match(o.text)) and o.text == text[o.start:o.end] else o for o in out]
    out = [o for o in out if not _REGION_UNION.fullmatch(o.text)]
    # the longest name wins where two overlap (全国政协 inside 全国政协提案委员会)
    out.sort(key=lambda o: (o.start, -(o.end - o.start)))
    kept: list[Span] = []
    for o in out:
        if kept and o.start < kept[-1].end:
            continue
        if kept and o.start == kept[-1].end and text[o.start:o.end] != o.text and _PARENT_BODY.search(kept[-1].text):
            # 国务院 + 国资委 (→ 国务院国资委): a short form right after its parent is the parent's body — not after a
            # body of its own rank (人社部 + 全总: two givers, as a headline glues them — made up, twentieth session, from
            # a brief: they had been one body, 人力资源和社会保障部中华全国总工会)
            prev = kept.pop()
            o = Span(prev.start, o.end, o.text if o.text.startswith(prev.text) else prev.text + o.text)
        elif kept and o.start == kept[-1].end and kept[-1].text == text[kept[-1].start:kept[-1].end]:
            # …and a body right after another with nothing between is the other's branch or part (中建五局三公司 +
            # 西北分公司, rmrb_20200117-15-01: the company had been lost from the organisers)
            prev = kept.pop()
            o = Span(prev.start, o.end, text[prev.start:o.end])
        kept.append(o)
    return _units_unions(kept, text)


# a company's union, or the union of one of its units, right after the company's name (第一分公司工会, 机加车间工会,
# 制造部工会委员会, 工会委员会)
_ITS_UNION = re.compile(r"(?:(?:第[一二三四五六七八九十\d]{1,3})?[\u4e00-\u9fff]{0,8}?"
                        r"(?:分公司|子公司|车间|分厂|厂|部|项目部|工区|作业区|段|中心|站))?工会(?:委员会)?")


def _units_unions(orgs: list[Span], text: str) -> list[Span]:
    """A union right after a company, or after one of the company's units, is that company's (or unit's) union, one
    body: 浙江宏达医药有限公司第一分公司工会, 郑州海川物流集团机加车间工会, …有限公司工会委员会 (made up, nineteenth
    session, from a probe of 300 made-up enterprise unions: 225 had been lost, cut, or the bare 工会 beside the
    company)."""
    out: list[Span] = []
    for o in orgs:
        if out and o.start < out[-1].end:
            continue  # (inside the company's union found before)
        union = _ITS_UNION.match(text, o.end) if _COMPANY_SUFFIX.search(o.text) else None
        if union:
            o = Span(o.start, union.end(), text[o.start:union.end()])
        out.append(o)
    return out


def expand_short(name: str, places_by_level: dict[str, str]) -> str:
    """区总工会 → 九龙坡区总工会 when the article is about 九龙坡区 (省总 → 云南省总工会)."""
    m = LEVEL_SHORT.match(name)
    if not m:
        return name
    level = m["level"]
    place = places_by_level.get(level, "")
    if not place:
        return name if name.endswith("工会") else name + "工会"
    return place + "总工会"


def is_generic(name: str) -> bool:
    return name in GENERIC_NAMES or bool(GENERIC_ORG.match(name))


NATIONAL_BODIES = frozenset(word_list("national_bodies.txt"))
_NATIONAL_NAME = re.compile(rf"^(?:{_STATE_OPENINGS}|中国(?!.{{0,6}}(?:省|市|县|区)))|部$")
# …but a department of a local Party committee, government or unit is none (市委宣传部, 县委组织部, 市人社部门, 项目部,
# 公司人力资源部, 工会女职工部)
_LOCAL_DEPARTMENT = re.compile(r"[省市县区州盟旗]委|^[省市县区州盟旗]|公司|集团|工会|项目")
# …nor a national company's branch, where it is (中国石化茂名分公司, 中国邮政集团有限公司杭州市分公司, 中国工商银行苏州分行 — made
# up, thirty-second session, from briefs: each branch's union had been national)
_BRANCH = re.compile(r"分公司|分行|支行")


def is_national(name: str) -> bool:
    """A national body (全总, 人社部, 国务院…): what it gives or does is national unless a place is named. Bodies
    named together (人力资源和社会保障部、中国残疾人联合会) are national when each is."""
    if not name:
        return False
    if "、" in name:
        return all(is_national(part) for part in name.split("、") if part)
    if name in NATIONAL_BODIES:
        return True
    found = _NATIONAL_NAME.search(name)
    if found is not None and found.group() in ("中国", "国家") and _placed_in_name(name):
        return False  # (…nor a state company's part a place names: 国家电网甘肃省电力公司 — made up, thirty-second session)
    return found is not None and not (found.group() == "部" and _LOCAL_DEPARTMENT.search(name)) \
        and not (found.group() == "中国" and _BRANCH.search(name))


def _placed_in_name(name: str) -> bool:
    from etl.analyse.places import province_in_name  # (places reads this module: imported here, not at the top)
    return bool(province_in_name(name))
