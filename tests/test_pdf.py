"""E-paper PDF pages (issue 22): reading order from the layout, headlines from the type, the masthead's date and
版次 in the citation, and a clear message for every PDF that cannot be read — on pages laid out from real
articles and printed by headless Chromium (nothing of ../shared is copied into the repository)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from conftest import RMRB_DIR, ROOT

from etl.evaluate import one_article_files
from etl.evaluate.compose import half
from etl.evaluate.pdfpages import compose_pdf_pages, page_html, print_pdf
from etl.evaluate.scoring import score
from etl.extract.pipeline import process_text
from etl.read import InputError, read_source
from etl.read.pdf import MAX_PAGES

pytestmark = [pytest.mark.skipif(not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()),
                                 reason="Debian chromium prints the test pages"),
              pytest.mark.skipif(not RMRB_DIR.exists(), reason="../shared/corpus is not beside the checkout")]


@pytest.fixture(scope="module")
def test_half():
    """One-article files of the half the PDF reading was never tuned on."""
    return [a for a in one_article_files([RMRB_DIR], "test") if half(a.name) == "test"]


@pytest.fixture(scope="module")
def pages(test_half, tmp_path_factory):
    return compose_pdf_pages(test_half[:40], tmp_path_factory.mktemp("pdfpages"), seed=7)


def _tables(path: Path) -> dict:
    rows = process_text(read_source(path)).tables()
    return {t: [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in rs] for t, rs in rows.items()}


def test_generated_newspaper_pages_segment_as_laid_out(pages):
    """Every page of 3–6 articles on a varied grid: each article found under its own headline."""
    f1s = [score(gold, _tables(path)).counts["segmentation"].f1 for path, gold in pages]
    assert len(pages) >= 7
    assert sum(f1s) / len(f1s) >= 0.9, f1s


def test_the_masthead_gives_the_issue_date_and_page_and_no_headline(pages):
    path, gold = pages[0]
    arts = process_text(read_source(path)).articles
    assert {(a["issue_date"], a["issue_date_method"], a["paper"], a["page"]) for a in arts} == {
        ("2020-01-06", "page header", "人民日报", "1")}
    assert "人民日报" not in {a["title"] for a in arts}


def test_a_headline_over_its_columns_is_read_before_them_and_columns_in_order(test_half, tmp_path):
    """One long article in three columns beside a short one: the body reads column after column."""
    article = max(test_half, key=lambda a: sum(len(p) for p in a.paragraphs))
    short = min(test_half, key=lambda a: sum(len(p) for p in a.paragraphs))
    path = print_pdf(page_html([article, short], seed=3), tmp_path / "two.pdf")
    src = read_source(path)
    text = src.text.replace("\n", "")
    kept = [p for p in article.paragraphs if p[:30].replace(" ", "") in text.replace(" ", "")]
    assert len(kept) >= 3  # the body that fits the page, paragraph by paragraph, in the file's order
    positions = [text.replace(" ", "").find(p[:30].replace(" ", "")) for p in kept]
    assert positions == sorted(positions)
    assert text.replace(" ", "").find(article.title.replace(" ", "")) < positions[0]
    assert article.title in src.headlines


# ------------------------------------------------------------------------------------------ bad PDFs

@pytest.fixture(scope="module")
def good_pdf(pages) -> bytes:
    return pages[0][0].read_bytes()


def _refused(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_source(path)
    return str(err.value)


def test_an_encrypted_pdf_is_refused_with_the_reason(tmp_path, good_pdf):
    import pikepdf
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(good_pdf)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    assert "encrypted" in _refused(tmp_path, "locked.pdf", out.getvalue())


def test_a_damaged_pdf_is_refused_with_the_reason(tmp_path, good_pdf):
    assert "not a readable PDF" in _refused(tmp_path, "cut.pdf", good_pdf[: len(good_pdf) // 3])
    assert "not a readable PDF" in _refused(tmp_path, "fake.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)


def test_a_scanned_pdf_says_ocr_is_not_supported(tmp_path, good_pdf):
    """A page that is only an image (a scan) has no text layer."""
    import pypdfium2 as pdfium
    scan = pdfium.PdfDocument.new()
    image = pdfium.PdfDocument(good_pdf)[0].render(scale=0.5).to_pil()
    page = scan.new_page(image.width, image.height)
    obj = pdfium.PdfImage.new(scan)
    obj.set_bitmap(pdfium.PdfBitmap.from_pil(image))
    obj.set_matrix(pdfium.PdfMatrix().scale(image.width, image.height))
    page.insert_obj(obj)
    page.gen_content()
    out = io.BytesIO()
    scan.save(out)
    message = _refused(tmp_path, "scan.pdf", out.getvalue())
    assert "no text layer" in message and "OCR is not supported" in message


def test_a_pdf_bomb_of_pages_is_refused_before_it_is_read(tmp_path):
    import pypdfium2 as pdfium
    bomb = pdfium.PdfDocument.new()
    for _ in range(MAX_PAGES + 1):
        bomb.new_page(100, 100)
    out = io.BytesIO()
    bomb.save(out)
    assert f"limit {MAX_PAGES}" in _refused(tmp_path, "pages.pdf", out.getvalue())


def test_javascript_and_attached_files_are_ignored_and_the_text_read(tmp_path, good_pdf):
    import pikepdf
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(good_pdf)) as pdf:
        pdf.Root.OpenAction = pdf.make_indirect(pikepdf.Dictionary(
            S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('x'); this.exportDataObject({cName: 'a'})")))
        pdf.attachments["payload.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00 not run")
        pdf.save(out)
    path = tmp_path / "scripted.pdf"
    path.write_bytes(out.getvalue())
    assert read_source(path).text == read_source(_saved(tmp_path, good_pdf)).text


def _saved(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "plain.pdf"
    path.write_bytes(data)
    return path


def test_a_batch_with_bad_pdfs_goes_on_and_names_each(tmp_path, good_pdf):
    from etl.store.ingest import run_ingest
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "工人日报_2020-01-06_01.pdf").write_bytes(good_pdf)
    (folder / "broken.pdf").write_bytes(good_pdf[:500])
    result = run_ingest([folder], out_dir=tmp_path / "out")
    log = {Path(r["file"]).name: r for r in result.log_rows}
    assert log["broken.pdf"]["status"] == "error" and "not a readable PDF" in log["broken.pdf"]["message"]
    assert log["工人日报_2020-01-06_01.pdf"]["status"] == "ok" and log["工人日报_2020-01-06_01.pdf"]["articles"] >= 3


def test_pdfs_read_in_threads_at_once_give_what_one_at_a_time_gives(pages):
    """PDFium is not thread-safe, and the dashboard's sessions are threads: two uploads must not crash it."""
    from concurrent.futures import ThreadPoolExecutor

    from etl.read.pdf import pdf_to_text
    datas = [path.read_bytes() for path, _gold in pages] * 3
    alone = [pdf_to_text(d) for d in datas]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(pdf_to_text, datas))
    assert together == alone


@pytest.fixture(scope="module")
def issue(test_half, tmp_path_factory) -> tuple[Path, list[list]]:
    """A two-page issue in one PDF, three articles a page (a whole-issue e-paper file)."""
    from etl.evaluate.pdfpages import issue_html
    groups = [test_half[40:43], test_half[43:46]]
    return print_pdf(issue_html(groups, seed=3), tmp_path_factory.mktemp("issue") / "人民日报_2020-01-06_1版.pdf"), groups


def test_each_article_knows_the_pdf_page_it_was_printed_on(issue):
    path, groups = issue
    rows = process_text(read_source(path))
    on_page = {r["title"]: r["pdf_page"] for r in rows.articles}
    for number, group in enumerate(groups, 1):
        for article in group:
            assert on_page.get(article.title) == number, (article.title, on_page)
    text_rows = process_text(read_source(Path("x.txt"), "\n\n".join(
        "\n".join(a.headlines) + "\n" + "\n".join(a.paragraphs) for a in groups[0]).encode("utf-8")))
    assert {r["pdf_page"] for r in text_rows.articles} == {None}  # a text file has no PDF page


def test_the_printed_page_is_drawn_with_the_article_marked(issue):
    """The reader's 版面原图: the page as a PNG, the article's own lines in yellow and no other article's."""
    from PIL import Image

    from etl.read.pdf import PdfError, page_image
    path, groups = issue
    rows = process_text(read_source(path))
    article = next(r for r in rows.articles if r["title"] == groups[1][0].title)

    def marked(png: bytes) -> int:  # pixels of the marking's yellow
        import numpy as np
        rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        return int(((r > 230) & (g > 200) & (g < 235) & (b < 190)).sum())
    own = page_image(path.read_bytes(), article["pdf_page"], article["text"], width_px=700)
    assert Image.open(io.BytesIO(own)).size[0] == 700 and marked(own) > 2000
    other_page = page_image(path.read_bytes(), 1, article["text"], width_px=700)
    assert marked(other_page) < marked(own) / 20  # its lines are not on page 1
    with pytest.raises(PdfError):
        page_image(path.read_bytes(), 9, article["text"])


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_source_is_found_again_in_its_zip_and_never_when_changed(issue, tmp_path):
    import hashlib
    import zipfile

    from etl.store.repair import source_bytes
    path, _groups = issue
    data = path.read_bytes()
    archive = tmp_path / "issues.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("2020/page.pdf", b"%PDF-1.4 another file of the same name")
        zf.writestr("2020/page.pdf", data)
    store = tmp_path / "data" / "store"
    store.mkdir(parents=True)
    digest = hashlib.sha1(data).hexdigest()
    assert source_bytes(f"{archive}/2020/page.pdf#2", store, digest) == data  # the second member of that name
    assert source_bytes(str(path), store, digest) == data
    assert source_bytes(str(path), store, "0" * 40) is None  # changed since it was read: its pages are not the article's
    assert source_bytes(str(tmp_path / "gone.pdf"), store) is None


def test_the_reader_shows_a_pdf_articles_page_and_says_when_the_file_is_gone(issue, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from etl.store import read_parquet
    from etl.store.ingest import run_ingest
    path, groups = issue
    source = tmp_path / path.name
    shutil.copy(path, source)
    store = tmp_path / "store"
    run_ingest([source], store_dir=store)
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    arts = read_parquet(store)["articles"]
    article = arts[arts["title"] == groups[1][1].title].iloc[0]
    at = AppTest.from_file(str(ROOT / "pages" / "articles.py"), default_timeout=90)
    at.query_params["article"] = article["article_id"]
    at.run()
    assert not at.exception
    assert f"版面原图（PDF 第 2 页）" in [e.label for e in at.expander]
    at.toggle(key=f"pdf_image_{article['article_id']}").set_value(True).run()
    assert not at.exception and len(at.get("image")) == 1, [i.value for i in at.info]
    source.unlink()  # moved away after it was imported: said, and the text and rows still shown
    at.toggle(key=f"pdf_image_{article['article_id']}").set_value(False).run()
    at.toggle(key=f"pdf_image_{article['article_id']}").set_value(True).run()
    assert not at.get("image") and any("找不到这份 PDF 原件" in i.value for i in at.info)


def test_a_traditional_character_page_is_marked_too(tmp_path):
    """The article's text is read into simplified characters; its printed page keeps the traditional ones."""
    import numpy as np
    from conftest import SHARED
    from PIL import Image

    from etl.evaluate.compose import split_article
    from etl.read.pdf import page_image
    raw = SHARED / "gold" / "dev_prov" / "texts" / "acftu_20210823-00-01.txt"  # Traditional Chinese, dev split
    if not raw.exists():
        pytest.skip("../shared/gold is not beside the checkout")
    article = split_article(raw.name, raw.read_text(encoding="utf-8"))
    path = print_pdf(page_html([article], 5), tmp_path / "香港工联会_2021-08-23.pdf")
    src = read_source(path)
    assert src.encoding == "pdf+t2s"
    row = next(r for r in process_text(src).articles if r["pdf_page"] == 1 and len(r["text"]) > 200)
    png = page_image(path.read_bytes(), 1, row["text"], width_px=700)
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    marked = ((rgb[..., 0] > 230) & (rgb[..., 1] > 200) & (rgb[..., 1] < 235) & (rgb[..., 2] < 190)).sum()
    assert marked > 2000
