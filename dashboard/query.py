"""The query layer: what each page draws, asked of DuckDB over the store's Parquet parts.

Pages never hold a whole table: each function here runs one SQL query with the sidebar filter pushed
down (dates, provinces, event types, the 口径 switches, the full-text search) and returns what is drawn —
counts per province or month, a top N, one page of rows. Article texts stay on disk until one is opened.
Results are cached per store version and filter, so a revisit costs nothing and a new import shows at once.

Every fact row carries its article's issue date (and keywords the article's province), so no filter
needs a join with the articles. What a figure counts is said once, here: events by distinct event_key
(one real event reported in several articles counts once), honours by the recipients each article gives
(the rest of a larger total counted once, in 全国 when a national body gave it), money by the
amounts of the rows the money switch keeps.
"""
from __future__ import annotations

import dataclasses
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard.data import (
    NATIONAL,
    NOT_PROGRAMME_MONEY,
    Filter,
    ensure_store,
    store_dir,
    store_fingerprint,
)
from etl.review import Ledger, LedgerError, raw_views, reviewed_views, unchecked_columns
from etl.schema import CHECKED_STATUSES, CITATION, PAYER_TYPES, REVIEW_STATUSES, TABLES
from etl.store import table_files
from etl.store.sql import table_sql

# the 34 province-level units as the standard map names them
MAP_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                 "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
                 "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")
MEASURES = {"events": "活动数", "awards": "荣誉获得者数", "funding": "资金（万元）", "articles": "文章数"}
# what identifies one real event: its key, else the row itself
EVENT_ID = "coalesce(event_key, article_id || ':' || CAST(start AS VARCHAR))"
# what a funding row adds to a sum: its amount once per recipient (各拨付200万元 to four: 800万), nothing when it is a
# part of a total the article states as a row of its own (flow 'part'); a store from before each_count reads 1
COUNTED_YUAN = "CASE WHEN flow = 'part' THEN 0 ELSE coalesce(amount_yuan, 0) * coalesce(each_count, 1) END"
EVENT_WHEN = "coalesce(nullif(date_start, ''), nullif(issue_date, ''))"
DOWNLOAD_BATCH = 50_000
# "first" means first reported: the earliest issue, then the article, then the place in its text (never
# the rows' order on disk, which merges change)
REPORT_ORDER = "issue_date, article_id, start"
REVIEWED_FACTS = ("locations", "events", "awards", "funding")  # the tables 只计已核对 narrows
HIT_TABLES = 32  # search terms whose matching article ids are kept (400 terms once kept 150 MB for good)


class Database:
    """One DuckDB database per store version: a view per table over the files its manifest lists."""

    def __init__(self, store: Path, deep: bool = False) -> None:
        from etl.store import damaged_parts, read_manifest, without_damaged
        self.con = connect()
        self.con.execute("SET enable_object_cache = true")  # Parquet footers read once, not per query
        self.store, self.manifest = store, read_manifest(store)
        self.fingerprint = (self.manifest or {}).get("content_hash", "")  # the version these views read
        if self.manifest and not self.manifest.get("legacy"):
            # a damaged part is left out until the user repairs it: every other figure can still be read
            self.manifest = without_damaged(self.manifest, damaged_parts(store, self.manifest, deep))
        # the raw rows, then the corrections ledger applied to them: every query reads reviewed rows
        raw_views(self.con, store, self.manifest, self.source)
        self.review_error = ""
        try:
            self.review = reviewed_views(self.con, store)
        except LedgerError as exc:  # said on every page; the figures are then the extracted ones
            self.review_error = str(exc)
            self.review = reviewed_views(self.con, store, actions=[])
        self._lock = threading.Lock()
        self._hits: dict[str, str] = {}  # search term → its table of article ids, least recently used first
        self._serial = 0

    def source(self, table: str, part: str = "") -> str:
        """The SELECT giving a table's rows: across every part, or only in one part (an article's facts lie in
        the article's part, so one article is read from one file per table instead of every file)."""
        files = [str(p) for p in table_files(self.store, table, self.manifest)] if self.manifest else []
        if part in {p["id"] for p in (self.manifest or {}).get("parts", [])}:  # else every file (an old store)
            files = [f for f in files if Path(f).stem == part]
        return table_sql(files, self.store, self.manifest, table)

    def article_source(self, table: str, article_id: str, part: str = "") -> str:
        """The SELECT giving one article's reviewed rows of a table, rejected ones included (read from its part's
        file alone when the part is given and no correction names the article)."""
        if not part or (self.review is not None and article_id in self.review.touched):
            return f'SELECT * FROM "_all_{table}"'
        return f"SELECT *, {unchecked_columns()} FROM ({self.source(table, part)})"

    def cursor(self):
        """A cursor of its own for each query: Streamlit runs sessions in threads."""
        return self.con.cursor()

    def hits(self, term: str) -> str:
        """The name of a table of the ids of articles that the search text finds (dashboard.search: its terms
        and their synonyms in the headline lines, text, byline or source), made once per search text."""
        with self._lock:
            if term in self._hits:
                self._hits[term] = self._hits.pop(term)  # most recently used last
                return self._hits[term]
            while len(self._hits) >= HIT_TABLES:  # bounded: the least recently searched term's table goes
                old = self._hits.pop(next(iter(self._hits)))
                self.con.execute(f"DROP TABLE IF EXISTS {old}")
            self._serial += 1
            name = f"hits_{self._serial}"
            from dashboard.search import condition, parse
            cond, params = condition(parse(term))  # AND, OR, NOT, phrases and synonyms
            self.con.execute(f"CREATE TABLE {name} AS SELECT article_id FROM articles WHERE {cond}", params)
            self._hits[term] = name
            return name


def connect():
    """A DuckDB connection with the functions the queries use."""
    import duckdb
    from duckdb.sqltypes import BOOLEAN, VARCHAR

    from etl.analyse.orgs import is_national
    con = duckdb.connect(config={"threads": 2, "preserve_insertion_order": True})
    # a Python function over the (few) awarding bodies of the honours a filter keeps
    con.create_function("is_national", lambda s: is_national(s or ""), [VARCHAR], BOOLEAN)
    return con


@st.cache_resource(show_spinner="正在打开数据…", max_entries=2)
def _database(fingerprint: str, store: str, deep: bool = False) -> Database:
    return Database(Path(store), deep)


def database() -> tuple[Database, str]:
    store = store_dir()
    fp = ensure_store(store)
    # damage found since the store's version was opened changes which files may be read: a new database
    damaged = ",".join(sorted(st.session_state.get("store_damage") or {}))
    version = f"{fp}|damaged:{damaged}" if damaged else fp  # what every cached result is keyed on
    version += f"|review:{Ledger(store).version()}"  # a correction changes every figure it touches
    try:
        return _database(version, str(store), bool(st.session_state.get("store_damage_deep"))), version
    except (duckdb.Error, pa.ArrowException):
        damage_check()  # a file damaged in place that even the tables' schemas cannot be read from
        raise


# ------------------------------------------------------------------------------------------ filters

@dataclass
class Where:
    sql: str
    params: dict

    def __str__(self) -> str:
        return self.sql


def where(table: str, f: Filter, db: Database | None = None) -> Where:
    """The filter as a WHERE clause for one table (named parameters); the ingest log is never filtered."""
    params: dict = {}
    if table == "ingest_log":
        return Where("true", params)
    conds: list[str] = []
    date_expr = EVENT_WHEN if table == "events" and f.date_basis == "event" else "nullif(issue_date, '')"
    if f.date_from:
        conds.append(f"{date_expr} >= $date_from")
        params["date_from"] = f.date_from.isoformat()
    if f.date_to:
        conds.append(f"{date_expr} <= $date_to")
        params["date_to"] = f.date_to.isoformat()
    # articles and keywords follow the article's primary province; facts their own province
    prov = {"articles": "primary_province", "keywords": "primary_province"}.get(table, "province")
    if f.provinces:
        listed = ", ".join(f"$p{i}" for i in range(len(f.provinces)))
        params.update({f"p{i}": p for i, p in enumerate(f.provinces)})
        if f.place_basis == "involved" and table != "locations":  # also every article naming a place there
            conds.append(f"({prov} IN ({listed}) OR article_id IN (SELECT article_id FROM locations "
                         f"WHERE role = 'text' AND province IN ({listed})))")
        else:
            conds.append(f"{prov} IN ({listed})")
    if f.cities:
        listed = ", ".join(f"$c{i}" for i in range(len(f.cities)))
        params.update({f"c{i}": c for i, c in enumerate(f.cities)})
        mentions = f"article_id IN (SELECT article_id FROM locations WHERE role = 'text' AND city IN ({listed}))"
        conds.append(f"city IN ({listed})" if table == "locations" else
                     f"(city IN ({listed}) OR {mentions})" if table == "events" else mentions)
    if table == "events":
        if f.event_types:
            conds.append(f"event_type IN ({', '.join(f'$t{i}' for i in range(len(f.event_types)))})")
            params.update({f"t{i}": t for i, t in enumerate(f.event_types)})
        # a store written before these columns existed has them empty: its rows are kept, not hidden
        conds.append(f"(scope IN ({', '.join(repr(s) for s in f.scopes)}) OR scope IS NULL)")
    if table == "funding" and f.money == "union":
        conds.append(f"((payer_type = 'union' AND coalesce(flow, '') NOT IN "
                     f"({', '.join(repr(x) for x in NOT_PROGRAMME_MONEY)})) OR payer_type IS NULL)")
    if table == "awards" and f.awards == "current":
        conds.append("(award_status = 'current' OR award_status IS NULL)")
    if f.checked and table in REVIEWED_FACTS:
        conds.append(f"review_status IN ({', '.join(repr(s) for s in CHECKED_STATUSES)})")
    if f.query and db is not None and table != "ingest_log":
        conds.append(f"article_id IN (SELECT article_id FROM {db.hits(f.query)})")
    return Where(" AND ".join(conds) or "true", params)


def typed(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """A result with the table's dtypes (DuckDB gives a nullable integer column as floats, shown as None)."""
    return df.astype({c: TABLES[table][c] for c in df.columns if c in TABLES[table]})


def run(sql: str, params: dict | None = None) -> pd.DataFrame:
    db, _ = database()
    try:
        return db.cursor().execute(sql, params or {}).df()
    except (duckdb.Error, pa.ArrowException):
        damage_check(db)
        raise


def damage_check(db: Database | None = None) -> None:
    """After a failed read: when a newer version was committed since `db` was opened, the run starts again on
    it (the commit removed the files it superseded: no damage). Else every store file's bytes are checked
    against its checksum; damage found is kept in `store_damage` and the run starts again (the pages then
    leave the damaged part out and the app offers the repair); with nothing damaged, the caller re-raises."""
    from etl.store import store_problems
    if db is not None and store_fingerprint(store_dir()) != db.fingerprint:
        st.rerun()
    problems = store_problems(store_dir(), deep=True)
    if problems:
        st.session_state["store_damage"] = problems
        st.session_state["store_damage_deep"] = True
        st.rerun()


def scoped(table: str, f: Filter) -> tuple[Database, Where]:
    """The database and the filter's WHERE clause for one table."""
    db, _ = database()
    return db, where(table, f, db)


UNFILTERED = ("ingest_log",)  # tables no filter applies to: one cached answer per store version


def _cache_key(args: tuple) -> tuple:
    """A query of a table the filter does not touch is asked with the plain filter, so that a filter change
    finds its answer in the cache."""
    if args and args[0] in UNFILTERED and len(args) > 1 and isinstance(args[1], Filter):
        return (args[0], Filter(), *args[2:])
    return args


def _cached(fn):
    """Cache a query's result on the store version and the filter (a DataFrame copy per call)."""
    def on_version(fingerprint: str, *args):
        return fn(*args)
    # Streamlit keys a cache on the function's module, qualified name and source: one name per query
    on_version.__qualname__, on_version.__module__ = f"{fn.__qualname__}.on_version", fn.__module__
    cached = st.cache_data(show_spinner=False, max_entries=256)(on_version)

    def call(*args):
        db, fp = database()
        try:
            return cached(fp, *_cache_key(args))
        except (duckdb.Error, pa.ArrowException):
            damage_check(db)  # a part damaged in place: said, left out, and offered for repair; else raised
            raise
    call.__name__, call.__doc__ = fn.__name__, fn.__doc__
    call.uncached = fn
    return call


# ------------------------------------------------------------------------------------------ figures

HONOURS_SQL = """
WITH r0 AS (SELECT article_id, award, province, year, coalesce(recipient_count, 0) AS n,
                  coalesce(group_count, 0) AS g, coalesce(awarded_by, '') AS giver, row_number() OVER (ORDER BY {order}) AS rn
           FROM awards WHERE {w}),
-- an honour list reported again in another article (the same honour, year, giver and total) counts once, where
-- it was first reported
grp AS (SELECT article_id, award, arg_min(year, rn) AS y, arg_min(giver, rn) AS gv, greatest(sum(n), max(g)) AS total,
               min(rn) AS rn FROM r0 GROUP BY article_id, award),
firsts AS (SELECT arg_min(article_id, rn) AS article_id, award FROM grp GROUP BY award, y, gv, total),
r AS (SELECT r0.* FROM r0 JOIN firsts USING (article_id, award)),
head AS (SELECT article_id, award, arg_min(province, rn) AS province, arg_min(year, rn) AS year,
                arg_min(giver, rn) AS giver, max(g) - sum(n) AS rest, min(rn) AS rn FROM r GROUP BY article_id, award),
-- the Python test runs once per awarding body, not once per row
national AS (SELECT giver, is_national(giver) AS national FROM (SELECT DISTINCT giver FROM head WHERE rest > 0)),
every AS (SELECT article_id, award, province, year, n, rn FROM r
          UNION ALL
          SELECT article_id, award, CASE WHEN national THEN '全国' ELSE province END, year, rest, rn + 0.5
          FROM head JOIN national USING (giver) WHERE rest > 0)
SELECT article_id, award, province, arg_min(year, rn) AS year, sum(n)::BIGINT AS 人数
FROM every GROUP BY article_id, award, province ORDER BY min(rn)
""".replace("{order}", REPORT_ORDER)


# How many were honoured, of one kind of recipient: each named one once per article, however many honours
# it names for them (金海 with four honours is one person), plus per article and honour the recipients no row
# names — a count-only row's count, or what the text's total (陈丁等50位) leaves beyond the named rows. The same
# honour reported again in another article counts once, where it was first reported: a named recipient with the
# same honour and year, a list with the same honour, year, giver and total (as one event is counted once)
HONOURED_SQL = """WITH r AS (SELECT article_id, award, coalesce(recipient, '') AS who, coalesce(recipient_count, 0) AS n,
                  coalesce(group_count, 0) AS g, year, coalesce(awarded_by, '') AS giver,
                  row_number() OVER (ORDER BY {order}) AS rn FROM awards WHERE ({w}) AND {kinds}),
    per AS (SELECT award, arg_min(year, rn) AS y, arg_min(giver, rn) AS giver, greatest(sum(n), max(g)) AS total,
                   count(*) FILTER (WHERE who <> '') AS named, min(rn) AS rn FROM r GROUP BY article_id, award),
    lists AS (SELECT arg_min(total - named, rn) AS k FROM per GROUP BY award, y, giver, total),
    people AS (SELECT arg_min(article_id, rn) AS article_id, who FROM r WHERE who <> '' GROUP BY who, award, year)
SELECT ((SELECT count(DISTINCT (article_id, who)) FROM people) + (SELECT coalesce(sum(k), 0) FROM lists))::BIGINT
""".replace("{order}", REPORT_ORDER)
# "获荣誉人数" counts people: rows whose recipient is a person (or of no known kind); collectives, units and
# bases (班组, 公司, 培训基地) are a figure of their own
PERSON_KINDS = "coalesce(recipient_kind, '') IN ('person', '')"
HONOUR_TOTAL_SQL = HONOURED_SQL.replace("{kinds}", PERSON_KINDS)
UNITS_HONOURED_SQL = HONOURED_SQL.replace("{kinds}", f"NOT ({PERSON_KINDS})")


def honour_counts_of(awards: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """honour_counts and the headline total over award rows in memory (what a test builds)."""
    con = connect()
    con.register("awards", awards.assign(**{c: awards[c] if c in awards else "" for c in ("recipient", "recipient_kind")}))
    total = con.execute(HONOUR_TOTAL_SQL.format(w="true")).fetchone()[0]
    return con.execute(HONOURS_SQL.format(w="true")).df(), int(total)


@_cached
def honour_counts(f: Filter) -> pd.DataFrame:
    """How many received each honour, by article, honour and province, so that named and counted rows add
    up: each row counts its own recipients (a named one 1, a count-only row its count); where the text gives
    a larger total (陈丁等50位 → 50), the rest are counted once more — in 全国 when a national body gave
    the honour (one 北京 team among 300 national recipients does not put 300 in 北京), else where the
    first row lies."""
    return honours_by(f, ("article_id", "award", "province", "year"))


def honours_by(f: Filter, keys: tuple[str, ...], order: str = "") -> pd.DataFrame:
    """honour_counts summed by some of its keys in DuckDB (a page draws a few sums, not every article's row)."""
    db, w = scoped("awards", f)
    cols = ", ".join(keys)
    if keys == ("article_id", "award", "province", "year"):
        sql = HONOURS_SQL.format(w=w)
    else:
        sql = f"SELECT {cols}, sum(人数)::BIGINT AS 人数 FROM ({HONOURS_SQL.format(w=w)}) GROUP BY {cols} " \
              f"ORDER BY {order or cols}"
    return db.cursor().execute(sql, w.params).df()


@_cached
def figures(f: Filter) -> dict:
    """The headline figures under the filter."""
    db, _ = database()
    wa, we, wf, wh = (where(t, f, db) for t in ("articles", "events", "funding", "awards"))
    checked = f"review_status IN ({', '.join(repr(s) for s in CHECKED_STATUSES)})"
    # one statement: DuckDB scans the three tables in one round trip
    arts, events, money, honours, honours_checked = db.cursor().execute(f"""SELECT
        (SELECT [count(*), count(*) FILTER (WHERE is_union), count(DISTINCT primary_province) FILTER
                 (WHERE coalesce(primary_province, '') NOT IN ('', '全国'))] FROM articles WHERE {wa}),
        (SELECT [count(DISTINCT {EVENT_ID}), count(DISTINCT {EVENT_ID}) FILTER (WHERE {checked})] FROM events WHERE {we}),
        (SELECT [coalesce(sum({COUNTED_YUAN}), 0), count(*), count(DISTINCT nullif(payer, '')),
                 coalesce(sum({COUNTED_YUAN}) FILTER (WHERE {checked}), 0)] FROM funding WHERE {wf}),
        ({HONOUR_TOTAL_SQL.format(w=wh)}), ({HONOUR_TOTAL_SQL.format(w=f"{wh} AND {checked}")})
        """, {**wa.params, **we.params, **wf.params, **wh.params}).fetchone()
    # "其中已核对": how much of each headline figure rests on rows a reviewer checked
    return {"articles": int(arts[0]), "union_articles": int(arts[1]), "provinces": int(arts[2]),
            "events": int(events[0]), "events_checked": int(events[1]), "honours": int(honours),
            "honours_checked": int(honours_checked), "money_yuan": float(money[0]), "funding_rows": int(money[1]),
            "payers": int(money[2]), "money_checked_yuan": float(money[3])}


@_cached
def by_province(f: Filter, measure: str) -> pd.DataFrame:
    """One row per province-level unit with the measure's value (0 where none)."""
    if measure == "awards":
        h = honours_by(f, ("province",))
        s = h.set_index("province")["人数"] if len(h) else pd.Series(dtype=float)
    else:
        table, value, prov = {"articles": ("articles", "count(*)", "primary_province"),
                              "funding": ("funding", f"coalesce(sum({COUNTED_YUAN}), 0) / 1e4", "province"),
                              "events": ("events", f"count(DISTINCT {EVENT_ID})", "province")}.get(
            measure, (measure, "count(*)", "province"))
        db, w = scoped(table, f)
        df = db.cursor().execute(f"SELECT {prov} AS province, {value} AS value FROM {table} WHERE {w} "
                                 f"GROUP BY 1", w.params).df()
        s = df.set_index("province")["value"] if len(df) else pd.Series(dtype=float)
    s = s.reindex(MAP_PROVINCES, fill_value=0)
    return pd.DataFrame({"province": list(s.index), "value": s.to_numpy().astype(float).round(1)})


@_cached
def place_points(f: Filter, level: str = "city", top: int = 300) -> pd.DataFrame:
    """Cities (or counties) mentioned, with coordinates and how many articles mention them."""
    name = "city" if level == "city" else "county"
    db, w = scoped("locations", f)
    # an adcode names one unit: its name, province and coordinates are the same on every row
    return db.cursor().execute(f"""
        SELECT any_value({name}) AS name, any_value(province) AS province, any_value(lng) AS lng,
               any_value(lat) AS lat, count(DISTINCT article_id) AS articles
        FROM locations WHERE level = $level AND {w}
        GROUP BY adcode ORDER BY articles DESC, adcode LIMIT {int(top)}""", {**w.params, "level": level}).df()


@_cached
def province_articles(f: Filter, province: str, limit: int = 500) -> pd.DataFrame:
    """Articles about a province or naming a place in it (the map's drill-down)."""
    db, _ = database()
    wa, wl = where("articles", f, db), where("locations", f, db)
    return db.cursor().execute(f"""
        SELECT article_id, issue_date, title, kind, primary_province, source FROM articles
        WHERE {wa} AND (primary_province = $prov OR article_id IN
              (SELECT article_id FROM locations WHERE province = $prov AND {wl}))
        ORDER BY issue_date DESC NULLS LAST LIMIT {int(limit)}""", {**wa.params, **wl.params, "prov": province}).df()


# ------------------------------------------------------------------------------------------ events

EVENT_LIST = f"""SELECT e.*, {EVENT_WHEN} AS _when FROM events e WHERE {{w}} AND {EVENT_WHEN} IS NOT NULL"""


@_cached
def dated_event_count(f: Filter) -> int:
    db, w = scoped("events", f)
    return int(db.cursor().execute(f"SELECT count(*) FROM ({EVENT_LIST.format(w=w)})", w.params).fetchone()[0])


@_cached
def events_timeline(f: Filter, limit: int = 1000) -> pd.DataFrame:
    """The latest dated events with their article's title: date (the event's own, else the issue date) and
    whether it is approximate."""
    db, w = scoped("events", f)
    cur = db.cursor()
    # the latest N first, then their titles: looked up by issue date too, since the articles' row-group
    # statistics on dates let DuckDB skip most of the table (a join of every event with every article, or an
    # id lookup alone, reads every article id)
    df = cur.execute(f"{EVENT_LIST.format(w=w)} ORDER BY _when DESC, article_id, start LIMIT {int(limit)}",
                     w.params).df()
    ids, dates = sorted(set(df["article_id"].dropna())), sorted(set(df["issue_date"].dropna()) - {""})
    titles = dict(cur.execute("""SELECT article_id, title FROM articles WHERE (issue_date IN (SELECT unnest($dates))
                                 OR coalesce(issue_date, '') = '') AND article_id IN (SELECT unnest($ids))""",
                              {"ids": ids, "dates": dates}).fetchall()) if ids else {}
    df["title"] = df["article_id"].map(titles)
    df = typed("events", df)
    df["date"] = pd.to_datetime(df["_when"], errors="coerce")
    df["approx"] = df["date_approx"].fillna(False).map({True: "约（日前/近日）", False: "确切"})
    return df.drop(columns=["_when"])


@_cached
def events_per_month(f: Filter) -> pd.DataFrame:
    """Distinct dated events per period and type on a continuous axis: every month between the first and the
    last, empty ones as 0; a span of more than four years in quarters, of more than twelve in years. The
    period column is named for its unit (月份 / 季度 / 年份) and its labels sort in time order."""
    db, w = scoped("events", f)
    df = db.cursor().execute(f"""
        SELECT strftime(CAST(_when AS DATE), '%Y-%m') AS m, event_type_label, count(DISTINCT {EVENT_ID}) AS 活动数
        FROM ({EVENT_LIST.format(w=w)}) GROUP BY 1, 2 ORDER BY 1, 2""", w.params).df()
    return continuous_periods(df, "m", ["活动数"], by="event_type_label")


PERIOD_UNITS = (("月份", "M", 48), ("季度", "Q", 144), ("年份", "Y", None))  # unit, pandas frequency, longest span


def continuous_periods(df: pd.DataFrame, month: str, values: list[str], by: str | None = None) -> pd.DataFrame:
    """Counts per month ('YYYY-MM' in column `month`) on a continuous time axis: months summed into quarters or
    years when the span is long, every period between the first and the last present for every group (0 where
    nothing was counted), in time order, the period as a Chinese label in a column named for its unit."""
    if df.empty:
        return pd.DataFrame(columns=["月份", *([by] if by else []), *values])
    months = pd.PeriodIndex(df[month], freq="M")
    span = (months.max() - months.min()).n + 1
    unit, freq = next((u, fq) for u, fq, longest in PERIOD_UNITS if longest is None or span <= longest)
    periods = months.asfreq(freq)
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    groups = [by] if by else []
    summed = df.assign(_p=periods).groupby(["_p", *groups], dropna=False)[values].sum()
    keys = [full] + ([sorted(df[by].dropna().unique().tolist())] if by else [])
    index = pd.MultiIndex.from_product(keys, names=["_p", *groups]) if by else pd.Index(full, name="_p")
    out = summed.reindex(index, fill_value=0).reset_index()
    label = {"M": lambda p: f"{p.year}年{p.month:02d}月", "Q": lambda p: f"{p.year}年Q{p.quarter}",
             "Y": lambda p: f"{p.year}年"}[freq]
    out.insert(0, unit, out["_p"].map(label))
    return out.drop(columns="_p")


@dataclass(frozen=True)
class Coverage:
    """What was loaded under a filter: a figure is a count "in what was loaded", and this says what that is."""
    articles: int
    undated: int
    first: str  # YYYY-MM of the first and last issue
    last: str
    papers: tuple[tuple[str, int], ...]  # (paper or 报纸不详, articles), most first
    per_period: pd.DataFrame  # articles per month (quarter, year) on a continuous axis
    empty_months: tuple[str, ...]  # months between the first and the last with no article

    def sentence(self) -> str:
        """The coverage in one sentence a report can carry."""
        if not self.articles:
            return "数据覆盖：当前筛选下没有文章。"
        papers = "、".join(f"{p} {n:,} 篇" for p, n in self.papers[:6]) + ("等" if len(self.papers) > 6 else "")
        gaps = ""
        if self.empty_months:
            shown = "、".join(self.empty_months[:8]) + ("等" if len(self.empty_months) > 8 else "")
            gaps = f"；其间 {len(self.empty_months)} 个月没有文章（{shown}），这些月份的数字为 0 只因未载入"
        undated = f"，另有 {self.undated:,} 篇日期不详" if self.undated else ""
        return (f"数据覆盖：{self.articles:,} 篇文章，出版日期 {self.first} 至 {self.last}{undated}；"
                f"来自 {papers}{gaps}。数字只反映已载入的版面。")


@_cached
def coverage(f: Filter) -> Coverage:
    """Articles per month and per paper under the filter, and the months with none (gaps in what was loaded)."""
    db, w = scoped("articles", f)
    cur = db.cursor()
    months = cur.execute(f"""SELECT substr(issue_date, 1, 7) AS m, count(*) AS 文章数 FROM articles
        WHERE {w} AND coalesce(issue_date, '') <> '' GROUP BY 1 ORDER BY 1""", w.params).df()
    papers = cur.execute(f"""SELECT coalesce(nullif(paper, ''), '报纸不详') AS p, count(*) AS n FROM articles WHERE {w}
        GROUP BY 1 ORDER BY 2 DESC, 1""", w.params).fetchall()
    undated = cur.execute(f"SELECT count(*) FROM articles WHERE {w} AND coalesce(issue_date, '') = ''",
                          w.params).fetchone()[0]
    total = int(sum(n for _p, n in papers))
    if months.empty:
        return Coverage(total, int(undated), "", "", tuple(papers), months, ())
    span = pd.period_range(months["m"].min(), months["m"].max(), freq="M")
    have = set(months["m"])
    empty = tuple(f"{p.year}年{p.month:02d}月" for p in span if str(p) not in have)
    return Coverage(total, int(undated), months["m"].min(), months["m"].max(), tuple(papers),
                    continuous_periods(months, "m", ["文章数"]), empty)


@_cached
def events_per_week(f: Filter, by: str, groups: int = 12) -> pd.DataFrame:
    """Distinct dated events per week, by type or province (the largest groups, the rest as 其他)."""
    col = {"province": "province", "event_type_label": "event_type_label"}[by]
    db, w = scoped("events", f)
    return db.cursor().execute(f"""
        WITH ev AS ({EVENT_LIST.format(w=w)}),
        top AS (SELECT {col} AS g FROM ev GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT {int(groups)})
        SELECT date_trunc('week', CAST(_when AS DATE)) AS 周,
               CASE WHEN {col} IN (SELECT g FROM top) THEN coalesce({col}, '') ELSE '其他' END AS 分组,
               count(DISTINCT {EVENT_ID}) AS 活动数 FROM ev GROUP BY 1, 2 ORDER BY 1, 2""", w.params).df()


@_cached
def events_by_type(f: Filter) -> pd.DataFrame:
    db, w = scoped("events", f)
    return db.cursor().execute(f"""SELECT event_type_label AS 活动类型, count(DISTINCT {EVENT_ID}) AS 活动数
        FROM events WHERE {w} GROUP BY 1 ORDER BY 2 DESC, 1""", w.params).df()


# ------------------------------------------------------------------------------------------ keywords

@_cached
def keyword_weights(f: Filter, top: int = 100) -> pd.DataFrame:
    """Keywords by summed TF-IDF weight (keywords are unique per article, so rows count articles)."""
    db, w = scoped("keywords", f)
    return db.cursor().execute(f"""SELECT keyword, sum(weight) AS weight, count(*) AS articles FROM keywords
        WHERE {w} GROUP BY 1 ORDER BY weight DESC, keyword LIMIT {int(top)}""", w.params).df()


# ------------------------------------------------------------------------------------------ honours, money

@_cached
def honours_by_award(f: Filter, top: int = 15) -> pd.DataFrame:
    h = honours_by(f, ("award",), "人数 DESC, award")
    return h.head(top).iloc[::-1].reset_index(drop=True)


MOST_YEAR_COLOURS = 10  # a chart's palette has ten colours: more years would repeat them (2012 coloured as 2022)


def year_groups(years: pd.Series, most: int = MOST_YEAR_COLOURS) -> pd.Series:
    """Years as a chart colours them: each year while there are at most `most`, else spans of 5, 10, 20…
    years (2010–2014) so that there are at most `most`; a missing year is 年份不详, never <NA>."""
    known = years.dropna().astype(int)
    width = 1
    if known.nunique() > most:
        width = next((w for w in (5, 10, 20, 50, 100, 200, 500) if (known // w).nunique() <= most), 1000)
    def label(y) -> str:
        if pd.isna(y):
            return "年份不详"
        if width == 1:
            return str(int(y))
        lo = int(y) // width * width
        return f"{lo}–{lo + width - 1}"
    return years.map(label).astype("string")


@_cached
def honours_by_province_year(f: Filter) -> pd.DataFrame:
    g = honours_by(f, ("province", "year"), "province, year NULLS LAST")
    g["year"] = year_groups(g["year"].astype("Int64"))
    return g.groupby(["province", "year"], as_index=False, sort=False)["人数"].sum()


@_cached
def award_figures(f: Filter) -> dict:
    """People honoured, collectives and units honoured, named recipients (each once per article) and honours."""
    db, w = scoped("awards", f)
    named, kinds, honours, units = db.cursor().execute(f"""SELECT
        count(DISTINCT (article_id, recipient)) FILTER (WHERE coalesce(recipient, '') <> ''), count(DISTINCT award),
        ({HONOUR_TOTAL_SQL.format(w=w)}), ({UNITS_HONOURED_SQL.format(w=w)}) FROM awards WHERE {w}""",
                                                 w.params).fetchone()
    return {"honours": int(honours), "units": int(units), "named": int(named), "kinds": int(kinds)}


PAYER_LABEL = "CASE payer_type " + " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in PAYER_TYPES.items()) + " ELSE '未明' END"


@_cached
def funding_by_province_and_payer(f: Filter) -> tuple[pd.DataFrame, list[str]]:
    """万元 per province and payer type, and the provinces ordered by their total (for a stacked bar)."""
    db, w = scoped("funding", f)
    g = db.cursor().execute(f"""SELECT province, {PAYER_LABEL} AS 出资类型, round(sum({COUNTED_YUAN}) / 1e4, 2) AS 万元
        FROM funding WHERE {w} GROUP BY 1, 2 ORDER BY 1, 2""", w.params).df()
    return g, g.groupby("province")["万元"].sum().sort_values().index.tolist()


@_cached
def funding_by_payer(f: Filter, top: int = 12) -> pd.DataFrame:
    db, w = scoped("funding", f)
    return db.cursor().execute(f"""SELECT coalesce(nullif(payer, ''), '（未注明）') AS 出资, sum({COUNTED_YUAN}) / 1e4 AS 万元
        FROM funding WHERE {w} GROUP BY 1 ORDER BY 万元 DESC, 1 LIMIT {int(top)}""", w.params).df() \
        .sort_values("万元").reset_index(drop=True)


@_cached
def funding_by_year(f: Filter) -> pd.DataFrame:
    """万元 per year of the money on a continuous axis (a year between the first and the last with none is 0,
    not left out), money of no known year last."""
    db, w = scoped("funding", f)
    g = db.cursor().execute(f"""SELECT year, sum({COUNTED_YUAN}) / 1e4 AS 万元 FROM funding WHERE {w}
        GROUP BY 1 ORDER BY 1 NULLS LAST""", w.params).df()
    dated = g[g["year"].notna()]
    if len(dated):
        years = range(int(dated["year"].min()), int(dated["year"].max()) + 1)
        dated = dated.set_index(dated["year"].astype(int))["万元"].reindex(years, fill_value=0.0).rename_axis("year") \
            .reset_index()
    out = pd.concat([dated.assign(year=dated["year"].astype("Int64").astype("string")),
                     g[g["year"].isna()].assign(year="年份不详")], ignore_index=True)
    return out[["year", "万元"]]


# ------------------------------------------------------------------------------------------ rankings

RANKING_TOP = 20


RANKINGS = ("organizers", "awarding", "recipients", "payers")


@_cached
def rankings(f: Filter, top: int = RANKING_TOP, kinds: tuple[str, ...] = RANKINGS) -> dict[str, pd.DataFrame]:
    """Who acts most under the filter: organisers (distinct events; a co-organised event 甲、乙 counts for
    each), awarding bodies (a joint honour for each) and recipients (honours), payers (amount), each with its article
    count and a link
    to the first article that names it — those of `kinds` (对比 asks only for organisers, three periods over)."""
    db, _ = database()
    we, wa, wf = where("events", f, db), where("awards", f, db), where("funding", f, db)
    specs = {
        # one row per real event, its first report's organisers
        "organizers": ("活动数", f"""SELECT trim(unnest(string_split(organizer, '、'))) AS name, article_id, rn, 1 AS v
                                     FROM (SELECT *, row_number() OVER (PARTITION BY {EVENT_ID} ORDER BY rn) AS k
                                           FROM (SELECT *, row_number() OVER (ORDER BY {REPORT_ORDER}) AS rn FROM events WHERE {we}))
                                     WHERE k = 1""", we.params),
        # per article and honour, its recipients as the headline counts them (陈丁等50位 → 50), people and
        # collectives alike, for the body that gave it
        # (an honour given jointly, 中共中央、国务院 or a contest's co-organisers, counts for each giver, as a co-organised
        # event does for each organiser)
        "awarding": ("授予获得者数", f"""SELECT trim(unnest(string_split(giver, '、'))) AS name, article_id, rn, v FROM (
                                   SELECT arg_min(awarded_by, rn) AS giver, article_id, min(rn) AS rn,
                                      greatest(sum(coalesce(recipient_count, 0)), max(coalesce(group_count, 0))) AS v
                                   FROM (SELECT *, row_number() OVER (ORDER BY {REPORT_ORDER}) AS rn FROM awards WHERE {wa})
                                   GROUP BY article_id, award)""", wa.params),
        "recipients": ("荣誉数", f"""SELECT trim(recipient) AS name, article_id, row_number() OVER (ORDER BY {REPORT_ORDER}) AS rn, 1 AS v
                                   FROM awards WHERE {wa}""", wa.params),
        "payers": ("金额（万元）", f"""SELECT trim(payer) AS name, article_id, row_number() OVER (ORDER BY {REPORT_ORDER}) AS rn,
                                     round({COUNTED_YUAN} / 1e4, 2) AS v FROM funding WHERE {wf}""", wf.params),
    }
    out = {}
    for key, (label, rows, params) in specs.items():
        if key not in kinds:
            continue
        df = db.cursor().execute(f"""
            WITH r AS ({rows}),
            g AS (SELECT name, {"sum(v)" if key == "payers" else "sum(v)::BIGINT"} AS value, count(DISTINCT article_id) AS n, arg_min(article_id, rn) AS first
                  FROM r WHERE coalesce(name, '') <> '' GROUP BY name ORDER BY value DESC, name LIMIT {int(top)})
            SELECT g.name AS 名称, g.value AS "{label}", g.n AS 文章数, coalesce(a.title, '') AS 首篇文章,
                   'articles?article=' || g.first AS 打开
            FROM g LEFT JOIN (SELECT article_id, title FROM articles) a ON a.article_id = g.first
            ORDER BY g.value DESC, g.name""", params).df()
        out[key] = df
    return out


# ------------------------------------------------------------------------------------------ comparison

@_cached
def compare_side(f: Filter, top_keywords: int = 15) -> dict:
    """One side of a comparison: headline figures, distinct events by type, top keywords."""
    fig = figures(f)
    words = keyword_weights(f, top_keywords).rename(columns={"keyword": "关键词", "weight": "权重", "articles": "文章数"})
    return {"figures": {"文章": fig["articles"], "活动": fig["events"], "获荣誉人数": fig["honours"],
                        "资金（万元）": fig["money_yuan"] / 1e4},
            "events_by_type": events_by_type(f), "keywords": words}


@_cached
def monthly_share(sides: tuple[tuple[str, Filter], ...]) -> pd.DataFrame:
    """Distinct events per hundred articles, month by month, for each side (sizes differ: shares compare)."""
    frames = []
    db, _ = database()
    for label, f in sides:
        wa, we = where("articles", f, db), where("events", f, db)
        df = db.cursor().execute(f"""
            WITH a AS (SELECT substr(issue_date, 1, 7) AS m, count(*) AS n FROM articles
                       WHERE {wa} AND coalesce(issue_date, '') <> '' GROUP BY 1),
            e AS (SELECT substr(issue_date, 1, 7) AS m, count(DISTINCT {EVENT_ID}) AS k FROM events
                  WHERE {we} AND coalesce(issue_date, '') <> '' GROUP BY 1)
            SELECT $label AS 对象, a.m AS m, a.n AS 文章数, coalesce(e.k, 0) AS 活动数
            FROM a LEFT JOIN e USING (m)""", {**wa.params, **we.params, "label": label}).df()
        frames.append(df)
    if not frames or all(f_.empty for f_ in frames):
        return pd.DataFrame(columns=["月份", "对象", "文章数", "活动数", "每百篇文章的活动数"])
    # one continuous axis for both sides (sides over different years line up on it), shares from the sums
    out = continuous_periods(pd.concat(frames, ignore_index=True), "m", ["文章数", "活动数"], by="对象")
    out["每百篇文章的活动数"] = (100.0 * out["活动数"] / out["文章数"].where(out["文章数"] > 0)).round(1)
    return out


# ------------------------------------------------------------------------------------------ rows

LIST_COLUMNS = {  # what the tables on screen show (downloads carry every column)
    "articles": ["article_id", "issue_date", "title", "kind", "is_union", "primary_province", "byline", "source",
                 "part"],
}


def _order(table: str) -> str:
    return {"articles": "issue_date DESC NULLS LAST, article_id", "keywords": "issue_date DESC NULLS LAST, article_id, weight DESC",
            "ingest_log": "time DESC, file"}.get(table, "issue_date DESC NULLS LAST, article_id, start")


@_cached
def row_counts(f: Filter, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows under the filter of several tables, in one statement (the ingest log's apart: no filter applies)."""
    if any(t in UNFILTERED for t in tables):
        counts = row_counts(f, tuple(t for t in tables if t not in UNFILTERED))
        return {t: counts[t] if t in counts else row_count(t, f) for t in tables}
    db, _ = database()
    wheres = {t: where(t, f, db) for t in tables}
    params = {k: v for w in wheres.values() for k, v in w.params.items()}
    counts = db.cursor().execute("SELECT " + ", ".join(f"(SELECT count(*) FROM {t} WHERE {w})" for t, w in wheres.items()),
                                 params).fetchone()
    return dict(zip(tables, map(int, counts)))


@_cached
def row_count(table: str, f: Filter, extra: str = "") -> int:
    db, w = scoped(table, f)
    return int(db.cursor().execute(f"SELECT count(*) FROM {table} WHERE {w} {extra}", w.params).fetchone()[0])


def _select(table: str, f: Filter, columns: tuple[str, ...], extra: str) -> tuple[Database, str, dict]:
    """The filtered, newest-first SELECT of a table's rows (article texts left on disk)."""
    db, w = scoped(table, f)
    cols = ", ".join(f'"{c}"' for c in columns) if columns else ("* EXCLUDE (text, part)" if table == "articles" else "*")
    source = table
    if table in REVIEWED_FACTS:  # every fact row with its citation: the article's paper, page, title and file
        cited = ", ".join(f"a.{c}" for c in CITATION)
        source = f"(SELECT f.*, {cited} FROM {table} f LEFT JOIN (SELECT article_id, {', '.join(CITATION)} " \
                 f"FROM articles) a USING (article_id))"
    return db, f"SELECT {cols} FROM {source} WHERE {w} {extra} ORDER BY {_order(table)}", w.params


@_cached
def rows(table: str, f: Filter, limit: int = 2000, columns: tuple[str, ...] = (), extra: str = "") -> pd.DataFrame:
    """One page of a table's rows under the filter, newest first."""
    db, sql, params = _select(table, f, columns, extra)
    return typed(table, db.cursor().execute(f"{sql} LIMIT {int(limit)}", params).df())


def iter_rows(table: str, f: Filter, columns: tuple[str, ...] = (), extra: str = "") -> Iterator[pd.DataFrame]:
    """Every row of a table under the filter, in batches straight from DuckDB (downloads, reports)."""
    db, sql, params = _select(table, f, columns, extra)
    cur = db.cursor()  # kept alive while the batches are read
    for batch in cur.sql(sql, params=params).to_arrow_reader(DOWNLOAD_BATCH):
        yield typed(table, batch.to_pandas())


def csv_download(table: str, f: Filter, extra: str = "") -> bytes:
    """The filtered table as a Chinese-headed CSV (BOM, formula-safe), written batch by batch."""
    from dashboard.ui import to_chinese
    from etl.store.export import CSV_LINE_END, safe_for_csv
    buf = io.BytesIO()
    buf.write(b"\xef\xbb\xbf")
    header = True
    for df in iter_rows(table, f, extra=extra):
        buf.write(safe_for_csv(to_chinese(df, table)).to_csv(index=False, header=header,
                                                            lineterminator=CSV_LINE_END).encode("utf-8"))
        header = False
    if header:
        buf.write(safe_for_csv(to_chinese(rows(table, f, 0), table)).to_csv(index=False,
                                                                             lineterminator=CSV_LINE_END).encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ one article

def article(article_id: str, part: str = "") -> dict | None:
    """One article's record (its text included); given the part it lies in, only that part's file is read."""
    db, _ = database()
    sql = f"SELECT * FROM ({db.article_source('articles', article_id, part)}) WHERE article_id = $id LIMIT 1"
    df = db.cursor().execute(sql, {"id": article_id}).df()
    if df.empty and part:  # a part merged away since the list was drawn
        return article(article_id)
    return df.iloc[0].to_dict() if len(df) else None


def article_texts(ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    df = run("SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest($ids))", {"ids": list(ids)})
    return dict(zip(df["article_id"], df["text"].fillna("")))


def article_facts(article_id: str, part: str = "") -> dict[str, pd.DataFrame]:
    """Every fact row extracted from one article, per table (from its part's files alone when the part is
    given: the article record read with them names it)."""
    db, _ = database()
    cur = db.cursor()
    return {t: typed(t, cur.execute(f"SELECT * FROM ({db.article_source(t, article_id, part)}) WHERE article_id = $id "
                                    "ORDER BY start",
                                    {"id": article_id}).df())
            for t in ("locations", "events", "awards", "funding")}


def article_label(article_id: str) -> str | None:
    df = run("SELECT issue_date, title, primary_province FROM articles WHERE article_id = $id LIMIT 1",
             {"id": article_id})
    if df.empty:
        return None
    r = df.iloc[0]
    return f"{r['issue_date'] or '????'}｜{r['title'] or '（无标题片段）'}｜{r['primary_province'] or '—'}"


def source_digest(source: str) -> str:
    """The SHA-1 of a source file's bytes as its newest ingest-log row gives it ('' when it has none)."""
    df = run("SELECT hash FROM ingest_log WHERE file = $f AND coalesce(hash, '') <> '' ORDER BY time DESC LIMIT 1",
             {"f": source})
    return "" if df.empty else str(df.iloc[0]["hash"])


def pdf_page_png(source: str, digest: str, page: int, text: str) -> bytes | str:
    """A PDF article's printed page as a PNG with the article's lines marked, or why it cannot be shown (the file
    is looked for on every call: one moved away or changed since is said, never drawn from a cache)."""
    from etl.store.repair import source_bytes
    data = source_bytes(source, store_dir(), digest)
    if data is None:
        return "找不到这份 PDF 原件，或它在导入后已被改动：无法显示原图（文字与记录不受影响）。"
    import hashlib
    return _page_png(digest or hashlib.sha1(data).hexdigest(), page, text, data)


@st.cache_data(show_spinner="正在生成版面原图…", max_entries=16)
def _page_png(file_digest: str, page: int, text: str, _data: bytes) -> bytes | str:
    """The rendering, once per file version, page and article (the bytes are not hashed: the digest says them)."""
    from etl.read.pdf import PdfError, page_image
    try:
        return page_image(_data, page, text)
    except PdfError as exc:
        return f"无法显示原图：{exc}"


# ------------------------------------------------------------------------------------------ choices

@_cached
def city_choices(provinces: tuple[str, ...]) -> list[str]:
    """The prefecture-level cities named in the text within the provinces, most named first."""
    if not provinces:
        return []
    df = run("""SELECT city, count(DISTINCT article_id) AS n FROM locations WHERE role = 'text'
                AND province IN (SELECT unnest($p)) AND coalesce(city, '') <> '' GROUP BY 1 ORDER BY 2 DESC, 1""",
             {"p": list(provinces)})
    return df["city"].tolist()


@_cached
def filter_choices() -> tuple[list[str], object, object]:
    """Provinces present in the data (most frequent first, 全国 always a choice) and the dates the data spans
    (issue dates and events' own dates: an event-date view can reach an event reported a year later)."""
    import datetime as dt
    db, _ = database()
    cur = db.cursor()
    counts = cur.execute("""SELECT p, sum(n) AS n FROM (
            SELECT primary_province AS p, count(*) AS n FROM articles GROUP BY 1
            UNION ALL SELECT province, count(*) FROM events GROUP BY 1
            UNION ALL SELECT province, count(*) FROM locations GROUP BY 1)
        WHERE coalesce(p, '') <> '' GROUP BY p ORDER BY n DESC, p""").df()
    options = [str(p) for p in counts["p"]]
    if NATIONAL not in options:
        options.append(NATIONAL)
    lo, hi = cur.execute(f"""SELECT min(d), max(d) FROM (
            SELECT nullif(issue_date, '') AS d FROM articles UNION ALL SELECT {EVENT_WHEN} FROM events)
        WHERE d IS NOT NULL""").fetchone()
    if lo is None:
        today = dt.date.today()
        return options, today, today
    return options, dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)


# ------------------------------------------------------------------------------------------ review

QUEUE_WEIGHT = {  # what weighs most in the headline figures: checked first after the doubtful
    "funding": "coalesce(amount_yuan, 0)", "awards": "greatest(coalesce(recipient_count, 0), coalesce(group_count, 0))",
    "events": "coalesce(participants, 0)", "locations": "0"}


@_cached
def review_progress(f: Filter) -> pd.DataFrame:
    """Rows under the filter per table and review status (rejected ones too), and the share checked."""
    db, _ = database()
    f = dataclasses.replace(f, checked=False)
    parts = []
    params: dict = {}
    for t in REVIEWED_FACTS:
        w = where(t, f, db)
        params.update(w.params)
        parts.append(f"SELECT '{t}' AS tbl, review_status, count(*) AS n FROM _all_{t} WHERE {w} GROUP BY 2")
    df = db.cursor().execute(" UNION ALL ".join(parts), params).df()
    out = df.pivot_table(index="tbl", columns="review_status", values="n", aggfunc="sum", fill_value=0)
    out = out.reindex(index=list(REVIEWED_FACTS), columns=list(REVIEW_STATUSES), fill_value=0).astype(int)
    return out.reset_index().rename(columns={"tbl": "table"})


@_cached
def review_queue(f: Filter, table: str, statuses: tuple[str, ...], who: str = "", limit: int = 200) -> pd.DataFrame:
    """Rows to check under the filter: doubtful first (the lowest confidence), then those that weigh most in the
    headline figures (the largest amounts and honour counts); with each row's article (title, text hash)."""
    db, w = scoped(table, dataclasses.replace(f, checked=False))
    conds = [str(w), f"review_status IN ({', '.join('$s' + str(i) for i in range(len(statuses)))})"]
    params = {**w.params, **{f"s{i}": s for i, s in enumerate(statuses)}}
    if who:
        conds.append("reviewed_by = $who")
        params["who"] = who
    return db.cursor().execute(f"""
        SELECT * FROM (SELECT r.*, a.title, a.text_hash FROM _all_{table} r
                       LEFT JOIN (SELECT article_id, title, text_hash FROM _all_articles) a USING (article_id))
        WHERE {' AND '.join(conds)}
        ORDER BY (review_status = 'unchecked') DESC, confidence ASC NULLS FIRST, {QUEUE_WEIGHT[table]} DESC,
                 {REPORT_ORDER} LIMIT {int(limit)}""", params).df()


@_cached
def measured_accuracy() -> pd.DataFrame:
    """本库实测准确率, from every checked row of the store: per table, rows judged, confirmed without change,
    the share confirmed (precision of the rules on this archive) and the rows reviewers added (what they missed)."""
    db, _ = database()
    parts = " UNION ALL ".join(f"SELECT '{t}' AS tbl, review_status FROM _all_{t} WHERE review_status <> 'unchecked'"
                               for t in REVIEWED_FACTS)
    df = db.cursor().execute(f"""SELECT tbl, count(*) FILTER (WHERE review_status <> 'added') AS judged,
        count(*) FILTER (WHERE review_status = 'confirmed') AS confirmed,
        count(*) FILTER (WHERE review_status = 'corrected') AS corrected,
        count(*) FILTER (WHERE review_status = 'rejected') AS rejected,
        count(*) FILTER (WHERE review_status = 'added') AS added FROM ({parts}) GROUP BY 1""").df()
    df = df.set_index("tbl").reindex(list(REVIEWED_FACTS), fill_value=0).reset_index().rename(columns={"tbl": "table"})
    df["precision"] = (df["confirmed"] / df["judged"].where(df["judged"] > 0)).round(3)
    return df


def reviewers() -> list[str]:
    """Everyone who has acted in the ledger."""
    try:
        return sorted({a.reviewer for a in Ledger(store_dir()).actions() if a.reviewer})
    except LedgerError:
        return []


def review_orphans() -> list:
    """Checks that no longer find their row as it was (待重新核对)."""
    db, _ = database()
    return list(db.review.orphans) if db.review is not None else []


def review_error() -> str:
    db, _ = database()
    return db.review_error
