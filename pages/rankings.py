"""机构与人物: who acts most under the current filter — organisers, awarding bodies, recipients, payers —
each with its article count and a link to read the first article that names it."""
import streamlit as st

from dashboard import query
from dashboard.filters import page_data
from dashboard.ui import basis_caption, download

TABLES = {"organizers": ("主办单位", "按活动数（同一活动多篇报道只计一次）"),
          "awarding": ("授予单位", "按授予的获得者数（个人与集体；“等50位”计50）"), "recipients": ("荣誉获得者", "按荣誉数（具名获得者）"),
          "payers": ("出资单位", "按金额（万元）")}

f = page_data()
st.title("机构与人物")
basis_caption(f)
ranked = query.rankings(f)
tabs = st.tabs([f"{label}（{len(ranked[key])}）" for key, (label, _how) in TABLES.items()])
for tab, (key, (label, how)) in zip(tabs, TABLES.items()):
    with tab:
        table = ranked[key]
        st.caption(f"{label}排名，{how}；“打开”列链接到首篇提到它的文章。")
        if table.empty:
            st.info(f"当前筛选条件下没有{label}。可在左侧放宽筛选。", icon=":material/info:")
            continue
        st.dataframe(table, hide_index=True, width="stretch",
                     column_config={"打开": st.column_config.LinkColumn("打开", display_text="阅读原文")})
        download(table, f"机构与人物_{label}", f, key=f"dl_rank_{key}")
