"""Honours and who received them.

The shapes union news reports honours in:
- recipients + verb + honour: 母永奇、索朗群培…等6人荣获2022年度“西藏工匠”称号;
  the recipients may stand in the sentence's first clause (陈丁等50位残疾人在竞赛中
  脱颖而出，被授予“全国技术能手”称号; 曾祥博，在去年世技赛中…摘得金牌), or after
  the honour (取得金牌的陈鑫鹏说) → one row per recipient;
- a body grants: 授予X…称号, 为X等…颁奖 → one row per recipient;
- a list announced, with a member named: …发布的22家…示范点的名单中，超威日化公司
  工会名列其中 → one row for the member;
- a list published with counts: 公布127个国家级高技能人才培训基地和161个…名单 →
  one row per honour with the count;
- only counts: 培育产生5名全国五一劳动奖章获得者 → one row per honour with the count.
An honour is a name that ends in a known honour word (etl/rules/honours.txt) or
any quoted name followed by 称号 / 桂冠 (“天涯工匠”称号, “够级王”桂冠).

`recipient_count` is the number of recipients of that row alone (a named
recipient 1, a count-only row its count), so a column sum is meaningful;
`group_count` is the total the text gives for the honour (陈丁等50位 → 50).
`award_status` says whether the honour was given in the reported event
(current), is a running total (cumulative: 截至目前, 近年来, 累计), or was held
before (prior: 曾获, 先后获得).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from etl.analyse import lexicon
from etl.analyse.doc import BODY_JOINERS, SIGNED_ON, SURNAMES, Doc
from etl.analyse.orgs import ORG_SUFFIXES, is_generic, is_national
from etl.analyse.persons import described_opening_name, opening_name
from etl.analyse.places import find_places, province_full_name, province_in_name
from etl.analyse.spans import Span, clause_at
from etl.read.textnorm import cn_number
from etl.rules.patterns import (APPROX, CN_DIGITS, COME_FROM, COUNT, HAN, LEAD_WITH_CREDIT, RANKING_OF_N,
                                REPORTER_LEARNS, alternation, word_list, word_table)

HONOUR = rf"(?:{alternation(word_list('honours.txt'))})"
# ranks are honours too: 第一名, 前八名 (荣获拔河比赛前八名)
_RANK_PLACES = r"[一二三四五六七八九十\d]+(?:、[一二三四五六七八九十\d]+)*名"  # (分获第二、三名: two ranks)
RANK = rf"(?:第|前){_RANK_PLACES}"
# verbs after which a quoted name is an honour even without 称号 (被评为…“十佳城市美容师”)
HONOUR_VERB = re.compile(r"被评为|被评选为|被推选为|被表彰为|被认定为|被确定为|荣获|荣登|获评为|获评|被授予|被追授|荣膺|蝉联|被命名为|当选为|当选|入选|上榜")
# the acts that choose or commend those counted after them, one list for every order the counts take
_CHOOSING_WORDS = "表彰|表扬|嘉奖|评选出|评出|决出|选出|产生|命名|认定"
_CHOOSING = rf"(?:{_CHOOSING_WORDS})"
# a sentence with none of these names no honour (and is skipped): the honour words, every verb only honours take and
# the acts that choose (荣获“最美职工”, 共产生“最美职工”12名 had been skipped, no honour word in the name)
# a quoted name opening on a qualifier honours open with, more than the qualifier alone (“最美职工”, “十佳城市美容师”;
# not “优秀” the grade)
QUOTED_QUALIFIED = re.compile(rf"“(?:{alternation(word_list('honour_qualifiers.txt'))})[^”]{{2,}}”")
# (each alternative opens on a character, none on a group or a lookbehind — 第…名 and 前…名 apart, 十大 not after 二 asked
# after it: re skips ahead to the characters a pattern's alternatives open on only when all do, and so this test of
# every sentence reads the bench's 43,493 in 0.04 s, not 0.24 s)
HONOUR_ANY = re.compile("|".join([
    alternation(word_list("honours.txt")), HONOUR_VERB.pattern, QUOTED_QUALIFIED.pattern, _CHOOSING_WORDS,
    r"夺冠|夺魁|折桂|桂冠|称号|荣誉|殊荣|名单|金牌|银牌|铜牌|颁发|颁奖|授予|评为|评选为|十大(?<!二十大)|十佳|百佳|名列其中|位列其中|榜上有名|是其中",
    "第" + _RANK_PLACES, "前" + _RANK_PLACES]))
# the honour ends its noun phrase: 劳模创新工作室 and 技能大师工作室 are places, not honours
# those who hold an honour, after its name (全国五一劳动奖章获得者, 河南省五一劳动奖状获得单位)
_HOLDERS = r"(?:获得者|获奖者|获得单位|获奖单位|获得集体|获奖集体)"
HONOUR_END = rf"(?<!工作室)(?<!基地)(?<!学院)(?<!中心)(?<!书屋)(?<!驿站)(?=”?(?:{_HOLDERS}|称号|荣誉称号)?(?:[、，。；和及与等]|$))"
_UNIT = r"(?:名|位|家|个|人|支|组|项)"
# verbs that put a recipient in possession of an honour
# (获颁 and 获评为 before 获 and 获评: the rest of the verb is no part of the honour's name — 获颁全国五一劳动奖章 had
# read 颁全国五一劳动奖章, 获评为全国劳动模范 为全国劳动模范)
# (…荣立, a merit recorded: 荣立个人二等功, 荣立集体三等功 — made up, thirtieth session, from briefs: no row; …and 被记, 荣记,
# recorded for them, a merit only: 被记个人一等功, 荣记集体二等功, not 被记入档案 — made up, thirty-first session, from briefs)
# (…a major merit too, 被记大功一次 — made up, thirty-second session, from briefs)
RECEIVE = re.compile(r"(?:荣获|荣立|[被荣]记(?=(?:个人|集体)?(?:[一二三]等功|大功))|荣登|获得(?!者|感)|获评为|获评|获颁|被授予|被追授|被评为|被评选为|被推选为|被表彰为|被命名为|被认定为|被确定为|当选为|当选|入选|上榜|荣膺|蝉联|喜获|获授|摘得|赢得|斩获|勇夺|夺得|捧得|问鼎|取得|捧回|荣列|"
                     r"(?<!所)获(?!得|悉|批|准|取|益|奖励|赠|救))(?:了|过)?")  # (获得过: a record's, PRIOR)
GRANT = re.compile(r"(?<!被)(?:授予|追授)(?:了)?")  # (追授: after death, as 授予)
# what a passive's agent does in giving it (被全国总工会评为…, 被省委、省政府授予…)
PASSIVE_GIVES = re.compile(r"(?:授予|追授|评为|评选为|表彰为|命名为|认定为|确定为|记(?:个人|集体)?(?:[一二三]等功|大功))")
# a grant proposed, not made (拟授予张三…称号，现予以公示; 将授予…): no honour yet
PROPOSED = re.compile(r"(?:拟|将|即将|准备)$")
# …told in the clause of those counted, before them or after (拟授予张建国等10名同志“鹰城工匠”称号; 前三名将被授予“…”称号)
_PROPOSED_GRANT = re.compile(r"(?:拟|即将|准备|将被)(?:授予|追授|表彰|命名|评为)")
# the passive with its giver: 和贵华被国家民委授予…称号, 金海被中共内蒙古自治区委员会授予“优秀共产党员”称号
PASSIVE_BY = re.compile(r"被(?P<agent>[^，。；“”被]{2,16}?)(?:授予|追授|评为|表彰为|命名为|认定为|确定为)(?:了)?")
# …and a merit recorded by a body named (张伟被市委、市政府记二等功一次, 李强被公安部记个人一等功 — made up, thirty-third session,
# from briefs: no row), the merit after 记 (MERIT)
MERIT_BY = re.compile(r"被(?P<agent>[^，。；“”被]{2,16}?)记")
MERIT = re.compile(r"(?:个人|集体)?(?:[一二三]等功|大功)")
# the honour right after a verb: “西藏工匠”称号, 2022年度全国五一劳动奖章, 本届比赛的总冠军, “够级王”桂冠
AWARD_AFTER = re.compile(rf"(?P<award>(?P<year>\d{{4}}年度?)?[^，。；：]{{0,30}}?(?:{HONOUR}|金牌|银牌|铜牌|{RANK})”?|"
                         rf"(?P<year2>\d{{4}}年度?)?[^，。；：“]{{0,12}}“[^”]{{2,14}}”)(?P<tail>称号|荣誉称号|荣誉|桂冠)?")
# …where the honour word stands inside a quoted name, the name runs to its closing quote (“全国示范性劳模和工匠人才创新
# 工作室”, “大国工匠年度人物”: AWARD_AFTER stops at the first honour word, 劳模 or 工匠)
QUOTED_AFTER = re.compile(r"(?P<award>(?P<year>\d{4}年度?)?[^，。；：“]{0,12}“[^”]{2,30}”)(?P<year2>)"
                          r"(?P<tail>称号|荣誉称号|荣誉|桂冠)?")
# …or, after a verb that only honours take, a title opening on a qualifier honours open with, to its clause's end
# (被评为全市十大杰出青年, 获评2022年度十佳快递小哥): no honour word ends it
QUALIFIED_AFTER = re.compile(rf"(?P<award>(?P<year>\d{{4}}年度?)?[^，。；：“]{{0,8}}?"
                             rf"(?:{alternation(word_list('honour_qualifiers.txt'))})[{HAN}“”]{{2,12}}?)(?P<year2>)"
                             r"(?P<tail>称号|荣誉称号)?(?=[，。；、]|$)")
# (what a list's member does: 名列其中, 入选, 榜上有名 — the verbs only a member of a list named before takes: _AMONG_THEM)
# (…or 是其中之一: 桥隧工张明是其中之一, 钳工李刚就是其中一位 — made up, thirty-third session, from features: no row)
_AMONG_THEM = r"(?:名列其中|位列其中|榜上有名|(?:就|便|也)?是其中的?(?:之一|一位|一员|一人|一名|一个))"
# (…and 当选, chosen in a round named before: 在日前揭晓的…“最美职工”评选中，周敏、吴芳当选 — made up, twenty-fourth session)
_MEMBER_OF = rf"(?:{_AMONG_THEM}|入选|上榜|当选)"
# …and the members themselves, up to the clause's end: each may carry its unit and post (国网某供电公司输电运检班班长
# 黄志勇、某汽车集团总装车间焊工周丽华等10名职工榜上有名 is 43 characters; made up: at 30 no one had been read)
_MEMBERS = r"(?P<member>[^，。；]{2,80}?)"
# (…or the honour alone, 在省总工会日前命名的2025年度“省级模范职工之家”中 — made up, twenty-first session, from a brief:
# the honour had kept its 中)
# (…or the members from here counted with 有 alone: …获得者名单中，我市有3人 — made up, thirtieth session, from briefs: no row)
LIST_MEMBER = re.compile(r"(?P<verb>发布|公布|公示|命名|授予|揭晓)的(?P<items>[^。；]{4,200}?)的?(?:名单|榜单|评选(?:活动)?)?中，"
                         rf"(?:{_MEMBERS}{_MEMBER_OF}|(?:我|本)(?:省|市|区|县|州)(?:共)?有"
                         rf"(?P<had>{COUNT}(?:名|人|位|个|家)[{HAN}]{{0,4}})(?:[，。；]|$))")
# …or the round named with no body publishing it, then who was chosen (在今年的全国三八红旗手评选中，…李红梅光荣上榜; 在2024年
# “大国工匠年度人物”评选中，…李万君当选 — made up, thirty-third session, from features: no row)
# (…the round's name holding no 的: 在近日揭晓的…评选中 is LIST_MEMBER's)
ROUND_MEMBER = re.compile(r"在(?:今年|本届|本次|此次|这次)?的?(?P<items>[^，。；在的]{2,40}?)(?P<verb>评选|评比|推选)(?:活动)?中，"
                          rf"{_MEMBERS}{_MEMBER_OF}")
# what stands between an honour word and the 称号 that closes its name (标兵|岗|荣誉称号)
NAME_TO_TITLE = re.compile(r"(?P<rest>[^\W\d等和及与的_]{1,6}?)(?:荣誉)?称号")
# more honours after the first, to the 等…称号 that closes the list: 、“全国十大农民女状元”、全国劳动模范等多个称号
# (each item opens on a separator or a quote: were both optional, a long clause with no list in it could be cut
# into items in exponentially many ways, and re tried them all — 11 s for 40 characters)
# (…each perhaps with its year in brackets after it, the first's too: 全国劳动模范（2015年）、全国五一劳动奖章（2012年）等荣誉 —
# made up, thirty-first session, from profiles: the honours after the first had been lost)
HONOURS_LISTED = re.compile(r"(?P<first_year>（(?:19|20)\d{2}年度?）)?"
                            r"(?P<items>(?:(?:、|和|及)(?:“[^”]{2,20}”|[^、，。；“”和及等]{2,20})|“[^”]{2,20}”)+)"
                            r"(?:等(?:多个|多项|一系列)?)?(?:荣誉称号|称号|荣誉)")
# a listed honour's year in brackets after it, moved before it as a listed honour's year is read (全国五一劳动奖章（2012年）
# → 2012年全国五一劳动奖章)
_BRACKETED_YEAR = re.compile(r"^(?P<honour>.+?)（(?P<year>(?:19|20)\d{2}年度?)）$")
# a profile's list of the honours its person holds: its heading, and a line of it (2018年 吉林省五一劳动奖章; 2020年，获全国
# 技术能手称号)
HONOURS_HEADING = re.compile(r"(?:主要|个人|所获|获得)?(?:荣誉|奖项)(?:称号)?(?:情况)?[：:]")
HONOUR_HELD_LINE = re.compile(r"\s*(?P<year>(?:19|20)\d{2})年度?(?:\d{1,2}月)?[\s\u3000，,：:]*(?:荣获|获评|获得|被授予|被评为|获)?"
                              r"(?P<award>[^，。；：\s]{2,30}?)(?:称号|荣誉称号)?[。；]?\s*$")
# a he or she that stands for a person named before (她…，2015年被授予…; 省里还授予她“…”等称号)
PRONOUNS = ("他", "她")
OPENS_ON_PRONOUN = re.compile(r"^(?:[^，。；]{0,16}，)?[他她](?!们)")
# …or the clause's own subject, before its adverbs (他还入选…, 她也荣获…, 他先后获得…)
PRONOUN_SUBJECT = re.compile(r"(?:[他她]|该同志)(?:还|也|曾|曾经|又|先后|多次|更|均|同时|相继|已|已经|早已)*")
# a giver and a year before a quoted honour (全国总工会2018年“大国工匠年度人物”): the honour is the quoted name
GIVER_AND_YEAR = re.compile(r"^(?P<by>[^“”\d，]{2,16}?)(?P<year>\d{4})年度?(?P<honour>“[^”]{2,20}”)$")
# a subject that is only a count of those from here: 3人, 我市共有2家单位, 其中5名职工 (the year or round it is of
# before it: 2023年我市3名职工…, 此次共有5人…)
# (a place named in full may stand for 我市: 杭州市3名职工获全国五一劳动奖章)
# (…or a body's own: 该公司有3名职工入选…, 中铁十二局共有5人获评…, 公司2名职工入选…)
# …where they came from, before or after the count (来自江苏、广东等地的30名选手, 共有20名来自不同行业的员工 — made up, thirtieth
# session, from contests' results and a Hong Kong union's awards: the count had no row)
_FROM_WHERE = r"(?:来自[^，。；的]{1,24}的)?"
_COUNTED_FROM = (rf"^(?:(?:19|20)\d{{2}}年度?|今年|去年|此次|本次|这次|本届|此外)?(?:其中|另有)?(?:(?:我|本|全)(?:省|市|州|县|区)|全国|[{HAN}]{{1,8}}?(?:省|市|州|县|区|盟|旗)|"
                 # (…a union's own too: 市总工会2人获评…, 省总工会机关3名干部获评… — made up, twenty-second session)
                 rf"(?:该|本|我)?[{HAN}]{{0,12}}?(?:公司|集团|企业|单位|系统|行业|厂|局|院|校|工会|机关))?"
                 rf"(?:共有|共|有)?{_FROM_WHERE}")
COUNTED_SUBJECT = re.compile(rf"{_COUNTED_FROM}(?P<n>{COUNT})(?P<unit>{_UNIT}){_FROM_WHERE}[{HAN}]{{0,6}}$")
# …or those counted as commended in the clause before, the subject of a subjectless one after it
# (12名职工受到表彰，被授予…称号; 我市15名职工获得表彰，荣获…)
# (受到表彰, 获得表扬: being commended, as COMMENDED_AFTER reads it after counted titles too)
_COMMENDED = r"(?:受到|获得|获)(?:了)?(?:表彰|表扬|嘉奖|通报表扬)"
COMMENDED_CLAUSE = re.compile(rf"{_COUNTED_FROM}(?P<n>{COUNT})(?P<unit>{_UNIT})[{HAN}]{{0,6}}?{_COMMENDED}$")
# …and several kinds counted together (我省20个单位、50名个人和30个集体分别获得…): a count row per kind
_COUNTED_KIND = rf"{COUNT}{_UNIT}[{HAN}]{{0,6}}?"
COUNTED_SUBJECTS = re.compile(rf"{_COUNTED_FROM}(?P<items>{_COUNTED_KIND}(?:(?:、|和|及|以及){_COUNTED_KIND})+)$")
COUNTED_KIND_ITEM = re.compile(rf"(?P<n>{COUNT})(?P<unit>{_UNIT})(?P<kind>[{HAN}]{{0,6}}?)(?:、|和|及|以及|$)")
# an honours list published, then the count of those from here on it (…公布了2023年全国五一劳动奖名单，我省30个集体和60名
# 个人榜上有名): one count row per kind
# (…or its decision: 发布2025年全国五一劳动奖表彰决定，我市3名职工榜上有名 — made up, twenty-first session)
# (…or its holders' stories, as the national body publishes its 最美职工: 发布2025年“最美职工”先进事迹，我省…胡强、…邹丽…入选 —
# made up, twenty-seventh session, from briefs: the headline's count alone had been read)
LIST_PUBLISHED = re.compile(r"(?P<verb>发布|公布|公示|命名|授予)了?(?P<items>[^，。；]{4,60}?)(?:表彰)?(?:名单|榜单|决定|先进事迹)"
                            r"(?:[，,]|\s+)"
                            rf"{_MEMBERS}{_MEMBER_OF}")
# …or a batch of an honour's holders commended or named, then one of them (河南省总工会表彰了一批“中原工匠”，张三名列其中)
# (…or praised in a circular: 通报表扬2024年度全国“安康杯”竞赛优胜单位，我省12家单位榜上有名 — made up, twenty-sixth session,
# from briefs: no row)
BATCH_COMMENDED = re.compile(r"(?P<verb>(?:命名)?表彰|(?:通报)?表扬|命名|评选出|评出|选出|授予)了?(?:新一批|首批|一批|第[一二三四五六七八九十]+批)?"
                             rf"(?P<items>[^，。；]{{2,40}}?)[，,](?:其中[，,]?)?{_MEMBERS}{_AMONG_THEM}")
# …or the list named first, its publishing after it (2023年“齐鲁工匠”人选名单公示，我市张三、李四入选)
LIST_THEN_PUBLISHED = re.compile(r"(?:^|[，。；\s])(?P<items>[^，。；\s]{4,60}?)(?:获得者|获奖者)?(?:表彰)?(?:名单|榜单)(?:正式)?"
                                 r"(?P<verb>公示|公布|发布|揭晓|出炉)(?:[，,]|\s+)"  # (a headline's space as its comma)
                                 rf"{_MEMBERS}{_MEMBER_OF}")
# …or an honour's results announced, then who was chosen, named or counted, with no list and no honour after the verb
# (驻马店市“五一新闻奖”揭晓 23件作品获表彰, zmdrb_20140704's headline; 2022年度“最美职工”揭晓，张三、李四等10人当选)
# (…how they were chosen told between: …揭晓，经过推荐、评审和公示，张三、李四等20人当选 — made up, twenty-third session,
# from a brief: no row)
_HOW_CHOSEN = r"(?:(?:经过|通过|经|按照|根据)[^，。；]{2,30}[，,])?"
# what those chosen do (当选, 入选, 榜上有名…; 荣登榜单, the list named before — 发布11月“中国好人榜”，…周梅荣登榜单: made
# up, twenty-eighth session, from briefs: no row)
_CHOSEN = r"(?:获奖|获表彰|受到表彰|当选|入选|上榜|榜上有名|名列其中|(?:荣登|登上)榜单)"
RESULTS_THEN_CHOSEN = re.compile(r"(?:^|[，。；])(?P<items>[^，。；]{2,60}?)(?:评选(?:活动|结果)?)?(?:近日|日前|正式|结果)?"
                                 r"(?P<verb>揭晓|出炉)[，,\s]+" + _HOW_CHOSEN +
                                 # (no space in the members: a headline's ends them)
                                 r"(?P<member>[^，。；\s]{2,80}?)" + _CHOSEN +
                                 r"(?=[，。；！]|$)")
# …or the results reported by a verb before them (公布了…评选结果，我省15家单位榜上有名; 会议通报了…评选情况，…入选 — made
# up, twentieth session, from briefs: no one had been read)
# (…or the honour itself published, quoted, those chosen after its comma: 省总工会在济南发布2025年“齐鲁最美职工”，赵立军、孙丽等
# 10名职工当选; 市总工会公布2024年度“金牌职工”，张伟、李强等20人榜上有名 — made up, twenty-fifth session, from briefs: only
# the headline's count had been read)
# (…揭晓 before them too: 联合揭晓第八届“十大杰出青年职工”评选结果，…陈晨、…刘洋等10人当选 — made up, twenty-eighth session,
# from briefs: the count alone had been read)
RESULTS_REPORTED = re.compile(r"(?P<verb>公布|通报|发布|宣布|揭晓)了?"
                              r"(?:(?P<items>[^，。；]{2,60}?)评选(?:活动)?(?:结果|情况)"
                              r"|(?P<quoted>[^，。；“]{0,30}“[^，。；“”]{2,20}”))"
                              r"[，,\s]+" + _HOW_CHOSEN +
                              r"(?P<member>[^，。；\s]{2,80}?)" + _CHOSEN +
                              r"(?=[，。；！]|$)")
_RESULTS = (RESULTS_THEN_CHOSEN, RESULTS_REPORTED)
# …or in two sentences: the results told (…评选结果揭晓。), then who was chosen opening the next (李建国、王秀芝等10人当选。)
# (…or the verb with what it published, the honour's record: 中华全国总工会发布2025年“最美职工”先进事迹。我市…榜上有名 — made up,
# twenty-fourth session, from briefs: no one had been read)
RESULTS_TOLD = re.compile(r"(?:揭晓|出炉|公布|发布)了?(?:[^，。；]{0,30}?(?:名单|榜单|结果|先进事迹|事迹))?[。！]?$")
CHOSEN_OPENING = re.compile(r"(?:其中，?)?(?P<member>[^，。；\s]{2,80}?)(?:当选|入选|获奖|上榜|榜上有名|名列其中)(?=[，。；！]|$)")
# …or listed after those chosen are named by what they did (…评选结果日前揭晓。获评的10名职工依次为：张伟、李娜… — made up,
# twenty-first session, from a brief: no one had been read)
CHOSEN_LISTED = re.compile(r"(?:其中，?)?(?:获评|当选|入选|获奖)(?:的|者)[^，。；：]{0,10}?(?:分别|依次)?(?:是|为|有)[：:]?"
                           r"(?P<member>[^，。；：]{2,300})")
# …or one of a count the sentence before gave, named as a member of it (我市第一人民医院位列其中)
AMONG_THEM_OPENING = re.compile(rf"(?:其中，?)?(?P<member>[^，。；\s]{{2,80}}?){_AMONG_THEM}(?=[，。；！]|$)")
# a list member given as a count of those from here: 本市5人, 我省12家企业 (or of works: 23件作品, 报社3件作品) — not an
# ordinal's number (市第一人民医院急诊科: made up, twenty-seventh session, from a brief — a count of one had been read)
MEMBER_COUNT = re.compile(rf"[^\d，第]{{0,6}}?(?P<n>{COUNT})(?P<unit>{_UNIT}|件|篇|部)[{HAN}]{{0,6}}")
# 公布127个国家级高技能人才培训基地和161个国家级技能大师工作室项目单位名单
LIST_COUNTS = re.compile(rf"(?:发布|公布|公示|命名|认定|确定)了?(?P<items>(?:{COUNT}{_UNIT}[^，。；]{{2,30}}?[和、及与]?)+)"
                         r"(?:项目单位|单位)?(?:名单|榜单|名录)")
LIST_ITEM = re.compile(rf"(?P<n>{COUNT}){_UNIT}(?P<award>[^，。；和、及与]{{2,30}}?)(?=项目单位|单位|[和、及与]|$)")
# (…or its holders, counted, then what is done to them: 对12名全国五一劳动奖章获得者进行了表彰)
# (…or what is handed to them after: 为新当选的50名市劳动模范颁发证书和奖章 — made up, twenty-second session, from briefs: the
# honour had run on to 市劳动模范颁发证书)
COUNTED = re.compile(rf"(?<![\d.第]){COUNT.replace('(?:', '(?P<n>', 1)}{_UNIT}(?P<award>[^、，。；：的获得]{{0,16}}?{HONOUR}"
                     rf"(?:(?!颁)[{HAN}]){{0,4}}?)(?:{HONOUR_END}(?:”?{_HOLDERS})?|”?获得者(?=进行|给予|予以|受到)|(?=颁发|颁授|颁奖))")
# an organisation followed by one of these gives the honour
# (…or decides or issues a paper to, the grant a clause later: 人力资源社会保障部、中华全国总工会近日决定，授予…; 全国总工会、
# 国家卫生健康委联合发文，授予… — made up, twenty-first session, from briefs: the 国务院 that approved it had been the giver)
GRANTS = re.compile(r"(?:(?:日前|近日|近期)?(?:联合)?(?:研究)?(?:决定|发文|印发决定|作出决定|下发决定)[，,](?:授予|追授|表彰|命名))|"
                    # (…追授 as 授予: 应急管理部追授赵刚…, 省总工会追授张三… — made up, thirty-third session, from briefs: no giver)
                    r"(?:日前|近日|近期|共同|联合|正式|隆重|决定|再次)?(?:表彰|授予|追授|命名|评选|评出|颁发|颁奖|公布|发布|确定|认定|"
                    r"揭晓|授牌|举办|举行|召开|主办|\d{4}年度?“)|"  # (…全国总工会2018年“大国工匠年度人物”: its honour)
                    # (…or 将 those it names before the verb: 市总工会将…命名为 — made up, thirty-first session)
                    r"将(?=[^，。；]{2,80}?(?:命名为|评为|评选为|认定为|确定为))")
AWARDING_CUES = ("表彰", "授予", "评选", "荣获", "获得", "产生", "命名", "评为", "涌现", "培育", "获评", "入选", "颁发", "颁奖", "获")
GROUP = re.compile(rf"等(?P<n>{COUNT}){_UNIT}[^，。；：获荣被]{{0,10}}?$")
# …or those named as some of a ranking's N (为张伟、李娜、王强等十大“金牌工人”颁发奖杯: made up, twenty-eighth session, from
# briefs — the last named had been lost, read as 王强等十大)
TOP_N_GROUP = re.compile(rf"{RANKING_OF_N}$")
# what a speaker does after their name (张明说，…; 李红告诉记者): the clause reports words, not the honour
SAYING = "说|表示|介绍|告诉(?:记者)?|认为|坦言|回忆"
NOT_RECIPIENT = re.compile(r"^(?:.|\d{4}年|[他她它]们?|(?:其|该|此|这|他|她)[^，]{0,6}|本(?:市|省|县|区|镇|单位|公司|厂)[^，]{0,4}|"
                           r"(?:我|全)(?:省|市|州|县|区|国)[^，]{0,4}|另外|此外|其中|先后|曾经|曾|也|还|均|都|分别|多次|有不少.*|"
                           # (…nor a count untold: 我市多人获评…, 数名职工, 一批先进 — made up, twenty-seventh session,
                           # from a headline: 多人 had been a person)
                           r"(?:多|数|几|若干)(?:人|名|位|个|家)[^，]{0,6}|(?:一批|一些|众多)[^，]{0,6}|"
                           r"[^，]*(?:获奖|选手|(?<![司团厂局院所矿馆行站区县市校会委镇乡村办厅部处心业园统场港社])代表队|队员|职工|单位|集体|个人|同志|人员|获得者)|"
                           rf"[{HAN}]{{2,4}}(?:{SAYING}))$")  # (a speaker: 张明说，被评为…)
# …but the outlet's own place's team is one (我省代表队获团体二等奖, 本市代表队获得团体第三名 — made up, twenty-fourth
# session, from briefs: no one had been read)
_OWN_TEAM = re.compile(r"(?:我|本)(?:省|市|州|县|区)(?:职工)?代表队")


def _not_recipient(words: str) -> bool:
    # (a unit its owner's 他 describes, 他带领的班组, is one, short as it is: the 他 is read as the person it stands for —
    # made up, twenty-fifth session, from a profile: 今年，他带领的班组还被评为“全国工人先锋号” had given no row, the
    # longer 他带领的创新工作室 one)
    owned = PRONOUN_OWNER.match(words)
    if owned and COLLECTIVE.search(words, owned.end()):
        return False
    # (…nor one ending on the act done for them: 为获得全国技术能手称号的王明颁奖 — made up, thirty-first session, from
    # briefs: 王明颁奖 had been the recipient; the ceremony's rule reads 王明)
    return not _OWN_TEAM.fullmatch(words) and not _placed_team(words) and NOT_RECIPIENT.match(words) is not None \
        or AN_ACT.search(words) is not None


# a team named by its place (长沙代表队, 江苏省代表队, 湖南湘江新区代表队 — made up, twenty-eighth session, from briefs of
# national contests: no team had been read)
_PLACE_TEAM = re.compile(r"(?P<place>[^，。；、]{2,12}?)(?:职工)?代表队")


def _placed_team(words: str) -> bool:
    team = _PLACE_TEAM.fullmatch(words)
    return team is not None and _places_only(team["place"])


# (and the places people work that honours go to: a school, a library, a bank branch, a mine, a co-operative, a group)
# (…a works' area: 炼钢厂电炉作业区, 采油一厂第三作业区 — made up, twenty-sixth session, from commendations: 作业区 had read as a
# place, and the count's named collective had no row)
# (…and the front line of a service, where 青年文明号 and 巾帼文明岗 go: 市人民医院儿科门诊, 心内科病区, 不动产登记窗口,
# 人民路营业厅, 城东网点, 新乡服务区 — made up, twenty-seventh session, from briefs: none had been read as a recipient)
_COLLECTIVE_END = (r"(?:班|组|队|站|室|工区|作业区|车间|公司|工会|中心|集体|单位|工段|项目部|分公司|厂|局|院|所|"
                   r"学校|中学|小学|大学|幼儿园|馆|银行|支行|分行|矿|报社|合作社|集团|酒店|"
                   r"门诊|病区|窗口|营业厅|网点|门店|服务区|"
                   # (…and a locality's community or subdistrict, 三八红旗集体 and 模范职工之家 go to: 红星社区, 三里屯街道 —
                   # made up, thirty-third session, from briefs: no row)
                   r"社区|街道|居委会|村委会)")
COLLECTIVE = re.compile(_COLLECTIVE_END + "$")
# adverbs, and a preposition left by a time cut away (姚杏秀在|1959年获得…), between a recipient and the verb
# (and the words that date it shortly before the issue: 变电运维班日前荣获…)
# (…光荣, 荣幸 and 顺利 too: 张伟光荣当选… — made up, thirtieth session, from briefs: the recipient had been 张伟光荣)
# (…刚刚 too: 王磊今年刚刚获得… — made up, thirty-third session, from features: no row; not 刚 alone, which ends names)
TRAILING_ADVERB = re.compile(r"(?:曾经|先后|曾|也|还|均|都|就|分别|多次|同时|一举|成功|光荣地?|荣幸地?|顺利|并|再次|首次|一起|共同|已|又|被|在|于|此前|刚刚|"
                             r"之前|以前|早年|"
                             rf"{APPROX})+$")
# (…nor a team's number, right after its unit's name: 清扫一组, 运输二队)
TEAM_NUMBER = re.compile(rf"{COUNT}[组队]")
# (an ordinal is no count: 市第一人民医院)
TRAILING_COUNT = re.compile(rf"(?<!第){COUNT.replace('(?:', '(?P<n>', 1)}{_UNIT}[{HAN}]{{0,4}}$")
# adverbial phrases between a recipient and the verb: 在竞赛中脱颖而出, 凭借…, 通过…, 一路…, 以总分第一的成绩
ADVERBIAL_TAIL = re.compile(r"(?:在[^，。；在]{0,30}?[中上里]|凭借[^，。；]*|通过[^，。；]*|一路[^，。；]*|经过[^，。；]*|"
                            r"以[^，。；]{0,20}?(?:成绩|分数|表现|优势)|"
                            r"和团队一起|与[^，。；]{1,10}一起|代表[^，。；、队团][^，。；、]{1,19}?|脱颖而出|"
                            r"第?[一二两三四五六七八九十\d]+次|连续[一二两三四五六七八九十\d]+年|因此|由此|从而|最终|终于|又|今年|去年|"
                            r"\d{4}年)$")
# a clause that is only an adverbial: 一路过关斩将, 在竞赛中脱颖而出
ADVERBIAL_ONLY = re.compile(r"^(?:一路|经过|通过|凭借|在|最终|终于)")
# …or only what the subject is or did, told with no subject of its own (如今已是美的集团的一名高级技师, 2010年到广东佛山务工:
# the subject is in the clause before — made up, thirty-second session, from profiles: 如今已是美的集团 had been honoured)
PREDICATE_ONLY = re.compile(r"^(?:如今|现在|目前|今年|去年|\d{4}年|早已|已经|已|也|还|又|并|先后)*"
                            r"(?:是|成为|担任|到|来到|进入|加入|从事|扎根|投身|从)")
# an honour received, named before (…表彰大会召开，我市张三、李四等5人获此殊荣): 获此殊荣, 获得这一荣誉
# a grant's verb and those it counts, before the honour named (…授予200个单位|全国五一劳动奖状)
_GRANTED_THEN_COUNT = re.compile(rf".*(?:授予|颁发给|颁发|命名|评为|表彰)了?(?:{COUNT}(?:个|家|名|位|支)"
                                 r"(?:先进)?(?:单位|集体|个人|职工|同志|班组|企业|工会)?)?")
THIS_HONOUR = re.compile(r"获此(?:殊荣|荣誉|称号)|(?:获得|荣获|摘得)了?(?:这一|该|此项|这项)(?:殊荣|荣誉|称号)")
# …and more holders of the honour the sentence before gave, a sentence of their own (同时入选的还有西安高新区的李强和宝鸡的王娟)
THOSE_ALSO = re.compile(r"(?:同时|此外|另外)?[，]?(?:获评|入选|当选|上榜|获奖|获此殊荣)的(?:还有|也有)[：:]?(?P<items>[^。；]{2,200})")
# …and those who hold it, named after it (获此殊荣的是中车株洲所的高级技师李明和三一重工的焊工王刚; 获得这一荣誉的有… — made up,
# twenty-sixth session, from briefs: the headline's count alone had been read)
_HOLDERS_AFTER = re.compile(r"的(?:分别|依次)?(?:是|有|为)[：:]?(?P<items>[^。；]{2,200})")
_HOLDERS_BELOW = re.compile(r"的(?:分别|依次)?(?:是|有|为)[：:]\s*$")
# …the honour it stands for: a name ending in an honour word, quoted or not (全国劳动模范, “齐鲁工匠”)
# (an honour word of one character, 王 or 奖, ends no name here: 我市高级技师王|强获此殊荣)
HONOUR_NAMED = re.compile(rf"(?P<award>(?:“[^“”]{{2,20}}”|[^，。；：、\s“”]{{2,16}}?"
                          rf"(?:{alternation([w for w in word_list('honours.txt') if len(w) >= 2])})))(?:称号|荣誉称号)?")
WINNER = re.compile(r"(?P<who>[^，。；]{2,60}?)(?:凭借[^，。；]*?)?(?:一路[^，。；]*?)?(?:并)?(?:成功)?"
                    r"(?:夺冠|夺魁|折桂|夺得冠军|获得冠军|(?:摘得|摘取|夺得|摘下)(?:了)?(?P<part>[^，。；的]{0,6}?)桂冠)")
# (…the part of the contest it was won in before 桂冠: 摘得团体赛桂冠 — made up, twenty-eighth session, from briefs: no row)
_TOOK_FIRST_PLACE = re.compile("[冠魁桂]")  # a character each of WINNER's verbs holds
# an honour taken by those named after it (一等奖由张建国获得, 电工项目冠军由市公交集团代表队摘得): the honour opens its
# clause, the recipients stand between 由 and the verb
TAKEN_BY = re.compile(rf"(?:^|[，。；：])(?P<award>[^，。；：由]{{2,30}}?(?:{HONOUR}|金牌|银牌|铜牌|{RANK}))由"
                      r"(?P<who>[^，。；：由]{2,40}?)(?:获得|摘得|夺得|斩获|取得|捧得|收入囊中)")
# (the last role before the name: 隧道工程师王鹏 is 王鹏, not 程师王鹏 after 工)
# a name transliterated (Uyghur, Kazakh…), its parts joined by ·: 买买提·艾力, 阿不都热合曼·吐尔逊
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}·[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?$")
_ROLE_UP_TO = r"^.*(?:者|传承人|负责人|带头人|家|员|师|手|长|匠|主任|书记|主席|司机|专家|经理|工人|职工|农民工|工|士)"
# …opening a profile's paragraph, before what ends a name there
DOTTED_OPENING = re.compile(r"([\u4e00-\u9fff]{2,12}·[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?)(?=[\s：:，（(】]|$)")
ROLE_THEN_NAME = re.compile(_ROLE_UP_TO + r"([\u4e00-\u9fff]{2,4})$")
ROLE_UP_TO = re.compile(_ROLE_UP_TO)  # (the job print puts before a name, up to where it ends)
# (…the speaker's manner between: 获得钢筋工项目第一名的张建华激动地说 — made up, twenty-fifth session, from a feature: no row)
AFTER_NAME = re.compile(rf"的([{HAN}]{{2,4}}?)(?:[{HAN}]{{2}}地(?:{SAYING})|{SAYING}|，|。|是|也|就)")
# …with the job title or workplace print puts before the name (荣获…的高级技师王刚表示, 的市公交集团驾驶员李强说): the name
# after the title, read as ROLE_THEN_NAME reads it before a verb
AFTER_TITLED_NAME = re.compile(rf"的([{HAN}]{{4,16}}?)(?={SAYING}|，)")
# …or a unit named after the honour it received, the subject of what follows (被评为“全国五一巾帼标兵岗”的济南公交客服中心，…)
AFTER_UNIT = re.compile(rf"的([{HAN}]{{2,24}}?{_COLLECTIVE_END})(?:[，。；]|是|也|就|一直|始终|多年来|近年来|还)")
CUMULATIVE = re.compile(r"截至目前|截至|近年来|多年来|累计|历年|先后培育|共培育|培育产生|涌现出|以来")
# what may stand before a running total's word in a clause of its own: a time alone (截至2019年，…; 今年以来，…)
_TIME_ONLY = re.compile(r"[\d年月日今去前本近多两三四五六七八九十余底初末季度上下半]*")


def _running_total_before(s: str, at: int) -> bool:
    """A running total's word (截至, 以来, 累计…) in the clause of position `at`, or opening a clause of its own right
    before it (截至2019年，共表彰…; 今年以来，…) — not one further back, before other acts (近年来，全省各级工会……为表彰先进，
    省总工会决定，授予…), nor one inside what another act tells of (会议通报了今年以来全市工会经费审查工作
    情况，表彰了…先进集体15个 — made up, twenty-fifth session, from a union site's item: the commendation had been read as
    a running total and given no row)."""
    own = _clause_start(s, at)
    before = _clause_start(s, own - 1) if own > 0 else own  # (the clause right before it: 截至2019年，|共表彰…)
    for c in CUMULATIVE.finditer(s, 0, at):
        opened = _clause_start(s, c.start())
        if opened == own or opened == before and _TIME_ONLY.fullmatch(s, opened, c.start()):
            return True
    # (…or a count opening its clause goes on with the total of the clause before: 近年来，全省共有15人获得全国五一劳动奖章，
    # 8个集体获得全国五一劳动奖状 — made up, twenty-sixth session, from a commendation's report: the second had been current)
    return 0 < own and _COUNT_GOES_ON.match(s, own) is not None and _running_total_before(s, own - 1)


_COUNT_GOES_ON = re.compile(rf"(?:另有|还有|有)?{COUNT}{_UNIT}")


PRIOR = re.compile(rf"曾(?:经)?(?:荣)?获|曾被|先后(?:荣)?获|先后被|(?:曾(?:经)?|先后)(?:荣膺|入选|当选)|(?:多|{COUNT})次(?:荣)?获|"
                   r"获得过|荣获过|获过|曾是|所获荣誉|(?:早年|此前|以前)(?:荣)?获|(?:早年|此前|以前)被")
# …or a clause of its own before the honour's that says it came before (此前，他已获得江苏省技术能手称号 — made up,
# twenty-ninth session, from profiles: no row)
PAST_CLAUSE = re.compile(r"(?:^|[，,；;])(?:此前|之前|以前|早年|过去)[，,]$")
ORDINAL_TIMES = re.compile(rf"第{COUNT}次")
HOLDERS_END = re.compile(rf"{_HOLDERS}$")
# …or counted by times after it, in the verb's clause (荣获个人嘉奖8次, 获得一等奖3次)
TIMES_AFTER = re.compile(rf"[^，。；]{{2,24}}?(?<!第)(?P<n>{COUNT})次(?:[，。；]|$)")
# a title that names an honour by its wording (优秀环卫工作者, 先进作业集体, 十佳…), for lists that give
# no verb of receiving: the honour words (honours.txt) or the qualifiers honours open with
HONOUR_TITLE = re.compile(rf"(?:{HONOUR}|{RANK})”?$|^(?:[^，。；]{{0,8}})?(?:{alternation(word_list('honour_qualifiers.txt'))})")
# a character of a title in a list, a quotation whole: the list's separators inside quotation marks are the title's
# (20个“劳模和工匠人才创新工作室”: one title, not 劳模 and a second)
_TITLE_CHAR = r"(?:“[^“”]{1,30}”|[^，。；、和及与\d“”])"
# a list of counted titles: 20名优秀环卫工作者、90名优秀城市美容师、20家…集体和10家…集体
# (…its year between the count and the title: 评选出10名2023年度“最美职工” — made up, thirtieth session, from briefs: no row)
_ITEM_YEAR = r"(?:(?:19|20)\d{2}年度?)?"
_COUNTED_ITEM = rf"{COUNT}{_UNIT}{_ITEM_YEAR}{_TITLE_CHAR}{{1,24}}?"
COUNTED_TITLES = rf"(?P<items>{_COUNTED_ITEM}(?:(?:、|和|及|以及){_COUNTED_ITEM})*)"
COMMENDED_AFTER = re.compile(COUNTED_TITLES + r"(?:分别)?" + _COMMENDED)
# (…a batch of them: 命名首批10家区级职工创新工作室, 表彰了第三批50名“最美职工” — made up, twenty-first session, from briefs)
_BATCH = r"(?:首批|新一批|一批|第[一二三四五六七八九十\d]+批)"
COMMENDED_BEFORE = re.compile(rf"{_CHOOSING}(?:了)?{_BATCH}?" + COUNTED_TITLES + r"(?=[，。；]|$)")
# a body's naming or certifying (命名, 认定) of places it counts is their designation whatever its wording (命名10家区级职工
# 创新工作室, 认定20个市级技能大师工作室 — made up, twenty-first session; the gold takes designations as honours)
_DESIGNATING = re.compile(r"^(?:命名|认定)")
# …or as its object, before the act (大会对20个先进集体和50名先进个人进行了表彰)
# (…those the contest chose, so named: 对评选出的20名“江门工匠”进行了表彰)
# (…or any description of them: 对在疫情防控中表现突出的100个先进集体和200名先进个人进行了表彰 — made up, thirty-first
# session, from briefs: the first count alone)
# (…通报表扬 too: …进行了通报表扬 — made up, thirty-second session, from briefs: no row)
COMMENDED_OBJECT = re.compile(r"对(?:[^，。；\d对]{2,24}?的)?" + COUNTED_TITLES
                              + r"(?:进行|给予|予以)了?(?:通报)?(?:表彰|表扬|嘉奖|奖励)")
# …with those named before each count (对张强、李明等10名“最美退役军人职工”进行表彰; 对市公交集团等20个先进集体和张强等50名
# 先进个人进行了表彰 — made up, twenty-eighth session, from briefs: no one had been read, or 对市公交集团)
_NAMED_COUNTED_ITEM = rf"[^，。；“”对]{{2,60}}?等{COUNT}{_UNIT}{_TITLE_CHAR}{{1,24}}?"
COMMENDED_NAMED_OBJECT = re.compile(rf"对(?P<items>{_NAMED_COUNTED_ITEM}(?:(?:、|和|及|以及){_NAMED_COUNTED_ITEM})*)"
                                    r"(?:进行|给予|予以)了?(?:通报)?(?:表彰|表扬|嘉奖|奖励)")
NAMED_COUNTED_ITEM = re.compile(rf"(?:^|、|和|及|以及)(?P<who>[^，。；“”对]{{2,60}}?)等(?P<n>{COUNT})(?P<unit>{_UNIT})"
                                rf"(?P<award>{_TITLE_CHAR}{{1,24}})")  # (its characters stop at a list's joiner)
# …or each title before its count (全市共表彰先进集体50个、先进个人100名; 大赛共评选出一等奖3名、二等奖6名)
_TITLED_COUNT = rf"{_TITLE_CHAR}{{1,24}}?{COUNT}{_UNIT}"
# (the round's year may open the list: 表彰了2023年度工会工作先进单位20个、优秀工会工作者30名; a body names its bases so:
# 命名市级劳模创新工作室15家)
# (…the items parted by commas too: 共评出一等奖5名，二等奖10名，三等奖15名; 表彰了先进集体20个，先进个人50名 — made up,
# thirty-third session, from briefs: the first count alone)
COMMENDED_TITLES_FIRST = re.compile(rf"{_CHOOSING}(?:了)?"
                                    rf"(?P<year>\d{{4}}年度?)?(?P<items>{_TITLED_COUNT}"
                                    rf"(?:(?:、|和|及|以及|，){_TITLED_COUNT})*)")
# …or a total's parts, each title before its count, after what the sentence said was given (45个先进集体和个人受到表彰，
# 其中全国五一劳动奖状10个、全国五一劳动奖章30个)
BREAKDOWN = re.compile(rf"(?:^|[，；])其中[，,：:]?(?P<year>)(?P<items>{_TITLED_COUNT}(?:(?:、|和|及|以及){_TITLED_COUNT})*)"
                       r"(?=[，。；]|$)")
# …or presented to those counted, with the medal or certificate that shows it (向30名优秀员工颁发“杰出员工奖”; 为10名职工
# 颁发了“最美职工”奖牌和证书)
# (…where they come from told between: 向30名来自酒店、博彩等行业的员工颁发… — made up, thirty-second session, from a Macao
# union's news: 30名来自酒店 had been a unit honoured)
PRESENTED_COUNTED = re.compile(rf"(?:向|为|给)(?P<n>{COUNT})(?P<unit>{_UNIT}){_FROM_WHERE}(?P<kind>[^，。；“”]{{0,10}}?)"
                               r"颁发(?:了)?"
                               rf"(?P<award>“[^”]{{2,20}}”|[^，。；“”]{{2,20}}?(?:奖章|奖状|称号|奖))"
                               r"(?:(?:荣誉)?(?:奖牌|证书|奖杯|牌匾)(?:和|及)?)*")
# …or the honour first, then how many of a kind had it (获得全国五一劳动奖状的单位有10个, 荣获…称号的职工共30名)
HAD_IT_COUNTED = re.compile(rf"(?:荣获|获得|获评|被评为|被授予|荣膺|获)(?P<award>[^，。；：的]{{2,30}}?)(?:荣誉称号|称号)?的"
                            rf"(?P<kind>[{HAN}]{{1,4}}?)(?:共|总计|合计)?(?:有|达|为)?(?P<n>{COUNT})(?P<unit>{_UNIT})"
                            r"(?=[，。；]|$)")
# a count's noun joined to another kind with no count of its own (45个先进集体和个人): a total of several kinds
MIXED_KINDS = re.compile(r"和(?:先进)?(?:个人|集体)")
TITLE_COUNT_ITEM = re.compile(rf"(?P<award>{_TITLE_CHAR}{{1,24}}?)(?P<n>{COUNT})(?P<unit>{_UNIT})")
COUNTED_TITLE_ITEM = re.compile(rf"(?P<n>{COUNT}){_UNIT}(?P<award>{_ITEM_YEAR}{_TITLE_CHAR}{{1,24}})")
# 授予X“A”称号: the recipients stand between the verb and the quoted honour, which only a year and a
# place may open (授予邓道琳安徽省“金牌职工”称号); all else before the quote is the recipients' description
# (授予中车株洲电力机车有限公司高级技师张明“株洲工匠”称号)
GRANTED_QUOTED = re.compile(r"(?P<who>[^，。；“]{1,60}?)(?P<year>\d{4}年度?)?(?P<quoted>“[^”]{2,20}”)"
                            r"(?P<more>(?:[、和]?“[^”]{2,20}”)*)(?P<framed>等?(?:称号|荣誉称号|荣誉))?")
# …and the grant's further pairs, the verb said once (授予20个集体“省五一劳动奖状”、50名个人“省五一劳动奖章”; 授予张三“A”称号，
# 李四“B”称号 — made up, twenty-first session, from briefs: the second had been lost): those counted or named, then theirs
GRANTED_QUOTED_MORE = re.compile(r"[、，；](?P<who>[^，。；“、为向对给颁授并]{1,30}?)(?P<year>\d{4}年度?)?(?P<quoted>“[^”]{2,20}”)"
                                 r"(?P<more>(?:[、和]?“[^”]{2,20}”)*)(?P<framed>等?(?:称号|荣誉称号|荣誉))?")
_PLACE_QUALIFIER = re.compile(r"(?:\d{4}年度?)?(?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{1,7}?(?:省|市|州|县|区|旗|盟))$")
# 授予A、B全国劳动模范称号: recipients and an unquoted honour, framed by 称号 or running to the clause's end (授予张三
# 全国五一劳动奖章: a medal is no title) — split by _split_recipients
GRANTED_TITLE = re.compile(r"(?P<span>[^，。；“”等]{4,60}?)(?:(?:荣誉)?称号|(?P<bare>)(?=[，。；]|$))")
# …when the clause's end frames it, the honour must end as honours end (奖章, 劳动模范), not on a qualifier alone
ENDS_AS_HONOUR = re.compile(rf"(?:{HONOUR})$")
# where an unquoted honour opens after its recipients: a place or the nation (全国, 省, 安徽省), or a qualifier (优秀…)
# a province's literary name (齐鲁, 三秦…), which its honours open on: that province's
REGIONAL_NAMES = dict(word_table("regional_names.tsv"))
# (…after its round too: 首届“三晋工匠”, 第二届“齐鲁大工匠” — made up, twenty-fourth session, from briefs: no province)
_REGIONAL_OPENING = re.compile(rf"^(?:\d{{4}}年度?)?(?:首届|第[一二三四五六七八九十\d]+届)?“?({alternation(list(REGIONAL_NAMES))})")
_HONOUR_OPENS = re.compile(rf"(?:全国|全省|全市|全区|全县|省|市|区|县|[{HAN}]{{1,7}}?(?:省|市|自治区|州|县|区|旗|盟)|"
                           rf"{alternation(word_list('honour_qualifiers.txt'))}|{alternation(list(REGIONAL_NAMES))})")
# 授予A等62个车间、班组、科室安徽省工人先锋号: recipients, their count and kinds, then the honour to the clause end
GRANT_COUNTED = re.compile(rf"(?<!被)(?:授予|表彰)(?:了)?(?P<who>[^，。；“]{{2,60}}?)等(?P<n>{COUNT})(?P<unit>{_UNIT})"
                           r"(?P<rest>[^，。；]{2,60})")
KIND_WORDS = re.compile(r"^(?:(?:车间|班组|科室|单位|集体|个人|职工|企业|部门|团队|项目|同志|人员)[、和及与]?)+")
# 对/向/为A、B、C3家单位颁发了驻马店市“五一新闻奖状”: the body confers on recipients named before the verb
# …and the honour may stand quoted with their count, the things handed over after the verb (为张三、李四等3名“三秦工匠”
# 颁发证书和奖章: the honour is 三秦工匠)
CONFER = re.compile(rf"(?:对|向|为)(?P<who>[^，。；]{{2,80}}?)(?:等?(?P<n>{COUNT}){_UNIT}[^，。；“]{{0,6}}?)?"
                    r"(?P<quoted>“[^“”]{2,20}”(?:获得者)?)?"
                    r"(?:颁发|颁授|授予)(?:了)?(?P<award>[^，。；]{2,30}?)(?P<tail>称号|荣誉称号|荣誉)?(?=[，。；]|$)")
# …or those commended, then the title granted them in the clause after, with no recipient of its own (决定对张立、王芳等20名
# 优秀选手予以通报表彰，并授予“金牌工人”称号 — made up, twenty-fifth session, from a union's notice: no row)
COMMENDED_THEN_GRANTED = re.compile(rf"对(?P<who>[^，。；“”]{{2,80}}?)"
                                    rf"(?:等(?P<n>{COUNT})(?P<unit>{_UNIT})[^，。；“”]{{0,12}}?)?"
                                    r"(?:予以|进行|给予)了?(?:通报)?(?:表彰|表扬|嘉奖)[，,](?:并|同时)*授予(?:其|他们)?"
                                    r"(?P<quoted>“[^“”]{2,20}”)(?:荣誉)?称号")
# …or only what is handed over (为李刚、陈芳等10名快递员颁发奖杯和证书): the honour is the ceremony's the sentence told of
# before (举行2025年“最美快递员”颁奖仪式，… — made up, twenty-fifth session, from briefs: those named had had no row)
# what is handed over with an honour, its token (证书, 奖牌…): said once for the patterns that read it
_HANDED = r"(?:荣誉)?(?:证书|奖牌|奖杯|奖章|牌匾|铜牌|奖状|奖金)"
HANDED_ONLY = re.compile(rf"(?:{_HANDED}[和、及]?)+")
CEREMONY_OF = re.compile(r"(?P<award>“[^“”]{2,20}”)(?:颁奖|表彰)(?:仪式|典礼|大会|活动)")
# …or the honour quoted before 颁奖 with those it goes to, named or counted (区总工会为10名“最美快递员”颁奖; 为张三、李四等5名
# “金牌工匠”颁奖 — made up, twenty-first session, from briefs: no row)
CONFER_QUOTED = re.compile(rf"(?:向|为|给)(?P<who>[^，。；“”]{{0,60}}?)(?P<quoted>“[^“”]{{2,20}}”)(?:获得者)?颁奖")
# …or counts of those it goes to, each before its honour, quoted or not (市总工会为50名优秀农民工颁奖; 为10名“最美职工”和
# 20名优秀工会工作者颁奖 — made up, twenty-third session, from briefs: no row, the quoted one alone only when alone)
_CONFERRED_COUNT = rf"{COUNT}{_UNIT}(?:“[^“”]{{2,20}}”|[^，。；“”、和及]{{2,14}}?)"
# (…or the plaque a designation hangs, 授牌: 为10个职工文化示范单位授牌 — made up, thirtieth session, from briefs: no row)
# (…those it goes to described before their count: 为新命名的15家市级劳模创新工作室授牌 — made up, thirty-second session)
CONFER_COUNTED = re.compile(rf"(?:向|为|给)(?:[^，。；\d为向给]{{1,8}}的)?"
                            rf"(?P<items>{_CONFERRED_COUNT}(?:(?:和|、|及|以及){_CONFERRED_COUNT})*)"
                            r"(?:颁奖|授牌|颁发了?(?:荣誉)?(?:证书|奖牌|奖杯))")
# …or those it goes to named, then counted, before the title whose plaque it hangs or prize it gives (为“熊辉劳模创新工作室”
# 等20个省级示范性劳模和工匠人才创新工作室授牌, 为市公交集团工会等10家“模范职工之家”授牌 — made up, thirty-first session, from
# briefs: no row)
CONFER_NAMED = re.compile(rf"(?:向|为|给)(?P<who>[^，。；为向给等]{{2,60}}?)等(?P<n>{COUNT})(?P<unit>{_UNIT})"
                          rf"(?P<award>“[^“”]{{2,30}}”|[^，。；“”]{{2,30}}?)(?:授牌|颁奖|颁发了?(?:荣誉)?(?:证书|奖牌|奖杯|牌匾))")
# a base's kind made a title by its level or standing (省级示范性…工作室, 市级技能大师工作室; not 20个工作室)
_DESIGNATED = re.compile(r"全国|国家级|省级|市级|区级|县级|示范|模范|星级|优秀|先进|标准化")
CONFERRED_COUNT_ITEM = re.compile(rf"(?P<n>{COUNT})(?P<unit>{_UNIT})(?P<award>“[^“”]{{2,20}}”|[^，。；“”、和及]{{2,14}}?)"
                                  r"(?=和|、|及|以及|颁|授牌|$)")
# what a count may name with no honour of its own (20个集体、35名个人受到表彰), and the act before the honours it stands for
BARE_KINDS = ("集体", "个人", "单位")
GIVING_ACT = re.compile(r"^.*?(?:表彰|表扬|命名|授予|评选出|评出|嘉奖)了?")
# what is handed over with a quoted honour: its certificate, medal or plaque
HANDED_TOKEN = re.compile(rf"”{_HANDED}$")
# an honour received, as a phrase that describes those who received it (获得一等奖的…, 荣获“最美职工”称号的…)
_HONOUR_RECEIVED = r"(?:荣获|获得|获评|被评为|被授予|荣膺|获)(?:了)?(?P<award>[^，。；：]{2,30}?)(?P<tail>称号|荣誉称号)?的"
# a roster after its honour: 获得一等奖的分别是A、B和C; 荣获“最美职工”称号的10名职工依次为：A、B; 获奖的有…; 荣获…的职工：A、B
# — the verb, the honour, 的, at most a counted noun, then 是/为/有 (分别, 依次) or a colon and the names to the clause's end
ROSTER_AFTER_VERB = re.compile(_HONOUR_RECEIVED + r"[^，。；：的是为有]{0,10}?(?:(?:分别|依次)?(?:是|为|有)[：:]?|[：:])"
                               r"(?P<items>[^，。；：]{2,300}|$)")  # (nothing after the colon: the names are below)
# …or those commended named after what they were commended as (获得表彰的先进集体有：A、B、C; 受到表彰的优秀工会工作者分别是…
# — made up, twenty-second session, from briefs: no row)
COMMENDED_ROSTER = re.compile(r"(?:获得|受到)(?:了)?(?:表彰|表扬)的(?P<award>[^，。；：的是为有]{2,12}?)(?P<tail>)"
                              r"(?:(?:分别|依次)?(?:是|为|有)[：:]?|[：:])(?P<items>[^，。；：]{2,300}|$)")
# …or an honour's results or list published, then who they are in the clause after (公布2024年度“金牌职工”评选结果，获奖人员
# 依次为：A、B、C; 公布…名单，分别是：A、B — made up, thirty-first session, from briefs: no row)
PUBLISHED_THEN_ROSTER = re.compile(r"(?:公布|揭晓|发布|公示)了?(?P<award>[^，。；：]{2,40}?)(?P<tail>)(?:评选结果|获奖名单|名单)"
                                   r"[，,](?:获奖人员|获奖者|获奖职工|获奖单位|入选者|入选人员|当选者)?(?:分别|依次)(?:是|为)"
                                   r"[：:]?(?P<items>[^。；：]{2,300})")
# …or the honour's holders named after it (其中，一等奖获得者为张三; 金奖得主分别是A、B)
HOLDERS_ARE = re.compile(r"(?:^|[，,；;])(?:其中[，,]?)?(?P<award>[^，。；：]{2,30}?)(?P<tail>)(?:获得者|得主)(?:分别|依次)?"
                         r"(?:是|为)[：:]?(?P<items>[^，。；：]{2,300}|$)")
# a roster under its title: 2020年度全市十佳职工名单如下：A（…）、B（…）, the names in the sentence or on the lines below
# (a title alone on its line, 2023年度“最美职工”名单 or …获奖名单：, has them below)
ROSTER_TITLED = re.compile(r"(?P<award>[^，。；：]{2,40}?)(?:获奖者|获得者|获奖|拟表彰对象|表彰对象|人选)?名单"
                           r"(?:(?:(?:公布|公示)?如下|分别是|分别为|依次为)[：:]?|[：:]|$)(?P<items>[^。；]*)")
# …or the honour told in the clause before, then its roster (县总工会命名了2024年度县级职工创新工作室，名单如下： / 张伟劳模创新
# 工作室（县供电公司） / …; 表彰了2024年度“最美职工”，名单如下： — made up, twenty-ninth session, from briefs: no row)
_NAMES_FOLLOW = r"(?:具体|获奖|表彰|获奖单位|获奖者)?名单(?:公布)?如下[：:]"  # (名单如下：, 具体名单如下：)
TOLD_THEN_ROSTER = re.compile(r"(?:命名|表彰|评选出|评出|授予)了?(?:一批)?(?P<award>[^，。；：]{2,40}?)[，,]"
                              rf"{_NAMES_FOLLOW}(?P<items>[^。；]*)")
# a roster's opening standing alone: the honour is the sentence before's
ROSTER_ALONE = re.compile(_NAMES_FOLLOW)
# …or a grant to those the lines below name (决定授予以下10名职工2025年度“金牌职工”称号（排名不分先后）： / 张伟（市公交集团
# 驾驶员） / … — made up, twenty-sixth session, from a union site's notice: no row, not even the count)
GRANTED_TO_THOSE_BELOW = re.compile(rf"(?:授予|命名|评选出|评出)了?(?:以下|下列|如下)(?P<n>{COUNT})?(?P<unit>{_UNIT})?"
                                    rf"(?P<counted>[{HAN}]{{0,6}}?)为?(?P<award>(?:(?:19|20)\d{{2}}年度?)?(?:[省市区县]级?|全国|全省|全市)?“[^“”]{{2,24}}”|"
                                    r"[^，。；：“”（）为]{2,24}?)(?:荣誉)?(?:称号)?(?:（[^）]{0,12}）)?[：:]$")
# a name's description in brackets after it in a roster: 张伟（市第一人民医院护士长）
BRACKETED = re.compile(r"[（(][^）)]{0,40}[）)]")
# the roster's line below its title: a person's or a unit's name first, what they do after (张伟 市第一人民医院护士长)
# (a table's row as a line, its number apart by a space: 1　张三　市公交集团驾驶员 — a .docx's roster table)
ROSTER_LINE = re.compile(r"^\s*(?:\d{1,3}(?:[.、．]\s*|[\s\u3000]+))?(?P<items>[^。；，：]{2,60})$")
# a roster table's header row (序号　姓名　单位), no name of it
ROSTER_HEADER = re.compile(r"^\s*(?:序号|编号)?[\s\u3000]*(?:姓名|名称|单位|获奖者)(?:[\s\u3000]+[\u4e00-\u9fff]{2,6})*\s*$")
# the honour and its named recipients at an awards ceremony or in a commendation: 为获得“全市五一劳动奖章”的王明、李红
# 颁奖; 对获得全市职工技能大赛一等奖的张三、李四给予表彰
AWARD_CEREMONY = re.compile(r"(?:为|对|向)" + _HONOUR_RECEIVED + r"(?P<who>[^，。；]{2,60}?)"
                            r"(?:颁奖|颁发|颁授|授牌|(?:给予|进行|予以)了?(?:表彰|表扬|奖励))")
# …and the counts of those honoured at it, one honour after another: 为荣获全国五一劳动奖状的10个集体和荣获全国五一劳动
# 奖章的20名个人颁奖 (representatives, 代表, are no count of the honoured)
# (the verb may be said once for all: 对获得全省五一劳动奖状的50个单位、全省五一劳动奖章的150名个人…进行表彰)
_CEREMONY_VERB = r"(?:荣获|获得|获评|被评为|被授予|荣膺|获)"
_CEREMONY_ITEM = rf"[^，。；：的]{{2,30}}的{COUNT}{_UNIT}[{HAN}]{{0,4}}?"
CEREMONY_COUNTS = re.compile(rf"(?:为|对|向)(?P<items>{_CEREMONY_VERB}{_CEREMONY_ITEM}"
                             rf"(?:(?:和|、|及|以及)(?:{_CEREMONY_VERB})?{_CEREMONY_ITEM})*)"
                             r"(?:颁奖|颁发|颁授|授牌|(?:给予|进行|予以)了?(?:表彰|表扬|奖励))")
CEREMONY_COUNT_ITEM = re.compile(rf"(?:{_CEREMONY_VERB}(?P<award>[^，。；：的]{{2,30}})|"
                                 rf"(?<=[、和及])(?P<award_alone>[^，。；：的、和及]{{2,30}}))"
                                 rf"的(?P<counted>(?P<n>{COUNT})(?P<unit>{_UNIT})[^和、及以，。；]{{0,4}})")
# what ends like an honour's name but is an act: 颁奖, 领奖, 获奖 (…20名个人颁奖 is no honour called 个人颁奖)
AN_ACT = re.compile(r"(?:颁奖|领奖|获奖|评奖|发奖|得奖|授奖)$")
# 命名A等20家单位为“模范职工之家”: the body names recipients as an honour (the passive, 被命名为, is RECEIVE's)
# (…and further pairs, the verb said once: 命名50个单位为“省级模范职工之家”、30名个人为“优秀工会工作者” — made up, twenty-first
# session, from briefs: the pairs had been one honour, 单位为“省级模范职工之家”)
# (…a recipient's own name quoted too: 命名“李明劳模创新工作室”等10个工作室为… — made up, twenty-fourth session, from briefs:
# no row, or a count of an honour called 工作室为省级劳模)
# (…and the quoted honour's level before its quotes: 为2025年度市级“职工书屋示范点” — made up, twenty-fifth session, from
# briefs: no row)
_NAMED_PAIR = (rf"(?P<who>(?:[^，。；“为]|“[^”，。]{{2,30}}”){{1,60}}?)(?:等(?P<n>{COUNT})(?P<unit>{_UNIT})[^，。；“为]{{0,6}}?)?"
               r"为(?P<award>(?:\d{4}年度?)?[^，。；“”为]{0,6}?“[^”]{2,30}”[^，。；“、]{0,8}|[^，。；“]{2,30}?)"
               r"(?=[，。；]|$|、[^，。；“为、]{2,30}?为)")
NAMED_AS = re.compile(rf"(?<!被)命名(?:了)?{_NAMED_PAIR}")
NAMED_AS_MORE = re.compile(rf"、{_NAMED_PAIR}")
# …or 将 those named before the verb (将市供电公司抢修班、市自来水公司维修队命名为“青年文明号”; 将张伟劳模创新工作室命名为市级劳模
# 创新工作室 — made up, thirty-first session, from briefs: no row, or the headline's count alone)
NAMED_BEFORE_AS = re.compile(rf"将(?P<who>(?:[^，。；“将]|“[^”，。]{{2,30}}”){{2,80}}?)"
                             rf"(?:等(?P<n>{COUNT})(?P<unit>{_UNIT})[^，。；“]{{0,6}}?)?(?:命名为|评为|评选为|认定为|确定为)"
                             r"(?P<award>(?:\d{4}年度?)?[^，。；“”为]{0,6}?“[^”]{2,30}”[^，。；“、]{0,8}|[^，。；“]{2,30}?)"
                             r"(?=[，。；]|$)")
# what opens a roster's title and is no part of the honour: 现将…名单公布如下, 以下是…
LEADING_VERB = re.compile(r"^(?:现将|现把|以下是|下面是|现予|特此|现)")
MAX_ROSTER_LINES = 80  # a roster under its title runs at most this many lines
# who a roster's section lists after its honour (全国五一劳动奖章获得者, 省五一劳动奖状获奖单位, …获奖个人名单)
_HOLDERS_TITLE = r"(?:获得者|获奖者|(?:获奖|获得)(?:单位|集体|个人|者)(?:名单)?|获奖名单|名单)"
# a list's section heading that names an honour alone, marked as a heading by a number before it, a count after it,
# 获得者/名单 or its brackets (一、省五一劳动奖状（2个）; 全国五一劳动奖章获得者：; 【省五一劳动奖章】): the roster follows its
# colon or is on the lines below
SECTION_HONOUR = re.compile(rf"^\s*(?:(?P<no>[{CN_DIGITS}]+、|（[{CN_DIGITS}]+）|\d{{1,2}}[.、．])\s*)?(?P<bracket>【)?"
                            rf"(?P<award>[^，。；：（(\s【】]{{2,30}}?)(?P<framed>{_HOLDERS_TITLE})?(?(bracket)】)"
                            rf"(?:[（(](?P<n>{COUNT})(?P<unit>{_UNIT})[）)])?(?:[：:](?P<items>[^。；：]*))?\s*$")
# what kind of recipient a name is (etl.schema.RECIPIENT_KINDS): a base or studio honoured is no person

# one part of a results roster: an honour, a colon, the names (…如下：一等奖：张三；二等奖：李四、王五)
HONOUR_NAMES_PART = re.compile(r"\s*(?P<award>[^，。：\s]{2,20})：(?P<items>[^。：]{2,80})")


_ROSTER_OPENS = re.compile(r"(?:如下|名单)：")


# …or the honour and its names with no colon between, in a roster that says it is one, its parts between ， or ；
# (获奖名单如下：电工项目一等奖张强，焊工项目一等奖李伟; 名单如下：一等奖 张强、李伟；二等奖 王东 — made up, twenty-fourth
# session, from briefs: no one had been read)
HONOUR_THEN_NAMES = re.compile(rf"\s*(?P<award>[^，。：；\s]{{2,20}}?(?:{HONOUR}))\s*(?P<items>[^。：；，\s][^。：；，]{{1,80}})")


def _roster_parts(s: str) -> list[tuple[int, re.Match]]:
    """(offset, match) of each part between ； of a results roster, after its 如下： or 名单： if it has one."""
    opens = _ROSTER_OPENS.search(s)
    at = opens.end() if opens else len(_LEAD_OPENING.match(s).group()) if _LEAD_OPENING.match(s) else 0
    out = []
    for piece in s[at:].rstrip("。").split("；"):
        m = HONOUR_NAMES_PART.fullmatch(piece)
        if m:
            out.append((at, m))
        elif opens and "：" not in piece:
            inner = at
            for part in piece.split("，"):
                glued = HONOUR_THEN_NAMES.fullmatch(part)
                if glued:
                    out.append((inner, glued))
                inner += len(part) + 1
        at += len(piece) + 1
    return out


# (…and a team's own 职工小家, named as bases are: 命名市公交集团一车队职工小家等15个班组为“…职工小家” — made up,
# twenty-third session, from a brief: no one had been read)
# (…and a service station, 省级户外劳动者服务站点 — made up, thirty-second session, from briefs: a unit)
_BASE_END = r"(?:示范点|示范岗|基地|工作室|驿站|书屋|职工之家|职工小家|示范单位|服务站点|服务站)"
_BASE = re.compile(_BASE_END + "$")
# the rest of a base's title, to its clause's end (…和工匠人才创新工作室)
BASE_TO_CLAUSE_END = re.compile(rf"(?P<rest>[^，。；“”]{{0,16}}?{_BASE_END})(?:[，。；]|$)")
_COLLECTIVE_TITLE = re.compile(r"(?:集体|班组|先锋号|团队|代表队|示范岗|文明岗|文明号)$")


@dataclass
class Award:
    award: str
    recipient: str
    recipient_count: int | None
    group_count: int | None
    year: int | None
    awarded_by: str
    status: str
    start: int
    end: int
    rule: str = ""  # the id of the rule that made the row (etl/rules/rules.yaml)
    recipient_kind: str = ""  # person · collective · unit · base (RECIPIENT_KINDS)
    province: str = ""  # where the text places the recipient, 全国, the giver's or the article's province
    giver_in_sentence: bool = False  # whether the sentence names the giver (else the headline's, or the honour's by name)


def _quoted_whole(title: str) -> bool:
    """“劳模和工匠人才创新工作室”: one quotation and nothing else."""
    return len(title) > 3 and title[0] == "“" and title[-1] == "”" and title.count("“") == 1


def _chained(first: re.Pattern, more: re.Pattern, s: str) -> Iterator[list[re.Match]]:
    """Each match of `first` in s, with the matches of `more` that follow it one after another (a verb said once for
    several pairs)."""
    for m in first.finditer(s):
        run = [m]
        while nxt := more.match(s, run[-1].end()):
            run.append(nxt)
        yield run


def _int(s: str | None) -> int | None:
    return cn_number(s) if s else None


# a phrase that holds a verb of giving or receiving reports an honour: it names no one
# (2009年被中华全国总工会授予“全国五一劳动奖章” before 2010年获…: not a recipient)
# (…or a contest's prize taken: 王磊、赵敏分别摘得…金牌，并获得… — made up, thirty-first session, from briefs: the second
# had not shared the title)
_REPORTS_HONOUR = re.compile(r"授予|荣获|获得|获评|被评为|摘得|夺得|斩获|勇夺")
_PASSIVE_OR = re.compile(r"被|授予|荣获|获得|获评|(?:分别)?(?:摘得|夺得|斩获|勇夺)")


# the one named after a description that tells of an honour: 获得各工种第一名的|张伟, 全国五一劳动奖章获得者|张伟
_DESCRIBED_BY_HONOUR = re.compile(r"(?P<honour>.+)(?P<mark>的|获得者|得主|获奖者)(?P<one>[^的]{2,30})")


def _trade_word(word: str) -> bool:
    tags = lexicon.tag(word)
    return len(tags) == 1 and not tags[0][1].startswith(("nr", "ns"))


_OWN_OPENING = re.compile(r"(?:(?:我|本)(?:省|市|州|县|区|镇|乡)|其中|另外|此外|同时)")


# a unit's word the role before a name cannot end on (山东重工|集团孙涛: 工 of 重工 is no trade; 孙涛 is the name — made up,
# twenty-fourth session, from briefs: the recipient had been 集团孙涛)
# (…nor a union's 工会: 石家庄市总工|会张丽娟 — made up, thirty-second session, from briefs: 会张丽娟)
_UNIT_WORD_BEFORE_NAME = re.compile(r"(?:集团|公司|局|厂|院|所|站|队|会)[\u4e00-\u9fff]{2,3}$")


_KIN = re.compile(r"(?:他的|她的|其)?(?:爷爷|奶奶|外公|外婆|父亲|母亲|爸爸|妈妈|儿子|女儿|孙子|孙女|外孙|外孙女|妻子|丈夫|爱人|"
                  r"哥哥|姐姐|弟弟|妹妹|儿媳|女婿|侄子|侄女)")


def person_name(phrase: str) -> str:
    """The person at the end of a descriptive phrase: 盾构机司机母永奇 → 母永奇."""
    padded = _PADDED_NAME.fullmatch(phrase)
    if padded:  # (a two-character name padded as print sets it, 王 芳: the name — made up, twenty-sixth session, from a
        return padded[1] + padded[2]  # brief: 王 芳 had read 芳, and 张 伟 kept its space)
    phrase = re.sub(rf"^{_FROM_WHERE}", "", phrase)  # (来自浙江的李芳: where they came from is no part of the name)
    # the outlet's own locality before a name (我省张三, 本市李四) is where the person is from, and a connective
    # (其中张三, 另外李四) links the sentence to the one before: neither is part of the name
    opening = _OWN_OPENING.match(phrase)  # (…a unit too: 我省中铁十二局集团第三工程有限公司; not a team: 我省代表队)
    phrase = phrase[opening.end():] if opening and len(phrase) - opening.end() >= 2 and not _OWN_TEAM.fullmatch(
        phrase) else phrase
    # (…nor one's kin before a name, a family's story telling its members: 孙子王磊, 孙女王丽, 哥哥张伟 — made up, thirty-third
    # session, from features: the kin word had opened the name, 孙 a surname)
    kin = _KIN.match(phrase)
    phrase = phrase[kin.end():] if kin and len(phrase) - kin.end() >= 2 else phrase
    # the honorific and a bracketed note after a name are no part of it (张三同志, 李红（女）, 王刚（回族）)
    # (…a long one too, a workplace and a trade: 马兰（成都顺丰速运有限公司快递员） — made up, thirtieth session, from lists
    # of those honoured: the name had been lost)
    phrase = re.sub(r"([\u4e00-\u9fff]{2})(?:同志|（[^（）]{1,30}）)+$", r"\1", phrase)
    described = _DESCRIBED_BY_HONOUR.fullmatch(phrase)
    if described and (_REPORTS_HONOUR.search(described["honour"]) or described["mark"] != "的") \
            and not _REPORTS_HONOUR.search(described["one"]):
        # (…but an honour that describes the one named, before 的 or as its holder, is no report: 获得各工种第一名的张伟,
        # 全国五一劳动奖章获得者张伟 — made up, thirty-second session, from briefs: no one had been read)
        phrase = described["one"]
    if _REPORTS_HONOUR.search(phrase):
        return ""
    if COLLECTIVE.search(phrase) or _BASE.search(phrase):
        return phrase  # a team, unit or base is named whole: 北京丘比食品有限公司沙拉充填班, 红星社区职工书屋
    phrase = phrase.split("的")[-1]
    if phrase.endswith(ORG_SUFFIXES):
        return phrase  # …做出显著成绩的平舆县委宣传部: a body, named whole after its description
    dotted = DOTTED_NAME.search(phrase)
    if dotted:  # a name transliterated with its parts joined by · (买买提·艾力), whole, after the job before it
        role = ROLE_UP_TO.match(dotted.group())
        return dotted.group()[role.end():] if role and dotted.group().find("·") - role.end() >= 2 else dotted.group()
    role = ROLE_THEN_NAME.search(phrase)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", phrase):
        # (a trade and a two-character name, 焊工周九, 司机张三: the name — the trade one word of the dictionary that
        # names no person or place; 欧阳长青 opens on a compound surname and is one name)
        trade = role and len(phrase) == 4 and len(role.group(1)) == 2 and _trade_word(phrase[:2])
        # (…or any one word before a name the tokenizer reads as one, a trade no ending names: 民警赵刚, 医生李娜, 法官王强 —
        # made up, thirty-first session, from briefs: no row)
        # (…a name the dictionary knows as someone's, tagged nrfg: 民警李强 — made up, thirty-third session, from briefs)
        tagged = lexicon.tag(phrase)[1:]
        titled = len(phrase) == 4 and _trade_word(phrase[:2]) and len(tagged) == 1 and tagged[0][0] == phrase[2:] \
            and tagged[0][1].startswith("nr")
        return phrase[2:] if trade or titled else phrase
    if role and not _UNIT_WORD_BEFORE_NAME.match(role.group(1)):
        return role.group(1)
    tokens = lexicon.tag(phrase)
    pos, starts = 0, []
    for w, _t in tokens:
        starts.append(pos)
        pos += len(w)
    for i in range(len(tokens) - 1, -1, -1):
        w, t = tokens[i]
        if t.startswith("nr") and len(phrase) - starts[i] <= 5:
            # (a surname the tokenizer cut from a given name it reads as a name or place of its own: 快递小哥李|明光 —
            # made up, twenty-third session, from a brief: the recipient had been 明光, a county-level city)
            if i > 0 and tokens[i - 1][0] in SURNAMES and len(tokens[i - 1][0]) == 1 and len(w) <= 2:
                return phrase[starts[i - 1]:]
            return phrase[starts[i]:]
    return phrase if len(phrase) <= 30 else ""  # a unit (超威日化公司工会) or nothing usable


# a body and the verb or preposition by which it honours, caught at the front of an honour named in passing (会议表彰了
# 2024年度…先进单位, 省总工会对2024年度…示范点进行了授牌: the name reaches back over them up to 16 characters)
_HONOURED_BY = re.compile(r"^[^，。；]*?(?:会|议|局|厅|部|委|府|司)(?:表彰了?|对|为|向|授予了?|命名了?)")


# a unit's quoted name after the places it is in (湖南省长沙市“刘湘宁劳模创新工作室” — made up, twenty-fifth session, from
# briefs: the places had opened the recipient's name), not after the body it belongs to (济南二机床集团“张明劳模创新工作室”)
_PLACE_BEFORE_QUOTED = re.compile(r"(?P<place>[^“”]{2,16})“(?P<name>[^“”]{2,30})”?")


def _unplaced(item: str) -> str:
    """A listed unit's quoted name without the places before it that say where it is (湖南省长沙市“刘湘宁劳模创新工作室”
    → “刘湘宁劳模创新工作室”); any other item as it is."""
    placed = _PLACE_BEFORE_QUOTED.fullmatch(item)
    return item[len(placed["place"]):] if placed and _places_only(placed["place"]) else item


def _places_only(words: str) -> bool:
    """Whether `words` are places' names and nothing else, one after another (湖南省长沙市, 江苏省, 长沙)."""
    found = find_places(words)
    return bool(found) and found[0].start == 0 and found[-1].end == len(words) \
        and all(a.end == b.start for a, b in zip(found, found[1:]))


def _named_in_full(before: str, award: str) -> str | None:
    """A short honour (优胜单位, 先进集体) that the sentence named in full before it, with its round's year (…通报表扬
    2024年度全国“安康杯”竞赛优胜单位和…，我市5家单位获评优胜单位 → 2024年度全国“安康杯”竞赛优胜单位; made up, nineteenth
    session), else None."""
    at = before.rfind(award)
    if at <= 0 or len(award) < 2 or before[at - 1] == "“":
        return None  # (…nor the quoted name itself: 召开“十佳护理员”表彰大会，向…颁发荣誉证书 is 十佳护理员)
    head = re.split(r"[，。；：、和及与]", before[:at])[-1]
    if not head and before[at - 1] in "、和及与":
        # (…the second of two named with one opening: 2024年度全省工会工作先进集体和先进个人 → 2024年度全省工会工作先进个人 —
        # made up, twenty-second session, from briefs)
        # (…or of more: 先进单位、先进集体和先进个人 — the first that holds more than the shared words opens them all)
        items = re.split(r"([，。；：、和及与])", before[:at - 1])
        while len(items) >= 3 and items[-1].startswith(award[:2]) and items[-2] in "、和及与":
            items = items[:-2]
        shared = items[-1].rfind(award[:2])
        head = items[-1][:shared] if shared > 0 else ""
    head = GIVING_ACT.sub("", head) if GIVING_ACT.match(head) else head
    head = _HONOURED_BY.sub("", head)
    # (a name's opening as honours open: a round's year, a quoted name, a level — not a clause's words, 比赛决出一等奖)
    named = _FULL_NAME_OPENING.match(head) and not _ACT_WORDS.search(head)
    return head + award if named and 2 <= len(head) <= 20 else None


_FULL_NAME_OPENING = re.compile(r"(?:\d{4}年度?|全国|全省|全市|全区|全县|[\u4e00-\u9fff]{0,8}“)")
_ACT_WORDS = re.compile(r"决出|评出|产生|获得|选出|揭晓|公布|颁发|开展|举办|举行")


_EACH_PART = re.compile(r"各?(?:个|单)?(?:项目|组别|赛项|工种|赛道)")  # (分获各项目一等奖: each part's prize)


# those who hold an honour, named after it (…奖章获得者, …奖状获得单位): the honour is what stands before them
_HOLDERS_AFTER_HONOUR = re.compile(rf"(?<=.{{4}})(?:{_HOLDERS})$")


def _clean_award(s: str) -> str:
    s = _LEAD_OPENING.sub("", s)  # (a roster's title opening the brief: 本报讯 2023年度“金牌职工”名单如下)
    s = _HONOURED_BY.sub("", s)
    s = re.sub(rf"^(?:{COUNT}{_UNIT})", "", s)
    # the year, the edition or the batch (第三届“齐鲁工匠”, 新一批“省级青年文明号”) says which round gave it, not what it is
    # (…the first, 首届, too, and a year before it: 首届“十佳农民工”, 2024年首届… — made up, thirty-first session, from
    # briefs: the edition had stayed in the honour's name)
    s = re.sub(rf"^(?:\d{{4}}年度?|首届|第[一二三四五六七八九十\d]+届|{_BATCH})+", "", s.strip("“”的 "))
    s = re.sub(r"的(?:荣誉)?称号$", "", s)  # (“最美职工”的称号: the 称号 that frames the name, not what the name is of)
    s = s.split("的")[-1] if "的" in s and not s.endswith("的") else s  # 本届比赛的总冠军 → 总冠军
    # 第一名的成绩 names a rank before what was won; 第一名 alone is the honour
    s = re.sub(r"^(?:了|一枚|一块|一项|第[一二三四五六七八九十\d]+名(?=.{2}))", "", s).strip("的 ")
    # (each of the contest's parts, 分获各项目一等奖, 各组别第一名: what each won is the prize — made up, twenty-eighth
    # session, from briefs)
    each_part = _EACH_PART.match(s)
    s = s[each_part.end():] if each_part and len(s) - each_part.end() >= 2 else s
    if s.endswith("好人榜"):  # (the list of the month's 中国好人: its honour is 中国好人)
        s = s[:-1]
    s = re.sub(r"”?(?:荣誉称号|称号)$", lambda m: m.group()[:1] if m.group().startswith("”") else "", s)
    s = re.sub(r"(?:拟表彰|推荐|公示|候选)?(?:人选|对象|获得者|获奖者)?(?:名单|榜单)$", "", s)  # 入选…企业名单: the list is not the honour
    s = _HOLDERS_AFTER_HONOUR.sub("", s)  # (…全国五一劳动奖章获得者名单公布: the honour, not who holds it)
    if s.startswith("“") and s.endswith("”"):
        s = s[1:-1]
    # a quote mark left open by the cut is dropped; one that closes inside the name is kept (烟台市“工人先锋号”)
    if s.count("“") > s.count("”"):
        s = s + "”" if "“" in s[1:] else s.lstrip("“")
    elif s.count("”") > s.count("“"):  # a close quote at the end is left over; one inside lost its opening
        s = s.rstrip("”") if s.endswith("”") else "“" + s  # (“五一”劳动奖章)
    return s


_PRIZE_END = re.compile(r"(?:等奖|金奖|银奖|铜奖|优秀奖|冠军|亚军|季军)$")


_DEPARTMENT_END = re.compile(r"(?:科|部|处|室|岗|病区)$")


def recipient_kind(recipient: str, award: str, unit: str = "") -> str:
    """person · collective · unit · base, from the recipient's name, else the counted unit and the honour
    (20家先进作业集体 → collective, 127个培训基地 → base, 90名优秀城市美容师 → person)."""
    if recipient:
        if DOTTED_NAME.fullmatch(recipient):
            return "person"  # (买买提·艾力: a person's transliterated name, however long)
        if _BASE.search(recipient):
            return "base"
        # (…a department too, of a hospital or a company: 急诊科, 县人民医院护理部, 财务部, 标兵岗 — made up, twenty-ninth
        # session, from briefs: 急诊科 and 财务部 had been people, 护理部 a unit)
        if re.search(r"(?:班|组|队|工区|车间|集体|工段|项目部|团队|科室|站)$", recipient) or (
                _DEPARTMENT_END.search(recipient) and unit != "家" and "委" not in recipient
                and not (len(recipient) <= 3 and recipient[:1] in SURNAMES)):
            # (not 张科, 王岗: people; nor …等3家单位, nor a Party committee's department, 县委宣传部: a unit)
            return "collective"
        if _COLLECTIVE_TITLE.search(award) and len(recipient) > 4:
            return "collective"  # a department or team given a collective's title (…质量与检测部…工人先锋号)
        if COLLECTIVE.search(recipient) or _ORG_SUFFIX_END.search(recipient) or len(recipient) > 5 \
                or unit in ("家", "个", "支"):
            return "unit"  # …等5家单位: whatever the name, one of five units
        return "person"
    if _BASE.search(award):
        return "base"
    if _COLLECTIVE_TITLE.search(award) or award.startswith("团体"):  # (团体一等奖2名: two teams)
        return "collective"
    if unit in ("名", "位", "人"):
        return "person"
    if unit == "个" and _PRIZE_END.search(award):
        return ""  # (我市选手共获得3个一等奖: prizes counted, their winners' kind untold — made up, twenty-third session)
    if unit in ("家", "个", "支", "组"):
        # (a medal is a person's, however counted: 全国五一劳动奖章30个)
        return "unit" if not re.search(r"(?:者|个人|工匠|能手|职工|模范|师|员|手|之星|奖章)$", award) else "person"
    return "person" if re.search(r"(?:奖章|个人|工作者|工匠|能手|劳模|劳动模范|标兵|之星)$", award) else ""


def _awarding_body(doc: Doc, sent_start: int, at: int, article_body: bool = True, recipient: str = "",
                   placing: bool = False, honoured: tuple[str, ...] = ()) -> tuple[str, bool]:
    """Who gives the honour, and whether the sentence names it: an organisation that grants in the sentence
    (…总工会表彰, 由…评选, 授予), else (with `article_body`: an honour of the article's own time, not a profile's past
    one) the one that acts in the headline or lead. Organisations among the recipients, and venues, are not it, nor
    the `recipient` itself (县医院工会获评…: the lead's only body is the one honoured)."""
    sent = doc.sentence_at(sent_start)
    own_clause = sent.start + clause_at(sent.text, at - sent.start).start
    # a clause that only gives again (…授予张三等5名职工“…”，授予某校等3家单位“…”) has the giver of the clause before
    gives_again = bool(GIVES_AGAIN.fullmatch(doc.text, own_clause, at)) and GRANTS.match(doc.text, at) is not None

    def grants_this(o: Span) -> bool:
        # (before the honour's verb, or after it as 由… or as what qualifies the honour: 荣获省总工会授予的…称号)
        # (…or the agent of a passive, 被全国总工会评为: made up, twenty-seventh session, from a profile whose lead named
        # the person's employer — it had given the honour)
        if doc.text[o.start - 1:o.start] == "被" and PASSIVE_GIVES.match(doc.text, o.end) and o.start < at:
            return True
        verb = GRANTS.match(doc.text, o.end)
        return bool(verb) and (o.start < at or doc.text[o.start - 1:o.start] == "由"
                               or doc.text[verb.end():verb.end() + 1] == "的")

    granting = [o for o in doc.orgs_in(sent.start, sent.end) if not is_generic(o.text)
                and not doc.in_work_title(o.start) and grants_this(o)
                and (gives_again or not _NAMES_ITS_OWN.search(doc.text, o.end, max(o.end, own_clause)))]
    if granting:  # (…and those named with it: 省委宣传部、省总工会授予… — both give it)
        named = [o for o in doc.orgs_in(sent.start, sent.end) if not is_generic(o.text)]
        together = doc.named_with(named, named.index(granting[-1]))
        return "、".join(dict.fromkeys(doc.full_org(o.text) for o in together)), True
    if not article_body:
        return "", False

    def may_give(o: Span) -> bool:
        # (nor the recipient's own unit, named right before them: 市公交集团李明获得…第一名; nor a unit of another in
        # their list — 市公交集团的李明、市自来水公司的王芳分获…: each a listed person's)
        # (…nor a body a bracket describes someone by: 李建国（某钢铁公司炼钢工）)
        bracketed = doc.text.rfind("（", 0, o.start) > doc.text.rfind("）", 0, o.start)
        # (…nor a body the sentence has already honoured: 其中，市公交集团获省五一劳动奖状，张三等12人获省五一劳动奖章 —
        # made up, twenty-fourth session, from briefs: the company had given 张三's medal)
        # (…nor 工会 alone, a column's label as often as a body: 工会动态 over 张恒珍当选“最美职工” — made up, twenty-sixth
        # session, from briefs: 工会 had given the honour)
        return not is_generic(o.text) and o.text != "工会" and not doc.is_object(o) and not doc.is_workplace(o) \
            and not _UNIT_OF_LISTED.match(doc.text, o.end) and not _DESCRIBES_SOMEONE.match(doc.text, o.end) \
            and not _OWN_PEOPLE_COUNTED.match(doc.text, o.end) and not bracketed \
            and not _COME_FROM.search(doc.text, max(0, o.start - 40), o.start) and not (
            recipient and (o.text in recipient or recipient in o.text or _unit_of(doc.text, o.end, recipient))) \
            and not any(o.text in other or other in o.text for other in honoured)

    head = [o for o in doc.orgs_in(0, doc.body_start) if may_give(o)]
    lead = doc.lead
    # (…and a contest's placing is not given by the body the reporter learnt it from: 记者从省总工会获悉，在…全国职工职业技能
    # 大赛中，我省选手张伟获得焊工项目金奖 — made up, twenty-fourth session, from briefs: the province's union had given the
    # national contest's medals; a title the source names may well be its own, 记者从市总工会获悉，…“金牌工人”…揭晓)
    sources = [m.span() for m in _LEARNT_FROM.finditer(doc.text, lead.start, lead.end)] if lead and placing else []
    lead_orgs = [o for o in doc.orgs_in(lead.start, lead.end) if may_give(o)
                 and not any(a <= o.start < b for a, b in sources)] if lead else []
    acting = head or lead_orgs or ([doc.signed_by] if doc.signed_by else [])
    if not acting:
        return "", False
    # …with those named right after it, a joiner or (in a headline, which glues them: 人社部全总联合表彰) nothing
    # between: they act together (人力资源社会保障部、中华全国总工会联合印发决定，授予… — made up, twentieth session, from
    # a brief: the first alone had been the giver)
    together = [acting[0]]
    for o in acting[1:]:
        between = doc.text[together[-1].end:o.start]
        if not (between in BODY_JOINERS or between == "" and o.end <= doc.body_start):
            break
        together.append(o)
    return "、".join(dict.fromkeys(doc.full_org(o.text) for o in together)), False


_LEARNT_FROM = re.compile(REPORTER_LEARNS)
# a body followed by a count of its own people (市交通局2人获评…, 中铁十二局有5名职工入选…, 省总工会机关3名干部获评…: made
# up, twenty-second session, from briefs — the unit whose people were honoured had given the honour)
_OWN_PEOPLE_COUNTED = re.compile(rf"(?:机关)?(?:共有|有)?{COUNT}(?:名|位|人)")
# a body followed by one of a list's people (市公交集团的李明、…; 市燃气集团的赵强等): that person's unit
# (…or by the post they hold there: 某公司工会主席李秀梅等10人入选 — made up, twenty-first session, from a brief: the union
# whose chair was listed had given the honour)
# (…the person's post after its 的, the list's last before the verb that makes them members: 市第一人民医院的护士长周敏、
# 市环卫中心的环卫工人吴芳当选 — made up, twenty-fourth session, from briefs: the second's unit had given the first's honour)
# (…or the post after a word of the trade, as print names a listed worker: 兖矿能源公司综采队队长赵立军、青岛港集团桥吊司机孙丽
# 等10名职工被评为… — made up, twenty-fifth session, from briefs: the port had given the miner's honour)
# (…or a trade's word ending on 工 or 师: 市电力公司电工张建湖, 某酒店厨师王强 — made up, twenty-eighth session, from briefs: the
# last listed one's employer had given the others' honour)
# (…or a trade's word ending on 士, the list's last before its 等 or the sentence's end: 医院管理局护士李美玲等 — made up, thirtieth
# session, from a Hong Kong union's awards and briefs: the hospital authority had given the honour)
_UNIT_OF_LISTED = re.compile(rf"(?:的[^，。；、的]{{0,6}}?|[{HAN}]{{0,4}}?(?:主席|书记|经理|主任|长|师|员|司机|工|士))"
                             rf"[{HAN}]{{2,3}}(?:[、和及。]|等|分获|分别|荣?获|被|{_MEMBER_OF}|$)")


# …or a body a clause describes someone by, their post after it closing the clause (张伟，男，1980年出生，市公交集团驾驶员。;
# 现任中车长春轨道客车股份有限公司焊接车间焊工班班长 — made up, twenty-seventh session, from union sites' profiles: the
# person's employer, named in the lead, had given the honours the profile listed)
_DESCRIBES_SOMEONE = re.compile(rf"[{HAN}]{{0,12}}?(?:主席|书记|经理|主任|班长|队长|长|技师|工程师|员|司机|工人|焊工|钳工|电工|"
                                rf"护士|医生|教师)(?:[，。；]|$)")


def _unit_of(text: str, end: int, recipient: str) -> bool:
    """The body ending at `end` is the recipient's own, named right before them with only their posts between (市公交集团
    李明; 国网湖州供电公司变电运维中心副主任、高级工程师陈晓东 — made up, twenty-third session, from a brief: the
    engineer's company had given his honour) — not one that gives to them, a preposition or a verb of giving between
    (市总工会领导为张三、李四…颁奖; 市总工会、市人社局授予张三…)."""
    between = re.match(rf"([^，。；为向对给]{{0,30}}?){re.escape(recipient)}", text[end:end + 30 + len(recipient)])
    return between is not None and GRANTS.search(between.group(1)) is None


# a giver whose own clause already named the honour it gave (2009年被中华全国总工会授予“全国五一劳动奖章”，2010年获“全国先进
# 工作者”称号 — the later honour is not its gift); a giver that names none carries on (…总工会表彰了一批先进，其中张三获得…)
_NAMES_ITS_OWN = re.compile(r"”|称号")
GIVES_AGAIN = re.compile(r"(?:并|还|同时|另外|又|再|也|分别)*")


_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年(?:度)?[^，。；\d]{0,12}$")
# a sentence that opens on its year (1997年，和贵华被国家民委授予…) dates what it reports
# (…or a festival's eve or days in it: 今年“五一”前夕，他又被评为…, 2020年国庆前夕， — made up, twenty-sixth session, from
# briefs: the profile's new honour had been lost, its 他 undated)
_FESTIVAL_PART = r"“?[\u4e00-\u9fff]{1,4}”?(?:节)?(?:前夕|期间|之际|前后|当天)"
_SENTENCE_YEAR = re.compile(rf"^(?:早在|早于|在|于)?((?:19|20)\d{{2}})年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:{_FESTIVAL_PART})?[，,]")
# …and so does a clause that is only a year, for the clause after it (…；2021年，又被评为全国劳动模范)
_YEAR_CLAUSE = re.compile(rf"(?:^|[，,；;])(?:早在|早于|在|于)?((?:19|20)\d{{2}})年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?"
                          rf"(?:{_FESTIVAL_PART})?[，,]$")
# a year told relative to the issue's (今年，他被评为…; 去年荣获…), where a year in figures would date it: years back
_RELATIVE_YEARS = {"今年": 0, "去年": 1, "前年": 2}
# the round the story reports, which dates a 他's honour as a year would (在这次大会上，他被授予…), or the news's own
# days (近日，他又被评为… — made up, twenty-second session, from briefs: a profile's new honour had been lost)
THIS_ROUND = re.compile(r"这次|此次|本次|本届|这届|当天|当日|近日|日前|近期|前不久")
_RELATIVE_BEFORE = re.compile(r"(今年|去年|前年)[^，。；\d]{0,12}$")
_RELATIVE_PART = rf"(今年|去年|前年)(?:\d{{1,2}}月(?:\d{{1,2}}日)?|[上下]半年|初|底|年初|年底|{_FESTIVAL_PART})?[，,]"
_RELATIVE_CLAUSE = re.compile(rf"(?:^|[，,；;]){_RELATIVE_PART}$")
# …or the sentence opens on it, for each honour it goes on to tell (去年，他在…竞赛中获得第一名，并被授予“全国技术能手”称号 —
# made up, twenty-ninth session, from profiles: the second honour had been the issue's year), as _SENTENCE_YEAR does
_RELATIVE_OPENING = re.compile(rf"^{_RELATIVE_PART}")
# …or a clause before it that names the occasion it happened at by the year (在今年举行的全国焊工技能大赛中，他获得…;
# 在2023年全国职工职业技能大赛上，她… — made up, twenty-ninth session, from profiles: the 他's honour had been undated,
# and so no row)
# (…the clause right before it, or the sentence's opening, for each honour it goes on to tell)
_OCCASION_OF = r"[^，。；]{0,24}?(?:中|上|期间)[，,]"
_RELATIVE_OCCASION = re.compile(rf"(?:^|[，,；;])在(今年|去年|前年){_OCCASION_OF}$")
_YEAR_OCCASION = re.compile(rf"(?:^|[，,；;])在((?:19|20)\d{{2}})年{_OCCASION_OF}$")


def _occasion(pattern: re.Pattern, opening: str) -> re.Match | None:
    """The occasion `pattern` reads in the clause that ends `opening`, else in the sentence's first clause."""
    first = re.search(r"[，,]", opening)
    return pattern.search(opening) or (pattern.search(opening, 0, first.end()) if first else None)


def _relative_year(s: str, at: int, issue_year: int | None) -> int | None:
    """The year 今年, 去年 or 前年 gives what the sentence reports at `at`, as _year_before reads a year in figures."""
    if issue_year is None:
        return None
    start = _clause_start(s, at)
    opening = _LEAD_OPENING.sub("", s[:start])
    found = _RELATIVE_BEFORE.search(s, start, at) or _RELATIVE_CLAUSE.search(opening) \
        or _RELATIVE_OPENING.match(opening) or _occasion(_RELATIVE_OCCASION, opening)
    return issue_year - _RELATIVE_YEARS[found.group(1)] if found else None


# a lead's news line and credit, which open an article's first sentence (本报讯（记者 张明）)
_LEAD_OPENING = re.compile(LEAD_WITH_CREDIT)


_ROUND_LISTED = re.compile(r"((?:19|20)\d{2})年度?(?P<items>[^，。；]{2,60})")


def _round_named(text: str, award: str) -> int | None:
    """The year of the round a text names an honour of, the year right before it (2024年“大国工匠年度人物”发布活动) or before
    the list it is in, a qualifier the list's items share said once (2024年度优秀工会工作者和工会积极分子: 优秀工会积极分子's
    too); else None."""
    for m in _ROUND_LISTED.finditer(text):
        items = [x.strip("“”") for x in re.split(r"[、和及与]", m["items"])]
        if any(x.startswith(award) or len(x) >= 4 and award.endswith(x) for x in items if x):
            return int(m.group(1))
    return None


def _year_before(s: str, at: int) -> re.Match | None:
    """The year that dates what the sentence reports at `at`: one in its own clause (2015年荣获…), a clause that is
    only a year before it (…；2021年，又被评为…), or the year the sentence opens on (1997年，和贵华被…授予…) — the
    lead's news line and credit stand before a first sentence's opening year."""
    start = _clause_start(s, at)
    opening = _LEAD_OPENING.sub("", s[:start])
    return (_YEAR_BEFORE.search(s[start:at]) or _YEAR_CLAUSE.search(opening) or _occasion(_YEAR_OCCASION, opening)
            or _SENTENCE_YEAR.match(_LEAD_OPENING.sub("", s[:at])))


def _status(sentence: str, at: int, year: int | None, issue_year: int | None) -> str:
    if year and issue_year and year < issue_year - 1:
        return "prior"  # 2015年荣获…的李俊 in a 2020 story
    # (…获得过, 早年荣获; the third time, 第三次获评, is this time: no count of times past)
    unordinal = ORDINAL_TIMES.sub(lambda m: "，" * len(m.group()), sentence)
    if PRIOR.search(unordinal[max(0, at - 12):at]) or PRIOR.search(unordinal[max(0, at - 2):at + 3]):
        return "prior"
    if PAST_CLAUSE.search(sentence, 0, _clause_start(sentence, at)):
        return "prior"
    times = TIMES_AFTER.match(sentence, at)
    # (…not once, the honour given now: 荣立个人二等功一次, 被记大功一次 — made up, thirty-second session, from briefs: a merit
    # recorded now had been a life's past honour)
    if times and (cn_number(times["n"]) or 0) > 1:
        return "prior"  # a life's record counts its honours by times (…，荣获个人嘉奖8次, rmrb_20200514-16-06)
    if _running_total_before(sentence, at):
        return "cumulative"
    return "current"


def _clause_start(s: str, pos: int) -> int:
    return clause_at(s, pos).start


def _clause_start_outside_brackets(s: str, pos: int) -> int:
    """Where the clause holding `pos` starts when the marks inside brackets end no clause (…《…》（作者：张新理）…)."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if s[i] in "）)":
            depth += 1
        elif s[i] in "（(":
            depth = max(depth - 1, 0)
        elif depth == 0 and s[i] in "，。；！？：":
            return i + 1
    return 0


def _strip_tail(phrase: str) -> str:
    """Drop what stands between a recipient and the verb: adverbs and adverbial phrases."""
    while True:
        shorter = TRAILING_ADVERB.sub("", ADVERBIAL_TAIL.sub("", phrase)).strip()
        at_place = _AT_PLACE.search(shorter)
        if at_place and at_place.start() >= 2 and shorter[at_place.start() - 1] not in "所现存正实自":  # (所在的科室)
            # (…where it was, after 在, too: 张伟在北京被授予…, 农民工刘德明在浙江宁波被评为…, 张伟在公司被评为… — made up,
            # thirty-second session, from briefs: no row, or 张伟在公司)
            shorter = shorter[:at_place.start()].strip()
        if shorter == phrase:
            return phrase
        phrase = shorter


_ORG_SUFFIX_END = re.compile(f"(?:{alternation(ORG_SUFFIXES)})$")
_AT_PLACE = re.compile(r"在(?P<place>[^，。；在的]{2,12})$")
# 陕西的麻珂和江西的谭翊泉: two recipients; 中国电子…研究所质量与检测部: one unit's name
_AND = re.compile(r"(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff]{2})")
_UNIT_END = re.compile(r"(?:部|科|处|室)$")


def _list_items(phrase: str) -> list[str]:
    """The members of a recipients list: 、-separated, and 和/及/与 between members unless the item
    is one unit's name (the conjunction inside it: 质量与检测部)."""
    items = []
    # (units quoted one after another with nothing between, “李刚技能大师工作室”“陈芳技能大师工作室”, are listed too — made
    # up, thirty-second session, from briefs: the two had been one name)
    for item in phrase.replace("”“", "”、“").split("、"):
        item = item.strip().strip("“”")
        parts = [i for i in _AND.split(item) if i]
        # (two units' names joined, 市公交集团和市供电公司, are two: each part a unit's name of its own)
        whole = _unit_name(item) and not (len(parts) > 1 and all(_unit_name(p) and len(p) >= 4 for p in parts))
        items += [item] if whole else parts
    return items


def _unit_name(item: str) -> bool:
    return bool(COLLECTIVE.search(item) or _ORG_SUFFIX_END.search(item) or _UNIT_END.search(item))


def _is_named(name: str) -> bool:
    """A recipient is a named person or a named unit, not a description (广东技工, 也因此)."""
    if DOTTED_NAME.fullmatch(name):
        return True  # (a transliterated name, 买买提·艾力)
    if (COLLECTIVE.search(name) or _ORG_SUFFIX_END.search(name) or _UNIT_END.search(name) or _BASE.search(name)) \
            and len(name) >= 4:
        return True  # (…a base too: 红星社区职工书屋, 某某爱心驿站)
    tokens = lexicon.tag(name)
    if any(t == "nt" for _w, t in tokens):
        return True
    whole_name = len(tokens) == 1 and tokens[0][1].startswith("nr")
    if len(name) == 4 and not whole_name and name[:2] not in SURNAMES and not any(t.startswith("nr") for _w, t in tokens):
        return False  # four characters of common words (项目冠军), not a name with a compound surname (欧阳长青)
    return 2 <= len(name) <= 4 and (whole_name or name[:1] in SURNAMES or name[:2] in SURNAMES)


# a connective tying the clause to the sentence before (其中市第一人民医院等10家单位获评…): no part of a name
CONNECTIVE_OPENING = re.compile(r"^(?:其中|另外|此外|同时|另有)")
# when the clause opens, before its subject with no comma (2022年张三荣获…, 今年李四被评为…): no part of a name
OPENING_TIME = re.compile(rf"^(?:(?:19|20)\d{{2}}年度?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?|今年|去年|前年|同年|当年|{APPROX})")


# a titled work and its writers, the prize's recipients (消息《…》（作者：张新理）与消息《…》（作者：滑清泉）获得三等奖, zmdrb_20140704;
# 张三的作品《…》获得一等奖)
WORK_BY = re.compile(r"《[^《》]{1,80}》\s*[（(]\s*作者[：:](?P<writers>[^（）()]{2,40})[）)]|"
                     rf"(?P<writer>[{HAN}]{{2,4}})(?:的|创作的|撰写的|拍摄的)(?:作品|稿件|摄影作品)?《[^《》]{{1,80}}》")


def _writers(phrase: str) -> list[str]:
    """The writers of the works a phrase names (WORK_BY), in order; a name padded as print lays it out read whole, also
    right after another name (胡殿文刘 阳 邓 桦: 胡殿文, 刘阳, 邓桦)."""
    names: list[str] = []
    for m in WORK_BY.finditer(phrase):
        if m["writer"]:
            names.append(m["writer"])
            continue
        writers = _PADDED_AFTER_NAME.sub(r" \1", m["writers"].strip())  # 胡殿文刘 阳 → 胡殿文 刘阳
        names += [w for w in re.split(r"[\s、，,]+", _PADDED_NAME.sub(r"\1\2", writers)) if 2 <= len(w) <= 4]
    return names


# a two-character name padded as print lays it out (刘 阳; 赵　刚 with a full-width space), alone or right after another
# name (胡殿文刘 阳)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_PADDED_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{2})([\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?: |$))")


_FROM_BEFORE = re.compile(r"^来自[^，。；的]{1,40}的")
_FROM_AFTER_COUNT = re.compile(rf"^({COUNT}{_UNIT})来自[^，。；的]{{1,40}}的")  # (30名来自酒店、博彩等行业的员工)
# (…nor does a body they come from give it: 来自市公交集团、市供电公司的5名选手获得一等奖 — made up, thirty-second session,
# from briefs: the first company had given the contest's prize)
_COME_FROM = re.compile(COME_FROM)


_COPULA_SUBJECT = re.compile(r"(?P<subject>[^，。；是为]{2,30}?)(?:如今|现在|目前|已经|已|也)?(?:是|为)(?:一名|一位|一个|[^，。；]{2,})")


def _recipients(s: str, verb_start: int) -> tuple[list[str], int | None]:
    """Recipients named before a verb: in its own clause, or in the clauses before it when the
    verb's clause has no subject of its own (…脱颖而出，被授予…; 曾祥博，在…中…摘得金牌)."""
    end = verb_start
    for _ in range(4):
        start = _clause_start(s, end)
        # (a lead's news line and credit open the first sentence: 本报讯（记者 张明）|国网某某供电公司变电运维班荣获…)
        phrase = _strip_tail(OPENING_TIME.sub("", CONNECTIVE_OPENING.sub("", _LEAD_OPENING.sub("", s[start:end]).strip())))
        # (the writers' credits are bracketed and their colons no clause's end: 消息《…》（作者：张新理）与…获得…)
        credited = s[_clause_start_outside_brackets(s, end):end] if "）" in s[start:end] else phrase
        writers = _writers(credited) if "《" in credited else []
        if writers:  # the works' writers (a work is no one)
            return writers, (len(writers) if len(writers) > 1 else None)
        received = _REPORTS_HONOUR.search(phrase) if end != verb_start else None
        if received:  # a clause before that reports an honour of its own: its subject (张三、李四获得一等奖，并被授予…;
            phrase = _strip_tail(phrase[:_PASSIVE_OR.search(phrase).start()])  # 张三被市总工会授予…，并…: 张三)
        # (where those named come from, before them, is no one: 来自广东、江苏、浙江的3支代表队获得…, 来自市公交集团、市供电公司的
        # 5名选手 — made up, thirty-second session, from briefs: 江苏, a person, and 来自市公交集团, a unit, had won)
        phrase = _FROM_AFTER_COUNT.sub(r"\1", _FROM_BEFORE.sub("", phrase))
        # (a clause before that tells what its subject is, 王强是一名焊工，多次获得…: the subject — made up, thirty-third
        # session, from profiles: 王强是 had been honoured)
        copula = _COPULA_SUBJECT.match(phrase) if end != verb_start and not PREDICATE_ONLY.match(phrase) else None
        phrase = copula["subject"] if copula else phrase
        described = DESCRIBED_QUOTED.search(phrase)
        if described and _unit_name(described[1]):  # (以他名字命名的“王汉江劳模创新工作室”: the unit the quotes name)
            phrase = described[1]
        # 陈鑫鹏一组 is 陈鑫鹏's team; 中建一局…项目团队 is a team's whole name
        # (…but a group's team is its whole name: 市公交集团队 — made up, twenty-eighth session, from briefs: 市公交集 had
        # been cut from 团队, and no one read)
        if not phrase.endswith("集团队"):
            phrase = re.sub(r"((?:^|[、的])[\u4e00-\u9fff]{2,4})(?:一组|一队|团队)$", r"\1", phrase)
        group = GROUP.search(phrase) or TOP_N_GROUP.search(phrase)
        count = _int(group["n"]) if group else None
        if group:
            phrase = phrase[:group.start()]
        tail = TRAILING_COUNT.search(phrase)
        while tail and len(tail["n"]) > 1 and _LONE_CHARACTER.search(phrase, 0, tail.start()):
            tail = TRAILING_COUNT.search(phrase, tail.start() + 1)  # 李四两人: 四 is the name's, the count is 两人
        if tail and not group and re.match(rf"{COUNT}[名位人]", tail.group()) and (
                _unit_name(phrase[:tail.start()]) or _is_place(phrase[:tail.start()])):
            return [], None  # a unit's or a place's own people counted (中铁十二局5人获评…, 安阳4名职工获评…): a count
        if tail and TEAM_NUMBER.fullmatch(tail.group()) and tail.start() > 0 and phrase[tail.start() - 1] not in "、等和及与":
            tail = None  # (a team's number ends its name: 市环卫处清扫一组, 运输二队 — no count of teams)
        if tail:
            count = count or _int(tail["n"])
            phrase = phrase[:tail.start()]
            if not phrase.strip() and s[start:end].lstrip().startswith("其中"):
                # (a part of those counted before, by its count alone, is the subject — not the clause before: 新建职工书屋
                # 80家，其中12家职工书屋被命名为… — made up, twenty-eighth session, from a year's review: the 80 built had been
                # read as the recipient)
                return [], count
        if count and not phrase.strip() and end == verb_start:
            # (a clause whose subject is only a count is a count, not the people the clause before named: 张三、李四获得
            # 一等奖，另有6名选手获得二等奖 — made up, twenty-ninth session, from a contest's report: the two had won both)
            return [], count
        quoted = re.fullmatch(r"(?:“[^“”]+”[、和及]?)+", phrase)
        units = re.findall(r"“([^“”]+)”", phrase) if quoted else []
        if units and all(COLLECTIVE.search(u) or _BASE.search(u) for u in units):
            # (units quoted by their names, 工作室 or 班组: “张伟劳模创新工作室”等15个工作室上榜 — made up, twenty-eighth
            # session, from briefs: read as works' titles, no one)
            return units, count
        if WORKS_COUNTED.match(s[start:end].strip()) or quoted:
            return [], count  # works, by their titles or counted (“智能巡检机器人研发与应用”等10项成果): no one named
        # 浙江梦天木业有限公司等分别荣获…, 张建国、李秀梅等人当选: the others are not named
        phrase = re.sub(r"等(?:人|同志)?$", "", phrase)
        items = [_unplaced(i) for i in _list_items(phrase)]
        names = [w for w in (person_name(i) for i in items) if w and not _not_recipient(w) and _is_named(w)]
        if names or start == 0 or (phrase and not ADVERBIAL_ONLY.match(phrase) and not PREDICATE_ONLY.match(phrase)):
            return names, count
        end = start - 1  # the clause held only adverbials: its subject is in the clause before
    return [], None


# a list's separator among those named before a verb (A、B分获…)
_LISTED_BEFORE = re.compile(r"[、和及与]")
# who a counted honour went to, in the clause after it: …荣获全国五一劳动奖章，分别是张三、李四和王五
# (…or some of them after 其中：, the rest untold: 共30个班组入选，其中：市第一人民医院急诊科、…等 — made up, nineteenth session)
# (…or some of them after 其中包括: …获颁“杰出员工奖”，其中包括港铁车长陈大文、医院管理局护士李美玲等 — made up, thirtieth session,
# from a Hong Kong union's awards and briefs: no one had been read)
NAMED_AFTER_CLAUSE = re.compile(r"[，,](?:(?:(?:他们|她们)(?:分别|依次)?|分别|依次)(?:是|为)[：:]?|其中(?:[：:]|包括[：:]?))"
                                r"(?P<items>[^，。；：]{2,80})")
# …to the sentence's end after a colon, each with their unit and post, parted by ， (…我市3人入选，分别是：中车南京浦镇车辆有限
# 公司高级技师周立新，南京钢铁股份有限公司炼钢工王海峰，… — made up, twenty-fifth session, from briefs: the first alone had
# been read)
# (…or the sentence after the count's, opening on who they were: 唐山市3名职工入选。他们是：开滦集团钳工李国强、唐钢公司电工
# 马丽娜和冀东水泥公司机修工孙伟 — made up, twenty-sixth session, from briefs: the count alone had been read)
_THEY_WERE = re.compile(r"(?:(?:他们|她们)(?:分别|依次)?|分别|依次)(?:是|为)[：:]")
NAMED_AFTER_COLON = re.compile(r"[，,。](?:(?:(?:他们|她们)(?:分别|依次)?|分别|依次)(?:是|为)|其中)[：:](?P<items>[^。；：]{2,240})")


def _named_of_count(named_after: re.Match, n: int | None) -> list[str]:
    """Those a count of `n` holds, named after it (who_they_were): all of them, or fewer with the list closing on 等."""
    names = _roster(named_after["items"])[0]
    some = named_after["items"].rstrip("。 ").endswith("等")
    return names if names and (len(names) == n or some and len(names) < (n or 0)) else []


def who_they_were(s: str, at: int) -> re.Match | None:
    """Who a counted honour went to, named in the clause at `at` (，分别是A、B和C), or to the sentence's end after a
    colon."""
    return NAMED_AFTER_COLON.match(s, at) or NAMED_AFTER_CLAUSE.match(s, at)


# …or those chosen, named as its subject in the clause after the choosing (评选出2024年度“十大金牌工匠”，张建国、李秀梅等10人入选
# — made up, twenty-first session, from briefs; the results' patterns read it after 揭晓)
CHOSEN_AFTER = re.compile(r"[，,](?P<member>[^，。；\s]{2,80}?)(?:当选|入选|上榜|榜上有名|名列其中|获此殊荣)(?=[，。；！]|$)")
# one character left of a listed name where a count's numeral begins (张三、李|四两人)
_LONE_CHARACTER = re.compile(r"(?:^|[、和及与])[\u4e00-\u9fff]$")


def _place_qualifier(who: str) -> int:
    """Where a place that qualifies the honour begins at the end of the recipients (邓道琳|安徽省), else len(who):
    the longest tail ending in a place word that reads as place names alone."""
    for k in range(max(0, len(who) - 8), len(who) - 1):
        tail = who[k:]
        if _PLACE_QUALIFIER.fullmatch(tail) and (tail.startswith("全") or all(t.startswith("ns") for _w, t in
                                                                                lexicon.tag(tail))):
            return k
    return len(who)


# what follows a quoted name in its clause, up to a list's joiner (“安康杯”|竞赛优胜单位|和优秀组织单位)
_FRAME_ONLY = re.compile(r"(?:国家|省级|市级)?(?:荣誉)?称号")
_QUOTED_RUNS_ON = re.compile(r"[^，。；：“”、和及与\s]{2,10}(?=[，。；：、和及与\s]|$)")


# the ending contests listed before it share: their event's word, then the placing (…运维项目第一名, …组冠军)
# (…a medal too, and contests joined by 和 or 及: 分别摘得焊接项目和数控车项目金牌, 分别获得焊工和电工项目一等奖 — made up,
# thirty-first session, from briefs: both had taken the pair's whole name)
_CONTEST_TAIL = re.compile(rf"(?P<word>项目|赛项|组|工种)(?P<place>{RANK}|冠军|亚军|季军|[一二三]等奖|金奖|银奖|铜奖|金牌|银牌|铜牌)$")


def _shared_tail(span: str) -> list[str]:
    """Honours written with one shared ending, heads of one length: 一、二、三等奖 → 一等奖, 二等奖, 三等奖; 金、银、铜奖 →
    金奖, 银奖, 铜奖; a shared opening and ending: 第二、三名 → 第二名, 第三名; [] for anything else."""
    ranked = re.fullmatch(r"第((?:[一二三四五六七八九十]、)+[一二三四五六七八九十])名", span)
    if ranked:  # 第二、三名: 第二名, 第三名
        return [f"第{n}名" for n in ranked.group(1).split("、")]
    contests = re.split(r"[、和及]", span)
    contest = _CONTEST_TAIL.search(contests[-1])
    if len(contests) >= 2 and contest and all(0 < len(p) <= 12 and not _CONTEST_TAIL.search(p) for p in contests[:-1]):
        # 电工、水质检验、燃气管网运维项目第一名: each contest's placing (made up, nineteenth session)
        return [p + (contest["place"] if p.endswith(contest["word"]) else contest.group()) for p in contests[:-1]] \
            + [contests[-1]]  # (青年组、中年组、老年组冠军: the word written in each)
    parts = span.split("、")
    width = len(parts[0])
    if len(parts) < 2 or not 1 <= width <= 2 or any(len(p) != width for p in parts[:-1]) \
            or not HONOUR_TITLE.search(parts[-1][width:]) and not parts[-1][width:].endswith("奖"):
        return []
    return [p + parts[-1][width:] for p in parts[:-1]] + [parts[-1]]


def _shared_opening(listed: list[str]) -> list[str]:
    """Placings or a commendation's kinds listed after a first that opens on what they share: 团体第二名和第三名 →
    团体第二名, 团体第三名; 男子组冠军和亚军 → 男子组冠军, 男子组亚军 (made up, twenty-fourth session, from briefs: the second
    had been 第三名 alone); 经审工作先进集体15个、先进个人30名 → 经审工作先进个人 (made up, twenty-fifth session, from a union
    site's item: 先进个人 alone)."""
    # (a placing alone, PLACING's: 第三名, 亚军, 二等奖, 银奖 — or a bare kind, 先进个人 — after a first that names its
    # contest, group or work before it)
    for alone in (PLACING, BARE_KIND_TITLE):
        first = alone.search(listed[0]) if listed else None
        if first and first.start() > 0:
            return listed[:1] + [listed[0][:first.start()] + x if alone.fullmatch(x) else x for x in listed[1:]]
    return listed


# a commendation's kind named bare (先进个人, 先进集体, 优秀工作者…): what a title listed after a fuller one shares its opening with
BARE_KIND_TITLE = re.compile(r"(?:先进|优秀|优胜)(?:个人|集体|单位|工作者|班组|职工)$")


def _clause_end(s: str, at: int) -> int:
    return next((i for i in range(at, len(s)) if s[i] in "，。；！？"), len(s))


def _listed(items: str) -> list[str]:
    """The honours of a list (、, 和, 及 between them, or quoted names one after another)."""
    return [x for x in re.split(r"、|(?<=”)(?=“)|和|及", items) if len(x) >= 2]


def _names_honour(award: str, tail: str | None = None) -> bool:
    """The words read as an honour's name: framed by 称号, quoted, or ending in an honour word or opening on a
    qualifier honours open with (十佳, 优秀…)."""
    return bool(tail or "“" in award or HONOUR_TITLE.search(_clean_award(award)))


def _split_recipients(span: str) -> tuple[str, str] | None:
    """(recipients, honour) of 张三、李四全国劳动模范: the shortest run of named people or units after which an honour
    opens on a place, the nation or a qualifier and ends as honours end (张三|省劳动模范), else None."""
    bounds, at = [], 0
    for word, _tag in lexicon.tag(span):  # split where a word ends (张小三|安徽省, not 张小|三安徽省)
        at += len(word)
        bounds.append(at)
    for k in (b for b in bounds if 2 <= b < len(span) - 1):
        who, honour = span[:k], span[k:]
        if who.endswith(("、", "和", "及", "与")) or honour.startswith("同志"):
            continue  # a list goes on after its separator (张三、|李四省… is no split); 张建国同志|河南省…: 同志 is his
        items = _list_items(who)
        if _HONOUR_OPENS.match(honour) and HONOUR_TITLE.search(honour) and items and all(
                _is_named(person_name(i)) and not _not_recipient(person_name(i)) for i in items):
            return who, honour
    return None


def _year_of(award: str, default: int | None) -> int | None:
    """The year an honour's name opens on (2020年度全市十佳职工), else `default`."""
    year = re.match(r"\s*((?:19|20)\d{2})年", award)
    return int(year.group(1)) if year else default


ROSTER_TITLE_LINE = re.compile(r"(?:名单|名录)(?:如下)?[：:]?$")


def _under_roster(doc: Doc, k: int) -> bool:
    """Sentence k, an honour's name alone on its line, heads part of a roster: the line above is the roster's
    title (获奖名单) or the last name of the part before (一等奖 / 张三 某某公司 / 二等奖 / …)."""
    if k == 0:
        return False
    above = doc.sentences[k - 1].text.strip()
    listed = ROSTER_LINE.match(above)
    return bool(ROSTER_TITLE_LINE.search(above)) or bool(listed and _roster(listed["items"])[0]
                                                        and not HONOUR_TITLE.search(above))


def _names_below(doc: Doc, k: int) -> tuple[list[str], int]:
    """The names a roster gives on the lines below its title (sentence k), to the first line that is not a
    roster's, and where the last of them ends (relative to the title's sentence)."""
    names, end = [], doc.sentences[k].end - doc.sentences[k].start
    lines = doc.sentences[k + 1:k + 1 + MAX_ROSTER_LINES]
    if lines and ROSTER_HEADER.match(lines[0].text):
        lines = lines[1:]
    for i, line in enumerate(lines):
        below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if SIGNED_ON.fullmatch(line.text.strip()) or SIGNED_ON.fullmatch(below):
            # (the issuer's name and the day it signed, under a notice's roster: 宜春市总工会 / 2025年12月1日 — made up,
            # twenty-fifth session, from a union's notice: the issuer had been one more name of the roster)
            break
        if _group_label(line.text):
            continue  # 郑州市（2名） over the names from there
        listed = ROSTER_LINE.match(line.text) or _grouped(line.text)
        more = _roster(listed["items"])[0] if listed else []
        if not more:
            break
        names, end = names + more, line.end - doc.sentences[k].start
    return names, end


# a roster's line naming its recipients by where they work or live (郑州市：张三、李四; 市直机关（2名）：王五、赵六)
GROUPED_LINE = re.compile(rf"^\s*(?P<label>[^。；，：\s]{{2,20}}?)(?:[（(]{COUNT}{_UNIT}[）)])?[：:](?P<items>[^。；：]{{2,200}})$")


GROUP_LABEL = re.compile(rf"^\s*(?P<label>[^。；，：\s（(]{{2,20}}?)(?P<counted>[（(]{COUNT}{_UNIT}[）)])?\s*$")


def _group_label(line: str) -> bool:
    """A roster's line naming the group the names under it come from: a place alone (郑州市), or anything before a
    count of them (市直机关（2名）)."""
    m = GROUP_LABEL.match(line)
    if m is None or ENDS_AS_HONOUR.search(m["label"]):
        return False
    return bool(m["counted"]) or _is_place(m["label"])


_PLACE_BEFORE_COUNT = re.compile(rf"[{HAN}]{{2,8}}?(?={COUNT}{_UNIT})")


# works counted as the subject, their titles quoted before 等 or not (“智能巡检机器人研发与应用”等10项成果, 23件作品): the
# honour goes to works, no one named — a count row (made up, nineteenth session: the title had been cut at 与 into a
# person 应用)
WORKS_COUNTED = re.compile(rf"^(?:“[^“”]{{2,40}}”(?:[、和及]“[^“”]{{2,40}}”)*等)?(?P<n>{COUNT})(?P<unit>项|件|篇|部)"
                           r"(?:成果|作品|课题|发明|项目|论文|专利|案例|技术)")


def _counted_subject(own: str) -> re.Match | None:
    """A subject that is only a count of those from here (COUNTED_SUBJECT), a place's short name before it too
    (安阳4名职工: 安阳's), or a count of works (WORKS_COUNTED)."""
    works = WORKS_COUNTED.match(own)
    if works:
        return works
    counted = COUNTED_SUBJECT.match(own)
    place = _PLACE_BEFORE_COUNT.match(own) if counted is None else None
    return COUNTED_SUBJECT.match(own[place.end():]) if place and _is_place(place.group()) else counted


def _is_place(name: str) -> bool:
    """A place's name and nothing else (郑州市, 安阳, 鄞州区)."""
    return bool(name) and any(p.start == 0 and p.end == len(name) for p in find_places(name))


def _grouped(line: str) -> re.Match | None:
    """A roster's line of names under the group they come from — not an honour's part (一等奖：张三) and names
    alone after the colon."""
    m = GROUPED_LINE.match(line)
    if m is None or ENDS_AS_HONOUR.search(m["label"]) or HONOUR_TITLE.search(m["label"]):
        return None
    names = _roster(m["items"])[0]
    return m if names and len(names) == len(_list_items(BRACKETED.sub("", m["items"]))) else None


def _unpadded(pieces: list[str]) -> list[str]:
    """A row's names with a two-character name padded to a column's width made whole again (王　强 → 王强)."""
    out: list[str] = []
    for piece in pieces:
        if len(piece) == 1 and out and len(out[-1]) == 1:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _without_descriptions(items: str) -> str:
    """A roster's items less the bracketed descriptions that close them (张伟（市第一人民医院护士长）) — not a bracket
    inside a name that goes on after it (天津港（集团）有限公司 — made up, twenty-ninth session, from rosters: 天津港有限公司)."""
    return BRACKETED.sub(lambda m: "" if m.end() == len(items) or items[m.end()] in "、，, \u3000" else m.group(), items)


def _roster(items: str) -> tuple[list[str], int | None]:
    """The recipients a roster names, and the count it gives (…等10人): 、，和 between them, a name's bracketed
    description dropped (张伟（市第一人民医院护士长）), a description after a space too (张伟 市第一人民医院护士长)
    or before it (市第一人民医院护士长 张伟), unless the line is names alone (张三 李四 王五)."""
    items = _without_descriptions(items).replace("，", "、").strip()
    group = GROUP.search(items)
    if group:
        items = items[:group.start()]
    items = re.sub(r"等人?$", "", items)
    names = []
    for item in _list_items(items):
        pieces = _unpadded(item.split())
        if not pieces:
            continue
        people = [p for p in pieces if len(p) <= 4 and _is_named(p)]
        # (…or the description first and the name last, as some rosters set them: 市公交集团驾驶员 张伟)
        described_first = len(pieces) > 1 and people == pieces[-1:]
        for piece in (people if len(people) == len(pieces) or described_first else pieces[:1]):
            who = person_name(piece)
            if who and not _not_recipient(who) and _is_named(who):
                names.append(who)
    return names, _int(group["n"]) if group else None


_ROUND_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def _kind_words_before(award: str) -> tuple[str, str]:
    """(kind words, honour) of 单位安徽省五一劳动奖状 or 班组安徽省工人先锋号 — what was counted, then an honour opening
    on a place, the nation or a qualifier (授予100个单位安徽省五一劳动奖状, as grrb_20220502-02-03's 等62个车间、班组、
    科室安徽省工人先锋号) or quoted (授予10名职工“最美职工”称号) — else ('', award): 先进集体 is an honour's own name."""
    kinds = KIND_WORDS.match(award)
    rest = award[kinds.end():] if kinds else ""
    # (…its round's year first: 授予966名职工2024年全国五一劳动奖章, 50名职工2023年度省五一劳动奖章 — made up, thirty-third
    # session, from briefs: the honour had been 职工2024年全国五一劳动奖章)
    dated = _ROUND_YEAR.match(rest)
    after_year = rest[dated.end():] if dated else rest
    if kinds and (len(after_year) >= 4 and _HONOUR_OPENS.match(after_year)
                  or after_year[:1] == "“" and after_year.count("“") == 1):
        return kinds.group().rstrip("、和及与"), rest
    return "", award


def _counted_kinds(items: str, honours: str, add) -> None:
    """Counts of several kinds and the honours after their verb (20个单位、50名个人分别获得全国五一劳动奖状、奖章): one
    honour each in order when the numbers agree, the one honour for every kind when one is named; an honour cut to
    its ending after the one before it (奖状、奖章) is named in full. Each row goes to `add(award, n, unit, kind)`."""
    counts = [(m["n"], m["unit"], m.group().rstrip("、和及以")) for m in COUNTED_KIND_ITEM.finditer(items)]
    listed: list[str] = []
    for x in _listed(honours):
        before = listed[-1] if listed else ""
        # (奖章 after 全国五一劳动奖状: the same honour's other kind)
        listed.append(before[:-len(x)] + x if len(x) <= 3 and len(before) > len(x) and before[-len(x)] == x[0] else x)
    listed = [x for x in listed if HONOUR_TITLE.search(x)]
    pairs = list(zip(counts, listed)) if len(listed) == len(counts) else \
        [(c, listed[0]) for c in counts] if len(listed) == 1 else []
    for (n, unit, counted), award in pairs:
        add(award, _int(n), unit, _kind_of_counted(counted))


# people counted by a word for people, not by their honour (张建国、李秀英等50名同志受到表彰): those the act named before honoured
PEOPLE_WORDS = ("同志", "职工", "人", "员工", "劳动者")
# the honour an act of commending gives, as its clause names it: 表彰了2024年度…工作者 · 对…工作者进行表彰
_COMMENDED_OBJECT = re.compile(r"^.*?(?:表彰|表扬|嘉奖)了?(?P<a>[^，。；]{2,30})$"
                               r"|^(?:.*?)对(?P<b>[^，。；]{2,30}?)(?:进行|给予|予以)了?(?:通报)?(?:表彰|表扬|嘉奖)$")


def _honour_commended_before(before: str) -> str | None:
    """The honour the clause before a count of people names as commended (会议表彰了2024年度全省优秀工会工作者，…), else
    None."""
    clause = re.split(r"[，。；]", before.rstrip("，"))[-1]
    m = _COMMENDED_OBJECT.match(clause)
    honour = (m["a"] or m["b"]) if m else ""
    return honour if honour and HONOUR_TITLE.search(honour.strip("“”")) else None


# the kinds a count may name with no honour of its own, when the honours were named before them in order
_KIND_ALONE = frozenset(("集体", "个人", "单位", "班组", "企业", "职工", "同志", "人", "家庭", "团队"))


def _honours_in_order(before: str, kinds: list[str]) -> list[str]:
    """The honours the last clause before names as given (命名表彰了A、B和C), one per counted kind after it, when the kinds
    are bare (3家单位、2个班组和1名个人) and as many as the honours, none of which the kinds' words already tell apart
    (made up, twenty-first session, from briefs: no row had come of them); else []."""
    if len(kinds) < 2 or not all(k in _KIND_ALONE for k in kinds):
        return []
    clause = re.split(r"[，。；]", before.rstrip("，。； "))[-1]
    act = GIVING_ACT.match(clause)
    if not act:
        return []
    listed = re.sub(r"^(?:表彰|命名|授予)?了?", "", clause[act.end():])  # (命名表彰了…: both verbs)
    year = re.match(r"\d{4}年度?", listed)  # (2024年度A、B和C: the round of each)
    honours = [HOLDERS_END.sub("", x.strip("“”")) for x in re.split(r"[、和及与]", listed[year.end() if year else 0:])]
    if len(honours) != len(kinds) or not all(HONOUR_TITLE.search(h) for h in honours) \
            or any(_honour_of_kind(before, k) for k in kinds if k in BARE_KINDS):
        return []
    return [(year.group() if year else "") + h for h in honours]


def _honour_of_kind(before: str, kind: str) -> str | None:
    """The honour of a kind (集体, 个人) the text before a count names: 表彰了…先进集体和先进个人，共有20个集体、35名个人…
    → 先进集体 for 集体; the second of 先进集体和个人 takes the first's words (先进个人)."""
    for clause in reversed(re.split(r"[，。；]", before)):
        items: list[str] = []
        for part in re.split(r"[、和及与]", GIVING_ACT.sub("", clause)):
            part = part.strip("“”")
            if part in BARE_KINDS and items:
                head = re.sub(rf"(?:{'|'.join(BARE_KINDS)})$", "", items[-1])
                part = head + part if head != items[-1] else part
            items.append(part)
        found = [x for x in items if x.endswith(kind) and x != kind and HONOUR_TITLE.search(x)]
        if found:
            return found[-1]
    return None


# a title that counts its holders, chosen (评选出十大最美职工) or announced (2023年度“十佳城市美容师”揭晓)
_TEN_BEST_TITLE = r"(?P<year>\d{4}年度?)?(?P<award>“?(?P<n>十|二十|百)(?:大|佳)[^，。；“”\d]{2,12}?”?)"
TEN_BEST = (re.compile(rf"(?:评选出|评出|选出|产生|表彰)(?:了)?{_TEN_BEST_TITLE}(?=[，。；]|$)"),
            re.compile(rf"{_TEN_BEST_TITLE}(?:评选结果|名单)?(?:揭晓|出炉)"))


def _honours_by_kind(rows: list[Award], start: int, end: int) -> dict[str, str]:
    """The honour given each kind of recipient by the counts in rows made from text[start:end] (授予100个单位…奖状、
    300名个人…奖章), when they count two kinds or more: one kind's count says nothing of another's honour."""
    given = {x.recipient_kind: x.award for x in rows
             if not x.recipient and x.recipient_kind and start <= x.start < end}
    return given if len(given) > 1 else {}


def _kind_of_counted(counted: str) -> str:
    """The recipient kind a counted noun names (30个集体 → collective, 60名个人 → person, 2家单位 → unit), else ''."""
    if re.search(r"(?:集体|班组|团队|车间)$", counted):
        return "collective"
    if re.search(r"(?:个人|职工|人|劳模|工匠)$", counted):
        return "person"
    if re.search(r"(?:单位|企业|公司)$", counted):
        return "unit"
    return ""


def _antecedent(doc: Doc, at: int) -> list[str]:
    """The person a 他 or 她 at `at` stands for: of the people the article names more than once, the one named
    last before it in its paragraph — by the tokenizer's names, else by LAC's (王大山, which the tokenizer cuts as
    王大 + 山) —, else the only person the paragraph names before it; in a paragraph that names no one, the story's
    subject: the person named most often before it, else the only one the first paragraph naming anyone names."""
    para = doc.paragraph_at(at)
    before = doc.text[para.start:at]
    for people in (doc.people, doc.people_by_lac(para.start, at) if before.strip() else ()):
        found = max(((before.rfind(w), w) for w in people), default=(-1, ""))
        if found[0] >= 0:
            return [found[1]]
    # …else the one person the paragraph names before it, though only once (张建国是…的一名焊工。今年4月，他被授予…: a
    # short profile names its subject once)
    once = doc.people_by_lac(para.start, at, min_count=1) if before.strip() else ()
    if once:
        return list(once) if len(once) == 1 else []
    # …else the one a trade or post names right before a comma, as print introduces people (装配钳工胡双钱，参与了…。多年来，
    # 他先后获得… — made up, twenty-ninth session, from a feature of three workers: LAC reads 胡双 + 钱, and the 他 had
    # been the first section's worker)
    titled = {m["name"] for m in _TITLED_NAME.finditer(before) if m["name"][:1] in SURNAMES
              and lexicon.jieba_dictionary_tags().get(m["name"]) is None}
    if titled:
        return list(titled) if len(titled) == 1 else []
    # …and a paragraph that names no one goes on about the story's subject (张建国是… / “…”这是他常挂在嘴边的话 / 今年4月，
    # 他荣获…): the person named most often before it, else the only one the first paragraph naming anyone names
    # (not a speaker quoted between: 车间主任李明说：“他是…”)
    text = doc.text[doc.body_start:para.start]
    often = sorted(((text.count(w), -text.find(w), w) for w in doc.people if w in text), reverse=True)
    if often:
        return [often[0][2]]
    for earlier in doc.paragraphs:
        if doc.body_start <= earlier.start < para.start:
            named = doc.people_by_lac(earlier.start, earlier.end, min_count=1)
            if named:
                return list(named) if len(named) == 1 else []
    return []


# a person introduced by their trade or post and a comma (装配钳工胡双钱，, 高级技师李强，, 车间主任王芳，)
_TITLED_NAME = re.compile(rf"(?:工|技师|工程师|师傅|司机|班长|队长|组长|主任|经理|书记|主席|员)(?P<name>[{HAN}]{{2,3}})[，,]")


# a unit referred back to (该工作室, 该公司, 这个班组): the one of that kind the article named before
# (…or its kind alone, the clause's whole subject: 去年，公司成立“李刚劳模创新工作室”…。今年4月，工作室被命名为… — made up,
# twenty-seventh session, from a profile: no row)
DEMONSTRATIVE = re.compile(rf"(?:该|此|这个|这一)(?P<kind>[{HAN}]{{0,4}}{_COLLECTIVE_END})|(?P<bare>工作室|班组|车间|团队)")
_NAMED_UNIT = re.compile(rf"[^，。；：、\s“”在由对向为和与及的]{{2,24}}")
_KIND_ENDINGS = {"班组": ("班组", "班", "组")}  # a kind's word and the endings of the names of its kind


def _unit_named_before(doc: Doc, at: int, kind: str) -> list[str]:
    """The unit of `kind` (工作室, 公司) the article named last before `at`, whole (王大山劳模创新工作室), as a
    one-item list; [] when it named none. An organisation's span first, else the words before the kind back to the
    clause's start or a preposition."""
    endings = _KIND_ENDINGS.get(kind, (kind,))  # (该班组: a team named …班 or …组)
    orgs = [o.text for o in doc.orgs if o.end <= at and o.text.endswith(endings) and len(o.text) > len(kind) + 1]
    if orgs:
        return orgs[-1:]
    found = [m.group() for m in _NAMED_UNIT.finditer(doc.text, 0, at)]
    named = [x[:max(x.rfind(e) + len(e) for e in endings if e in x)] for x in found if any(e in x for e in endings)]
    named = [x for x in named if len(x) > len(kind) + 1 and not _not_recipient(x) and _is_named(x)]
    return named[-1:]


def _only_person_before(doc: Doc, at: int) -> list[str]:
    """The one person the article names more than once before `at`, as a one-item list; [] when none or several."""
    for people in (doc.people, doc.people_by_lac(0, at)):
        named = [w for w in people if 0 <= doc.text.find(w) < at]
        if named:
            return named if len(named) == 1 else []
    return []


_HOLDER_FIRST = re.compile(r"^(?:[^、，。]{2,24}?(?:获得者|得主)、)+")


def _clause_subject(before: str) -> list[str]:
    """A person who opens a clause of `before` (谭泽勇当了20年村支书，…), or whom its opening describes by job title or
    workplace (高级技师张建国…, 中铁十二局焊工张建国…): the first, as a one-item list — the name as LAC reads it where the
    clause opens on a surname (冯为远, which the tokenizer cuts as 冯为 + 远; 王大山), else the tokenizer's."""
    for clause in re.split(r"[，；：]", before):
        clause = _LEAD_OPENING.sub("", clause.strip()).strip()
        # (an honour held, listed before the rest of the description, is no unit's name: 全国五一劳动奖章获得者、鞍钢集团高级技师
        # 李超 — made up, twenty-sixth session, from briefs: the recipient had been 全国五一劳动奖章获得者、鞍钢集团)
        clause = _HOLDER_FIRST.sub("", clause)
        tokens = lexicon.tag(clause)
        tokenizers = tokens[0][0] if tokens and tokens[0][1] == "nr" and 2 <= len(tokens[0][0]) <= 4 \
            and tokens[0][0][:1] in SURNAMES else ""
        lacs = opening_name(clause) if clause[:1] in SURNAMES else ""
        if lacs or tokenizers:
            return [lacs or tokenizers]
        described = described_opening_name(clause)
        if described and ROLE_THEN_NAME.match("".join(described)):
            return [described[1]]  # 高级技师张建国扎根一线20年，…: the person after the job title or workplace
        unit = _opening_unit(clause, tokens)
        if unit:
            return [unit]
        # 2015年荣获全国五一劳动奖章的张建国，今年又…: the person it describes (not a roster's, 获得一等奖的是…的李华)
        described = DESCRIBED_NAME.search(clause) if not ROSTER_COPULA.search(clause) else None
        if described and _is_named(described.group(1)) and not _not_recipient(described.group(1)):
            return [described.group(1)]
    return []


# a unit described by the person it belongs to, named by a pronoun (他带领的创新工作室, 她所在的班组)
PRONOUN_OWNER = re.compile(r"[他她](?:带领|领衔|所在|牵头|创办|创建)?的")
# a unit's name quoted after a description of it (以他名字命名的“王汉江劳模创新工作室”, 由张强领衔的“张强技能大师工作室”, 该公司
# 成立的“蓝天志愿服务队” — made up, twenty-third session, from briefs: the description had stayed in the recipient)
DESCRIBED_QUOTED = re.compile(r"的“([^“”]{2,30})”$")
# a clause that is all one description of the person at its end (2015年荣获全国五一劳动奖章的张建国)
DESCRIBED_NAME = re.compile(rf"的([{HAN}]{{2,4}})$")
ROSTER_COPULA = re.compile(r"的(?:分别|依次)?(?:是|为|有)")


def _opening_unit(clause: str, tokens: tuple[tuple[str, str], ...]) -> str:
    """A unit or team the clause opens on (国网山东电力公司运维班扎根一线20年 → 国网山东电力公司运维班): the longest run of
    the tokenizer's words from the clause's start that ends on a unit's ending, named (not 该车间, 本公司)."""
    if not tokens or tokens[0][1] in ("p", "c", "d", "r", "v"):
        return ""  # (被全国总工会授予…, 在…, 由…: the clause opens on what was done, not on who)
    unit, at = "", 0
    for word, _tag in tokens:
        at += len(word)
        if COLLECTIVE.search(word) and at >= 4:
            unit = clause[:at]
    ok = unit and _is_named(unit) and not is_generic(unit) and not _not_recipient(unit)
    return unit if ok else ""


# a clause whose person is not the topic of the clauses after it: a speaker's (张明说，…) or a possessor's (张明带领的班组，…)
_NOT_TOPIC = re.compile(rf"^[{HAN}]{{2,4}}?(?:{SAYING})|的[^，；：]*(?:{_COLLECTIVE_END}|团队)$")


def _topic_before(before: str) -> list[str]:
    """The person the clauses before a subjectless one are about: the nearest clause (of three) opening on a person's
    name, else none — nor when that clause tells what the person said or what belongs to them."""
    for clause in list(reversed(re.split(r"[，；：]", before)))[:3]:
        clause = _LEAD_OPENING.sub("", clause.strip()).strip()  # (本报讯 张明受到…表彰，被授予…)
        found = _clause_subject(clause)
        if found:
            return [] if _NOT_TOPIC.search(clause) else found
    return []


def extract(doc: Doc) -> list[Award]:
    """Honours given in one analysed article, one row per (honour, recipient)."""
    issue_year = doc.issue.year if doc.issue else None
    out: list[Award] = []
    listed_for: list[str] = []  # the person a profile's list of honours under its heading is of (主要荣誉：)
    for k, sent in enumerate(doc.sentences):
        s = sent.text
        after = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else None
        if after is not None and after.start == sent.end and _THEY_WERE.match(after.text):
            s += after.text  # (…唐山市3名职工入选。他们是：开滦集团钳工李国强、…: who the count was, the sentence after)
        held = HONOUR_HELD_LINE.match(s) if listed_for else None
        if not held:
            listed_for = _antecedent(doc, sent.start) if HONOURS_HEADING.fullmatch(s.strip()) else []
        if not HONOUR_ANY.search(s):
            continue  # most sentences name no honour: skip the costlier patterns
        covered: list[tuple[int, int]] = []

        def add(rule: str, award: str, who: str, count: int | None, group: int | None, year: int | None, at: int,
                a: int, b: int, by_at: int | None = None, unit: str = "", kind: str = "") -> None:
            fuller = _named_in_full(s[:at], _clean_award(award)) if len(_clean_award(award)) <= 6 else None
            if fuller:  # (…表扬2024年度全国“安康杯”竞赛优胜单位…，我市…获评优胜单位: the honour as named before, its year)
                award, year = fuller, _year_of(fuller, year)
            award = _clean_award(award)
            if not who and count and count == group:
                # a count, then who they were, all of them (授予10名职工“市劳动模范”称号。他们分别是：张伟、王强…): a row each
                named = who_they_were(s, _clause_end(s, b - 1))
                names = _roster(named["items"])[0] if named else []
                if len(names) == count:
                    for name in names:
                        add(rule, award, name, 1, count, year, at, a, named.end(), by_at, unit, kind)
                    return
            who = who.replace("“", "").replace("”", "")  # (济南二机床集团“张明劳模创新工作室”: the unit's name, its quotes read)
            owner = PRONOUN_OWNER.match(who)
            if owner:  # 他带领的创新工作室 → 王大山带领的创新工作室: the person the 他 stands for, when the article names them
                # (…else, with none in its paragraph, the one person the article names more than once before it: its
                # subject — by the tokenizer's names, else by LAC's, 王大山 being 王大 + 山 to the tokenizer)
                person = _antecedent(doc, sent.start + a) or _only_person_before(doc, sent.start + a)
                if not person:
                    return  # (a description of no one the article names: 他带领的班组被授予…)
                who = person[0] + who[1:]
            if len(award) < 2 or (who and _not_recipient(who)) or AN_ACT.search(award) or PROPOSED.search(s, 0, at):
                return  # (…nor an honour proposed or to come: 拟授予…，现予以公示, 将获得…)
            if year == issue_year and rule != "honour.receive":  # (receiving dates itself, the same way)
                dated = _year_before(s, at)
                year = int(dated.group(1)) if dated else year  # 2019年，省总工会授予张三…
            if year == issue_year:  # (…or the sentence named the honour with its round before: 2024年“大国工匠年度人物”
                # 发布活动…，王刚等10人获评“大国工匠年度人物” — made up, twenty-first session, from a brief)
                # (…or the sentence before it in its paragraph did: 区总工会…表彰2024年度优秀工会工作者和工会积极分子。李明…等20名
                # 同志被评为优秀工会工作者，赵磊…被评为优秀工会积极分子 — made up, twenty-seventh session, from briefs: the issue's
                # year)
                before = doc.sentences[k - 1] if k else None
                year = _round_named(s[:at], award) or (
                    _round_named(before.text, award) if before is not None
                    and doc.paragraph_at(before.start).start == doc.paragraph_at(sent.start).start else None) or year
            if any(x.award == award and x.recipient == who and x.start == sent.start + a
                   and (who or x.recipient_count == count) for x in out):
                return  # (counts of one honour from one sentence differ by kind: 3个集体、5名个人)
            status = _status(s, at, year, issue_year)
            # (…its own clause's: …先后获得江苏省五一劳动奖章等荣誉，今年又被授予… — made up, thirty-third session, from
            # features: the earlier honours had been this year's)
            own = clause_at(s, at)
            if status == "prior" and year == issue_year and year is not None \
                    and not re.search(rf"{year}年|今年|本年", s[own.start:own.end]):
                year = None  # (先后获得…等荣誉, 两次获得“鲁班奖”: when, the text does not say — not the issue's year)
            giver, in_sentence = _awarding_body(doc, sent.start, sent.start + (by_at if by_at is not None else a),
                                                article_body=status == "current", recipient=who,
                                                placing=PLACING.search(award) is not None,
                                                honoured=tuple(x.recipient for x in out
                                                               if x.start >= sent.start and x.recipient))
            if who and group == 1:
                group = None  # (a named one's group of one says nothing: 张建国是…的一名焊工，今年被授予…)
            out.append(Award(award, who, count, group, year, giver, status, sent.start + a, sent.start + b, rule,
                             kind or recipient_kind(who, award, unit), giver_in_sentence=in_sentence))
            covered.append((a, b))

        if held and _names_honour(held["award"]):
            # 主要荣誉： / 2018年 吉林省五一劳动奖章 / 2020年 全国技术能手: the profile's person's, each of its year (made up,
            # twenty-seventh session, from a union site's profile: no row)
            add("honour.receive", held["award"], listed_for[0], 1, None, int(held["year"]), held.start("award"),
                0, held.end())
            continue
        merits = (m for m in MERIT_BY.finditer(s) if MERIT.match(s, m.end())) if "功" in s else ()
        for m in sorted(chain(RECEIVE.finditer(s), PASSIVE_BY.finditer(s), merits), key=lambda m: m.start()):
            passive = m.re is PASSIVE_BY or m.re is MERIT_BY
            aw = AWARD_AFTER.match(s, m.end())
            if aw and aw["award"].count("“") > aw["award"].count("”"):
                aw = QUOTED_AFTER.match(s, m.end()) or aw
            if m.group().startswith("荣登") and not (aw and re.sub(r"^\d{4}年度?", "", aw["award"]).startswith("“")):
                continue  # 荣登“中国好人榜” (its year before it too), not a medal table (荣登金牌榜首位, rmrb_20200117-06-02)
            honour_verb = passive or bool(HONOUR_VERB.fullmatch(m.group().rstrip("了过")))
            # (a quoted name after any verb of receiving, when it opens as honours open: 获得“最美职工”, not 获得“真金白银”)
            quoted = bool(aw and "“" in aw["award"] and (honour_verb or QUOTED_QUALIFIED.search(aw["award"])))
            if not aw or (not re.search(HONOUR + r"|金牌|银牌|铜牌|" + RANK, aw["award"]) and not aw["tail"]
                          and not quoted):
                aw = QUALIFIED_AFTER.match(s, m.end()) if honour_verb else None
                if not aw:
                    continue
            # the year after the verb (荣获2022年度…), else one before it in its clause (2015年荣获…的李俊)
            # (…but a clause's own 今年 or 去年 over the year the sentence opens on: 2018年，他曾被评为…，今年又荣获… — made up,
            # thirtieth session, from profiles: the second honour had been 2018's, past)
            own_relative = _RELATIVE_BEFORE.search(s, _clause_start(s, m.start()), m.start())
            year_s = aw["year"] or aw["year2"] or (
                _YEAR_BEFORE.search(s, _clause_start(s, m.start()), m.start()) if own_relative
                else _year_before(s, m.start()))
            given = GIVER_AND_YEAR.match(aw["award"])
            given = given if given and given["by"].endswith(ORG_SUFFIXES) else None
            if given:
                year_s = given["year"]  # 入选全国总工会2018年“大国工匠年度人物”: the giver's, that year's
            relative = _relative_year(s, m.start(), issue_year) if not year_s else None
            year = int((year_s if isinstance(year_s, str) else year_s.group(1))[:4]) if year_s \
                else relative or issue_year
            split_up = s[m.start() - 1:m.start()] == "分"  # 张三、李四分获一等奖和二等奖: in that order
            respective = split_up or s.endswith("分别", 0, m.start())  # …分别被授予“A”和“B”
            names, group = _recipients(s, m.start() - split_up)
            own = _strip_tail(_LEAD_OPENING.sub("", s[_clause_start(s, m.start()):m.start()]).strip())
            demonstrative = DEMONSTRATIVE.fullmatch(OPENING_TIME.sub("", own)) if not names else None
            if demonstrative:  # 该工作室去年被命名为…: the 工作室 the article named before
                names = _unit_named_before(doc, sent.start + m.start(), demonstrative["kind"] or demonstrative["bare"])
            if not names and (year_s or relative) and (not own or ADVERBIAL_ONLY.match(own)):
                # a dated clause with no subject of its own in a life's record (…，2010年荣获…) shares the
                # sentence's subject: the one honoured before it in the sentence, else a person opening a clause
                earlier = [x.recipient for x in out if x.start >= sent.start and x.recipient and x.rule == "honour.receive"]
                names = earlier[-1:] or _clause_subject(s[:m.start()])
            if not names and not year_s and not own:
                # an undated clause with no subject of its own shares the person who opens a clause before it
                # (张明受到省总工会表彰，被授予…; 张明是…的一名钳工，先后获得…)
                names = _topic_before(s[:_clause_start(s, m.start())])
            # (…a time opening the clause before it, no comma between: 2018年他被评为… — made up, thirtieth session, from
            # profiles: no row)
            pronoun = PRONOUN_SUBJECT.fullmatch(OPENING_TIME.sub("", own)) or (
                (not own or ADVERBIAL_ONLY.match(own)) and OPENS_ON_PRONOUN.match(s))
            opened = _clause_start(s, m.start())
            # (…or no subject at all, a profile's sentence opening on its verb — 李强，男，…班长。先后获得全国劳动模范、…等
            # 荣誉称号 — made up, twenty-seventh session, from a profile: no row; not 荣获…的李强说, whose person follows)
            pronoun = pronoun or (opened == 0 and (not own or ADVERBIAL_ONLY.match(own)) and k > 0
                                  and not s.startswith("的", aw.end()) and not AFTER_NAME.match(s, aw.end()))
            this_round = THIS_ROUND.search(s, _clause_start(s, opened - 1) if opened else 0, m.start())
            if not names and pronoun and (year_s or relative or this_round or PAST_CLAUSE.search(s, 0, opened)
                                          or PRIOR.search(s[_clause_start(s, m.start()):m.end()])):
                # 她…，2015年被授予全国劳动模范称号; 他还入选全国总工会2018年“…”; 他先后荣获…: a life's record, dated or
                # told as past, or told of this round (在这次大会上，他被授予…); undated and untold, 他被…授予… may be
                # this year's or decades old: no row
                names = _antecedent(doc, sent.start + m.start())
            after = AFTER_NAME.match(s, aw.end()) or AFTER_UNIT.match(s, aw.end())
            if not names and after and _is_named(after.group(1)) and not _not_recipient(after.group(1)):
                names = [after.group(1)]  # 取得金牌的陈鑫鹏说 (not 获得…奖章的个人分别是…)
            titled = AFTER_TITLED_NAME.match(s, aw.end()) if not names else None
            role = ROLE_THEN_NAME.search(titled.group(1)) if titled else None
            if role and _is_named(role.group(1)) and not _not_recipient(role.group(1)):
                names = [role.group(1)]
            # …荣获全国五一巾帼标兵岗荣誉称号: the honour's name runs to the 称号 that frames it, past the honour
            # word it ended on (标兵 · 标兵岗: a collective's title, not the individuals')
            runs_on = NAME_TO_TITLE.match(s, aw.end()) if not aw["tail"] and not aw["award"].endswith("”") else None
            # …and, after a verb only honours take, to the clause's end where that names a base (被认定为全国示范性劳模|
            # 和工匠人才创新工作室: the studio is the honour, not 劳模)
            to_base = BASE_TO_CLAUSE_END.match(s, aw.end()) if honour_verb and not runs_on and not aw["tail"] \
                and not aw["award"].endswith("”") else None
            # …and a quoted name is the opening of the honour's when an honour's words follow it in the clause (获评“安康杯”
            # 竞赛优胜单位: made up, nineteenth session — it had been 安康杯)
            quoted_on = _QUOTED_RUNS_ON.match(s, aw.end()) if aw["award"].endswith("”") and not aw["tail"] else None
            if quoted_on and (not HONOUR_TITLE.search(quoted_on.group()) or _FRAME_ONLY.fullmatch(quoted_on.group())):
                quoted_on = None  # (…nor a frame alone: 被授予“人民楷模”国家荣誉称号 — made up, twenty-ninth session, from a
                # national item: the honour had been “人民楷模”国家)
            awards = [aw["award"] + (runs_on["rest"] if runs_on else to_base["rest"] if to_base
                                     else quoted_on.group() if quoted_on else "")]
            if given:
                awards = [given["honour"]]
            if s.startswith("提名", aw.end()) and not s.startswith("提名奖", aw.end()):
                awards = [a + "提名" for a in awards]  # 获得全国五一劳动奖章提名: the nomination, not the medal
            elif s.startswith(("候选人", "候选对象"), aw.end()):
                # (入选“大国工匠年度人物”候选人, 被确定为“最美职工”候选人: the candidacy, not the title — made up, twenty-ninth
                # session, from a feature and briefs: the title had been read)
                awards = [a.strip("“”") + "候选人" for a in awards]
            more = HONOURS_LISTED.match(s, aw.end()) if not aw["tail"] else None
            if more:  # 荣获全国三八红旗手、“全国十大农民女状元”、全国劳动模范等多个称号: each honour listed is one
                listed = [_BRACKETED_YEAR.sub(r"\g<year>\g<honour>", x) for x in _listed(more["items"])]
                awards += [x for x in listed if x.startswith("“") or HONOUR_TITLE.search(x)]
                if more["first_year"]:
                    awards[0] = more["first_year"].strip("（）") + awards[0]
            end = more.end() if more else aw.end()
            if split_up and len(names) == 1 and len(_listed(s[aw.start():_clause_end(s, aw.start())])) > 1 \
                    and _LISTED_BEFORE.search(own):
                continue  # 城关镇代表队、开发区代表队分获一等奖、二等奖 with one of the list read: whose is which is untold
            if respective and len(names) > 1:
                # one honour each, in order; a count that does not match leaves 分获's split untold (no row), and
                # 分别 with one honour named gives it to each (张三、李四分别获得一等奖)
                clause_end = _clause_end(s, aw.start())
                listed = _shared_tail(s[aw.start():clause_end]) or _shared_opening([
                    x.strip("“”") for x in _listed(s[aw.start():clause_end]) if HONOUR_TITLE.search(x.strip("“”"))])
                if len(listed) == len(names):
                    for who, award in zip(names, listed):
                        add("honour.receive", award, who, 1, group or len(names), year, m.start(),
                            _clause_start(s, m.start()), clause_end, by_at=m.end() if passive else None)
                    continue
                each = split_up and len(listed) == 1 and listed[0].startswith("各")
                if each:  # 分获各项目前三名: each a place in their own event — the one honour each, its 各 dropped
                    awards = [listed[0][1:]]
                elif split_up or len(listed) > 1:
                    continue
            for place, award in enumerate(awards):
                # (each listed after the first by the year it opens on: 先后荣获2016年度全国五一劳动奖章、2019年全国劳动模范、
                # 2021年“大国工匠年度人物” — made up, twenty-eighth session, from a profile: all had been 2016's)
                own_year = _OWN_YEAR.match(award) if place or more and more["first_year"] else None
                for who in names:
                    add("honour.receive", award, who, 1, group or (len(names) if len(names) > 1 else None),
                        int(own_year.group(1)) if own_year else year, m.start(), _clause_start(s, m.start()), end,
                        by_at=aw.end() if given else m.end() if passive else None)
            counted = _counted_subject(own) if not names and s[m.start() - 1:m.start()] != "分" else None
            opened = _clause_start(s, m.start())
            if not names and not counted and not own and opened > 0:
                before = s[_clause_start(s, opened - 1):opened].rstrip("，, ")
                counted = COMMENDED_CLAUSE.match(_LEAD_OPENING.sub("", before).strip())
            kinds = COUNTED_SUBJECTS.match(own) if not names and not counted else None
            if kinds:
                _counted_kinds(kinds["items"], s[aw.start():_clause_end(s, aw.start())], lambda award, n, unit, kind:
                               add("honour.receive", award, "", n, n, year, m.start(), _clause_start(s, m.start()),
                                   end, by_at=m.end() if passive else None, unit=unit, kind=kind))
            named_after = who_they_were(s, _clause_end(s, aw.start())) if counted and len(awards) == 1 else None
            who_they_are, _n = _roster(named_after["items"]) if named_after else ([], None)
            for who in who_they_are:  # 该市有3名职工荣获…，分别是张三、李四和王五: the count, then who they are
                add("honour.receive", awards[0], who, 1, _int(counted["n"]), year, m.start(),
                    _clause_start(s, m.start()), named_after.end(), by_at=m.end() if passive else None)
            for award in awards if counted and not who_they_are else []:  # 我市共有2家单位获得全国五一劳动奖状: a count
                n = _int(counted["n"])               # (9名选手分获银奖和铜奖 splits one count between two honours)
                add("honour.receive", award, "", n, n, year, m.start(), _clause_start(s, m.start()), end,
                    by_at=m.end() if passive else None, unit=counted["unit"], kind=_kind_of_counted(counted.group()))
        for m in GRANT.finditer(s):
            # 授予X“A”称号: the recipients stand between the verb and the honour
            aw = GRANTED_QUOTED.match(s, m.end())
            if aw and not aw["framed"] and not HONOUR_TITLE.search(aw["quoted"].strip("“”")):
                aw = None  # a quoted name with neither 称号 nor an honour's wording (授予…“金钥匙”) is no honour
            if not aw:
                titled = GRANTED_TITLE.match(s, m.end())  # 授予张三、李四全国劳动模范称号: no quotes to split at
                split = _split_recipients(titled["span"]) if titled else None
                if split and titled["bare"] is not None and not ENDS_AS_HONOUR.search(split[1]):
                    split = None
                for who, honour in [split] if split else []:
                    names, _group = _recipients(who + "获", len(who))
                    for name in names:
                        add("honour.grant", honour, name, 1, len(names) if len(names) > 1 else None, issue_year,
                            m.start(), m.start(), titled.end(), by_at=m.start())
                continue
            while aw:
                cut = _place_qualifier(aw["who"])
                honours = [aw["who"][cut:] + aw["quoted"]] + _listed(aw["more"] or "")
                names, group = _recipients(aw["who"][:cut] + "获", cut)
                if not names and aw["who"][:cut].strip() in PRONOUNS:
                    names = _antecedent(doc, sent.start + m.start())  # 省里还授予她“…”“…”等称号
                counted = re.search(rf"等{COUNT}(?P<unit>{_UNIT})", aw["who"])  # 授予A等5家单位“…”: A is a unit
                year = int(aw["year"][:4]) if aw["year"] else issue_year
                for honour in honours:
                    for who in names:
                        add("honour.grant", honour, who, 1, group or (len(names) if len(names) > 1 else None), year,
                            m.start(), m.start(), aw.end(), by_at=m.start(), unit=counted["unit"] if counted else "")
                only_counted = _counted_subject(aw["who"][:cut].strip()) if not names else None
                for honour in honours if only_counted else []:  # 授予12名职工“最美职工”称号: a count, no one named
                    n = _int(only_counted["n"])
                    add("honour.grant", honour, "", n, n, year, m.start(), m.start(), aw.end(), by_at=m.start(),
                        unit=only_counted["unit"], kind=_kind_of_counted(only_counted.group()))
                more = GRANTED_QUOTED_MORE.match(s, aw.end())
                aw = more if more and (more["framed"] or HONOUR_TITLE.search(more["quoted"].strip("“”"))) \
                    and (names or only_counted) else None
        for m in GRANT_COUNTED.finditer(s):
            honour = KIND_WORDS.sub("", m["rest"]).strip()
            if any(a <= m.start() < b for a, b in covered) or not HONOUR_TITLE.search(honour):
                continue
            names, _group = _recipients(m["who"] + "获", len(m["who"]))
            for who in names:
                add("honour.grant", honour, who, 1, _int(m["n"]), issue_year, m.start(), m.start(),
                    m.end(), by_at=m.start(), unit=m["unit"])
        for m in CONFER.finditer(s):
            # (颁发了“济南工匠”证书: the honour, not its certificate)
            honour = m["quoted"].removesuffix("获得者") if m["quoted"] else HANDED_TOKEN.sub("”", m["award"])
            ceremony = list(CEREMONY_OF.finditer(s, 0, m.start())) if HANDED_ONLY.fullmatch(m["award"]) else []
            if ceremony:  # (…only what is handed over: the honour of the ceremony the sentence told of before it)
                honour = ceremony[-1]["award"]
            honour = honour.strip("“”") if _quoted_whole(honour) else honour
            if any(a <= m.start() < b for a, b in covered) or not (ceremony or
                    m["quoted"] or HONOUR_TITLE.search(_clean_award(m["award"])) or "“" in m["award"] or m["tail"]):
                continue
            names, group = _recipients(m["who"] + "获", len(m["who"]))
            for who in names:
                add("honour.grant", honour, who, 1, _int(m["n"]) or group or (len(names) if len(names) > 1 else None),
                    issue_year, m.start(), m.start(), m.end(), by_at=m.start())
        for m in COMMENDED_THEN_GRANTED.finditer(s) if "授予" in s else ():
            honour = m["quoted"].strip("“”")
            if any(a <= m.start() < b for a, b in covered) or not HONOUR_TITLE.search(honour):
                continue
            names, group = _recipients(m["who"] + "获", len(m["who"]))
            n = _int(m["n"]) if m["n"] else None
            for who in names:
                add("honour.grant", honour, who, 1, n or group or (len(names) if len(names) > 1 else None), issue_year,
                    m.start(), m.start(), m.end(), by_at=m.start(), unit=m["unit"] or "")
            counted = _counted_subject(m["who"].strip()) if not names and not n else None
            if counted:  # (对20名优秀选手予以表彰，并授予…: a count, no one named)
                n_counted = _int(counted["n"])  # (not k, the sentence's index, which later rules read)
                add("honour.grant", honour, "", n_counted, n_counted, issue_year, m.start(), m.start(), m.end(),
                    by_at=m.start(), unit=counted["unit"], kind=_kind_of_counted(counted.group()))
        # (after a title granted to those commended, which names their honour: …予以通报表彰，并授予“金牌工人”称号)
        for m in COMMENDED_NAMED_OBJECT.finditer(s):
            if any(a <= m.start() < b for a, b in covered):
                continue
            for item in NAMED_COUNTED_ITEM.finditer(m["items"]):
                honour = item["award"].strip("“”") if _quoted_whole(item["award"]) else item["award"]
                if not HONOUR_TITLE.search(honour) and not _quoted_whole(item["award"]):
                    continue
                names, _group = _recipients(item["who"] + "获", len(item["who"]))
                for who in names:
                    add("honour.grant", honour, who, 1, _int(item["n"]), issue_year, m.start(), m.start(), m.end(),
                        by_at=m.start(), unit=item["unit"])
        for m in CONFER_QUOTED.finditer(s) if "颁奖" in s else ():
            honour = m["quoted"].strip("“”")
            if any(a <= m.start() < b for a, b in covered) or not HONOUR_TITLE.search(honour):
                continue
            names, group = _recipients(m["who"] + "获", len(m["who"])) if m["who"] else ([], None)
            for who in names:
                add("honour.grant", honour, who, 1, group or (len(names) if len(names) > 1 else None), issue_year,
                    m.start(), m.start(), m.end(), by_at=m.start())
            counted = _counted_subject(m["who"].strip()) if not names else None
            if counted:
                n = _int(counted["n"])
                add("honour.grant", honour, "", n, n, issue_year, m.start(), m.start(), m.end(), by_at=m.start(),
                    unit=counted["unit"], kind=_kind_of_counted(counted.group()))
        for m in CONFER_COUNTED.finditer(s) if "颁" in s or "授牌" in s else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            for item in CONFERRED_COUNT_ITEM.finditer(m["items"]):
                award = item["award"].strip("“”")
                # (…or a base's kind made a title, as CONFER_NAMED reads it: 为15家市级劳模创新工作室授牌 — made up,
                # thirty-second session, from briefs: no row)
                designated = _BASE.search(award) and _DESIGNATED.search(award)
                if (HONOUR_TITLE.search(award) or designated) and not award.endswith("代表"):  # (劳模代表 are no count)
                    n = _int(item["n"])
                    add("honour.grant", award, "", n, n, _year_of(award, issue_year), m.start(), m.start(), m.end(),
                        by_at=m.start(), unit=item["unit"], kind=_kind_of_counted(item.group()))
        for m in CONFER_NAMED.finditer(s) if "颁" in s or "授牌" in s else ():
            award = m["award"].strip("“”")
            if any(a <= m.start() < b for a, b in covered) or not (
                    HONOUR_TITLE.search(award) or _BASE.search(award) and _DESIGNATED.search(award)):
                continue
            names, _group = _recipients(m["who"] + "获", len(m["who"]))
            for who in names:
                add("honour.grant", award, who, 1, _int(m["n"]), _year_of(award, issue_year), m.start(), m.start(),
                    m.end(), by_at=m.start(), unit=m["unit"])
        for m in chain(ROSTER_AFTER_VERB.finditer(s), HOLDERS_ARE.finditer(s), COMMENDED_ROSTER.finditer(s),
                       PUBLISHED_THEN_ROSTER.finditer(s)):
            if any(a <= m.start() < b for a, b in covered) or not _names_honour(m["award"], m["tail"]):
                continue
            names, group = _roster(m["items"])
            end = m.end()
            if not m["items"]:  # 获得“最美职工”称号的是： over the lines that name them
                names, end = _names_below(doc, k)
            for who in names:
                add("honour.list", m["award"], who, 1, group or (len(names) if len(names) > 1 else None),
                    _year_of(m["award"], issue_year), m.start(), m.start(), end)
        rosters = [*ROSTER_TITLED.finditer(s), *TOLD_THEN_ROSTER.finditer(s)] if "名单" in s else []
        for m in rosters:  # (the pattern opens anywhere: try it where it can end)
            title = LEADING_VERB.sub("", m["award"].strip())
            if any(a <= m.start() < b for a, b in covered) or not (_names_honour(title) or (
                    m.re is TOLD_THEN_ROSTER and _DESIGNATING.match(m.group()) and _BASE.search(title))):
                continue
            names, group = _roster(m["items"])
            end = m.end()
            # the names on the lines below the title (a table's header row may stand joined to it)
            if not names and (not m["items"].strip() or ROSTER_HEADER.match(m["items"])):
                names, end = _names_below(doc, k)
            for who in names:
                add("honour.list", title, who, 1, group or (len(names) if len(names) > 1 else None),
                    _year_of(title, issue_year), m.start(), m.start(), end)
        if k and ROSTER_ALONE.fullmatch(s.strip()):
            # a roster's opening alone, after the sentence that granted its honour (…决定，授予…等200个单位2024年全国五一
            # 劳动奖状。名单如下： / 北京市（2个） / … — made up, twenty-ninth session, from rosters: the one named in the
            # grant alone had been read): the names below hold that honour, one each
            before = doc.sentences[k - 1]
            granted = {(x.award, x.group_count, x.year) for x in out if before.start <= x.start < before.end}
            if len(granted) == 1:
                award, group, year = granted.pop()
                named_before = {x.recipient for x in out if before.start <= x.start < before.end}
                names, end = _names_below(doc, k)
                for who in names:
                    if who not in named_before:
                        add("honour.list", award, who, 1, group or len(names), year, 0, 0, end)
        for m in GRANTED_TO_THOSE_BELOW.finditer(s) if "：" in s or ":" in s else ():
            # (…a designation too, as bases are named: 命名以下10个工作室为2025年度市级职工创新工作室： — made up,
            # twenty-seventh session, from a union's notice: no row)
            designated = _DESIGNATING.match(m.group()) is not None and _BASE.search(m["award"]) is not None
            if any(a <= m.start() < b for a, b in covered) or not (_names_honour(m["award"]) or designated):
                continue
            names, end = _names_below(doc, k)
            n = _int(m["n"]) if m["n"] else None
            kind = _kind_of_counted(m["counted"] or "") if m["n"] else ""
            for who in names:
                add("honour.grant", m["award"], who, 1, n or len(names), _year_of(m["award"], issue_year), m.start(),
                    m.start(), end, by_at=m.start(), kind=kind)
            if not names and n:
                add("honour.grant", m["award"], "", n, n, _year_of(m["award"], issue_year), m.start(), m.start(),
                    m.end(), by_at=m.start(), unit=m["unit"] or "", kind=kind)
        for at, part in _roster_parts(s) if "：" in s else ():
            # 获奖名单如下：一等奖：张三；二等奖：李四、王五 — an honour, a colon (or not), and only names after it: a row each
            names, group = _roster(part["items"])
            if names and ENDS_AS_HONOUR.search(part["award"]) and len(names) == len(_list_items(part["items"])) \
                    and not any(a <= at < b for a, b in covered):
                for who in names:
                    add("honour.list", part["award"], who, 1, group or (len(names) if len(names) > 1 else None),
                        _year_of(part["award"], issue_year), at, at, at + len(part.group()))
        heading = SECTION_HONOUR.match(s)
        marked = heading is not None and bool(heading["no"] or heading["bracket"] or heading["framed"] or heading["n"]
                                              or heading["award"] == s.strip() and _under_roster(doc, k))
        if marked and ENDS_AS_HONOUR.search(heading["award"]) and not any(a <= 0 < b for a, b in covered):
            # 二、省五一劳动奖章（3名） over the lines that name them, or 全国五一劳动奖章获得者：A、B、C
            names, end = _roster(heading["items"] or "")[0], len(s)
            if not names:
                names, end = _names_below(doc, k)
            group = _int(heading["n"]) or (len(names) if len(names) > 1 else None)
            for who in names:
                add("honour.list", heading["award"], who, 1, group, _year_of(heading["award"], issue_year), 0, 0, end,
                    unit=heading["unit"] or "")
        for m in CEREMONY_COUNTS.finditer(s):
            if any(a <= m.start() < b for a, b in covered):
                continue
            for item in CEREMONY_COUNT_ITEM.finditer(m["items"]):
                award = item["award"] or item["award_alone"]
                if _names_honour(award) and not item["counted"].endswith("代表"):
                    n = _int(item["n"])
                    add("honour.grant", award, "", n, n, _year_of(award, issue_year), m.start(), m.start(), m.end(),
                        by_at=m.start(), unit=item["unit"], kind=_kind_of_counted(item["counted"]))
        for m in AWARD_CEREMONY.finditer(s):
            if any(a <= m.start() < b for a, b in covered) or not _names_honour(m["award"], m["tail"]):
                continue
            names, group = _recipients(m["who"] + "获", len(m["who"]))
            # (the body that commends those who won it gives it unless the honour names its own giver: 对获得全国五一劳动
            # 奖章的张伟、李娜进行了表彰 is 全总's medal, the city's union commending — made up, thirty-first session, from
            # briefs: the city's union had given it)
            before = len(out)
            for who in names:
                add("honour.grant", m["award"], who, 1, group or (len(names) if len(names) > 1 else None),
                    _year_of(m["award"], issue_year), m.start(), m.start(), m.end(), by_at=m.start())
            if known_giver(_clean_award(m["award"]), ""):
                for aw in out[before:]:
                    aw.giver_in_sentence = False  # (its giver by name, below)
        for m in TAKEN_BY.finditer(s):
            if any(a <= m.start("award") < b for a, b in covered):
                continue
            names, group = _recipients(m["who"] + "获", len(m["who"]))
            for who in names:
                add("honour.receive", m["award"], who, 1, group or (len(names) if len(names) > 1 else None),
                    _year_of(m["award"], issue_year), m.start("award"), m.start("award"), m.end())
        for m in chain(chain.from_iterable(_chained(NAMED_AS, NAMED_AS_MORE, s)), NAMED_BEFORE_AS.finditer(s)):
            # (…a base's title unquoted too: 命名…为省级劳模和工匠人才创新工作室)
            if any(a <= m.start() < b for a, b in covered) \
                    or not (_names_honour(m["award"]) or _BASE.search(m["award"])):
                continue
            counted = _counted_subject(m["who"])
            if counted and re.search(_AMONG_THEM, s[m.end():]):
                continue  # (…，我省…等15家单位名列其中: those named among them are the batch's, read below)
            if counted:  # 命名10家单位为市级模范职工之家: a count, no one named
                n = _int(counted["n"])
                add("honour.grant", m["award"], "", n, n, _year_of(m["award"], issue_year), m.start(), m.start(),
                    m.end(), by_at=m.start(), unit=counted["unit"], kind=_kind_of_counted(counted.group()))
                continue
            # (a unit's name quoted is no work's title; names quoted one after another are a list)
            who_named = "、".join(_unplaced(w) for w in m["who"].replace("”“", "”、“").split("、"))
            who_named = who_named.replace("“", "").replace("”", "")
            names, _group = _recipients(who_named + "获", len(who_named))
            for who in names:
                add("honour.grant", m["award"], who, 1, _int(m["n"]) or (len(names) if len(names) > 1 else None),
                    _year_of(m["award"], issue_year), m.start(), m.start(), m.end(), by_at=m.start(),
                    unit=m["unit"] or "")
        for m in chain(LIST_MEMBER.finditer(s), ROUND_MEMBER.finditer(s), LIST_PUBLISHED.finditer(s),
                       LIST_THEN_PUBLISHED.finditer(s),
                       RESULTS_THEN_CHOSEN.finditer(s), RESULTS_REPORTED.finditer(s), BATCH_COMMENDED.finditer(s)) \
                if "单" in s or "选" in s or "揭晓" in s or "出炉" in s or "其中" in s or "有名" in s or "上榜" in s else ():  # 名单…
            quoted = m.groupdict().get("quoted")  # (RESULTS_REPORTED's honour quoted alone)
            items = quoted or m["items"]
            if any(a <= m.start() < b for a, b in covered) or m.re is BATCH_COMMENDED and not _names_honour(items):
                continue
            first = re.split(r"、", items)[0] if m.re is LIST_MEMBER else items
            if m.re in _RESULTS:  # the honour the results are of, else no row (…活动揭晓，…获奖)
                named = list(HONOUR_NAMED.finditer(items))
                if not named or quoted and not HONOUR_TITLE.search(_clean_award(named[-1]["award"])):
                    continue  # (a quoted name that is no honour's: 发布“职工服务地图”，200家驿站入选)
                first = named[-1]["award"]
                dated = re.search(r"((?:19|20)\d{2})年度?$", items[:named[-1].start()])
                first = (dated.group() if dated else "") + first  # (the round's year: 2013年“五一新闻奖”评选…揭晓)
            if m.re is BATCH_COMMENDED:  # 命名1000家单位为“全国职工书屋”示范点: what they were named
                first = re.sub(rf"^({COUNT}{_UNIT})[{HAN}、]{{0,8}}?为", r"\1", first)
            # (…counted after the honour, 评出“齐鲁工匠”20名: as counted before it — made up, thirty-third session, from
            # features: the honour had been “齐鲁工匠”20名)
            counted_after = re.fullmatch(rf"(?P<rest>.+?)(?P<n>{COUNT})(?P<unit>{_UNIT})", first)
            first = counted_after["n"] + counted_after["unit"] + counted_after["rest"] if counted_after else first
            cm = re.match(rf"(?P<n>{COUNT}){_UNIT}(?P<rest>.+)", first)
            if not cm and m.re not in _RESULTS:
                first = items  # a list of several honours with no counts (奖状、奖章和工人先锋号名单): the list is the name
            member = (m["member"] or m["had"]).strip()
            # …名单中，本市5人上榜 · 本市3个集体、5名个人榜上有名: counts of the list's members from here, no one named
            counts = [MEMBER_COUNT.fullmatch(x) for x in re.split(r"、|和|及", member)]
            one_count = len(counts) == 1 and all(counts)
            named_after = who_they_were(s, _clause_end(s, m.end() - 1)) if one_count else None
            who_they_are, _n = _roster(re.sub(r"等$", "", named_after["items"])) if named_after else ([], None)
            for who in who_they_are:  # …共30个班组入选，其中：A、B、C等: the count, then some of those it counted
                add("honour.list", cm["rest"] if cm else first, who, 1, _int(counts[0]["n"]),
                    _year_of(first, issue_year), m.start(), m.start(), named_after.end(), by_at=m.start("verb"),
                    unit=counts[0]["unit"], kind=_kind_of_counted(counts[0].group()))
            # (…but one named before 等 and the count is one of them: 洪家光等10人入选 — made up, twenty-ninth session, from a
            # national item: the count alone had been read, as 洪家光、王刚等10人 gave both)
            listed_names = _recipients(member + "获", len(member))[0] if one_count and "等" in member else []
            if all(counts) and not who_they_are and not listed_names:
                # (as many honours listed as counts: each count the honour in its place — …优胜单位和优秀班组，我省12家单位、
                # 30个班组榜上有名, made up, twenty-sixth session: both counts had been of the two honours' whole name)
                honours = _shared_opening(_listed(first)) if len(counts) > 1 and not cm else []
                for place, counted in enumerate(counts):
                    n = _int(counted["n"])
                    award = honours[place] if len(honours) == len(counts) else cm["rest"] if cm else first
                    add("honour.list", award, "", n, n, _year_of(first, issue_year), m.start(),
                        m.start(), m.end(), by_at=m.start("verb"), unit=counted["unit"],
                        kind=_kind_of_counted(counted.group()))
            else:  # one member or several, each a row (…评选中，我市张三、李四入选; …揭晓，张三、李四等10人当选)
                names, group = _recipients(member + "获", len(member))
                for who in names:
                    add("honour.list", cm["rest"] if cm else first, who, 1,
                        _int(cm["n"]) if cm else group or (len(names) if len(names) > 1 else None),
                        _year_of(first, issue_year), m.start(), m.start(), m.end(), by_at=m.start("verb"))
        for m in LIST_COUNTS.finditer(s):
            if any(a <= m.start() < b for a, b in covered):
                continue
            for item in LIST_ITEM.finditer(m["items"]):
                n = _int(item["n"])
                add("honour.list", item["award"], "", n, n, issue_year, m.start(), m.start(), m.end(),
                    unit=item.group()[len(item["n"]):len(item["n"]) + 1])
        # a total's parts told after it (…受到表彰，其中全国五一劳动奖状10个、…)
        parts = [m for m in BREAKDOWN.finditer(s) if any(c in s[:m.start()] for c in AWARDING_CUES)]
        for rx in (COMMENDED_AFTER, COMMENDED_BEFORE, COMMENDED_OBJECT):
            for m in rx.finditer(s):
                if any(a <= m.start() < b for a, b in covered) \
                        or any(c.start() < m.start() < c.end() for c in CUMULATIVE.finditer(s)):
                    continue  # (a verb inside a running total's, 培育产生5名…获得者、93名…, is counted below as one)
                items = list(COUNTED_TITLE_ITEM.finditer(m["items"]))
                # kinds alone, as many as the honours the act before them named (全总命名表彰了…职工之家、…职工小家和
                # …工会工作者，我市有3家单位、2个班组和1名个人受到表彰): each count its honour, in order
                in_order = _honours_in_order(s[:_clause_start(s, m.start())], [i["award"].strip() for i in items]) \
                    if rx is COMMENDED_AFTER else []
                chosen = CHOSEN_AFTER.match(s, m.end()) if rx is COMMENDED_BEFORE and len(items) == 1 else None
                chosen_names = _recipients(chosen["member"] + "获", len(chosen["member"]))[0] if chosen else []
                they_were = who_they_were(s, m.end()) if rx is COMMENDED_BEFORE and len(items) == 1 and not chosen \
                    else None
                if they_were and _named_of_count(they_were, _int(items[0]["n"])):
                    # (…or who they are, all or some, after it: 评选出20名“最美职工”，他们是：…王丽、…赵敏等 — made up,
                    # thirty-second session, from briefs: the count alone had been read)
                    chosen, chosen_names = they_were, _roster(they_were["items"])[0]
                for item in items:
                    if parts and MIXED_KINDS.match(s, m.start("items") + item.end()):
                        continue  # 45个先进集体和个人, its parts told after it: the total of several honours, none
                    title = item["award"].strip()
                    held = HOLDERS_END.sub("", title)  # 300名河南省五一劳动奖章获得者: the honour, counted by its holders
                    title = held if len(held) >= 4 else title
                    if in_order:
                        title = in_order[items.index(item)]
                    elif title in BARE_KINDS:  # 共有20个集体、35名个人受到表彰: the honours named before, one per kind
                        # (…or the one the clause before commended, 对…先进单位进行了通报表彰，市公交集团等20家单位受到
                        # 表彰 — made up, twenty-first session, from a brief: no row)
                        commended = _honour_commended_before(s[:_clause_start(s, m.start())]) \
                            if rx is COMMENDED_AFTER else None
                        title = _honour_of_kind(s[:m.start()], title) \
                            or (commended if commended and commended.endswith(title) else None) or title
                    elif title in PEOPLE_WORDS and rx is COMMENDED_AFTER:  # 表彰…工作者，张三等50名同志受到表彰
                        title = _honour_commended_before(s[:_clause_start(s, m.start())]) or title
                    # (a title quoted whole after its count names the honour the act gives, whatever its words:
                    # 命名表彰了20个“劳模和工匠人才创新工作室”)
                    if not (HONOUR_TITLE.search(title.strip("“”")) or _quoted_whole(title)
                            or rx is COMMENDED_BEFORE and _DESIGNATING.match(m.group()) and _BASE.search(title)):
                        continue
                    n = _int(item["n"])
                    # those named before a count of one kind (南京市总工会、苏州市总工会等20个单位受到表彰): a row each,
                    # the count their group's — as COUNTED names them
                    named = _recipients(s, m.start() - 1)[0] if s[m.start() - 1:m.start()] == "等" \
                        and item.start() == 0 else []
                    for who in named or ([] if chosen_names else [""]):
                        add("honour.counts", title, who, 1 if who else n, n, _year_of(title, issue_year), m.start(),
                            _clause_start(s, m.start()) if who else m.start(), m.end(),
                            unit=item.group()[len(item["n"]):len(item["n"]) + 1])
                    for who in chosen_names if not named else ():  # (…，张建国、李秀梅等10人入选: those of the count named)
                        add("honour.counts", title, who, 1, n, _year_of(title, issue_year), m.start(), m.start(),
                            chosen.end(), unit=item.group()[len(item["n"]):len(item["n"]) + 1])
        for m in chain(COMMENDED_TITLES_FIRST.finditer(s), parts):
            if any(a <= m.start() < b for a, b in covered) or s[m.end():m.end() + 1] not in ("，", "。", "；", "") \
                    or _running_total_before(s, m.start()):
                continue  # (the counts run to the clause's end: 表彰先进集体50个单位 is no such list; a running total,
                # 截至2019年，共表彰…集体9103个 — rmrb_20190228-10-06 — is no honour given, as the gold has it)
            items = list(TITLE_COUNT_ITEM.finditer(m["items"]))
            titles = _shared_opening([item["award"].strip().removeprefix("共") for item in items])
            year = int(m["year"][:4]) if m["year"] else issue_year
            named_after = who_they_were(s, m.end()) if len(items) == 1 else None
            who_they_are, _n = _roster(named_after["items"]) if named_after else ([], None)
            for who in who_they_are:  # 共产生“最美职工”10名，他们是张明、李强…: the count, then who they are
                add("honour.list", items[0]["award"].strip().removeprefix("共"), who, 1, _int(items[0]["n"]),
                    year, m.start(), m.start(), named_after.end(), kind=_kind_of_counted(items[0]["award"]))
            for item, title in zip(items, titles) if not who_they_are else ():
                named = any(x.award == title and x.recipient and x.start >= sent.start for x in out)
                # (…its holders' word after the honour: 表彰了市五一劳动奖状获得单位20个、市五一劳动奖章获得者50名 — made up,
                # thirty-first session, from briefs: no row)
                held = _HOLDERS_AFTER_HONOUR.sub("", title.strip("“”"))
                if HONOUR_TITLE.search(held) and not named:  # (…决出一等奖1名，获得一等奖的是李华: 李华's row)
                    n = _int(item["n"])
                    add("honour.counts", title, "", n, n, year, m.start(), m.start(), m.end(), unit=item["unit"],
                        kind=_kind_of_counted(title))
        acts = re.sub(_HOLDERS, "", s)  # (a holder's title, 全国五一劳动奖章获得者王大山, gives nothing now)
        for m in PRESENTED_COUNTED.finditer(s):
            # 向30名优秀员工颁发“杰出员工奖”, 为10名职工颁发“最美职工”奖牌和证书: the honour presented to those counted
            award = m["award"].strip("“”")
            if not any(a <= m.start() < b for a, b in covered) and (m["award"].startswith("“") or _names_honour(award)):
                n = _int(m["n"])
                add("honour.counts", award, "", n, n, issue_year, m.start(), m.start(), m.end(), unit=m["unit"],
                    kind=_kind_of_counted(m["kind"]) or recipient_kind("", award, m["unit"]))
        for m in COUNTED.finditer(s):
            # (…a quotation it closes right after is the title's: 10名“金牌工人”，他们分别是… — made up, thirty-second
            # session, from briefs: no row)
            counted_award = m["award"] + "”" if s.startswith("”", m.end()) else m["award"]
            if any(a <= m.start() < b for a, b in covered) or not any(c in acts for c in AWARDING_CUES) \
                    or counted_award.count("“") > counted_award.count("”") or parts and MIXED_KINDS.match(s, m.end()) \
                    or _PROPOSED_GRANT.search(s, _clause_start(s, m.start()), m.end()):
                continue  # (an honour word inside a quotation does not end the title: 20个“劳模和工匠…工作室”; 45个先进集体
                # 和个人 with its parts told after it is their total)
            n = _int(m["n"])
            kinds, honour = _kind_words_before(counted_award)
            if honour.endswith("代表") or "颁" in honour:
                continue  # (为20名劳模代表颁奖: representatives; 为3家单位颁发了奖牌: what is handed over — made up, from briefs)
            unit = m.group()[len(m["n"]):len(m["n"]) + 1]
            # those named before the count (张三等100名全国劳动模范受到表彰): a row each, the count their group's
            named = _recipients(s, m.start() - 1)[0] if s[m.start() - 1:m.start()] == "等" else []
            # …or named after it (获得3个一等奖，分别是焊工张强、电工李伟和钳工王东 — made up, twenty-fourth session, from
            # briefs: only the count had been read), as many as it counts
            named_after = who_they_were(s, _clause_end(s, m.end() - 1)) if not named else None
            # (…or some of them, the list closing on 等: 评选出10名“金牌工人”，他们分别是：鞍钢集团张明、…赵刚等 — made up,
            # thirty-second session, from briefs: the count alone had been read)
            who_they_are = _named_of_count(named_after, n) if named_after else []
            if who_they_are:
                for who in who_they_are:
                    add("honour.counts", honour, who, 1, n, issue_year, m.start(), m.start(), named_after.end())
                continue  # (each named one's kind by their name: 个 counts the honours, not them)
            for who in named or [""]:
                add("honour.counts", honour, who, 1 if who else n, n, _year_of(honour, issue_year), m.start(),
                    _clause_start(s, m.start()) if who else m.start(), m.end(), unit=unit,
                    kind=_kind_of_counted(kinds) if kinds else "")
        for m in HAD_IT_COUNTED.finditer(s):
            if not any(a <= m.start() < b for a, b in covered) and _names_honour(m["award"]):
                n = _int(m["n"])
                add("honour.counts", m["award"], "", n, n, _year_of(m["award"], issue_year), m.start(), m.start(),
                    m.end(), unit=m["unit"], kind=_kind_of_counted(m["kind"]))
        among = AMONG_THEM_OPENING.match(s) if k and ("其中" in s or "有名" in s) else None
        counted_before = [a for a in out if not a.recipient and doc.sentences[k - 1].start <= a.start < sent.start] \
            if among else []
        # (…a quoted word that is no honour's, 勇闯“无人区”的电力巡线员, names none — made up, thirty-third session, from features)
        if among and not counted_before and not any(HONOUR_TITLE.search(_clean_award(h["award"])) for h in
                                                    HONOUR_NAMED.finditer(doc.sentences[k - 1].text)):
            # (…or earlier, the sentence before naming no honour: …“齐鲁大工匠”名单，…12名一线职工榜上有名。 / 入选者中，
            # 既有…也有…。…孙海涛、…刘明亮等人名列其中 — made up, twenty-eighth session, from briefs: no one had been read)
            counted_before = [a for a in out if not a.recipient and a.start < sent.start]

        def members_of(counted: list[Award], member: re.Match, at: int) -> None:
            """Those named as among a count of one honour made before them: a row each, the count their group's."""
            names, _group = _recipients(member["member"] + "获", len(member["member"]))
            first = counted[0]
            for who in names:
                add("honour.list", first.award, who, 1, first.recipient_count, first.year, at, at, member.end())

        if len({a.award for a in counted_before}) == 1 and not covered:
            # …授予100个医疗卫生集体“全国五一劳动奖状”。我市第一人民医院位列其中: one of the count, named in the next sentence
            # (made up, twenty-first session, from a brief: no one had been read)
            members_of(counted_before, among, 0)
        for c in (m.end() for m in re.finditer("，", s)) if ("其中" in s or "有名" in s) else ():
            # …名单中，我省12家工作室入选，市电力公司“张明劳模创新工作室”位列其中: one of a count the same sentence made
            # (made up, twenty-third session, from a brief — as the next sentence's member is read above)
            later = AMONG_THEM_OPENING.match(s, c)
            counted_here = [a for a in out if not a.recipient and sent.start <= a.start < sent.start + c] \
                if later else []
            if len({a.award for a in counted_here}) == 1 and not any(a <= c < b for a, b in covered):
                members_of(counted_here, later, c)
        chosen = (CHOSEN_OPENING.match(s) or CHOSEN_LISTED.match(s)) if k else None
        told = doc.sentences[k - 1].text if chosen else ""
        results = RESULTS_TOLD.search(told) if chosen else None
        honours = [h for h in HONOUR_NAMED.finditer(told) if _clean_award(h["award"])] if results else []
        if honours and not covered:
            # …揭晓。李建国、王秀芝等10人当选: the results told in one sentence, who was chosen in the next (made up,
            # nineteenth session: the sentence's 。 had parted them and no one was read)
            year = _year_of(_HONOURED_BY.sub("", honours[-1]["award"]), issue_year)
            counts = [MEMBER_COUNT.fullmatch(x) for x in re.split(r"、|和|及", chosen["member"])]
            for counted in counts if all(counts) else ():  # …揭晓。我省15家单位入选: a count of those from here
                n = _int(counted["n"])
                add("honour.list", honours[-1]["award"], "", n, n, year, 0, 0, chosen.end(), unit=counted["unit"],
                    kind=_kind_of_counted(counted.group()))
            names, group = _recipients(chosen["member"] + "获", len(chosen["member"])) if not all(counts) else ([], None)
            for who in names:
                add("honour.list", honours[-1]["award"], who, 1, group or (len(names) if len(names) > 1 else None),
                    year, 0, 0, chosen.end())
        also = THOSE_ALSO.match(s) if k and ("还有" in s or "也有" in s) else None
        previous = [x for x in out if doc.sentences[k - 1].start <= x.start < sent.start] if also else []
        if previous and not covered:
            # …同时入选的还有西安高新区的李强和宝鸡的王娟: more holders of the honour the sentence before gave (made up,
            # twenty-sixth session, from briefs: no row)
            named, _group = _roster(also["items"])
            told = previous[-1]
            for who in named:
                add(told.rule, told.award, who, 1, None, told.year, also.start("items"), 0, also.end())
        for m in THIS_HONOUR.finditer(s):
            # 获此殊荣: the honour named last before it in the sentence, else the headline's (…表彰大会在北京召开，我市张三、
            # 李四等5人获此殊荣 under 我市5人获评全国劳动模范)
            named = [h for h in HONOUR_NAMED.finditer(s, 0, m.start()) if _clean_award(h["award"])]
            # (…else the sentence before it in its paragraph: 第三届“齐鲁工匠”评选结果揭晓。获此殊荣的是… — made up,
            # twenty-sixth session, from briefs)
            before = doc.sentences[k - 1] if k and not named else None
            if before is not None and doc.paragraph_at(before.start).start == doc.paragraph_at(sent.start).start:
                named = [h for h in HONOUR_NAMED.finditer(before.text) if _clean_award(h["award"])]
            head = [] if named else list(HONOUR_NAMED.finditer(doc.text, 0, doc.body_start))
            if (named or head) and not any(a <= m.start() < b for a, b in covered):
                # (a headline's honour after its verb: 我省32人获全国劳模称号 — made up, twenty-first session, from a brief:
                # the whole headline had been the honour)
                told = (named or head)[-1]["award"]
                verbs = list(RECEIVE.finditer(told)) if not named else []
                # (…and after a grant's verb and those it counts: 全国总工会近日授予200个单位全国五一劳动奖状，我省有6家单位
                # 获此殊荣 — made up, twenty-ninth session, from briefs: 工会近日授予200个单位… had been the honour)
                granted = _GRANTED_THEN_COUNT.match(told)
                award = _clean_award(told[verbs[-1].end():] if verbs else told[granted.end():] if granted else told)
                year = _year_of(_HONOURED_BY.sub("", (named or head)[-1]["award"]), issue_year)  # (2024年度…: its round)
                names, group = _recipients(s, m.start())
                end = m.end()
                holders = _HOLDERS_AFTER.match(s, m.end()) if not names else None
                if holders:  # 获此殊荣的是中车株洲所的高级技师李明和三一重工的焊工王刚: those named after it
                    names, group = _roster(holders["items"])
                    end = holders.end()
                elif not names and _HOLDERS_BELOW.match(s, m.end()):
                    # (…or on the lines below: 我市获此殊荣的有： / 王大海（市钢铁集团炼钢厂炉长） / … — made up,
                    # twenty-seventh session, from rosters: no one had been read)
                    names, end = _names_below(doc, k)
                # (…and of those counted by kind, the honour a grant of several kinds before it gave that kind: 授予100个
                # 单位省五一劳动奖状、300名个人省五一劳动奖章、100个集体省工人先锋号。我市共有3个单位、12名个人、4个集体获此殊荣
                # — made up, thirtieth session, from briefs: all three had taken the last kind's honour, with its 集体)
                by_kind = _honours_by_kind(out, doc.paragraph_at(sent.start).start, sent.start + m.start())
                for who in names:
                    add("honour.receive", by_kind.get(recipient_kind(who, award), award), who, 1,
                        group or (len(names) if len(names) > 1 else None), year, m.start(), _clause_start(s, m.start()),
                        end)
                own = _strip_tail(_LEAD_OPENING.sub("", s[_clause_start(s, m.start()):m.start()]).strip())
                # (a count whose parts the sentence tells after it, 其中全国劳动模范25人、全国先进工作者7人, is their
                # total: the parts are the rows)
                counted = _counted_subject(own) if not names and not BREAKDOWN.search(s, m.end()) else None
                kinds = COUNTED_SUBJECTS.match(own) if not names and not counted else None
                for c in ([counted] if counted else
                          [COUNTED_KIND_ITEM.match(k.group()) for k in COUNTED_KIND_ITEM.finditer(kinds["items"])]
                          if kinds else []):
                    # 在…评选中，我市共有5个集体和8名个人获此殊荣: a count row per kind, of the honour named before
                    n = _int(c["n"])
                    kind = _kind_of_counted(c.group().rstrip("、和及以"))
                    add("honour.receive", by_kind.get(kind, award), "", n, n, year, m.start(),
                        _clause_start(s, m.start()), m.end(), unit=c["unit"], kind=kind)
        for m in chain(*(rx.finditer(s) for rx in TEN_BEST)):
            # 评选出2023年度十大最美职工, 2023年度“十佳城市美容师”揭晓: the title counts its holders (not 党的二十大)
            if not any(a <= m.start("award") < b for a, b in covered):
                award = m["award"].strip("“”")
                n = _int(m["n"])
                year = int(m["year"][:4]) if m["year"] else issue_year
                chosen = CHOSEN_AFTER.match(s, m.end())  # (…，张建国、李秀梅等10人入选: those of the count named)
                for who in _recipients(chosen["member"] + "获", len(chosen["member"]))[0] if chosen else ():
                    add("honour.counts", award, who, 1, n, year, m.start("award"), m.start(), chosen.end())
                if not chosen or not any(x.award == _clean_award(award) and x.start >= sent.start + m.start()
                                         for x in out):
                    add("honour.counts", award, "", n, n, year, m.start("award"), m.start(), m.end(),
                        kind=recipient_kind("", award, "名"))
        # (the pattern opens anywhere: tried where its verbs stand, as ROSTER_TITLED is)
        for m in WINNER.finditer(s) if _TOOK_FIRST_PLACE.search(s) else ():
            # those named before the verb as any recipients are, the adverbials after them dropped (张建国在焊工项目中夺冠,
            # 焊工张建国一举夺魁), a person or a team or unit (市公交集团代表队摘取了桂冠)…
            names = [w for w in _recipients(m["who"] + "获", len(m["who"]))[0]
                     if COLLECTIVE.search(w) or len(w) <= 5 and _is_named(w)]
            who = person_name(re.split(r"[的]", m["who"])[-1]) if not names else ""
            if who and len(who) <= 5 and not ADVERBIAL_ONLY.match(who) and _is_named(who):
                names = [who]  # …else the person a description ends on (取得…的张三夺冠)
            for who in names if not any(a <= m.start() < b for a, b in covered) else ():
                add("honour.receive", (m["part"] or "") + "冠军", who, 1, None, issue_year, m.end(), m.start(), m.end())
    out = _told_once(_named_in_profiles(doc, out), doc.body_start)
    named_before = _named_in_full_before(out)
    out = [aw for aw in out if aw.award not in _HONOUR_KIND_ALONE or id(aw) in named_before]  # (获得了奖状: which, untold)
    holders: dict[str, set[str]] = {}
    for aw in out:
        holders.setdefault(aw.award, set()).add(aw.recipient)
    said_after = _giver_said_after(doc)
    for aw in out:
        aw.province = award_province(aw, doc)
        if doc.reviewed_year and aw.year == issue_year and aw.status == "current" and doc.lead is not None \
                and aw.start >= doc.lead.start and not _DATED_THIS_YEAR.search(doc.sentence_at(aw.start).text):
            aw.year = doc.reviewed_year  # (a review's undated honours: the year its lead names — 评选表彰“金牌工人”50名)
        if aw.awarded_by and not aw.giver_in_sentence:
            # (no holder of an honour gives it: a roster's units, 市公交集团工会、市第二人民医院工会、… / 以上单位被省总工会
            # 命名为…, had each been given it by the next — made up, twenty-seventh session, from a roster)
            aw.awarded_by = "、".join(g for g in aw.awarded_by.split("、")
                                      if not any(g in h or h and h in g for h in holders.get(aw.award, ())))
        if not aw.giver_in_sentence:  # (…and a roster's giver the line after it names: 以上单位被省总工会命名为…)
            after = next((by for at, honour, by in said_after if at >= aw.end and _named_alike(
                _in_full(honour), _in_full(aw.award))), None)
            if after:
                aw.awarded_by, aw.giver_in_sentence = after, True
        full = named_before.get(id(aw))
        if full is not None:  # (its giver the full name's: 省总工会's 省五一劳动奖状, not the national medal's body;
            # its kind the count's, 20个集体“五一巾帼奖状”: collectives)
            aw.award, aw.awarded_by = full.award, full.awarded_by if not aw.giver_in_sentence else aw.awarded_by
            aw.giver_in_sentence = True
            if not full.recipient and {full.recipient_kind, aw.recipient_kind} <= {"collective", "unit"}:
                aw.recipient_kind = full.recipient_kind
        if not aw.giver_in_sentence:  # (the headline's body did not give a national honour: its giver by name;
            # a contest's placing is given by those who held the contest: 由…共同主办)
            placing = PLACING.search(aw.award) is not None
            aw.awarded_by = known_giver(aw.award, aw.province) or _level_federation(aw.award, doc) or (
                placing and doc.sponsors()) or aw.awarded_by or _place_of_honour(aw.award) or (
                _contest_of(aw, doc) if placing else "")
        elif aw.status == "prior" and not _GIVEN_BY_BEFORE.search(doc.text, max(0, aw.start - 30), aw.start):
            # (an honour held from before, its giver known by its name, is not given by the body the sentence tells of
            # now: 曾获全国五一劳动奖章的高级技师王刚，近日在市总工会举办的培训班上授课 — made up, thirty-second session, from
            # profiles: the city's union had given the national medal) — not one named as its giver, 曾被…授予
            aw.awarded_by = known_giver(aw.award, aw.province) or aw.awarded_by
    return _once_each(out)


_GIVEN_BY_BEFORE = re.compile(r"被[^，。；]{2,16}?(?:授予|追授|评为|命名为|表彰为)[^，。；]{0,20}$")


# those listed above given an honour by a body (以上单位被省总工会命名为2025年度“省级模范职工之家”; 上述同志被市总工会授予
# “最美职工”称号): the roster's giver, told after it
ROSTER_GIVEN_BY = re.compile(r"^(?:以上|上述)[^，。；被]{0,6}?(?:均|都)?被(?P<agent>[^，。；“”被]{2,16}?)"
                             r"(?:授予|评为|表彰为|命名为|认定为)了?(?P<honour>[^，。；]{2,40})")


def _giver_said_after(doc: Doc) -> list[tuple[int, str, str]]:
    """(where it stands, the honour, its giver) of each sentence that names the giver of the roster above it
    (ROSTER_GIVEN_BY) — made up, twenty-seventh session, from rosters: the units listed had no giver, or each other."""
    found = []
    for sent in doc.sentences:
        m = ROSTER_GIVEN_BY.match(sent.text.strip())
        if m:
            found.append((sent.start, _clean_award(m["honour"]), doc.full_org(m["agent"])))
    return found


# the year a listed honour opens on (2019年全国劳动模范, 2021年度“大国工匠年度人物”)
_OWN_YEAR = re.compile(r"((?:19|20)\d{2})年度?")
# a sentence dated in the issue's own year (今年, 本年度…), not the year a review looks back on
_DATED_THIS_YEAR = re.compile(r"今年|本年|当年")


def _once_each(awards: list[Award]) -> list[Award]:
    """One row for one named recipient's one honour of one round: the first that tells it (a decision's 授予张伟等5名职工
    “市五一劳动奖章” and its roster's 张伟 市电力公司… — made up, twenty-seventh session, from a decision and its roster:
    the dashboard had counted 张伟 twice); the same honour of another year or told as past is a fact of its own."""
    seen: set[tuple] = set()
    out = []
    for aw in awards:
        key = (aw.award, aw.recipient, aw.year, aw.status)
        if aw.recipient and key in seen:
            continue
        seen.add(key)
        out.append(aw)
    return out


# what a level or place before an honour's name says (省, 全省, 省级, 安徽省, 市级): the short form without it, after the
# name in full, is the same honour
_LEVEL_BEFORE = re.compile(rf"(?:全国|全省|全市|全区|全县|[省市区县州](?:级)?|[{HAN}]{{1,8}}(?:省|市|自治区|区|县|州)(?:级)?)")
# the honour's kind alone, 获奖状 / 获奖章 after the list's grants: only ever a short form
_HONOUR_KIND_ALONE = ("奖状", "奖章")


def _named_in_full_before(awards: list[Award]) -> dict[int, Award]:
    """An honour named short after its name in full, by id of the row: the earlier row that names it in full. The short
    form drops the level (省总工会授予50个单位“省五一劳动奖状”…。其中，我市市立医院获五一劳动奖状 — the province's, not the
    national medal; 市总工会命名30个班组为“市级工人先锋号”…，市公交集团…获工人先锋号) or says the kind alone (…获奖状,
    …获奖章) — made up, twenty-seventh session, from briefs: the national body had given the province's honours, and the
    kind alone had been no honour."""
    found: dict[int, Award] = {}
    for aw in awards:
        short = _in_full(aw.award)
        for full in sorted((x for x in awards if x.start < aw.start), key=lambda x: x.start, reverse=True):
            whole = _in_full(full.award)
            if whole != short and whole.endswith(short) and (
                    short in _HONOUR_KIND_ALONE or _LEVEL_BEFORE.fullmatch(whole[:-len(short)])):
                found[id(aw)] = full
                break
    return found


# the contest a placing was won in, named in its sentence (在第二届全国工业设计职业技能大赛中，…荣获二等奖) or closing in the
# lead (2025年全省职工职业技能大赛落下帷幕。我市…获得团体一等奖)
# (…games and matches too: 全市职工篮球赛落下帷幕, 职工拔河赛 — made up, twenty-eighth session, from briefs)
_CONTEST_END = r"(?:职业技能大赛|技能大赛|大赛|竞赛|比赛|锦标赛|比武|选拔赛|运动会|挑战赛|擂台赛|联赛|[球棋]赛|拔河赛|邀请赛|演讲赛)" \
    r"(?:决赛|总决赛)?"
_CONTEST_IN = re.compile(rf"在(?:[^，。；在]{{0,12}}的)?(?P<contest>[^，。；“”的]{{2,40}}?{_CONTEST_END})(?:中|上|里)")
# (…or held: 首届新就业形态劳动者职业技能竞赛在涪城区举行。…最终，骑手张强获得外卖配送项目第一名 — made up, twenty-seventh
# session, from briefs: no giver)
_CONTEST_CLOSED = re.compile(rf"(?P<contest>[^，。；“”]{{2,40}}?{_CONTEST_END})(?:在[^，。；]{{1,12}})?"
                             r"(?:落下帷幕|圆满落幕|落幕|闭幕|结束|收官|举行|举办|开赛)")


def _contest_of(aw: Award, doc: Doc) -> str:
    """Who gives a placing where no body is said to: the contest it was won in, named in its sentence or closing in the
    lead (made up, twenty-sixth session, from briefs: placings had no giver; the gold names the contest for one,
    世界技能大赛), else ''."""
    sent = doc.sentence_at(aw.start)
    found = _CONTEST_IN.search(sent.text, 0, aw.start - sent.start)
    lead = doc.lead
    if not found and lead is not None:
        found = _CONTEST_CLOSED.search(doc.text, lead.start, lead.end)
    # (…not how long it ran: 为期3天的全市职工职业技能大赛)
    return _SPAN_BEFORE.sub("", _LEAD_OPENING.sub("", found["contest"]).strip()) if found else ""


_SPAN_BEFORE = re.compile(r"^(?:为期|历时|持续)[\d一二两三四五六七八九十半]+(?:天|周|个星期|个多?月)的")


# a union honour named by its level alone (市五一劳动奖章, 区工人先锋号): the federation of that level where the article is
_LEVEL_HONOUR = re.compile(r"^(?P<level>[市区县])(?:“?五一”?劳动奖[章状]|工人先锋号|模范职工之家|优秀工会工作者|金牌职工)")


def _level_federation(award: str, doc: Doc) -> str:
    """市五一劳动奖章 in an article placed in 杭州 → 杭州市总工会 (made up, nineteenth session: it had no giver), else ''."""
    m = _LEVEL_HONOUR.match(award)
    if not m:
        return ""
    bare = m["level"] + "总工会"
    full = doc.full_org(bare)
    return full if full != bare else ""


# a profile's opening in a list of those an honour went to, the person's name first (高凤林 突破极限精度…; 高凤林：…;
# 【高凤林】…; 高凤林，男，…; 1. 高凤林（…）; 一、高凤林：…; the name alone on its line): its number or bracket, then the name
PROFILE_NUMBER = re.compile(rf"^\s*(?:[{CN_DIGITS}]+、|（[{CN_DIGITS}]+）|\d{{1,2}}[.、．])?\s*【?")
MAX_PROFILES = 60  # paragraphs read below a count for the profiles of those it counted


def _profile_name(paragraph: str) -> tuple[str, int]:
    """The person a paragraph of profiles opens on, and where the name ends; ('', 0) when it opens on no one."""
    opening = PROFILE_NUMBER.match(paragraph)
    at = opening.end()
    head = paragraph[at:at + 40]
    name = opening_name(re.split(r"[。！？]", head)[0])
    named_at = 0
    dotted = DOTTED_OPENING.match(head) if not name else None
    if dotted:  # (a transliterated name LAC does not read whole: 买买提·艾力 某某公司…)
        name = dotted.group(1)
    if not name:
        # …or on the person's job title and workplace, then the name (中国石化镇海炼化分公司高级技师王建国：…)
        described = described_opening_name(re.split(r"[，。！？：:\s]", head)[0] if head[:1] not in SURNAMES
                                           else re.split(r"[，。！？]", head)[0])
        if described and ROLE_THEN_NAME.match("".join(described)):
            name, named_at = described[1], len(described[0])
        else:  # (…where LAC reads a verb in the title, 带电作业班班长李秀英：, the title's last role before the name)
            titled = ROLE_THEN_NAME.match(re.split(r"[，。！？：:\s（(]", head)[0]) if re.search(r"[：:\s（(]", head) else None
            if titled:
                name, named_at = titled.group(1), titled.start(1)
    # (a two-character name LAC cut short of the delimiter that ends it, 宁允|中 某某公司…: the whole of it)
    if name and len(name) == 2 and head.startswith(name, named_at) \
            and re.match(r"[\u4e00-\u9fff](?:[\s：:，（(】]|$)", head[named_at + 2:named_at + 4]):
        name = head[named_at:named_at + 3]
    # (the name may run on into what the person did, 王建国扎根一线30年, not into what they said, 王建国说)
    if not name or not head.startswith(name, named_at) or re.match(SAYING, head[named_at + len(name):]) \
            or _not_recipient(name) or not _is_named(name):
        return "", 0
    return name, at + named_at + len(name)


# of the profiles below a count, how many must open on a name read as one for those names to be its recipients
PROFILED_SHARE = 0.7


def _named_in_profiles(doc: Doc, awards: list[Award]) -> list[Award]:
    """An honour counted (从候选人中评选出10位“大国工匠年度人物”; 3名职工荣获…称号，他们是：), then a profile of each
    of those it counted, each opening on the person's name: a row for each of them in place of the count — when as many
    paragraphs below open on a name, each a different one, as the count says; beside the count when most do (7 of 10:
    a name the model does not read, 买买提·艾力, leaves the rest named)."""
    counts = [a for a in awards if not a.recipient and a.recipient_kind == "person" and a.status == "current"
              and (a.recipient_count or 0) >= 2]
    out = list(awards)
    for count in counts:
        if sum(doc.sentence_at(c.start) == doc.sentence_at(count.start) for c in counts) > 1:
            continue  # (two counts of people in one sentence: whose profiles follow is not told)
        below = [p for p in doc.paragraphs if p.start >= doc.sentence_at(count.start).end][:MAX_PROFILES]
        named: dict[str, int] = {}
        for paragraph in below:
            name, end = _profile_name(paragraph.text)
            if name and name not in named:
                named[name] = paragraph.start + end
        if not PROFILED_SHARE * count.recipient_count <= len(named) <= count.recipient_count or len(named) < 2:
            continue
        if len(named) == count.recipient_count:
            out.remove(count)  # (all of them named: the count is theirs; some not read as names: it stays beside them)
        out += [Award(count.award, who, 1, count.recipient_count, count.year, count.awarded_by, count.status,
                      count.start, end, "honour.list", "person", giver_in_sentence=count.giver_in_sentence)
                for who, end in named.items()]
    return out


def _same_recipient(a: str, b: str) -> bool:
    """One recipient as a headline and its body write it: the same name, or a team's or unit's name shortened by a
    headline (市公交集团一车队 · 市公交集团第一车队: made up, nineteenth session — two rows for one team)."""
    if a == b:
        return True
    short = [re.sub(r"第(?=[一二三四五六七八九十\d])|\s", "", x) for x in (a, b)]
    if short[0] == short[1] or min(map(len, short)) >= 5 and (short[0] in short[1] or short[1] in short[0]) \
            and not DOTTED_NAME.fullmatch(a):
        return True
    # (…or a unit's name with words left out, its characters in order and its kind the same: 港口集团装卸队 over
    # 省港口集团连云港港区装卸二队, 市一医院急诊科 over 市第一人民医院急诊科 — made up, twenty-seventh session, from briefs)
    brief, whole = sorted(short, key=len)
    rest = iter(whole)
    return len(brief) >= 5 and brief[-1] == whole[-1] and _unit_name(brief) and all(c in rest for c in brief)


# honours' short forms, as headlines write them (我市两人获评全国劳模 over …被授予全国劳动模范称号: made up, twentieth session,
# from a brief — the headline's count had stood beside the two named)
_SHORT_HONOURS = (("劳模", "劳动模范"), ("五一奖章", "五一劳动奖章"), ("五一奖状", "五一劳动奖状"))


def _in_full(award: str) -> str:
    """The honour's name with its short forms written out and its quotation marks dropped, to compare two names."""
    award = award.replace("“", "").replace("”", "")
    for short, full in _SHORT_HONOURS:
        if full not in award:
            award = award.replace(short, full)
    return award


def _named_alike(a: str, b: str) -> bool:
    """One honour's name inside the other's, or the shorter its characters in order with the same opening and ending, as
    a headline shortens it (十大工匠 over 十大金牌工匠 — made up, twenty-first session, from a brief)."""
    short, full = sorted((a, b), key=len)
    if short in full:
        return True
    if len(short) < 4 or short[0] != full[0] or short[-2:] != full[-2:]:
        return False
    rest = iter(full)
    return all(c in rest for c in short)  # (a subsequence: each character found after the one before)


def _told_once(awards: list[Award], body_start: int) -> list[Award]:
    """A headline's honour that the body tells again is one fact, kept as the body tells it (我市3人获全国五一劳动奖章
    over …名单，我市3人榜上有名: counted twice, the dashboard had six people): the same recipient, or for a count
    the same count, and honours named alike (one name inside the other)."""
    body = [a for a in awards if a.start >= body_start]

    def same_people(h: Award, b: Award) -> bool:
        # (a headline's count is also told by the body's named few of that count: 我市5人获评… over 张三、李四等5人获此殊荣)
        return _same_recipient(h.recipient, b.recipient) if h.recipient else \
            (b.recipient_count if not b.recipient else b.group_count) == h.recipient_count

    def retold(h: Award) -> bool:
        named = _in_full(h.award)
        if any(same_people(h, b) and _named_alike(named, _in_full(b.award)) for b in body):
            return True
        # (…or a headline's count the body names one by one, as many as it counts: 我市3个班组获评省级工人先锋号 over
        # …中，我市A、B、C榜上有名 — made up, twenty-eighth session, from briefs: six had been counted)
        listed = {b.recipient for b in body if b.recipient and _named_alike(named, _in_full(b.award))}
        if not h.recipient and h.recipient_count and len(listed) == h.recipient_count:
            return True
        # (…or a headline's count of a prize the body gives as many by their contests: 我省两名职工摘得全国技能大赛金牌 over
        # 王磊、赵敏分别摘得焊接项目和数控车项目金牌; 我省两名选手获全国大赛一等奖 over …分别获得焊工和电工项目一等奖 — made up,
        # thirty-first session, from briefs: four had been counted)
        prize = _PRIZE_KIND.search(named)
        winners = {b.recipient for b in body if b.recipient and prize and b.award.endswith(prize.group())}
        if not h.recipient and h.recipient_count and len(winners) == h.recipient_count:
            return True
        # (…or a headline's count the body tells in parts, one sentence's counts adding up to it: 我省32人获全国劳模称号
        # over …其中全国劳动模范25人、全国先进工作者7人 — made up, twenty-first session: 64 people had been counted)
        parts: dict[int, int] = {}
        for b in body:
            if not b.recipient and b.recipient_count:
                parts[b.start] = parts.get(b.start, 0) + b.recipient_count
        return not h.recipient and len([b for b in body if not b.recipient]) >= 2 \
            and h.recipient_count in parts.values()

    head = [a for a in awards if a.start < body_start]
    for b in body:
        # the body's honour cut short where the headline names it whole, the same people (…全国五一劳动奖表彰决定，我市
        # 3名职工榜上有名 under 我市3名职工获全国五一劳动奖章: the medal — made up, twenty-first session, from a brief)
        fuller = [h.award for h in head if same_people(h, b) and len(h.award) > len(b.award)
                  and h.award.startswith(b.award) and h.award[len(b.award):] in _HONOUR_TAILS]
        if fuller:
            b.award = fuller[0]
    return [a for a in awards if a.start >= body_start or not retold(a)]


# a contest's prize by its kind, whatever contest named before it (焊接项目金牌, 电工项目一等奖)
_PRIZE_KIND = re.compile(r"(?:[一二三特]等奖|金奖|银奖|铜奖|优秀奖|冠军|亚军|季军|金牌|银牌|铜牌)$")
# what a headline may name after an honour the body cuts short: 全国五一劳动奖 → …奖章 / …奖状
_HONOUR_TAILS = ("章", "状")


def _recipient_province(aw: Award, doc: Doc) -> str:
    """The province the text gives a named recipient in its own list item (湖南的龙秀林、陕西的麻珂…;
    湖南省京剧保护传承中心的葛倩倩; 北京丘比食品有限公司沙拉充填班), or a count in its subject, else ''."""
    sent = doc.sentence_at(aw.start)
    if not aw.recipient:
        # a count placed by its own subject (杭州市3名职工获全国五一劳动奖章): a place in its clause before the honour
        clause = clause_at(sent.text, aw.start - sent.start)
        named_at = sent.text.find(aw.award, clause.start, clause.end)
        placed = [p for p in doc.places_in(sent.start + clause.start,
                                            sent.start + (named_at if named_at >= 0 else clause.start))
                  if p.unit.province_short]
        return placed[-1].unit.province_short if placed else ""
    # (the recipient as the text quotes it: 湖南省长沙市“刘湘宁劳模创新工作室” — made up, twenty-fifth session, from briefs: a
    # local base in a national list had been 全国's)
    found = re.search("[“”]?".join(map(re.escape, aw.recipient)), sent.text)
    if not found:
        return ""
    at = found.start()
    item = max(sent.text.rfind(c, 0, at) for c in "、，；：和及与") + 1
    # (…not where they were born: 出生于贵州毕节的罗勇, a 佛山 worker — made up, thirty-second session, from profiles)
    placed = [p for p in doc.places_in(sent.start + item, sent.start + found.end(), origins=True)
              if p.unit.province_short and not _BORN_IN.search(doc.text, sent.start + item, p.start)]
    if not placed and item == at and item > 0 and sent.text[item - 1] in "、和及与":
        # (a bare name listed after others takes the place their list opens on, 四川选手王磊、赵敏, 我省的张伟和李娜 — made
        # up, thirty-first session, from briefs: the second had been the giver's, 全国)
        opens = max(sent.text.rfind(c, 0, at) for c in "，；：") + 1
        listed = re.split(r"[、和及与]", sent.text[opens:at])
        if all(2 <= len(name) <= 4 for name in listed[1:-1]):
            placed = [p for p in doc.places_in(sent.start + opens, sent.start + opens + len(listed[0]), origins=True)
                      if p.unit.province_short]
    return placed[-1].unit.province_short if placed else _described_province(aw.recipient, doc)


_BORN_IN = re.compile(r"(?:出生于|生于|出生在|老家在?|祖籍|籍贯)[^，。；]{0,8}$")


def _described_province(person: str, doc: Doc) -> str:
    """The province of the unit the article describes a person by, in a clause of its own (王秀兰是沈阳机床厂的一名数控
    车工; 张华，青海油田采油工，… — made up, twenty-sixth session, from profiles: a 沈阳 worker's national honour had been
    全国's), else ''."""
    if len(person) < 2:
        return ""
    for m in re.finditer(re.escape(person) + r"(?:是|系|，)", doc.text):
        ends = _CLAUSE_ENDS.search(doc.text, m.end())
        placed = [p for p in doc.places_in(m.end(), ends.start() if ends else len(doc.text), origins=True)
                  if p.unit.province_short]
        if placed:
            return placed[0].unit.province_short
    return ""


_CLAUSE_ENDS = re.compile(r"[，。；！？\n]")


# the outlet's own locality named as its people's (我市3人, 本省12家单位)
# (…or the whole of it: 全省共有15人获得全国五一劳动奖章 — made up, twenty-sixth session, from a commendation's report: the
# province's count of a national honour had been 全国's)
_OWN_LOCALITY = re.compile(r"(?:我|本|全)(?:省|市|区|县|州|旗)")
# …or a recipient's unit opening on a level with no place before it (市自来水公司, 县人民医院…主任): the article's own
# locality's unit, the recipient's name right after its description or the unit itself
_LOCAL_UNIT_BEFORE = re.compile(rf"(?:^|(?<=[，、：；授予为对向和及与]))(?:市|县|区)[{HAN}]{{2,40}}$")


# who gives the honours a text names without their giver (etl/rules/honour_givers.tsv); {place} a place's or a level's name
_PLACE_OPENING = r"(?P<place>[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|县|区|旗)|省|市)"
KNOWN_GIVERS = tuple((re.compile(pattern.replace("{place}", _PLACE_OPENING)), giver)
                     for pattern, giver in word_table("honour_givers.tsv"))


# a placing in a contest (一等奖, 金奖, 冠军, 第一名, 金牌), which those who held the contest give
PLACING = re.compile(rf"(?:[{CN_DIGITS}特]等奖|[金银铜]奖|优秀奖|优胜奖|冠军|亚军|季军|{RANK}|[金银铜]牌)$")


def known_giver(award: str, province: str) -> str:
    """The body that confers an honour by its name (全国五一劳动奖章 → 中华全国总工会, 烟台市五一劳动奖状 → 烟台市总工会,
    省五一劳动奖章 in a row placed in 安徽 → 安徽省总工会), else ''."""
    for rx, giver in KNOWN_GIVERS:
        m = rx.search(award)
        if not m:
            continue
        if "{place}" not in giver:
            return giver
        place = m["place"]
        if place == "省" and province and province != "全国":
            place = province_full_name(province)
        return giver.replace("{place}", place) if len(place) > 1 and province_in_name(place) else ""
    return ""


def _place_of_honour(award: str) -> str:
    """The place a place's honour opens on (杭州市“十佳城市美容师” → 杭州市: hzrb_20211027-00-01, its gold's giver), which
    confers it when nothing else is said to; '' when the honour opens on no named place."""
    opening = [p for p in find_places(award) if p.start == 0]
    return opening[0].text if opening and opening[0].text == opening[0].unit.name else ""


def award_province(aw: Award, doc: Doc) -> str:
    """Where the text places a named recipient; else honours given by a national body, or counted
    nationwide (全国共表彰…), are national; others lie where the giver is, else the article's province."""
    placed = _recipient_province(aw, doc)
    if placed:
        return placed
    if aw.recipient and not aw.group_count and doc.primary_province not in ("", "全国"):
        # (one named recipient, none of a list, in a story about one province is that province's, whoever gives the
        # honour: rmrb_20200512-15-09's 金海 and his 全国五一劳动奖章 in 内蒙古's story, rmrb_20200123-08-02's 和贵华 in 云南's — a
        # national giver's honours had been 全国's, the others' the province's, in one profile; not 刘红等10名个人 of a national
        # list honoured in Beijing, rmrb_20190228-10-06)
        return doc.primary_province
    named_at = doc.text.find(aw.award, aw.start, aw.end)
    # (…or said of the recipient before its name, where the honour was named earlier: …，我市某化工有限公司等5家单位获评…)
    who_at = doc.text.find(aw.recipient, aw.start, aw.end) if aw.recipient else -1
    # (…or of the count that stands for them, after the honour: …名单，我省15家单位入选 — made up, twentieth session)
    limit = max(named_at if named_at >= 0 else aw.start, who_at, aw.end if not aw.recipient else -1)
    # (…or a recipient the text describes by a level's own unit, 市自来水公司…化验班, 授予市第一人民医院护理部主任刘敏 —
    # made up, twenty-third session, from briefs: a local paper's own people had been 全国's, the national body giving)
    local_unit = who_at >= 0 and _LOCAL_UNIT_BEFORE.search(doc.text, doc.sentence_at(aw.start).start,
                                                           who_at + len(aw.recipient))
    if _OWN_LOCALITY.search(doc.text, doc.sentence_at(aw.start).start, limit) or local_unit:
        # 我市张三、李四获得全国五一劳动奖章: the outlet's own people, wherever the article places itself (not 全国)
        return doc.primary_province if doc.primary_province != "全国" else ""
    # (全国 in the honour's own name, 全国五一劳动奖章, counts nothing nationwide: 我市3人获全国五一劳动奖章 is local)
    sentence = doc.sentence_at(aw.start).text.replace(aw.award, "")
    if is_national(aw.awarded_by) or (not aw.recipient and "全国" in sentence):
        return "全国"
    regional = _REGIONAL_OPENING.match(aw.award)  # (齐鲁工匠: 山东's)
    return province_in_name(aw.awarded_by) or (REGIONAL_NAMES[regional.group(1)] if regional else doc.primary_province)
