"""Settings a user gives at import that the text cannot: the paper's name for articles that name none.

Kept as an article correction in the ledger, so it survives re-extraction and rebuilds like any other and can
be seen and undone on the review page (note 导入时设定的报纸名); an article whose news line, page header or file
name gives a paper keeps that one.
"""
from __future__ import annotations

from pathlib import Path

from etl.review.ledger import Action, Ledger

SETTING_NOTE = "导入时设定的报纸名"
# the articles of these sources (a zip's members by the archive's name too) that name no paper
UNNAMED_ARTICLES_OF = """SELECT article_id, text_hash, title FROM articles
    WHERE coalesce(paper, '') = '' AND (source IN (SELECT unnest($s))
          OR list_contains($s, regexp_replace(source, ':[^/:]*$', '')))"""


def set_paper(store: Path, sources: list[str], paper: str, reviewer: str = "") -> int:
    """Name the paper of the articles of these source files (zip members included) that name none; returns how
    many articles were named."""
    from etl.store import read_newest
    from etl.store.export import reviewed_connection
    paper = paper.strip()
    if not paper or not sources:
        return 0
    rows = read_newest(Path(store), lambda: reviewed_connection(Path(store)).execute(
        UNNAMED_ARTICLES_OF, {"s": list(sources)}).fetchall())
    actions = [Action("correct", "articles", text_hash, None, None, {}, {"article_id": aid, "title": title, "paper": ""},
                      {"paper": paper}, note=SETTING_NOTE, reviewer=reviewer or "导入设置", article_id=aid)
               for aid, text_hash, title in rows]
    return Ledger(Path(store)).append(actions) if actions else 0
