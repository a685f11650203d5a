"""Stage 5 — review: a researcher's checks and corrections, kept in a ledger beside the store and applied to
whatever the store holds each time it is read.

    etl/review/ledger.py    the append-only ledger (SQLite): actions, their durable keys, undo
    etl/review/apply.py     pure: actions + the rows of the articles they name → reviewed rows, orphans
    etl/review/transfer.py  the corrections file (JSON Lines, ../shared/CONTRACT.md): export and import
    etl/review/gold.py      the checked articles as a gold file, and the rules scored against it

`reviewed_views` turns a DuckDB connection holding the raw views (`_raw_<table>`) into one where every
table's view gives the reviewed rows with their review columns: `<table>` leaves rejected rows out (what
every figure, chart and export reads), `_all_<table>` keeps them (the reader and the review page). The
dashboard and the CSV export read the store through it, so a correction shows everywhere at once and
survives every ETL run: the ETL never touches the ledger, and the ledger is applied after it.
"""
from __future__ import annotations

from pathlib import Path

from etl.review.apply import VIEW_ONLY, Applied, apply
from etl.review.ledger import (
    IDENT,
    REVIEWED_TABLES,
    Action,
    Ledger,
    LedgerError,
    effective,
    ident_of,
)
from etl.schema import EXTRACTED_TABLES, FACT_TABLES, REVIEW, TABLES

__all__ = ["IDENT", "REVIEWED_TABLES", "Action", "Applied", "Ledger", "LedgerError", "apply", "effective",
           "ident_of", "reviewed_views", "raw_views"]


def raw_views(con, store: Path, manifest: dict | None, source=None) -> None:
    """`_raw_<table>` for every table: its rows across the version's parts (`source(table)` gives the SELECT
    when the caller leaves some parts out, as the dashboard does with damaged ones)."""
    from etl.store.sql import store_table_sql
    for table in TABLES:
        sql = source(table) if source else store_table_sql(store, manifest, table)
        con.execute(f'CREATE OR REPLACE VIEW "_raw_{table}" AS {sql}')


def load_applied(con, actions: list[Action]) -> Applied | None:
    """The ledger's actions applied to the rows of the articles they name (read from the raw views)."""
    live = effective(actions)
    if not live:
        return None
    hashes = sorted({a.text_hash for a in live})
    articles = con.execute('SELECT * FROM "_raw_articles" WHERE text_hash IN (SELECT unnest($h))', {"h": hashes}).df()
    ids = sorted(set(articles["article_id"]))
    facts = {t: con.execute(f'SELECT * FROM "_raw_{t}" WHERE article_id IN (SELECT unnest($ids))', {"ids": ids}).df()
             for t in FACT_TABLES}
    return apply(live, articles, facts)


def unchecked_columns() -> str:
    """The review columns of a row no action names."""
    return ", ".join(f"CAST({repr('unchecked') if c == 'review_status' else 'NULL'} AS VARCHAR) AS \"{c}\""
                     for c in (*REVIEW, *VIEW_ONLY))


def reviewed_views(con, store: Path, actions: list[Action] | None = None) -> Applied | None:
    """Create `<table>` and `_all_<table>` over the raw views with the ledger applied; returns what was applied
    (None when the ledger holds no action in force)."""
    applied = load_applied(con, Ledger(store).actions() if actions is None else actions)
    unchecked = unchecked_columns()
    if applied is not None:
        con.execute("CREATE OR REPLACE TABLE _touched AS SELECT unnest($ids) AS article_id",
                    {"ids": applied.touched or [""]})
    for table in TABLES:
        if table not in EXTRACTED_TABLES:
            con.execute(f'CREATE OR REPLACE VIEW "{table}" AS SELECT * FROM "_raw_{table}"')
            continue
        every = f'SELECT *, {unchecked} FROM "_raw_{table}"'
        if applied is not None:
            con.register("_rev_df", applied.frames[table])
            con.execute(f'CREATE OR REPLACE TABLE "_rev_{table}" AS SELECT * FROM _rev_df')
            con.unregister("_rev_df")
            every = f'{every} WHERE article_id NOT IN (SELECT article_id FROM _touched) ' \
                    f'UNION ALL BY NAME SELECT * FROM "_rev_{table}"'
        con.execute(f'CREATE OR REPLACE VIEW "_all_{table}" AS {every}')
        con.execute(f'CREATE OR REPLACE VIEW "{table}" AS SELECT * FROM "_all_{table}" '
                    f"WHERE review_status <> 'rejected'")
    return applied
