"""The output edge: the embedded Parquet store under data/ and the CSV export.

The store is one Parquet file per table plus manifest.json (its content hash,
which the app keys its caches on). A new version of the store is streamed into
temporary files chunk by chunk — kept rows of the old version first, then new
rows as extraction yields them — and swapped in by rename, so neither memory
nor a crash mid-way depends on the archive's size.

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
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl import ETL_VERSION
from etl.schema import FACT_TABLES, TABLES, frame

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "\"", "'")
# what a spreadsheet skips before deciding a cell is a formula (" =1+1" is still a formula in some)
_LEADING_BLANKS = " \u3000\t\r\n"
CONTRACT_TABLES = ("articles", "locations", "events", "awards", "funding")
BATCH_ROWS = 50_000
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


TMP_SUFFIX = ".tmp"


def _file_mode() -> int:
    """The mode a plain file gets under the process umask (mkstemp's 0600 would hide the store from
    a dashboard run by another user than the ETL's cron job)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _tmp_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    os.close(fd)
    os.chmod(tmp, _file_mode())
    return Path(tmp)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Temporary files a killed or failed run left behind (call under the store's lock)."""
    removed = []
    for tmp in Path(folder).glob(f".*{TMP_SUFFIX}"):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed


class StoreError(RuntimeError):
    """The store cannot be written or read; the message says what happened and what to do."""


def store_problems(store_dir: Path) -> dict[str, str]:
    """Tables of the store that cannot be read (truncated, 0 bytes, not Parquet), or that are missing
    while the others hold rows (articles.parquet deleted: the fact rows would be orphans)."""
    store_dir = Path(store_dir)
    problems: dict[str, str] = {}
    rows: dict[str, int] = {}
    for table in TABLES:
        path = store_dir / f"{table}.parquet"
        if not path.exists():
            continue
        try:
            if path.stat().st_size == 0:
                raise ValueError("the file is empty (0 bytes)")
            meta = pq.ParquetFile(path).metadata
            rows[table] = meta.num_rows
        except Exception as exc:  # pyarrow raises several kinds for a damaged file
            problems[table] = f"{path.name} is damaged ({exc.__class__.__name__}: {str(exc)[:120]})"
    if "articles" not in rows and "articles" not in problems and any(rows.get(t) for t in FACT_TABLES):
        problems["articles"] = "articles.parquet is missing while the fact tables hold rows"
    return problems


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = _tmp_beside(path)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_csv_from_store(store_dir: Path, out_dir: Path, names: tuple[str, ...]) -> list[Path]:
    """The CSV export of a store, streamed table by table in batches, with data_dictionary.csv
    (every column's Chinese name and meaning)."""
    from etl.schema import data_dictionary
    written = [Path(out_dir) / "data_dictionary.csv"]
    _atomic_write(written[0], csv_bytes(data_dictionary()))
    for name in names:
        path = Path(out_dir) / f"{name}.csv"
        tmp = _tmp_beside(path)
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


def arrow_schema(table: str) -> pa.Schema:
    return pa.Schema.from_pandas(frame(table, []), preserve_index=False)


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Exactly the table's columns and dtypes (a store written by an older version gains new columns)."""
    cols = TABLES[table]
    return df.reindex(columns=list(cols)).astype(cols)


def iter_table(store_dir: Path, table: str, columns: list[str] | None = None,
               batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
    """A stored table in batches (nothing when it has not been written yet)."""
    path = Path(store_dir) / f"{table}.parquet"
    if not path.exists():
        return
    pf = pq.ParquetFile(path)
    have = set(pf.schema_arrow.names)
    for batch in pf.iter_batches(batch_size=batch_rows, columns=[c for c in (columns or TABLES[table]) if c in have]):
        df = batch.to_pandas()
        if columns is None:
            df = conform(table, df)
        yield df


def read_columns(store_dir: Path, table: str, columns: list[str]) -> pd.DataFrame:
    path = Path(store_dir) / f"{table}.parquet"
    if not path.exists():
        return frame(table, [])[columns]
    have = set(pq.ParquetFile(path).schema_arrow.names)
    df = pq.read_table(path, columns=[c for c in columns if c in have]).to_pandas()
    return df.reindex(columns=columns).astype({c: TABLES[table][c] for c in columns})


# Rows per Parquet row group: few large groups read ~30× faster than many small ones;
# articles carry their full text, so their groups stay smaller (memory while writing).
ROW_GROUP_ROWS = {"articles": 5_000}
DEFAULT_ROW_GROUP_ROWS = 200_000


class StoreWriter:
    """Streams a new version of every table into temporary files; `commit` swaps them in."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = Path(store_dir)
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._tmp: dict[str, Path] = {}
        self._pending: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        self._pending_rows: dict[str, int] = {t: 0 for t in TABLES}
        self.rows: dict[str, int] = {t: 0 for t in TABLES}
        self._doc_hashes: set[str] = set()

    def write(self, table: str, df: pd.DataFrame) -> None:
        if df.empty:
            return
        self._pending[table].append(conform(table, df))
        self._pending_rows[table] += len(df)
        self.rows[table] += len(df)
        if table == "articles":
            self._doc_hashes.update(df["doc_hash"].astype(str))
        if self._pending_rows[table] >= ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS):
            self._flush(table)

    def _flush(self, table: str) -> None:
        if not self._pending[table]:
            return
        if table not in self._writers:
            self._tmp[table] = _tmp_beside(self.store_dir / f"{table}.parquet")
            self._writers[table] = pq.ParquetWriter(self._tmp[table], arrow_schema(table))
        df = pd.concat(self._pending[table], ignore_index=True)
        self._writers[table].write_table(pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False),
                                         row_group_size=len(df))
        self._pending[table], self._pending_rows[table] = [], 0

    def commit(self) -> dict:
        for table in TABLES:
            self._flush(table)
        for table in TABLES:
            if table not in self._writers:
                self._tmp[table] = _tmp_beside(self.store_dir / f"{table}.parquet")
                pq.write_table(pa.Table.from_pandas(frame(table, []), schema=arrow_schema(table),
                                                    preserve_index=False), self._tmp[table])
            else:
                self._writers[table].close()
        self._key_events()
        for table, tmp in self._tmp.items():
            os.replace(tmp, self.store_dir / f"{table}.parquet")
        # the fingerprint the app caches on changes with every commit that rewrote a table: documents,
        # row counts, the rules' version and the written files' sizes (a rules change that relabels
        # rows keeps counts and documents alike)
        h = hashlib.sha1(ETL_VERSION.encode())
        for doc in sorted(self._doc_hashes):
            h.update(doc.encode())
        for name in sorted(self.rows):
            size = (self.store_dir / f"{name}.parquet").stat().st_size
            h.update(f"{name}:{self.rows[name]}:{size};".encode())
        h.update(os.urandom(8))
        manifest = {"content_hash": h.hexdigest(), "updated": dt.datetime.now().isoformat(timespec="seconds"),
                    "rows": self.rows}
        _atomic_write(self.store_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        return manifest

    def _key_events(self) -> None:
        """Give the same real event, reported by several articles, one key (needs every event row)."""
        from etl.dedupe import event_keys
        tmp = self._tmp["events"]
        events = conform("events", pq.read_table(tmp).to_pandas())
        if events.empty:
            return
        events["event_key"] = event_keys(events)
        keyed = _tmp_beside(self.store_dir / "events.parquet")
        self._tmp["events"] = keyed
        pq.write_table(pa.Table.from_pandas(events, schema=arrow_schema("events"), preserve_index=False), keyed,
                       row_group_size=DEFAULT_ROW_GROUP_ROWS)
        tmp.unlink(missing_ok=True)

    def abort(self) -> None:
        """Drop the half-written version; temporary files go even when closing fails (a full disk)."""
        for w in self._writers.values():
            try:
                w.close()
            except Exception:  # noqa: BLE001 - the file is discarded anyway
                pass
        for tmp in self._tmp.values():
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


def read_parquet(store_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of the store; a table not written yet comes back empty with its columns."""
    out = {}
    for name in TABLES:
        path = Path(store_dir) / f"{name}.parquet"
        out[name] = conform(name, pd.read_parquet(path)) if path.exists() else frame(name, [])
    return out
