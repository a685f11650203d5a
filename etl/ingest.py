"""Batch ingest: inputs → per-file rows → tables → the store and the CSV export.

Every input file gets an ingest-log row (ok, unchanged, duplicate, warning or
error with a message naming the file and the problem); a bad file never stops
the batch. With a store, ingest is incremental and safe:
- each file is keyed by its content hash: an unchanged file is not extracted
  again and changes no table; a changed file replaces its old rows;
- the same text arriving under two names is stored once (the second is logged
  as a duplicate);
- a file lock serialises writers (two browser tabs uploading at once), and
  every table is replaced atomically (temporary file, then rename).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from filelock import FileLock

from etl.pipeline import process_text
from etl.read import ZIP_SUFFIXES, InputError, SourceText, expand_zip, iter_input_files, read_source
from etl.schema import FACT_TABLES, TABLES, frame
from etl.store import CONTRACT_TABLES, export_csv, read_parquet, write_parquet

LOCK_TIMEOUT_S = 600


@dataclass
class IngestResult:
    log: pd.DataFrame  # this run's rows only
    extracted: int  # files whose text went through extraction in this run
    _tables: dict[str, pd.DataFrame] | None = None
    store_dir: Path | None = None

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table after the run (read from the store on first use when the run changed nothing)."""
        if self._tables is None:
            self._tables = read_parquet(self.store_dir) if self.store_dir else {t: frame(t, []) for t in TABLES}
        return self._tables


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _log_row(name: str, raw: bytes, status: str = "ok", message: str = "", encoding: str = "",
             articles: int = 0) -> dict:
    return {"file": name, "hash": hashlib.sha1(raw).hexdigest(), "size": len(raw), "encoding": encoding,
            "status": status, "message": message, "articles": articles, "time": _now()}


def expand_inputs(items: Iterable[tuple[str, bytes]]) -> tuple[list[tuple[str, bytes]], list[dict]]:
    """Unpack zips; a refused archive becomes an error log row."""
    files, errors = [], []
    for name, raw in items:
        if Path(name).suffix.lower() in ZIP_SUFFIXES:
            try:
                files.extend(expand_zip(name, raw))
            except InputError as exc:
                errors.append(_log_row(name, raw, "error", f"{Path(name).name}: {exc}"))
        else:
            files.append((name, raw))
    return files, errors


def extract_one(name: str, raw: bytes, issue_date: dt.date | None = None) -> tuple[dict[str, list[dict]], dict]:
    """Rows of one file and its log row; a bad file gives no rows and an error row."""
    try:
        src = read_source(Path(name), raw)
    except InputError as exc:
        return {}, _log_row(name, raw, "error", f"{Path(name).name}: {exc}")
    except Exception as exc:  # a bug must not lose the rest of the batch; the log names it
        return {}, _log_row(name, raw, "error", f"{Path(name).name}: unexpected {exc.__class__.__name__}: {exc}")
    if issue_date and not src.name_date:
        src = SourceText(src.source, src.text, src.encoding, issue_date)
    try:
        rows = process_text(src).tables()
    except Exception as exc:
        return {}, _log_row(name, raw, "error", f"{Path(name).name}: extraction failed "
                                                f"({exc.__class__.__name__}: {exc})", src.encoding)
    n = len(rows["articles"])
    note = "繁体已转为简体" if src.encoding.endswith("+t2s") else ""
    status = "ok" if n else "warning"
    return rows, _log_row(name, raw, status, note if n else f"{Path(name).name}: no article found", src.encoding, n)


def _extract_batch(batch: list[tuple[str, bytes, dt.date | None]]) -> list[tuple[dict, dict]]:
    return [extract_one(n, r, d) for n, r, d in batch]


def iter_extract(files: list[tuple[str, bytes]], issue_date: dt.date | None = None, workers: int = 1,
                 progress: Callable[[int, int], None] | None = None) -> Iterator[list[tuple[dict, dict]]]:
    """extract_one over many files, yielded chunk by chunk (so rows can be folded away as they come);
    with workers > 1, chunks run in a process pool."""
    jobs = [(n, r, issue_date) for n, r in files]
    size = 16 if workers <= 1 else max(1, min(64, len(jobs) // (workers * 4) or 1))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    done = 0
    if workers <= 1 or len(jobs) < 8:
        results = map(_extract_batch, chunks)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_extract_batch, chunks)
    try:
        for chunk in results:
            done += len(chunk)
            if progress:
                progress(done, len(jobs))
            yield chunk
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def extract_many(files: list[tuple[str, bytes]], issue_date: dt.date | None = None, workers: int = 1,
                 progress: Callable[[int, int], None] | None = None) -> list[tuple[dict, dict]]:
    return [r for chunk in iter_extract(files, issue_date, workers, progress) for r in chunk]


def _merge(existing: dict[str, pd.DataFrame], files: list[tuple[str, bytes]], pre_errors: list[dict],
           issue_date: dt.date | None, workers: int, progress) -> tuple[dict[str, pd.DataFrame], list[dict], int]:
    """Fold a batch into the existing tables; return (tables, this run's log rows, files extracted)."""
    old_log = existing["ingest_log"]
    known = {(r.file, r.hash) for r in old_log.itertuples() if r.status in ("ok", "warning", "duplicate")}
    todo, log = [], list(pre_errors)
    for name, raw in files:
        h = hashlib.sha1(raw).hexdigest()
        if (name, h) in known:
            prev = old_log[(old_log["file"] == name) & (old_log["hash"] == h)].iloc[-1]
            log.append(_log_row(name, raw, "unchanged", "内容未变，跳过", prev["encoding"], int(prev["articles"])))
        else:
            todo.append((name, raw))
    replaced = {name for name, _ in todo}
    arts = existing["articles"]
    keep_ids = set(arts.loc[~arts["source"].isin(replaced), "article_id"])
    parts = {t: [existing[t][existing[t]["article_id"].isin(keep_ids)]] for t in ("articles", *FACT_TABLES)}
    seen_docs = set(parts["articles"][0]["doc_hash"])
    for chunk in iter_extract(todo, issue_date, workers, progress):
        new_rows: dict[str, list[dict]] = {t: [] for t in parts}
        for rows, row in chunk:
            docs = {a["doc_hash"] for a in rows.get("articles", [])}
            if docs and docs <= seen_docs:
                row.update(status="duplicate", message=f"{Path(row['file']).name}: 与已导入的文件内容相同，只保存一次")
            else:
                seen_docs |= docs
                for t, rs in rows.items():
                    new_rows[t].extend(rs)
            log.append(row)
        # typed frames per chunk: a million row dicts would not fit the memory budget
        for t, rs in new_rows.items():
            if rs:
                parts[t].append(frame(t, rs))
    tables = {t: pd.concat(ps, ignore_index=True) if len(ps) > 1 else ps[0] for t, ps in parts.items()}
    this_run = {r["file"] for r in log}
    tables["ingest_log"] = pd.concat([old_log[~old_log["file"].isin(this_run)], frame("ingest_log", log)],
                                     ignore_index=True)
    return tables, log, len(todo)


def _all_unchanged(store_dir: Path, files: list[tuple[str, bytes]], pre: list[dict]) -> list[dict] | None:
    """Log rows for a batch whose every file is already stored as it is, else None."""
    path = store_dir / "ingest_log.parquet"
    if pre or not files or not path.exists():
        return None
    old = pd.read_parquet(path)
    ok = old[old["status"].isin(["ok", "warning", "duplicate"])]
    known = {(f, h): (e, a) for f, h, e, a in zip(ok["file"], ok["hash"], ok["encoding"], ok["articles"])}
    rows = []
    for name, raw in files:
        prev = known.get((name, hashlib.sha1(raw).hexdigest()))
        if prev is None:
            return None
        rows.append(_log_row(name, raw, "unchanged", "内容未变，跳过", prev[0], int(prev[1])))
    return rows


def run_ingest(inputs: list[Path], out_dir: Path | None = None, store_dir: Path | None = None,
               workers: int = 1, issue_date: dt.date | None = None,
               progress: Callable[[int, int], None] | None = None) -> IngestResult:
    """Ingest files and folders; export CSV to out_dir and/or fold into the store at store_dir."""
    items: list[tuple[str, bytes]] = []
    read_errors: list[dict] = []
    for path in iter_input_files(inputs):
        try:
            items.append((str(path), path.read_bytes()))
        except OSError as exc:
            read_errors.append(_log_row(str(path), b"", "error", f"{path.name}: cannot read ({exc.strerror or exc})"))
    return ingest_items(items, out_dir, store_dir, workers, issue_date, progress, read_errors)


def ingest_items(items: list[tuple[str, bytes]], out_dir: Path | None = None, store_dir: Path | None = None,
                 workers: int = 1, issue_date: dt.date | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 pre_errors: list[dict] | None = None) -> IngestResult:
    files, zip_errors = expand_inputs(items)
    pre = (pre_errors or []) + zip_errors
    if store_dir is None:
        empty = {t: frame(t, []) for t in TABLES}
        tables, log, n = _merge(empty, files, pre, issue_date, workers, progress)
    else:
        store_dir = Path(store_dir)
        store_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(store_dir / ".lock"), timeout=LOCK_TIMEOUT_S):
            unchanged = _all_unchanged(store_dir, files, pre)
            if unchanged is not None:
                # nothing new: the store is neither read whole nor rewritten
                tables, log, n = None, unchanged, 0
            else:
                tables, log, n = _merge(read_parquet(store_dir), files, pre, issue_date, workers, progress)
                write_parquet(tables, store_dir)
    result = IngestResult(frame("ingest_log", log), n, tables, store_dir)
    if out_dir is not None:
        export_csv({t: result.tables[t] for t in (*CONTRACT_TABLES, "keywords", "ingest_log")}, Path(out_dir))
    return result


def save_upload(upload_dir: Path, name: str, data: bytes) -> Path:
    """Save an uploaded file atomically (temporary name, then rename) under a safe name."""
    safe = "".join(ch if ch.isalnum() or ch in "._-" or "\u4e00" <= ch <= "\u9fff" else "_"
                   for ch in Path(name).name).lstrip(".") or "upload"
    upload_dir.mkdir(parents=True, exist_ok=True)
    target = upload_dir / safe
    tmp = upload_dir / f".{safe}.{os.getpid()}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


def ingest_uploads(uploads: list[tuple[str, bytes]], store_dir: Path, issue_date: dt.date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    """The app's upload: save each file under data/uploads, then ingest them into the store."""
    upload_dir = Path(store_dir).parent / "uploads"
    items = [(str(save_upload(upload_dir, name, data)), data) for name, data in uploads]
    return ingest_items(items, store_dir=store_dir, issue_date=issue_date, progress=progress).log
