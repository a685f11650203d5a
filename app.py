"""工会活动分析 — a dashboard of trade-union activity read out of workers'-newspaper pages.

Run: streamlit run app.py
The app reads the Parquet store under data/store (built from the bundled sample
page on first run). Every page shares the sidebar filter drawn here.
"""
import streamlit as st

from dashboard.data import load_tables
from dashboard.filters import sidebar_filter

st.set_page_config(page_title="工会活动分析", page_icon=":material/groups:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="总览", icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title="地图", icon=":material/map:", url_path="map"),
    st.Page("pages/timeline.py", title="时间线", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/keywords.py", title="关键词", icon=":material/cloud:", url_path="keywords"),
    st.Page("pages/awards.py", title="荣誉", icon=":material/military_tech:", url_path="awards"),
    st.Page("pages/funding.py", title="资金", icon=":material/payments:", url_path="funding"),
    st.Page("pages/articles.py", title="文章", icon=":material/article:", url_path="articles"),
    st.Page("pages/data.py", title="数据", icon=":material/table:", url_path="data"),
    st.Page("pages/ingest.py", title="导入", icon=":material/upload_file:", url_path="ingest"),
]

page = st.navigation(PAGES)
st.session_state["active_filter"] = sidebar_filter(load_tables())
st.session_state["app_ran"] = True
with st.sidebar:
    st.caption("数据来自工人日报式版面文本，经 ETL 抽取。每条记录都附有原文证据句。")
page.run()
