"""The store's tables as SQL over its Parquet parts: what the dashboard's views and the CSV export read.

One SELECT per table gives exactly the table's columns across the parts a version lists, whatever
version of the schema wrote each part: a column a part lacks is null (facts written before they
carried their article's issue date and province get them from the article; an article written before
`text_hash` existed gets it from its text, so a correction finds it again).
"""
from __future__ import annotations

from pathlib import Path

from etl.schema import SQL_TYPES, TABLES
from etl.store import table_files


def parquet_list(files: list[str]) -> str:
    listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"read_parquet([{listed}], union_by_name = true, filename = true)"


def table_sql(files: list[str], store: Path, m: dict | None, table: str) -> str:
    """A table's rows across the given part files with exactly its columns; articles also carry the part
    they lie in as `part`."""
    import duckdb
    import pyarrow.parquet as pq

    columns = TABLES[table]
    if not files:  # a table not written yet: its columns, no rows
        nulls = [f'CAST(NULL AS {SQL_TYPES[t]}) AS "{c}"' for c, t in columns.items()]
        return "SELECT " + ", ".join(nulls + (["CAST(NULL AS VARCHAR) AS part"] if table == "articles" else [])) + \
            " WHERE false"
    have = set(duckdb.sql(f"DESCRIBE SELECT * FROM {parquet_list(files)}").df()["column_name"])
    carried = [c for c in ("issue_date", "primary_province") if c in columns and table != "articles"]
    stale = any(not set(carried) <= set(pq.read_schema(f).names) for f in files) if carried else False

    def col(c: str, t: str) -> str:
        if c in carried and stale:
            return f'coalesce(f."{c}", a."{c}") AS "{c}"' if c in have else f'a."{c}" AS "{c}"'
        if c == "text_hash" and table == "articles":  # DuckDB's sha1 is hashlib's over UTF-8
            return 'coalesce(f."text_hash", sha1(f."text")) AS "text_hash"' if c in have else \
                'sha1(f."text") AS "text_hash"'
        return f'f."{c}"' if c in have else f'CAST(NULL AS {SQL_TYPES[t]}) AS "{c}"'
    selected = [col(c, t) for c, t in columns.items()]
    if table == "articles":
        selected.append('parse_filename(f.filename, true) AS part')
    body = f"SELECT {', '.join(selected)} FROM {parquet_list(files)} f"
    if stale:
        arts = parquet_list([str(p) for p in table_files(store, "articles", m)])
        body += f" LEFT JOIN (SELECT article_id, {', '.join(carried)} FROM {arts}) a ON a.article_id = f.article_id"
    if table == "ingest_log":  # the latest row of each file
        body = f"SELECT * EXCLUDE (_n) FROM (SELECT *, row_number() OVER () AS _n FROM ({body})) " \
               f"QUALIFY _n = max(_n) OVER (PARTITION BY file)"
    return body


def store_table_sql(store: Path, m: dict | None, table: str) -> str:
    """A table's rows across every part of a version."""
    files = [str(p) for p in table_files(store, table, m)] if m else []
    return table_sql(files, store, m, table)
