"""Ingest never loses a page: bad inputs built on the fly, incremental runs, concurrent writers, uploads."""
from __future__ import annotations

import io
import os
import threading
import zipfile

import pandas as pd
import pytest
from conftest import RMRB_DIR, ROOT, SAMPLE_PAGE

from etl.cli import main as cli_main
from etl.read import to_simplified
from etl.store.ingest import ingest_items, ingest_uploads, run_ingest

GOOD = SAMPLE_PAGE.read_bytes()
GOOD_TEXT = GOOD.decode("utf-8")
ARTICLE = "洛阳、成都两地工会签订战略合作协议\n\n本报讯（记者余嘉熙）近日，河南省洛阳市总工会、四川省成都市总工会在洛阳签订两地工会战略合作协议。"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000)


BAD_INPUTS = {
    # name: (bytes, expected status, words the message must contain)
    "empty.txt": (b"", "error", "empty"),
    "photo.txt": (_png(), "error", "binary"),
    "huge.txt": (ARTICLE.encode() * (21 * 2**20 // len(ARTICLE.encode()) + 1), "error", "too large"),
    "traversal.zip": (_zip({"../../x.txt": ARTICLE.encode()}), "error", "unsafe path"),
    "bomb.zip": (_zip({"bomb.txt": b"0" * (300 * 2**20)}), "error", "zip bomb"),
    "not_a_zip.zip": (b"PK\x03\x04 broken", "error", "not a valid .zip"),
    "broken.docx": (b"not really a docx", "error", ".docx"),
    # a folder's README beside the pages (the corpus's own had become an untitled article): a few Chinese
    # words in English prose are no Chinese newspaper page
    "README.md": (("# Sample corpus\n\n- `000_page.txt` — one page of a workers' newspaper from early March 2023, "
                   "as plain text: bylines (本报讯(记者…), 本报通讯员 …), paragraphs broken where a column ended "
                   "(\"…履行\" / blank line / \"职能…\"), a \"(上接第1版)\" continuation.\n").encode() * 3,
                  "error", "not a Chinese newspaper page"),
}

def _variant(tag: str) -> str:
    """The article with a distinct closing line, so that each file is new text (not a duplicate)."""
    return ARTICLE + f"\n双方表示，将持续深化合作（{tag}）。"


def _docx(text: str) -> bytes:
    import docx
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


GOOD_INPUTS = {
    "gbk_page.txt": (_variant("一").encode("gb18030"), "gb18030"),
    "utf16_page.txt": (_variant("二").encode("utf-16"), "utf-16"),
    "bom_page.txt": (b"\xef\xbb\xbf" + _variant("三").encode(), "utf-8-sig"),
    "crlf_page.txt": (_variant("四").replace("\n", "\r\n").encode(), "utf-8"),
    "traditional.txt": ("洛陽、成都兩地工會簽訂戰略合作協議\n\n本報訊（記者余嘉熙）近日，河南省洛陽市總工會、四川省成都市總工會在洛陽簽訂兩地工會戰略合作協議。"
                        .encode(), "utf-8+t2s"),
    "page.html": (("<html><head><script>var x='河北省邯郸市';</script><style>p{}</style></head><body>"
                   f"<h1>洛阳、成都两地工会签订战略合作协议</h1><p>{ARTICLE.splitlines()[-1]}</p>"
                   "<p>双方将在职工<b>疗休养</b>等方面开展合作。</p>"  # (not traditional.txt's text: no duplicate of it)
                   "<script>alert('北京市')</script></body></html>").encode(), "utf-8"),
    "page.docx": (_docx(_variant("五")), "docx"),
    "notes.md": (_variant("六").encode(), "utf-8"),
    "one_line.txt": ((GOOD_TEXT.replace("\n", "") * 100)[:2_000_000].encode(), "utf-8"),
}


@pytest.fixture(scope="module")
def batch():
    items = [(n, b) for n, (b, _s, _m) in BAD_INPUTS.items()] + [(n, b) for n, (b, _e) in GOOD_INPUTS.items()]
    items.append(("sample/000_2d0f6f6617ea2597.txt", GOOD))
    items.append(("bundle.zip", _zip({"inner/a.txt": ARTICLE.encode(), "inner/b.md": GOOD})))
    return ingest_items(items)


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_logged_by_name_with_the_problem(batch, name):
    log = batch.log.set_index("file")
    _data, status, words = BAD_INPUTS[name]
    row = log.loc[name]
    assert row["status"] == status
    assert name in row["message"] and words in row["message"], row["message"]


@pytest.mark.parametrize("name", list(GOOD_INPUTS))
def test_good_input_in_the_same_batch_goes_through(batch, name):
    log = batch.log.set_index("file")
    row = log.loc[name]
    assert row["status"] == "ok", row["message"]
    assert row["encoding"] == GOOD_INPUTS[name][1]
    assert row["articles"] >= 1


def test_every_input_file_has_a_log_row(batch):
    files = set(batch.log["file"])
    assert set(BAD_INPUTS) <= files and set(GOOD_INPUTS) <= files
    assert {"bundle.zip/inner/a.txt", "bundle.zip/inner/b.md"} <= files


def test_encodings_and_traditional_text_yield_the_same_facts(batch):
    arts = batch.tables["articles"]
    locs = batch.tables["locations"]
    for name in ("gbk_page.txt", "utf16_page.txt", "traditional.txt", "page.html", "page.docx", "notes.md"):
        ids = set(arts.loc[arts["source"] == name, "article_id"])
        provinces = set(locs.loc[locs["article_id"].isin(ids), "province"])
        assert provinces == {"河南", "四川"}, (name, provinces)  # scripts in the HTML are not text


def test_same_text_twice_is_stored_once(batch):
    log = batch.log.set_index("file")
    assert log.loc["bundle.zip/inner/b.md", "status"] == "duplicate"  # same bytes as the sample page
    arts = batch.tables["articles"]
    assert len(arts[arts["source"] == "bundle.zip/inner/b.md"]) == 0
    assert len(arts[arts["source"] == "sample/000_2d0f6f6617ea2597.txt"]) == 10


def test_cli_exit_codes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert cli_main([str(good), str(bad), "--out", str(tmp_path / "o1")]) == 0
    assert cli_main([str(bad), "--out", str(tmp_path / "o2")]) == 1
    log = pd.read_csv(tmp_path / "o1" / "ingest_log.csv", encoding="utf-8-sig")
    assert set(log["status"]) == {"ok", "error"}


@pytest.mark.skipif(not RMRB_DIR.exists(), reason="People's Daily set not beside the checkout")
def test_second_run_does_no_extraction_and_changes_nothing(tmp_path):
    store = tmp_path / "store"
    first = run_ingest([RMRB_DIR], out_dir=tmp_path / "a", store_dir=store)
    assert first.extracted == 114
    second = run_ingest([RMRB_DIR], out_dir=tmp_path / "b", store_dir=store)
    assert second.extracted == 0
    assert set(second.log["status"]) == {"unchanged"}
    for name in ("articles", "locations", "events", "awards", "funding", "keywords"):
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (tmp_path / "b" / f"{name}.csv").read_bytes(), name


def test_changed_file_replaces_its_rows(tmp_path):
    store = tmp_path / "store"
    page = tmp_path / "p.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    run_ingest([page], store_dir=store)
    page.write_text(ARTICLE.replace("洛阳签订", "成都签订"), encoding="utf-8")
    result = run_ingest([page], store_dir=store)
    assert result.extracted == 1
    arts = result.tables["articles"]
    assert len(arts) == 1 and "成都签订" in arts.iloc[0]["text"]
    assert set(result.tables["events"]["article_id"]) == set(arts["article_id"])


def test_two_writers_at_once_do_not_corrupt_the_store(tmp_path):
    store = tmp_path / "store"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(GOOD)
    b.write_text(ARTICLE, encoding="utf-8")
    errors = []

    def go(p):
        try:
            run_ingest([p], store_dir=store)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    threads = [threading.Thread(target=go, args=(p,)) for p in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    from etl.store import read_parquet
    tables = read_parquet(store)
    assert set(tables["articles"]["source"]) == {str(a), str(b)}
    assert len(tables["articles"]) == 11
    assert not list(store.glob("*.tmp")) and not list(store.glob(".*.tmp"))


def test_upload_saves_atomically_and_ingests(tmp_path):
    store = tmp_path / "data" / "store"
    log = ingest_uploads([("../evil name.txt", ARTICLE.encode())], store)
    assert list(log["status"]) == ["ok"]
    saved = tmp_path / "data" / "uploads" / "evil_name.txt"
    assert saved.read_bytes() == ARTICLE.encode()
    assert not list(saved.parent.glob(".*.tmp"))


def test_upload_page_adds_articles(tmp_path, monkeypatch):
    """Through the app: upload a page on 导入 and see its articles in the store the pages read."""
    from streamlit.testing.v1 import AppTest
    store = tmp_path / "data" / "store"
    run_ingest([SAMPLE_PAGE], store_dir=store)
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=60)
    at.run()
    assert not at.exception
    # AppTest cannot drive a file uploader, so the page's own upload handler is called as the button would
    from etl.store.ingest import ingest_uploads as handler
    handler([("rmrb_20200501-04-06.txt", "全总拨付3780万元常态化送温暖资金\n\n本报北京4月30日电（记者易舒冉）"
              "记者30日从中华全国总工会了解到：全总决定下拨3780万元常态化送温暖资金，用于支持湖北等地区各级工会开展送温暖。"
              .encode())], store)
    at.run()
    assert not at.exception
    from etl.store import read_parquet
    arts = read_parquet(store)["articles"]
    assert "全总拨付3780万元常态化送温暖资金" in set(arts["title"])
    log_df = at.dataframe[-1].value
    assert "rmrb_20200501-04-06.txt" in " ".join(log_df["文件"])


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_that_start_a_formula_are_neutralised(cell):
    from etl.store.export import csv_bytes
    raw = csv_bytes(pd.DataFrame({"title": [cell], "amount_yuan": [-5.0]}))
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", keep_default_na=False)
    assert len(back) == 1 and back.loc[0, "title"] == "'" + cell
    assert back.loc[0, "amount_yuan"] == -5.0  # numbers stay numbers


def test_article_text_is_escaped_in_html():
    from dashboard.ui import highlight
    out = highlight("<script>alert(1)</script>吉安市总工会", [(25, 28, "地点")])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert '<mark title="地点"' in out and ">吉安市</mark>" in out


def test_overlapping_facts_are_marked_nested_each_in_its_colour():
    """A place inside an event's sentence keeps its own colour inside the sentence's (the reader once showed only
    the first fact of an overlap)."""
    from dashboard.ui import HIGHLIGHT_COLOURS, highlight
    text = "1月16日，天津市宝坻区总工会开展主题活动。"
    out = highlight(text, [(0, len(text), "活动"), (6, 9, "地点")])
    event, place = HIGHLIGHT_COLOURS["活动"], HIGHLIGHT_COLOURS["地点"]
    assert out.count("<mark") == 4  # the sentence's mark in three pieces, the place's nested in the middle one
    assert f'background:{event};padding:0 1px;border-radius:3px"><mark title="地点" style="background:{place}' in out
    assert f'<mark title="地点" style="background:{place};padding:0 1px;border-radius:3px">天津市</mark></mark>' in out


def test_inputs_by_fsspec_url_are_read_where_the_batch_runs(tmp_path):
    """An input given as a URL (file:// here; s3://… with its driver) is listed and read by fsspec."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    result = run_ingest([folder.as_uri(), "file:///nowhere/at/all"])
    rows = {r["file"]: r for r in result.log_rows}
    assert rows[(folder / "a.txt").as_uri()]["status"] == "ok"
    assert rows["file:///nowhere/at/all"]["status"] == "error"
    assert "洛阳签订" in result.tables["articles"]["text"].iloc[0]


def test_a_big_batch_uses_every_core_and_one_page_one_process(tmp_path):
    from etl.store.ingest import default_workers, plan_batches
    pages = [(f"p{i}.txt", (_variant(str(i)) * 200).encode()) for i in range(40)]
    assert default_workers(pages) == (os.cpu_count() or 1)
    assert default_workers(pages[:1]) == 1
    batches = plan_batches(pages, 2)
    assert sum(map(len, batches)) == 40 and len(batches) == 8  # four slices per worker, in file order
    assert [n for b in batches for n, _ in b] == [n for n, _ in pages]


# the ways one article is written out by outlets and archives: Traditional characters in three standards — OpenCC's,
# Hong Kong's (環衞: 衞 had stayed, and 环衞工人 was no 环卫工人) and Taiwan's (靠著縣工會: the particle 著 had opened a
# body's name, 著县工会) — and web pages' ASCII punctuation (…”. and …。" written . and ": the file had no longer read as
# one article, its dateline no lead; …）. and …%. had ended no sentence), full-width digits, Windows line ends
ASCII_PUNCTUATION = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
                                   "“": '"', "”": '"'})
WRITINGS = {
    "s2t": lambda t: __import__("opencc").OpenCC("s2t").convert(t),
    "s2hk": lambda t: __import__("opencc").OpenCC("s2hk").convert(t),
    "s2tw": lambda t: __import__("opencc").OpenCC("s2tw").convert(t),
    "ascii punctuation": lambda t: t.translate(ASCII_PUNCTUATION),
    "full-width digits": lambda t: t.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    # (text copied from print or an old archive, each paragraph hard-wrapped at 28 characters: over the tunable corpus
    # 82 rows had differed — paragraphs cut into headlines, leads into fragments —, 9 do now)
    "hard-wrapped": lambda t: "\n".join(part for i, line in enumerate(t.split("\n"))
                                        for part in ([line[k:k + 28] for k in range(0, len(line), 28)]
                                                     if len(line) > 40 and i > 2 else [line])),
}


@pytest.mark.parametrize("file_name", ["rmrb_20200204-13-01.txt", "rmrb_20200121-13-01.txt", "rmrb_20200227-01-01.txt",
                                       "rmrb_20200108-01-03.txt", "rmrb_20200108-02-07.txt"])
@pytest.mark.parametrize("writing", sorted(WRITINGS))
def test_an_article_written_out_another_way_yields_the_same_facts(file_name, writing):
    """A People's Daily article written out another way gives the facts its own text gives."""
    from etl.store.batch import extract_one
    raw = (RMRB_DIR / file_name).read_bytes()
    keys = {"articles": ("title", "primary_province", "is_union", "kind"), "events": ("name", "date_start", "organizer"),
            "awards": ("award", "recipient"), "funding": ("amount_yuan", "payer", "flow", "purpose"),
            "locations": ("province", "city", "county")}

    def facts(data: bytes) -> dict[str, list[tuple]]:
        # (a headline is quoted as the file wrote it, its Traditional form too: read in Simplified, it is the same one)
        tables = extract_one(file_name, data)[0]
        return {t: sorted(tuple(to_simplified(str(r.get(k, ""))) if k == "title" else str(r.get(k, "")) for k in ks)
                          for r in tables.get(t, [])) for t, ks in keys.items()}

    written = WRITINGS[writing](raw.decode("utf-8")).encode("utf-8")
    assert written != raw
    assert facts(written) == facts(raw)


def _as_union_site_page(text: str) -> str:
    """The article as a union federation's site serves it: the site's furniture around it (breadcrumb, publishing line,
    print and close links, neighbouring items, footer), its headline lines in <h1>, each paragraph in <p> with its runs
    in <span> as word processors write them and the union's name in <strong>, the source wrapped at 40 characters."""
    import html
    import re
    import textwrap
    head, _, body = text.strip().partition("\n\n")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]

    def para(p: str) -> str:
        runs = [html.escape(r) for r in re.split(r"(?<=，)", p) if r]
        runs = [re.sub(r"(全国总工会|省总工会|市总工会)", r"<strong>\1</strong>", r) for r in runs]
        return "<p style=\"text-indent:2em\">" + "\n".join(textwrap.wrap("".join(f"<span>{r}</span>" for r in runs), 40,
                                                                           break_long_words=False)) + "</p>"
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>工会动态</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/news\">工会动态</a></div>"
            + "".join(f"<h1>{html.escape(h.strip())}</h1>" for h in head.split("\n") if h.strip())
            + "<div class=\"info\">发布时间：2020-02-04 10:21:33　来源：本站　浏览次数：256</div><div class=\"content\">\n"
            + "\n".join(para(p) for p in paragraphs)
            + "\n</div><div>【打印本页】【关闭窗口】</div><div>上一篇：市总工会召开全委会<br>下一篇：职工书屋建设推进会</div>"
            "<div class=\"footer\">Copyright © 2020 某市总工会 版权所有</div></body></html>")


@pytest.mark.parametrize("file_name", ["rmrb_20200204-13-01.txt", "rmrb_20200121-13-01.txt", "rmrb_20200227-01-01.txt",
                                       "rmrb_20200108-01-03.txt", "rmrb_20200108-02-07.txt"])
def test_an_article_served_as_a_union_sites_web_page_yields_the_same_facts(file_name):
    """Inline elements run on in their line, as a browser shows them: each <span>, <strong> or <a> had been a line of
    its own (近日，/ 市总工会 / 走访慰问了…), so that a paragraph fell apart into headings and fragments — the title, the
    money and the organisers went wrong — and the site's breadcrumb stayed in the text."""
    from etl.store.batch import extract_one
    raw = (RMRB_DIR / file_name).read_bytes()
    keys = {"articles": ("title", "primary_province", "is_union", "kind"), "events": ("name", "date_start", "organizer"),
            "awards": ("award", "recipient"), "funding": ("amount_yuan", "payer", "flow", "purpose"),
            "locations": ("province", "city", "county")}

    def facts(name: str, data: bytes) -> dict[str, list[tuple]]:
        tables = extract_one(name, data)[0]
        return {t: sorted(tuple(str(r.get(k, "")) for k in ks) for r in tables.get(t, [])) for t, ks in keys.items()}

    page = _as_union_site_page(raw.decode("utf-8")).encode("utf-8")
    assert facts(file_name.replace(".txt", ".html"), page) == facts(file_name, raw)


def test_html_blocks_break_lines_and_inline_elements_do_not():
    from etl.read import html_to_text
    markup = ("<html><body><h1>市总工会开展送温暖活动</h1><div><p>1月8日，<strong>常州市总工会</strong>走访慰问了"
              "<span style=\"color:red\">困难职工</span>，送去慰问金<b>20万元</b>。</p><p>活动由<a href=\"#\">市总工会</a>主办。"
              "<br>共慰问\n      职工200人。Trade\n  union</p><table><tr><td>张三</td><td>一等奖</td></tr></table></div></body></html>")
    assert html_to_text(markup).split("\n") == ["市总工会开展送温暖活动", "", "1月8日，常州市总工会走访慰问了困难职工，送去慰问金20万元。",
                                                "活动由市总工会主办。", "共慰问职工200人。Trade union", "张三", "一等奖"]


def test_a_docx_roster_table_is_read_in_its_place():
    """A union's commendation as a Word file, its roster a table (made up, as 表彰决定 attach them): the table's rows are
    text where the table stands — they had been lost — and its names are the roster's, its header row none."""
    import io

    import docx

    from etl.read import docx_to_text
    from etl.store.batch import extract_one
    document = docx.Document()
    for line in ("市总工会表彰2023年度“最美职工”", "", "本报讯 4月28日，市总工会召开大会，对10名“最美职工”进行表彰。",
                 "2023年度“最美职工”名单如下："):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("序号", "姓名", "单位"), ("1", "张三", "市公交集团驾驶员"), ("2", "李四", "市第一人民医院护士")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("会议要求，各级工会要大力宣传先进典型。")
    data = io.BytesIO()
    document.save(data)
    assert docx_to_text(data.getvalue()).split("\n")[4:7] == ["序号\u3000姓名\u3000单位", "1\u3000张三\u3000市公交集团驾驶员",
                                                              "2\u3000李四\u3000市第一人民医院护士"]
    awards = extract_one("x_20230430.docx", data.getvalue())[0]["awards"]
    assert sorted((a["award"], a.get("recipient") or "", a["recipient_count"]) for a in awards) == [
        ("最美职工", "", 10), ("最美职工", "张三", 1), ("最美职工", "李四", 1)]


def test_place_names_the_conversion_from_traditional_writes_wrong_are_put_back():
    """乾 is Traditional for 干 too: 乾安縣 had come back 干安县 and no place (found by a probe of every county written in
    Traditional, made up). The table the reader puts names back from is what the division lists give today."""
    from opencc import OpenCC

    from etl.read import mangled_place_names, to_simplified
    from etl.rules.patterns import word_table
    from etl.store.batch import extract_one
    assert dict(row[:2] for row in word_table("converted_place_names.tsv")) == \
        mangled_place_names(ROOT / "data" / "gazetteer.csv", ROOT / "data" / "towns.csv")
    for config in ("s2t", "s2tw", "s2hk"):
        text = OpenCC(config).convert("本报讯 日前，吉林省松原市乾安县总工会在乾安镇举办职工运动会，干部职工踊跃参加。")
        assert to_simplified(text) == "本报讯 日前，吉林省松原市乾安县总工会在乾安镇举办职工运动会，干部职工踊跃参加。"
    rows, _log = extract_one("x_20230501-01.txt", OpenCC("s2tw").convert(
        "乾安县总工会举办运动会\n\n本报讯 日前，乾安县总工会举办职工运动会。").encode("utf-8"))
    assert {(r["city"], r["county"]) for r in rows["locations"]} == {("松原市", "乾安县")}
