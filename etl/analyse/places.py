"""Place mentions → province / prefecture city / county, with adcode and coordinates.

The gazetteer (data/gazetteer.csv, built by scripts/build_gazetteer.py from
jionlp's current division list and cpca's coordinates) holds every
province-, prefecture- and county-level unit with its full and short names.

Full names (吉安市, 安福县) are trusted when the tokenizer does not read them as
part of a longer word (合作市场 is not 合作市). Short forms are where news text
lays traps, so they must pass more checks:
- the tokenizer must read the short form as a word of its own
  (长治久安 is not 长治, 江西安福 is 江西 + 安福, never 西安);
- a city short form must not be a common word in jieba's dictionary (合作);
- a county short form (安福, 雅江, 比如) needs its city or province to be
  mentioned in the same article, since many are ordinary words or rivers.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from etl.analyse import lexicon
from etl.analyse.orgs import LEVEL_SHORT
from etl.analyse.spans import TokenIndex
from etl.read.textnorm import cn_number
from etl.rules import patterns

GAZETTEER = Path(__file__).resolve().parents[2] / "data" / "gazetteer.csv"
LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
NOT_PLACE_UNITS = ("开发区", "工业园", "园区", "高新区", "示范区", "管理区", "新区管委会", "保税区", "旅游区")
NATIONAL_CUES = patterns.word_list("national_bodies.txt")
# (…or a broadcaster or paper named after its place, 浙江卫视, 湖北日报: the outlet's, not the story's — made up,
# twenty-third session, from a brief: 湖南卫视、浙江卫视等媒体…报道 had placed it in 浙江)
LOCAL_NAME_AFTER = re.compile(r"(?:[东西南北中](?:大街|街|路|大道)|街道|大街|街|路|大道|巷|里|村|小区|社区|胡同|广场|公园|大厦|饭店|酒店|宾馆|"
                              r"卫视|电视台|广播电视台|日报|晚报|都市报)")
# what stands right after a county's short form only when it is the place: one of its towns (门头沟斋堂镇, 昌平回龙观镇)
# or the city itself (绵竹这座城市), or its own union federation (姜堰总工会, 昌平总工会: a federation is named by
# its territory). With it, a short form that names one county only is the county though the article names neither
# its city nor its province (local outlets rarely do)
# …and so do its people, its own local bodies or its whole territory (庆元职工, 建瓯法院, 博白全县), when the short form is
# no common word (新建职工之家, 平和…群众: see COMMON_WORD_COUNT)
COUNTY_SEAT_CUE = re.compile(rf"(?:(?![不也都的了和与及等在是城])[{patterns.HAN}]){{2,3}}(?:镇|乡)(?![村镇])|这座(?:城市|小城|县城)"
                             r"|总工会|工会|全(?:县|区|市|旗)|职工|工人|农民工|市民|群众"
                             r"|法院|检察院|公安|交警|税务|人社局|供电|团委|妇联|工商联|融媒体"
                             # (…or its development zones: 昆山开发区总工会, 江阴高新区 — made up, twenty-sixth session,
                             # from briefs: no place)
                             r"|开发区|高新区|经开区|工业园区"
                             # (…or a firm there not named, 江阴某钢铁公司, 昆山一家电子企业 — made up, thirty-first session,
                             # from features: no place)
                             r"|某[\u4e00-\u9fff]{0,6}?(?:公司|企业|集团|厂|工地|项目)|一家")
# how often a word stands in jieba's dictionary corpus from which on it is a common word first (新建 1000, 会同 859,
# 平和 495), not a county's name alone (姜堰 8, 建瓯 29, 庆元 57, 昌平 171, 海宁 216)
COMMON_WORD_COUNT = 400
# a town's ending, after a name that follows another place (rule place.skip.town_of_place)
TOWN_AFTER = re.compile(r"(?:镇|乡|街道)")
# 本报北京1月7日电, 新华社北京3月1日电, 本报香港5月28日电: where the report was filed, not what it is about
DATELINE = re.compile(rf"^(?:据|（)?{patterns.DATELINE}）?", re.M)


@dataclass(frozen=True)
class Unit:
    adcode: str
    level: str
    name: str
    short: str
    province: str
    province_short: str
    city: str
    county: str
    lng: float
    lat: float


@dataclass(frozen=True)
class PlaceMention:
    unit: Unit
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    with open(GAZETTEER, encoding="utf-8") as f:
        return tuple(Unit(r["adcode"], r["level"], r["name"], r["short"], r["province"], r["province_short"],
                          r["city"], r["county"], float(r["lng"]), float(r["lat"])) for r in csv.DictReader(f))


def _other_forms(u: Unit) -> list[str]:
    """How else an article writes a county-level unit's full name: an autonomous county by its short form and 县
    (长阳县, 环江县, 积石山县; 旗 for a banner), and a county that became a city or a district by its former name
    (平果县 before 2019, 姜堰市 before 2012, 密云县 before 2015) — the archive reaches back to 2012."""
    if (u.level != "county" or len(u.short) < 2 or u.short == u.name or u.short[-1] in "县市区旗"
            or any(s in u.name for s in NOT_PLACE_UNITS)):
        return []
    if u.name.endswith(("自治县", "自治旗")):
        return [u.short + u.name[-1]]
    if u.name.endswith("市"):
        return [u.short + "县"]
    if u.name.endswith("区"):
        as_city = u.short + "市"
        # 城 + 市 reads 城市 (新城市, 老城市) unless the dictionary has the whole as a place (增城市, 双城市)
        keep = not u.short.endswith("城") or lexicon.jieba_dictionary_tags().get(as_city, "").startswith("ns")
        return [u.short + "县"] + ([as_city] if keep else [])
    return []


def _new_areas() -> dict[str, list[Unit]]:
    """National-level new areas (new_areas.tsv: 雄安新区, 两江新区) → the unit that administers each; cities' nicknames
    (city_nicknames.tsv: 申城, 鹏城) → the city; units' former names no suffix rule derives (former_names.tsv: 蓟县,
    闸北区) → the unit they are today; a city-province's named parts (city_areas.tsv: 九龙, 氹仔) → it; a national venue or
    landmark (landmarks.tsv: 人民大会堂, 西柏坡) → the unit it lies in."""
    by_name = {(u.name, u.province): u for u in units()}
    # (…and a province's part by its letter and a direction: province_parts.tsv, 陕北, 苏南, 南疆)
    tables = ("new_areas.tsv", "city_nicknames.tsv", "former_names.tsv", "city_areas.tsv", "landmarks.tsv",
              "province_parts.tsv")
    forms = {form: [by_name[(unit, province)]] for table in tables for form, unit, province in patterns.word_table(table)}
    # …and a province's land by its literary name (regional_names.tsv: 八闽大地, 三秦大地, 齐鲁大地 — made up, twenty-seventh
    # session, from a probe of these: no place had been read)
    provinces = {u.province_short: u for u in units() if u.level == "province"}
    forms.update({name + "大地": [provinces[short]] for name, short in patterns.word_table("regional_names.tsv")
                  if len(name) >= 2 and short in provinces})
    return forms


@lru_cache(maxsize=1)
def other_written_forms() -> dict[str, list[Unit]]:
    """Former and abbreviated full names, and national-level new areas (rule place.other_form) → the units they
    name today; a form that is some unit's own name is that unit only."""
    names = {u.name for u in units()}
    forms: dict[str, list[Unit]] = {}
    for u in units():
        for form in _other_forms(u):
            if form not in names:
                forms.setdefault(form, []).append(u)
    for form, named in forms.items():
        # an autonomous county's everyday name today outweighs a district's guessed former name (金平县 is 云南's
        # 金平苗族瑶族傣族自治县, not 汕头's 金平区; 宽城县, 昌江县, 河口县, 连山县 alike)
        autonomous = [u for u in named if u.name.endswith(("自治县", "自治旗"))]
        forms[form] = autonomous or named
    forms.update(_new_areas())
    return forms


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str], list[list[tuple[Unit, bool]]]]:
    """Every name a place is written by, matched leftmost-longest; the names, and for each the list of (unit,
    is_short) it may be."""
    table: dict[str, list[tuple[Unit, bool]]] = {}
    for form, named in other_written_forms().items():
        table[form] = [(u, False) for u in named]
    for u in units():
        if any(s in u.name for s in NOT_PLACE_UNITS):
            continue
        table.setdefault(u.name, []).append((u, False))
        # (a short form may have alternatives, 克州/克孜勒苏 and 巴州/巴音郭楞 in the division list: each is one — made up,
        # twenty-fourth session, from a brief: 新疆克州总工会 had been 新疆's alone, and 巴州 巴中's)
        for short in u.short.split("/"):
            if short and short != u.name and len(short) >= 2:
                table.setdefault(short, []).append((u, True))
                if u.level == "city" and u.name.endswith("自治州") and not short.endswith("州"):
                    table.setdefault(short + "州", []).append((u, False))
    names = list(table)
    return (ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), names,
            [table[n] for n in names])


SURNAMES = frozenset(w for line in patterns.word_list("surnames.txt") for w in line.split())
COUNTING = re.compile(rf"[\d{patterns.CN_DIGITS}几数]")


def _after_lone_surname(text: str, start: int, tokens: TokenIndex) -> bool:
    """The place is a person's given name: a lone surname stands before it, which the tokenizer reads as a name
    (王 临海, 杨 红山, 龚 兴旺, 李 振国 — the shape of ten names in eight of the corpus's articles; 李 云南), as a lone
    character (刘 长沙) or as a
    measure word (张 海南) not counting anything (两张海南航空机票 counts tickets)."""
    word, tag = tokens.get(start - 1, ("", ""))
    if word in SURNAMES and PERSON_ROLE_BEFORE.search(text, max(0, start - 7), start - 1):
        return True  # …whatever the tokenizer calls the surname after a person's role (副主席刘 江西: 刘 read zg)
    if word not in SURNAMES or tag not in ("nr", "nrfg", "q", "zg"):  # (刘 长沙: 刘 read zg, a lone character)
        return False
    return tag != "q" or not COUNTING.match(text, max(0, start - 2))


# who a person is, right before the name (劳模许昌明, 记者林芝华): a place's short form that opens it is the name's
PERSON_ROLE_BEFORE = re.compile(r"(?:记者|通讯员|劳模|模范|职工|技师|工人|师傅|工匠|主席|书记|队长|班长|组长|经理|村民|农民工|"
                                r"干部|主任|厂长|局长|部长|院长|校长|代表|"
                                r"(?:技术|驾驶|乘务|安全|检修|质检|调度|操作|管理)员|"
                                r"司机|员工|选手|同志|女士|先生)$")
UNIT_CHARACTERS = frozenset("市县区州省镇乡村盟旗路街人籍")  # (许昌人, 许昌籍: one from the place)


def _opens_a_name(text: str, start: int, end: int, bounds: TokenIndex) -> bool:
    """A short form right after a person's role that, with one more character, makes a three-character name
    (劳模许昌明获得表彰, 记者林芝华报道): the name's, no place."""
    after = text[end:end + 1]
    return bool(PERSON_ROLE_BEFORE.search(text, max(0, start - 4), start)) and "\u4e00" <= after <= "\u9fff" \
        and after not in UNIT_CHARACTERS and end + 1 in bounds


def tokenize(text: str) -> list[tuple[str, str, int]]:
    """(word, POS tag, start) of every token: what an analysed article shares with find_places."""
    out, pos = [], 0
    for word, tag in lexicon.tag(text):
        if word[0] == "日" and len(word) > 1 and out and out[-1][0].isascii() and out[-1][0].isdigit():
            # a date's day glued to the word after it (8日|市总工会 read 8 日市 总工会, 8 日本 市): the day ends at 日 —
            # made up, thirty-second session, from briefs: 日市总工会 had held the ceremony, 日本 been a place
            out.append(("日", "m", pos))
            for rest, rest_tag in lexicon.tag(word[1:]):
                out.append((rest, rest_tag, pos + 1))
                pos += len(rest)
            pos += 1
            continue
        out.append((word, tag, pos))
        pos += len(word)
    return out


UNIT_BODIES = frozenset(patterns.word_list("unit_bodies.txt"))


def _runs_into_word(end: int, bounds: TokenIndex, tokens: TokenIndex) -> bool:
    """合作市场: the name's last character starts a common word (市场) that runs on — not one of the unit's own
    bodies (潼关县委书记, 漠河市政府: unit_bodies.txt)."""
    if end in bounds:
        return False
    word = tokens.get(end - 1, ("", ""))[0]
    if word[1:] in UNIT_BODIES:
        return False
    tag = lexicon.jieba_dictionary_tags().get(word, "")
    return len(word) >= 2 and bool(tag) and not tag.startswith("ns")


def _short_is_word(word: str, start: int, tokens: TokenIndex) -> bool:
    tag = tokens.get(start, ("", ""))[1]
    if tag in ("nr", "nrfg"):
        return False  # a person's name (母永奇), not a place
    stock = lexicon.jieba_dictionary_tags().get(word)
    # jieba tags some places as transliterated names (拉萨 nrt)
    return stock is None or stock.startswith("ns") or stock == "nrt"


def _reads_as_name(word: str) -> bool:
    """jieba's dictionary has the word as a name or place, or not at all: not a common word (公安, 合作, 通道)."""
    stock = lexicon.jieba_dictionary_tags().get(word)
    return stock is None or stock.startswith(("nr", "ns"))


CITY_SHORT_TRAPS = frozenset(patterns.word_list("city_short_traps.txt"))
LANDMARKS = frozenset(venue for venue, _unit, _province in patterns.word_table("landmarks.tsv"))
_LANDMARK_REACHED = re.compile(r"(?:在|来到|走进|抵达|前往|赴|回到)$")
COMMON_NOUN_UNITS = frozenset(patterns.word_list("county_common_nouns.txt"))
FEDERATION_WORDS = frozenset(patterns.word_list("federation_words.txt"))


def _city_short_form(word: str, options: list[tuple[Unit, bool]]) -> bool:
    """A prefecture-level city's short form (合肥, 许昌, 石家庄) is the city whatever jieba's dictionary
    tags it (n, nr…), unless it is also a common word (来宾, 安康: city_short_traps.txt); so is a Hong Kong district's
    the dictionary reads as a name or place (观塘, 荃湾)."""
    return len(word) >= 2 and word not in CITY_SHORT_TRAPS and any(
        u.level == "city" and is_short for u, is_short in options) or _city_provinces_district(word, options)


def _city_provinces_district(word: str, options: list[tuple[Unit, bool]]) -> bool:
    """The short form of a district right under a city-province, the only unit it may be (观塘, 荃湾), that the dictionary
    reads as a name or place — a city's short form, as Hong Kong's papers name them."""
    return len(options) == 1 and options[0][1] and options[0][0].level == "county" and not options[0][0].city \
        and options[0][0].province_short in _NO_CITY_LEVEL and word not in CITY_SHORT_TRAPS and _reads_as_name(word)


# city-provinces whose districts stand right under them, as a province's cities do, and go by their short forms (工聯會
# 在觀塘會所舉辦…, 荃湾, 屯门: the district — made up, twenty-ninth session, from Hong Kong unions' stories in Traditional
# Chinese: no place), unless the dictionary has the short form as a common word (葵青) or it is a trap (离岛)
_NO_CITY_LEVEL = frozenset({"香港", "澳门"})


Candidate = tuple[int, int, str, list[tuple[Unit, bool]]]  # start, end, the name as written, the units it may be

# a verb of going right before a name (分赴大同, 来到日照) — not 在 or 到 alone (在来宾的见证下, 受到来宾欢迎)
GOING_TO = re.compile(rf"(?:赴|来到|前往|回到|走进|落户|{patterns.TRIP_VERBS})$")


def _stands_as_place(text: str, start: int, end: int, cands: list[Candidate]) -> bool:
    """A city's short form that is also a common word (大同, 日照: city_short_traps.txt) stands as the city after a verb of
    going, or listed with another place's name (分赴大同、长治、运城等地; 来到日照 — made up, twenty-third session, from
    briefs: 大同 had been dropped from the places its list named) — not 世界大同 or 阳光日照."""
    if GOING_TO.search(text, max(0, start - 4), start):
        return True
    listed = {c[0] for c in cands if text[c[0] - 1:c[0]] == "、"} | {c[1] for c in cands if text[c[1]:c[1] + 1] == "、"}
    return text[end:end + 1] == "、" and end + 1 in listed or text[start - 1:start] == "、" and start - 1 in listed


def _candidates(text: str) -> list[Candidate]:
    """Places' names as written, left to right, the longest at each point, none overlapping (石家庄市, not 石家庄 or
    家庄). (A Rust automaton: Python's pyahocorasick had been a fourteenth of the whole extraction.)"""
    matcher, names, units_named = _automaton()
    return [(start, end, names[i], units_named[i]) for i, start, end in matcher.find_matches_as_indexes(text)]


# a verb of being or going somewhere, before a province's one-character name (在京召开, 来沪务工, 援滇干部; 回川过年 —
# twenty-third session, made up from a probe of these)
GOING_THERE = frozenset("在抵进赴来返离留援驻入回")
_LETTER_ROWS = patterns.word_table("province_letters.tsv")
PROVINCE_LETTERS = {row[0]: (row[1], row[2] == "yes") for row in _LETTER_ROWS if row[2] != "run"}
RUN_LETTERS = {row[0]: row[1] for row in _LETTER_ROWS}  # (every letter, in a counted run of them)
# a run of provinces' letters counted as places (京津冀三地总工会, 沪苏浙皖四省市, 川渝两地工会, 粤港澳三地): each province
# — the count says the letters are places, not a word (京津冀协同发展 names a strategy: no count, no places)
_COUNTED_LETTERS = re.compile(rf"(?P<run>[{''.join(RUN_LETTERS)}]{{2,6}})(?P<n>[两二三四五六])"
                              r"(?:地|省|省市|省区|省区市|市|方)")
# a verb's character right before a letter: the cheap test that most articles fail (the token walk costs more)
# …and a city's (在杭务工, 离汉通道: city_letters.tsv), read the same way
CITY_LETTERS = {row[0]: (row[1], row[2], row[3] == "yes") for row in patterns.word_table("city_letters.tsv")}
_LETTER_AFTER_VERB = re.compile(f"[{''.join(sorted(GOING_THERE))}][{''.join(PROVINCE_LETTERS)}{''.join(CITY_LETTERS)}]")


@lru_cache(maxsize=None)
def _province(short: str) -> Unit:
    return next(u for u in units() if u.level == "province" and u.province_short == short)


@lru_cache(maxsize=None)
def _letter_unit(letter: str) -> tuple[Unit, bool] | None:
    """The province or city a one-character name is after a verb of going there, and whether a verb the tokenizer
    reads as one word may hold it (抵京 yes, 进港 no)."""
    if letter in PROVINCE_LETTERS:
        short, in_verb = PROVINCE_LETTERS[letter]
        return _province(short), in_verb
    if letter in CITY_LETTERS:
        city, province, in_verb = CITY_LETTERS[letter]
        return next(u for u in units() if u.level == "city" and u.name == city and u.province == province), in_verb
    return None


def province_full_name(short: str) -> str:
    """安徽 → 安徽省, 广西 → 广西壮族自治区; '' for what is no province."""
    return next((u.name for u in units() if u.level == "province" and u.province_short == short), "")


def _province_letters(text: str, tokens: list[tuple[str, str, int]]) -> list[PlaceMention]:
    """在京, 在粤, 来沪, 抵京, 援藏: a province's one-character name as a word after a verb of being or going
    there, or closing such a verb the tokenizer reads as one word (province_letters.tsv); 在杭, 离汉: a city's
    (city_letters.tsv). Not 京汉铁路 or 京津冀: the tokenizer reads those as words of their own."""
    found: list[PlaceMention] = []
    if not _LETTER_AFTER_VERB.search(text):
        return found
    before = ""
    for word, _tag, start in tokens:
        at = None
        if len(word) == 1 and before in GOING_THERE and _letter_unit(word):
            at = start
        elif len(word) >= 2 and word[0] in GOING_THERE and (_letter_unit(word[1]) or (None, False))[1]:
            # (…or opening a longer word: 在京举行, 在京开幕, 驻京办 — the tokenizer's words)
            at = start + 1
        if at is not None:
            letter = text[at]
            found.append(PlaceMention(_letter_unit(letter)[0], letter, at, at + 1))
        before = word
    return found


def _letter_runs(text: str) -> list[PlaceMention]:
    """京津冀三地, 川渝两地: each letter of a run its count matches, as a province (rule place.text)."""
    found: list[PlaceMention] = []
    for m in _COUNTED_LETTERS.finditer(text):
        run = m["run"]
        if len(set(run)) == len(run) == cn_number(m["n"]):
            found.extend(PlaceMention(_province(RUN_LETTERS[c]), c, m.start() + k, m.start() + k + 1)
                         for k, c in enumerate(run))
    return found


def find_places(text: str, tokens: list[tuple[str, str, int]] | None = None) -> list[PlaceMention]:
    """Every place mention in an article's text, resolved to one unit each (tokens: the text's, if known)."""
    tokens = tokens if tokens is not None else tokenize(text)
    letters = _province_letters(text, tokens) + _letter_runs(text)
    index = TokenIndex(tokens)  # (once: the gazetteer's places and the towns both read it)
    mentions = _gazetteer_places(text, index)
    towns = _town_places(text, index, mentions)
    return sorted(mentions + letters + towns, key=lambda m: m.start) if letters or towns else mentions


TOWNS = GAZETTEER.parent / "towns.csv"
_TOWN_ENDING = re.compile(r"镇|乡|街道|苏木")
# what a town's name may follow when no place of its own stands right before it: a line's or clause's start, a
# preposition, a verb of going, a list's separator (在横店镇, 走进渝州路街道, 涉及孟河镇、西夏墅镇) — not another
# character of a longer name (上栗县鸡冠山乡 is no 冠山乡, 纳雍县厍东关乡 no 东关乡, 驯乐苗族自治乡 no 自治乡)
_BEFORE_TOWN = frozenset("在到赴于的和与及自从至往进是为对向、，。；：“”‘’（）《》 \n")


@lru_cache(maxsize=1)
def _towns() -> dict[str, Unit]:
    """A town's name (data/towns.csv: the country's only town of that name) → the county it lies in — or, for a
    development zone's town, the zone's city or province (no zone is a place of its own here)."""
    by_code = {u.adcode: u for u in units()}
    towns: dict[str, Unit] = {}
    with open(TOWNS, encoding="utf-8") as f:
        next(f)  # the header
        for line in f:
            name, code = line.rstrip("\n").split(",")
            unit = by_code.get(code)
            if unit is None or any(s in unit.name for s in NOT_PLACE_UNITS):
                unit = by_code.get(code[:4] + "00") or by_code.get(code[:2] + "0000")
            if unit is not None:
                towns[name] = unit
    return towns


_LONGEST_TOWN = 15  # characters in the longest name towns.csv holds


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    return frozenset(n for u in units() for n in (u.name, *u.short.split("/")) if n)


def is_unit_name(word: str) -> bool:
    """A county-level or larger unit's name or short form (宁德, 田林县, 芦山)."""
    return word in _unit_names()


def is_town(name: str) -> bool:
    return name in _towns()


def _town_places(text: str, bounds: TokenIndex, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town, township or subdistrict named in the text (横店镇总工会, 涉及孟河镇): its county (rule place.town) —
    right after a place it lies in (福建泉州洪濑镇), or standing as a word of its own."""
    if not _TOWN_ENDING.search(text):
        return []
    by_end = {m.end: m for m in mentions}
    found = []
    towns = _towns()
    for ending in _TOWN_ENDING.finditer(text):
        end = ending.end()
        start = next((a for a in range(max(0, end - _LONGEST_TOWN), end - 2) if text[a:end] in towns), None)
        if start is None:
            continue
        name = text[start:end]
        unit = towns[name]
        if any(m.start < end and start < m.end for m in mentions) or end not in bounds and not _reads_as_name(
                text[end - 1:end + 1]):
            continue  # a place already found covers it, or its ending opens a common word (美丽|乡村; not a place
            # word the tokenizer read, 洪濑|镇西|林村)
        parent = by_end.get(start)
        if parent is not None:
            if not _within(unit, parent.unit):
                continue  # a town of another county right after a place is that place's own of the same name
        elif start and (text[start - 1] not in _BEFORE_TOWN or start not in bounds):
            continue
        while found and found[-1].start >= start:
            found.pop()  # 真如镇街道: the subdistrict, not the town its name holds
        found.append(PlaceMention(unit, name, start, end))
    return found


# a lone character's tag before a two-character name that goes with it (枣|南县: a noun; not 在|南县, 和|县)
_NAME_PART_TAGS = ("n", "ng", "nr", "nz", "j", "a", "b")


def _tail_of_a_longer_name(text: str, start: int, end: int, key: str, tokens: TokenIndex,
                           by_end: dict[int, "Candidate"]) -> bool:
    """A two-character county's name (南县, 赵县) right after a lone character the tokenizer reads as a noun, no place
    before it: the end of a longer name the gazetteer does not hold (在枣南县杨庄宿营 — rmrb_20190219-16-05, a former
    county of 河北 — had been 湖南's 南县; made up, twenty-first session: 冀南县, 鲁西县)."""
    if len(key) != 2 or key[-1] not in "县区旗" or start == 0 or start in by_end:
        return False
    word, tag = tokens.get(start - 1, ("", ""))
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff" and tag.startswith(_NAME_PART_TAGS)


def _realigned(cands: list[Candidate], text: str, bounds: TokenIndex) -> list[Candidate]:
    """The candidates, a name that runs into a word the tokenizer reads (从江|阴市: 记者从江阴市总工会获悉) giving way to one
    that starts inside it and stands as the tokenizer's words do (江阴市) — the matcher, leftmost first, had read 从江
    (贵州's 从江县) and so never 江阴市 (made up, twenty-second session, from briefs; 来自从江县 keeps 从江县)."""
    if all(e in bounds for _s, e, _k, _o in cands):
        return cands  # (most articles: every name ends where a word does)
    matcher, names, units_named = _automaton()
    out: list[Candidate] = []
    taken_to = -1
    for cand in cands:
        start, end = cand[0], cand[1]
        if start < taken_to:
            continue  # (inside the name read instead)
        if end not in bounds:
            later = matcher.find_matches_as_indexes(text[start + 1:end + _LONGEST_NAME])
            inside = next(((start + 1 + a, start + 1 + b, names[i], units_named[i]) for i, a, b in later
                           if start + 1 + a < end and start + 1 + a in bounds and start + 1 + b in bounds), None)
            if inside:
                out.append(inside)
                taken_to = inside[1]
                continue
        out.append(cand)
    return out


_LONGEST_NAME = 16  # (how far past a name its replacement is looked for: the gazetteer's longest names are shorter)


_BRANCH_AFTER = re.compile(patterns.BRANCH)
# a company's name a province's short form opens, read as one word (国网山东电力|公司, 山东电力|集团): the province
_PROVINCES_COMPANY = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:公司|集团)")


def _gazetteer_places(text: str, tokens: TokenIndex) -> list[PlaceMention]:
    bounds = tokens  # (the offsets a token starts or ends at)
    cands = _realigned(_candidates(text), text, bounds)
    if not cands:
        return []
    accepted: list[Candidate] = []
    by_end: dict[int, Candidate] = {}
    # counties the article names in full (姜堰区总工会): their short forms elsewhere in it (the headline's 姜堰总工会,
    # 龙岗建筑工人秀) are those counties though the tokenizer reads them as names and the article names neither
    # their city nor their province
    in_full = {options[0][0].adcode for _s, _e, _k, options in cands
               if len(options) == 1 and not options[0][1] and options[0][0].level == "county"}
    # …and a district or county named in full, resolved or not, is what its name's stem stands for elsewhere in the
    # article (朝阳区总工会…“会聚朝阳”: not 辽宁's 朝阳市; 大连市中山区…中山: not 中山市 — made up, twenty-fourth
    # session, from briefs)
    stems = {key[:-1]: [o for o in options if not o[1]] for _s, _e, key, options in cands
             if len(key) >= 3 and key[-1] in "区县旗" and options and all(not o[1] and o[0].level == "county"
                                                                         for o in options)}
    nested = _nested_pairs(cands, tokens)
    for start, end, key, options in cands:
        full = [o for o in options if not o[1]]
        if full:
            if key in LANDMARKS and (start in by_end or not _LANDMARK_REACHED.search(text, max(0, start - 2), start)):
                # (a province's own hall after its name: 广西人民大会堂 is 广西's, no 北京; and a landmark is a place only
                # where something is held or someone goes — 在人民大会堂开幕, 来到天安门广场 — not a figure of speech nor a
                # past: 将百姓声音带到人民大会堂, 从西柏坡出发, 走过天安门 in a parade of 1949)
                continue
            runs_on = end not in bounds and tokens.get(end - 1, ("", ""))[0][1:] not in UNIT_BODIES
            if _runs_into_word(end, bounds, tokens) or key in other_written_forms() and (start not in bounds or runs_on):
                # (…nor a form another word runs on from: 九龙江, a river, is no 九龙 — twenty-eighth session; 敦煌县|政府
                # is the county's own body)
                continue
            if len(key) == 2 and start not in bounds:
                # (a one-character name and its level whose first character ends a word the tokenizer reads: 建成|县职工
                # 服务中心, 完成|县级… — made up, twenty-third session, from a brief: 甘肃's 成县 had named the payer)
                continue
            if _tail_of_a_longer_name(text, start, end, key, tokens, by_end):
                continue  # 枣|南县: a name no gazetteer has (a former county), not 湖南's 南县
            if key in COMMON_NOUN_UNITS:
                parent = by_end.get(start)
                full = [o for o in full if parent and any(_within(o[0], p[0]) for p in parent[3])]
                if not full:
                    continue  # 全市中心城区: a part of a city, not 汕尾市城区
            accepted.append((start, end, key, full))
            by_end[end] = accepted[-1]
            continue
        if start not in bounds or end not in bounds:
            # a province's or city's short form that opens a word the tokenizer reads as a place is that place (香港特区,
            # 苏州高新区, 北京西站, 银川平原); inside any other word it is none (合作市场)
            # (…or a venue's the tokenizer reads as one body, after 在: 在北京人民大会堂举行 — made up, twenty-third
            # session, from a brief: the national ceremony had been placed where the article's people came home to)
            word, tag = tokens.get(start, ("", ""))
            venue = tag == "nt" and text[start - 1:start] == "在"
            # (…or a branch's the tokenizer reads whole: 北京分行, 苏州分公司 — made up, twenty-fourth session)
            branch = _BRANCH_AFTER.fullmatch(word, end - start) is not None
            # (…or a province's company: 国网山东电力公司 — made up, twenty-ninth session, from profiles: its worker's story
            # had had no place of its own)
            company = all(o[0].level == "province" for o in options) and _PROVINCES_COMPANY.match(text, end) is not None
            # (…or a Hong Kong district's opening a word: 觀塘|會所 read as 观塘会|所)
            district = _city_provinces_district(key, options)
            options = options if district else [o for o in options if o[0].level in ("province", "city")]
            if not (start in bounds and (tag == "ns" or venue or branch or company or district)
                    and len(word) > end - start and options):
                continue
        if _after_lone_surname(text, start, tokens) or _opens_a_name(text, start, end, bounds):
            continue  # 李云南, 张海南, 劳模许昌明: a person
        street = LOCAL_NAME_AFTER.match(text, end)
        if street and (street.end() in bounds or not street.group().startswith("街")):
            # 河北街道, 北京路: a street or neighbourhood named after the place — not a word that opens on 街
            # (郑州|街头, 澳门|街坊总会: the place itself)
            continue
        if key in stems and not full:
            accepted.append((start, end, key, stems[key]))
            by_end[end] = accepted[-1]
            continue
        parent = by_end.get(start)
        # (only after a place written in full: 山城重庆 is no town of 山城区)
        if parent and all(not p[1] for p in parent[3]) and (
                TOWN_AFTER.match(text, end) or all(p[0].level == "county" for p in parent[3])):
            # 江津区永兴镇, 中江县南华镇, 浏阳市永安镇: right after a place and before 镇/乡 it is a town of that
            # place, not the county of the same name elsewhere (永兴县 in 湖南, 南华县 in 云南, 永安市 in 福建);
            # right after a county it is one of its local names whatever follows (武昌区安顺家园社区 ≠ 安顺市)
            options = [o for o in options if any(_within(o[0], p[0]) for p in parent[3])]
            if not options:
                continue
        seated_county = len(options) == 1 and options[0][0].level == "county" and (
            _seated(text, end, key) or _venue_of_an_act(text, start, end, key))
        # (a short form a city shares with the county named after it stays the city: 阜新 beside 阜新市 and
        # 阜新蒙古族自治县 is 阜新市 — 阜新全市)
        named = [o for o in options if o[0].adcode in in_full] if all(o[0].level == "county" for o in options) else []
        if named and _reads_as_name(key):
            accepted.append((start, end, key, named))
            by_end[end] = accepted[-1]
            continue
        trap_placed = key in CITY_SHORT_TRAPS and _stands_as_place(text, start, end, cands)
        if not _short_is_word(key, start, tokens) and not _city_short_form(key, options) and not seated_county \
                and not trap_placed:
            # 江西安福: jieba reads 安福 as a name, but right after its own province it is the county
            options = [o for o in options if parent and any(_within(o[0], p[0]) for p in parent[3])]
            if not options:
                continue
        accepted.append((start, end, key, options))
        by_end[end] = accepted[-1]

    accepted = _with_nested_pairs(accepted, nested)

    # Context: provinces and cities named by trusted (full or province/city short) mentions.
    ctx_prov: Counter[str] = Counter()
    ctx_city: Counter[str] = Counter()
    for _s, _e, _k, options in accepted:
        # a mention read at its highest level (南昌 → 南昌市 beside 南昌县, 西安 → 西安市 beside 辽源's 西安区: a
        # short form is the city, as _resolve reads it with nothing else to go by) names that province and city
        top = min(LEVEL_RANK[o[0].level] for o in options)
        read = [o[0] for o in options if LEVEL_RANK[o[0].level] == top]
        if top < LEVEL_RANK["county"] and len({u.province for u in read}) == 1:
            ctx_prov[read[0].province] += 1
            if top == LEVEL_RANK["city"] and len({u.city for u in read}) == 1:
                ctx_city[read[0].city] += 1

    mentions: list[PlaceMention] = []
    prev: Unit | None = None
    prev_end = -1
    for start, end, key, options in accepted:
        unit = _resolve(options, ctx_prov, ctx_city, prev if prev_end == start else None,
                        seated=_seated(text, end, key) or _venue_of_an_act(text, start, end, key),
                        in_full=in_full)
        if unit is None:
            continue
        mentions.append(PlaceMention(unit, key, start, end))
        prev, prev_end = unit, end
    return mentions


def _nested_pairs(cands: list[Candidate], tokens: TokenIndex) -> dict[int, Candidate]:
    """A province or city followed at once by one of its own cities or counties (福建厦门, 包头九原, 广元朝天,
    陕西汉滨, 揭阳榕城): both are places, each the unit that makes the pair, however the tokenizer cuts the two
    (福建厦门 one word, 广|元朝|天) and whether or not the first is also a common word (大同, 日照: city_short_traps.txt)
    — a common word followed by a place inside it is no chance pairing. Start of each paired mention → the mention
    with the options that make the pair.
    A short form starting with a street's word (路桥, 路北) pairs only as a word of its own: 河北路北侧 is a street."""
    paired: dict[int, Candidate] = {}
    for (start, end, key, options), (start2, end2, key2, options2) in zip(cands, cands[1:]):
        if end != start2:
            continue
        outer = [o for o in options if o[0].level in ("province", "city")]
        inner = [o for o in options2 if o[0].level in ("city", "county")
                 and any(_within(o[0], p[0]) and o[0].adcode != p[0].adcode for p in outer)]
        if not inner or (LOCAL_NAME_AFTER.match(key2) and tokens.get(start2, ("",))[0] != key2):
            continue
        paired[start] = (start, end, key, [p for p in outer if any(_within(o[0], p[0]) for o in inner)])
        paired[start2] = (start2, end2, key2, inner)
    return paired


def _with_nested_pairs(accepted: list[Candidate], nested: dict[int, Candidate]) -> list[Candidate]:
    """The accepted mentions with each paired one the pair makes, where the other rules had dropped it or read it as
    none of the pair's units (揭阳榕城: 榕城区, not 福州's nickname; 临夏东乡县: 东乡族自治县, not 江西's former 东乡县)."""
    if not nested:
        return accepted
    kept = {a[0]: a for a in accepted}
    for start, pair in nested.items():
        have = kept.get(start)
        if have is None or not any(o in pair[3] for o in have[3]):
            kept[start] = pair
    return [kept[s] for s in sorted(kept)]


# "the whole" of a level's territory (全州职工, 全州各级工会: an autonomous prefecture's own news), never the county whose
# short form it is (广西's 全州县 — made up, twenty-third session, from a brief: 全州职工技能大赛 had been placed there)
WHOLE_TERRITORY = re.compile(r"全(?:省|市|州|盟|县|区|旗)")


# …or a list of short forms its level's word closes (在巴南、江津等区, 柯城、衢江两区, 利川、巴东等县市 — made up, twenty-sixth
# session, from briefs: the districts had been no places)
# (…or 等地 and 等市, four characters to a name: 走访了义乌、昆山、晋江…二连浩特等地 — made up, thirty-first session, from
# features: no place)
COUNTIES_LISTED = re.compile(rf"(?:[、和][{patterns.HAN}]{{2,4}})*(?:等|两|三|四|五|六|七|八)个?"
                             r"(?:县（市、区）|县（区）|县（市）|县市区|县区|区县|县市|县|区|旗|地|市)")


# …or a line that opens on it and a colon or a space after it, as headlines name their place (昆山：职工书屋进企业, 鄞州
# 工会为环卫工送清凉 — made up, twenty-sixth session, from briefs: no place)
PLACE_OPENS_LINE = re.compile(r"[：:]|[ \u3000][\u4e00-\u9fff]")


def _seated(text: str, end: int, key: str) -> bool:
    """What follows a county's short form says it is the county (COUNTY_SEAT_CUE, the rest of a list its level's word
    closes, COUNTIES_LISTED, or a colon or space after it opening a line, PLACE_OPENS_LINE), and the short form is no
    common word — or its union federation follows it, however common a word the dictionary takes it for (丹江口总工会,
    宜兴总工会, 仙桃总工会, 麻城总工会: a well-known county is frequent, and jieba tags some as names or nouns — made up,
    twenty-seventh session, from briefs: no place), unless the word names a trade or a side there (公安总工会:
    federation_words.txt)."""
    start = end - len(key)
    opens_line = (start == 0 or text[start - 1] == "\n") and PLACE_OPENS_LINE.match(text, end) is not None
    if text.startswith("总工会", end) and key not in FEDERATION_WORDS and not WHOLE_TERRITORY.fullmatch(key):
        return True  # (…however common a word the dictionary takes it for, when its federation follows)
    # (…or a clause opening on it that holds an act there, the county acting through its government: 近日，萧山举办职工运动会,
    # 昨天，江阴召开…大会 — made up, thirty-third session, from briefs: no place)
    acts = (start == 0 or text[start - 1] in "，。；\n") and HELD_THERE.match(text, end) is not None
    return (COUNTY_SEAT_CUE.match(text, end) is not None or COUNTIES_LISTED.match(text, end) is not None
            or opens_line or acts) and _no_common_word(key)


def _no_common_word(key: str) -> bool:
    """A county's short form that is no common word (COMMON_WORD_COUNT) and no 'whole territory' (全州)."""
    return not WHOLE_TERRITORY.fullmatch(key) and \
        (lexicon.jieba_dictionary_counts().get(key, 0) or 0) < COMMON_WORD_COUNT


# an act held where it stands after 在 (在兴义签订协议, 在吉首召开…)
HELD_THERE = re.compile(r"(?:隆重)?(?:召开|举行|举办|开幕|闭幕|签订|签署|启动|开班|揭牌|成立)")
VENUE_THEN_HELD = re.compile(rf"[{patterns.HAN}]{{0,12}}?(?:学院|基地|纪念馆|纪念园|博物馆|培训中心|会议中心){HELD_THERE.pattern}")


# a place a sentence opens on after 在, its own clause (在江阴，市总工会…: the story's place, as a roundup's section opens)
_TOPIC_OPENING = re.compile(r"(?:^|[\n，。；])(?:\d{1,2}月\d{1,2}日|近日|日前|近期|目前|同时|此外|而)?[，]?在$")


def _venue_of_an_act(text: str, start: int, end: int, key: str) -> bool:
    """A county's short form between 在 and an act held there is that county when it is no common word (…在兴义签订劳务
    协作协议 — made up, twenty-third session, from a brief: the tagger reads 兴义 as a noun, and the signing had been
    placed with its first party; not 在和平召开, 在东方举行)."""
    # (…or where the sentence opens, 在江阴，市总工会… — made up, twenty-sixth session, from briefs: no place)
    topic = text[end:end + 1] == "，" and _TOPIC_OPENING.search(text, max(0, start - 12), start) is not None
    # (…or a venue there named between, its name perhaps opening on 中国: 在中国浦东干部学院举办, rmrb_20200117-06-02;
    # 在中国井冈山干部学院开班, 在韶山毛泽东同志纪念馆举行 — made up, twenty-ninth session: no place)
    at_venue = text[start - 1:start] == "在" or text[max(0, start - 3):start] == "在中国"
    # (…or work done there, by those who live or work there: 在义乌务工多年, 在昆山创业 — made up, thirty-first session, from
    # features: no place)
    held = at_venue and (HELD_THERE.match(text, end) is not None or VENUE_THEN_HELD.match(text, end) is not None
                         or WORKED_THERE.match(text, end) is not None or topic and text[start - 1:start] == "在")
    # (…or a trip's destination before what is done there: 组织…赴韶山开展党性教育, 赴瑞金学习, 赴井冈山疗休养 — made up,
    # twenty-seventh session, from briefs: the trip had no place)
    # (…a venue there named between: 赴林州红旗渠干部学院开展学习培训, 赴兰考焦裕禄干部学院参加培训 — made up, twenty-eighth
    # session, from briefs: the tagger reads 林州 and 兰考 as names, and the trip had no place)
    # (…or a reporter's or a body's coming there, its clause ending on the place: 记者来到晋江，走进…; 走进江阴，… — made up,
    # thirty-first session, from features: no place)
    came = CAME_TO.search(text, max(0, start - 2), start) is not None and text[end:end + 1] in "，。"
    gone = TRIP_TO.search(text, max(0, start - 2), start) or GONE_TO.search(text, max(0, start - 2), start)
    went = came or gone is not None and (
        TRIP_ACT.match(text, end) is not None or VENUE_THEN_ACT.match(text, end) is not None)
    return (held or went) and (_no_common_word(key) or _county_city_name(key))


# a trip to a place (TRIP_TO, below: 赴, 前往, 奔赴…) and what is done there, right after the place's name
# (…or 到, not a word's last character, 达到, 受到: 组织劳模到昆山参观学习, 到义乌考察 — made up, thirty-second session, from
# briefs: no place)
GONE_TO = re.compile(r"(?:^|[^达得受感遇看想听收找提来回])到$")
# …or a coming there that ends its clause (来到晋江，…), or work there after 在 (在义乌务工)
CAME_TO = re.compile(r"(?:来到|走进|深入)$")
WORKED_THERE = re.compile(r"(?:务工|打工|工作|创业|就业|定居|落户|扎根)")
TRIP_ACT = re.compile(r"(?:开展|参加|参观|学习|考察|调研|交流|慰问|看望|走访|疗休养|培训|举办|进行|接受|重温|瞻仰)")
VENUE_THEN_ACT = re.compile(rf"[{patterns.HAN}]{{2,12}}?(?:学院|基地|纪念馆|纪念园|博物馆|旧址|景区|培训中心|疗养院)"
                            rf"{TRIP_ACT.pattern}")


@lru_cache(maxsize=4096)
def _county_city_name(key: str) -> bool:
    """A county-level city's short form the dictionary tags as a place, however often it stands there (井冈山, 丹江口,
    宜兴: a city, where a lake's or a mountain's name of a district or county is not one, 东湖, 太湖, 天山)."""
    return lexicon.jieba_dictionary_tags().get(key) == "ns" and any(
        u.level == "county" and u.name == key + "市" for u in units())


def _within(unit: Unit, parent: Unit) -> bool:
    """`unit` lies in `parent` (itself, its province or its city)."""
    return unit.province == parent.province and (parent.level == "province" or unit.city == parent.city
                                                 or unit.adcode == parent.adcode)


def _resolve(options: list[tuple[Unit, bool]], ctx_prov: Counter, ctx_city: Counter,
             parent: Unit | None, seated: bool = False, in_full: set[str] | frozenset = frozenset()) -> Unit | None:
    if any(u.level != "county" for u, _short in options):
        in_full = frozenset()  # a city's short form is the city, whatever county is named after it

    def score(opt: tuple[Unit, bool]) -> tuple:
        u, is_short = opt
        under_parent = parent is not None and (
            (parent.level == "province" and u.province == parent.province)
            or (parent.level == "city" and u.city == parent.city))
        return (u.adcode in in_full, under_parent, u.city in ctx_city if u.city else False, ctx_prov[u.province] > 0,
                -LEVEL_RANK[u.level], not is_short)

    scored = sorted(((score(o), o) for o in options), key=lambda so: so[0], reverse=True)
    best, (unit, is_short) = scored[0]
    has_context = any(best[:4])
    if unit.level == "county" and is_short and not has_context and not (seated and len(options) == 1) \
            and not (_city_provinces_district(unit.short, options) and set(ctx_prov) <= {unit.province}):
        # 雅江, 比如: a county's short form alone is not evidence (a Hong Kong district's is, where no other province is
        # named: 观塘, 荃湾 — not 珠海湾仔, a town there)
        return None
    if unit.level == "county" and len(scored) > 1 and not has_context and scored[1][0][:5] == best[:5]:
        return None  # 鼓楼区 in four cities and nothing to choose by
    return unit


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines (本报北京1月7日电) in an article's text."""
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


def dateline_place(text: str) -> str:
    m = DATELINE.search(text)
    return (m["place"] or "") if m else ""


FOREIGN = re.compile(patterns.alternation([w for line in patterns.word_list("foreign_places.txt")
                                            for w in line.split()]))
NATIONAL_WORDS = patterns.word_list("national_words.txt")
ROUNDUP = re.compile(r"多地|各地|多省|各省|全国各地|多个省份|多个城市")
ROUNDUP_SHARE = 0.5  # a province with less than half the place weight does not dominate a roundup
# a headline about the outlet's own locality (我市3人获全国五一劳动奖章, 本省…): a local story, though a national body
# heads its lead as the list's issuer — the "a local union's part in a national list keeps its locality"
OWN_LOCALITY = re.compile(r"我(?:省|市|区|县|州)|本(?:省|市|区|县|州)")
# a headline that holds the event at the outlet's own place (全国大赛在我市开幕): the venue is local
_AT_OWN_PLACE = re.compile(r"在我(?:省|市|区|县|州)|我(?:省|市|区|县|州)(?:举办|举行|承办|召开)")
# the rest of a venue's clause where an event is held (在山东济南举行, 在北京召开)
_VENUE_REST = re.compile(r"[^，。；]{0,12}?(?:举行|举办|召开|开幕|闭幕|落幕|开赛)")


def _national_venue(text: str, m: "PlaceMention", mentions: list["PlaceMention"]) -> bool:
    """Is mention `m` (or the chain of places it ends or opens: 山东济南) where a national event named before it in its
    paragraph is held (…全国职工职业技能大赛上，…。大赛在山东济南举行)?"""
    first, last = m, m
    while (before := next((x for x in mentions if x.end == first.start), None)) is not None:
        first = before
    while (after := next((x for x in mentions if x.start == last.end), None)) is not None:
        last = after
    opened = text.rfind("\n", 0, first.start) + 1
    return text[first.start - 1:first.start] == "在" and _VENUE_REST.match(text, last.end) is not None \
        and "全国" in text[opened:first.start]
# a national honour a person holds (全国劳模李强, 全国五一劳动奖章获得者张三) says nothing of where a story happens: its
# 全国 is no national cue (沈阳市总工会邀请全国劳模李强作报告 is 辽宁's)
# (qualifiers may stack: 全国五一巾帼标兵 — made up, nineteenth session: a 南京 worker's honour had made the story 全国)
NATIONAL_HONOUR = re.compile(r"全国(?:五一|三八|五四|工人|优秀|十佳|最美|道德|青年|巾帼){0,2}(?:劳动奖章|劳动奖状|巾帼奖章|巾帼奖状|"
                             r"劳动模范|劳模|先进工作者|技术能手|技能大师|标兵|模范职工之家|先锋号|红旗手|奖章|楷模|工匠)"
                             r"(?:获得者|称号)?")


# …nor is 各地 of one province or city (来自全省各地的50名劳模 — made up, twenty-first session, from a brief: a provincial
# union's trip had become a national story)
# (…nor a province's cities, 各地市 and 各地州: 广东省总工会…，各地市工会配套资金9000万元 — made up, thirtieth session, from
# briefs: a province's winter aid had become a national story)
_LOCAL_EVERYWHERE = re.compile(r"(?:全省|全市|全区|全县|全州|省内|市内|区内|县内)各地|各地(?:市|州)")


# …nor a national meeting's spirit a local body studies or spreads (江西省总工会…传达学习全国总工会…执委会议精神, 宣讲全国两会
# 精神 — made up, twenty-second session, from briefs: local unions' study sessions had become national stories)
_NATIONAL_SPIRIT = re.compile(r"(?:全国|全总|中央)[^，。；、\n]{0,20}?精神")


# …nor one quoted after the verb that gives or receives it, whatever its last word (被评为“全国最美职工”, 获得“全国最美家庭”
# 称号 — made up, twenty-sixth session, from profiles)
# (…命名为 too: 她被命名为“全国巾帼建功标兵” — made up, thirty-second session, from briefs)
_QUOTED_NATIONAL_HONOUR = re.compile(r"(评为|授予|获得|荣获|获评|当选|入选|命名为)了?“全国[^“”]{1,12}”")  # (the verb kept)
# …nor, in a story that names where its people are, a national body honouring one of them, their subject before 被
# (王秀兰…被全国总工会评为“全国最美职工”。王秀兰是沈阳机床厂的…; 李娟…被全国妇联授予… — made up, twenty-sixth session, from
# profiles: a 沈阳 worker's story had been 全国's) — with no place named, the national body is the only cue left
# …nor one that approves what its people were given (经应急管理部批准，黑龙江省…站长刘杰被记个人一等功; 经人力资源和社会保障部
# 批准，湖北省…孙明荣获… — made up, thirty-first session, from briefs: both had been 全国's)
_NATIONAL_GIVER = re.compile(rf"被(?:{patterns.alternation(NATIONAL_CUES)})[^，。；]{{0,8}}?(?:评为|授予|命名为?|追授|表彰为)|"
                             rf"经(?:{patterns.alternation(NATIONAL_CUES)})(?:批准|同意|审批|审核)")
# …nor one that gives one person it names a quoted honour, the honour too (内蒙古某煤矿救护队员赵刚…。近日，应急管理部追授赵刚
# “全国应急管理系统一级英雄模范”称号 — made up, thirty-third session, from briefs: a 内蒙古 rescuer's story had been 全国's;
# not 授予30名同志“…”, a national list)
_NATIONAL_GIVES_ONE = re.compile(rf"(?:{patterns.alternation(NATIONAL_CUES)})[^，。；]{{0,8}}?(?:追授|授予)了?"
                                 rf"[{patterns.HAN}]{{2,4}}“[^“”\n]{{1,30}}”")


# …nor, in a story that names places, a national body whose list or commendation the sentence tells, then one of its
# people among those on it (全国妇联命名表彰了一批…，江西铜业集团…刘芳被命名为…; 全国总工会公布…名单，长沙地铁运营公司…李明
# 榜上有名 — made up, thirty-second session, from briefs: a place's worker's story had been 全国's)
# (…someone named, not those on it counted: 10名工匠榜上有名 is the national list's)
# (every part bounded: a line of a million characters with no full stop is read in one pass)
_NATIONAL_LIST_THEN_OURS = re.compile(r"[^。；\n]{0,60}?(?:公布|命名|表彰|授予|发布|揭晓)[^。；\n]{0,80}?，"
                                      r"(?P<who>[^，。；\n]{2,40}?)"
                                      r"(?:入选|榜上有名|名列其中|上榜|被命名为|被授予|被评为|获评|获此殊荣)[^。；\n]{0,80}")
_NATIONAL_CUE = re.compile(patterns.alternation(NATIONAL_CUES))
_COUNTED = re.compile(rf"^(?:共有|共|有)?{patterns.COUNT}(?:名|位|人|个|家)")


# …nor a short form inside a word by chance (人社部门, 财政部门: the departments at any level; 安全总监 — 人社部门开展根治欠薪
# 专项行动 over a province's 省人社厅 had read 人社部, national)
_BY_CHANCE = re.compile(patterns.SHORT_FORM_BY_CHANCE)


def _without_local_cues(text: str, placed: bool = False) -> str:
    """The text less what names a national body or word without making the story national: a person's national honour,
    one province's or city's 各地, a national meeting's spirit, a short form inside a word by chance — and, in a story
    that names places (`placed`), a national body honouring one of its people."""
    text = _BY_CHANCE.sub(lambda m: m.group()[-1], text)  # (人社部门 → 人社门, 安全总监 → 安总监: no cue in them)
    text = _NATIONAL_GIVES_ONE.sub("", text) if placed else text
    text = _NATIONAL_SPIRIT.sub("", _LOCAL_EVERYWHERE.sub("", NATIONAL_HONOUR.sub("", _QUOTED_NATIONAL_HONOUR.sub(r"\1", text))))
    if not placed:
        return text
    ours = _NATIONAL_GIVER.sub("", text)
    return _NATIONAL_LIST_THEN_OURS.sub(
        lambda m: m.group() if _COUNTED.match(m["who"]) else _NATIONAL_CUE.sub("", m.group()), ours)


# a body named by its level alone, the outlet's own place's (市公交集团, 区人民医院 — not 市委…, 市政府…: the Party's and
# government's, whose acts may be any level's news)
_LEVEL_ONLY_BODY = re.compile(r"^[市区县](?![委政])[\u4e00-\u9fff]{2,}(?:集团|公司|医院|学校|中心|局|车队|厂)")


def _filed_at_home(dateline: PlaceMention, own: re.Match) -> bool:
    """Whether a dateline is the home of the outlet that says 我省/我市…: a place in a province for 我省 (a city-province
    has no 省), anywhere but the capital for any — a local paper files from 北京 when its people are at a national
    event."""
    unit = dateline.unit
    return unit.province_short != "北京" and (unit.level != "province" or not own.group().endswith("省"))


def primary_province(doc, lead_end: int) -> str:
    """The one province-level unit an analysed article is mainly about, or 全国, or ''.

    Places weigh 3 in the headline, 2 in the lead paragraph, 1 elsewhere. National
    items go to 全国: a national body or 全国 heads the story and no place does; a
    roundup (多地…) or several provinces with none holding half the weight and none
    in the headline or lead; a body mention or two in a story that names national
    cues. A story headed by a foreign place has no province.
    """
    mentions, text = doc.places, doc.text
    if _bulleted(doc):
        # (a body of bulleted items, each a place's own news, ▲12月1日，福建省总工会… / ▲近日，广西…: no item leads — made up,
        # twenty-fifth session, from a roundup of four provinces' briefs, which had been the first's)
        lead_end = doc.body_start
    head = text[:lead_end]
    # (…and the places aid goes to, as a trip's destinations are: 江苏省总工会…向西藏拉萨市总工会捐赠…对口援藏 is 江苏's — made
    # up, twenty-first session, from a brief)
    going = destinations(mentions, text)
    # (…and a conveyance's weigh nothing: 返岗直通车…载着农民工奔赴广东、浙江等地企业复工 is where it sets out from, which the
    # text may not name — made up, twenty-eighth session, from briefs: it had been 广东's)
    conveyed = {m for m in going if _CONVEYANCE.search(doc.sentence_at(m.start).text)}
    # (…and a national academy's, 在中国浦东干部学院举办…: where a national programme's class met, not what the story is
    # about — rmrb_20200117-06-02, a national feature whose lead names it; made up, twenty-ninth session)
    conveyed |= {m for m in mentions if text[max(0, m.start - 3):m.start] == "在中国"}
    mentions = [m for m in mentions if m not in conveyed]
    listed = _enumerated(mentions, text) | (going - conveyed) | {
        m for m in mentions if _AIDED.search(text, max(0, m.start - 2), m.start)}
    # (…and a place named again in the sentence where it was listed, or where aid or a trip went: 广东省总工会向广西壮族
    # 自治区总工会捐赠…，用于支持广西… is 广东's — made up, twenty-second session, from a brief)
    aided_in = {(doc.sentence_at(m.start).start, m.unit.province_short) for m in listed}
    listed |= {m for m in mentions if (doc.sentence_at(m.start).start, m.unit.province_short) in aided_in}
    # (…and the places listed after an aided one: 支持甘肃、青海两省工会…, tibetcn_20231219-00-01; made up, thirtieth session)
    for before, m in zip(mentions, mentions[1:]):
        if before in listed and text[before.end:m.start] in _PLACE_JOINERS[:4]:
            listed.add(m)
    # (…and a body and its sum alone after a grant to another, sharing its verb: 下拨河北省总工会300万元，北京市总工会200万元 —
    # made up, thirtieth session, from national briefs)
    granted_in = {doc.sentence_at(m.start).start for m in mentions if m in listed}
    listed |= {m for m in mentions if doc.sentence_at(m.start).start in granted_in
               and _SUM_ALONE.match(text, m.start) and text[m.start - 1:m.start] in "，、；"}
    weights: Counter[str] = Counter()
    listed_seen: set[str] = set()
    first_seen: dict[str, int] = {}
    previous = None
    for m in mentions:
        p = m.unit.province_short
        # (a chain names one place: 浙江省杭州市 weighs as one mention of 浙江, not two — made up, nineteenth session: a
        # national meeting's three speakers, 上海、广东 and 浙江省杭州市, had made it 浙江's)
        # (…and so does a list of one province's places, 在福州、厦门、泉州等地: one mention of 福建, not three — made up,
        # thirty-third session, from briefs: a partner province's cities had outweighed the story's own)
        chained = previous is not None and previous.unit.province_short == p and (
            previous.end == m.start or text[previous.end:m.start] in _PLACE_JOINERS[:4])
        previous = m
        if chained:
            continue
        if m in listed:
            # (a list's places, a trip's or aid's destinations, weigh once each however often named: 对口援疆 / 江苏省总工会
            # 向新疆伊犁州总工会捐赠…，支持新疆… is 江苏's — made up, twenty-second session, from a brief)
            weights[p] += 0 if p in listed_seen else 1
            listed_seen.add(p)
        else:
            weights[p] += 3 if m.start < doc.body_start else 2 if m.start < lead_end else 1
        first_seen.setdefault(p, m.start)
    # (each text less its local cues once, not once per cue)
    head_read = _without_local_cues(head)
    national_head = any(c in head_read for c in NATIONAL_CUES)
    if not weights:
        # a body written by a short form whose full name opens on its place, in the headline or lead (工聯會 → 香港工会联合会,
        # 工联总会 → 澳门工会联合总会): that place (made up, thirty-third session, from Hong Kong and Macao union news that
        # names no place: no province)
        named_for = [found[0].unit.province_short for o in doc.orgs if o.start < lead_end
                     and o.text != text[o.start:o.end] and (found := find_places(o.text)) and found[0].start == 0]
        if named_for and not doc.dateline_places:
            return named_for[0]
        # (…or a union by its level alone acting in the headline or lead, 省总工会拨付…: the outlet's own, whose province
        # the text never says, though the money is the centre's — 中央财政专项帮扶资金 is no national story)
        # (…unless the dateline says where it was filed: 本报杭州8月4日讯 …省总工会…: 浙江)
        # (…or any body by its level alone, the outlet's own city's: 市公交集团第一车队被全国总工会命名为… — made up, nineteenth
        # session: the national honour had made a city's bus team's story 全国)
        own_union = any(LEVEL_SHORT.match(o.text) or _LEVEL_ONLY_BODY.match(o.text) for o in doc.orgs
                        if o.start < lead_end) and not doc.dateline_places
        own = OWN_LOCALITY.search(head)
        if own and not FOREIGN.search(head) and doc.dateline_places and _filed_at_home(doc.dateline_places[-1], own):
            # (…unless the dateline says where the outlet is: 本报济南5月8日讯 …我省12名职工… — 山东; not 本报北京4月28日电
            # 我省12人获全国五一劳动奖章, filed where the national ceremony was — made up, twenty-eighth session, from
            # provincial papers' briefs)
            return doc.dateline_places[-1].unit.province_short
        if FOREIGN.search(head) or own or own_union:
            # (我省12人获全国五一劳动奖章 with no place named, or 我市建成职工书屋200家，其中全国…示范点10家 in the lead: the
            # outlet's own province, which the text never says)
            return ""
        # (a national honour a person holds is no national cue here either: 全国劳动模范李强走进市公交集团)
        text_read = _without_local_cues(text)
        if national_head or any(c in text_read for c in NATIONAL_CUES + NATIONAL_WORDS):
            return "全国"
        # a report that names no place is about where it was filed (本报杭州8月4日讯 …省总工会…: 浙江)
        return doc.dateline_places[-1].unit.province_short if doc.dateline_places else ""
    head_read = _without_local_cues(head, placed=True)
    national_head = any(c in head_read for c in NATIONAL_CUES)
    # (a tie goes to where the story was filed: 本报上海…电 …从四川达州开往…。上海市总工会… — made up, thirty-third session,
    # from briefs: the first named of equals had been an origin's)
    filed = doc.dateline_places[-1].unit.province_short if doc.dateline_places else ""
    best = max(weights, key=lambda p: (weights[p], p == filed, -first_seen[p]))
    if OWN_LOCALITY.search(text[:doc.body_start]) and not _AT_OWN_PLACE.search(text[:doc.body_start]) and all(
            _national_venue(text, m, mentions) for m in mentions if m.unit.province_short == best):
        # the outlet's own people at a national event held elsewhere (我市职工在全国大赛获佳绩 over …大赛在山东济南举行):
        # their locality, which the text never names, not the venue's (made up, twenty-first session, from briefs)
        # (…unless it names it, the one other province named outside a list: …决赛在江苏南京落幕。我省选派的国网湖南电力公司
        # 选手…，湖南湘江新区代表队… — made up, twenty-eighth session, from briefs: 湖南)
        others = {m.unit.province_short for m in mentions if m.unit.province_short != best and m not in listed}
        return others.pop() if len(others) == 1 else ""
    in_title = any(m.start < doc.body_start for m in mentions)
    employer_in_head = _named_in_a_body_in_head(doc, best, lead_end)
    in_head = employer_in_head or any(m.start < lead_end and m.unit.province_short == best and m not in listed
                                      for m in mentions)
    if national_head and not in_title and weights[best] < 3 and not OWN_LOCALITY.search(text[:doc.body_start]) \
            and not employer_in_head:
        return "全国"
    if ROUNDUP.search(text[:doc.body_start]) and not in_title:
        return "全国"
    if not in_title and doc.lead is not None and ROUNDUP.search(doc.lead.text) and len(_sections_told(doc)) >= 2:
        # (…or its lead, the places it tells of opening sentences of their own: 春节过后，各地陆续迎来返岗高峰。在四川，…。
        # 在河南，… — made up, thirty-first session, from roundups whose sections share a paragraph: the last place's)
        return "全国"
    if not in_head and len(weights) >= 3 and weights[best] < ROUNDUP_SHARE * sum(weights.values()):
        return "全国"
    if not in_head and sum(weights.values()) <= 2:
        text_read = _without_local_cues(text, placed=True)
        if any(c in text_read for c in NATIONAL_CUES):
            return "全国"
    return best


_CONVEYANCE = re.compile(patterns.CONVEYANCE)


def _sections_told(doc) -> set[str]:
    """The provinces a roundup's sentences open on, with 在 and a comma or a colon (在四川，…; 江西：…), outside its lead."""
    lead_end = doc.lead.end if doc.lead is not None else doc.body_start
    return {m.unit.province_short for m in doc.places if m.start >= lead_end and m.unit.province_short
            and doc.text[m.end:m.end + 1] in "，："
            and re.fullmatch(r"\s*在?", doc.text[doc.sentence_at(m.start).start:m.start])}


def _named_in_a_body_in_head(doc, province: str, lead_end: int) -> bool:
    """A body named in the headline or lead holds the province in its name (张伟是国网浙江电力公司的一名变电检修工: the
    story's subject works there), as a place named there would — made up, twenty-ninth session, from profiles whose
    worker's national contest and title had made them 全国; a company named deep in a national feature places nothing."""
    return any(m.unit.province_short == province and m.start < lead_end
               and any(o.start <= m.start < o.end for o in doc.orgs) for m in doc.name_places)
_BULLETED = re.compile(rf"\s*[{patterns.BULLETS}]")


def _bulleted(doc) -> bool:
    """Three or more body paragraphs, nearly all opening on a list's bullet (▲, ■, ●…): a roundup of items."""
    paragraphs = [p.text for p in doc.paragraphs if p.start >= doc.body_start and p.text.strip()]
    return len(paragraphs) >= 3 and sum(bool(_BULLETED.match(p)) for p in paragraphs) >= 0.75 * len(paragraphs)


TRIP_TO = re.compile(rf"{patterns.TRIP_VERBS}$")  # (a trip's destination after its verb: 赴浙江舟山)
# a body sending or leading people, in the clause before a destination (组织30名技术骨干|到上海…)
_SENDS_BEFORE = re.compile(r"(?:组织|带领|率领|选派)[^，。；]*$")
_DELEGATION_CAME = re.compile(r"(?:一行|慰问团|代表团|考察团|调研组|慰问组)(?:[^，。；]{0,4})(?:来到|走进|抵达|到达|到)$")
# …and where a body's officer goes, by the post (市总工会主席到宁波调研 — made up, thirty-third session, from briefs: 宁波 had
# completed the visitor's 市总工会): no place of the body's own level (Doc.places_by_level), though it may be its province's
# — and a story's place still (河南省总工会负责人到郑州东站送行: 河南's)
OFFICER_WENT = re.compile(r"(?:主席|书记|领导|负责人)(?:[^，。；]{0,4})(?:来到|走进|抵达|到达|到)$")
# a body and its sum alone, the verb said before them for another (…下拨河北省总工会300万元，北京市总工会200万元)
_SUM_ALONE = re.compile(r"[^，。；、\d向为给对在]{2,16}?(?:工会|公司|集团|政府|局|厅)"
                        r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?元[，。；、]")
# (where aid goes: 援藏, 驰援湖北, 向西藏…捐赠; …or a grant, 下拨河北省总工会300万元, 支持河北、北京等地… — made up, thirtieth
# session, from national briefs: the union a national grant went to had made the story its province's)
_AIDED = re.compile(rf"(?:{patterns.AID_VERBS}|下拨|拨付|拨给|支持)$")
_PLACE_JOINERS = ("、", "和", "及", "与", "，")


def destinations(mentions: list[PlaceMention], text: str) -> set[PlaceMention]:
    """Places a trip goes to (…农民工免费乘车前往广州、深圳等地; 组织劳模赴浙江舟山): weighed as a list's, once each —
    the story is where the trip sets out from and who sends it. A place right after another (浙江舟山) or after a
    list's joiner goes with the one before it."""
    out: set[PlaceMention] = set()
    previous: PlaceMention | None = None
    for m in mentions:
        joined = previous is not None and previous in out and (
            previous.end == m.start or text[previous.end:m.start] in _PLACE_JOINERS)
        # (…or 到 after the people a body sends, 组织30名技术骨干到上海浦东新区开展… — made up, thirty-second session, from
        # briefs: the destination had made the story its own)
        sent_to = GONE_TO.search(text, max(0, m.start - 2), m.start) \
            and _SENDS_BEFORE.search(text, max(0, m.start - 30), m.start)
        # (…or a delegation's coming there, 甘肃省总工会慰问团一行来到新疆乌鲁木齐 — made up, thirty-second session, from
        # briefs: the destination had made the story its own)
        sent_to = sent_to or _DELEGATION_CAME.search(text, max(0, m.start - 8), m.start)
        if joined or TRIP_TO.search(text[max(0, m.start - 2):m.start]) or sent_to:
            out.add(m)
        previous = m
    return out


def _enumerated(mentions: list[PlaceMention], text: str) -> set[PlaceMention]:
    """Places named in a list of three or more provinces (北京、天津、河北、辽宁): a roundup, not a story's place."""
    out: set[PlaceMention] = set()
    run: list[PlaceMention] = []
    for m in mentions + [None]:
        if m is not None and run and text[run[-1].end:m.start] in ("、", "和", "及", "与", "，"):
            run.append(m)
            continue
        if len({x.unit.province_short for x in run}) >= 3:
            out.update(run)
        run = [m] if m is not None else []
    return out


@lru_cache(maxsize=4096)
def province_in_name(name: str) -> str:
    """The province an organisation's name places it in (吉安市总工会 → 江西), or ''."""
    ms = find_places(name) if name else []
    return ms[0].unit.province_short if ms else ""
