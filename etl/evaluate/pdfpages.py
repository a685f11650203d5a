"""Newspaper pages as PDF, made from real one-article files, with their segmentation gold.

No e-paper PDF may ship in the repository, so pages are laid out the way a workers' paper sets them — a
masthead with the date and 版次, articles on a multi-column grid, bold headlines over their own columns,
kickers and subtitles, bodies in one to three columns, a photo with its caption, a boxed brief, a
continuation line (a long story goes on "（下转第N版）", as papers continue one) — and printed by headless Chromium (`chromium --headless --print-to-pdf`), which embeds
real CJK fonts. Layouts vary with the seed (grid width, spans, body columns, sizes). The gold of a page is
its titles, as for the composed text pages (etl.evaluate.compose).
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from etl.evaluate.compose import OneArticle

_LEAD = re.compile(r"^.{0,30}?(?:电|讯)(?:（[^）]{0,30}）)?\s*")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WEEKDAYS = "一二三四五六日"
STYLE = """
@page { size: 360mm 520mm; margin: 12mm 12mm 14mm 12mm }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9.5pt; line-height: 1.55; color: #111; margin: 0 }
.mast { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; border-bottom: 2.5pt solid #a00;
        padding-bottom: 2mm; margin-bottom: 4mm; display: flex; justify-content: space-between }
.grid { display: grid; gap: 7mm 7mm; align-items: start }
article { break-inside: auto }
.kicker { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11.5pt; margin: 0 0 1mm 0 }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-weight: 700; margin: 0 0 1.5mm 0; line-height: 1.25 }
.subtitle { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; margin: 0 0 2mm 0 }
.body { column-gap: 6mm }
.body p { margin: 0 0 1mm 0; text-indent: 2em; text-align: left }
.photo { background: #bbb; height: 38mm; margin: 2mm 0 1mm 0 }
.caption { font-family: "Noto Sans CJK SC", sans-serif; font-size: 8.5pt; color: #333; margin-bottom: 2mm }
.box { border: 1pt solid #555; padding: 3mm }
.more { text-align: right; font-size: 9pt }
"""


def masthead(paper: str, date: dt.date, page: int) -> str:
    return (f'<div class="mast"><span>{html.escape(paper)}</span><span>{date.year}年{date.month}月{date.day}日　'
            f'星期{WEEKDAYS[date.weekday()]}</span><span>第{page}版</span></div>')


PAGE_CHARS = 4800  # what one broadsheet page of this type holds, about


def article_html(a: OneArticle, rng: random.Random, span: int, room: int) -> str:
    """One article: kicker / headline / subtitle as the file gives them, the body in columns; a body longer than
    its room on the page goes on elsewhere (（下转第N版）), as a paper continues a long story."""
    heads = list(a.headlines)
    title = a.title
    kicker = heads[:-1]
    size = rng.choice([18, 20, 22, 24, 26]) if span > 1 else rng.choice([16, 18])
    parts = [f'<div class="kicker">{html.escape(k)}</div>' for k in kicker]
    parts.append(f'<h1 style="font-size:{size}pt">{html.escape(title)}</h1>')
    kept, used = [], 0
    for p in a.paragraphs:
        if kept and used + len(p) > room:
            break
        kept.append(p)
        used += len(p)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in kept)
    continued = len(kept) < len(a.paragraphs)
    columns = max(1, min(span, rng.choice([1, 2, 3])))
    if rng.random() < 0.25 and a.paragraphs:  # a photo, captioned with the article's own first sentence
        # the first sentence, without its news line (本报北京2月11日电（记者…）), as a caption says it
        first = _LEAD.sub("", a.paragraphs[0]).split("。")[0][:60] + "。"
        parts.append(f'<div class="photo"></div><div class="caption">图为{html.escape(first)}</div>')
    parts.append(f'<div class="body" style="column-count:{columns}">{body}</div>')
    if continued:
        parts.append(f'<div class="more">（下转第{rng.randint(5, 8)}版）</div>')
    boxed = " box" if span == 1 and len("".join(a.paragraphs)) < 700 and rng.random() < 0.5 else ""
    return f'<article class="a{boxed}" style="grid-column: span {span}">{"".join(parts)}</article>'


def page_html(articles: list[OneArticle], seed: int, paper: str = "人民日报", date: dt.date | None = None,
              page: int = 3) -> str:
    rng = random.Random(seed)
    grid = rng.choice([3, 4, 5, 6])
    cells = []
    room = PAGE_CHARS // max(len(articles), 1)
    for a in articles:
        length = min(room, sum(len(p) for p in a.paragraphs))
        span = min(grid, 1 if length < 500 else rng.choice([1, 2, 2, 3]) if length < 1500 else rng.choice([2, 3, 3, 4]))
        cells.append(article_html(a, rng, span, room))
    date = date or dt.date(2020, 1, 6)
    return (f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>{masthead(paper, date, page)}'
            f'<div class="grid" style="grid-template-columns: repeat({grid}, 1fr)">{"".join(cells)}</div>'
            "</body></html>")


def issue_html(groups: list[list[OneArticle]], seed: int, date: dt.date | None = None) -> str:
    """Several pages of one issue in one document, a page each (an e-paper's whole-issue PDF)."""
    date = date or dt.date(2020, 1, 6)
    sheets = []
    for n, group in enumerate(groups):
        page = page_html(group, seed * 100 + n, date=date, page=n + 1)
        sheets.append(f'<div style="break-after: page">{page[page.index("<body>") + 6:page.index("</body>")]}</div>')
    return page_html([], seed).replace("<body>", "<body>" + "".join(sheets), 1)


def print_pdf(page: str, out: Path) -> Path:
    """Print an HTML page to PDF with headless Chromium (its CJK fonts embedded)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-background-networking", "--disable-component-update", f"--print-to-pdf={out}",
                        src.as_uri()], check=True, capture_output=True, timeout=120)
    return out


def compose_pdf_pages(articles: list[OneArticle], folder: Path, seed: int = 1) -> list[tuple[Path, dict]]:
    """PDF pages of 3–6 articles each (a shuffled order, varied layouts) and their gold."""
    rng = random.Random(seed)
    order = sorted(articles, key=lambda a: a.name)
    rng.shuffle(order)
    pages, k, n = [], 0, 0
    while k < len(order):
        group = order[k:k + rng.randint(3, 6)]
        k += len(group)
        name = f"pdfpage_s{seed}_{n:03d}.pdf"
        date = dt.date(2020, 1, 6) + dt.timedelta(days=n)
        path = print_pdf(page_html(group, seed * 1000 + n, date=date, page=1 + n % 8), folder / name)
        gold = {"document": name, "articles": [{"key": f"{name}#{i}", "title": a.title, "source_file": a.name}
                                               for i, a in enumerate(group)]}
        pages.append((path, gold))
        n += 1
    return pages
