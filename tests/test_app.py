"""AppTest: every page runs on the sample store and on the People's Daily set,
and the shared province filter drives the numbers, tables and downloads."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import RMRB_DIR, ROOT, SAMPLE_PAGE, SHARED
from streamlit.testing.v1 import AppTest

from etl.store import read_parquet
from etl.store.ingest import ingest_items

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/keywords.py", "pages/awards.py",
         "pages/funding.py", "pages/rankings.py", "pages/compare.py", "pages/articles.py", "pages/review.py", "pages/data.py",
         "pages/ingest.py"]


def _store(tmp_path_factory, name: str, inputs: list[Path]) -> Path:
    from etl.store.ingest import run_ingest
    store = tmp_path_factory.mktemp(name)
    run_ingest(inputs, store_dir=store)
    return store


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    return _store(tmp_path_factory, "store_sample", [SAMPLE_PAGE])


@pytest.fixture(scope="module")
def rmrb_store(tmp_path_factory):
    if not RMRB_DIR.exists():
        pytest.skip("People's Daily set not beside the checkout")
    return _store(tmp_path_factory, "store_rmrb", [RMRB_DIR])


def _app(store: Path) -> AppTest:
    os.environ["UNION_STORE_DIR"] = str(store)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


@pytest.fixture(autouse=True)
def _restore_store_env():
    before = os.environ.get("UNION_STORE_DIR")
    yield
    if before is None:
        os.environ.pop("UNION_STORE_DIR", None)
    else:
        os.environ["UNION_STORE_DIR"] = before


# Independent reckonings of the figures, from the stored rows (the pages ask DuckDB; these ask pandas)
def _events(events: pd.DataFrame) -> int:
    """Real events: one reported in several articles counts once."""
    keys = events["event_key"].astype("string")
    return int(keys.nunique() + keys.isna().sum())


def _honours(awards: pd.DataFrame) -> int:
    """People honoured: each named person once per article, plus per article and honour the recipients no row
    names (the counted rows, or what the total the text gives leaves beyond the named ones); no collectives. (The
    test stores report no honour twice; counting a repeated report once is tested in test_rules.)"""
    people = awards[awards["recipient_kind"].fillna("").isin(["person", ""])]
    if people.empty:
        return 0
    named = people["recipient"].fillna("") != ""
    distinct = len(people[named][["article_id", "recipient"]].drop_duplicates())
    g = people.assign(n=people["recipient_count"].fillna(0), g=people["group_count"].fillna(0),
                      named=named.astype(int)).groupby(["article_id", "award"])
    unnamed = pd.concat([g["n"].sum(), g["g"].max()], axis=1).max(axis=1) - g["named"].sum()
    return int(distinct + unnamed.sum())


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("store_name", ["sample_store", "rmrb_store"])
def test_every_page_runs(store_name, request):
    store = request.getfixturevalue(store_name)
    at = _app(store).run()
    _no_errors(at)
    for page in PAGES:
        at.switch_page(page).run()
        _no_errors(at)
        assert at.title, page


def _money(funding: pd.DataFrame) -> float:
    """Money given: each amount once per recipient (各拨付 to four: four times), none for a part of a total the
    article states on a row of its own."""
    counted = funding[funding["flow"].astype("string").fillna("") != "part"]
    return float((counted["amount_yuan"] * counted["each_count"].fillna(1)).sum())


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_province_filter_drives_overview(sample_store):
    at = _app(sample_store).run()
    assert _metric(at, "文章") == "10"
    at.sidebar.multiselect(key="flt_provinces").set_value(["江西"]).run()
    _no_errors(at)
    assert _metric(at, "文章") == "1"
    assert _metric(at, "工会活动") == "1"
    assert _metric(at, "工会资金合计") == "1,236 万元"
    assert at.query_params["prov"] == ["江西"] or at.query_params["prov"] == "江西"
    # the filter survives a page switch
    at.switch_page("pages/funding.py").run()
    _no_errors(at)
    assert at.sidebar.multiselect(key="flt_provinces").value == ["江西"]
    assert _metric(at, "记录") == "1"


def test_filter_restored_from_url(sample_store):
    at = _app(sample_store)
    at.query_params["prov"] = "西藏"
    at.run()
    _no_errors(at)
    assert at.sidebar.multiselect(key="flt_provinces").value == ["西藏"]
    assert _metric(at, "获荣誉人数") == "6"  # the six 西藏工匠


def test_data_page_tables_follow_the_filter(sample_store):
    at = _app(sample_store).run()
    at.sidebar.multiselect(key="flt_provinces").set_value(["西藏"]).run()
    at.switch_page("pages/data.py").run()
    _no_errors(at)
    chooser = at.button_group(key="data_table")
    labels = [option.content for option in chooser.proto.options]
    assert {"荣誉（6）", "活动（1）", "资金（0）"} <= set(labels), labels
    chooser.set_value("awards").run()
    _no_errors(at)
    assert set(at.dataframe[-1].value["省份"]) == {"西藏"}
    # every table a reader sees speaks Chinese: headers, enumerated values, blank cells
    for name in ("articles", "events", "awards", "funding", "locations", "keywords", "ingest_log"):
        at.button_group(key="data_table").set_value(name).run()
        _no_errors(at)
        for frame in at.dataframe:
            df = frame.value
            assert all(re.search(r"[\u4e00-\u9fff]", str(c)) for c in df.columns), list(df.columns)
            cells = df.astype(str)
            assert not cells.isin(["None", "nan", "<NA>", "NaN"]).any().any(), name


def test_download_bytes_hold_only_the_chosen_province(sample_store):
    """The bytes a download button serves: BOM first, then only rows of the filter."""
    from dashboard.data import Filter
    from dashboard.query import csv_download
    os.environ["UNION_STORE_DIR"] = str(sample_store)
    for name in ("locations", "events", "awards", "funding"):
        raw = csv_download(name, Filter(provinces=("江西",)))
        assert raw.startswith(b"\xef\xbb\xbf")
        df = pd.read_csv(pd.io.common.BytesIO(raw), encoding="utf-8-sig")
        assert len(df) and set(df["省份"]) == {"江西"}, name


def test_article_page_escapes_and_highlights(sample_store):
    at = _app(sample_store).run()
    at.switch_page("pages/articles.py").run()
    _no_errors(at)
    html_blocks = [m.value for m in at.markdown if "<mark" in m.value and "line-height" in m.value]
    assert html_blocks and "吉安市</mark>" in html_blocks[0]


def test_empty_state_explains_what_to_do(sample_store):
    at = _app(sample_store).run()
    at.sidebar.multiselect(key="flt_provinces").set_value(["河北"]).run()
    at.switch_page("pages/awards.py").run()
    _no_errors(at)
    assert any("没有荣誉记录" in i.value for i in at.info)


def test_no_page_shows_an_empty_table(sample_store):
    """An empty table reads "empty", in English: under a filter that leaves little (河北 on the sample page) and with
    no review yet, every table on every page has rows, and what has none is said in a sentence."""
    at = _app(sample_store).run()
    at.sidebar.multiselect(key="flt_provinces").set_value(["河北"]).run()
    for page in PAGES:
        at.switch_page(page).run()
        _no_errors(at)
        empty = [d for d in at.dataframe if len(d.value) == 0]
        assert not empty, (page, [list(d.value.columns) for d in empty])
    at.switch_page("pages/review.py").run()
    assert any(c.value.startswith("还没有核对记录") for c in at.caption)


def test_every_page_runs_on_a_store_with_no_articles(tmp_path):
    """A store whose only input failed: every page explains what to do instead of failing."""
    from etl.store.ingest import ingest_items
    store = tmp_path / "store"
    ingest_items([("empty.txt", b"")], store_dir=store)
    at = _app(store).run()
    _no_errors(at)
    assert any("没有文章" in i.value for i in at.info)
    for page in PAGES:
        at.switch_page(page).run()
        _no_errors(at)


HOSTILE_TITLE = r":red[假新闻] $$\frac{1}{0}$$ [点此](http://evil) **粗体**"
HOSTILE_MEMBER = "pages/![x](https://127.0.0.1:8765/p.png).txt"  # a folder first: a drive-like name is refused


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    import io
    import zipfile

    from etl.store.ingest import ingest_items
    store = tmp_path_factory.mktemp("store_hostile")
    body = f"{HOSTILE_TITLE}\n\n本报讯 近日，湖南省总工会在长沙举办职工技能大赛，$x$ 与 [链接](http://evil) 都只是文字。"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(HOSTILE_MEMBER, body.encode())
    ingest_items([("hostile.zip", buf.getvalue())], store_dir=store)
    return store


def test_text_from_files_is_never_rendered_as_markup(hostile_store):
    """Title, source (a zip member's name) and body reach Markdown-rendering calls escaped."""
    arts = read_parquet(hostile_store)["articles"]
    aid = arts.loc[arts["title"] == HOSTILE_TITLE, "article_id"].iloc[0]
    at = _app(hostile_store)
    at.switch_page("pages/articles.py")
    at.query_params["article"] = aid
    at.run()
    _no_errors(at)
    html_blocks = [e.value for e in at.markdown if e.value.lstrip().startswith("<")]
    markdown = [e.value for e in (*at.subheader, *at.caption, *at.markdown, *at.warning, *at.info)
                if not e.value.lstrip().startswith("<")]
    # text from the file either sits in one raw HTML block (CommonMark parses no Markdown inside it) …
    assert any(HOSTILE_TITLE.replace("<", "&lt;") in b for b in html_blocks)
    for block in html_blocks:
        assert "\n\n" not in block, "a blank line would end the HTML block and let Markdown through"
    # … or is written with entities; no Markdown-rendered text carries the markup raw
    for raw in (":red[", "$$", "](http://evil)", "![x](", "**粗体**", "$x$"):
        assert not any(raw in m for m in markdown), raw



def test_headline_figures_count_like_with_like_by_default(rmrb_store):
    """Defaults: union money only, union and labour activity only, honours given in the reported event;
    each 口径 switch widens its figure, and the page says what it counts."""
    full = read_parquet(rmrb_store)
    at = _app(rmrb_store).run()
    _no_errors(at)
    union = full["funding"][(full["funding"]["payer_type"] == "union")
                            & ~full["funding"]["flow"].isin(["loan", "refund", "cumulative", "budget"])]
    assert _metric(at, "工会资金合计") == data_wan(_money(union))
    assert any("工会资金（不含政府返还补贴、贷款、累计数与计划安排）" in c.value for c in at.caption)
    union_events = full["events"][full["events"]["scope"] == "union"]
    assert _metric(at, "工会活动") == f"{_events(union_events):,}"
    # labour activity of government and employers: its own figure beside the union one, not inside it
    labour_events = full["events"][full["events"]["scope"] == "labour"]
    assert _metric(at, "劳动就业活动（政府、企业）") == f"{_events(labour_events):,}"
    assert any("工会活动（不含劳动就业活动（政府、企业）、党政会议等其他活动）" in c.value for c in at.caption)
    current = full["awards"][full["awards"]["award_status"] == "current"]
    assert _metric(at, "获荣誉人数") == f"{_honours(current):,}"
    # no government refund, loan or Party/state session is in the default figures
    assert not union["evidence"].str.contains("失业保险|贷款|返还|计划援助").any()
    assert not union_events["evidence"].str.contains("政治局|政协|常务会议|新闻发布会").any()
    at.sidebar.toggle(key="flt_labour").set_value(True).run()
    assert _metric(at, "活动") == f"{_events(full['events'][full['events']['scope'].isin(['union', 'labour'])]):,}"
    assert at.query_params["labour"] in ("1", ["1"])
    at.sidebar.toggle(key="flt_all_money").set_value(True).run()
    at.sidebar.toggle(key="flt_other").set_value(True).run()
    at.sidebar.toggle(key="flt_all_awards").set_value(True).run()
    _no_errors(at)
    assert _metric(at, "资金合计") == data_wan(_money(full["funding"]))
    assert _metric(at, "活动") == f"{_events(full['events']):,}"
    assert _metric(at, "获荣誉人数") == f"{_honours(full['awards']):,}"
    assert at.query_params["money"] in ("all", ["all"])


def data_wan(yuan: float) -> str:
    from dashboard.ui import wan
    return wan(float(yuan))


def test_full_text_search_finds_every_article_containing_the_term(rmrb_store):
    """The sidebar's 全文检索 keeps exactly the articles whose headline, text, byline or source contain
    the term or one of its synonyms (农民工, 进城务工人员, 外来务工人员: etl/rules/search_synonyms.tsv; a title-only
    search once found 13), and every page follows."""
    arts = read_parquet(rmrb_store)["articles"]
    hay = arts[["title", "kicker", "subtitle", "byline", "source", "text"]].fillna("").agg(" ".join, axis=1)
    expected = set(arts.loc[hay.str.contains("农民工|进城务工人员|外来务工人员"), "article_id"])
    at = _app(rmrb_store).run()
    at.sidebar.text_input(key="flt_query").input("农民工").run()
    _no_errors(at)
    assert _metric(at, "文章") == f"{len(expected):,}"
    at.switch_page("pages/articles.py").run()
    _no_errors(at)
    assert any(f"共 {len(expected):,} 篇文章" in c.value for c in at.caption)
    assert at.query_params["q"] in ("农民工", ["农民工"])
    snippets = [m.value for m in at.markdown if m.value.startswith("<div style=\"margin:0 0 0.8rem") and "<mark" in m.value]
    assert len(snippets) == min(20, len(expected))


def test_rankings_follow_the_filter_and_link_to_articles(rmrb_store):
    """机构与人物: organisers by distinct events, each linked to an article that names it; the province filter
    narrows the lists."""
    at = _app(rmrb_store).run()
    at.switch_page("pages/rankings.py").run()
    _no_errors(at)
    organisers = at.tabs[0].dataframe[0].value
    assert "中华全国总工会" in set(organisers["名称"])
    assert organisers["打开"].str.startswith("articles?article=").all()
    arts = read_parquet(rmrb_store)["articles"]
    first = organisers["打开"].iloc[0].split("=")[1]
    assert first in set(arts["article_id"])
    at.sidebar.multiselect(key="flt_provinces").set_value(["黑龙江"]).run()
    _no_errors(at)
    narrowed = at.tabs[0].dataframe[0].value if at.tabs[0].dataframe else pd.DataFrame({"名称": []})
    assert "人力资源和社会保障部" not in set(narrowed["名称"])


def test_awarding_bodies_count_each_giver_of_a_joint_honour(sample_store):
    """机构与人物 · 授予单位: the sample page's contest champion was given by the contest's three co-organisers (由…主办):
    each is ranked, none as the three names run together; 西藏工匠's giver counts its six named recipients."""
    at = _app(sample_store).run()
    at.switch_page("pages/rankings.py").run()
    _no_errors(at)
    givers = at.tabs[1].dataframe[0].value
    names = set(givers["名称"])
    assert {"中国机械冶金建材工会", "中国黄金协会", "中国就业培训技术指导中心"} <= names
    assert not any("、" in n for n in names)
    assert int(givers.loc[givers["名称"] == "西藏自治区总工会"].iloc[0, 1]) == 6


def test_report_downloads_open_with_chinese_sheets_and_the_filter(rmrb_store):
    """The data page's Excel and Word downloads: valid files, Chinese headers, a pivot sheet, only the
    filter's rows, and the 口径 written in."""
    import io

    import docx
    import openpyxl

    import dashboard.data as data
    from dashboard.report import docx_bytes, xlsx_bytes
    at = _app(rmrb_store).run()
    at.switch_page("pages/data.py").run()
    _no_errors(at)
    f = data.Filter(provinces=("黑龙江",))
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(f)))
    assert wb.sheetnames == ["说明", "文章", "活动", "荣誉", "资金", "地点", "透视"]
    for sheet in wb.sheetnames[1:6]:
        header = [c.value for c in wb[sheet][1]]
        assert all(re.search(r"[\u4e00-\u9fff]", str(h)) for h in header), (sheet, header)
    provinces = {row[header.index("省份")] for row in wb["资金"].iter_rows(min_row=2, values_only=True)
                 for header in [[c.value for c in wb["资金"][1]]]}
    assert provinces <= {"黑龙江"}
    about = {row[0]: row[1] for row in wb["说明"].iter_rows(min_row=2, values_only=True)}
    assert "黑龙江" in about["筛选"] and "工会资金" in about["口径"]
    report = docx.Document(io.BytesIO(docx_bytes(f)))
    text = "\n".join(p.text for p in report.paragraphs)
    assert "工会活动分析报告" in text and "来源文章" in text and "黑龙江" in text


def test_compare_two_provinces_side_by_side(rmrb_store):
    """对比: each side's figures are those of its own filter, and the trend is a share of articles."""
    at = _app(rmrb_store).run()
    at.switch_page("pages/compare.py").run()
    _no_errors(at)
    at.selectbox(key="cmp_prov_0").set_value("黑龙江").run()
    at.selectbox(key="cmp_prov_1").set_value("全国（全部）").run()
    _no_errors(at)
    events = read_parquet(rmrb_store)["events"]
    counted = events[events["scope"] == "union"]  # 工会活动 by default
    values = [m.value for m in at.metric if m.label == "工会活动"]  # named for what it counts, as on 总览
    assert values[0] == f"{_events(counted[counted['province'] == '黑龙江']):,}"
    assert values[1] == f"{_events(counted):,}"
    headers = [s.value for s in at.subheader]
    assert headers[0].startswith("黑龙江｜") and headers[1].startswith("全国｜")
    # a side with no activity says so in Chinese (an empty table read "empty")
    at.selectbox(key="cmp_prov_0").set_value("湖北").run()
    hubei = counted[counted["province"] == "湖北"]
    assert hubei.empty == any(c.value == "此范围内没有工会活动。" for c in at.caption)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_speaks_chinese_and_fits(page, rmrb_store):
    """What a reader sees on every page: Chinese column headers, no None/nan cells, metric values short
    enough for their tile (the unit never cut off)."""
    at = _app(rmrb_store).run()
    at.switch_page(page).run()
    _no_errors(at)
    for frame in at.dataframe:
        df = frame.value
        bad = [c for c in df.columns if not re.search(r"[\u4e00-\u9fff]", str(c))]
        assert not bad, (page, bad)
        assert not df.astype(str).isin(["None", "nan", "<NA>", "NaN", "NaT"]).any().any(), (page, list(df.columns))
    for m in at.metric:
        assert len(str(m.value)) <= 12, (page, m.label, m.value)


def test_dashboard_downloads_have_chinese_headers_and_values(sample_store):
    """A download opened in Excel reads in Chinese (amount_approx = more than, province,value were leaks);
    the ETL's own CSV export keeps the contract's names."""
    import io

    from dashboard import query
    from dashboard.data import Filter
    from dashboard.ui import chinese_csv
    os.environ["UNION_STORE_DIR"] = str(sample_store)
    funding = pd.read_csv(io.BytesIO(query.csv_download("funding", Filter())), encoding="utf-8-sig")
    assert {"金额（元）", "出资类型", "资金流向", "省份"} <= set(funding.columns)
    assert set(funding["出资类型"]) <= {"工会", "政府", "企业", "社会/慈善", "个人", "多方共同出资", "未明"}
    chart = pd.read_csv(io.BytesIO(chinese_csv(query.by_province(Filter(), "events"))), encoding="utf-8-sig")
    assert list(chart.columns) == ["省份", "数值"]
    assert all(re.search(r"[\u4e00-\u9fff]", c) for c in funding.columns)


def test_one_article_is_read_from_its_part_alone(tmp_path):
    """The reader opens an article from its part's files: the same record and facts as a scan of every part,
    and a part that is gone (merged away since the list was drawn) still finds the article."""
    from dashboard.query import article, article_facts
    from etl.store import read_manifest
    from etl.store.ingest import ingest_items
    store = tmp_path / "store"
    files = sorted(RMRB_DIR.glob("*.txt"))[:3] if RMRB_DIR.exists() else []
    for item in [SAMPLE_PAGE, *files]:  # one ingest each: one part each
        ingest_items([(item.name, item.read_bytes())], store_dir=store)
    assert len(read_manifest(store)["parts"]) == 1 + len(files)
    os.environ["UNION_STORE_DIR"] = str(store)
    arts = read_parquet(store)["articles"]
    checked = 0
    for aid in arts["article_id"]:
        whole = article(aid)
        assert whole["part"] and whole["text"]
        one = article(aid, whole["part"])
        assert {k: v for k, v in one.items() if pd.notna(v)} == {k: v for k, v in whole.items() if pd.notna(v)}
        everywhere, alone = article_facts(aid), article_facts(aid, whole["part"])
        for table in everywhere:
            pd.testing.assert_frame_equal(alone[table], everywhere[table])
        checked += sum(len(df) for df in alone.values())
        assert article(aid, "gone")["article_id"] == aid
    assert checked > 20  # facts were compared, not only empty frames


HOSTILE = ["![x](http://evil.example/q.png)", "[立即登录](https://evil.example/login)", ":red[警告] **粗体** $$x^2$$",
           "<img src=http://evil.example/i.png>"]
# what of them would act as markup if it reached a Markdown element unescaped (the app's own bold labels aside)
RAW_MARKUP = ("![x](", "](https://evil", ":red[", "**粗体**", "$$x", "<img")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_url_values_render_as_text_on_every_page(sample_store, hostile):
    """A shared URL's search term (?q=…) and other parameters never become markup, a link or an image: every
    text element shows them escaped (the term once reached the 口径 caption raw and the browser fetched
    the image)."""
    at = _app(sample_store)
    for key, value in {"q": hostile, "prov": hostile, "type": hostile, "from": hostile, "to": hostile,
                       "basis": hostile, "money": hostile, "honours": hostile, "article": hostile}.items():
        at.query_params[key] = value
    at.run()
    _no_errors(at)
    for page in PAGES:
        at.switch_page(page).run()
        _no_errors(at)
        texts = [e.value for kind in ("markdown", "caption", "warning", "info", "success", "title", "subheader",
                                      "header") for e in getattr(at, kind) if isinstance(e.value, str)]
        leaked = [t for t in texts if any(m in t for m in RAW_MARKUP)]
        assert not leaked, (page, leaked)


@pytest.mark.parametrize("page", PAGES)
def test_clearing_the_filter_works_on_every_page(sample_store, page):
    """清除筛选 once crashed every page (a drawn widget's key assigned in the same run)."""
    at = _app(sample_store).run()
    at.switch_page(page).run()
    at.sidebar.multiselect(key="flt_provinces").set_value(["江西"]).run()
    at.sidebar.text_input(key="flt_query").set_value("工会").run()
    _no_errors(at)
    at.sidebar.button(key="flt_reset").click().run()
    _no_errors(at)
    assert at.sidebar.multiselect(key="flt_provinces").value == []
    assert at.sidebar.text_input(key="flt_query").value == ""


def test_a_very_long_article_is_read_page_by_page(tmp_path):
    """Opening a 5.2-million-character article once took 47 s and 3.4 GB: the reader renders one page of
    20,000 characters at a time, its facts still marked."""
    from dashboard.ui import READER_PAGE, highlight_page, reader_pages
    body = "\n".join([f"第{i}天，湖南省总工会在长沙举办职工技能大赛，300名职工参赛。" for i in range(30000)])
    pages = reader_pages(body)
    assert "".join(body[a:b] for a, b in pages) == body and all(b - a <= READER_PAGE for a, b in pages)
    at = body.index("长沙", pages[1][0])
    marked = highlight_page(body, [(at, at + 2, "地点")], pages[1])
    assert marked.count("<mark") == 1 and len(marked) < 10 * READER_PAGE
    store = tmp_path / "store"
    ingest_items([("long.txt", ("湖南省总工会举办职工技能大赛\n\n" + body).encode())], store_dir=store)
    app = _app(store).run()
    app.switch_page("pages/articles.py").run()
    _no_errors(app)
    shown = max((len(m.value) for m in app.markdown), default=0)
    assert shown < 12 * READER_PAGE  # one page of escaped text, not the whole article
    assert any("分 " in n.label for n in app.number_input)


def test_search_term_tables_are_bounded(sample_store):
    """400 distinct search terms once kept 150 MB for good: the server keeps the matches of the last
    HIT_TABLES terms only."""
    from dashboard.query import HIT_TABLES, Database
    db = Database(sample_store)
    for i in range(HIT_TABLES * 3):
        db.hits(f"工会{i}")
    kept = db.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'hits_%'").fetchone()[0]
    assert kept == HIT_TABLES and len(db._hits) == HIT_TABLES
    assert db.hits("工会0") == db.hits("工会0")  # an evicted term is searched again, then kept


def test_time_axes_are_continuous_and_ordered():
    """Monthly charts skipped empty months (2019-11 then 2020-01) and the comparison's months came out of
    order: every period between the first and the last is there, in time order, 0 where nothing was
    counted; a long span is summed into quarters or years."""
    from dashboard.query import continuous_periods
    df = pd.DataFrame({"m": ["2020-01", "2019-11", "2019-11"], "g": ["甲", "甲", "乙"], "n": [2, 1, 4]})
    out = continuous_periods(df, "m", ["n"], by="g")
    assert list(dict.fromkeys(out["月份"])) == ["2019年11月", "2019年12月", "2020年01月"]
    assert out.loc[(out["月份"] == "2019年12月"), "n"].tolist() == [0, 0]
    assert out["n"].sum() == 7
    long = pd.DataFrame({"m": ["2012-02", "2019-11"], "n": [1, 1]})
    quarters = continuous_periods(long, "m", ["n"])
    assert quarters.columns[0] == "季度" and quarters.iloc[0, 0] == "2012年Q1" and len(quarters) == 32
    years = continuous_periods(pd.DataFrame({"m": ["1990-05", "2020-01"], "n": [3, 1]}), "m", ["n"])
    assert years.columns[0] == "年份" and len(years) == 31 and years["n"].sum() == 4


def test_the_overview_bar_charts_keep_the_continuous_axis():
    """The overview draws its bars with ECharts (no Plotly on the first page): the axis is the periods as
    continuous_periods gives them, in order, a stacked series a type, 0 where a type has no event."""
    from dashboard.charts import bar_options
    from dashboard.query import continuous_periods
    df = pd.DataFrame({"m": ["2020-01", "2019-11", "2019-11"], "g": ["会议", "会议", "慰问"], "n": [2, 1, 4]})
    periods = continuous_periods(df, "m", ["n"], by="g")
    out = bar_options(periods, x="月份", y="n", color="g")
    assert out["xAxis"]["data"] == ["2019年11月", "2019年12月", "2020年01月"]
    assert {s["name"]: s["data"] for s in out["series"]} == {"会议": [1, 0, 2], "慰问": [4, 0, 0]}
    assert {s["stack"] for s in out["series"]} == {"total"} and out["legend"]["show"]
    single = bar_options(pd.DataFrame({"季度": ["2019年Q1", "2019年Q2"], "文章数": [3, 0]}), x="季度", y="文章数")
    assert single["series"][0]["data"] == [3, 0] and not single["legend"]["show"]


def test_a_long_archive_colours_years_by_span_never_repeating_a_colour():
    """荣誉's 按省份与年份 coloured each year: past ten years the palette repeats (2012 drawn in 2022's colour), and
    an undated honour was labelled <NA>. Years are grouped into 5, 10, 20… year spans to at most ten groups."""
    from dashboard.query import MOST_YEAR_COLOURS, year_groups
    assert year_groups(pd.Series([2019, 2020, None], dtype="Int64")).tolist() == ["2019", "2020", "年份不详"]
    decades = year_groups(pd.Series(range(1990, 2026), dtype="Int64"))
    assert decades.nunique() <= MOST_YEAR_COLOURS and decades.iloc[0] == "1990–1994" and decades.iloc[-1] == "2025–2029"
    assert year_groups(pd.Series(range(1300, 2026, 7), dtype="Int64")).nunique() <= MOST_YEAR_COLOURS


def test_the_timeline_dates_its_ticks_as_finely_as_they_are_apart(rmrb_store):
    """Ticks a year apart read 2019年01月01日: the axis writes 2019年 over years, 2019年03月 over months and a
    day's date only once zoomed in to days."""
    import json
    os.environ["UNION_STORE_DIR"] = str(rmrb_store)
    at = AppTest.from_file(str(ROOT / "pages" / "timeline.py"), default_timeout=60).run()
    assert not at.exception
    stops = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["xaxis"]["tickformatstops"]
    assert [(s["dtickrange"][0], s["value"]) for s in stops][0] == ("M12", "%Y年")
    assert {s["value"] for s in stops} == {"%Y年", "%Y年%m月", "%Y年%m月%d日"}


def test_money_by_year_has_every_year(rmrb_store):
    """资金's 按年份 went 2015, 2018, 2019, 2020, 2022: the years with no money were left out of the axis."""
    from dashboard.data import Filter
    from dashboard.query import funding_by_year
    os.environ["UNION_STORE_DIR"] = str(rmrb_store)
    full = read_parquet(rmrb_store)["funding"]
    g = funding_by_year.uncached(Filter(money="all"))
    dated = g[g["year"] != "年份不详"]["year"].astype(int).tolist()
    assert len(dated) >= 2 and dated == list(range(min(dated), max(dated) + 1))
    assert round(g["万元"].sum(), 2) == round(_money(full) / 1e4, 2)


def test_the_comparison_puts_both_sides_on_one_axis(rmrb_store):
    """Two sides over different years share one continuous axis in time order, shares from the sums."""
    from dashboard.data import Filter
    from dashboard.query import monthly_share
    os.environ["UNION_STORE_DIR"] = str(rmrb_store)
    a = Filter(date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 3, 31))
    b = Filter(date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 2, 29))
    trend = monthly_share.uncached((("2019", a), ("2020", b)))
    months = list(dict.fromkeys(trend["月份"]))
    assert months == sorted(months) and "2019年12月" in months  # empty months between the sides are there
    assert set(trend["对象"]) == {"2019", "2020"}


def test_a_saved_chart_image_says_what_it_shows():
    """The map's PNG was named echarts.png with no title or filter on it."""
    from dashboard.charts import china_map_options
    from dashboard.data import Filter
    from dashboard.ui import titled_export
    values = pd.DataFrame({"province": ["江西"], "value": [3]})
    f = Filter(provinces=("江西",))
    out = titled_export(china_map_options(values, "活动数"), "各省活动数", f)
    assert out["title"]["text"] == "各省活动数" and "江西" in out["title"]["subtext"]
    name = out["toolbox"]["feature"]["saveAsImage"]["name"]
    assert name.startswith("各省活动数_江西_") and "/" not in name and not name.endswith(".csv")


def test_tables_for_readers_show_a_source_by_its_file_name():
    """The data page showed the server's path in 来源文件."""
    from dashboard.ui import to_chinese
    df = pd.DataFrame({"article_id": ["a"], "source": ["/srv/union/archive/2023/01版.txt"]})
    assert to_chinese(df, "articles")["来源文件"].tolist() == ["01版.txt"]


def test_the_overview_and_the_reports_say_what_was_loaded(rmrb_store):
    """Coverage (issue 20, item 7): articles per paper, the issue dates spanned and the months with none, said on
    the overview and in the Excel and Word reports, counted independently from the stored rows."""
    import io

    import docx
    import openpyxl

    import dashboard.data as data
    from dashboard.report import docx_bytes, xlsx_bytes
    arts = read_parquet(rmrb_store)["articles"]
    months = pd.PeriodIndex(arts["issue_date"].dropna().str[:7], freq="M")
    span = pd.period_range(months.min(), months.max(), freq="M")
    gaps = [p for p in span if p not in set(months)]
    at = _app(rmrb_store).run()
    _no_errors(at)
    shown = next(m.value for m in at.markdown if "数据覆盖：" in m.value)  # text_caption: escaped HTML
    sentence = shown[shown.index("数据覆盖："):shown.rindex("</div>")]
    assert f"数据覆盖：{len(arts):,} 篇文章" in sentence
    assert f"出版日期 {months.min()} 至 {months.max()}" in sentence
    assert f"人民日报 {int((arts['paper'] == '人民日报').sum()):,} 篇" in sentence
    assert f"其间 {len(gaps)} 个月没有文章" in sentence and f"{gaps[0].year}年{gaps[0].month:02d}月" in sentence
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(data.Filter())))
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    assert about["覆盖"] == sentence
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(docx_bytes(data.Filter()))).paragraphs)
    assert sentence in text


@pytest.mark.parametrize("start, end, previous, year_ago", [
    ("2023-01-01", "2023-03-31", ("2022-10-01", "2022-12-31"), ("2022-01-01", "2022-03-31")),  # a quarter
    ("2023-03-01", "2023-03-31", ("2023-02-01", "2023-02-28"), ("2022-03-01", "2022-03-31")),  # a month
    ("2020-11-01", "2021-02-28", ("2020-07-01", "2020-10-31"), ("2019-11-01", "2020-02-29")),  # across a year end
    ("2020-02-05", "2020-02-20", ("2020-01-20", "2020-02-04"), ("2019-02-05", "2019-02-20")),  # any 16 days
])
def test_a_period_is_compared_with_the_one_before_and_a_year_ago(start, end, previous, year_ago):
    from dashboard.filters import comparison_periods
    d = dt.date.fromisoformat
    got = comparison_periods(d(start), d(end))
    assert got["上期（环比）"] == (d(previous[0]), d(previous[1]))
    assert got["去年同期（同比）"][0] == d(year_ago[0])


def test_period_presets_set_the_range_and_the_comparison_follows(rmrb_store):
    """时间段 presets count back from the latest issue loaded; 对比 shows 本期 / 上期 / 去年同期 of the range, and its
    sides come from and go to the URL."""
    arts = read_parquet(rmrb_store)["articles"]
    at = _app(rmrb_store).run()
    at.sidebar.selectbox(key="flt_period").set_value("year").run()
    _no_errors(at)
    latest = dt.date.fromisoformat(arts["issue_date"].dropna().max())
    in_year = arts["issue_date"].fillna("").str.startswith(str(latest.year))
    assert _metric(at, "文章") == f"{int(in_year.sum()):,}"
    assert at.query_params["from"] in (f"{latest.year}-01-01", [f"{latest.year}-01-01"])
    at.switch_page("pages/compare.py").run()
    _no_errors(at)
    table = next(d.value for d in at.dataframe if "环比" in d.value.columns)
    articles = table.set_index("指标").loc["文章"]
    previous = arts["issue_date"].fillna("").str.startswith(str(latest.year - 1))
    assert (articles["本期"], articles["上期"]) == (int(in_year.sum()), int(previous.sum()))
    os.environ["UNION_STORE_DIR"] = str(rmrb_store)
    shared = AppTest.from_file(str(ROOT / "pages" / "compare.py"), default_timeout=60)
    shared.query_params["a"] = "黑龙江"
    shared.run()
    assert shared.selectbox(key="cmp_prov_0").value == "黑龙江"


def test_a_province_by_involvement_and_a_city_inside_it(rmrb_store):
    """省份依据 文中涉及 (issue 20, item 3): 江苏 also counts the articles naming a place in 江苏 (a 苏州 district union,
    a four-province mechanism), and 地级市 narrows to the articles naming the city — both in the URL."""
    full = read_parquet(rmrb_store)
    arts, places = full["articles"], full["locations"]
    text_places = places[places["role"] == "text"]
    primary = set(arts.loc[arts["primary_province"] == "江苏", "article_id"])
    involved = primary | set(text_places.loc[text_places["province"] == "江苏", "article_id"])
    assert len(involved) > len(primary)
    at = _app(rmrb_store).run()
    at.sidebar.multiselect(key="flt_provinces").set_value(["江苏"]).run()
    assert _metric(at, "文章") == f"{len(primary):,}"
    at.sidebar.radio(key="flt_placeby").set_value("involved").run()
    _no_errors(at)
    assert _metric(at, "文章") == f"{len(involved):,}"
    assert at.query_params["placeby"] in ("involved", ["involved"])
    in_jiangsu = text_places[(text_places["province"] == "江苏") & (text_places["city"].fillna("") != "")]
    city = in_jiangsu["city"].value_counts().index[0]
    at.sidebar.multiselect(key="flt_cities").set_value([city]).run()
    _no_errors(at)
    naming = set(text_places.loc[text_places["city"] == city, "article_id"])
    assert _metric(at, "文章") == f"{len(involved & naming):,}"
    assert city in str(at.query_params["city"])


def test_the_word_and_pdf_reports_carry_charts_and_each_rows_evidence(sample_store):
    """Item 8: the Word report has the overview's charts as images (drawn offline) and, under every table row, the
    sentence it came from; the PDF report (printed by headless Chromium) is the same content."""
    import io
    import shutil

    import docx

    import dashboard.data as data
    from dashboard.report import docx_bytes, pdf_bytes
    _app(sample_store).run()
    document = docx.Document(io.BytesIO(docx_bytes(data.Filter())))
    assert len(document.inline_shapes) >= 2  # events by period and type, the province map (and money)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    events = read_parquet(sample_store)["events"]
    union = events[events["scope"] == "union"]
    assert any(c == "原文：" + union["evidence"].iloc[0] for c in cells)
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(pdf_bytes(data.Filter()))
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert "工会活动分析报告" in text and "原文" in text


def test_money_given_to_each_of_several_counts_once_per_recipient(tmp_path_factory):
    """全总拨款800万元 (the headline) and 四省（区）总工会各拨付200万元 (the body) are one 800万: the body's amount is
    each province's (份数 4) and a part of the headline's total, so 工会资金 reads 800万, not 1,000万 (as it did)
    or 1,600万; the running total 累计拨付3850万元 joins only under 资金含全部职工相关资金."""
    text = SHARED / "gold" / "dev_grrb" / "texts" / "grrb_20220826-00-00.txt"
    if not text.exists():
        pytest.skip("../shared is not beside the checkout")
    store = _store(tmp_path_factory, "store_each", [text])
    funding = read_parquet(store)["funding"].set_index("amount_text")
    assert funding.loc["200万元", "each_count"] == 4 and funding.loc["200万元", "flow"] == "part"
    at = _app(store)
    at.switch_page("pages/funding.py")
    at.run()
    _no_errors(at)
    assert _metric(at, "工会资金合计") == data_wan(8_000_000)
    at.sidebar.toggle(key="flt_all_money").set_value(True).run()
    assert _metric(at, "资金合计") == data_wan(8_000_000 + 38_500_000)
