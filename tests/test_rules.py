"""One line of Chinese in, one row out: the rules of each extractor.

Examples are real sentences, grouped by origin (S = the sample page,
R = the People's Daily set, T = traps named in the brief).

Bugs caught (this list only grows):
- 江西安福 was read as 西安 (cpca's trap); leftmost-longest matching keeps 江西 + 安福.
- 长治久安 gave 长治市, 合作 gave 合作市, 雅江 (the river) gave 四川雅江县.
- 拉萨 is tagged nrt (a transliterated name) by jieba and was dropped as a person.
- 3.91万亿元 was read as 3.91万元; 1至2亿元 as 1 yuan.
- 5名全国五一劳动奖章获得者 was read as a named award because 获得 matched inside 获得者.
- 劳模创新工作室 and 技能大师工作室 were counted as honours.
- 所获荣誉：… gave the recipient 所.
- A paragraph ending in its writers' or photographer's credit (…6月底。（刘丽萍 顾威）, …热火朝天。孟德龙 摄) was
  taken for one cut at a column end: the next headline and its whole article were glued into it.
- 全国五一巾帼标兵岗 (300 collectives) was cut to 标兵 and merged with the 300 individuals' 标兵: the chart lost 300.
- 获荣誉人数 counted bases, collectives and units as people (127 training bases were 127 "people"), and one
  person with four honours as four.
- 阜新 (阜新全市) was read as 阜新蒙古族自治县 once that county was named in full: a city keeps its short form.
- 获得…奖章的个人分别是… gave the recipient 个人分别, 为获得…称号的职工颁奖 gave 职工颁奖, …名单中，本市5人上榜 gave 本市5人,
  被命名为… gave 该工作室: the 的X说 fallback and list members took any words for a name.
- 授予中车…公司高级技师张明“株洲工匠”称号 gave nothing (the recipient's description was cut into the honour);
  市第一人民医院 read 一人 as a count; “五一”劳动奖章 lost its opening quote.
- A photo caption ending in a credit (… 本报通讯员 胡青飞) was glued to the next headline.
- 福建厦门总工会 gave no place (jieba reads 福建厦门 as one word), nor did 广元朝天 (广|元朝|天) or 大同浑源 (大同 a
  common word): a place followed at once by one of its own units is both.
- 组织志愿者 after the event noun was taken as its verb: the name lost 学雷锋.
- 会)): kept an ASCII colon after two brackets (hypothesis found it): normalisation now runs to a fixed point.
- A year inside a document title (《…方案（2019—2021年）》) dated an event after its issue.
- The dateline's day (本报银川1月9日电) dated an event the lead dates 去年11月15日.
- 五一劳动奖章 and 三八红旗手 were read as the festivals 五一 and 三八.
- The headline's date came from 近期 in a background sentence while the next sentence said 8月24日.
- A 2026年两节 headline dated its event 2026-12-01 (the festival window across new year opens the year before).
- 英国全国教师工会负责人 quoted made a British education story union work.
- 昆百大集团股份有限公司, where a delegation went (来到), was taken for the organiser.
- 全国政协提案委员会 lost 提案 (a verb) and was not found; 同志主持召开中共中央… was taken for a name.
- 河北街道 (a street) and 沈阳黎明航空发动机集团 (a company) put 河北 and 辽宁 among the story's provinces.
- 各地群众衷心祝福祖国明天更美好 / 礼赞新中国 were rejoined as one broken paragraph (好礼 read as a word).
- 本报记者 贺 勇 (a name padded with a space) was not read as a byline.
- 举办电子商务行业…招聘活动 lost 电: the dateline strip took any 电 for the end of 本报…电.
- “川音川情·走进广州”慰问…演出 was named from inside its own quoted title.
- A headline over a legal header (中华人民共和国国务院令 / 第724号) or an advert's date and URL took those lines
  for its title; a signature (总理 李克强 / 2019年12月30日) opened an article.
- 北京：… and 吉林：… sections of a roundup opened articles of their own; 郭陆顺：… (a headline) must still open one.
- 中国机械冶金建材工会联合中国黄金协会 was read as one organisation (seen on the 机构与人物 page).
- 去年8月 / 今年1月 / 去年六月 were dated to the whole year: a month after a relative year was dropped.
- 由中共中央宣传部、国务院国资委…、人民日报社共同主办 (over 40 characters) gave no organiser, and bodies the
  tokenizer names (共青团中央, 人民日报社) or cuts at 和 (工业和信息化部) were no organisations at all.
- 全总下拨…资金，用于支持湖北等地区 put a national grant in 湖北 (the place it serves).
- 本报济南10月18日电 …决赛18日拉开帷幕 (no place in the sentence) put a national contest's final in 全国.
- 本报杭州10月27日电 （记者…）第六届…大赛 named the event "电 （记者…）第六届…大赛".
- 返还275亿元，…，领取了…补贴12.9亿元: the subsidy was read as a refund (a cue of the clause before).
- 设立2000万元资金，划拨到市、县工会…2500万元: the county unions the money went to were taken for its payer;
  县工会 / 市工会 were no organisations.
- 工会主席刘战君说… (an officer quoted) made a long story about an oil field union work.
- A roundup's 2月6日 公告 and 2月6日 意见 (two documents, two bodies) were merged into one event, and a bare
  中华全国总工会下发通知 was dropped as a name that is only its trigger.
- 财政部与国家税务总局联合发布: the second body, after 与, was taken for an object, not a co-organiser.
- …作出了规定 (what a regulation provides) was read as a document issued.
- 湖南的龙秀林、陕西的麻珂和江西的谭翊泉…获得金奖: every winner was put in the article's province.
- 湖南从1月26日起暂停举办各类现场招聘会 and 疫情期间不组织开展…专项培训 were read as events that took place.
- 2018年初 was dated to this year's 年初 (the year's 年 is the period's first character), so a meeting two years
  old was reported as news.
- 职工助困送温暖资金 (a fund's name) was read as a 送温暖 event; 从2019年至2021年…开展培训 (a target) as an event.
- 得到了3000元的助学金 / 获得5000元助学金 (a programme's money as its recipient tells it) were no funding rows; a
  bare 工会 paying took the article's most named union, not the one its paragraph named.
- 3月份，教育部门将举办… in a February issue was dated to last year's March (the cue came after the date);
  2019年，人社部不断加强…培养培训 (a year's work summed up) was read as an event.
- 中国铁路西安局集团有限公司 was cut into 中国铁路西安局集团 and an organiser 有限公司.
- 纲要提出“促进重点人群体育活动 (a quotation left open) was an event's name; 通过加强养老护理员培养培训 (a means)
  and 将…组织实施2019年中国技能大赛 (a plan: the year is the contest's name, not a time anchor) were events.
- 印发了《新时代公民道德建设实施纲要》，并发出通知: the bare 通知 that no body names was taken and dropped, losing
  the 纲要 (纲要 was no document noun either); 人社部、交通部、公安部等五部门联合印发通知 found no issuing body.
- 2009年被中华全国总工会授予“全国五一劳动奖章” in a martyr's profile made it union work.
- 某服装有限公司董事长投资2000万元…建厂 (a company's own investment) was a funding row; 政府还给予…补贴 took the
  company named in the sentence before as its payer.
(These twenty-seven were found reading the ETL's rows on People's Daily articles that have no gold.)
"""
from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

import pytest
from conftest import SHARED

from etl.analyse.dates import find_dates, infer_issue_date
from etl.analyse.doc import analyse, analyse_text
from etl.analyse.orgs import is_national
from etl.analyse.places import find_places
from etl.extract import awards, events, money
from etl.extract.awards import person_name
from etl.extract.money import find_money
from etl.extract.pipeline import process_text
from etl.read import date_from_name, read_source
from etl.read.segment import classify, is_broken, segment, story_line
from etl.read.textnorm import normalize_text

ISSUE = dt.date(2023, 3, 2)


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("text, expected", [
    # S
    ("江西安福超威日化有限公司工会负责人", {("江西", "", ""), ("江西", "吉安市", "安福县")}),
    ("西藏自治区总工会在拉萨举办", {("西藏", "", ""), ("西藏", "拉萨市", "")}),
    ("河北省邯郸市永年区临洛关镇友谊社区", {("河北", "", ""), ("河北", "邯郸市", ""), ("河北", "邯郸市", "永年区")}),
    ("浙江省金华市婺城区铁路文化公园", {("浙江", "", ""), ("浙江", "金华市", ""), ("浙江", "金华市", "婺城区")}),
    ("山东省烟台市招远市举办", {("山东", "", ""), ("山东", "烟台市", ""), ("山东", "烟台市", "招远市")}),
    ("由香港工会联合会轮值主办", {("香港", "", "")}),
    ("澳门工会联合总会理事长", {("澳门", "", "")}),
    ("洛阳、成都两地工会", {("河南", "洛阳市", ""), ("四川", "成都市", "")}),
    ("福州市闽侯县尚干镇", {("福建", "福州市", ""), ("福建", "福州市", "闽侯县")}),
    # T: words that contain place names
    ("为西藏长治久安和高质量发展贡献力量", {("西藏", "", "")}),
    ("深化交流合作，拓展合作市场", set()),
    ("建强做优县级工会服务阵地", set()),
    ("在雅江上筑就“无裂缝大坝”的水电先锋", set()),
    ("比如说，城关的职工", set()),
    ("鼓楼区总工会", set()),
    ("南京市鼓楼区总工会", {("江苏", "南京市", ""), ("江苏", "南京市", "鼓楼区")}),
    ("甘肃省合作市总工会", {("甘肃", "", ""), ("甘肃", "甘南藏族自治州", "合作市")}),
    # R
    ("湖南省麻阳苗族自治县谭家寨乡", {("湖南", "", ""), ("湖南", "怀化市", "麻阳苗族自治县")}),
    ("内蒙古自治区总工会", {("内蒙古", "", "")}),
    # a county's short form with neither its city nor its province named is the county when one of its towns
    # or the city itself follows (COUNTY_SEAT_CUE) and the short form names one county only
    ("来自中建一局门头沟斋堂镇沿河口村异地安置房项目的巩彦宏", {("北京", "", "门头沟区")}),  # ldwb_20240201
    ("拉近了与绵竹这座城市的距离，工作的干劲更足了", {("四川", "德阳市", "绵竹市")}),  # mzrmt_20250107
    ("郭陆顺毅然加入中国共产党，任浏阳丰裕乡共青团团委书记", {("湖南", "长沙市", "浏阳市")}),  # rmrb_20190211
    ("如今，喀什老城不仅街道宽敞、房屋坚固", {("新疆", "喀什地区", "")}),  # 老城 is no county here
    # …or its own federation: a union federation is named by its territory (the issue's 昌平)
    ("姜堰总工会节前送温暖", {("江苏", "泰州市", "姜堰区")}),  # tzrb_20160204's headline, read alone
    ("昌平总工会组织职工开展健步走活动", {("北京", "", "昌平区")}),  # made up: the issue's example
    ("鄞州总工会为一线职工送清凉", {("浙江", "宁波市", "鄞州区")}),  # made up
    ("新区总工会", set()),  # a short form of two counties: nothing to choose by
    # …or its people, its own local bodies or its whole territory, when the short form is no common word
    ("庆元职工拔河迎“五一”", {("浙江", "丽水市", "庆元县")}),  # zjgrrb_20150421's headline
    ("建瓯法院向218位农民工发放工资110万元", {("福建", "南平市", "建瓯市")}),  # mbrb_20180226's headline
    ("目前，博白全县经过认定的“扶贫车间”已有20个", {("广西", "玉林市", "博白县")}),  # rmrb_20191009-13-01
    ("验收组依次对基层工会新建职工之家阵地进行检查", set()),  # lsszgh_20221227: 新建 (a county of 南昌) is a verb
    ("此外，教育部门将会同人社部积极协调用人单位", set()),  # rmrb_20200229-02-04: 会同 (a county of 怀化) is a verb
    ("本报讯 近日，义乌职工迎来了工会送来的清凉大礼包", {("浙江", "金华市", "义乌市")}),  # made up
    # a national-level new area has no code of its own: the unit that administers it (new_areas.tsv)
    ("在雄安，河北华耀集团承担着新区K1快速路（一期）的建设任务", {("河北", "", ""), ("河北", "保定市", "")}),  # rmrb_20200228-14-01
    ("两江新区总工会为一线职工送清凉", {("重庆", "", "")}),  # made up
    ("南京江北新区总工会", {("江苏", "南京市", "")}),  # made up: not 江北区 of 重庆 or 宁波
    # a county's short form opening a line before a colon or a space, as a headline names its place, or before 工会 (made
    # up, twenty-sixth session, from briefs: no place); a common word so placed is none
    ("昆山：职工书屋进企业", {("江苏", "苏州市", "昆山市")}),
    ("鄞州 工会为环卫工送清凉", {("浙江", "宁波市", "鄞州区")}),
    ("太仓工会举办职工运动会", {("江苏", "苏州市", "太仓市")}),
    ("新建：职工之家投入使用", set()),
    # …or before its development zone, or where a sentence opens after 在, a clause of its own (made up, twenty-sixth
    # session, from briefs: no place)
    ("近日，昆山开发区总工会举办职工运动会。", {("江苏", "苏州市", "昆山市")}),
    ("近日，江阴高新区总工会为职工送清凉。", {("江苏", "无锡市", "江阴市")}),
    ("近日，在江阴，市总工会为环卫工人送去清凉。", {("江苏", "无锡市", "江阴市")}),
    ("在萧山，区总工会开展送清凉活动。", {("浙江", "杭州市", "萧山区")}),
    ("他在和平，心里也很平静。", set()),
    # a unit's former name no suffix rule derives, renamed or merged into another, is the unit it is today
    # (former_names.tsv; made up, twenty-sixth session, from older texts' names: no place); 召开县… holds no 开县
    ("蓟县总工会举办职工运动会", {("天津", "", "蓟州区")}),
    ("闸北区总工会为农民工送清凉", {("上海", "", "静安区")}),
    ("塘沽区总工会开展送温暖活动", {("天津", "", "滨海新区")}),
    ("增城市总工会举办招聘会", {("广东", "广州市", "增城区")}),
    ("市总工会召开县总工会主席座谈会", set()),
    # …and a provincial one whose name holds another city's (made up, twenty-fourth and twenty-fifth sessions, from
    # briefs: 杭州湾 had placed 宁波's new area in 杭州 too)
    ("宁波杭州湾新区总工会", {("浙江", "宁波市", "")}),
    ("杭州湾新区总工会走访慰问一线职工", {("浙江", "宁波市", "")}),
    # a city by its nickname (city_nicknames.tsv; made up, as local outlets write, but 申城: rmrb_20200209-04-05) —
    # 榕城 is 福州, though 揭阳's 榕城区 has it as its short form, which a seat cue would have taken (榕城职工)
    ("日前，鹏城百万职工技能竞赛启动", {("广东", "深圳市", "")}),
    ("近日，榕城职工运动会在海峡奥体中心开幕", {("福建", "福州市", "")}),
    ("揭阳市榕城区总工会", {("广东", "揭阳市", ""), ("广东", "揭阳市", "榕城区")}),
    ("昨天，甬城的30位劳模工匠走进学校", {("浙江", "宁波市", "")}),
    # …more of them, each one city's (made up, twenty-seventh session, from a probe of these: no place; real in
    # hzrb_20211027-00-01's 让杭城处处…)
    ("杭城职工喜迎五一国际劳动节", {("浙江", "杭州市", "")}),
    ("津城建设者坚守岗位过大年", {("天津", "", "")}),
    ("锡城工匠风采展开幕", {("江苏", "无锡市", "")}),
    ("瓷都工匠薪火相传", {("江西", "景德镇市", "")}),
    # a province's land by its literary name (made up, twenty-seventh session, from a probe of these: no place)
    ("八闽大地涌现出一批大国工匠", {("福建", "", "")}),
    ("三秦大地劳动竞赛如火如荼", {("陕西", "", "")}),
    ("中原大地工匠辈出", {("河南", "", "")}),
    # 南沙 is Guangzhou's district, as news names it, unless the story names 三沙's (made up, thirty-third session, from
    # briefs: 三沙's alone)
    ("在南沙，工会为建筑工人送清凉", {("广东", "广州市", "南沙区")}),
    ("近日，海南三沙市南沙区的驻岛职工收到了慰问品", {("海南", "", ""), ("海南", "三沙市", ""), ("海南", "三沙市", "南沙区")}),
    # a county's short form opening a clause that holds an act there, no common word (made up, thirty-third session, from
    # briefs: no place) — not 和平, 新建
    ("近日，萧山举办职工运动会", {("浙江", "杭州市", "萧山区")}),
    ("昨天，江阴召开劳模表彰大会", {("江苏", "无锡市", "江阴市")}),
    ("近日，和平举行座谈会", set()),
    ("近日，新建举办招聘会", set()),
    # …a province's part by its letter and a direction, and 大凉山 (made up, thirty-third session, from features: no
    # place) — not 关中门 (to close the middle door), nor 闽南话 (a tongue)
    ("在陕北的一家煤矿，工会干部走访慰问了矿工", {("陕西", "", "")}),
    ("记者来到苏北农村，看望留守老人", {("江苏", "", "")}),
    ("在南疆，工会为棉农送去慰问品", {("新疆", "", "")}),
    ("在大凉山深处，县总工会建起职工之家", {("四川", "凉山彝族自治州", "")}),
    ("乘务员忘了关中门", set()),
    ("他说着一口闽南话", set()),
    # 城区, 郊区, 矿区 are counties only right after their city (rule place.skip.common_noun_county)
    ("佛山将建成5G基站13400多个，实现全市中心城区和重点镇街的5G网络全覆盖", {("广东", "佛山市", "")}),  # rmrb_20191014
    ("阳泉市城区总工会", {("山西", "阳泉市", ""), ("山西", "阳泉市", "城区")}),
    # …and 老城区, 新城区, the old and new towns any city has (made up, twenty-first session, from a brief)
    ("近日，市民政局在老城区建成10家社区食堂", set()),
    ("新城区建设加快推进", set()),
    ("洛阳市老城区总工会开展活动", {("河南", "洛阳市", ""), ("河南", "洛阳市", "老城区")}),
    # a name after a place and before 镇/乡 is that place's town (rule place.skip.town_of_place), though the article
    # names the province of a county of that name (永兴县, 湖南): two sentences of rmrb_20200125-02-01
    ("大年三十，湖南株洲市渌口区龙门镇花冲村易地扶贫搬迁集中安置点内。杨万良所住的毗罗村，地处重庆江津区永兴镇南部",
     {("湖南", "", ""), ("湖南", "株洲市", ""), ("湖南", "株洲市", "渌口区"), ("重庆", "", ""), ("重庆", "", "江津区")}),
    ("听到习近平总书记的重要讲话，武汉市武昌区安顺家园社区居民李楠热泪盈眶。", {("湖北", "武汉市", ""), ("湖北", "武汉市", "武昌区")}),
    ("1944年，山城重庆。段文杰参观了张大千举办的", {("重庆", "", "")}),  # 山城 (a short form of 山城区) is no parent
    # a county named in full in the article makes its short form elsewhere in it that county (headlines)
    ("姜堰总工会节前送温暖\n猴年新春到来之际，姜堰区总工会广泛开展“情系职工·温暖万家”走访慰问活动",  # tzrb_20160204
     {("江苏", "泰州市", "姜堰区")}),
    ("图集|龙岗建筑工人秀“绝活”\n6月16日上午，龙岗区建筑行业工会首届建筑工人劳动技能竞赛", {("广东", "深圳市", "龙岗区")}),
    # …ambiguous or not, its stem elsewhere stands for it, not for a city of that short form (made up, twenty-fourth
    # session, from briefs: “会聚朝阳” had placed a Beijing district's story in 辽宁's 朝阳市; rmrb_20200514-16-06's
    # 房山分局 and zmdrb_20140704's 《平舆…》 are now read as the districts the articles name)
    # an autonomous prefecture's one-letter short forms (the division list's 克州/克孜勒苏, 巴州/巴音郭楞, and 博州): made up,
    # twenty-fourth session, from a brief — 新疆克州总工会 had been 新疆's alone, 巴州 巴中's
    ("江苏省总工会向新疆克州总工会捐赠100万元", {("江苏", "", ""), ("新疆", "", ""), ("新疆", "克孜勒苏柯尔克孜自治州", "")}),
    ("巴州总工会开展送温暖活动", {("新疆", "巴音郭楞蒙古自治州", "")}),
    ("博州总工会开展送温暖活动", {("新疆", "博尔塔拉蒙古自治州", "")}),
    ("巴中市巴州区总工会开展送温暖活动", {("四川", "巴中市", ""), ("四川", "巴中市", "巴州区")}),
    ("朝阳区总工会在奥林匹克公园举办“会聚朝阳”职工健步走活动", set()),
    ("北京市朝阳区总工会举办“会聚朝阳”职工健步走活动", {("北京", "", ""), ("北京", "", "朝阳区")}),
    ("大连市中山区第三届职工运动会开幕，“活力中山”系列活动同步启动。", {("辽宁", "大连市", ""), ("辽宁", "大连市", "中山区")}),
    ("辽宁朝阳市总工会走访慰问困难职工。朝阳全市共有困难职工1200户。", {("辽宁", "", ""), ("辽宁", "朝阳市", "")}),
    ("某县公安机关表示。公安县总工会", {("湖北", "荆州市", "公安县")}),  # made up: 公安 there is a common word (police)
    # a place right after a lone surname is a given name (made up: the issue names 张海南-like names from unseen
    # text; the corpus has the shape in ten names, 王临海, 杨红山, 龚兴旺…, none of them a place it would take)
    ("农民工张海南说，工会帮了大忙", set()),
    ("职工王湘潭、李云南获得表彰", set()),
    ("向海南、西藏总工会拨付资金", {("海南", "", ""), ("西藏", "", "")}),  # 向 is a preposition here
    ("他买了两张海南航空的机票", {("海南", "", "")}),  # 张 counts tickets
    # a town named alone places its county (data/towns.csv: the country's only town of the name; made up, as a local
    # outlet writes; the catalogue's place.town has the corpus's) — not one inside a longer name or a common word
    ("近日，横店镇总工会举办职工运动会", {("浙江", "金华市", "东阳市")}),
    ("在驯乐苗族自治乡，建设美丽乡村", set()),
    # …whatever the tokenizer calls the surname, after a person's role (made up: 副主席刘江西 had been 江西's)
    ("市总工会副主席刘江西出席活动并讲话", set()),
    ("技术员马兰州介绍了经验", set()),
    # …and a short form that opens a three-character name after a person's role (made up: the issue's person names
    # that contain place names, 许昌明, 林芝华), not a place written in full or one a person comes from
    ("劳模许昌明获得表彰，记者林芝华报道", set()),
    ("记者从许昌市总工会获悉", {("河南", "许昌市", "")}),
    # a province's or city's short form opening a word the tokenizer reads as a place is that place (it had been
    # dropped as a short form inside a word): rmrb_20200529-07-01, rmrb_20200102-14-01, rmrb_20200120-13-01
    ("香港特区行政长官林郑月娥发表声明表示，欢迎全国人大通过有关决定。", {("香港", "", "")}),
    ("他立即着手在苏州高新区找销售路子。", {("江苏", "苏州市", "")}),
    ("春运期间，行经北京西站和北京站附近的1路公交将搭载旅客。", {("北京", "", "")}),
    # a full name before the unit's own bodies, which the tokenizer joins to its last character (县委书记, 区政府,
    # 区委): the sample page, rmrb_20190222-07-03, rmrb_20191009-13-01, rmrb_20200102-14-01
    ("陕西潼关县委书记、监委主任张新峰表示", {("陕西", "", ""), ("陕西", "渭南市", "潼关县")}),
    ("为了稳就业，吴江区政府提早行动", {("江苏", "苏州市", "吴江区")}),
    ("田林县委书记彭斌说", {("广西", "百色市", "田林县")}),
    ("对此，万山区委拍板", {("贵州", "铜仁市", "万山区")}),
    ("深化交流合作，拓展合作市场", set()),  # 市场 is another word
    ("加强乡镇寄宿制学校和县城学校建设", set()),  # 和 县城: not 和县
    # a former or abbreviated full name is the unit of today (rule place.other_form): rmrb_20191009-13-01,
    # rmrb_20190219-16-05, rmrb_20191002-14-01; 姜堰市 and 密云县 made up (the names before 2012 and 2015)
    ("在平果县，2018年10月底", {("广西", "百色市", "平果市")}),
    ("1914年9月出生在湖北省麻城县万义乡", {("湖北", "", ""), ("湖北", "黄冈市", "麻城市")}),
    ("环江县教育局驻山岗村第一书记谭康吉说", {("广西", "河池市", "环江毛南族自治县")}),
    ("姜堰市总工会开展送温暖活动", {("江苏", "泰州市", "姜堰区")}),
    ("密云县总工会开展送温暖活动", {("北京", "", "密云区")}),
    ("和大城市比，生活条件差", set()),  # 大城县's short form and 市 is the word for a city
    ("通州市总工会开展活动", set()),  # 通州: a district of 北京 and one of 南通 — nothing to choose by
    # an autonomous county by its short form and 县, where a district's guessed former name is the same (made up from
    # a probe of 234 autonomous counties written so: 14 had been lost between the two)
    ("金平县总工会开展送温暖活动", {("云南", "红河哈尼族彝族自治州", "金平苗族瑶族傣族自治县")}),
    ("近日，宽城县各级工会为一线职工送去防暑降温物品。", {("河北", "承德市", "宽城满族自治县")}),
    # a province's one-character name as a word after a verb of being or going there (province_letters.tsv):
    # rmrb_20200114-04-09, rmrb_20200117-15-01, grrb_20220913-00-00; the traps made up
    ("来自四川雅安名山区的陈宇在粤已经14年。",
     {("四川", "", ""), ("四川", "雅安市", ""), ("四川", "雅安市", "名山区"), ("广东", "", "")}),
    ("为了让在陕务工的建设者、奋斗者们顺利返乡", {("陕西", "", "")}),
    ("北京、上海派出的援滇干部职工", {("北京", "", ""), ("上海", "", ""), ("云南", "", "")}),
    ("中华全国总工会26日在京召开表彰大会", {("北京", "", "")}),
    ("在京汉铁路工人大罢工中", set()),
    # …or opening a word the tokenizer reads whole (made up, eighteenth session: 在京举行 had placed nothing)
    ("第二届全国职工技能大赛颁奖仪式在京举行", {("北京", "", "")}),
    # …and a city's (city_letters.tsv: rmrb_20200227-01-01's 离汉通道; the rest made up, twenty-second session, from
    # briefs: 来汉 had placed nothing); not 汉 inside a longer word
    ("关闭离汉通道已经一个多月", {("湖北", "武汉市", "")}),
    ("湖北省总工会邀请浙江大学教授王明来汉，为工会干部宣讲", {("湖北", "", ""), ("湖北", "武汉市", "")}),
    ("在杭务工人员可申领返乡补贴", {("浙江", "杭州市", "")}),
    ("10万名来穗务工人员留穗过年", {("广东", "广州市", "")}),
    ("医疗队抵蓉后立即投入工作", {("四川", "成都市", "")}),
    ("在汉字书法比赛中获奖", set()),
    # …东莞's too, and 回 as a verb of going (made up, twenty-third session, from a probe of these: no place); not 回来
    ("留莞过年的外来务工人员，在莞务工满一年", {("广东", "东莞市", "")}),
    ("帮助农民工回川过年，他们回来了", {("四川", "", "")}),
    # …深圳's as a word of its own, and 无锡's (made up, twenty-seventh session, from a probe of these: no place); not
    # 在深入, 在深夜
    ("市总工会为来深建设者送上新春礼包", {("广东", "深圳市", "")}),
    ("在深务工人员可申领返乡补贴", {("广东", "深圳市", "")}),
    ("工会干部在深入一线时了解到，职工们在深夜仍在加班", set()),
    ("在锡企业职工可免费参加培训", {("江苏", "无锡市", "")}),
    ("鼓励来锡务工人员留锡过年", {("江苏", "无锡市", "")}),
    # a county's full name before its territory, 县域 (made up from a probe of 73 counties: 33 had been lost, the
    # tokenizer reading 县域 as a word)
    ("盱眙县域内的200余名环卫职工收到了清凉物资", {("江苏", "淮安市", "盱眙县")}),
    # a city's short form after a lone surname read as no word (刘 长沙, 刘 丽江 — made up from a probe of 150 names)
    ("全国劳动模范刘长沙讲述了自己的奋斗故事", set()),
    ("杭州市总工会干部刘丽江说", {("浙江", "杭州市", "")}),
    ("推动京津冀协同发展", set()),
    # …but a run of provinces' letters its count matches is those provinces (made up, twenty-first session: regional
    # unions' agreements had named one place, or none)
    ("京津冀三地总工会日前签署合作协议", {("北京", "", ""), ("天津", "", ""), ("河北", "", "")}),
    ("川渝两地工会近日召开联席会议", {("四川", "", ""), ("重庆", "", "")}),
    ("粤港澳三地工会举办交流活动", {("广东", "", ""), ("香港", "", ""), ("澳门", "", "")}),
    ("京津冀两地", set()),  # (a count that does not match: no places)
    # a two-character county's name after a lone character read as a noun ends a longer name no gazetteer holds
    # (rmrb_20190219-16-05's 枣南县, a former county, had been 湖南's 南县; the second made up); after a place, a
    # preposition or a joiner it is the county
    ("1943年3月，易良品在枣南县杨庄宿营时被敌人包围", set()),
    ("他曾在鲁西县一带打游击，后到冀县工作", set()),
    ("湖南南县的职工", {("湖南", "", ""), ("湖南", "益阳市", "南县")}),
    ("赵县、曹县总工会", {("河北", "石家庄市", "赵县"), ("山东", "菏泽市", "曹县")}),
    ("货轮陆续进港，留苏学生回国", set()),
    # a word that opens on 街 after a place is no street named after it (jjrb_20130820's 在郑州街头 had lost 郑州;
    # 澳门街坊总会 made up); a street is (河北街道, 北京路)
    ("8月18日，在郑州街头，两名工人在对一处被损坏的隔离护栏进行维修。", {("河南", "郑州市", "")}),
    ("澳门街坊总会举办活动", {("澳门", "", "")}),
    ("在北京路上行走，河北街道的居民", set()),
    # …with its direction between (made up, twenty-second session, from briefs: 位于南京东路的…站点 had put a 上海 story in
    # 江苏's 南京市, 四川北路街道 in 四川)
    ("位于南京东路的服务站点正式启用", set()),
    ("四川北路沿线的环卫工人，西藏中路、北京西路沿线", set()),
    ("南京东部的企业", {("江苏", "南京市", "")}),  # (a direction that is no street's)
    # a name that runs into the tokenizer's word gives way to one starting inside it that stands as its words do
    # (rmrb_20191018-17-01's 已成武汉市风景最优美的道路 had read 成武, 山东's 成武县, and lost 武汉市; made up, twenty-second
    # session, from a brief: 记者从江阴市总工会获悉 had read 从江, 贵州's 从江县, and placed nothing)
    ("这条大道已成武汉市风景最优美的道路之一", {("湖北", "武汉市", "")}),
    ("记者从江阴市总工会获悉", {("江苏", "无锡市", "江阴市")}),
    ("来自从江县的务工人员", {("贵州", "黔东南苗族侗族自治州", "从江县")}),
    # a city's short form that is also a common word stands as the city after a verb of going or listed with another
    # place (made up, twenty-third session, from briefs: 大同 had been dropped) — not 在 or 到 alone, nor the word
    ("宣讲团分赴大同、长治、运城等地", {("山西", "大同市", ""), ("山西", "长治市", ""), ("山西", "运城市", "")}),
    ("首批劳模来到日照疗休养", {("山东", "日照市", "")}),
    ("运城、大同两地职工", {("山西", "运城市", ""), ("山西", "大同市", "")}),
    ("受到来宾的欢迎，在阳光日照下", set()),
    ("世界大同，祝大家幸福安康", set()),
    # a broadcaster or paper named after its place is the outlet's (made up, twenty-third session, from a brief: 浙江)
    ("湖南卫视、浙江卫视等媒体对活动进行了报道", set()),
    ("湖北日报、楚天都市报等媒体在浙江采访", {("浙江", "", "")}),
    # a venue the tokenizer reads as one body after 在 lies where its name opens (made up, twenty-third session, from a
    # brief: no place; rmrb_20191002-14-01's 在北京站维护秩序 too) — not the body named elsewhere (北京大学的专家)
    ("全国劳动模范和先进工作者表彰大会在北京人民大会堂隆重举行", {("北京", "", "")}),
    ("北京大学的专家走进企业", set()),
    # a county's short form between 在 and an act held there is that county, when it is no common word (made up,
    # twenty-third session, from a brief: the tagger reads 兴义 as a noun, and the signing had no place of its own)
    ("宁波市总工会与黔西南州总工会在兴义签订劳务协作协议", {("浙江", "宁波市", ""), ("贵州", "黔西南布依族苗族自治州", ""),
                                              ("贵州", "黔西南布依族苗族自治州", "兴义市")}),
    ("全州职工技能大赛在凯里举办", {("贵州", "黔东南苗族侗族自治州", "凯里市")}),
    ("会议在和平召开，在东方举行", set()),
    # …and so are short forms in a list its level's word closes (made up, twenty-sixth session, from briefs: no places);
    # common words so listed are not (和平、东方等区)
    ("市总工会在巴南、江津等区开展送温暖活动", {("重庆", "", "巴南区"), ("重庆", "", "江津区")}),
    ("市总工会深入柯城、衢江两区走访慰问", {("浙江", "衢州市", "柯城区"), ("浙江", "衢州市", "衢江区")}),
    ("在和平、东方等区开展活动", set()),
    # …or 等地, 等市, their names up to four characters (made up, thirty-first session, from features: no places); not
    # people so listed
    ("记者走访了义乌、昆山、二连浩特等地", {("浙江", "金华市", "义乌市"), ("江苏", "苏州市", "昆山市"),
                                  ("内蒙古", "锡林郭勒盟", "二连浩特市")}),
    ("晋江、慈溪等市总工会开展活动", {("福建", "泉州市", "晋江市"), ("浙江", "宁波市", "慈溪市")}),
    ("张三、李四等地的职工参加", set()),
    # …or one worked in after 在, come to ending its clause, or a firm there not named (made up, thirty-first session, from
    # features: no places) — not a common word so placed, nor a person's given name
    ("他在义乌务工多年", {("浙江", "金华市", "义乌市")}),
    ("他在昆山创业", {("江苏", "苏州市", "昆山市")}),
    ("记者来到晋江，走进一家鞋企", {("福建", "泉州市", "晋江市")}),
    ("江阴某钢铁公司的工人张伟", {("江苏", "无锡市", "江阴市")}),
    ("昆山一家电子企业的工人", {("江苏", "苏州市", "昆山市")}),
    ("在和平工作，他来到和平，", set()),
    ("王永康在义乌", set()),
    # "the whole" of a prefecture is no county whose short form it is (made up, twenty-third session, from a brief:
    # 全州职工 had been 广西's 全州县) — the county written in full is
    ("全州职工技能大赛开幕，全州各级工会积极参与", set()),
    ("广西全州县总工会", {("广西", "", ""), ("广西", "桂林市", "全州县")}),
    # a one-character name and its level whose first character ends a word the tokenizer reads is no place (made up,
    # twenty-third session, from a brief: 建成县职工服务中心 had been 甘肃's 成县) — written as a word it is
    ("县财政配套30万元，建成县职工服务中心", set()),
    ("完成县级职工服务中心建设", set()),
    ("甘肃成县总工会在成县举行活动", {("甘肃", "", ""), ("甘肃", "陇南市", "成县")}),
    # a province before a count of the provinces listed is a place (made up, twenty-seventh session, from briefs: the
    # stock dictionary cut 山|东三省 and 广|东三省) — 东三省 alone names none
    ("其中，广东、江苏、山东三省建成数量位居前列", {("广东", "", ""), ("江苏", "", ""), ("山东", "", "")}),
    ("河北、广东三省区工会联合开展劳动竞赛", {("河北", "", ""), ("广东", "", "")}),
    ("东三省工会联合开展劳动竞赛", set()),
    # …and so is a place's short form before 等地 or its labour bureau (made up, twenty-seventh session, from briefs: the
    # stock dictionary cut 南|平等|地, 四|平等|地 and 临沂人|社|局)
    ("南平等地工会开展送清凉活动", {("福建", "南平市", "")}),
    ("四平等地工会开展送清凉活动", {("吉林", "四平市", "")}),
    ("临沂人社局联合市总工会举办招聘会", {("山东", "临沂市", "")}),
    ("湖南人社厅联合省总工会举办招聘会", {("湖南", "", "")}),
    # a county's short form before its federation, however common a word the dictionary takes it for (made up,
    # twenty-seventh session, from briefs: a well-known county had been a common word by count, or a name by tag) — not
    # a trade's word there (公安总工会), nor a common word before 工会 (新建工会: built)
    ("丹江口总工会开展送清凉活动", {("湖北", "十堰市", "丹江口市")}),
    ("宜兴总工会为环卫工人送清凉", {("江苏", "无锡市", "宜兴市")}),
    ("秭归总工会慰问一线职工", {("湖北", "宜昌市", "秭归县")}),
    ("仙桃总工会举办职工技能大赛", {("湖北", "", "仙桃市")}),
    ("麻城总工会慰问环卫工人", {("湖北", "黄冈市", "麻城市")}),
    ("公安总工会召开全委会议", set()),
    # a county's short form a trip goes to before what is done there (made up, twenty-seventh session, from briefs: the
    # trips had no place), and a county-level city's however often the dictionary has it, there or as a venue — not a
    # lake's or a mountain's name that a district or county shares (东湖, 太湖)
    ("市总工会组织30名工会干部赴韶山开展党性教育", {("湖南", "湘潭市", "韶山市")}),
    ("省总工会组织50名劳模赴瑞金学习", {("江西", "赣州市", "瑞金市")}),
    ("省总工会组织50名劳模赴井冈山疗休养", {("江西", "吉安市", "井冈山市")}),
    ("省总工会在井冈山举办工会干部培训班", {("江西", "吉安市", "井冈山市")}),
    # …a venue there named between (made up, twenty-eighth session, from briefs: the tagger reads 林州 and 兰考 as names)
    ("市总工会组织30名劳模工匠赴林州红旗渠干部学院开展学习培训", {("河南", "安阳市", "林州市")}),
    ("区总工会组织50名工会干部赴兰考焦裕禄干部学院参加培训", {("河南", "开封市", "兰考县")}),
    ("区总工会组织50名职工赴太湖疗养院开展疗休养", set()),
    # …or 到 (made up, thirty-second session, from briefs: no place) — not the end of a word (受到, 达到)
    ("5月8日，市总工会组织劳模到昆山参观学习", {("江苏", "苏州市", "昆山市")}),
    ("记者到义乌调研", {("浙江", "金华市", "义乌市")}),
    ("区总工会组织职工代表到萧山考察", {("浙江", "杭州市", "萧山区")}),
    ("他们受到昆山考察团的欢迎", set()),
    # a city-province's parts known by name (made up, twenty-eighth session, from a union site's story in Traditional
    # Chinese: no place) — not a word that runs on from one (九龙江, a river)
    ("工联会于3月15日在九龙观塘举办职业安全健康讲座", {("香港", "", ""), ("香港", "", "观塘区")}),
    ("澳门工会联合总会日前在氹仔举办就业辅导讲座", {("澳门", "", "")}),
    ("工联会在新界举办职工技能培训班", {("香港", "", "")}),
    ("漳州市总工会组织职工参加九龙江环保志愿活动", {("福建", "漳州市", "")}),
    # a Hong Kong district by its short form alone, as the papers there name it, where no other province is named
    # (made up, twenty-ninth session, from Hong Kong unions' stories in Traditional Chinese: no place) — not a town of
    # another city's (珠海湾仔), nor a common word (离岛)
    ("工联会职业安全健康部昨日在观塘会所举办讲座", {("香港", "", "观塘区")}),
    ("工联会在荃湾、屯门设立服务站", {("香港", "", "荃湾区"), ("香港", "", "屯门区")}),
    ("珠海湾仔的职工书屋", {("广东", "珠海市", "")}),
    ("离岛的渔民", set()),
    # a place a venue there is named after, the act held in it (rmrb_20200117-06-02's 中国浦东干部学院 — gold 上海; made up,
    # twenty-ninth session: no place) — not a venue named after no place
    ("第三期“大国工匠”高技能人才国情研修班在中国浦东干部学院举办", {("上海", "", "浦东新区")}),
    ("全国工会干部培训班在中国井冈山干部学院开班", {("江西", "吉安市", "井冈山市")}),
    ("下午，我市在萧山会议中心举行了相关庆祝活动", {("浙江", "杭州市", "萧山区")}),
    ("会议在东方宾馆举行", set()),
    # a national venue or landmark where something is held or someone goes is the unit it lies in (made up, twenty-ninth
    # session, from national items whose meetings had been placed 全国 — as nfgb_20231009-00-01's …来到天安门广场) — not
    # a province's own hall after its name, a figure of speech, nor a past
    ("中国工会第十八次全国代表大会在人民大会堂开幕", {("北京", "", "")}),
    ("全国总工会十七届执委会第十次全体会议在京西宾馆召开", {("北京", "", "")}),
    ("市总工会组织劳模代表来到西柏坡纪念馆", {("河北", "石家庄市", "平山县")}),
    ("在广西人民大会堂举行", {("广西", "", "")}),
    ("他将百姓声音带到人民大会堂", set()),
    ("70年前，党中央从西柏坡出发", set()),
    # …and 北区 and 南区, any campus's or zone's halves, only after 香港 (made up, twenty-ninth session, from briefs: each
    # had been placed in 香港)
    ("澳门工会联合总会日前在北区服务中心举行活动", {("澳门", "", "")}),
    ("市总工会在开发区北区新建职工驿站", set()),
    ("该校南区食堂的职工们", set()),
    ("市总工会在东湖举办职工健步走活动", set()),
    ("市总工会组织劳模赴太湖参观", set()),
    ("今年以来，全市新建工会组织120家", set()),
    # a prefecture city's short form that is no common word is a place, whatever jieba tags it (made up, thirty-second
    # session, from briefs: 茂名 is tagged a, 遵义 v — none had been placed); one inside a person's name is not
    ("国庆前夕，中国石化茂名分公司工会向3000名职工发放消费券", {("广东", "茂名市", "")}),
    ("他在遵义工作了十年", {("贵州", "遵义市", "")}),
    ("来自营口的50名职工", {("辽宁", "营口市", "")}),
    ("老王在自贡务工多年", {("四川", "自贡市", "")}),
    ("劳模王遵义获得表彰", set()),
])
def test_places(text, expected):
    got = {(m.unit.province_short, m.unit.city, m.unit.county) for m in find_places(text)}
    assert got == expected


@pytest.mark.parametrize("title, body, province", [
    # a brand's place before its branch's in one name is the brand's: the branch is where it is, the tokenizer's 北京分行
    # read as a place too (made up, twenty-fourth session, from briefs: a Hangzhou branch's walk had been 北京's); the
    # brand alone is still its place
    ("北京银行杭州分行工会开展健步走", "本报讯 4月20日，北京银行杭州分行工会组织职工开展健步走活动。", "浙江"),
    ("江苏银行北京分行举办职工运动会", "本报讯 5月20日，江苏银行北京分行工会举办第二届职工运动会。", "北京"),
    ("上海建工集团苏州分公司工会成立", "本报讯 3月2日，上海建工集团苏州分公司召开工会会员代表大会。", "江苏"),
    ("北京银行举办职工运动会", "本报讯 5月20日，北京银行工会举办职工运动会。", "北京"),
])
def test_a_branch_is_where_it_is_not_where_its_brand_is(title, body, province):
    doc = analyse_text(body, ISSUE, title=title)
    assert doc.primary_province == province and {m.unit.province_short for m in doc.places} == {province}


@pytest.mark.parametrize("title, body, provinces", [
    # people from a place called its 老乡 are from there: no place of the story (made up, twenty-second session, from a
    # brief; rmrb_20200114-04-09's 四川老乡 too, its 四川 still placed by the 四川演职人员 from 成都)
    ("湖南老乡在广东", "本报讯 2月10日，东莞市总工会举办座谈会，邀请20名农民工代表参加。", {"广东"}),
    ("四川老乡过大年", "本报讯 春节期间，宁波市总工会为留甬过年的四川老乡送上年夜饭。", {"浙江"}),
    # …and where someone came back home from (made up, twenty-eighth session, from briefs: where he had worked had been
    # the story's place)
    ("农民工返乡创业", "本报讯 从广东打工返乡的河南籍农民工李贵州，如今在家乡开办了服装厂。", set()),
    ("返乡创业", "本报讯 从浙江回乡创业的王强，在县总工会帮助下办起了加工厂。", set()),
])
def test_where_fellow_townspeople_come_from_is_no_place_of_the_story(title, body, provinces):
    assert {m.unit.province_short for m in analyse_text(body, ISSUE, title=title).places} == provinces


@pytest.mark.parametrize("title, body, provinces", [
    # the names after a credit's 记者 or 通讯员 are people, never places (made up, twenty-third session, from briefs: the
    # reporter 黄山 had placed a story in 安徽, the correspondent 丽水 in 浙江) — not a sentence opening on 记者
    ("职工书屋添新书", "本报讯（记者 黄山 通讯员 王长江）近日，省总工会向基层职工书屋捐赠图书2万册。", set()),
    ("职工书屋添新书", "本报讯（通讯员 丽水 记者 张明）近日，省总工会向基层职工书屋捐赠图书2万册。", set()),
    ("职工书屋添新书", "本报记者 黄山\n近日，省总工会向基层职工书屋捐赠图书2万册。", set()),
    ("职工书屋添新书", "近日，省总工会向基层职工书屋捐赠图书2万册。（记者 黄山）", set()),
    ("职工书屋添新书", "本报讯（记者 张明）近日，黄山市总工会向基层职工书屋捐赠图书2万册。", {"安徽"}),
    ("工会动态", "记者从江阴市总工会获悉\n今年该市工会投入500万元。", {"江苏"}),
])
def test_a_reporters_name_is_no_place(title, body, provinces):
    assert {m.unit.province_short for m in analyse_text(body, ISSUE, title=title).places} == provinces


@pytest.mark.parametrize("body, where", [
    # a province a roundup's section opens on, then a finer place of it its body names: the finer (made up, thirty-third
    # session, from roundups: the province alone) — a chain still its last (湖北武汉), a route's destinations none
    ("7月10日，在广东，佛山市顺德区总工会联合区人社局举办线上招聘会。", "顺德区"),
    ("7月10日，在河北，石家庄市总工会开展“送清凉”活动。", "石家庄市"),
    ("1月28日，复星集团向湖北武汉、黄冈等地发放防护服20批，启动医疗物资调配行动。", "武汉"),
    ("7月10日，在山东，省总工会开展“送清凉”活动。", "山东"),
])
def test_a_sections_province_gives_way_to_a_finer_place_of_it(body, where):
    (ev,) = events.extract(analyse_text(body, ISSUE, title="工会动态"))
    assert ev.place is not None and ev.place.text == where


@pytest.mark.parametrize("title, body, provinces", [
    # a place named only to measure from is no place of the story (made up, thirty-third session, from features: 北京 had
    # been an overseas project's place, 乌鲁木齐 a border town's)
    ("海外项目的工会小家", "在距离北京6000多公里的巴基斯坦卡拉奇，中国电建的工地上，工会小家里热闹非凡。", set()),
    ("边境小镇的职工之家", "在这座距乌鲁木齐1000多公里的边境小镇，阿里地区总工会建起了职工之家。", {"西藏"}),
    ("山区的职工驿站", "距离成都约200公里的山区，县总工会建起了户外劳动者驿站。", set()),
    # (…not a place left, 离开武汉: where one was)
    ("返岗", "离开武汉后，他来到深圳务工。", {"湖北", "广东"}),
])
def test_a_place_measured_from_is_no_place(title, body, provinces):
    assert {m.unit.province_short for m in analyse_text(body, ISSUE, title=title).places} == provinces


def test_a_city_short_form_stays_the_city_beside_the_county_named_after_it():
    """rmrb_20191029-12-02: 阜新 (阜新全市) had become 阜新蒙古族自治县 once that county was named in full."""
    text = "阜新多措并举拓展就业空间。辽宁阜新蒙古族自治县职业技能培训学校。2018年，阜新全市累计实现就业再就业。"
    got = {(m.text, m.unit.city, m.unit.county) for m in find_places(text)}
    assert ("阜新", "阜新市", "") in got and not any(t == "阜新" and county for t, _city, county in got)


@pytest.mark.parametrize("text, places", [
    # a source line names who supplied the data (rmrb_20191014-18-01): its 上海 is no place of a 广东 story
    ("第五届中国（广东）国际“互联网+”博览会在佛山举行。\n数据来源：汉诺威米兰展览（上海）有限公司", {"广东"}),
    # the outlet's own place in its news line, a byline or a source note (made up: the issue names the shapes)
    ("江西工人报讯 近日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("本报讯（江西工人报记者 张三）近日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("近日，湖南省总工会在长沙举办职工技能大赛。（来源：江西工人报）", {"湖南"}),
    # …the bracket alone when it opens the lead's line (made up, twenty-fifth session, from briefs: the whole line had been
    # the credit, every place in it the outlet's)
    ("（来源：四川工人日报）近日，贵阳市总工会联合市法院，在全市设立农民工讨薪“绿色通道”。", {"贵州"}),
    ("（来源：江西工人报）近日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    # …unless the story names no other place: then the outlet's is the best there is
    ("江西工人报讯 近日，职工技能大赛举行，300名职工参赛。", {"江西"}),
    # …and a writer's unit (rmrb_20191011-09-03 and rmrb_20200227-09-03 end so; the union's made up) — at a long story's
    # end, even when the story names no other place: only a credit or a company in the headline or lead places a story
    # that names none (rmrb_20200228-11-01's 中国航发沈阳黎明…公司 deep in a national feature had made it 辽宁's)
    ("杭州市总工会日前出台新规，保障新就业形态劳动者权益。\n（作者单位：南京市总工会）", {"浙江"}),
    ("这是一篇评论。\n评论的第二段。\n评论的第三段。\n（作者单位：天津市中国特色社会主义理论体系研究中心天津师范大学基地）", set()),
    ("产业工人队伍建设改革稳步推进。\n各地涌现出一批技术能手。\n决赛赛场上，中国航发沈阳黎明航空发动机集团有限责任公司高级技师洪家光的演讲"
     "赢得阵阵掌声。", set()),
    ("国网济南供电公司工会举办职工运动会。\n运动会设八个项目。", {"山东"}),
    # …and an outlet a report is told after, or a reprint's source (made up, eighteenth session, from a probe of 13
    # outlets × 10 credits: 据…报道, 据《…》消息 and 本文转自： had placed the story in the outlet's province)
    ("据河南工人日报报道，近日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("据《四川工人日报》消息，近日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("近日，湖南省总工会在长沙举办职工技能大赛。\n本文转自：安徽日报", {"湖南"}),
    # a place before a paper's reporter in running text is the story's (湖南 here), not the outlet's
    ("在湖南接受中国青年报记者采访时，他说。", {"湖南"}),
    # an outlet whose name holds no place says where it reports from, when the story names no other (outlet_places.tsv;
    # made up, nineteenth session: 南湖晚报讯 市总工会… had placed nothing) — never in running text, nor over a place named
    ("南湖晚报讯 1月15日，市总工会走访慰问困难职工320户。", {"浙江"}),
    ("据大众日报报道，1月15日，省总工会走访慰问困难职工320户。", {"山东"}),
    ("本报讯 1月15日，市总工会走访慰问困难职工320户。\n来源：劳动午报", {"北京"}),
    ("南湖晚报讯 1月15日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("1月15日，大众日报社组织记者采访劳模。", set()),
    # …and so does one named after its place, a city's daily or evening paper, though a place before 日报 is no place in
    # running text (made up, twenty-sixth session, from briefs: a story naming no other place had none)
    ("十堰日报讯（记者 张三）7月10日，市总工会为全市环卫工人送去清凉物资。", {"湖北"}),
    ("德阳晚报讯 7月10日，市总工会为全市环卫工人送去清凉物资。", {"四川"}),
    ("本报讯 7月10日，市总工会为全市环卫工人送去清凉物资。（来源：德阳日报）", {"四川"}),
    ("德阳日报讯 7月10日，湖南省总工会在长沙举办职工技能大赛。", {"湖南"}),
    ("湖北日报、浙江卫视等媒体对市总工会的做法进行了报道。", set()),
])
def test_an_outlets_credit_is_not_the_storys_place(text, places):
    doc = analyse_text(text, ISSUE)
    assert {m.unit.province_short for m in doc.places} == places


@pytest.mark.parametrize("text, places", [
    # 来自 one workplace whose name holds the place is where the person works, the story's (ldwb_20240201's 门头沟 had
    # been an origin); from a list of many workplaces, where each comes from (rmrb_20191025-07-07)
    ("1月31日，来自中建一局门头沟斋堂镇沿河口村异地安置房项目的巩彦宏，拿到自己装帧精美的24寸“微笑照”。", {"北京"}),
    ("经过激烈角逐，来自北方昆曲剧院的周好璐、香山革命纪念馆的孟超、湖南省京剧保护传承中心的葛倩倩获金奖。", set()),
    ("来自云南、贵州、江西等地的工人手捧期盼已久的工资。", set()),  # mbrb_20180226
    # a home town told by 籍贯, or with its province before it (made up, eighteenth session, from a probe of home towns:
    # the province before 达州老家 had stayed the story's) — but not 是安徽人, which the gold keeps (rmrb_20190222-07-03)
    ("杭州市总工会走访慰问一线职工，籍贯四川达州的农民工张建国收到了慰问品。", {"浙江"}),
    ("杭州市总工会走访慰问一线职工。春节将至，张建国打算回四川达州老家过年。", {"浙江"}),
    ("41岁的黄健是安徽人，今年是他来吴江求职的第十年。", {"安徽"}),
    # …or by 家乡, or by the words that call young people from there (made up, thirtieth session, from features: the home
    # town had been the story's place) — not a body of there
    ("杭州市总工会走访慰问一线职工。春节前，张伟回到家乡四川广安过年。", {"浙江"}),
    ("杭州市总工会走访慰问一线职工。张伟的家乡在四川广安。", {"浙江"}),
    ("杭州市总工会走访慰问一线职工。来杭12年的四川小伙张伟说，今年不回老家了。", {"浙江"}),
    ("杭州市总工会走访慰问一线职工。湖南妹子李娜是一名快递员。", {"浙江"}),
    ("杭州市总工会走访慰问一线职工。四川省总工会也派人参加。", {"浙江", "四川"}),
    # …or by where they were born (made up, thirtieth session, from features: the birthplace had been the story's place)
    ("河北唐山，开滦集团钱家营矿业公司。这位出生于山东临沂的老矿工已经在井下干了31年。", {"河北"}),
    # (…not a life told from its birth, dated, as the sample page tells 林祥谦's)
    ("林祥谦1892年出生于福州市闽侯县尚干镇，是我国工人运动的先驱者。", {"福建"}),
    ("在杭州市西湖区，出生在河南周口的她已经当了8年快递员。", {"浙江"}),
    ("出生于1985年的张伟，在唐山干了20年。", {"河北"}),
])
def test_where_people_come_from_is_not_the_storys_place_where_they_work_is(text, places):
    doc = analyse_text(text, ISSUE)
    assert {m.unit.province_short for m in doc.places} == places


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("text, day", [
    # 今天, 昨天 count from the day the dateline gives — the report's filing day, the issue's day before (made up, twenty-
    # first session, from a brief); a dateline more than a week before the issue, or none, leaves them the issue's
    ("本报北京3月1日电 （记者 李明）全国总工会今天召开新闻发布会。", "2023-03-01"),
    ("新华社上海2月28日电 昨天，上海市总工会为1000名快递员送上年货。", "2023-02-27"),
    ("本报北京2月1日电 全国总工会今天召开会议。", "2023-03-02"),
    ("全国总工会今天召开新闻发布会。", "2023-03-02"),
    # (…a dateline with no place, as local papers date their own city's news — made up, twenty-fourth session, from a
    # probe of datelines: the issue's day before)
    ("本报2月28日讯（记者 张三）昨天，市总工会召开十五届五次全委会议。", "2023-02-27"),
    ("本报3月1日电 市总工会今天召开全委会议。", "2023-03-01"),
])
def test_today_is_the_datelines_day(text, day):
    assert [d.date_start.isoformat() for d in find_dates(text, ISSUE) if d.text in ("今天", "昨天")] == [day]


@pytest.mark.parametrize("text, day", [
    # …and 近日, 日前 from the day before it (made up, twenty-ninth session, from a national item printed days after its
    # agency's dateline: the issue's day before, after the dateline) — with no dateline within a week, the issue's
    ("新华社北京2月25日电 全总近日下拨送温暖资金4.3亿元。", "2023-02-24"),
    ("本报北京2月27日电 人社部日前印发通知。", "2023-02-26"),
    ("人社部日前印发通知。", "2023-03-01"),
])
def test_lately_counts_from_the_datelines_day(text, day):
    assert [d.date_start.isoformat() for d in find_dates(text, ISSUE) if d.text in ("近日", "日前")] == [day]


@pytest.mark.parametrize("text, start, end, approx", [
    ("2月28日，浙江省金华市", "2023-02-28", None, False),
    ("2月18日至21日，全国黄金行业", "2023-02-18", "2023-02-21", False),
    ("26日，婺城区总工会", "2023-02-26", None, False),
    ("日前，西藏自治区总工会", "2023-03-01", None, True),
    ("近日，福建省总工会举办", "2023-03-01", None, True),
    ("12月30日，某地", "2022-12-30", None, False),  # news does not lie after the issue date
    ("将于3月10日举办", "2023-03-10", None, False),  # …unless announced
    ("2022年4月对外开放", "2022-04-01", None, True),
    ("1923年2月7日，在京汉铁路", "1923-02-07", None, False),
    ("昨天，记者从全总了解到", "2023-03-01", None, False),
    ("2022年度“西藏工匠”", "2022-01-01", "2022-12-31", True),
    ("在2023年内实现全覆盖", "2023-01-01", "2023-12-31", True),
    ("今年将开始第三次改版", "2023-01-01", "2023-12-31", True),
    ("去年，共补助", "2022-01-01", "2022-12-31", True),
    # a day written in words, as a decision is signed (made up: it had been no date)
    ("二〇二二年四月二十八日", "2022-04-28", None, False),
    # a day in figures as web pages write it (made up: it had been no date); a version number is none
    ("2022-04-28，市总工会举办活动", "2022-04-28", None, False),
    ("2022.4.28，市总工会举办活动", "2022-04-28", None, False),
    ("二月十八日，县总工会举办", "2023-02-18", None, False),
    # the day as speech and some web copy write it (made up, from a probe of 25 ways of dating a lead: the event had
    # been lost with its date)
    ("2月18号，县总工会举办", "2023-02-18", None, False),
    # 元月 as January, its words kept as written; a season's 以来 as 入冬以来 (made up, twenty-second session, from a probe
    # of date forms: no date)
    ("元月8日，市总工会举办", "2023-01-08", None, False),
    ("今冬以来，市总工会开展", "2022-11-01", "2023-03-02", True),
    # the summer's hottest days and the flood season, when unions send 清凉 and relief, and the school holidays their
    # children's classes run in (made up, twenty-third session, from a probe of date forms: no date)
    ("入伏以来，市总工会开展", "2022-07-11", "2023-03-02", True),
    ("三伏天里，市总工会开展", "2022-07-11", "2022-08-20", True),
    ("入汛以来，市总工会开展", "2022-05-01", "2023-03-02", True),
    ("寒假期间，市总工会开展", "2023-01-15", "2023-02-28", True),
    # two days running written as a list are a span, as 至 writes it (made up, twenty-fourth session, from a probe of
    # date forms: the first day had been lost)
    ("2月24、25日，市总工会举办", "2023-02-24", "2023-02-25", False),
    ("2月24日、25日，市总工会举办", "2023-02-24", "2023-02-25", False),
    ("2月3日、10日，市总工会分别举办", "2023-02-03", None, False),
    # a month's part's 以来 from that part (made up, twenty-fourth session, from briefs: from the month's 1st)
    ("2月中旬以来，市总工会组织", "2023-02-11", "2023-03-02", True),
    ("1月下旬以来，市总工会开展", "2023-01-21", "2023-03-02", True),
    ("2月以来，市总工会开展", "2023-02-01", "2023-03-02", True),
])
def test_dates(text, start, end, approx):
    d = find_dates(text, ISSUE)[0]
    assert d.text == text[d.start:d.end]
    assert d.date_start.isoformat() == start
    assert (d.date_end.isoformat() if d.date_end else None) == end
    assert d.approx == approx


@pytest.mark.parametrize("text, issue, day", [
    ("腊月十七，在西安市高新五中建设工地上，中建五局三公司西北分公司联合陕西省建设工会", "2020-01-17", "2020-01-11"),
    ("正月初五，江西赣州于都县船坑村村民张华寿背上行囊", "2019-02-25", "2019-02-09"),  # rmrb_20190225-01-03
    ("正月初六，北京影谱科技创始人姬晓晨修改数百页的企业规划书", "2019-02-25", "2019-02-10"),
    ("是军门社区每年腊月二十八下午，为不能回家过年的社区工作人员举办的一次丰盛的年夜饭", "2020-01-21", "2020-01-22"),
    ("原本，他们计划在农历初八就启程返工", "2020-02-20", "2020-02-01"),  # rmrb_20200220-13-03: this lunar month
    ("腊月三十", "2021-02-15", "2021-02-11"),  # New Year's Eve in a year whose 腊月 has 29 days
    ("正月初五", "2019-03-20", "2019-02-09"),  # come this lunar year: this one
    # …but one most of a year back when the coming one is weeks away is the coming one: a text a few days before the
    # Spring Festival looks to it (made up, twenty-ninth session, from dates around festivals: last year's had been read,
    # and an event a year old kept) — as 大年三十, 除夕 and 元宵节 are
    ("正月初五", "2019-01-20", "2019-02-09"),
    ("正月十五前夕，市总工会将举办元宵灯会", "2024-02-05", "2024-02-24"),
])
def test_lunar_dates(text, issue, day):
    """Lunar month-days (rmrb_20200117-15-01, rmrb_20190225-01-03, rmrb_20200121-13-01) on the calendar."""
    found = [d for d in find_dates(text, dt.date.fromisoformat(issue)) if "月" in d.text or "初" in d.text]
    assert found[0].date_start.isoformat() == day and not found[0].approx


@pytest.mark.parametrize("name, expected", [
    ("rmrb_20200501-04-06.txt", dt.date(2020, 5, 1)),
    ("2020-05-01 工人日报.txt", dt.date(2020, 5, 1)),
    ("page_2023_03_02.txt", dt.date(2023, 3, 2)),
    ("000_2d0f6f6617ea2597.txt", None),
    ("20231345.txt", None),
])
def test_date_from_name(name, expected):
    assert date_from_name(name) == expected


def test_issue_date_from_dateline():
    text = "在2023年内实现全覆盖。2022年度成效。(新华社北京3月1日电)"
    assert infer_issue_date(normalize_text(text), None) == (dt.date(2023, 3, 2), "dateline")


def test_issue_date_from_page_header():
    text = "工人日报\n2023年3月2日 星期四\n第4版\n某市总工会举办活动\n本报记者 张三\n近日，工会举办活动。"
    assert infer_issue_date(text, None) == (dt.date(2023, 3, 2), "page header")
    arts = segment(text)
    assert [a.title for a in arts] == ["某市总工会举办活动"]
    assert all("星期四" not in a.text and "第4版" not in a.text for a in arts)


# a union federation site's page as a user saves it (made up: the issue names these sites among the unseen outlets, and
# the text we tune on was saved without the page's furniture)
WEB_PAGE = ("首页 > 工会动态 > 基层风采\n县总工会开展“金秋助学”活动\n"
            "发布时间：2023-09-25 10:12:36  来源：湖北省总工会  浏览次数：1024\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n"
            "　　9月22日，县总工会开展“金秋助学”活动，为30名困难职工子女发放助学金9万元。\n"
            "【案情】\n张某在某公司工作多年。\n上一篇：市总工会举办职工运动会\n下一篇：省总工会召开全委会\n"
            "版权所有：湖北省总工会  鄂ICP备12345678号")


def test_a_web_pages_furniture_is_no_part_of_its_story():
    """Breadcrumbs, the page's buttons, read counts, the neighbouring items and the footer are dropped as a print
    page's header is; the publishing line dates the page and keeps only its source; a section mark stays."""
    assert infer_issue_date(WEB_PAGE, None) == (dt.date(2023, 9, 25), "page header")
    arts = segment(normalize_text(WEB_PAGE), one_article=True)
    assert [a.title for a in arts] == ["县总工会开展“金秋助学”活动"]
    for furniture in ("首页", "浏览次数", "字体", "上一篇", "下一篇", "版权所有", "ICP", "发布时间"):
        assert furniture not in arts[0].text
    assert "【案情】" in arts[0].text and "发放助学金9万元" in arts[0].text


def test_a_social_media_posts_furniture_is_no_part_of_its_story():
    """A union's WeChat post as a site republishes it (made up): its topic tags, 阅读原文, the follow and share prompts
    are furniture — they had become lines of the story, or a piece of their own at a page's end."""
    post = ("市总工会开展送清凉活动\n#夏送清凉# #一线职工#\n7月10日，市总工会开展“夏送清凉”活动，走访慰问一线职工5000余人次。\n"
            "活动将持续到8月底。\n长按识别二维码关注我们\n点击“阅读原文”查看更多\n分享 收藏 点赞 在看\n")
    arts = segment(normalize_text(post), one_article=True)
    assert arts[0].paragraphs == ["7月10日，市总工会开展“夏送清凉”活动，走访慰问一线职工5000余人次。", "活动将持续到8月底。"]
    assert [a.paragraphs[0] for a in segment(normalize_text("读书分享会\n分享会上，职工们交流了读书心得。\n"))] == [
        "分享会上，职工们交流了读书心得。"]
    # its header line — account, posting time, place — is no headline; it dates the page as a site's publishing line
    # does; a document's signature with its day alone is kept
    page = "市总工会开展送清凉活动\n原创 中国工会 2023-07-11 10:30 北京\n7月10日，市总工会开展“夏送清凉”活动。\n"
    assert [(a.title, a.paragraphs) for a in segment(normalize_text(page))] == [
        ("市总工会开展送清凉活动", ["7月10日，市总工会开展“夏送清凉”活动。"])]
    assert infer_issue_date(page, None) == (dt.date(2023, 7, 11), "page header")
    assert story_line("中华全国总工会 2023年5月1日") == "中华全国总工会 2023年5月1日"
    # its production credits, an editor's or reviewer's among them, are no headline and no byline — a source among
    # them is kept; a writer's and a photographer's credits alone stay the byline
    assert [story_line(x) for x in ("编辑｜张明　审核｜李华", "文字：张明　编辑：李华", "来源：市总工会　编辑：张明",
                                    "文字：张明 图片：李华")] == ["", "", "来源：市总工会", "文字：张明 图片：李华"]


@pytest.mark.parametrize("line, kept", [
    # a site's publishing line its credits open (made up, twenty-eighth session, from union sites' pages: its date had
    # dated the headline's event): its source kept, as a publishing line's is
    ("信息来源：县总工会 发布日期：2025-04-28 点击数：256", "来源：县总工会"),
    ("作者：李明 来源：区总工会办公室 时间：2025-04-29", "来源：区总工会办公室"),
    ("来源：新华社 2019年12月30日", "来源：新华社 2019年12月30日"),  # (a credit and a signed day: no publishing line)
])
def test_a_publishing_line_its_credits_open(line, kept):
    assert story_line(line) == kept


@pytest.mark.parametrize("line, kept", [
    # a page's date with its number and no weekday, in either order, is the page's furniture (made up, twenty-eighth
    # session, from a provincial paper's page: it had been the first piece's kicker, its paper's 河南 a place)
    ("河南工人日报 2025年9月12日 第2版 综合新闻", ""),
    ("第2版 综合新闻 2025年9月12日", ""),
    ("2025年9月12日，第2版刊登的文章引起关注。", "2025年9月12日，第2版刊登的文章引起关注。"),
])
def test_a_pages_date_and_number_are_furniture(line, kept):
    assert story_line(line) == kept


@pytest.mark.parametrize("page, line, furniture, issue", [
    # a bracketed publishing line, the date alone or labelled, under the headline is the page's date and its furniture
    # (made up, thirtieth session, from union sites' pages: it had been the headline's subtitle)
    ("市总工会召开十五届五次全委会议\n[ 2024-02-22 ]\n2月21日，市总工会十五届五次全委（扩大）会议召开。\n", "[ 2024-02-22 ]", True,
     dt.date(2024, 2, 22)),
    ("县总工会举办职工趣味运动会\n【发布时间：2025-04-28】\n4月26日，县总工会举办职工趣味运动会。\n", "【发布时间：2025-04-28】", True,
     dt.date(2025, 4, 28)),
    # …not a bracketed note of words, kept
    ("县总工会举办职工趣味运动会\n【500余名职工参加】\n4月26日，县总工会举办职工趣味运动会。\n", "【500余名职工参加】", False, None),
])
def test_a_bracketed_publishing_line(page, line, furniture, issue):
    (art,) = segment(normalize_text(page))
    assert (line in [art.subtitle, *art.paragraphs]) is not furniture
    assert (infer_issue_date(page, None) or (None,))[0] == issue


@pytest.mark.parametrize("page, expected", [
    # a leader's byline with no name, the paper's commentator, is its byline and makes it commentary — no headline (made
    # up, thirtieth session, from a paper's commentary: 本报评论员 had been the headline, the headline its kicker)
    ("以法治之力护航劳动者权益\n本报评论员\n近日，某地法院审结一起外卖骑手工伤认定案件。\n各级工会应当主动作为。\n",
     [("以法治之力护航劳动者权益", "本报评论员", "commentary")]),
    ("工会动态\n本报讯 5月6日，市总工会举办劳模座谈会。\n让每一份劳动都被尊重\n工人日报评论员\n今天是五一国际劳动节。\n"
     "劳动创造幸福。\n", [("工会动态", "", "news"), ("让每一份劳动都被尊重", "工人日报评论员", "commentary")]),
    # …a reporter's byline stays one
    ("工会动态\n本报记者 张明\n5月6日，市总工会举办劳模座谈会。\n", [("工会动态", "张明", "news")]),
])
def test_the_papers_commentator_is_a_byline(page, expected):
    assert [(a.title, a.byline, a.kind) for a in segment(normalize_text(page))] == expected


def test_a_publishing_lines_day_dates_no_event():
    page = ("县总工会举办职工趣味运动会\n信息来源：县总工会 发布日期：2025-04-28 点击数：256\n4月26日，县总工会在县体育中心举办"
            "2025年职工趣味运动会，500余名职工参加。\n")
    rows = process_text(read_source(Path("2025-04-30_probe.txt"), page.encode())).tables()
    assert [(e["name"], e["date_start"]) for e in rows["events"]] == [("2025年职工趣味运动会", "2025-04-26")]


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared is not beside the checkout")
def test_a_source_line_over_the_byline_leaves_the_byline_the_byline():
    """grrb_20220913-00-00 as a reprinting site gives it, a source line over its reporter's name: the name had opened the
    text and the report become a feature."""
    text = (SHARED / "gold" / "dev_grrb" / "texts" / "grrb_20220913-00-00.txt").read_text(encoding="utf-8")
    head, blank, body = text.partition("\n\n")
    for written in (text, head + blank + "来源：工人日报　编辑：王刚\n" + body):
        (art,) = segment(normalize_text(written), one_article=True)
        assert (art.kind, art.byline, art.paragraphs[0][:5]) == ("news", "黄榆", "9月7日，")


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("folder, file_name, kind, byline", [
    # the writers in brackets closing a brief are its byline, and it is a report (the gold calls all three news;
    # mbrb's 文/摄 credits the words too — it had been a photo story, czwb's a feature)
    ("gold/dev_prov/texts", "mbrb_20180226-00-01.txt", "news", "叶婧、王天文、梅文侃"),
    ("gold/dev_grrb/texts", "grrb_20160617-02-08.txt", "news", "刘丽萍、顾威"),
    ("gold/dev_prov/texts", "czwb_20200109-00-01.txt", "news", "市总宣、吕亦菲"),
    # …and a short text under a photographer's credit alone is a photo story
    ("gold/dev_grrb/texts", "grrb_20160111-02-02.txt", "photo", "吴铎思、薛晓秋"),
    # a short report with neither byline nor lead is a brief — news — not a feature (the gold calls these news; they had
    # been features), a longer one a feature (the gold's shortest, 552 characters of text), an editors' note commentary
    ("gold/dev_prov/texts", "tzrb_20160204-00-01.txt", "news", ""),
    ("gold/dev_prov/texts", "zmdrb_20140704-00-01.txt", "news", ""),
    ("gold/dev_prov/texts", "lsszgh_20221227-00-01.txt", "news", ""),
    ("corpus/rmrb_2019_2020", "rmrb_20200504-04-01.txt", "feature", ""),
    ("corpus/rmrb_2019_2020", "rmrb_20200121-06-03.txt", "commentary", ""),
    # …and a dispatch its closing dateline dates news, whatever its length (the gold's; they had been features)
    ("corpus/rmrb_2019_2020", "rmrb_20190226-18-05.txt", "news", ""),
    ("corpus/rmrb_2019_2020", "rmrb_20200106-16-06.txt", "news", ""),
    # …and one headed by a photo column's label or a gallery's tag a photo story, whatever its credits (the gold's)
    ("corpus/rmrb_2019_2020", "rmrb_20200226-05-04.txt", "photo", ""),
    ("gold/dev_prov/texts", "nddsb_20200617-00-01.txt", "photo", ""),
])
def test_what_kind_a_one_article_file_is(folder, file_name, kind, byline):
    text = (SHARED / folder / file_name).read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text), one_article=True)
    assert (art.kind, art.byline) == (kind, byline)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_report_with_its_photo_stays_a_report():
    """rmrb_20190228-10-06, a dated agency report, with a credited photo under its text (as web pages give it): it had
    become a photo story, every sentence dated by the caption's rule."""
    text = (SHARED / "corpus" / "rmrb_2019_2020" / "rmrb_20190228-10-06.txt").read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text.rstrip("\n") + "\n图为表彰大会现场。 张明 摄\n"), one_article=True)
    assert art.kind == "news"


def test_a_brief_on_a_page_its_news_line_opens_is_news():
    """A page's brief that opens on its outlet's news line with no reporter named (本报讯 近日，…) is news, as it is
    in a file of its own; it had been labelled a feature (通讯) for having no byline (made up, as a local page runs)."""
    page = ("市总工会举办职工运动会\n本报讯 近日，市总工会举办第五届职工运动会，2000余名职工参赛。\n\n"
            "区总工会开展送清凉活动\n本报讯（通讯员 李明）7月15日，区总工会走访慰问了高温下坚守岗位的环卫工人。")
    assert [(a.title, a.kind) for a in segment(normalize_text(page))] == [
        ("市总工会举办职工运动会", "news"), ("区总工会开展送清凉活动", "news")]


def test_web_items_one_after_another_keep_their_headlines():
    """Items copied from a site one after another (made up): a publishing line with no label (2024-07-16 来源：…),
    the size buttons with no brackets (字号：大 中 小) and an editor's credit in brackets had been read as the next
    item's headline, the true headline pushed into its kicker; they are furniture, and the page dates by the first."""
    page = ("市总工会开展夏送清凉活动\n发布时间：2024-07-18 10:30:12  来源：某某市总工会\n"
            "7月17日，某某市总工会开展“夏送清凉”活动，为户外劳动者送去防暑降温物品。\n责任编辑：李红\n"
            "县总工会举办职工篮球赛\n2024-07-16 来源：某某县融媒体中心\n7月15日，某某县总工会举办第三届职工篮球赛。\n（编辑：王刚）\n"
            "区总工会召开全体会议\n字号：大 中 小\n7月12日，区总工会召开第二届委员会第五次全体会议。")
    arts = segment(normalize_text(page))
    assert [(a.kicker, a.title) for a in arts] == [("", "市总工会开展夏送清凉活动"), ("", "县总工会举办职工篮球赛"),
                                                   ("", "区总工会召开全体会议")]
    assert not any("编辑" in a.text or "字号" in a.text for a in arts)
    assert infer_issue_date(page, None) == (dt.date(2024, 7, 18), "page header")


def test_a_review_chain_one_to_a_line_is_furniture():
    """初审：王丽 / 二审：刘洋 / 三审：陈静 under a web story (made up, twenty-second session: the three had been read as the next
    headline's kicker run, or a fragment at the page's end)."""
    page = ("元旦春节送温暖\n本报讯 元旦春节期间，市总工会将开展送温暖活动。\n初审：王丽\n二审：刘洋\n三审：陈静\n"
            "为户外劳动者送去“冬日温暖”\n12月20日，区总工会为100余名环卫工人开展免费健康体检。\n（记者 张明 摄）\n"
            "初审：王丽\n二审：刘洋\n三审：陈静")
    arts = segment(normalize_text(page))
    assert [(a.kicker, a.title) for a in arts] == [("", "元旦春节送温暖"), ("", "为户外劳动者送去“冬日温暖”")]
    assert not any("审：" in a.text for a in arts)


@pytest.mark.parametrize("line", ["时间：9月22日上午，县总工会开展活动。", "【基层风采】", "首页是职工之家的门面。",
                                  "扫一扫二维码，加入工会", "2019年12月30日", "2024-07-16 项目开工仪式举行",
                                  "厚植高技能人才培育土壤（编辑手记）"])
def test_a_line_of_the_story_is_no_web_furniture(line):
    assert story_line(line) == line


def test_issue_date_ignores_future_targets():
    text = "力争到2035年建成。2022年，共补助100万元。新华社北京12月30日电"
    assert infer_issue_date(text, None)[0] == dt.date(2022, 12, 31)


# ---------------------------------------------------------------- money
@pytest.mark.parametrize("text, yuan, approx", [
    ("补助1236万元", 12_360_000, ""),
    ("下拨3780万元常态化送温暖资金", 37_800_000, ""),
    ("投入2.5亿元", 250_000_000, ""),
    ("发放5000余元", 5_000, "more than"),
    ("筹集近200万元", 2_000_000, "about"),
    ("超过70亿元", 7_000_000_000, "more than"),
    ("3.91万亿元", 3_910_000_000_000, ""),
    ("捐赠1,200元", 1_200, ""),
    ("两千元", 2_000, ""),
    ("100万至200万元", 1_000_000, "range"),
    # …元 said on both sides, each side its own unit (made up, thirty-second session, from briefs: two amounts, the
    # second given as a sum of its own)
    ("每人5000元至2万元不等", 5_000, "range"),
    ("每户1000元到3000元不等", 1_000, "range"),
    ("1万元至2万元", 10_000, "range"),
    # an amount told only by its order is a floor, or about after 近 — never exact (made up: 数十万元 had read
    # 100000 exactly, 近万元 nothing; 几百元 stands in rmrb_20191010-07-01 and rmrb_20200117-15-01)
    ("送去慰问金数十万元", 100_000, "more than"),
    ("车票就得几百元", 100, "more than"),
    ("筹集近万元", 10_000, "about"),
    ("捐款逾百万元", 1_000_000, "more than"),
    # an amount with no 元, as headlines and web copy write it, beside a fund that makes it money (made up: it had
    # given no row); a bare 500万 stays a count (test_counts_are_never_money)
    ("省总工会下拨500万专项资金", 5_000_000, ""),
    ("筹集善款1.2亿，用于帮扶", 120_000_000, ""),
    ("发放慰问金30余万，惠及职工", 300_000, "more than"),
])
def test_money(text, yuan, approx):
    m = find_money(text)[0]
    assert m.yuan == yuan and m.approx == approx


@pytest.mark.parametrize("text", ["7.6万名货运司机", "服务职工1200余人次", "爱心驿站94家", "梳理369名", "牺牲100周年",
                                  "元旦", "3个县区", "慰问500万职工", "覆盖职工1.2亿，", "资金覆盖500万人"])
def test_counts_are_never_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", ["向内地受灾地区捐款100万港元", "向灾区捐资50万美元", "向灾区捐赠港币100万元",
                                  "捐赠澳门元共计30万元"])
def test_a_sum_in_another_currency_is_no_amount_in_yuan(text):
    """A currency other than the yuan, after the sum or before it (made up, twenty-sixth session, from briefs: 捐款100万
    港元 had been 100万元): the row's amount must be in yuan, and there is no rate to convert it by."""
    assert find_money(text) == []


@pytest.mark.parametrize("text, place", [
    ("本报北京1月7日电 （记者赵兵）近日，人社部颁布了24个国家职业技能标准。", "北京"),
    ("新华社北京1月5日电 近日，中共中央印发了条例。", "北京"),
    ("本报香港5月28日电 （记者连锦添）香港工联会表示支持。", "香港"),
])
def test_dateline_is_a_place_named_not_the_story_place(text, place):
    """The gold counts a dateline among the provinces named; it is recorded with role 'dateline'
    and never weighs in the primary province."""
    from etl.read import SourceText
    rows = process_text(SourceText("x.txt", "标题\n" + normalize_text(text), "utf-8", ISSUE))
    art = rows.articles[0]
    assert art["dateline"] == place
    head = [r for r in rows.locations if r["start"] <= len("标题\n") + len(place) + 4]
    assert [(r["mention"], r["role"]) for r in head] == [(place, "dateline")]
    assert all(r["role"] == "text" for r in rows.locations if r not in head)


def test_funding_needs_a_grant_and_workers():
    text = "吉安市总工会列支专项资金。2022年，共对县级工人文化宫、职工之家等基层工会活动阵地建设补助1236万元。"
    rows = money.extract(analyse_text(text, ISSUE))
    assert [(r.money.yuan, r.year, r.payer) for r in rows] == [(12_360_000, 2022, "吉安市总工会")]
    assert "工人文化宫" in rows[0].purpose
    assert money.extract(analyse_text("全省实现地区生产总值5万亿元。", ISSUE)) == []


# ---------------------------------------------------------------- awards
# who confers an honour the sentence names no giver for (etl/rules/honour_givers.tsv): the national union's and state's
# honours by name, a place's union honours by the place (grrb_20170502-02-05 烟台市…, grrb_20220502-02-03 安徽省…), 省 by
# the row's province; a title no one is known to give keeps the headline's body
@pytest.mark.parametrize("award, province, giver", [
    ("全国五一劳动奖章", "山东", "中华全国总工会"),
    ("全国工人先锋号", "", "中华全国总工会"),
    ("“五一”劳动奖章", "", "中华全国总工会"),
    ("全国劳动模范", "云南", "中共中央、国务院"),
    ("全国技术能手", "全国", "人力资源和社会保障部"),
    # (twenty-sixth session: rmrb_20200117-06-02's 260名“中华技能大奖”获得者 and rmrb_20200512-15-09's 全国优秀共产党员 had had
    # no giver; 全国青年岗位能手 made up, from a brief)
    ("中华技能大奖", "全国", "人力资源和社会保障部"),
    ("全国优秀共产党员", "内蒙古", "中共中央"),
    ("全国青年岗位能手", "", "共青团中央"),
    ("烟台市五一劳动奖状", "山东", "烟台市总工会"),
    ("烟台市“工人先锋号”", "山东", "烟台市总工会"),
    ("安徽省金牌职工", "安徽", "安徽省总工会"),
    ("省五一劳动奖章", "安徽", "安徽省总工会"),
    ("省五一劳动奖章", "", ""),
    ("市五一劳动奖章", "山东", ""),
    ("十佳城市美容师", "浙江", ""),
    ("全国劳动模范创新工作室", "", ""),
])
def test_known_giver(award, province, giver):
    assert awards.known_giver(award, province) == giver


def test_place_of_honour_gives_it():
    """A place's honour with no giver said is the place's (hzrb_20211027-00-01: 杭州市“十佳城市美容师”; grrb_20220502-02-03:
    安徽省劳动竞赛先进集体), the place's name whole (杭州市, not 杭州 cut at 州)."""
    text = "环卫工人节庆祝活动举行\n另外，沈高峰、汪余存10名环卫工人被评为2021年度杭州市“十佳城市美容师”。"
    got = awards.extract(analyse_text(text, dt.date(2021, 10, 27)))
    assert {(a.recipient, a.awarded_by) for a in got} == {("沈高峰", "杭州市"), ("汪余存", "杭州市")}


@pytest.mark.parametrize("title, text, rows", [
    # an honour held, listed before the rest of a person's description, is no unit's name (made up, twenty-sixth session,
    # from briefs: the recipient had been 全国五一劳动奖章获得者、鞍钢集团)
    ("劳模风采", "全国五一劳动奖章获得者、鞍钢集团高级技师李超，近日又被授予“中华技能大奖”。",
     [("中华技能大奖", "李超", "人力资源和社会保障部")]),
    ("劳模风采", "中华技能大奖获得者、全国劳动模范、鞍钢集团高级技师李超，近日又被评为“大国工匠年度人物”。",
     [("大国工匠年度人物", "李超", "中华全国总工会")]),
    # 工会 alone over a brief, a column's label as often as a body, gives no honour (made up, twenty-sixth session, from
    # briefs: 工会 had given 最美职工)
    ("工会动态", "近日，中国石化茂名分公司首席技师、全国劳动模范张恒珍当选“最美职工”。", [("最美职工", "张恒珍", "")]),
    # (茂名 a place since the thirty-second session: the city's union is 茂名's)
    ("市总工会表彰最美职工", "近日，中国石化茂名分公司首席技师张恒珍当选“最美职工”。", [("最美职工", "张恒珍", "茂名市总工会")]),
])
def test_a_persons_description_and_a_columns_label(title, text, rows):
    assert [(a.award, a.recipient, a.awarded_by) for a in awards.extract(analyse_text(text, ISSUE, title=title))] == rows


def test_contest_placing_given_by_its_sponsors():
    """A placing with no giver in its sentence is the contest holders' (rmrb_20191025-07-07, rmrb_20191018-06-06: the
    speech contest's seven co-organisers; grrb_20140417-00-00's 够级大赛 由矿工会举办), a national honour its giver's
    by name, not the headline body's."""
    text = ("时代新人说演讲大赛决赛举行\n本报北京10月24日电 “时代新人说”演讲大赛由中共中央宣传部、全国总工会、人民日报社共同主办。"
            "经过激烈角逐，周好璐获金奖。大赛还邀请全国劳动模范张三担任评委，张三曾获全国五一劳动奖章。")
    rows = {(a.award, a.recipient): a.awarded_by for a in awards.extract(analyse_text(text, dt.date(2019, 10, 25)))}
    assert rows[("金奖", "周好璐")] == "中共中央宣传部、中华全国总工会、人民日报社"
    assert rows[("全国五一劳动奖章", "张三")] == "中华全国总工会"


@pytest.mark.parametrize("text, giver", [
    # the body that names those before its verb with 将 gives the honour (made up, thirty-first session, from briefs: no
    # giver)
    ("近日，苏州市总工会将张伟劳模创新工作室命名为市级劳模创新工作室。", "苏州市总工会"),
    ("近日，无锡市总工会将市公交集团工会等10家单位评为“模范职工之家”。", "无锡市总工会"),
    # …but a body commending those who won an honour that names its own giver gives none of it (made up, thirty-first
    # session, from briefs: the city's union had given the national medal) — one of its own it gives
    ("4月28日，苏州市总工会召开庆祝大会，对获得全国五一劳动奖章的张伟、李娜进行了表彰。", "中华全国总工会"),
    ("4月28日，苏州市总工会召开大会，对获得全国技术能手称号的王明、李红给予表彰。", "人力资源和社会保障部"),
    ("4月28日，苏州市总工会召开大会，对荣获全国劳动模范称号的王明予以表彰。", "中共中央、国务院"),
    ("4月28日，苏州市总工会为获得“全市五一劳动奖章”的王明、李红颁奖。", "苏州市总工会"),
    # …the body a merit is recorded by (made up, thirty-third session, from briefs: no row)
    ("近日，张伟被市委、市政府记二等功一次。", "市委、市政府"),
    ("近日，民警李强被公安部记个人一等功。", "公安部"),
    # 追授 as 授予 (made up, thirty-third session, from briefs: no giver)
    ("近日，应急管理部追授赵刚“全国应急管理系统一级英雄模范”称号。", "应急管理部"),
    ("近日，省委、省政府追授张伟“优秀共产党员”称号。", "省委、省政府"),
])
def test_a_body_naming_those_before_its_verb_gives_the_honour(text, giver):
    assert {a.awarded_by for a in awards.extract(analyse_text(text, ISSUE, title="标题"))} == {giver}


@pytest.mark.parametrize("title, body, giver", [
    # …and with no holder named, the contest it was won in, named in its sentence or closing in the lead (made up,
    # twenty-sixth session, from briefs: no giver)
    ("我区选手获全国比赛二等奖", "近日，在第二届全国工业设计职业技能大赛中，区职工张一鸣荣获二等奖。", "第二届全国工业设计职业技能大赛"),
    ("我市选手获佳绩", "本报讯 近日，2025年全省职工职业技能大赛落下帷幕。我市选手张强获得焊工项目第一名。",
     "2025年全省职工职业技能大赛"),
    ("快递员技能竞赛落幕", "10月15日，全市快递员职业技能竞赛落幕，顺丰速运的赵磊夺得冠军。", "全市快递员职业技能竞赛"),
    ("大赛落幕", "本报讯 10月20日，为期3天的全市职工职业技能大赛落下帷幕。张强获得电工项目第一名。", "全市职工职业技能大赛"),
    # …or held in the lead (made up, twenty-seventh session, from briefs: no giver)
    ("技能比武", "本报讯 10月16日，绵阳市首届新就业形态劳动者职业技能竞赛在涪城区举行。最终，骑手张强获得外卖配送项目第一名。",
     "绵阳市首届新就业形态劳动者职业技能竞赛"),
    ("焊工比武", "本报讯 5月10日，全市焊工技能大赛在市技师学院举行。经过激烈角逐，市建工集团的李伟获得第一名。", "全市焊工技能大赛"),
    # …games and matches too, and a group's team by its whole name (made up, twenty-eighth session, from briefs: no
    # giver; 市公交集团队 had been cut to 市公交集 and no one read)
    ("拔河赛举行", "本报讯 11月18日，全区职工拔河赛在区体育馆举行。市公交集团队获得第一名。", "全区职工拔河赛"),
    ("篮球赛落幕", "本报讯 11月18日，全市职工篮球赛落下帷幕。陈鑫鹏团队获得冠军。", "全市职工篮球赛"),
    # (…not an honour that is no placing: 全国劳动模范 is the state's)
    ("他获评全国劳模", "在今年的全省技能大赛中，张强表现出色。近日，张强被评为全国劳动模范。", "中共中央、国务院"),
])
def test_a_placing_with_no_holder_named_is_given_at_its_contest(title, body, giver):
    assert [a.awarded_by for a in awards.extract(analyse_text(body, ISSUE, title=title))] == [giver]


@pytest.mark.parametrize("body, rows", [
    # what each of a contest's parts gave is the prize, each part unnamed (made up, twenty-eighth session, from briefs:
    # 各项目一等奖, 各组别冠军 had been the prizes' names) — a part named stays (电工项目一等奖)
    ("11月18日，全市职工职业技能大赛落下帷幕。经过激烈角逐，刘洋等24人分获各项目一等奖。", [("一等奖", "刘洋")]),
    ("11月18日，全市职工篮球赛落下帷幕。市公交集团队、市电力公司队分获各组别冠军。",
     [("冠军", "市公交集团队"), ("冠军", "市电力公司队")]),
    ("11月18日，全市职工技能大赛落下帷幕。刘洋、王强分获电工、焊工项目一等奖。",
     [("电工项目一等奖", "刘洋"), ("焊工项目一等奖", "王强")]),
])
def test_each_parts_prize_is_the_prize(body, rows):
    assert [(a.award, a.recipient) for a in awards.extract(analyse_text(body, ISSUE, title="大赛落幕"))] == rows


@pytest.mark.parametrize("phrase, name", [
    ("“大国重器”盾构机司机母永奇", "母永奇"),
    ("马包制作技艺传承人索朗群培", "索朗群培"),
    ("绽放在环境监测一线的铿锵玫瑰张惠芳", "张惠芳"),
    ("首个民族特色藏医养生保健操开创者索旺", "索旺"),
    ("湖南的龙秀林", "龙秀林"),
    ("北京丘比食品有限公司沙拉充填班", "北京丘比食品有限公司沙拉充填班"),
    # a body is named whole after its description (zmdrb_20140704): it had been cut to 宣传部 and read as a person
    ("为“三工”宣传工作做出显著成绩的平舆县委宣传部", "平舆县委宣传部"),
    ("泌阳县总工会", "泌阳县总工会"),
])
def test_person_name(phrase, name):
    assert person_name(phrase) == name


# (honour, recipient, recipient_count, group_count, year, status): a named recipient counts 1, a count-only
# row its count, so summing recipient_count is meaningful; group_count is the total the text gives.
@pytest.mark.parametrize("text, rows", [
    # S
    ("母永奇、索旺、陈克坚等3人荣获2022年度“西藏工匠”称号。",
     [("西藏工匠", "母永奇", 1, 3, 2022, "current"), ("西藏工匠", "索旺", 1, 3, 2022, "current"),
      ("西藏工匠", "陈克坚", 1, 3, 2022, "current")]),
    ("通过技能竞赛培育产生5名全国五一劳动奖章获得者、93名全国技术能手。",
     [("全国五一劳动奖章", "", 5, 5, 2023, "cumulative"), ("全国技术能手", "", 93, 93, 2023, "cumulative")]),
    ("在吉安市总工会日前发布的22家全省“六有六规范”工会示范点的名单中，超威日化公司工会名列其中。",
     [("全省“六有六规范”工会示范点", "超威日化公司工会", 1, 22, 2023, "current")]),
    ("安全员宋坤凭借过硬本领一路闯关并成功夺冠。", [("冠军", "宋坤", 1, None, 2023, "current")]),
    # the issue's counts of collectives and individuals given together, each a row with its own count — here with the
    # honours they received, in order, one cut to its ending (奖状、奖章), or one honour for all (made up)
    ("我省共有20个单位、50名个人和30个集体分别获得全国五一劳动奖状、奖章和工人先锋号。",
     [("全国五一劳动奖状", "", 20, 20, 2023, "current"), ("全国五一劳动奖章", "", 50, 50, 2023, "current"),
      ("工人先锋号", "", 30, 30, 2023, "current")]),
    ("全市3个集体、5名个人获得全国五一劳动奖。", [("全国五一劳动奖", "", 3, 3, 2023, "current"),
                                            ("全国五一劳动奖", "", 5, 5, 2023, "current")]),
    ("我省20个单位、50名个人获得表彰。", []),
    # a count after listed names whose numeral could close the last name (李四两人: 四 is the name's), 分别 with the
    # honours in order or one honour for each, and who a counted honour went to in the clause after it (made up)
    ("张三、李四两人获评“齐鲁工匠”。", [("齐鲁工匠", "张三", 1, 2, 2023, "current"), ("齐鲁工匠", "李四", 1, 2, 2023, "current")]),
    # a place's people counted, the place by its short name or in full (made up from a brief written as a probe: 安阳
    # had been a recipient, one of four)
    ("安阳4名职工获评“河南省技术能手”。", [("河南省技术能手", "", 4, 4, 2023, "current")]),
    # 同志 after the name is the recipient's, not the honour's opening (made up, a probe of decisions' wording: the
    # honour had been 同志河南省五一劳动奖章)
    ("省总工会作出决定，追授张建国同志河南省五一劳动奖章。", [("河南省五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("安阳市4人获评“河南省技术能手”。", [("河南省技术能手", "", 4, 4, 2023, "current")]),
    ("张三、李四分别被授予“全国五一劳动奖章”和“全国技术能手”称号。",
     [("全国五一劳动奖章", "张三", 1, 2, 2023, "current"), ("全国技术能手", "李四", 1, 2, 2023, "current")]),
    ("张三、李四分别获得一等奖。", [("一等奖", "张三", 1, 2, 2023, "current"), ("一等奖", "李四", 1, 2, 2023, "current")]),
    ("该市有3名职工荣获全国五一劳动奖章，分别是张三、李四和王五。",
     [("全国五一劳动奖章", "张三", 1, 3, 2023, "current"), ("全国五一劳动奖章", "李四", 1, 3, 2023, "current"),
      ("全国五一劳动奖章", "王五", 1, 3, 2023, "current")]),
    ("我市共有2家单位获得全国五一劳动奖状，分别是市公交集团和市供电公司。",
     [("全国五一劳动奖状", "市公交集团", 1, 2, 2023, "current"), ("全国五一劳动奖状", "市供电公司", 1, 2, 2023, "current")]),
    # a trade before a two-character name (the issue's job titles before recipients; made up: 焊工周九 had been read
    # as one name and dropped, 司机张三 kept whole), not a compound surname
    ("焊工周九在第二届全国技能大赛中获得金牌。", [("金牌", "周九", 1, None, 2023, "current")]),
    ("司机张三荣获全国五一劳动奖章。", [("全国五一劳动奖章", "张三", 1, None, 2023, "current")]),
    ("欧阳长青荣获全国劳动模范称号。", [("全国劳动模范", "欧阳长青", 1, None, 2023, "current")]),
    # …or any one word before the name the tokenizer reads so, a trade no ending names (made up, thirty-first session,
    # from briefs: no row)
    ("近日，民警赵刚荣获全国优秀人民警察称号。", [("全国优秀人民警察", "赵刚", 1, None, 2023, "current")]),
    ("医生李娜被评为“最美医生”。", [("最美医生", "李娜", 1, None, 2023, "current")]),
    ("法官王强荣获全国法院办案标兵称号。", [("全国法院办案标兵", "王强", 1, None, 2023, "current")]),
    # …its name one the dictionary knows as someone's, tagged nrfg (made up, thirty-third session, from briefs: no row)
    ("近日，民警李成荣获全国优秀人民警察称号。", [("全国优秀人民警察", "李成", 1, None, 2023, "current")]),
    ("近日，民警李强被公安部授予“全国特级优秀人民警察”称号。", [("全国特级优秀人民警察", "李强", 1, None, 2023, "current")]),
    # a posthumous honour (made up: 被追授 had given no row; 被省总工会追授 already did)
    ("张三同志被追授“全国五一劳动奖章”。", [("全国五一劳动奖章", "张三", 1, None, 2023, "current")]),
    # each title before its count after a verb of commending or selecting (made up; a running total, as
    # rmrb_20190228-10-06's 截至2019年，共表彰全国先进女职工集体9103个、…, gives none — the gold lists none)
    ("全市共表彰先进集体50个、先进个人100名。", [("先进集体", "", 50, 50, 2023, "current"),
                                          ("先进个人", "", 100, 100, 2023, "current")]),
    ("本次大赛共评选出一等奖3名、二等奖6名、三等奖9名。", [("一等奖", "", 3, 3, 2023, "current"), ("二等奖", "", 6, 6, 2023, "current"),
                                                ("三等奖", "", 9, 9, 2023, "current")]),
    ("截至2019年，共表彰全国先进女职工集体9103个、全国先进女职工15977人。", []),
    # a total's parts, each title before its count after 其中 (eighteenth session, made up from a probe of roundups of a
    # national list: the total of 先进集体和个人 had been read as 45 先进集体, the parts lost), and how many of a kind
    # had an honour, told after it (获得…的单位有10个 had given no row); a part of no honour is none
    ("我省共有45个先进集体和个人受到表彰，其中全国五一劳动奖状10个、全国五一劳动奖章30个、全国工人先锋号5个。",
     [("全国五一劳动奖状", "", 10, 10, 2023, "current"), ("全国五一劳动奖章", "", 30, 30, 2023, "current"),
      ("全国工人先锋号", "", 5, 5, 2023, "current")]),
    ("此次共表彰先进集体和个人200个，其中“最美职工”50名、“工人先锋号”150个。",
     [("最美职工", "", 50, 50, 2023, "current"), ("工人先锋号", "", 150, 150, 2023, "current")]),
    ("活动共吸引职工5000人，其中一线职工3000人。", []),
    ("我省获得全国五一劳动奖状的单位有10个，获得全国五一劳动奖章的个人有30名。",
     [("全国五一劳动奖状", "", 10, 10, 2023, "current"), ("全国五一劳动奖章", "", 30, 30, 2023, "current")]),
    ("今年荣获“最美职工”称号的职工共30名。", [("最美职工", "", 30, 30, 2023, "current")]),
    ("获得补贴的职工有300名。", []),
    # a results roster, honour by honour: an honour, a colon, only names after it (the issue's 名单如下; made up)
    ("获奖名单如下：一等奖：张三；二等奖：李四、王五。", [("一等奖", "张三", 1, None, 2023, "current"),
                                                ("二等奖", "李四", 1, 2, 2023, "current"),
                                                ("二等奖", "王五", 1, 2, 2023, "current")]),
    ("主持人：张三；嘉宾：李四、王五。", []),
    # …or the honour and its names with no colon between, parts between ， or ； (made up, twenty-fourth session, from
    # briefs: no one had been read); a plan told as a list names no one
    ("获奖名单如下：电工项目一等奖张强，焊工项目一等奖李伟，钳工项目一等奖王东。",
     [("电工项目一等奖", "张强", 1, None, 2023, "current"), ("焊工项目一等奖", "李伟", 1, None, 2023, "current"),
      ("钳工项目一等奖", "王东", 1, None, 2023, "current")]),
    ("获奖名单如下：一等奖 张强、李伟；二等奖 王东。", [("一等奖", "张强", 1, 2, 2023, "current"),
                                                ("一等奖", "李伟", 1, 2, 2023, "current"),
                                                ("二等奖", "王东", 1, None, 2023, "current")]),
    ("具体安排如下：电工项目比赛在市技师学院进行，焊工项目比赛在市职业学校进行。", []),
    # 分获: one honour each, in order, a shared ending spelt out (made up: the tunable text has only 9名选手分获银奖和铜奖,
    # a split it does not tell — no row, as the gold has it; 李四分 had been a recipient of 一等奖)
    ("张三、李四分获一等奖和二等奖。", [("一等奖", "张三", 1, 2, 2023, "current"), ("二等奖", "李四", 1, 2, 2023, "current")]),
    ("张三、李四、王五分获一、二、三等奖。", [("一等奖", "张三", 1, 3, 2023, "current"), ("二等奖", "李四", 1, 3, 2023, "current"),
                                          ("三等奖", "王五", 1, 3, 2023, "current")]),
    ("张三、李四、王五分获金、银、铜奖。", [("金奖", "张三", 1, 3, 2023, "current"), ("银奖", "李四", 1, 3, 2023, "current"),
                                        ("铜奖", "王五", 1, 3, 2023, "current")]),
    # …a shared opening spelt out too (made up, twenty-fourth session, from briefs: the second had been 第三名 alone)
    ("晋中市代表队、长治市代表队分获团体第二名和第三名。", [("团体第二名", "晋中市代表队", 1, 2, 2023, "current"),
                                            ("团体第三名", "长治市代表队", 1, 2, 2023, "current")]),
    ("张强、李伟分获男子组冠军和亚军。", [("男子组冠军", "张强", 1, 2, 2023, "current"), ("男子组亚军", "李伟", 1, 2, 2023, "current")]),
    ("另外9名选手分获银奖和铜奖。", []),
    ("张三、李四分获一等奖。", []),
    # a result as the means, like 凭借… (made up: 成绩 had been the recipient)
    ("陈六以总分第一的成绩获得冠军。", [("冠军", "陈六", 1, None, 2023, "current")]),
    ("张三以98分的成绩获得焊工组第一名。", [("焊工组第一名", "张三", 1, None, 2023, "current")]),
    ("大庆油田工会成立68个劳模创新工作室。", []),
    ("他所获荣誉：全国劳模。", []),
    # R: recipients in the clause before the verb, after the honour, published lists with counts
    ("陈丁等50位残疾人在竞赛中脱颖而出，被授予“全国技术能手”称号。",
     [("全国技术能手", "陈丁", 1, 50, 2023, "current")]),
    ("留校任教的曾祥博，在去年世技赛中和团队一起摘得金牌。", [("金牌", "曾祥博", 1, None, 2022, "current")]),
    ("与曾祥博一起取得金牌的陈鑫鹏说，训练很苦。", [("金牌", "陈鑫鹏", 1, None, 2023, "current")]),
    # …the speaker's manner between the name and 说 (made up, twenty-fifth session, from a feature: no row)
    ("12月1日，刚刚获得钢筋工项目第一名的张建华激动地说。", [("钢筋工项目第一名", "张建华", 1, None, 2023, "current")]),
    ("获得一等奖的李娜高兴地表示，今后要继续努力。", [("一等奖", "李娜", 1, None, 2023, "current")]),
    ("获得一等奖的选手们激动地说。", []),
    ("人社部、财政部日前对外公布127个国家级高技能人才培训基地和161个国家级技能大师工作室项目单位名单。",
     [("国家级高技能人才培训基地", "", 127, 127, 2023, "current"),
      ("国家级技能大师工作室", "", 161, 161, 2023, "current")]),
    ("2010年荣获全国劳动模范称号。", []),  # no recipient in the sentence: not a row
    # a description is not a recipient; the person the clause before opens on is, won twice told as past
    # (rmrb_20190214-02-04: the gold's optional prior 鲁班奖 of 黄久生)
    ("黄久生也是个能人，两次获得“鲁班奖”，他自己是“全国劳动模范”。", [("鲁班奖", "黄久生", 1, None, None, "prior")]),
    # an undated clause with no subject of its own shares the person who opens a clause before it, not a speaker nor
    # a possessor (made up: profiles and briefs chain clauses so; 张明说 had been a recipient)
    ("张明受到省总工会表彰，被授予省五一劳动奖章。", [("省五一劳动奖章", "张明", 1, None, 2023, "current")]),
    ("张明扎根一线30年，刻苦钻研，先后荣获全国五一劳动奖章、全国劳动模范等称号。",
     [("全国五一劳动奖章", "张明", 1, None, None, "prior"), ("全国劳动模范", "张明", 1, None, None, "prior")]),
    ("张明说，被评为全国劳动模范，是对我最大的鼓励。", []),
    # who a count was, told after it (他们是, as 分别是), a list named before its publishing, 荣登 a quoted list but
    # not a medal table (made up, the issue's rosters and roundups; rmrb_20200117-06-02 the counterexample)
    ("本次评选共产生“最美职工”3名，他们是张明、李强、王芳。", [("最美职工", w, 1, 3, 2023, "current") for w in ("张明", "李强", "王芳")]),
    ("该市有2名职工荣获全国五一劳动奖章，他们是张三和李四。",
     [("全国五一劳动奖章", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("第二届“齐鲁工匠”人选名单公示，我市张明、李强入选。", [("“齐鲁工匠”人选", w, 1, 2, 2023, "current") for w in ("张明", "李强")]),
    # (seventeenth session, made up from a probe of honour headlines) a headline's space is its comma, and the holders'
    # list is the honour's (…获得者名单公布 我市5人上榜 had given nothing)
    ("全国五一劳动奖章获得者名单公布 我市5人上榜", [("全国五一劳动奖章", "", 5, 5, 2023, "current")]),
    # …and an honour counted by its holders, units too (获得者, 获得单位), is that honour counted (made up from a
    # commendation brief written as a probe: the first two of three had been lost; the same in rmrb_20200117-06-02's
    # 共表彰260名“中华技能大奖”获得者和3028名“全国技术能手”, whose first had been lost)
    ("大会表彰了100个河南省五一劳动奖状获得单位、300名河南省五一劳动奖章获得者和100个河南省工人先锋号。",
     [("河南省五一劳动奖状", "", 100, 100, 2023, "current"), ("河南省五一劳动奖章", "", 300, 300, 2023, "current"),
      ("河南省工人先锋号", "", 100, 100, 2023, "current")]),
    ("据统计，截至目前，全国共表彰260名“中华技能大奖”获得者和3028名“全国技术能手”。",
     [("中华技能大奖", "", 260, 260, 2023, "cumulative"), ("全国技术能手", "", 3028, 3028, 2023, "cumulative")]),
    ("喜报 全国五一劳动奖章获得者名单公布 我市张建国、李秀英上榜",
     [("全国五一劳动奖章", w, 1, 2, 2023, "current") for w in ("张建国", "李秀英")]),
    # (the honour of the 好人榜, its 好人, since the twenty-eighth session: as 荣列…“齐鲁工匠”名单 is 齐鲁工匠)
    ("张明荣登“中国好人榜”。", [("中国好人", "张明", 1, None, 2023, "current")]),
    # …its year before it, and 捧回, 荣列…名单 (made up, eighteenth session, from a probe of 20 verbs of receiving)
    ("张明荣登2023年“河南好人榜”。", [("河南好人", "张明", 1, None, 2023, "current")]),
    ("市公交集团捧回全国五一劳动奖状。", [("全国五一劳动奖状", "市公交集团", 1, None, 2023, "current")]),
    ("张明荣列2023年“齐鲁工匠”名单。", [("齐鲁工匠", "张明", 1, None, 2023, "current")]),
    ("中国队参加全部56个比赛项目，荣登金牌榜、奖牌榜首位。", []),
    # the counts of those a body hands certificates to (向, as 为 and 对), a base's title after 认定为 to its clause's
    # end, and a unit's quoted name read whole (made up: 劳模 had been the honour)
    ("会上，市总工会向获得“济南工匠”称号的10名职工颁发了证书。", [("济南工匠", "", 10, 10, 2023, "current")]),
    ("张明劳模创新工作室被全国总工会认定为全国示范性劳模和工匠人才创新工作室。",
     [("全国示范性劳模和工匠人才创新工作室", "张明劳模创新工作室", 1, None, 2023, "current")]),
    ("经过评审，济南二机床集团“张明劳模创新工作室”被认定为“全国示范性劳模和工匠人才创新工作室”。",
     [("全国示范性劳模和工匠人才创新工作室", "济南二机床集团张明劳模创新工作室", 1, None, 2023, "current")]),
    # …the base's ending right after the honour's word too (made up, twenty-second session: 国家级技能大师 had lost 工作室)
    ("张建国技能大师工作室被认定为国家级技能大师工作室。",
     [("国家级技能大师工作室", "张建国技能大师工作室", 1, None, 2023, "current")]),
    ("该企业被认定为高新技术企业。", []),
    # a roster's parts headed by an honour's name alone on its line, under the roster's title or the part before
    # (made up, the layout of a results list); the same line over prose heads nothing
    ("获奖名单\n一等奖\n张明 济南二机床集团\n二等奖\n李强 市公交集团\n王芳 市供电公司",
     [("一等奖", "张明", 1, None, 2023, "current"), ("二等奖", "李强", 1, 2, 2023, "current"),
      ("二等奖", "王芳", 1, 2, 2023, "current")]),
    ("比赛结果揭晓。\n一等奖\n张明是一名普通的焊工，他三十年如一日，扎根一线。", []),
    ("截至目前，全国共表彰3028名全国技术能手。", [("全国技术能手", "", 3028, 3028, 2023, "cumulative")]),
    ("她曾获全国五一劳动奖章。", []),
    ("张华曾获全国五一劳动奖章。", [("全国五一劳动奖章", "张华", 1, None, None, "prior")]),
    # R: a dated clause with no subject of its own in a life's record shares the sentence's subject
    ("在湖南省麻阳苗族自治县谭家寨乡，谭泽勇当了20年村支书，带领楠木桥村民走上了小康路，2010年荣获全国劳动模范称号。",
     [("全国劳动模范", "谭泽勇", 1, None, 2010, "prior")]),
    ("2008年，金海被中共内蒙古自治区委员会授予“优秀共产党员”称号，2009年被中华全国总工会授予“全国五一劳动奖章”，"
     "2010年获“全国先进工作者”称号，2011年获“全国优秀共产党员”称号。",
     [("优秀共产党员", "金海", 1, None, 2008, "prior"), ("全国五一劳动奖章", "金海", 1, None, 2009, "prior"),
      ("全国先进工作者", "金海", 1, None, 2010, "prior"), ("全国优秀共产党员", "金海", 1, None, 2011, "prior")]),
    ("1997年，和贵华被国家民委授予全国民族团结进步模范称号，并被中华全国总工会授予“五一”劳动奖章。",
     [("全国民族团结进步模范", "和贵华", 1, None, 1997, "prior"), ("“五一”劳动奖章", "和贵华", 1, None, 1997, "prior")]),
    # an honour's name runs to the 称号 that frames it: 标兵岗 (collectives) is not 标兵 (individuals)
    ("北京丘比食品有限公司沙拉充填班等300个集体荣获全国五一巾帼标兵岗荣誉称号，田春艳等300名个人荣获全国五一巾帼标兵荣誉称号。",
     [("全国五一巾帼标兵岗", "北京丘比食品有限公司沙拉充填班", 1, 300, 2023, "current"),
      ("全国五一巾帼标兵", "田春艳", 1, 300, 2023, "current")]),
    # R: several honours after one verb, to the 等…称号 that closes the list, each a row
    ("从贫困户到致富能手，62岁的赵军贤曾经荣获全国三八红旗手、“全国十大农民女状元”、全国劳动模范等多个称号。",
     [("全国三八红旗手", "赵军贤", 1, None, None, "prior"), ("全国十大农民女状元", "赵军贤", 1, None, None, "prior"),
      ("全国劳动模范", "赵军贤", 1, None, None, "prior")]),
    # R: 他/她 stands for the person the article names more than once and its paragraph last before it
    ("清晨6时，吕琼芬就进了果园，修枝疏果又快又准。\n这里是位于乌蒙山腹地的云南省会泽县，全国52个未摘帽贫困县之一。"
     "吕琼芬的家，在金钟街道乌龙村。10多年前，她带头种果树，帮助乡亲脱贫致富，2015年被授予全国劳动模范称号。",
     [("全国劳动模范", "吕琼芬", 1, None, 2015, "prior")]),
    ("侯艳梅悬着的心很快放下了，福州市妇联、总工会等单位的慰问先后到达。经过协调，侯艳梅也转到了医疗条件相对较好的市二院。"
     "同时，省里还授予她“省见义勇为先进个人”“省三八红旗手”“省最美劳动者”等称号。",
     [("省见义勇为先进个人", "侯艳梅", 1, None, 2023, "current"), ("省三八红旗手", "侯艳梅", 1, None, 2023, "current"),
      ("省最美劳动者", "侯艳梅", 1, None, 2023, "current")]),
    # …not a 他 with no year in a life's record (白方礼 died in 2005: 2019's story lists what he had been given)
    ("白方礼老人把自己仅有的一截残烛全部点燃，燃烧得如此明亮。白方礼老人一直骑着那辆老旧的三轮车。白方礼老人说。"
     "他被誉为“播撒人间大爱的支教老人”，被中央文明办授予“全国关心下一代先进工作者”，被全国总工会授予“全国职业守法先进个人”等荣誉称号。",
     []),
    # R: …a 他 with adverbs before the verb, dated by the giver's year before the quoted honour (rmrb_20200116-20-01:
    # no row had come of it; 全国总工会2018年 had been part of the honour's name)
    ("李云鹤是敦煌研究院的修复专家。李云鹤十几年如一日守护壁画。"
     "由他创造的多项修复技术，先后荣获全国科学大会成果奖，他还入选全国总工会2018年“大国工匠年度人物”。",
     [("大国工匠年度人物", "李云鹤", 1, None, 2018, "prior")]),
    # …or told as past (made up)
    ("李云鹤是敦煌研究院的修复专家。李云鹤十几年如一日守护壁画。他先后荣获全国劳动模范、全国五一劳动奖章等称号。",
     [("全国劳动模范", "李云鹤", 1, None, None, "prior"), ("全国五一劳动奖章", "李云鹤", 1, None, None, "prior")]),
    # …or the only person its paragraph names, named once (a short profile), dated by 今年4月 or told of this round; and
    # in a paragraph that names no one, the story's subject — the person named most often before, else the only one the
    # first paragraph naming anyone names, not a speaker quoted between (eighteenth session, made up from a probe of 36
    # profiles: every one had given no row)
    ("张建国是中铁十二局的一名焊工。今年4月，他被授予全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("张建国是中铁十二局的一名焊工。2023年，该同志被授予全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("张建国是中铁十二局的一名焊工，今年被授予全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    # an honour presented to those counted, with its medal or certificate (made up from a Traditional brief written as
    # a probe: 向30名优秀员工颁发「杰出员工奖」 had given no row, …颁发了“最美职工”奖牌 an honour named 职工颁发了…奖牌)
    ("大会向30名优秀员工颁发“杰出员工奖”。", [("杰出员工奖", "", 30, 30, 2023, "current")]),
    ("会上，市总工会向10名职工颁发了“最美职工”奖牌和证书。", [("最美职工", "", 10, 10, 2023, "current")]),
    ("市领导为10名获奖职工颁发全国五一劳动奖章。", [("全国五一劳动奖章", "", 10, 10, 2023, "current")]),
    ("市领导为10名职工颁发慰问金。", []),
    # a province's literary name opens its honour (regional_names.tsv): what stands before it was counted (made up, from
    # a probe of 12 count shapes × 7 honours: 职工齐鲁工匠 had been the honour)
    ("会上，省总工会授予了12名职工齐鲁工匠称号。", [("齐鲁工匠", "", 12, 12, 2023, "current")]),
    # a transliterated name is named whole, after its job too (made up: 买买提·艾力 had been 艾力, then a unit)
    ("焊工买买提·艾力荣获全国五一劳动奖章。", [("全国五一劳动奖章", "买买提·艾力", 1, None, 2023, "current")]),
    ("自治区总工会授予阿不都热合曼·吐尔逊等10名职工“天山工匠”称号。", [("天山工匠", "阿不都热合曼·吐尔逊", 1, 10, 2023, "current")]),
    ("记者见到张建国时，他刚从表彰大会上回来。在这次大会上，他被授予“全国劳动模范”荣誉称号。",
     [("全国劳动模范", "张建国", 1, None, 2023, "current")]),
    ("走进中铁十二局焊接车间，高级技师张建国正在调试设备。\n车间主任李明说：“他是我们的技术标杆。”\n2023年4月，他被授予全国五一劳动奖章。",
     [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("张建国是中铁十二局的一名焊工。从业30年来，张建国攻克技术难题50余项。\n“干一行，爱一行。”这是他常挂在嘴边的话。\n"
     "今年4月，他荣获全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    # …but an undated one does not: whether it is this year's honour or an old one the sentence does not say
    ("黄久生是个好人，这些年，将挣来的钱绝大部分用到了回报家乡和爱心事业上，也因此获得“全国道德模范”称号。", []),
    # T: shapes the issue names from unseen outlets. A recipient's job title and unit stay out of the honour and
    # the name; a place may qualify the honour; an ordinal is no count; a list member given as a count is a count;
    # words after 的 that are no name are no recipient
    ("市总工会授予中车株洲电力机车有限公司高级技师张明“株洲工匠”称号。", [("株洲工匠", "张明", 1, None, 2023, "current")]),
    ("省总工会授予邓道琳安徽省“金牌职工”称号。", [("安徽省“金牌职工”", "邓道琳", 1, None, 2023, "current")]),
    ("市总工会授予张明2022年度“株洲工匠”称号。", [("株洲工匠", "张明", 1, None, 2022, "current")]),
    ("本溪钢铁集团荣获全国五一劳动奖状。", [("全国五一劳动奖状", "本溪钢铁集团", 1, None, 2023, "current")]),  # 本溪 is a city
    ("市总工会授予市第一人民医院全市“五一劳动奖状”荣誉称号。",
     [("全市“五一劳动奖状”", "市第一人民医院", 1, None, 2023, "current")]),
    ("在全总近日授予的全国五一劳动奖章名单中，本市5人上榜。", [("全国五一劳动奖章", "", 5, 5, 2023, "current")]),
    # counts commended as the object of 对…进行表彰, each its own row (the second had been lost), and one named of a
    # counted group commended (表彰了A等N名“…”, as 授予A等N名…) — made up
    ("大会对20个先进集体和50名先进个人进行了表彰。",
     [("先进集体", "", 20, 20, 2023, "current"), ("先进个人", "", 50, 50, 2023, "current")]),
    ("大会表彰了张三等10名“最美职工”。", [("最美职工", "张三", 1, 10, 2023, "current")]),
    # rosters, ceremonies and naming (made up: the issue names 分别是/名单如下/依次为, 为…颁奖 and 命名为 from unseen
    # outlets; the text we tune on has none): each name listed is a row, a bracketed or spaced description is not
    ("获得一等奖的有张明和李红。", [("一等奖", w, 1, 2, 2023, "current") for w in ("张明", "李红")]),
    ("获得2022年度市五一劳动奖章的个人分别是张明、李红、王刚。",
     [("市五一劳动奖章", w, 1, 3, 2022, "current") for w in ("张明", "李红", "王刚")]),
    ("比赛决出一等奖1名、二等奖2名，获得一等奖的是市供电公司的李华，获得二等奖的依次为张明、王刚。",
     [("一等奖", "李华", 1, None, 2023, "current"), ("二等奖", "张明", 1, 2, 2023, "current"),
      ("二等奖", "王刚", 1, 2, 2023, "current")]),
    ("荣获“全省最美职工”称号的10名职工分别是：王芳、李强、赵磊等10人。",
     [("全省最美职工", w, 1, 10, 2023, "current") for w in ("王芳", "李强", "赵磊")]),
    ("2022年度全市十佳职工名单如下：张伟（市第一人民医院护士长）、刘洋（市公交集团高级技师）。",
     [("全市十佳职工", w, 1, 2, 2022, "current") for w in ("张伟", "刘洋")]),
    ("现将2022年度全市十佳职工名单公布如下：\n张伟 市第一人民医院护士长\n刘洋 市公交集团高级技师\n"
     "陈静 李丽\n以上同志事迹突出，特予表彰。",
     [("全市十佳职工", w, 1, 4, 2022, "current") for w in ("张伟", "刘洋", "陈静", "李丽")]),
    # a list's section heading naming an honour alone — numbered, counted or framed by 获得者 — over its roster
    # (made up: the layout of an honours list announced in full); a numbered subhead over prose names no one
    ("一、省五一劳动奖状（2个）\n安徽某某集团有限公司\n合肥某某电子有限公司\n二、省五一劳动奖章（2名）\n"
     "张大山  安徽某某集团有限公司高级技师\n李小红  合肥某某电子有限公司工程师",
     [("省五一劳动奖状", w, 1, 2, 2023, "current") for w in ("安徽某某集团有限公司", "合肥某某电子有限公司")]
     + [("省五一劳动奖章", w, 1, 2, 2023, "current") for w in ("张大山", "李小红")]),
    ("全国五一劳动奖章获得者：\n张三、李四、王五",
     [("全国五一劳动奖章", w, 1, 3, 2023, "current") for w in ("张三", "李四", "王五")]),
    ("一、全国劳动模范\n张三是一名普通的焊工，他三十年如一日，扎根一线。", []),
    ("市总工会领导为获得“全市五一劳动奖章”的王明、李红颁奖。",
     [("全市五一劳动奖章", w, 1, 2, 2023, "current") for w in ("王明", "李红")]),
    ("会上，市总工会为获得“十大工匠”称号的职工颁奖。", []),
    ("市总工会对获得全市职工技能大赛一等奖的张三、李四给予表彰。", [("全市职工技能大赛一等奖", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("市总工会命名市第一人民医院工会等20家单位为“模范职工之家”。",
     [("模范职工之家", "市第一人民医院工会", 1, 20, 2023, "current")]),
    # …the counts of those honoured at a ceremony, one honour after another, and a naming by count alone: no honour
    # called 个人颁奖 or 单位为市级模范职工之家 (made up, the issue's 为…颁奖 and 命名为); representatives are no count
    ("大会为荣获全国五一劳动奖状的10个集体和荣获全国五一劳动奖章的20名个人颁奖。",
     [("全国五一劳动奖状", "", 10, 10, 2023, "current"), ("全国五一劳动奖章", "", 20, 20, 2023, "current")]),
    ("市总工会命名10家单位为市级模范职工之家。", [("市级模范职工之家", "", 10, 10, 2023, "current")]),
    ("会上为获得省五一劳动奖章的20名职工代表颁奖。", []),
    # …the honour quoted with the count of those it goes to, the certificate after the verb, and a quoted title
    # counted whole, its 和 inside the quotation (made up: 证书和奖章 and 劳模 had been the honours)
    ("活动现场，省总工会为张明、李强、王芳等3名“三秦工匠”颁发证书和奖章。",
     [("三秦工匠", w, 1, 3, 2023, "current") for w in ("张明", "李强", "王芳")]),
    ("市领导为张明、李强颁发了“济南工匠”证书。", [("济南工匠", w, 1, 2, 2023, "current") for w in ("张明", "李强")]),
    # …only what is handed over after the verb: the honour of the ceremony the sentence told of before (made up, twenty-fifth
    # session, from briefs: those named had had no row, or the honour had opened on the clause's words, 市总工会召开“…”);
    # none for a ceremony of no honour, nor for those not named
    ("12月2日，市总工会举行2025年“最美快递员”颁奖仪式，为顺丰速运杭州分公司快递员李刚、中通快递西湖网点快递员陈芳等10名快递员颁发"
     "奖杯和证书。", [("最美快递员", w, 1, 10, 2025, "current") for w in ("李刚", "陈芳")]),
    ("12月2日，市总工会召开“十佳护理员”表彰大会，向市第一人民医院护理员张秀英、市中医院护理员王丽等10人颁发荣誉证书。",
     [("十佳护理员", w, 1, 10, 2023, "current") for w in ("张秀英", "王丽")]),
    ("12月2日，市总工会举行职工书屋揭牌仪式，为张三、李四颁发证书。", []),
    ("12月2日，市总工会举行“安康杯”知识竞赛颁奖仪式，为获奖选手颁发证书。", []),
    ("日前，市总工会命名表彰了20个“劳模和工匠人才创新工作室”。",
     [("劳模和工匠人才创新工作室", "", 20, 20, 2023, "current")]),
    # …counts by kind alone after the honours that name the kinds, the second of 先进集体和个人 (or of 先进单位和先进个人,
    # since the twenty-second session) taking the first's words; with no honour named before them, no row (made up: the
    # issue's N个集体、M名个人)
    ("大会表彰了全市工会工作先进集体和个人，共有20个集体、35名个人受到表彰。",
     [("全市工会工作先进集体", "", 20, 20, 2023, "current"), ("全市工会工作先进个人", "", 35, 35, 2023, "current")]),
    ("会议表彰了全市安全生产先进单位和先进个人，15个单位、30名个人受到表彰。",
     [("全市安全生产先进单位", "", 15, 15, 2023, "current"), ("全市安全生产先进个人", "", 30, 30, 2023, "current")]),
    ("共有20个集体、35名个人受到表彰。", []),
    # …and a unit named after the honour it received, the subject of what follows (made up)
    ("被评为“全国五一巾帼标兵岗”的济南公交客服中心，一直以来坚持服务至上。",
     [("全国五一巾帼标兵岗", "济南公交客服中心", 1, None, 2023, "current")]),
    ("荣获一等奖的作品，将在全市展出。", []),
    # a lead's news line and credit are no part of the first sentence's subject, and a word that dates the news is
    # no part of it either (made up: briefs open so; 本报讯（记者 张明）had been read into the recipient's name)
    ("本报讯（记者 张明）国网某某供电公司变电运维班荣获“全国工人先锋号”称号。",
     [("全国工人先锋号", "国网某某供电公司变电运维班", 1, None, 2023, "current")]),
    ("本报讯 国网某某供电公司变电运维班日前荣获“全国工人先锋号”称号。",
     [("全国工人先锋号", "国网某某供电公司变电运维班", 1, None, 2023, "current")]),
    ("新华社电 （记者刘良恒）张三近日被授予全国劳动模范称号。", [("全国劳动模范", "张三", 1, None, 2023, "current")]),
    ("他带领的班组被授予“全国工人先锋号”。", []),  # a description of no one named
    # what was counted stays out of the honour's name (made up, the count-only form of grrb_20220502-02-03's 等62个
    # 车间、班组、科室安徽省工人先锋号): 单位安徽省五一劳动奖状 had been an honour
    ("省总工会授予100个单位安徽省五一劳动奖状，授予200个班组安徽省工人先锋号。",
     [("安徽省五一劳动奖状", "", 100, 100, 2023, "current"), ("安徽省工人先锋号", "", 200, 200, 2023, "current")]),
    ("会上，表彰了20个先进集体和50名先进个人。",
     [("先进集体", "", 20, 20, 2023, "current"), ("先进个人", "", 50, 50, 2023, "current")]),
    # those a selection produced, and a selection's roundup with the members from here (made up: the issue's
    # 十大X and its roundup of another body's list); the edition, like the year, is no part of the honour
    ("经过层层选拔，最终评选出10名“最美职工”。", [("最美职工", "", 10, 10, 2023, "current")]),
    # a clause that is only a year dates the clause after it, and a grant is dated as receiving is (made up: a
    # profile's record of honours; the issue's 2015年荣获… is prior)
    ("张三，男，1975年生。2019年，张三获得全国五一劳动奖章；2021年，又被评为全国劳动模范。",
     [("全国五一劳动奖章", "张三", 1, None, 2019, "prior"), ("全国劳动模范", "张三", 1, None, 2021, "prior")]),
    ("2019年，省总工会授予张三“齐鲁大工匠”称号。", [("齐鲁大工匠", "张三", 1, None, 2019, "prior")]),
    ("在近日揭晓的第三届“齐鲁工匠”评选中，我市张三、李四入选。",
     [("齐鲁工匠", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    # (…and 当选 — made up, twenty-fourth session, from briefs: no one had been read)
    ("在日前揭晓的2023年度“最美职工”评选中，周敏、吴芳当选。", [("最美职工", w, 1, 2, 2023, "current") for w in ("周敏", "吴芳")]),
    ("近日，全国总工会命名表彰了一批全国五一劳动奖章获得者，刘军、李平名列其中。",
     [("全国五一劳动奖章", w, 1, 2, 2023, "current") for w in ("刘军", "李平")]),
    # a company word between a trade's letter and the name (山东重工|集团孙涛: 工 of 重工 is no trade) is no part of it,
    # and honours counted, then who won them (获得3个一等奖，分别是…) are the named ones' (made up, twenty-fourth session,
    # from briefs: 集团孙涛, and only the count)
    ("省总工会公布了2023年度“齐鲁工匠”名单，我市3人入选，依次为：山东重工集团孙涛、万华化学集团李静、烟台港集团王明。",
     [("齐鲁工匠", w, 1, 3, 2023, "current") for w in ("孙涛", "李静", "王明")]),
    # …nor a union's 工会 right before the name (石家庄市总工|会张丽娟) — made up, thirty-second session, from briefs: 会张丽娟,
    # and a count alone
    ("12月3日，河北省总工会印发决定，授予石家庄市总工会张丽娟等30名同志“河北省优秀工会工作者”称号。",
     [("河北省优秀工会工作者", "张丽娟", 1, 30, 2023, "current")]),
    ("在全市工会工作会议上，市总工会王芳、区总工会李明被评为“优秀工会工作者”。",
     [("优秀工会工作者", w, 1, 2, 2023, "current") for w in ("王芳", "李明")]),
    # where those who won come from, before them, is no one of them (made up, thirty-second session, from briefs: 江苏 had
    # won, and 来自市公交集团)
    ("12月5日，第二届全国职工数字化应用技术技能大赛颁奖仪式在京举行，来自广东、江苏、浙江的3支代表队获得团体一等奖。",
     [("团体一等奖", "", 3, 3, 2023, "current")]),
    ("10月20日，全市职工职业技能大赛落幕，来自市公交集团、市供电公司的5名选手获得一等奖。", [("一等奖", "", 5, 5, 2023, "current")]),
    ("10月20日，全市职工职业技能大赛落幕，来自市公交集团的张伟获得一等奖。", [("一等奖", "张伟", 1, None, 2023, "current")]),
    # an honour that describes the one named, before 的 or as its holder (获得者, 得主), is no report of one: the name after
    # it is the recipient (made up, thirty-second session, from briefs: the first named, or the only one, had been lost)
    ("12月2日，市总工会授予获得各工种第一名的张伟、李强等10名选手“市技术标兵”称号。",
     [("市技术标兵", w, 1, 10, 2023, "current") for w in ("张伟", "李强")]),
    ("全国五一劳动奖章获得者张伟近日又被评为“齐鲁工匠”。", [("齐鲁工匠", "张伟", 1, None, 2023, "current")]),
    ("中华技能大奖获得者王刚日前当选“最美职工”。", [("最美职工", "王刚", 1, None, 2023, "current")]),
    ("全国劳动模范、全国五一劳动奖章获得者李娜近日被授予“三晋工匠”称号。", [("三晋工匠", "李娜", 1, None, 2023, "current")]),
    # where they were, after 在, is no part of the name (made up, thirty-second session, from briefs: no row, or 张伟在公司)
    ("近日，四川籍农民工刘德明在浙江宁波被评为“宁波市优秀外来务工人员”。", [("宁波市优秀外来务工人员", "刘德明", 1, None, 2023, "current")]),
    ("近日，张伟在北京被授予“全国劳动模范”称号。", [("全国劳动模范", "张伟", 1, None, 2023, "current")]),
    ("今年，李娜在公司被评为“优秀员工”。", [("优秀员工", "李娜", 1, None, 2023, "current")]),
    # a merit recorded once now (…一次) is this time's, not a life's count of honours; a major merit too (被记大功一次 —
    # made up, thirty-second session, from briefs: prior, or no row)
    ("近日，市公安局民警张伟荣立个人二等功一次。", [("个人二等功", "张伟", 1, None, 2023, "current")]),
    ("日前，消防救援支队队员刘强荣立个人三等功一次。", [("个人三等功", "刘强", 1, None, 2023, "current")]),
    ("近日，支队特勤站站长刘杰被记大功一次。", [("大功", "刘杰", 1, None, 2023, "current")]),
    # counts commended 通报表扬 as 表彰 (made up, thirty-second session, from briefs: no row)
    ("会上，县总工会对在安全生产月活动中表现突出的12个先进集体和36名先进个人进行了通报表扬。",
     [("先进集体", "", 12, 12, 2023, "current"), ("先进个人", "", 36, 36, 2023, "current")]),
    ("会上，市总工会对在劳动竞赛中成绩突出的20名优秀选手予以通报表扬。", [("优秀选手", "", 20, 20, 2023, "current")]),
    ("变电运维班班长马强、输电检修工李军被记大功一次。", [("大功", w, 1, 2, 2023, "current") for w in ("马强", "李军")]),
    ("他先后荣立个人三等功3次。", []),
    # a count, then some of those it counts named after it, the list closing on 等 (made up, thirty-second session, from
    # briefs: no row, the quotation closing after the count's title)
    ("省总工会日前评选出2024年度10名“金牌工人”，他们分别是：鞍钢集团张明、本钢集团李强、大连港孙伟等。",
     [("金牌工人", w, 1, 10, 2024, "current") for w in ("张明", "李强", "孙伟")]),
    ("近日，市总工会评选出20名“最美职工”，他们是：公交驾驶员王丽、环卫工人赵敏等。",
     [("最美职工", w, 1, 20, 2023, "current") for w in ("王丽", "赵敏")]),
    # units quoted one after another with nothing between are listed (made up, thirty-second session, from briefs: the
    # two had been one name)
    ("近日，人社部公布国家级技能大师工作室名单，我市“李刚技能大师工作室”“陈芳技能大师工作室”入选。",
     [("国家级技能大师工作室", w, 1, 2, 2023, "current") for w in ("李刚技能大师工作室", "陈芳技能大师工作室")]),
    ("近日，全国总工会公布全国示范性劳模和工匠人才创新工作室名单，我省“王强劳模创新工作室”“赵敏劳模创新工作室”榜上有名。",
     [("全国示范性劳模和工匠人才创新工作室", w, 1, 2, 2023, "current") for w in ("王强劳模创新工作室", "赵敏劳模创新工作室")]),
    ("在刚刚闭幕的全省职工技能大赛上，我市选手获得3个一等奖，分别是焊工张强、电工李伟和钳工王东。",
     [("一等奖", w, 1, 3, 2023, "current") for w in ("张强", "李伟", "王东")]),
    ("我市选手获得2个金奖，分别是张强和李伟。", [("金奖", w, 1, 2, 2023, "current") for w in ("张强", "李伟")]),
    # …named after a colon to the sentence's end, each with their unit and post, parted by ， (made up, twenty-fifth session,
    # from briefs: the first alone had been read); a part after ； that tells of one of them is no name
    ("日前，省总工会、省人社厅公布2025年“江苏工匠”名单，我市3人入选，分别是：中车南京浦镇车辆有限公司高级技师周立新，南京钢铁股份"
     "有限公司炼钢工王海峰，南京地铁运营有限公司电客车司机刘洋。",
     [("江苏工匠", w, 1, 3, 2025, "current") for w in ("周立新", "王海峰", "刘洋")]),
    ("近日，我市有3名职工荣获全国五一劳动奖章，他们是：市公交集团驾驶员张三，市自来水公司维修工李四，市第一人民医院护士王芳。",
     [("全国五一劳动奖章", w, 1, 3, 2023, "current") for w in ("张三", "李四", "王芳")]),
    ("近日，省总工会公布2025年“江苏工匠”名单，我市2人入选，分别是：周立新，他从事焊接工作30年；王海峰，他是一名炼钢工。",
     [("江苏工匠", "周立新", 1, 2, 2025, "current")]),
    ("我市选手获得5个一等奖，其中：张强、李伟。", [("一等奖", "", 5, 5, 2023, "current")]),
    # …or in the sentence after the count's, opening on who they were, and after a count granted or named, all of them
    # (made up, twenty-sixth session, from briefs: the count alone had been read); no colon, no names
    ("近日，河北省总工会公布2025年“河北工匠”评选结果，唐山市3名职工入选。他们是：开滦集团钳工李国强、唐钢公司电工马丽娜和冀东"
     "水泥公司机修工孙伟。", [("河北工匠", w, 1, 3, 2025, "current") for w in ("李国强", "马丽娜", "孙伟")]),
    ("近日，市委、市政府授予4名职工“市劳动模范”称号。他们分别是：张伟、王强、李明、赵军。",
     [("市劳动模范", w, 1, 4, 2023, "current") for w in ("张伟", "王强", "李明", "赵军")]),
    ("近日，省总工会授予3名职工“省五一劳动奖章”，他们是：中铁十局高级技师张强、市供电公司班长李红和市人民医院护士王丽。",
     [("省五一劳动奖章", w, 1, 3, 2023, "current") for w in ("张强", "李红", "王丽")]),
    ("近日，市总工会命名2名职工为“市级工匠”，分别是张伟和刘洋。", [("市级工匠", w, 1, 2, 2023, "current") for w in ("张伟", "刘洋")]),
    ("日前，省总工会公布2025年“三秦工匠”名单，我市3名职工入选。他们是新时代产业工人的优秀代表。",
     [("三秦工匠", "", 3, 3, 2025, "current")]),
    ("近日，省总工会授予5名职工“省五一劳动奖章”，他们是：张强、李红。", [("省五一劳动奖章", "", 5, 5, 2023, "current")]),
    ("在日前揭晓的2023年度“最美职工”评选中，来自市第一人民医院的护士长周敏、市环卫中心的环卫工人吴芳当选。",
     [("最美职工", w, 1, 2, 2023, "current") for w in ("周敏", "吴芳")]),
    ("评出了一批优秀成果。", []),
    ("经评选，王丽、赵刚被评选为“最美职工”。", [("最美职工", w, 1, 2, 2023, "current") for w in ("王丽", "赵刚")]),
    # 授予…称号 with the honour unquoted (made up: the issue names 授予…称号): split where the honour opens on a place,
    # the nation or a qualifier, at a word's end; a description of no one (获奖选手, rmrb_20191018-11-01) is no recipient
    ("省政府决定授予张三、李四全国劳动模范称号。", [("全国劳动模范", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("授予张小三安徽省优秀共产党员称号。", [("安徽省优秀共产党员", "张小三", 1, None, 2023, "current")]),
    # …and a medal granted with no 称号, to the clause's end, after a unit and a job title (made up: the issue's
    # 授予 and 高级技师张三); a list is not split after its separator (张三、|李四省… had given 李四省五一劳动奖章)
    ("全国总工会授予中铁一局高级技师张三全国五一劳动奖章。", [("全国五一劳动奖章", "张三", 1, None, 2023, "current")]),
    ("省总工会授予张三、李四省五一劳动奖章，以表彰他们的贡献。",
     [("省五一劳动奖章", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("授予张三博士学位。", []),
    ("授予李四高级工程师职称。", []),
    ("对获奖选手按规定授予“全国技术能手”荣誉称号。", []),
    ("对获奖选手按规定授予全国技术能手荣誉称号。", []),
    # the honorific and a bracketed note after a name are no part of it (made up: official lists write them)
    ("张三同志荣获全国五一劳动奖章。", [("全国五一劳动奖章", "张三", 1, None, 2023, "current")]),
    ("李红（女）荣获全国五一劳动奖章。", [("全国五一劳动奖章", "李红", 1, None, 2023, "current")]),
    ("授予王建国同志“全国五一劳动奖章”。", [("全国五一劳动奖章", "王建国", 1, None, 2023, "current")]),
    ("获奖同志荣获全国五一劳动奖章。", []),
    ("授予他们“金钥匙”。", []),
    ("授予张三等10名同志“全市五一劳动奖章”。", [("全市五一劳动奖章", "张三", 1, 10, 2023, "current")]),
    # a title opening on an honour's qualifier after a verb only honours take (made up: the issue's 十大X)
    ("张三被评为全市十大杰出青年。", [("全市十大杰出青年", "张三", 1, None, 2023, "current")]),
    ("李四获评2022年度十佳快递小哥。", [("十佳快递小哥", "李四", 1, None, 2022, "current")]),
    ("该企业入选全国模范劳动关系和谐企业名单。", []),  # 该企业 names no one
    ("市公交集团入选全国模范劳动关系和谐企业名单。", [("全国模范劳动关系和谐企业", "市公交集团", 1, None, 2023, "current")]),
    ("张三在比赛中获得优秀成绩。", []),  # 获得 is no verb only honours take
    # counts of collectives and individuals from here given together, each its own row (made up: the issue's N个集体、
    # M名个人 and its roundup of another body's list); a count split between two honours (分获) is none
    ("全国总工会近日公布了2023年全国五一劳动奖名单，我省30个集体和60名个人榜上有名。",
     [("全国五一劳动奖", "", 30, 30, 2023, "current"), ("全国五一劳动奖", "", 60, 60, 2023, "current")]),
    ("在全总近日授予的全国五一劳动奖状、奖章和工人先锋号名单中，本市3个集体、5名个人榜上有名。",
     [("全国五一劳动奖状、奖章和工人先锋号", "", 3, 3, 2023, "current"),
      ("全国五一劳动奖状、奖章和工人先锋号", "", 5, 5, 2023, "current")]),
    ("在2023年全国五一劳动奖表彰名单中，我市共有2家单位获得全国五一劳动奖状，3人获得全国五一劳动奖章。",
     [("全国五一劳动奖状", "", 2, 2, 2023, "current"), ("全国五一劳动奖章", "", 3, 3, 2023, "current")]),
    ("另外9名选手分获银奖和铜奖。", []),  # rmrb_20191018-06-06
    # the outlet's locality before a count or a name (made up): 全市共有 had been read as a recipient's name, and
    # 我省张三 is 张三
    ("全市共有12名职工获评“最美职工”。", [("最美职工", "", 12, 12, 2023, "current")]),
    ("我省张三、李四获得全国五一劳动奖章。",
     [("全国五一劳动奖章", "张三", 1, 2, 2023, "current"), ("全国五一劳动奖章", "李四", 1, 2, 2023, "current")]),
    # a list that is no roster: 是 after a 的 that names no honour, names that are no one's
    ("获得感最强的是一线职工。", []),
    ("获得一等奖的是一款智能巡检机器人。", []),
    ("该工作室被命名为“省级劳模创新工作室”。", []),
    # the rest of a verb is no part of the honour (获颁 had given 颁全国五一劳动奖章, 获评为 为全国劳动模范)
    ("张建国获颁全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("张建国获评为全国劳动模范。", [("全国劳动模范", "张建国", 1, None, 2023, "current")]),
    # a quoted name with an honour word inside runs to its closing quote (made up; the corpus's one such name,
    # 他还入选…“大国工匠年度人物”, has no recipient the rules read): it had been cut at 劳模
    ("张三工作室被授予“全国示范性劳模和工匠人才创新工作室”。",
     [("全国示范性劳模和工匠人才创新工作室", "张三工作室", 1, None, 2023, "current")]),
    # G: Workers' Daily briefs
    ("来自运搬工区的王飞、王非、李海涛一组通过通力协作，一路过关斩将，赢得本届比赛的总冠军。",
     [("总冠军", "王飞", 1, 3, 2023, "current"), ("总冠军", "王非", 1, 3, 2023, "current"),
      ("总冠军", "李海涛", 1, 3, 2023, "current")]),
    ("来自采一工区的张永通凭借个人稳定出色发挥，一举斩获“够级王”桂冠。", [("够级王", "张永通", 1, None, 2023, "current")]),
    ("秦平林等100名职工获烟台市五一劳动奖章；烟台鲁宝有色合金有限公司氩弧焊接班等50个班组（科室）获烟台市“工人先锋号”荣誉称号。",
     [("烟台市五一劳动奖章", "秦平林", 1, 100, 2023, "current"),
      ("烟台市“工人先锋号”", "烟台鲁宝有色合金有限公司氩弧焊接班", 1, 50, 2023, "current")]),
    # the places people work that honours go to are named units — a school, a library, a bank's branch (made up: the
    # tunable text honours none; 市第二中学 had been no one)
    ("市总工会授予市第二中学等3家单位“五一劳动奖状”。", [("五一劳动奖状", "市第二中学", 1, 3, 2023, "current")]),
    ("工商银行济南分行荣获“全国五一劳动奖状”。", [("全国五一劳动奖状", "工商银行济南分行", 1, None, 2023, "current")]),
    ("市图书馆被评为“全国巾帼文明岗”。", [("全国巾帼文明岗", "市图书馆", 1, None, 2023, "current")]),
    # …a team named by the body it stands for (…公司代表队, …区代表队), not a description (参赛代表队) — made up
    ("经过激烈角逐，市自来水公司代表队夺得团体冠军。", [("团体冠军", "市自来水公司代表队", 1, None, 2023, "current")]),
    ("历下区代表队获得团体一等奖。", [("团体一等奖", "历下区代表队", 1, None, 2023, "current")]),
    # …the outlet's own place's team too (made up, twenty-fourth session, from briefs: 我市 had been cut off and 代表队 read
    # as no one), not the place's people counted
    ("我市代表队获团体一等奖。", [("团体一等奖", "我市代表队", 1, None, 2023, "current")]),
    ("在日前落幕的全国职工乒乓球比赛中，本市代表队获得团体第三名。", [("团体第三名", "本市代表队", 1, None, 2023, "current")]),
    ("在全省职工技能大赛中，我市3人获一等奖。", [("一等奖", "", 3, 3, 2023, "current")]),
    ("参赛代表队获得优秀组织奖。", []),
    # a connective, or a time written before the subject with no comma, is no part of a recipient's name (made up:
    # 其中市第一人民医院 had been the recipient, 2022年张三 no one)
    ("市总工会表彰了一批先进，其中市第一人民医院等10家单位获评“市五一劳动奖状”。",
     [("市五一劳动奖状", "市第一人民医院", 1, 10, 2023, "current")]),
    ("2022年张三荣获“全国五一劳动奖章”。", [("全国五一劳动奖章", "张三", 1, None, 2022, "current")]),
    ("今年李四被评为“最美职工”。", [("最美职工", "李四", 1, None, 2023, "current")]),
    # a clause with no subject after one that reports an honour shares that clause's recipients, all of them (made up:
    # 李四 had been lost, and 来自…的高级技师刘强获得一等奖 had given the title to no one)
    ("张三、李四获得一等奖，并被授予“山东省技术能手”称号。",
     [("一等奖", w, 1, 2, 2023, "current") for w in ("张三", "李四")]
     + [("山东省技术能手", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("来自国网山东电力的高级技师刘强获得一等奖，并被授予“山东省技术能手”称号。",
     [("一等奖", "刘强", 1, None, 2023, "current"), ("山东省技术能手", "刘强", 1, None, 2023, "current")]),
    # those named before a count that an honour goes to (made up: only the count had been read), 被确定为 a verb only
    # honours take, and a roster that opens right after 名单： (its first part had been lost) — made up
    ("大会上，张三等100名全国劳动模范和先进工作者受到表彰。", [("全国劳动模范", "张三", 1, 100, 2023, "current")]),
    ("经层层推荐、严格评审，张三被确定为“齐鲁大工匠”。", [("齐鲁大工匠", "张三", 1, None, 2023, "current")]),
    ("该村被确定为全省试点村。", []),
    ("刘晓东被表彰为全国优秀农民工。", [("全国优秀农民工", "刘晓东", 1, None, 2023, "current")]),  # made up, as 被评为
    # ranks shared out in order, written with one opening and ending, to teams joined by 和 (made up: 第二、三名 had been
    # no honour, and 代表队和… read as representing someone)
    ("市公交公司代表队和市水务集团代表队分获第二、三名。",
     [("第二名", "市公交公司代表队", 1, 2, 2023, "current"), ("第三名", "市水务集团代表队", 1, 2, 2023, "current")]),
    # …teams of bodies whose names end otherwise: a committee's, a town's (made up, twentieth session, from briefs: 市卫健委
    # 代表队 and 城关镇代表队 had read as no one, and the one team left had taken the first of both honours)
    ("市教育局代表队、市卫健委代表队分获第二名、第三名。",
     [("第二名", "市教育局代表队", 1, 2, 2023, "current"), ("第三名", "市卫健委代表队", 1, 2, 2023, "current")]),
    ("城关镇代表队、开发区代表队分获一等奖、二等奖。",
     [("一等奖", "城关镇代表队", 1, 2, 2023, "current"), ("二等奖", "开发区代表队", 1, 2, 2023, "current")]),
    # …and a list of which only one is read names no one's honour (whose is which is untold)
    ("一车队、公交集团二车队分获第二名、第三名。", []),
    # the honour's holders named after it (made up: 一等奖获得者为… had given nothing); a description of its holders
    # names no one
    ("其中，一等奖获得者为市公交公司的张三。", [("一等奖", "张三", 1, None, 2023, "current")]),
    ("全国五一劳动奖章获得者是广大职工的榜样。", []),
    # a title that counts its holders, chosen or announced, is a count row (made up: the issue's 十大X; 十大最美职工 had
    # been nothing) — the Party's 二十大 is no such title (the sample page names it eight times)
    ("近日，市总工会评选出2023年度十大最美职工。", [("十大最美职工", "", 10, 10, 2023, "current")]),
    ("2022年度“十佳城市美容师”揭晓。", [("十佳城市美容师", "", 10, 10, 2022, "current")]),
    ("深入学习宣传贯彻党的二十大精神，是当前和今后一个时期全党全国的首要政治任务。", []),
    # the civic honours units and teams are given, named without quotes (made up: 文明单位, 文明号 and 文明岗 had ended
    # no honour's name)
    ("市税务局获评全国文明单位。", [("全国文明单位", "市税务局", 1, None, 2023, "current")]),
    ("市公交公司101路车队被授予全国青年文明号。", [("全国青年文明号", "市公交公司101路车队", 1, None, 2023, "current")]),
    ("今年，全市有5个班组获评全国巾帼文明岗。", [("全国巾帼文明岗", "", 5, 5, 2023, "current")]),
    # titles before a name, listed with 、, describe one person (made up: the issue's 高级技师张三 in more shapes) — the
    # last role before the name (工程师王鹏, not 程师王鹏), no 代表 read as 代表…参赛, no four characters of words as a name
    ("全国人大代表、中铁十四局隧道工程师王鹏荣获全国五一劳动奖章。", [("全国五一劳动奖章", "王鹏", 1, None, 2023, "current")]),
    ("山东省第一届职业技能大赛焊工项目冠军、济南二机床集团焊工孙强获得“山东省技术能手”称号。",
     [("山东省技术能手", "孙强", 1, None, 2023, "current")]),
    ("高级技师欧阳长青荣获全国五一劳动奖章。", [("全国五一劳动奖章", "欧阳长青", 1, None, 2023, "current")]),
    ("张三代表中国队获得金牌。", [("金牌", "张三", 1, None, 2023, "current")]),
    # 获此殊荣 stands for the honour named before it in the sentence (made up; 王 or 奖 alone ends no honour's name there)
    ("近日，第三届“齐鲁工匠”评选结果揭晓，我市高级技师王强获此殊荣。", [("齐鲁工匠", "王强", 1, None, 2023, "current")]),
    ("近日，王强获此殊荣。", []),
    # two-character names padded as print sets them are the names (made up, twenty-sixth session, from a brief: 王 芳 had
    # read 芳, 张 伟 kept its space)
    ("近日，市总工会表彰了张 伟、李 强、王 芳等10名优秀工会工作者。",
     [("优秀工会工作者", w, 1, 10, 2023, "current") for w in ("张伟", "李强", "王芳")]),
    ("近日，赵　刚、孙　丽获评市劳动模范。", [("市劳动模范", w, 1, 2, 2023, "current") for w in ("赵刚", "孙丽")]),
    # …and more holders of the honour the sentence before gave, a sentence of their own (made up, twenty-sixth session,
    # from briefs: no row)
    ("近日，省总工会公布2025年度“三秦工匠”名单，我市张伟入选。同时入选的还有西安高新区的李强和宝鸡的王娟。",
     [("三秦工匠", w, 1, None, 2025, "current") for w in ("张伟", "李强", "王娟")]),
    ("近日，张伟获评全国五一劳动奖章。获评的还有市公交集团驾驶员李红。",
     [("全国五一劳动奖章", w, 1, None, 2023, "current") for w in ("张伟", "李红")]),
    # …and those who hold it, named after it (made up, twenty-sixth session, from briefs: no row)
    ("近日，第三届“齐鲁工匠”评选结果揭晓。获此殊荣的是中车株洲所的高级技师李明和三一重工的焊工王刚。",
     [("齐鲁工匠", w, 1, 2, 2023, "current") for w in ("李明", "王刚")]),
    ("省委、省政府近日授予一批职工“省劳动模范”称号，获得这一荣誉的有：市公交集团驾驶员张三、市供电公司电工李四。",
     [("省劳动模范", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    # a list named by those who hold the honour names the honour (made up: …获得者 had been read into it)
    ("近日，2023年全国五一劳动奖章获得者名单公布，市公交集团驾驶员张三榜上有名。",
     [("全国五一劳动奖章", "张三", 1, None, 2023, "current")]),
    # a list's count, then some of those it counted after 其中： (made up, nineteenth session: only the count had been read);
    # a total's parts after 其中： as after 其中 (the colon had opened the first part's name)
    ("日前，市总工会公布2022年度市级工人先锋号名单，共30个班组入选，其中：市第一人民医院急诊科、市公交集团第三车队等。",
     [("市级工人先锋号", "市第一人民医院急诊科", 1, 30, 2022, "current"),
      ("市级工人先锋号", "市公交集团第三车队", 1, 30, 2022, "current")]),
    ("近日，我市共有45个先进集体和个人受到表彰，其中：全国五一劳动奖状10个、全国五一劳动奖章20个。",
     [("全国五一劳动奖状", "", 10, 10, 2023, "current"), ("全国五一劳动奖章", "", 20, 20, 2023, "current")]),
    # the results told in one sentence, who was chosen opening the next (made up, nineteenth session: no one had been read)
    ("近日，第五届“最美职工”评选结果揭晓。李建国（某钢铁公司炼钢工）、王秀芝（某纺织厂挡车工）等10人当选。",
     [("最美职工", "李建国", 1, 10, 2023, "current"), ("最美职工", "王秀芝", 1, 10, 2023, "current")]),
    ("近日，会议召开。李建国、王秀芝等10人当选。", []),
    # (…the verb with what it published — made up, twenty-fourth session, from briefs: no one had been read)
    ("日前，中华全国总工会发布2023年“最美职工”先进事迹。我市黄志勇、李娟、周丽华榜上有名。",
     [("最美职工", w, 1, 3, 2023, "current") for w in ("黄志勇", "李娟", "周丽华")]),
    ("近日，省总工会公布了2023年“三秦工匠”名单。我市张三、李四入选。",
     [("三秦工匠", w, 1, 2, 2023, "current") for w in ("张三", "李四")]),
    ("近日，省总工会召开了2023年工作会议。我市张三、李四入选。", []),
    # …or the honour itself published, quoted, those chosen after its comma (made up, twenty-fifth session, from briefs:
    # only a headline's count had been read) — not a quoted name that is no honour's
    ("今天，省总工会在济南发布2025年“齐鲁最美职工”，赵立军、孙丽等10名职工当选。",
     [("齐鲁最美职工", w, 1, 10, 2025, "current") for w in ("赵立军", "孙丽")]),
    ("日前，市总工会公布2024年度“金牌职工”，市自来水公司张伟、市公交集团李强等20人榜上有名。",
     [("金牌职工", w, 1, 20, 2024, "current") for w in ("张伟", "李强")]),
    ("日前，市总工会发布“职工服务地图”，全市200家爱心驿站入选。", []),
    # …and results a verb reports before them (公布了…评选结果，…; 通报了…评选情况，…), those chosen counted or named, or
    # counted in the sentence after the results (made up, twentieth session, from briefs: no one had been read)
    ("会议通报了2022年度全国职工书屋示范点评选情况，我省15家单位入选。",
     [("全国职工书屋示范点", "", 15, 15, 2022, "current")]),
    ("近日，全国总工会公布了2022年度“最美职工”评选结果，我市张三、李四入选。",
     [("最美职工", "张三", 1, 2, 2022, "current"), ("最美职工", "李四", 1, 2, 2022, "current")]),
    ("2022年度全国职工书屋示范点评选结果近日揭晓。我省15家单位入选。", [("全国职工书屋示范点", "", 15, 15, 2022, "current")]),
    ("会议通报了安全生产检查情况，我市3家企业入选。", []),
    # a short honour the sentence named in full before is that honour, of that round; a quoted name runs on to the honour's
    # words after it (made up, nineteenth session, from a brief: 优胜单位 of 2023, and 安康杯)
    ("全国总工会通报表扬2022年度全国“安康杯”竞赛优胜单位和优秀组织单位，我市某化工有限公司等5家单位获评优胜单位。",
     [("全国“安康杯”竞赛优胜单位", "某化工有限公司", 1, 5, 2022, "current")]),
    ("我市5家单位获评“安康杯”竞赛优胜单位。", [("“安康杯”竞赛优胜单位", "", 5, 5, 2023, "current")]),
    # …the second of two (or more) named with one opening, that opening and its round (made up, twenty-second session,
    # from briefs: 先进个人 of the issue's year)
    ("省总工会印发《关于表彰2022年度全省工会工作先进集体和先进个人的决定》，对50个先进集体和100名先进个人予以表彰。",
     [("全省工会工作先进集体", "", 50, 50, 2022, "current"), ("全省工会工作先进个人", "", 100, 100, 2022, "current")]),
    ("大会表彰了2022年度全市工会工作先进单位、先进集体和先进个人，共有20个集体、35名个人受到表彰。",
     [("全市工会工作先进集体", "", 20, 20, 2022, "current"), ("全市工会工作先进个人", "", 35, 35, 2022, "current")]),
    # works honoured, by their quoted titles or counted, are no one named: a count row each (made up, nineteenth session,
    # from a brief: the title had been cut at 与 into a person 应用, and the second clause lost)
    ("“智能巡检机器人研发与应用”等10项成果获一等奖，“焊接变形控制新工艺”等20项成果获二等奖。",
     [("一等奖", "", 10, 10, 2023, "current"), ("二等奖", "", 20, 20, 2023, "current")]),
    ("“智能巡检机器人研发与应用”项目获一等奖。", []),
    # contests listed before the placing they share, one each in order (made up, nineteenth session, from a brief: each had
    # been given all three contests' names as one honour, and 来自…的 before each name had lost them all)
    ("来自市公交集团的李明、市自来水公司的王芳、市燃气集团的赵强分获电工、水质检验、燃气管网运维项目第一名。",
     [("电工项目第一名", "李明", 1, 3, 2023, "current"), ("水质检验项目第一名", "王芳", 1, 3, 2023, "current"),
      ("燃气管网运维项目第一名", "赵强", 1, 3, 2023, "current")]),
    ("李明、王芳分别获得青年组、中年组冠军。",
     [("青年组冠军", "李明", 1, 2, 2023, "current"), ("中年组冠军", "王芳", 1, 2, 2023, "current")]),
    # …joined by 和, a medal too; and a title 并获得 after a prize taken (摘得, 夺得) is each of theirs (made up, thirty-first
    # session, from briefs: both had taken the pair's whole name, and the second no title)
    ("王磊、赵敏分别摘得焊接项目和数控车项目金牌，并获得“全国技术能手”称号。",
     [("焊接项目金牌", "王磊", 1, 2, 2023, "current"), ("数控车项目金牌", "赵敏", 1, 2, 2023, "current"),
      ("全国技术能手", "王磊", 1, 2, 2023, "current"), ("全国技术能手", "赵敏", 1, 2, 2023, "current")]),
    ("选手王磊、赵敏分别获得焊工和电工项目一等奖。",
     [("焊工项目一等奖", "王磊", 1, 2, 2023, "current"), ("电工项目一等奖", "赵敏", 1, 2, 2023, "current")]),
    ("王磊、赵敏夺得团体金奖，并被授予“全国技术能手”称号。",
     [("团体金奖", "王磊", 1, 2, 2023, "current"), ("团体金奖", "赵敏", 1, 2, 2023, "current"),
      ("全国技术能手", "王磊", 1, 2, 2023, "current"), ("全国技术能手", "赵敏", 1, 2, 2023, "current")]),
    # an honour commended in one clause, its holders named and counted in the next (made up, nineteenth session, from a
    # brief and a probe of 7 shapes: the names had been lost, the honour's name had opened on its giver's verb — 议表彰了…,
    # 总工会对… — and the year had been the issue's)
    ("会议表彰了2022年度全省工会工作先进单位，南京市总工会、苏州市总工会等20个单位受到表彰。",
     [("全省工会工作先进单位", "南京市总工会", 1, 20, 2022, "current"),
      ("全省工会工作先进单位", "苏州市总工会", 1, 20, 2022, "current")]),
    ("会议表彰了2022年度全省工会工作先进单位，南京市总工会、苏州市总工会等20个单位获此殊荣。",
     [("全省工会工作先进单位", "南京市总工会", 1, 20, 2022, "current"),
      ("全省工会工作先进单位", "苏州市总工会", 1, 20, 2022, "current")]),
    ("省总工会对2022年度全省职工书屋示范点进行了授牌，金川集团公司镍冶炼厂职工书屋等30家单位获此殊荣。",
     [("全省职工书屋示范点", "金川集团公司镍冶炼厂职工书屋", 1, 30, 2022, "current")]),
    ("省总工会对2022年度全省优秀工会工作者进行表彰，张建国、李秀英等50名同志受到表彰。",
     [("全省优秀工会工作者", "张建国", 1, 50, 2022, "current"), ("全省优秀工会工作者", "李秀英", 1, 50, 2022, "current")]),
    ("会议表彰2022年度全省优秀工会工作者，50名同志受到表彰。", [("全省优秀工会工作者", "", 50, 50, 2022, "current")]),
    ("省总工会召开会议，部署全年工作，50名同志受到表彰。", []),
    # …members each with unit and post, past 30 characters (made up, nineteenth session: no one had been read)
    ("4月28日，省总工会发布2025年度“最美职工”名单，国网某供电公司输电运检班班长黄志勇、某汽车集团总装车间焊工周丽华"
     "等10名职工榜上有名。",
     [("最美职工", "黄志勇", 1, 10, 2025, "current"), ("最美职工", "周丽华", 1, 10, 2025, "current")]),
    ("获奖名单：一等奖：张三；二等奖：李四、王五。",
     [("一等奖", "张三", 1, None, 2023, "current"), ("二等奖", "李四", 1, 2, 2023, "current"),
      ("二等奖", "王五", 1, 2, 2023, "current")]),
    # made up, as a local outlet writes (fourteenth session; each had given nothing, or a wrong name or year):
    # …those the contest chose, commended by count; a round's year opening titles counted after them; 当选为's 为
    # is no part of the honour; a body's own count with 有; 获此殊荣 by counts of kinds; a ceremony's honours with
    # the verb said once; the ceremony's honour dates its count; 全国五一劳动奖, the honours' umbrella name
    ("市总工会对评选出的20名“江门工匠”进行了表彰。", [("江门工匠", "", 20, 20, 2023, "current")]),
    ("市总工会表彰了2022年度工会工作先进单位20个、优秀工会工作者30名。",
     [("工会工作先进单位", "", 20, 20, 2022, "current"), ("优秀工会工作者", "", 30, 30, 2022, "current")]),
    # …a bare kind after a fuller first shares its opening, and a running total's word inside what another act told of
    # (通报了今年以来…情况) makes no total of the commendation after it (made up, twenty-fifth session, from a union site's
    # item: no row, then 先进个人 alone); a total's word opening a clause of its own still does
    ("会议通报了今年以来全市工会经费审查工作情况，表彰了2025年度经审工作先进集体15个、先进个人30名。",
     [("经审工作先进集体", "", 15, 15, 2025, "current"), ("经审工作先进个人", "", 30, 30, 2025, "current")]),
    ("大会表彰了全市工会工作先进集体50个、先进个人100名、优秀工会工作者30名。",
     [("全市工会工作先进集体", "", 50, 50, 2023, "current"), ("全市工会工作先进个人", "", 100, 100, 2023, "current"),
      ("优秀工会工作者", "", 30, 30, 2023, "current")]),
    ("大会表彰了先进集体50个、先进个人100名。",
     [("先进集体", "", 50, 50, 2023, "current"), ("先进个人", "", 100, 100, 2023, "current")]),
    ("截至2019年，全国共表彰先进集体9103个、先进个人2万名。", []),
    ("环卫工人周秀英当选为2022年“最美职工”。", [("最美职工", "周秀英", 1, None, 2022, "current")]),
    ("今年，该公司有3名职工入选“浙江工匠”。", [("浙江工匠", "", 3, 3, 2023, "current")]),
    ("在今年的全国五一劳动奖评选中，我市共有5个集体和8名个人获此殊荣。",
     [("全国五一劳动奖", "", 5, 5, 2023, "current"), ("全国五一劳动奖", "", 8, 8, 2023, "current")]),
    ("大会对获得全省五一劳动奖状的50个单位、全省五一劳动奖章的150名个人和全省工人先锋号的80个集体进行表彰。",
     [("全省五一劳动奖状", "", 50, 50, 2023, "current"), ("全省五一劳动奖章", "", 150, 150, 2023, "current"),
      ("全省工人先锋号", "", 80, 80, 2023, "current")]),
    ("大会对获得2022年度“最美职工”称号的10名职工进行了表彰。", [("最美职工", "", 10, 10, 2022, "current")]),
    # the crown taken is the title (桂冠 = 冠军), by a person or a team; a clause's adverb wins nothing (made up)
    ("其中，市电力公司职工张建华摘得桂冠。", [("冠军", "张建华", 1, None, 2023, "current")]),
    ("最终，市公交集团代表队夺冠。", [("冠军", "市公交集团代表队", 1, None, 2023, "current")]),
    ("经过激烈角逐，最终夺冠。", []),
    # a work's prize goes to its writers (zmdrb_20140704's 消息《…》（作者：胡殿文刘 阳 邓 桦 ）获得二等奖 — print pads two-
    # character names — and two works joined by 与; the work had been read as no one), or the one whose work it is
    ("其中，消息《平舆民营企业家齐汝平一年获六项发明专利》（作者：胡殿文刘 阳 邓 桦 ）获得二等奖。",
     [("二等奖", w, 1, 3, 2023, "current") for w in ("胡殿文", "刘阳", "邓桦")]),
    ("通讯《薪酬协商和谐共赢——驻马店市总工会开展工资集体协商工作综述》（作者：张新理）与消息《市总工会举行助学金发放仪式》"
     "（作者：滑清泉）获得三等奖。", [("三等奖", w, 1, 2, 2023, "current") for w in ("张新理", "滑清泉")]),
    ("在全市职工征文比赛中，张建华的作品《我的工匠梦》获得一等奖。", [("一等奖", "张建华", 1, None, 2023, "current")]),  # made up
    # fifteenth session. A record's honours counted by times are past (rmrb_20200514-16-06's 先后荣立个人三等功3次，
    # 荣获个人嘉奖8次, its subject brought within the clauses a subjectless one reaches back to; 第3次 is no count)
    # (…and its merits recorded, 荣立…等功, since the thirtieth session)
    ("李方洪参加公安工作后，先后荣立个人三等功3次，荣获个人嘉奖8次。",
     [("个人三等功", "李方洪", 1, None, None, "prior"), ("个人嘉奖", "李方洪", 1, None, None, "prior")]),
    ("张三扎根一线，获得一等奖3次。", [("一等奖", "张三", 1, None, None, "prior")]),  # made up
    ("张三在全市职工技能大赛中获得一等奖，这是他第3次参赛。", [("一等奖", "张三", 1, None, 2023, "current")]),  # made up
    # made up, as local outlets write: the job title or workplace before a name after the honour (the issue's
    # 高级技师张三), a unit's own people counted (not the unit), and 产生 choosing those counted after it, as it
    # chooses titles counted after them — one list of those verbs
    ("荣获“全国五一劳动奖章”的高级技师王刚表示，要把技术传下去。", [("全国五一劳动奖章", "王刚", 1, None, 2023, "current")]),
    ("获得一等奖的中铁一局焊工张小军说，比赛很激烈。", [("一等奖", "张小军", 1, None, 2023, "current")]),
    ("荣获二等奖的选手表示，还要继续努力。", []),
    ("中铁十二局5人获评“三晋工匠”。", [("三晋工匠", "", 5, 5, 2023, "current")]),
    ("其中市总工会2人获评优秀党务工作者。", [("优秀党务工作者", "", 2, 2, 2023, "current")]),  # (a union's own: made up,
    ("省总工会机关3名干部获评“优秀共产党员”。", [("优秀共产党员", "", 3, 3, 2023, "current")]),  # twenty-second session)
    ("公司2名职工入选“山东省技能大师”。", [("山东省技能大师", "", 2, 2, 2023, "current")]),
    ("本届评选共产生10名“海河工匠”和20名“海河工匠”提名人选。", [("海河工匠", "", 10, 10, 2023, "current")]),
    ("大会选出了30名职工代表。", []),
    # an honour's results announced, then who was chosen — counted (works too) or named, with no list and no honour
    # after the verb (zmdrb_20140704's headline and lead, the headline's 23 a gold row that had been missed; the named
    # shape made up); results of no honour give none
    ("驻马店市“五一新闻奖”揭晓 23件作品获表彰", [("五一新闻奖", "", 23, 23, 2023, "current")]),
    ("由市委宣传部、市总工会、市新闻工作者协会联合开展的2013年“五一新闻奖”评选活动近日揭晓，驻马店日报社3件作品获奖。",
     [("五一新闻奖", "", 3, 3, 2013, "prior")]),
    ("2022年度“最美职工”揭晓，快递员张三、环卫工李四、护士王五等10人当选。",
     [("最美职工", w, 1, 10, 2022, "current") for w in ("张三", "李四", "王五")]),
    ("高考成绩揭晓，张三入选。", []),
    # one named as among a count the same sentence made (made up, twenty-third session, from briefs: only the count had
    # been read), as one the next sentence names is
    ("在日前公布的第三批全国示范性劳模和工匠人才创新工作室名单中，我省12家工作室入选，市电力公司“张明劳模创新工作室”位列其中。",
     [("全国示范性劳模和工匠人才创新工作室", "", 12, 12, 2023, "current"),
      ("全国示范性劳模和工匠人才创新工作室", "市电力公司张明劳模创新工作室", 1, 12, 2023, "current")]),
    ("全国总工会近日授予100个集体“全国五一劳动奖状”，我市第一人民医院名列其中。",
     [("全国五一劳动奖状", "", 100, 100, 2023, "current"), ("全国五一劳动奖状", "第一人民医院", 1, 100, 2023, "current")]),
    # …how they were chosen told between (made up, twenty-third session, from briefs: no row)
    ("第四届“齐鲁工匠”评选结果揭晓，经过推荐、评审和公示，张三、李四、王五等20人当选。",
     [("齐鲁工匠", w, 1, 20, 2023, "current") for w in ("张三", "李四", "王五")]),
    ("市总工会公布了2022年度“最美职工”评选结果，经过层层推荐，我市10名职工入选。", [("最美职工", "", 10, 10, 2022, "current")]),
    # a year told relative to the issue's dates a 他's honour as a year in figures does (made up), and dates the
    # honour (rmrb_20200121-06-02's 曾祥博，在去年世技赛中…摘得金牌: 2019 in a 2020 story, not 2020)
    ("李强是维修工。李强扎根一线30年。今年，他被评为市“最美职工”。", [("市“最美职工”", "李强", 1, None, 2023, "current")]),
    # …or told in the news's own days (made up, twenty-second session, from briefs: no row); undated and untold, none
    ("李明是一名焊工。李明扎根一线30年。近日，他又被评为“省劳动模范”。", [("省劳动模范", "李明", 1, None, 2023, "current")]),
    ("李明是一名焊工。日前，他被授予“市五一劳动奖章”。", [("市五一劳动奖章", "李明", 1, None, 2023, "current")]),
    ("李明是一名焊工。他被授予“市五一劳动奖章”。", []),
    # …or by a festival's eve or days in it after the year (made up, twenty-sixth session, from briefs: no row); undated,
    # none still
    ("张华是青海油田采油工。今年“五一”前夕，他又被评为全国劳动模范。", [("全国劳动模范", "张华", 1, None, 2023, "current")]),
    ("李娟是市妇幼保健院的护士长。今年三八节前夕，她被全国妇联授予“全国三八红旗手”称号。",
     [("全国三八红旗手", "李娟", 1, None, 2023, "current")]),
    ("王刚是一名焊工。2020年国庆前夕，他被评为全国劳动模范。", [("全国劳动模范", "王刚", 1, None, 2020, "prior")]),
    ("王刚是一名焊工。春节前夕，他被评为全国劳动模范。", []),
    # those commended named after what they were commended as (made up, twenty-second session, from briefs: no row);
    # those commended who speak are no roster
    ("市总工会表彰了一批先进集体和个人，获得表彰的先进集体有：市第一人民医院、市公交集团。",
     [("先进集体", w, 1, 2, 2023, "current") for w in ("市第一人民医院", "市公交集团")]),
    ("市总工会召开大会。受到表彰的优秀工会工作者分别是张三、李四和王五。",
     [("优秀工会工作者", w, 1, 3, 2023, "current") for w in ("张三", "李四", "王五")]),
    ("受到表彰的职工表示，将继续努力。", []),
    # those counted, then what is handed to them (made up, twenty-second session, from briefs: the honour had run on to
    # 市劳动模范颁发证书, and 颁奖 had given none)
    ("近日，市总工会为今年新当选的50名市劳动模范颁发证书和奖章。", [("市劳动模范", "", 50, 50, 2023, "current")]),
    ("近日，市总工会为新当选的50名市劳动模范颁奖。", [("市劳动模范", "", 50, 50, 2023, "current")]),
    ("李强是维修工。李强扎根一线30年。他去年被评为市“最美职工”。", [("市“最美职工”", "李强", 1, None, 2022, "current")]),
    ("李强是维修工。李强扎根一线30年。他被评为市“最美职工”。", []),
    # sixteenth session, found by a probe of 10 ways of saying it × 6 kinds of recipient × 15 honours (900 sentences,
    # made up): a sentence whose only cue was 荣获, 被推选为 or 荣誉 had been skipped before any pattern ran — the
    # prefilter now holds every verb only honours take (HONOUR_VERB itself, so the two cannot drift apart)
    ("2023年4月，快递员张建国荣获“最美职工”。", [("最美职工", "张建国", 1, None, 2023, "current")]),
    ("张建国被推选为优秀共产党员。", [("优秀共产党员", "张建国", 1, None, 2023, "current")]),
    ("国网山东电力公司运维班获得“最美班组”荣誉。", [("最美班组", "国网山东电力公司运维班", 1, None, 2023, "current")]),
    ("张建国获得“真金白银”的支持。", []),
    # (seventeenth session, the same probe again) a quoted name after any verb of receiving is an honour when it opens
    # as honours open (获得“最美职工”, 喜获“十佳职工”: the sentence had been skipped), not a grade alone (“优秀”)
    ("张建国获得“最美职工”。", [("最美职工", "张建国", 1, None, 2023, "current")]),
    ("张建国喜获“十佳职工”。", [("十佳职工", "张建国", 1, None, 2023, "current")]),
    ("年度考核中，张建国获得“优秀”等次。", []),
    # …a unit or team opening the clause before a subjectless one is its topic as a person is (made up: the probe's
    # last 30 misses), not one the clause's passive or preposition opens on (rmrb_20191023-06-03: 被全国总工会授予…，
    # 当选2012年感动中国年度人物 is 白方礼's, as before)
    # a probe of contest placings (made up, 12 ways × 4 recipients × 3 contexts): the crown taken after an adverbial
    # (在焊工项目中, 一举, 最终) had named 项目中 or no one; 夺魁, 折桂, 勇夺, 问鼎 are winning as 夺冠 and 夺得 are
    ("在全省职工职业技能大赛中，张建国在焊工项目中夺冠。", [("冠军", "张建国", 1, None, 2023, "current")]),
    ("在全省职工职业技能大赛中，焊工张建国一举夺魁。", [("冠军", "张建国", 1, None, 2023, "current")]),
    ("在全省职工职业技能大赛中，张建国勇夺状元。", [("状元", "张建国", 1, None, 2023, "current")]),
    # (seventeenth session, made up: five briefs written as probes) 分获 one place for each in their own event (分获各
    # 项目前三名: no row had been made); the outlet's own place before a unit is no part of its name (我省中铁十二局…);
    # a batch named as something (命名1000家单位为…示范点) is named that, its members after 名列其中
    ("经过激烈角逐，中铁十二局焊工王大山、国网供电公司电工李秀英等24名选手分获各项目前三名。",
     [("前三名", w, 1, 24, 2023, "current") for w in ("王大山", "李秀英")]),  # (each part unnamed: 前三名 since the
    # twenty-eighth session)
    ("王大山、李秀英分获一等奖。", []),
    ("近日，中华全国总工会命名1000家单位为2023年度“全国职工书屋”示范点，我省中铁十二局集团第三工程有限公司等15家单位名列其中。",
     [("“全国职工书屋”示范点", "中铁十二局集团第三工程有限公司", 1, 1000, 2023, "current")]),
    # …and an honour taken by those named after it (made up, the same probe: no row had been made)
    ("一等奖由张建国获得，二等奖由李秀英获得。",
     [("一等奖", "张建国", 1, None, 2023, "current"), ("二等奖", "李秀英", 1, None, 2023, "current")]),
    ("本次比赛，电工项目冠军由市公交集团代表队摘得。", [("电工项目冠军", "市公交集团代表队", 1, None, 2023, "current")]),
    # (a holder's title is no act of giving: 全国五一劳动奖章获得者…等5名劳模作报告 had counted 劳模作报告 for 5; made up)
    ("全国五一劳动奖章获得者、中铁十二局焊工王大山，全国劳动模范李秀英等5名劳模作报告。", []),
    ("该项目由市总工会获得资金支持。", []),
    ("国网山东电力公司运维班扎根一线20年，今年荣获全国工人先锋号。",
     [("全国工人先锋号", "国网山东电力公司运维班", 1, None, 2023, "current")]),
    ("北京丘比食品有限公司沙拉充填班成立于2005年，2010年荣获全国工人先锋号。",
     [("全国工人先锋号", "北京丘比食品有限公司沙拉充填班", 1, None, 2010, "prior")]),
    # …a person the clause before describes by job title or workplace shares a subjectless clause's honour, as one
    # named bare does; a 的称号 that frames the name is no part of it
    ("中铁十二局集团公司焊工张建国扎根一线20年，今年荣获全国五一劳动奖章。",
     [("全国五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("52岁的钳工王大山扎根一线20年，2019年荣获全国五一劳动奖章。", [("全国五一劳动奖章", "王大山", 1, None, 2019, "prior")]),
    ("张建国荣获“最美职工”的称号。", [("最美职工", "张建国", 1, None, 2023, "current")]),
    # a probe of lists and counts (made up, 411 sentences): a roster after a colon, holders counted before what is done
    # to them, a choosing verb the prefilter lacked (产生, with a quoted name) — each had given nothing
    ("荣获全国五一劳动奖章的职工：高级技师张建国、焊工李明华。",
     [("全国五一劳动奖章", w, 1, 2, 2023, "current") for w in ("张建国", "李明华")]),
    ("大会对12名全国五一劳动奖章获得者进行了表彰。", [("全国五一劳动奖章", "", 12, 12, 2023, "current")]),
    ("全市共产生“最美职工”12名。", [("最美职工", "", 12, 12, 2023, "current")]),
    # …those counted as commended in the clause before share a subjectless clause's honour (made up, the count probe's
    # last shape: it had given nothing)
    ("大会上，12名职工受到表彰，被授予全国五一劳动奖章称号。", [("全国五一劳动奖章", "", 12, 12, 2023, "current")]),
    # an honour told as had (获得过, 荣获过: the 过 had been read into its name, and the row current) or as early in life
    # or before (早年, 此前 — 张建国此前 had been no name) is a record's, past (made up, a probe of status words)
    ("张建国获得过全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, None, "prior")]),
    ("张建国此前曾被评为全国劳动模范。", [("全国劳动模范", "张建国", 1, None, None, "prior")]),
    ("张建国早年荣获全国劳动模范称号。", [("全国劳动模范", "张建国", 1, None, None, "prior")]),
    # (seventeenth session, made up from a probe of 11 status shapes) a year opened by 早在 dates it, 就 is no part of
    # the name (张建国就, current, 2023 before); 蝉联 and 连续三年 are this time (no row before), and so is 第三次 (张建国第,
    # prior before); a subjectless clause after one that describes the person (…的张建国，今年又被评为…) is theirs
    ("早在2015年，张建国就荣获全国五一劳动奖章。", [("全国五一劳动奖章", "张建国", 1, None, 2015, "prior")]),
    ("张建国蝉联“最美职工”称号。", [("最美职工", "张建国", 1, None, 2023, "current")]),
    ("张建国连续三年获评“最美职工”。", [("最美职工", "张建国", 1, None, 2023, "current")]),
    ("张建国第三次获评市劳动模范。", [("市劳动模范", "张建国", 1, None, 2023, "current")]),
    ("张建国3次获评市劳动模范。", [("市劳动模范", "张建国", 1, None, None, "prior")]),
    # (made up, a probe of proposals, nominations and posthumous honours) an honour proposed or to come is none yet
    # (拟授予…，现予以公示 had been current), a nomination is the nomination, 追授 grants as 授予 does (no row before)
    ("经研究，拟授予张建国等10名同志“鹰城工匠”称号，现予以公示。", []),
    ("按照有关规定，前三名将被授予“贵州省技术能手”称号。", []),  # (…after them too: made up, thirty-second session)
    # those counted, where they come from told between (made up, thirty-second session, from a Macao union's news: 30名来自
    # 酒店 had been a unit honoured)
    ("澳门工会联合总会日前举行颁奖典礼，向30名来自酒店、博彩等行业的员工颁发“杰出员工奖”。", [("杰出员工奖", "", 30, 30, 2023, "current")]),
    ("10月9日，市总工会向50名来自建筑、物流等行业的农民工颁发“优秀农民工”证书。", [("优秀农民工", "", 50, 50, 2023, "current")]),
    ("张建国将获得全国五一劳动奖章。", []),
    ("张建国获得全国五一劳动奖章提名。", [("全国五一劳动奖章提名", "张建国", 1, None, 2023, "current")]),
    ("省总工会追授张建国“河南省五一劳动奖章”。", [("河南省五一劳动奖章", "张建国", 1, None, 2023, "current")]),
    ("2015年荣获全国五一劳动奖章的张建国，今年又被评为全国劳动模范。",
     [("全国五一劳动奖章", "张建国", 1, None, 2015, "prior"), ("全国劳动模范", "张建国", 1, None, 2023, "current")]),
    # seventeenth session, a probe of 12 more count shapes × 7 honours (84 sentences, made up): a count granted its
    # honour (授予12名职工“最美职工”: no row, or one named 职工“最美职工”), a count opened on its year or round (2023年我市…,
    # 此次共有…: no row; 今年共有12人入选…: the honour read as 入选…)
    ("市总工会授予12名职工“最美职工”称号。", [("最美职工", "", 12, 12, 2023, "current")]),
    ("省总工会授予12名职工“最美职工”。", [("最美职工", "", 12, 12, 2023, "current")]),
    ("2023年我市12名职工荣获全国五一劳动奖章。", [("全国五一劳动奖章", "", 12, 12, 2023, "current")]),
    ("此次共有12人当选全国五一劳动奖章。", [("全国五一劳动奖章", "", 12, 12, 2023, "current")]),
    ("今年共有12人入选“最美职工”。", [("最美职工", "", 12, 12, 2023, "current")]),
    # twenty-first session, briefs of commendations (made up): a grant's or a naming's further pairs after one verb (the
    # second pair had been lost, or read as an honour called 单位为“…”), a batch (首批, 第三批) before its count, a body's
    # designation of bases counted (命名, 认定 — not a visit to them), those of a count chosen named in the clause after,
    # and an honour quoted before 颁奖 with those it goes to — not with no one named or counted
    ("省总工会授予20个集体“省五一劳动奖状”、50名个人“省五一劳动奖章”。",
     [("省五一劳动奖状", "", 20, 20, 2023, "current"), ("省五一劳动奖章", "", 50, 50, 2023, "current")]),
    ("市总工会授予张三“最美职工”称号，李四“金牌工匠”称号。",
     [("最美职工", "张三", 1, None, 2023, "current"), ("金牌工匠", "李四", 1, None, 2023, "current")]),
    ("市总工会授予张三“最美职工”称号，并为其颁发证书。", [("最美职工", "张三", 1, None, 2023, "current")]),
    ("省总工会命名50个单位为“省级模范职工之家”、30名个人为“优秀工会工作者”。",
     [("省级模范职工之家", "", 50, 50, 2023, "current"), ("优秀工会工作者", "", 30, 30, 2023, "current")]),
    ("市总工会命名市一中工会、市二中工会等10家单位为“模范职工之家”。",  # (a list before 为 stays one: it had been cut)
     [("模范职工之家", "市一中工会", 1, 10, 2023, "current"), ("模范职工之家", "市二中工会", 1, 10, 2023, "current")]),
    # …a recipient's own name quoted, alone, after its unit or beside another, and a base's title unquoted (made up,
    # twenty-fourth session, from briefs: no row, or a count of an honour called 工作室为省级劳模)
    ("省总工会命名“李明劳模创新工作室”等10个工作室为“省级劳模和工匠人才创新工作室”。",
     [("省级劳模和工匠人才创新工作室", "李明劳模创新工作室", 1, 10, 2023, "current")]),
    ("省总工会命名市电力公司“李明劳模创新工作室”等10个工作室为省级劳模和工匠人才创新工作室。",
     [("省级劳模和工匠人才创新工作室", "市电力公司李明劳模创新工作室", 1, 10, 2023, "current")]),
    ("省总工会命名“李明劳模创新工作室”“王刚技能大师工作室”等10个工作室为“省级劳模和工匠人才创新工作室”。",
     [("省级劳模和工匠人才创新工作室", w, 1, 10, 2023, "current") for w in ("李明劳模创新工作室", "王刚技能大师工作室")]),
    # …the round's year before the quoted honour, and a team's 职工小家 named as a base is (made up, twenty-third session,
    # from a brief: the first had given no row, the second no one)
    ("市总工会命名市第一人民医院职工之家等20个单位为2025年度“市级模范职工之家”，命名市公交集团一车队职工小家等15个班组为"
     "“市级模范职工小家”。",
     [("市级模范职工之家", "市第一人民医院职工之家", 1, 20, 2025, "current"),
      ("市级模范职工小家", "市公交集团一车队职工小家", 1, 15, 2023, "current")]),
    # …the quoted honour's level before its quotes, its year before that (made up, twenty-fifth session, from briefs: no
    # row)
    ("市总工会命名市第一人民医院职工书屋、市公交集团职工书屋等10个职工书屋为2025年度市级“职工书屋示范点”。",
     [("市级“职工书屋示范点”", w, 1, 10, 2025, "current") for w in ("市第一人民医院职工书屋", "市公交集团职工书屋")]),
    ("省总工会命名省电力公司职工之家等30个单位为省级“模范职工之家”。",
     [("省级“模范职工之家”", "省电力公司职工之家", 1, 30, 2023, "current")]),
    ("市总工会命名市一中工会等10家单位为“模范职工之家”、市二中工会等5家单位为“职工书屋”示范点。",
     [("模范职工之家", "市一中工会", 1, 10, 2023, "current"), ("“职工书屋”示范点", "市二中工会", 1, 5, 2023, "current")]),
    ("区总工会命名首批10家区级职工创新工作室。", [("区级职工创新工作室", "", 10, 10, 2023, "current")]),
    ("市人社局认定20个市级技能大师工作室。", [("市级技能大师工作室", "", 20, 20, 2023, "current")]),
    ("市总工会表彰了第三批50名“最美职工”。", [("最美职工", "", 50, 50, 2023, "current")]),
    ("区总工会走访了10家职工创新工作室。", []),
    ("市总工会命名10家单位。", []),
    ("市总工会评选出2024年度“十大金牌工匠”，张建国、李秀梅等10人入选。",
     [("十大金牌工匠", "张建国", 1, 10, 2024, "current"), ("十大金牌工匠", "李秀梅", 1, 10, 2024, "current")]),
    ("市总工会评选出10名“最美环卫工人”，高级技师张建国、市环卫处工会主席李秀梅等人当选。",
     [("最美环卫工人", "张建国", 1, 10, 2023, "current"), ("最美环卫工人", "李秀梅", 1, 10, 2023, "current")]),
    ("区总工会为10名“最美快递员”颁奖。", [("最美快递员", "", 10, 10, 2023, "current")]),
    ("市总工会领导为张三、李四等5名“金牌工匠”颁奖。",
     [("金牌工匠", "张三", 1, 5, 2023, "current"), ("金牌工匠", "李四", 1, 5, 2023, "current")]),
    ("会上，市领导为“十大工匠”获得者颁奖。", []),
    # counts each before its honour, quoted or not (made up, twenty-third session, from briefs: no row); not those whose
    # words are no honour's (获奖选手, 困难职工), representatives, nor what is handed over (奖牌)
    ("12月18日，市总工会举行表彰大会，为50名优秀农民工颁奖。", [("优秀农民工", "", 50, 50, 2023, "current")]),
    ("会上，省总工会为10名“最美职工”和20名优秀工会工作者颁奖。",
     [("最美职工", "", 10, 10, 2023, "current"), ("优秀工会工作者", "", 20, 20, 2023, "current")]),
    ("会上，市领导为30个先进集体和50名先进个人颁发了荣誉证书。",
     [("先进集体", "", 30, 30, 2023, "current"), ("先进个人", "", 50, 50, 2023, "current")]),
    ("会上，为50名获奖选手颁奖。", []),
    ("市总工会为100名困难职工颁发慰问金。", []),
    ("会上，市总工会为20名劳模代表颁奖。", []),
    ("会上，市总工会为3家单位颁发了奖牌。", []),
    # a unit's name quoted after a description of it is the recipient (made up, twenty-third session, from briefs: the
    # description had stayed in it); a title runs on to its 称号 over a base's words (it had stopped at 劳模)
    ("以他名字命名的“王汉江劳模创新工作室”2018年被命名为全国示范性劳模和工匠人才创新工作室。",
     [("全国示范性劳模和工匠人才创新工作室", "王汉江劳模创新工作室", 1, None, 2018, "prior")]),
    ("由张强领衔的“张强技能大师工作室”今年被认定为国家级技能大师工作室。",
     [("国家级技能大师工作室", "张强技能大师工作室", 1, None, 2023, "current")]),
    ("该公司成立的“蓝天志愿服务队”荣获全省工会志愿服务优秀团队称号。",
     [("全省工会志愿服务优秀团队", "蓝天志愿服务队", 1, None, 2023, "current")]),
    ("市电力公司检修班荣获市级劳模创新工作室称号。", [("市级劳模创新工作室", "市电力公司检修班", 1, None, 2023, "current")]),
    ("市公交集团张明班组荣获全国工人先锋号示范岗称号。", [("全国工人先锋号示范岗", "市公交集团张明班组", 1, None, 2023, "current")]),
    # a surname the tokenizer cuts from a given name it reads on its own keeps the name whole (made up, twenty-third
    # session, from a brief: 快递小哥李明光 had been 明光, a county-level city)
    ("在日前揭晓的第十届“感动湖州”年度人物评选中，环卫工人张桂兰、快递小哥李明光榜上有名。",
     [("“感动湖州”年度人物", "张桂兰", 1, 2, 2023, "current"), ("“感动湖州”年度人物", "李明光", 1, 2, 2023, "current")]),
    # honours listed to 等荣誉, or to one 称号 after 和, are one row each; a record's honours the text does not date
    # have no year (made up, twenty-third session, from briefs: the first alone, dated the issue's year)
    ("王汉江先后获得湖北省五一劳动奖章、全国劳动模范等荣誉。",
     [("湖北省五一劳动奖章", "王汉江", 1, None, None, "prior"), ("全国劳动模范", "王汉江", 1, None, None, "prior")]),
    ("李红梅先后荣获全国三八红旗手、全国五一劳动奖章和全国劳动模范称号。",
     [("全国三八红旗手", "李红梅", 1, None, None, "prior"), ("全国五一劳动奖章", "李红梅", 1, None, None, "prior"),
      ("全国劳动模范", "李红梅", 1, None, None, "prior")]),
    # bare kinds counted after as many honours as the act before named, each its honour in order (made up: no row);
    # not when the kinds' words tell the honours apart (先进集体 / 集体), nor when the counts are fewer
    ("近日，全总命名表彰了2022年度全国模范职工之家、全国模范职工小家和全国优秀工会工作者，我市有3家单位、2个班组和1名个人受到表彰。",
     [("全国模范职工之家", "", 3, 3, 2022, "current"), ("全国模范职工小家", "", 2, 2, 2022, "current"),
      ("全国优秀工会工作者", "", 1, 1, 2022, "current")]),
    ("省总工会表彰了全省五一劳动奖状、五一劳动奖章和工人先锋号获得者，我市5家单位、10名职工和3个班组受到表彰。",
     [("全省五一劳动奖状", "", 5, 5, 2023, "current"), ("全省五一劳动奖章", "", 10, 10, 2023, "current"),
      ("工人先锋号", "", 3, 3, 2023, "current")]),
    ("省总工会表彰了全省五一劳动奖状、五一劳动奖章和工人先锋号获得者，我市5家单位、10名职工受到表彰。", []),
    # a list named by its honour alone, 中 after it (…命名的“省级模范职工之家”中: 中 had stayed in the honour), and a
    # decision published as a list is (发布…表彰决定，我市3名职工榜上有名，他们分别是…) — made up, twenty-first session
    ("在省总工会日前命名的2022年度“省级模范职工之家”中，某纺织公司工会、县人民医院工会榜上有名。",
     [("省级模范职工之家", "某纺织公司工会", 1, 2, 2022, "current"), ("省级模范职工之家", "县人民医院工会", 1, 2, 2022, "current")]),
    ("在市总工会日前公布的2022年度“最美职工”中，张建国、李秀梅名列其中。",
     [("最美职工", "张建国", 1, 2, 2022, "current"), ("最美职工", "李秀梅", 1, 2, 2022, "current")]),
    ("近日，全国总工会发布2022年全国五一劳动奖表彰决定，我市3名职工榜上有名，他们分别是：市供电公司高级技师王建华、"
     "市人民医院护士长刘敏、某汽车公司焊工张磊。",
     [("全国五一劳动奖", w, 1, 3, 2022, "current") for w in ("王建华", "刘敏", "张磊")]),
    ("近日，省总工会公布2022年度全省五一劳动奖表彰决定，我市5个集体榜上有名。",
     [("全省五一劳动奖", "", 5, 5, 2022, "current")]),
    # the units counted after a clause that commended their honour by 对…进行了(通报)表彰 (made up, twenty-first session)
    ("日前，市政府对2022年度全市安全生产先进单位进行了通报表彰，市公交集团等20家单位受到表彰。",
     [("全市安全生产先进单位", "市公交集团", 1, 20, 2022, "current")]),
    ("日前，省总工会对2022年度工会工作先进集体进行了表彰，市总工会等30个集体受到表彰。",
     [("工会工作先进集体", "市总工会", 1, 30, 2022, "current")]),
    # one of a count the sentence before gave, named as a member of it in the next (made up, twenty-first session)
    ("近日，省总工会命名50个单位为“省级模范职工之家”。某纺织公司工会、县人民医院工会榜上有名。",
     [("省级模范职工之家", "", 50, 50, 2023, "current"), ("省级模范职工之家", "某纺织公司工会", 1, 50, 2023, "current"),
      ("省级模范职工之家", "县人民医院工会", 1, 50, 2023, "current")]),
    ("近日，全国总工会、国家卫生健康委联合发文，授予100个医疗卫生集体“全国五一劳动奖状”。市第一人民医院位列其中。",
     [("全国五一劳动奖状", "", 100, 100, 2023, "current"), ("全国五一劳动奖状", "市第一人民医院", 1, 100, 2023, "current")]),
    # …or in a sentence before that, the one in between naming no honour (made up, twenty-eighth session, from briefs: no
    # one had been read); one in between that names another list is that list's
    ("近日，省总工会命名50个单位为“省级模范职工之家”。这些单位均建立了完善的职工服务体系。某纺织公司工会、县人民医院工会名列其中。",
     [("省级模范职工之家", "", 50, 50, 2023, "current"), ("省级模范职工之家", "某纺织公司工会", 1, 50, 2023, "current"),
      ("省级模范职工之家", "县人民医院工会", 1, 50, 2023, "current")]),
    ("近日，省总工会公布“齐鲁大工匠”名单，12名一线职工入选。入选者中，既有老技师，也有青年骨干。孙海涛、刘明亮等人名列其中。",
     [("齐鲁大工匠", "", 12, 12, 2023, "current"), ("齐鲁大工匠", "孙海涛", 1, 12, 2023, "current"),
      ("齐鲁大工匠", "刘明亮", 1, 12, 2023, "current")]),
    ("近日，省总工会表彰10个先进集体。会上还发布了“最美职工”名单。张三名列其中。",
     [("先进集体", "", 10, 10, 2023, "current"), ("最美职工", "张三", 1, None, 2023, "current")]),
    # units quoted by their names before a count of their kind are the list's members, no works' titles (made up,
    # twenty-eighth session, from briefs: no one had been read) — works so quoted stay no one
    ("近日，市总工会公布第五批市级劳模和工匠人才创新工作室名单，“张伟劳模创新工作室”等15个工作室上榜。",
     [("市级劳模和工匠人才创新工作室", "张伟劳模创新工作室", 1, 15, 2023, "current")]),
    ("近日，市总工会公布2025年度“工人先锋号”名单，“市公交集团第一车队驾驶班”等20个班组榜上有名。",
     [("工人先锋号", "市公交集团第一车队驾驶班", 1, 20, 2025, "current")]),
    # those named as some of a ranking's N (made up, twenty-eighth session, from briefs: the last named had been lost)
    ("5月1日，市总工会举行颁奖典礼，为张伟、李娜、王强等十大“金牌工人”颁发奖杯和证书。",
     [("金牌工人", w, 1, 10, 2023, "current") for w in ("张伟", "李娜", "王强")]),
    # results 揭晓 before those chosen (made up, twenty-eighth session, from briefs: the count alone had been read)
    ("近日，团市委、市总工会联合揭晓第八届“十大杰出青年职工”评选结果，市地铁集团工程师陈晨、市第二医院医生刘洋等10人当选。",
     [("十大杰出青年职工", w, 1, 10, 2023, "current") for w in ("陈晨", "刘洋")]),
    ("近日，市总工会揭晓2025年度“最美职工”评选结果，张伟、李强等20人当选。",
     [("最美职工", w, 1, 20, 2025, "current") for w in ("张伟", "李强")]),
    # each listed honour after the first by the year it opens on (made up, twenty-eighth session, from a profile: all had
    # been the first's year)
    ("李万君先后荣获2016年度全国五一劳动奖章、2019年全国劳动模范、2021年“大国工匠年度人物”等荣誉。",
     [("全国五一劳动奖章", "李万君", 1, None, 2016, "prior"), ("全国劳动模范", "李万君", 1, None, 2019, "prior"),
      ("大国工匠年度人物", "李万君", 1, None, 2021, "prior")]),
    ("王丽先后获得2018年省五一劳动奖章、2020年全国三八红旗手称号。",
     [("省五一劳动奖章", "王丽", 1, None, 2018, "prior"), ("全国三八红旗手", "王丽", 1, None, 2020, "prior")]),
    # a part of those counted before, by its count alone after 其中, is a count, not the clause before (made up,
    # twenty-eighth session, from a year's review: the 80 built had been read as the recipient)
    ("新建职工驿站120家、职工书屋80家，其中12家职工书屋被命名为全国职工书屋示范点。",
     [("全国职工书屋示范点", "", 12, 12, 2023, "current")]),
    ("新建职工书屋80家，其中12家被命名为全国职工书屋示范点。", [("全国职工书屋示范点", "", 12, 12, 2023, "current")]),
    # the month's or season's 好人 a civilisation office lists, and those 荣登榜单 of a list named before (made up,
    # twenty-eighth session, from briefs: no row)
    ("近日，中央文明办发布11月“中国好人榜”，市公交集团驾驶员周梅荣登榜单。", [("中国好人", "周梅", 1, None, 2023, "current")]),
    ("近日，省文明办发布第三季度“浙江好人榜”，市环卫处清扫工李兰登上榜单。", [("浙江好人", "李兰", 1, None, 2023, "current")]),
    # a team named by its place (made up, twenty-eighth session, from briefs of national contests: no team had been read)
    # — not a team described (参赛代表队, 各代表队)
    ("11月8日，全国职工技能大赛决赛在江苏南京落幕。长沙代表队获得团体一等奖，江苏省代表队获得团体二等奖。",
     [("团体一等奖", "长沙代表队", 1, None, 2023, "current"), ("团体二等奖", "江苏省代表队", 1, None, 2023, "current")]),
    ("11月8日，全国职工技能大赛决赛在江苏南京落幕。各代表队获得纪念奖。", []),
    # …and the part of the contest a 桂冠 was won in (made up, twenty-eighth session, from briefs: no row)
    ("11月8日，全国职工技能大赛决赛在江苏南京落幕。湖南湘江新区代表队摘得团体赛桂冠。",
     [("团体赛冠军", "湖南湘江新区代表队", 1, None, 2023, "current")]),
    ("11月8日，全市职工技能大赛落幕。张强摘得焊工项目桂冠。", [("焊工项目冠军", "张强", 1, None, 2023, "current")]),
    # those commended as the object of 对…进行表彰, named before each count (made up, twenty-eighth session, from briefs: no
    # one had been read, or 对市公交集团)
    ("8月1日，市总工会召开大会，对张强、李明等10名“最美退役军人职工”进行表彰。",
     [("最美退役军人职工", "张强", 1, 10, 2023, "current"), ("最美退役军人职工", "李明", 1, 10, 2023, "current")]),
    ("8月1日，市总工会召开大会，对市公交集团等20个先进集体和张强等50名先进个人进行了表彰。",
     [("先进集体", "市公交集团", 1, 20, 2023, "current"), ("先进个人", "张强", 1, 50, 2023, "current")]),
    ("8月1日，市总工会召开大会，对张强等5名优秀工会工作者给予表彰。", [("优秀工会工作者", "张强", 1, 5, 2023, "current")]),
    # an honour named with its round earlier in the sentence is of that round (made up: the issue's year)
    ("由中华全国总工会主办的2022年“大国工匠年度人物”发布活动在京举行，王刚、李娜等10人获评“大国工匠年度人物”。",
     [("大国工匠年度人物", "王刚", 1, 10, 2022, "current"), ("大国工匠年度人物", "李娜", 1, 10, 2022, "current")]),
    # the honour told in the clause before, then its roster, in the sentence or on the lines below (made up,
    # twenty-ninth session, from briefs: no row)
    ("近日，市总工会表彰了2023年度“最美职工”，名单如下：\n张伟（市公交集团）\n李红（市第一人民医院）",
     [("最美职工", "张伟", 1, 2, 2023, "current"), ("最美职工", "李红", 1, 2, 2023, "current")]),
    ("近日，市总工会评选出2023年度“十佳职工”，名单如下：张伟（市公交集团）、李红（市第一人民医院）、王强（市自来水公司）。",
     [("十佳职工", w, 1, 3, 2023, "current") for w in ("张伟", "李红", "王强")]),
    ("近日，县总工会命名了2023年度县级职工创新工作室，名单如下：\n张伟劳模创新工作室（县供电公司）\n李红技能大师工作室（县人民医院）",
     [("县级职工创新工作室", "张伟劳模创新工作室", 1, 2, 2023, "current"),
      ("县级职工创新工作室", "李红技能大师工作室", 1, 2, 2023, "current")]),
    # a clause whose subject is only a count is a count, not the people the clause before named (made up, twenty-ninth
    # session, from a contest's report: the first prize's winners had won the second too)
    ("张三、李四获得一等奖，另有5名选手获得二等奖。", [("一等奖", "张三", 1, 2, 2023, "current"), ("一等奖", "李四", 1, 2, 2023, "current"),
                                        ("二等奖", "", 5, 5, 2023, "current")]),
    ("经过激烈角逐，来自浙江的李芳和广东的陈立获得金奖，8名选手获得银奖。",
     [("金奖", "李芳", 1, 2, 2023, "current"), ("金奖", "陈立", 1, 2, 2023, "current"), ("银奖", "", 8, 8, 2023, "current")]),
    # …or of those counted with where they came from (made up, thirtieth session, from contests' results: no row) — a
    # person said to come from a place stays that person
    ("经过激烈角逐，来自江苏、广东、浙江等地的30名选手获得一等奖，60名选手获得二等奖。",
     [("一等奖", "", 30, 30, 2023, "current"), ("二等奖", "", 60, 60, 2023, "current")]),
    ("最终，来自全省各行业的20名职工获评“金牌工人”。", [("金牌工人", "", 20, 20, 2023, "current")]),
    ("来自江苏的张三获得一等奖。", [("一等奖", "张三", 1, None, 2023, "current")]),
    # those named before a published list's count, each with a long bracketed workplace and trade (made up, thirtieth
    # session, from lists of those honoured: the name whose bracket ran past twelve characters had been lost)
    ("近日，省总工会发布2023年度“最美农民工”名单，周建（中建三局成都分公司钢筋工）、马兰（成都顺丰速运有限公司快递员）等10名农民工入选。",
     [("最美农民工", w, 1, 10, 2023, "current") for w in ("周建", "马兰")]),
    ("日前，市总工会公布2023年度“十佳职工”，王兰（国网成都市青白江区供电公司变电运维工）、李强（市公交集团公交驾驶员）等10人当选。",
     [("十佳职工", w, 1, 10, 2023, "current") for w in ("王兰", "李强")]),
    # …or those counted with where they came from after the count, and some of them named after 其中包括 (made up, thirtieth
    # session, from a Hong Kong union's awards and briefs: no row)
    ("香港工会联合会日前举行颁奖典礼，共有20名来自不同行业的员工获颁“杰出员工奖”，其中包括港铁车长陈大文、医院管理局护士李美玲等。",
     [("杰出员工奖", "陈大文", 1, 20, 2023, "current"), ("杰出员工奖", "李美玲", 1, 20, 2023, "current")]),
    ("我市共有5名职工获评“最美职工”，其中包括市公交集团驾驶员张伟、市人民医院护士李娜。",
     [("最美职工", "张伟", 1, 5, 2023, "current"), ("最美职工", "李娜", 1, 5, 2023, "current")]),
    ("经过激烈角逐，共有30名来自全省各地的选手获得一等奖。", [("一等奖", "", 30, 30, 2023, "current")]),
    # 获此殊荣 after a grant counted in its sentence: the honour after the grant's verb and count, not the words before it
    # (made up, twenty-ninth session, from briefs: 工会近日授予200个单位全国五一劳动奖状 had been the honour)
    ("全国总工会近日授予200个单位全国五一劳动奖状，我省有6家单位获此殊荣。",
     [("全国五一劳动奖状", "", 200, 200, 2023, "current"), ("全国五一劳动奖状", "", 6, 6, 2023, "current")]),
    ("省总工会近日授予100名职工省五一劳动奖章，我市张伟、李娜获此殊荣。",
     [("省五一劳动奖章", "", 100, 100, 2023, "current"), ("省五一劳动奖章", "张伟", 1, 2, 2023, "current"),
      ("省五一劳动奖章", "李娜", 1, 2, 2023, "current")]),
    # 光荣 and 荣幸 between the recipient and the verb are no part of the name (made up, thirtieth session, from briefs:
    # 张伟光荣 had been the recipient)
    ("张伟光荣当选2022年度“全国十大杰出青年”。", [("全国十大杰出青年", "张伟", 1, None, 2022, "current")]),
    ("李娜荣幸地获得“最美职工”称号。", [("最美职工", "李娜", 1, None, 2023, "current")]),
    # the plaque a designation hangs given to those counted (为…授牌), as a prize given (made up, thirtieth session, from
    # briefs: no row) — not a plaque for stations opened, no honour
    ("开幕式上，市总工会为10个职工文化示范单位授牌。", [("职工文化示范单位", "", 10, 10, 2023, "current")]),
    ("会上，市总工会为10家“模范职工之家”授牌。", [("模范职工之家", "", 10, 10, 2023, "current")]),
    # …a base's kind made a title by its level, those it goes to described before their count (made up, thirty-second
    # session, from briefs: no row)
    ("5月9日，衢州市总工会为新命名的15家市级劳模创新工作室授牌。", [("市级劳模创新工作室", "", 15, 15, 2023, "current")]),
    ("6月2日，省总工会为新认定的10个省级职工创新工作室授牌。", [("省级职工创新工作室", "", 10, 10, 2023, "current")]),
    ("6月2日，区总工会为20个工作室授牌。", []),
    ("5月8日，市总工会为新建的20个户外劳动者服务站点授牌。", []),
    # 将 those named before the verb (将…命名为, 评为) gives each the honour (made up, thirty-first session, from briefs: no
    # row, or the headline's count alone) — not a body made a priority
    ("近日，团市委、市总工会联合发文，将市供电公司抢修班、市自来水公司维修队命名为“青年文明号”。",
     [("青年文明号", "市供电公司抢修班", 1, 2, 2023, "current"), ("青年文明号", "市自来水公司维修队", 1, 2, 2023, "current")]),
    ("近日，市总工会将张伟劳模创新工作室命名为市级劳模创新工作室。",
     [("市级劳模创新工作室", "张伟劳模创新工作室", 1, None, 2023, "current")]),
    ("近日，市总工会将市公交集团工会等10家单位评为“模范职工之家”。", [("模范职工之家", "市公交集团工会", 1, 10, 2023, "current")]),
    ("近日，市总工会将职工服务中心确定为全市工会工作的重点。", []),
    # honours listed each with its year in brackets after it, the first's too (made up, thirty-first session, from
    # profiles: the honours after the first had been lost)
    ("张伟先后获得全国劳动模范（2015年）、全国五一劳动奖章（2012年）等荣誉。",
     [("全国劳动模范", "张伟", 1, None, 2015, "prior"), ("全国五一劳动奖章", "张伟", 1, None, 2012, "prior")]),
    ("王强先后荣获省技术能手（2018年）、市劳动模范（2016年）等荣誉称号。",
     [("省技术能手", "王强", 1, None, 2018, "prior"), ("市劳动模范", "王强", 1, None, 2016, "prior")]),
    # counts commended with a description of them before, and each honour's holders' word after it (made up, thirty-first
    # session, from briefs: the first count alone, or no row)
    ("4月28日，大会对在疫情防控中表现突出的100个先进集体和200名先进个人进行了表彰。",
     [("先进集体", "", 100, 100, 2023, "current"), ("先进个人", "", 200, 200, 2023, "current")]),
    ("4月28日，大会对在抗洪抢险中涌现出的50个先进集体和80名先进个人进行了表彰。",
     [("先进集体", "", 50, 50, 2023, "current"), ("先进个人", "", 80, 80, 2023, "current")]),
    ("4月28日，会上表彰了市五一劳动奖状获得单位20个、市五一劳动奖章获得者50名。",
     [("市五一劳动奖状", "", 20, 20, 2023, "current"), ("市五一劳动奖章", "", 50, 50, 2023, "current")]),
    ("4月28日，大会表彰了全国五一劳动奖状获奖单位10个、全国五一劳动奖章获得者30名。",
     [("全国五一劳动奖状", "", 10, 10, 2023, "current"), ("全国五一劳动奖章", "", 30, 30, 2023, "current")]),
    # the act done for those named is no part of a name (made up, thirty-first session, from briefs: 王明颁奖)
    ("4月28日，区总工会为获得全国技术能手称号的王明颁奖。", [("全国技术能手", "王明", 1, None, 2023, "current")]),
    ("4月28日，市总工会为荣获“最美职工”称号的李娜颁奖。", [("最美职工", "李娜", 1, None, 2023, "current")]),
    # the first edition (首届) is no part of the honour's name, as 第三届 is none (made up, thirty-first session, from briefs)
    ("5月28日，县总工会公布首届“十佳农民工”名单，建筑工人马强、快递员刘东等10人当选。",
     [("十佳农民工", "马强", 1, 10, 2023, "current"), ("十佳农民工", "刘东", 1, 10, 2023, "current")]),
    ("5月28日，马强荣获2022年首届“十佳农民工”称号。", [("十佳农民工", "马强", 1, None, 2022, "current")]),
    # an honour's results or list published, then who they are in the clause after (made up, thirty-first session, from
    # briefs: no row) — not a list published alone
    ("日前，市总工会公布2024年度“金牌职工”评选结果，获奖人员依次为：市公交集团驾驶员周强、市供水集团管道工吴刚。",
     [("金牌职工", "周强", 1, 2, 2024, "current"), ("金牌职工", "吴刚", 1, 2, 2024, "current")]),
    ("日前，市总工会公布2024年度“金牌职工”名单，分别是：周强、吴刚、郑丽。",
     [("金牌职工", w, 1, 3, 2024, "current") for w in ("周强", "吴刚", "郑丽")]),
    ("日前，市总工会公布2024年度“金牌职工”名单，名单将在网站公示。", []),
    # …or named, then counted, before the title (made up, thirty-first session, from briefs: no row) — a base's kind a
    # title only by its level or standing (not 20个工作室)
    ("9月26日，省总工会为“熊辉劳模创新工作室”等20个省级示范性劳模和工匠人才创新工作室授牌。",
     [("省级示范性劳模和工匠人才创新工作室", "熊辉劳模创新工作室", 1, 20, 2023, "current")]),
    ("9月26日，市总工会为市公交集团工会等10家“模范职工之家”授牌。", [("模范职工之家", "市公交集团工会", 1, 10, 2023, "current")]),
    ("会上，市总工会为张伟、李娜等10名优秀农民工颁奖。",
     [("优秀农民工", "张伟", 1, 10, 2023, "current"), ("优秀农民工", "李娜", 1, 10, 2023, "current")]),
    ("9月26日，市总工会为“张伟劳模创新工作室”等20个工作室授牌。", []),
    # a count with its year between it and the title (made up, thirtieth session, from briefs: no row)
    ("近日，市总工会评选出3名2022年度“最美职工”，他们是：张一、王二、李三。",
     [("最美职工", w, 1, 3, 2022, "current") for w in ("张一", "王二", "李三")]),
    ("近日，市总工会评选出10名2022年度“最美职工”。", [("最美职工", "", 10, 10, 2022, "current")]),
    # a merit recorded (荣立…等功) is an honour (made up, thirtieth session, from briefs: no row)
    ("近日，张伟荣立个人二等功。", [("个人二等功", "张伟", 1, None, 2023, "current")]),
    ("在抗洪抢险中，市消防救援支队特勤中队荣立集体一等功。", [("集体一等功", "市消防救援支队特勤中队", 1, None, 2023, "current")]),
    # …and one recorded for them, 被记 or 荣记 (made up, thirty-first session, from briefs: no row) — not 被记入 a file
    ("近日，经公安部批准，民警赵刚被记个人一等功。", [("个人一等功", "赵刚", 1, None, 2023, "current")]),
    ("近日，市消防救援支队特勤中队被记集体二等功，队员王林荣记三等功。",
     [("集体二等功", "市消防救援支队特勤中队", 1, None, 2023, "current"), ("三等功", "王林", 1, None, 2023, "current")]),
    ("近日，张三的事迹被记入市志。", []),
    # …and one a body named records, 被…记 (made up, thirty-third session, from briefs: no row) — not 被记者写成…
    ("近日，张伟被市委、市政府记二等功一次。", [("二等功", "张伟", 1, None, 2023, "current")]),
    ("近日，民警李强被公安部记个人一等功。", [("个人一等功", "李强", 1, None, 2023, "current")]),
    ("他的事迹被记者写成了报道，被大家记在心里。", []),
    # those from here a published list counts with 有 alone (made up, thirtieth session, from briefs: no row)
    ("近日公布的全国五一劳动奖章获得者名单中，我市有3人。", [("全国五一劳动奖章", "", 3, 3, 2023, "current")]),
    ("在全国总工会日前命名的2022年“全国模范职工之家”中，我省有30家单位。", [("全国模范职工之家", "", 30, 30, 2022, "current")]),
    # a 他 after a time with no comma, and a later clause's own 今年 or 去年 over the year the sentence opens on (made up,
    # thirtieth session, from profiles: no row, or the second honour the first's year, past)
    ("张伟是一名焊工。2018年他曾被评为省劳动模范，今年又荣获全国五一劳动奖章。",
     [("省劳动模范", "张伟", 1, None, 2018, "prior"), ("全国五一劳动奖章", "张伟", 1, None, 2023, "current")]),
    ("李红是一名护士。2019年她被评为“最美护士”。", [("最美护士", "李红", 1, None, 2019, "prior")]),
    ("张伟是一名焊工。2015年，他获得全国技术能手称号，去年又被评为全国劳动模范。",
     [("全国技术能手", "张伟", 1, None, 2015, "prior"), ("全国劳动模范", "张伟", 1, None, 2022, "current")]),
    ("张伟是一名焊工。2015年，他获得全国技术能手称号，2019年又被评为全国劳动模范。",
     [("全国技术能手", "张伟", 1, None, 2015, "prior"), ("全国劳动模范", "张伟", 1, None, 2019, "prior")]),
    # …and of those counted by kind after a grant of several kinds, the honour that grant gave their kind (made up,
    # thirtieth session, from briefs: all had taken the last kind's honour, its counted word with it)
    ("省总工会决定，授予100个单位省五一劳动奖状、300名个人省五一劳动奖章、100个集体省工人先锋号。我市共有3个单位、12名个人、4个集体获此殊荣。",
     [("省五一劳动奖状", "", 100, 100, 2023, "current"), ("省五一劳动奖章", "", 300, 300, 2023, "current"),
      ("省工人先锋号", "", 100, 100, 2023, "current"), ("省五一劳动奖状", "", 3, 3, 2023, "current"),
      ("省五一劳动奖章", "", 12, 12, 2023, "current"), ("省工人先锋号", "", 4, 4, 2023, "current")]),
    ("全国总工会近日授予200个单位全国五一劳动奖状、900名个人全国五一劳动奖章。我省有5家单位获此殊荣。",
     [("全国五一劳动奖状", "", 200, 200, 2023, "current"), ("全国五一劳动奖章", "", 900, 900, 2023, "current"),
      ("全国五一劳动奖状", "", 5, 5, 2023, "current")]),
    ("全国总工会近日授予200个单位全国五一劳动奖状、900名个人全国五一劳动奖章。我市张伟、李娜获此殊荣。",
     [("全国五一劳动奖状", "", 200, 200, 2023, "current"), ("全国五一劳动奖章", "", 900, 900, 2023, "current"),
      ("全国五一劳动奖章", "张伟", 1, 2, 2023, "current"), ("全国五一劳动奖章", "李娜", 1, 2, 2023, "current")]),
    # one named before 等 of those a published list counts is a row (made up, twenty-ninth session, from a national item:
    # the count alone had been read, as two named gave both)
    ("日前，全国总工会、中央广播电视总台联合发布2022年“大国工匠年度人物”，洪家光等10人入选。",
     [("大国工匠年度人物", "洪家光", 1, 10, 2022, "current")]),
    ("日前，全国总工会发布2022年“大国工匠年度人物”名单，张建国等10人入选。", [("大国工匠年度人物", "张建国", 1, 10, 2022, "current")]),
    # a frame after a quoted honour is no part of it (made up, twenty-ninth session: “人民楷模”国家)
    ("王有德被授予“人民楷模”国家荣誉称号。", [("人民楷模", "王有德", 1, None, 2023, "current")]),
    ("黄大年被追授“时代楷模”国家荣誉称号。", [("时代楷模", "黄大年", 1, None, 2023, "current")]),
    # a candidacy is no title (made up, twenty-ninth session, from a feature and briefs: the title had been read), as a
    # nomination (提名) is none
    ("张伟是一名焊工。今年，他入选“大国工匠年度人物”候选人。", [("大国工匠年度人物候选人", "张伟", 1, None, 2023, "current")]),
    ("李红是一名护士。今年，她被确定为“最美职工”候选人。", [("最美职工候选人", "李红", 1, None, 2023, "current")]),
    # …or in the sentence before a roster's opening standing alone (made up, twenty-ninth session, from rosters: the one
    # named in the grant alone had been read)
    ("省总工会决定，授予张伟等3名职工2023年省五一劳动奖章。名单如下：\n张伟（省电力公司高级技师）\n李娜（省人民医院护士长）\n"
     "王强（省建工集团钢筋工）", [("省五一劳动奖章", w, 1, 3, 2023, "current") for w in ("张伟", "李娜", "王强")]),
    ("区总工会决定，命名2个班组为2023年度区级工人先锋号。具体名单如下：\n区公交公司第一车队\n区供水公司抢修班",
     [("区级工人先锋号", "", 2, 2, 2023, "current"), ("区级工人先锋号", "区公交公司第一车队", 1, 2, 2023, "current"),
      ("区级工人先锋号", "区供水公司抢修班", 1, 2, 2023, "current")]),
    # …a bracket inside a name that goes on after it kept (made up, twenty-ninth session, from rosters: 天津港有限公司)
    ("全国总工会决定，授予天津港（集团）有限公司等2个单位2023年全国五一劳动奖状。名单如下：\n天津港（集团）有限公司\n"
     "河钢集团（唐钢公司）", [("全国五一劳动奖状", "天津港（集团）有限公司", 1, 2, 2023, "current"),
                      ("全国五一劳动奖状", "河钢集团", 1, 2, 2023, "current")]),
    ("近日，市总工会表彰了2023年度“模范职工之家”，名单如下：市港务（集团）有限公司工会、市第一人民医院工会（市卫健委）。",
     [("模范职工之家", "市港务（集团）有限公司工会", 1, 2, 2023, "current"), ("模范职工之家", "市第一人民医院工会", 1, 2, 2023, "current")]),
    # …not a plan told so (具体安排如下: no honour)
    ("近日，市总工会部署了2023年“送清凉”活动，具体安排如下：\n7月10日启动\n8月31日结束", []),
    # one of a count named by 是其中之一, in its sentence or a later one — one between with a quoted word that is no
    # honour's (made up, thirty-third session, from features: no one had been read)
    ("今年，10名职工获得“最美职工”称号。中国铁路兰州局集团公司桥隧工张明是其中之一。",
     [("最美职工", "", 10, 10, 2023, "current"), ("最美职工", "张明", 1, 10, 2023, "current")]),
    ("今年，全国总工会授予10名职工“最美职工”称号，兰州桥隧工张明就是其中一位。",
     [("最美职工", "", 10, 10, 2023, "current"), ("最美职工", "张明", 1, 10, 2023, "current")]),
    ("今年，10名职工获得“最美职工”称号。他们中，有扎根一线30年的铁路桥隧工，有勇闯“无人区”的电力巡线员。桥隧工张明是其中之一。",
     [("最美职工", "", 10, 10, 2023, "current"), ("最美职工", "张明", 1, 10, 2023, "current")]),
    # …and a batch counted after its honour (评出“齐鲁工匠”20名): as counted before it (made up, thirty-third session, from
    # features: the honour had been “三秦工匠”30名)
    ("本届共评出“齐鲁工匠”20名，济南二机床集团钳工李刚是其中之一。", [("齐鲁工匠", "李刚", 1, 20, 2023, "current")]),
    ("省总工会评选出“三秦工匠”30名，陕汽集团钳工王刚名列其中。", [("三秦工匠", "王刚", 1, 30, 2023, "current")]),
    # the round named with no body publishing it, then who was chosen (made up, thirty-third session, from features: no
    # row)
    ("在今年的全国三八红旗手评选中，湖南一家纺织厂的挡车工李红梅光荣上榜。", [("全国三八红旗手", "李红梅", 1, None, 2023, "current")]),
    ("在2022年“大国工匠年度人物”评选中，中国中车焊工李万君当选。", [("大国工匠年度人物", "李万君", 1, None, 2022, "current")]),
    ("在评选中，他表现突出。", []),
    # one's kin before a name, and 刚刚 before the verb, are no part of the name (made up, thirty-third session, from
    # features: no row, or 孙女王丽, 李强刚刚)
    ("孙子王磊今年刚刚获得唐山市劳动模范称号。", [("唐山市劳动模范", "王磊", 1, None, 2023, "current")]),
    ("一家三代出了三位劳模：爷爷王振山1959年被评为全国劳动模范，孙女王丽今年获得唐山市劳动模范称号。",
     [("全国劳动模范", "王振山", 1, None, 1959, "prior"), ("唐山市劳动模范", "王丽", 1, None, 2023, "current")]),
    ("哥哥张伟去年获评全国技术能手，弟弟张强今年又获得省技术能手称号。",
     [("全国技术能手", "张伟", 1, None, 2022, "current"), ("省技术能手", "张强", 1, None, 2023, "current")]),
    ("市公交集团驾驶员李强刚刚荣获全国五一劳动奖章。", [("全国五一劳动奖章", "李强", 1, None, 2023, "current")]),
    ("孙悦获得全国技术能手称号。", [("全国技术能手", "孙悦", 1, None, 2023, "current")]),
    # a union's active members commended, counted after the first count (made up, thirty-third session, from briefs:
    # lost) — not a party's candidates
    ("近日，市总工会表彰了30名优秀工会工作者、50名工会积极分子。",
     [("优秀工会工作者", "", 30, 30, 2023, "current"), ("工会积极分子", "", 50, 50, 2023, "current")]),
    ("近日，市总工会表彰了2023年度“优秀工会工作者”30名、“工会积极分子”50名。",
     [("优秀工会工作者", "", 30, 30, 2023, "current"), ("工会积极分子", "", 50, 50, 2023, "current")]),
    ("近日，支部确定了10名入党积极分子。", []),
    # a clause before telling what its subject is (X是一名…) gives the subject, and an honour held from before a year only
    # its own clause names (made up, thirty-third session, from profiles: 王强是, and the issue's year)
    ("王强是一名焊工，多次获得省技术能手称号，今年被评为全国劳动模范。",
     [("省技术能手", "王强", 1, None, None, "prior"), ("全国劳动模范", "王强", 1, None, 2023, "current")]),
    ("刘洋是一名电工，去年获得省技术能手称号。", [("省技术能手", "刘洋", 1, None, 2022, "current")]),
    ("赵敏是一位社区护士，曾获评全国三八红旗手。", [("全国三八红旗手", "赵敏", 1, None, None, "prior")]),
    ("李娜是市第一人民医院的护士长。她曾获得全国三八红旗手称号，今年又荣获全国五一劳动奖章。",
     [("全国三八红旗手", "李娜", 1, None, None, "prior"), ("全国五一劳动奖章", "李娜", 1, None, 2023, "current")]),
    # those counted, their kind, then the honour's round year (made up, thirty-third session, from briefs: the honour had
    # been 职工2022年度省五一劳动奖章, the issue's year)
    ("近日，省总工会授予50名职工2022年度省五一劳动奖章。", [("省五一劳动奖章", "", 50, 50, 2022, "current")]),
    ("近日，全总授予966名职工2023年全国五一劳动奖章。", [("全国五一劳动奖章", "", 966, 966, 2023, "current")]),
    # titles each before its count, parted by commas (made up, thirty-third session, from briefs: the first count
    # alone) — not a count of those who came
    ("大赛共评出一等奖5名，二等奖10名，三等奖15名。",
     [("一等奖", "", 5, 5, 2023, "current"), ("二等奖", "", 10, 10, 2023, "current"), ("三等奖", "", 15, 15, 2023, "current")]),
    ("会议表彰了先进集体20个，先进个人50名。",
     [("先进集体", "", 20, 20, 2023, "current"), ("先进个人", "", 50, 50, 2023, "current")]),
    ("会议表彰了先进集体20个，参会人员300名。", [("先进集体", "", 20, 20, 2023, "current")]),
    # a locality's community or subdistrict honoured is a collective (made up, thirty-third session, from briefs: no
    # row)
    ("近日，全国妇联授予北京市朝阳区三里屯街道“全国三八红旗集体”称号。",
     [("全国三八红旗集体", "北京市朝阳区三里屯街道", 1, None, 2023, "current")]),
    ("近日，市总工会授予红星社区“模范职工之家”称号。", [("模范职工之家", "红星社区", 1, None, 2023, "current")]),
])
def test_awards(text, rows):
    got = [(a.award, a.recipient, a.recipient_count, a.group_count, a.year, a.status)
           for a in awards.extract(analyse_text(text, ISSUE))]
    assert got == rows


@pytest.mark.parametrize("text, kinds", [
    # a recipient counted among 家/个 is a unit whatever its name; a person's name among 名 stays a person
    ("市总工会授予市公交集团等5家单位“五一劳动奖状”。", ["unit"]),  # made up: 集团 is no collective's ending
    ("市总工会命名市第一人民医院工会等20家单位为“模范职工之家”。", ["unit"]),  # made up (the issue's 命名为)
    ("授予张三等10名同志“全市五一劳动奖章”。", ["person"]),
    ("全国总工会近日公布了2023年全国五一劳动奖名单，我省30个集体和60名个人榜上有名。", ["collective", "person"]),
    ("在2023年全国五一劳动奖表彰名单中，我市共有2家单位获得全国五一劳动奖状，3人获得全国五一劳动奖章。", ["unit", "person"]),
    ("授予中国电子科技集团公司第四十三研究所质量与检测部等62个车间、班组、科室安徽省工人先锋号；授予邓道琳等288人安徽省金牌职工。",
     ["collective", "person"]),  # grrb_20220502-02-03
    ("省总工会授予100个单位安徽省五一劳动奖状，授予200个班组安徽省工人先锋号。", ["unit", "collective"]),  # made up
    ("比赛决出团体一等奖2名、个人一等奖3名。", ["collective", "person"]),  # made up: 团体 prizes go to teams
    # a medal is a person's, however counted (made up, eighteenth session: 全国五一劳动奖章30个 had been 30 units)
    ("我省共有40个先进集体和个人受到表彰，其中全国五一劳动奖状10个、全国五一劳动奖章30个。", ["unit", "person"]),
    # prizes counted by 个: who won them untold (made up, twenty-third session: 3 units)
    ("在全省职工职业技能大赛上，我市选手共获得3个一等奖、5个二等奖。", ["", ""]),
    # a department named alone is a collective (made up, twenty-ninth session, from briefs: 急诊科 and 财务部 had been
    # people, 护理部 a unit) — not a person's name (张科), nor a Party committee's department, a unit
    ("近日，市人民医院急诊科荣获“全国青年文明号”称号。", ["collective"]),
    ("日前，省总工会公布2023年全省五一巾帼奖名单，我县人民医院护理部荣获全省五一巾帼标兵岗称号。", ["collective"]),
    ("近日，市总工会授予市第一人民医院急诊科、市公交集团财务部“先进集体”称号。", ["collective", "collective"]),
    ("近日，张科荣获“最美职工”称号。", ["person"]),
    ("4月28日，市第一人民医院急诊科荣获“市五一劳动奖状”。", ["collective"]),
    ("4月28日，市公交集团财务部荣获“市五一劳动奖状”。", ["collective"]),
    # a service station is a base (made up, thirty-second session, from briefs: a unit)
    ("日前，省总工会命名了30个“省级职工书屋示范点”和15个“省级户外劳动者服务站点”。", ["base", "base"]),
    ("近日，市总工会命名了20个“市级示范性职工服务站”。", ["base"]),
])
def test_award_recipient_kinds(text, kinds):
    assert [a.recipient_kind for a in awards.extract(analyse_text(text, ISSUE))] == kinds


# ---------------------------------------------------------------- events
@pytest.mark.parametrize("title, body, province", [
    # the headline's event is held where the lead says (在北京举办…), though the headline names no place and the article
    # no province of its own (jmzgh_20210419; the lead's venue agrees with the article's own province in four more:
    # the sample page's 粤港澳…联席会议 and 矿山救护工 contest, rmrb_20191030-06-05, rmrb_20191025-07-07)
    ("“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动",
     "今天下午，全国总工会在北京举办“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动仪式。",
     "北京"),
    # …or by its venue's name alone (made up, twenty-ninth session: 全国 — as nfgb_20231009-00-01's 天安门广场)
    ("中国工会十八大开幕", "10月9日，中国工会第十八次全国代表大会在人民大会堂开幕。", "北京"),
    ("全总执委会全体会议召开", "12月5日，全国总工会十七届执委会第十次全体会议在京西宾馆召开。", "北京"),
])
def test_a_headline_event_is_held_where_the_lead_says(title, body, province):
    evs = events.extract(analyse_text(body, dt.date(2021, 4, 19), title=title))
    assert evs and all(e.place is not None and e.place.unit.province_short == province for e in evs)


@pytest.mark.parametrize("title, body, city", [
    # the first body sentence to tell the headline's event, dated and placed, tells it: a later act of its kind that day
    # adds nothing (made up, twenty-third session: the launch had been placed in 长治); one placed more finely tells it
    # better (grrb_20160111-02-02's 福州市鼓楼区 in the lead over a later 通过夜访，…)
    ("全省工会劳模工匠宣讲活动启动", "3月28日，由省总工会主办的2025年全省工会劳模工匠宣讲活动在太原启动。\n"
     "当天下午，宣讲团分赴大同、长治、运城等地，走进企业车间、项目工地开展宣讲。", "太原市"),
    ("夜访城市工人休息室", "1月7日晚上，福建省总工会主席张广敏走进福州市鼓楼区大街小巷夜访城市工人休息室。\n"
     "当天夜里，张广敏走访了多间休息室。通过夜访，耳闻目睹了城市工人休息室确实发挥了作用。", "福州市"),
])
def test_a_headline_event_is_told_by_its_first_placed_telling(title, body, city):
    (ev,) = events.extract(analyse_text(body, ISSUE, title=title))
    assert ev.place is not None and ev.place.unit.city == city


@pytest.mark.parametrize("title, body, name", [
    # the name runs on over the event noun right after the trigger's (it had stopped at 送温暖)
    ("腊八送温情", "1月7日上午，市总工会开展了腊八节送温暖活动，为环卫工人送去了腊八粥。", "腊八节送温暖活动"),  # mzrmt_20250107
    # …and a headline's name the body tells in full is the body's (grrb_20220913; the sample page's 全国黄金行业矿山救护工职业
    # 技能竞赛决赛 and 两地工会战略合作协议; made up, twenty-second session, from a brief: 技能大赛落幕 had named
    # the lead's 第五届全市职工职业技能大赛 技能大赛)
    ("云南省总启动中秋国庆送温暖活动", "9月7日，云南省2022年中秋国庆送温暖活动正式启动。", "云南省2022年中秋国庆送温暖活动"),
    ("技能大赛落幕", "11月8日，第五届全市职工职业技能大赛闭幕。", "第五届全市职工职业技能大赛"),
    # an act's name ends at an ellipsis (rmrb_20200209-04-05's 送上热腾腾的汤圆……全国人民众志成城 had run on; made up)
    ("标题", "2月28日，志愿者为一线工作人员送上热腾腾的汤圆……全国人民众志成城。", "送上热腾腾的汤圆"),
    ("我市职工技能比武收官", "11月8日，第五届全市职工职业技能大赛闭幕。", "我市职工技能比武"),  # (another name: the headline's)
    # …as is one the headline names by its verb alone, or by an act the body's fuller name holds (made up, twenty-third
    # session, from briefs: 颁奖 and the whole headline had named them); a headline naming it otherwise keeps its name
    ("市总工会为优秀农民工颁奖", "12月18日，市总工会举行2025年度优秀农民工表彰大会，为50名优秀农民工颁奖。", "2025年度优秀农民工表彰大会"),
    ("这家企业职工驿站揭牌", "5月20日，市总工会在市公交集团举行户外劳动者服务站点揭牌仪式。", "户外劳动者服务站点揭牌仪式"),
    ("市总工会为职工书屋授牌", "3月5日，市总工会举行2025年度职工书屋示范点授牌仪式。", "2025年度职工书屋示范点授牌仪式"),
    ("市总工会为困难劳模送温暖", "昨天下午，市总工会分三路走访慰问困难劳模。", "送温暖"),  # (czwb_20200109-00-01)
    # a bare 慰问活动 is named with the body that acts, as 慰问 was (made up)
    ("标题", "9月10日，市总工会开展慰问活动。", "市总工会开展慰问活动"),
    # those who ride a conveyance, and their riding, open no name (rmrb_20200227-13-01's 和工友们一起乘坐“春风行动”免费专车;
    # made up, thirty-third session)
    ("工会动态", "2月17日，村民龚兴旺和工友们一起乘坐“春风行动”免费专车，前往成都务工。", "“春风行动”免费专车"),
    ("工会动态", "2月17日，张师傅和妻子一起乘坐“点对点”返岗专车出发前往广州。", "“点对点”返岗专车"),
    ("工会动态", "2月17日，300名务工人员搭乘“春风行动”专列从贵阳出发。", "“春风行动”专列"),
    # those counted who take part open no name (made up, thirty-third session, from features and briefs)
    ("工会动态", "2月28日，区总工会组织200名骑手参加技能培训。", "技能培训"),
    ("工会动态", "2月28日，市总工会组织50名职工参加安全知识竞赛。", "安全知识竞赛"),
])
def test_event_names_run_on_over_their_event_noun(title, body, name):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title=title))] == [name]


@pytest.mark.parametrize("body, name_has, start", [
    # an act at the occasion its paragraph told before (会上, 大会上) is dated as that occasion (made up, twenty-first
    # session, from briefs: no event); with no exact day before it, none
    ("2月27日，市总工会召开全市工会工作会议。会议总结了去年工作。会上还启动了“职工技能提升年”活动。", "职工技能提升年", "2023-02-27"),
    ("3月1日，市总工会召开庆祝“三八”国际妇女节大会。大会上，市总工会还启动了“女职工关爱行动”。", "女职工关爱行动", "2023-03-01"),
    # an act announced for a month (将于6月启动) is dated to that month, not to when the news came (记者日前从…获悉)
    ("记者日前从省总工会获悉，省总工会将于6月启动“安康杯”竞赛活动。", "安康杯", "2023-06-01"),
    ("记者近日从市总工会获悉，市总工会将于7月开展“夏送清凉”活动。", "夏送清凉", "2023-07-01"),
    # …or by the day told in brackets after a vague time (made up, thirty-second session, from briefs: the issue's eve)
    ("近日（2月22日），市总工会走访慰问了20名困难劳模。", "慰问", "2023-02-22"),
    ("日前（2月28日），县总工会举办劳模座谈会。", "劳模座谈会", "2023-02-28"),
    # …or the occasion the paragraph before told, a new paragraph opening on it (made up, thirty-third session, from
    # briefs: no event)
    ("2月28日，省总工会举行“金秋助学”金发放仪式。\n仪式上，省总工会还与省教育基金会签订了助学合作协议。", "助学合作协议",
     "2023-02-28"),
    ("2月28日，市总工会召开十五届三次全委会议。\n会上，市总工会还启动了“职工技能提升年”活动。", "职工技能提升年", "2023-02-28"),
    # …and one more act of a body an event that day had (此外，…还…; 同时，…也…), the day told before it (made up,
    # thirty-third session, from features: no event — the issue's "an event with no date in its sentence takes the
    # lead's")
    ("2月28日，市总工会举办职工运动会，2000名职工参赛。\n“比赛让我们更团结了。”职工李明说。\n此外，市总工会还举办了职工书画展。",
     "书画展", "2023-02-28"),
    ("2月28日，区总工会启动“骑手暖心行动”。\n同时，区总工会也举办了骑手专场招聘会。", "招聘会", "2023-02-28"),
])
def test_an_act_is_dated_by_its_occasion_or_its_announced_month(body, name_has, start):
    evs = [e for e in events.extract(analyse_text(body, ISSUE, title="工会动态")) if name_has in e.name]
    assert [e.date_start.isoformat() for e in evs] == [start]


def test_an_act_at_an_occasion_with_no_day_told_is_no_event():
    body = "近日，市总工会召开全市工会工作会议。会上还启动了“职工技能提升年”活动。"
    assert not [e for e in events.extract(analyse_text(body, ISSUE, title="工会动态")) if "提升年" in e.name]


@pytest.mark.parametrize("body", [
    # one more act of another body, or after a day that dated no event, is no event of that day (made up, thirty-third
    # session; rmrb_20191029-12-02's 本版今日起推出… then 此外，阜新市还对…发放补贴: no event)
    "2月28日，市总工会启动“暖心行动”。\n此外，市人社局还举办了专场招聘会。",
    "本版今日起推出系列报道。\n阜新市人社局介绍了稳岗工作的情况。\n此外，阜新市还对10家企业发放补贴40.3万元。",
])
def test_one_more_act_of_a_body_no_event_that_day_had_is_no_event(body):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="工会动态"))
            if "招聘会" in e.name or "补贴" in e.name] == []


@pytest.mark.parametrize("title, body, etype, name_has, start, end", [
    ("2022年度“西藏工匠”发布仪式举行", "本报讯（特约记者张中源）日前，西藏自治区总工会在拉萨举办2022年度“西藏工匠”发布仪式。",
     "ceremony", "西藏工匠", "2023-03-01", None),
    ("全国黄金行业矿山救护工职业技能竞赛举办",
     "本报讯（记者田国全）2月18日至21日，全国黄金行业矿山救护工职业技能竞赛决赛在山东省烟台市招远市举办。",
     "competition", "矿山救护工职业技能竞赛", "2023-02-18", "2023-02-21"),
    ("一线职工游家乡", "2月28日，企业职工坐在观光火车上。2月26日开始，婺城区总工会启动为期3天的“新婺城人游婺城”活动。",
     "activity", "新婺城人游婺城", "2023-02-26", "2023-02-28"),
    # …and a span of weeks or a month, no part of the name either (made up, twenty-sixth session, from briefs: 为期一个月的 had
    # stayed in the name, and the contest had no end)
    ("工会动态", "2月1日，市总工会开展为期一个月的“安康杯”知识竞赛。", "competition", "“安康杯”知识竞赛", "2023-02-01",
     "2023-02-28"),
    ("工会动态", "2月1日，市总工会启动为期两周的职工读书月活动。", "activity", "职工读书月活动", "2023-02-01", "2023-02-14"),
    # …and a span that closed on the day given ends there (made up)
    ("职工技能大赛落幕", "2月28日，为期两天的全市职工技能大赛在市技师学院圆满落幕。", "competition", "职工技能大赛",
     "2023-02-27", "2023-02-28"),
    # (…历时, 持续 and a meeting's 会期 say it as 为期 does — made up, twenty-fourth session, from a probe of date forms: the
    # closing day had been the first)
    ("职工运动会闭幕", "历时3天的全市第三届职工运动会于2月28日闭幕。", "competition", "职工运动会", "2023-02-26", "2023-02-28"),
    ("全委会", "2月27日，市总工会十五届三次全委会议召开，会期两天。", "meeting", "全委会议", "2023-02-27", "2023-02-28"),
    # an honour's results published (评选结果) are announced as its list is (made up, thirty-first session, from briefs: no
    # event)
    ("“金牌职工”揭晓", "2月8日，市总工会公布2023年度“金牌职工”评选结果。", "announcement", "“金牌职工”评选结果", "2023-02-08",
     None),
    ("“最美职工”揭晓", "2月8日，2023年度“最美职工”评选结果揭晓。", "announcement", "“最美职工”评选结果", "2023-02-08", None),
    # …and a class's 结业 closes it, dating it by its last day (made up, thirty-first session, from briefs: no event)
    ("培训班结业", "为期一周的全市工会干部培训班2月14日结业。", "lecture", "工会干部培训班", "2023-02-08", "2023-02-14"),
    ("培训班圆满结业", "2月14日，历时5天的全省新就业形态劳动者技能培训班圆满结业。", "lecture", "技能培训班", "2023-02-10",
     "2023-02-14"),
    ("“传承与奋进是最好的纪念”", "近日，福建省总工会举办全省工会系统纪念林祥谦烈士牺牲100周年宣讲会。",
     "lecture", "宣讲会", "2023-03-01", None),
    ("洛阳、成都两地工会签订战略合作协议", "本报讯（记者余嘉熙）近日，河南省洛阳市总工会、四川省成都市总工会在洛阳签订两地工会战略合作协议。",
     "agreement", "战略合作协议", "2023-03-01", None),
    # verbs the issue names from unseen outlets (made up): a chartered coach, a talk session, a lecture tour
    ("农民工返乡有了“暖心车”", "1月20日，市总工会组织包车，免费送300名农民工返乡过年。", "activity", "包车", "2023-01-20", None),
    # …or a coach laid on, as a train is (made up, twenty-fourth session, from briefs: no event)
    ("让农民工安心过年", "1月20日，县总工会联合县交通局开通“农民工返乡专车”，免费送500余名农民工返乡。", "activity", "返乡专车",
     "2023-01-20", None),
    ("返岗", "2月10日，市总工会开行返岗专车20辆，接送1000名农民工返岗。", "activity", "返岗专车", "2023-02-10", None),
    # a headline's event named by its bare noun takes the body's fuller name of its kind (made up, twenty-fourth session,
    # from briefs: 职代会); a campaign's name (送温暖) over the body's visits stays
    ("公司召开职代会", "1月18日，山西焦煤西山煤电集团召开第六届职工代表大会第三次会议，审议通过了集体合同等事项。", "meeting",
     "第六届职工代表大会第三次会议", "2023-01-18", None),  # (its session too, since the twenty-ninth session)
    ("区总工会召开职代会", "2月22日，区总工会召开第三届职工代表大会。", "meeting", "第三届职工代表大会", "2023-02-22", None),
    # …and a session's full name under a headline that drops its （扩大） (made up, twenty-ninth session, from a union
    # site's page: the headline's shorter name had been kept)
    ("区总工会召开第五届委员会第三次全体会议", "1月12日，区总工会召开第五届委员会第三次全体（扩大）会议，听取和审议工作报告。", "meeting",
     "第五届委员会第三次全体（扩大）会议", "2023-01-12", None),
    # health checks a union gives (the gold's dev_grrb has 健康体检; made up, twenty-fourth session, from briefs: none)
    ("女职工健康体检", "2月26日，区总工会为辖区500名环卫女职工免费进行“两癌”筛查。", "activity", "筛查", "2023-02-26", None),
    ("劳模体检", "2月27日，市总工会组织120名劳模到市人民医院进行健康体检。", "activity", "健康体检", "2023-02-27", None),
    ("倾听职工心声", "2月27日，市总工会负责人与企业职工代表进行座谈。", "meeting", "座谈", "2023-02-27", None),
    ("二十大精神进企业", "3月1日，市总工会宣讲团走进企业，宣讲党的二十大精神。", "lecture", "宣讲团", "2023-03-01", None),
    # an unveiling with no 仪式 is a ceremony named with what it unveils (made up; rmrb_20191014-04-07 has the
    # quoted form: …“户外劳动者爱心驿站”揭牌)
    ("暖心驿站再添新点", "2月28日，市总工会为10家户外劳动者服务站点揭牌。", "ceremony", "10家户外劳动者服务站点揭牌",
     "2023-02-28", None),
    # …and an award handed over with no ceremony named, 为…颁奖 (made up, twenty-first session, from briefs: the issue's
    # 为…颁奖 had made no event)
    ("为技术能手颁奖", "2月27日，县总工会为在全县职业技能竞赛中获奖的30名技术能手颁奖。", "ceremony", "颁奖", "2023-02-27",
     None),
    ("最美快递员受表彰", "3月1日上午，区总工会为10名“最美快递员”颁奖。", "ceremony", "颁奖", "2023-03-01", None),
    # …and a union's school for workers opening its term (made up, twenty-first session: no event)
    ("农民工学校开学", "3月1日，县总工会农民工学校春季班开学，首批200名农民工参加电工、焊工等技能培训。", "lecture", "农民工学校",
     "2023-03-01", None),
    ("职工学校开学", "2月27日，市总工会职工学校春季班开学，600余名职工报名参加。", "lecture", "职工学校", "2023-02-27", None),
    # a noun inside a longer noun of another type is that one's (慰问 of 慰问演出: a show, not a gift — made up, twenty-first
    # session, from a brief)
    ("送文化进基层", "2月15日，市总工会“送文化进基层”慰问演出走进某钢铁公司，为500余名一线职工送上精彩节目。", "performance",
     "慰问演出", "2023-02-15", None),
    ("春风送暖", "2月20日，市总工会“春风送暖”慰问演出在市工人文化宫举行。", "performance", "慰问演出", "2023-02-20", None),
    # a contest named by its kind of 赛 (主题演讲赛, 篮球赛), and the headline's telling of the body's event on one of
    # its days (rmrb_20191018-06-06: 16日至17日, a span of days): one event
    ("“时代新人说——我和祖国共成长”脱贫攻坚主题演讲赛在湘西举行",
     "16日至17日，“时代新人说——我和祖国共成长”演讲大赛“脱贫攻坚”主题赛事在此间举行。", "competition", "主题演讲赛",
     "2023-02-16", "2023-02-17"),
    ("职工篮球赛开赛", "2月28日，市总工会举办职工篮球赛，来自全市的16支代表队参赛。", "competition", "篮球赛", "2023-02-28",
     None),  # made up
    # a body's officers leading its act (made up: union briefs report visits so; the body before its officer had
    # been too far from the verb, and the bare 慰问 no event): named by the body and the act
    ("关爱高温一线职工", "2月28日，市总工会党组书记、常务副主席张三带队走访慰问高温一线职工。", "donation", "市总工会走访慰问",
     "2023-02-28", None),
    ("关爱环卫工人", "2月28日，省总工会主席李四一行走访慰问环卫工人。", "donation", "省总工会走访慰问", "2023-02-28", None),
    # the issue's 走访慰问 by a 慰问组, going somewhere first: the bare 慰问 has no body right before its verb, so the
    # action holding it names the event (made up: it had been no event)
    ("关爱建筑工人", "2月28日，市总工会慰问组来到建筑工地，看望慰问一线职工。", "donation", "看望慰问一线职工", "2023-02-28",
     None),
    ("关爱一线职工", "2月28日，省总工会副主席李四一行来到中铁一局项目部，走访慰问坚守岗位的一线职工。", "donation",
     "走访慰问坚守岗位的一线职工", "2023-02-28", None),
    # a union consoling workers itself, 慰问 its clause's verb with them as its object, a place or time between (made up,
    # twenty-sixth session, from briefs: no verb of the table before or after 慰问, no event)
    ("工会动态", "8月2日，重庆两江新区总工会慰问高温下坚守岗位的职工。", "donation", "慰问高温下坚守岗位的职工", "2022-08-02",
     None),
    ("工会动态", "1月15日，市总工会在火车站慰问春运一线职工。", "donation", "慰问春运一线职工", "2023-01-15", None),
    # a body's study session held as a meeting is (made up, twenty-sixth session, from union sites' briefs: no event)
    ("工会动态", "2月28日，省总工会党组理论学习中心组举行集体学习，深入学习贯彻全国两会精神。", "meeting", "集体学习",
     "2023-02-28", None),
    ("工会动态", "2月28日，区总工会党组举行专题学习，学习新修订的工会法。", "meeting", "专题学习", "2023-02-28", None),
    # the issue's 签约 as an agreement, named with its partner, as an action with its partner is (made up)
    ("工会与银行合作", "2月28日，市总工会与市工商银行签约，共同推出职工普惠金融服务。", "agreement", "与市工商银行签约",
     "2023-02-28", None),
    ("劳模座谈", "2月28日，市总工会与劳模代表座谈交流。", "meeting", "与劳模代表座谈交流", "2023-02-28", None),
    # a noun of the event's kind right after the one found names it more fully (made up: it had been named “春风行动”)
    ("春风行动招聘会", "2月28日，市总工会联合市人社局举办“春风行动”专场招聘会，50家企业提供岗位2000余个。", "activity",
     "“春风行动”专场招聘会", "2023-02-28", None),
    # an officer leading a visit to console workers, the place between; gifts (礼品) given (made up, nineteenth session,
    # from a Macao brief: neither had been an event)
    ("澳门工联总会慰问前线员工", "1月25日，澳门工会联合总会理事长率队到澳门国际机场，慰问春节期间坚守岗位的前线员工。", "donation",
     "慰问春节期间坚守岗位的前线员工", "2023-01-25", None),
    ("工会动态", "1月25日，市总工会为坚守岗位的一线员工送上新春礼品。", "donation", "送上新春礼品", "2023-01-25", None),
    # a workers' night school opening its classes, and care classes for workers' children opening (made up, nineteenth
    # session: neither had been an event; a count before a quoted name is no part of it)
    ("“职工夜校”开课啦", "2月3日晚，市总工会“职工夜校”春季班在市工人文化宫开班，吸引600余名职工报名。", "lecture", "职工夜校",
     "2023-02-03", None),
    ("工会为职工子女办起寒假托管班", "2月8日，市总工会联合市教育局在全市设立的30个“爱心托管班”正式开班。", "activity",
     "“爱心托管班”", "2023-02-08", None),
    # a workers' arts or reading festival opening (made up, nineteenth session: 文化艺术节…开幕 had been no event)
    ("职工文化艺术节开幕", "2月28日，第四届全市职工文化艺术节在市工人文化宫开幕。", "activity", "职工文化艺术节",
     "2023-02-28", None),
    # …and one event under two names joined by 暨 runs to the second's noun (made up, nineteenth session: the name had stopped
    # at “春风行动”; jmzgh_20210419-00-01's 首场报告会暨全国巡回宣讲 likewise)
    ("春风行动招聘会", "2月20日，济南市总工会联合市人社局举办2023年“春风行动”暨就业援助月专场招聘会。", "activity",
     "“春风行动”暨就业援助月专场招聘会", "2023-02-20", None),
    # two union programmes the trigger table lacked (made up; no tunable row changed): workers' recuperation trips and
    # group weddings
    ("劳模疗休养", "2月28日，县总工会组织30名一线劳模赴杭州开展疗休养。", "activity", "疗休养", "2023-02-28", None),
    # a union's lecture series opening (大讲堂, 开讲: made up, twentieth session, from a brief — it had been no event)
    ("“工会大讲堂”开讲", "2月28日，区总工会“工会大讲堂”第一讲开讲，邀请专家为200余名基层工会干部讲解工会法。", "lecture",
     "工会大讲堂", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会举办“劳模工匠大讲堂”，全国劳模张建国为职工授课。", "lecture", "劳模工匠大讲堂",
     "2023-02-28", None),
    ("职工集体婚礼", "2月28日，市总工会举办“永结同心”集体婚礼，30对新人参加。", "activity", "集体婚礼", "2023-02-28", None),
    # an activity named by a gift (送清凉活动) is the headline's 送清凉: one donation, not two events (made up)
    ("宁波工会为一线职工送清凉", "2月28日，宁波市总工会开展送清凉活动。", "donation", "送清凉", "2023-02-28", None),
    # a delegation's visit to study something, as the issue's 调研 (made up: 一行到…调研 had been no event, 赴 had been one)
    ("省总工会调研", "2月28日，省总工会党组书记王建一行到杭州市调研新就业形态劳动者入会工作。", "activity", "调研",
     "2023-02-28", None),
    # a visit to study something told with 进行 (就…进行调研: made up, nineteenth session, from a brief — it had been no
    # event, the verb 带队到 standing a clause away; real: 深入国资委、央企进行调研, rmrb_20190226-19-01)
    ("省总工会党组书记调研产业工人队伍建设改革", "2月28日，河北省总工会党组书记李立平带队到唐山、秦皇岛两市，就产业工人队伍"
     "建设改革工作进行调研。", "activity", "调研", "2023-02-28", None),
    # goods given with no sum (eighteenth session, made up from a brief written as a probe: 送去…防暑降温物品 under a
    # headline naming no programme had been no event; real in grrb_20260123-00-00's 送去…“暖冬礼包” and
    # czwb_20200109-00-01's 为343名一线职工送上爱心礼包, already events by other words there)
    ("为一线职工送上“清凉”", "2月28日，平顶山市总工会带队到建筑工地，为一线职工送去绿豆、白糖等防暑降温物品。", "donation",
     "防暑降温物品", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会向环卫工人发放棉衣500件。", "donation", "发放棉衣", "2023-02-28", None),
    # …and a pack its giver names in quotes right after the verb (made up, twentieth session, from a brief: no event) —
    # not a tax cut's “红包” the sum comes first in (rmrb_20190225-01-03: below)
    ("情暖返乡路", "1月20日，东莞市总工会在东莞火车站为200名返乡农民工送上“暖心包”。", "donation", "送上“暖心包”",
     "2023-01-20", None),
    ("工会动态", "2月28日，市总工会为环卫工人发放“清凉包”1000份。", "donation", "“清凉包”", "2023-02-28", None),
    # …and a sit-down talk with workers' representatives, and produce bought for workers (made up, twenty-second
    # session, from briefs: no event)
    ("工会动态", "2月28日，市总工会邀请10名快递员代表座谈，听取意见建议。", "meeting", "座谈", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会采购10万元农产品，发放给困难职工。", "donation", "采购10万元农产品", "2023-02-28", None),
    # a noun in a clause telling what the act or its money is for is not the event: the act is (made up, twenty-third
    # session, from briefs: 慰问救助 and 送温暖活动 had been the events)
    ("省总工会下拨资金支持防汛救灾", "7月28日，省总工会紧急下拨防汛救灾资金500万元，支持岳阳、常德、益阳3市工会开展慰问救助工作。",
     "donation", "下拨防汛救灾资金500万元", "2022-07-28", None),
    ("工会动态", "1月10日，市总工会拨付专项资金200万元，用于各县区工会开展送温暖活动。", "donation", "拨付专项资金200万元",
     "2023-01-10", None),
    # …and workers taken to a film, and legal or psychological counselling held (made up, twenty-third session, from
    # briefs: no event)
    ("区总工会组织职工观影", "上周六，区总工会在万达影城组织300名一线职工观看电影《长津湖》。", "activity", "观影", "2023-02-25",
     None),
    ("工会动态", "7月1日，县总工会组织500余名党员职工观看红色影片《建党伟业》。", "activity", "观看红色影片", "2022-07-01", None),
    ("法律服务", "3月15日，市总工会职工法律援助中心在人民广场开展法律咨询服务。", "activity", "法律咨询服务", "2022-03-15", None),
    ("工会动态", "2月28日，区总工会邀请心理咨询师走进快递企业，为快递小哥开展心理咨询。", "activity", "心理咨询", "2023-02-28",
     None),
    # …and a sit-down with workers called together to hear them, and a union's inspection of workplaces (made up,
    # twenty-seventh session, from briefs: no event)
    ("外卖骑手座谈会", "7月15日，区总工会召集20名外卖骑手座谈，听取意见建议。", "meeting", "座谈", "2022-07-15", None),
    ("工会动态", "2月28日，县总工会邀请15名货车司机座谈，听取他们的急难愁盼。", "meeting", "座谈", "2023-02-28", None),
    ("职工代表巡视", "2月28日，市总工会组织职工代表对全市10家企业开展劳动保护专项巡视。", "activity", "劳动保护专项巡视",
     "2023-02-28", None),
    ("工会动态", "2月28日，市总工会联合市应急管理局对20家企业开展安全生产监督检查。", "activity", "安全生产监督检查", "2023-02-28",
     None),
    # …and haircuts given (made up, twenty-seventh session, from briefs: no event)
    ("工会为农民工免费理发", "1月18日，市总工会组织志愿者走进建筑工地，为200余名农民工免费理发。", "activity", "免费理发",
     "2023-01-18", None),
    ("工会动态", "2月28日，县总工会志愿者为环卫工人义务理发100余人次。", "activity", "义务理发", "2023-02-28", None),
    # …and a school's opening or closing ceremony (made up, twenty-eighth session, from a provincial paper's page: no event)
    ("开学第一课", "2月10日，郑州市总工会“职工学堂”秋季开学典礼在市工人文化宫举行。", "ceremony", "开学典礼", "2023-02-10", None),
    ("工会动态", "2月10日，市总工会农民工学校毕业典礼举行，120名学员顺利结业。", "ceremony", "毕业典礼", "2023-02-10", None),
    # …and legal or psychological counselling given, and goods bought named before their sum (made up, twenty-eighth
    # session, from briefs: no event; 心理咨询师 had named one 邀请心理咨询)
    ("送法律进工地", "2月18日，县总工会律师服务团来到城北安置房项目工地，为80余名建筑工人提供法律咨询服务。", "activity",
     "提供法律咨询服务", "2023-02-18", None),
    ("工会动态", "2月20日，市总工会邀请心理咨询师走进市公交集团，为50余名驾驶员提供心理咨询。", "activity", "提供心理咨询",
     "2023-02-20", None),
    ("消费帮扶", "2月28日，区总工会组织基层工会采购脱贫地区农副产品120万元，作为职工节日慰问品发放给全区职工。", "donation",
     "采购脱贫地区农副产品120万元", "2023-02-28", None),
    ("消费帮扶", "2月10日，市总工会采购帮扶产品50余万元，用于职工慰问。", "donation", "采购帮扶产品50余万元", "2023-02-10", None),
    # …and a festival's food or staples (made up, twenty-second session, from briefs: no event)
    ("中秋送温情", "2月28日，市总工会为环卫工人送去月饼。", "donation", "送去月饼", "2023-02-28", None),
    ("工会动态", "2月28日，县总工会为100户困难职工家庭发放米面油。", "donation", "发放米面油", "2023-02-28", None),
    # …and a body's leaders going themselves to console (made up, twenty-second session, from briefs: no event)
    ("工会动态", "2月28日，市总工会领导来到火车站，慰问坚守岗位的铁路职工。", "donation", "慰问坚守岗位的铁路职工",
     "2023-02-28", None),
    # …and equipment handed out (nineteenth session, made up from a brief: 配发制氧机…设备 had been no event; 发放各类防护服
    # in rmrb_20200212-18-04 is one now)
    ("青海：工会为高海拔地区职工配发制氧设备", "2月28日，青海省总工会为玉树、果洛两州的基层单位配发制氧机、弥散式供氧设备。",
     "donation", "配发制氧", "2023-02-28", None),
    # a union named inside a quoted title is the title's, not the body that acts (made up, nineteenth session: the name had
    # been 工会进万家”走访慰问, its quotation cut open)
    ("十堰市总工会开展“工会进万家”走访慰问", "1月15日至20日，十堰市总工会班子成员分5路深入全市各县市区，走访慰问困难职工。",
     "donation", "“工会进万家”走访慰问", "2023-01-15", "2023-01-20"),
    # a fund named before its sum (made up from a brief written as a probe: the gift had been named after a part of it,
    # 拨款500万元)
    ("市总工会安排送温暖资金", "2月28日，市总工会共安排送温暖资金1200万元，其中市级财政拨款500万元，将走访慰问困难职工2万余人。",
     "donation", "安排送温暖资金1200万元", "2023-02-28", None),
    # money handed out by any fund's name the money extractor knows — one list now (patterns.FUND_NOUNS: made up,
    # twentieth session, from briefs — 助学金, 互助保障金, 帮扶金, 奖励金 handed out had been funding rows with no event; real:
    # rmrb_20190225-01-03's 去年为61.4万人次发放技能提升补贴9.8亿元, an event now, a year's sum as grrb_20220826-00-00's
    # gold takes a cumulative grant)
    ("金秋助学", "2月25日，市总工会为200名困难职工子女发放助学金60万元。", "donation", "发放助学金60万元", "2023-02-25",
     None),
    ("互助保障", "2月28日，区总工会为300名住院职工发放互助保障金90万元。", "donation", "互助保障金", "2023-02-28", None),
    ("帮扶困难职工", "1月10日，县总工会向50户困难职工家庭发放帮扶金10万元。", "donation", "帮扶金", "2023-01-10", None),
    # a body's act named without the day told in it, nor the 于 that brought it in (made up from briefs written as
    # probes: 澳门工会联合总会于本月走访慰问 had been the name)
    ("工会动态", "澳门工会联合总会于本月1日走访慰问环卫工人。", "donation", "澳门工会联合总会走访慰问", "2023-03-01", None),
    # a meeting reported as finished (开完…会议后: nfgb_20231009's 中国工会十八大预备会议 had been no event)
    ("代表们来到天安门广场", "10月8日下午，开完中国工会十八大预备会议后，广东代表团的代表们开心地来到天安门广场。", "meeting",
     "预备会议", "2022-10-08", None),
    # a class's closing ceremony is a ceremony, not the class (made up, thirtieth session, from a Macau union's news —
    # as read, in simplified characters — and briefs: the training class had been the event)
    ("工联举办职业技能培训班结业礼", "【本报讯】澳门工会联合总会职业技能培训中心2月28日举行2022年下半年培训课程结业礼，共有320名学员完成课程。",
     "ceremony", "结业礼", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会2023年农民工技能培训班举行结业典礼，120名学员领到结业证书。", "ceremony", "结业典礼", "2023-02-28",
     None),
    # a showing listed as such is one (a benefit's kinds listed are none since the thirtieth session)
    ("工会动态", "2月20日，市总工会组织200名劳模观影、健身等活动。", "activity", "观影", "2023-02-20", None),
    # a press conference is a meeting, as rmrb_20191029-12-02's and rmrb_20191031-02-03's gold have it, and a
    # consultation session named whole (made up, thirty-third session, from briefs: a ceremony; 法律咨询)
    ("工会动态", "2月28日，市总工会召开新闻发布会，介绍职工服务工作情况。", "meeting", "新闻发布会", "2023-02-28", None),
    ("工会动态", "2月28日，县总工会联合县司法局举办法律咨询会。", "activity", "法律咨询会", "2023-02-28", None),
    ("工会动态", "2月28日，区总工会在广场举办职工咨询会，解答职工疑问。", "activity", "职工咨询会", "2023-02-28", None),
    # a through bus opened (开通“返岗直通车”) is an event as a special bus is (made up, thirty-third session, from roundups:
    # no event)
    ("工会动态", "2月18日，义乌市总工会开通“返岗直通车”，从贵州、云南等地接回2000余名务工人员。", "activity", "“返岗直通车”",
     "2023-02-18", None),
    ("工会动态", "2月18日，县总工会开通返乡直通车，免费送200名农民工回家。", "activity", "返乡直通车", "2023-02-18", None),
    # packs handed out by their names, unquoted (made up, thirty-third session, from Hong Kong and Macao union news: no
    # event)
    ("工会动态", "澳门工会联合总会于2月28日起一连三日，向前线清洁工人派发清凉包共3000份。", "donation", "清凉包", "2023-02-28",
     None),
    ("工会动态", "港九劳工社团联会于2月28日组织义工队探访独居长者，送上新春福袋200份。", "donation", "福袋", "2023-02-28", None),
    # …and a summer's cooling food and drink given (made up, thirty-third session, from photo captions and briefs: no
    # event)
    ("工会动态", "2月28日，在市区一处建筑工地，市总工会工作人员为工人送上绿豆汤。", "donation", "绿豆汤", "2023-02-28", None),
    ("工会动态", "2月28日，区总工会为环卫工人送去西瓜和矿泉水。", "donation", "西瓜", "2023-02-28", None),
    # a care class set up or run (开设, 开办, 建起) is an event (made up, thirty-third session, from features and briefs: no
    # event)
    ("工会动态", "2月28日，区总工会开办暑期爱心托管班，招收职工子女100名。", "activity", "爱心托管班", "2023-02-28", None),
    ("工会动态", "2月28日，工会为职工建起了“爱心托管班”，解决了职工子女看护难题。", "activity", "爱心托管班", "2023-02-28",
     None),
    # a dated act, then a plan with no day told in a clause after it: the act is reported (made up, thirty-third session,
    # from briefs: no event)
    ("工会动态", "2月28日，市总工会召开会议，研究部署今年将要开展的“安康杯”竞赛活动。", "meeting", "召开会议", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会召开党组会议，准备迎接上级检查。", "meeting", "党组会议", "2023-02-28", None),
    # a safety inspection is an event as a special inspection is (made up, thirty-third session, from briefs: no event)
    ("工会动态", "2月28日，区总工会在辖区建筑工地开展安全生产检查。", "activity", "安全生产检查", "2023-02-28", None),
    ("工会动态", "2月28日，市总工会联合市应急管理局对10家企业进行安全检查。", "activity", "安全检查", "2023-02-28", None),
])
def test_events(title, body, etype, name_has, start, end):
    evs = events.extract(analyse_text(body, ISSUE, title=title))
    assert len(evs) == 1
    ev = evs[0]
    assert ev.event_type == etype and name_has in ev.name
    assert ev.date_start.isoformat() == start
    assert (ev.date_end.isoformat() if ev.date_end else None) == end


@pytest.mark.parametrize("body, names", [
    # a label's brackets bound an event's name (made up, twenty-seventh session, from a column of labelled items: the name
    # had opened on 【, or run on past 】 into the date)
    ("【区总工会慰问环卫工人】1月12日，区总工会为300名环卫工人送去新春慰问品。", ["区总工会慰问"]),
    ("【工会送清凉】2月28日，市总工会为一线职工送上清凉。", ["送清凉"]),
])
def test_a_labels_brackets_bound_an_events_name(body, names):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="基层工会动态"))] == names


@pytest.mark.parametrize("body, name", [
    ("本报北京1月20日电 近日，中华全国总工会印发《关于开展产业工人队伍建设改革试点工作的通知》。",
     "《关于开展产业工人队伍建设改革试点工作的通知》"),
    ("近日，人社部、民政部联合颁布《养老护理员国家职业技能标准（2019年版）》。", "《养老护理员国家职业技能标准（2019年版）》"),
    # (eighteenth session, made up from a probe of documents' wording) a year's work points, detailed rules, a guide or a
    # list issued, and one forwarded; a document a verb only describes is background — the event is what the
    # sentence's subject does with it — unless the description says it is news (日前印发的…, rmrb_20200108-02-08)
    ("5月10日，市总工会印发《2023年工会工作要点》。", "《2023年工会工作要点》"),
    ("5月10日，市总工会发布职工服务清单。", "职工服务清单"),
    # a report or white paper published (made up, nineteenth session: it had been no event; 措施 and 举措 were tried and
    # dropped — 多地出台暖心举措 in a roundup's headline took a day's 通知 into itself)
    ("5月10日，全国总工会发布《2024年职工队伍状况调查报告》。", "《2024年职工队伍状况调查报告》"),
    ("根据2018年中共中央、国务院印发的《新时期产业工人队伍建设改革方案》，市总工会近日制定了实施细则。", "实施细则"),
    ("近日，省总工会转发全总2019年印发的《关于加强职工之家建设的意见》。", "全总2019年印发的《关于加强职工之家建设的意见》"),
    ("日前印发的《河南省职工权益保障实施意见》提出，要加强职工权益保障。", "《河南省职工权益保障实施意见》"),
    # a title's nouns and verbs but the noun that ends it are the title's: the notice, no contest or gift (made up,
    # twenty-sixth session, from briefs: a contest named 2025年职工技能竞赛的通知》); an edition after that noun is the title's
    ("5月10日，市总工会、市人社局联合下发《关于开展2025年职工技能竞赛的通知》。", "《关于开展2025年职工技能竞赛的通知》"),
    ("5月10日，省总工会印发《关于举办全省职工职业技能大赛的通知》。", "《关于举办全省职工职业技能大赛的通知》"),
    ("5月10日，市总工会转发《关于开展“两节”送温暖活动的通知》。", "《关于开展“两节”送温暖活动的通知》"),
    ("5月10日，中共中央印发了《中国共产党国有企业基层组织工作条例（试行）》。", "《中国共产党国有企业基层组织工作条例（试行）》"),
])
def test_documents_issued_are_announcements(body, name):
    evs = events.extract(analyse_text(body, ISSUE, title="标题"))
    assert [(e.event_type, e.name) for e in evs] == [("announcement", name)]


@pytest.mark.parametrize("body", [
    "湖南从1月26日起暂停举办各类现场招聘会，集中开展线上求职招聘对接服务。",  # R
    "1月26日，人社部要求，疫情期间不组织开展“三支一扶”人员能力提升专项培训。",  # R
    "受疫情影响，原定2月10日举行的职工技能大赛推迟举办。",
])
def test_events_called_off_did_not_happen(body):
    assert [e.name for e in events.extract(analyse_text(body, dt.date(2020, 2, 8), title="标题"))
            if "招聘会" in e.name or "培训" in e.name or "大赛" in e.name] == []


@pytest.mark.parametrize("body", [
    # R: a fund named after an action, and a target some years ahead, are no events
    "除此之外，黑龙江省总工会还设立应急救助资金，与每年的职工助困送温暖资金一道，解决元旦、春节“两节”集中投放帮扶资金的问题。",
    "根据国家规划，从2019年至2021年，3年共开展各类补贴性职业技能培训5000万人次以上；到2021年底技能劳动者占比达到25%以上。",
    "人社部介绍了人力资源和社会保障相关工作情况。2019年，人社部不断加强专业技术人才队伍建设，遴选414名百千万人才工程国家级"
    "人选，开展高层次人才培养培训。",
    "人社部介绍了工作情况。人社部还将加强技能人才队伍建设，组织实施2019年中国技能大赛相关赛事。",  # R: a plan
    "答：人社部将以2019年版《标准》颁布实施为契机，通过加强养老护理员培养培训、开展职业技能竞赛等方式，加快队伍建设。",
    # R: a tax cut called a “红包” is no gift (rmrb_20190225-01-03)
    "去年中央送上约1.3万亿元的减税降费“红包”，助力企业轻装上阵，让市场中岗位更多。",
    # an action listed among the kinds of a benefit offered is none (made up, thirtieth session, from briefs: 观影等折扣 had
    # been an activity)
    "2020年1月20日，市总工会联合20家商户推出会员专享优惠，会员凭卡可享受餐饮、观影等折扣。",
    "2020年1月20日，区总工会推出观影、健身等会员优惠，惠及职工5000余人。",
    # a case listed for supervision (挂牌督办) is no founding (a union's 挂牌成立 is an event since the thirtieth session)
    "2020年1月20日，县人社局对3起欠薪案件挂牌督办。",
    # …nor a negotiation's system put in place (made up, thirty-first session)
    "2020年1月20日，市总工会积极推行工资集体协商制度。",
    # …nor a facility's opening told as its history (made up, thirty-first session)
    "该中心自2019年正式启用以来，已服务职工10万人次。",
])
def test_funds_and_targets_are_no_events(body):
    assert events.extract(analyse_text(body, dt.date(2020, 2, 4), title="标题")) == []


@pytest.mark.parametrize("body, names", [
    # a gift told as a part of a sum the sentence gave before, after its 其中, is where the sum came from, no gift of its
    # own (made up, thirty-first session, from briefs: the parts had been donations with no giver)
    ("1月20日，县总工会筹集资金200万元，其中企业捐赠70万元，用于春节慰问。", ["筹集资金200万元"]),
    ("1月20日，市总工会筹集帮扶资金1200万元，其中市财政拨款500万元，社会捐赠300万元，工会经费400万元。", ["筹集帮扶资金1200万元"]),
    # …not a gift told after a count of those helped
    ("1月20日，县总工会慰问困难职工200户，其中企业家王明捐款10万元。", ["慰问困难职工200户", "捐款10万元"]),
])
def test_a_part_of_a_sum_is_no_gift_of_its_own(body, names):
    assert [e.name for e in events.extract(analyse_text(body, dt.date(2020, 2, 4), title="标题"))] == names


@pytest.mark.parametrize("title, body, told", [
    # a contest's inspection, or the team sent to do it, is no contest: the inspection is the event (made up,
    # thirty-first session, from briefs: a competition named …“安康杯”竞赛 beside it, or alone)
    ("省总工会开展安康杯竞赛检查", "11月5日至8日，河北省总工会“安康杯”竞赛检查组深入石家庄、保定等地，对30余家企业开展安全生产"
     "监督检查。", [("activity", "安全生产监督检查")]),
    ("工会动态", "6月5日，市总工会劳动竞赛督查组深入重点工程项目，对劳动竞赛开展情况进行督查。", [("activity", "督查")]),
])
def test_a_contests_inspection_is_no_contest(title, body, told):
    assert [(e.event_type, e.name) for e in events.extract(analyse_text(body, ISSUE, title=title))] == told


@pytest.mark.parametrize("body", [
    # a hotline named after its service is no consultation held (made up, thirty-third session, from briefs: an event
    # named 法律咨询) — the service itself is
    "2月28日，市总工会开设法律咨询热线。",
    "2月28日，市总工会开通心理咨询热线。",
])
def test_a_hotline_is_no_service_held(body):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="工会动态"))] == []


@pytest.mark.parametrize("body", [
    # a plan with no day, up to the event's phrase, is no event reported (as before the thirty-third session, which reads
    # a plan told after a dated act as the act's clause's only)
    "市总工会将要举办第六届职工技能大赛。",
    "市总工会计划于下半年举办第六届职工技能大赛。",
])
def test_a_plan_with_no_day_is_no_event(body):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="工会动态"))] == []


@pytest.mark.parametrize("text, names", [
    # a commentary's headline is its argument, and what it says many places' unions do no one body's act: no event (made
    # up, thirty-first session, from a page: an event named “送清凉”更走心, and one 全国) — a body's act it reports still is
    ("让“送清凉”更走心\n本报评论员\n入夏以来，各地工会纷纷开展“送清凉”活动。送清凉，不仅要送物资，更要送制度保障。", []),
    ("送温暖要送到心坎上\n本报评论员\n春节将至，各地工会开展送温暖活动。送温暖，关键在于送到职工心坎上。", []),
    ("送温暖要送到心坎上\n本报评论员\n1月10日，市总工会启动“两节”送温暖活动。送温暖，关键在于送到职工心坎上。",
     ["“两节”送温暖活动"]),
])
def test_a_commentary_reports_no_event_of_its_argument(text, names):
    article = segment(normalize_text(text))[0]
    assert article.kind == "commentary"
    assert [e.name for e in events.extract(analyse(article, dt.date(2020, 1, 20)))] == names


def test_event_needs_a_time_anchor():
    evs = events.extract(analyse_text("本报讯 近日，工会开展了多项活动。职工踊跃参加。此外，工会还举办技能竞赛。", ISSUE,
                                      title="标题"))
    assert [e.name for e in evs] == ["多项活动"]  # the lead sentence only; the undated one is not an event


# periods and fuzzy expressions become windows with a precision (R, G: real sentences)
@pytest.mark.parametrize("text, start, end, precision", [
    ("今年春节期间，职工", "2023-01-15", "2023-02-28", "period"),
    ("新春佳节之际，送上", "2023-01-15", "2023-02-28", "period"),
    ("自去年11月15日开展根治欠薪冬季攻坚行动以来", "2022-11-15", None, "day"),
    ("11月以来，开展", "2022-11-01", "2023-03-02", "period"),
    ("连日来，工会", "2023-02-23", "2023-03-02", "period"),
    ("今年以来共", "2023-01-01", "2023-03-02", "period"),
    ("5月份，举办", "2022-05-01", None, "month"),
    ("2026年两节工会送温暖行动", "2025-12-01", "2026-02-28", "period"),
    ("2022年中秋国庆送温暖", "2022-09-01", "2022-10-08", "period"),
    ("上半年，全省", "2023-01-01", "2023-06-30", "period"),
    ("早在去年8月，福州市出台了《实施意见》", "2022-08-01", None, "month"),
    ("今年1月上旬举行", "2023-01-01", "2023-01-10", "month"),  # the part of a month it names
    ("9月下旬，中船重工党组召开主题教育指导", "2022-09-21", "2022-09-30", "month"),  # rmrb_20191014-04-07
    ("今年5月底，龙岗区建筑行业工会", "2023-05-21", "2023-05-31", "month"),  # nddsb_20200617
    ("2019年3月下旬召开", "2019-03-21", "2019-03-31", "month"),
    # a span of days with the first day's 日 left to the second's, or with a part of the day (made up: 2月25至27日 had
    # been the 27th alone, 2月25日下午至26日 the 25th alone)
    ("2月25至27日，市总工会举办职工运动会", "2023-02-25", "2023-02-27", "day"),
    ("2月25—27日，市总工会举办职工运动会", "2023-02-25", "2023-02-27", "day"),
    ("2月25日下午至26日，市总工会举办培训班", "2023-02-25", "2023-02-26", "day"),
    # a span of months or their parts (made up: 4月下旬 had been the whole of it)
    ("1月下旬至2月上旬，市总工会开展送温暖活动", "2023-01-21", "2023-02-10", "month"),
    ("11月至12月，全市开展技能培训", "2022-11-01", "2022-12-31", "month"),
    # from the issue's day to one ahead, announced (made up: 即日起至6月30日 had been last year's 30 June)
    ("即日起至6月30日，市总工会开展知识竞赛", "2023-03-02", "2023-06-30", "day"),
    ("自即日起到4月底，市总工会开展送清凉活动", "2023-03-02", "2023-04-30", "day"),
    ("去年2月底", "2022-02-21", "2022-02-28", "month"),
    ("自去年六月启动以来", "2022-06-01", None, "month"),
    ("2018年十二月召开", "2018-12-01", None, "month"),
    ("2018年初，黑龙江省政府和省总工会召开联席会议", "2018-01-01", "2018-03-31", "period"),
    # …and a relative year's 年 stands once for both too (made up, thirty-first session, from briefs: 去年底 had been the
    # issue's own year's end)
    ("去年底，市总工会开展了“冬送温暖”活动", "2022-11-01", "2022-12-31", "period"),
    ("前年底，市总工会开展了“冬送温暖”活动", "2021-11-01", "2021-12-31", "period"),
    ("明年初，市总工会将召开全委会", "2024-01-01", "2024-03-31", "period"),
    ("据介绍，5月份，教育部门将举办6场网络招聘活动", "2023-05-01", None, "month"),  # announced after the date
    ("5月份，公司将员工工资纳入考核", "2022-05-01", None, "month"),  # 将 as 把: no announcement
    ("4月10日，大赛将在北京举行", "2023-04-10", None, "day"),
    # a day of the issue's week or the week before, or that week (made up: briefs date so)
    ("上周五，市总工会召开会议", "2023-02-24", None, "day"),
    ("本周二，市总工会召开会议", "2023-02-28", None, "day"),
    ("上周，市总工会召开会议", "2023-02-20", "2023-02-26", "period"),
    ("上周末，市总工会召开会议", "2023-02-25", "2023-02-26", "period"),  # its Saturday and Sunday (made up)
    ("上个月，市总工会召开会议", "2023-02-01", None, "month"),
    ("16日至17日，大赛在此间举行", "2023-02-16", "2023-02-17", "day"),  # rmrb_20191018-06-06: a span of days
    ("本月初，市总工会召开会议", "2023-03-01", "2023-03-10", "month"),
    ("上月底，市总工会召开会议", "2023-02-21", "2023-02-28", "month"),
    ("本月1日，市总工会召开会议", "2023-03-01", None, "day"),  # a day of that month (made up: had been the month)
    ("上月20日，市总工会召开会议", "2023-02-20", None, "day"),
    # the festivals unions keep that had no window (made up, twenty-first session, from briefs: 重阳节前夕 had been read
    # as 节前, the weeks before the issue); a bare 六一 is no date (…获得者六一前来)
    ("重阳节前夕，区总工会走访慰问了20名退休劳模", "2022-09-25", "2022-11-01", "period"),
    ("重阳节期间，市总工会看望退休职工", "2022-09-25", "2022-11-01", "period"),
    ("六一儿童节前夕，市总工会为职工子女送去礼物", "2022-05-25", "2022-06-01", "period"),
    ("教师节前夕，市教育工会慰问优秀教师", "2022-09-01", "2022-09-10", "period"),
    ("护士节前夕，市卫生工会慰问一线护士", "2022-05-05", "2022-05-12", "period"),
    # a festival's window with an announcement after it is the coming one, as a month's is (made up, twenty-first
    # session: 元旦春节期间，…将开展 in a December issue had been the last one)
    ("元旦春节期间，市总工会将开展送温暖活动", "2023-12-25", "2024-02-28", "period"),
    ("国庆节期间，市总工会将开展职工文艺演出", "2023-09-25", "2023-10-08", "period"),
    ("国庆节期间，市总工会开展了职工文艺演出", "2022-09-25", "2022-10-08", "period"),
])
def test_periods(text, start, end, precision):
    d = find_dates(text, ISSUE)[0]
    assert (d.date_start.isoformat(), d.date_end.isoformat() if d.date_end else None, d.precision) == (
        start, end, precision)


@pytest.mark.parametrize("text, issue, start, end", [
    # a festival or season whose window opens shortly after the issue is the one to come, its acts in the weeks before
    # the issue, as 节前 dates them (made up, twenty-sixth session, from briefs: dated a year back, to last year's)
    ("春节前夕，市总工会走访慰问困难职工。", "2026-01-08", "2025-12-19", "2026-01-08"),
    ("县总工会举办“迎新春”职工长跑比赛。", "2026-01-08", "2025-12-19", "2026-01-08"),
    ("五一前夕，市总工会召开劳模座谈会。", "2026-04-10", "2026-03-21", "2026-04-10"),
    # …not one that is long past, nor one announced (the coming one, as before)
    ("春节前夕，市总工会走访慰问困难职工。", "2026-03-08", "2026-01-10", "2026-02-20"),
    ("五一前夕，市总工会将召开劳模座谈会。", "2026-04-10", "2026-04-20", "2026-05-01"),
    # the new year's start (made up, twenty-sixth session: no date)
    ("新年伊始，县总工会举办职工长跑比赛。", "2026-01-08", "2026-01-01", "2026-01-31"),
])
def test_a_festival_shortly_after_the_issue_is_the_coming_one(text, issue, start, end):
    d = find_dates(text, dt.date.fromisoformat(issue))[0]
    assert (d.date_start.isoformat(), d.date_end.isoformat()) == (start, end)


@pytest.mark.parametrize("body, province", [
    # the place its people went to, not the place in the organiser's name (made up: the issue's event place; the
    # tunable text has it only where the organiser's name holds no place — shghxy_20230925: 学院…赴浙江省总工会干部学校学习考察)
    ("4月25日，江苏省总工会党组书记李四率队赴新疆伊犁州，开展对口援疆走访慰问活动。", "新疆"),
    ("4月25日，湖南省总工会慰问团前往湖北武汉，开展慰问活动。", "湖北"),
    ("4月25日，湖南省总工会在长沙举办职工运动会。", "湖南"),
    # …a national body's people too (made up, the issue's 走访慰问 by a 慰问组: it had been a national act, 全国)
    ("5月12日，全国总工会副主席李明带领慰问组来到郑州，看望慰问一线职工。", "河南"),
    # …a delegation's study trip, the place between (made up, nineteenth session: 代表团到广东深圳考察学习 had been no event)
    ("4月25日，湖南省总工会代表团到广东深圳考察学习。", "广东"),
    # …an officer named after the post going alone (made up, twenty-second session, from briefs: 到 is no verb of the
    # table, and a trip led by no 一行 or 代表团 had been no event)
    ("6月5日，全国总工会副主席李明到湖北武汉调研。", "湖北"),
    ("6月5日，湖北省总工会主席张华到十堰市考察，了解服务站点建设情况。", "湖北"),
    # …or went into (走进, 深入: 川音川情·走进广州 rmrb_20200114-04-09, 张广敏走进福州市鼓楼区 grrb_20160111-02-02; made up, nineteenth session:
    # 福建省总工会…宣讲团走进龙岩 had been placed in 福建 alone, no city)
    ("4月8日，湖南省总工会劳模工匠宣讲团走进广东韶关，400余名职工聆听宣讲。", "广东"),
    # …but a conveyance is held where it sets out, not where it carries people (rmrb_20200117-15-01's gold: the 专列
    # from 西安 to 峨眉山 is 陕西's; made up, eighteenth session: 护送…前往广州 had placed it in 广东)
    ("2月28日，信阳市总工会开行返岗专列，免费护送1200名农民工前往广州、深圳等地务工。", "河南"),
    ("2月28日，郑州市总工会组织包车，将300名农民工送往浙江宁波。", "河南"),
])
def test_an_events_place_is_where_its_people_went(body, province):
    evs = events.extract(analyse_text(body, ISSUE, title="标题"))
    assert [e.place.unit.province_short if e.place else None for e in evs] == [province]


@pytest.mark.parametrize("body, province", [
    # the issue's national body's meeting where local unions merely spoke: national, not the place of a speaker named
    # in its paragraph (made up: the tunable text has no national meeting without its venue)
    ("5月8日，全国总工会召开视频会议，部署新就业形态劳动者入会工作。广东、江苏、浙江等地工会作交流发言。", "全国"),
    ("5月8日，全国总工会在北京召开座谈会。浙江省总工会作交流发言。", "北京"),  # its venue, when the text gives it
])
def test_a_national_bodys_meeting_with_no_venue_is_national(body, province):
    from etl.store.batch import extract_one
    rows, _ = extract_one("probe_20230510.txt", f"全总部署工作\n\n{body}\n".encode())
    assert [e["province"] for e in rows["events"]] == [province]


@pytest.mark.parametrize("dateline", ["本报杭州8月4日讯", "本报杭州8月4日电"])
def test_a_dated_news_line_is_a_lead_and_an_unplaced_report_is_where_it_was_filed(dateline):
    """本报杭州8月4日讯 is a lead as 本报讯 and …日电 are (pages with it before each article's first paragraph had lost
    a quarter of their articles: outlets' dev 0.74 → 1.00), and a report naming no place of its own is about where it
    was filed (…省总工会高温慰问组来到施工现场: 浙江, had been none). Made up: the text we tune on has no dated 讯."""
    from etl.store.batch import extract_one
    page = ("市总工会举办职工运动会\n本报讯 近日，市总工会举办职工运动会，职工踊跃参加。\n省总工会酷暑送清凉\n"
            f"{dateline} （记者 张明） 今天，省总工会高温慰问组来到施工现场，为一线职工送去清凉。")
    assert [a.title for a in segment(normalize_text(page))] == ["市总工会举办职工运动会", "省总工会酷暑送清凉"]
    rows, _ = extract_one("probe_20140805.txt", f"省总工会酷暑送清凉\n\n{dateline} （记者 张明） 今天，省总工会高温慰问组"
                          "来到施工现场，为一线职工送去清凉。\n".encode())
    assert rows["articles"][0]["primary_province"] == "浙江"


@pytest.mark.parametrize("issue, text, day", [
    # New Year's Eve and the lunar year's first days as days (rmrb_20200125-02-01: 大年三十，湖南株洲市…, 除夕这天，山东
    # 胶州市…; rmrb_20200227-13-01: 从大年三十至今 — 大年初一 had read as 年初, January to March)
    ("2020-01-25", "大年三十，湖南株洲市渌口区龙门镇花冲村。", "2020-01-24"),
    ("2020-01-25", "除夕这天，山东胶州市胶莱街道宋家屯村。", "2020-01-24"),
    ("2020-02-27", "从大年三十至今，每天24小时生产。", "2020-01-24"),
    ("2020-01-27", "大年初一，职工们坚守岗位。", "2020-01-25"),
    # a festival's own day, not the weeks around it (made up)
    ("2023-05-10", "五一劳动节当天，市总工会慰问一线职工。", "2023-05-01"),
    ("2023-05-10", "“五一”当天，职工坚守岗位。", "2023-05-01"),
    ("2023-10-02", "中秋节当天，市总工会慰问环卫工人。", "2023-09-29"),
    ("2023-03-01", "三八妇女节当天将举办活动。", "2023-03-08"),  # announced: the one to come
    # …and festivals whose name alone dates an act opening its clause (made up, nineteenth session, from a probe of 20
    # festival datings: 腊八节, 小年 and 环卫工人节 had dated nothing)
    ("2025-01-09", "腊八节，市总工会为环卫工人送去腊八粥。", "2025-01-07"),
    ("2025-01-24", "小年，市总工会为户外劳动者送去年货。", "2025-01-22"),
    ("2025-10-28", "第30个环卫工人节到来之际，市总工会慰问环卫工人。", "2025-10-26"),
    # …the coming one, days away, where the last is most of a year back: a text before the Spring Festival looks to it
    # (made up, twenty-ninth session, from dates around festivals: last year's had been read)
    ("2024-02-05", "大年三十，工地上的建设者将吃上热腾腾的年夜饭。", "2024-02-09"),
    ("2024-02-05", "除夕夜，环卫工人仍坚守岗位。", "2024-02-09"),
    ("2024-02-05", "元宵节当天，市总工会将举办职工灯谜会。", "2024-02-24"),
    ("2024-02-12", "除夕夜，环卫工人仍坚守岗位。", "2024-02-09"),
    # …and days before or after it (made up, thirtieth session, from briefs: the festival's own day had been read)
    ("2024-02-10", "除夕前一天，县总工会主席李明带队走访慰问了坚守岗位的一线职工。", "2024-02-08"),
    ("2023-10-02", "中秋节前两天，市总工会为环卫工人送去月饼。", "2023-09-27"),
    ("2024-02-15", "大年初一后一天，市总工会看望坚守岗位的职工。", "2024-02-11"),
])
def test_a_festivals_own_day(issue, text, day):
    found = find_dates(text, dt.date.fromisoformat(issue))
    assert (found[0].date_start.isoformat(), found[0].precision) == (day, "day")


@pytest.mark.parametrize("text, word, day", [
    # rmrb_20200227-13-01, rmrb_20200220-13-03 (the gold dates both acts 2020-02-17)
    ("2月17日，四川省中江县南华镇太和村村民龚兴旺前往成都天府机场高速路建设工地。同日，四川首趟定制务工人员返程专列抵达杭州东站。",
     "同日", "2020-02-17"),
    ("2月17日，重庆南川区河图镇冒水村村民赵亮和47名老乡坐上了“专车”。当日，南川区人社局安排两辆客车，专程送他们返岗复工。",
     "当日", "2020-02-17"),
    ("2月16日，技能大赛开幕。次日，市总工会举办劳模座谈会。", "次日", "2020-02-17"),  # made up
    ("近日，市总工会召开全委会。同日，县总工会举办培训班。", "同日", None),  # no day before it to be the same as
    ("16日至17日，大赛在此间举行。当天，市总工会举办座谈会。", "当天", None),  # a span is no one day
])
def test_the_same_or_the_next_day_as_the_date_before(text, word, day):
    """当日, 同日, 次日 opening a clause name the day of the last date before it, or the day after (they had dated
    nothing, and their events took the issue's or no date)."""
    found = [d for d in find_dates(text, dt.date(2020, 2, 27)) if d.text == word]
    assert (found[0].date_start.isoformat() if found else None) == day


@pytest.mark.parametrize("text", ["本周五，市总工会将召开会议", "上周期的数据", "这周边的职工"])
def test_no_week_day(text):
    assert find_dates(text, ISSUE) == []  # a day to come this week; 周期, 周边: other words


@pytest.mark.parametrize("issue, dated", [
    ("2020-02-24", ("2020-01-20", "2020-02-24")),  # rmrb_20200224-04-02: since the response began
    ("2020-02-12", ("2020-01-20", "2020-02-12")),  # rmrb_20200212-18-04 (新冠肺炎疫情发生以来)
    ("2022-04-10", None),  # a later issue's 疫情 may be any local outbreak: no date
])
def test_since_the_outbreak(issue, dated):
    found = find_dates("疫情发生以来，安徽已派出8批共1305名医护人员驰援湖北。", dt.date.fromisoformat(issue))
    got = (found[0].date_start.isoformat(), found[0].date_end.isoformat()) if found else None
    assert got == dated


def test_a_gift_is_its_own_givers_when_a_later_clause_has_the_verb():
    """省总工会捐赠330万元，各级红十字会已拨付捐款765.92万元 (rmrb_20200224-04-02): the 捐赠 of the first clause took the
    verb 拨付 of the next, and with it 红十字会 as the one who gave."""
    text = ("疫情发生以来，安徽已派出8批共1305名医护人员驰援湖北，累计调拨医用防护服22批13.3万件、一次性手术衣3万套；"
            "安徽省属国有企业向湖北捐款2000万元，省总工会捐赠330万元，各级红十字会已拨付捐款765.92万元。")
    evs = events.extract(analyse_text(text, dt.date(2020, 2, 24), title="“困难会过去，我们一起扛！”"))
    union = [e for e in evs if "省总工会" in e.name]
    assert [e.organizer for e in union] == ["安徽省总工会"] and union[0].date_start == dt.date(2020, 1, 20)


def test_a_verb_that_opens_a_noun_holds_nothing():
    """优秀组织单位, 组织部: 组织 there is no act (made up, nineteenth session: a commendation of a contest's 优胜单位和优秀组织单位
    had been the contest, held)."""
    text = "日前，全国总工会通报表扬2022年度全国“安康杯”竞赛优胜单位和优秀组织单位。"
    assert [e.event_type for e in events.extract(analyse_text(text, ISSUE, title="工会动态"))] == []
    text = "2月28日，市总工会组织开展职工技能竞赛。"
    assert [e.event_type for e in events.extract(analyse_text(text, ISSUE, title="工会动态"))] == ["competition"]
    # …nor one that opens a year's name (made up, twenty-eighth session, from a page of briefs: 收官之年 had closed a contest)
    text = "2月28日，安徽省总工会在合肥召开全省工会劳动竞赛工作推进会，部署“十四五”收官之年劳动竞赛工作。"
    assert [e.name for e in events.extract(analyse_text(text, ISSUE, title="工会动态"))] == ["全省工会劳动竞赛工作推进会"]
    text = "2月28日，市总工会召开会议，研究部署收官之年职工技能竞赛工作。"
    assert [e.event_type for e in events.extract(analyse_text(text, ISSUE, title="工会动态"))] == ["meeting"]


def test_a_headlines_programme_launched_in_the_body_is_one_event():
    """集体协商“要约行动”启动 over …“要约行动”启动仪式在太原举行: one launch, the body's ceremony (made up, nineteenth session:
    an activity from the headline and the ceremony had been two events; jmzgh_20210419-00-01's 首场报告会暨…启动 likewise);
    collective bargaining is union work."""
    evs = events.extract(analyse_text("3月15日，2023年全省集体协商“要约行动”启动仪式在太原举行。", ISSUE,
                                      title="集体协商“要约行动”启动"))
    assert [(e.event_type, e.name, e.scope) for e in evs] == [
        ("ceremony", "2023年全省集体协商“要约行动”启动仪式", "union")]


@pytest.mark.parametrize("title, body, told", [
    # …and a headline's event whose own noun the body's ceremony names, whoever it is for (made up, twenty-ninth session,
    # from briefs: two events)
    ("职工疗休养启动", "4月8日，宁德市总工会在霞浦县举行2024年劳模疗休养出发仪式，首批30名劳模将在霞浦进行为期5天的疗休养。",
     ["2024年劳模疗休养出发仪式"]),
    ("职工疗休养活动启程", "5月6日，市总工会举行2024年一线职工疗休养活动启动仪式，首批50名职工踏上行程。",
     ["2024年一线职工疗休养活动启动仪式"]),
])
def test_a_headlines_event_its_nouns_ceremony_tells(title, body, told):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title=title))] == told


@pytest.mark.parametrize("title, body, told", [
    # a headline's campaign whose lead tells its giving, by the same body, is that giving under the campaign's name
    # (made up, thirtieth session, from union sites' pages: the gifts had been a second event)
    ("区总工会开展“工会进万家 温暖送基层”活动", "1月26日至29日，区总工会分成4个慰问组，走访慰问困难职工和劳动模范，送去慰问金和慰问品价值"
     "32.5万元。", [("activity", "“工会进万家 温暖送基层”活动", "2023-01-26")]),
    ("市总工会开展“春暖农民工”活动", "2月26日，市总工会在市火车站为300名返岗农民工送去价值6万元的爱心礼包。",
     [("activity", "“春暖农民工”活动", "2023-02-26")]),
    # …not another body's gift (a bank's), which is its own
    ("市总工会开展“春暖农民工”活动", "2月26日，市总工会在市火车站举行仪式，市建设银行为300名返岗农民工捐赠价值6万元的爱心礼包。",
     [("activity", "“春暖农民工”活动", "2023-02-26"), ("donation", "捐赠价值6万元的爱心礼包", "2023-02-26")]),
    # …and a headline's gift whose lead names it a campaign is the campaign (made up, thirtieth session, from briefs:
    # two events)
    ("工会携手银行送福利", "2月10日，市总工会携手市工商银行开展“工会会员普惠”活动，为会员提供专属金融服务。",
     [("activity", "“工会会员普惠”活动", "2023-02-10")]),
    ("区总工会为快递小哥送温暖", "1月15日，区总工会开展“暖蜂驿站”关爱活动，为200名快递小哥送去暖冬礼包。",
     [("activity", "“暖蜂驿站”关爱活动", "2023-01-15")]),
])
def test_a_headlines_campaign_its_lead_gives_is_one_event(title, body, told):
    evs = events.extract(analyse_text(body, ISSUE, title=title))
    assert [(e.event_type, e.name, e.date_start.isoformat()) for e in evs] == told


@pytest.mark.parametrize("title, body, told", [
    # the day the reporter learnt the news dates nothing where the lead dates the news itself (近日, 日前), and a fund named
    # by what it is for names no event (made up, twenty-ninth session, from briefs and a national item: the headline's
    # grant, on the day learnt, and the body's 2024年度送温暖 had been two events)
    ("省总工会下拨专项资金", "本报讯（记者 王明）记者20日从省总工会获悉，省总工会日前下拨2023年度送温暖专项资金3000万元，用于走访慰问"
     "困难职工。", [("下拨专项资金", "2023-03-01")]),
    ("全总下拨资金支持困难职工帮扶", "新华社北京2月25日电 记者25日从全国总工会获悉，全总近日下拨2023年送温暖资金4.3亿元，其中中央财政专项"
     "资金2.8亿元、全总本级资金1.5亿元。", [("资金支持困难职工帮扶", "2023-02-24")]),
])
def test_the_day_learnt_dates_no_act_the_lead_dates(title, body, told):
    evs = events.extract(analyse_text(body, ISSUE, title=title))
    assert [(e.name, e.date_start.isoformat()) for e in evs] == told


@pytest.mark.parametrize("title, body, told", [
    # a headline's bare 慰问 is no event of its own — the lead tells the visit, named and placed (grrb_20170111-02-07's
    # headline; made up, twenty-sixth session, from briefs: 山东援疆工会干部慰问职工 over …在新疆喀什慰问… had been two events)
    ("深圳市总慰问困难职工", "日前，深圳市总工会2017年两节送温暖活动启动，对1700多名困难职工进行慰问。",
     [("donation", "深圳市总工会2017年两节送温暖活动")]),
    # a headline's act is named to the space between its halves, so the lead's campaign names the event (made up,
    # thirty-first session, from a page: the whole headline had named it; rmrb_20200121-13-01's 送上慰问金 关爱更暖心 too)
    ("夏日送清凉 情暖建设者", "6月18日，柳州市总工会“夏送清凉”活动启动，首批价值20万元的防暑物品送到一线职工手中。",
     [("donation", "“夏送清凉”活动")]),
    ("送上慰问金 关爱更暖心", "节前，福州市鼓楼区为辖区困难职工送上慰问金。", [("donation", "送上慰问金")]),
    # …and a headline's name inside the body's once quotes are dropped is the body's (made up, thirty-first session, from
    # briefs: the headline's short name had been kept)
    ("助学活动启动", "9月1日，市总工会“金秋助学”活动正式启动。", [("donation", "“金秋助学”活动")]),
    ("送温暖活动启动", "1月5日，市总工会“冬季送温暖”活动启动。", [("donation", "“冬季送温暖”活动")]),
    # (…the body opening the name before its quoted title holding it, no part of the name, since the thirty-first
    # session)
    ("区总工会慰问快递小哥", "1月15日，区总工会“暖蜂行动”关爱活动启动，为200名快递小哥送去暖冬礼包。",
     [("activity", "“暖蜂行动”关爱活动")]),
    ("山东援疆工会干部慰问职工", "1月5日，山东省援疆干部人才工作指挥部工会在新疆喀什慰问当地一线职工，送去棉衣300件。",
     [("donation", "新疆喀什慰问")]),
    ("县总工会慰问困难职工", "1月20日上午，县总工会主席李华一行慰问了10户困难职工家庭。当天下午，县总工会召开全委会。",
     [("donation", "慰问了10户困难职工家庭"), ("meeting", "全委会")]),
])
def test_a_headlines_bare_consoling_is_the_leads_event(title, body, told):
    """A headline's 慰问 with its object (…总工会慰问…) is told by the lead: one event, the lead's."""
    evs = events.extract(analyse_text(body, dt.date(2017, 1, 11) if "深圳" in title else ISSUE, title=title))
    assert [(e.event_type, e.name) for e in evs] == told


def test_a_rounds_year_dates_the_honours_not_the_act():
    """2022年度…示范点 is the round the plaques are of: the 授牌 is the day its paragraph told before (made up, nineteenth
    session, from a brief: it had been dated 2022-01-01), and alone in its paragraph the round still dates it."""
    text = "2月18日，全省职工书屋建设经验交流会在兰州召开。会上，省总工会对2022年度全省职工书屋示范点进行了授牌。"
    evs = events.extract(analyse_text(text, ISSUE, title="职工书屋建设经验交流会在兰州召开"))
    assert [str(e.date_start) for e in evs if e.name == "授牌"] == ["2023-02-18"]
    evs = events.extract(analyse_text("省总工会对2022年度全省职工书屋示范点进行了授牌。", ISSUE, title="工会动态"))
    assert [str(e.date_start) for e in evs if e.name == "授牌"] == ["2022-01-01"]


def test_a_provinces_own_federation_is_the_one_its_sentence_names_before_the_aid_it_sends():
    """rmrb_20200224-04-02: 安徽…驰援湖北…，省总工会捐赠330万元 — the article names 湖北省总工会 in another paragraph, and that
    fuller name had completed 安徽's 省总工会; a place aid goes to (驰援湖北, 为支援湖北) is not the giver's (made up)."""
    for text in ("2月1日，安徽已派出医疗队驰援湖北，省总工会捐赠330万元。湖北省总工会表示感谢。",
                 "2月1日，为支援湖北抗疫，省总工会捐赠330万元。安徽省总工会还组织了慰问。"):
        evs = events.extract(analyse_text(text, dt.date(2020, 2, 24)))
        assert [e.organizer for e in evs] == ["安徽省总工会"], text


def test_a_municipalitys_city_federation_is_its_own():
    """北京 is its own city: its 市总工会 is 北京市总工会 (made up, nineteenth session: it had stayed 市总工会)."""
    doc = analyse_text("本报讯 1月15日，北京市丰台区总工会和市总工会一道走访慰问困难职工。", ISSUE)
    assert doc.full_org("市总工会") == "北京市总工会"


def test_a_federation_by_its_level_with_the_total_it_gave():
    """市总|共慰问困难职工…: the tokenizer reads 总共, the federation's 总 and its 共 (grrb_20170111-02-07: the payer had
    come from a 基层工会 completed to the federation — gone when a level's bare unions named no body, twenty-third
    session)."""
    doc = analyse_text("深圳市总工会开展送温暖活动。据统计，25年来，市总共慰问困难职工3万余人，送出慰问款物6543万元。", ISSUE)
    assert [r.payer for r in money.extract(doc)] == ["深圳市总工会"]


@pytest.mark.parametrize("text, payers", [
    # an amount whose own clause opens on a government's purse is that purse's, a union named earlier in the sentence
    # or not (made up, twenty-third session, from briefs: the union had paid the county's share)
    # (the money obtained, 争取上级工会资金, is the higher union's since the thirty-second session: it had been the county's)
    ("县总工会争取上级工会资金50万元，县财政配套30万元，建成职工服务中心。", [("上级工会", "union"), ("县财政", "government")]),
    ("市总工会安排送温暖资金1200万元，其中市级财政拨款500万元。", [("市总工会", "union"), ("市级财政", "government")]),
    ("市总工会投入200万元，市政府拨付100万元，共同建设职工服务中心。", [("市总工会", "union"), ("市政府", "government")]),
    # …and a part of a total after 其中 that opens on who gave it, alone or in a list (made up, twenty-fourth session, from
    # briefs: the union that passed the total on had paid the state's share, and its own had had no payer)
    ("省总工会下拨送温暖资金5000万元，其中省级财政专项资金3000万元、省总工会自筹资金2000万元。",
     [("省总工会", "union"), ("省级财政", "government"), ("省总工会", "union")]),
    ("市总工会共筹集帮扶资金1800万元，其中中央财政专项资金1000万元、省财政500万元、市总工会配套300万元。",
     [("市总工会", "union"), ("中央财政", "government"), ("省财政", "government"), ("市总工会", "union")]),
    # …however long the total's fund's name before them (made up, twenty-ninth session, from a national item: the parts
    # had been lost, the whole total the union's)
    ("全总近日下拨2020年元旦春节送温暖资金4.3亿元，其中中央财政专项资金2.8亿元、全总本级资金1.5亿元。",
     [("中华全国总工会", "union"), ("中央财政", "government"), ("中华全国总工会", "union")]),
    ("省总工会近日下拨2024年度元旦春节困难职工送温暖专项资金8000万元，其中中央财政专项资金5000万元、省总工会资金3000万元。",
     [("省总工会", "union"), ("中央财政", "government"), ("省总工会", "union")]),
    # …and money described as what the state's purse gave, passed on by a union, is the state's (made up, twenty-fifth
    # session, from briefs: the union had paid it) — not what lies outside the purse
    ("省总工会将中央财政下达的困难职工帮扶专项资金6800万元分配到各市总工会，用于困难职工生活救助。", [("省总工会", "government")]),
    ("市总工会把省级财政安排的职工疗休养补助资金500万元拨付到各县区总工会，用于一线职工疗休养。", [("市总工会", "government")]),
    ("市总工会将财政资金以外的工会经费50万元用于困难职工帮扶。", [("市总工会", "union")]),
    # a body's own matching or self-raised money named as a fund (省总工会配套资金…) is that body's (made up, thirty-second
    # session, from briefs: the body had been the money's purpose, and no one had paid)
    ("今年我省争取中央财政专项帮扶资金2800万元，省总工会配套资金1200万元，用于困难职工解困脱困。",
     [("中央财政", "government"), ("省总工会", "union")]),
    ("今年，县总工会争取上级工会补助资金50万元，县总工会配套资金30万元，新建户外劳动者服务站10个。",
     [("上级工会", "union"), ("县总工会", "union")]),
    ("市总工会共筹措送温暖资金860万元，其中市财政拨付300万元，市总工会配套资金400万元，社会捐赠160万元。",
     [("市总工会", "union"), ("市财政", "government"), ("市总工会", "union"), ("社会捐赠", "social")]),
    # a partner of another clause's act pays nothing (made up, thirty-second session, from briefs: the partner had paid)
    ("9月5日，苏州市总工会代表团赴新疆伊犁州，与伊犁州总工会签订对口帮扶协议，并向当地捐赠帮扶资金100万元。",
     [("苏州市总工会", "union")]),
    ("3月2日，市总工会与市人社局签订合作协议，并为100名困难职工发放慰问金20万元。", [("市总工会", "union")]),
    # …or its own level's (本级资金), and the higher union's part by that name alone (made up, thirty-second session, from a
    # feature and briefs: the province's union, or the county's, had paid it)
    ("今年元旦春节期间，宜春市总工会共筹集送温暖资金860万元，其中省总工会下拨300万元，市财政安排200万元，市总工会本级资金360万元。",
     [("宜春市总工会", "union"), ("江西省总工会", "union"), ("市财政", "government"), ("宜春市总工会", "union")]),
    ("今年，县总工会投入资金150万元，其中上级工会补助50万元，县总工会本级资金100万元。",
     [("县总工会", "union"), ("上级工会", "union"), ("县总工会", "union")]),
    # money a body obtains (争取) from another is the other's (made up, thirty-second session, from briefs: the body that
    # obtained it had paid)
    ("今年，市总工会向省总工会争取帮扶资金100万元，用于困难职工帮扶。", [("省总工会", "union")]),
])
def test_a_clause_opening_on_a_governments_purse_is_its_payment(text, payers):
    assert [(r.payer, r.payer_type) for r in money.extract(analyse_text(text, ISSUE))] == payers


def test_bodies_that_each_gave_are_all_payers():
    """市建设工会、市教育工会各捐赠10万元: both gave (made up, nineteenth session: the last named alone had been the payer)."""
    rows = money.extract(analyse_text("1月10日，市建设工会、市教育工会各捐赠10万元。", ISSUE))
    assert [(r.payer, r.each_count) for r in rows] == [("市建设工会、市教育工会", 2)]


@pytest.mark.parametrize("text, payers", [
    # …分别 as 各, and a state builder's numbered bureau named by its short name is a company that pays (made up,
    # twenty-fourth session, from briefs: the last company alone had paid, the bureaus had been no body, or the state)
    ("1月8日，市建工集团和市城投公司分别向市总工会捐赠10万元，用于困难职工帮扶。", [("市建工集团、市城投公司", "enterprise", 2)]),
    ("2月3日，中建三局和中铁十一局分别捐赠50万元，支持湖北省总工会开展困难职工帮扶。", [("中建三局、中铁十一局", "enterprise", 2)]),
    ("2月3日，中建三局向武汉市总工会捐赠100万元，用于慰问一线建设者。", [("中建三局", "enterprise", 1)]),
    # union dues a union returns to its grassroots unions are the union's, not the state's refund (made up, twenty-fourth
    # session, from briefs); the state's refund a union helps firms claim is the state's
    ("今年，县总工会向基层工会返还工会经费120万元。", [("县总工会", "union", 1)]),
    ("今年，市总工会向基层工会返还经费3000万元。", [("市总工会", "union", 1)]),
    # …and its members' dues it waives (made up, twenty-ninth session, from briefs: the government's refund)
    ("今年，市总工会为200家小微企业减免会费共计60万元，惠及职工1万余人。", [("市总工会", "union", 1)]),
    ("今年，县总工会为困难企业职工减免会费15万元。", [("县总工会", "union", 1)]),
    ("今年，市总工会协助200家企业申领稳岗返还资金500万元。", [("市总工会", "government", 1)]),
    # …the returning told in the clause before, its sum after (made up, twenty-seventh session, from briefs)
    ("为支持小微企业渡过难关，省总工会决定全额返还小微企业工会经费，预计返还资金1.2亿元。", [("省总工会", "union", 1)]),
    ("今年，市总工会对基层工会经费实行100%返还，共返还资金800万元。", [("市总工会", "union", 1)]),
    # a body and its verb before a fund's name are no part of the purpose, whatever the verb: the body pays (made up,
    # twenty-seventh session, from briefs: the body had stood in the purpose and so been no payer) — an amount before a
    # fund's name of 工会… names no body
    ("1月5日，市总工会紧急调拨帮扶资金50万元，慰问受灾职工。", [("市总工会", "union", 1)]),
    ("1月5日，区总工会下达帮扶资金30万元，慰问困难职工。", [("区总工会", "union", 1)]),
    ("1月5日，市总工会落实帮扶资金20万元，慰问困难职工。", [("市总工会", "union", 1)]),
    # a body visited or met in is where the money is given, not who gives it (made up, twenty-ninth session, from briefs:
    # the company had paid) — a body whose own act is described there still acts
    ("7月16日，襄阳市总工会走进中建三局襄阳东站项目部，为200名建筑工人送去价值5万元的防暑降温物品。",
     [("襄阳市总工会", "union", 1)]),
    ("1月9日，芜湖市总工会在芜湖港务有限公司举行职工互助保障集中理赔仪式，为46名住院职工发放互助保障金18.6万元。",
     [("芜湖市总工会", "union", 1)]),
    ("1月20日，漳州市总工会来到漳州港务集团，为60名困难职工发放慰问金6万元。", [("漳州市总工会", "union", 1)]),
    ("在市总工会举办的捐赠仪式上，漳州港务集团为60名困难职工捐赠慰问金6万元。", [("漳州港务集团", "enterprise", 1)]),
    # more money put up after the first is granted (made up, twenty-seventh session, from briefs: no row)
    ("1月5日，省总工会追加专项资金300万元，支持困难职工帮扶。", [("省总工会", "union", 1)]),
    ("近日，市总工会追加送温暖资金200万元，确保困难职工温暖过冬。", [("市总工会", "union", 1)]),
])
def test_who_pays_each_and_returned_dues(text, payers):
    assert [(r.payer, r.payer_type, r.each_count) for r in money.extract(analyse_text(text, ISSUE))] == payers


@pytest.mark.parametrize("text, rows", [
    # a cost a body bears is its spending (made up, twenty-fourth session, from briefs: no money); a job a firm takes on
    # is none
    ("3月6日，区总工会为辖区500名环卫女职工免费进行“两癌”筛查，所需费用15万元全部由区总工会承担。",
     [(150000.0, "区总工会", "spent")]),
    ("今年，市总工会组织200名劳模疗休养，所需费用60万元由市总工会全额承担。", [(600000.0, "市总工会", "spent")]),
    ("该企业承担了总投资2亿元的技改项目，职工们干劲十足。", []),
    # a prize's money handed over is granted, to those it is handed to (made up, twenty-fourth session, from briefs: no
    # money); certificates handed over are none
    ("会上，市总工会为10名金牌工人每人颁发奖金2万元。", [(20000.0, "市总工会", "granted")]),
    ("市总工会为技能大赛前三名选手颁发奖金8万元。", [(80000.0, "市总工会", "granted")]),
    ("大会为获奖职工颁发荣誉证书。", []),
    # …and goods given with their worth (made up, twenty-fourth session, from briefs: no money)
    ("4月23日，市总工会向中铁十二局集团市轨道交通项目部赠送图书2000册，价值5万元。", [(50000.0, "市总工会", "granted")]),
    ("5月8日，市总工会为10家企业职工书屋赠送价值20万元的图书。", [(200000.0, "市总工会", "granted")]),
    # …their worth in a clause of its own after however long a list (made up, twenty-fifth session, from briefs: the
    # verb had been too far before it); a product's worth is none
    ("7月15日，区总工会走进12个工地，为建筑工人送上绿豆汤、藿香正气水、毛巾等防暑降温物品，总价值8万余元。",
     [(80000.0, "区总工会", "granted")]),
    ("1月8日，市总工会为120户困难职工家庭送去大米、食用油、棉被、电暖器等生活物资，共计价值15万元。",
     [(150000.0, "市总工会", "granted")]),
    ("该企业今年为客户生产的高端数控机床、工业机器人等产品，总价值超过10亿元，职工收入稳步增长。", []),
    # what a policy covers, or the most one could be paid, is no money given — the premium paid is (made up, twenty-ninth
    # session, from briefs: 每人保额10万元 for 1000 riders had been 1亿元 given)
    ("近日，唐山市总工会为1000名外卖骑手、快递员赠送意外伤害保险，每人保额10万元。", []),
    ("近日，市总工会为2000名货车司机赠送“工会送保险”，每人最高保障金额可达30万元。", []),
    ("今年，市总工会推出职工住院互助保障，参保职工住院最高可获赔付1万元。", []),
    ("近日，区总工会为500名环卫工人购买意外伤害保险，共支付保费5万元。", [(50000.0, "区总工会", "granted")]),
    # …nor what was sold, however a union drove it — goods it bought and gave are (made up, twenty-ninth session, from
    # briefs: the union's grant)
    ("今年以来，市总工会开展消费帮扶，带动职工购买扶贫产品，销售额达500万元。", []),
    ("市总工会组织职工开展消费帮扶，带动职工购买帮扶产品，实现销售收入120万元。", []),
    ("1月5日，市总工会采购帮扶产品50万元，发放给困难职工。", [(500000.0, "市总工会", "granted")]),
    # …nor taxes and fees cut, named before the sum or right after it (rmrb_20190225-01-03: a 1.3万亿元 refund; made up,
    # thirtieth session) — members' dues waived are the union's
    ("去年中央送上约1.3万亿元的减税降费“红包”，助力企业轻装上阵，让职工岗位更多。", []),
    ("今年，全省共为企业送上减税降费红包120亿元，惠及职工500万人。", []),
    ("市总工会为小微企业减免会费共计60万元，惠及职工1万人。", [(600000.0, "市总工会", "refund")]),
])
def test_a_cost_borne_is_spent(text, rows):
    assert [(r.money.yuan, r.payer, r.flow) for r in money.extract(analyse_text(text, ISSUE))] == rows


def test_a_county_levels_own_federation_is_the_one_its_sentence_opens_on():
    """在南安市，市总工会为…: the county-level city the sentence is about, not the article's prefecture city (made up,
    nineteenth session, from a feature of three paragraphs each opening on a county: the payer had been 泉州市总工会) — but
    a county named as a venue on the way is not (在晋江市某鞋业公司，…接过市总工会送来的…: the article's)."""
    text = ("今年“两节”期间，泉州市总工会共筹集送温暖资金1860万元。1月10日，在晋江市某鞋业公司，患病职工吴建平接过市总工会送来的"
            "5000元慰问金。\n在南安市，市总工会为300名环卫工人每人送上价值200元的年货大礼包。")
    payers = {r.money.yuan: r.payer for r in money.extract(analyse_text(text, dt.date(2023, 1, 20)))}
    assert payers[5000] == "泉州市总工会" and payers[200] == "南安市总工会"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_acts_of_a_roundups_paragraphs_stay_apart_though_one_spans_the_others_day():
    """rmrb_20200224-04-02: 安徽's 疫情发生以来…捐款2000万元 spans 2月18日, the day of 东风's gifts told in the next paragraph;
    the two had been one event, 安徽's taking 东风's companies as its givers. (Since the twenty-sixth session 东风's gifts,
    截至2月18日…累计捐赠…, are a running total, no event of that day.)"""
    from etl.extract.pipeline import process_text
    from etl.read import read_source
    path = SHARED / "corpus" / "rmrb_2019_2020" / "rmrb_20200224-04-02.txt"
    rows = process_text(read_source(path)).tables()["events"]
    anhui = next(r for r in rows if r["name"] == "捐款2000万元")
    assert not anhui["organizer"] and anhui["province"] == "安徽"
    assert not any("东风" in (r["organizer"] or "") for r in rows)


def test_a_headline_honour_the_body_tells_again_is_one_fact():
    """Made up (the outlets' headline shape 我市N人获…): the headline's count and the body's were two rows, and the
    dashboard counted six people; a headline honour the body does not tell stays."""
    got = awards.extract(analyse_text("近日，全国总工会公布2023年全国五一劳动奖名单，我市3人榜上有名。", ISSUE,
                                      title="我市3人获全国五一劳动奖章"))
    # (…named as the headline names it whole, 奖章, where the body names the list's award: twenty-first session)
    assert [(a.award, a.recipient, a.recipient_count) for a in got] == [("全国五一劳动奖章", "", 3)]
    got = awards.extract(analyse_text("近日，我市职工张三的事迹被广泛传颂。", ISSUE, title="张三荣获全国五一劳动奖章"))
    assert [(a.award, a.recipient) for a in got] == [("全国五一劳动奖章", "张三")]
    # …a team the headline shortens is the body's (made up, nineteenth session: 一车队 and 第一车队 had been two rows)
    got = awards.extract(analyse_text("近日，市公交集团第一车队被全国总工会命名为“全国工人先锋号”。", ISSUE,
                                      title="市公交集团一车队被命名为“全国工人先锋号”"))
    assert [(a.award, a.recipient) for a in got] == [("全国工人先锋号", "市公交集团第一车队")]


@pytest.mark.parametrize("title, body, rows", [
    # a unit's name a headline shortens, words left out, is the body's (made up, twenty-seventh session, from briefs: two
    # rows for one team)…
    ("港口集团装卸队获“全国工人先锋号”", "4月28日，记者从省总工会获悉，省港口集团连云港港区装卸二队被全国总工会授予“全国工人先锋号”称号。",
     [("全国工人先锋号", "省港口集团连云港港区装卸二队")]),
    ("市公交三车队获评省工人先锋号", "4月26日，市公交集团第三客运分公司三车队被省总工会授予“省级工人先锋号”称号。",
     [("省级工人先锋号", "市公交集团第三客运分公司三车队")]),
    # …not another team of the same unit (counter-example)
    ("市电力公司变电运维一班获全国工人先锋号", "4月28日，全国总工会公布2025年全国工人先锋号名单，市电力公司变电运维一班、市电力公司变电运维二班榜上有名。",
     [("全国工人先锋号", "市电力公司变电运维一班"), ("全国工人先锋号", "市电力公司变电运维二班")]),
])
def test_a_unit_a_headline_shortens_is_the_bodys(title, body, rows):
    got = awards.extract(analyse_text(body, ISSUE, title=title))
    assert [(a.award, a.recipient) for a in got] == rows


@pytest.mark.parametrize("body, rows", [
    # an honour named short after its name in full — its level left out, or its kind alone — is the one named in full,
    # given by its giver (made up, twenty-seventh session, from briefs: the national body had given the province's
    # 五一劳动奖状, and 获奖状 / 获奖章 had been no honour)
    ("4月25日，省总工会印发决定，授予50个单位“省五一劳动奖状”、100名职工“省五一劳动奖章”。其中，我市市立医院、市水务集团获五一劳动奖状，"
     "市公交集团驾驶员孙丽等3人获五一劳动奖章。",
     [("省五一劳动奖状", "", "省总工会", "unit"), ("省五一劳动奖章", "", "省总工会", "person"),
      ("省五一劳动奖状", "市立医院", "省总工会", "unit"), ("省五一劳动奖状", "市水务集团", "省总工会", "unit"),
      ("省五一劳动奖章", "孙丽", "省总工会", "person")]),
    ("3月6日，省总工会决定授予20个集体“五一巾帼奖状”、50名个人“五一巾帼奖章”。其中，我市市立医院护理部、高新区税务局办税服务厅获奖状，"
     "市公交集团驾驶员孙丽等3人获奖章。",
     [("五一巾帼奖状", "", "省总工会", "collective"), ("五一巾帼奖章", "", "省总工会", "person"),
      ("五一巾帼奖状", "市立医院护理部", "省总工会", "collective"),
      ("五一巾帼奖状", "高新区税务局办税服务厅", "省总工会", "collective"), ("五一巾帼奖章", "孙丽", "省总工会", "person")]),
    ("4月20日，市总工会命名30个班组为“市级工人先锋号”。其中，市电力公司变电运维班获工人先锋号。",
     [("市级工人先锋号", "", "市总工会", "collective"), ("市级工人先锋号", "市电力公司变电运维班", "市总工会", "collective")]),
    # counter-examples: another level's honour is its own; the kind alone with no honour named in full is none
    ("张明曾获省五一劳动奖章。今年，他又获得全国五一劳动奖章。",
     [("省五一劳动奖章", "张明", "", "person"), ("全国五一劳动奖章", "张明", "中华全国总工会", "person")]),
    ("近日，区实验小学的王小明在作文比赛中获得了奖状。", []),
])
def test_an_honour_named_short_is_the_one_named_in_full_before(body, rows):
    got = awards.extract(analyse_text(body, ISSUE))
    assert [(a.award, a.recipient, a.awarded_by, a.recipient_kind) for a in got] == rows


@pytest.mark.parametrize("title, body, rows", [
    # a profile (made up, twenty-seventh session, from union sites' profiles): the agent of a passive gives the honour,
    # not the employer the lead names; a list of honours under its heading is the person's, each of its year; a sentence
    # opening on its verb, no subject at all, is the person's the paragraph names
    ("【最美职工】王丽：扎根一线的“焊花女神”",
     "王丽，女，1986年出生，中共党员，现任中车长春轨道客车股份有限公司焊接车间焊工班班长。\n主要荣誉：\n2018年 吉林省五一劳动奖章\n"
     "2020年 全国技术能手\n从业18年来，她带领班组攻克技术难题40余项。今年，她被全国总工会评为“最美职工”。",
     [("吉林省五一劳动奖章", "王丽", 2018, "prior", "吉林省总工会"), ("全国技术能手", "王丽", 2020, "prior", "人力资源和社会保障部"),
      ("最美职工", "王丽", 2023, "current", "中华全国总工会")]),
    ("张伟：方向盘上的坚守", "张伟，男，1980年出生，市公交集团驾驶员。\n个人荣誉：\n2019年，获评市劳动模范；\n2022年，荣获省五一劳动奖章。\n"
     "他说，荣誉属于大家。", [("市劳动模范", "张伟", 2019, "prior", ""), ("省五一劳动奖章", "张伟", 2022, "current", "")]),
    ("李强同志先进事迹", "李强，男，汉族，1978年生，现为国网济南供电公司输电运检中心带电作业班班长。先后获得全国劳动模范、全国五一劳动奖章等荣誉称号。",
     [("全国劳动模范", "李强", None, "prior", "中共中央、国务院"), ("全国五一劳动奖章", "李强", None, "prior", "中华全国总工会")]),
    # …not a list's heading of no one, nor a sentence opening on a verb whose person follows
    ("会议纪要", "会议强调，要做好评选工作。\n荣誉：\n2019年 全国劳动模范", []),
])
def test_a_profiles_honours(title, body, rows):
    got = awards.extract(analyse_text(body, ISSUE, title=title))
    assert [(a.award, a.recipient, a.year, a.status, a.awarded_by) for a in got] == rows


@pytest.mark.parametrize("title, body, rows", [
    # a profile's 他 (made up, twenty-ninth session, from profiles): each honour a sentence opening on 去年 tells is that
    # year's (the second had been the issue's); an honour at an occasion a clause before names by its year is that year's
    # (undated, none had been read); 此前，他已获得… is a prior honour (none); the worker's company gives nothing
    ("工匠风采", "王海涛是国网山东电力公司的一名带电作业工。去年，他在全国电力行业职业技能竞赛中获得个人第一名，并被授予“全国技术"
     "能手”称号。", [("个人第一名", "王海涛", 2022, "current", ""),
                  ("全国技术能手", "王海涛", 2022, "current", "人力资源和社会保障部")]),
    ("焊花飞溅写青春", "刘洋是江苏徐工集团的一名焊工。在今年举行的全国焊工技能大赛中，他获得个人第二名，被授予“全国技术能手”称号。"
     "此前，他已获得江苏省技术能手称号。",
     [("个人第二名", "刘洋", 2023, "current", "全国焊工技能大赛"), ("全国技术能手", "刘洋", 2023, "current", "人力资源和社会保障部"),
      ("江苏省技术能手", "刘洋", None, "prior", "江苏省")]),
    ("焊花飞溅写青春", "刘洋是一名焊工。在2021年全国职工职业技能大赛上，他获得焊工项目一等奖。",
     [("焊工项目一等奖", "刘洋", 2021, "prior", "2021年全国职工职业技能大赛")]),
    # …undated and untold, no row (as before)
    ("焊花飞溅写青春", "刘洋是一名焊工。在全国焊工技能大赛中，他获得个人第二名。", []),
    # a 他 in a section that introduced its worker by trade and a comma, a name LAC cannot read (胡双 + 钱, 王建 + 设),
    # is that worker, not the one the feature named most (made up, twenty-ninth session, from a feature of three workers)
    ("匠心筑梦", "在中国一重集团，刘伯鸣已经工作了30多年。2019年，刘伯鸣荣获全国五一劳动奖章。“我就是一名普通焊工。”刘伯鸣说。\n"
     "中国商飞上海飞机制造有限公司的装配钳工胡双钱，参与了C919大型客机的总装工作。多年来，他先后获得全国劳动模范等荣誉。",
     [("全国五一劳动奖章", "刘伯鸣", 2019, "prior", "中华全国总工会"), ("全国劳动模范", "胡双钱", None, "prior", "中共中央、国务院")]),
    ("匠心筑梦", "在中国一重集团，刘伯鸣已经工作了30多年。2019年，刘伯鸣荣获全国五一劳动奖章。“我就是一名普通焊工。”刘伯鸣说。\n"
     "中建三局的钢筋工王建设，参与了多项重点工程建设。多年来，他先后获得全国劳动模范等荣誉。",
     [("全国五一劳动奖章", "刘伯鸣", 2019, "prior", "中华全国总工会"), ("全国劳动模范", "王建设", None, "prior", "中共中央、国务院")]),
])
def test_a_profiles_he_and_the_year_of_his_honours(title, body, rows):
    got = awards.extract(analyse_text(body, ISSUE, title=title))
    assert [(a.award, a.recipient, a.year, a.status, a.awarded_by) for a in got] == rows


@pytest.mark.parametrize("title, body, rows", [
    # a count untold is no one (made up, twenty-seventh session, from headlines: 多人 and 多个班组 had been recipients)
    ("我市多人获评省“五一劳动奖章”", "近日，省总工会印发决定，我市15名职工获省五一劳动奖章。", [("省五一劳动奖章", "", 15)]),
    ("我区多个班组获评市工人先锋号", "近日，市总工会命名20个班组为“市工人先锋号”，我区3个班组榜上有名。", [("市工人先锋号", "", 3)]),
])
def test_a_count_untold_is_no_one(title, body, rows):
    got = awards.extract(analyse_text(body, ISSUE, title=title))
    assert [(a.award, a.recipient, a.recipient_count) for a in got] == rows


@pytest.mark.parametrize("title, body, rows", [
    # a grant of a city's honour to those numbered below, a padded name among them (made up, twenty-seventh session,
    # from rosters: 市“金牌职工” had not been read as the honour, and no one had been)
    ("2025年度“金牌职工”名单", "决定授予以下3名同志2025年度市“金牌职工”称号：\n1. 王建华　市供电公司\n2. 李秀英　市第一人民医院\n"
     "3. 张　伟　市公交集团\n（其余略）",
     [("市“金牌职工”", "王建华", ""), ("市“金牌职工”", "李秀英", ""), ("市“金牌职工”", "张伟", "")]),
    # the roster's giver told after it, no holder giving it to another (made up, twenty-seventh session, from rosters:
    # each unit had been given it by the next one listed)
    ("省级模范职工之家名单", "市公交集团工会、市第二人民医院工会、某纺织有限公司工会\n以上单位被省总工会命名为2025年度“省级模范职工之家”。",
     [("省级模范职工之家", "市公交集团工会", "省总工会"), ("省级模范职工之家", "市第二人民医院工会", "省总工会"),
      ("省级模范职工之家", "某纺织有限公司工会", "省总工会")]),
    ("", "2025年度最美职工名单\n张三 市公交集团驾驶员\n李四 市自来水公司抄表员\n上述同志被市总工会授予“最美职工”称号。",
     [("最美职工", "张三", "市总工会"), ("最美职工", "李四", "市总工会")]),
    # those from here who hold it, on the lines below 获此殊荣的有： (made up, twenty-seventh session, from rosters: the
    # sentence had named no honour word the quick test knew, 殊荣, and no one had been read)
    ("", "近日，省委、省政府授予1200名同志“省劳动模范”称号。我市获此殊荣的有：\n王大海（市钢铁集团炼钢厂炉长）\n刘小红（市纺织集团细纱工）",
     [("省劳动模范", "", "省委、省政府"), ("省劳动模范", "王大海", "省委、省政府"), ("省劳动模范", "刘小红", "省委、省政府")]),
    ("", "近日，全国总工会授予100名职工“全国五一劳动奖章”。我省获此殊荣的是：\n李强（中车大连公司电焊工）\n王芳（鞍钢集团质检员）",
     [("全国五一劳动奖章", "", "中华全国总工会"), ("全国五一劳动奖章", "李强", "中华全国总工会"),
      ("全国五一劳动奖章", "王芳", "中华全国总工会")]),
])
def test_rosters_their_grants_and_givers(title, body, rows):
    got = awards.extract(analyse_text(body, ISSUE, title=title))
    assert [(a.award, a.recipient, a.awarded_by) for a in got] == rows


@pytest.mark.parametrize("body, rows", [
    # one named recipient's one honour of one round is one row, however often the article tells it — a decision and its
    # roster, a lead and a profile (made up, twenty-seventh session, from briefs: the dashboard had counted them twice);
    # the same honour of another year is a fact of its own (counter-example)
    ("为表彰先进，市总工会决定，授予张伟等2名职工“市五一劳动奖章”。\n市五一劳动奖章（2名）\n张伟 市电力公司变电运维班班长\n"
     "李娜 市第一人民医院护士长",
     [("市五一劳动奖章", "张伟", 2023), ("市五一劳动奖章", "李娜", 2023)]),
    ("近日，市总工会授予王芳等3名职工“最美职工”称号。王芳是市公交集团的一名驾驶员。今年，王芳被市总工会授予“最美职工”称号后，更加努力工作。",
     [("最美职工", "王芳", 2023)]),
    ("2015年，李强荣获全国五一劳动奖章。2020年，李强再次荣获全国五一劳动奖章。",
     [("全国五一劳动奖章", "李强", 2015), ("全国五一劳动奖章", "李强", 2020)]),
])
def test_one_recipients_honour_is_one_row(body, rows):
    got = awards.extract(analyse_text(body, ISSUE))
    assert [(a.award, a.recipient, a.year) for a in got] == rows


@pytest.mark.parametrize("body, rows", [
    # the round the sentence before names in its paragraph dates the honours it commended, a qualifier the list shares
    # said once (made up, twenty-seventh session, from briefs: the issue's year)…
    ("市总工会近日表彰2024年度“最美职工”。张三、李四等10人被评为“最美职工”。",
     [("最美职工", "张三", 1, 10, 2024), ("最美职工", "李四", 1, 10, 2024)]),
    ("区总工会日前印发通知，表彰2024年度优秀工会工作者和工会积极分子。李明、王芳等20名同志被评为优秀工会工作者，赵磊、孙悦等30名同志被评为"
     "优秀工会积极分子。",
     [("优秀工会工作者", "李明", 1, 20, 2024), ("优秀工会工作者", "王芳", 1, 20, 2024),
      ("优秀工会积极分子", "赵磊", 1, 30, 2024), ("优秀工会积极分子", "孙悦", 1, 30, 2024)]),
    # …not a year of another paragraph's act (counter-example)
    ("2024年，市总工会开展了职工技能培训。\n张三、李四等10人被评为“最美职工”。",
     [("最美职工", "张三", 1, 10, 2023), ("最美职工", "李四", 1, 10, 2023)]),
    # the national body's stories of its 最美职工 published, then those from here among them (made up, twenty-seventh
    # session, from briefs: no one named had been read)
    ("4月30日，中华全国总工会发布2025年“最美职工”先进事迹，我省国网江西电力公司输电运检工程师胡强、江铃汽车集团装配工邹丽、南昌轨道交通集团"
     "列车司机杨帆入选。",
     [("最美职工", "胡强", 1, 3, 2025), ("最美职工", "邹丽", 1, 3, 2025), ("最美职工", "杨帆", 1, 3, 2025)]),
    ("9月1日，中宣部、全国总工会向全社会发布2025年“最美职工”先进事迹，我市中铁工程装备集团盾构机主司机王波、郑州宇通客车公司电工李静入选。",
     [("最美职工", "王波", 1, 2, 2025), ("最美职工", "李静", 1, 2, 2025)]),
])
def test_the_round_before_and_the_stories_published(body, rows):
    got = awards.extract(analyse_text(body, ISSUE))
    assert [(a.award, a.recipient, a.recipient_count, a.group_count, a.year) for a in got] == rows


@pytest.mark.parametrize("body, rows", [
    # the front line of a service is a collective that receives (made up, twenty-seventh session, from briefs: none had
    # been read), and an ordinal in a unit's name no count of those from here (市第一人民医院: a count of one)
    ("近日，团省委公布新一批“省级青年文明号”名单，共80个集体入选，其中我市有5个，市人民医院儿科门诊获此荣誉。",
     [("省级青年文明号", "", 80), ("省级青年文明号", "市人民医院儿科门诊", 1)]),
    ("近日，市移动公司人民路营业厅被团市委命名为“市级青年文明号”。", [("市级青年文明号", "市移动公司人民路营业厅", 1)]),
    ("近日，共青团中央公布第21届全国青年文明号名单，市第一人民医院急诊科榜上有名。", [("全国青年文明号", "市第一人民医院急诊科", 1)]),
    ("省总工会公布2025年省五一劳动奖名单，市第二人民医院榜上有名。", [("省五一劳动奖", "市第二人民医院", 1)]),
])
def test_service_front_lines_are_collectives_and_ordinals_no_counts(body, rows):
    got = awards.extract(analyse_text(body, ISSUE))
    assert [(a.award, a.recipient, a.recipient_count) for a in got] == rows


@pytest.mark.parametrize("title, body, awarded_by", [
    # a giver whose own clause named the honour it gave gives no later one (rmrb_20200512-15-09 had 全国先进工作者 and
    # 全国优秀共产党员 from 中华全国总工会, which gave the 2009 medal only): 全国先进工作者 is the state's by its name
    # (honour_givers.tsv), and 全国优秀共产党员 the Party Central Committee's (the table knew no giver of it before the
    # twenty-sixth session)
    ("金海的故事", "2008年，金海被中共内蒙古自治区委员会授予“优秀共产党员”称号，2009年被中华全国总工会授予“全国五一劳动奖章”，"
     "2010年获“全国先进工作者”称号，2011年获“全国优秀共产党员”称号。",
     ["中共内蒙古自治区委员会", "中华全国总工会", "中共中央、国务院", "中共中央"]),  # (the last by name: twenty-sixth session)
    # …a giver that names none carries on (made up)
    ("市总工会表彰先进", "市总工会日前表彰了一批先进，其中张三获得市五一劳动奖章。", ["市总工会"]),
    # …nor is the recipient's own unit, named right before them (made up, nineteenth session: 市公交集团 had given 李明 his
    # placing, being the lead's only body)
    ("技能大赛决出名次", "11月20日，市公交集团李明获得电工项目第一名。", [""]),
    ("技能大赛决出名次", "11月20日，市公交集团的李明、市自来水公司的王芳获得市五一劳动奖章。", ["", ""]),
    # …with their posts between (made up, twenty-third session, from a brief: the engineer's company had given his
    # honour) — not bodies that grant with a verb between (市总工会、市人社局授予…)
    ("工匠风采", "近日，国网湖州供电公司变电运维中心副主任、高级工程师陈晓东荣获“浙江工匠”称号。", [""]),
    # union work, or its workers, names no body (工会工作, 优秀工会工作者: made up, twenty-third session — 工会 had given)
    ("表彰先进", "大会表彰了2025年度全市工会工作先进集体30个、先进个人50名、优秀工会工作者20名。", ["", "", ""]),
    ("表彰先进", "近日，市总工会、市人社局授予张三“金牌工匠”称号。", ["市总工会、市人社局"]),
    # …nor a body a bracket describes someone by (made up, nineteenth session: 钢铁公司 had given the honour)
    ("最美职工揭晓", "近日，第五届“最美职工”评选结果揭晓，李建国（某钢铁公司炼钢工）等10人当选。", [""]),
    # a union honour named by its level alone is that level's federation where the article is (made up, nineteenth session:
    # 市五一劳动奖章 had no giver)
    ("杭州表彰先进", "4月28日，全市庆祝五一大会召开，张三获得市五一劳动奖章。杭州市总工会主席出席。", ["杭州市总工会"]),
    # a venue is no giver (hzrb_20211027-00-01 had 会议中心); a profile's past honour is not the visiting union's
    # (czwb_20200109-00-01: 姚杏秀's 1959 省劳模 had been 常州市总工会's)
    ("杭州市举行环卫工人节庆祝活动", "昨天是浙江省第25个环卫工人节，下午，我市在萧山会议中心举行了相关庆祝活动。同时，全市20名优秀环卫"
     "工作者受到了表扬。", [""]),
    ("市总工会走访慰问劳模", "市总工会主席徐伟南一行来到困难劳模姚杏秀家。姚杏秀1959年被评为省劳模。", [""]),
    # a clause that only grants again has the giver of the grant before it, though that one named its own honour
    # (made up: 五一劳动奖状 had gone to the national federation by the honours table)
    ("市总工会表彰先进", "市总工会授予张伟等5名职工“五一劳动奖章”，授予市第二中学等3家单位“五一劳动奖状”。", ["市总工会", "市总工会"]),
    # a verb of receiving is no part of the giver's name (made up: 职工受到省总工会 had been the giver)
    ("先进受表彰", "张海军、李卫东等5名职工受到省总工会表彰，被授予“省级技术能手”称号。", ["省总工会", "省总工会"]),
    ("先进受表彰", "刘晓东被省总工会表彰为全省优秀农民工。", ["省总工会"]),
    # the body that convenes the ceremony gives its honours, as one that holds it does (made up, from a probe of 9
    # ways × 7 givers × 4 honours: 在…召开的表彰大会上 had given no giver)
    ("职工动态", "在河南省总工会日前召开的表彰大会上，张建国被授予“中原工匠”称号。", ["河南省总工会"]),
    # the one honoured never gives itself the honour, though it is the only body the lead names (made up: 县医院工会
    # had given its own)
    ("工会动态", "县医院工会获评五星级职工之家。", [""]),
    # …and the national civic honours by their givers (honour_givers.tsv; made up)
    ("先进受表彰", "市税务局获评全国文明单位，市公交公司101路车队被授予全国青年文明号，市妇幼保健院产科获评全国巾帼文明岗。",
     ["中央文明委", "共青团中央", "全国妇联"]),
    # (seventeenth session, the givers probe again, made up) bodies named together give it together, the joint
    # organisers of a contest too (rmrb_20191030-06-05's 由人力资源和社会保障部、中国残联主办: the second alone had been
    # the giver); a giver qualifying the honour after the verb (荣获…授予的) gives it; a batch commended, then one of
    # them (表彰了一批“…”，张建国名列其中: no row had been made)
    ("职工动态", "日前，省委宣传部、省总工会授予张建国“中原工匠”称号。", ["省委宣传部、省总工会"]),
    ("职工动态", "张建国荣获河南省总工会授予的“中原工匠”称号。", ["河南省总工会"]),
    ("职工动态", "近日，河南省总工会表彰了一批“中原工匠”，张建国名列其中。", ["河南省总工会"]),
    # (twenty-fourth session, from briefs, made up) 命名表彰 is one verb (the honour had been 表彰了一批全国五一劳动奖章), and a
    # listed person's unit with their post after its 的 gives nothing (市环卫中心的环卫工人吴芳: it had given 周敏's honour)
    ("职工动态", "近日，全国总工会命名表彰了一批全国五一劳动奖章获得者，晋能控股集团的刘军、山西建投的李平名列其中。",
     ["中华全国总工会", "中华全国总工会"]),
    ("职工动态", "近日，市总工会公布2023年度“最美职工”名单，市第一人民医院的护士长周敏、市环卫中心的环卫工人吴芳榜上有名。",
     ["市总工会", "市总工会"]),
    # …nor a listed person's unit with a post after a word of their trade, the list's last before its verb too (made up,
    # twenty-fifth session, from briefs: the port had given the miner's honour, the bus company the linesman's)
    ("职工动态", "今天，山东能源集团兖矿能源公司综采队队长赵立军、青岛港集团桥吊司机孙丽等10名职工被评为2025年“齐鲁最美职工”。",
     ["", ""]),
    ("职工动态", "近日，市电力公司运维班班长王刚、市公交集团公交驾驶员李娜获评市五一劳动奖章。", ["", ""]),
    # …a trade's word ending on 工 or 师 (made up, twenty-eighth session, from briefs: the last listed one's employer had
    # given the others' honour)
    ("职工动态", "在刚刚揭晓的2025年“最美职工”评选中，市公交集团驾驶员刘江西、市第一人民医院护士长王丽江、市电力公司电工张建湖当选。",
     ["", "", ""]),
    ("职工动态", "近日，市公交集团驾驶员刘强、市自来水公司焊工王明获评市五一劳动奖章。", ["", ""]),
    # …or on 士, the list's last before its 等 or its sentence's end (made up, thirtieth session, from a Hong Kong union's
    # awards and briefs: the hospital authority had given the honour)
    ("职工动态", "近日，20名员工获得“杰出员工奖”，其中包括港铁车长陈大文、医院管理局护士李美玲等。", ["", ""]),
    ("职工动态", "近日，市总工会公布“最美职工”名单，市公交集团驾驶员刘强、市人民医院护士李娜入选。", ["市总工会", "市总工会"]),
    ("职工动态", "近日，10名职工获评市五一劳动奖章，其中包括市公交集团驾驶员刘强、市急救中心护士李娜等。", ["", ""]),
    ("职工动态", "近日，市公交集团驾驶员刘强、市急救中心护士李娜获评市五一劳动奖章。", ["", ""]),
    ("市总工会表彰先进", "市总工会日前表彰了一批先进，其中张三获得市五一劳动奖章。", ["市总工会"]),
    # …and a contest's placings are not given by the body the reporter learnt them from; a title the source names may be
    # its own, and a contest it holds it gives the placings of (with no holder named, the contest they were won at:
    # twenty-sixth session)
    ("职工动态", "10月20日，记者从省总工会获悉，在刚刚结束的第三届全国职工职业技能大赛中，我省选手张伟获得焊工项目金奖，李强获得"
     "电工项目银奖。", ["第三届全国职工职业技能大赛"] * 2),
    ("职工动态", "记者从市总工会获悉，在全省职工技能大赛中，我市选手王刚获得钳工项目一等奖。", ["全省职工技能大赛"]),
    ("职工动态", "记者从市总工会获悉，2023年度“金牌工人”评选结果揭晓，张三、李四等10人当选。", ["市总工会", "市总工会"]),
    ("职工动态", "记者日前从市总工会了解到，在市总工会举办的全市职工技能大赛中，张三获得焊工项目一等奖。", ["市总工会"]),
    # …nor a body the sentence has already honoured (made up, twenty-fourth session, from briefs: the company had given
    # 张三's medal)
    ("职工动态", "近日，市第一人民医院获评全国五一劳动奖状，张三等12人获评市五一劳动奖章。", ["中华全国总工会", ""]),
    ("职工动态", "其中，市公交集团获省五一劳动奖状，张三等12人获省五一劳动奖章。", ["", ""]),
    # …a grant verb is no part of the giver's name (省总工会 命名 市电力公司…: the giver had been 省总工会命名市电力公司)
    ("职工动态", "近日，省总工会命名市电力公司“李明劳模创新工作室”等10个工作室为省级劳模和工匠人才创新工作室。", ["省总工会"]),
    # (twentieth session, from briefs, made up) the bodies the lead names together give it together, though the verb
    # stands a clause later (rmrb_20200103-06-03's 人社部、财政部…公布: the first alone had been the giver); a headline's
    # two bodies glued (人社部全总) are two; a province's Party committee named with its government gives with it; 经 before
    # a body is no part of its name
    ("职工动态", "近日，人力资源社会保障部、中华全国总工会联合印发决定，授予100个集体“全国人社系统先进集体”称号。",
     ["人力资源和社会保障部、中华全国总工会"]),
    ("人社部全总联合表彰", "近日，两部门联合印发决定，授予100个集体“全国人社系统先进集体”称号。",
     ["人力资源和社会保障部、中华全国总工会"]),
    ("职工动态", "4月28日，省委、省政府召开全省劳动模范表彰大会，授予王明等500人“省劳动模范”称号。", ["省委、省政府"]),
    ("职工动态", "经省总工会研究决定，授予省电力公司变电运维班等20个集体“省工人先锋号”称号。", ["省总工会"]),
    # (twenty-first session, from briefs, made up) partners a verb joins (联合, 会同) give together; a union named by the
    # post of one listed (…工会主席李秀梅等) is that person's, not the giver; nor does a body's officer who hands the honour
    # over (市总工会领导为张三…颁奖) stand for the recipient's unit
    ("十大工匠揭晓", "日前，市总工会联合市人社局评选出2024年度“十大金牌工匠”，张建国、李秀梅等10人入选。",
     ["市总工会、市人社局", "市总工会、市人社局"]),
    ("职工动态", "近日，市总工会会同市财政局命名10家区级职工创新工作室。", ["市总工会、市财政局"]),
    ("职工动态", "日前，2024年度“十大金牌工匠”评选揭晓，高级技师张建国、某公司工会主席李秀梅等10人入选。", ["", ""]),
    ("职工动态", "日前，2024年度“最美职工”评选揭晓，市公交集团驾驶员陈刚、市第一人民医院护士长王丽等10人当选。", ["", ""]),
    ("职工动态", "活动现场，市总工会领导为张三、李四等5名“金牌工匠”颁奖。", ["市总工会", "市总工会"]),
    # …bodies that decide, the grant a clause later, give it — not those that approved it (经…批准, 经…同意)
    ("表彰决定", "经党中央、国务院批准，人力资源社会保障部、中华全国总工会近日决定，授予100个集体“全国先进集体”称号。",
     ["人力资源和社会保障部、中华全国总工会"]),
    ("职工动态", "经省委、省政府同意，省人社厅、省总工会日前决定，授予50名同志“全省技术能手”称号。", ["省人社厅、省总工会"]),
    ("集体荣誉", "近日，全国总工会、国家卫生健康委联合发文，授予100个医疗卫生集体“全国五一劳动奖状”。",
     ["中华全国总工会、国家卫生健康委员会"]),
    # (twenty-second session, from briefs, made up) a body whose own people are counted as the ones honoured gives
    # nothing
    ("职工动态", "近日，市交通局2人获评“优秀党务工作者”。", [""]),
    ("职工动态", "近日，中铁十二局有5名职工入选“齐鲁工匠”。", [""]),
    ("职工动态", "近日，省总工会机关3名干部获评“优秀共产党员”。", [""]),
    ("职工动态", "近日，省总工会表彰了一批先进，中铁十二局5人获评“优秀职工”。", ["省总工会"]),
    # …nor a body those honoured come from (made up, thirty-second session, from briefs: the first company had given the
    # contest's prize)
    ("技能大赛落幕", "10月20日，全市职工职业技能大赛落幕，来自市公交集团、市供电公司等单位的8名选手获得一等奖。",
     ["全市职工职业技能大赛"]),
    # an honour held from before, its giver known by its name, is not given by a body the sentence tells of now (made up,
    # thirty-second session, from profiles: the city's union had given the national medal)
    ("劳模带徒传技", "曾获全国五一劳动奖章的高级技师王刚，近日在市总工会举办的技能培训班上为50名青年职工授课。", ["中华全国总工会"]),
    ("劳模进校园", "曾获全国劳动模范称号的李娜，近日在区总工会举办的劳模宣讲会上讲述奋斗故事。", ["中共中央、国务院"]),
    ("技能大赛落幕", "10月20日，全省职工技能大赛落幕，来自中铁十二局、山东重工集团等企业的10名选手获得金奖。", ["全省职工技能大赛"]),
])
def test_who_gave_an_honour(title, body, awarded_by):
    got = awards.extract(analyse_text(body, dt.date(2020, 5, 12), title=title))
    assert [a.awarded_by for a in got] == awarded_by


@pytest.mark.parametrize("text", ["秦平林等100名职工获全国五一劳动奖章", "她是三八红旗手"])
def test_honours_are_not_festivals(text):
    assert all(d.precision != "period" for d in find_dates(text, ISSUE))


# events beyond noun × verb: actions, money given, kickers; organisers that act (G, R: real sentences)
@pytest.mark.parametrize("title, body, name_has, organizer", [
    ("夜访城市工人休息室", "1月7日晚上，福建省人大常委会副主任、省总工会主席张广敏走进福州市鼓楼区大街小巷夜访城市工人休息室。",
     "夜访", "福建省总工会"),
    ("贵州省总安排600万元专款支持疫情防控", "本报讯（记者李丰）9月6日，记者从贵州省总工会获悉，贵州省总从本级统筹资金中安排600万元专款。",
     "专款", "贵州省总工会"),
    ("烟台开展丰富活动庆“五一”", "本报讯（记者杨明清 通讯员宋洁）4月28日，山东烟台市召开庆祝“五一”国际劳动节大会。",
     "劳动节大会", "烟台市"),
    ("云南省总启动中秋国庆送温暖活动", "9月7日，云南省2022年中秋国庆送温暖活动正式启动。云南省人大常委会副主任、省总工会主席王树芬率慰问组先后"
     "来到昆百大集团股份有限公司职工家中，对一线职工开展2022年中秋国庆送温暖慰问活动。", "送温暖", "云南省总工会"),
    ("提案有分量", "去年3月20日下午，全国政协提案委员会便召开了重点提案选题协商会。", "选题协商会", "全国政协提案委员会"),
    # a gathering, contest, show or festival the table does not list, held as events are (rmrb_20200108-02-07's 吹风会,
    # rmrb_20200121-13-01's 相亲会; the union's made up) — not a body (召开工会会员大会 is the 大会's)
    ("国新办举行吹风会", "国务院新闻办公室7日举行政策例行吹风会，介绍有关情况。", "吹风会", "国务院新闻办公室"),
    ("工会举办读书分享会", "4月23日，德州市总工会举办职工读书分享会。", "读书分享会", "德州市总工会"),
    ("市总工会开展读书节", "4月20日，菏泽市总工会开展第三届职工读书节。", "读书节", "菏泽市总工会"),
    # …its quoted title before the noun, as before the table's nouns (made up: 举办“书香三八”读书分享会 had given nothing)
    ("书香润心田", "4月23日，市总工会在职工书屋举办“书香三八”读书分享会。", "“书香三八”读书分享会", "市总工会"),
    # goods of a stated worth taken or bought for workers are a gift, as money is (made up: the issue's 采购…发放; the gold
    # lists hzrb_20211027-00-01's 送来了6万元慰问品 as such a gift)
    ("工会消费帮扶", "近日，潍坊市总工会采购价值50万元的农副产品，发放给困难职工。", "农副产品", "潍坊市总工会"),
    ("关爱一线职工", "7月10日，淄博市总工会为环卫工人送去价值2万元的防暑降温物品。", "防暑降温物品", "淄博市总工会"),
    # …and what is handed over, named by its giving (慰问品, 慰问金), is no 慰问 to name an event by (made up: the name had
    # been 价值30万元的米面油等慰问)
    ("关爱困难职工", "1月10日，东营市总工会为200户困难职工发放价值30万元的米面油等慰问品。", "发放价值30万元的米面油等慰问品",
     "东营市总工会"),
    # …and an officer by a deputy's title (shghxy_20230925-00-01: the 学院's 工会 had become the 浙江省总工会 it visited)
    ("学院赴浙江省总工会干部学校学习考察", "9月22日，学院党委副书记、纪委书记、工会主席马景红带领培训部、组织人事处一行5人，"
     "赴浙江省总工会干部学校学习考察。", "学习考察", "学院党委"),
    ("全国工业机器人技术应用技能大赛开赛", "本报济南10月18日电 （记者王政）第三届全国工业机器人技术应用技能大赛决赛18日拉开帷幕。"
     "本届大赛由工业和信息化部、人力资源和社会保障部、教育部、中华全国总工会和共青团中央共同主办。", "技能大赛",
     "工业和信息化部、人力资源和社会保障部、教育部、中华全国总工会、共青团中央"),
    ("“时代新人说——我和祖国共成长”脱贫攻坚主题演讲赛在湘西举行",
     "16日至17日，“时代新人说”演讲大赛“脱贫攻坚”主题赛事在此间举行。演讲大赛由中共中央宣传部、国务院国资委、"
     "中央军委政治工作部、全国总工会、共青团中央、全国妇联、人民日报社共同主办。", "时代新人说",
     "中共中央宣传部、国务院国资委、中央军委政治工作部、中华全国总工会、共青团中央、全国妇联、人民日报社"),
    # bodies joined by 与 or 联合 act together (rmrb_20200207-04-02 had only 北京市教委: 人力社保局 was no body; 联合
    # made up after rmrb_20200117-15-01's 中建五局三公司西北分公司联合陕西省建设工会, which had only the union)
    ("北京出台通知", "2月1日，北京市人力社保局与北京市教委联合发布《关于因防控疫情推迟开学企业职工看护未成年子女期间工资待遇问题的通知》。",
     "通知", "北京市人力社保局、北京市教委"),
    ("春风送岗位", "3月1日，市总工会联合市人社局举办春风行动专场招聘会。", "春风行动", "市总工会、市人社局"),
    # a partner the event's verb follows right after holds it too (made up); one met, or a venue, does not
    ("推进集体协商", "3月1日，市总工会与市企业联合会召开工资集体协商推进会。", "推进会", "市总工会、市企业联合会"),
    ("劳模座谈", "3月1日，市总工会与劳模代表座谈，听取意见建议，并召开座谈会。", "座谈会", "市总工会"),
    # a facility unveiled is named whole, where it was unveiled said or not, and unveils nothing itself: the body its
    # name opens on does, else the lead's (made up, twenty-third session, from briefs: 揭牌, organised by the centre)
    ("职工服务中心揭牌", "6月1日，区总工会职工服务中心在区政务中心揭牌。", "区总工会职工服务中心", "区总工会"),
    ("工会服务阵地建设纪实", "绍兴市总工会推进服务阵地建设。10月15日，上虞区首个园区职工服务中心在开发区揭牌。",
     "园区职工服务中心", "绍兴市总工会"),
    ("工作室揭牌", "5月20日，市公交集团劳模创新工作室在集团总部揭牌成立。", "工作室", "市公交集团"),
    # who held it (主办), not who ran it for them (承办), when the sentence says both (made up; rmrb_20191030-06-05: 由人社部、
    # 中国残联主办，浙江省人民政府承办的… had named all three); 落下帷幕 as 落幕 (rmrb_20190221-18-02 has 拉开帷幕)
    ("乒乓球赛落幕", "3月1日，由市总工会主办、市职工文体协会承办的全市职工乒乓球比赛落下帷幕。", "乒乓球", "市总工会"),
    # a government department beside the union (G: rmrb_20200207-04-02's 浙江省委组织部、省财政厅、省人社厅联合下发, whose 省
    # had been cut from 财政厅; mbrb_20180226-00-01's 建瓯法院 had been no organiser)
    # (…the 省总工会 is that of the province the venue lies in: 浙江, since the seventeenth session)
    ("技能大赛开幕", "3月1日，由省总工会、省教育厅共同主办的全省职工技能大赛在杭州开幕。", "技能大赛", "浙江省总工会、省教育厅"),
    # the bare 工会 of a territory's unions organises nothing (made up, twenty-third session: 工会 had organised it)
    ("全省工会女职工工作会议召开", "3月6日，全省工会女职工工作会议在长沙召开。", "女职工工作会议", ""),
    # …an emergency bureau beside the union in its 安康杯, the federation of industry and commerce in its wage bargaining
    # (made up, twenty-third session, from briefs: each had been left out)
    ("安康杯表彰", "12月26日，省总工会、省应急管理厅召开全省“安康杯”竞赛总结表彰会。", "表彰会", "省总工会、省应急管理厅"),
    ("要约行动启动", "3月20日，市总工会、市人社局、市工商联联合启动工资集体协商“要约行动”。", "要约行动",
     "市总工会、市人社局、市工商联"),
    ("浙江出台举措", "2月3日，浙江省委组织部、省财政厅、省人社厅联合下发《八项举措》的通知。", "八项举措",
     "浙江省委组织部、省财政厅、省人社厅"),
    # a level's own two-character body beside the union (made up: 市妇联 had been no body; 市中心 stays none)
    ("关爱女职工", "3月1日，市总工会、市妇联联合举办女职工健康讲座。", "健康讲座", "市总工会、市妇联"),
    # every union of a place is no one body (全 | 市工会 as the tokenizer reads it had given the organiser 市工会; made up)
    ("市总工会部署工会进万家", "3月1日，全市工会系统开展“工会进万家”活动。", "工会进万家", "市总工会"),
    # 工会 alone is the article's union with its level completed from the places it names (grrb_20160111-02-02: the
    # photo story's 省总工会 had stayed short when its caption's last sentence, …各级工会组织…, gave the organiser)
    ("夜访城市工人休息室", "1月7日晚上，福建省人大常委会副主任、省总工会主席张广敏走进福州市鼓楼区大街小巷夜访城市工人休息室。"
     "通过夜访，张广敏强调，各级工会组织要关心艰苦岗位的一线职工。", "夜访", "福建省总工会"),
    # places listed before a count of them and 总工会 are each place's federation (made up, twentieth session, from a
    # brief: the body had been 黑龙江三省总工会, a name no one bears); a count that is not the list's is left as written
    ("工会动态", "8月6日，辽宁、吉林、黑龙江三省总工会在沈阳签订区域工会合作框架协议。", "协议",
     "辽宁省总工会、吉林省总工会、黑龙江省总工会"),
    ("工会动态", "8月6日，广州、深圳两市总工会在深圳签订职工服务合作协议。", "协议", "广州市总工会、深圳市总工会"),
    ("工会动态", "8月6日，北京、天津、河北三省市总工会签订合作协议。", "协议", "北京市总工会、天津市总工会、河北省总工会"),
    ("工会动态", "8月6日，广州、深圳三市总工会签订合作协议。", "协议", "深圳三市总工会"),
    # the bodies a gift goes to, counted after 向 (made up, twentieth session, from a brief: the recipients had organised
    # it), are no organiser; 向 and the bare recipient already were none
    ("工会动态", "1月15日，省总工会向全省14个市州总工会下拨送温暖资金2800万元。", "送温暖资金", "省总工会"),
    ("工会动态", "1月15日，省总工会向市总工会下拨送温暖资金2800万元。", "送温暖资金", "省总工会"),
    # …nor are the bodies listed after a recipient (made up, twenty-first session: the second had organised the gift)
    ("工会动态", "2月10日，市总工会分别向武汉市总工会、孝感市总工会各捐赠100万元，支持疫情防控。", "捐赠", "市总工会"),
    ("工会动态", "2月10日，省总工会向恩施州总工会和黄冈市总工会各拨付50万元，支持疫情防控。", "拨付", "省总工会"),
    # …nor completed from where a trip arrives (抵达, 到达: made up, twenty-first session — it had been 海南省总工会); a
    # trip's verb stays in the name with where it went (赴川调研 had been 川调研; lsszgh_20221227-00-01's 赴基层工会检查验收)
    ("劳模疗休养", "5月20日，省总工会组织的首批劳模疗休养团抵达海南三亚，50名劳模将在此疗休养。", "疗休养", "省总工会"),
    ("职工疗休养", "7月8日，市总工会组织的200名一线职工到达浙江舟山，开展为期5天的疗休养。", "疗休养", "市总工会"),
    ("全总赴川调研", "3月12日，全国总工会调研组赴四川成都、绵阳等地开展调研。", "赴川调研", "中华全国总工会"),
    ("省总工会赴企业调研", "3月12日，省总工会赴企业调研。", "赴企业调研", "省总工会"),
    # a body after 在 whose own act describes what follows (在…近日公布的…名单中, 在…30日举行的…上) published or held it: not
    # a venue (made up, twenty-first session, from a brief — a listed person's unit after the list had organised it; the
    # third as rmrb_20191031-02-03 has it, whose organiser had been 国务院)
    ("我市两人获评全国劳模", "在全国总工会近日公布的2025年全国劳动模范和先进工作者名单中，本市有2人上榜，分别是市第一人民医院"
     "护士长王丽和市公交集团驾驶员陈刚。", "名单", "中华全国总工会"),
    ("工会动态", "在省总工会日前发布的全省模范职工之家名单中，我市5家单位上榜。", "名单", "省总工会"),
    ("工会动态", "在国新办30日举行的新闻发布会上，人社部有关负责人介绍了情况。", "发布会", "国务院新闻办公室"),
    # a union named only by a count of the places it stands for, or their letters, is several bodies: nothing the
    # venue completes (made up, twenty-second session, from a brief: 合肥市总工会 had organised it) — each place's
    # federation when they are named (四地工会, 川渝两地工会), all of them (thirty-third session: the first alone, or none)
    ("沪苏浙皖工会联席会议召开", "11月10日，长三角三省一市工会联席会议在合肥召开，上海、江苏、浙江、安徽四地工会负责人出席。",
     "联席会议", "上海市总工会、江苏省总工会、浙江省总工会、安徽省总工会"),
    ("工会动态", "11月10日，川渝两地工会在重庆召开联席会议。", "联席会议", "四川省总工会、重庆市总工会"),
    # those listed right before the verb hold it together, a body named apart earlier in the sentence none (made up,
    # thirty-third session, from briefs: the last alone)
    ("工会动态", "据人社部消息，2月28日，人社部、全国总工会联合启动“春风行动”。", "春风行动", "人力资源和社会保障部、中华全国总工会"),
    ("工会动态", "记者从市总工会获悉，2月28日，市人社局、市总工会联合举办专场招聘会。", "招聘会", "市人社局、市总工会"),
    ("工会动态", "记者从市总工会获悉，2月28日，市人社局举办专场招聘会。", "招聘会", "市人社局"),
    # a bare level's union is not completed by where its people go (到昆山, 主席到宁波), and its officer by the post alone
    # leads a trip (made up, thirty-third session, from briefs: 昆山市总工会 had held the trip; no event)
    ("工会动态", "2月28日，市总工会组织劳模到昆山参观学习。", "参观学习", "市总工会"),
    ("工会动态", "2月28日，市总工会主席到宁波调研职工服务工作。", "调研", "市总工会"),
    ("工会动态", "2月28日，省总工会党组书记到基层一线调研。", "调研", "省总工会"),
    ("工会动态", "2月28日，宁波市总工会主席到企业调研。", "调研", "宁波市总工会"),
    # …though a province's union goes within its province most often (the thirtieth session's probe, which the rule had
    # turned to 省总工会 along the way)
    ("工会动态", "5月16日，省总工会副主席刘红带领调研组到宜宾市，开展专题调研。", "调研", "四川省总工会"),
    # …and a subject before its partner with an adverb between holds it with the partner (made up, thirty-third session,
    # from briefs: the partner alone)
    ("工会动态", "2月28日，市总工会也与市工商银行签订了普惠金融合作协议。", "合作协议", "市总工会、市工商银行"),
    ("工会动态", "2月28日，省总工会还与省教育基金会签订了助学合作协议。", "合作协议", "省总工会、省教育基金会"),
    # …and the bodies listed after the first a lead names, all of them (made up, thirty-third session, from briefs: the
    # first alone)
    ("长三角工会工作研讨会在嘉兴召开", "6月13日，第五届长三角地区工会工作研讨会在浙江嘉兴召开。上海、江苏、浙江、安徽四省市总工会"
     "负责人出席会议并交流经验。", "研讨会", "上海市总工会、江苏省总工会、浙江省总工会、安徽省总工会"),
    # a forum a region's unions are named by is held by no union of that name (made up, thirty-third session, from
    # briefs: 第三届粤港澳大湾区工会 had held it)
    ("粤港澳大湾区工会论坛在深举行", "2日，第三届粤港澳大湾区工会论坛在深圳举行。广东省总工会与香港工会联合会、澳门工会联合总会代表"
     "围绕新就业形态劳动者权益保障进行交流。", "论坛", "广东省总工会"),
    ("长江经济带工会论坛举行", "9月11日，首届长江经济带工会论坛在武汉举行。湖北省总工会与沿线省市总工会代表进行交流。", "论坛",
     "湖北省总工会"),
    # the bodies of a clause hosting 本次…, with no 由, hold it (made up, thirty-third session, from briefs: the first body
    # of the lead, or no one)
    ("京津冀职工技能大赛在雄安开赛", "19日，首届京津冀职工职业技能大赛在河北雄安新区开幕。北京、天津、河北三地总工会联合主办本次大赛，"
     "共有来自三地的420名选手参加。", "技能大赛", "北京市总工会、天津市总工会、河北省总工会"),
    ("乒乓球比赛开赛", "5月10日，全市职工乒乓球比赛在市体育中心开赛。市总工会、市体育局共同主办此次比赛，共有300名职工参赛。",
     "乒乓球比赛", "市总工会、市体育局"),
    # co-organisers named in the sentence after the event's (made up, twenty-second session, from a brief)
    ("乒乓球比赛开赛", "11月10日，全市职工乒乓球比赛在市体育馆开赛。比赛由市总工会、市体育局联合主办。", "乒乓球比赛",
     "市总工会、市体育局"),
    # a body inside a work's title does nothing (made up, twenty-fourth session, from briefs: the law's 中华人民共和国工会
    # and the report's 全国总工会 had organised what the union did next)
    ("市总工会贯彻落实《工会法》", "近日，市总工会组织学习2021年修正的《中华人民共和国工会法》，并开展专题培训。", "专题培训",
     "市总工会"),
    ("县总工会组织收看专题节目", "近日，县总工会组织职工收看《全国总工会2025年工作报告》解读节目，并举办座谈会。", "座谈会",
     "县总工会"),
    # bodies named as among who take part in an event hold none of it (made up, twenty-fourth session, from briefs: the
    # county unions had held the city's class); those whose leaders attend (出席) may be its hosts
    ("全市工会干部培训班开班", "6月3日，2025年全市工会干部综合能力提升培训班在市委党校开班，各区县总工会、产业工会负责同志共80人"
     "参加培训。", "培训班", ""),
    ("全区工会干部培训", "9月2日，全区工会干部业务培训班开班，区直机关工会和各街道总工会负责人参加培训。", "培训班", ""),
    ("全市工会女职工工作培训班开班", "5月10日，全市工会女职工工作培训班在市职工服务中心开班，市直机关工会、市教育工会等单位女职工"
     "委员会主任共60余人参加培训。", "培训班", ""),
    ("技能竞赛开赛", "5月10日，全市职工技能竞赛在市技师学院开赛，市总工会、市人社局等单位负责人出席开幕式。", "技能竞赛",
     "市总工会、市人社局"),
    ("市总工会举办培训班", "6月3日，市总工会举办全市工会干部培训班，各区县总工会负责同志共80人参加培训。", "培训班", "市总工会"),
    # a body that hosts before a co-host or a runner, with no 由, and those listed with it, hold the event (made up,
    # twenty-sixth session, from briefs: the co-host had held it)
    ("工会动态", "5月20日，市总工会主办、市邮政管理局协办的快递员技能大赛开赛。", "快递员技能大赛", "市总工会"),
    ("工会动态", "5月20日，市总工会、市人社局联合主办，市技师学院承办的数控技能大赛开赛。", "数控技能大赛", "市总工会、市人社局"),
    ("工会动态", "5月20日，市总工会主办，市体育局协办的职工篮球赛开赛。", "职工篮球赛", "市总工会"),
    # a body whose report a meeting hears holds none of it (made up, twenty-eighth session, from briefs: the city's union
    # heard had held the visiting team's sit-down)
    ("调研组来我市调研", "6月12日，省总工会副主席刘洪涛带领调研组来我市开展专题调研。6月13日，调研组召开座谈会，听取市总工会及"
     "部分企业工会的情况汇报。", "座谈会", "省总工会"),
    ("检查组来我省检查", "5月20日，全国总工会检查组来到我省检查工会经费管理工作。5月21日，检查组召开汇报会，听取省总工会关于"
     "工会经费管理情况的汇报。", "汇报会", "中华全国总工会"),
    # the company a profile's worker works at holds no contest they won a place in (made up, twenty-ninth session, from
    # profiles: the company had held the national contest)
    ("焊花飞溅写青春", "今年35岁的刘洋是江苏徐工集团的一名焊工。在今年举行的全国焊工技能大赛中，他获得个人第二名。", "全国焊工技能大赛",
     ""),
    ("岗位建功", "李娜是中建三局的一位测量员。在去年举行的全国建筑业职业技能大赛中，她获得测量工项目一等奖。", "职业技能大赛", ""),
    # a meeting told by its act alone, 集体谈话 (rmrb_20190211-12-01, whose gold has it; made up, twenty-ninth session)
    ("在新时代展现新作为", "2022年10月29日，习近平总书记同中华全国总工会新一届领导班子成员集体谈话并发表重要讲话。", "集体谈话",
     "中华全国总工会"),
    ("市委书记与市总工会领导班子谈话", "2月6日，市委书记同市总工会新一届领导班子成员集体谈话。", "集体谈话", "市总工会"),
    # a headline's event the lead tells before any body acts in it is held by the lead's body (made up, twenty-ninth
    # session, from briefs: no organiser)
    ("包车送农民工返岗", "2月16日，桐梓县总工会联合县人社局组织10辆大巴车，免费护送300余名农民工前往浙江、广东等地返岗复工。",
     "包车送农民工返岗", "桐梓县总工会、县人社局"),  # (with its partner since the thirty-third session)
    ("包车接农民工返岗", "2月10日，六安市总工会安排20辆大巴车，免费接送600名农民工前往江苏、浙江返岗复工。", "包车接农民工返岗",
     "六安市总工会"),
    # an event noun inside a village's word or those it is for names none: the act named after it does (made up,
    # twenty-ninth session, from briefs: an event named 组织机关干部职工到结对帮扶)
    ("工会消费帮扶", "10月15日，利川市总工会组织机关干部职工到结对帮扶村采购农产品，共采购土豆、腊肉等农产品2.6万元，发放给一线"
     "环卫职工。", "采购土豆", "利川市总工会"),
    # a headline's event whose lead names no body is held by the body the first sentences name, as they date it (made
    # up, thirtieth session, from briefs: no organiser; rmrb_20200220-13-03's 包车送农民工顺利返岗 now 南川区人社局's, as its gold has
    # it)
    ("工会会员日送福利", "每月28日是常州市“工会会员日”。8月28日，常州市总工会联合20家商户推出会员专享优惠。", "送福利", "常州市总工会"),
    ("包车送农民工返岗", "1月30日，城关镇的50名农民工坐上了返岗专车。当天，县总工会安排两辆大巴车，专程送他们前往广东务工。", "包车",
     "县总工会"),
    # a body gone to or held in holds nothing there, named or not (made up, thirtieth session, from briefs: the company
    # visited had held the lecture) — one that acts in its own name after 在 still does
    ("心理健康讲座进企业", "9月10日，市总工会委托专业机构走进某电子公司，为200余名职工开展心理健康讲座。", "心理健康讲座", "市总工会"),
    ("工会动态", "9月10日，区总工会律师团走进某物流公司，为300余名货车司机开展法律知识讲座。", "法律知识讲座", "区总工会"),
    ("工会动态", "9月10日，区总工会深入某建筑公司，为农民工开展法律宣讲。", "法律宣讲", "区总工会"),
    ("工会动态", "9月10日，市总工会在市工人文化宫举办职工书画展。", "职工书画展", "市总工会"),
    # a union congress named 中国工会 + territory + session is held by that territory's federation, the nation's when it
    # names none (made up, thirtieth session, from briefs: 中国工会 had held a district's congress, placed nationwide)
    ("工会动态", "6月28日，中国工会南京市江宁区第八次代表大会召开。", "第八次代表大会", "南京市江宁区总工会"),
    ("县总工会完成换届", "12月20日，中国工会沙县区第十次代表大会开幕，大会选举产生了新一届区总工会委员会。", "第十次代表大会", "沙县区总工会"),
    ("工会动态", "10月9日，中国工会第十八次全国代表大会在北京开幕。", "第十八次全国代表大会", "中华全国总工会"),
    # a sign hung on a facility (挂牌), however it goes on (正式挂牌运行, 揭牌投用), is its unveiling, and the body that set it
    # up, named before it, unveils it (made up, thirtieth session, from a paper's briefs: no event, or the union taken
    # for the facility)
    ("重庆：农民工法律援助站挂牌", "4月15日，重庆市总工会在渝中区设立的农民工法律援助工作站挂牌。", "农民工法律援助工作站挂牌",
     "重庆市总工会"),
    ("工会动态", "4月15日，区总工会职工服务中心正式挂牌运行。", "区总工会职工服务中心正式挂牌运行", "区总工会"),
    ("工会动态", "4月15日，市总工会投资建设的职工服务中心揭牌。", "职工服务中心揭牌", "市总工会"),
    # a union founded by hanging its sign (挂牌成立) is a ceremony, the union no organiser of its own (made up, thirtieth
    # session, from briefs: no event, or 行业工会联合会 its organiser)
    ("工会挂牌成立", "6月28日，合肥市新站区外卖配送行业工会挂牌成立，300余名外卖骑手现场入会。", "外卖配送行业工会挂牌成立", ""),
    ("工会动态", "5月10日，县快递行业工会联合会挂牌成立。", "县快递行业工会联合会挂牌成立", ""),
    # a body those taking part come from holds nothing (made up, thirty-first session, from briefs: their company had
    # held the contest) — the body that holds it still does
    ("职工运动会在穗开幕", "11月8日，第三届全国铁路职工运动会在穗开幕，来自全国18个铁路局集团公司的1500余名运动员参赛。",
     "第三届全国铁路职工运动会", ""),
    ("技能大赛举行", "5月8日，全市职工职业技能大赛在市体育中心举行，来自市公交集团、市供电公司等50家企业的300名选手参赛。",
     "全市职工职业技能大赛", ""),
    ("技能大赛举行", "5月8日，市总工会举办全市职工职业技能大赛，来自市公交集团、市供电公司等50家企业的300名选手参赛。",
     "全市职工职业技能大赛", "市总工会"),
    # a study tour (参观学习, 观摩学习) a body organises is its activity, named from where the people it sends went (made up,
    # thirty-first session, from briefs: no event)
    ("劳模工匠走进航天企业参观学习", "6月12日，宁夏回族自治区总工会组织20名区级劳模、工匠代表到中国航天科技集团某研究院参观学习。",
     "到中国航天科技集团某研究院参观学习", "宁夏回族自治区总工会"),
    ("工会动态", "5月20日，县总工会组织基层工会干部到先进企业观摩学习。", "到先进企业观摩学习", "县总工会"),
    ("工会动态", "5月20日，市总工会组织30名一线职工赴延安参观学习。", "赴延安参观学习", "市总工会"),
    # a team sent to inspect a contest, and how a contest is going, are no contest; the inspection is the activity (made
    # up, thirty-first session, from briefs: events named …“安康杯”竞赛 and 对劳动竞赛)
    ("工会动态", "11月5日，河北省总工会“安康杯”竞赛检查组深入石家庄等地，对30余家企业开展安全生产监督检查。", "安全生产监督检查",
     "河北省总工会"),
    ("工会动态", "6月5日，市总工会劳动竞赛督查组深入重点工程项目，对劳动竞赛开展情况进行督查。", "督查", "市总工会"),
    # a gift in a currency other than the yuan is a gift still, though its sum is no funding row (made up, thirty-first
    # session, from Hong Kong and Macao unions' news: no event)
    ("工联会向受灾工友捐款", "10月8日，香港工会联合会向受台风影响的工友捐款50万港元。", "捐款50万港元", "香港工会联合会"),
    ("澳门工联支援灾区", "7月22日，澳门工会联合总会向内地灾区捐赠100万澳门元。", "捐赠100万澳门元", "澳门工会联合总会"),
    # a union consoling after the clause where it went, 慰问 its verb though 送去 follows (made up, thirty-first session,
    # from a provincial paper's page: no event)
    ("芜湖市总工会慰问一线女职工", "3月7日，芜湖市总工会走进奇瑞汽车公司，慰问一线女职工，送去节日祝福。", "慰问一线女职工",
     "芜湖市总工会"),
    ("工会动态", "1月20日，区总工会来到环卫站，慰问坚守岗位的环卫工人，送去新春祝福。", "慰问坚守岗位的环卫工人", "区总工会"),
    # 由 one body 牵头 and the others after a comma hold it together (made up, thirty-first session, from briefs: the last
    # co-host alone had held it)
    ("技能大赛开幕", "5月10日，由省总工会牵头，省人社厅、省住建厅共同举办的建筑业职业技能大赛开幕。", "建筑业职业技能大赛",
     "省总工会、省人社厅、省住建厅"),
    ("助学活动启动", "9月1日，由市总工会牵头，市教育局、市财政局联合组织的“金秋助学”活动启动。", "“金秋助学”活动",
     "市总工会、市教育局、市财政局"),
    # a collective wage negotiation held (开展工资集体协商) is an activity, its contract signed the agreement (made up,
    # thirty-first session, from briefs: no event)
    ("开展工资集体协商", "5月20日，县总工会指导县建筑行业开展工资集体协商，劳资双方就最低工资标准达成一致。", "工资集体协商",
     "县总工会"),
    ("工会动态", "4月10日，区总工会组织辖区餐饮企业开展集体协商。", "集体协商", "区总工会"),
    # a New Year's Eve dinner a union holds for those who stay (年夜饭, 团圆饭) is its activity (made up, thirty-first session,
    # from briefs: no event)
    ("工地年夜饭", "腊月二十八，市建工集团工会为留守工地的200名建筑工人举办“工地年夜饭”。", "工地年夜饭", "市建工集团工会"),
    ("工会动态", "1月26日，区总工会在职工之家举办新春团圆饭，邀请50名留守职工参加。", "新春团圆饭", "区总工会"),
    # relief or grants for study handed out (发放救助金, 发放助学金) are a gift as 发放慰问金 is, and a facility put to use
    # (正式启用, 正式投入使用) is opened as one unveiled is, held by the body its name opens on (made up, thirty-first session,
    # from briefs: no event, or one held by the centre itself)
    ("工会动态", "今年春节前，县总工会向300户困难职工发放救助金，户均3000元。", "发放救助金", "县总工会"),
    ("工会动态", "8月20日，市总工会为100名困难职工子女发放助学金。", "发放助学金", "市总工会"),
    ("职工书屋启用", "2月19日上午，位于市工人文化宫的“职工书屋”正式启用。", "“职工书屋”正式启用", ""),
    ("工会动态", "8月20日，区总工会职工服务中心正式投入使用。", "区总工会职工服务中心正式投入使用", "区总工会"),
    # …and a union whose own facility follows its name is its owner, not the facility (made up, thirty-first session, from
    # briefs: no organiser)
    ("职工书屋启用", "7月10日，市总工会职工书屋正式启用。", "市总工会职工书屋正式启用", "市总工会"),
    ("工会动态", "7月10日，县总工会职工书屋揭牌。", "县总工会职工书屋揭牌", "县总工会"),
    # the national industrial unions together are no one body (made up, thirty-first session, from briefs: 全国产业工会 had
    # held its chairs' meeting)
    ("全国产业工会主席会议召开", "9月10日，全国产业工会主席会议在蓉召开，中华全国总工会副主席出席会议并讲话。", "全国产业工会主席会议",
     "中华全国总工会"),
    ("工会动态", "9月10日，全国产业工会劳模工匠宣讲活动在京启动。", "劳模工匠宣讲活动", ""),
    # an event named as the setting of the clause after it (在…表彰大会上，…; 在…决赛中，…) is held by no one that clause
    # names: those honoured there, and their units, did not hold it (made up, thirty-second session, from briefs: the
    # recipient's company had held the province's ceremony)
    ("公交司机喜获省劳模", "在日前召开的甘肃省劳动模范和先进工作者表彰大会上，兰州公交集团驾驶员马小军被授予“甘肃省劳动模范”荣誉称号。",
     "甘肃省劳动模范和先进工作者表彰大会", ""),
    ("我市两名职工获表彰", "在4月28日举行的全省庆祝“五一”国际劳动节暨劳动模范表彰大会上，鞍钢集团炼钢工人王立新、沈阳地铁司机赵丹被授予"
     "“辽宁省劳动模范”称号。", "劳动模范表彰大会", ""),
    ("在全国大赛上获佳绩", "在10月举行的第二届全国职工职业技能大赛决赛中，中铁四局焊工陈刚获得焊工项目第一名。",
     "第二届全国职工职业技能大赛决赛", ""),
    # a union founded (成立工会, 组建工会, 成立联合工会) is an event of the body that founds it, never of the new union itself;
    # unions founded counted (新成立工会组织120家) are a tally (made up, thirty-second session, from briefs: no event, or the
    # new union, or a column's 工会, its organiser)
    ("快递小哥有了“娘家”", "6月18日，顺丰速运杭州分公司成立工会，首批发展会员320名。", "成立工会", "顺丰速运杭州分公司"),
    ("外卖骑手入会", "5月20日，美团南京站点组建工会，200余名外卖骑手加入工会组织。", "组建工会", ""),
    ("工会动态", "3月8日，县物流园区成立联合工会，20家物流企业的600名职工成为会员。", "成立联合工会", ""),
    # goods handed out (派发), as Hong Kong's and Macao's unions write 发放 (made up, thirty-second session, from Hong Kong
    # unions' news: no event)
    ("工会动态", "工联会2月10日在全港18区设立派发站，向基层工友派发口罩20万个。", "派发口罩20万个", "香港工会联合会"),
    ("工会送物资", "2月10日，市总工会向一线医护人员派发口罩5万个。", "派发口罩5万个", "市总工会"),
    # books given to reading rooms, free clinics and counselling given are events (made up, thirty-second session, from
    # briefs: no event)
    ("工会送书", "4月23日，市总工会向10家职工书屋捐赠图书5000册。", "捐赠图书5000册", "市总工会"),
    ("工会动态", "4月23日，区总工会为新建的20家职工书屋送去书籍3000册。", "送去书籍3000册", "区总工会"),
    ("职工义诊", "9月10日，县总工会联合县人民医院走进工业园区，为300余名职工免费义诊。", "免费义诊", "县总工会"),
    ("工会动态", "8月5日，市总工会组织医疗专家走进建筑工地，为200余名农民工免费义诊。", "免费义诊", "市总工会"),
    ("心理关爱", "5月12日，区总工会邀请心理咨询师走进辖区护士站，为医护人员开展心理疏导。", "心理疏导", "区总工会"),
    ("工会动态", "6月3日，市总工会心理服务志愿者走进快递站点，为快递小哥进行心理疏导。", "心理疏导", "市总工会"),
    # …but a body before the setting holds it still
    ("工会动态", "5月8日，在市总工会举办的职工技能大赛颁奖仪式上，中铁四局焊工陈刚获得焊工项目第一名。", "职工技能大赛颁奖仪式",
     "市总工会"),
])
def test_events_and_organisers(title, body, name_has, organizer):
    evs = events.extract(analyse_text(body, ISSUE, title=title))
    assert any(name_has in e.name and e.organizer == organizer for e in evs), [(e.name, e.organizer) for e in evs]


@pytest.mark.parametrize("title, body, organizers", [
    # a city's union by the city's nickname is the union the article names in full or by its level: the headline's
    # event and the body's are one (made up, twenty-eighth session, from briefs: the headline's trip had been a second
    # event, its organiser 榕城工会)
    ("榕城工会开展职工疗休养活动", "9月下旬，福州市总工会组织首批60名一线劳模和优秀职工赴武夷山开展疗休养活动。", ["福州市总工会"]),
    ("榕城工会开展职工疗休养活动", "9月下旬，市总工会组织首批60名一线劳模赴武夷山开展疗休养活动。", ["福州市总工会"]),
    ("鹏城工会启动送清凉活动", "7月10日，深圳市总工会启动“送清凉”活动，为户外劳动者送去防暑物品。", ["深圳市总工会"]),
    # …not a union of another level
    ("榕城工会开展职工疗休养活动", "9月下旬，区总工会组织首批60名一线劳模赴武夷山开展疗休养活动。", ["榕城工会", "区总工会"]),
])
def test_a_union_named_by_its_citys_nickname(title, body, organizers):
    assert [e.organizer for e in events.extract(analyse_text(body, ISSUE, title=title))] == organizers


def test_a_verb_inside_a_noun_is_no_verb_of_it():
    """nddsb_20200617-00-01's 启动仪式结束后，6支队伍开展了“钢筋绑扎”技能大赛 (dated, as its photo story's captions are): a
    仪式 had been 启动ed — an event named 仪式 — where the sentence reports the contest."""
    evs = events.extract(analyse_text("6月16日，启动仪式结束后，6支队伍开展了“钢筋绑扎”技能大赛。", ISSUE, title="技能比武"))
    assert [(e.event_type, e.name) for e in evs] == [("competition", "“钢筋绑扎”技能大赛")]


def test_a_document_issued_years_ago_is_no_event_of_the_issue():
    """组织学习2021年印发的《…意见》 (made up: the issue's "a policy document issued years earlier is not an event of the
    issue's year"): the year right before the verb that describes the document dates its issuing, not the study's 近日;
    of two days before a meeting (去年7月31日和10月31日召开的…会议, rmrb_20190225-01-03) the first stays."""
    evs = events.extract(analyse_text("本报讯 近日，市总工会组织学习2021年印发的《关于加强新就业形态劳动者权益保障工作的意见》。",
                                      ISSUE, title="市总工会学习意见"))
    assert not [e for e in evs if e.event_type == "announcement"]
    evs = events.extract(analyse_text("去年7月31日和10月31日召开的中共中央政治局会议都强调做好稳就业工作。", dt.date(2019, 2, 25),
                                      title="措施有力就业稳"))
    assert [e.date_start for e in evs] == [dt.date(2018, 7, 31)]


@pytest.mark.parametrize("name, national", [
    ("人社部", True), ("人力资源和社会保障部", True), ("中共中央宣传部", True), ("住房和城乡建设部", True),
    # a department of a local Party committee or of a unit is none (zmdrb_20140704's 市委宣传部, a co-sponsor of a city's
    # press prize, had made the prize national; rmrb_20191029-12-02's 阜新市封闭母线有限公司人力资源部 its refund)
    ("市委宣传部", False), ("县委组织部", False), ("阜新市封闭母线有限公司人力资源部", False), ("项目部", False),
    ("市总工会女职工部", False),
    # …nor a national company's branch (made up, thirty-second session, from briefs: each branch's union had been national)
    ("中国石化茂名分公司工会", False), ("中国移动绵阳分公司工会", False), ("中国工商银行苏州分行工会", False),
    ("中国移动通信集团有限公司", True), ("中国石油天然气集团有限公司工会", True),
    # …nor a state company's part a place names (made up, thirty-second session, from briefs: its merits had been 全国's)
    ("国家电网甘肃省电力公司", False), ("国家能源集团宁夏煤业有限责任公司", False), ("国家市场监督管理总局", True),
])
def test_a_ministry_is_national_a_local_department_is_not(name, national):
    assert is_national(name) is national


def test_a_local_bodys_event_in_a_national_story_is_not_national():
    """国务院公布…条例。近日，市总工会开展条例宣传活动 (made up): the article reads 全国, but a city's union acting is no national
    event — its name's province when it names one, else none."""
    for body, province in (("本报讯 2020年1月，国务院公布《保障农民工工资支付条例》。近日，市总工会开展条例宣传活动。", ""),
                           ("本报讯 国务院公布《保障农民工工资支付条例》。近日，全国总工会开展条例宣传活动。", "全国")):
        evs = events.extract(analyse_text(body, ISSUE, title="条例实施"))
        assert [e.province for e in evs if "宣传" in e.name] == [province]


@pytest.mark.parametrize("sentence, name", [
    ("据介绍，3月份，教育部门将举办电子商务行业、战略性新兴产业等6场网络招聘活动。", "电子商务行业、战略性新兴产业等6场网络招聘活动"),
    ("1月13日晚， “川音川情·走进广州”慰问川籍农民工文艺演出在广州市白云区上演。", "“川音川情·走进广州”慰问川籍农民工文艺演出"),
    ("本报杭州10月27日电 （记者易舒冉）第六届全国残疾人职业技能大赛10月27日在浙江嘉兴开幕。", "第六届全国残疾人职业技能大赛"),
    ("近日，国务院办公厅印发了《体育强国建设纲要》，纲要提出“促进重点人群体育活动开展。", "《体育强国建设纲要》"),
    # a study meeting by its whole noun (made up, twenty-ninth session, from union sites' pages: …集体学习, its 会 cut)
    ("5月6日，市总工会召开党组理论学习中心组2024年第四次集体学习会，传达学习重要论述。", "党组理论学习中心组2024年第四次集体学习会"),
    ("3月2日，区总工会召开专题学习会，学习新修订的工会法。", "专题学习会"),
    # a quoted programme's name and then its kind, a word or two between (made up, twenty-ninth session, from briefs: the
    # event had been named “春风行动”), and the way a meeting is held no name of it (…以视频会议: the 部署会 named after)
    ("2月20日，湖北省总工会联合省人社厅举办“春风行动”网络招聘会。", "“春风行动”网络招聘会"),
    ("3月1日，市总工会举办“春风行动”线上招聘会，200家企业参加。", "“春风行动”线上招聘会"),
    ("2月10日，全国总工会以视频会议形式召开疫情防控工作部署会，各省区市总工会设分会场。", "疫情防控工作部署会"),
    ("2月10日，省总工会以视频会议方式召开全省工会工作部署会。", "全省工会工作部署会"),
    # …and a congress's session after it (made up, twenty-ninth session, from briefs: the session had been cut off)
    ("1月16日，济南公交集团召开第五届职工代表大会第三次会议，审议通过了工作报告。", "第五届职工代表大会第三次会议"),
    ("3月3日，县总工会召开第十六次代表大会第一次会议。", "第十六次代表大会第一次会议"),
    # where a facility stands (位于…的) is no part of its event's name (made up, thirty-second session, from briefs)
    ("3月8日，位于高新区创业大厦的园区职工服务中心揭牌成立。", "园区职工服务中心揭牌成立"),
    ("10月12日，位于北京市朝阳区望京街道的户外劳动者服务站正式投入使用。", "户外劳动者服务站正式投入使用"),
])
def test_event_names_are_whole(sentence, name):
    assert [e.name for e in events.extract(analyse_text(sentence, ISSUE, title="标题"))] == [name]


@pytest.mark.parametrize("sentence, name, rule", [
    # a …会 that is a …会议 (全委会, 推进会 had lost their 议)
    ("近日，市总工会召开十五届三次全委会议。", "十五届三次全委会议", "event.trigger"),
    ("近日，市总工会召开全市工会工作推进会议。", "全市工会工作推进会议", "event.trigger"),
    # the campaign a sentence names, not the visits done in it (tzrb_20160204-00-01: 开展“情系职工·温暖万家”走访慰问活动
    # had been read by its action; its name stays)
    ("7月10日，市总工会开展“夏送清凉”活动，走访慰问一线职工5000余人次。", "“夏送清凉”活动", "event.trigger"),
    # an unveiling named with the facility or body its clause opens on, after its time (揭牌成立 alone had been the
    # name; made up — the tunable text has only quoted ones, “户外劳动者爱心驿站”揭牌)
    ("6月8日上午，张明劳模创新工作室揭牌成立。", "张明劳模创新工作室揭牌成立", "event.action"),
    ("6月8日，历下区新就业形态劳动者联合工会揭牌成立。", "历下区新就业形态劳动者联合工会揭牌成立", "event.action"),
    # …and a count's adverb before a bare 慰问 makes no name of it (共慰问 had named the campaign)
    ("6月2日，市总工会开展“夏送清凉”走访慰问活动，共慰问一线职工200人。", "“夏送清凉”走访慰问活动", "event.trigger"),
    # the noun the verb acts on, not the same noun said first in its subject (宣讲团…开展…宣讲: had been 全市工会宣讲);
    # a noun in brackets after the verb is no object (rmrb_20200108-02-07: 《…条例》近日发布（以下简称《条例》）)
    ("10月12日，全市工会宣讲团走进企业开展党的二十大精神宣讲。", "党的二十大精神宣讲", "event.trigger"),
    ("1月7日，《保障农民工工资支付条例》发布（以下简称《条例》）。", "《保障农民工工资支付条例》", "event.trigger"),
])
def test_an_event_is_named_by_its_own_noun(sentence, name, rule):
    """Made up but the two cited: what a union brief says (the tunable text had only the two cited)."""
    assert [(e.name, e.rule) for e in events.extract(analyse_text(sentence, ISSUE, title="标题"))] == [(name, rule)]


@pytest.mark.parametrize("title, body", [
    ("核心阅读", "问：人社部和民政部颁布实施2019年版《标准》的背景和考虑是什么？"),  # a question
    ("核心阅读", "答：人社部将以《标准》颁布实施为契机，通过加强养老护理员培养培训、开展职业技能竞赛等方式，加快队伍建设。"),
])
def test_plans_and_questions_are_not_events(title, body):
    assert events.extract(analyse_text(body, ISSUE, title=title)) == []


def test_a_noun_in_the_clause_after_a_verb_is_no_object_of_it():
    """下拨300万元专项资金，用于困难职工帮扶: 帮扶 is what the money is for, not an act the verb did — the event is the grant,
    named by it (it had been named 用于困难职工帮扶; seen in the app on a made-up page, the sixteenth session)."""
    evs = events.extract(analyse_text("7月10日，市总工会下拨300万元专项资金，用于困难职工帮扶，惠及职工1000余人。", ISSUE,
                                      title="标题"))
    assert [(e.event_type, e.name) for e in evs] == [("donation", "下拨300万元专项资金")]


def test_exhibitions_are_events_and_a_showing_is_no_exhibition():
    """作品展, 成果展, 图片展 are exhibitions as 书画展 is (made up, from a probe of event shapes: …作品展开幕 had given
    nothing); 成果展示 is no 成果展."""
    got = [(e.event_type, e.name) for e in events.extract(analyse_text("5月12日，第三届职工书画摄影作品展开幕。", ISSUE, title="标题"))]
    assert got == [("performance", "第三届职工书画摄影作品展")]
    got = [(e.event_type, e.name) for e in events.extract(analyse_text("5月12日，市总工会举办图片展示活动。", ISSUE, title="标题"))]
    assert got == [("activity", "图片展示活动")]


@pytest.mark.parametrize("body, name", [
    ("5月12日，郑州市总工会发布《致全市职工的倡议书》。", "《致全市职工的倡议书》"),
    ("5月12日，市总工会向全市职工发出倡议。", "倡议"),
])
def test_a_call_issued_is_an_announcement(body, name):
    """A union's call to workers (倡议书, 倡议 — issued as the sample page's 联席会议倡议书 and rmrb_20200227-15-05's
    国开行工会…发出了倡议书 are) is announced as a notice is (made up, from a second probe of event shapes: none)."""
    got = [(e.event_type, e.name) for e in events.extract(analyse_text(body, ISSUE, title="标题"))]
    assert got == [("announcement", name)]


@pytest.mark.parametrize("body", ["市总工会将于3月12日举办第二届职工技能大赛。", "第二届职工技能大赛将于3月12日在郑州举行。"])
def test_an_event_announced_for_a_day_is_one_whichever_comes_first(body):
    """The noun before its verb with the day between (…大赛将于3月12日举行) is announced as the verb before the noun is
    (将于3月12日举办…大赛): it had been dropped as an undated plan (made up, from a probe of event shapes)."""
    assert [(e.name, e.date_start.isoformat()) for e in events.extract(analyse_text(body, ISSUE, title="标题"))] == [
        ("第二届职工技能大赛", "2023-03-12")]


def test_primary_province_of_a_national_academys_class():
    """A national academy where a national programme's class met places the class, not the story (rmrb_20200117-06-02,
    whose gold is 全国; made up, twenty-ninth session, from a national item)."""
    for title, body in (("为国家建设培育更多“蓝领”人才", "2019年5月，第三期“大国工匠”高技能人才国情研修班在中国浦东干部学院举办，70名"
                                             "来自各领域的高技能人才优秀代表参加培训。\n近年来，人社部会同有关部门加大培养力度。"),
                        ("全国工会干部培训班开班", "5月10日，全国工会干部培训班在中国井冈山干部学院开班。")):
        doc = analyse_text(body, ISSUE, title=title)
        assert doc.places and doc.primary_province == "全国"


@pytest.mark.parametrize("title, body, province", [
    # a roundup: several provinces, none dominant, none in the headline → national
    ("多地出台暖心举措防控疫情", "疫情当前，各地中小学推迟开学。北京市规定…。吉林省要求…。福建省明确…。浙江省提出…。", "全国"),
    # …a body of bulleted items, each a place's own news: no item leads (made up, twenty-fifth session, from a roundup of
    # four provinces' briefs, which had been the first's); bullets in one place's story keep it
    ("工会动态", "▲12月1日，福建省总工会在福州召开全省工会新就业形态劳动者入会工作推进会。\n▲近日，广西壮族自治区总工会下拨专项"
     "资金500万元。\n▲11月28日，宁夏银川市总工会举办第五届职工乒乓球比赛。\n▲日前，吉林省长春市总工会授予王刚等10人“长春工匠”称号。",
     "全国"),
    ("工会新闻速递", "■7月10日，河北省石家庄市总工会为环卫工人送去防暑降温物品，石家庄市各区总工会同步开展活动。\n■7月12日，江西"
     "省南昌市总工会开展“送清凉”活动。\n■7月15日，湖南省长沙市总工会走进建筑工地慰问一线职工。\n■7月16日，四川省成都市总工会"
     "为快递员送上清凉。", "全国"),
    ("杭州工会推出暖心举措", "■杭州市总工会为户外劳动者新建驿站100个。\n■杭州市总工会为新就业形态劳动者提供免费体检。\n"
     "■杭州市总工会开通法律援助热线，全省各地可拨打。", "浙江"),
    # a commentary on national policy with no place → national; one abroad → none
    ("培养德艺兼备的大国工匠", "党的十九届四中全会《决定》提出，弘扬工匠精神。我国技能人才队伍不断壮大。", "全国"),
    ("英国中小学增加健康饮食教育", "在英国，儿童超重和肥胖已成为一个较为严重的国民健康问题。英国全国教师工会负责人表示怀疑。", ""),
    # a story about one place keeps it when others are named in passing
    ("吴江推行同工同酬", "本报南京2月21日电 苏州市吴江区推行同工同酬。来自安徽的黄健说，这里待遇好。吴江区人社局介绍…。", "江苏"),
    # a local union's part in a national list keeps its locality when the headline speaks of the outlet's own (made
    # up: the issue's category); a national body's own act stays national
    ("我市3人获全国五一劳动奖章", "本报讯 近日，全国总工会公布2023年全国五一劳动奖获奖名单，杭州市3名职工获全国五一劳动奖章。",
     "浙江"),
    ("全总下发通知部署夏季送清凉活动", "本报讯 近日，全国总工会下发通知，要求各级工会做好夏季送清凉工作。", "全国"),
    # …and with no place named at all, the outlet's own province goes untold: no province, not 全国 (made up)
    ("我省12人获全国五一劳动奖章", "本报讯 近日，全国总工会公布2023年全国五一劳动奖名单，我省12名职工榜上有名。", ""),
    # …nor when the outlet's own locality is said in the lead only, not the headline (made up: 全国…示范点 had made it 全国)
    ("职工书屋建设", "本报讯 近年来，我市建成职工书屋200家，其中全国职工书屋示范点10家。", ""),
    # a national honour a person holds is no national cue (made up; the honours as real text gives them: 全国劳动模范
    # 谭泽勇 in rmrb_20200502-01-02, 全国劳模、合肥公交集团有限公司驾驶员夏力… in grrb_20220502-02-03): the story had been 全国
    ("劳模宣讲进企业", "本报讯 5月8日，沈阳市总工会邀请全国劳模李强到企业作报告。", "辽宁"),
    ("劳模宣讲进企业", "本报讯 5月8日，全国五一劳动奖章获得者张三在杭州开展宣讲。", "浙江"),
    ("劳模宣讲进企业", "本报讯 5月8日，全国总工会为劳模颁奖，沈阳市劳模李强参加。", "全国"),  # the body's 全国 still counts
    # …nor where the story names no place at all (made up: 全国劳动模范 alone had made it 全国)
    ("劳模宣讲进企业", "本报讯 4月20日，全国劳动模范、高级技师李强走进市公交集团，为200余名驾驶员讲述成长经历。", ""),
    # …nor a national meeting's spirit a local body studies or spreads (made up, twenty-second session, from briefs: the
    # three had been 全国); the national body's own study of the centre's is still national
    ("省总工会传达学习全总执委会议精神", "本报讯 3月12日，江西省总工会召开党组会议，传达学习全国总工会十八届二次执委会议精神。",
     "江西"),
    ("专家为职工宣讲", "本报讯 3月5日，湖北省总工会邀请专家王明，为全省工会干部宣讲全国两会精神。", "湖北"),
    ("劳模宣讲团走进企业", "本报讯 5月8日，南京市总工会劳模宣讲团为职工宣讲全国劳动模范和先进工作者表彰大会精神。", "江苏"),
    ("全总召开党组会议", "本报讯 12月20日，全国总工会召开党组会议，传达学习中央经济工作会议精神。", "全国"),
    # a place named again in the sentence where it was where aid went weighs as that did (made up, twenty-second
    # session, from a brief: the giver's story had been 广西's)
    ("东西部协作", "本报讯 11月10日，广东省总工会向广西壮族自治区总工会捐赠帮扶资金300万元，用于支持广西职工帮扶工作。", "广东"),
    ("对口援疆", "本报讯 11月10日，江苏省总工会向新疆伊犁州总工会捐赠100万元，支持新疆职工服务阵地建设。", "江苏"),
    # …as do the unions a national grant goes to, any listed after the first, and a body and its sum alone after it
    # (made up, thirtieth session, from national briefs; tibetcn_20231219-00-01's 支持甘肃、青海两省工会 had made it 青海's)
    ("全总下拨资金支持灾区职工", "本报北京8月5日电 全总近日紧急下拨500万元救灾资金，支持河北、北京等地受灾地区工会开展困难职工救助工作。"
     "其中，下拨河北省总工会300万元，北京市总工会200万元。", "全国"),
    ("全国总工会紧急下拨抗震救灾资金", "全国总工会12月19日紧急下拨1800万元救灾慰问资金，支持甘肃、青海两省工会开展抗震救灾工作。", "全国"),
    ("全总拨付资金支持两省职工帮扶", "全国总工会近日拨付专项资金600万元，支持四川、云南两省工会开展困难职工帮扶工作。其中，拨付四川省总工会"
     "400万元，云南省总工会200万元。", "全国"),
    # …not a province's own union's grant to its cities
    ("省总工会下拨救灾资金", "本报讯 8月5日，河北省总工会紧急下拨300万元救灾资金，支持保定、涿州等地工会开展救助工作。", "河北"),
    # …however many qualifiers the honour stacks (made up, nineteenth session: 全国五一巾帼标兵 had made a 南京 worker's
    # story 全国)
    ("王小燕获评全国五一巾帼标兵", "本报讯 近日，南京地铁运营公司的王小燕被授予“全国五一巾帼标兵”称号。", "江苏"),
    # …nor a national honour given to a body named by its level alone, the outlet's own city's (made up, nineteenth
    # session: 市公交集团第一车队被全国总工会命名为… had been 全国)
    ("市公交集团一车队被命名为“全国工人先锋号”", "本报讯 近日，市公交集团第一车队被全国总工会命名为“全国工人先锋号”。", ""),
    # …nor, in a story that names where its people are, a national body honouring one of them, nor the honour quoted
    # whatever its last word (made up, twenty-sixth session, from profiles: a 沈阳 worker's and a 大连 nurse's stories had
    # been 全国); with no place named, the national body is still the story's cue
    ("她获得“全国最美职工”称号", "2018年荣获全国五一劳动奖章的王秀兰，今年又被全国总工会评为“全国最美职工”。王秀兰是沈阳机床厂的"
     "一名数控车工，扎根一线30年。", "辽宁"),
    ("她当选全国三八红旗手", "本报讯 近日，李娟被全国妇联授予“全国三八红旗手”称号。李娟是大连市妇幼保健院的护士长。", "辽宁"),
    ("她当选全国三八红旗手", "本报讯 近日，李娟被全国妇联授予“全国三八红旗手”称号。李娟是一名护士长。", "全国"),
    # …nor one approving what its people were given (made up, thirty-first session, from briefs: both had been 全国)
    ("消防员荣立一等功", "本报讯 近日，经应急管理部批准，黑龙江省哈尔滨市消防救援支队特勤站站长刘杰被记个人一等功。", "黑龙江"),
    ("工程师孙明获评技术能手", "本报讯 近日，经人力资源和社会保障部批准，湖北省武汉市某公司工程师孙明被授予“全国技术能手”称号。",
     "湖北"),
    ("全总表彰一批先进", "本报讯 近日，经党中央批准，全国总工会授予100名职工“全国五一劳动奖章”。", "全国"),
    # a roundup whose lead says many places and whose sentences then open on theirs, in one paragraph, is national (made
    # up, thirty-first session, from roundups: the last place's) — not a story that names its places in passing
    ("让农民工安心返岗", "春节过后，各地陆续迎来返岗高峰。在四川，省总工会开通“返岗直通车”，将3000余名农民工送往广东、浙江等地。在"
     "河南，郑州市总工会在火车站设立服务点，为返岗农民工提供热水。", "全国"),
    ("工会送温暖", "入冬以来，多地工会开展送温暖活动。在辽宁，沈阳市总工会为环卫工人送去棉衣。在吉林，长春市总工会走访慰问困难职工。",
     "全国"),
    ("工会送温暖", "入冬以来，多地工会开展送温暖活动。沈阳市总工会为环卫工人送去棉衣，长春市总工会也走访慰问困难职工。", "辽宁"),
    ("全国总工会表彰一批先进集体", "本报讯 近日，全国总工会授予100个集体“全国五一劳动奖状”，授予200名职工“全国五一劳动奖章”。",
     "全国"),
    # a national body's meeting where local unions spoke stays national: a chain of places (浙江省杭州市) names one place
    # (made up, nineteenth session: the third speaker's 浙江省杭州市 had weighed twice and made it 浙江's)
    ("全国总工会召开推进会", "本报北京6月18日电（记者 陈晓燕）6月18日，全国总工会在京召开新就业形态劳动者权益保障工作推进会。"
     "会上，上海市总工会、广东省总工会、浙江省杭州市总工会作交流发言。", "全国"),
    # a line of work's departments at any level name no ministry (made up, twenty-seventh session, from briefs, and a
    # People's Daily law column, rmrb_20190214-19-03's 经当地人社部门认定: 人社部门 had read 人社部, national) — the
    # ministry named is
    ("人社部门开展根治欠薪冬季专项行动", "本报讯 11月15日，省人社厅召开新闻发布会，部署根治欠薪冬季专项行动。", ""),
    ("财政部门下达就业补助资金", "本报讯 近日，省财政厅下达就业补助资金3亿元，支持高校毕业生就业。", ""),
    ("人社部部署根治欠薪冬季专项行动", "本报讯 11月15日，人社部召开会议，部署根治欠薪冬季专项行动。", "全国"),
    # …nor does 全总 inside a word by chance (安全总监)
    ("企业安全生产培训举行", "本报讯 近日，某化工公司安全总监为200名职工讲授安全知识。", ""),
    # a conveyance's destinations weigh nothing: it is where it sets out from (made up, twenty-eighth session, from briefs:
    # it had been the first destination's)
    ("工会包车送农民工返岗", "本报讯 2月10日，由市总工会组织的10辆“返岗直通车”从火车站出发，载着400余名农民工奔赴广东、浙江等地企业"
     "复工。", ""),
    ("返岗专列发车", "本报讯 2月10日，市总工会组织的返岗专列从火车站出发，载着800余名农民工前往广州。", ""),
    ("返岗专列发车", "本报讯 2月10日，西安市总工会组织的返岗专列从西安北站出发，载着800余名农民工前往广州。", "陕西"),
    # the outlet's own people at a national event held elsewhere are the one other province named outside a list (made
    # up, twenty-eighth session, from briefs: none)
    ("我省选手问鼎全国职工技能大赛", "本报讯 11月8日，全国职工技能大赛决赛在江苏南京落幕。我省选派的国网湖南电力公司选手李强斩获一等奖，"
     "湖南湘江新区代表队摘得团体赛桂冠。", "湖南"),
    ("我省选手在全国大赛获佳绩", "本报讯 5月20日，全国快递员职业技能竞赛在浙江杭州举行。四川省总工会选派的12名选手参赛，我省选手王磊"
     "获得一等奖。", "四川"),
    # the outlet's own province (我省) where no place is named is where its dateline is (made up, twenty-eighth session,
    # from provincial papers' briefs) — not 北京, where a local paper files from a national ceremony, nor a city-province
    # for 我省
    ("我省12名职工获评“齐鲁大工匠”", "本报济南5月8日讯（记者 王晓燕）近日，省总工会发布2024年度“齐鲁大工匠”名单，12名一线职工榜上"
     "有名。", "山东"),
    ("我省新建职工驿站500家", "本报杭州3月2日讯 记者从省总工会获悉，去年我省新建户外劳动者服务驿站500家。", "浙江"),
    ("我市12人获全国五一劳动奖章", "本报上海4月28日电 我市12人获全国五一劳动奖章。", "上海"),
    ("我省12人获全国五一劳动奖章", "本报北京4月28日电 4月28日，全国总工会在京召开庆祝大会，我省12人获全国五一劳动奖章。", ""),
    ("我省12人获全国五一劳动奖章", "本报上海4月28日电 我省12人获全国五一劳动奖章。", ""),
    # a profile whose lead names the worker's company by its province keeps that province, though the worker won a
    # national contest and title (made up, twenty-ninth session, from profiles: 全国) — the tokenizer's 山东电力 too
    ("“电网医生”的坚守", "张伟是国网浙江电力公司的一名变电检修工。从业20年，他带领团队完成技术革新50余项。去年，他在全国电力行业技能"
     "竞赛中获得个人一等奖，今年又获得浙江省五一劳动奖章。", "浙江"),
    ("焊花飞溅写青春", "今年35岁的刘洋是江苏徐工集团的一名焊工。在今年举行的全国焊工技能大赛中，他获得个人第二名，被授予“全国技术"
     "能手”称号。此前，他已获得江苏省技术能手称号。", "江苏"),
    ("工匠风采", "今年42岁的王海涛是国网山东电力公司的一名带电作业工。去年，他在全国电力行业职业技能竞赛中获得个人第一名，并被授予"
     "“全国技术能手”称号。今年4月，他又荣获山东省五一劳动奖章。", "山东"),
    # …not a company named deep in a national feature (as rmrb_20200228-11-01's 中国航发沈阳黎明…)
    ("大国工匠在行动", "全国总工会近日发布2023年“大国工匠年度人物”名单，10名工匠榜上有名。\n他们中，有人扎根车间数十年。"
     "国网浙江电力公司的张伟，带领团队完成技术革新50余项。", "全国"),
    # a national body's list or commendation, then one place's worker among those on it, is that place's story (made up,
    # thirty-second session, from briefs: each had been 全国's)
    ("她被命名为“全国巾帼建功标兵”", "近日，全国妇联命名表彰了一批全国三八红旗手和全国巾帼建功标兵，江西铜业集团贵溪冶炼厂电解车间主任刘芳"
     "被命名为“全国巾帼建功标兵”。", "江西"),
    ("地铁司机获全国五一劳动奖章", "日前，全国总工会公布2024年全国五一劳动奖章获得者名单，长沙地铁运营公司电客车司机李明榜上有名。", "湖南"),
    ("酿酒师入选全国技术能手", "人力资源社会保障部近日公布第十六届全国技术能手名单，四川宜宾五粮液公司酿酒师王强入选。", "四川"),
    # a place the people a body sends go to after 到 is a trip's destination, as after 赴 (made up, thirty-second session,
    # from briefs: the destination had made the story its own)
    ("沪浙两地职工技能交流", "11月12日，嘉兴市总工会组织30名技术骨干到上海浦东新区开展技能交流活动，参观了上海振华重工长兴基地。", "浙江"),
    ("劳模疗休养", "7月8日，扬州市总工会组织50名劳模到安徽黄山开展疗休养活动，游览了黄山风景区。", "江苏"),
    # …and a delegation's coming there (made up, thirty-second session, from briefs)
    ("家乡来的慰问团", "1月10日，甘肃省总工会慰问团一行来到新疆乌鲁木齐，看望慰问在疆务工的甘肃籍农民工。", "甘肃"),
    ("鲁疆一家亲", "8月5日，山东省总工会代表团一行来到新疆喀什，走访慰问在喀什务工的山东籍职工。", "山东"),
    # a national body giving one person it names a quoted honour, in a story that names where they are (made up,
    # thirty-third session, from briefs: 全国) — not a count of them, nor a list of them, a national list
    ("矿山救护队员获追授", "在日前的一次井下救援中，内蒙古某煤矿救护队员赵刚为救被困工友不幸牺牲。近日，应急管理部追授赵刚“全国应急管理"
     "系统一级英雄模范”称号。", "内蒙古"),
    ("焊工王强获殊荣", "宜宾某机械厂焊工王强在焊接岗位上坚守20年。近日，人力资源社会保障部授予王强“全国技术能手”称号。", "四川"),
    ("中华技能大奖揭晓", "人力资源社会保障部近日授予30名同志“中华技能大奖”荣誉称号，其中四川2人。", "全国"),
    ("全国模范教师表彰", "教育部、人力资源社会保障部近日授予张桂梅等718名同志“全国模范教师”称号，云南丽江华坪女子高级中学校长张桂梅"
     "位列其中。", "全国"),
    # an officer's going somewhere in the body's own province is no trip's destination there (made up, thirty-second
    # session's probe, which a wider rule had made 北京's along the way)
    ("我省劳模赴京参加国庆观礼", "本报讯 9月30日，我省15名全国劳动模范代表抵达北京，将参加国庆观礼活动。河南省总工会负责人到郑州东站"
     "送行。", "河南"),
    # a body written by a short form whose full name opens on its place, in a story naming no place (made up,
    # thirty-third session, from Hong Kong and Macao union news: no province)
    ("工联会庆祝五一劳动节", "工联会于5月1日在维多利亚公园举行“五一劳动节”庆祝活动，逾万名市民参与。", "香港"),
    ("工联总会举办技能培训", "工联总会于3月5日举办职业技能培训班。", "澳门"),
    ("全总召开会议", "全总于3月5日召开书记处会议。", "全国"),
    # a tie goes to where the story was filed (made up, thirty-third session, from briefs: the first named of equals)
    ("农民工返岗专列开进沪杭", "本报上海2月18日电（记者 周明）18日上午，一列载有1100余名贵州籍务工人员的返岗专列抵达上海虹桥站。此前一天，"
     "另一趟专列已从四川达州开往浙江杭州。上海市总工会、浙江省总工会在车站设立服务点，为返岗职工送上口罩和慰问品。", "上海"),
    ("两省工会签订职工疗休养合作协议", "本报南京5月10日电（记者 钱文）10日，安徽省总工会与江苏省总工会签订职工疗休养合作协议，两地劳模疗休养"
     "基地互相开放。", "江苏"),
    # …and a list of one province's places weighs as one of it (made up, thirty-third session, from briefs: the partner
    # province's cities had outweighed the story's own)
    ("东西部协作结硕果 闽宁两地工会携手稳就业", "本报银川11月6日电（记者 马莉）记者从宁夏回族自治区总工会获悉，今年以来，闽宁两地工会"
     "共同举办劳务协作招聘会12场，帮助3600余名宁夏农村劳动力到福建就业。在福州、厦门、泉州等地，宁夏籍职工服务站为务工人员提供法律咨询"
     "和技能培训。", "宁夏"),
    ("黔粤工会携手开展劳务协作", "本报贵阳7月1日电（记者 罗丹）记者从贵州省总工会获悉，上半年，贵州籍务工人员在广州、深圳、东莞、佛山等地"
     "的职工驿站得到帮扶服务，贵州省总工会与广东省总工会签订协议，广东省总工会为贵州职工提供就业岗位。", "贵州"),
    # (…the story's own cities listed the same: 四川's either way)
    ("川渝工会联合开展职工技能培训", "本报成都7月1日电（记者 李静）四川省总工会和重庆市总工会在成都、绵阳和德阳联合举办职工技能培训班，"
     "重庆市总工会选派讲师参加授课。", "四川"),
])
def test_primary_province(title, body, province):
    assert analyse_text(body, ISSUE, title=title).primary_province == province


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_lac_reads_the_names_the_tokenizer_cuts():
    """rmrb_20200121-06-02 names 冯为远, 温彩云 and 陈奕威 more than once: the tokenizer's people have 冯为 (冯为 + 远) and a
    common word (高素质) instead; LAC's have the three and not the word."""
    text = (SHARED / "corpus" / "rmrb_2019_2020" / "rmrb_20200121-06-02.txt").read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text), one_article=True)
    doc = analyse(art, dt.date(2020, 1, 21))
    by_lac = doc.people_by_lac(0, len(doc.text))
    assert "冯为远" not in doc.people and {"冯为远", "温彩云", "陈奕威"} <= set(by_lac)
    assert "高素质" not in by_lac


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_three_characters_ending_on_a_particle_are_no_one():
    """rmrb_20200108-15-01 (a regulation) had 单位和, 应当将 and 施工总 among its people — three characters that open on a
    surname and stand three times; none ends a name (no real name was lost over the tunable corpus: 130 agree with LAC)."""
    text = (SHARED / "corpus" / "rmrb_2019_2020" / "rmrb_20200108-15-01.txt").read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text), one_article=True)
    assert not {"单位和", "应当将", "施工总"} & set(analyse(art, dt.date(2020, 1, 8)).people)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("file_name, place", [
    # a place's name is no one's (the tokenizer tags them as names; each had stood among the article's people)
    ("rmrb_20200121-13-01.txt", "宁德"), ("rmrb_20191009-13-01.txt", "田林县"), ("rmrb_20191007-07-01.txt", "卢沟桥"),
    ("rmrb_20200514-16-06.txt", "向阳路"),
])
def test_a_place_is_no_one(file_name, place):
    text = (SHARED / "corpus" / "rmrb_2019_2020" / file_name).read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text), one_article=True)
    assert place not in analyse(art, date_from_name(file_name)).people


@pytest.mark.parametrize("text, rows", [
    # 他 stands for a person the tokenizer does not read as one (王大山: 王大 + 山), by LAC's names (made up, as a
    # profile runs: the honours had gone to no one); 先后荣膺 tells the honours past, as 先后荣获 does
    ("王大山是中铁十二局的一名焊工，王大山今年42岁。他先后荣膺“全国技术能手”“中华技能大奖”等称号。",
     [("全国技术能手", "王大山", "prior"), ("中华技能大奖", "王大山", "prior")]),
    ("王大山是中铁十二局的一名焊工，王大山今年42岁。他曾获得全国职工职业技能大赛焊工组冠军。",
     [("全国职工职业技能大赛焊工组冠军", "王大山", "prior")]),
    # …and a clause with no subject of its own shares the name LAC reads opening the clause before (the tokenizer had
    # given 冯为 and no one)
    ("冯为远是学校的老师，先后获得全国技术能手称号。", [("全国技术能手", "冯为远", "prior")]),
    ("王大山是中铁十二局的一名焊工，先后获得全国技术能手称号。", [("全国技术能手", "王大山", "prior")]),
])
def test_he_or_she_stands_for_a_name_lac_reads(text, rows):
    assert [(a.award, a.recipient, a.status) for a in awards.extract(analyse_text(text, ISSUE))] == rows


def test_this_honour_is_the_headlines_and_the_headlines_count_is_the_bodys_named_few():
    """我市5人获评全国劳动模范 over …表彰大会在北京召开，我市张三、李四等5人获此殊荣 (made up): 获此殊荣 stands for the
    headline's honour when its sentence names none, and the headline's count is the count of those the body names — one
    fact, not a count row beside the named ones (the dashboard counts the group's five from the named rows)."""
    doc = analyse_text("本报讯 近日，全国劳动模范和先进工作者表彰大会在北京召开，我市张三、李四等5人获此殊荣。", ISSUE,
                       title="我市5人获评全国劳动模范")
    assert [(a.award, a.recipient, a.group_count) for a in awards.extract(doc)] == [
        ("全国劳动模范", "张三", 5), ("全国劳动模范", "李四", 5)]
    # …the headline's honour by its short form too (劳模: made up, twentieth session — the count had stood beside them)
    doc = analyse_text("本报讯 近日，我市中建三局高级技师张强、市公交集团驾驶员李红被授予全国劳动模范称号。", ISSUE,
                       title="我市两人获评全国劳模")
    assert [(a.award, a.recipient) for a in awards.extract(doc)] == [("全国劳动模范", "张强"), ("全国劳动模范", "李红")]
    # …or by its words in order, its opening and ending kept (十大工匠 over 十大金牌工匠: made up, twenty-first session)
    doc = analyse_text("本报讯 日前，市总工会评选出2022年度“十大金牌工匠”，张建国、李秀梅等10人入选。", ISSUE, title="十大工匠揭晓")
    assert [(a.award, a.recipient) for a in awards.extract(doc)] == [("十大金牌工匠", "张建国"), ("十大金牌工匠", "李秀梅")]
    doc = analyse_text("本报讯 日前，市总工会评选出2022年度“十大最美职工”，张建国、李秀梅等10人入选。", ISSUE, title="十大工匠揭晓")
    assert len(awards.extract(doc)) == 3  # (工匠 and 职工 end differently: two honours)
    # …or names one by one, as many as it counts, members of a larger list (made up, twenty-eighth session, from briefs: six
    # had been counted)
    doc = analyse_text("本报讯 在省总工会日前命名的100个“省级工人先锋号”中，我市市公交集团第一车队、市自来水公司抢修班、市人民医院"
                       "急诊科榜上有名。", ISSUE, title="我市3个班组获评省级工人先锋号")
    assert [(a.recipient, a.group_count) for a in awards.extract(doc)] == [
        ("市公交集团第一车队", 100), ("市自来水公司抢修班", 100), ("市人民医院急诊科", 100)]
    doc = analyse_text("本报讯 在省总工会日前公布的50名“齐鲁工匠”名单中，我市张强、李娜榜上有名。", ISSUE, title="我市两人获评齐鲁工匠")
    assert [(a.recipient, a.group_count) for a in awards.extract(doc)] == [("张强", 50), ("李娜", 50)]
    # …or a prize of one kind the body gives as many by their contests (made up, thirty-first session, from briefs: four
    # had been counted) — not fewer than the headline counts
    doc = analyse_text("本报讯 在第二届全国职业技能大赛上，四川选手王磊、赵敏分别摘得焊接项目和数控车项目金牌。", ISSUE,
                       title="我省两名职工摘得全国技能大赛金牌")
    assert [a.award for a in awards.extract(doc)] == ["焊接项目金牌", "数控车项目金牌"]
    doc = analyse_text("本报讯 在全国职业技能大赛上，我省选手王磊、赵敏分别获得焊工和电工项目一等奖。", ISSUE,
                       title="我省两名选手获全国大赛一等奖")
    assert [a.award for a in awards.extract(doc)] == ["焊工项目一等奖", "电工项目一等奖"]
    doc = analyse_text("本报讯 在全国职业技能大赛上，我省选手王磊、赵敏分别获得焊工和电工项目一等奖。", ISSUE,
                       title="我省三名选手获全国大赛一等奖")
    assert [a.award for a in awards.extract(doc)] == ["全国大赛一等奖", "焊工项目一等奖", "电工项目一等奖"]
    # …and a headline's count the body tells in parts is their total, not a row beside them; the honour of 获此殊荣 from
    # a headline is what follows its verb (我省32人获全国劳模称号 had been an honour of that name: made up)
    doc = analyse_text("本报讯 4月29日，全国劳动模范和先进工作者表彰大会在北京举行。我省共有32人获此殊荣，其中全国劳动模范25人、"
                       "全国先进工作者7人。", ISSUE, title="我省32人获全国劳模称号")
    assert [(a.award, a.recipient_count) for a in awards.extract(doc)] == [("全国劳动模范", 25), ("全国先进工作者", 7)]
    doc = analyse_text("本报讯 近日，全国总工会公布2022年全国五一劳动奖名单，我省3个集体和5名个人榜上有名。", ISSUE,
                       title="我省8个集体和个人获全国五一劳动奖")
    assert [(a.award, a.recipient_count) for a in awards.extract(doc)] == [("全国五一劳动奖", 3), ("全国五一劳动奖", 5)]
    # …the headline's honour whole where the body cuts it short, the same people (全国五一劳动奖 → …奖章), and results
    # told in one sentence, those chosen listed in the next by what they did (获评的10名职工依次为…): made up
    doc = analyse_text("本报讯 近日，全国总工会发布2022年全国五一劳动奖表彰决定，我市3名职工榜上有名，他们分别是：王建华、刘敏、"
                       "张磊。", ISSUE, title="我市3名职工获全国五一劳动奖章")
    assert [(a.award, a.recipient) for a in awards.extract(doc)] == [("全国五一劳动奖章", w) for w in ("王建华", "刘敏", "张磊")]
    doc = analyse_text("本报讯 2022年度全市“最美职工”评选结果日前揭晓。获评的3名职工依次为：张伟、李娜、王强。", ISSUE,
                       title="最美职工名单")
    assert [(a.award, a.recipient, a.group_count) for a in awards.extract(doc)] == [
        ("最美职工", w, 3) for w in ("张伟", "李娜", "王强")]
    doc = analyse_text("本报讯 2022年度全市“金牌工匠”评选日前揭晓。当选的2名职工分别是王强和赵敏。", ISSUE, title="工匠")
    assert [(a.award, a.recipient) for a in awards.extract(doc)] == [("金牌工匠", "王强"), ("金牌工匠", "赵敏")]
    doc = analyse_text("本报讯 近日，全国劳动模范和先进工作者表彰大会召开，我省共有32人获此殊荣。", ISSUE, title="喜报")
    assert [a.recipient_count for a in awards.extract(doc)] == [32]  # (no parts told: the count stays)


def test_the_outlets_own_people_in_a_national_honour_are_not_national():
    """我市张三、李四、王五3人获得全国五一劳动奖章 (made up): the outlet's own people, placed where the article is — here
    nowhere it names — not 全国 because the giver is national."""
    doc = analyse_text("本报讯 近日，全国总工会公布2023年全国五一劳动奖名单，我市张三、李四、王五3人获得全国五一劳动奖章。",
                       ISSUE, title="我市3人获全国五一劳动奖章")
    got = awards.extract(doc)
    assert [(a.recipient, awards.award_province(a, doc)) for a in got] == [("张三", ""), ("李四", ""), ("王五", "")]
    # …nor are those it counts after the honour (made up, twentieth session: the count had been 全国's)
    doc = analyse_text("本报讯 近日，全总公布2023年度全国职工书屋示范点名单，我省15家单位入选。", ISSUE, title="安徽职工书屋")
    assert [(a.recipient_count, awards.award_province(a, doc)) for a in awards.extract(doc)] == [(15, "安徽")]


@pytest.mark.parametrize("text, province", [
    ("张建国被授予“三秦工匠”称号。", "陕西"),
    ("会上，省总工会授予了12名职工齐鲁工匠称号。", "山东"),
    ("近日，杭州市总工会授予张建国“三秦工匠”称号。", "浙江"),  # (a giver the sentence names places it first)
    # (…after its round too — made up, twenty-fourth session, from briefs: no province)
    ("11月5日，首届“三晋工匠”评选揭晓，李明获“三晋工匠”称号。", "山西"),
    ("第三届“三秦工匠”评选揭晓，张建国获评第三届“三秦工匠”。", "陕西"),
])
def test_an_honour_opening_on_a_provinces_literary_name_is_that_provinces(text, province):
    """齐鲁工匠 is 山东's, 三秦工匠 陕西's, whatever the article names (made up, eighteenth session)."""
    doc = analyse_text(text, ISSUE, title="工会动态")
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == [province]


@pytest.mark.parametrize("title, body", [
    # a recipient described by a level's own unit, no place before it (市自来水公司…化验班, 市第一人民医院…主任刘敏), is the
    # article's own locality's, whoever gives (made up, twenty-third session, from briefs: 全国, the giver's)
    ("宁波：这个班组荣获全国工人先锋号", "日前，中华全国总工会发布表彰决定，市自来水公司水质检测中心化验班荣获“全国工人先锋号”称号。"),
    ("宁波一护士长获评全国三八红旗手", "近日，全国妇联授予市第一人民医院护理部主任刘敏“全国三八红旗手”称号。"),
])
def test_a_local_unit_in_a_national_honour_is_the_articles_own(title, body):
    doc = analyse_text(body, ISSUE, title=title)
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == ["浙江"]
    # (…not a unit with its own place, nor a national body's people)
    doc = analyse_text("日前，中华全国总工会授予北京丘比食品有限公司沙拉充填班“全国五一巾帼标兵岗”称号。", ISSUE, title=title)
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == ["北京"]


@pytest.mark.parametrize("body, province", [
    # a named person with no place in their own list item is placed by the unit a clause of its own describes them by
    # (made up, twenty-sixth session, from profiles: the 沈阳 worker's and the 杭州 driver's national honours had been
    # 全国's); described by no place, the national body's
    ("2018年荣获全国五一劳动奖章的王秀兰，今年又被全国总工会评为“全国最美职工”。王秀兰是沈阳机床厂的一名数控车工，扎根一线30年。",
     ["辽宁", "辽宁"]),
    ("日前，李明被授予全国劳动模范称号。李明，杭州公交集团驾驶员，安全行车100万公里。", ["浙江"]),
    ("日前，李明被授予全国劳动模范称号。李明是一名公交车驾驶员，安全行车100万公里。", ["全国"]),
])
def test_a_named_recipient_is_placed_by_the_unit_they_are_described_by(body, province):
    doc = analyse_text(body, ISSUE, title="劳模风采")
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == province


@pytest.mark.parametrize("text, rows", [
    # a circular's praise is a commendation, the count of those from here its members; as many honours listed as counts
    # pair in order (made up, twenty-sixth session, from briefs: no row; both counts of the two honours' whole name)
    ("近日，全国总工会联合通报表扬2024年度全国“安康杯”竞赛优胜单位，我省12家单位榜上有名。",
     [("全国“安康杯”竞赛优胜单位", 12, "unit")]),
    ("近日，全国总工会、应急管理部联合通报表扬2024年度全国“安康杯”竞赛优胜单位和优秀班组，我省12家单位、30个班组榜上有名。",
     [("全国“安康杯”竞赛优胜单位", 12, "unit"), ("全国“安康杯”竞赛优秀班组", 30, "collective")]),
    ("近日，全国总工会公布2025年全国五一劳动奖和全国工人先锋号名单，我省5个单位、8个集体榜上有名。",
     [("全国五一劳动奖", 5, "unit"), ("全国工人先锋号", 8, "collective")]),
    # (one honour, two counts: both its)
    ("近日，全国总工会公布2025年全国五一劳动奖名单，我省5个单位、12名职工榜上有名。",
     [("全国五一劳动奖", 5, "unit"), ("全国五一劳动奖", 12, "person")]),
])
def test_counts_from_here_on_a_list_of_honours(text, rows):
    assert [(a.award, a.recipient_count, a.recipient_kind)
            for a in awards.extract(analyse_text(text, ISSUE, title="工会动态"))] == rows


@pytest.mark.parametrize("text, rows", [
    # a works' area is a collective, no place (made up, twenty-sixth session, from commendations: no row)
    ("其中，西宁特殊钢股份有限公司炼钢厂电炉作业区等50个集体获得青海省工人先锋号称号。",
     [("青海省工人先锋号", "西宁特殊钢股份有限公司炼钢厂电炉作业区", 1, "collective", "current", "青海")]),
    ("长庆油田采油一厂第三作业区获评全国工人先锋号。", [("全国工人先锋号", "长庆油田采油一厂第三作业区", 1, "collective", "current",
                                                   "全国")]),
    # a count opening its clause goes on with the running total of the clause before, and the whole province's count of
    # a national honour is the province's (made up, twenty-sixth session, from a commendation's report: the second had
    # been current, both 全国's)
    ("青海盐湖股份有限公司获评青海省五一劳动奖状。据了解，近年来，全省共有15人获得全国五一劳动奖章，8个集体获得全国五一劳动奖状。",
     [("青海省五一劳动奖状", "青海盐湖股份有限公司", 1, "unit", "current", "青海"),
      ("全国五一劳动奖章", "", 15, "person", "cumulative", "青海"), ("全国五一劳动奖状", "", 8, "collective", "cumulative", "青海")]),
    ("截至目前，全市共有120人获得省劳动模范称号，另有35人获得全国劳动模范称号。",
     [("省劳动模范", "", 120, "person", "cumulative", ""), ("全国劳动模范", "", 35, "person", "cumulative", "")]),
    ("今年，全市共有12人获得省五一劳动奖章，3个集体获得省五一劳动奖状。",
     [("省五一劳动奖章", "", 12, "person", "current", ""), ("省五一劳动奖状", "", 3, "collective", "current", "")]),
])
def test_collectives_running_totals_and_the_whole_provinces_count(text, rows):
    doc = analyse_text(text, ISSUE, title="表彰先进")
    assert [(a.award, a.recipient, a.recipient_count, a.recipient_kind, a.status, awards.award_province(a, doc))
            for a in awards.extract(doc)] == rows


def test_a_count_of_locals_in_a_national_honour_is_placed_where_they_are():
    """杭州市3名职工获全国五一劳动奖章 (made up): a place before the count stands as 我市 does — a count row, placed in
    浙江 (全国 in the honour's own name counts nothing nationwide)."""
    doc = analyse_text("本报讯 近日，杭州市3名职工获全国五一劳动奖章。", ISSUE, title="我市3人获全国五一劳动奖章")
    rows = [(a.award, a.recipient, a.recipient_count) for a in awards.extract(doc)]
    assert rows == [("全国五一劳动奖章", "", 3)]
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == ["浙江"]


@pytest.mark.parametrize("raw, canonical", [
    # web pages quote and end sentences in ASCII (made up: "市五一劳动奖章" had been no honour, 称号. no sentence's end)
    ('市总工会授予张三等5名职工"市五一劳动奖章",授予李四"优秀工会工作者"称号.',
     "市总工会授予张三等5名职工“市五一劳动奖章”，授予李四“优秀工会工作者”称号。"),
    ('他说:"我们会继续努力."', "他说：“我们会继续努力。”"),
    ("活动还在继续...下午", "活动还在继续……下午"),
    # …after a bracket or a percent, and before a year (rmrb_20200108-02-07, rmrb_20191031-02-03 written in ASCII)
    ("（以下简称《条例》）.国新办7日举行吹风会", "（以下简称《条例》）。国新办7日举行吹风会"),
    ("分别为50.8%和50.4%.", "分别为50.8%和50.4%。"),
    ("震慑了恶意欠薪犯罪行为.2011年至今年9月", "震慑了恶意欠薪犯罪行为。2011年至今年9月"),
    # ASCII that is no Chinese punctuation stays: a web address, a decimal, English
    ("访问www.acftu.org了解，增长3.5个百分点", "访问www.acftu.org了解，增长3.5个百分点"),
    ('Mr. Smith said "hello".', 'Mr. Smith said "hello".'),
])
def test_ascii_punctuation_next_to_chinese_is_chinese(raw, canonical):
    assert normalize_text(raw) == canonical


@pytest.mark.parametrize("title, body, union", [
    ("一线职工游家乡", "2月26日开始，婺城区总工会启动为期3天的“新婺城人游婺城”活动，职工乘观光火车游家乡。", True),
    ("为保障职工权益找办法", "再次见到全国人大代表、昆明家乐福超市公司工会主席陈科含，她正在调研社保。", True),
    ("英国中小学增加健康饮食教育", "在英国，儿童超重和肥胖已成为一个较为严重的国民健康问题，并且有日趋加重的趋势。为应对这一问题，"
     "英国政府开始鼓励中小学增强对学生健康饮食的教育，并将烹饪课纳入课程。英国全国教师工会负责人詹姆斯·鲍文认为，"
     "这种方式的效果有限，学校的资源本已紧张。不少家长则表示支持，认为孩子从小养成健康的饮食习惯十分重要。"
     "专家指出，饮食教育需要学校、家庭和社会共同努力，才能真正改变孩子们的生活方式，减少肥胖带来的健康风险。", False),
    ("贵州每年将培训超百万技能人才", "贵州省将完善农民全员培训、企业职工技能提升、高技能人才培训等制度。" * 8, False),
    # R: a union officer quoted in a long story about something else is no union work; the officer the story is
    # about (named in the headline lines) is
    ("玉门油田的“精耕细作”", "油田公司党委常务副书记、工会主席刘战君说起当年的情形。" + "玉门油田精耕细作老区，稳产增效。" * 30,
     False),
    # R: a profile's old honours from a union are the person's past, not union work
    ("金海：“草原保尔” 献身学术", "金海长期致力于草原研究，培养了大批人才。" * 10 + "2009年被中华全国总工会授予“全国五一劳动奖章”，"
     "2010年获“全国先进工作者”称号。", False),
    ("全国人大代表陈科含——\n为保障职工权益找办法", "再次见到全国人大代表、昆明家乐福超市公司工会主席陈科含，她正在调研社保。"
     + "她走访企业，倾听职工心声，整理建议。" * 30, True),
    # a federation by its place and 总 alone, as Workers' Daily shortens it (made up after grrb_20220908's 贵州省总安排…,
    # grrb_20220913's 云南省总启动…, which also name the union in full); 省总书记 and 总经理 are no union
    ("深圳市总发放补贴", "本报讯 近日，深圳市总向1000名新就业形态劳动者发放补贴。" + "补贴直接发放到个人账户。" * 30, True),
    ("市场平稳运行", "某公司市场部总经理说，市场总体形势良好。" * 20, False),
    # …or by its level alone opening a clause (made up after czwb_20200109's 市总将为… and shghxy_20230925's 省总干校,
    # whose articles also name the union in full); 全市总人口 and 市总共… are no union
    ("职工运动会开幕", "本报讯 7月10日，市总举办第五届职工运动会，来自全市的30支代表队参赛。" + "比赛持续三天。" * 30, True),
    ("人口统计", "据统计，全市总人口达到100万，城市总体规划稳步推进。" * 20, False),
    # a union that only credits the piece (its source line, its writer's unit) is not what it reports (made up: union
    # sites credit reprints so, tibetcn_20231219's 来源：全国总工会官微); a union's women's committee is the union
    ("人社部发布新版职业分类大典", "本报讯 近日，人力资源和社会保障部发布2022年版职业分类大典，新增158个新职业。\n来源：江苏省总工会",
     False),
    ("职业分类大典的意义", "近日，人力资源和社会保障部发布2022年版职业分类大典。\n（作者单位：南京市总工会）", False),
    ("市女职工委员会开展关爱活动", "本报讯 近日，市女职工委员会为一线女职工送去关爱包。", True),
    # unions as a kind of body listed with the other mass organisations are no union acting (rmrb_20200106-01-06's
    # 领导本单位工会、共青团、妇女组织等群团组织; rmrb_20191028-01-02, rmrb_20200227-09-03 list them so; the brief made up) —
    # named co-organisers are (全国总工会、共青团中央…共同主办)
    ("人社部部署招聘专项行动", "本报讯 人社部近日部署开展百日千万招聘专项行动，各地人社部门将联合工会、妇联等举办招聘会。", False),
    ("中共中央印发条例", "近日，中共中央印发了条例。条例要求，领导企业工会、共青团、妇女组织等群团组织。", False),
    ("演讲大赛举行", "本报讯 演讲大赛由中宣部、全国总工会、共青团中央、全国妇联共同主办。", True),
    # a union programme's word another body runs, no union beside it, is that body's work — named again too (made up:
    # the tunable text has none; the one article of programme words alone, grrb_20120629-02-04's caption, names no
    # organiser and stays union work)
    ("人社局举办技能大赛", "本报讯 近日，市人社局举办全市职工技能大赛，300名职工参赛。获奖选手将获得相应职业技能等级证书。", False),
    ("杭州钢铁集团开展劳动竞赛", "本报讯 杭州钢铁集团近日开展“比学赶超”劳动竞赛，激发职工干劲。集团负责人表示，劳动竞赛将持续到年底。",
     False),
    ("市人社局和市总工会举办技能大赛", "本报讯 近日，市人社局和市总工会联合举办全市职工技能大赛，300名职工参赛。", True),
    ("图片新闻", "6月27日上午，第四届四川省职工职业技能大赛在成都主赛场拉开了帷幕。", True),
    # Hong Kong's and Macao's federations of trade unions by their short names (made up: 工联会 had been no union)
    ("工联会关注基层职工", "本报讯 香港工联会近日发布调查报告，关注基层职工收入。", True),
    ("澳门工联总会举办运动会", "本报讯 澳门工联总会近日举办职工运动会。", True),
    # the union programmes a union report names (金秋助学 and 职工医疗互助 in rmrb_20190211-12-01's list of a union's
    # services, 金秋助学金 in rmrb_20200204-13-01, 职工互助保障 in mzrmt_20250107, 劳模疗休养 on the sample page, 工资集体
    # 协商 in zmdrb_20140704's roundup): a brief about one is union work though no union is named (made up)
    ("集体协商", "本报讯 近日，市餐饮行业工资集体协商会议召开，行业协会与职工方代表签订工资专项集体合同。", True),
    ("职工医疗互助", "本报讯 近日，市职工医疗互助保障活动启动，全市12万名职工参加。", True),
    ("劳模疗休养", "本报讯 近日，2023年全市劳模疗休养活动启动，首批50名劳模参加。", True),
    ("金秋助学", "本报讯 近日，市金秋助学活动启动，200名困难职工子女将获得资助。", True),
    # …and two more by name, and the outdoor workers' stations however the text ends their name (eighteenth session, made
    # up from a brief written as a probe: …户外劳动者服务站 had missed the list's …服务站点)
    ("“劳模工匠助企行”走进兰陵", "5月30日，“劳模工匠助企行”专项行动走进兰陵县，12名劳模工匠深入5家企业，帮助解决技术难题18项。", True),
    ("服务站里送清凉", "本报讯 入夏以来，全市200个户外劳动者服务站为环卫工人、快递小哥提供歇脚、饮水等服务。", True),
    # a foreign country's unions, named by no body's name, are no union work here, headline or text (made up from a
    # brief written as a probe); a union here meeting a foreign delegation is union work still
    ("法国工会举行罢工", "据新华社报道，法国多个工会5月31日举行全国性罢工，抗议政府的养老金改革方案。", False),
    ("郑州市总工会会见日本工会代表团", "本报讯 近日，郑州市总工会与来访的日本工会代表团座谈交流。", True),
    # (…and a foreign delegation visiting one: 访问 is no part of a name — 日本东京都工会代表团访问郑州市总工会 had been read
    # as one body, and masked whole)
    ("日本工会代表团来访", "本报讯 近日，日本东京都工会代表团访问郑州市总工会，双方就职工权益保障进行交流。", True),
    # (…and a country's name inside a Chinese place's is none: 内蒙古 holds 蒙古, 湖南非公 南非 — made up, twenty-fourth
    # session, from briefs: 内蒙古's federations had done no union work); Mongolia's own unions are still foreign
    ("内蒙古为快递员送去“暖心包”", "本报讯 12月18日，内蒙古自治区总工会在呼和浩特为200名快递员送去“暖心包”。", True),
    ("巴彦淖尔慰问快递员", "本报讯 1月8日，内蒙古巴彦淖尔市总工会走访慰问快递员，送去慰问品。", True),
    ("蒙古国工会代表团访华", "本报讯 蒙古国工会联合会代表团近日访华，参观了多家企业。", False),
    # the federation's honours for women workers name union work as its medals do (made up, nineteenth session: 全国五一巾帼
    # 标兵 had not)
    ("王小燕获评全国五一巾帼标兵", "本报讯 近日，南京地铁运营公司的王小燕被授予“全国五一巾帼标兵”称号。", True),
    # a union by no name of its own inside a list of departments another body works with is no union work (made up,
    # nineteenth session, from a brief: one mention in a brief had made it union work); the partner named first is
    ("人社局开展根治欠薪冬季专项行动", "本报讯 11月15日，市人社局启动根治欠薪冬季专项行动，联合住建、公安、工会等部门，对全市在建工程"
     "项目开展拉网式排查。", False),
    ("户外劳动者驿站揭牌", "本报讯 近日，某加油站户外劳动者爱心驿站揭牌，这是该公司与工会、城管等部门共同打造的服务站。", True),
    # a union named only as where workers may turn for help is no union work (made up, twentieth session, from a brief:
    # a court's story had been); a union that takes up what workers brought it still is
    ("法院审结一起劳动争议案", "本报讯 近日，某区人民法院审结一起劳动争议案件，判决某公司向员工支付加班费2万元。法官提醒，劳动者可向"
     "工会或劳动监察部门求助。", False),
    ("人社局提醒农民工依法维权", "本报讯 春节将至，市人社局提醒，农民工遇到欠薪可拨打12333热线，也可找当地工会咨询。", False),
    ("工会帮农民工讨薪", "本报讯 近日，20名农民工向县总工会反映被拖欠工资，县总工会随即介入，帮助他们追回工资30万元。", True),
    # a union only among those who attend another body's event is no union work (made up, twenty-first session, from
    # briefs: one mention in a brief had made it; the gold reads rmrb_20190221-18-02's 座谈会 so); its own event is
    ("社区食堂开张", "本报讯 近日，市民政局在老城区建成10家社区食堂，为老年人提供助餐服务。市总工会、团市委等单位参加了开业仪式。",
     False),
    ("新就业形态劳动者权益保障座谈会召开", "本报讯 3月5日，市人社局召开新就业形态劳动者权益保障座谈会，市总工会、市市场监管局和美团、"
     "饿了么等平台企业负责人参加。", False),
    ("职工书屋揭牌", "本报讯 3月5日，市总工会在市图书馆举行职工书屋揭牌仪式，市文旅局等单位负责人参加。", True),
    # …nor a union's chair among those at a company's meeting, nor a union's building where another body holds its
    # event (made up, twenty-first session, from briefs); a union's own event there is union work
    ("企业年会", "本报讯 某科技公司日前召开年度总结大会，公司董事长、工会主席等出席，表彰了一批优秀员工。", False),
    ("专场招聘会", "本报讯 3月2日，市人社局在市工人文化宫举办春风行动专场招聘会，200家企业提供岗位8000个。", False),
    ("社区读书会", "本报讯 4月23日，某图书馆在社区职工书屋举办读书分享会，30余名居民参加。", False),
    ("职工书画展", "本报讯 3月2日，市总工会在市工人文化宫举办职工书画展。", True),
    # a workers' sports meet is the union-run programme a skills contest is, its union unnamed (made up, twenty-first
    # session, from briefs: no union work)
    ("职工运动会开幕", "本报讯 5月10日，市第五届职工运动会在市体育中心开幕，全市1.2万名职工参加。", True),
    ("高新区职工运动会", "本报讯 5月20日，成都高新区首届职工运动会在天府软件园开幕，来自园区120家企业的2000余名职工参加。", True),
    # …and so is the contest by its other name, its union unnamed; a company's own is the company's, as a company's
    # 职工技能大赛 is; a union's room for nursing mothers is union work (made up, twenty-second session, from briefs)
    # a worker turning to their company's union is no union work (made up, twenty-second session, from a brief), as one
    # turning to the local union is not
    ("法院判决", "本报讯 某公司拒不支付工伤职工待遇，法院判决公司支付各项赔偿12万元。该职工曾向公司工会反映情况。", False),
    ("职工维权", "本报讯 张某向企业工会投诉后，公司补发了加班费。", False),
    ("职工技能比武开赛", "本报讯 5月10日，全市第十届职工技能比武开赛，300余名职工参加焊工、钳工等6个工种的比拼。", True),
    ("企业开展技能比武", "本报讯 5月10日，某钢铁集团举行第十届职工技能比武，300余名职工参加焊工、钳工等6个工种的比拼。", False),
    ("爱心妈咪小屋投入使用", "本报讯 近日，县人民医院“爱心妈咪小屋”正式投入使用，为哺乳期女职工提供休息空间。", True),
    ("关爱哺乳期女职工", "本报讯 近日，某公司建成“爱心妈咪小屋”，配备冰箱、沙发等设施，方便哺乳期女职工。", True),
    # a place's May Day meeting and model workers' commendation is the federation's work whoever presides (made up,
    # twenty-third session, from briefs, as the gold judges 太原's and 合肥's); the holiday itself is not
    ("我市隆重庆祝五一国际劳动节", "本报讯 4月29日，我市召开庆祝“五一”国际劳动节暨劳动模范表彰大会，100名市劳动模范受到表彰。", True),
    ("县里表彰劳模", "本报讯 4月28日，县委、县政府召开劳模表彰大会，20名县劳动模范受到表彰。", True),
    ("景区迎来客流高峰", "本报讯 五一国际劳动节假期，我市各景区共接待游客120万人次。", False),
    # a union's legal aid is union work, the Trade Union Law is not a union acting (made up, twenty-third session, from
    # a brief: 工会法 had matched inside 工会法律援助)
    ("农民工讨薪记", "本报讯 春节前，30名农民工被拖欠工资60万元。在市总工会法律援助律师的帮助下，农民工们拿回了全部工资。", True),
    ("工会送法进企业", "本报讯 3月15日，县总工会工会法律服务团走进工业园区，为职工解答劳动合同问题。", True),
    ("普法宣传", "本报讯 3月15日，某公司组织员工学习《工会法》和《劳动合同法》。", False),
    # a bracketed credit opening the lead's line is the bracket alone, not the whole line (made up, twenty-fifth session,
    # from briefs: the union's work had been blanked as the credit)
    ("农民工讨薪有了“绿色通道”", "（来源：四川工人日报）近日，成都市总工会联合市法院，在全市22个区（市）县设立农民工讨薪“绿色通道”，"
     "为农民工提供免费法律援助。", True),
    ("图书进企业", "（稿源：江苏工人报）日前，南京市总工会为全市200家企业职工书屋配送图书5万册，丰富职工精神文化生活。", True),
    ("图书馆开放", "（来源：南京市总工会）日前，市图书馆延长开放时间，方便市民借阅。", False),
    # a workplace's congress of workers' representatives, whose working body is its union, is union work whoever
    # convenes it (made up, twenty-sixth session, from briefs: a company's congress had been the company's own work); a
    # contest another body holds is still that body's
    ("企业职工代表大会审议通过集体合同", "本报讯 11月28日，某机械公司召开第五届职工代表大会第二次会议，审议通过了《工资专项集体合同》。",
     True),
    ("中铁一局召开职代会", "3月15日，中铁一局集团召开四届三次职工代表大会，审议通过了《集体合同》等3项议案。", True),
    ("市人社局举办技能大赛", "本报讯 5月10日，市人社局举办全市职工技能大赛。", False),
    # 全总 inside a word by chance is no union (made up, twenty-seventh session, from briefs and rmrb_20200117-15-01's
    # 安全总监: a company's safety training had been union work) — the short form standing alone is
    ("企业安全生产培训举行", "本报讯 近日，某化工公司安全总监为200名职工讲授安全知识。", False),
    ("职工安全知识竞赛", "本报讯 近日，某公司举办安全知识竞赛，安全总结会同步召开。", False),
    ("全总部署送温暖工作", "本报讯 近日，全总印发通知，部署2025年送温暖活动。", True),
    # …nor 工会 across two words (员工|会议, 职工|会议, 施工|会战) — the union's own 议事 is union work
    ("企业召开安全生产会", "本报讯 近日，某化工公司召开全体员工会议，部署安全生产工作。", False),
    ("公司召开职工会议", "本报讯 近日，某公司召开职工会议，通报经营情况。", False),
    ("施工会战", "本报讯 近日，某项目部打响施工会战，200名工人加班加点。", False),
    ("工会议事", "本报讯 近日，市总工会召开工会议事会。", True),
    # Hong Kong's other labour federations at work are union work (made up, thirty-third session, from Hong Kong union
    # news)
    ("新春慰问", "港九劳工社团联会于2月3日组织义工队探访独居长者，送上新春福袋200份。", True),
    ("新春活动", "港九工团联合总会于2月3日举办新春团拜活动。", True),
])
def test_union_flag(title, body, union):
    assert analyse_text(body, ISSUE, title=title).is_union is union


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("file_name, union", [
    # stories of six paragraphs or more whose unions stand in one paragraph, not the first, are about something else:
    # work safety (工会组织 among the bodies to act), WWI labourers' history (中国早期工会运动), grassroots democracy
    # (enterprises with 职工代表大会 counted) — all three had been union work
    ("rmrb_20200512-05-05.txt", False), ("rmrb_20190201-17-02.txt", False), ("rmrb_20191011-09-03.txt", False),
    # …while a union's own stories stay union work (a lead that names the union, then the rest: rmrb_20200204-13-01)
    ("rmrb_20200204-13-01.txt", True), ("rmrb_20200226-05-04.txt", True),
])
def test_a_union_named_in_one_paragraph_of_a_longer_story_is_not_its_subject(file_name, union):
    text = (SHARED / "corpus" / "rmrb_2019_2020" / file_name).read_text(encoding="utf-8")
    (art,) = segment(normalize_text(text), one_article=True)
    assert analyse(art, date_from_name(file_name)).is_union is union


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("name, union", [
    # a union among the bodies that held the story's event, named once in a long report: union work
    ("rmrb_20191018-06-06.txt", True),  # 由中共中央宣传部、…、全国总工会、…共同主办
    ("rmrb_20191025-07-07.txt", True),  # the same series' next round, another article
    ("rmrb_20200114-04-09.txt", True),  # 由四川省委宣传部、省人社厅等部门和广东省总工会共同主办
    ("rmrb_20191030-06-05.txt", False),  # 由中国残联主办，浙江省人民政府承办: held by no union
])
def test_a_union_among_the_sponsors_makes_union_work(name, union):
    tables = process_text(read_source(SHARED / "corpus" / "rmrb_2019_2020" / name)).tables()
    assert [a["is_union"] for a in tables["articles"]] == [union]


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("name, union", [
    # a long report that names a union in one or two of its paragraphs mentions it in passing: no union work
    ("rmrb_20200209-04-05.txt", False),  # 元宵节里，温暖的力量: 浙江省人民医院工会为…准备了汤圆 in 29 paragraphs
    ("rmrb_20191028-01-02.txt", False),  # a national outline that lists 工会 among the groups that carry it out
    ("rmrb_20200227-01-01.txt", False),  # a front-page report on Wuhan
    # …a long report with union work in several of its paragraphs is union work
    ("rmrb_20200117-15-01.txt", True),  # 42 paragraphs, unions in four (西安市总工会 开行专列, 陕西省建设工会…)
    ("rmrb_20200228-11-01.txt", True),  # 22 paragraphs, unions in eleven
])
def test_a_union_named_in_passing_in_a_long_report_is_no_union_work(name, union):
    tables = process_text(read_source(SHARED / "corpus" / "rmrb_2019_2020" / name)).tables()
    assert [a["is_union"] for a in tables["articles"]] == [union]


@pytest.mark.parametrize("page, titles", [
    # a headline over a legal header and a signature: one article, titled by its first line
    ("前文结束了。\n保障农民工工资支付条例\n中华人民共和国国务院令\n第724号\n《保障农民工工资支付条例》已经国务院常务会议通过，现予公布。\n"
     "总理 李克强\n2019年12月30日\n第一章 总 则\n第一条 为了规范农民工工资支付行为，制定本条例。",
     ["保障农民工工资支付条例"]),
    # a roundup's place-and-colon sections stay in it; a later headline of that shape opens its own article
    ("方便职工看护未成年子女——\n多地出台暖心举措防控疫情（坚定信心 同舟共济）\n北京：孩子延期开学，每家可有一名职工在家看护\n"
     "疫情当前，各地中小学推迟开学时间，北京市人社局发布通知。\n吉林：驻村扶贫干部，帮贫困户解决生活需求\n"
     "2月1日，在吉林省松原市，乡党委书记为贫困户送去口罩。\n郭陆顺：攻无不克 激战抗敌（为了民族复兴·英雄烈士谱）\n"
     "新华社电 穿行在湖南浏阳市永安镇，宛如置身于一座县城。",
     ["多地出台暖心举措防控疫情（坚定信心 同舟共济）", "郭陆顺：攻无不克 激战抗敌（为了民族复兴·英雄烈士谱）"]),
    # a roundup whose sections have reporters of their own keeps each further section of that shape, long lines and
    # all (rmrb_20200120-13-01: 公交乘务员… had opened an article on every composed page); a column-tagged headline
    # with a reporter after it still opens the next article
    ("记者体验春运一线（新春走基层）\n春运是一场人口大迁徙。\n——编 者\n冲洗一列“复兴号”，相当于绕着动车组走三圈——\n"
     "高铁清洗工，这活很累人\n本报记者 陆娅楠\n“怎么不先把冰凿了再干活？”我举着刷子，开始腿软。\n"
     "行经北京站附近，服务不少赶火车的乘客——\n公交乘务员，平常不平凡\n本报记者 刘志强\n四九城里四九天，最冷要数天亮前。\n"
     "就业形势总体稳定——\n措施有力就业稳（数字看“六稳”）\n本报记者 李心萍\n1至11月，全国城镇新增就业1279万人。",
     ["记者体验春运一线（新春走基层）", "措施有力就业稳（数字看“六稳”）"]),
    # a credit between a heading and its text is that piece's byline (made up: the issue's （某某报记者 某某） and
    # 某某 摄影 alone on a line); it had been read as the close of the piece before, and the page became one article
    ("市总工会开展送温暖活动\n（本报记者 王明）\n1月10日，市总工会开展送温暖活动，慰问困难职工100户。\n职工书屋揭牌\n张三 摄影\n"
     "1月11日，县总工会为某公司职工书屋揭牌，赠送图书500册。\n劳模工匠进校园\n文/图 李四\n1月12日，区总工会组织劳模走进中学。",
     ["市总工会开展送温暖活动", "职工书屋揭牌", "劳模工匠进校园"]),
    # (twenty-first session, made up: briefs composed as other papers set them — each page had lost or split a piece)
    # a short headline under its kicker, a news lead under it, is the headline, not a section's head under the kicker
    ("喜迎五一劳动节\n演讲比赛\n本报讯 10月20日，市总工会举办职工演讲比赛，张敏、刘洋分获一、二等奖。\n弘扬劳模精神 争做时代先锋\n"
     "高温下的坚守\n7月25日，在江西南昌一处建筑工地，工人们顶着烈日作业。",
     ["演讲比赛", "高温下的坚守"]),
    # …and a headline's name written with · and what its bearer did is no roundup's place-and-people mark
    ("关爱一线职工\n阿依古丽·买买提荣获全国五一劳动奖章\n天山网讯 4月30日，某农机合作社技术员阿依古丽·买买提荣获全国五一劳动奖章。\n"
     "弘扬劳模精神\n买买提·艾力当选全国劳动模范\n本报讯 4月28日，某煤矿综采队队长买买提·艾力当选全国劳动模范。",
     ["阿依古丽·买买提荣获全国五一劳动奖章", "买买提·艾力当选全国劳动模范"]),
    # a subtitle (——记…, ——…侧记) under a headline whose piece has no text yet — its byline, photo, source line or
    # editor's note between — is that piece's subtitle, not a piece of its own
    ("他把一生献给了焊花\n本报记者 张明\n——记全国劳动模范、某造船厂高级技师马建军\n从一名普通焊工成长为高级技师，马建军用了30年。\n"
     "“工会就是我们的娘家”\n来源：工人日报\n——记市总工会职工服务中心的一天\n早上8点半，市总工会职工服务中心刚开门，就有职工前来咨询。\n"
     "“娘家人”送来“及时雨”\n图为活动现场。 张明 摄\n——泉州市总工会开展“两节”送温暖活动侧记\n"
     "1月10日，患病职工吴建平接过市总工会送来的5000元慰问金。\n"
     "劳模的一天\n编者按：劳动创造幸福，实干成就伟业。本版推出劳模故事专栏。\n——记全国劳动模范王大山\n清晨6点，王大山已经来到车间。",
     ["他把一生献给了焊花", "“工会就是我们的娘家”", "“娘家人”送来“及时雨”", "劳模的一天"]),
    # a second byline (作者：… 文/图) is no paragraph of text: a photo's label under a short report's first paragraph,
    # and the paragraph under it, stay the report's; so does a paragraph with its photo's own caption under it
    ("公司工会组织职工健步走\n本报记者 陈静\n本报讯 4月20日，某能源集团有限公司工会组织200余名职工开展健步走活动。\n"
     "【工会动态】县总工会举办职工书法比赛\n本报记者 李华\n作者：王静 文/图\n5月20日，县总工会举办职工书法比赛，60余名职工参赛。\n"
     "比赛现场\n经过评审，共评出一等奖3名、二等奖6名、三等奖10名。",
     ["公司工会组织职工健步走", "县总工会举办职工书法比赛"]),
    ("十大工匠揭晓\n本报讯 日前，市总工会评选出2024年度“十大金牌工匠”。\n图为活动现场。 张明 摄\n区总工会开展“夏送清凉”活动\n"
     "本报讯 （记者 李明）7月15日，区总工会开展“夏送清凉”慰问活动。\n活动现场\n在某建筑工地，区总工会工作人员将绿豆汤送到工人"
     "手中。\n图为活动现场。 张明 摄",
     ["十大工匠揭晓", "区总工会开展“夏送清凉”活动"]),
    # a list's entries end at a headline with a subtitle or an editor's note under it
    ("本报讯 省总工会日前下发通报，命名50个单位为“省级模范职工之家”。名单如下：\n某某市第一人民医院工会、某某县供电公司工会\n"
     "昆山工会为企业解难\n——来自基层工会的报告\n本报讯 昆山市总工会日前组织50名工会干部走进企业。\n我市两人获评全国劳模\n"
     "编者按：劳动创造幸福，实干成就伟业。本版推出劳模故事专栏。\n本报讯 近日，我市张强、李红被授予全国劳动模范称号。",
     ["昆山工会为企业解难", "我市两人获评全国劳模"]),
    # a source line under an editor's note, the text under it, credits the piece: it closes nothing
    ("市总工会召开全委会议\n本报讯 12月3日，市总工会召开十五届三次全委会议。\n省总工会召开全省工会经费审查工作会议\n"
     "编者按：一线职工的坚守，是城市运转的底色。本报今起推出系列报道。\n来源：省总工会\n"
     "1月15日，省总工会召开全省工会经费审查工作会议。\n会议要求，各级工会经审组织要聚焦主责主业。",
     ["市总工会召开全委会议", "省总工会召开全省工会经费审查工作会议"]),
    # a headline that reports an act after a brief's one paragraph, its text sharing none of that brief's topic, opens
    # the next brief though no dated lead follows it (made up, twenty-first session: bare pages of briefs had run two
    # into one)
    ("人社部发布新职业\n近日，人力资源社会保障部发布19个新职业，包括网络主播等。\n我市两人获评全国劳模\n"
     "经市总工会推荐，我市中建三局高级技师张强、市公交集团驾驶员李红被授予全国劳动模范称号。",
     ["人社部发布新职业", "我市两人获评全国劳模"]),
    ("劳模获奖多年仍扎根一线\n2018年荣获全国五一劳动奖章的焊工刘海涛，如今仍坚守在生产一线。\n省总工会表彰一批先进\n"
     "省总工会召开庆祝“五一”国际劳动节表彰大会，授予20个集体“省五一劳动奖状”。",
     ["劳模获奖多年仍扎根一线", "省总工会表彰一批先进"]),
    # …though both briefs name a union, as nearly every brief of a workers' paper does; and a trip's survey or results
    # told report an act (made up, twenty-second session, from briefs composed bare: each had been the brief before's
    # text)
    ("免费包车送农民工返岗\n贵州省总工会组织的50辆免费返岗包车从贵阳出发，将1800名农民工送往广东、浙江等地。\n我市两人获评全国劳模\n"
     "经市总工会推荐，我市中建三局高级技师张强、市公交集团驾驶员李红被授予全国劳动模范称号。",
     ["免费包车送农民工返岗", "我市两人获评全国劳模"]),
    ("三年筹资助学\n近3年来，区总工会累计筹集助学资金500万元，资助困难学子1600余人次。\n全总赴川调研\n"
     "全国总工会调研组赴四川成都、绵阳等地，就新就业形态劳动者入会情况开展调研。",
     ["三年筹资助学", "全总赴川调研"]),
    ("十大工匠揭晓\n市总工会联合市人社局评选出2024年度“十大金牌工匠”，张建国等10人入选。\n大国工匠年度人物揭晓\n"
     "2024年“大国工匠年度人物”发布活动在京举行，王刚、李娜等10人获评“大国工匠年度人物”。",
     ["十大工匠揭晓", "大国工匠年度人物揭晓"]),
    # …and a headline that names no act, its text opening on a body as a news lead does (made up, twenty-second session,
    # from briefs composed bare: 兵团职工 and 企业年会 had been the brief before's text)
    ("省委省政府表彰劳模\n省委、省政府召开全省劳动模范和先进工作者表彰大会，授予王明等500人“省劳动模范”称号。\n兵团职工\n"
     "新疆生产建设兵团总工会近日为第八师石河子市的500名职工送去慰问品。",
     ["省委省政府表彰劳模", "兵团职工"]),
    ("中山路街道工会服务站揭牌\n中山路街道工会服务站揭牌成立，为辖区职工提供法律咨询等服务。\n企业年会\n"
     "某科技公司日前召开年度总结大会，公司董事长、工会主席等出席，表彰了一批优秀员工。",
     ["中山路街道工会服务站揭牌", "企业年会"]),
    # …though both briefs tell of a meeting (会议, as 工会: every meeting brief's word); money passed down (下达) reports an
    # act (made up, twenty-third session, from briefs composed bare: each had been the brief before's text)
    ("职工书屋建设推进会\n全省职工书屋建设推进会在贵阳召开。会议通报了2024年度全国职工书屋示范点评选情况。\n市总工会召开全委会议\n"
     "市总工会召开十五届三次全委（扩大）会议。会议要求，明年要组织开展百万职工技能大赛。",
     ["职工书屋建设推进会", "市总工会召开全委会议"]),
    ("劳模疗休养启动\n省总工会2025年劳模疗休养活动正式启动，首批50名劳模赴黄山疗休养。\n中央财政资金下达\n"
     "省总工会将中央财政专项资金800万元下拨至各市州总工会，用于困难职工帮扶。",
     ["劳模疗休养启动", "中央财政资金下达"]),
    # a web story's editor in brackets under its text closes it, as a writers' note does — the headline under it opens
    # the next piece, and after a piece already closed it opens nothing of its own (made up, twenty-second session, from
    # briefs composed bare: the line had been dropped as a page's furniture and the headline under it read as a section)
    ("市总工会召开党组理论学习中心组学习会\n市总工会召开党组理论学习中心组学习会，传达学习全国两会精神。\n"
     "会议强调，全市各级工会要深入学习贯彻全国两会精神。\n（责任编辑：张华）\n三八红旗手表彰会召开\n"
     "全省庆祝“三八”国际妇女节暨三八红旗手（集体）表彰大会在成都召开，会议授予李梅等100名同志“四川省三八红旗手”称号。",
     ["市总工会召开党组理论学习中心组学习会", "三八红旗手表彰会召开"]),
    # …and a headline that tells more of the paragraph under it than of the brief before it, though the two briefs share
    # a theme (made up, twenty-fifth session, from briefs composed bare: two contests, two model workers' items had each
    # been one piece); a heading that echoes the brief before more than its own text stays its section
    ("高新区职工技能大赛开幕\n西安高新区第五届职工技能大赛开幕，来自园区50家企业的600名职工参赛。\n在京举行首届新就业形态劳动者技能大赛\n"
     "首届全国新就业形态劳动者职业技能大赛在京开幕，来自全国31个省区市的300余名选手参赛。",
     ["高新区职工技能大赛开幕", "在京举行首届新就业形态劳动者技能大赛"]),
    ("长沙劳模工作室获全国命名\n全国总工会公布第三批全国示范性劳模和工匠人才创新工作室名单，长沙市“刘湘宁劳模创新工作室”名列其中。\n"
     "劳模宣讲进校园\n盐城市总工会组织劳模工匠宣讲团走进盐城工学院，全国劳动模范陈敏为600余名师生作专题宣讲。",
     ["长沙劳模工作室获全国命名", "劳模宣讲进校园"]),
    ("高新区职工技能大赛开幕\n西安高新区第五届职工技能大赛开幕，来自园区50家企业的600名职工参赛。\n技能大赛赛况\n"
     "比赛现场，选手们沉着冷静，一展身手。",
     ["高新区职工技能大赛开幕"]),
    # …nor do a federation's name or a place make a topic the two share: one union acts, in one city, brief after brief
    # (made up, twenty-fifth session, from briefs composed bare: the second had been the first's text)
    ("3名农民工荣获“全国优秀农民工”\n人力资源社会保障部、全国总工会等部门表彰2025年全国优秀农民工，我市建筑工人王大力、快递员孙小红榜上有名。"
     "\n全国总工会表彰一批“最美职工”\n中华全国总工会发布2025年“最美职工”先进事迹。来自河南的焊工李明等10人当选。",
     ["3名农民工荣获“全国优秀农民工”", "全国总工会表彰一批“最美职工”"]),
    ("区总工会举办读书分享会\n鄞州区总工会在区图书馆举办职工读书分享会，100余名职工参加。\n区总工会开展送清凉\n"
     "鄞州区总工会走进建筑工地，为一线建筑工人送上防暑降温物品。", ["区总工会举办读书分享会", "区总工会开展送清凉"]),
    # a column's short heading over dated items, each opening on a bullet, opens a piece after a brief (made up,
    # twenty-fifth session, from a roundup composed after briefs: it had been the brief's section); undated bulleted
    # points under a heading are a section of the piece in progress
    ("在京举行首届新就业形态劳动者技能大赛\n本报讯（记者 刘佳）12月1日，首届全国新就业形态劳动者职业技能大赛在京开幕。\n工会动态\n"
     "▲12月1日，福建省总工会在福州召开全省工会新就业形态劳动者入会工作推进会。\n▲近日，广西壮族自治区总工会下拨专项资金500万元。",
     ["在京举行首届新就业形态劳动者技能大赛", "工会动态"]),
    ("市总工会召开全委会议\n本报讯 12月2日，市总工会十五届三次全委会议召开。\n基层快讯\n■11月28日，县总工会举办职工乒乓球比赛。\n"
     "■日前，区总工会为环卫工人送去棉衣。", ["市总工会召开全委会议", "基层快讯"]),
    # …its label in brackets or after a mark too, the label its title (made up, thirtieth session, from a provincial
    # paper's page: the briefs had been the piece's before them)
    ("洛阳市总工会为新就业形态劳动者送健康\n本报讯 4月28日，洛阳市总工会为300余名快递员提供免费体检。\n【短讯】\n"
     "◆4月29日，新乡市总工会举办职工篮球赛。\n◆4月30日，焦作市总工会为200名环卫工人送去慰问品。",
     ["洛阳市总工会为新就业形态劳动者送健康", "短讯"]),
    ("市总工会召开全委会议\n本报讯 12月2日，市总工会十五届三次全委会议召开。\n■简讯\n●11月28日，县总工会举办职工乒乓球比赛。\n"
     "●日前，区总工会为环卫工人送去棉衣。", ["市总工会召开全委会议", "简讯"]),
    ("市总工会推出暖心举措\n本报讯 今年以来，市总工会推出多项举措服务职工。\n主要做法\n■建立户外劳动者服务站点100个。\n"
     "■开通职工法律援助热线。", ["市总工会推出暖心举措"]),
    # a brief dated by days in a span or by a month's part opens as one dated by a day does, after a long feature too
    # (made up, twenty-fifth session, from briefs composed after a feature: it had been the feature's text)
    ("聚力赋能 服务职工\n2025年，全省各级工会组织坚持以职工为中心。\n建功立业显担当。全年共组织开展各类劳动和技能竞赛1.2万场次。\n"
     "维权服务暖人心。省总工会投入资金1.8亿元。\n深化改革添活力。10月，省总工会召开全省产业工人队伍建设改革推进会。\n"
     "市总工会召开十五届三次全委会\n1月18日至19日，市总工会十五届三次全委（扩大）会议召开。\n"
     "全市工会干部培训班开班\n11月下旬，市总工会举办全市工会干部培训班，120名工会干部参加。",
     ["聚力赋能 服务职工", "市总工会召开十五届三次全委会", "全市工会干部培训班开班"]),
    # a lead's first line cut before its sentence ends, as a hard-wrapped page cuts it, goes on into the next line — mid
    # number or mid name (made up, twenty-fifth session, from briefs composed hard-wrapped: the line after had been a
    # headline); a lead's news line and credit alone, 本报讯（记者 张明）, do not
    ("省总工会学习贯彻《工会法》\n本报讯 12月3日，省总工会召开党组会议，专题学习202\n1年修订的《中华人民共和国工会法》，研究部署全省工会普法"
     "\n工作。", ["省总工会学习贯彻《工会法》"]),
    ("土默特左旗总工会为环卫工人送温暖\n本报讯 1月10日，土默特左旗总工会党组书记、常务副主席\n王丽带领机关干部，走访慰问了察素齐镇的30名"
     "环卫工人，为\n每人送去价值300元的慰问品。", ["土默特左旗总工会为环卫工人送温暖"]),
    # …and a line of clauses, as no headline runs, the next line closing its sentence (made up, twenty-sixth session, from
    # briefs composed hard-wrapped: the cut line had been a headline, the headline above it the brief before's text)
    ("快递小哥有了“暖心驿站”\n区总工会投资建设的“暖心驿站”投入使用。\n全国五一劳动奖章获得者风采\n李明，市第一人民医院急诊科主任，从医25年，"
     "抢救危重病人\n3000余人次。", ["快递小哥有了“暖心驿站”", "全国五一劳动奖章获得者风采"]),
    ("市总工会召开全委会议\n市总工会召开十五届三次全委会议。\n劳模张德华回乡传技艺\n张德华，全国劳动模范，今年72岁，近日回到家乡\n"
     "为当地职工讲授焊接技术。", ["市总工会召开全委会议", "劳模张德华回乡传技艺"]),
    # …and a dated lead's first line too, under a headline after a brief — but not a photo's caption its credit ends
    # (made up, twenty-sixth session, from briefs composed hard-wrapped: the cut line had been the headline, and the
    # headline above it the brief before's text)
    ("慰问金发放到位\n1月8日，区总工会慰问金已全部发放到困难职工手中。\n晋江总工会举办招聘会\n2月10日，晋江市总工会在晋江市人力资源"
     "市场举办春风行动\n招聘会，120家企业提供岗位3000个。", ["慰问金发放到位", "晋江总工会举办招聘会"]),
    ("萧山工会为快递小哥办实事\n近日，萧山区总工会为辖区300名快递小哥送上爱心礼包。\n市总工会举办职工相亲交友活动\n5月20日，市总工会"
     "在白鹭湖公园举办“鹊桥相会”单身职工\n联谊活动，120名单身青年参加。", ["萧山工会为快递小哥办实事", "市总工会举办职工相亲交友活动"]),
    ("银装素裹 坚守一线\n1月5日，国网黑龙江电力哈尔滨供电公司员工在雪中巡视线路。 新华社记者 王松 摄\n市总工会举办职工技能大赛\n"
     "本报讯 11月22日，市总工会举办2025年职工职业技能大赛。", ["银装素裹 坚守一线", "市总工会举办职工技能大赛"]),
    # a headline telling more of its own text than of the brief before, by a state word too (十佳), and a text opening on
    # a union acting (…总工会走进…), open a piece on a bare page (made up, twenty-sixth session, from briefs composed bare:
    # each had been the brief before's text)
    ("市总表彰优秀工会工作者\n市总工会召开表彰大会，对50名优秀工会工作者、20个先进工会组织进行表彰。\n市总工会表彰十佳职工\n"
     "市总工会召开庆祝“五一”国际劳动节暨劳模表彰大会，表彰了“十佳职工”“十佳班组”。", ["市总表彰优秀工会工作者", "市总工会表彰十佳职工"]),
    ("晋江总工会举办招聘会\n晋江市总工会在晋江市人力资源市场举办春风行动招聘会，120家企业提供岗位3000个。\n苏州工业园区工会送法进企业\n"
     "苏州工业园区总工会走进园区企业开展普法活动。", ["晋江总工会举办招聘会", "苏州工业园区工会送法进企业"]),
    # a headline naming the person the paragraph under it opens on, or a person or quoted title that paragraph names and
    # the brief before does not (made up, twenty-sixth session, from profiles composed as a page: each had been the brief
    # before's text)
    ("两江新区总工会慰问一线职工\n8月2日，重庆两江新区总工会慰问高温下坚守岗位的职工。\n劳模张华的三十年\n"
     "张华是青海油田的一名采油工。三十年来，他扎根高原，先后获得全国劳动模范等称号。", ["两江新区总工会慰问一线职工", "劳模张华的三十年"]),
    ("县总工会慰问困难劳模\n县总工会慰问了12名困难劳模。\n劳模王强的一天\n王强是市公交集团的一名驾驶员，每天早上5点就出车。",
     ["县总工会慰问困难劳模", "劳模王强的一天"]),
    ("李明荣获全国劳动模范称号\n日前，李明被授予全国劳动模范称号。李明是杭州公交集团的一名驾驶员。\n她获得“全国最美职工”称号\n"
     "2018年荣获全国五一劳动奖章的王秀兰，今年又被全国总工会评为“全国最美职工”。",
     ["李明荣获全国劳动模范称号", "她获得“全国最美职工”称号"]),
    # …and under the column's kicker, a line that heads run after run on the page (made up, twenty-sixth session, from
    # briefs composed with kickers: each had been the brief before's section)
    ("喜迎五一劳动节\n省总工会下拨资金\n省总工会下拨500万元专项资金，用于慰问困难职工。\n喜迎五一劳动节\n区总工会送法进企业\n"
     "区总工会走进辖区企业开展普法宣传活动，发放宣传资料500份。", ["省总工会下拨资金", "区总工会送法进企业"]),
    ("职工风采\n市总工会表彰一批技术能手\n市总工会表彰了50名技术能手。\n职工风采\n劳模王强的一天\n"
     "王强是市公交集团的一名驾驶员，每天早上5点就出车。", ["市总工会表彰一批技术能手", "劳模王强的一天"]),
    ("喜迎五一劳动节\n省总工会下拨资金\n省总工会下拨500万元专项资金，用于慰问困难职工。\n喜迎五一劳动节\n两江新区总工会慰问一线职工\n"
     "重庆两江新区总工会慰问高温下坚守岗位的职工。", ["省总工会下拨资金", "两江新区总工会慰问一线职工"]),
])
def test_composed_page_headlines(page, titles):
    assert [a.title for a in segment(page) if a.title] == titles


@pytest.mark.parametrize("body, years", [
    # a review's undated figures and honours are the year its lead opens on, before the issue's (made up, twenty-eighth
    # session, from a year's review: 全年共筹集… had been counted in 2025) — not those dated this year (今年), nor any of an
    # article whose lead opens on no year (2024年以来 is no year's whole)
    ("本报讯 2024年，市总工会坚持以职工为中心，各项工作取得新成效。\n全年共筹集送温暖资金3200万元，走访慰问困难职工5.6万人次。"
     "\n评选表彰“金牌工人”50名。", {"funding": [2024], "awards": [2024]}),
    ("2024年，全市各级工会积极服务职工。\n新建职工书屋80家，其中12家被命名为全国职工书屋示范点。\n今年，市总工会计划再投入"
     "5000万元，新建职工驿站800个。", {"funding": [2025], "awards": [2024]}),
    ("本报讯 2024年以来，市总工会坚持以职工为中心。\n全年共筹集送温暖资金3200万元。", {"funding": [2025], "awards": []}),
])
def test_a_reviews_figures_are_the_year_it_looks_back_on(body, years):
    doc = analyse_text(body, dt.date(2025, 1, 20), title="市总工会2024年工作回眸")
    assert {"funding": [f.year for f in money.extract(doc)], "awards": [a.year for a in awards.extract(doc)]} == years


def test_a_subtitle_cut_at_a_hard_wrapped_pages_width_goes_on():
    """——记全国五一劳动奖章获得者、中国邮政集团有限公司德州市 / 分公司营业员刘玉梅: a subtitle cut at a page's wrap width, as
    print copied as text cuts it, goes on into its next line (made up, twenty-eighth session, from profiles composed
    hard-wrapped: its second line had headed a piece of its own)."""
    from etl.evaluate.compose import _hard_wrapped
    pieces = [("市总工会召开全委会议", ["本报讯 12月2日，市总工会十五届三次全委会议在市职工服务中心召开，会议审议通过了常委会工作报告，"
                                       "表彰了2024年度全市工会工作先进集体和先进个人。"]),
              ("她把“小窗口”做成“大舞台”", ["——记全国五一劳动奖章获得者、中国邮政集团有限公司德州市分公司营业员刘玉梅",
                                       "本报记者 张伟",
                                       "初见刘玉梅，她正在营业窗口前耐心地为一位老人办理业务。今年4月，刘玉梅荣获全国五一劳动奖章。"]),
              ("他把青春献给了铁路", ["——记全国五一劳动奖章获得者、中国铁路济南局集团有限公司济南西站客运值班员李强", "本报记者 王芳",
                                  "走进济南西站，李强正在站台上引导旅客有序上车。二十年来，他始终坚守在客运一线。"])]
    page = "\n".join(head + "\n" + "\n".join(line for p in paras for line in _hard_wrapped(p)) for head, paras in pieces)
    assert [a.title for a in segment(page) if a.title] == [head for head, _paras in pieces]


def test_an_editors_line_after_a_closed_piece_is_that_pieces():
    """（编辑：张华 审核：李明） under a photo piece its credit closed opens no fragment of its own (made up, twenty-second
    session)."""
    page = ("为户外劳动者送去“冬日温暖”\n12月20日，区总工会为100余名环卫工人开展免费健康体检。\n（记者 张明 摄）\n"
            "（编辑：张华 审核：李明）\n援疆计划\n本报讯 根据计划，省总工会今年将援助新疆哈密市总工会200万元。\n（编辑：张华 审核：李明）")
    arts = segment(page)
    assert [a.title for a in arts] == ["为户外劳动者送去“冬日温暖”", "援疆计划"]
    assert not any("编辑" in a.text for a in arts)  # (closing, it is still no part of the story)


# ---------------------------------------------------------------- figures by kind (R: People's Daily traps)
@pytest.mark.parametrize("title, body, rows, primary", [
    # a province's cities' unions (各地市工会, 各市州工会) are theirs, no one 市工会 and no share each, and 各地市 no cue of a
    # national story (made up, thirtieth session, from briefs: the cities' part had been paid by 市工会 nationwide, or
    # by the province's union, and the story 全国's)
    ("省总工会投入1.2亿元开展送温暖", "今年元旦春节期间，广东省总工会共筹措送温暖资金1.2亿元，其中省总工会本级资金3000万元，"
     "各地市工会配套资金9000万元。", [(120_000_000, "广东省总工会", "广东"), (30_000_000, "广东省总工会", "广东"),
                           (90_000_000, "各地市工会", "广东")], "广东"),
    ("省总工会下拨帮扶资金", "1月10日，湖南省总工会下拨帮扶资金2000万元，各市州工会配套资金3000万元，用于困难职工帮扶。",
     [(20_000_000, "湖南省总工会", "湖南"), (30_000_000, "各市州工会", "湖南")], "湖南"),
])
def test_a_provinces_cities_unions_pay_their_own(title, body, rows, primary):
    doc = analyse_text(body, ISSUE, title=title)
    assert [(round(f.money.yuan), f.payer, f.province) for f in money.extract(doc)] == rows
    assert doc.primary_province == primary


@pytest.mark.parametrize("text, payer, payer_kind, flow", [
    ("全总拨付3780万元常态化送温暖资金。", "中华全国总工会", "union", "granted"),
    ("1—9月，全国共有75万户企业享受到失业保险费返还275亿元，惠及职工3993万人。", "", "government", "refund"),
    # the union arranges the loan; the bank lends: no union money (the unions arranging it, the sentence's subject, since
    # the twenty-eighth session: 各级 is no 各, each)
    ("黑龙江省总工会介绍，全省各级工会通过贴息等方式为职工“双创”争取银行贷款1.46亿元。", "全省各级工会", "enterprise", "loan"),
    ("全省安排146亿元预算用于落实职业技能提升行动实施方案，开展职工培训。", "", "unknown", "budget"),
    ("此外，阜新市还对10家吸纳49名就业困难人员的企业发放补贴40.3万元。", "阜新市", "government", "granted"),
    ("安徽省属国有企业向湖北捐款2000万元，支援一线职工。", "", "enterprise", "granted"),
    # money a union raises from society is society's (rmrb_20200204-13-01 twice; tzrb_20160204's 组织爱心企业家捐款20多万
    # gives no 元): the givers name the payer, unless a payer of its own acts after them
    ("工会还发动社会捐款1万多元，帮助困难职工子女上学。", "社会捐款", "social", "raised"),
    ("社会各界踊跃捐款，市总工会拨付50万元用于帮扶困难职工。", "市总工会", "union", "granted"),  # made up
    ("共有75万户企业享受到失业保险费返还，惠及职工3993万人，81万人次领取了职业提升技能补贴12.9亿元。", "", "government",
     "granted"),
    ("黑龙江省桦南县职工崇洪江被县工会纳入重大疾病医疗救助范围，按照最高标准发放救助金5.45万元。", "桦南县总工会", "union",
     "granted"),
    # running and multi-year totals: their own flow, left out of union money by default (grrb_20220826, rmrb_20200204)
    ("2022年以来，在相关工作机制下，全国总工会已累计拨付各地工会疫情防控补助资金3850万元。", "中华全国总工会", "union",
     "cumulative"),
    ("同时撬动社会力量捐资助学，近3年筹资7127万元，资助6.1万人次。", "社会力量捐资", "social", "cumulative"),
    ("市慈善总会向市总工会捐赠100万元，用于困难职工帮扶。", "市慈善总会", "social", "granted"),  # made up: 向 names the receiver
    # society giving to a union through 向, and a giver named by kind only: the receiver after 向 is never the payer,
    # by name or by kind (made up: the issue's donations received from society; 爱心企业向… had read union money)
    ("社会各界向市总工会捐款200万元，用于帮扶困难职工。", "社会各界捐款", "social", "granted"),
    ("爱心企业向市总工会捐赠50万元，用于帮扶困难职工。", "爱心企业捐赠", "social", "granted"),
    # …and givers counted who gave together (共, 共同) — made up, thirty-second session, from briefs: the union holding the
    # ceremony had paid
    ("8月26日，株洲市总工会“金秋助学”捐赠仪式举行，5家爱心企业共捐赠助学资金50万元。", "爱心企业捐赠", "social", "granted"),
    ("8月20日，县总工会举办“金秋助学”活动，3位爱心企业家共捐款15万元，资助50名困难职工子女。", "爱心企业家捐款", "social",
     "granted"),
    # receivers listed after 向 are none of them the payer, however far from 向 (made up); a fund's name is no place
    # to look for its payer (吉安市总工会向困难职工发放慰问金 had been read whole as the purpose, hiding the payer)
    ("市总工会向昌平区总工会和顺义区总工会各拨付30万元帮扶资金。", "市总工会", "union", "granted"),
    ("吉安市总工会向困难职工发放慰问金500元。", "吉安市总工会", "union", "granted"),
    # the state's money named before the amount as after it (made up: the issue's 中央财政专项…资金; rmrb_20200501-04-06
    # names it after) — a description joined by 的 is not its name
    ("全总下拨中央财政专项帮扶资金2亿元。", "中华全国总工会", "government", "granted"),
    ("市总工会利用财政资金以外的工会经费50万元开展慰问。", "", "union", "granted"),
    # goods taken to workers or bought for them, their worth stated, as the gold counts 市建设工会送来了6万元慰问品
    # (hzrb_20211027-00-01; these two made up)
    ("7月10日，淄博市总工会为一线职工送去价值20万元的防暑降温物品。", "淄博市总工会", "union", "granted"),
    ("近日，潍坊市总工会采购价值50万元的农副产品，发放给困难职工。", "潍坊市总工会", "union", "spent"),
    # workers a union calls on to give give their own money, society's not the union's (made up: 各级工会组织职工捐款 had
    # read union money) — not workers given to (为困难职工捐款)
    ("疫情发生后，全市各级工会组织职工捐款860万元，支援一线。", "职工捐款", "social", "granted"),
    ("市总工会号召广大职工积极捐款，共筹集善款200万元，用于帮扶困难职工。", "广大职工捐款", "social", "raised"),
    # a union's mutual-aid scheme paying its members out (made up: 赔付 had given no row)
    ("今年以来，市职工医疗互助保障共为2万名职工赔付互助金3000万元。", "", "union", "granted"),
    # a body's own money put up (拿出, 出资; made up: no row had come of 拿出200万元)
    ("春节前夕，市总工会拿出200万元，对困难职工家庭进行慰问。", "市总工会", "union", "granted"),
    ("市总工会出资50万元，为环卫工人购买意外伤害保险。", "市总工会", "union", "granted"),
    # the one money is for, after 为, is no payer by name or kind; money raised by 募捐 is society's (rmrb_20200102-14-01:
    # 亿创公司 had paid its own start-up money)
    ("杨亮想办法用募捐的形式，为亿创公司解决10万元启动资金；对接苏州高新区总工会，用福利采购下了亿创公司的首笔订单。", "", "social",
     "raised"),
    # the unit of one an honour is conferred on, with a reward, is no payer (made up, nineteenth session: the recipient's
    # company had paid it once its name was read whole)
    ("日前，市总工会授予杭州某汽车零部件公司模具钳工刘洋“杭州工匠”称号，并给予一次性奖励2万元。", "杭州市总工会", "union",
     "granted"),
    # …nor those it names as something, nor those listed right after them (made up, twenty-eighth session, from briefs: the
    # second named had paid)
    ("日前，市总工会下发通知，命名市公交集团工会、市第一人民医院工会等10家单位为市级“职工之家示范点”，并给予每家1万元奖励。",
     "市总工会", "union", "granted"),
    ("日前，区总工会命名区人民医院急诊科、区公交公司第一车队为区级“工人先锋号”，并给予每个集体5000元奖励。", "区总工会", "union",
     "granted"),
    # (twenty-first session, from briefs, made up) the bodies given to, named in full after the giver's short name, are
    # not what it stands for — nor their places what completes it; a fund money is drawn from is no purpose that hides
    # the payer
    ("2月10日，市总工会分别向武汉市总工会、孝感市总工会各捐赠100万元，支持疫情防控。", "市总工会", "union", "granted"),
    ("根据计划，省总工会今年将援助新疆哈密市总工会200万元，用于建设职工服务中心。", "省总工会", "union", "budget"),
    ("1月5日，市总工会捐助山区学校工会10万元，用于改善教职工生活。", "市总工会", "union", "granted"),
    ("春节前，市总工会还从本级经费中安排100万元，慰问困难职工。", "市总工会", "union", "granted"),
    ("春节前，区总工会从送温暖资金中拿出50万元，慰问困难职工。", "区总工会", "union", "granted"),
    # (twenty-second session, from briefs, made up) bodies paying together all pay: bodies of several kinds, jointly —
    # in no one kind's total; of one kind, that kind
    ("市总工会与市慈善总会共同出资100万元，设立职工大病救助基金。", "市总工会、市慈善总会", "joint", "granted"),
    ("2月5日，省总工会、省财政厅联合投入5000万元，用于困难职工帮扶。", "省总工会、省财政厅", "joint", "spent"),
    ("2月5日，市总工会和区总工会共同出资20万元，慰问困难职工。", "市总工会、区总工会", "union", "granted"),
    ("市总工会和市人社局共同举办招聘会，市总工会出资10万元用于困难职工帮扶。", "市总工会", "union", "granted"),
    # a territory's unions at every level pay what they give after a body the sentence names before them (made up,
    # twenty-eighth session, from briefs: 各级 had read as each, and the source had paid)
    ("记者从省总工会获悉，2022年至2024年，全省各级工会累计投入资金1.5亿元，建成“职工之家”3200个。", "全省各级工会", "union",
     "cumulative"),
    ("据市总工会介绍，今年“两节”期间，全市各级工会共筹集送温暖资金2800万元。", "全市各级工会", "union", "raised"),
    # …not the bare 各级工会 a body sets to work
    ("2月1日，市总工会组织各级工会采购帮扶地区农副产品120万元，作为节日慰问品发放给一线职工。", "市总工会", "union", "granted"),
    # …and the hosts of an occasion they hold together where the money is given (made up, twenty-eighth session, from
    # briefs: the one named last had paid alone)
    ("8月1日，市总工会、市退役军人事务局联合召开表彰会，对张强、李明等10名“最美退役军人职工”进行表彰，每人颁发奖金5000元。",
     "市总工会、市退役军人事务局", "joint", "granted"),
    ("5月1日，区总工会与区人社局联合举办技能大赛颁奖仪式，为获得一等奖的10名选手每人发放奖金3000元。", "区总工会、区人社局",
     "joint", "granted"),
])
def test_funding_payer_type_and_flow(text, payer, payer_kind, flow):
    from etl.extract.kinds import money_flow, payer_of_flow, payer_type
    doc = analyse_text(text, ISSUE)
    rows = money.extract(doc)
    assert len(rows) == 1
    r = rows[0]
    at = r.start - doc.sentence_at(r.start).start
    flow_found = money_flow(r.sentence, at)
    assert (r.payer, payer_of_flow(flow_found, payer_type(r.payer, r.sentence, at)), flow_found) == (
        payer, payer_kind, flow)


@pytest.mark.parametrize("sentence, flow", [
    # a span of time as a clause of its own before the amount: a running total (grrb_20170111-02-07)
    ("据统计，25年来，市总共慰问困难职工3万余人，送出慰问款物6543万元。", "cumulative"),
    # …a refund stays a refund (rmrb_20191029-12-02)
    ("截至目前，阜新市共发放稳岗补贴1033万元，涉及岗位人数超8000人。", "refund"),
    # …and 累计 about supplies in another part of the sentence makes no total (rmrb_20200224-04-02)
    ("疫情发生以来，安徽已派出8批共1305名医护人员驰援湖北，累计调拨医用防护服22批13.3万件、一次性手术衣3万套；"
     "安徽省属国有企业向湖北捐款2000万元，省总工会捐赠330万元。", "granted"),
    # since last year is more than a year's money: a running total (made up)
    ("去年以来，市总工会共筹集送温暖资金2000万元，走访慰问困难职工1.5万户。", "cumulative"),
    # money only expected is planned (grrb_20170111-02-07)
    ("日前，深圳市总工会2017年两节送温暖活动启动，预计在元旦、春节期间筹集500万元以上款物，对1700多名困难职工进行慰问。",
     "budget"),
    # goods of a worth taken to workers are given, though 建设 stands in the clause before (made up: spent)
    ("市总工会一行来到重点工程建设工地，为200名建筑工人送去价值5万元的防暑降温物品。", "granted"),
    # (sixteenth session, made up from a probe of the issue's flows) a span of years, or a year since, opening the
    # sentence is a running total, as 25年来 is; a year alone is that year's; money that 将 or 拟 give is planned, as
    # 将投入 was (grrb_20220913-00-00's 云南省总工会本级将投入4200万元)
    ("2019年至2022年，省总工会共投入资金1.2亿元用于职工之家建设。", "cumulative"),
    ("2019年以来，省总工会共投入资金1.2亿元用于职工之家建设。", "cumulative"),
    ("2022年，省总工会共投入资金1.2亿元用于职工之家建设。", "spent"),
    # …and a clause of its own naming the day a total runs to (made up, twenty-ninth session, from briefs: granted)
    ("截至11月底，蚌埠市总工会已为1200名职工发放互助金150万元，惠及全市300余家企业。", "cumulative"),
    ("截至2月18日，该集团累计向湖北捐赠现金5100万元，支援疫情防控。", "cumulative"),
    ("截至2月23日，专项贷款实现发放达1019亿元。", "loan"),
    ("春节前，市总工会将发放慰问金200万元，慰问困难职工1000户。", "budget"),
    # a share each, after the clause that counts them, is given as that clause gives it: planned there, planned (made up,
    # eighteenth session, from a brief written as a probe: 计划资助…100名，每人发放助学金3000元 had been granted)
    ("郯城县总工会启动“金秋助学”活动，计划资助困难职工子女100名，每人发放助学金3000元。", "budget"),
    ("郯城县总工会资助困难职工子女100名，每人发放助学金3000元。", "granted"),
])
def test_money_flow_of_an_amount(sentence, flow):
    from etl.extract.kinds import money_flow
    assert money_flow(sentence, money.MONEY.search(sentence).start()) == flow


@pytest.mark.parametrize("text, flows", [
    # a part given after its total (其中…) is counted in it: its own flow, so sums do not count it twice (made up; three
    # People's Daily articles give totals so — 共减费2199.54亿元，其中9月份…477亿元 — in rows that are no funding)
    ("市总工会拨付专项资金300万元，其中100万元用于困难职工帮扶。", ["granted", "part"]),
    ("市总工会拨付专项资金300万元，用于困难职工帮扶。其中，100万元用于助学。", ["granted", "part"]),
    ("市总工会拨付专项资金300万元，用于困难职工帮扶。县总工会拨付50万元用于帮扶困难职工。", ["granted", "granted"]),
    # (…each part of a list after it too — made up, twenty-fourth session, from briefs: the second part had been money
    # raised beside the total)
    ("省总工会下拨送温暖资金5000万元，其中省级财政专项资金3000万元、省总工会自筹资金2000万元。", ["granted", "part", "part"]),
    ("市总工会拨付帮扶资金1800万元，其中中央财政专项资金1000万元、省财政500万元、市总工会配套300万元。",
     ["granted", "part", "part", "part"]),
    # (…and each clause after its own that goes on with the parts, one by one; not one that adds a sum of its own, 另…,
    # 同时… — made up, twenty-sixth session, from briefs: the second part had been money granted beside the total)
    ("省总工会向受灾地区工会拨付救灾资金200万元，其中向甲县拨付120万元，向乙县拨付80万元。", ["granted", "part", "part"]),
    ("省总工会拨付专项资金300万元，其中100万元用于困难职工帮扶，150万元用于职工服务阵地建设，另安排50万元用于培训。",
     ["granted", "part", "part", "granted"]),
    ("省总工会拨付专项资金300万元，其中100万元用于困难职工帮扶，同时拨付50万元用于职工培训。", ["granted", "part", "granted"]),
    # …but one person's share after another is a share too, no part of it
    ("县总工会为困难职工子女发放助学金，其中大学生每人3000元，高中生每人2000元。", ["rate", "rate"]),
    ("市总工会为困难职工子女发放助学金，其中本科生每人5000元，专科生每人3000元，高中生每人2000元。", ["rate", "rate", "rate"]),
    ("市总工会为200名困难职工子女发放“金秋助学”金共计60万元，其中大学新生每人5000元，在校生每人2000元。",
     ["granted", "rate", "rate"]),
])
def test_a_part_of_a_total_is_no_money_of_its_own(text, flows):
    assert [r.flow for r in money.extract(analyse_text(text, ISSUE))] == flows


def test_a_sums_use_right_after_it_is_its_purpose():
    """A sum its use follows right after, in its own clause, is for that use (made up, twenty-sixth session, from briefs:
    the first use had been all three's); a sum with none keeps the sentence's."""
    text = "省总工会拨付专项资金300万元，其中100万元用于困难职工帮扶，150万元用于职工服务阵地建设，另安排50万元用于职工培训。"
    assert [r.purpose for r in money.extract(analyse_text(text, ISSUE))][1:] == ["困难职工帮扶", "职工服务阵地建设", "职工培训"]
    text = "市总工会筹集资金80万元，为500名困难职工发放慰问金。"
    assert [r.purpose for r in money.extract(analyse_text(text, ISSUE))] == ["困难职工"]


def test_a_part_of_a_total_the_headline_repeats_is_a_part():
    """The headline's 2000万元 is kept for the sentence's (a headline repeats the body's amount), and the part after the
    sentence's total is counted in it still (made up, a brief written as a probe: the central funds had been a second
    sum granted); with no place named, a union by its level alone is the outlet's own: no province, not 全国."""
    doc = analyse_text("近日，省总工会拨付专项资金2000万元，支持各地开展困难职工帮扶，其中中央财政专项帮扶资金1500万元。", ISSUE,
                       title="省总工会拨付2000万元帮扶资金")
    assert [(r.money.yuan, r.flow) for r in money.extract(doc)] == [(20000000.0, "granted"), (15000000.0, "part")]
    assert doc.primary_province == ""


def test_an_amounts_year_is_the_one_its_telling_names():
    """去年 dates money as a written year does, and a lead's summary that names no year takes the year of the fuller
    telling of the same fact — the same amount and another figure shared (rmrb_20190225-01-03's 为61.4万人次发放技能
    提升补贴9.8亿元, then 去年为61.4万人次…: 2018, not the issue's 2019); the same sum for another thing keeps its own."""
    text = ("去年为61.4万人次发放技能提升补贴9.8亿元，惠及职工。二是“9.8亿元”。去年为61.4万人次发放技能提升补贴9.8亿元，"
            "让求职者技能更强。")
    assert [(r.money.text, r.year) for r in money.extract(analyse_text(text, dt.date(2019, 2, 25)))] == [("9.8亿元", 2018)]
    lead = "市总工会为61.4万人次职工发放补贴9.8亿元。去年，市总工会为61.4万人次职工发放补贴9.8亿元，惠及职工。"
    assert [r.year for r in money.extract(analyse_text(lead, dt.date(2019, 2, 25)))] == [2018]
    other = "市总工会为环卫工人发放慰问金1000元。早在去年8月，市里出台意见，每年为职工发放1000元高温费。"
    assert [r.year for r in money.extract(analyse_text(other, dt.date(2020, 1, 21)))] == [2020]


@pytest.mark.parametrize("sentence, count", [
    # 各 + a verb before the amount, the recipients counted before it in the clause (grrb_20220826)
    ("8月24日，中华全国总工会向海南、西藏、新疆、青海四省（区）总工会各拨付200万元疫情防控专项资金。", 4),
    ("市总工会向3家企业工会各发放5万元。", 3),
    ("分别向两地工会各捐赠60万元，用于开展医疗互助。", 2),
    # no 各 right before the amount, or no count in its clause: the amount is given once
    ("全总拨付3780万元常态化送温暖资金。", 1),
    ("全省各级工会共拨付资金2000万元。", 1),
    ("向各地工会各拨付10万元。", 1),
    ("四省总工会参加了会议，市总工会各拨付10万元。", 1),  # the count is in another clause
    # no count, but the receivers listed after 向 (made up: the issue's 各捐赠300万元 to two recipients)
    ("市总工会向昌平区总工会和顺义区总工会各拨付30万元帮扶资金。", 2),
    ("市总工会向昌平区、顺义区、怀柔区总工会各拨付30万元帮扶资金。", 3),
    # one person's or household's share, with how many got it (made up: hardship visits report so)
    ("市总工会为300名困难职工每人发放慰问金1000元。", 300),
    ("市总工会走访慰问困难职工120户，为每户送去慰问金500元。", 120),
    ("市总工会为每名困难职工发放慰问金1000元，共慰问300人。", 300),
    ("市总工会为每名困难职工发放慰问金1000元，惠及300人次。", 1),  # person-times are no count of people
    # the givers listed before 各 with no 向: each gave it (made up, nineteenth session: it had been given once)
    ("1月10日，市建设工会、市教育工会各捐赠10万元。", 2),
    # a part of those counted (其中…每人): how many untold unless its own clause says (made up, nineteenth session: 3000)
    ("计划组织3000名一线职工、劳模和工匠人才开展疗休养，其中劳模疗休养每人补助3000元。", 1),
    ("计划组织3000名一线职工开展疗休养，其中200名劳模每人补助3000元。", 200),
    # one unit's share, the units counted (made up, twenty-first session: it had been given once)
    ("区总工会命名首批10家区级职工创新工作室，并为每家工作室拨付补助资金2万元。", 10),
    ("市总工会为全市5所职工学校每所补助3万元。", 5),
    # …and the fund named between 各 and the amount (made up, twenty-third session, from briefs: it had been given once)
    ("1月15日，省总工会向受灾的两个市总工会各拨付救灾资金150万元。", 2),
    ("省总工会向恩施州、黄冈市总工会各下拨专项资金100万元。", 2),
    # …and 分别 with one amount, its receiver between, as 各 (made up, twenty-fourth session, from briefs: it had been
    # given once); 分别 before amounts listed is respectively
    ("1月8日，市建工集团和市城投公司分别向市总工会捐赠10万元，用于困难职工帮扶。", 2),
    ("2月3日，中建三局和中铁十一局分别捐赠50万元，支持湖北省总工会开展困难职工帮扶。", 2),
    ("市总工会分别向平舆县总工会、泌阳县总工会拨付帮扶资金10万元、20万元。", 1),
    # …and those named as some of a ranking's N (made up, twenty-eighth session, from briefs: a rate, given none) — not the
    # Party's 二十大
    ("市总工会为张伟、李娜、王强等十大“金牌工人”颁发奖杯和证书，每人奖励1万元。", 10),
    ("区总工会为李强等五大“技术能手”颁奖，每人奖励5000元。", 5),
    ("市总工会学习党的二十大精神，为困难职工每人发放慰问金1000元。", 1),
    # …and words between the count's measure and its noun (made up, thirty-first session, from briefs: each had been one)
    ("1月10日，市总工会向50个基层工会各拨付5万元。", 50),
    ("1月10日，市总工会为20家规上企业各补贴2万元。", 20),
])
def test_each_count_of_an_amount(sentence, count):
    at = money.MONEY.search(sentence).start()
    assert money.each_count(sentence, at) == count


@pytest.mark.parametrize("sentence, flow, each", [
    ("5月1日，市总工会为每名困难职工发放慰问金1000元。", "rate", 1),
    ("5月1日，市总工会为300名困难职工每人发放慰问金1000元。", "granted", 300),
    # …a unit's share it receives, a fund's support (获得…资金扶持, 经费支持) — made up, thirty-second session, from briefs: no
    # row
    ("5月9日，衢州市总工会为15家市级劳模创新工作室授牌，每家工作室获得2万元资金扶持。", "granted", 15),
    ("6月2日，省总工会为8家职工书屋示范点授牌，每家示范点获得1万元经费支持。", "granted", 8),
    # …and a share told as a range, however many got one (made up, thirty-second session, from briefs: its low end had
    # been given that many times)
    ("10月9日，县总工会为15名患大病的困难职工发放医疗救助金，每人5000元至2万元不等。", "rate", 15),
    ("1月5日，区总工会为20户困难职工家庭送去慰问金，每户1000元到3000元不等。", "rate", 20),
    # …or a standard's value, raised or set (made up, thirty-second session, from briefs: the raised standard had been money
    # granted) — not money given by one (按照…标准发放救助金5.45万元, rmrb_20200204-13-01, whose gold has it)
    ("今年，县总工会将困难职工生活救助标准调整为每月600元。", "rate", 1),
    ("今年起，市总工会将困难职工春节慰问标准提高到每户2000元。", "rate", 1),
    ("崇洪江被县工会纳入重大疾病医疗救助范围，按照医疗救助最高标准发放救助金5.45万元。", "granted", 1),
    # …or a month's or a day's share (made up, thirty-third session, from briefs: granted) — not a year's spending
    ("8月30日，市人社局向聘用农民工的企业发放每月最高5000元的在职培训补贴。", "rate", 1),
    ("7月1日，市总工会为高温作业职工每天补贴50元。", "rate", 1),
    ("今年，市总工会每年投入500万元用于困难职工帮扶。", "granted", 1),
])
def test_a_per_head_amount_with_no_count_is_no_sum_given(sentence, flow, each):
    """为每名困难职工发放慰问金1000元 is one person's share: with no count of people it is a rate, which the union
    money figures leave out (it had been counted as 1000 yuan given); with one it is given that many times (made up)."""
    from etl.store.batch import extract_one
    rows, _ = extract_one("probe_20230501.txt", f"市总工会开展帮扶活动\n\n{sentence}\n".encode())
    assert [(r["flow"], r["each_count"]) for r in rows["funding"]] == [(flow, each)]


def test_a_standard_raised_is_two_rates():
    """补助标准由每人每次3000元提高到5000元: the old share and the new, neither money given (made up, thirty-second session)."""
    from etl.store.batch import extract_one
    rows, _ = extract_one("probe_20230501.txt", "劳模疗休养补贴\n\n日前，省总工会印发通知，将劳模疗休养补助标准由每人每次3000元"
                                               "提高到5000元。\n".encode())
    assert [(r["amount_yuan"], r["flow"]) for r in rows["funding"]] == [(3000.0, "rate"), (5000.0, "rate")]


@pytest.mark.parametrize("sentence, purpose", [
    # a fund's name opens after the verb that hands it over or gets it (rmrb_20191029-12-02 twice, rmrb_20190225-01-03,
    # rmrb_20200204-13-01): the subject before it had been read into the purpose
    ("截至目前，阜新市共发放稳岗补贴1033万元。", "稳岗补贴"),
    ("作为一家民营企业，该公司共领取稳岗补贴6.3万余元。", "稳岗补贴"),
    ("为61.4万人次发放技能提升补贴9.8亿元。", "技能提升补贴"),
    # …not after the words funds are named by (救助, 奖励, 募捐: rmrb_20200204-13-01, tzrb_20160204)
    ("黑龙江省总工会还设立2000万元应急救助资金。", "应急救助资金"),
    ("兴泰镇工会通过义卖活动，募捐资金5万多元。", "募捐资金"),
    # 投入, 争取 hand money over or get it as 发放, 争取到 do (made up: the payer had been swallowed into the purpose;
    # since the seventeenth session what is bought for them is told before the fund's bare name, 资金)
    ("市总工会投入资金50万元，为环卫工人购买意外保险。", "环卫工人购买意外保险"),
    ("市总工会为困难职工争取救助资金120万元。", "救助资金"),
    ("市总工会筹措资金300万元，为一线职工购买意外伤害保险。", "一线职工购买意外伤害保险"),  # and 筹措, 募集 (made up)
    # …nor before a preposition that stands as a word: who gives and to whom (made up: the payer had been read into
    # the purpose and so lost); 对口 is one word
    ("省总工会将中央财政专项帮扶资金2000万元全部下拨到各市工会。", "中央财政专项帮扶资金"),
    ("市总工会党组书记张明为困难职工送上慰问金1万元。", "慰问金"),
    ("对口帮扶资金500万元已全部到位，惠及职工2000人。", "对口帮扶资金"),
    # a count of households or firms opening it is no part of it (rmrb_20191029-12-02 gave 家吸纳49名…; made up)
    ("此外，阜新市还对10家吸纳49名就业困难人员的企业发放补贴40.3万元。", "吸纳49名就业困难人员的企业"),
    ("东营市总工会为200户困难职工发放价值30万元的米面油等慰问品。", "困难职工"),
    ("市总工会为500名困难职工每人发放慰问金1000元，共计50万元。", "困难职工"),  # each one's share is no purpose
    ("市总工会为每名困难职工发放1000元慰问金，共惠及2000名职工。", "困难职工"),  # …nor 每名 before (made up)
    # an amount of it before its name is no part of it (rmrb_20200204-13-01: 得到了3000元的助学金 had read 的助学金;
    # rmrb_20191029-12-02 的养老和医疗补贴) — and funds named by their ending: 助学金, 互助金 (made up)
    ("提出申请后，得到了3000元的助学金，工会还发动社会捐款1万多元。", "助学金"),
    ("今年，市总工会发放金秋助学金150万元，资助困难职工子女500名。", "金秋助学金"),
    ("今年以来，市职工医疗互助保障共为2万名职工赔付互助金3000万元。", "互助金"),
    # those a body visits or helps (对…进行慰问: grrb_20170111-02-07's 对1700多名困难职工进行慰问 had given none), and the sum
    # between the verb and its noun no part of them (made up: 对获得一等奖的选手给予5000元奖励 had read …给予5000元)
    ("预计在元旦、春节期间筹集500万元以上款物，对1700多名困难职工进行慰问。", "困难职工"),
    ("市总工会对获得一等奖的选手给予5000元奖励。", "获得一等奖的选手"),
    # a unit before the name is stripped only as a unit (rmrb_20200102-14-01: 亿创公司 had lost its 亿;
    # tzrb_20160204-00-01's 20多万元慰问金)
    ("为亿创公司举办多场展销会和订货会提供场地。", "亿创公司举办多场展销会和订货会"),
    ("为200多名困难职工送上20多万元慰问金和新年祝福。", "慰问金"),
    # what is bought or insured for them (made up, a brief written as a probe: the purpose had been empty)
    ("市总工会出资120万元，为全市1.2万名困难女职工免费投保。", "全市1.2万名困难女职工免费投保"),
    ("市总工会拿出120万元，为一线职工购买意外伤害保险。", "一线职工购买意外伤害保险"),
    # …or fitted for them, each's share given, or, last, those it helps in a clause of their own (made up, twenty-sixth
    # session, from briefs: no purpose, or 给予 in it)
    ("市总工会投入80万元，为全市100个户外劳动者服务站点配备冰箱、微波炉等设施。", "全市100个户外劳动者服务站点配备冰箱、微波炉等设施"),
    ("区总工会投入50万元，为20个基层工会改造职工活动室。", "基层工会改造职工活动室"),
    ("市总工会拿出300万元，对新建职工之家给予每家5万元补助。", "新建职工之家"),
    ("县总工会筹集资金50万元，帮助30名困难职工子女圆大学梦。", "困难职工子女圆大学梦"),
    ("市总工会出资30万元，资助100名困难职工子女完成学业。", "困难职工子女完成学业"),
    # …or what is built or rebuilt with it, the clause right after the sum (made up, twenty-seventh session, from briefs:
    # no purpose, or the payer's own words)
    ("今年以来，区总工会投入资金120万元，新建户外劳动者服务驿站20个。", "新建户外劳动者服务驿站20个"),
    # …where, before it (made up, twenty-eighth session, from an interview: no purpose)
    ("今年，我们投入专项资金1.2亿元，在全省新建职工驿站500个，实现县域全覆盖。", "新建职工驿站500个"),
    ("市总工会筹资80万元，在城区改造职工书屋15家。", "改造职工书屋15家"),
    ("近日，县总工会筹资80万元，改造提升职工书屋15家，新增图书2万册。", "改造提升职工书屋15家"),
    # a year before the fund's name is no part of it (made up, nineteenth session: 年职工疗休养专项经费)
    ("近日，市总工会下拨2025年职工疗休养专项经费500万元。", "职工疗休养专项经费"),
    # …nor is the 元 of 元旦 an amount's unit (made up, thirtieth session, from national items: 旦春节送温暖资金)
    ("全总日前安排2020年元旦春节送温暖资金3.5亿元，重点向湖北、河北倾斜。", "元旦春节送温暖资金"),
    ("近日，市总工会下拨元旦春节送温暖资金300万元。", "元旦春节送温暖资金"),
    # money's bare name is none (made up, twenty-second session, from briefs: 资金 had been the purpose) — what it built is
    ("市总工会近5年累计投入资金1.2亿元，建成职工服务阵地300个。", "建成职工服务阵地300个"),
    ("市总工会近5年累计投入资金1.2亿元。", ""),
    ("1月5日，市总工会紧急调拨帮扶资金50万元。", "帮扶资金"),
    ("12月19日，全国总工会紧急下拨1800万元工会救灾慰问资金。", "工会救灾慰问资金"),
    ("今年，区总工会共下拨专项资金300万元。", ""),
    # …nor the period each share is for (made up, thirty-first session, from briefs: 环卫工人每人每月)
    ("7月1日起，市总工会为环卫工人每人每月发放高温补贴300元。", "环卫工人"),
    # …nor the period alone (made up, thirty-third session, from briefs: 困难职工每月, 高温作业职工每天补贴)
    ("7月1日起，市总工会为每名困难职工每月发放500元生活补助。", "困难职工"),
    ("7月1日起，市总工会为高温作业职工每天补贴50元。", "高温作业职工"),
    ("1月1日起，县总工会为困难职工每户每年发放生活补助2000元。", "困难职工"),
    # 分别 or 各 before the verb is no part of those it is for (made up, thirty-first session, from briefs: 学校分别)
    ("1月10日，市总工会为3所学校分别捐赠10万元。", "学校"),
    ("1月10日，市总工会为20家规上企业各补贴2万元。", "规上企业"),
    # builders (建设者) are those it is for, no building done with it (made up, thirty-first session, from briefs: the
    # purpose had been the whole clause)
    ("湖滨街道总工会为一线建设者送去绿豆汤、藿香正气水等防暑物品，价值2万余元。", "一线建设者"),
    ("7月10日，市总工会为重点工程建设者送去价值5万元的防暑降温物品。", "重点工程建设者"),
    # a quotation the purpose cuts loses its marks (made up, thirty-first session, from briefs: “张华助学金)
    ("9月1日，市民张华向市总工会捐款10万元，设立“张华助学金”。", "张华助学金"),
    ("市总工会出资50万元，设立“金秋助学基金”，资助困难职工子女。", "金秋助学基金"),
    # how many it is for, in Chinese numerals too (made up, thirty-second session, from a union site's item: 三十名…)
    ("8月28日，区总工会为三十名困难职工子女发放助学金十五万元。", "困难职工子女"),
    ("1月20日，县总工会为两百名环卫工人送去慰问金四万元。", "环卫工人"),
])
def test_purpose_is_the_funds_name(sentence, purpose):
    assert money.purpose_of(sentence) == purpose


def test_the_purpose_is_told_in_the_amounts_part_of_the_sentence():
    """A part after ； tells of other help (rmrb_20200102-14-01: the start-up money's purpose had been read from the
    last part, 为亿创公司举办多场展销会和订货会提供场地)."""
    rows = money.extract(analyse_text("杨亮想办法用募捐的形式，为亿创公司解决10万元启动资金；对接苏州高新区总工会，用福利采购下了"
                                      "亿创公司的首笔订单；协调苏州高新区浒关镇，为亿创公司举办多场展销会和订货会提供场地。", ISSUE))
    assert [(r.purpose, r.payer) for r in rows] == [("启动资金", "")]


@pytest.mark.parametrize("text, purposes", [
    # …and in the amount's own clause first, when that clause tells one (made up, thirty-second session, from briefs:
    # the clause before had told its purpose; as hzrb_20211027-00-01's 筹集专项慰问金83.8万元 after a dash, and
    # rmrb_20200204-13-01's 2500万元的职工助困送温暖资金 after another fund, had been read)
    ("今年以来，市总工会为全市12万名职工办理职工互助保障，全年共为3200名患病职工发放互助保障金860万元。", ["患病职工"]),
    ("除此之外，省总工会还设立2000万元应急救助资金，划拨到市、县工会滚存使用，与每年2500万元的职工助困送温暖资金一道，共同解决"
     "日常救助缺少资金的问题。", ["应急救助资金", "职工助困送温暖资金"]),
    ("活动现场还带来不少福利——市总工会、市福彩中心等，筹集专项慰问金83.8万元，资助400名一线困难职工及特困家庭。",
     ["专项慰问金"]),
    # (…as grrb_20220826-00-00's 各拨付200万元疫情防控专项资金 and rmrb_20191029-12-02's 领取到了54万余元的稳岗补贴, whose gold
    # names the funds — their purposes had been read from 用于 after)
    ("中华全国总工会向海南、西藏两省（区）总工会各拨付200万元疫情防控专项资金，用于支持当地工会开展疫情防控工作。",
     ["疫情防控专项资金"]),
    # …without when or whether it is given, and a part after 其中 sharing its total's (made up, thirty-second session, from
    # briefs: 今年计划贴息资金, and 其中省总工会本级资金)
    ("浙江省总工会推出“工惠贷”，为职工创业提供贷款，今年计划贴息资金2000万元。", ["贴息资金"]),
    # …nor the fund it is given to, after 向 (made up, thirty-first and thirty-second sessions, from briefs)
    ("1月15日，江苏某集团董事长王建平向无锡市总工会困难职工帮扶基金捐款100万元，用于春节期间慰问困难职工。", ["春节期间慰问困难职工"]),
    # …nor the verb of giving before the fund (捐赠, 捐助: made up, thirty-second session, from briefs)
    ("9月5日，苏州市总工会代表团赴新疆伊犁州，并向当地捐赠帮扶资金100万元。", ["帮扶资金"]),
    ("7月20日，省总工会向受灾地区职工捐助救灾资金50万元。", ["救灾资金"]),
    ("今年元旦春节期间，广东省总工会共筹措送温暖资金1.2亿元，其中省总工会本级资金3000万元，各地市工会配套资金9000万元。",
     ["送温暖资金", "送温暖资金", "送温暖资金"]),
    # …and what it builds, right after it (made up, thirty-third session, from briefs: no purpose)
    ("“十四五”期间，市总工会计划投入1亿元建设职工服务阵地。", ["建设职工服务阵地"]),
    ("今年，市总工会投入300万元改造职工食堂，惠及职工2000人。", ["改造职工食堂"]),
    # …a part after 其中 named by its payer too (made up, thirty-third session, from briefs: 其中县财政补助, 其中市财政补助)
    ("2月3日，县总工会向50户困难职工家庭发放春节慰问金共计15万元，其中县财政补助5万元。", ["春节慰问金", "春节慰问金"]),
    ("2月3日，市总工会发放帮扶资金30万元，其中市财政补助10万元。", ["帮扶资金", "帮扶资金"]),
])
def test_the_purpose_is_told_in_the_amounts_own_clause(text, purposes):
    assert [r.purpose for r in money.extract(analyse_text(text, ISSUE))] == purposes


def test_a_sum_listed_after_another_is_its_own_funds():
    """发放困难职工生活救助金300万元、医疗救助金200万元: the second sum is 医疗救助金's (made up, twenty-second session: both
    had been 生活救助金)."""
    rows = money.extract(analyse_text("今年以来，市总工会共发放困难职工生活救助金300万元、医疗救助金200万元。", ISSUE))
    assert [(r.money.yuan, r.purpose) for r in rows] == [(3000000, "困难职工生活救助金"), (2000000, "医疗救助金")]
    # …after a comma too, the clause nothing but the fund's name (made up, twenty-third session: all had been the
    # first's)
    rows = money.extract(analyse_text("其中，发放春节慰问金180万元，金秋助学金60万元，医疗救助金80万元。", ISSUE))
    assert [r.purpose for r in rows] == ["春节慰问金", "金秋助学金", "医疗救助金"]
    # (not a clause that acts, 为…送去…: its purpose is its own clause's, as before)
    rows = money.extract(analyse_text("市总工会发放慰问金180万元，为困难职工送去助学金60万元。", ISSUE))
    assert [r.purpose for r in rows][1] == "困难职工"


@pytest.mark.parametrize("text, rows", [
    # R: a programme's money as its recipient tells it, paid by the union its paragraph named
    ("家住大庆市龙凤区的石琳已连续5年收到大庆市总工会发放的金秋助学金。2015年，石琳考上了大学，符合市总工会的助学条件，"
     "提出申请后，得到了3000元的助学金，工会还发动社会捐款1万多元。",
     [("3000元", "大庆市总工会"), ("1万多元", "社会捐款")]),  # the union raised the 1万多元 from society
    ("2019年9月开始读博士一年级的石琳继续获得5000元助学金。", [("5000元", "")]),
    ("他每月收入2000元，工作稳定。", []),  # income, not a grant
    # R: a company's own investment is no programme's money; one that builds a worker facility is
    ("2018年，新疆美丽奥服装有限公司董事长李慧君投资2000万元，在新疆莎车县建厂，帮助当地200户贫困户顺利就业。", []),
    ("山东中矿集团有限公司投入300万元建设职工之家。", [("300万元", "山东中矿集团有限公司")]),
    # …the body that hands over money it passes on, or its officer's (made up, with the purpose cut above)
    ("省总工会将中央财政专项帮扶资金2000万元全部下拨到各市工会。", [("2000万元", "省总工会")]),
    ("市总工会党组书记张明为困难职工送上慰问金1万元。", [("1万元", "市总工会")]),
    # R: the sentence's own payer, named by kind, over a company named before it
    ("老于在阜矿集团工作多年。每天工作4小时，每月收入950元，政府还给予每年2300多元的养老和医疗补贴，帮助退休职工。",
     [("2300多元", "")]),
])
def test_grants_as_their_recipients_tell_them(text, rows):
    assert [(r.money.text, r.payer) for r in money.extract(analyse_text(text, ISSUE))] == rows


@pytest.mark.parametrize("text, payer", [
    # a bank is a body of its own, with a level or a place before it (made up, twenty-sixth session, from briefs: the
    # bank's credit line had been the union's)
    ("1月10日，市总工会与市工商银行签订协议，银行将为全市职工提供50亿元授信额度。", "市工商银行"),
    ("1月10日，市总工会与杭州银行签订合作协议，杭州银行为全市职工提供50亿元专项授信额度。", "杭州银行"),
])
def test_a_bank_gives_its_own_credit(text, payer):
    assert [(r.payer, r.flow) for r in money.extract(analyse_text(text, ISSUE, title="工会动态"))] == [(payer, "loan")]


@pytest.mark.parametrize("text, payer, organizer", [
    # a territory's unions at every level acting together pay and organise, named as the text names them (made up,
    # twenty-sixth session, from briefs: no payer, no organiser)
    ("2月1日，全市各级工会共筹集送温暖资金1.2亿元，慰问困难职工3.5万户。", "全市各级工会", "全市各级工会"),
    ("2月1日，全省各级工会组织筹集资金2.3亿元，走访慰问困难职工2万户。", "全省各级工会", "全省各级工会"),
    ("春节临近，江西省赣州市各级工会组织开展形式多样的送温暖活动，共筹集资金500万元。", "江西省赣州市各级工会", "江西省赣州市各级工会"),
    # (…not over a body the clause names)
    ("2月1日，市总工会筹集资金80万元，慰问困难职工500户。", "市总工会", "市总工会"),
])
def test_unions_at_every_level_pay_and_organise(text, payer, organizer):
    doc = analyse_text(text, ISSUE, title="工会动态")
    assert [r.payer for r in money.extract(doc)] == [payer]
    assert [e.organizer for e in events.extract(doc)] == [organizer]


@pytest.mark.parametrize("title, body, payer", [
    # a union the headline names as the one given to pays nothing in a paragraph naming no payer (made up, thirty-first
    # session, from briefs: the union given to had paid) — a person named giving pays (no payer at all before)
    ("企业家向工会捐款百万", "1月15日，江苏某集团董事长王建平向无锡市总工会困难职工帮扶基金捐款100万元，用于慰问困难职工。",
     "王建平"),
    ("爱心人士向工会捐款", "3月5日，市民张华向市总工会捐款10万元，用于资助困难职工。", "张华"),
    ("爱心企业向工会捐赠", "3月5日，某公司向市总工会捐款10万元，用于资助困难职工。", ""),
    # …as one that gives still does
    ("市总工会发放助学金", "8月20日，为100名困难职工子女每人发放助学金3000元。", "市总工会"),
])
def test_a_union_given_to_pays_nothing(title, body, payer):
    assert [r.payer for r in money.extract(analyse_text(body, ISSUE, title=title))] == [payer]


@pytest.mark.parametrize("text, payers", [
    # the parts of a total after 其中 are each their own givers': society's gift told before another sum is not the next
    # sum's, a part named by its givers' kind is theirs, the union's dues the union's that raised the total (made up,
    # thirty-first session, from briefs: society had paid the dues, the state's purse the companies' gift)
    ("今年以来，盐城市总工会共筹集帮扶资金1200万元，其中市财政拨款500万元，社会捐赠300万元，工会经费400万元。",
     [("盐城市总工会", "union"), ("市财政", "government"), ("社会捐赠", "social"), ("盐城市总工会", "union")]),
    ("今年，县总工会共筹集资金200万元，其中县财政拨款80万元、企业捐赠70万元、工会自筹50万元。",
     [("县总工会", "union"), ("县财政", "government"), ("企业捐赠", "enterprise"), ("县总工会", "union")]),
    ("今年，区总工会共筹集资金100万元，其中区财政拨款40万元、个人捐款30万元、工会经费30万元。",
     [("区总工会", "union"), ("区财政", "government"), ("个人捐款", "individual"), ("区总工会", "union")]),
    # …as society's gift before its own sum is still society's
    ("工会还发动社会捐款1万多元，帮助困难职工。", [("社会捐款", "social")]),
    # a person named giving is the payer, an individual (made up, thirty-first session, from briefs: no payer, or the
    # union given to)
    ("9月1日，市民张华向市总工会捐款10万元，资助困难职工子女。", [("张华", "individual")]),
    ("3月5日，退休教师李明向县总工会捐赠5万元，用于资助困难职工。", [("李明", "individual")]),
])
def test_each_part_of_a_total_is_its_givers(text, payers):
    assert [(r.payer, r.payer_type) for r in money.extract(analyse_text(text, ISSUE))] == payers


def test_money_goes_to_is_not_who_pays():
    text = ("除此之外，黑龙江省总工会还设立2000万元应急救助资金，划拨到市、县工会滚存使用，与每年2500万元的职工助困送温暖"
            "资金一道，共同解决日常救助缺少资金的问题。")
    assert [(r.money.text, r.payer) for r in money.extract(analyse_text(text, ISSUE))] == [
        ("2000万元", "黑龙江省总工会"), ("2500万元", "黑龙江省总工会")]


@pytest.mark.parametrize("text", [
    "伏某向当地劳动争议仲裁委员会提出仲裁申请，要求公司方向其支付医疗费、工资等费用，合计16万余元。",  # a claim
    "已先后为2000余名农民工提供法律援助，为他们讨要拖欠工资、追赔伤残抚恤款千万元。",  # recovered wages
])
def test_claims_and_recovered_wages_are_not_funding(text):
    assert money.extract(analyse_text(text, ISSUE)) == []


@pytest.mark.parametrize("name, organizer, evidence, scope", [
    ("中共中央政治局会议", "", "中共中央政治局召开会议，分析研究当前经济形势。", "other"),
    ("全国政协第九次双周协商座谈会", "全国政协", "全国政协第九次双周协商座谈会在政协礼堂举行，围绕弘扬劳模精神建言资政。", "other"),
    ("第七届世界军人运动会", "", "第七届世界军人运动会在武汉开幕。", "other"),
    ("2019年第三季度新闻发布会", "人力资源和社会保障部", "人社部举行2019年第三季度新闻发布会，介绍就业形势。", "labour"),
    ("职工职业技能大赛", "", "四川省总工会举办职工职业技能大赛。", "union"),
    ("送温暖活动", "云南省总工会", "云南省总工会启动中秋国庆送温暖活动。", "union"),
    # a union programme's name run by another body is no union event; a union beside that body makes one
    # (rmrb_20191014-04-07: 该公司与工会、城管等部门共同打造; the first made up)
    ("“送温暖”活动", "共青团杭州市委", "共青团杭州市委近日开展“送温暖”活动，为100名困难青年送去慰问品。", "other"),
    ("“户外劳动者爱心驿站”揭牌", "中国石化广东石油分公司", "不久前，中国石化广东石油分公司珠海梅华加油站“户外劳动者爱心驿站”"
     "揭牌，这是该公司与工会、城管等部门共同打造的党群服务站。", "union"),
    # a union programme's meeting with no organiser named (made up, nineteenth session: 职工书屋…交流会 had been labour's)
    ("职工书屋建设经验交流会", "", "6月18日，全省职工书屋建设经验交流会在兰州召开。", "union"),
    # …and a union by no name of its own among another body's departments (made up: the wage drive had been union's)
    ("根治欠薪冬季专项行动", "市人社局", "市人社局启动根治欠薪冬季专项行动，联合住建、公安、工会等部门开展排查。", "labour"),
])
def test_event_scope(name, organizer, evidence, scope):
    from etl.extract.kinds import event_scope
    assert event_scope(organizer, name, evidence) == scope


def test_one_event_in_two_articles_has_one_key():
    from etl.extract.dedupe import event_keys
    names = ["第六届全国残疾人职业技能大赛", "全国残疾人职业技能大赛闭幕", "全国残疾人职业技能大赛"]
    ev = [{"event_type": "competition", "province": "浙江", "name": n, "date_start": d, "article_id": a}
          for n, d, a in zip(names, ["2019-10-27", "2019-10-29", "2021-10-20"], "abc")]
    keys = event_keys(ev)
    assert keys[0] == keys[1] != keys[2]


@pytest.mark.parametrize("text, names", [
    ("中国机械冶金建材工会联合中国黄金协会主办", ["中国机械冶金建材工会", "中国黄金协会"]),
    ("去年3月20日，全国政协提案委员会便召开了协商会", ["全国政协提案委员会"]),
    ("山东省冶金工会委员会和中华全国总工会", ["山东省冶金工会委员会", "中华全国总工会"]),
    ("记者从宁夏人力资源和社会保障厅获悉", ["宁夏人力资源和社会保障厅"]),
    ("云南省总启动中秋国庆送温暖活动", ["云南省总工会"]),
    ("由工业和信息化部、人力资源和社会保障部和共青团中央共同主办", ["工业和信息化部", "人力资源和社会保障部", "共青团中央"]),
    ("由中宣部、国务院国资委、人民日报社主办", ["中共中央宣传部", "国务院国资委", "人民日报社"]),
    ("新华社北京2月26日电 各级党组织和团组织", []),  # an agency filing the report, kinds of body
    ("由四川省委宣传部、广东省总工会主办", ["四川省委宣传部", "广东省总工会"]),
    ("由陕西省总工会、中国铁路西安局集团有限公司共同开行", ["陕西省总工会", "中国铁路西安局集团有限公司"]),
    # a company's brand between its place and 集团/公司, whatever the tokenizer tags it (rmrb_20200228-11-01,
    # rmrb_20200117-06-02, rmrb_20190225-01-03): the place inside it is then no place of the story's
    ("决赛赛场上，中国航发沈阳黎明航空发动机集团有限责任公司高级技师洪家光的演讲赢得阵阵掌声。",
     ["中国航发沈阳黎明航空发动机集团有限责任公司"]),
    ("比如，山东豪迈集团职工、第十二届中华技能大奖获得者王钦峰", ["山东豪迈集团"]),
    ("2018年，新疆美丽奥服装有限公司董事长", ["新疆美丽奥服装有限公司"]),
    # a body's party group or committee acts as the body (rmrb_20191014-04-07, rmrb_20200208-04-02); 各级党委 names no one
    ("9月下旬，中船重工党组召开主题教育指导组第一批总结暨第二批部署会议", ["中船重工党组"]),
    ("在扬州，公路处党委组建公路“党员突击队”", ["公路处党委"]),
    # a level alone before a body's name is a body (rmrb_20200114-04-09, rmrb_20200207-04-02: 省人社厅 had been lost);
    # a preposition the tokenizer glues to the level is not part of the name (made up: 向市 | 总工会)
    ("这次慰问活动由四川省委宣传部、省人社厅等部门和广东省总工会共同主办", ["四川省委宣传部", "省人社厅", "广东省总工会"]),
    ("市慈善总会向市总工会捐赠100万元", ["市慈善总会", "市总工会"]),
    # …and to a workplace (grrb_20140417-00-00 had the organiser 由矿工会); the mine's and the works' union are bodies
    ("在北徐楼煤矿职工餐厅里，由矿工会举办的第八届够级大赛激战正酣", ["矿工会"]),
    ("比赛由厂工会组织", ["厂工会"]),  # made up
    # a name the tokenizer reads as a person's before 街道/社区 is the locality's (grrb_20231221-02-03 had 街道总工会,
    # rmrb_20200514-16-06, rmrb_20191007-07-01)
    ("在冬至节气到来之际，天津市河北区总工会、望海楼街道总工会开展活动", ["天津市河北区总工会", "望海楼街道总工会"]),
    ("向阳街道工会主席高威说", ["向阳街道工会"]),
    ("庄宇社区服务中心经理张天说", ["庄宇社区服务中心"]),
    # …and before a workplace, a mine or a works (grrb_20140417-00-00's headline had split at 北徐楼: its 够级王 was given
    # by 山东丰源集团; the other two made up)
    ("山东丰源集团北徐楼煤矿工会举办第八届够级大赛", ["山东丰源集团北徐楼煤矿工会"]),
    ("兖矿集团张家庄煤矿工会开展活动", ["兖矿集团张家庄煤矿工会"]),
    ("大唐集团王滩发电厂工会开展活动", ["大唐集团王滩发电厂工会"]),
    # a county's federation by its level alone, though the tokenizer tags 县 zg (the sample page; made up after it)
    ("按照节俭、普惠、实用原则,县总工会在环卫、货运物流、快递、农业基地建了6个工会服务站", ["县总工会"]),
    ("9月22日，县总工会开展“金秋助学”活动", ["县总工会"]),
    ("日前，镇总工会开展送温暖活动", ["镇总工会"]),  # made up: a town's, a banner's federation likewise
    ("日前，旗总工会开展送温暖活动", ["旗总工会"]),
    # a verb that reports an act is no part of a name after it (made up: a national meeting the issue names) — and union
    # work no body (全国工会工作会议: no 全国工会 since the twenty-eighth session)
    ("2月28日，全国总工会召开全国工会工作会议", ["中华全国总工会"]),
    # (…and the bare 工会 of a territory's unions, 全省工会干部, is no body: twenty-third session — it had been read)
    ("3月1日，省总工会举办全省工会干部培训班", ["省总工会"]),
    # a place's own 发改委/国资委 is not the state's (rmrb_20200207-04-02 had read 福建省发改委 as 国家发展改革委);
    # alone, or after 国家/国务院, the short name is the state's body (rmrb_20191029-01-04, rmrb_20190226-19-01)
    ("阻击战，日前，福建省发改委、省数字办联合印发通知", ["福建省发改委"]),
    ("“下一步，发改委将持续推进", ["国家发展改革委"]),
    ("国资委党委书记表示", ["国务院国资委"]),
    ("日前，省国资委召开会议", ["省国资委"]),  # made up
    # 人力社保局, as Beijing and Chongqing name their bureaus (rmrb_20200207-04-02, rmrb_20200220-13-03, rmrb_20191024-13-06)
    ("2月1日，北京市人力社保局与北京市教委联合发布通知", ["北京市人力社保局", "北京市教委"]),
    ("南川区人力社保局联合卫生部门开展活动", ["南川区人力社保局"]),
    # a state enterprise's numbered unit inside its name (中建三局 rmrb_20191018-17-01 and rmrb_20191002-14-01, 中建五局三
    # 公司 rmrb_20200117-15-01, 中建一局华北公司 nddsb_20200617-00-01 and ldwb_20240201-00-01: cut at the numeral, or lost),
    # not 一 as "a"; a branch right after its company is the company's (the organiser had been 西北分公司 alone)
    ("中建一局华北公司应博项目团队荣获第一名", ["中建一局华北公司"]),
    ("中建五局三公司西北分公司联合陕西省建设工会为农民工煮了饺子", ["中建五局三公司西北分公司", "陕西省建设工会"]),
    ("济南二机床集团工会为困难职工发放帮扶金", ["济南二机床集团工会"]),  # made up
    ("安徽一电器公司通过安徽省红十字基金会捐赠", ["电器公司", "安徽省红十字基金会"]),
    # …and a verb of going is no part of a name either (shghxy_20230925-00-01's headline: 学院赴浙江省总工会)
    ("学院赴浙江省总工会干部学校学习考察", ["浙江省总工会"]),
    # …nor one of receiving (made up: 职工受到省总工会 had been a body)
    ("100名职工受到省总工会表彰", ["省总工会"]),
    # …nor one of joining (made up, nineteenth session: 网约车司机现场加入工会 had been a body, an event's organiser)
    ("200余名快递员、外卖送餐员、网约车司机现场加入工会组织。", ["工会"]),
    ("百余名外卖骑手参加工会", ["工会"]),
    # …nor one of holding a post there (made up, twenty-seventh session, from union sites' profiles: 现任中车… had been a body)
    ("王丽，女，现任中车长春轨道客车股份有限公司焊接车间焊工班班长。", ["中车长春轨道客车股份有限公司"]),
    ("赵敏现任宇通客车股份有限公司工会主席。", ["宇通客车股份有限公司工会"]),
    # a level alone before a company's brand the tokenizer tags as an idiom, or before a body it reads whole, is the
    # outlet's own place's (made up, twenty-seventh session, from a probe of a city's bodies' unions: 工会 alone, or the
    # level lost)
    ("近日，市自来水公司工会为职工送清凉。", ["市自来水公司工会"]),
    ("近日，区自来水公司为困难职工送去慰问金。", ["区自来水公司"]),
    ("近日，市烟草专卖局工会为职工送清凉。", ["市烟草专卖局工会"]),
    ("近日，省统计局工会为职工送清凉。", ["省统计局工会"]),
    # a post on the party group of the body named right before is no body (made up, twenty-eighth session, from briefs:
    # 省总工会党组 had organised the study tour its member led); a party committee named by nothing else stays one
    ("6月12日，省总工会党组成员、副主席刘洪涛带领调研组来我市开展专题调研。", ["省总工会"]),
    ("1月12日，县总工会党组副书记、常务副主席王刚带队走访慰问困难职工。", ["县总工会"]),
    ("1月12日，市总工会党委委员、副主席李刚带队走访企业。", ["市总工会"]),
    ("1月12日，市总工会党组召开理论学习中心组学习会议。", ["市总工会党组"]),
    # a confederation of unions is named whole (made up, thirtieth session, from Hong Kong unions' news: 香港职工会 had held
    # its rally)
    ("5月8日，香港职工会联盟举行集会。", ["香港职工会联盟"]),
    ("5月8日，长三角工会联盟召开联席会议。", ["长三角工会联盟"]),
    # …and a body's short name before its party group acting is the body's name in full (made up, thirtieth session,
    # from a paper's briefs: 全总党组)
    ("5月5日，全总党组召开会议，传达学习重要讲话精神。", ["中华全国总工会党组"]),
    ("5月5日，人社部党组召开会议。", ["人力资源和社会保障部党组"]),
    # …whichever body was found before it, a headline's 工会 too (made up, thirtieth session, from briefs: 全总党组 had led
    # the survey its member led)
    ("工会调研新就业形态劳动者入会工作\n4月10日，全总党组成员、副主席王志刚带领调研组赴浙江杭州开展调研。", ["工会", "中华全国总工会"]),
    ("工会帮扶困难职工\n1月12日，人社部党组成员、副部长王刚带队走访慰问困难职工。", ["工会", "人力资源和社会保障部"]),
    # …nor a gathering the tokenizer's dictionary tags as a body (made up, twenty-eighth session, from briefs: 汇报会 had
    # organised itself)
    ("5月21日，检查组召开汇报会，听取省总工会的汇报。", ["省总工会"]),
    ("1月20日，市总工会举办新春拜年会。", ["市总工会"]),
    # union work is no body, however its words before run (made up, twenty-eighth session, from briefs: 市总工会宣讲团成员
    # 结合工会 had organised a lecture) — a union's staff is its own
    ("市总工会宣讲团成员结合工会工作实际，为100余名建筑工人进行了宣讲。", ["市总工会"]),
    ("区总工会表彰了一批优秀基层工会工作者。", ["区总工会"]),
    ("市公交集团工会工作人员走访慰问了困难职工。", ["市公交集团工会"]),
    # a level glued by the tokenizer to a verb of visiting or going before it (made up, twenty-eighth session, from an
    # interview and briefs: 访省|总工会 had named no body, and the interview's 我们 had paid nothing)
    ("——访省总工会党组书记、常务副主席王建华", ["省总工会"]),
    ("5月10日，省总工会调研组赴市总工会调研。", ["省总工会", "市总工会"]),
    # a region's unions are no district's union (made up, twenty-eighth session, from briefs: 长三角地|区工会 had read 区工会)
    ("10月15日，长三角地区工会协作交流会在安徽合肥召开，上海市总工会、江苏省总工会签署合作协议。", ["上海市总工会", "江苏省总工会"]),
    ("京津冀地区工会签署协议。", []),
    # an industry's word the tokenizer reads as a verb after a level alone (made up, thirtieth session, from briefs:
    # 行业工会联合会 alone)
    ("5月10日，县快递行业工会联合会挂牌成立。", ["县快递行业工会联合会"]),
    ("5月10日，市快递行业工会联合会召开会员代表大会。", ["市快递行业工会联合会"]),
    # …nor a programme or facility a union's name opens, no body named before it (made up, thirtieth session, from
    # national and city briefs: 工会 had organised the meeting) — a body's own facility keeps the body
    ("6月17日，全国工会系统“工会驿站”建设推进会在江苏南京召开。", ["全国工会"]),
    ("8月28日是“工会会员日”，会员可享受专属优惠。", []),
    ("6月17日，市总工会驿站在人民广场揭牌。", ["市总工会"]),
    # …nor a province's cities' or counties' unions (made up, thirtieth session, from briefs: 各地|市工会 had been a body)
    ("今年，广东省总工会筹措资金1.2亿元，各地市工会配套资金9000万元。", ["广东省总工会"]),
    ("春节前夕，各县区工会开展走访慰问。", []),
    # a civilisation office (made up, twenty-eighth session, from briefs: 省文明办 had given nothing)
    ("近日，省文明办发布第三季度“浙江好人榜”。", ["省文明办"]),
    # a department's name right after its company's, opening on a noun-verb (made up, twenty-eighth session, from
    # profiles of honoured collectives: the recipient had been 服务中心)
    ("国网宁波供电公司营销服务中心获得全国五一巾帼标兵岗称号。", ["国网宁波供电公司营销服务中心"]),
    ("杭州地铁集团运营分公司调度中心获全国工人先锋号。", ["杭州地铁集团运营分公司调度中心"]),
    # an industry's union after its place, whatever the tokenizer tags the industry (made up, nineteenth session, from a
    # probe of 25 industries in 60 places: 87 of 900 had been lost)
    ("1月18日，成都市卫生工会为一线职工送上春联。", ["成都市卫生工会"]),
    ("1月18日，深圳市电力系统工会为一线职工送上春联。", ["深圳市电力系统工会"]),
    ("1月18日，成都市科教文卫工会为一线职工送上春联。", ["成都市科教文卫工会"]),
    # a town's union by the town's name (made up, nineteenth session, from a probe of 300 towns: 62 of 600 lost → 18)
    ("1月18日，娜允镇工会为一线职工送上春联。", ["娜允镇工会"]),
    ("1月18日，肖堰镇工会为一线职工送上春联。", ["肖堰镇工会"]),
    # a company's union, or its unit's, is one body with the company's name (made up, nineteenth session, from a probe of
    # 300 made-up enterprise unions: 225 had been lost, cut at a word the tokenizer reads as a numeral or an adjective, or
    # left as a bare 工会 beside the company; a second probe with other places, brands and units: 74 of 600 → 2)
    ("1月18日，浙江宏达医药有限公司第一分公司工会为一线职工送上春联。", ["浙江宏达医药有限公司第一分公司工会"]),
    ("1月18日，郑州海川物流集团机加车间工会为一线职工送上春联。", ["郑州海川物流集团机加车间工会"]),
    ("1月18日，郑州中联汽车零部件股份有限公司工会委员会为一线职工送上春联。", ["郑州中联汽车零部件股份有限公司工会委员会"]),
    ("1月18日，浙江明德新材料集团有限公司工会委员会为一线职工送上春联。", ["浙江明德新材料集团有限公司工会委员会"]),
    ("1月18日，合肥安达船舶集团检修工区工会委员会为一线职工送上春联。", ["合肥安达船舶集团检修工区工会委员会"]),
    ("1月18日，大同长城数控机床有限责任公司热电厂工会为一线职工送上春联。", ["大同长城数控机床有限责任公司热电厂工会"]),
    # a body the tokenizer names whole keeps its place before it (made up, nineteenth session: 中心医院工会委员会 had lost
    # its 昆明市), not a state body's (在北京 国家统计局)
    ("1月18日，昆明市中心医院工会委员会为一线职工送上春联。", ["昆明市中心医院工会委员会"]),
    ("1月18日，洛阳市烟草专卖局为一线职工送上春联。", ["洛阳市烟草专卖局"]),
    ("3月1日，在北京国家统计局发布数据", ["国家统计局"]),
    # Hong Kong's and Macao's federations of trade unions by their short names (made up)
    ("香港工联会近日举办职工运动会", ["香港工会联合会"]),
    ("澳门工联总会发表声明", ["澳门工会联合总会"]),
    # more of a level's bureaus (made up, twenty-second session, from a brief: 市体育局 had been no body, and 由市总工会、
    # 市体育局联合主办 one organiser)
    ("比赛由市总工会、市体育局联合主办。", ["市总工会", "市体育局"]),
    ("3月15日，市市场监管局联合市总工会开展职工维权宣传活动。", ["市市场监管局", "市总工会"]),
    ("近日，区退役军人事务局走访慰问退役军人职工。", ["区退役军人事务局"]),
    # …and a state body's name opens on 国家, 国务院…: no place before it (made up, twenty-second session: 在北京国家体育总局
    # had been 北京国家体育总局, 在京国家市场监管总局 京国家…)
    ("3月1日，在北京国家体育总局召开会议", ["国家体育总局"]),
    ("3月1日，在京国家市场监管总局召开会议", ["国家市场监督管理总局"]),
    ("3月1日，在京中华全国总工会召开会议", ["中华全国总工会"]),
    # a preposition glued to a hospital's or a school's one character opens no name (made up, twenty-second session,
    # from a brief: the payer had been 书屋由院工会)
    ("书屋由院工会投入8万元建成。", ["院工会"]),
    ("活动由校工会组织。", ["校工会"]),
    # a bank's branch right after the bank, no union after it, is the branch (made up, thirty-first session, from briefs: the
    # bank alone had signed) — with a union after it, the branch's union as before
    ("3月12日，省总工会与中国工商银行江苏省分行签署战略合作协议。", ["省总工会", "中国工商银行江苏省分行"]),
    ("3月12日，市总工会与建设银行苏州分行签约。", ["市总工会", "建设银行苏州分行"]),
    ("江苏银行北京分行工会举办活动", ["江苏银行北京分行工会"]),
    # a verb of founding is no part of the name the founded body's suffix ends (made up, thirty-first session, from
    # briefs: 企业成立工会 had held its founding congress)
    ("快递企业成立工会", ["工会"]),
    ("县物流行业组建工会联合会", []),
    # a union working committee of a sector or of government bodies is named whole (made up, thirty-first session, from
    # briefs: no body, or its 工委 lost); union work is still no body
    ("日前，天津市建设系统工会工作委员会走访慰问了职工。", ["天津市建设系统工会工作委员会"]),
    ("6月5日，市直机关工会工作委员会举办职工羽毛球比赛。", ["市直机关工会工作委员会"]),
    ("6月5日，省直机关工会工委举办比赛。", ["省直机关工会工委"]),
    ("要做好工会工作，委员会决定", []),
    # …nor one glued to the name before it (made up, thirty-first session, from briefs: 董事长张华向市总工会 had been a body)
    ("近日，某房地产公司董事长张华向市总工会捐赠50万元。", ["房地产公司", "市总工会"]),
    ("3月5日，市民张华向市总工会捐款10万元。", ["市总工会"]),
    # an officer, a party or who led it, and a verb of going are no part of a name (made up, twenty-fourth session, from
    # briefs: 市总工会负责人到美团公司 had been one body); 书记处 still is
    ("9月3日，市总工会负责人到美团公司调研。", ["市总工会", "美团公司"]),
    ("9月3日，区总工会负责人到华为公司调研。", ["区总工会", "华为公司"]),
    # (…and 到 glued to a level, 到市|公交集团, is no part of the name however many words follow: 到市公交集团)
    ("市总工会带队到市公交集团慰问。", ["市总工会", "市公交集团"]),
    ("省总工会主席李华一行到中建三局调研。", ["省总工会", "中建三局"]),
    ("中华全国总工会书记处第一书记王东明出席。", ["中华全国总工会"]),
    # a bank's branch the tokenizer reads whole after the bank's name is the bank's (made up, twenty-fourth session,
    # from briefs: the union had been 北京分行工会)
    ("5月20日，江苏银行北京分行工会举办第二届职工运动会。", ["江苏银行北京分行工会"]),
    ("5月20日，浙商银行上海分行工会举办职工运动会。", ["浙商银行上海分行工会"]),
    # a union's 宣传教育部 is its department, not the Ministry of Education (made up, twenty-ninth session, from a contest's
    # report: 教育部 had co-organised it)
    ("比赛由中华全国总工会宣传教育部主办。", ["中华全国总工会"]),
    ("活动由省总工会宣传教育部、省职工文化体育协会联合举办。", ["省总工会", "省职工文化体育协会"]),
    ("近日，教育部印发通知。", ["教育部"]),
    # a date's day glued to the body after it (8日|市总工会, read 8 日市 总工会) ends at 日 (made up, thirty-second session,
    # from briefs: 日市总工会 had held the ceremony)
    ("在5月8日市总工会举办的表彰大会上，陈刚被评为优秀职工。", ["市总工会"]),
    ("12月3日省总工会召开全委会议。", ["省总工会"]),
    ("25日至26日县总工会举办培训班。", ["县总工会"]),
    ("5月8日本市总工会召开职工代表大会。", ["市总工会"]),  # (read 8 日本 市总工会: 日本市总工会)
    # the Youth League's committees of a level are bodies, as 团市委 is (made up, thirty-second session, from briefs: the
    # league had been lost among its partners)
    ("5月20日，区总工会、团区委、区妇联联合举办集体婚礼。", ["区总工会", "团区委", "区妇联"]),
    ("团县委、县总工会举办活动。", ["团县委", "县总工会"]),
    # the development and reform commission at any level, by its short name or its whole (made up, thirty-second session,
    # from briefs: no body)
    ("3月6日，省总工会、省发展改革委联合启动劳动竞赛。", ["省总工会", "省发展改革委"]),
    ("河北省发展和改革委员会印发通知。", ["河北省发展和改革委员会"]),
    # a body's guiding or helping another, between their names, is no part of either (made up, thirty-third session, from
    # briefs: one body 市总工会指导市公交集团工会) — a centre named for guidance keeps it
    ("市总工会指导市公交集团工会举办职工技能比武。", ["市总工会", "市公交集团工会"]),
    ("市人社局指导企业工会开展集体协商。", ["市人社局", "企业工会"]),
    ("市总工会委托市律师协会为职工提供法律服务。", ["市总工会", "市律师协会"]),
    ("市就业培训技术指导中心举办培训班。", ["市就业培训技术指导中心"]),
    # Hong Kong's labour federations named after Hong Kong and Kowloon (made up, thirty-third session, from Hong Kong
    # union news: no body — the tokenizer reads 港九 as a numeral)
    ("港九劳工社团联会于2月3日组织义工队探访独居长者。", ["港九劳工社团联会"]),
    ("港九工团联合总会举办新春活动。", ["港九工团联合总会"]),
    # a session's ordinal opens no body's name, and a union a region across provinces names is no body (made up,
    # thirty-third session, from briefs: 第三届粤港澳大湾区工会 had held its own forum)
    ("2日，第三届粤港澳大湾区工会论坛在深圳举行。", []),
    ("首届长江经济带工会论坛在武汉举行。", []),
    ("第五届长三角地区工会论坛在嘉兴举行。", []),
    ("深圳市总工会举办第三届职工运动会。", ["深圳市总工会"]),
])
def test_organisation_names(text, names):
    assert [o.text for o in analyse_text(text, ISSUE).orgs] == names


@pytest.mark.parametrize("text, bodies", [
    ("会上，江苏、广东、四川等省总工会作交流发言。", ["江苏省总工会", "广东省总工会", "四川省总工会"]),
    ("会上，南京、苏州等市总工会介绍了经验。", ["南京市总工会", "苏州市总工会"]),
    ("会上，省总工会等单位作了发言。", ["省总工会"]),
    # …and a run of provinces' letters counted before 总工会 (made up, twenty-first session)
    ("京津冀三地总工会签署合作协议。", ["北京市总工会", "天津市总工会", "河北省总工会"]),
    ("沪苏浙皖四省市总工会签署合作协议。", ["上海市总工会", "江苏省总工会", "浙江省总工会", "安徽省总工会"]),
    # …where the tokenizer reads no body there, the count a word of its own, and with 工会 alone (made up, thirty-third
    # session, from briefs: no body, or 四省市工会)
    ("北京、天津、河北三地总工会联合主办本次大赛。", ["北京市总工会", "天津市总工会", "河北省总工会"]),
    ("本次比赛由四川、重庆两地总工会共同主办。", ["四川省总工会", "重庆市总工会"]),
    ("四川、重庆两地工会签订协议。", ["四川省总工会", "重庆市总工会"]),
    ("沪苏浙皖四省市工会举办劳模论坛。", ["上海市总工会", "江苏省总工会", "浙江省总工会", "安徽省总工会"]),
    # (a count not the list's is left as it was: no body)
    ("北京、天津两地工会和河北省总工会签订协议。", ["北京市总工会", "天津市总工会", "河北省总工会"]),
    ("北京、天津三地总工会签订协议。", []),
])
def test_places_listed_before_a_levels_federation_are_each_places(text, bodies):
    """江苏、广东、四川等省总工会: each place's federation, as 三省总工会 already was (made up, twenty-first session, from a
    brief: the places had been where the national meeting they spoke at was held)."""
    assert [o.text for o in analyse_text(text, ISSUE).orgs] == bodies


@pytest.mark.parametrize("body, province", [
    ("1月10日，全国工会工作会议召开。会上，江苏、广东、四川等省总工会作交流发言。", "全国"),
    ("1月10日，全国总工会召开十八届三次执委会议。会上，上海市总工会、浙江省总工会作交流发言。", "全国"),
])
def test_a_national_meeting_is_not_held_where_its_speakers_come_from(body, province):
    """A national meeting with no venue of its own stays national: the federations that spoke at it, named in another
    sentence of its paragraph, are not where it was held (made up, twenty-first session)."""
    doc = analyse_text(body, ISSUE, title="工会动态")
    evs = [e for e in events.extract(doc) if "会议" in e.name]
    assert evs and all((e.place.unit.province_short if e.place else e.province) == province for e in evs)


@pytest.mark.parametrize("title, body, province", [
    ("劳模疗休养", "5月20日，省总工会组织的首批劳模疗休养团抵达海南三亚，来自全省各地的50名劳模将在此疗休养。", "海南"),
    ("职工运动会开幕", "5月20日，省第五届职工运动会开幕，来自全省各地的2000余名职工参赛。", ""),
])
def test_one_provinces_everywhere_is_no_national_cue(title, body, province):
    """来自全省各地: 各地 of one province names no national story (made up, twenty-first session: a provincial union's
    story had been 全国)."""
    assert analyse_text(body, ISSUE, title=title).primary_province == province


@pytest.mark.parametrize("title, body, province", [
    # the outlet's own people at a national event held elsewhere keep their locality, which the text never names (made up,
    # twenty-first session, from briefs: the venue's province had been the story's) — not one held at home, nor a local one
    ("我市职工在全国大赛获佳绩", "在日前结束的第二届全国职工职业技能大赛上，我市选手张伟获得焊工项目一等奖。大赛在山东济南举行。", ""),
    ("我省选手在全国技能大赛夺金", "第二届全国职工职业技能大赛日前在广东广州落幕，我省选手李强获得电工项目金牌。", ""),
    ("全国大赛在我市开幕", "第二届全国职工职业技能大赛今天在济南开幕。", "山东"),
    ("我市举办职工运动会", "5月10日，我市第五届职工运动会在杭州举行。", "浙江"),
])
def test_the_outlets_own_people_at_a_national_event_elsewhere_keep_their_locality(title, body, province):
    assert analyse_text(body, ISSUE, title=title).primary_province == province


@pytest.mark.parametrize("title, body, province", [
    ("对口援藏", "江苏省总工会近日向西藏拉萨市总工会捐赠200万元，用于建设职工服务中心。这是江苏工会对口援藏的又一举措。", "江苏"),
    ("援疆工作", "浙江省总工会日前向新疆阿克苏地区总工会捐赠100万元。这是浙江工会援疆的又一举措。", "浙江"),
])
def test_where_aid_goes_weighs_as_a_trips_destination(title, body, province):
    """The places aid goes to (援藏, 向西藏…捐赠) weigh as a trip's destinations: the story is the giver's (made up,
    twenty-first session: it had been the recipient's)."""
    assert analyse_text(body, ISSUE, title=title).primary_province == province


@pytest.mark.parametrize("text", ["本市有2人上榜，分别是市第一人民医院护士长王丽和市公交集团驾驶员陈刚。",
                                  "分别是区医院医生李红和区公交公司驾驶员陈刚。"])
def test_a_name_the_tokenizer_glues_to_a_level_is_no_part_of_a_body(text):
    """王丽和市 | 公交集团: the tokenizer reads a person's name, 和 and the next body's level as one name; one ending as a
    level does (迎泽区 read as a person's) opens a body only when it is a place (made up, twenty-first session, from a brief:
    市第一人民医院护士长王丽和市公交集团 had been one body, and an event's organiser)."""
    assert not any(n in o.text for o in analyse_text(text, ISSUE).orgs for n in ("王丽", "李红"))


def test_a_place_inside_a_chain_of_a_companys_units_is_the_units():
    """中国铁路太原局集团有限公司秦皇岛西工务段西张庄探伤车间柳村女子探伤工区 (rmrb_20190228-10-06, a national list in a
    story placed in 北京): the team's 秦皇岛 is its unit's name, no place of the story (the gold had it extra) — but it
    still places the honour where the team is; one unit after a company (…分公司珠海梅华加油站, rmrb_20191014-04-07) is a
    workplace whose place is where things happen."""
    text = ("本报北京2月27日电 全国总工会在北京召开表彰大会。中国铁路太原局集团有限公司秦皇岛西工务段西张庄探伤车间柳村女子探伤工区"
            "等10个集体荣获全国五一巾帼奖状。")
    doc = analyse_text(text, dt.date(2019, 2, 28), title="全国先进女职工集体和个人表彰大会召开")
    assert "秦皇岛" not in [m.text for m in doc.places]
    assert [awards.award_province(a, doc) for a in awards.extract(doc)] == ["河北"]
    doc = analyse_text("不久前，中国石化广东石油分公司珠海梅华加油站“户外劳动者爱心驿站”揭牌。北京市总工会也建了驿站。",
                       dt.date(2019, 10, 14), title="驿站")
    assert "珠海" in [m.text for m in doc.places]


def test_bodies_named_together_are_national_when_each_is():
    """A joint giver or organiser (人力资源和社会保障部、中国残疾人联合会, rmrb_20191030-06-05) is national as each of
    its bodies is; one local body among them makes it local."""
    assert is_national("人力资源和社会保障部、中国残疾人联合会")
    assert not is_national("人力资源和社会保障部、浙江省人民政府")


def test_party_committees_in_general_name_no_one():
    """各级党委, 地方党委 (rmrb_20191028-01-02, rmrb_20200224-04-02) are kinds of body: never an organiser or payer."""
    from etl.analyse.orgs import is_generic
    for text in ("各级党委和政府要担负起公民道德建设的领导责任", "要积极向地方党委和政府反映并指导企业"):
        assert all(is_generic(o.text) for o in analyse_text(text, ISSUE).orgs)


# known misses: kept here so a fix shows up as XPASS
@pytest.mark.xfail(reason="a medal won with a partner (和搭档一起夺冠的胡耿军) is read as 冠军, not the 金牌 the story means",
                   strict=True)
def test_known_miss_partner_gold_medal():
    got = awards.extract(analyse_text("在世技赛移动机器人项目中和搭档一起夺冠的胡耿军，是广州市机电技师学院的学生。", ISSUE))
    assert [(a.award, a.recipient) for a in got] == [("金牌", "胡耿军")]


@pytest.mark.parametrize("text, provinces", [
    # a route's destinations (…至A、B等方向 and a train or a conveyance) are where people go, not where the story is: once a
    # known miss (rmrb_20200117-15-01, whose gold has none of them); the rest made up, thirty-second session
    ("后续还将通过西安至重庆、武汉、郑州等方向高铁列车运输务工人员返乡。", {"陕西"}),
    ("2月10日，广州市总工会开行广州至长沙、南昌方向的务工专列。", {"陕西", "广东"}),
    ("市总工会开通杭州至贵阳方向返乡专车。", {"陕西", "浙江"}),
    ("5月1日，重庆至成都的城际列车开通。", {"陕西", "重庆", "四川"}),  # (no 方向: a line between two places)
])
def test_route_destinations_are_no_story_places(text, provinces):
    doc = analyse_text(text, ISSUE, title="陕西服务农民工")
    assert {p.unit.province_short for p in doc.places} == provinces


def test_prefecture_city_short_forms_are_places():
    """Once a known miss (no province): 酒泉 (jieba's dictionary says n) is the city, as 合肥 and 许昌 are."""
    doc = analyse_text("很多人或许不知道，大庆油田开发前，玉门油田是支撑我国石油工业的顶梁柱。他们继续在开发了几十年的"
                       "酒泉盆地上“精耕细作”。", ISSUE, title="玉门油田的“精耕细作”")
    assert doc.primary_province == "甘肃"


# an honour counted, then a profile of each of those it counted opening on the person's name: a row each in place of
# the count (seventeenth session, from a probe of 5 ways of counting × 9 ways of opening a profile × 3 honours, 405
# names, every one missed; the shapes made up but the first, the People's Daily shape this was a known miss for)
PROFILE_NAMES = ("王建国", "李秀英", "张海涛")


@pytest.mark.parametrize("announce, entry", [
    ("从候选人中评选出2位“大国工匠年度人物”。", "{name} 突破极限精度，他就是——首都航天机械有限公司焊工{name}。"),
    ("近日，“最美职工”评选结果揭晓，3名职工获评“最美职工”。", "{name}：中车株洲电力机车有限公司焊工。扎根一线30年。"),
    ("3名职工荣获“最美职工”称号，他们是：", "【{name}】扎根一线30年，练就一手绝活。"),
    ("市总工会授予3名职工“最美职工”称号。", "{name}，男，1970年生，国网湖北省电力有限公司带电作业班班长。"),
    ("今年共有3人入选“最美职工”。", "{no}. {name}（中国石化镇海炼化分公司高级技师）"),
    ("今年共有3人入选“最美职工”。", "{name}\n中国石化镇海炼化分公司高级技师。扎根一线30年。"),
    ("今年共有3人入选“最美职工”。", "{name}扎根一线30年，练就一手绝活。"),
    # …or on the person's job title and workplace, then the name (the probe's two shapes added later, 90 names missed;
    # LAC reads a verb in 带电作业班班长, so the title's last role before the name decides there)
    ("今年共有3人入选“最美职工”。", "中国石化镇海炼化分公司高级技师{name}：扎根一线30年。"),
    ("3名职工荣获“最美职工”称号，他们是：", "国网湖北省电力有限公司带电作业班班长{name} 攻克技术难题20余项。"),
])
def test_profiles_below_a_count_name_those_it_counted(announce, entry):
    n = 2 if "2位" in announce else 3
    text = "\n".join([announce] + [entry.format(name=name, no=i + 1) for i, name in enumerate(PROFILE_NAMES[:n])])
    got = awards.extract(analyse_text(text + "\n他们是全市职工学习的榜样。", ISSUE, title="全市表彰先进"))
    assert [(a.recipient, a.recipient_count, a.group_count, a.rule) for a in got] == \
        [(name, 1, n, "honour.list") for name in PROFILE_NAMES[:n]]
    assert all(a.award in ("大国工匠年度人物", "最美职工") for a in got)


# ten profiles whose names the model finds hard (eighteenth session, made up from a probe of 12 ways of opening them:
# every one had given the count alone — 竺 and 洪 were no surnames of the list, LAC cut 宁允中 to 宁允 and did not read
# 买买提·艾力, and one name unread had kept all ten unnamed)
HARD_NAMES = ("竺士军", "陈行行", "宁允中", "洪家明", "乔素平", "艾爱民", "欧阳长青", "王进", "买买提·艾力", "郑小红")


@pytest.mark.parametrize("entry", ["{name} 某某公司高级技师。扎根一线多年。", "{name}：某某公司高级技师。", "【{name}】扎根一线多年。",
                                   "{name} 突破极限精度 他就是——某某公司高级技师{name}。"])
def test_profiles_name_those_the_model_finds_hard(entry):
    text = "\n".join(["从候选人中评选出10位“大国工匠年度人物”。"] + [entry.format(name=n) for n in HARD_NAMES])
    got = awards.extract(analyse_text(text + "\n这些职工是全市职工学习的榜样。", ISSUE, title="全市表彰先进"))
    assert [a.recipient for a in got] == list(HARD_NAMES)


def test_most_profiles_named_name_their_people_beside_the_count():
    """Eight of ten profiles opening on a name read as one (two open on what no model reads as a name): the eight are
    named, a row each, and the count of ten stays beside them."""
    names = list(HARD_NAMES[:8]) + ["某甲", "某乙"]
    text = "\n".join(["从候选人中评选出10位“大国工匠年度人物”。"] + [f"{n}：某某公司高级技师。" for n in names])
    got = awards.extract(analyse_text(text, ISSUE, title="全市表彰先进"))
    assert [(a.recipient, a.recipient_count) for a in got] == [("", 10)] + [(n, 1) for n in HARD_NAMES[:8]]


@pytest.mark.parametrize("text", [
    # as many paragraphs opening on a name as the count says, or the count stays: one profile short of three…
    "3名职工荣获“最美职工”称号。\n王建国：扎根一线30年。\n李秀英：攻克技术难题20余项。\n他们是全市职工学习的榜样。",
    # …a name that opens a paragraph twice is one person…
    "3名职工荣获“最美职工”称号。\n王建国：扎根一线30年。\n王建国：攻克技术难题20余项。\n李秀英：坚守岗位。",
    # …and what a person said is no profile of them
    "3名职工荣获“最美职工”称号。\n王建国说，荣誉属于大家。\n李秀英表示，将继续努力。\n张海涛告诉记者，很受鼓舞。",
])
def test_a_count_stays_a_count_unless_its_profiles_name_each(text):
    got = awards.extract(analyse_text(text, ISSUE, title="全市表彰先进"))
    assert [(a.award, a.recipient, a.recipient_count) for a in got] == [("最美职工", "", 3)]


@pytest.mark.parametrize("title, entries", [
    # a roster below its title, read from a file as the ETL reads it (seventeenth session, made up from a probe of 4
    # titles × 6 ways of setting its lines, 72 names: the title line ending in a colon had been joined to the first
    # entry, …获奖名单如下： read 获奖 into the honour, and a title with no 如下 headed nothing — 68 missed)
    ("2023年度“最美职工”获奖名单如下：", ["张建国 市公交集团驾驶员", "李秀英 市第一人民医院护士", "王海涛 市环卫处环卫工"]),
    ("2023年度“最美职工”名单", ["1. 张建国（市公交集团驾驶员）", "2. 李秀英（市第一人民医院护士）", "3. 王海涛（市环卫处环卫工）"]),
    ("获得2023年度“最美职工”称号的是：", ["张建国", "李秀英", "王海涛"]),
    ("3名职工荣获“最美职工”称号，他们是：",
     ["张建国：市公交集团驾驶员。扎根一线30年。", "李秀英：市第一人民医院护士。", "王海涛：市环卫处环卫工。"]),
])
def test_a_roster_below_its_title_in_a_file(title, entries):
    text = "市总工会公布最美职工名单\n\n本报讯 市总工会近日公布2023年度“最美职工”评选结果。\n" + title + "\n" + "\n".join(entries)
    tables = process_text(read_source(Path("roster_20230501.txt"), text.encode())).tables()
    assert sorted((r["award"], r["recipient"]) for r in tables["awards"]) == \
        [("最美职工", name) for name in ("张建国", "李秀英", "王海涛")]


@pytest.mark.parametrize("decision, entries, rows", [
    # a grant to those the lines below name, the file's first lines under its headline (made up, twenty-sixth session,
    # from a union site's notice: the decision and its roster had been read as the headline, its last name the title,
    # and no row made)
    ("经基层推荐和社会公示，市总工会决定授予以下3名职工2025年度“金牌职工”称号（排名不分先后）：",
     ["张伟（市公交集团驾驶员）", "李娜（市第一人民医院护士）", "王强（市自来水公司维修工）"],
     [("金牌职工", w, "person") for w in ("张伟", "李娜", "王强")]),
    ("区总工会决定授予下列同志“优秀工会工作者”称号：", ["张三（区人民医院工会主席）", "李四（区供电公司工会副主席）"],
     [("优秀工会工作者", w, "person") for w in ("张三", "李四")]),
    ("市总工会决定，命名以下单位为2025年度市级“模范职工之家”：", ["市公交集团工会", "市第一人民医院工会"],
     [("市级“模范职工之家”", w, "unit") for w in ("市公交集团工会", "市第一人民医院工会")]),
])
def test_a_grant_to_those_the_lines_below_name(decision, entries, rows):
    text = "市总工会表彰一批先进\n\n" + decision + "\n" + "\n".join(entries) + "\n希望受到表彰的同志珍惜荣誉。"
    tables = process_text(read_source(Path("notice_20251201.txt"), text.encode())).tables()
    assert [a["title"] for a in tables["articles"]] == ["市总工会表彰一批先进"]
    assert [(r["award"], r["recipient"], r["recipient_kind"]) for r in tables["awards"]] == rows


@pytest.mark.parametrize("text, titles, rows", [
    # a notice: its addressees under its title, and a designation of those the lines below name (made up, twenty-seventh
    # session, from a union's notice: the addressees had headed it, its title lost, and the names below had been
    # headlines, the last one heading the notice's closing line)
    ("市总工会关于命名2025年度市级职工创新工作室的通知\n各县（市、区）总工会：\n经研究，决定命名以下3个工作室为2025年度市级职工创新工作室：\n"
     "张明劳模创新工作室（市钢铁集团）\n李红技能大师工作室（市第一人民医院）\n王强职工创新工作室（市供电公司）\n每个工作室给予2万元经费补助。",
     ["市总工会关于命名2025年度市级职工创新工作室的通知"],
     [("市级职工创新工作室", w) for w in ("张明劳模创新工作室", "李红技能大师工作室", "王强职工创新工作室")]),
    ("区总工会关于表彰优秀工会工作者的决定\n各基层工会：\n区总工会决定授予下列同志“优秀工会工作者”称号：\n张三（区人民医院工会主席）\n"
     "李四（区供电公司工会副主席）\n希望受到表彰的同志珍惜荣誉。",
     ["区总工会关于表彰优秀工会工作者的决定"], [("优秀工会工作者", w) for w in ("张三", "李四")]),
    # …and, on a page printed bare, a line reporting something over a paragraph telling it, after the roster's last
    # name, opens the next brief (made up, twenty-seventh session, from briefs composed bare)
    ("市总工会公布2025年度“金牌职工”名单\n市总工会决定授予以下2名职工2025年度“金牌职工”称号：\n张伟（市公交集团驾驶员）\n"
     "李娜（市第一人民医院护士）\n东北三省工会联合开展劳动竞赛\n东北三省总工会联合启动“振兴东北”劳动竞赛。",
     ["市总工会公布2025年度“金牌职工”名单", "东北三省工会联合开展劳动竞赛"], [("金牌职工", w) for w in ("张伟", "李娜")]),
    # a roster's line of units under its title on a page of several pieces is its text, no headline, and the title over it
    # opens a piece after a brief (made up, twenty-seventh session, from rosters composed into pages: the line had been
    # the headline, or the title a paragraph of the brief before)
    ("工会为一线职工购买保险\n本报讯 3月1日，市总工会投入资金200万元为5万名一线职工购买意外伤害保险。\n省级模范职工之家名单\n"
     "市公交集团工会、市第二人民医院工会、某纺织有限公司工会\n以上单位被省总工会命名为2025年度“省级模范职工之家”。",
     ["工会为一线职工购买保险", "省级模范职工之家名单"],
     [("省级模范职工之家", w) for w in ("市公交集团工会", "市第二人民医院工会", "某纺织有限公司工会")]),
    # …and so does one over the clause introducing its list (made up, twenty-seventh session: the title and the roster
    # had been the brief before's)
    ("区总工会表彰优秀工会工作者\n区总工会日前印发通知，表彰2024年度优秀工会工作者和工会积极分子。李明、王芳等20名同志被评为优秀工会工作者。\n"
     "2025年度“金牌职工”名单\n经基层推荐、资格审查、评审委员会评审和社会公示，决定授予以下20名同志2025年度市“金牌职工”称号：\n"
     "1. 王建华　市供电公司\n2. 李秀英　市第一人民医院",
     ["区总工会表彰优秀工会工作者", "2025年度“金牌职工”名单"],
     [("优秀工会工作者", "李明"), ("优秀工会工作者", "王芳"), ("市“金牌职工”", "王建华"), ("市“金牌职工”", "李秀英")]),
    ("省级模范职工之家名单\n市公交集团工会、市第二人民医院工会、某纺织有限公司工会\n以上单位被省总工会命名为2025年度“省级模范职工之家”。\n"
     "工会捐款助力防汛\n本报讯 7月30日，市总工会、市慈善总会各捐款50万元，支持受灾地区职工恢复生产生活。",
     ["省级模范职工之家名单", "工会捐款助力防汛"],
     [("省级模范职工之家", w) for w in ("市公交集团工会", "市第二人民医院工会", "某纺织有限公司工会")]),
])
def test_a_notice_its_addressees_and_its_list(text, titles, rows):
    tables = process_text(read_source(Path("notice_20251201.txt"), text.encode())).tables()
    assert [a["title"] for a in tables["articles"]] == titles
    assert [(r["award"], r["recipient"]) for r in tables["awards"]] == rows


@pytest.mark.parametrize("text, rows", [
    # a notice's money where its paragraph names no body is the one union its title names, and a studio it funds is
    # union work (made up, twenty-seventh session, from a union's notices: no row, or no payer) — a column's label,
    # 工会 alone, names none
    ("市总工会关于命名2025年度市级职工创新工作室的通知\n各县（市、区）总工会：\n经研究，决定命名以下3个工作室为2025年度市级职工创新工作室：\n"
     "张明劳模创新工作室（市钢铁集团）\n李红技能大师工作室（市第一人民医院）\n王强职工创新工作室（市供电公司）\n每个工作室给予2万元经费补助。",
     [(20000.0, "市总工会", "rate")]),
    ("区总工会关于开展2025年金秋助学活动的通知\n各基层工会：\n对考入本科院校的困难职工子女，每人资助5000元。", [(5000.0, "区总工会", "rate")]),
    ("工会动态\n截至11月底，全省职工医疗互助保障参保职工达120万人，累计发放互助金1.5亿元。", [(150000000.0, "", "cumulative")]),
    # each pack's worth is one share (made up, twenty-ninth session, from a roundup: it had been a gift of 300元)
    ("工会送年货\n1月20日，深圳市总工会为留深过年的2万名外来务工人员送上年货礼包，每份价值300元。", [(300.0, "深圳市总工会", "rate")]),
    # …as each coupon's or ticket's face value is (made up, thirtieth session, from briefs: it had been money given)
    ("工会发放消费券\n近日，苏州市总工会发放总额1000万元的职工消费券，每张面值100元。",
     [(10000000.0, "苏州市总工会", "granted"), (100.0, "苏州市总工会", "rate")]),
    ("工会送电影票\n7月1日，市总工会向一线职工发放电影票2000张，每张价值50元。", [(50.0, "市总工会", "rate")]),
])
def test_a_notices_money_is_its_issuers(text, rows):
    tables = process_text(read_source(Path("notice_20251201.txt"), text.encode())).tables()
    assert [(r["amount_yuan"], r["payer"], r["flow"]) for r in tables["funding"]] == rows


@pytest.mark.parametrize("sections", [
    # a published roster, honour by honour under section headings, read from a page as the ETL reads it (eighteenth
    # session, made up from a probe of 5 ways of heading a section × 8 ways of setting its names × 3 of its units, 720
    # names: a row of names, 张建国　李秀英, had been read as the byline of a new article headed by its section; 获奖单位
    # framed no section; 【…】 marked none; a description before the name, a group's label over its names, a city and
    # a colon before them and a two-character name padded to the column, 王　强, had each lost the names — 269 missed)
    ["河南省五一劳动奖状（3个）", "郑州宇通客车股份有限公司", "河南省人民医院", "中铁七局集团第三工程有限公司",
     "河南省五一劳动奖章（3名）", "张建国\u3000李秀英\u3000王\u3000强"],
    ["一、河南省五一劳动奖状", "郑州宇通客车股份有限公司、河南省人民医院、中铁七局集团第三工程有限公司",
     "二、河南省五一劳动奖章", "郑州煤矿机械集团股份有限公司焊工 张建国", "洛阳市第一人民医院护士长 李秀英",
     "国网新乡供电公司运维班班长 王强"],
    ["河南省五一劳动奖状获奖单位", "1. 郑州宇通客车股份有限公司", "2. 河南省人民医院", "3. 中铁七局集团第三工程有限公司",
     "河南省五一劳动奖章获得者", "郑州市（2名）", "张建国\u3000李秀英", "新乡市（1名）", "王强"],
    ["【河南省五一劳动奖状】", "郑州宇通客车股份有限公司", "河南省人民医院", "中铁七局集团第三工程有限公司",
     "【河南省五一劳动奖章】", "郑州市：张建国、李秀英", "新乡市：王强"],
    ["获得河南省五一劳动奖状的单位：", "郑州宇通客车股份有限公司", "河南省人民医院", "中铁七局集团第三工程有限公司",
     "获得河南省五一劳动奖章的个人：", "张建国\u3000李秀英\u3000王强"],
])
def test_a_published_roster_by_sections(sections):
    page = ("2023年河南省五一劳动奖和工人先锋号名单\n\n本报讯 近日，河南省总工会印发决定，对先进集体和个人予以表彰。"
            "名单如下：\n" + "\n".join(sections) + "\n\n市总工会举办职工运动会\n黄榆\n5月1日，市总工会举办职工运动会。")
    tables = process_text(read_source(Path("roster_20230428.txt"), page.encode())).tables()
    assert [a["title"] for a in tables["articles"]] == ["2023年河南省五一劳动奖和工人先锋号名单", "市总工会举办职工运动会"]
    assert sorted((r["award"], r["recipient"], r["recipient_kind"]) for r in tables["awards"]) == sorted(
        [("河南省五一劳动奖状", unit, "unit") for unit in ("郑州宇通客车股份有限公司", "河南省人民医院", "中铁七局集团第三工程有限公司")]
        + [("河南省五一劳动奖章", name, "person") for name in ("张建国", "李秀英", "王强")])


@pytest.mark.parametrize("body, names", [
    # many of a kind counted are a tally of the work, no one event (made up from a brief written as a probe; real in
    # rmrb_20200227-13-01's 已召开网络招聘会783场 and rmrb_20190221-18-02's 共召开5次研究分析会: rule event.skip.tally —
    # a series announced, rmrb_20200229-02-04's 将举办…等6场网络招聘活动, stays one event: test_event_names_are_whole)
    ("今年以来，全市共签订工资专项集体合同1200份，覆盖企业3000家、职工30万人。", []),
    ("今年以来，市总工会共举办职工技能培训班30期，培训职工5000人次。", []),
    ("全年，市职工服务中心召开理事会3次。", []),
    # …one, or an ordinal, is one event
    ("5月12日，市总工会举办一场职工技能培训班。", ["职工技能培训班"]),
    ("5月12日，市总工会举办第3期职工技能培训班。", ["第3期职工技能培训班"]),
    # …and money given in a running total, however dated (made up, twenty-sixth session, from briefs: a gift on 11月底;
    # rmrb_20200224-04-02's 截至2月18日，东风…累计向湖北捐赠现金5100万元 too)
    ("截至11月底，全省职工医疗互助保障累计发放互助金1.5亿元。", []),
    ("今年以来，市总工会累计发放困难职工帮扶金300万元。", []),
    ("5月12日，市总工会发放困难职工帮扶金300万元。", ["发放困难职工帮扶金300万元"]),
    # …累计 further back in the act's clause, or a clause of its own before that names the day the total runs to (made
    # up, twenty-ninth session, from briefs: gifts on 1 January and on 11月底)
    ("今年以来，宿州市总工会已累计为1800余名患病职工发放互助保障金260万元。", []),
    ("2024年，淮南市总工会累计为困难职工发放救助金300万元。", []),
    ("截至11月底，蚌埠市总工会已为1200名职工发放互助金150万元，惠及全市300余家企业。", []),
    ("11月28日，蚌埠市总工会为1200名职工发放互助金150万元。", ["发放互助金150万元"]),
    # …and how many took part in people-times right after the noun, in a sentence dated by a year (rmrb_20200117-06-02;
    # made up, twenty-ninth session) — not one day's class and its trainees
    ("2022年开展补贴性职业技能培训超过1600万人次，超额完成全年1500万人次的培训目标。", []),
    ("2022年，市总工会共开展新就业形态劳动者技能培训12万人次。", []),
    ("5月12日，市总工会举办职工技能培训班，培训职工200人次。", ["职工技能培训班"]),
    # …and with 共 in a sentence dated by a year or a span of one, the year's total (made up, twenty-eighth session, from
    # briefs: a 30万元 gift on 1 January) — not one dated by its day
    ("据悉，今年平度市总工会共投入“送清凉”资金30万元，覆盖全市17个镇街的5000余名户外劳动者。", []),
    ("全年，县总工会共发放困难职工帮扶金80万元，帮扶困难职工600户。", []),
    ("今年以来，区总工会共筹集送温暖资金50万元。", []),
    ("1月20日，市总工会共发放慰问金20万元，慰问困难职工200户。", ["发放慰问金20万元"]),
    # …or by a quarter or a span of months (made up, thirty-first session, from briefs: a gift on the quarter's first
    # day)
    ("一季度，省总工会共发放各类帮扶资金3200万元，惠及困难职工1.5万户。", []),
    ("1至10月，全市各级工会共筹集送温暖资金2800万元。", []),
    # …or a half-year, whom it went to between 共 and the verb (made up, thirty-second session, from briefs: a gift on the
    # half-year's first day) — not on a day
    ("今年上半年，县总工会共为286名困难职工发放生活救助金57.2万元。", []),
    ("今年以来，市总工会共向1200名一线职工发放慰问金60万元。", []),
    ("1月20日，市总工会共为300名困难职工发放慰问金30万元。", ["发放慰问金30万元"]),
    # …and goods bought in a sentence so dated, with or without 共 (made up, twenty-eighth session, from briefs: the year's
    # purchases had been an event) — not goods bought on a day
    ("市总工会今年通过工会会员普惠活动采购扶贫产品1200万元。", []),
    ("全省各级工会今年采购扶贫产品3.5亿元，带动脱贫户增收。", []),
    ("2月1日，市总工会组织各级工会采购帮扶地区农副产品120万元，作为节日慰问品发放给一线职工。", ["采购帮扶地区农副产品120万元"]),
    # …and events of several kinds listed after 先后, 陆续 or 相继 in a sentence dated by a year or a span of one (made up,
    # thirtieth session, from briefs: the list had been one event) — not several held one after another on a day
    ("今年以来，市总工会先后举办了职工运动会、职工技能大赛、劳模事迹报告会等活动，累计服务职工10万人次。", []),
    ("2022年，区总工会相继开展了送清凉、金秋助学、冬送温暖等活动，惠及职工2万人次。", []),
    ("2月6日，市总工会先后举办了职工篮球赛、乒乓球赛和拔河比赛。", ["职工篮球赛、乒乓球赛和拔河比赛"]),
    # …and what an action set up, counted at its clause's end (made up, thirty-second session, from briefs: the year's
    # foundings had been one)
    ("今年以来，全市新成立工会组织120家，新发展会员1.5万人。", []),
    ("今年，县总工会新揭牌职工驿站20个，服务户外劳动者5万人次。", []),
    ("3月8日，县总工会为新建职工驿站揭牌。", ["新建职工驿站揭牌"]),
])
def test_a_tally_of_events_is_no_event(body, names):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="标题"))] == names


@pytest.mark.parametrize("title, body, names", [
    # …and a span of years right before the act, no comma after it, in a headline over a running total (made up,
    # thirtieth session, from briefs: the headline's tally had been an undated event) — not the year's place in a run
    ("三年筹集帮扶资金5亿元", "记者从省总工会获悉，近3年来，全省各级工会累计筹集帮扶资金5亿元，帮扶困难职工30万人次。", []),
    ("市总工会五年投入帮扶资金3000万元", "据了解，2019年以来，市总工会累计投入帮扶资金3000万元，帮扶困难职工1.2万户。", []),
    ("市总工会连续第三年发放助学金", "8月20日，市总工会为200名困难职工子女发放助学金60万元。", ["发放助学金60万元"]),
])
def test_a_headlines_tally_over_years_is_no_event(title, body, names):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title=title))] == names


def test_a_ceremony_of_giving_is_the_headlines_gift():
    """“金秋助学”金发放仪式 under 市总工会金秋助学送温暖 is the headline's gift, one event (made up, a brief written as a
    probe: a ceremony and a donation had been two events of one day); 助学 gives as 帮扶 does — the real 金秋助学 of
    the sample page and rmrb's 大庆 story."""
    text = "8月23日，市总工会举行“金秋助学”金发放仪式，为500名困难职工子女发放助学金150万元，每人3000元。"
    evs = events.extract(analyse_text(text, dt.date(2023, 8, 25), title="市总工会金秋助学送温暖"))
    assert [(e.event_type, e.date_start.isoformat()) for e in evs] == [("donation", "2023-08-23")]


def test_partners_and_the_province_of_the_venue_name_the_organisers():
    """省总工会与省人社厅在郑州签订…协议: both sign though the venue stands between the partner and the verb, and the
    省总工会 is 河南's, where the venue lies (made up, a brief written as a probe: 省总工会 alone before)."""
    text = "3月1日，省总工会与省人社厅在郑州签订《关于推进产业工人队伍建设改革的合作协议》。"
    evs = events.extract(analyse_text(text, dt.date(2023, 3, 2), title="省总工会与省人社厅签订合作协议"))
    assert [(e.event_type, e.organizer) for e in evs] == [("agreement", "河南省总工会、省人社厅")]


@pytest.mark.parametrize("title, body, province", [
    # where a trip goes weighs as a list's places do, once each: the story is where it sets out from and who sends it
    # (made up, a brief written as a probe: 广州、深圳 in the lead had made it 广东's; and the probe of primary provinces'
    # 郑州市总工会组织50名劳模赴海南三亚疗休养, 海南 before)
    ("农民工返岗专列发车", "2月3日，由省总工会、省人社厅联合开行的“春风行动”农民工返岗专列从信阳站发车，1200名农民工免费乘车"
     "前往广州、深圳等地。", "河南"),
    ("劳模疗休养", "日前，郑州市总工会组织50名劳模赴海南三亚疗休养。", "河南"),
])
def test_where_a_trip_goes_is_not_where_the_story_is(title, body, province):
    assert analyse_text(body, ISSUE, title=title).primary_province == province


def test_a_union_is_not_named_after_where_it_sends_its_people():
    """市总工会组织…劳模赴浙江舟山疗休养: the 市总工会 is the outlet's own, not 舟山市总工会 (made up, a brief written as a
    probe: the trip's destination had completed the union's name)."""
    text = "7月8日，市总工会组织的2023年首批劳模疗休养活动启程，60名劳动模范赴浙江舟山开展为期5天的疗休养。"
    evs = events.extract(analyse_text(text, dt.date(2023, 7, 10), title="首批劳模疗休养启程"))
    assert [e.organizer for e in evs] == ["市总工会"]


@pytest.mark.parametrize("text, rows", [
    # a unit referred back to (该工作室, 该公司) is the one of that kind the article named before (made up, a brief written
    # as a probe: 该工作室去年被命名为… had given nothing); with none named before, none
    ("6月18日上午，王大山劳模创新工作室揭牌仪式在中铁十二局第三工程有限公司举行。该工作室去年被命名为省级劳模创新工作室。",
     [("省级劳模创新工作室", "王大山劳模创新工作室")]),
    ("中铁十二局集团第三工程有限公司承建了多项重点工程。近日，该公司荣获全国五一劳动奖状。",
     [("全国五一劳动奖状", "中铁十二局集团第三工程有限公司")]),
    ("近日，该公司荣获全国五一劳动奖状。", []),
    # …or by its kind alone, the clause's whole subject (made up, twenty-seventh session, from a profile: no row)
    ("去年，公司成立“李刚劳模创新工作室”，他带领团队开展技术攻关20余项。今年4月，工作室被命名为全国示范性劳模和工匠人才创新工作室。",
     [("全国示范性劳模和工匠人才创新工作室", "李刚劳模创新工作室")]),
    ("市供电公司变电运维班现有职工20人。今年，班组荣获全国工人先锋号。", [("全国工人先锋号", "市供电公司变电运维班")]),
    ("近日，工作室被命名为市级劳模创新工作室。", []),
    # (…a team by the category word, 该班组, for one named …班 or …组)
    ("国网山东电力公司运维班现有职工20人，平均年龄32岁。该班组今年荣获全国工人先锋号。", [("全国工人先锋号", "国网山东电力公司运维班")]),
    # a team's number ends its name, no count of teams (清扫一组 had given none), and a base is named whole as a unit is
    # (红星社区职工书屋 had been cut to 书屋 after 职工, and dropped; made up, a probe of recipients' kinds)
    ("近日，市环卫处清扫一组荣获全国工人先锋号称号。", [("全国工人先锋号", "市环卫处清扫一组")]),
    ("近日，红星社区职工书屋荣获全国职工书屋示范点称号。", [("全国职工书屋示范点", "红星社区职工书屋")]),
])
def test_a_unit_referred_back_to_is_the_one_named_before(text, rows):
    assert [(a.award, a.recipient) for a in awards.extract(analyse_text(text, ISSUE, title="标题"))] == rows


@pytest.mark.parametrize("text, rows", [
    # …a short unit too, 他带领的班组, 她所在的车间, though NOT_RECIPIENT turns away a 他 and a few characters (made up,
    # twenty-fifth session, from a profile: 今年，他带领的班组还被评为… had given no row); a 他 no one named stands for
    # gives none
    ("刘建军是变电检修班班长。今年，他带领的班组还被评为“全国工人先锋号”。", [("全国工人先锋号", "刘建军带领的班组")]),
    ("李秀英是市第一人民医院的护士长。今年，她所在的科室获评全国巾帼文明岗。", [("全国巾帼文明岗", "李秀英所在的科室")]),
    ("他带领的班组被授予“全国工人先锋号”。", []),
])
def test_a_short_unit_its_owners_pronoun_names(text, rows):
    got = awards.extract(analyse_text(text, ISSUE, title="标题"))
    assert [(a.award, a.recipient) for a in got] == rows


def test_a_unit_named_by_its_owners_pronoun_is_named_by_the_owner():
    """他带领的创新工作室 in a profile of one person is 王大山带领的创新工作室 (made up, from a profile written to probe a
    life's record: the row had named 他), the person by LAC's names where the tokenizer cuts them (王大 + 山)."""
    text = ("4月28日，在中铁十二局集团第三工程有限公司的焊接车间里，52岁的王大山正俯身操作。\n王大山1990年参加工作。"
            "今年，王大山荣获全国五一劳动奖章。\n近年来，他带领的创新工作室被命名为省级劳模创新工作室。")
    got = awards.extract(analyse_text(text, ISSUE, title="焊花飞舞铸匠心"))
    assert [(a.award, a.recipient) for a in got] == [("全国五一劳动奖章", "王大山"),
                                                     ("省级劳模创新工作室", "王大山带领的创新工作室")]


def test_a_profiled_recipients_evidence_is_the_count_and_the_profile():
    """The evidence of a row from a count and a profile far below it: the two sentences, not every line between."""
    text = ("从候选人中评选出2位“大国工匠年度人物”。\n高凤林 突破极限精度，将“龙的轨迹”划入太空。\n他扎根一线30年。\n"
            "李万君 一把焊枪，一双妙手，他就是——中车长春轨道客车股份有限公司电焊工李万君。")
    doc = analyse_text(text, ISSUE, title="“大国工匠年度人物”发布活动")
    last = awards.extract(doc)[-1]
    assert last.recipient == "李万君"
    assert doc.evidence(last.start, last.end)["evidence"] == \
        "从候选人中评选出2位“大国工匠年度人物”。……李万君 一把焊枪，一双妙手，他就是——中车长春轨道客车股份有限公司电焊工李万君。"


def test_an_activity_named_by_its_giving_is_a_donation_and_one_with_the_headlines():
    """tzrb_20160204-00-01: the lead's 走访慰问活动 had been an activity beside the headline's 送温暖 (a donation) —
    two rows for one campaign; typed by the giving its name holds (慰问), as the trigger table types 慰问, they merge."""
    evs = events.extract(analyse_text("猴年新春到来之际，姜堰区总工会广泛开展“情系职工·温暖万家”走访慰问活动，帮助特困职工家庭解决实际困难。",
                                      dt.date(2016, 2, 4), title="姜堰总工会节前送温暖"))
    assert [(e.event_type, e.name, e.organizer) for e in evs] == [("donation", "送温暖", "姜堰区总工会")]


def test_each_gift_of_a_sentence_is_its_givers_event():
    """A gift named by its sum alone is an event, each of a sentence's gifts its own with the body before it as giver
    (rmrb_20200224-04-02's sentence, dated here: it had no event, and merged would have given the union the
    enterprises' 2000万元; rmrb_20200227-15-05's 国开行…首批捐款人民币2000万元)."""
    evs = events.extract(analyse_text("2月20日，安徽省属国有企业向湖北捐款2000万元，省总工会捐赠330万元。", dt.date(2020, 2, 24),
                                      title="安徽支援湖北"))
    assert [(e.name, e.organizer) for e in evs] == [("捐款2000万元", ""), ("捐赠330万元", "安徽省总工会")]
    evs = events.extract(analyse_text("1月27日，国开行向湖北省慈善总会首批捐款人民币2000万元，全力支持湖北防控新冠肺炎疫情。",
                                      dt.date(2020, 2, 27), title="标题"))
    assert [(e.name, e.organizer) for e in evs] == [("捐款人民币2000万元", "国开行")]


@pytest.mark.parametrize("title, body, day", [
    # the day the reporter learnt the news is not the act's when the act has its own (made up, twenty-third session,
    # from briefs: both had been dated the day the news came)
    ("劳动竞赛推进会召开", "记者3月12日从省总工会获悉，3月10日，全省重点工程劳动竞赛推进会在南昌召开。", "2025-03-10"),
    ("市总工会启动职工疗休养", "记者5月20日从市总工会了解到，5月18日，今年首批200名一线职工踏上疗休养之旅。", "2025-05-18"),
    ("帮扶资金下拨", "1月8日，记者从省总工会获悉，1月6日，省总工会下拨帮扶资金2000万元。", "2025-01-06"),
    # …and it stands for the act's when the act has none but an approximate day (grrb_20220908-02-05)
    ("省总安排600万元专款支持疫情防控", "9月6日，记者从贵州省总工会获悉，针对近日出现的新冠肺炎疫情，贵州省总从本级统筹资金中"
     "安排600万元专款。", "2025-09-06"),
])
def test_the_day_the_news_came_is_not_the_acts(title, body, day):
    evs = events.extract(analyse_text(body, dt.date(2025, 12, 1), title=title))
    assert [e.date_start.isoformat() for e in evs] == [day]


@pytest.mark.parametrize("body, names", [
    # a plan dated only by the day the news came, or by its year, is no event yet (made up, twenty-third session, from a
    # brief: it had been an event of the day before the issue); a plan the sentence dates is announced
    ("记者日前从市总工会获悉，今年该市将投入资金200万元，开展“职工心理关爱行动”。", []),
    ("记者日前从省总工会获悉，省总工会将于6月启动“安康杯”竞赛活动。", ["“安康杯”竞赛活动"]),
    # …and 将 that is no plan (春节将至) leaves a dated act reported (rmrb_20200108-02-07)
    ("春节将至，为了让农民工能带足工钱回家过年，《保障农民工工资支付条例》近日发布。", ["《保障农民工工资支付条例》"]),
])
def test_a_plan_the_news_came_of_is_no_event_yet(body, names):
    evs = events.extract(analyse_text(body, dt.date(2025, 12, 1), title="标题"))
    assert [e.name for e in evs] == names


@pytest.mark.parametrize("title, body, names", [
    # a headline's work deployed is told by the body — its notice or meeting —, no event of its own beside it (made up,
    # twenty-third session, from briefs: 全总部署送温暖工作 had been a gift beside the body's notice); a headline's act
    # done stays one
    ("全总部署送温暖工作", "全国总工会日前印发通知，部署2026年元旦春节送温暖活动。", ["全国总工会印发通知"]),
    # (…and a body's work deployed is its notice too, not work done that day — since the thirty-first session, made up from
    # national briefs: 全国总工会下发通知，部署各级工会开展…送温暖活动 had been the campaign held the notice's day)
    ("省总工会部署“安康杯”竞赛活动", "4月2日，省总工会、省应急管理厅联合下发通知，部署开展2025年“安康杯”竞赛活动。",
     ["省总工会、省应急管理厅联合下发通知"]),
    ("全总部署开展“两节”送温暖活动", "近日，全国总工会下发通知，部署各级工会开展2026年元旦春节送温暖活动。",
     ["全国总工会下发通知"]),
    ("工会动态", "1月5日，市总工会召开会议，部署开展2026年送温暖活动。", ["市总工会召开会议"]),
    ("市总工会启动送温暖活动", "1月10日，市总工会启动“两节”送温暖活动。", ["“两节”送温暖活动"]),
])
def test_a_headlines_work_deployed_is_the_bodys_to_tell(title, body, names):
    evs = events.extract(analyse_text(body, dt.date(2025, 12, 1), title=title))
    assert [e.name for e in evs] == names


@pytest.mark.parametrize("body, names", [
    # an act with no event noun, the same body's on the same day, is part of its paragraph's named event of its kind
    # (made up, twenty-third session, from briefs: one campaign had been two events); another body's, or another day's,
    # is its own
    ("7月15日，市总工会启动“夏送清凉”活动。当天，市总工会领导来到高温作业一线，为建设者送去绿豆汤、西瓜等防暑降温物品。",
     ["“夏送清凉”活动"]),
    ("1月10日，县总工会开展“两节”送温暖活动。当天，县总工会走访慰问困难职工50户。", ["“两节”送温暖活动"]),
    ("1月10日，县总工会开展“两节”送温暖活动。1月12日，县总工会走访慰问困难职工50户。",
     ["“两节”送温暖活动", "县总工会走访慰问"]),
])
def test_an_act_on_the_day_of_a_named_event_is_part_of_it(body, names):
    evs = events.extract(analyse_text(body, dt.date(2025, 12, 1), title="标题"))
    assert [e.name for e in evs] == names


@pytest.mark.parametrize("body, issue, names", [
    # an act opening a span of time up to now is no event of the article's time (rule event.skip.since)
    ("2020年是中共中央、国务院印发《新时期产业工人队伍建设改革方案》的第三年。", "2020-05-04", []),
    # …unless its clause dates it to the issue's year or the one before (rmrb_20200110-14-04)
    ("记者从宁夏人力资源和社会保障厅获悉：自去年11月15日开展根治欠薪冬季攻坚行动以来，宁夏全区已为5055名劳动者追回工资。",
     "2020-01-10", ["根治欠薪冬季攻坚行动"]),
    # an anniversary in the event's own name is no frame (the sample page; made up)
    ("近日,福建省总工会举办全省工会系统纪念林祥谦烈士牺牲100周年宣讲会。", "2023-03-02",
     ["全省工会系统纪念林祥谦烈士牺牲100周年宣讲会"]),
    ("3月1日，市总工会举办庆祝成立70周年大会。", "2025-05-01", ["庆祝成立70周年大会"]),
])
def test_an_act_since_long_ago_is_no_event(body, issue, names):
    evs = events.extract(analyse_text(body, dt.date.fromisoformat(issue), title="标题"))
    assert [e.name for e in evs] == names


def test_an_event_before_the_festival_is_dated_to_the_weeks_before_the_issue():
    """节前 / 年前 with no festival named (rmrb_20200121-13-01, tzrb_20160204's headline 姜堰总工会节前送温暖): the weeks
    before the issue, approximate — it had been no date at all; 三年前 (years ago) and 当年前三季度 are none."""
    evs = events.extract(analyse_text("年前，福州市鼓楼区开展走访活动，慰问环卫工人等一线劳动者。", dt.date(2020, 1, 21),
                                      title="标题"))
    assert [(e.name, e.date_start, e.date_end, e.date_approx) for e in evs] == [
        ("走访活动", dt.date(2020, 1, 1), dt.date(2020, 1, 21), True)]
    assert [d.text for d in find_dates("三年前，他来到深圳。当年前三季度，产值增长。", dt.date(2020, 1, 21))] == ["三季度"]


# ---------------------------------------------------------------- segmentation
@pytest.mark.parametrize("a, b, broken", [
    ("据悉，“六有六规范”建设，即有依法选举的工会主席、有独立健全的组织机构、有服务职工的活动载体、"
     "以及在队伍建设、组织机构、履行", "职能、制度机制、职工之家建设等方面规范化。", True),
    ("“我们打算花3年时间建成18个乡镇工", "会和部分企业工会职工之家。”", True),
    ("开展劳模（职工）疗休养活动是工会组织", "的特色服务之一。", True),
    ("根据协议，洛阳、成都两地工会将结合产", "业优势，组织两地职工。", True),
    ("突出问题导向，加强党建引领", "据悉，“六有六规范”建设。", False),
    ("从“建起来”到“活起来”", "本报通讯员 胡青松", False),
    ("人文景观。 本报通讯员 胡青飞", "学雷锋志愿服务进社区", False),
    # a paragraph that ends a sentence and then credits its writers or photographer ends there: the next line
    # is not its continuation (grrb_20160617, czwb_20200109, grrb_20140722 composed into one page)
    ("沈阳铁路局工会一改过去“上边演下边看”的慰问职工传统，转而开展职工能广泛参与的趣味娱乐活动。该活动将持续到6月底。"
     "（刘丽萍 顾威）", "广东代表团抵京参会", False),
    ("据了解，今年春节前，市总将为市本级特困职工家庭实现微心愿68个，为一线职工送上爱心礼包近2000份。（市总宣 吕亦菲）",
     "冰与火的考验", False),
    ("在该市一家制冰厂内，制冰的工人师傅却穿着棉大衣在零下10摄氏度的冷库里忙着运冰，干得热火朝天。孟德龙 摄",
     "连续几天的高温，让扬州市变成一个巨大的“桑拿房”。", False),
    # (seventeenth session, made up from a probe of rosters and profiles below their introduction) a list's entry
    # under the colon that introduces it is its own line — the roster's first name had been joined to its title and
    # read as the title's, the rest lost; a name alone on its line heads what follows (周丽华 / 中车…: 华中 a word);
    # a name and its colon alone are a headline's first part still (rmrb_20200123-08-02, rmrb_20200512-15-09)
    ("2023年度“最美职工”获奖名单如下：", "张建国 市公交集团驾驶员", False),
    ("3名职工荣获“最美职工”称号，他们是：", "1. 张建国（市公交集团驾驶员）", False),
    ("3名职工荣获“最美职工”称号，他们是：", "王建国：中国石化镇海炼化分公司高级技师。扎根一线30年。", False),
    ("3名职工荣获“最美职工”称号，他们是：", "中国石化镇海炼化分公司高级技师王建国：扎根一线30年，练就一手绝活。", False),
    ("这个疑惑，直到2014年莫高窟数字展示中心投运，才得以消解：", "“影片中，每一尊雕塑、每一幅壁画，都分毫不差。", True),
    ("周丽华", "中车株洲电力机车有限公司焊工。她坚守岗位，被工友们称为“女状元”。", False),
    ("和贵华：", "义无反顾 勇救儿童（为了民族复兴·英雄烈士谱）", True),
    ("金海：", "“草原保尔” 献身学术（为了民族复兴·英雄烈士谱）", True),
    # (twentieth session, made up from a page of briefs) a word across the break is one of the dictionaries', not one
    # the tokenizer's HMM guesses at: 托管班 | 市总工会 had read 班市, and a brief's headline had run into its text; a word of
    # the dictionary cut at a column's end still joins (乡镇工 | 会和…)
    ("工会为职工子女办起暑期托管班", "市总工会联合市教育局在全市设立的30个“爱心托管班”正式开班。", False),
    ("今年以来，全市各乡镇工", "会和企业工会积极行动，走访慰问困难职工2000余户。", True),
    # …nor the level's character of a body its line opens on (made up, twenty-eighth session, from briefs composed bare:
    # 乡村振兴 | 区总工会 had read the district 振兴区, and a headline had run into its brief)
    ("消费帮扶助力乡村振兴", "区总工会组织基层工会采购脱贫地区农副产品120万元，作为职工节日慰问品发放给全区职工。", False),
    ("千年古都共筑长安", "区总工会开展“安全生产月”知识竞赛，200余名职工参赛。", False),
])
def test_broken_lines(a, b, broken):
    assert is_broken(a, b) == broken


def test_a_profiles_subheading_over_text_that_goes_on_is_no_headline():
    """A page of two pieces, the first a list of profiles each under its subheading (王建国 突破极限精度… / 他就是——…):
    the subheadings had each opened an article, and the count above them named no one (made up, seen in the app on an
    uploaded page; no piece opens on 他)."""
    page = ("2023年“大国工匠年度人物”发布\n\n本报北京4月27日电 （记者 张明）4月27日，发布活动在京举行，从候选人中评选出2位"
            "“大国工匠年度人物”。\n王建国 突破极限精度 焊接火箭心脏\n他就是——首都航天机械有限公司特种熔融焊接工王建国。\n"
            "李秀英 一把焊枪 一双妙手\n她就是——中车长春轨道客车股份有限公司电焊工李秀英。\n\n"
            "省总工会授予10名职工“中原工匠”称号\n\n本报讯 近日，省总工会授予王大山等10名职工“中原工匠”称号。")
    assert [a.title for a in segment(normalize_text(page))] == ["2023年“大国工匠年度人物”发布",
                                                                 "省总工会授予10名职工“中原工匠”称号"]


@pytest.mark.parametrize("opening", ["连日来，", "入夏以来，", "春节前夕，", "记者从市总工会获悉，", "8月以来，",
                                     "为关爱一线职工，近日，",
                                     # (what the reporter found: made up, twenty-third session, from briefs
                                     # composed bare)
                                     "记者近日走访发现，", "记者在鹤壁市调查了解到，"])
def test_a_brief_opening_on_when_it_was_told_opens_its_piece(opening):
    """A brief under a headline with no news line, opening on how long or since when (连日来，…) or where the news came
    from (记者从…获悉，…), after its purpose too (为…，近日，…), as a dated lead opens one: it had run on into the piece
    above (made up, eighteenth session, from briefs written as probes composed into pages)."""
    page = ("这个工会服务站 让快递小哥很暖心\n在南阳市卧龙区，一个由工会建起的“暖心驿站”成了快递小哥的歇脚点。驿站配备了饮水机、"
            "微波炉等设施，每天接待户外劳动者200余人次。\n“娘家人”送来暖心早餐\n" + opening
            + "鹤壁市总工会在全市设立20个爱心早餐点，为环卫工人免费提供早餐。截至目前，已累计发放早餐1.2万份。")
    assert [a.title for a in segment(normalize_text(page))] == ["这个工会服务站 让快递小哥很暖心", "“娘家人”送来暖心早餐"]


@pytest.mark.parametrize("headline", ["工会干部走基层……", "新春走基层·一线见闻", "技能比武 谁是高手？", "【基层动态】县总工会开展普法宣传",
                                      "县总工会开展普法宣传（图）", "3月8日 她们这样过节"])
@pytest.mark.parametrize("lead", ["本报讯 近日，", "3月5日，", "近日，"])
def test_headline_shapes_over_a_news_opening(headline, lead):
    """A headline of any of these shapes over its brief's news line or dated opening opens its piece after a piece in
    progress (eighteenth session, made up from a probe of 20 headline shapes × 4 openings: one that trails off, ……, had
    read as a sentence's end, and a column-style title, …·…, as a roundup's section mark)."""
    page = ("市总工会举办职工运动会\n近日，市总工会举办第五届职工运动会，1500名职工参加了比赛。\n本届运动会设10个项目，历时两天。\n"
            + headline + "\n" + lead + "县总工会组织法律服务团走进建筑工地，为200余名农民工讲解劳动合同法。")
    title = headline.replace("（图）", "").split("】")[-1]
    assert [a.title for a in segment(normalize_text(page))] == ["市总工会举办职工运动会", title]


def test_photo_captions_are_their_own_articles():
    page = ("标题一\n\n本报记者 张三\n\n工会举办活动。\n\n一线职工游家乡\n\n"
            "2月28日，职工游览景区。 本报通讯员 胡青飞\n\n学雷锋志愿服务进社区\n\n"
            "2月28日，志愿者为外卖小哥量血压。 胡高雷 摄/人民图片")
    arts = segment(normalize_text(page))
    assert [(a.title, a.kind, a.byline) for a in arts] == [
        ("标题一", "news", "张三"), ("一线职工游家乡", "photo", "胡青飞"), ("学雷锋志愿服务进社区", "photo", "胡高雷")]


@pytest.mark.parametrize("byline, names", [
    ("本报记者 陈曦", "陈曦"),
    ("本报记者 张三 本报通讯员 李四", "张三、李四"),
    ("工人日报—中工网记者 王伟", "王伟"),
    ("□本报评论员 刘颖", "刘颖"),
    ("记者 任彦 通讯员 周琛", "任彦、周琛"),  # hzrb_20211027
    ("采写：南都记者 颜鹏 通讯员 唐永国 古震华", "颜鹏、唐永国、古震华"),  # nddsb_20200617: the outlet is no name
    # an outlet or a rank before the title, as leads write them (南方工报讯（全媒体记者许接英 … 通讯员王娅） nfgb_20231009,
    # 本报特约记者 grrb_20251028, 实习生李泽文 rmrb_20190221-18-02), and what the line says they did is no name
    ("全媒体记者 许接英 通讯员 王娅", "许接英、王娅"),
    ("本报特约记者 朱润胜 本报通讯员 赵晨琳 曹建雄", "朱润胜、赵晨琳、曹建雄"),
    ("南方工报记者 叶灿辉", "叶灿辉"),
    ("首席记者 张三", "张三"),
    ("本报记者 张三 实习生 李四", "张三、李四"),
    ("文/张三 图/李四", "张三、李四"),
    ("◎记者 张三", "张三"),
    ("记者 张三 报道", "张三"),
    # the writer who took the photos, 文/图 before a reporter's title (made up, as local papers mark it: it had been
    # read as the text's first line; 作者：周韵 文/图 — mzrmt_20250107 — puts the marks after the name)
    ("文/图 本报记者 张三", "张三"),
    ("图/文 记者 张三", "张三"),
    # (sixteenth session, made up from a probe of 29 byline lines: each had been read as a headline) a correspondent
    # sent or a trainee as ranks, 撰文, and 文·图 with or without a reporter's title
    ("本报特派记者 张三", "张三"),
    ("实习记者 张三", "张三"),
    ("撰文 张三", "张三"),
    ("文·图 本报记者 张三", "张三"),
    ("文·图 张三", "张三"),
    # (thirty-first session, made up from bylines: each had been read as a headline) a slash after 文·图 before the
    # reporter's title, a role after each name, and a paper's client app as its outlet
    ("文·图/本报记者 张三", "张三"),
    ("本报记者 张三/文 李四/图", "张三、李四"),
    ("工人日报客户端记者 张三", "张三"),
    ("南方工报客户端记者 张三 通讯员 李四", "张三、李四"),
])
def test_byline_forms(byline, names):
    arts = segment(normalize_text(f"某市总工会举办职工运动会\n{byline}\n近日，某市总工会举办职工运动会。"))
    assert [(a.title, a.byline) for a in arts] == [("某市总工会举办职工运动会", names)]


@pytest.mark.parametrize("run, title", [
    (["吉安市总坚持问题导向——", "从“建起来”到“活起来”"], "从“建起来”到“活起来”"),
    (["深化交流合作 聚焦协同发展", "粤港澳大湾区工会第三次联席会议召开"], "粤港澳大湾区工会第三次联席会议召开"),
    (["洛阳、成都两地工会签订战略合作协议", "活动共办 经验互鉴 资源共享"], "洛阳、成都两地工会签订战略合作协议"),
    (["为职工办实事", "某省总工会启动春送岗位活动"], "某省总工会启动春送岗位活动"),
    (["治沙播绿中实现人生价值", "——记全国劳动模范王有德"], "治沙播绿中实现人生价值"),
])
def test_headline_among_kickers(run, title):
    from etl.read.segment import split_heading_run
    assert split_heading_run(run)[1] == title


@pytest.mark.parametrize("run, kicker, title", [
    # a column's tag opening the headline is its kicker (mzrmt_20250107-00-01, nddsb_20200617-00-01: the title had been
    # 【网络中国节·腊八节】市总工会：… and 图集|…)
    (["【网络中国节·腊八节】市总工会：腊八送温情 “粥”到暖人心"], "【网络中国节·腊八节】", "市总工会：腊八送温情 “粥”到暖人心"),
    (["图集|龙岗建筑工人秀技能"], "图集", "龙岗建筑工人秀技能"),
    # a tag alone is no headline's opening: the column's label is the title, its brackets dropped since the thirtieth
    # session (a column of briefs under it)
    (["【工会动态】"], "", "工会动态"),
    # …a site's section over a column's, each of them (the two files with a section tag added: the headline had kept
    # both)
    (["【基层动态】【网络中国节·腊八节】市总工会：腊八送温情 “粥”到暖人心"], "【基层动态】　【网络中国节·腊八节】",
     "市总工会：腊八送温情 “粥”到暖人心"),
    (["【基层动态】图集|龙岗建筑工人秀“绝活”"], "【基层动态】　图集", "龙岗建筑工人秀“绝活”"),
])
def test_a_column_tag_opening_a_headline_is_its_kicker(run, kicker, title):
    from etl.read.segment import split_heading_run
    assert split_heading_run(run)[:2] == (kicker, title)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_headline_ends_at_the_section_mark_under_it():
    """rmrb_20190226-19-01: 核心阅读's summary under the headline, two long lines with no full stop, had made its last
    line the headline."""
    text = (SHARED / "corpus" / "rmrb_2019_2020" / "rmrb_20190226-19-01.txt").read_text(encoding="utf-8")
    arts = segment(normalize_text(text), one_article=True)
    assert [a.title for a in arts] == ["政治巡视为央企“把脉”（前沿观察）"]
    assert arts[0].paragraphs[0] == "核心阅读"


def test_photo_credit_on_its_own_line():
    page = ("某市总工会举办活动\n本报记者 李四\n近日，工会举办活动。\n一线职工游家乡\n"
            "2月28日，职工游览景区，感受家乡的秀美山水。\n本报记者 张三 摄\n学雷锋志愿服务进社区\n本报通讯员 王五\n志愿者为社区居民义诊。")
    arts = segment(normalize_text(page))
    assert [(a.title, a.kind, a.byline) for a in arts] == [
        ("某市总工会举办活动", "news", "李四"), ("一线职工游家乡", "photo", "张三"), ("学雷锋志愿服务进社区", "news", "王五")]


@pytest.mark.parametrize("text, names", [
    # the lead's bracketed credit with any reporter's rank, and the writers in brackets closing a brief's text on a page
    # (made up, thirtieth session, from briefs: 见习 had been a name, or no byline)
    ("职工运动会开幕\n本报讯（见习记者 赵一 记者 钱二）8月1日，西安市总工会举办职工运动会。", "赵一、钱二"),
    ("职工运动会开幕\n本报讯（实习记者 赵一）8月1日，西安市总工会举办职工运动会。", "赵一"),
    ("工会动态\n本报讯 5月6日，市总工会举办书画展。\n环卫工人节送关爱\n10月26日，县总工会为环卫工人送去慰问品。（记者 张三 通讯员 李四）",
     "张三、李四"),
    ("职工书画展开展\n本报讯 5月6日，市总工会举办书画展。\n职工运动会开幕\n8月1日，合肥市总工会举办职工运动会。（本报记者 孙三）",
     "孙三"),
])
def test_a_briefs_credit_in_brackets(text, names):
    assert segment(normalize_text(text))[-1].byline == names


def test_brief_without_byline_is_its_own_article():
    # (the feature's paragraphs and section head as the sample page has them: with three made-up sentences of a few
    # words each, the union's words alone had tied the section to its article — no longer counted, they are every
    # union piece's words)
    page = ("从“建起来”到“活起来”\n本报通讯员 胡青松\n近年来，吉安市总工会在企事业单位、社会组织、新业态领域普遍成立工会的前提下，"
            "通过推进“六有六规范”建设和“县级工会加强年”专项行动，建强做优县级工会服务阵地。\n突出问题导向，加强党建引领\n"
            "据悉，“六有六规范”建设，即有依法选举的工会主席、有独立健全的组织机构、有服务职工的活动载体。吉安市总工会对建会5年以下的"
            "基层工会要求建设“六有”基层工会。\n某县总工会召开职代会\n3月1日，某县总工会召开第三届职工代表大会。")
    arts = segment(normalize_text(page))
    assert [a.title for a in arts] == ["从“建起来”到“活起来”", "某县总工会召开职代会"]
    assert "突出问题导向，加强党建引领" in arts[0].text  # a subheading stays in its article


def test_photo_credit_in_brackets():
    arts = segment(normalize_text("一线职工游家乡\n2月28日，职工游览景区。（本报记者 张三 摄）\n下一条消息\n本报记者 李四\n正文。"))
    assert [(a.title, a.kind) for a in arts][:1] == [("一线职工游家乡", "photo")]


@pytest.mark.parametrize("credit", ["朱 刚摄（人民视觉）", "本报记者 张三摄", "（新华社记者 李四 摄）", "王伟摄"])
def test_credit_line_is_not_a_headline(credit):
    arts = segment(normalize_text(f"某市总工会举办活动\n本报记者 李四\n近日，工会举办活动。\n{credit}\n职工纷纷表示满意。"))
    assert [a.title for a in arts] == ["某市总工会举办活动"]
    assert credit in arts[0].text


def test_continuation_starts_its_own_segment():
    page = "标题\n本报记者 张三\n工会举办活动，职工参加。\n（上接第1版）\n上海对外经贸大学院长说，要确保全党步调一致。"
    arts = segment(normalize_text(page))
    assert [a.kind for a in arts] == ["news", "continuation"]


def test_normalize_punctuation():
    assert normalize_text("本报讯(记者叶小钟 通讯员谭艳萍)近日,由\r\n　　共1,236.5万元") == \
        "本报讯（记者叶小钟 通讯员谭艳萍）近日，由\n共1,236.5万元"
    # Traditional Chinese quotes with corner brackets: the quotation marks every rule reads (made up: the two
    # Traditional articles of the gold quote with “”, the issue's Traditional outlets need not)
    assert normalize_text("榮獲「全國五一勞動獎章」、『最美職工』") == "榮獲“全國五一勞動獎章”、‘最美職工’"
    # the dot between a transliterated name's parts, as fonts set it, is one mark (made up); a bullet opening a line stays
    assert [normalize_text(f"阿不都热合曼{dot}吐尔逊") for dot in "·•・‧∙"] == ["阿不都热合曼·吐尔逊"] * 5
    assert normalize_text("• 要点") == "• 要点"


def test_an_honour_quoted_in_corner_brackets_is_read_as_one_quoted_with_quotation_marks(tmp_path):
    from etl.read import read_source
    page = tmp_path / "hk_20230301.txt"
    page.write_text("工聯會表彰先進\n市總工會授予李四「最美職工」稱號。張三榮獲「全國五一勞動獎章」。", encoding="utf-8")
    rows = process_text(read_source(page)).tables()
    assert {(r["award"], r["recipient"]) for r in rows["awards"]} == {("最美职工", "李四"), ("全国五一劳动奖章", "张三")}


def test_honour_counts_add_up_and_national_totals_stay_national():
    """One 北京 team among 300 national recipients counts 1 in 北京 and 299 in 全国 (a bug caught on the
    awards chart: the whole 300 went to 北京)."""
    import pandas as pd

    from dashboard.query import honour_counts_of
    aw = pd.DataFrame({"article_id": ["a", "a", "b"], "award": ["全国五一巾帼标兵"] * 2 + ["西藏工匠"],
                       "province": ["北京", "全国", "西藏"], "year": [2019, 2019, 2022], "recipient_count": [1, 1, 1],
                       "group_count": [300, 300, 6], "awarded_by": ["中华全国总工会", "中华全国总工会", "西藏自治区总工会"],
                       "issue_date": ["2019-04-30"] * 2 + ["2022-05-01"], "start": [10, 40, 5]})
    counts, total = honour_counts_of(aw)
    assert counts.groupby("province")["人数"].sum().to_dict() == {"北京": 1, "全国": 299, "西藏": 6}
    assert total == 306  # the headline figure, summed apart, is the same count


def test_the_rest_of_a_total_goes_where_the_text_names_it_first_whatever_the_order_on_disk():
    """A merge reorders rows on disk; "the first row" is the first in the text (issue, article, offset)."""
    import pandas as pd

    from dashboard.query import honour_counts_of
    aw = pd.DataFrame({"article_id": ["c", "c"], "award": ["湖南省劳动模范"] * 2, "province": ["湖南", "湖北"],
                       "year": [2023, 2023], "recipient_count": [1, 1], "group_count": [10, 10],
                       "awarded_by": ["湖南省总工会"] * 2, "issue_date": ["2023-04-28"] * 2, "start": [5, 30]})
    for rows in (aw, aw.iloc[::-1]):
        counts, total = honour_counts_of(rows.reset_index(drop=True))
        assert counts.groupby("province")["人数"].sum().to_dict() == {"湖南": 9, "湖北": 1} and total == 10


def test_people_honoured_count_people():
    """获荣誉人数 counts people: 金海 with four honours in one article is one person, 陈丁等50位 fifty, and 127
    training bases are no people — they are counted among the collectives and units honoured."""
    import pandas as pd

    from dashboard.query import UNITS_HONOURED_SQL, connect, honour_counts_of
    aw = pd.DataFrame({"article_id": ["x"] * 4 + ["y", "z"],
                       "award": ["优秀共产党员", "全国五一劳动奖章", "全国先进工作者", "全国优秀共产党员",
                                 "国家级高技能人才培训基地", "全国技术能手"],
                       "recipient": ["金海"] * 4 + ["", "陈丁"], "recipient_kind": ["person"] * 4 + ["base", "person"],
                       "province": ["内蒙古"] + ["全国"] * 5, "year": [2008, 2009, 2010, 2011, 2020, 2019],
                       "recipient_count": [1, 1, 1, 1, 127, 1], "group_count": [None] * 4 + [127, 50],
                       "awarded_by": [""] * 6, "issue_date": ["2020-05-12"] * 6, "start": [1, 2, 3, 4, 5, 6]})
    _counts, people = honour_counts_of(aw)
    assert people == 51
    con = connect()
    con.register("awards", aw)
    assert con.execute(UNITS_HONOURED_SQL.format(w="true")).fetchone()[0] == 127


def test_an_honour_reported_twice_counts_once():
    """Two papers report one list (300 全国五一巾帼标兵, 田春艳 named in both): 300 people, not 600, in the headline
    and the charts; a second name the other paper gives adds one."""
    import pandas as pd

    from dashboard.query import honour_counts_of
    aw = pd.DataFrame({"article_id": ["a", "b"], "award": ["全国五一巾帼标兵"] * 2, "recipient": ["田春艳"] * 2,
                       "recipient_kind": ["person"] * 2, "province": ["全国"] * 2, "year": [2019, 2019],
                       "recipient_count": [1, 1], "group_count": [300, 300], "awarded_by": ["中华全国总工会"] * 2,
                       "issue_date": ["2019-02-27", "2019-02-28"], "start": [5, 9]})
    counts, people = honour_counts_of(aw)
    assert people == 300 and counts["人数"].sum() == 300 and set(counts["article_id"]) == {"a"}
    assert honour_counts_of(aw.assign(recipient=["田春艳", "刘红"]))[1] == 301
    # another giver's list of the same honour, year and size is another list
    assert honour_counts_of(aw.assign(awarded_by=["中华全国总工会", "北京市总工会"], recipient=["田春艳", "王芳"]))[1] == 600


def test_keywords_are_themes_not_peoples_names():
    """易良品 and 杨松 topped the keyword cloud: a person's name is no theme."""
    from etl.analyse.keywords import keywords
    text = ("易良品是一名环卫工人。易良品每天清晨五点上班，易良品说工会给了他很多帮助。"
            "杨松介绍，工会为环卫工人建起爱心驿站，杨松还说，环卫工人可以在驿站休息、喝水、热饭。")
    words = [w for w, _weight, _n in keywords(analyse_text(text, ISSUE, title="环卫工人的爱心驿站"))]
    assert "易良品" not in words and "杨松" not in words
    assert all(w not in words for w in ("每天", "五点"))  # times and numbers are no theme either
    assert "环卫工人" in words or "爱心驿站" in words


def test_a_piece_of_a_name_the_tokenizer_cut_is_no_keyword():
    """白方 (of 白方礼, cut 白方 + 礼 by jieba) was a keyword of rmrb_20191023-06-03, 黄友 (of 黄友胜) of
    rmrb_20200125-02-01; the people an article names are found once, in the analysed Doc."""
    from etl.analyse.keywords import keywords
    text = ("1987年，白方礼退休回到老家，发现村里不少孩子因贫困辍学。当年已是74岁高龄的白方礼老人，毅然捐出了自己5000元的"
            "养老钱。直到2005年9月去世，整整18年，白方礼老人一直骑着那辆老旧的三轮车，奔走在助学支教的路上。"
            "白方礼老人把自己仅有的一截残烛全部点燃，燃烧得如此明亮。")
    doc = analyse_text(text, ISSUE, title="我这样觉得自在快乐")
    assert "白方礼" in doc.people and doc.name_fragment("白方") and not doc.name_fragment("孩子")
    assert "白方" not in [w for w, _weight, _n in keywords(doc)]
    # a common word the tagger reads as a name is none (荣获, tagged nr in jieba's dictionary)
    many = analyse_text("张华荣获全国劳动模范称号。李明荣获全国五一劳动奖章。王刚荣获全国技术能手称号。", ISSUE)
    assert "荣获" not in many.people


@pytest.mark.parametrize("title, body, province", [
    # R: filed from the venue on the day, no place in the sentence: the dateline's place
    ("全国工业机器人技术应用技能大赛开赛", "本报济南10月18日电 （记者王政）第三届全国工业机器人技术应用技能大赛决赛18日拉开帷幕。", "山东"),
    # R: a national body's grant serves 湖北 but belongs to no one province
    ("全总拨付3780万元常态化送温暖资金", "本报北京4月30日电 （记者易舒冉）记者30日从中华全国总工会了解到：全总决定下拨3780万元常态化"
     "送温暖资金，用于支持湖北等地区各级工会开展送温暖。", None),
    # S: a place in the sentence still wins over the dateline
    ("省总工会举办职工技能大赛", "本报北京3月1日电 2月28日，西藏自治区总工会在拉萨举办职工技能大赛。", "西藏"),
])
def test_where_an_event_happened(title, body, province):
    doc = analyse_text(body, dt.date(2020, 5, 1) if "全总" in title else dt.date(2019, 10, 19) if "机器人" in title
                       else ISSUE, title=title)
    evs = events.extract(doc)
    assert evs and (evs[0].place.unit.province_short if evs[0].place else None) == province, \
        [(e.name, e.place) for e in evs]


@pytest.mark.parametrize("body, name, organizer", [
    ("新华社北京10月27日电 近日，中共中央、国务院印发了《新时代公民道德建设实施纲要》，并发出通知，要求各地区各部门结合实际"
     "认真贯彻落实。", "《新时代公民道德建设实施纲要》", "中共中央、国务院"),
    ("日前，人社部、交通部、公安部等五部门联合印发通知，将组织开展农民工专车运输服务，保障农民工安全有序返岗复工。",
     "人社部、交通部、公安部等五部门联合印发通知", "人力资源和社会保障部、交通部、公安部"),
    # the body that acts on a document, not the one that issued it years before (made up: 中共中央、国务院、市总工会 had
    # all been named), nor one a description names; a contest its organiser describes is theirs still
    ("根据2018年中共中央、国务院印发的《新时期产业工人队伍建设改革方案》，市总工会近日制定了实施细则。", "实施细则", "市总工会"),
    ("近日，市总工会根据全总印发的《方案》，制定了实施细则。", "实施细则", "市总工会"),
    ("近日，市总工会举办的职工技能大赛落幕。", "职工技能大赛", "市总工会"),
])
def test_documents_and_who_issued_them(body, name, organizer):
    evs = events.extract(analyse_text(body, dt.date(2020, 2, 28), title="标题"))
    assert [(e.name, e.organizer) for e in evs] == [(name, organizer)]


def test_one_days_event_told_twice_is_one():
    """Two mentions of one contest on one day (大赛 · 比赛) stay one event; two documents of one day do not."""
    body = ("本报讯 3月1日，省总工会在长沙举办职工职业技能大赛。来自全省的200名选手参赛。"
            "3月1日举行的焊工技能比赛中，选手们展开激烈角逐，最终评出一等奖10名。")
    assert len(events.extract(analyse_text(body, ISSUE, title="标题"))) == 1


def test_a_roundups_documents_are_events_of_their_own():
    """R (a People's Daily roundup): each body's document is one event, named by the body when the document has
    no name of its own; two documents on one day stay two."""
    body = ("2月6日，财政部与国家税务总局联合发布三个公告，支持相关企业发展。"
            "国家市场监管总局2月6日发布《关于依法从重从快严厉打击新型冠状病毒疫情防控期间违法行为的意见》，要求严厉打击违法行为。"
            "2月7日，教育部召开视频会，要求坚决防止疫情向学校扩散。"
            "近日，人社部办公厅印发通知，要求切实做好高校毕业生“三支一扶”计划有关工作。"
            "近日，中华全国总工会下发通知，要求把打赢疫情防控阻击战作为当前工会的重大政治任务。"
            "国务院近日公布了《保障农民工工资支付条例》，从落实主体责任等方面对保障农民工工资支付作出了规定。")
    got = [(e.name, e.organizer) for e in events.extract(analyse_text(body, dt.date(2020, 2, 8), title="标题"))]
    assert got == [
        ("三个公告", "财政部、国家税务总局"),
        ("《关于依法从重从快严厉打击新型冠状病毒疫情防控期间违法行为的意见》", "国家市场监督管理总局"),
        ("教育部召开视频会", "教育部"),
        ("人社部办公厅印发通知", "人力资源和社会保障部"),
        ("中华全国总工会下发通知", "中华全国总工会"),
        ("《保障农民工工资支付条例》", "国务院")], got


@pytest.mark.parametrize("text, provinces", [
    # R: each recipient where its own list item places it, not all in the article's province
    ("经过激烈角逐，湖南的龙秀林、陕西的麻珂和江西的谭翊泉3名选手获得金奖。",
     {"龙秀林": "湖南", "麻珂": "陕西", "谭翊泉": "江西"}),
    # R: a national honour stays national unless the recipient is placed — here both are, the work area by
    # 秦皇岛 in its own name (a city's short form jieba tags nr, missed until the short forms were read)
    ("中国铁路太原局集团有限公司秦皇岛西工务段西张庄探伤车间柳村女子探伤工区等10个集体荣获全国五一巾帼奖状，"
     "北京丘比食品有限公司沙拉充填班等300个集体荣获全国五一巾帼标兵岗荣誉称号。",
     {"中国铁路太原局集团有限公司秦皇岛西工务段西张庄探伤车间柳村女子探伤工区": "河北", "北京丘比食品有限公司沙拉充填班": "北京"}),
    ("经过激烈角逐，浙江梦天木业有限公司等分别荣获拔河比赛前八名。", {"浙江梦天木业有限公司": "浙江"}),
    # a bare name listed after others takes the place their list opens on (made up, thirty-first session, from briefs:
    # the second had been the story's) — not after an item placed on its own
    ("在第二届全国职业技能大赛上，四川选手王磊、赵敏分别摘得焊接项目和数控车项目金牌。", {"王磊": "四川", "赵敏": "四川"}),
    ("近日，全国总工会授予河北选手张伟、李娜和王强全国五一劳动奖章。", {"张伟": "河北", "李娜": "河北", "王强": "河北"}),
    ("近日，全国总工会授予湖南的龙秀林、陕西的麻珂和王强全国五一劳动奖章。", {"龙秀林": "湖南", "麻珂": "陕西", "王强": "全国"}),
    # a unit's quoted name after the places it is in: placed by them, which are no part of its name (made up, twenty-fifth
    # session, from briefs: 湖南省长沙市刘湘宁劳模创新工作室, 全国's); a body before the quotes stays the name's
    ("近日，全国总工会公布第三批全国示范性劳模和工匠人才创新工作室名单，湖南省长沙市“刘湘宁劳模创新工作室”名列其中。",
     {"刘湘宁劳模创新工作室": "湖南"}),
    ("近日，省总工会命名浙江宁波“李明劳模创新工作室”、济南二机床集团“张明劳模创新工作室”等10个工作室为省级劳模和工匠人才创新工作室。",
     {"李明劳模创新工作室": "浙江", "济南二机床集团张明劳模创新工作室": "山东"}),
    # …not where they were born (made up, thirty-second session, from profiles: a 佛山 worker's honour had been 贵州's); and
    # a clause that tells only what the subject is or did (如今已是…, 2010年到…务工) has no recipient of its own: the subject
    # is before it (the honour had gone to 如今已是美的集团)
    ("出生于贵州毕节的罗勇，2010年到广东佛山务工，如今已是美的集团的一名高级技师，日前获评“佛山市技能大师”。", {"罗勇": "广东"}),
    ("老家在河南周口的王建军，如今已是深圳比亚迪公司的高级技师，近日被评为“深圳市劳动模范”。", {"王建军": "广东"}),
])
def test_recipients_are_placed_one_by_one(text, provinces):
    doc = analyse_text(text, ISSUE, title="演讲大赛在湘西举行")
    assert {a.recipient: a.province for a in awards.extract(doc)} == provinces


@pytest.mark.parametrize("file_name, provinces", [
    # one named recipient, none of a list, in a story about one province is that province's, whoever gives the honour
    # (thirtieth session: a national giver's honours had been 全国's, the others' the province's, in one profile) — not
    # one of a national list honoured in Beijing (刘红等10名个人)
    ("rmrb_20200512-15-09.txt", {("全国五一劳动奖章", "内蒙古"), ("全国先进工作者", "内蒙古"), ("优秀共产党员", "内蒙古"),
                                 ("全国优秀共产党员", "内蒙古")}),
    ("rmrb_20200123-08-02.txt", {("“五一”劳动奖章", "云南"), ("全国公安系统一级英雄模范", "云南"), ("全国民族团结进步模范", "云南")}),
    ("rmrb_20190228-10-06.txt", {("全国五一巾帼奖章", "全国"), ("全国五一巾帼标兵", "全国")}),
])
@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_profiles_one_recipient_is_its_provinces(file_name, provinces):
    from etl.store.batch import extract_one
    rows, _ = extract_one(file_name, (SHARED / "corpus" / "rmrb_2019_2020" / file_name).read_bytes())
    got = {(a["award"], a["province"]) for a in rows["awards"] if a["recipient"] and not a["group_count"]
           or a["recipient"] in ("刘红", "田春艳")}
    assert got == provinces


def test_the_outlets_own_recipients_of_a_national_honour_are_local():
    """…表扬2022年度全国“安康杯”竞赛优胜单位，我市某化工有限公司等5家单位获评优胜单位: 我市 said of the recipient after the
    honour was named is the outlet's own locality, not 全国 (made up, nineteenth session)."""
    doc = analyse_text("日前，全国总工会通报表扬2022年度全国“安康杯”竞赛优胜单位，我市某化工有限公司等5家单位获评优胜单位。",
                       ISSUE, title="杭州5家单位获评")
    assert [(a.recipient, a.province) for a in awards.extract(doc)] == [("某化工有限公司", "浙江")]


@pytest.mark.parametrize("line, kind", [
    # credit lines of provincial and union outlets are bylines, never headlines (a headline above them opens)
    ("来源：全国总工会官微", "byline"),  # tibetcn_20231219
    ("作者：周韵 文/图", "byline"),  # mzrmt_20250107
    ("黄榆", "byline"),  # grrb_20220913: the reporter's name alone under the headline
    # …but four characters the tokenizer tags as a name are a headline unless they open on a compound surname (jieba tags
    # some 7,000 such words nr: made up, twenty-fourth session, from a brief whose headline 法律援助 had been its byline)
    ("法律援助", "heading"),
    ("一代楷模", "heading"),
    ("万象更新", "heading"),
    ("李小明", "byline"),
    ("本报记者 张嫱 本报通讯员 夏丽萍", "byline"),  # grrb_20260123
    ("采写：南都记者 颜鹏 通讯员 唐永国 古震华 马涔潆 陈小燕", "byline"),  # nddsb_20200617, at the piece's end
    # a title with an outlet or a rank is still a byline; praise before a title is no outlet (a list's line)
    ("全媒体记者 许接英 通讯员 王娅", "byline"),
    ("优秀通讯员 张三", "heading"),
    # a roundup's closing credit ends the piece above (rmrb_20200207-04-02, rmrb_20200208-04-02, rmrb_20200224-04-02)
    ("（综合本报记者贺勇、孟海鹰、邵玉姿、李中文、窦瀚洋报道）", "credit"),
    ("（南方工报全媒体记者 许接英）", "credit"),
    # a photo's label wholly in brackets is the piece's text, not a headline; a continuation mark stays one
    ("（峨胜物流职工之家）", "body"),  # lsszgh_20221227
    ("（上接第1版）", "continued"),
    # a caption ending in its credits is text, not a heading
    ("经过激烈角逐，浙江梦天木业有限公司等分别荣获拔河比赛前八名。通讯员柳庭和 记者孟万成 摄", "body"),  # zjgrrb_20150421
    # a column mark before a headline leaves it a headline
    ("【网络中国节·腊八节】市总工会：腊八送温情 “粥”到暖人心", "heading"),  # mzrmt_20250107
    ("冰与火的考验", "heading"),
    # a clause introducing what follows is text, never a headline (seventeenth session, made up from the profiles
    # probe: a lead of one line ending 他们是： had become a headline, the first profile's name its byline); a name and
    # its colon alone head a two-line headline still (rmrb_20200123-08-02)
    ("3名职工荣获“最美职工”称号，他们是：", "body"),
    ("具体措施如下：", "body"),
    ("和贵华：", "heading"),
])
def test_line_kinds_of_provincial_pages(line, kind):
    from etl.read.segment import classify
    assert classify(normalize_text(line)) == kind


@pytest.mark.parametrize("line", [
    "南方工报讯（全媒体记者许接英 叶灿辉 通讯员王娅） 10月8日下午，开完中国工会十八大预备会议后，广东代表团的代表们开心地来到天安门广场。",
    "中工网讯 近日，在山东丰源集团北徐楼煤矿职工餐厅里，由矿工会举办的第八届够级大赛激战正酣。",
    "本报讯（记者余嘉熙 通讯员张宝权）近日，河南省洛阳市总工会、四川省成都市总工会在洛阳签订两地工会战略合作协议。",
])
def test_outlet_news_lines_are_leads(line):
    """Any paper's or site's 讯 line opens a report, as 本报讯 does (nfgb_20231009, grrb_20140417, the sample page)."""
    from etl.read.segment import LEAD
    assert LEAD.match(normalize_text(line))


@pytest.mark.parametrize("line, lead", [
    ("据新华社电  （记者字强）1996年2月3日，云南省丽江、迪庆交界处发生7级大地震。", True),  # rmrb_20200123-08-02
    ("新华社电 （记者刘良恒）穿行在湖南浏阳市永安镇，宛如置身于一座中等规模的南方县城。", True),  # rmrb_20190211-12-04
    ("新华社电 （记者吴书光）在山东东营市利津县总工会院内，立有一尊坐南朝北的铜像。", True),  # rmrb_20190219-16-04
    ("新华社记者 杨明方 摄", False),  # a photo credit, not a story's opening
])
def test_an_agency_story_without_a_date_opens_on_its_dateline(line, lead):
    """A paper running an agency's story opens it on 新华社电 or 据新华社电, dated or not."""
    from etl.read.segment import LEAD
    assert bool(LEAD.match(normalize_text(line))) is lead


@pytest.mark.parametrize("title, body, issue, venue", [
    # a venue after 在, with a place or the start of its own name before it, never holds the event
    ("杭州市举行浙江省第25个环卫工人节庆祝活动", "昨天是浙江省第25个环卫工人节，下午，我市在萧山会议中心举行了相关庆祝活动。",
     dt.date(2021, 10, 27), "会议中心"),  # hzrb_20211027
    ("", "2019年5月，第三期“大国工匠”高技能人才国情研修班在中国浦东干部学院举办，70名来自各领域的高技能人才优秀代表开展了"
         "为期7天的培训。",
     dt.date(2020, 1, 17), "中国浦东干部学院"),  # rmrb_20200117-06-02
])
def test_a_venue_is_not_the_organiser(title, body, issue, venue):
    evs = events.extract(analyse_text(body, issue, title=title))
    assert evs and all(venue not in e.organizer for e in evs)


@pytest.mark.parametrize("text, issue, row", [
    # an honour won in a year long before the issue is held before (prior), dated to that year
    ("2015年荣获全国劳动模范称号的李俊，在村里带头成立合作社，发动乡亲种下1030亩魔芋，覆盖周边3个贫困村。",
     dt.date(2020, 5, 2), ("全国劳动模范", "李俊", 2015, "prior")),  # rmrb_20200502-01-02
    ("市政协副主席、市总工会主席徐伟南一行首先来到了家住金色新城的困难劳模姚杏秀家，今年83岁的姚杏秀在1959年获得"
     "“省劳模”的称号，但罹患多种癌症，经历几次大手术后，需要长期服用药物，生活困难。",
     dt.date(2020, 1, 9), ("省劳模", "姚杏秀", 1959, "prior")),  # czwb_20200109
])
def test_a_year_before_the_verb_dates_the_honour(text, issue, row):
    got = [(a.award, a.recipient, a.year, a.status) for a in awards.extract(analyse_text(text, issue))]
    assert row in got, got


@pytest.mark.parametrize("name, paper, page", [
    ("rmrb_20200121-06-02.txt", "人民日报", "6"),  # the People's Daily set: rmrb_YYYYMMDD-PP-NN
    ("grrb_20220502-02-03.txt", "工人日报", "2"),
    ("hzrb_20211027-00-01.txt", "", ""),  # a code not in papers.tsv and page 00: nothing guessed
    ("000_2d0f6f6617ea2597.txt", "", ""),
])
def test_citation_from_the_file_name(name, paper, page):
    from etl.read import page_from_name, paper_from_name
    assert (paper_from_name(name), page_from_name(name)) == (paper, page)


@pytest.mark.parametrize("line, outlet", [
    ("南方工报讯（全媒体记者许接英 叶灿辉 通讯员王娅） 10月8日下午，开完中国工会十八大预备会议后，", "南方工报"),  # nfgb
    ("中工网讯 近日，在山东丰源集团北徐楼煤矿职工餐厅里，由矿工会举办的第八届够级大赛激战正酣。", "中工网"),  # grrb_20140417
    ("本报讯（记者余嘉熙 通讯员张宝权）近日，河南省洛阳市总工会、四川省成都市总工会在洛阳签订两地工会战略合作协议。", ""),
])
def test_a_report_names_its_outlet_in_its_news_line(line, outlet):
    from etl.read import outlet_of_lead
    assert outlet_of_lead(line) == outlet


def test_the_page_header_gives_paper_and_page():
    """The header line formats of print pages (no page in ../shared carries one: these are the formats)."""
    from etl.read import page_header
    assert page_header("工人日报 2023年3月2日 星期四 第3版\n从“建起来”到“活起来”") == ("工人日报", "3")
    assert page_header("2023年3月2日 星期四 03版 要闻\n标题") == ("", "3")
    assert page_header("标题\n正文没有页眉。") == ("", "")


def test_a_closing_credit_line_is_not_joined_to_the_next_headline():
    """采写：… ends one piece; the headline under it opens the next (a page composed from nddsb_20200617 and
    grrb_20140417 had glued the two lines and lost the second article)."""
    page = ("龙岗建筑工人秀“绝活”\n6月16日上午，龙岗区建筑行业工会首届建筑工人劳动技能竞赛拉开序幕。\n"
            "采写：南都记者 颜鹏 通讯员 唐永国 古震华 马涔潆 陈小燕\n山东丰源集团北徐楼煤矿工会举办第八届够级大赛\n"
            "中工网讯 近日，在山东丰源集团北徐楼煤矿职工餐厅里，由矿工会举办的第八届够级大赛激战正酣。")
    arts = segment(normalize_text(page))
    assert [a.title for a in arts] == ["龙岗建筑工人秀“绝活”", "山东丰源集团北徐楼煤矿工会举办第八届够级大赛"]


@pytest.mark.parametrize("lead", [
    "6月27日上午，第四届四川省职工职业技能大赛在成都主赛场拉开了帷幕。",  # grrb_20120629
    "1月7日晚上，省总工会主席张广敏走进福州市鼓楼区大街小巷夜访城市工人休息室。",  # grrb_20160111
    "昨天下午，市总工会分三路走访慰问困难劳模、一线职工和特困职工。",  # czwb_20200109
    "今天下午，全国总工会在北京举办全国工会劳模工匠宣讲活动首场报告会。",  # jmzgh_20210419
])
def test_a_brief_dated_to_the_part_of_the_day_opens_under_its_headline(lead):
    """A brief with no byline whose first sentence opens on a day and its part (上午, 晚上, 下午) is a new
    article under a reporting headline, as one dated to the day is."""
    page = ("某市总工会举办活动\n本报记者 李四\n近日，工会举办职工运动会，职工踊跃参加。\n"
            f"市总工会举办送温暖活动\n{lead}")
    assert [a.title for a in segment(normalize_text(page))] == ["某市总工会举办活动", "市总工会举办送温暖活动"]


@pytest.mark.parametrize("kicker, headline, lead", [
    # a facility added or opened, a contest begun, giving: acts a brief's headline reports (made up, twenty-third
    # session, from briefs composed with kickers: 职工书屋添新书 and its one paragraph had joined the brief above)
    ("关爱一线职工", "职工书屋添新书", "近日，省总工会向基层职工书屋捐赠图书2万册。"),
    ("喜迎五一劳动节", "区职工服务中心启用", "5月1日，区职工服务中心正式投入使用，为职工提供休息、阅读等服务。"),
])
def test_a_kickered_headline_that_reports_an_act_opens_its_brief(kicker, headline, lead):
    page = ("延安路上的爱心驿站\n本报讯 记者近日走访发现，位于延安路的户外劳动者服务站点每天接待环卫工人上百人次。\n"
            f"{kicker}\n{headline}\n{lead}")
    assert [(a.kicker, a.title) for a in segment(normalize_text(page))] == [("", "延安路上的爱心驿站"), (kicker, headline)]


def test_a_one_sentence_brief_ending_in_its_credit_is_text():
    """A brief's one paragraph, a sentence with a clause and its writer's credit, short as it is, is text under its
    headline, not a headline over it (made up, twenty-third session: the headline had become a kicker, the text the
    title); a headline with a comma ending in ！ and its column's tag stays one (rmrb_20200224-04-02)."""
    for text in ("近日，省总工会向基层职工书屋捐赠图书2万册。（记者 黄山）", "省总工会向基层职工书屋捐赠图书2万册。（记者 黄山）"):
        page = f"职工书屋添新书\n{text}"
        assert [(a.kicker, a.title) for a in segment(normalize_text(page))] == [("", "职工书屋添新书")]
    page = "“困难会过去，我们一起扛！”（一方有难 八方支援）\n本报记者 李四\n近日，工会举办职工运动会，职工踊跃参加。"
    assert [a.title for a in segment(normalize_text(page))] == ["“困难会过去，我们一起扛！”（一方有难 八方支援）"]


@pytest.mark.parametrize("headline", [
    "市总工会为困难劳模和特困、一线职工送温暖",  # czwb_20200109
    "姜堰总工会节前送温暖",  # tzrb_20160204
    "沈铁局工会送欢乐到基层",  # grrb_20140417 (the heading in the gold: 送欢乐 reports the act)
])
def test_a_headline_that_brings_warmth_reports_an_act(headline):
    """送温暖, 送清凉, 送欢乐 report what a union did, as 慰问 and 走访 do: over a dated first sentence such a heading
    opens a brief (pages composed from the outlets' dev files had glued two of these to the story before)."""
    page = ("某市总工会举办职工运动会\n本报记者 李四\n近日，工会举办职工运动会，职工踊跃参加。\n"
            f"{headline}\n昨天下午，市总工会分三路走访慰问困难劳模、一线职工和特困职工。")
    assert [a.title for a in segment(normalize_text(page))] == ["某市总工会举办职工运动会", headline]


@pytest.mark.parametrize("lead", [
    "猴年新春到来之际，姜堰区总工会广泛开展“情系职工·温暖万家”走访慰问活动。",  # tzrb_20160204
    "在冬至节气到来之际，天津市河北区总工会开展送温暖活动。",  # grrb_20231221-02-03
])
def test_a_lead_dated_by_its_season_opens_a_brief(lead):
    """A first sentence that opens on the season or festival it came at dates the brief as a day would: under a
    reporting headline it is a new article, not a section of the story before."""
    page = ("某市总工会举办职工运动会\n本报记者 李四\n近日，工会举办职工运动会，职工踊跃参加。\n"
            f"姜堰总工会节前送温暖\n{lead}")
    assert [a.title for a in segment(normalize_text(page))] == ["某市总工会举办职工运动会", "姜堰总工会节前送温暖"]


def test_a_column_mark_over_a_headline_is_its_kicker_and_alone_over_text_a_section():
    """【基层风采】 over a headline is the new article's column (the issue's 【栏目】 kicker; made up: the text we tune on
    has no such mark on a line of its own); 【案情】 / 【说法】 alone over body text stay sections (rmrb_20190214-19-03)."""
    page = ("【工会动态】\n市总工会举办职工运动会\n近日，市总工会举办职工运动会，职工踊跃参加。\n【基层风采】\n县总工会开展送温暖活动\n"
            "1月5日，县总工会开展送温暖活动，为困难职工送去慰问金。")
    assert [(a.kicker, a.title) for a in segment(normalize_text(page))] == [
        ("【工会动态】", "市总工会举办职工运动会"), ("【基层风采】", "县总工会开展送温暖活动")]
    page = ("法院判决工会胜诉\n近日，某法院审结一起案件。\n【案情】\n张某在某公司工作多年，公司未为其缴纳社保。\n【说法】\n"
            "法官表示，用人单位应依法缴纳社保。")
    assert [a.title for a in segment(normalize_text(page))] == ["法院判决工会胜诉"]


def test_a_column_mark_over_a_short_headline_is_no_paired_section_heading():
    """【工会动态】 / 图片新闻: two short lines, but a column's mark over a headline, not a section's paired heading
    (made up: found by composing the outlets' dev pages with a column mark over every headline — 图片新闻 and
    冰与火的考验 were lost into the article before)."""
    page = ("市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。运动会设八个项目。\n"
            "【工会动态】\n冰与火的考验\n一线职工在高温下坚守岗位，工会把清凉送到了工地。")
    assert [(a.kicker, a.title) for a in segment(normalize_text(page))] == [
        ("", "市总工会举办职工运动会"), ("【工会动态】", "冰与火的考验")]


@pytest.mark.parametrize("page, titles", [
    # a kicker and a headline of one length after a one-paragraph news brief open the next piece, not a pair of section
    # headings (made up, twenty-fourth session: the twenty-third's briefs composed with kickers lost 5 of 81 pages so)
    ("城关区总工会送温暖\n本报讯 1月20日，兰州市城关区总工会为100户困难职工家庭送去年货。\n喜迎五一劳动节\n职工书屋添新书\n"
     "本报记者 黄山\n近日，省总工会向基层职工书屋捐赠图书2万册。", ["城关区总工会送温暖", "职工书屋添新书"]),
    ("区总工会组织职工观影\n本报讯 上周六，区总工会组织300名一线职工观看电影。\n关爱一线职工\n焊花里的青春\n本报记者 王丽\n"
     "走进中车唐山公司转向架车间，焊花四溅。全国劳动模范李强正带着徒弟练习焊接。", ["区总工会组织职工观影", "焊花里的青春"]),
    # (…but inside a feature whose first paragraph is no news brief, the pair heads its section)
    ("脱贫攻坚一线见闻\n本报记者 张三\n记者近日走访多地，看到脱贫攻坚一线的新变化。\n聚焦深度贫困\n攻下最后堡垒\n"
     "本报记者 李四\n在大凉山深处，扶贫干部走村入户。", ["脱贫攻坚一线见闻"]),
])
def test_a_kickered_headline_after_a_news_brief_opens_the_next_piece(page, titles):
    assert [a.title for a in segment(normalize_text(page))] == titles


def test_a_column_mark_opening_a_headline_tells_the_heading_model_it_is_a_headline():
    """【网络中国节·腊八节】市总工会：… (mzrmt_20250107) is a column-tagged headline as …（数字看“六稳”） is: with no byline or
    lead under it, after a union story on a like theme, the model had kept it a subheading (pages of the outlets' dev
    files without bylines and leads lost it 6 times in 10 shuffles, 2 after); 【案情】 alone stays a section mark."""
    from etl.read.headings import features
    assert features(["【网络中国节·腊八节】市总工会：腊八送温情 “粥”到暖人心"], "", "", "")["column_tag"] == 1.0
    assert features(["图集|龙岗建筑工人秀“绝活”"], "", "", "")["column_tag"] == 1.0  # nddsb_20200617
    assert features(["弘扬劳模精神 争做时代先锋", "图集|龙岗建筑工人秀“绝活”"], "", "", "")["column_tag"] == 1.0  # under a kicker
    assert features(["【案情】"], "", "", "")["column_tag"] == 0.0


@pytest.mark.parametrize("headline", ["致敬最美劳动者！", "老刘们的工资谁来发？", "市总工会：腊八送温情 “粥”到暖人心！",
                                      "庆元职工拔河迎“五一”！",
                                      # a site's label before it is no speaker (made up, twenty-second session)
                                      "聚焦：职工之家验收工作全面完成！", "关注：农民工工资谁来发？",
                                      # …and doubled marks (made up, twenty-second session)
                                      "职工之家验收工作全面完成！！", "新就业形态劳动者权益如何保障？！"])
def test_a_headline_ending_in_an_exclamation_or_question_mark_is_a_headline(headline):
    """The issue's "a headline line is a headline whatever its wording": a short exclamation or question with the
    next piece's byline or dated lead under it opens that piece, and a one-article file's headline is its headline
    whatever it ends in (made up: the text we tune on has no such headline; composing the outlets' dev pages with
    ！ after every headline had put the whole page into one untitled article)."""
    page = (f"市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n{headline}\n"
            "本报记者 张明\n1月5日，县总工会开展送温暖活动，为困难职工送去慰问金。")
    assert [a.title for a in segment(normalize_text(page))] == ["市总工会举办职工运动会", headline]
    page = f"{headline}\n\n　　1月5日，县总工会开展送温暖活动，为困难职工送去慰问金。\n　　活动持续三天。\n"
    assert [a.title for a in segment(normalize_text(page), one_article=True)] == [headline]


@pytest.mark.parametrize("headline, opens", [("会员日！", True), ("篮球赛？", True), ("加油！", False)])
def test_a_headline_of_two_or_three_characters_ending_in_an_exclamation_needs_a_lead_under_it(headline, opens):
    """会员日！ over the next piece's 本报讯 lead opens it, as a longer exclamation does; 加油！ over more text is a cry of the
    piece in progress (made up, twenty-second session, from briefs composed with ！ after each headline: the short one
    had been read as body text)."""
    under = "本报讯 9月9日，市总工会举办首届“工会会员日”活动。" if opens else "大家齐声高喊，现场气氛热烈。"
    page = normalize_text(f"市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n{headline}\n{under}")
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会"] + ([headline] if opens else [])


@pytest.mark.parametrize("headline, under, opens", [
    # a cry or a question quoted whole, commas and all, over the next piece's byline or lead opens it (made up, thirty-first
    # session, from a page: the piece had run on into the one above) — over more text it is a quotation in the piece
    ("“能在家门口就业，真好！”", "本报讯（通讯员 李华）3月5日，在县总工会举办的招聘会上，返乡农民工王芳签下了就业协议。", True),
    ("“工资到手了，能回家过年吗？”", "本报记者 张明\n1月10日，县总工会为农民工讨回欠薪50万元。", True),
    ("“能在家门口就业，真好！”", "返乡农民工王芳激动地说。", False),
])
def test_a_cry_quoted_whole_over_a_lead_is_a_headline(headline, under, opens):
    page = normalize_text(f"市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n{headline}\n{under}")
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会"] + ([headline] if opens else [])


def test_a_short_exclamation_after_a_finished_paragraph_is_left_to_the_heading_model():
    """复工复产须坚守安全底线！ over a commentary with no byline or lead: the heading model decides (it had been body
    text, and the commentary was glued to the piece before: People's Daily train pages with ！ after each headline
    0.61 → 0.67, the outlets' 0.835 → 0.876; made up)."""
    page = normalize_text("市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n"
                          "复工复产须坚守安全底线！\n安全生产事关人民福祉，事关经济社会发展大局，是必须守住的底线。")
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会", "复工复产须坚守安全底线！"]
    # …a longer one too when it has no comma, as headlines seldom do
    page = normalize_text("市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n"
                          "全总拨款800万元支持海南、西藏等四省（区）工会疫情防控工作！\n"
                          "全总拨款800万元，用于支持四省（区）工会做好疫情防控工作。")
    assert [a.title for a in segment(page)][-1] == "全总拨款800万元支持海南、西藏等四省（区）工会疫情防控工作！"


def test_a_headline_marked_as_having_photos_is_a_headline():
    """A web page's mark that the story has photos (…（图）, …（组图）) is no part of the headline: a long headline had been
    too long for one with it (jmzgh_20210419-00-01's, 50 characters), and the mark had hidden a column tag (…（人民时评）
    （图）); composed pages with the mark after each headline: People's Daily train 0.925 → 0.960, outlets' dev 0.960 →
    1.000 (the mark made up, as compose's photo-mark variation sets it)."""
    long = "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动"
    page = normalize_text("\n".join(["市总工会举办职工运动会", "本报记者 李四", FINISHED, long + "（图）", "来源：中工网",
                                      "今天下午，全国总工会在北京举办报告会。", "根治欠薪彰显治理温度（人民时评）（组图）",
                                      "制度的生命力在于执行。"]))
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会", long, "根治欠薪彰显治理温度（人民时评）"]
    assert story_line("职工们在比赛中奋勇争先。（图）") == "职工们在比赛中奋勇争先。（图）"  # a sentence keeps its mark


@pytest.mark.parametrize("closing", ["（张明 李华）", "图为活动现场。 张明 摄"])
def test_a_reports_closing_credit_or_photo_stays_its_own(closing):
    """Under a report's text, the writers in brackets on their own line (a union brief's （刘丽萍 顾威） set apart) are no
    photo's credit, and a credited photo caption is the report's photo — even after a section heading in it
    (mbrb_20180226-00-01's 工资执行款发放现场 had opened a photo story when the writers' bracket followed two paragraphs;
    the outlets' file pairs so set, 52 and 197 of 702 lost a piece, none now), or after its closing dateline (made up)."""
    from etl.evaluate.compose import split_article
    texts = SHARED / "gold" / "dev_prov" / "texts"
    first, second = (split_article(n, read_source(texts / n).text) for n in ("czwb_20200109-00-01.txt", "mbrb_20180226-00-01.txt"))
    page = normalize_text("\n".join([*first.headlines, *first.paragraphs, closing, *second.headlines, *second.paragraphs,
                                      closing]))
    assert [a.title for a in segment(page)] == [first.title, second.title]
    page = "通讯一则\n新华社电 近日，某地举行活动。\n（新华社乌鲁木齐2月26日电 记者马锴）\n" + closing + "\n市总工会开展送温暖活动\n本报讯 近日，市总工会开展送温暖活动。"
    assert [a.title for a in segment(page)] == ["通讯一则", "市总工会开展送温暖活动"]


def test_a_writers_line_under_a_pieces_text_closes_it():
    """采写：南都记者 颜鹏 通讯员 … under a piece's text, the next headline under it (nddsb_20200617-00-01 closes so): the
    piece's close, no untitled piece — the outlets' file pairs with a byline under each headline and their dated openings
    stripped, 52 of 702 lost a piece, none now; under a headline it is still the next piece's byline."""
    from etl.evaluate.compose import split_article, varied
    texts = SHARED / "gold" / "dev_prov" / "texts"
    files = [split_article(n, read_source(texts / n).text) for n in ("nddsb_20200617-00-01.txt", "acftu_20210823-00-01.txt")]
    arts = varied("byline", varied("bare", files))
    page = normalize_text("\n".join(line for a in arts for line in (*a.headlines, *a.paragraphs)))
    assert [a.title for a in segment(page)] == [a.title for a in files]
    page = ("湖北省总召开专题座谈会\n采写：本报记者 张翀\n湖北省总工会召开座谈会。")
    assert segment(page)[0].byline == "张翀"


def test_an_exclaimed_headline_opening_the_page_over_a_section_heading():
    """rmrb_20191007-07-01's 老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇, its headline exclaimed, opening a page: the page had
    opened on an untitled piece and each section had become an article (People's Daily train pairs with ！ after each
    headline: 373 of 2862 lost a piece, 325 now)."""
    page = "老年人的新生活！\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。"
    assert [a.title for a in segment(page)] == ["老年人的新生活！"]


FINISHED = "近日，市总工会举办职工运动会，职工踊跃参加。"
ITS_TEXT = "1月5日，县总工会开展送温暖活动，为困难职工送去慰问金。"


@pytest.mark.parametrize(("lines", "title"), [
    # under a kicker (rmrb_20190215-08-04, rmrb_20191018-11-01 with 核心阅读 under it)
    (["杭州市总工会探索东西部协作扶贫新路子——", "构建“三建三助” 多元帮扶机制！", ITS_TEXT], "构建“三建三助” 多元帮扶机制！"),
    (["人社部民政部颁新规——", "养老护理员 不看学历看能力！", "核心阅读", ITS_TEXT], "养老护理员 不看学历看能力！"),
    # a body before the colon, not a speaker (rmrb_20200102-07-05)
    (["最高法：涉农民工工资有案必立！", "本报北京1月1日电 （记者徐隽）日前，最高人民法院下发通知。"], "最高法：涉农民工工资有案必立！"),
    # …nor a place the tagger does not call one (made up, twenty-third session, from briefs: it had been a speaker's
    # cry)
    (["义乌：“小候鸟”暑期托管班开班！", "7月6日，义乌市总工会“小候鸟”暑期托管班在稠城街道职工服务中心开班。"],
     "义乌：“小候鸟”暑期托管班开班！"),
    (["柯桥：新就业形态劳动者服务中心启用！", ITS_TEXT], "柯桥：新就业形态劳动者服务中心启用！"),
    # opening on a quotation, no comma (rmrb_20191025-07-07, jmzgh_20210419-00-01: longer than 40 characters)
    (["“时代新人说——我和祖国共成长”演讲大赛“薪火相传”主题赛举行！", "本报北京10月24日电 （记者贺勇）演讲赛举行。"],
     "“时代新人说——我和祖国共成长”演讲大赛“薪火相传”主题赛举行！"),
    (["“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动！", "来源：中工网",
      ITS_TEXT], "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动！"),
    # after a bracketed note or a reprint's source closing the piece before (rmrb_20200108-01-03, rmrb_20200114-05-05)
    (["（《条例》全文见第十五版）", "敦煌守护人！", "敦煌，河西走廊中的绿洲，丝绸之路上的重镇。", "大漠铺开，千佛洞千年不语。"],
     "敦煌守护人！"),
    (["（摘编自1月10日《经济日报》）", "图片报道！", "为帮助企业有序复工复产，厦门总工会发起“平安返厦”行动。"], "图片报道！"),
])
def test_an_exclaimed_headline_in_a_headline_run_or_after_a_closed_piece_opens_it(lines, title):
    """Found by composing People's Daily train pages with ！ after each headline (0.673 → 0.942 over 3 shuffles; the
    outlets' dev pages 0.891 → 0.985 over 5): the kicker had become the title and the headline the text's first
    line, 最高法： read as a speaker, a headline opening on a quotation or longer than 40 characters as a sentence,
    and a piece closed by a bracketed note glued to the next. The headlines are real, the ！ is the variation's."""
    page = normalize_text("\n".join(["市总工会举办职工运动会", "本报记者 李四", FINISHED, *lines]))
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会", title]


def test_an_exclamation_opening_a_page_is_its_headline():
    """The first line of a page, short, no comma, over text (rmrb_20190211-12-01's headline with ！ opening a
    composed page had made an untitled piece)."""
    page = normalize_text("新时代工会工作的理论指导和行动指南！\n2018年10月29日，总书记同全总新一届领导班子成员集体谈话。\n"
                          "我们要深入学习贯彻。")
    assert [a.title for a in segment(page)] == ["新时代工会工作的理论指导和行动指南！"]


SPORTS_DAY = FINISHED


@pytest.mark.parametrize(("before", "line", "after"), [
    (SPORTS_DAY, "“辛苦了！”", "近日，工会负责人表示，运动会还将继续办下去。"),
    (SPORTS_DAY, "问：工会为职工做了什么？", "近日，工会负责人表示，运动会还将继续办下去。"),
    (SPORTS_DAY, "张三：我们一定干好！", "近日，工会负责人表示，运动会还将继续办下去。"),
    (SPORTS_DAY, "怎么办？", "近日，工会负责人表示，运动会还将继续办下去。"),
    # a long exclamation with a comma, after a finished paragraph: a sentence of the text (rmrb_20190225-01-03)
    (SPORTS_DAY, "新的一年，让我们迈开稳就业的步子，迎来更红火的日子！", "工会负责人表示，运动会还将继续办下去。"),
    # a feature's question and its answer, in their own story (rmrb_20200207-19-02, rmrb_20190221-18-02)
    ("节后农民工陆续返城，各地想方设法帮助农民工返城就业。", "如何帮助农民工返城就业？", "把服务做在前。农民进城务工，多半靠“人拉人”。"),
    ("全国政协把重点提案督办作为履职的重要抓手，提案督办取得实效。", "重点提案如何督办？",
     "两位全国政协副主席带队，分赴辽宁等地督办提案调研。")])
def test_a_speakers_exclamation_or_a_question_in_the_body_stays_body_text(before, line, after):
    """A quotation, an interview's question and answer, a three-character question, and a feature's question
    followed by its answer are no headlines."""
    page = f"市总工会举办职工运动会\n本报记者 李四\n{before}\n{line}\n{after}"
    assert [a.title for a in segment(normalize_text(page))] == ["市总工会举办职工运动会"]


def test_a_photo_credit_with_a_padded_name_ends_its_caption_and_a_photo_group_goes_on():
    """Print pads two-character names (赵 晶, 王 颂: jjrb_20130820-00-01, twice; 严 晓 in rmrb_20200212-18-04's closing
    credit): the caption ends at its credit (it had been joined to the next caption, or to the next headline when
    the page held only the first), the credit's names are whole (颂摄 had been the byline), and a second credited
    caption under the same headline stays in the photo story instead of opening an untitled piece."""
    first = "8月17日，青岛地铁3号线施工工区，工人正在司钻作业。目前施工进展顺利。 本报记者 赵 晶摄"
    second = "8月18日，在郑州街头，两名工人在对一处被损坏的隔离护栏进行维修。 新华社记者 王 颂摄"
    page = normalize_text(f"炎炎夏日里的一线劳动者\n{first}\n{second}\n市总工会开展公益活动\n"
                          "本报讯 （记者 马春燕）1月31日，市总工会为户外劳动者拍摄“微笑照”。")
    arts = segment(page)
    assert [(a.title, a.kind, len(a.paragraphs)) for a in arts] == [("炎炎夏日里的一线劳动者", "photo", 2),
                                                                    ("市总工会开展公益活动", "news", 1)]
    assert arts[0].byline == "赵晶"
    page = normalize_text(f"炎炎夏日里的一线劳动者\n{first}\n市总工会开展“最美劳动者 微笑带回家”公益活动\n"
                          "劳动者带上“微笑照”回家过年\n本报讯 （记者 马春燕）1月31日，市总工会为户外劳动者拍摄“微笑照”。")
    assert [a.title for a in segment(page)] == ["炎炎夏日里的一线劳动者", "劳动者带上“微笑照”回家过年"]


@pytest.mark.parametrize("ending", ["（完）", "(完)", "\n来源：中工网"])
def test_an_end_mark_or_a_source_line_closes_the_piece(ending):
    """…顺利返乡。（完）: the agencies' end mark had made the paragraph read as cut at a column end and the next
    headline was glued onto it (pages of the outlets' dev files with （完） after every article: 0.61 → 0.98); a web
    page's source line under its text (来源：中工网) had opened an untitled piece (0.91 → 1.00). Made up: the text we
    tune on has neither."""
    page = normalize_text(f"市总工会举办职工运动会\n近日，市总工会举办职工运动会，职工踊跃参加。{ending}\n"
                          "县总工会开展送温暖活动\n县总工会为困难职工送去慰问金，职工们十分感动。")
    assert [a.title for a in segment(page)] == ["市总工会举办职工运动会", "县总工会开展送温暖活动"]


def test_a_long_union_story_goes_on_over_a_new_turn_or_a_quotation():
    """A byline under every headline of the People's Daily train pages had let the rule that a union story does not run
    on into unrelated text split features at a quotation or a new turn many paragraphs in (0.882 → 0.914 with it kept
    to stories under ten paragraphs and blocks not opening on a quotation, a dash or a bracket; pages as written
    unchanged). Made up on the shape of rmrb_20200502-01-02's 28-paragraph feature."""
    from etl.read.segment import Article, _coheres
    story = Article(title="劳模，奋战在脱贫一线", byline="张明",
                    paragraphs=["劳模工会干部带领职工脱贫致富。"] * 12)
    assert _coheres(story, "“大姐，我已经把地全部整好了。”正跟记者聊着，番茄研究所所长赵军贤的手机收到一条短信。")
    assert _coheres(story, "白天，他们顶着高温推沙平田、挖坑种树，晚上就住在沙窝中搭建的帐篷里。")
    short = Article(title="劳模，奋战在脱贫一线", byline="张明", paragraphs=["劳模工会干部带领职工脱贫致富。"] * 4)
    assert not _coheres(short, "毛乌素沙漠南缘的治沙林场，推沙平田、挖坑种树的机械轰鸣不停。")
    # …and a short one goes on into a paragraph whose subject is a pronoun (rmrb_20191010-07-01: see
    # test_a_paragraph_that_goes_on_from_the_last_opens_no_piece)
    assert _coheres(short, "白天，他们顶着高温推沙平田、挖坑种树，晚上就住在沙窝中搭建的帐篷里。")


@pytest.mark.parametrize("opening", [
    "湖北宜昌市夷陵区搭建“就业服务超市”，为困难群体提供“一站式”服务。",
    "在湖北，宜昌市夷陵区搭建“就业服务超市”，为困难群体提供“一站式”服务。",
    "四川省广安市岳池县组织专列，2月18日首趟专列从广安南站发车，载着800余名务工人员前往浙江。",
    "在中建三局武汉火神山项目部，建设者们提前领到了全部报酬。",
])
def test_a_roundups_next_place_goes_on(opening):
    """A roundup that has opened a section on a place goes on into the next place's, whatever its nouns (made up,
    twenty-ninth session, from a People's Daily-style roundup: the third place's sections had been an untitled piece) —
    not a story that opened none so (as above: an unrelated text splits off)."""
    from etl.read.segment import Article, _coheres
    roundup = Article(title="多措并举稳就业", byline="张明", paragraphs=[
        "春节过后，各地多措并举帮助农民工返岗复工。", "江西赣州市开通“点对点”返岗专车，已有3.2万名农民工乘专车返回广东。",
        "在山东，临沂市兰山区人社局联合区总工会举办线上招聘会，300余家企业提供岗位1.5万个。"])
    assert _coheres(roundup, opening)
    story = Article(title="劳模，奋战在脱贫一线", byline="张明", paragraphs=["劳模工会干部带领职工脱贫致富。"] * 4)
    assert not _coheres(story, "湖北宜昌市夷陵区搭建“就业服务超市”，为困难群体提供“一站式”服务。")


def test_a_long_closing_credit_is_no_paragraph_cut_at_a_column_end():
    """A roundup's closing credit lists 18 reporters (190 characters, rmrb_20200209-04-05): longer than any heading and
    with no full stop, it had been read as a paragraph cut at a column end and the next headline run glued onto it."""
    credit = ("（综合本报记者刘峰、龚仕建、邵玉姿、王丹、潘俊强、刘洪超、王锦涛、贺勇、曹玲娟、田泓、闫旭、朱荣鹏、何聪、"
              "姚雪青、史自强、方敏、申智林、巨云鹏报道）")
    page = ("元宵节里，温暖的力量\n“今天是元宵节，即便是非常时期，节也要过好。”卞凤玲说。\n" + credit +
            "\n李克强签署国务院令\n公布《保障农民工工资支付条例》\n新华社北京1月7日电 国务院总理李克强日前签署国务院令，"
            "公布《保障农民工工资支付条例》，自2020年5月1日起施行。")
    assert [a.title for a in segment(normalize_text(page))] == ["元宵节里，温暖的力量", "公布《保障农民工工资支付条例》"]


def test_a_reprint_credit_closes_its_piece():
    """（摘编自1月10日《经济日报》） ends a reprinted comment (rmrb_20200114-05-05) as （据新华社电 记者…） ends an agency's
    piece: the short heading after it (图片报道, over rmrb_20200226-05-04's photo story) opens an article."""
    page = ("打好组合拳严惩恶意欠薪\n有关部门更要严格执法、公正司法，让劳动者权益及时兑现，切实感受到公平正义。\n"
            "（摘编自1月10日《经济日报》）\n图片报道\n为帮助企业有序复工复产，福建厦门总工会近日发起外地职工“平安返厦”行动。"
            "职工乘坐包车（包括大巴、动车、高铁）免费，乘坐包机返厦只需支付1/3的费用。")
    assert [a.title for a in segment(normalize_text(page))] == ["打好组合拳严惩恶意欠薪", "图片报道"]


def test_a_short_heading_pair_with_a_reporter_after_a_closed_piece_opens_an_article():
    """老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇 (rmrb_20191007-07-01) under a piece that has closed on its
    dateline: no article is in progress to be sectioned, so it is a new article, not a title-less fragment."""
    page = ("治沙播绿中实现人生价值\n本报记者 李四\n近日，王有德在治沙播绿中实现自己的人生价值。\n（据新华社电 记者刘海、谢建雯）\n"
            "老年人的新生活\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，庄宇社区服务中心老年食堂就迎来了顾客。")
    assert [a.title for a in segment(normalize_text(page))] == ["治沙播绿中实现人生价值", "老年人的新生活"]


def test_a_headline_over_its_first_sections_heading_opens_an_article_under_a_piece_in_progress():
    """Two short heading lines of unequal length over a byline, after a piece with no sections, are a headline and
    its first section's heading (老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇, rmrb_20191007-07-01, under the end of
    rmrb_20190212-02-01, which has not closed): a new article. Only a pair of one length (对口协作支援 / 资金技术落地,
    rmrb_20200524-02-04) is a section's paired heading."""
    page = ("为保障职工权益找办法\n全国人大代表陈科含——\n本报记者 李四\n再次见到全国人大代表陈科含，是在昆明。\n"
            "依然记得去年全国两会期间，她主动帮记者联系新当选全国人大代表接受采访。\n"
            "老年人的新生活\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，庄宇社区服务中心老年食堂就迎来了顾客。")
    assert [a.title for a in segment(normalize_text(page))] == ["为保障职工权益找办法", "老年人的新生活"]
    roundup = ("代表委员热议脱贫攻坚\n本报记者 黄 超\n四川凉山州的变化有目共睹。\n"
               "畅通道路销路\n推进产业扶贫\n本报记者 吴 月\n道路通了，山货卖出去了。")
    assert [a.title for a in segment(normalize_text(roundup))] == ["代表委员热议脱贫攻坚"]


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_short_headline_with_a_reporter_after_a_features_unreported_sections_opens_the_next_piece():
    """A feature whose sections have no reporters of their own (rmrb_20191022-12-01: 措施有力就业稳 / 费率降低社保稳 in
    1097万人捧新饭碗), then a short headline with a reporter under it (培厚工匠精神土壤, rmrb_20191011-05-03, set with
    （记者 张明） or 本报记者 张明): the next piece, not one more section (People's Daily train pages with a byline under
    each headline 0.914 → 0.934); a roundup whose first section had its reporter keeps its sections (老年人的新生活 /
    餐餐好滋味 / 本报记者 贺 勇 … 健身花样多 / 本报记者 王 亮, rmrb_20191007-07-01, also under 【工会动态】)."""
    from etl.evaluate.compose import split_article
    folder = SHARED / "corpus" / "rmrb_2019_2020"
    feature, piece = [split_article(n, (folder / n).read_text(encoding="utf-8"))
                      for n in ("rmrb_20191022-12-01.txt", "rmrb_20191011-05-03.txt")]
    for byline in ("（记者 张明）", "本报记者 张明"):
        lines = [*feature.headlines, byline, *feature.paragraphs, *piece.headlines, byline, *piece.paragraphs]
        got = segment(normalize_text("\n".join(lines)))
        assert [a.title for a in got] == [feature.title, piece.title]
    roundup = ("老年人的新生活\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。\n"
               "健身花样多\n本报记者 王 亮\n社区里的健身器材，老人们用得最勤。\n")
    for over in ("", "【工会动态】\n"):
        page = "治沙播绿中实现人生价值\n本报记者 李四\n近日，王有德在治沙播绿中实现自己的人生价值。\n" + over + roundup
        assert [a.title for a in segment(normalize_text(page))] == ["治沙播绿中实现人生价值", "老年人的新生活"]


def test_a_credit_line_under_a_headline_with_a_source_line_under_it_is_the_pieces_byline():
    """（记者 张明） then 来源：全国总工会官微 under a headline (the outlets' dev files set with a bracketed credit line:
    0.874 → 1.000 over 5 shuffles): the piece's byline, not the end of the piece before it."""
    page = ("庆元职工拔河迎“五一”\n本报记者 李四\n日前，庆元县总工会举办拔河比赛。\n"
            "全国总工会紧急下拨1800万元抗震救灾资金\n（记者 张明）\n来源：全国总工会官微\n"
            "针对12月18日甘肃临夏州积石山县地震灾情，全国总工会已紧急下拨1800万元工会救灾慰问资金。\n")
    got = segment(normalize_text(page))
    assert [a.title for a in got] == ["庆元职工拔河迎“五一”", "全国总工会紧急下拨1800万元抗震救灾资金"]
    assert got[1].byline == "张明"
def test_a_heading_over_text_the_story_does_not_go_on_into_is_the_next_headline():
    """A story's heading run read as its subheading, then text that shares nothing with the story: the run heads
    that text. A page of two People's Daily files (a 人社部 notice, then 全国各级工会广泛开展劳动和技能竞赛 / 比出大国工匠
    赛出当代鲁班) had given a title-less fragment, the headline left at the end of the notice."""
    from etl.evaluate.compose import split_article
    folder = SHARED / "corpus" / "rmrb_2019_2020"
    arts = [split_article(n, (folder / n).read_text(encoding="utf-8"))
            for n in ("rmrb_20200212-14-06.txt", "rmrb_20200115-11-02.txt")]
    page = "\n".join(line for a in arts for line in (*a.headlines, *a.paragraphs))
    got = segment(normalize_text(page))
    assert [a.title for a in got][:2] == ["技能人才集中考核评价暂停开展", "比出大国工匠 赛出当代鲁班"]
    assert all(a.title for a in got)
    assert "比出大国工匠 赛出当代鲁班" not in got[0].text


def test_a_trial_heading_model_applies_only_inside_its_block():
    """scripts/train_headings.py --cv segments with models trained without some files: the stored model is
    back once the block ends."""
    from etl.read.headings import FEATURES, opens_article, trial_model
    run, prev, nxt = ["工会工作再上新台阶"], "职工们纷纷表示满意。", "近日，工会举办活动。"
    stored = opens_article(run, prev, nxt, "")
    with trial_model(dict.fromkeys(FEATURES, 0.0), 50.0 if not stored else -50.0, 0.5):
        assert opens_article(run, prev, nxt, "") is (not stored)
    assert opens_article(run, prev, nxt, "") is stored


def test_a_section_head_under_a_headline_is_kept_before_the_byline_or_caption_under_it():
    """老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇 (rmrb_20191007-07-01), and 政策帮到位 自己加把劲 / 核心阅读
    (rmrb_20200228-14-01) with a photo's caption set under it (made up): the section head had been lost and the byline
    line, or the caption twice, taken for text — nothing of a page may be lost."""
    page = normalize_text("老年人的新生活\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。\n")
    [art] = segment(page)
    assert (art.title, art.byline, art.paragraphs[0]) == ("老年人的新生活", "贺勇", "餐餐好滋味")
    assert "本报记者 贺 勇" not in art.paragraphs
    page = normalize_text("政策帮到位 自己加把劲\n核心阅读\n图为活动现场。 李华 摄\n"
                          "确保就业稳定，一方面，政府要把各项援企稳岗政策落到实处，减轻企业用工负担，还要保障运输服务，"
                          "让劳动力流动尽快畅通起来；另一方面，企业自身也要做好防控。\n")
    [art] = segment(page)
    assert art.paragraphs[:2] == ["核心阅读", "图为活动现场。 李华 摄"] and len(art.paragraphs) == 3


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_wrapped_headline_and_a_writers_note_end_and_open_pieces():
    """A long headline wrapped so that its column tag stands alone on the next line (郭陆顺：攻无不克 激战抗敌 /
    （为了民族复兴·英雄烈士谱）, rmrb_20190211-12-04 as a narrow column sets it) is still the headline — the piece had
    merged into the one before; and a writers' note in brackets, （作者为…）, ends its piece, so the short headline under
    it opens the next (rmrb_20190211-12-01 then rmrb_20191011-05-03's 培厚工匠精神土壤, taken for a section head)."""
    from etl.evaluate.compose import split_article
    from etl.read import read_source

    def article(name):
        return split_article(name, read_source(SHARED / "corpus" / "rmrb_2019_2020" / name).text)
    before, hero = article("rmrb_20190219-16-05.txt"), article("rmrb_20190211-12-04.txt")
    page = "\n".join([*before.headlines, *before.paragraphs, "郭陆顺：攻无不克 激战抗敌", "（为了民族复兴·英雄烈士谱）",
                      *hero.paragraphs]) + "\n"
    assert [a.title for a in segment(normalize_text(page))][1] == "郭陆顺：攻无不克 激战抗敌（为了民族复兴·英雄烈士谱）"
    feature, next_one = article("rmrb_20190211-12-01.txt"), article("rmrb_20191011-05-03.txt")
    page = "\n".join(line for a in (feature, next_one) for line in (*a.headlines, *a.paragraphs)) + "\n"
    assert [a.title for a in segment(normalize_text(page))] == ["新时代工会工作的理论指导和行动指南", "培厚工匠精神土壤"]
    # a photo's bracketed label under text stays text (lsszgh_20221227-00-01's （峨胜物流职工之家）)
    page = normalize_text("职工之家建设\n为规范基层工会建设，验收组查看了职工之家。\n（峨胜物流职工之家）\n验收组一行先后查看了阵地。\n")
    assert [a.paragraphs[1] for a in segment(page)] == ["（峨胜物流职工之家）"]


def test_a_column_tag_before_a_long_headline_leaves_it_a_headline():
    """A web page's column before a headline on its line (图集|…, 47 characters after the tag; made up from
    jmzgh_20210419-00-01's headline): the tag is no part of the headline's length — the line had been text — and a tag
    opening a kicker line is set apart from it as from the headline."""
    page = normalize_text("上一篇的标题\n上一篇的正文。\n图集|“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动\n"
                          "本报讯 今天下午，全国总工会在北京举办宣讲活动首场报告会。\n图集|杭州市总工会探索东西部协作扶贫新路子——\n对口帮扶结硕果\n"
                          "本报记者 张明\n正文。\n")
    got = [(a.kicker, a.title) for a in segment(page)]
    assert got[1:] == [("图集", "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动"),
                       ("图集　杭州市总工会探索东西部协作扶贫新路子——", "对口帮扶结硕果")]


def test_a_short_label_and_colon_before_a_long_headline_leave_it_a_headline():
    """关注：, 聚焦：, 工会动态： before a headline on its line (made up, as union sites label one; the outlets' dev pages
    so set read 0.960, the 50-character headline after 关注： taken for text): the label is no part of its length, as a
    column's tag is not — where the text is no headline's, its full stop still says so."""
    long_title = "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动"
    page = normalize_text(f"上一篇的标题\n上一篇的正文。\n关注：{long_title}\n本报讯 今天下午，宣讲启动。\n")
    assert [a.title for a in segment(page)][1:] == [f"关注：{long_title}"]
    body = "说明：" + "本次活动面向全市职工，报名截至5月31日，参赛选手须为在职职工，详情请咨询各区县总工会。"
    page = normalize_text(f"市总工会举办职工技能大赛\n本报讯 近日，市总工会举办职工技能大赛。\n{body}\n")
    assert [a.title for a in segment(page)] == ["市总工会举办职工技能大赛"]


def test_a_headline_longer_than_the_measure_with_its_byline_or_lead_under_it_is_one():
    """A web headline of 50 to 72 characters (made up: jmzgh_20210419-00-01's 50 with a clause more) is a headline when
    its piece's source, byline or lead stands under it and a finished paragraph before it (the outlets' dev pages with
    such a clause after every headline 0.955 → 0.996: it had been text, two pieces one); with text under it, it is
    text."""
    long_title = "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动，推动工会工作高质量发展"
    page = normalize_text(f"上一篇的标题\n上一篇的正文。\n{long_title}\n来源：中工网\n今天下午，全国总工会在北京举办报告会。\n")
    assert [a.title for a in segment(page)] == ["上一篇的标题", long_title]
    page = normalize_text(f"上一篇的标题\n上一篇的正文。\n{long_title}\n全国总工会在北京举办报告会，各地工会收看。\n")
    assert [a.title for a in segment(page)] == ["上一篇的标题"]


def test_a_reprints_original_headline_is_its_subtitle():
    """原标题：… under a reprint's headline (made up, as reprinting sites set it) is the piece's subtitle, not its title —
    it had been the title and the headline the kicker — however long (not more a body line than a headline is)."""
    long_title = "“中国梦·劳动美——永远跟党走 奋进新征程”全国工会劳模工匠宣讲活动首场报告会暨全国巡回宣讲启动"
    page = normalize_text(f"上一篇标题\n上一篇正文。\n市总工会开展送温暖活动\n原标题：情暖职工心 温暖送到家\n"
                          f"本报讯 近日，市总工会开展送温暖活动。\n全国劳模工匠宣讲启动\n原标题：{long_title}\n本报讯 今天下午，宣讲启动。\n")
    assert [(a.kicker, a.title, a.subtitle) for a in segment(page)][1:] == [
        ("", "市总工会开展送温暖活动", "原标题：情暖职工心 温暖送到家"), ("", "全国劳模工匠宣讲启动", f"原标题：{long_title}")]


@pytest.mark.parametrize("run, parts", [
    # the line that carries the paper's column tag is the headline, the plain line under it its subtitle (made up,
    # twenty-ninth session, from features: the subtitle had been the title, the headline its kicker) — above it, a kicker
    (["困难职工的“脱困路”（一线探民生）", "截至去年底，吉林帮扶的1.1万户困难职工家庭中，9000余户实现脱困"],
     ("", "困难职工的“脱困路”（一线探民生）", "截至去年底，吉林帮扶的1.1万户困难职工家庭中，9000余户实现脱困")),
    (["劳模精神代代传（奋斗者·一线）", "这家企业培养出12名高级技师"], ("", "劳模精神代代传（奋斗者·一线）", "这家企业培养出12名高级技师")),
    (["截至去年底，黑龙江精准识别出1.32万户，其中5900余户甩掉帽子", "深度困难职工脱困记（一线探民生）"],  # rmrb_20200204-13-01
     ("截至去年底，黑龙江精准识别出1.32万户，其中5900余户甩掉帽子", "深度困难职工脱困记（一线探民生）", "")),
])
def test_the_line_with_the_column_tag_is_the_headline(run, parts):
    from etl.read.segment import split_heading_run
    assert split_heading_run(run) == parts


def test_a_photo_over_a_reports_text_is_no_photo_story():
    """A headline, a caption with its credit, then the report's text (web pages set the photo first; People's Daily
    train pages with a caption after each first paragraph 0.865 → 0.908, made up): one news article — the text had
    become an untitled fragment after a closed photo story."""
    page = normalize_text("庆元职工拔河迎“五一”\n本报记者 李四\n日前，庆元县总工会举办拔河比赛。\n"
                          "市总工会开展送清凉活动\n图为活动现场。 张明 摄\n"
                          "7月10日，市总工会开展“夏送清凉”活动，走访慰问一线职工5000余人次，为高温下坚守岗位的环卫工人、"
                          "建筑工人送去防暑降温用品。\n")
    got = segment(page)
    assert [a.title for a in got] == ["庆元职工拔河迎“五一”", "市总工会开展送清凉活动"]
    assert got[1].kind != "photo" and len(got[1].paragraphs) == 2


@pytest.mark.parametrize("under_caption", [
    ["作者：培训部", "9月22日，学院党委副书记带队赴浙江学习考察。"],  # the report's byline under the caption
    ["记者 任彦 通讯员 周琛", "宁愿一人脏，换来万家洁。"],
    ["来源：全国总工会官微", "针对甘肃地震灾情，全国总工会紧急下拨救灾资金。"],  # a source line there credits the piece
    ["春节慢慢近了，游子纷纷踏上回家路。"],  # a short opening with no date or lead
])
def test_a_photo_over_a_reports_text_however_it_opens(under_caption):
    """The report's text under a headline's credited caption, past the report's byline or source line, however short
    its first paragraph (pages composed with a caption under each headline: the outlets' dev 0.811 → 1.000, People's
    Daily's train half 0.866 → 0.920; made up from the outlets' openings): one news article, nothing untitled."""
    page = normalize_text("庆元职工拔河迎“五一”\n本报记者 李四\n日前，庆元县总工会举办拔河比赛。\n"
                          "市总工会开展送清凉活动\n图为活动现场。 张明 摄\n" + "\n".join(under_caption) + "\n")
    got = segment(page)
    assert [a.title for a in got] == ["庆元职工拔河迎“五一”", "市总工会开展送清凉活动"]
    assert got[1].kind != "photo" and under_caption[-1] in got[1].paragraphs


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("kicker", ["喜迎五一劳动节", "关爱一线职工", "弘扬劳模精神 争做时代先锋"])
def test_a_photo_story_under_a_kicker_keeps_its_short_headline(kicker):
    """grrb_20140722-02-04's captions credit the photographer right after their full stop (…干得热火朝天。孟德龙 摄): a
    credit, so the file is a photo story (its gold's kind) and a short headline over a caption under a kicker is the
    headline, no section head under the kicker as the headline (outlets' dev pairs with a kicker over the second's
    headline: 63 of 702 lost a piece, 11 now; composed kicker pages 0.968 → 0.992)."""
    text = (SHARED / "gold" / "dev_grrb" / "texts" / "grrb_20140722-02-04.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    page = normalize_text("\n".join(["市总工会召开全委会", "本报讯（记者 张明）6月1日，市总工会召开全委会议，部署全年工作。", kicker]
                                    + paras))
    got = segment(page)
    assert [(a.kind, a.title, a.kicker) for a in got][1] == ("photo", "冰与火的考验", kicker)
    assert got[1].byline == "孟德龙"


def test_an_exclaimed_headline_after_a_photo_story():
    """A headline ending in ！ right after a photo story's credited caption opens the next piece (outlets' dev pairs with
    ！ after every headline, a photo story first: 22 of 702 lost the second piece, 6 now; made up after zjgrrb_20150421)."""
    page = normalize_text("庆元职工拔河迎“五一”！\n日前，园区企业员工拔河比赛隆重举行。\n"
                          "经过激烈角逐，梦天木业等分别荣获前八名。通讯员柳庭和 记者孟万成 摄\n"
                          "夜访城市工人休息室！\n福建省总工会主席走进福州市鼓楼区大街小巷，夜访城市工人休息室。\n")
    assert [a.title for a in segment(page)] == ["庆元职工拔河迎“五一”！", "夜访城市工人休息室！"]


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("name, sections", [("rmrb_20191018-11-01.txt", "核心阅读"), ("rmrb_20191009-13-01.txt", "核心阅读")])
def test_a_photo_over_a_features_first_section(name, sections):
    """A credited caption between a feature's headline and its section mark (核心阅读): the feature goes on under the
    photo — 核心阅读 had opened an article of its own (People's Daily train pairs with such a caption: 162 of 812 lost a
    piece, 56 now — the rest a short section heading over its reporter, 餐餐好滋味 / 本报记者 贺 勇, which reads as the
    next piece's headline after a photo story, as test_photo_credit_in_brackets has it). Real files, the caption made up."""
    from etl.evaluate.compose import split_article, varied
    d = SHARED / "corpus" / "rmrb_2019_2020"
    first = split_article("a", (d / "rmrb_20190201-05-05.txt").read_text(encoding="utf-8"))
    second = varied("caption-top", [split_article("b", (d / name).read_text(encoding="utf-8"))])[0]
    assert second.paragraphs[1] == sections
    got = segment(normalize_text("\n".join([*first.headlines, *first.paragraphs, *second.headlines, *second.paragraphs])))
    assert [a.title for a in got] == [first.title, second.title]


@pytest.mark.parametrize("page", [
    # a photo's caption alone, credited, with no headline, is a photo news item, its facts told — not a stray fragment
    # (made up, thirty-second session, from a page's photo: its event had been lost)
    "图为5月1日，杭州市总工会在西湖文化广场举办“劳动者之歌”文艺演出，为一线职工送上节日祝福。\n本报记者 王飞 摄\n",
    "图为7月10日，区总工会工作人员为环卫工人送上防暑降温物品。（通讯员 李强 摄）\n",
])
def test_a_lone_credited_caption_is_a_photo_item(page):
    got = segment(normalize_text(page))
    assert [a.kind for a in got] == ["photo"] and got[0].byline


def test_a_second_caption_under_a_photo_is_no_reports_text():
    page = normalize_text("炎炎夏日里的一线劳动者\n图为建筑工人在工地忙碌。 张明 摄\n图为环卫工人清扫街道。\n")
    got = segment(page)
    assert [a.kind for a in got] == ["photo"] and len(got[0].paragraphs) == 2


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_an_editors_note_opens_the_text_under_its_headline():
    """编者按：… right under a heading run opens the piece's text (rmrb_20200125-02-01, rmrb_20200102-14-01 and
    gxworker_20251023-00-01 open so; pages with a note opening every third piece: People's Daily train 0.921 → 0.960,
    the outlets' dev 0.943 → 1.000): the headline had been read as a section head of the piece before — in 112 of the
    272 ordered pairs of the outlets' dev files with a note under the second's headline, none now. One such pair."""
    from etl.evaluate.compose import split_article
    texts = SHARED / "gold" / "dev_prov" / "texts"
    first, second = (split_article(n, (texts / n).read_text(encoding="utf-8"))
                     for n in ("grrb_20220502-02-03.txt", "hzrb_20211027-00-01.txt"))
    note = "编者按：一线职工的坚守，是城市运转的底色。本报今起推出系列报道，敬请关注。"  # (made up)
    page = normalize_text("\n".join([*first.headlines, *first.paragraphs, *second.headlines, note, *second.paragraphs]))
    assert [a.title for a in segment(page)][:2] == [first.title, second.title]


def test_a_roundups_first_section_under_its_editors_note_stays_in_it():
    """老年人的新生活 / 编者按：… / 餐餐好滋味 / 本报记者 贺 勇 (rmrb_20191007-07-01 with a note under its headline, the note
    made up): the first section under the note had opened a piece of its own, and every section after it (People's
    Daily train pairs with a note under the first headline: 350 of 2862 lost a piece, 301 now)."""
    page = ("老年人的新生活\n编者按：一线职工的坚守，是城市运转的底色。本报今起推出系列报道，敬请关注。\n餐餐好滋味\n本报记者 贺 勇\n"
            "距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。\n健身花样多\n本报记者 王 亮\n在天坛公园，老大爷们总是准时出现。")
    assert [a.title for a in segment(page)] == ["老年人的新生活"]


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_paragraph_that_goes_on_from_the_last_opens_no_piece():
    """A paragraph whose subject is a pronoun or that opens on a connective goes on with the story (rmrb_20191010-07-01
    under a byline had split at 白天，他们顶着…: People's Daily train pairs with a byline under the second's headline,
    69 of 812 lost a piece, 13 now; composed byline pages 0.967 → 0.975)."""
    from etl.evaluate.compose import split_article, varied
    d = SHARED / "corpus" / "rmrb_2019_2020"
    first = split_article("a", (d / "rmrb_20190201-05-05.txt").read_text(encoding="utf-8"))
    second = varied("byline", [split_article("b", (d / "rmrb_20191010-07-01.txt").read_text(encoding="utf-8"))])[0]
    got = segment(normalize_text("\n".join([*first.headlines, *first.paragraphs, *second.headlines, *second.paragraphs])))
    assert [a.title for a in got] == [first.title, second.title]
    from etl.read.segment import GOES_ON
    assert GOES_ON.match("白天，他们顶着50多摄氏度的高温推沙平田。") and GOES_ON.match("此外，市总工会还将…")
    assert not GOES_ON.match("市总工会日前召开全委会议。") and not GOES_ON.match("2月1日，北京市人力社保局发布通知。")


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
def test_a_subtitle_under_a_headline_is_the_headlines():
    """A 副题 (——记…) under a headline is the headline's: the run is read without it, so a feature after a roundup's
    sections still opens — two People's Daily train files composed into a page with a subtitle under each headline
    (such pages 0.885 → 0.952; the subtitle made up): 篇目介绍 had been read as one more section of the roundup."""
    from etl.evaluate.compose import split_article, varied
    files = [split_article(n, (SHARED / "corpus" / "rmrb_2019_2020" / n).read_text(encoding="utf-8"))
             for n in ("rmrb_20200524-05-01.txt", "rmrb_20200102-05-02.txt")]
    arts = varied("subtitle", files)
    page = normalize_text("\n".join(line for a in arts for line in (*a.headlines, *a.paragraphs)))
    got = segment(page)
    assert [a.title for a in got] == [a.title for a in files]
    assert [a.subtitle for a in got] == [a.paragraphs[0] for a in arts]


def test_a_profiles_subtitle_opens_it_after_a_brief_on_its_theme():
    """他把一生献给了焊花 / ——记全国劳动模范…马建军 after a brief on honours: a feature's subtitle naming whom it tells of
    opens a piece, never a section (made up, nineteenth session: the profile had been read as the brief's text)."""
    page = normalize_text("江苏省总工会召开全委会议\n新华日报讯 1月10日，江苏省总工会全委会议在南京召开，会议表彰了先进单位，"
                          "南京市总工会等20个单位受到表彰。\n他把一生献给了焊花\n——记全国劳动模范、某造船厂高级技师马建军\n"
                          "从一名普通焊工成长为高级技师，马建军用了30年。1995年，他被评为全国劳动模范。")
    assert [a.title for a in segment(page)] == ["江苏省总工会召开全委会议", "他把一生献给了焊花"]


@pytest.mark.parametrize(("caption", "photo"), [
    # two paragraphs with the credit on the line after (grrb_20120629-02-04) or closing the second
    # (zjgrrb_20150421-00-01)
    (["6月27日上午，第四届四川省职工职业技能大赛在成都主赛场拉开了帷幕。",
      "据悉，3年来，四川省技能比赛参赛职工人数呈现逐年递增的态势。", "本报记者 高柱 摄"], True),
    (["由庆元县总工会、浙江庆元工业园区管委会联合举办的迎“五一”园区企业员工拔河比赛隆重举行。",
      "经过激烈角逐，浙江梦天木业有限公司等分别荣获拔河比赛前八名。通讯员柳庭和 记者孟万成 摄"], True),
    # …not a report's closing credit that names its writers too (mbrb_20180226-00-01: …文/摄)
    (["据悉，此次发放的是金田木业和闽根王木业两家企业拖欠已久的工资。",
      "近年来，建瓯法院加大涉民生案件执行力度，切实推进司法为民。（叶婧 王天文 梅文侃 文/摄）"], False),
])
def test_a_two_paragraph_caption_with_its_credit_is_a_photo_story(caption, photo):
    """With no byline or lead to go by (the outlets' dev pages stripped of them 0.930 → 0.958, held-out 0.809 →
    0.818), a headline over a caption of one or two paragraphs closed by a photo credit opens a photo story; the
    headline had been read as a subheading of the piece before."""
    # (the third under its own headline: a photo column's label, 图片新闻, makes a photo story whatever the credit)
    page = normalize_text("\n".join(["市总工会举办职工运动会", "本报记者 李四", "近日，市总工会举办职工运动会，职工踊跃参加。",
                                     "运动会设八个项目，来自全市的两千名职工参赛。",
                                     "图片新闻" if photo else "建瓯法院向218位农民工发放工资", *caption]))
    got = segment(page)
    if photo:
        assert [a.title for a in got] == ["市总工会举办职工运动会", "图片新闻"]
        assert got[1].kind == "photo" and got[1].paragraphs == caption
    else:
        assert all(a.kind != "photo" for a in got)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("roundup", ["rmrb_20191007-07-01.txt", "rmrb_20200524-02-04.txt"])
def test_a_headline_much_longer_than_a_roundups_sections_opens_the_next_piece(roundup):
    """After a roundup whose short sections have reporters of their own (餐餐好滋味 / 本报记者 贺勇; 对口协作支援 /
    资金技术落地 / 本报记者 黄超), a headline over its reporter much longer than they were opens the next piece, as the
    roundup's sections all had before it (People's Daily train pairs with a byline under each headline: 169 of 2862 lost
    a piece, 125 now); one of their width stays one more section (test_composed_page_headlines)."""
    from etl.evaluate.compose import split_article, varied
    files = [split_article(n, (SHARED / "corpus" / "rmrb_2019_2020" / n).read_text(encoding="utf-8"))
             for n in (roundup, "rmrb_20190211-12-01.txt")]
    arts = varied("byline", files)
    page = normalize_text("\n".join(line for a in arts for line in (*a.headlines, *a.paragraphs)))
    assert [a.title for a in segment(page)] == [a.title for a in files]


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared is not beside the checkout")
def test_a_credit_of_a_papers_correspondent_alone_on_its_line_closes_a_caption():
    """本报通讯员 沈岳 摄 alone under a two-paragraph caption (grrb_20231221-02-03) is a photo's credit, as 本报记者 张三 摄
    was: with no dated opening to go by, the photo story after another union brief had been read as the brief's
    section (the outlets' pairs of files stripped of their cues: 41 of 702 lost a piece, 24 now)."""
    from etl.evaluate.compose import split_article, varied
    texts = SHARED / "gold" / "dev_prov" / "texts", SHARED / "gold" / "dev_grrb" / "texts"
    files = [split_article(p.name, read_source(p).text) for p in (texts[0] / "tzrb_20160204-00-01.txt",
                                                                   texts[1] / "grrb_20231221-02-03.txt")]
    arts = varied("bare", files)
    page = normalize_text("\n".join(line for a in arts for line in (*a.headlines, *a.paragraphs)))
    got = segment(page)
    assert [a.title for a in got] == [a.title for a in files] and got[1].kind == "photo" and got[1].byline == "沈岳"
    assert classify("本报记者 吴铎思 本报通讯员 薛晓秋 摄") == "credit" and classify("本报通讯员 沈岳 摄") == "credit"


@pytest.mark.parametrize("last_line", ["电子信箱：mszkrmrb@sina.com", "数据来源：国家开发银行", "新的一年，让我们迈开稳就业的步子，迎来更红火的日子！"])
def test_a_pieces_last_short_line_over_its_source_line_is_its_text(last_line):
    """A piece's last short line — a mailbox (rmrb_20200207-19-02), a chart's data source (rmrb_20200227-15-05), a
    closing exclamation (rmrb_20190225-01-03) — with a web page's source line under it and the next headline after:
    the piece's text and its close, not a headline with its byline (People's Daily train pages with 来源：中工网 under each
    text 0.940 → 0.977)."""
    page = normalize_text("\n".join(["市总工会举办职工运动会", "本报记者 李四", "近日，市总工会举办职工运动会，职工踊跃参加。",
                                     last_line, "来源：中工网", "县总工会开展送温暖活动", "本报记者 张明",
                                     "1月5日，县总工会开展送温暖活动，为困难职工送去慰问金。"]))
    got = segment(page)
    assert [a.title for a in got] == ["市总工会举办职工运动会", "县总工会开展送温暖活动"]
    assert got[0].paragraphs[-2:] == [last_line, "来源：中工网"]


def test_a_kicker_over_a_headline_and_its_first_sections_heading():
    """喜迎五一劳动节 / 老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇 (rmrb_20191007-07-01 with a kicker set over it): the
    headline is the middle line and 餐餐好滋味 heads the first section, as with no kicker — the title had been
    餐餐好滋味, and each later section a piece of its own (People's Daily train pages with a kicker over each one-line
    headline 0.895 → 0.923)."""
    page = normalize_text("喜迎五一劳动节\n老年人的新生活\n餐餐好滋味\n本报记者 贺 勇\n"
                          "距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。\n健身花样多\n本报记者 王 亮\n"
                          "社区里的健身器材，老人们用得最勤。\n")
    [art] = segment(page)
    assert (art.kicker, art.title, art.paragraphs[0]) == ("喜迎五一劳动节", "老年人的新生活", "餐餐好滋味")


def test_a_source_line_under_a_headline_over_a_section_head_credits_that_headline():
    """养老护理员 不看学历看能力 / 来源：工人日报 / 核心阅读 (rmrb_20191018-11-01 as a web page sets it): the source credits
    the headline above it, whose piece opens with its 核心阅读 — not the close of the piece before (a source line with
    a headline under it closes its piece)."""
    page = normalize_text("市总工会举办职工运动会\n本报记者 李四\n近日，市总工会举办职工运动会，职工踊跃参加。\n"
                          "养老护理员 不看学历看能力\n来源：工人日报\n核心阅读\n当前养老服务不断涌现新的需求。\n")
    got = segment(page)
    assert [a.title for a in got] == ["市总工会举办职工运动会", "养老护理员 不看学历看能力"]
    assert got[1].paragraphs[0] == "核心阅读"


@pytest.mark.parametrize("credit", ["来源：工人日报", "本报记者 张明"])
def test_a_roundups_first_section_under_its_headlines_credit_is_a_section(credit):
    """老年人的新生活 / 来源：工人日报 (or a byline) / 餐餐好滋味 / 本报记者 贺 勇 (rmrb_20191007-07-01 with a credit set under
    its headline): a headline with no text yet has its first section there, not a piece with nothing in it and each
    section a piece of its own (People's Daily train pages with a byline under each headline 0.934 → 0.960, with a
    source line 0.945 → 0.971)."""
    page = normalize_text(f"治沙播绿中实现人生价值\n本报记者 李四\n近日，王有德在治沙播绿中实现自己的人生价值。\n老年人的新生活\n"
                          f"{credit}\n餐餐好滋味\n本报记者 贺 勇\n距离上午11点开饭时间还有半个小时，老年食堂就迎来了顾客。\n"
                          "健身花样多\n本报记者 王 亮\n社区里的健身器材，老人们用得最勤。\n")
    got = segment(page)
    assert [a.title for a in got] == ["治沙播绿中实现人生价值", "老年人的新生活"]
    assert got[1].paragraphs[0] == "餐餐好滋味"


@pytest.mark.parametrize("over", ["", "弘扬劳模精神 争做时代先锋\n"])
def test_a_photo_columns_label_opens_a_photo_report(over):
    """图片报道 (rmrb_20200226-05-04) and 图片新闻 (grrb_20120629-02-04) head a photo report of their own, after a finished
    paragraph of a policy text too (it had been read as one more section of it), and under a kicker it stays the title
    (the kicker had become the title and the label text). People's Daily train pages 0.949 → 0.952, with a kicker
    over each headline 0.923 → 0.939."""
    page = normalize_text("养老护理员 不看学历看能力\n本报记者 李四\n三是加强养老护理员信息信用管理。建设全国养老护理员信息和信用管理系统。\n"
                          "四是建立养老护理员褒扬机制。在养老机构等级评定和质量评价工作中，逐步加大相关指标的权重。\n"
                          f"{over}图片报道\n为帮助企业有序复工复产，福建厦门总工会近日发起外地职工“平安返厦”行动。"
                          "职工乘坐包车免费，乘坐包机返厦只需支付1/3的费用。\n")
    assert [a.title for a in segment(page)] == ["养老护理员 不看学历看能力", "图片报道"]


@pytest.mark.parametrize("text, units", [
    # rmrb_20200226-05-04: jieba reads 福建厦门 as one word, and neither had been a place
    ("为帮助企业有序复工复产，福建厦门总工会近日发起外地职工“平安返厦”行动。", ["福建省", "厦门市"]),
    # made up, the shapes the gazetteer probe found unread: a split across words (广|元朝|天, 大|连长|海), a city's short
    # form that is also a common word before one of its counties, a nickname of another city, a former name elsewhere
    ("在广元朝天举行的职工运动会上", ["广元市", "朝天区"]),
    ("大连长海县总工会为渔民职工送清凉", ["大连市", "长海县"]),
    ("大同浑源的职工书屋开放了", ["大同市", "浑源县"]),
    ("在揭阳榕城举行的技能大赛上", ["揭阳市", "榕城区"]),
    ("甘肃临夏东乡县总工会开展慰问", ["甘肃省", "临夏回族自治州", "东乡族自治县"]),
    ("陕西汉滨职工技能大赛", ["陕西省", "汉滨区"]),
    # a street named after a province (河北路) followed by a district's first character is the street
    ("家住河北路北侧的王师傅", []),
])
def test_a_place_followed_at_once_by_one_of_its_own_units_is_both(text, units):
    assert [p.unit.name for p in analyse_text(text, ISSUE).places] == units


def test_every_county_after_its_citys_short_form_is_read():
    """Property over the gazetteer: each county-level unit's short form right after its city's short form (宁波鄞州,
    包头九原) is that county, whatever the tokenizer makes of the pair — save where the two short forms are one name
    (长沙长沙) or one runs into the other (青岛市北, 唐山路北: the city's full name, a street)."""
    from etl.analyse.places import NOT_PLACE_UNITS, find_places, units
    cities = {u.name: u for u in units() if u.level == "city"}
    in_city = collections.Counter((u.city, u.short) for u in units())
    missed = []
    for u in units():
        city = cities.get(u.city)
        if u.level != "county" or not city or len(u.short) < 2 or u.short == u.name or u.short == city.short \
                or u.short.startswith(("市", "路")) or in_city[(u.city, u.short)] > 1 \
                or any(s in u.name for s in NOT_PLACE_UNITS) or u.name.endswith("新区"):
            continue  # (two units of one city by one short form; 开发区 and the like are no places, 新区 a table's)
        if not any(m.unit.adcode == u.adcode for m in find_places(f"在{city.short}{u.short}举行")):
            missed.append(city.short + u.short)
    assert not missed, missed


def test_a_district_many_cities_share_is_the_one_in_the_city_the_article_names():
    """Property over the gazetteer: a district's name that two or more cities have (鼓楼区, 新城区, 西湖区) is the one
    in the city the article names elsewhere, by its full name or its short form — also where that short form is a
    county's too (南昌 beside 南昌县, 西安 beside 辽源's 西安区: made up from a probe of 46 such districts, 12 of
    184 readings had been lost). Cities whose short form is a common word (开封, 包头: city_short_traps.txt) count
    only by their full names; 城区 and 郊区 are common nouns, a city's only right after it (COMMON_NOUN_UNITS)."""
    from etl.analyse.places import CITY_SHORT_TRAPS, COMMON_NOUN_UNITS, find_places, units
    cities = {u.name: u for u in units() if u.level == "city"}
    shared = collections.defaultdict(list)
    for u in units():
        if u.level == "county" and u.city in cities and u.name.endswith(("区", "县")):
            shared[u.name].append(u)
    missed = []
    for name, options in shared.items():
        if len(options) < 2 or name in COMMON_NOUN_UNITS:
            continue
        for u in options:
            city = cities[u.city]
            mentions = [city.name] + ([city.short] if city.short not in CITY_SHORT_TRAPS else [])
            for mention in mentions:
                text = f"{name}总工会为一线职工送去防暑降温物品。这是{mention}各级工会开展夏送清凉活动的一个缩影。"
                if not any(m.unit.adcode == u.adcode for m in find_places(text)):
                    missed.append(f"{mention}/{name}")
    assert not missed, missed


def test_every_county_levels_federation_is_one_body():
    """Property over the gazetteer: 迎泽区总工会, 腾冲市总工会, 玉龙纳西族自治县总工会 — a county-level unit's federation by its
    full name is one body, however the tokenizer cuts the place (as a person's name, or inside it: 腾冲|市总工会). Made up
    from a probe of the country's county-level units, nineteenth session: 421 of 3,033 had been lost or cut; 16 are left
    (the tokenizer reads 曹县, 赵县, 介休市… whole as a name and no place begins the body) — development zones are no
    places here."""
    from etl.analyse.places import COMMON_NOUN_UNITS, NOT_PLACE_UNITS, units
    checked, lost = 0, []
    for u in units():
        if u.level != "county" or u.name[-1] not in "区县市旗" or u.name in COMMON_NOUN_UNITS \
                or any(z in u.name for z in (*NOT_PLACE_UNITS, "示范区", "开发区")):
            continue
        checked += 1
        orgs = [o.text for o in analyse_text(f"1月18日，{u.name}总工会的志愿者为环卫工人送上春联。", ISSUE).orgs]
        if f"{u.name}总工会" not in orgs:
            lost.append(u.name)
    assert checked > 2800 and len(lost) <= 16, lost


def test_a_county_named_short_before_its_federation_is_the_body():
    """腾冲总工会, 宝山总工会, 姜堰总工会 (dev_prov's jyrb): a county by its short form before 总工会 names its federation, as local
    outlets write it (made up, nineteenth session, from a probe of the 2,885 short forms: 925 had given no body, 84 still
    do — short forms that are common words or other places' names, 市中, 白云, 合作, 凤凰, which are no places alone)."""
    from etl.analyse.places import units
    checked, lost = 0, []
    for u in units():
        if u.level != "county" or len(u.short) < 2 or u.short == u.name:
            continue
        checked += 1
        orgs = [o.text for o in analyse_text(f"1月18日，{u.short}总工会的志愿者为环卫工人送上春联。", ISSUE).orgs]
        if not any(o.endswith(u.short + "总工会") for o in orgs):
            lost.append(u.short)
    assert checked > 2800 and len(lost) <= 84, lost
    evs = events.extract(analyse_text("1月18日，腾冲总工会的志愿者为环卫工人送上春联。", ISSUE, title="图片新闻"))
    assert [e.organizer for e in evs] == ["腾冲总工会"]


@pytest.mark.parametrize("title, body, expected", [
    # a roundup's sections, each opening on the place it tells of, take the window its lead dates the roundup by, and
    # one name held by different bodies in places apart is two events (made up, twenty-fourth session, from briefs: the
    # sections after the first had been undated mentions, or merged into the first)
    ("各地工会送清凉", "本报记者 张三\n入伏以来，全国多地持续高温。\n在河北，石家庄市总工会开展“送清凉”活动，为环卫工人送去防暑降温"
     "物品。\n在江西，南昌市总工会联合市城管局开展“送清凉”活动，慰问一线环卫工人3000余名。",
     [("河北", "石家庄市总工会", "2022-07-11"), ("江西", "南昌市总工会、市城管局", "2022-07-11")]),
    ("各地工会开展春节送温暖活动", "本报记者 李四\n春节前夕，各地工会纷纷开展送温暖活动。\n在山西，太原市总工会走访慰问困难职工"
     "1200户，发放慰问金和慰问品价值180万元。\n在四川，成都市总工会组织劳模、工匠志愿者为职工群众写春联、送福字。",
     [("山西", "太原市总工会", "2023-01-10"), ("四川", "成都市总工会", "2023-01-10")]),
    # (…not one story's two tellings, the second placed only by the province the first's district lies in:
    # grrb_20160111-02-02's 夜访 had become two)
    ("夜访城市工人休息室", "1月7日晚上，福建省人大常委会副主任、省总工会主席张广敏走进福州市鼓楼区大街小巷夜访城市工人休息室。\n"
     "当天夜里，张广敏走访了多间休息室，并同正在那里休息的环卫工人交谈。", [("福建", "福建省总工会", "2023-01-07")]),
    # a city-province's 市总工会 is its own, a section may open on its place's union, and the lead's 各地工会 holding
    # 形式多样的活动 is no body nor event (made up, twenty-ninth session, from roundups: the lead's summary had been an
    # event held by the first section's union, 重庆's by 深圳's, and 深圳's gift undated)
    ("各地工会情暖农民工返乡路", "本报记者 王明 李红\n春节临近，各地工会组织开展形式多样的活动，帮助农民工平安返乡、温暖过年。\n"
     "在重庆，市总工会开展“春送岗位”活动，在万州、涪陵等区县设立服务点，为返乡农民工提供就业信息。\n"
     "在四川，省总工会开展“冬送温暖”活动，走访慰问困难农民工。\n"
     "广东省深圳市总工会则为留深过年的2万名外来务工人员送上年货礼包。",
     [("重庆", "重庆市总工会", "2023-01-15"), ("四川", "四川省总工会", "2023-01-15"), ("广东", "广东省深圳市总工会", "2023-01-15")]),
    # a roundup's summary told by one section's act of its kind is that act, its own body's and named as it is (made up,
    # thirtieth session, from roundups: the section's act had taken the summary's name)
    ("各地工会多措并举帮扶困难职工", "本报记者 李四\n春节临近，各地工会纷纷开展送温暖活动。\n在黑龙江，省总工会走访慰问困难职工家庭"
     "4万户。\n在山西，省总工会开展“两节”送温暖活动，为困难职工送去年货。",
     [("山西", "山西省总工会", "2022-12-01"), ("黑龙江", "黑龙江省总工会", "2023-01-15")]),
    ("工会送清凉", "本报记者 张三\n入伏以来，各地工会纷纷开展送清凉活动。\n在江苏，南京市总工会为环卫工人送去防暑降温物品。\n"
     "在安徽，合肥市总工会开展送清凉活动，为环卫工人送去绿豆汤。",
     [("江苏", "南京市总工会", "2022-07-11"), ("安徽", "合肥市总工会", "2022-07-11")]),
    ("各地工会送清凉", "本报记者 张三\n入伏以来，各地工会开展丰富多彩的活动，为一线职工送清凉。\n在北京，市总工会开展“夏送清凉”"
     "慰问活动，慰问户外劳动者。\n在天津，市总工会开展“送清凉”活动，为环卫工人送去绿豆汤。",
     [("北京", "北京市总工会", "2022-07-11"), ("天津", "天津市总工会", "2022-07-11")]),
])
def test_a_roundups_sections_are_events_of_its_window(title, body, expected):
    evs = events.extract(analyse_text(body, ISSUE, title=title))
    assert [(e.place.unit.province_short if e.place else "", e.organizer, e.date_start.isoformat()) for e in evs] \
        == expected, [(e.name, e.organizer, e.date_start) for e in evs]


@pytest.mark.parametrize("title, body, names", [
    # a roundup's summary told by one section's act of its kind is that act, named as it is (made up, thirtieth session,
    # from roundups: the section's act had taken the summary's name)
    ("各地工会多措并举帮扶困难职工", "本报记者 李四\n春节临近，各地工会纷纷开展送温暖活动。\n在黑龙江，省总工会走访慰问困难职工家庭"
     "4万户。\n在山西，省总工会开展“两节”送温暖活动，为困难职工送去年货。", ["“两节”送温暖活动", "省总工会走访慰问"]),
    ("工会送清凉", "本报记者 张三\n入伏以来，各地工会纷纷开展送清凉活动。\n在江苏，南京市总工会为环卫工人送去防暑降温物品。\n"
     "在安徽，合肥市总工会开展送清凉活动，为环卫工人送去绿豆汤。", ["送去防暑降温物品", "送清凉活动"]),
])
def test_a_roundups_summary_is_the_section_act_that_tells_it(title, body, names):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title=title))] == names


@pytest.mark.parametrize("title, body, issue, expected", [
    # a headline's campaign the lead dates by a festival or season is not one of its bodies' acts told in the paragraphs
    # after, each a day of its own (made up, twenty-fifth session, from roundups: the campaign had taken the first
    # county's day and been merged into its visit) — the same body's act on a day tells the campaign
    ("赣州各级工会多措并举送温暖", "春节临近，江西省赣州市各级工会组织开展形式多样的送温暖活动。\n1月10日，于都县总工会走访慰问了20户"
     "困难职工家庭，为每户送上慰问金1000元。\n1月14日，南康区总工会在家具产业园举办“迎新春送万福”活动，为500名一线职工送去春联。",
     dt.date(2025, 1, 20), [("江西省赣州市各级工会", "2025-01-15", "period"), ("于都县总工会", "2025-01-10", "day"),
                            ("南康区总工会", "2025-01-14", "day")]),
    ("杭州工会送清凉", "入夏以来，杭州市各级工会广泛开展“送清凉”活动。\n7月10日，西湖区总工会走进地铁施工工地，为200名建筑工人送上"
     "清凉。\n7月12日，萧山区总工会为辖区环卫工人送去防暑降温物品。", dt.date(2025, 7, 20),
     [("杭州工会", "2025-06-01", "period"), ("西湖区总工会", "2025-07-10", "day"), ("萧山区总工会", "2025-07-12", "day")]),
    ("市总工会走访慰问困难职工", "春节前夕，市总工会开展走访慰问活动。\n1月10日，市总工会主席张三带队走访慰问了20户困难职工家庭。",
     dt.date(2025, 1, 20), [("市总工会", "2025-01-10", "day")]),
])
def test_a_campaign_the_lead_dates_by_a_season_is_not_one_of_its_acts(title, body, issue, expected):
    evs = events.extract(analyse_text(body, issue, title=title))
    assert [(e.organizer, e.date_start.isoformat(), e.date_precision) for e in evs] == expected, \
        [(e.name, e.organizer, e.date_start) for e in evs]


@pytest.mark.parametrize("title, body, kept", [
    # a headline's amount the body tells again, as well described, is the body's telling: its flow, its sentence (made
    # up, twenty-fifth session, from briefs: the headline's 三年投入 had been kept, spent, not a running total;
    # tibetcn_20231219-00-01 moved with it, its row now the body's sentence and purpose)
    ("市总工会三年投入1.2亿元建设职工之家", "记者从市总工会获悉，2022年以来，市总工会累计投入资金1.2亿元，建成各级职工之家860家。",
     [(120000000.0, "cumulative", "2022年以来")]),
    ("省总工会下拨500万元救灾资金", "8月2日，省总工会紧急下拨500万元工会救灾慰问资金，支持受灾地区工会开展救灾工作。",
     [(5000000.0, "granted", "8月2日")]),
    # …two tellings in the body are kept as the first (rmrb_20200121-13-01's 慰问金 and a policy's 高温费, both 1000元)
    ("环卫工人的一天", "刚刚从市总工会走访人员手中领到1000元慰问金的他，拔腿就走。\n去年，我市出台意见，每年发放1000元高温费。",
     [(1000.0, "granted", "刚刚")]),
])
def test_a_headlines_amount_the_body_tells_is_the_bodys(title, body, kept):
    rows = money.extract(analyse_text(body, dt.date(2023, 12, 20), title=title))
    assert [(r.money.yuan, r.flow) for r in rows] == [(yuan, flow) for yuan, flow, _ in kept] \
        and all(told in r.sentence for r, (*_, told) in zip(rows, kept)), [(r.money.yuan, r.flow, r.sentence) for r in rows]


@pytest.mark.parametrize("body, name", [
    # a dateline cut at its day leaves no 电 on the event's name, with a credit after it or a space alone (made up,
    # twenty-fifth session, from a brief: 电 中华全国总工会…会议)
    ("本报北京12月4日电 中华全国总工会第十八届执行委员会第三次全体会议4日在京召开。", "中华全国总工会第十八届执行委员会第三次全体会议"),
    ("本报成都3月5日电 四川省第十四届职工运动会5日在成都开幕。", "四川省第十四届职工运动会"),
    ("本报杭州10月27日电 （记者 王明）第六届全国职工职业技能大赛27日在杭州开幕。", "第六届全国职工职业技能大赛"),
])
def test_a_datelines_cut_leaves_no_word_on_the_name(body, name):
    assert [e.name for e in events.extract(analyse_text(body, ISSUE, title="标题"))] == [name]


@pytest.mark.parametrize("body, name", [
    # a document a body issues is an announcement by the kinds documents are (event_triggers.tsv): 指引, 规程, 守则, 手册,
    # 公约, 章程 and a title's 若干措施 too (made up, twenty-fifth session, from a probe of 9 document kinds: 7 had given no
    # event); measures taken, said bare, are none (各地出台了一系列政策措施: rmrb_20200227-13-01's, which 措施 had made one)
    ("近日，全国总工会发布《新就业形态劳动者劳动权益保障工作指引》。", "《新就业形态劳动者劳动权益保障工作指引》"),
    ("12月1日，省总工会印发《关于加强新就业形态劳动者服务的若干措施》。", "《关于加强新就业形态劳动者服务的若干措施》"),
    ("近日，市总工会制定《职工书屋管理规程》。", "《职工书屋管理规程》"),
    ("近日，市总工会发布《户外劳动者服务站点服务公约》。", "《户外劳动者服务站点服务公约》"),
    ("为稳定就业，各地出台了一系列政策措施。", None),
])
def test_documents_issued_by_their_kinds(body, name):
    evs = events.extract(analyse_text(body, ISSUE, title="标题"))
    assert [e.name for e in evs] == ([name] if name else []), [(e.name, e.event_type) for e in evs]


@pytest.mark.parametrize("title, body, province", [
    # places in a clause after the event's own, neither where it was held (在) nor where it went (赴), tell what it was
    # about, not where it was (made up, twenty-fifth session, from a year's review: the meeting had been placed in 大同;
    # rmrb_20191022-12-01's 金秋招聘月, in 新疆 of the next clause's 面向西藏青海新疆高校毕业生, moved with it)
    ("全省工会工作综述", "太原市总工会举办职工运动会。10月，省总工会召开全省产业工人队伍建设改革推进会，学习借鉴广东、浙江等地经验。",
     "山西"),
    ("全省工会工作综述", "郑州市总工会举办职工运动会。10月，省总工会召开全省困难职工帮扶工作推进会，推广江苏苏州、浙江宁波等地做法。",
     "河南"),
    ("劳模疗休养", "太原市总工会举办职工运动会。10月，省总工会组织劳模疗休养，赴云南大理开展为期7天的活动。", "云南"),
    ("推进会召开", "太原市总工会举办职工运动会。10月，省总工会召开全省产业工人队伍建设改革推进会，会议在大同举行。", "山西"),
])
def test_places_a_later_clause_tells_of_are_no_venue(title, body, province):
    evs = [e for e in events.extract(analyse_text(body, ISSUE, title=title)) if "运动会" not in e.name]
    assert [e.place.unit.province_short if e.place else "" for e in evs] == [province], \
        [(e.name, e.place.text if e.place else "") for e in evs]


NOTICE = ("各县（市、区）总工会，市直各产业工会：\n2025年，全市各级工会广泛开展职工技能竞赛活动，涌现出一批技术精湛的优秀选手。"
          "经研究，决定对张立、王芳等20名优秀选手予以通报表彰。\n希望受表彰的同志珍惜荣誉，再创佳绩。\n"
          "附件：2025年度全市职工技能竞赛优秀选手名单\n张立（市供电公司）　王芳（市自来水公司）　刘洋（市公交集团）\n"
          "宜春市总工会\n2025年12月1日")


def test_a_notice_is_given_by_who_signed_it_not_by_whom_it_is_sent_to():
    """A union's notice (made up, twenty-fifth session): its addressees (各县（市、区）总工会，市直各产业工会：) had given its
    honours and held its year's contests, and its signer's name, above the day it signed, had been one more name of its
    roster. The signer gives and holds; the roster ends above the signature."""
    doc = analyse_text(NOTICE, dt.date(2025, 12, 5), title="关于表彰2025年度全市职工技能竞赛优秀选手的通报")
    assert doc.signed_by is not None and doc.signed_by.text == "宜春市总工会"
    listed = [a for a in awards.extract(doc) if a.rule == "honour.list"]
    assert [(a.recipient, a.awarded_by) for a in listed] == [(w, "宜春市总工会") for w in ("张立", "王芳", "刘洋")]
    assert [e.organizer for e in events.extract(doc)] == ["宜春市总工会"]
    # (…and a story whose last line is a date, under no body's name, is signed by no one)
    assert analyse_text("市总工会举办职工运动会。\n本届运动会设10个项目。\n2025年12月1日", ISSUE).signed_by is None


@pytest.mark.parametrize("text, rows", [
    # those commended, then the title granted them in the clause after, with no recipient of its own (made up,
    # twenty-fifth session, from a union's notice: no row); counted, no one named; nothing when what was summed up is no one
    ("经研究，决定对张立、王芳等20名优秀选手予以通报表彰，并授予“金牌工人”称号。",
     [("金牌工人", "张立", 20), ("金牌工人", "王芳", 20)]),
    ("大会对刘强、陈敏两位同志进行了表彰，同时授予“最美职工”荣誉称号。", [("最美职工", "刘强", 2), ("最美职工", "陈敏", 2)]),
    ("市总工会决定对20名优秀选手予以表彰，并授予“金牌工人”称号。", [("金牌工人", "", 20)]),
    ("会议对去年工作进行了总结，并授予“先进单位”称号。", []),
])
def test_a_title_granted_to_those_commended_before_it(text, rows):
    got = awards.extract(analyse_text(text, ISSUE, title="标题"))
    assert [(a.award, a.recipient, a.group_count) for a in got] == rows


@pytest.mark.parametrize("text, status", [
    # a running total's word opening the clause right before the honour's makes it a total; one further back, before
    # other acts, is background (made up, twenty-fifth session, from a union's decision: its grant had been cumulative)
    ("近年来，我市共有50名职工获评“齐鲁工匠”。", "cumulative"),
    ("近年来，全省各级工会积极作为，为表彰先进，省总工会决定，授予张明等50名同志“全省工会系统先进个人”称号。", "current"),
    ("多年来，全市各级工会攻坚克难，成绩显著，市总工会日前授予李华等10名同志“优秀工会工作者”称号。", "current"),
])
def test_a_running_totals_word_reaches_the_clause_after_it(text, status):
    assert {a.status for a in awards.extract(analyse_text(text, dt.date(2025, 12, 5), title="标题"))} == {status}


@pytest.mark.parametrize("text, rows", [
    # an amount in 万 with no 元 right after a verb of giving money is money (tzrb_20160204-00-01's 捐款20多万, which its
    # gold has; made up, twenty-fifth session: 捐资50万) — not what a count's unit follows
    ("梁徐镇工会组织爱心企业家捐款20多万成立帮扶服务基金会，帮助困难职工。", [(200000.0, "爱心企业家捐款")]),
    ("1月10日，市总工会向灾区职工捐资50万，用于灾后重建。", [(500000.0, "市总工会")]),
    ("市总工会发动职工捐款2万人次，帮助困难职工。", []),
    # …and two bodies' equal sums in one sentence are two facts, not one told twice (tzrb_20160204-00-01: the second had
    # been merged into the first; made up: two unions' 10万元)
    ("苏中药业工会为200多名困难职工送上20多万元慰问金；梁徐镇工会组织爱心企业家捐款20多万成立帮扶服务基金会。",
     [(200000.0, "苏中药业工会"), (200000.0, "爱心企业家捐款")]),
    ("1月10日，市建设工会向困难职工发放慰问金10万元，市教育工会为困难教师送去慰问金10万元。",
     [(100000.0, "市建设工会"), (100000.0, "市教育工会")]),
])
def test_money_given_without_yuan_and_equal_sums_of_two_bodies(text, rows):
    assert [(r.money.yuan, r.payer) for r in money.extract(analyse_text(text, ISSUE))] == rows


@pytest.mark.parametrize("body, name, etype", [
    # a verb that opens a ceremony's name (签约仪式) is no verb of the agreement before it: the ceremony is held (made up,
    # twenty-fifth session, from briefs: an agreement named from the venue, 市职工服务中心举行…集体合同)
    ("3月6日，县总工会举行集体合同签约仪式，20家企业参加。", "集体合同签约仪式", "ceremony"),
    ("3月6日，市总工会在市职工服务中心举行女职工权益保护专项集体合同签约仪式，市工商联负责人出席。",
     "女职工权益保护专项集体合同签约仪式", "ceremony"),
    ("3月6日，市总工会与市人社局签订合作协议。", "合作协议", "agreement"),
])
def test_a_signing_ceremony_is_the_ceremony(body, name, etype):
    assert [(e.name, e.event_type) for e in events.extract(analyse_text(body, ISSUE, title="标题"))] == [(name, etype)]


@pytest.mark.parametrize("subtitle, answer, payer", [
    # an interview's 我们 is the body its subtitle says it questions (made up, twenty-fifth session, from an interview:
    # 我们还投入专项资金5000万元 had had no payer, its kind unknown); a story with no such subtitle names none so
    ("——访浙江省总工会党组书记、常务副主席陈小平", "陈小平：今年以来，我们还投入专项资金5000万元，为20万名新就业形态劳动者办理互助保障。",
     "浙江省总工会"),
    ("——专访深圳市总工会党组书记王强", "王强：去年，我们共筹集送温暖资金2000万元，走访慰问困难职工1万户。", "深圳市总工会"),
    ("——一线职工的心声", "张师傅：去年，我们班组为困难职工捐款2万元。", ""),
])
def test_an_interviews_we_is_the_body_it_questions(subtitle, answer, payer):
    from etl.read.segment import Article
    art = Article(title="让职工安心扎根", subtitle=subtitle, paragraphs=["记者：今年有哪些新举措？", answer])
    rows = money.extract(analyse(art, dt.date(2025, 12, 6)))
    assert [r.payer for r in rows] == [payer]
