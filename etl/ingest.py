"""Batch ingest: files → per-file rows (errors logged, never fatal) → tables → store/CSV."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl.pipeline import process_text
from etl.read import InputError, iter_input_files, read_source
from etl.schema import TABLES, frame
from etl.store import CONTRACT_TABLES, export_csv, write_parquet


@dataclass
class IngestResult:
    tables: dict[str, pd.DataFrame]


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def process_file(path: Path, data: bytes | None = None) -> tuple[dict[str, list[dict]], dict]:
    """Rows of one file and its ingest-log row; a bad file gives no rows and an error row."""
    raw = path.read_bytes() if data is None else data
    log = {"file": str(path), "hash": hashlib.sha1(raw).hexdigest(), "size": len(raw), "encoding": "",
           "status": "ok", "message": "", "articles": 0, "time": _now()}
    try:
        src = read_source(path, raw)
    except InputError as exc:
        log.update(status="error", message=f"{path.name}: {exc}")
        return {}, log
    rows = process_text(src).tables()
    log.update(encoding=src.encoding, articles=len(rows["articles"]))
    if not rows["articles"]:
        log.update(status="warning", message=f"{path.name}: no article found")
    return rows, log


def run_ingest(inputs: list[Path], out_dir: Path | None = None, store_dir: Path | None = None,
               workers: int = 1) -> IngestResult:
    files = iter_input_files(inputs)
    collected: dict[str, list[dict]] = {t: [] for t in TABLES}
    for path in files:
        try:
            rows, log = process_file(path)
        except OSError as exc:
            rows, log = {}, {"file": str(path), "hash": "", "size": 0, "encoding": "", "status": "error",
                             "message": f"{path.name}: cannot read ({exc.strerror or exc})", "articles": 0,
                             "time": _now()}
        for table, table_rows in rows.items():
            collected[table].extend(table_rows)
        collected["ingest_log"].append(log)
    tables = {t: frame(t, collected[t]) for t in TABLES}
    if out_dir is not None:
        export_csv({t: tables[t] for t in (*CONTRACT_TABLES, "keywords", "ingest_log")}, out_dir)
    if store_dir is not None:
        write_parquet(tables, store_dir)
    return IngestResult(tables)
