"""The app's page list and navigation, shared by app.py and the pages themselves.

Streamlit runs a page file directly (its legacy `pages/` mode) when a session's
first request names a page (…/map) before app.py has ever called st.navigation in
this server process. `page_data` then calls `navigation()` itself, so the page
still gets the Chinese navigation and wide layout, and Streamlit leaves the
legacy mode for every later run.
"""
from __future__ import annotations

import streamlit as st

PAGES = [  # (file, title, icon, url path)
    ("pages/overview.py", "总览", ":material/dashboard:", "overview"),
    ("pages/map.py", "地图", ":material/map:", "map"),
    ("pages/timeline.py", "时间线", ":material/timeline:", "timeline"),
    ("pages/keywords.py", "关键词", ":material/cloud:", "keywords"),
    ("pages/awards.py", "荣誉", ":material/military_tech:", "awards"),
    ("pages/funding.py", "资金", ":material/payments:", "funding"),
    ("pages/rankings.py", "机构与人物", ":material/groups:", "rankings"),
    ("pages/compare.py", "对比", ":material/compare_arrows:", "compare"),
    ("pages/articles.py", "文章", ":material/article:", "articles"),
    ("pages/review.py", "核对", ":material/fact_check:", "review"),
    ("pages/data.py", "数据", ":material/table:", "data"),
    ("pages/ingest.py", "导入", ":material/upload_file:", "ingest"),
]


def configure_page() -> None:
    # a local icon: a Material icon as page icon would be fetched from a font CDN (the app makes no outside request)
    from dashboard.data import ROOT
    st.set_page_config(page_title="工会活动分析", page_icon=str(ROOT / "data" / "icon.png"), layout="wide")


def navigation():
    """Register the pages (the first is the default) and return the one the URL asks for."""
    from dashboard.data import ROOT
    pages = [st.Page(str(ROOT / path), title=title, icon=icon, url_path=url, default=(i == 0))
             for i, (path, title, icon, url) in enumerate(PAGES)]
    return st.navigation(pages)
