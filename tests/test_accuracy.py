"""Accuracy floors: the ETL scored against hand-checked gold, so a regression fails CI.

The floors are what the rules reach today minus a small margin (see the README's
accuracy table); the sample page must stay at 0.95 or better on every task.
`etl.evaluate.scoring` must count exactly as the shared scorer does, so the numbers in
the harness are the numbers reviewers see.
"""
from __future__ import annotations

import importlib.util
import json
import re

import pytest
from conftest import SHARED

from etl.evaluate import (
    DEFAULT_SETS,
    SPLIT_SETS,
    score_composed,
    score_set,
    split_gold,
    table,
)
from etl.evaluate.scoring import OWN_TASKS, TASKS, Count

GOLD = SHARED / "gold"
pytestmark = pytest.mark.skipif(not DEFAULT_SETS.exists(), reason="../shared/gold is not beside the checkout")

# pooled over the dev split (every set but the sample page; the held-out third of the newest sets left out),
# measured 2026-12-04, union flag and places 2026-12-05, events 2026-12-05, organisers and dates 2026-12-05 (later session), provinces and events 2026-12-05 (seventh session), union flag, events and organisers 2026-12-05 (eighth), event dates (tenth: 0.97) (see README), floors a
# margin below: a regression fails CI
POOLED_FLOORS = {"segmentation": 0.98, "provinces": 0.97, "places": 0.98, "primary_province": 0.98,
                 "union_flag": 0.98, "events": 0.96, "event_dates": 0.97, "event_organizers": 0.97,
                 "awards": 0.97, "funding": 0.98,
                 "award_givers": 0.92}  # (givers: this harness's own task, 0.92 in the eleventh session, 0.40 before;
# twelfth session: provinces 0.97, organisers 0.98, givers 0.94; fourteenth: awards 0.98 — 55/55/57 —, places 0.99;
# fifteenth: awards 0.99 — 56/56/57 —, givers 0.95; twenty-fifth: funding 0.98 → 1.00 — 25/25/25 —, floor 0.96 → 0.98;
# twenty-ninth: places 1.00, events 0.98, event dates 0.99, organisers 0.99 — floors 0.97 → 0.98, 0.94 → 0.96,
# 0.95 → 0.97, 0.96 → 0.97; thirty-second: provinces 0.97 → 0.99 — 108/111/108, a route's destinations no place —,
# floor 0.95 → 0.97)
# the held-out split (never read while tuning), measured the same day: a floor, not a target — it is small
# (14 articles), so a floor is set a wider margin below what it reached
HELD_OUT_FLOORS = {"segmentation": 0.95, "provinces": 0.86, "places": 0.73, "primary_province": 0.85,
                   "union_flag": 0.86, "events": 0.92, "event_dates": 0.85, "event_organizers": 0.92,
                   "awards": 0.80, "funding": 0.94, "award_givers": 0.85}  # (givers 0.57: 8 of the 8 found, twelfth)  # awards reached 0.48 in the sixth session (0.31 before); seventh
# session: places 0.75, events 1.00, event dates 0.92, organisers 1.00; sixteenth: places 0.78 (floor 0.70 → 0.73);
# eighteenth: awards 0.53 → 0.84 (16/18/20) and givers 0.57 → 0.89 (floors 0.45 → 0.80, 0.50 → 0.85); twenty-third:
# union flag 0.88 → 0.92 (12/13/13; floor 0.80 → 0.86); twenty-ninth: funding 0.94 → 1.00 (9/9/9; floor 0.88 → 0.94)
COMPOSED_FLOOR = 0.90  # mean segmentation F1 on pages composed from held-out ('test' half) files (reached 0.92)
# pages composed from the provincial, city and union outlets' articles (dev_prov, dev_grrb texts): the files
# the heading model may train on, and the held-out files it never saw
OUTLET_TEXTS = [GOLD / "dev_prov" / "texts", GOLD / "dev_grrb" / "texts"]
COMPOSED_OUTLET_FLOORS = {"dev": 0.98, "heldout": 0.90}  # reached 1.000 and 0.869 (sixth session); held-out 0.937 once
# the scorer took a file's main headline for its title, not a subtitle line under it (twenty-second session)
# …the dev files stripped of their bylines, lead credits and dated openings (compose.without_cues): only headlines and
# words tell where a piece opens (reached 0.925 over 3 shuffles, 0.895 over 10 in the ninth session; 0.966 over 3 and
# 0.958 over 5 in the tenth, with two-paragraph captions)
COMPOSED_BARE_OUTLET_FLOOR = 0.95  # (0.988 over 5 in the eleventh, the union's own words no topic of one piece)
# …and set in other papers' ways (compose.VARIATIONS), over 3 shuffles; each way had cost most of a page's articles
# before the ninth session (reached over 5 shuffles in the tenth: exclaimed 0.985, kicker 0.968, byline 1.000, column
# 1.000, end-mark 1.000, source 1.000, dateline 1.000)
COMPOSED_VARIED_OUTLET_FLOORS = {"subtitle": 0.95, "caption-top": 0.95, "editors-note": 0.95, "photo-mark": 0.95,
                                 "writers-end": 0.95, "photo-end": 0.95,
                                 "exclaimed": 0.95, "kicker": 0.95, "byline": 0.95, "column": 0.95, "end-mark": 0.95,
                                 "source": 0.95, "source-top": 0.95, "dateline": 0.95, "web-meta": 0.95,
                                 "marked-byline": 0.95, "asked": 0.95, "wrapped-head": 0.95, "hard-wrapped": 0.95,
                                 "bar-tag": 0.95, "social-post": 0.95,
                                 "post-header": 0.95, "source-bracket": 0.95, "labelled": 0.95}
# …and People's Daily's train half so set (reached over 3 shuffles: exclaimed 0.946 — 0.673 before the tenth session —,
# byline 0.960, column 0.977, source-top 0.971)
COMPOSED_VARIED_RMRB_FLOORS = {"exclaimed": 0.90, "byline": 0.95, "column": 0.93, "source-top": 0.93,
                               "subtitle": 0.93, "caption-top": 0.95, "editors-note": 0.93, "photo-mark": 0.95,
                               "writers-end": 0.95, "photo-end": 0.92, "web-meta": 0.95, "marked-byline": 0.95,
                               "asked": 0.93, "wrapped-head": 0.93, "hard-wrapped": 0.93,
                               "bar-tag": 0.95, "social-post": 0.93,
                               "post-header": 0.93, "source-bracket": 0.95, "labelled": 0.93}
# (fifteenth session: a web page's publishing line under each headline, 发布时间：… 来源：… 作者：…, 0.985 on People's
# Daily's train half and 1.000 on the outlets' dev as the code stood; a marked byline, 文/图 本报记者 张明, ■本报记者 …,
# 0.979 and 1.000 — 文/图 before a reporter's title had been read as text, now a byline; a headline that asks, …？,
# 0.954 and 0.996; a headline of 20 characters or more wrapped onto two lines 0.899 → 0.960 and 1.000 — a column
# tag alone on the second line, （为了民族复兴·英雄烈士谱）, had been read as text and the piece merged into the one before;
# each paragraph hard-wrapped at 28 characters 0.735 → 0.957 and 0.817 → 1.000 — lines that run the wrap's width go on;
# a web page's column before each headline on its line, 图集|…, 0.985 and 0.960 → 1.000 — a headline of 47 characters
# with its tag had been too long for one; a republished WeChat post's topic tags under each headline and its prompts
# under each text, social-post, 0.346 → 0.960 and 0.242 → 1.000 — the tags had read as headlines, each piece split; its
# header under each headline, 原创 中国工会 2023-05-08 10:30 北京, post-header, 0.000 → 1.000 on the outlets' dev — the
# header had been every piece's title; （来源：工人日报） under each text, source-bracket, 0.923 → 1.000 on the outlets' dev,
# 0.985 on People's Daily's train half — after a piece closed by its photo's credit it had been an untitled piece)
# (sixteenth session: a site's short label and a colon before each headline, 关注：…, labelled, 0.960 → 1.000 on the
# outlets' dev, 0.960 on People's Daily's train half — the 50-character headline after its label had been text)
# (twelfth session: a web page's photo mark after each headline, …（图）, 0.925 → 0.960 on People's Daily's train half and
# 0.960 → 1.000 on the outlets' dev: a long headline had been too long for one, and the mark hid a column tag; the
# writers in brackets on a line under each text, （张明 李华）, 0.977 → 0.985 and 0.982 → 1.000; a credited photo caption
# under each text 0.879 → 0.947 and 0.969 → 1.000)
# (eleventh session: a subtitle under each headline 0.885 → 0.952 on People's Daily's train half, 0.988 → 1.000 on the
# outlets' dev; a credited photo caption between each headline and its text 0.866 → 0.957 and 0.811 → 1.000; an
# editor's note opening every third piece's text 0.921 → 0.960 and 0.943 → 1.000)


@pytest.fixture(scope="module")
def results():
    sets = json.loads(DEFAULT_SETS.read_text(encoding="utf-8"))["sets"]
    return {s["name"]: score_set(DEFAULT_SETS.parent, s) for s in sets}


@pytest.fixture(scope="module")
def split_results():
    """(dev, held-out) scores of every set; a set outside SPLIT_SETS is all dev."""
    sets = json.loads(DEFAULT_SETS.read_text(encoding="utf-8"))["sets"]
    dev = {s["name"]: score_set(DEFAULT_SETS.parent, s, "dev") for s in sets}
    held = {s["name"]: score_set(DEFAULT_SETS.parent, s, "heldout") for s in sets if s["name"] in SPLIT_SETS}
    return dev, held


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", GOLD / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("task", TASKS)
def test_sample_page_at_least_095(results, task):
    assert results["seed_page"].counts[task].f1 >= 0.95, results["seed_page"].counts[task]


def _pooled(scores: dict, task: str) -> Count:
    pooled = Count()
    for name, s in scores.items():
        if name != "seed_page":
            pooled.add(s.counts[task])
    return pooled


@pytest.mark.parametrize("task", TASKS + OWN_TASKS)
def test_pooled_dev_floor(split_results, task):
    pooled = _pooled(split_results[0], task)
    assert pooled.f1 >= POOLED_FLOORS[task], (task, vars(pooled))


@pytest.mark.parametrize("task", TASKS + OWN_TASKS)
def test_pooled_held_out_floor(split_results, task):
    pooled = _pooled(split_results[1], task)
    assert pooled.gold > 0 or task == "funding"
    assert pooled.f1 >= HELD_OUT_FLOORS[task], (task, vars(pooled))


def test_held_out_split_is_disjoint_and_a_third():
    """The held-out articles are fixed by their file names, about a third of the newest sets, none in dev."""
    for name in SPLIT_SETS:
        spec = next(s for s in json.loads(DEFAULT_SETS.read_text(encoding="utf-8"))["sets"] if s["name"] == name)
        gold = json.loads((DEFAULT_SETS.parent / spec["gold"]).read_text(encoding="utf-8"))
        dev, held = split_gold(gold, "dev")["documents"], split_gold(gold, "heldout")["documents"]
        assert {d["file"] for d in dev}.isdisjoint(d["file"] for d in held)
        assert len(dev) + len(held) == len(gold["documents"]) and 0.2 <= len(held) / len(gold["documents"]) <= 0.45


def test_composed_pages_held_out_floor():
    _total, mean_f1 = score_composed([SHARED / "corpus" / "rmrb_2019_2020"], "test")
    assert mean_f1 >= COMPOSED_FLOOR


@pytest.mark.parametrize("split", sorted(COMPOSED_OUTLET_FLOORS))
def test_composed_outlet_pages_floor(split):
    _total, mean_f1 = score_composed(OUTLET_TEXTS, split)
    assert mean_f1 >= COMPOSED_OUTLET_FLOORS[split], mean_f1


def test_composed_bare_outlet_pages_floor():
    _total, mean_f1 = score_composed(OUTLET_TEXTS, "dev", bare=True)
    assert mean_f1 >= COMPOSED_BARE_OUTLET_FLOOR, mean_f1


@pytest.mark.parametrize("how", sorted(COMPOSED_VARIED_OUTLET_FLOORS))
def test_composed_varied_outlet_pages_floor(how):
    _total, mean_f1 = score_composed(OUTLET_TEXTS, "dev", vary=how)
    assert mean_f1 >= COMPOSED_VARIED_OUTLET_FLOORS[how], mean_f1


@pytest.mark.parametrize("how", sorted(COMPOSED_VARIED_RMRB_FLOORS))
def test_composed_varied_rmrb_pages_floor(how):
    _total, mean_f1 = score_composed([SHARED / "corpus" / "rmrb_2019_2020"], "train", vary=how)
    assert mean_f1 >= COMPOSED_VARIED_RMRB_FLOORS[how], mean_f1


@pytest.mark.parametrize("folders, split", [([SHARED / "corpus" / "rmrb_2019_2020"], "train"), (OUTLET_TEXTS, "dev")])
def test_segmentation_keeps_every_line_of_a_composed_page(folders, split):
    """Nothing of a page is lost: every line of a composed page, set in every way, is in some article's headline or
    text, or is a byline or credit read as the piece's (a page's furniture, 版式设计：…, aside). Section heads cut from
    a headline run (老年人的新生活 / 餐餐好滋味 / 本报记者 贺 勇) had been dropped."""
    from etl.evaluate import one_article_files
    from etl.evaluate.compose import VARIATIONS, compose_pages, varied
    from etl.read.segment import classify, segment, story_line
    from etl.read.textnorm import normalize_text
    files = one_article_files(folders, split)
    lost = []
    for how in ("as written",) + VARIATIONS:
        for name, text, _gold in compose_pages(files if how == "as written" else varied(how, files), 4, 1):
            page = normalize_text(text)
            # (a headline a column's tag opens is kept as its kicker and title: 【网络中国节·腊八节】 / 市总工会：…, 图集 / …)
            kept = "\n".join(x for a in segment(page)
                              for x in (a.kicker, a.title, a.kicker.split("　")[-1] + a.title, a.subtitle, *a.paragraphs))
            kept = kept.replace("　", "")
            # (each line as the story keeps it: a web page's photo mark after a headline, …（图）, is dropped by design;
            # the bar after a column's name, 图集|…, is no word of either)
            for line in (story_line(ln).strip() for ln in page.split("\n")):
                if line and classify(line) not in ("byline", "credit") \
                        and not all(part in kept for part in re.sub(r"^([\u4e00-\u9fff]{2,4})[|｜]", r"\1", line)
                                    .replace("　", " ").split()):
                    lost.append((how, name, line))
    assert not lost, lost[:5]


@pytest.mark.parametrize("headlines, title", [
    (("守护万家灯火的“电力尖兵”", "——记全国五一劳动奖章获得者赵刚"), "守护万家灯火的“电力尖兵”"),
    (("喜迎五一劳动节", "市总工会表彰劳模"), "市总工会表彰劳模"),
    (("市总工会表彰劳模",), "市总工会表彰劳模"),
])
def test_a_composed_articles_title_is_its_main_headline(headlines, title):
    """A one-article file's subtitle under its headline is not the title its composed page is scored by (made up,
    twenty-second session: a profile's ——记… had been the title, and no segmentation could match it)."""
    from etl.evaluate.compose import OneArticle
    assert OneArticle("x.txt", headlines, ("正文。",)).title == title


def test_each_variation_sets_the_article_as_it_says():
    from etl.evaluate.compose import VARIATIONS, OneArticle, varied
    one = OneArticle("x.txt", ("根治欠薪彰显治理温度（人民时评）",), ("本报记者 王明", "近日，市总工会召开会议。", "会议部署了工作。"))
    got = {how: varied(how, [one])[0] for how in VARIATIONS}
    assert got["exclaimed"].headlines == ("根治欠薪彰显治理温度！（人民时评）",)
    assert got["column"].headlines == ("【工会动态】", "根治欠薪彰显治理温度（人民时评）")
    assert got["kicker"].headlines[1:] == one.headlines and len(got["kicker"].headlines) == 2
    assert got["byline"].paragraphs[1:] == one.paragraphs and got["byline"].paragraphs[0].startswith("本报记者 ")
    assert got["end-mark"].paragraphs[-1] == "会议部署了工作。（完）"
    assert got["source"].paragraphs[-1] == "来源：中工网"
    assert got["source-top"].paragraphs == ("来源：工人日报",) + one.paragraphs
    assert got["bare"].paragraphs == ("市总工会召开会议。", "会议部署了工作。")
    assert got["dateline"].paragraphs[:2] == ("本报记者 王明", "本报杭州5月1日讯 近日，市总工会召开会议。")
    assert got["subtitle"].paragraphs == ("——记一线职工的坚守与担当",) + one.paragraphs
    assert got["caption-top"].paragraphs == ("图为活动现场。 张明 摄",) + one.paragraphs
    assert got["editors-note"].paragraphs[0].startswith("编者按：") and got["editors-note"].paragraphs[1:] == one.paragraphs
    assert got["photo-mark"].headlines == ("根治欠薪彰显治理温度（人民时评）（图）",)
    assert got["writers-end"].paragraphs[:-1] == one.paragraphs and got["writers-end"].paragraphs[-1] == "（张明 李华）"
    assert got["photo-end"].paragraphs == one.paragraphs + ("图为活动现场。 张明 摄",)
    assert got["web-meta"].paragraphs == ("发布时间：2023-05-08 10:30:21　来源：市总工会　作者：张明",) + one.paragraphs
    assert got["marked-byline"].paragraphs == ("文/图 本报记者 张明",) + one.paragraphs
    assert got["asked"].headlines == ("根治欠薪彰显治理温度？（人民时评）",)
    long_one = OneArticle("y.txt", ("为国家建设培育更多“蓝领”人才（新时代新作为）",), one.paragraphs)
    assert varied("wrapped-head", [long_one])[0].headlines == ("为国家建设培育更多“蓝", "领”人才（新时代新作为）")
    assert got["wrapped-head"] == one  # (a headline shorter than 20 characters stays on its line)
    assert got["bar-tag"].headlines == ("工会动态｜根治欠薪彰显治理温度（人民时评）",)
    assert got["source-bracket"].paragraphs == one.paragraphs + ("（来源：工人日报）",)
    assert got["labelled"].headlines == ("关注：根治欠薪彰显治理温度（人民时评）",)
    assert got["post-header"].paragraphs == ("原创 中国工会 2023-05-08 10:30 北京",) + one.paragraphs
    assert got["social-post"].paragraphs == ("#五一劳动节#",) + one.paragraphs + ("点击“阅读原文”查看更多", "分享 收藏 点赞 在看")
    long_text = OneArticle("z.txt", one.headlines, ("近日，市总工会召开会议，部署今年的工作，要求各级工会做好困难职工帮扶工作。",))
    assert varied("hard-wrapped", [long_text])[0].paragraphs == ("近日，市总工会召开会议，部署今年的工作，要求各级工会做好",
                                                                 "困难职工帮扶工作。")


def test_a_bare_article_keeps_its_headline_and_loses_what_tells_where_it_opens():
    from etl.evaluate.compose import OneArticle, without_cues
    article = OneArticle("x.txt", ("市总工会举办职工运动会",), ("记者 任彦 通讯员 周琛", "本报讯（记者 张明）4月26日，市总工会举办职工运动会。",
                                                           "运动会设八个项目。"))
    assert without_cues(article) == OneArticle("x.txt", ("市总工会举办职工运动会",), ("市总工会举办职工运动会。", "运动会设八个项目。"))
    plain = OneArticle("y.txt", ("冰与火的考验",), ("一线职工在高温下坚守岗位。",))
    assert without_cues(plain) == plain
    # a section head opening the text stays, the byline under it goes (People's Daily files open on 核心阅读 or 餐餐好滋味:
    # both had been stripped as if bylines, and the byline kept); a dated opening goes under them both
    sectioned = OneArticle("z.txt", ("老年人的新生活",), ("餐餐好滋味", "本报记者 贺 勇", "距离开饭时间还有半个小时。"))
    assert without_cues(sectioned).paragraphs == ("餐餐好滋味", "距离开饭时间还有半个小时。")
    from etl.evaluate.compose import varied
    assert varied("dateline", [sectioned])[0].paragraphs[2].startswith("本报杭州5月1日讯 距离")


def test_harness_counts_as_the_shared_scorer(tmp_path):
    """The in-process harness and the shared scorer over the CLI's CSV export agree on every count."""
    from etl.store.ingest import run_ingest
    shared = _shared_scorer()
    gold = json.loads((GOLD / "dev_grrb" / "gold.json").read_text(encoding="utf-8"))
    run_ingest([GOLD / "dev_grrb" / "texts"], out_dir=tmp_path)
    theirs = shared.score(gold, str(tmp_path))
    mine = score_set(GOLD, {"name": "dev_grrb", "gold": "dev_grrb/gold.json", "input": "dev_grrb/texts"})
    for task in TASKS:
        c = mine.counts[task]
        assert (c.tp, c.pred, c.gold) == (theirs[task]["tp"], theirs[task]["pred"], theirs[task]["gold"]), task


def test_findings_name_the_cause(results):
    """Every lost point is listed: misses and extras add up to what the counts say was lost."""
    for name, s in results.items():
        for task in ("events", "awards", "funding"):
            c = s.counts[task]
            misses = [f for f in s.findings if f.task == task and f.kind == "miss"]
            extras = [f for f in s.findings if f.task == task and f.kind == "extra"]
            assert len(misses) == c.gold - c.tp, (name, task)
            assert len(extras) == c.pred - c.tp, (name, task)


def test_table_prints_every_set_and_the_pool(results):
    text = table(list(results.items()))
    assert "POOLED F1" in text and all(name in text for name in results)
