"""The one sidebar filter every page shares, kept in session state and the URL.

Widgets are drawn once per run by app.py (before the page runs), so their
state survives page switches; every change is written to the query string
(?prov=江西,西藏&from=2023-01-01&to=2023-03-31&type=meeting) so a view can be
shared, and a shared link restores it.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard.data import Filter
from dashboard.search import HELP as SEARCH_HELP
from etl.schema import EVENT_TYPES as TYPE_LABELS

KEY_PROV, KEY_DATES, KEY_TYPES = "flt_provinces", "flt_dates", "flt_types"
KEY_BASIS, KEY_OTHER, KEY_ALL_MONEY, KEY_ALL_AWARDS = "flt_basis", "flt_other", "flt_all_money", "flt_all_awards"
KEY_QUERY = "flt_query"
KEY_CHECKED = "flt_checked"
KEY_LABOUR = "flt_labour"
KEY_PERIOD = "flt_period"
KEY_PLACE_BASIS, KEY_CITIES = "flt_placeby", "flt_cities"
PLACE_BASIS_LABELS = {"primary": "主要省份", "involved": "文中涉及"}
BASIS_LABELS = {"issue": "出版日期", "event": "活动日期"}
# the 口径 switches as URL keys: a shared link restores them too
SWITCHES = {"basis": KEY_BASIS, "labour": KEY_LABOUR, "other": KEY_OTHER, "money": KEY_ALL_MONEY, "honours": KEY_ALL_AWARDS,
            "checked": KEY_CHECKED}


def parse_date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def _seed_from_url(options: list[str], lo: dt.date, hi: dt.date) -> None:
    """On a session's first run, take the filter from the URL."""
    if st.session_state.get("flt_seeded"):
        return
    q = st.query_params
    provs = [p for p in q.get("prov", "").split(",") if p in options]
    st.session_state[KEY_PROV] = provs
    start = parse_date(q.get("from")) or lo
    end = parse_date(q.get("to")) or hi
    st.session_state[KEY_DATES] = (max(lo, min(start, hi)), max(lo, min(end, hi)))
    st.session_state[KEY_TYPES] = [x for x in q.get("type", "").split(",") if x in TYPE_LABELS]
    st.session_state[KEY_PLACE_BASIS] = "involved" if q.get("placeby") == "involved" else "primary"
    st.session_state[KEY_CITIES] = [c for c in q.get("city", "").split(",") if c]
    st.session_state[KEY_QUERY] = q.get("q", "")[:100]
    st.session_state[KEY_BASIS] = "event" if q.get("basis") == "event" else "issue"
    st.session_state[KEY_LABOUR] = q.get("labour") == "1"
    st.session_state[KEY_OTHER] = q.get("other") == "1"
    st.session_state[KEY_ALL_MONEY] = q.get("money") == "all"
    st.session_state[KEY_ALL_AWARDS] = q.get("honours") == "all"
    st.session_state[KEY_CHECKED] = q.get("checked") == "1"
    st.session_state["flt_seeded"] = True


def _follow_new_bounds(lo: dt.date, hi: dt.date) -> None:
    """After an import widens the data's dates, a range that covered everything keeps covering everything."""
    old = st.session_state.get("flt_bounds")
    st.session_state["flt_bounds"] = (lo, hi)
    current = st.session_state.get(KEY_DATES)
    if old and old != (lo, hi) and tuple(current or ()) == old:
        st.session_state[KEY_DATES] = (lo, hi)
    elif current and isinstance(current, (tuple, list)) and len(current) == 2:
        st.session_state[KEY_DATES] = (max(lo, min(current[0], hi)), max(lo, min(current[1], hi)))


def _write_url(f: Filter, lo: dt.date, hi: dt.date) -> None:
    wanted = {}
    if f.provinces:
        wanted["prov"] = ",".join(f.provinces)
    if f.date_from and f.date_from != lo:
        wanted["from"] = f.date_from.isoformat()
    if f.date_to and f.date_to != hi:
        wanted["to"] = f.date_to.isoformat()
    if f.event_types:
        wanted["type"] = ",".join(f.event_types)
    if f.place_basis == "involved":
        wanted["placeby"] = "involved"
    if f.cities:
        wanted["city"] = ",".join(f.cities)
    if f.query:
        wanted["q"] = f.query
    if f.date_basis == "event":
        wanted["basis"] = "event"
    if "labour" in f.scopes:
        wanted["labour"] = "1"
    if "other" in f.scopes:
        wanted["other"] = "1"
    if f.money == "all":
        wanted["money"] = "all"
    if f.awards == "all":
        wanted["honours"] = "all"
    if f.checked:
        wanted["checked"] = "1"
    # key by key: replacing the whole dict would also drop keys other pages use (article=…)
    for k in ("prov", "from", "to", "type", "q", "placeby", "city", *SWITCHES):
        if k in wanted and st.query_params.get(k) != wanted[k]:
            st.query_params[k] = wanted[k]
        elif k not in wanted and k in st.query_params:
            del st.query_params[k]


def _quarter_start(d: dt.date) -> dt.date:
    return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    return (dt.date(d.year + d.month // 12, d.month % 12 + 1, 1) - dt.timedelta(days=1))


def period_presets(hi: dt.date) -> dict[str, tuple[str, dt.date, dt.date]]:
    """Report periods counted back from the latest issue loaded (an archive's 本季度 is its latest quarter):
    id → (label with the dates it means, first day, last day)."""
    q0 = _quarter_start(hi)
    prev_q0 = _quarter_start(q0 - dt.timedelta(days=1))
    last_year_q0 = dt.date(q0.year - 1, q0.month, 1)
    def quarter(start: dt.date) -> str:
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    return {
        "month": (f"最近一月（{hi.year}年{hi.month}月）", hi.replace(day=1), _month_end(hi)),
        "quarter": (f"最近一季（{quarter(q0)}）", q0, _month_end(dt.date(q0.year, q0.month + 2, 1))),
        "prev_quarter": (f"上一季（{quarter(prev_q0)}）", prev_q0, q0 - dt.timedelta(days=1)),
        "year_ago_quarter": (f"去年同季（{quarter(last_year_q0)}）", last_year_q0,
                             _month_end(dt.date(last_year_q0.year, last_year_q0.month + 2, 1))),
        "year": (f"最近一年（{hi.year}年）", dt.date(hi.year, 1, 1), dt.date(hi.year, 12, 31)),
        "prev_year": (f"上一年（{hi.year - 1}年）", dt.date(hi.year - 1, 1, 1), dt.date(hi.year - 1, 12, 31)),
    }


def comparison_periods(start: dt.date, end: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The period, the one of the same length right before it (环比) and the same dates a year earlier (同比)."""
    days = (end - start).days + 1
    try:
        year_ago = (start.replace(year=start.year - 1), end.replace(year=end.year - 1))
    except ValueError:  # 29 February
        year_ago = (start - dt.timedelta(days=365), end - dt.timedelta(days=365))
    if start.day == 1 and end == _month_end(end):  # whole months: the previous whole months
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        index = start.year * 12 + start.month - 1 - months  # the first month of the previous run, counted from year 0
        previous = (dt.date(index // 12, index % 12 + 1, 1), start - dt.timedelta(days=1))
    else:
        previous = (start - dt.timedelta(days=days), start - dt.timedelta(days=1))
    return {"本期": (start, end), "上期（环比）": previous, "去年同期（同比）": year_ago}


def _apply_period(lo: dt.date, hi: dt.date) -> None:
    """A preset chosen: the date range becomes its dates (within what the data spans)."""
    chosen = st.session_state.get(KEY_PERIOD)
    presets = period_presets(hi)
    if chosen in presets:
        _label, start, end = presets[chosen]
        st.session_state[KEY_DATES] = (max(lo, min(start, hi)), max(lo, min(end, hi)))
    elif chosen == "all":
        st.session_state[KEY_DATES] = (lo, hi)


def _dates_typed() -> None:
    st.session_state[KEY_PERIOD] = "custom"


def _reset_filters(lo: dt.date, hi: dt.date) -> None:
    """Every sidebar control back to its default (the whole date range, no search, default 口径)."""
    for k in (KEY_PROV, KEY_TYPES, KEY_CITIES):
        st.session_state[k] = []
    st.session_state[KEY_PLACE_BASIS] = "primary"
    st.session_state[KEY_DATES] = (lo, hi)
    st.session_state[KEY_PERIOD] = "all"
    st.session_state[KEY_QUERY] = ""
    st.session_state[KEY_BASIS] = "issue"
    for k in (KEY_LABOUR, KEY_OTHER, KEY_ALL_MONEY, KEY_ALL_AWARDS, KEY_CHECKED):
        st.session_state[k] = False


def sidebar_filter() -> Filter:
    """Draw the shared filter in the sidebar and return it."""
    from dashboard.query import filter_choices
    options, lo, hi = filter_choices()
    _seed_from_url(options, lo, hi)
    _follow_new_bounds(lo, hi)
    # a province from an earlier store may be gone after a reload
    st.session_state[KEY_PROV] = [p for p in st.session_state.get(KEY_PROV, []) if p in options]
    with st.sidebar:
        st.header("筛选")
        query = st.text_input("全文检索", key=KEY_QUERY, max_chars=100, placeholder="例如：劳模|工匠 -党委",
                              help="只看标题、正文、作者或来源中含有该词的文章；所有页面的图表与数字随之变化。" + SEARCH_HELP)
        provs = st.multiselect("省份", options, key=KEY_PROV, placeholder="全部省份（含全国）",
                               help="按文章主要省份与各条记录的省份筛选；“全国”为全国性报道。")
        place_basis = st.radio("省份依据", list(PLACE_BASIS_LABELS), key=KEY_PLACE_BASIS, horizontal=True,
                               format_func=PLACE_BASIS_LABELS.get,
                               help="主要省份：文章主要涉及的省份（记录按其自身省份）。文中涉及：另含正文提到该省任一地点的文章"
                                    "（合作城市、区县、跨省机制），以免漏掉在该省发生的事。")
        from dashboard.query import city_choices
        city_options = city_choices(tuple(provs))
        st.session_state[KEY_CITIES] = [c for c in st.session_state.get(KEY_CITIES, []) if c in city_options]
        cities = st.multiselect("地级市", city_options, key=KEY_CITIES, disabled=not provs,
                                placeholder="先选省份" if not provs else "全部地市",
                                help="只看正文提到该市（或活动在该市）的文章与记录。")
        basis = st.radio("日期依据", list(BASIS_LABELS), key=KEY_BASIS, format_func=BASIS_LABELS.get,
                         horizontal=True, help="出版日期：所有记录按所在文章的出版日期筛选。活动日期：活动按其自身日期"
                                               "（无日期时用出版日期）筛选，其余记录仍按出版日期。")
        presets = period_presets(hi)
        labels = {"all": "全部日期", **{k: v[0] for k, v in presets.items()}, "custom": "自选日期"}
        if st.session_state.get(KEY_PERIOD) not in labels:
            st.session_state[KEY_PERIOD] = "all" if tuple(st.session_state.get(KEY_DATES) or ()) == (lo, hi) else "custom"
        st.selectbox("时间段", list(labels), key=KEY_PERIOD, format_func=labels.get, on_change=_apply_period,
                     args=(lo, hi), help="按已载入的最新一期推算的报告期（季度按自然季度）；选定后日期范围随之设定，也可再手动调整。")
        dates = st.date_input("日期范围", key=KEY_DATES, min_value=lo, max_value=hi, format="YYYY-MM-DD",
                              on_change=_dates_typed)
        types = st.multiselect("活动类型", list(TYPE_LABELS), key=KEY_TYPES,
                               format_func=lambda k: TYPE_LABELS[k], placeholder="全部类型")
        st.caption("统计口径")
        labour = st.toggle("活动含劳动就业活动（政府、企业）", key=KEY_LABOUR,
                           help="默认只计工会活动（工会组织的）。政府、企业的劳动就业、技能、工资活动在总览另列一个数字；"
                                "打开后计入活动数。")
        other = st.toggle("活动含党政会议等其他活动", key=KEY_OTHER,
                          help="默认不含党政会议、政协会议、体育文化等活动。")
        all_money = st.toggle("资金含全部职工相关资金", key=KEY_ALL_MONEY,
                              help="默认只计工会出资（工会拨付、筹集、支出），不含政府返还与补贴、银行贷款、企业和社会资金，也不含“累计、近3年”等累计数（它们与逐笔报道的金额重复）和“计划、拟投入”等尚未拨付的计划安排。")
        all_awards = st.toggle("荣誉含累计与既往", key=KEY_ALL_AWARDS,
                               help="默认只计报道中本次授予的荣誉；打开后含“截至目前、累计”等累计数和获得者此前所获荣誉。")
        checked = st.toggle("只计已核对", key=KEY_CHECKED,
                            help="只计核对人确认、更正或人工补充的记录（不含未核对的）；核对中删除的记录任何时候都不计入。")
        # reset in a callback: it runs before the widgets are drawn again (assigning a drawn widget's key crashes)
        st.button("清除筛选", width="stretch", key="flt_reset", on_click=_reset_filters, args=(lo, hi))
    if isinstance(dates, (tuple, list)):
        start = dates[0] if len(dates) > 0 else lo
        end = dates[1] if len(dates) > 1 else start
    else:
        start = end = dates
    f = Filter(provinces=tuple(provs), date_from=start if start != lo else None,
               date_to=end if end != hi else None, event_types=tuple(types), date_basis=basis or "issue",
               scopes=("union", *(("labour",) if labour else ()), *(("other",) if other else ())),
               money="all" if all_money else "union", awards="all" if all_awards else "current",
               query=(query or "").strip(), checked=bool(checked), place_basis=place_basis or "primary",
               cities=tuple(cities))
    _write_url(f, lo, hi)
    from dashboard.review import reviewer_input
    reviewer_input()
    return f


def page_data() -> Filter:
    """The active filter, for the page being drawn (its figures come from dashboard.query)."""
    f = st.session_state.get("active_filter") if st.session_state.pop("app_ran", False) else None
    if f is None:
        # a page run without app.py (Streamlit's legacy pages/ mode: a first request for …/map,
        # or AppTest) draws the navigation and the shared sidebar itself
        from dashboard.nav import configure_page, navigation
        configure_page()
        navigation()
        f = sidebar_filter()
    return f
