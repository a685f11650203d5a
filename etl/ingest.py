"""Batch ingest: inputs → per-file rows → the store and the CSV export.

Every input file gets an ingest-log row (ok, unchanged, duplicate, warning or
error with a message naming the file and the problem); a bad file never stops
the batch. Ingest into a store is incremental and safe:
- each file is keyed by its content hash: an unchanged file is not extracted
  again and changes no table; a changed file replaces its old rows;
- the same text arriving under two names is stored once (the second is logged
  as a duplicate);
- a file lock serialises writers (two browser tabs uploading at once), and the
  new version of every table is streamed to temporary files and renamed into
  place, so memory stays flat however large the archive.
Without a store (`python -m etl … --out DIR` alone) the batch goes through a
temporary store and only the CSV export remains.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from filelock import FileLock

from etl import ETL_VERSION
from etl.pipeline import process_text
from etl.read import (
    ZIP_SUFFIXES,
    InputError,
    SourceText,
    expand_zip,
    walk_inputs,
    read_source,
)
from etl.schema import FACT_TABLES, TABLES, frame
from etl.store import (
    CONTRACT_TABLES,
    StoreError,
    remove_stale_temporaries,
    store_problems,
    StoreWriter,
    export_csv_from_store,
    iter_table,
    read_columns,
    read_parquet,
)

LOCK_TIMEOUT_S = 600
EXPORT_TABLES = (*CONTRACT_TABLES, "keywords", "ingest_log")
Payload = bytes | Path  # an input's bytes, or the file to read them from (read where they are used)
Progress = Callable[[int, int], None]


@dataclass
class IngestResult:
    log: pd.DataFrame  # this run's rows only
    extracted: int  # files whose text went through extraction in this run
    store_dir: Path | None = None
    _tables: dict[str, pd.DataFrame] | None = None

    def row_counts(self) -> dict[str, int]:
        """Rows per table after the run (from the store's manifest; no table is read)."""
        if self.store_dir and (self.store_dir / "manifest.json").exists():
            import json
            return json.loads((self.store_dir / "manifest.json").read_text(encoding="utf-8"))["rows"]
        return {t: len(df) for t, df in self.tables.items()}

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table after the run, read from the store on first use."""
        if self._tables is None:
            self._tables = read_parquet(self.store_dir) if self.store_dir else {t: frame(t, []) for t in TABLES}
        return self._tables


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _bytes(payload: Payload) -> bytes:
    return payload.read_bytes() if isinstance(payload, Path) else payload


def _log_row(name: str, digest: str, size: int, status: str = "ok", message: str = "", encoding: str = "",
             articles: int = 0) -> dict:
    return {"file": name, "hash": digest, "size": size, "encoding": encoding, "status": status,
            "message": message, "articles": articles, "time": _now(), "etl_version": ETL_VERSION}


def display_name(name: str) -> str:
    """A file name as a log line shows it: control characters (a newline in a name) written out."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def _error_row(name: str, raw: bytes, message: str) -> dict:
    return _log_row(name, hashlib.sha1(raw).hexdigest(), len(raw), "error", f"{Path(name).name}: {message}")


def extract_one(name: str, payload: Payload, issue_date: dt.date | None = None) -> tuple[dict[str, list[dict]], dict]:
    """Rows of one file and its log row; a bad file gives no rows and an error row."""
    raw = _bytes(payload)
    try:
        src = read_source(Path(name), raw)
    except InputError as exc:
        return {}, _error_row(name, raw, str(exc))
    except Exception as exc:  # a bug must not lose the rest of the batch; the log names it
        return {}, _error_row(name, raw, f"unexpected {exc.__class__.__name__}: {exc}")
    if issue_date and not src.name_date:
        src = SourceText(src.source, src.text, src.encoding, issue_date, src.layout)
    try:
        rows = process_text(src).tables()
    except Exception as exc:
        return {}, _error_row(name, raw, f"extraction failed ({exc.__class__.__name__}: {exc})")
    n = len(rows["articles"])
    digest = hashlib.sha1(raw).hexdigest()
    if not n:
        return rows, _log_row(name, digest, len(raw), "warning", f"{Path(name).name}: no article found", src.encoding)
    note = "繁体已转为简体" if src.encoding.endswith("+t2s") else ""
    if "replaced" in src.encoding:
        bad = src.encoding.split(", ")[1].split(" ")[0]
        return rows, _log_row(name, digest, len(raw), "warning",
                              f"{Path(name).name}: {bad} 个无法解码的字节已替换为 �（其余文字完整）", src.encoding, n)
    return rows, _log_row(name, digest, len(raw), "ok", note, src.encoding, n)


def _extract_batch(batch: list[tuple[str, Payload, dt.date | None]]) -> list[tuple[dict, dict]]:
    return [extract_one(n, p, d) for n, p, d in batch]


def iter_extract(files: list[tuple[str, Payload]], issue_date: dt.date | None = None, workers: int = 1,
                 progress: Progress | None = None) -> Iterator[list[tuple[dict, dict]]]:
    """extract_one over many files, yielded chunk by chunk so rows can be folded away as they come;
    with workers > 1, chunks run in a process pool (files are read by the worker that processes them)."""
    jobs = [(n, p, issue_date) for n, p in files]
    size = 16 if workers <= 1 else max(1, min(32, len(jobs) // (workers * 8) or 1))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(jobs) >= 8 else None
    results = pool.map(_extract_batch, chunks) if pool else map(_extract_batch, chunks)
    done = 0
    try:
        for chunk in results:
            done += len(chunk)
            if progress:
                progress(done, len(jobs))
            yield chunk
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def extract_many(files: list[tuple[str, Payload]], issue_date: dt.date | None = None, workers: int = 1,
                 progress: Progress | None = None) -> list[tuple[dict, dict]]:
    return [r for chunk in iter_extract(files, issue_date, workers, progress) for r in chunk]


def expand_inputs(items: list[tuple[str, Payload]]) -> tuple[list[tuple[str, Payload]], list[dict]]:
    """Unpack zips; a refused archive becomes an error log row."""
    files, errors = [], []
    for name, payload in items:
        if Path(name).suffix.lower() in ZIP_SUFFIXES:
            raw = _bytes(payload)
            try:
                members, problems = expand_zip(name, raw)
            except InputError as exc:
                errors.append(_error_row(name, raw, str(exc)))
                continue
            files.extend(members)
            for member, problem in problems:
                errors.append(_log_row(member, "", 0, "error", f"{Path(member).name}: {problem}"))
            if not members:
                errors.append(_error_row(name, raw, f"no readable file inside ({len(problems)} skipped, "
                                                    "each listed by name)"))
        else:
            files.append((name, payload))
    return files, errors


def _triage(store_dir: Path, files: list[tuple[str, Payload]]) -> tuple[list[tuple[str, Payload]], list[dict]]:
    """Split a batch into files to extract and log rows of files already stored as they are."""
    old = read_columns(store_dir, "ingest_log", ["file", "hash", "encoding", "status", "articles", "etl_version"])
    # a file extracted by an older version of the rules is extracted again
    # a file logged as unchanged was stored by an earlier run of the same rules: trust it too, or
    # every other re-run would extract the whole archive again
    old = old[old["status"].isin(["ok", "warning", "duplicate", "unchanged"])
              & (old["etl_version"] == ETL_VERSION).fillna(False)]
    known = {(f, h): (e, a) for f, h, e, a in zip(old["file"], old["hash"], old["encoding"], old["articles"])}
    todo, unchanged = [], []
    for name, payload in files:
        raw = _bytes(payload)
        digest = hashlib.sha1(raw).hexdigest()
        prev = known.get((name, digest))
        if prev is None:
            todo.append((name, payload))
        else:
            unchanged.append(_log_row(name, digest, len(raw), "unchanged",
                                      f"{display_name(Path(name).name)}: 已导入过，内容未变，跳过", prev[0], int(prev[1])))
    return todo, unchanged


def _fold(store_dir: Path, todo: list[tuple[str, Payload]], log: list[dict], issue_date: dt.date | None,
          workers: int, progress: Progress | None) -> None:
    """Write the store's next version: its kept rows, then the batch's rows as they are extracted."""
    replaced = {name for name, _ in todo}
    meta = read_columns(store_dir, "articles", ["article_id", "source", "doc_hash", "title"])
    dropped = set(meta.loc[meta["source"].isin(replaced), "article_id"])
    kept = meta[~meta["source"].isin(replaced)]
    # which stored file and headline each document came from, to say what a duplicate duplicates
    seen_docs = dict(zip(kept["doc_hash"], zip(kept["source"].astype(str), kept["title"].fillna("").astype(str))))
    writer = StoreWriter(store_dir)
    try:
        for table in ("articles", *FACT_TABLES):
            for df in iter_table(store_dir, table):
                writer.write(table, df[~df["article_id"].isin(dropped)] if dropped else df)
        for chunk in iter_extract(todo, issue_date, workers, progress):
            new_rows: dict[str, list[dict]] = {t: [] for t in ("articles", *FACT_TABLES)}
            for rows, row in chunk:
                docs = {a["doc_hash"] for a in rows.get("articles", [])}
                if docs and docs <= seen_docs.keys():
                    source, title = seen_docs[next(iter(docs))]
                    row.update(status="duplicate", message=f"{display_name(Path(row['file']).name)}: 与已导入的 "
                               f"{display_name(Path(source).name)}（{title or '无标题'}）内容相同，未重复加入")
                else:
                    first = rows["articles"][0] if rows.get("articles") else {}
                    seen_docs.update({d: (row["file"], first.get("title", "")) for d in docs})
                    for t, rs in rows.items():
                        new_rows[t].extend(rs)
                log.append(row)
            for t, rs in new_rows.items():
                if rs:
                    writer.write(t, frame(t, rs))
        old_log = read_columns(store_dir, "ingest_log", list(TABLES["ingest_log"]))
        this_run = {r["file"] for r in log}
        writer.write("ingest_log", pd.concat([old_log[~old_log["file"].isin(this_run)], frame("ingest_log", log)],
                                             ignore_index=True))
        writer.commit()
    except BaseException:
        writer.abort()
        raise


def ingest_items(items: list[tuple[str, Payload]], out_dir: Path | None = None, store_dir: Path | None = None,
                 workers: int = 1, issue_date: dt.date | None = None, progress: Progress | None = None,
                 pre_errors: list[dict] | None = None) -> IngestResult:
    """Ingest named payloads into the store (or a temporary one) and export CSV to out_dir."""
    if store_dir is None:
        with tempfile.TemporaryDirectory(prefix="etl_batch_") as tmp:
            result = ingest_items(items, out_dir, Path(tmp), workers, issue_date, progress, pre_errors)
            result.tables  # read before the temporary store goes  # noqa: B018
            result.store_dir = None
            return result
    files, zip_errors = expand_inputs(items)
    log = (pre_errors or []) + zip_errors
    store_dir = Path(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(store_dir / ".lock"), timeout=LOCK_TIMEOUT_S):
        remove_stale_temporaries(store_dir)  # a killed or failed run's leftovers would block nothing now
        damaged = store_problems(store_dir)
        if damaged:
            files = _rebuild_sources(store_dir, damaged, files, log)
        try:
            todo, unchanged = _triage(store_dir, files)
            log.extend(unchanged)
            if todo or log != unchanged or not (store_dir / "manifest.json").exists():
                _fold(store_dir, todo, log, issue_date, workers, progress)
            # else: nothing new, so the store is neither read whole nor rewritten
            if out_dir is not None:
                export_csv_from_store(store_dir, Path(out_dir), EXPORT_TABLES)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StoreError(f"磁盘已满（{store_dir}）：本批文件未写入，原有数据完好。请清理磁盘空间后重新导入。") from exc
            raise
    return IngestResult(frame("ingest_log", log), len(todo), store_dir)


def _rebuild_sources(store_dir: Path, damaged: dict[str, str], files: list[tuple[str, Payload]],
                     log: list[dict]) -> list[tuple[str, Payload]]:
    """A damaged table makes the store untrustworthy: set its files aside and rebuild it from the
    sources the ingest log names (still on disk) or, when the log itself is lost, the kept uploads."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    sources: list[str] = []
    if "ingest_log" not in damaged:
        old = read_columns(store_dir, "ingest_log", ["file", "status"])
        sources = list(dict.fromkeys(old.loc[old["status"] != "error", "file"].astype(str)))
    uploads = store_dir.parent / "uploads"
    if not sources and uploads.is_dir():
        sources = [str(p) for p in sorted(uploads.iterdir()) if p.is_file() and not p.name.startswith(".")]
    for table in TABLES:
        path = store_dir / f"{table}.parquet"
        if path.exists() and table in damaged:
            os.replace(path, path.with_name(f"{path.name}.damaged-{stamp}"))  # kept aside for whoever looks into it
        elif path.exists():
            path.unlink()  # consistent with nothing now: rebuilt below
    (store_dir / "manifest.json").unlink(missing_ok=True)
    kept, lost = [], []
    for name in sources:
        path = Path(name)
        archive = next((Path(name[:i + 4]) for i in range(len(name)) if name[i:i + 5] == ".zip/"), None)
        if path.is_file():
            kept.append((str(path), path))
        elif archive is not None and archive.is_file():
            kept.append((str(archive), archive))
        else:
            lost.append(name)
    kept = list(dict(kept).items())
    batch = {n for n, _ in files}
    rebuilt, errors = expand_inputs([k for k in kept if k[0] not in batch])
    log.extend(errors)
    what = "；".join(damaged.values())
    log.append(_log_row(str(store_dir), "", 0, "warning",
                        f"存储已损坏（{what}）：已将损坏的文件改名保留，并从 {len(rebuilt)} 个保留的源文件重建"
                        + (f"；{len(lost)} 个源文件已不存在，其记录无法恢复（重新导入它们即可）" if lost else "")))
    return rebuilt + files


def run_ingest(inputs: list[Path], out_dir: Path | None = None, store_dir: Path | None = None,
               workers: int = 1, issue_date: dt.date | None = None,
               progress: Progress | None = None) -> IngestResult:
    """Ingest files and folders (read lazily, file by file)."""
    items: list[tuple[str, Payload]] = []
    files, passed_over = walk_inputs(inputs)
    errors: list[dict] = [_log_row(str(path), "", 0, "error", f"{display_name(path.name)}: {problem}")
                          for path, problem in passed_over]
    for path in files:
        if os.access(path, os.R_OK) and path.is_file():
            items.append((str(path), path))
        else:
            errors.append(_log_row(str(path), "", 0, "error", f"{path.name}: cannot read (missing or not permitted)"))
    return ingest_items(items, out_dir, store_dir, workers, issue_date, progress, errors)


MAX_NAME_CHARS = 100  # a saved upload's name (the file system allows 255 bytes, ~85 Chinese characters)


def upload_name(name: str) -> str:
    """A safe, short file name for an upload: letters, digits, Chinese, ._- only; long names cut
    (the suffix kept)."""
    safe = "".join(ch if ch.isalnum() or ch in "._-" or "\u4e00" <= ch <= "\u9fff" else "_"
                   for ch in Path(name).name).lstrip(".") or "upload"
    stem, suffix = Path(safe).stem, Path(safe).suffix[:10]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_CHARS:
        stem = stem[:-1]
    return (stem or "upload") + suffix


def upload_conflicts(upload_dir: Path, uploads: list[tuple[str, bytes]]) -> list[str]:
    """Names of uploads that would replace a different file already kept under the same name."""
    out = []
    for name, data in uploads:
        target = Path(upload_dir) / upload_name(name)
        if target.is_file() and target.read_bytes() != data:
            out.append(target.name)
    return out


def save_upload(upload_dir: Path, name: str, data: bytes, replace: bool = False) -> Path:
    """Save an uploaded file atomically (temporary name, then rename) under a safe name.

    Generic names (01版.txt) from different issues are normal: a different file under a name
    already kept is saved beside it with its content hash in the name, unless `replace` (the
    user's explicit choice) says to replace the old one. The same file again is not saved twice."""
    upload_dir.mkdir(parents=True, exist_ok=True)
    target = upload_dir / upload_name(name)
    if target.is_file() and not replace and target.read_bytes() != data:
        digest = hashlib.sha1(data).hexdigest()[:8]
        target = target.with_name(f"{target.stem}~{digest}{target.suffix}")
    if target.is_file() and target.read_bytes() == data:
        return target
    tmp = upload_dir / f".{target.name}.{os.getpid()}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


def ingest_uploads(uploads: list[tuple[str, bytes]], store_dir: Path, issue_date: dt.date | None = None,
                   progress: Progress | None = None, replace: bool = False) -> pd.DataFrame:
    """The app's upload: save each file under data/uploads, ingest them into the store, and remove
    the saved copy of every file that was refused (it would only be refused again)."""
    upload_dir = Path(store_dir).parent / "uploads"
    saved = {str(save_upload(upload_dir, name, data, replace)): data for name, data in uploads}
    log = ingest_items(list(saved.items()), store_dir=store_dir, issue_date=issue_date, progress=progress).log
    refused = set(log.loc[log["status"] == "error", "file"].astype(str))
    for path in saved:
        if path in refused:
            Path(path).unlink(missing_ok=True)
    return log
