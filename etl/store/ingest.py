"""Batch ingest: inputs → batches of files → parts of the store → one commit → the CSV export.

Every input file gets an ingest-log row (ok, unchanged, duplicate, warning or
error with a message naming the file and the problem); a bad file never stops
the batch. Ingest into a store is incremental and safe:
- each file is keyed by its content hash: an unchanged file is not extracted
  again and changes no table; a changed file replaces its old rows;
- the same text arriving under two names is stored once (the second is logged
  as a duplicate);
- a file lock serialises writers (two browser tabs uploading at once); batches
  (`etl.store.batch`, in this process, a process pool or on a Dask cluster) write new
  parts, and the driver commits them with one atomic rename (`etl.store`), so
  memory stays flat however large the archive and a killed run changes nothing.
Without a store (`python -m etl … --out DIR` alone) the batch goes through a
temporary store and only the CSV export remains.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa
from filelock import FileLock, Timeout

from etl import ETL_VERSION
from etl.read import ZIP_SUFFIXES, InputError, expand_zip, walk_inputs
from etl.schema import EXTRACTED_TABLES, TABLES, frame
from etl.store.batch import (
    BatchResult,
    Payload,
    Progress,
    display_name,
    duplicate_message,
    error_row,
    log_row,
    read_payload,
    run_batch,
)
from etl.store.export import CONTRACT_TABLES, export_csv_from_store

if TYPE_CHECKING:
    import pandas as pd
from etl.store import (
    COMMITS,
    LOG,
    LOG_PARTS_MAX,
    MANIFEST,
    StoreError,
    add_table_to_part,
    arrow_table,
    atomic_write,
    commit,
    empty_manifest,
    every_part,
    merge_plan,
    new_part_id,
    part_file,
    read_columns,
    read_manifest,
    read_parquet,
    remove_part,
    remove_stale_temporaries,
    rewrite_parts,
    store_problems,
    upgrade_legacy,
    write_log_part,
)
from etl.store.repair import plan_repair

LOCK_TIMEOUT_S = 600
EXPORT_TABLES = (*CONTRACT_TABLES, "keywords", "ingest_log")
# a batch worth spreading over the cores: below this, starting worker processes costs more than it gains
PARALLEL_MIN_FILES, PARALLEL_MIN_BYTES = 8, 1_000_000
# Runs a list of batches (as `etl.store.batch.run_batch` arguments) and returns their results, in any order.
Runner = Callable[[list[tuple]], list[BatchResult]]


@dataclass
class IngestResult:
    log_rows: list[dict]  # this run's log rows only
    extracted: int  # files whose text went through extraction in this run
    store_dir: Path | None = None  # None: the run went through a temporary store
    _tables: "dict[str, pd.DataFrame] | None" = None
    _temporary: "tempfile.TemporaryDirectory | None" = None  # kept, and removed, with the result

    @property
    def _where(self) -> Path | None:
        return Path(self._temporary.name) if self._temporary is not None else self.store_dir

    @property
    def log(self) -> "pd.DataFrame":
        """This run's log as a table (pandas is imported only by those who ask for one)."""
        return frame(LOG, self.log_rows)

    def row_counts(self) -> dict[str, int]:
        """Rows per table after the run (from the store's manifest; no table is read)."""
        m = read_manifest(self._where) if self._where else None
        return m["rows"] if m else {t: 0 for t in TABLES}

    @property
    def tables(self) -> "dict[str, pd.DataFrame]":
        """Every table after the run, read from the store on first use."""
        if self._tables is None:
            self._tables = read_parquet(self._where) if self._where else {t: frame(t, []) for t in TABLES}
        return self._tables


def default_workers(files: list[tuple[str, Payload]]) -> int:
    """All cores for a batch big enough to gain from them, else one (no worker start-up for one page)."""
    size = 0
    for _, payload in files:
        try:
            size += len(payload) if isinstance(payload, bytes) else os.stat(payload).st_size
        except (OSError, TypeError):
            size += 10_000
    big = len(files) >= PARALLEL_MIN_FILES and size >= PARALLEL_MIN_BYTES
    return max(1, os.cpu_count() or 1) if big else 1


def plan_batches(files: list[tuple[str, Payload]], workers: int) -> list[list[tuple[str, Payload]]]:
    """Consecutive slices of the files: one for a single worker, else about four per worker (so a slow
    slice does not leave the other cores idle), each written as its own parts."""
    if workers <= 1 or len(files) < PARALLEL_MIN_FILES:
        return [files] if files else []
    n = min(len(files), workers * 4)
    size = -(-len(files) // n)
    return [files[i:i + size] for i in range(0, len(files), size)]


def pool_runner(workers: int) -> Runner:
    def run(batches: list[tuple]) -> list[BatchResult]:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=min(workers, len(batches))) as pool:
            return list(pool.map(run_batch, *zip(*batches)))
    return run


def expand_inputs(items: list[tuple[str, Payload]]) -> tuple[list[tuple[str, Payload]], list[dict]]:
    """Unpack zips; a refused archive becomes an error log row."""
    files, errors = [], []
    for name, payload in items:
        if Path(name).suffix.lower() in ZIP_SUFFIXES:
            raw = read_payload(payload)
            try:
                members, problems = expand_zip(name, raw)
            except InputError as exc:
                errors.append(error_row(name, raw, str(exc)))
                continue
            files.extend(members)
            for member, problem in problems:
                errors.append(log_row(member, "", 0, "error", f"{Path(member).name}: {problem}"))
            if not members:
                errors.append(error_row(name, raw, f"no readable file inside ({len(problems)} skipped, "
                                                   "each listed by name)"))
        else:
            files.append((name, payload))
    return files, errors


def _known(store_dir: Path, m: dict, names: list[str]) -> dict[str, tuple[str, str, int]]:
    """Which of the named files the store holds as extracted by these rules: name → (hash, encoding,
    articles). A file logged as unchanged was stored by an earlier run of the same rules: trust it too, or
    every other re-run would extract the whole archive again."""
    old = arrow_table(store_dir, LOG, ["file", "hash", "encoding", "status", "articles", "etl_version"], m,
                      having={"file": names}).to_pylist()
    return {r["file"]: (r["hash"], r["encoding"], int(r["articles"] or 0)) for r in old
            if r["status"] in ("ok", "warning", "duplicate", "unchanged") and r["etl_version"] == ETL_VERSION}


def _article_meta(store_dir: Path, m: dict, sources: set[str], docs: set[str]) -> list[dict]:
    """The stored articles of the given sources or texts: id, source, document hash and title, with the part
    that holds each."""
    out = []
    for part in m["parts"]:
        if part["rows"].get("articles"):
            rows = arrow_table(store_dir, "articles", ["article_id", "source", "doc_hash", "title"], {"parts": [part]},
                               having={"source": sources, "doc_hash": docs}).to_pylist()
            out.extend({**r, "part": part["id"]} for r in rows)
    return out


def _without(store_dir: Path, part: dict, drop: set[str], version: int,
             events: list[dict] | None = None) -> dict | None:
    """The part rewritten without the given articles' rows (None when nothing is left); `events` are the
    part's event rows when they are still in memory (a new part: keyed and written at commit)."""
    tables = [t for t in EXTRACTED_TABLES if not (t == "events" and events is not None)]
    return rewrite_parts(store_dir, [part], new_part_id(version), drop, tables)


def _fold(store_dir: Path, files: list[tuple[str, Payload]], log: list[dict], issue_date: dt.date | None,
          workers: int, progress: Progress | None, runner: Runner | None, base: dict | None = None,
          force: set[str] = frozenset(), written_before: list[dict] | None = None) -> int:
    """Extract the files that are new or changed into new parts and commit them with the kept parts as the
    store's next version; return how many files were extracted. `base` is the version to build on (a repair's
    plan: the committed one less its damaged parts), `force` the files to extract though the log knows them,
    `written_before` parts the repair wrote (removed with this run's own if it fails)."""
    m = base if base is not None else read_manifest(store_dir) or empty_manifest()
    if m.get("legacy"):
        m = upgrade_legacy(store_dir, m)
    version = m["version"] + 1
    known = {n: k for n, k in _known(store_dir, m, [n for n, _ in files]).items() if n not in force}
    batches = [(i, str(store_dir), version, jobs, {n: known[n] for n, _ in jobs if n in known}, issue_date)
               for i, jobs in enumerate(plan_batches(files, workers))]
    written: list[dict] = list(written_before or [])  # every part this run wrote: removed if it fails before its commit
    try:
        if runner is None and workers > 1 and len(batches) > 1:
            runner = pool_runner(workers)
        if runner is None:
            results = [run_batch(*b, progress=progress) for b in batches]
        else:
            results = runner(batches)
            if progress:
                progress(len(files), len(files))
        results.sort(key=lambda r: r.index)  # file order decides which of two equal texts is kept
        changed = {name for r in results for name in r.changed}
        # a file whose text was stored only under another file's name is read again when any file changes: the
        # text it repeats may be the one replaced, and then it must be stored under its own name
        if changed:
            unread = {n for n in known if n not in changed and known[n][2]}
            own = {a["source"] for a in _article_meta(store_dir, m, unread, set())} if unread else set()
            elsewhere = unread - own  # logged with articles, none stored under its name: a repeat of another file
        again = [(n, p) for n, p in files if n in elsewhere] if changed else []
        if again:
            names = {n for n, _ in again}
            for r in results:
                r.log = [row for row in r.log if row["file"] not in names]
            results.append(run_batch(len(batches), str(store_dir), version, again, {}, issue_date))
            changed |= set(results[-1].changed)
        written = [p for r in results for p in r.parts]
        run_log = [row for r in results for row in r.log]
        if not changed and not log and (store_dir / MANIFEST).exists():
            log.extend(run_log)
            return 0  # nothing new: the store is neither read whole nor rewritten
        log_at = {row["file"]: row for row in run_log}
        parts, new_events = _place_new_rows(store_dir, m, version, results, changed, log_at, written)
        parts = _key_events(store_dir, parts, new_events, written)
        parts = _merge_small(store_dir, parts, version, written)
        log.extend(run_log)
        log_parts = _log_parts(store_dir, m, version, log, written)
        commit(store_dir, m, parts, log_parts)
    except BaseException:
        for part in written:
            remove_part(store_dir, part)
        raise
    return len(changed)


def _place_new_rows(store_dir: Path, m: dict, version: int, results: list[BatchResult], changed: set[str],
                    log_at: dict[str, dict], written: list[dict]) -> tuple[list[dict], dict[str, list[dict]]]:
    """The next version's parts before events are written: stored parts without the rows of changed files,
    and the new parts without texts already stored (logged as duplicates of what they repeat)."""
    meta = _article_meta(store_dir, m, changed, {d.doc_hash for r in results for d in r.docs})
    seen = {a["doc_hash"]: (str(a["source"]), a["title"] or "") for a in meta if a["source"] not in changed}
    drop_new: dict[str, set[str]] = defaultdict(set)
    for r in results:
        for doc in r.docs:
            if doc.doc_hash in seen:
                log_at[doc.file].update(status="duplicate", message=duplicate_message(doc.file, *seen[doc.doc_hash]))
                drop_new[doc.part_id].update(doc.article_ids)
            else:
                seen[doc.doc_hash] = (doc.file, doc.title)
    drop_old: dict[str, set[str]] = defaultdict(set)
    kept: dict[str, int] = defaultdict(int)
    for a in meta:
        if a["source"] not in changed:
            continue
        if log_at.get(a["source"], {}).get("status") == "error":
            kept[a["source"]] += 1  # a refused new version (emptied, undecodable) never replaces a good old one
        else:
            drop_old[a["part"]].add(a["article_id"])
    for source, n in kept.items():
        row = log_at[source]
        row["message"] = f"{row['message']}；原先导入的版本（{n} 篇文章）保留在库中，未被替换"
    parts = []
    for part in m["parts"]:
        if part["id"] in drop_old:
            rewritten = _without(store_dir, part, drop_old[part["id"]], version)
            if rewritten:
                written.append(rewritten)
                parts.append(rewritten)
        else:
            parts.append(part)
    new_events: dict[str, list[dict]] = {}
    for r in results:
        for part in r.parts:
            events = r.events.get(part["id"], [])
            if part["id"] in drop_new:
                drop = drop_new[part["id"]]
                rewritten = _without(store_dir, part, drop, version, events)
                remove_part(store_dir, part)  # never committed: gone at once (after its rows were read)
                part = rewritten
                if part is None:
                    continue
                written.append(part)
                events = [e for e in events if e["article_id"] not in drop]
            parts.append(part)
            new_events[part["id"]] = events
    return parts, new_events


def _key_events(store_dir: Path, parts: list[dict], new_events: dict[str, list[dict]],
                written: list[dict]) -> list[dict]:
    """Give the new events their keys (one per real event, reported in one article or several) and write
    them into their parts."""
    from etl.extract.dedupe import KEY_COLUMNS, keys_joining
    new = [(pid, e) for pid, rows in new_events.items() for e in rows]
    if not new:
        return parts
    stored_parts = [p for p in parts if p["id"] not in new_events]
    # only stored events of a type among the new ones can be the same event (keys_joining narrows to provinces)
    stored = arrow_table(store_dir, "events", KEY_COLUMNS, {"parts": stored_parts},
                         having={"event_type": {e["event_type"] for _, e in new}}).to_pylist()
    keys = keys_joining([e for _, e in new], stored)
    by_part: dict[str, list[dict]] = defaultdict(list)
    for (pid, e), key in zip(new, keys):
        by_part[pid].append({**e, "event_key": key})
    out = []
    for part in parts:
        if by_part.get(part["id"]):
            part = add_table_to_part(store_dir, part, "events", by_part[part["id"]])
            written.append(part)
        out.append(part)
    return out


def _merge_small(store_dir: Path, parts: list[dict], version: int, written: list[dict]) -> list[dict]:
    """Sixteen parts of one size tier become one (so a store fed page by page, or batch by batch, keeps
    few files)."""
    while (group := merge_plan(parts)) is not None:
        merged = rewrite_parts(store_dir, group, new_part_id(version))
        written.append(merged)
        ids = {p["id"] for p in group}
        parts = [p for p in parts if p["id"] not in ids] + [merged]
    return parts


def _log_parts(store_dir: Path, m: dict, version: int, log: list[dict], written: list[dict]) -> list[dict]:
    """The log's parts: the kept ones and this run's rows; more than a few are merged into one."""
    part = write_log_part(store_dir, new_part_id(version), log)
    written.append(part)
    parts = [*m.get("log_parts", []), part]
    if len(parts) <= LOG_PARTS_MAX:
        return parts
    merged = write_log_part(store_dir, new_part_id(version), arrow_table(store_dir, LOG, list(TABLES[LOG]),
                                                                         {"log_parts": parts}))
    written.append(merged)
    return [merged]


def ingest_items(items: list[tuple[str, Payload]], out_dir: Path | None = None, store_dir: Path | None = None,
                 workers: int | None = None, issue_date: dt.date | None = None, progress: Progress | None = None,
                 pre_errors: list[dict] | None = None, runner: Runner | None = None,
                 verify: bool = False) -> IngestResult:
    """Ingest named payloads into the store (or a temporary one) and export CSV to out_dir.

    `workers` None: all cores when the batch is big enough to gain from them. `runner` runs the batches
    elsewhere (a Dask cluster: `etl.store.cluster`). `verify` checks every store file's bytes against its
    checksum first (not only its size), so damage in place is repaired too."""
    if store_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="etl_batch_")
        result = ingest_items(items, out_dir, Path(tmp.name), workers, issue_date, progress, pre_errors, runner,
                              verify)
        result.store_dir, result._temporary = None, tmp
        return result
    files, zip_errors = expand_inputs(items)
    log = (pre_errors or []) + zip_errors
    store_dir = Path(store_dir)
    if out_dir is not None and Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise StoreError(f"--out {out_dir} 是一个文件，不是文件夹：请给出导出 CSV 的文件夹。存储未改动。")
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(store_dir, os.W_OK):
            raise PermissionError(errno.EACCES, "not writable", str(store_dir))
    except PermissionError as exc:
        raise StoreError(f"存储目录 {store_dir} 不可写（{exc.strerror}）：本批文件未写入，原有数据完好。"
                         "请用有写权限的用户运行，或换一个 --store 目录。") from exc
    if workers is None:
        workers = default_workers(files)
    try:
        lock = FileLock(str(store_dir / ".lock"), timeout=LOCK_TIMEOUT_S)
        lock.acquire()
    except Timeout as exc:
        raise StoreError(f"另一个导入正在写入存储 {store_dir}，等了 {LOCK_TIMEOUT_S // 60} 分钟仍未结束："
                         "本批文件未写入，原有数据完好。请等它结束后重试。") from exc
    with lock:
        remove_stale_temporaries(store_dir)  # a killed or failed run's leftovers would block nothing now
        try:
            try:
                extracted = _repair_and_fold(store_dir, files, log, issue_date, workers, progress, runner,
                                             store_problems(store_dir, deep=verify))
            except (pa.ArrowException, duckdb.Error) as exc:
                if _disk_full(exc):
                    raise
                # a part that cannot be read though its size is right: damaged in place; check every file's
                # bytes, and repair what is damaged (an error with the files intact is no damage: raised)
                damaged = store_problems(store_dir, deep=True)
                if not damaged:
                    raise
                log.append(log_row(str(store_dir), "", 0, "warning", f"读取存储时出错（{exc.__class__.__name__}），"
                                                                       "已逐个核对文件校验和"))
                extracted = _repair_and_fold(store_dir, files, log, issue_date, workers, progress, runner, damaged)
        except (OSError, duckdb.Error, pa.ArrowException) as exc:
            if _disk_full(exc):  # while writing parts, or while DuckDB merged them: nothing was committed
                raise StoreError(f"磁盘已满（{store_dir}）：本批文件未写入，原有数据完好。请清理磁盘空间后重新导入。") from exc
            raise
        if out_dir is not None:
            try:
                export_csv_from_store(store_dir, Path(out_dir), EXPORT_TABLES)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:  # the store committed; only the CSV files are incomplete
                    raise StoreError(f"磁盘已满（{out_dir}）：本批文件已写入存储，但 CSV 导出未完成。"
                                     "请清理磁盘空间后重新导出。") from exc
                raise
    return IngestResult(log, extracted, store_dir)


def _disk_full(exc: BaseException) -> bool:
    """A full disk, as the OS, pyarrow or DuckDB report it (DuckDB says it in words, with no errno)."""
    return getattr(exc, "errno", None) == errno.ENOSPC or "No space left on device" in str(exc)


def _repair_and_fold(store_dir: Path, files: list[tuple[str, Payload]], log: list[dict], issue_date: dt.date | None,
                     workers: int, progress: Progress | None, runner: Runner | None, damaged: dict[str, str]) -> int:
    """Fold the files into the store, first planning the repair of whatever `damaged` names."""
    base, force, repair_parts = None, set(), []
    if damaged:
        m = read_manifest(store_dir)
        if m is not None and not m.get("legacy"):
            plan = plan_repair(store_dir, m, log)  # only the damaged parts; nothing intact is removed
            base, force, repair_parts = plan.manifest, plan.force, plan.written
            batch = {n for n, _ in files}
            rebuilt, errors = expand_inputs(plan.files)
            log.extend(errors)
            files = [f for f in rebuilt if f[0] not in batch] + files
        else:
            files = _rebuild_sources(store_dir, damaged, files, log)
    return _fold(store_dir, files, log, issue_date, workers, progress, runner, base, force, repair_parts)


def _rebuild_sources(store_dir: Path, damaged: dict[str, str], files: list[tuple[str, Payload]],
                     log: list[dict]) -> list[tuple[str, Payload]]:
    """A damaged table makes the store untrustworthy: set its files aside and rebuild it from the
    sources the ingest log names (still on disk) or, when the log itself is lost, the kept uploads."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    m = read_manifest(store_dir)
    sources: list[str] = []
    if LOG not in damaged:
        # with no manifest and no commit record, every log part on disk, oldest first (ids start with the version)
        view = m or {"log_parts": [{"id": p.stem, "sizes": {LOG: p.stat().st_size}}
                                   for p in sorted((store_dir / LOG).glob("*.parquet"))]}
        old = read_columns(store_dir, LOG, ["file", "status"], view)
        sources = list(dict.fromkeys(old.loc[old["status"] != "error", "file"].astype(str)))
    uploads = store_dir.parent / "uploads"
    if not sources and uploads.is_dir():
        sources = [str(p) for p in sorted(uploads.iterdir()) if p.is_file() and not p.name.startswith(".")]
    _set_aside(store_dir, m, stamp)
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
    log.append(log_row(str(store_dir), "", 0, "warning",
                       f"存储已损坏（{what}）：已将损坏的文件改名保留，并从 {len(rebuilt)} 个保留的源文件重建"
                       + (f"；{len(lost)} 个源文件已不存在，其记录无法恢复（重新导入它们即可）" if lost else "")))
    return rebuilt + files


def _set_aside(store_dir: Path, m: dict | None, stamp: str) -> None:
    """Files that are not what was written are kept aside (for whoever looks into it); the rest of a store
    whose manifest is lost is moved aside whole (`_set_aside-<time>/`), to be rebuilt."""
    from etl.store import legacy_problems
    damaged_legacy = set(legacy_problems(store_dir))
    for table in TABLES:
        legacy = store_dir / f"{table}.parquet"
        if legacy.exists() and table in damaged_legacy:
            os.replace(legacy, legacy.with_name(f"{legacy.name}.damaged-{stamp}"))
        elif legacy.exists():
            legacy.unlink()
    if m and not m.get("legacy"):
        for part in every_part(m):
            for table, size in part["sizes"].items():
                path = part_file(store_dir, table, part["id"])
                if path.exists() and path.stat().st_size != size:
                    os.replace(path, store_dir / f"{table}-{path.name}.damaged-{stamp}")
    # with no manifest to say which files are live, the old files are moved aside whole, never deleted
    aside = store_dir / f"_set_aside-{stamp}"
    for name in (*TABLES, COMMITS):
        if (store_dir / name).exists():
            aside.mkdir(exist_ok=True)
            os.replace(store_dir / name, aside / name)
    (store_dir / MANIFEST).unlink(missing_ok=True)


def run_ingest(inputs: list[Path | str], out_dir: Path | None = None, store_dir: Path | None = None,
               workers: int | None = None, issue_date: dt.date | None = None,
               progress: Progress | None = None, runner: Runner | None = None) -> IngestResult:
    """Ingest files and folders (read lazily, file by file; fsspec URLs are read where the batch runs)."""
    items: list[tuple[str, Payload]] = []
    local = [Path(p) for p in inputs if "://" not in str(p)]
    files, passed_over = walk_inputs(local)
    errors: list[dict] = [log_row(str(path), "", 0, "error", f"{display_name(path.name)}: {problem}")
                          for path, problem in passed_over]
    for path in files:
        if os.access(path, os.R_OK) and path.is_file():
            items.append((str(path), path))
        else:
            errors.append(log_row(str(path), "", 0, "error", f"{path.name}: cannot read (missing or not permitted)"))
    from etl.read.remote import walk_urls
    urls, url_errors = walk_urls([str(p) for p in inputs if "://" in str(p)])
    items.extend((u, u) for u in urls)
    errors.extend(log_row(u, "", 0, "error", f"{u}: {problem}") for u, problem in url_errors)
    return ingest_items(items, out_dir, store_dir, workers, issue_date, progress, errors, runner)


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
    # a file `replace` overwrites is kept in memory until its new version is accepted: a refused one
    # (empty, not decodable) never replaces a good old one
    previous = {}
    for name, _data in uploads:
        target = upload_dir / upload_name(name)
        if replace and target.is_file():
            previous[str(target)] = target.read_bytes()
    saved = {str(save_upload(upload_dir, name, data, replace)): data for name, data in uploads}
    log = ingest_items(list(saved.items()), store_dir=store_dir, issue_date=issue_date, progress=progress).log
    refused = set(log.loc[log["status"] == "error", "file"].astype(str))
    for path in saved:
        if path in refused and path in previous:
            atomic_write(Path(path), previous[path])  # the old upload back, its rows untouched in the store
        elif path in refused:
            Path(path).unlink(missing_ok=True)
    return log
