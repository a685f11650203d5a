"""The CSV export (../shared/CONTRACT.md) and the formula-safe CSV every download uses.

CSV: UTF-8 with BOM, one header row, CRLF line ends. Every cell that a
spreadsheet would read as a formula (=, +, -, @, tab, CR at the start) is
prefixed with an apostrophe; numbers stay numbers.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from etl.schema import frame
from etl.store import atomic_write, iter_table, tmp_beside

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


def safe_for_csv(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        dtype = out[col].dtype
        if dtype == object or str(dtype) in ("string", "str") or isinstance(dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object).map(neutralize)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes for download: BOM, formula-safe."""
    return safe_for_csv(df).to_csv(index=False, lineterminator=CSV_LINE_END).encode("utf-8-sig")


def export_csv_from_store(store_dir: Path, out_dir: Path, names: tuple[str, ...]) -> list[Path]:
    """The CSV export of a store, streamed table by table in batches, with data_dictionary.csv
    (every column's Chinese name and meaning)."""
    from etl.schema import data_dictionary
    written = [Path(out_dir) / "data_dictionary.csv"]
    atomic_write(written[0], csv_bytes(data_dictionary()))
    for name in names:
        path = Path(out_dir) / f"{name}.csv"
        tmp = tmp_beside(path)
        try:
            with open(tmp, "wb") as fh:
                fh.write(b"\xef\xbb\xbf")
                header = True
                for df in iter_table(store_dir, name):
                    fh.write(safe_for_csv(df).to_csv(index=False, header=header,
                                                     lineterminator=CSV_LINE_END).encode("utf-8"))
                    header = False
                if header:
                    fh.write(frame(name, []).to_csv(index=False, lineterminator=CSV_LINE_END).encode("utf-8"))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(path)
    return written
