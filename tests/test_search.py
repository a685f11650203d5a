"""The sidebar search (issue 20, item 6): AND by space, OR by |, NOT by -, phrases in quotes, synonyms as data and
Traditional forms — a table of examples, a property test of the parser, and the counts on the real store."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.search import condition, first_hit, parse

EXAMPLES = [  # (typed, required groups, excluded groups)
    ("劳模", [("劳模", "劳动模范")], []),
    ("劳模|工匠", [("劳模", "劳动模范", "工匠", "大国工匠")], []),
    ("农民工 欠薪", [("农民工", "进城务工人员", "外来务工人员"), ("欠薪", "拖欠工资", "拖欠农民工工资")], []),
    ("工会 -党委", [("工会",)], [("党委",)]),
    ('"职工之家 建设"', [("职工之家 建设",)], []),
    ("“送温暖 活动”", [("送温暖 活动",)], []),
    ("全總", [("全總", "全总", "中华全国总工会", "全国总工会")], []),
    ('"未闭合', [('"未闭合',)], []),
]


@pytest.mark.parametrize("typed, required, excluded", EXAMPLES)
def test_the_search_box_reads_operators_and_synonyms(typed, required, excluded):
    q = parse(typed)
    assert [tuple(g) for g in q.required] == required
    assert [tuple(g) for g in q.excluded] == excluded


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('劳模工会 -|"“”abc\\t\'')), max_size=30))
def test_any_typed_text_parses_into_a_valid_condition(typed):
    q = parse(typed)
    sql, params = condition(q)
    assert sql.count("$") == sum(6 for _ in params)  # each form searched in six columns, all parameters named
    assert all(isinstance(v, str) and v for v in params.values())


def test_a_snippet_marks_the_synonym_the_text_uses():
    assert first_hit("吉安市总工会表彰劳动模范12名", parse("劳模")) == (8, 12)
    assert first_hit("无关的文字", parse("劳模")) is None


def test_search_counts_on_the_store_are_those_of_its_terms(tmp_path, monkeypatch):
    """On the People's Daily set: 劳模 finds the articles saying 劳模 or 劳动模范; 工会 -党委 those with 工会 and
    without 党委 — counted independently with pandas over the stored texts."""
    from conftest import RMRB_DIR
    if not RMRB_DIR.exists():
        pytest.skip("People's Daily set not beside the checkout")
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest

    from etl.store import read_parquet
    from etl.store.ingest import run_ingest
    store = tmp_path / "store"
    run_ingest([RMRB_DIR], store_dir=store)
    arts = read_parquet(store)["articles"]
    blob = (arts[["title", "kicker", "subtitle", "byline", "source", "text"]].fillna("").astype(str)
            .agg("\n".join, axis=1).str.lower())
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "pages" / "articles.py"), default_timeout=90).run()
    for typed, expected in (("劳模", blob.str.contains("劳模") | blob.str.contains("劳动模范")),
                            ("工会 -党委", blob.str.contains("工会") & ~blob.str.contains("党委"))):
        at.sidebar.text_input(key="flt_query").input(typed).run()
        assert not at.exception
        caption = next(c.value for c in at.caption if c.value.startswith("全文检索"))
        assert f"共 {int(expected.sum()):,} 篇" in caption, caption
    assert int((blob.str.contains("劳动模范") & ~blob.str.contains("劳模")).sum()) > 0  # the synonym found more
