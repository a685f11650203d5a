"""Browser smoke test: the real app on 127.0.0.1 in headless Chromium.

Every page loads without an exception box, the map page draws its canvas, and a
screenshot of each page is saved under artifacts/screenshots/ for a person to look at.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_PAGE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
# "map" first: a fresh server's first request naming a page must still get the app's navigation
PAGES = ["map", "", "timeline", "keywords", "awards", "funding", "rankings", "compare", "articles", "review", "data", "ingest"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


@pytest.fixture(scope="module")
def browser_store(tmp_path_factory):
    from etl.store.ingest import run_ingest
    store = tmp_path_factory.mktemp("browser_store")
    run_ingest([SAMPLE_PAGE], store_dir=store)
    return store


def _serve(store: Path):
    """The app over `store`, started afresh (bench.browser.serve: the benchmark starts it the same way)."""
    from bench.browser import serve
    return serve(store)


@pytest.fixture(scope="module")
def app_url(browser_store):
    with _serve(browser_store) as url:
        yield url


def _launch(p):
    """Debian's headless Chromium as every browser test drives it (no browser download, no background traffic)."""
    return p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                              "--disable-background-networking"])


def _settle(page) -> None:
    page.wait_for_selector("[data-testid=stApp]", timeout=30000)
    time.sleep(1.0)
    for _ in range(120):  # wait until the script has stopped running
        if page.locator("[data-testid=stStatusWidget]").count() == 0:
            break
        time.sleep(0.25)
    time.sleep(1.5)


def _heading(page) -> str:
    """The reader's article heading (the first heading after 文章)."""
    return page.locator("[data-testid=stMain]").locator("h1, h2, h3").all_inner_texts()[1]


def _rerun(page) -> None:
    """A rerun of the page's script, as any click on the page makes."""
    page.locator("h1").first.click()
    page.keyboard.press("r")
    _settle(page)


def _upload(page, path: Path) -> None:
    """Give the uploader a file; a fresh session's first run can swallow it, so try again until the
    import button shows."""
    for _ in range(3):
        page.locator("input[type=file]").set_input_files(str(path))
        try:
            page.get_by_role("button", name="开始导入").wait_for(timeout=15000)
            return
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: the file did not register
            _settle(page)
    raise AssertionError(f"the uploader never took {path.name}")


def test_every_page_renders(app_url):
    from playwright.sync_api import sync_playwright
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="zh-CN")
        outside: list[str] = []  # the app works offline: nothing may be fetched from elsewhere (icons included)
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((app_url, "data:", "blob:"))
                else None)
        for path in PAGES:
            page.goto(f"{app_url}/{path}")
            _settle(page)
            name = path or "overview"
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
            errors = page.locator("[data-testid=stException]").all_inner_texts()
            assert not errors, (name, errors)
            nav = page.locator("[data-testid=stSidebarNav]").inner_text()
            assert "总览" in nav and "overview" not in nav, (name, nav)
            assert page.locator("h1").count() >= 1, name
            if path in ("", "map"):
                canvas = page.locator("canvas")
                assert canvas.count() >= 1, f"{name}: the ECharts map drew no canvas"
                box = canvas.first.bounding_box()
                assert box and box["width"] > 200 and box["height"] > 200, name
        # clicking a province on the map drills into its articles
        page.goto(f"{app_url}/map")
        _settle(page)
        time.sleep(1.5)  # let the map's entry animation finish before clicking
        box = page.locator("canvas").first.bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.33, box["y"] + box["height"] * 0.62)  # 西藏
        _settle(page)
        page.get_by_text("西藏：相关文章").wait_for(timeout=15000)
        page.screenshot(path=str(SHOTS / "map_drill.png"), full_page=True)
        # the province filter in the URL reaches the page
        page.goto(f"{app_url}/?prov=西藏")
        _settle(page)
        assert "西藏" in page.locator("[data-testid=stSidebar]").inner_text()
        browser.close()
    assert not outside, outside


def test_the_overview_draws_without_plotly_and_fetches_it_once_drawn(app_url):
    """The overview's charts are ECharts, so Plotly's 4.7 MB chunk is not on the first page's critical path;
    once the page is drawn and idle it is fetched (dashboard.preload.preload_plotly_when_idle) — at the URL Streamlit's
    own loader uses, so the next page's Plotly charts draw without fetching it again."""
    from playwright.sync_api import sync_playwright

    from bench.browser import CHARTS_DRAWN
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="zh-CN")
        page.goto(f"{app_url}/")
        _settle(page)
        page.wait_for_function(CHARTS_DRAWN, timeout=30000)
        assert page.locator("[data-testid=stPlotlyChart]").count() == 0
        assert page.locator("[data-testid=stBidiComponentRegular] canvas").count() >= 2  # bars and map
        # the first page's chunks were hinted before the server had imported pandas (dashboard.preload), and
        # the page then used what the hints fetched: each file fetched once
        hinted = page.evaluate("[...document.querySelectorAll('link[rel=modulepreload]')].map(l => l.href)")
        assert any("/Metric." in h for h in hinted) and any("/_stcore/bidi-components/" in h for h in hinted), hinted
        names = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
        for h in hinted:
            assert names.count(h) == 1, (h, names.count(h))
        page.wait_for_function("window.plotlyPreloaded === true", timeout=30000)
        fetched = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)"
                                ".filter(n => n.includes('/PlotlyChart.'))")
        assert len(fetched) == 1, fetched
        page.locator("[data-testid=stSidebarNav] a", has_text="资金").first.click()
        _settle(page)
        page.locator("[data-testid=stPlotlyChart] .main-svg").first.wait_for(timeout=30000)
        again = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)"
                              ".filter(n => n.includes('/PlotlyChart.'))")
        assert again == fetched  # the page's charts used the module already loaded
        browser.close()


def test_upload_adds_a_page_and_its_articles_appear(app_url, tmp_path):
    """Through the real UI: drop a file on 导入, import it, find its article on 文章."""
    from playwright.sync_api import sync_playwright
    upload = tmp_path / "rmrb_20200501-04-06.txt"
    upload.write_text("全总拨付3780万元常态化送温暖资金\n\n本报北京4月30日电（记者易舒冉）记者30日从中华全国总工会了解到："
                      "全总决定下拨3780万元常态化送温暖资金，用于支持湖北等地区各级工会开展送温暖。", encoding="utf-8")
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="zh-CN")
        page.goto(f"{app_url}/ingest")
        _settle(page)
        # the box speaks Chinese: Streamlit's English button and limit line set aside, the same said in Chinese
        shown = page.evaluate("""() => {
            const box = document.querySelector('[data-testid=stFileUploaderDropzone]');
            const button = box.querySelector('button [data-testid=stMarkdownContainer] p');
            const limit = box.querySelector('[data-testid=stFileUploaderDropzoneInstructions] span');
            return [getComputedStyle(button).fontSize, getComputedStyle(button, '::after').content,
                    getComputedStyle(limit).fontSize, getComputedStyle(limit, '::after').content]; }""")
        assert shown[0] == shown[2] == "0px"
        assert "选择文件" in shown[1] and "每个文件不超过 20 MB" in shown[3] and ".pdf" in shown[3]
        _upload(page, upload)
        page.get_by_role("button", name="开始导入").click()
        page.get_by_text("完成：1 个文件已加入").wait_for(timeout=60000)
        page.screenshot(path=str(SHOTS / "ingest_done.png"), full_page=True)
        page.goto(f"{app_url}/articles")
        _settle(page)
        page.get_by_label("全文检索", exact=True).and_(page.locator("input")).fill("送温暖")
        page.keyboard.press("Enter")
        _settle(page)
        page.get_by_role("heading", name="全总拨付3780万元常态化送温暖资金").wait_for(timeout=15000)
        page.goto(f"{app_url}/funding")
        _settle(page)
        assert "5,016 万元" in page.locator("[data-testid=stMetric]").first.inner_text()  # 1,236 + 3,780
        browser.close()


def test_hostile_title_and_file_name_render_as_text(app_url, tmp_path):
    """An upload whose title and zip member name are Markdown, KaTeX and an image link: the reader shows
    the characters, makes no element of them and no request leaves 127.0.0.1."""
    import io
    import zipfile

    from playwright.sync_api import sync_playwright
    title = r":red[假新闻] $$\frac{1}{0}$$ [点此](http://evil.cn)"
    body = f"{title}\n\n本报讯 近日，湖南省总工会在长沙举办职工技能大赛，$x^2$ 与 [链接](http://evil.cn) 都只是文字。"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("pages/2023-03-02 ![x](https://127.0.0.1:8765/p.png).txt", body.encode())
    upload = tmp_path / "hostile.zip"
    upload.write_bytes(buf.getvalue())
    outside: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="zh-CN")
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((app_url, "data:", "blob:"))
                else None)
        page.goto(f"{app_url}/ingest")
        _settle(page)
        _upload(page, upload)
        page.get_by_role("button", name="开始导入").click()
        page.get_by_text("完成：1 个文件已加入").wait_for(timeout=60000)
        page.goto(f"{app_url}/articles")
        _settle(page)
        page.get_by_label("全文检索", exact=True).and_(page.locator("input")).fill("假新闻")
        page.keyboard.press("Enter")
        _settle(page)
        main = page.locator("[data-testid=stMain]")
        page.screenshot(path=str(SHOTS / "hostile_article.png"), full_page=True)
        main.get_by_role("heading").filter(has_text="假新闻").first.wait_for(timeout=15000)
        page.screenshot(path=str(SHOTS / "hostile_article.png"), full_page=True)
        assert main.locator(".katex").count() == 0
        assert main.locator("a[href*='evil']:not([href^='#'])").count() == 0  # (a heading's own #anchor aside)
        assert main.locator("img[src*='8765']").count() == 0
        assert main.locator("[data-testid=stMarkdownColoredText], span[style*='color: red']").count() == 0
        assert "[点此](http://evil.cn)" in main.inner_text()
        browser.close()
    assert not outside, outside


def test_report_and_image_downloads_are_valid_files(app_url, tmp_path):
    """Through the real UI: the data page's Excel and Word reports and a chart's PNG download, opened."""
    import io

    import docx
    import openpyxl
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="zh-CN", accept_downloads=True)
        page.goto(f"{app_url}/data")
        _settle(page)
        files = {}
        for label, suffix in (("下载 Excel", ".xlsx"), ("下载 Word 报告", ".docx")):
            with page.expect_download(timeout=60000) as dl:
                page.get_by_role("button", name=label).click()
            files[suffix] = dl.value.path().read_bytes()
            assert dl.value.suggested_filename.endswith(suffix)
        wb = openpyxl.load_workbook(io.BytesIO(files[".xlsx"]))
        assert wb.sheetnames == ["说明", "文章", "活动", "荣誉", "资金", "地点", "透视"]
        assert [c.value for c in wb["活动"][1]][:3] == ["开始日期", "活动类型", "活动名称"]
        report = docx.Document(io.BytesIO(files[".docx"]))
        assert report.paragraphs[0].text == "工会活动分析报告"
        page.goto(f"{app_url}/funding")
        _settle(page)
        chart = page.locator("[data-testid=stPlotlyChart]").first
        chart.hover()
        with page.expect_download(timeout=60000) as dl:
            chart.locator(".modebar-btn[data-title='Download plot as a PNG']").click()
        png = dl.value.path().read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and dl.value.suggested_filename.endswith(".png")
        browser.close()


def test_the_review_loop_in_the_browser(app_url, browser_store):
    """In Chromium, as a reviewer would: correct an amount, reject an event, confirm an honour in the reader;
    the overview then shows the corrected money and how much of it is checked, and 核对 the progress."""
    from playwright.sync_api import sync_playwright

    from etl.store import read_parquet
    funding = read_parquet(browser_store)["funding"]
    article = funding.loc[funding["amount_text"] == "1236万元", "article_id"].iloc[0]
    reader = f"{app_url}/articles?reviewer=%E6%B5%8F%E8%A7%88%E5%99%A8&article={article}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 2200}, locale="zh-CN")
        page.goto(f"{reader}&fact=funding:0")
        _settle(page)
        page.get_by_text("更正这条记录").first.click()
        page.get_by_role("textbox", name="金额（元）").fill("13600000")
        page.get_by_role("textbox", name="金额（元）").press("Tab")  # the field holds its value before the form is sent
        page.get_by_role("button", name="保存更正").first.click()
        # the toast lasts ten seconds: look for it before settling (a loaded machine's settle can outlast it)
        page.get_by_text("已更正：金额（元）").wait_for(timeout=30000)
        _settle(page)
        assert "· 已更正" in page.locator("[data-testid=stMain]").inner_text()  # the picker's row says so, lastingly
        page.goto(f"{reader}&fact=events:0")
        _settle(page)
        page.get_by_role("button", name="删除").first.click()
        _settle(page)
        page.goto(f"{reader}&fact=awards:0")
        _settle(page)
        page.get_by_role("button", name="确认无误").first.click()
        _settle(page)
        page.screenshot(path=str(SHOTS / "review_reader.png"), full_page=True)
        assert "· 已确认" in page.locator("[data-testid=stMain]").inner_text()  # the panel's row (tables are canvas)
        from etl.review import Ledger
        assert sorted(a.action for a in Ledger(browser_store).actions()) == ["confirm", "correct", "reject"]
        assert {a.reviewer for a in Ledger(browser_store).actions()} == {"浏览器"}
        page.goto(f"{app_url}/?reviewer=%E6%B5%8F%E8%A7%88%E5%99%A8")
        _settle(page)
        text = page.locator("[data-testid=stMain]").inner_text()
        page.screenshot(path=str(SHOTS / "review_overview.png"), full_page=True)
        assert "1,360 万元" in text and "其中 1,360 万元 已核对" in text
        page.goto(f"{app_url}/review")
        _settle(page)
        page.screenshot(path=str(SHOTS / "review_page.png"), full_page=True)
        assert "3 / " in page.locator("[data-testid=stMetric]").first.inner_text()
        assert not page.locator("[data-testid=stException]").count()
        browser.close()


def test_hostile_url_values_make_no_outside_request(app_url):
    """Issue 21, item 5, in a real browser: a shared link whose search or filters carry Markdown images, HTML or
    links makes the page fetch nothing from elsewhere and renders no live link, on the pages that show the term."""
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright
    hostile = ["![x](http://evil.example/q.png)", "<img src=http://evil.example/i.png>",
               "[立即登录](https://evil.example/login)"]
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((app_url, "data:", "blob:"))
                else None)
        for value in hostile:
            for path in ("", "articles", "data", "compare"):
                page.goto(f"{app_url}/{path}?q={quote(value)}&prov={quote(value)}&a={quote(value)}")
                _settle(page)
                assert not page.locator("[data-testid=stException]").count(), (path, value)
                assert not page.locator("a[href*='evil.example']").count(), (path, value)
        browser.close()
    assert not outside, outside


def test_a_linked_article_and_comparison_side_survive_the_next_click(browser_store):
    """A shared link opens its article (?article=) or comparison side (?a=); the page's next rerun — any click —
    must keep them. Opened as the first visit of a freshly started server, a selectbox whose state the script had
    set read back as its first option on that rerun, so the reader jumped to another article and 对比 to another
    province."""
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright

    from etl.store import read_parquet
    arts = read_parquet(browser_store)["articles"].sort_values(["issue_date", "article_id"])
    linked = arts[arts["title"].fillna("") != ""].iloc[-1]  # not the reader's first article (the newest, first listed)

    with sync_playwright() as p:
        browser = _launch(p)
        for path, check in ((f"articles?article={linked['article_id']}", lambda page: _heading(page) == linked["title"]),
                            (f"compare?a={quote('全国')}", lambda page: f"a={quote('全国')}&" in page.url + "&")):
            with _serve(browser_store) as url:  # the link is the server's first visit
                page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
                page.goto(f"{url}/{path}")
                _settle(page)
                assert check(page), (path, page.url)
                _rerun(page)
                assert check(page), (path, page.url)
        browser.close()


def test_the_reader_keeps_an_article_whose_title_was_corrected(tmp_path):
    """An article picked from the reader's list (no link) stays open when its title is corrected, and on the
    next rerun: the picker's options are titles, and a picker whose label changed had jumped to its first option
    (the row picker did, after a correction: test_the_review_loop_in_the_browser)."""
    from playwright.sync_api import sync_playwright

    from etl.store.ingest import run_ingest
    store = tmp_path / "store"
    run_ingest([SAMPLE_PAGE], store_dir=store)

    with sync_playwright() as p, _serve(store) as url:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
        page.goto(f"{url}/articles?reviewer=%E6%B5%8F%E8%A7%88%E5%99%A8")
        _settle(page)
        first = _heading(page)
        page.locator("[data-testid=stSelectbox]").filter(has_text="打开文章").click()
        page.get_by_role("option").nth(2).click()
        _settle(page)
        picked = _heading(page)
        assert picked != first
        panel = page.locator("[data-testid=stExpander]").filter(has_text="更正文章信息").first
        form = panel.locator("[data-testid=stExpander]").filter(has_text="更正这条记录")  # the article's own form
        title = panel.get_by_role("textbox", name="标题")
        for _ in range(4):  # a rerun still finishing under load can fold an expander again: open both till they stay
            for expander in (panel, form):
                if expander.locator("details").first.get_attribute("open") is None:
                    expander.locator("summary").first.click()
            try:
                title.wait_for(timeout=5000)
                break
            except Exception:  # noqa: BLE001 - playwright's TimeoutError
                _settle(page)
        title.fill(picked + "（更正）")
        title.press("Tab")  # the field holds its value before the form is sent
        saved = page.get_by_text("已更正：标题")  # the save's toast (ten seconds)
        for _ in range(2):  # under full CPU load a click can land while a rerun redraws the form: click again
            panel.get_by_role("button", name="保存更正").click()
            try:
                saved.wait_for(timeout=15000)
                break
            except Exception:  # noqa: BLE001 - playwright's TimeoutError
                _settle(page)
        saved.wait_for(timeout=15000)
        _settle(page)
        assert _heading(page) == picked + "（更正）"
        _rerun(page)  # and the next rerun keeps it too
        assert _heading(page) == picked + "（更正）"
        page.screenshot(path=str(SHOTS / "reader_title_corrected.png"), full_page=True)
        browser.close()
