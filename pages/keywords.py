"""关键词: a keyword cloud and the top terms for the current filter (jieba + union user dictionary)."""
import streamlit as st

from dashboard import query
from dashboard.charts import bar as bar_chart
from dashboard.charts import wordcloud_options
from dashboard.filters import page_data
from dashboard.ui import download, echarts, plot, stop_if_empty, titled_export

f = page_data()
st.title("关键词")
top = st.slider("词数", 20, 200, 80, step=10, key="kw_top")
words = query.keyword_weights(f, top)
stop_if_empty(words, "关键词")
left, right = st.columns([3, 2])
with left:
    echarts(titled_export(wordcloud_options(words), "关键词云", f), height="480px", key="kw_cloud")
with right:
    bar = words.head(25).iloc[::-1]
    fig = bar_chart(bar, x="weight", y="keyword", horizontal=True, height=480,
                    labels={"weight": "权重（TF-IDF 合计）", "keyword": ""})
    plot(f, fig, width="stretch")
st.dataframe(words.rename(columns={"keyword": "关键词", "weight": "权重", "articles": "文章数"}), hide_index=True,
             width="stretch")
download(words, "关键词", f, key="dl_keywords")
