"""E-paper PDFs (数字报 pages): the text in reading order, and which lines are set as headlines.

Read with pypdfium2 (PDFium, Apache-2.0/BSD: fast C, characters with their boxes and font sizes; PyMuPDF is
AGPL, pdfminer/pdfplumber some 20× slower). Each page's characters are grouped into lines (one baseline,
one size, no wide gap), and the lines are ordered by a recursive XY-cut: at each level the widest blank
band across the region decides — a vertical gutter splits columns (read left to right), a horizontal gap
splits bands (top to bottom) — so a headline set over its own columns is read before them, an article in
the left two columns before the one on the right, and each column top to bottom. Lines of one block join
into paragraphs. What the layout knows and wording does not is handed on: lines set clearly larger than the
page's body text are headlines (`PdfText.headlines`), which the segmenter then trusts over wording.

Refused with a message: an encrypted PDF, a damaged one, one with more than MAX_PAGES pages or MAX_CHARS
characters (a PDF bomb), and one with no text layer (a scan: OCR is not supported). JavaScript, forms and
embedded files are never run or opened (PDFium's text API does not touch them).
"""
from __future__ import annotations

import re
import statistics
import threading
from dataclasses import dataclass

MAX_PAGES = 200  # a year of one paper's pages is split by page; 200 pages in one file is not a newspaper page
MAX_CHARS = 2_000_000
HEADLINE_RATIO = 1.25  # a line this much larger than the body text is a headline (kickers and subtitles included)
HEADING_RATIO = 1.12
GUTTER = 0.8  # ems: a full-height blank this wide is a column gutter
PDF_SUFFIXES = {".pdf"}
# PDFium is not thread-safe: one PDF at a time per process (the dashboard's sessions run in threads)
_PDFIUM = threading.Lock()


class PdfError(ValueError):
    """A PDF that cannot be read, with the reason in words."""


@dataclass(slots=True)
class Char:
    ch: str
    x0: float
    x1: float
    top: float  # distance from the page's top edge
    bottom: float
    size: float
    space_before: bool = False  # a space character stood before it in the text


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class PdfText:
    text: str
    headlines: frozenset[str]  # paragraphs set in headline type (as they stand in `text`)
    pages: int
    page_texts: tuple[str, ...] = ()  # each page's part of `text`, so an article can be traced to its page


def _chars(textpage, page_height: float) -> list[Char]:
    """The page's characters with their loose boxes (the glyph's advance and the font's ascent to descent, so a
    quote mark and a comma sit on one line and the blank between two characters is only the space actually
    set) and font sizes; a space is kept as a mark on the character after it."""
    import ctypes

    import pypdfium2.raw as raw
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return []
    buffer = ctypes.create_string_buffer(2 * (n + 1))  # every character's code in one call
    got = raw.FPDFText_GetText(textpage, 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    codes = buffer.raw[:2 * max(got - 1, 0)].decode("utf-16-le", errors="replace")
    if len(codes) != n:  # characters outside the BMP: one at a time
        codes = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(n))
    out: list[Char] = []
    box = raw.FS_RECTF()
    space, height, size = False, -1.0, 0.0
    get_box, get_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    for i, ch in enumerate(codes):
        if ch == " ":  # set in the text, or put there by PDFium where the glyphs stand a space apart
            space = True
            continue
        if ch.isspace() or ch in "\x00\ufffe\uffff" or not get_box(textpage, i, box):
            continue
        top, bottom = page_height - box.top, page_height - box.bottom
        if abs(bottom - top - height) > 0.01 * height:  # the size is asked only where the type changes
            height, size = bottom - top, get_size(textpage, i)
        out.append(Char(ch, box.left, box.right, top, bottom, size, space))
        space = False
    return out


def _spaced(prev: Char, nxt: Char, size: float) -> bool:
    """A space stands here: a space in the text or one PDFium put where glyphs stand apart (本报讯 2月28日,
    本报记者 张三), or a gap wider than the slivers fonts' metrics leave between characters."""
    return nxt.space_before or nxt.x0 - prev.x1 > 0.45 * size


def _lines(chars: list[Char]) -> list[Line]:
    """Characters in content order → lines: a new line where the baseline moves, the size changes or the next
    character stands far to the left or right (another column)."""
    lines: list[Line] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i < len(chars):
            last, c = chars[i - 1], chars[i]
            em = last.size if last.size > c.size else c.size
            # one baseline: the boxes' middles agree, or (a glyph from a fallback font with other metrics, such
            # as a middle dot) the boxes overlap for most of the smaller one's height right beside it
            overlap = min(c.bottom, last.bottom) - max(c.top, last.top)
            level = abs(c.top + c.bottom - last.top - last.bottom) < 0.9 * em or \
                overlap > 0.6 * min(c.bottom - c.top, last.bottom - last.top)
            if level and -1.0 * em < c.x0 - last.x1 < em and abs(c.size - last.size) < 0.2 * em:
                continue
        run = chars[start:i]
        start = i
        size = run[len(run) // 2].size
        # a visible space (本报讯 2月28日, 本报记者 张三) is kept: bylines and leads are read by their spaces
        text = "".join((" " if k and _spaced(run[k - 1], c, size) else "") + c.ch for k, c in enumerate(run))
        lines.append(Line(text, min(run[0].x0, run[-1].x0), max(run[0].x1, run[-1].x1),
                          min(c.top for c in run), max(c.bottom for c in run), size))
    return lines


def _gaps(spans: list[tuple[float, float]], lo: float, hi: float) -> list[tuple[float, float]]:
    """Blank intervals of [lo, hi] not covered by any span."""
    gaps, reach = [], lo
    for a, b in sorted(spans):
        if a > reach:
            gaps.append((reach, a))
        reach = max(reach, b)
    return [(a, b) for a, b in gaps if a > lo and b < hi]


def _order(lines: list[Line], em: float) -> list[Line]:
    """Recursive XY-cut: a column gutter splits first, else the widest blank band (a gap between bands)."""
    if len(lines) <= 1:
        return lines
    x_lo, x_hi = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    y_lo, y_hi = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    vertical = [g for g in _gaps([(ln.x0, ln.x1) for ln in lines], x_lo, x_hi) if g[1] - g[0] >= 0.3 * em]
    horizontal = [g for g in _gaps([(ln.top, ln.bottom) for ln in lines], y_lo, y_hi) if g[1] - g[0] >= 0.1 * em]
    best_v = max(vertical, key=lambda g: g[1] - g[0], default=None)
    best_h = max(horizontal, key=lambda g: g[1] - g[0], default=None)
    if best_v is None and best_h is None:
        return sorted(lines, key=lambda ln: (round(ln.top / (0.5 * em)), ln.x0))
    # a gutter a column's width apart runs the region's full height only between columns or articles side by
    # side (a headline over columns crosses it): read column by column, whatever blank a photo leaves across
    if best_v is not None and (best_h is None or best_v[1] - best_v[0] >= min(best_h[1] - best_h[0], GUTTER * em)):
        cut = (best_v[0] + best_v[1]) / 2
        left = [ln for ln in lines if ln.x1 <= cut]
        right = [ln for ln in lines if ln.x1 > cut]
        return _order(left, em) + _order(right, em)
    cut = (best_h[0] + best_h[1]) / 2
    upper = [ln for ln in lines if ln.bottom <= cut]
    lower = [ln for ln in lines if ln.bottom > cut]
    return _order(upper, em) + _order(lower, em)


_TERMINAL = tuple("。！？”」』）…：")


def _column_edges(lines: list[Line], window: int = 8) -> dict[int, float]:
    """Each line's column's right edge: the furthest reached by its neighbours (in reading order and on the page)
    that start with it (within 2.5 em, indents included) in the same type."""
    edges = {}
    for i, ln in enumerate(lines):
        mates = [o.x1 for o in lines[max(0, i - window):i + window + 1]
                 if abs(o.x0 - ln.x0) <= 2.5 * ln.size and o.x0 < ln.x1 and ln.x0 < o.x1
                 and abs(o.size - ln.size) < 0.1 * ln.size and abs(o.top - ln.top) < 4 * ln.size]
        edges[id(ln)] = max(mates, default=ln.x1)
    return edges


def _paragraphs(lines: list[Line], em: float) -> list[Line]:
    """Lines of one block joined: same size, the next right under the last, in the same column, the last not
    ending a sentence short of the column's edge, and the next not indented (a new paragraph)."""
    out: list[Line] = []
    edges = _column_edges(lines)
    for ln in lines:
        if out:
            prev = out[-1]
            pitch = ln.top - prev.bottom
            # the next line starts where the last did, or the last was a first line indented by up to 2 em
            same_column = -2.5 * ln.size < ln.x0 - prev.x0 < 0.5 * ln.size and ln.x0 < prev.x1
            indented = ln.x0 - prev.x0 > 1.2 * ln.size
            full = prev.x1 >= edges.get(id(prev), prev.x1) - 1.5 * ln.size  # the last line ran to its column's edge
            heading = ln.size >= HEADING_RATIO * em
            if abs(ln.size - prev.size) < 0.1 * em and -0.3 * ln.size <= pitch < 0.9 * ln.size and same_column \
                    and not indented and (full or heading) and not (prev.text.endswith(_TERMINAL) and not full):
                out[-1] = Line(prev.text + ln.text, min(prev.x0, ln.x0), max(prev.x1, ln.x1), prev.top, ln.bottom,
                               prev.size)
                edges[id(out[-1])] = edges.get(id(ln), ln.x1)
                continue
        out.append(ln)
    return out


_HEADER = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|第\s*\d{1,2}\s*版|\d{2}版")


def _masthead(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The page's top band (paper, date, 版次, often spread across the width) as one line, when it names a date
    or a page: page furniture, kept for the citation (etl.read.page_header) and never taken for a headline."""
    if not lines:
        return [], lines
    first = min(lines, key=lambda ln: ln.top)
    band = sorted((ln for ln in lines if ln.top < first.bottom and ln.bottom > first.top), key=lambda ln: ln.x0)
    text = " ".join(ln.text for ln in band)
    if not _HEADER.search(text) or len(text) > 80:
        return [], lines
    keep = [ln for ln in lines if ln not in band]
    return [Line(text, band[0].x0, band[-1].x1, first.top, max(ln.bottom for ln in band), first.size)], keep


def pdf_to_text(data: bytes) -> PdfText:
    """A text PDF's pages in reading order, paragraph per line, pages apart by a blank line."""
    with _PDFIUM:
        pages = _page_lines(data)
    every = [ln for p in pages for ln in p]
    if not every:
        raise PdfError("the PDF has no text layer (a scanned image): OCR is not supported yet — "
                       "export the e-paper's text PDF or a .txt instead")
    sizes = [ln.size for ln in every for _ in ln.text]
    em = statistics.median(sizes) or 10.0
    texts, headlines = [], set()
    for lines in pages:
        head, rest = _masthead(lines)
        paragraphs = head + _paragraphs(_order(rest, em), em)
        for p in paragraphs[len(head):]:
            if p.size >= HEADLINE_RATIO * em or (p.size >= HEADING_RATIO * em and len(p.text) <= 40):
                headlines.add(p.text)
        texts.append("\n".join(p.text for p in paragraphs))
    return PdfText("\n\n".join(texts), frozenset(headlines), len(pages), tuple(texts))


def _page_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines (PDFium's part: everything after works on plain Python objects)."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            raise PdfError("the PDF is encrypted (password protected): save an unprotected copy to import it") \
                from None
        raise PdfError(f"not a readable PDF (damaged or not a PDF: {exc})") from None
    try:
        n_pages = len(pdf)
        if n_pages > MAX_PAGES:
            raise PdfError(f"the PDF has {n_pages} pages (limit {MAX_PAGES}): split it into issues or pages")
        pages: list[list[Line]] = []
        total = 0
        for index in range(n_pages):
            page = pdf[index]
            textpage = page.get_textpage()
            chars = _chars(textpage.raw, page.get_height())
            total += len(chars)
            if total > MAX_CHARS:
                raise PdfError(f"the PDF holds over {MAX_CHARS:,} characters: refused as too large to be pages")
            pages.append(_lines(chars))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages


def _squashed(text: str) -> str:
    from etl.read.textnorm import normalize_text
    return re.sub(r"\s+", "", normalize_text(text))


def page_image(data: bytes, page: int, article_text: str = "", width_px: int = 1400) -> bytes:
    """Page `page` (1-based) of a PDF as a PNG `width_px` wide, the lines of `article_text` marked in yellow
    (a line is the article's when its text, spaces aside, stands in the article's text): the printed page a
    reader checks a figure against."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PdfError(f"not a readable PDF ({exc})") from None
        try:
            if not 1 <= page <= len(pdf):
                raise PdfError(f"the PDF has {len(pdf)} pages, not a page {page}")
            pg = pdf[page - 1]
            scale = width_px / pg.get_width()
            image = pg.render(scale=scale).to_pil().convert("RGB")
            lines: list[Line] = []
            if article_text:
                textpage = pg.get_textpage()
                lines = _lines(_chars(textpage.raw, pg.get_height()))
                textpage.close()
            pg.close()
        finally:
            pdf.close()
    from etl.read import to_simplified
    body = _squashed(article_text)
    marks = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(marks)
    for ln in lines:
        own = _squashed(ln.text)
        # a page in traditional characters: the article's text was read into simplified ones
        if len(own) >= 4 and (own in body or _squashed(to_simplified(ln.text)) in body):
            draw.rectangle([ln.x0 * scale - 2, ln.top * scale - 1, ln.x1 * scale + 2, ln.bottom * scale + 1],
                           fill=(250, 204, 21, 90), outline=(202, 138, 4, 200))
    out = io.BytesIO()
    Image.alpha_composite(image.convert("RGBA"), marks).convert("RGB").save(out, format="PNG", compress_level=3)
    return out.getvalue()
