"""The CSV export (../shared/CONTRACT.md) and the formula-safe CSV every download uses.

CSV: UTF-8 with BOM, one header row, CRLF line ends. Every cell that a
spreadsheet would read as a formula (=, +, -, @, tab, CR at the start) is
prefixed with an apostrophe; numbers stay numbers.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from etl.schema import TABLES
from etl.store import BATCH_ROWS, atomic_write, read_newest, tmp_beside

if TYPE_CHECKING:
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "\"", "'")
# what a spreadsheet skips before deciding a cell is a formula (" =1+1" is still a formula in some)
_LEADING_BLANKS = " \u3000\t\r\n"
CONTRACT_TABLES = ("articles", "locations", "events", "awards", "funding")
# CRLF, as Excel writes it; and with CR in the line terminator, a cell holding a lone CR gets quoted
CSV_LINE_END = "\r\n"


def neutralize(value: object) -> object:
    """A text cell a spreadsheet could run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value and (value.startswith(FORMULA_START)
                                             or value.lstrip(_LEADING_BLANKS).startswith(FORMULA_START)):
        return "'" + value
    return value


def safe_for_csv(df: "pd.DataFrame") -> "pd.DataFrame":
    import pandas as pd
    out = df.copy()
    for col in out.columns:
        dtype = out[col].dtype
        if dtype == object or str(dtype) in ("string", "str") or isinstance(dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object).map(neutralize)
    return out


def csv_bytes(df: "pd.DataFrame") -> bytes:
    """A table as CSV bytes for download: BOM, formula-safe."""
    return safe_for_csv(df).to_csv(index=False, lineterminator=CSV_LINE_END).encode("utf-8-sig")


def _cell(value: object) -> object:
    """A value as the CSV shows it: None empty, text formula-safe, numbers as Python writes them."""
    if value is None:
        return ""
    return neutralize(value) if isinstance(value, str) else value


def write_csv_rows(fh, header: list[str], rows) -> None:
    """CSV lines (CRLF, minimal quoting) of the header and rows, encoded as UTF-8, into a binary file."""
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator=CSV_LINE_END)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    text.detach()


def reviewed_connection(store_dir: Path):
    """A DuckDB connection whose views give the store's rows with the corrections ledger applied (etl.review):
    what every export reads, so that a checked figure is exported as checked."""
    import duckdb

    from etl.review import raw_views, reviewed_views
    from etl.store import read_manifest
    con = duckdb.connect(config={"threads": 2, "preserve_insertion_order": True})
    raw_views(con, store_dir, read_manifest(store_dir))
    reviewed_views(con, store_dir)
    return con


def export_sql(table: str) -> str:
    """A table's export: its columns, what review did, and on a fact row its article's citation; rejected rows
    left out."""
    from etl.schema import CITATION, export_columns
    cols = export_columns(table)
    cited = [c for c in cols if c in CITATION and c not in TABLES[table]]
    selected = ", ".join(f'a."{c}"' if c in cited else f'f."{c}"' for c in cols)
    joined = f" LEFT JOIN (SELECT article_id, {', '.join(cited)} FROM articles) a ON a.article_id = f.article_id" \
        if cited else ""
    return f'SELECT {selected} FROM "{table}" f{joined}'


def _table_rows(con, table: str):
    """Every row of a table as the export gives it, batch by batch."""
    reader = con.sql(export_sql(table)).to_arrow_reader(BATCH_ROWS)
    for batch in reader:
        yield from zip(*(col.to_pylist() for col in batch.columns))


def export_csv_from_store(store_dir: Path, out_dir: Path, names: tuple[str, ...]) -> list[Path]:
    """The CSV export of a store, streamed table by table in batches, with data_dictionary.csv
    (every column's Chinese name and meaning)."""
    from etl.schema import data_dictionary_rows
    written = [Path(out_dir) / "data_dictionary.csv"]
    dictionary = data_dictionary_rows()
    buf = io.BytesIO(b"\xef\xbb\xbf")
    buf.seek(3)
    write_csv_rows(buf, list(dictionary[0]), (r.values() for r in dictionary))
    atomic_write(written[0], buf.getvalue())
    # every table from one version: a commit landing meanwhile removes the files it superseded, and the
    # export then starts again on the new version
    return written + read_newest(store_dir, lambda: _export_tables(store_dir, out_dir, names))


def _export_tables(store_dir: Path, out_dir: Path, names: tuple[str, ...]) -> list[Path]:
    from etl.schema import export_columns
    written = []
    con = reviewed_connection(store_dir)
    for name in names:
        path = Path(out_dir) / f"{name}.csv"
        tmp = tmp_beside(path)
        try:
            with open(tmp, "wb") as fh:
                fh.write(b"\xef\xbb\xbf")
                write_csv_rows(fh, export_columns(name), _table_rows(con, name))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(path)
    return written
