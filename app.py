"""工会活动分析 — a dashboard of trade-union activity read out of workers'-newspaper pages.

Run: streamlit run app.py
The app reads the Parquet store under data/store (built from the bundled sample
page on first run). Every page shares the sidebar filter drawn here.
"""
import streamlit as st

from dashboard.preload import hint_first_page, preload_plotly_when_idle

hint_first_page()  # before the imports below: the browser fetches the page's code while Python imports pandas

from dashboard.data import ensure_store, store_dir  # noqa: E402
from dashboard.filters import sidebar_filter  # noqa: E402
from dashboard.nav import configure_page, navigation  # noqa: E402
from dashboard.query import review_error  # noqa: E402

configure_page()
page = navigation()
ensure_store(store_dir())  # built from the sample on first run; damage is shown, never repaired unasked
if "store_damage" in st.session_state:
    from dashboard.ui import damaged_store_notice
    damaged_store_notice(st.session_state["store_damage"])
if "store_notice" in st.session_state:
    from dashboard.ui import md_escape
    st.warning(md_escape(st.session_state.pop("store_notice")), icon=":material/build:")
if review_error():  # the corrections could not be read: say so on every page, never show raw figures silently
    from dashboard.ui import md_escape
    st.error(md_escape(review_error()) + "（各页暂按未核对的自动抽取结果显示）", icon=":material/error:")
st.session_state["active_filter"] = sidebar_filter()
st.session_state["app_ran"] = True
with st.sidebar:
    st.caption("数据来自工人日报式版面文本，经 ETL 抽取。每条记录都附有原文证据句。")
page.run()
preload_plotly_when_idle()  # after the page: nothing waits for it
