"""Stage 1 — read: Reading input files: bytes → decoded, canonical text plus what the name says.

This is the input edge of the ETL (the output edge is `etl.store` and `etl.store.export`).
Decoding never guesses silently: the encoding used is returned, and bytes
that are not text raise `InputError` with a message naming the problem.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.read.textnorm import normalize_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}
MARKUP_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
ZIP_SUFFIXES = {".zip"}
PDF_SUFFIXES = {".pdf"}
INPUT_SUFFIXES = TEXT_SUFFIXES | MARKUP_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES | ZIP_SUFFIXES
READABLE = ".txt .md .html .htm .docx .pdf"  # what a message lists as readable
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_TOTAL = 100 * 1024 * 1024  # what one archive may expand to
MAX_ZIP_RATIO = 100  # …and how many times its own size, past one file's limit
MIN_CHINESE_SHARE = 0.2  # of a file's letters (Chinese characters and Latin letters): less is no Chinese news page
MAX_ZIP_MEMBERS = 5000


class InputError(ValueError):
    """A file that cannot be read as newspaper text; the message says why."""


@dataclass(frozen=True)
class SourceText:
    source: str
    text: str
    encoding: str
    name_date: dt.date | None
    layout: str = "page"  # "article": one article per file (headline, blank line, indented body), as web archives give
    headlines: frozenset[str] = frozenset()  # lines the layout sets as headlines (a PDF's large type)
    pages: tuple[str, ...] = ()  # a PDF's pages, each as its part of `text` reads: where an article was printed
    # lines converted to Simplified, as the file wrote them (converted line → line as written): a headline is quoted as
    # printed, 湖北省總召開專題座談會, though it is read in Simplified
    written_as: tuple[tuple[str, str], ...] = ()


# a web archive's one-article file: 1–3 headline lines, a blank line, then the body, either indented with
# full-width spaces or with no other blank line (a print page breaks columns and articles with blank lines)
_INDENTED = re.compile(r"^(?:\u3000{1,2}|\s{2,})\S")


def layout_of(raw_text: str) -> str:
    """'article' for a one-article file in web-archive layout, else 'page' (segmented into articles)."""
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff\n")
    head, sep, body = text.partition("\n\n")
    heads = [h for h in head.split("\n") if h.strip()]
    lines = [ln for ln in body.split("\n") if ln.strip()]
    # (a line's end read in the one punctuation style: a web page ends sentences with ASCII . and " too)
    if not sep or not 1 <= len(heads) <= 3 or any(len(h.strip()) > 80 or normalize_text(h).endswith("。")
                                                  for h in heads):
        return "page"
    indented = sum(1 for ln in lines if _INDENTED.match(ln))
    one_block = "\n\n" not in body.strip("\n") and any(normalize_text(ln).endswith(("。", "”", "！", "？"))
                                                         for ln in lines)
    return "article" if lines and (indented >= 0.6 * len(lines) or one_block) else "page"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAME_DATE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")
# characters counted by the runs a regex finds, not one by one in Python (such loops had been most of a file's read)
_TEXT_LIKE = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\n\r\t\x20-\x7e]+")  # text, not mojibake
_HAN = re.compile("[\u4e00-\u9fff]+")
_HAN_WITH_EXTENSION_A = re.compile("[\u3400-\u9fff]+")
_LATIN_LETTER = re.compile("[A-Za-z]+")


def _count(chars: re.Pattern, text: str) -> int:
    return sum(map(len, chars.findall(text)))


# the page a file name carries: rmrb_20200121-06-02.txt is page 6 (00 says none)
_NAME_PAGE = re.compile(r"(?<!\d)(?:19|20)\d{6}[-_](\d{1,2})[-_]\d{1,3}(?!\d)")
# the page header of a print page: 工人日报 2023年3月2日 星期四 第3版 / 03版
_HEADER_PAGE = re.compile(r"第\s*(\d{1,2})\s*版|(?<!\d)(\d{2})版")
_HEADER_PAPER = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}?(?:日报|晚报|工报|工人报|报))\s*(?:(?:19|20)\d{2}年|第\s*\d|\d{2}版)")


def page_from_name(name: str) -> str:
    """The page (版次) a file name gives, as a number string, or '' (rmrb_20200121-06-02.txt → '6')."""
    m = _NAME_PAGE.search(Path(name).name)
    return str(int(m.group(1))) if m and int(m.group(1)) else ""


@lru_cache(maxsize=1)
def _papers() -> dict[str, str]:
    from etl.rules.patterns import word_table
    return dict(row[:2] for row in word_table("papers.tsv") if len(row) >= 2)


def paper_from_name(name: str) -> str:
    """The paper a file name's code stands for (etl/rules/papers.tsv: rmrb → 人民日报), or '' — never a guess."""
    code = re.match(r"[a-z]+", Path(name).name.lower())
    return _papers().get(code.group(), "") if code else ""


def page_header(text: str) -> tuple[str, str]:
    """(paper, page) from a print page's header lines (工人日报 2023年3月2日 星期四 第3版), each '' if absent."""
    paper = page = ""
    for line in text.split("\n")[:6]:
        if not re.search(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|第\s*\d{1,2}\s*版|\d{2}版", line) or len(line) > 60:
            continue
        paper = paper or (m.group(1) if (m := _HEADER_PAPER.match(line)) else "")
        page = page or (str(int(next(g for g in m.groups() if g))) if (m := _HEADER_PAGE.search(line)) else "")
    return paper, page


_OUTLET_LEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}?(?:日报|晚报|工报|报|网))讯")


def outlet_of_lead(paragraph: str) -> str:
    """The outlet a report's own news line names (南方工报讯 → 南方工报, 中工网讯 → 中工网); '' for 本报讯."""
    m = _OUTLET_LEAD.match(paragraph)
    return m.group(1) if m and m.group(1) != "本报" else ""


def date_from_name(name: str) -> dt.date | None:
    """The issue date a file name carries (rmrb_20200501-04-06.txt, 2020-05-01.txt)."""
    for m in _NAME_DATE.finditer(Path(name).name):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode newspaper text; return (text, encoding). Raise InputError for what is not text.

    UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030 and Big5 are read.
    A few stray bytes in otherwise valid UTF-8 are replaced (U+FFFD) rather than losing the
    page; the encoding then says how many (``utf-8, 3 bytes replaced``) and the log warns.
    """
    if not data.strip():
        raise InputError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        text, replaced = _utf8(data)
        return text, "utf-8-sig" + (f", {replaced} bytes replaced" if replaced else "")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not text")
    nuls = data.count(b"\x00")
    if nuls:  # stray NULs later in a text file: removed, and the log says how many
        text, encoding = decode(data.replace(b"\x00", b""))
        return text, f"{encoding}, {nuls} NUL bytes removed"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        text, replaced = _utf8(data)
        if replaced <= max(8, len(data) // 1000):
            return text, f"utf-8, {replaced} bytes replaced"
        first_bad = exc.start
    if _looks_big5(data):
        try:
            return data.decode("big5hkscs"), "big5"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise InputError(f"not UTF-8, UTF-16, GB18030 or Big5 text (undecodable bytes from byte {first_bad})") from None


def _utf8(data: bytes) -> tuple[str, int]:
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: of the two byte orders, the one that decodes to mostly Chinese
    characters and punctuation (the other gives characters from unrelated scripts)."""
    if len(data) < 4:
        return None
    stray = len(data) % 2  # an odd length: one byte too many (a stray byte at the end); read the rest, say so
    body = data[:len(data) - stray]
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            if not stray:
                continue
            text = body.decode(codec, errors="replace")
        sample = text[:2000]
        share = _count(_TEXT_LIKE, sample) / len(sample)
        if share >= 0.8 and (best is None or share > best[0]):
            best = (share, text, codec + (f", {stray} bytes replaced" if stray else ""))
    return (best[1], best[2]) if best else None


def _looks_big5(data: bytes) -> bool:
    """Big5 puts a second byte in 0x40–0x7E in about half its characters; GB2312-range text
    (what mainland news uses) almost never does."""
    pairs = low = 0
    i, n = 0, min(len(data), 20000)
    while i < n - 1:
        b = data[i]
        if b >= 0x81:
            pairs += 1
            low += 0x40 <= data[i + 1] <= 0x7E
            i += 2
        else:
            i += 1
    return pairs >= 20 and low >= 0.2 * pairs


# elements that set their text apart as a block of its own; all others (a, span, strong, b, font, em…) run on in the
# line they stand in, as a browser shows them
HTML_BLOCKS = ("address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
               "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
               "pre", "section", "table", "tbody", "td", "th", "thead", "tfoot", "title", "tr", "ul")
_HEADING = "\x00"  # marks a heading element's line while the text is laid out (a NUL: no page text holds one)
# a line break the page's source has inside a block is no break of the text's: between Chinese characters it is
# nothing, between Latin words a space
_SOURCE_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line (p, div, h1…, li, td, br); scripts and styles dropped. Inline
    elements run on in their line — <p>近日，<strong>市总工会</strong>走访慰问了<span>困难职工</span></p> is one line,
    as a browser shows it (word processors wrap every run of a paragraph in a span)."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "head"]):
        tag.decompose()
    for node in soup.find_all(string=True):
        if "\n" in node and node.parent is not None and node.parent.name != "pre":
            node.replace_with(_SOURCE_BREAK.sub(_joined, str(node)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(HTML_BLOCKS):
        heading = tag.name in ("h1", "h2", "h3", "h4", "h5", "h6")
        tag.insert_before("\n" + (_HEADING if heading else ""))
        tag.insert_after("\n")
    lines = [line.strip(" \t") for line in soup.get_text("").split("\n")]
    lines = [line for line in lines if line.strip(_HEADING + " \t")]
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line.lstrip(_HEADING).strip())
        # a blank line after a run of headings, as a web archive's file sets its headline apart: a page with one
        # headline reads as one article (layout_of's 'article'), a page of several as a page
        if line.startswith(_HEADING) and k + 1 < len(lines) and not lines[k + 1].startswith(_HEADING):
            out.append("")
    return "\n".join(out)


def _joined(m: re.Match) -> str:
    """What a source line break inside a block becomes: a space between Latin words or figures, else nothing."""
    before, after = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
    return " " if before.isascii() and after.isascii() and before.isalnum() and after.isalnum() else ""


MAX_DOCX_EXPANDED = 60 * 1024 * 1024


def docx_to_text(data: bytes) -> str:
    import io
    import zipfile

    import docx
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            expanded = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile:
        raise InputError("not a readable .docx file (not a zip package)") from None
    if expanded > MAX_DOCX_EXPANDED or (expanded > MAX_FILE_BYTES and expanded > MAX_ZIP_RATIO * len(data)):
        raise InputError(f"the .docx expands to {expanded / 2**20:.0f} MB (limit {MAX_DOCX_EXPANDED // 2**20} MB): "
                         "refused as a decompression bomb")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, RuntimeError, OSError, EOFError) as exc:
        raise InputError(f"not a readable .docx file ({exc.__class__.__name__})") from None
    return "\n".join(_docx_lines(document))


def _docx_lines(document) -> list[str]:
    """The document's paragraphs and its tables' rows, in the order they stand (an honours list is often a table:
    its rows had been lost), a row's cells on one line apart by a full-width space, a merged cell once."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                if cells:
                    lines.append("\u3000".join(cells))
    return lines


def _looks_traditional(text: str) -> bool:
    """Traditional text changes under conversion to Simplified; Simplified text does not. (Counted by the characters
    the conversion changes, not by converting: converting every file's opening had cost more than a tenth of a
    Simplified file's whole read and extraction.)"""
    sample = text[:3000]
    cjk = _count(_HAN, sample)
    changed = sum(map(sample.count, _traditional_characters().intersection(sample)))
    return changed >= 3 and changed > 0.03 * max(cjk, 1)


# a line looks Traditional on its own with this many characters the conversion changes, and this share of its Han
_TRADITIONAL_LINE_CHARS = 2
_TRADITIONAL_LINE_SHARE = 0.1


def _traditional_lines_to_simplified(text: str) -> str:
    """The lines of a mostly Simplified text that are Traditional on their own, converted (a page composed of pieces
    from several outlets, one of them Hong Kong's or Taiwan's: made up, twenty-fifth session, from briefs — 區總工會
    慰問困難職工 and its 本報訊 lead had been no headline and no lead on a Simplified page); every other line as it
    is. (Only lines holding a changed character are looked at: a Simplified text holds almost none.)"""
    present = _traditional_characters().intersection(text)  # (a Simplified text holds few, if any: 著, 乾…)
    if sum(map(text.count, present)) < _TRADITIONAL_LINE_CHARS:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        n = sum(map(line.count, present))
        if n >= _TRADITIONAL_LINE_CHARS and n >= _TRADITIONAL_LINE_SHARE * _count(_HAN, line):
            lines[k] = to_simplified(line)
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _traditional_characters() -> frozenset[str]:
    """The characters the conversion to Simplified changes (戶, 衞; not 台 or 温, Hong Kong's forms that Simplified
    shares): each single character of its dictionaries, converted once."""
    import opencc
    folder = Path(opencc.__file__).parent / "dictionary"
    keys: set[str] = set()
    for name in ("TSCharacters.txt", "HKVariantsRev.txt"):
        with open(folder / name, encoding="utf-8") as f:
            keys.update(k for k in (line.split("\t", 1)[0] for line in f) if len(k) == 1)
    ordered = sorted(keys)
    return frozenset(k for k, v in zip(ordered, _t2s().convert("\n".join(ordered)).split("\n")) if k != v)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC
    # (Hong Kong's forms too, 環衞 for 環衛: t2s had kept 衞, and 环衞工人 was no 环卫工人)
    return OpenCC("hk2s")


# Traditional writes the particle 着 as 著 (靠著縣工會, 接著): Simplified keeps 著 only in words of writing and
# renown (著名, 著作, 显著, 名著, 土著…), so any other 著 is the particle (著县工会 had been a body's name)
_ZHU_KEPT = re.compile(r"(?<![显卓昭土原名巨专编论遗合拙译])著(?![名作称述者书录])")


def to_simplified_only(text: str) -> str:
    """The conversion alone, place names as it leaves them."""
    return _ZHU_KEPT.sub("着", _t2s().convert(text))


def to_simplified(text: str) -> str:
    """Traditional text in Simplified, the few place names the conversion writes wrong put back (干安县 → 乾安县)."""
    text = to_simplified_only(text)
    mangled = _mangled_place_names()
    return mangled[0].sub(lambda m: mangled[1][m.group()], text) if mangled[1] else text


@lru_cache(maxsize=1)
def _mangled_place_names() -> tuple[re.Pattern, dict[str, str]]:
    """Place names the conversion to Simplified writes wrong → as the division lists write them (rules
    converted_place_names.tsv: 乾 is Traditional for 干 too, so 乾安縣 came back 干安县 and no place; 濛江鄉 蒙江乡)."""
    from etl.rules.patterns import word_table
    fixes = dict(row[:2] for row in word_table("converted_place_names.tsv"))
    pattern = re.compile("|".join(sorted(map(re.escape, fixes), key=len, reverse=True)) or "(?!)")
    return pattern, fixes


def mangled_place_names(gazetteer: Path, towns: Path) -> dict[str, str]:
    """Each county's and town's name written in Traditional — Taiwan's and Hong Kong's forms too — and converted back,
    where that differs from the name and is no place's name itself: mangled form → name (what
    scripts/build_converted_place_names.py writes to converted_place_names.tsv)."""
    import csv

    from opencc import OpenCC
    names: set[str] = set()
    with open(gazetteer, encoding="utf-8") as f:
        names.update(n for r in csv.DictReader(f) for n in (r["name"], r["short"]) if len(n) >= 2)
    with open(towns, encoding="utf-8") as f:
        names.update(r["name"] for r in csv.DictReader(f))
    ordered = sorted(names)
    joined = "\n".join(ordered)
    fixes: dict[str, str] = {}
    for config in ("s2t", "s2tw", "s2hk"):
        back = to_simplified_only(OpenCC(config).convert(joined)).split("\n")
        fixes.update((b, n) for n, b in zip(ordered, back) if b != n and b not in names)
    return dict(sorted(fixes.items()))


def too_large(size: int) -> str:
    return (f"too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB per file: "
            "split it into pages or issues)")


def read_bounded(path: Path) -> bytes:
    """A file's bytes, refused by its size before any is read when it is over the limit."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(too_large(size))
    with open(path, "rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)  # a file that grew meanwhile is still read in bounds


def read_source(path: Path, data: bytes | None = None) -> SourceText:
    """Read one input file (or given bytes under that name) into canonical text."""
    if data is None:
        size = path.stat().st_size  # the size first: a 2 GB file is refused without being read
        if size > MAX_FILE_BYTES:
            raise InputError(too_large(size))
    raw = path.read_bytes() if data is None else data
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(too_large(len(raw)))
    suffix = path.suffix.lower()
    headlines: frozenset[str] = frozenset()
    pages: tuple[str, ...] = ()
    if suffix in PDF_SUFFIXES or raw[:5] == b"%PDF-":
        from etl.read.pdf import PdfError, pdf_to_text
        try:
            pdf = pdf_to_text(raw)
        except PdfError as exc:
            raise InputError(str(exc)) from None
        text, encoding, headlines, pages = pdf.text, "pdf", pdf.headlines, pdf.page_texts
    elif suffix in DOCX_SUFFIXES:
        text, encoding = docx_to_text(raw), "docx"
    else:
        text, encoding = decode(raw)
        if suffix in MARKUP_SUFFIXES or (suffix not in TEXT_SUFFIXES and "<html" in text[:2000].lower()):
            text = html_to_text(text)
    whole = _looks_traditional(text)
    convert = to_simplified if whole else _traditional_lines_to_simplified
    converted_text = convert(text)
    if whole:
        encoding += "+t2s"
    elif converted_text != text:
        encoding += "+t2s lines"  # (a page of Simplified pieces with a Traditional one among them)
    written, text = text, converted_text
    layout = layout_of(text) if encoding != "pdf" else "page"
    text = _CONTROL.sub("", text)  # NUL and other control characters are not text (a stray NUL late in a file)
    text = normalize_text(text)
    written_as = _lines_as_written(text, normalize_text(_CONTROL.sub("", written))) if "+t2s" in encoding else ()
    if headlines:  # as the segmenter will see them
        headlines = frozenset(normalize_text(_CONTROL.sub("", convert(h))).strip() for h in headlines)
    pages = tuple(normalize_text(_CONTROL.sub("", convert(p))) for p in pages)
    if not text.strip():
        raise InputError("the file holds only white space")
    sample = text[:20000]
    cjk = _count(_HAN_WITH_EXTENSION_A, sample)
    if cjk < 10:
        raise InputError("no Chinese text found")
    latin = _count(_LATIN_LETTER, sample)
    if cjk < MIN_CHINESE_SHARE * (cjk + latin):
        # a README or an English document in the folder (the corpus's README.md had become an untitled article
        # with 职能 among the top keywords): a page of Chinese news is mostly Chinese, URLs and names aside
        raise InputError(f"mostly not Chinese ({cjk / (cjk + latin):.0%} of its letters are Chinese characters): "
                         "not a Chinese newspaper page")
    return SourceText(source=str(path), text=text, encoding=encoding, name_date=date_from_name(path.name),
                      layout=layout, headlines=headlines, pages=pages, written_as=written_as)


def as_written(text: str, written_as: tuple[tuple[str, str], ...]) -> str:
    """`text` (a headline) as the file wrote it, when conversion changed its line: the whole line, or the part of it
    the text is (a line with a mark before its headline, 【图】市總工會…) where conversion kept the line's length."""
    for converted, written in written_as:
        at = converted.find(text) if text else -1
        if at >= 0 and len(converted) == len(written):
            return written[at:at + len(text)]
    return text


def _lines_as_written(converted: str, written: str) -> tuple[tuple[str, str], ...]:
    """(converted line, line as written) for each line the conversion changed — none when the two texts no longer
    line up line by line."""
    pairs = list(zip(converted.split("\n"), written.split("\n")))
    if len(pairs) != converted.count("\n") + 1 or len(pairs) != written.count("\n") + 1:
        return ()
    return tuple(dict.fromkeys((c.strip(), w.strip()) for c, w in pairs if c != w and c.strip()))


def walk_inputs(inputs: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Input files named directly or found under folders (any depth, sorted), and (path, problem)
    for what was passed over: links that leave the given folders or lead nowhere, links to folders
    (never followed, so a loop cannot trap the walk), link loops, hidden files, files in formats that are not
    read: every file seen gets a line."""
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for p in inputs:
        try:
            is_folder = p.is_dir()
        except OSError:  # a link loop named directly
            is_folder = False
        if not is_folder:
            files.append(p)
            continue
        root = p.resolve()
        stack = [p]
        found: list[Path] = []
        while stack:  # iterative: a folder nested 1,000 deep cannot exhaust the recursion limit
            folder = stack.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                problems.append((Path(folder), f"folder cannot be read ({exc.strerror or exc})"))
                continue
            for e in entries:
                path = Path(e.path)
                if e.name.startswith("."):
                    problems.append((path, "hidden file or folder (its name starts with a dot); skipped"))
                    continue
                if e.is_symlink():
                    try:
                        target = path.resolve()
                    except (RuntimeError, OSError):  # a link that leads back to itself (a loop)
                        problems.append((path, "link loop (the link leads back to itself); not followed"))
                        continue
                    if not target.exists():
                        problems.append((path, "broken link (its target does not exist); skipped"))
                    elif target.is_dir():
                        problems.append((path, "link to a folder; not followed"))
                    elif not target.is_relative_to(root):
                        problems.append((path, "link leads outside the input folder; not followed"))
                    elif target.suffix.lower() in INPUT_SUFFIXES:
                        found.append(path)
                    continue
                if e.is_dir(follow_symlinks=False):
                    stack.append(path)
                elif e.is_file(follow_symlinks=False):
                    if path.suffix.lower() in INPUT_SUFFIXES:
                        found.append(path)
                    else:  # every file seen gets a line: a PDF, an image, a file with no extension
                        problems.append((path, f"{path.suffix.lower() or 'a file with no extension'} is not a "
                                               f"readable format ({READABLE} .zip); skipped"))
        files.extend(sorted(found))
    return files, problems


def iter_input_files(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus input files found under folders, sorted (see walk_inputs)."""
    return walk_inputs(inputs)[0]


def expand_zip(name: str, data: bytes) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """Members of a zip as (archive/member, bytes), and (archive/member, problem) for members that
    cannot be read (damaged, encrypted, an unknown compression) or are not read (nested zips, PDFs…).

    Unsafe paths and archives that expand too much are refused whole (InputError)."""
    import io
    import posixpath
    import zipfile
    import zlib
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise InputError("not a valid .zip archive") from None
    members = [i for i in zf.infolist() if not i.is_dir()]
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"too many files in the archive ({len(members)} > {MAX_ZIP_MEMBERS})")
    declared = sum(i.file_size for i in members)
    if declared > MAX_ZIP_TOTAL or (declared > MAX_FILE_BYTES and declared > MAX_ZIP_RATIO * len(data)):
        raise InputError(f"archive expands too much ({declared / 2**20:.0f} MB from {len(data) / 2**20:.1f} MB; "
                         "a zip bomb?); refused")
    out: list[tuple[str, bytes]] = []
    problems: list[tuple[str, str]] = []
    seen_names: dict[str, int] = {}
    for info in members:
        member = info.filename.replace("\\", "/")
        norm = posixpath.normpath(member)
        # absolute, parent and drive-letter paths are unsafe; a colon elsewhere (会议纪要 10:30.txt) is a name
        if member.startswith("/") or norm.startswith("../") or norm == ".." or re.match(r"^[A-Za-z]:", member):
            raise InputError(f"unsafe path in archive: {info.filename!r} (refused)")
        where = f"{name}/{norm}"
        seen_names[where] = seen_names.get(where, 0) + 1
        if seen_names[where] > 1:  # two members of one name are two files: both read, each its own name
            where = f"{where}#{seen_names[where]}"
        suffix = Path(norm).suffix.lower()
        if suffix not in INPUT_SUFFIXES - ZIP_SUFFIXES:
            what = "a zip inside a zip is not opened" if suffix in ZIP_SUFFIXES else \
                f"{suffix or 'files without a suffix'} is not a readable format ({READABLE})"
            problems.append((where, f"skipped: {what}"))
            continue
        if info.flag_bits & 0x1:
            problems.append((where, "encrypted member: cannot be read without its password"))
            continue
        try:
            with zf.open(info) as fh:
                payload = fh.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError, ValueError) as exc:
            problems.append((where, f"damaged member, not read ({exc.__class__.__name__}: {exc})"))
            continue
        out.append((where, payload))
    return out, problems
