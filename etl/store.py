"""The output edge: the embedded Parquet store under data/ and the CSV export.

CSV follows ../shared/CONTRACT.md: UTF-8 with BOM, one header row. Every cell
that a spreadsheet would read as a formula (=, +, -, @, tab, CR at the start)
is prefixed with an apostrophe; numbers stay numbers.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from etl.schema import TABLES, frame

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTRACT_TABLES = ("articles", "locations", "events", "awards", "funding")


def neutralize(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_for_csv(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) == "string":
            out[col] = out[col].astype(object).map(neutralize)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes for download: BOM, formula-safe."""
    return safe_for_csv(df).to_csv(index=False).encode("utf-8-sig")


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export_csv(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write every table as <name>.csv into out_dir; return the paths written."""
    written = []
    for name, df in tables.items():
        path = Path(out_dir) / f"{name}.csv"
        _atomic_write(path, csv_bytes(df))
        written.append(path)
    return written


def content_hash(tables: dict[str, pd.DataFrame]) -> str:
    """A hash of what the store holds: the documents (by content) and each table's size."""
    h = hashlib.sha1()
    arts = tables.get("articles")
    if arts is not None and len(arts):
        for doc in sorted(set(arts["doc_hash"].astype(str))):
            h.update(doc.encode())
    for name in sorted(tables):
        h.update(f"{name}:{len(tables[name])};".encode())
    return h.hexdigest()


def write_parquet(tables: dict[str, pd.DataFrame], store_dir: Path) -> None:
    """Write every table, then the manifest last: readers key their caches on it."""
    for name, df in tables.items():
        path = Path(store_dir) / f"{name}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}.", suffix=".tmp")
        os.close(fd)
        try:
            df.to_parquet(tmp, index=False)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    manifest = {"content_hash": content_hash(tables), "updated": dt.datetime.now().isoformat(timespec="seconds"),
                "rows": {name: len(df) for name, df in tables.items()}}
    _atomic_write(Path(store_dir) / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())


def read_parquet(store_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of the store; a table not written yet comes back empty with its columns."""
    out = {}
    for name in TABLES:
        path = Path(store_dir) / f"{name}.parquet"
        out[name] = pd.read_parquet(path).astype(TABLES[name]) if path.exists() else frame(name, [])
    return out
