"""One batch of input files → parts of the store: the unit of work a process-pool or Dask worker runs.

A batch reads its files where they are (a path, an fsspec URL, or bytes already in memory), skips those the
store already holds unchanged (by content hash, against the `known` log rows the driver passes), extracts
the rest and streams their rows straight into new parts of the store. It returns what the driver needs to
commit: the parts, one log row per file, each file's document hash (to store a text met twice only once),
and the events, which are keyed across articles at commit. Nothing becomes visible until the driver's
commit lists the parts.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from etl import ETL_VERSION
from etl.read import InputError, read_bounded, read_source
from etl.store import PART_ARTICLES, PartWriter, new_part_id, remove_part

Payload = bytes | Path | str  # an input's bytes, its path, or an fsspec URL (read where the batch runs)
Progress = Callable[[int, int], None]
FLUSH_ARTICLES = 256  # rows are framed and written this many articles at a time
EVENTS = "events"


def read_payload(payload: Payload) -> bytes:
    """A payload's bytes: a local file read in bounds (refused by its size first), a URL through fsspec."""
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, Path):
        return read_bounded(payload)
    if "://" in payload:
        import fsspec
        with fsspec.open(payload, "rb") as fh:
            return fh.read()
    return read_bounded(Path(payload))


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def log_row(name: str, digest: str, size: int, status: str = "ok", message: str = "", encoding: str = "",
            articles: int = 0) -> dict:
    return {"file": name, "hash": digest, "size": size, "encoding": encoding, "status": status,
            "message": message, "articles": articles, "time": now(), "etl_version": ETL_VERSION}


def display_name(name: str) -> str:
    """A file name as a log line shows it: control characters (a newline in a name) written out."""
    if name.isprintable():  # nearly every name: no per-character work
        return name
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def base_name(name: str) -> str:
    """The last component of a path or URL (os.path, not pathlib: this runs once per file of an archive)."""
    return os.path.basename(name.rstrip("/\\")) or name


def error_row(name: str, raw: bytes, message: str) -> dict:
    return log_row(name, hashlib.sha1(raw).hexdigest(), len(raw), "error", f"{Path(name).name}: {message}")


FILE_BUDGET_S = 300  # one file's reading and extraction at most; past it the file is logged as too complex


class TooComplex(BaseException):
    """A file's time budget ran out (a BaseException: no `except Exception` on the way may swallow it)."""


@contextlib.contextmanager
def time_budget(seconds: float):
    """Raise TooComplex in this thread once `seconds` have passed — where a timer signal can reach it (the main
    thread: the command line and every pool or Dask worker process); elsewhere (a page's script thread) the
    stages' linear time is the bound."""
    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise TooComplex()
    previous = signal.signal(signal.SIGALRM, expire)
    # (…and again every moment after, until the budget's block ends: an exception raised where the interpreter only
    # prints it — a garbage collector's callback, as the property tests' hypothesis installs — had been swallowed, and
    # the file ran on unbounded: a full CI run logged the 40-page file as read)
    signal.setitimer(signal.ITIMER_REAL, seconds, max(0.05, min(seconds, 1.0)))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_one(name: str, raw: bytes, issue_date: dt.date | None = None) -> tuple[dict[str, list[dict]], dict]:
    """Rows of one file and its log row; a bad file gives no rows and an error row, and so does one whose reading
    and extraction outlast FILE_BUDGET_S (the batch goes on, the store lock is not held for hours)."""
    try:
        with time_budget(FILE_BUDGET_S):
            return _extract_one(name, raw, issue_date)
    except TooComplex:
        return {}, error_row(name, raw, f"处理超过 {FILE_BUDGET_S:g} 秒仍未完成：文件过于复杂（例如极长的单页），已跳过；"
                                        "请拆分后再导入")


def _extract_one(name: str, raw: bytes, issue_date: dt.date | None = None) -> tuple[dict[str, list[dict]], dict]:
    from etl.extract.pipeline import (
        process_text,  # the rules load on first use: a batch of unchanged files needs none
    )
    try:
        src = read_source(Path(name), raw)
    except InputError as exc:
        return {}, error_row(name, raw, str(exc))
    except Exception as exc:  # a bug must not lose the rest of the batch; the log names it
        return {}, error_row(name, raw, f"unexpected {exc.__class__.__name__}: {exc}")
    if issue_date and not src.name_date:
        src = dataclasses.replace(src, name_date=issue_date)  # (every other field kept: a PDF's pages too)
    try:
        rows = process_text(src).tables()
    except Exception as exc:
        return {}, error_row(name, raw, f"extraction failed ({exc.__class__.__name__}: {exc})")
    n = len(rows["articles"])
    digest = hashlib.sha1(raw).hexdigest()
    if not n:
        return rows, log_row(name, digest, len(raw), "warning", f"{Path(name).name}: no article found", src.encoding)
    note = "繁体已转为简体" if src.encoding.endswith("+t2s") else "其中繁体行已转为简体" if "+t2s lines" in src.encoding \
        else ""
    if "replaced" in src.encoding or "NUL bytes removed" in src.encoding:
        said = []
        for part in src.encoding.split(", ")[1:]:
            count = part.split(" ")[0]
            said.append(f"{count} 个无法解码的字节已替换为 �" if "replaced" in part else f"{count} 个 NUL 字节已删除")
        return rows, log_row(name, digest, len(raw), "warning",
                             f"{Path(name).name}: {'；'.join(said)}（其余文字完整）", src.encoding, n)
    return rows, log_row(name, digest, len(raw), "ok", note, src.encoding, n)


def duplicate_message(file: str, source: str, title: str) -> str:
    return (f"{display_name(Path(file).name)}: 与已导入的 {display_name(Path(source).name)}"
            f"（{title or '无标题'}）内容相同，未重复加入")


@dataclass
class Doc:
    """One stored file's text: its hash, the file, its first headline, the part and article ids holding it."""
    doc_hash: str
    file: str
    title: str
    part_id: str
    article_ids: tuple[str, ...]


@dataclass
class BatchResult:
    index: int
    parts: list[dict] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)
    docs: list[Doc] = field(default_factory=list)
    events: dict[str, list[dict]] = field(default_factory=dict)  # part id → its event rows, keyed at commit
    changed: list[str] = field(default_factory=list)  # files not stored unchanged: their old rows go


class _Parts:
    """Rows of a batch framed a few hundred articles at a time and written into parts of bounded size."""

    def __init__(self, store_dir: Path, version: int, result: BatchResult) -> None:
        self.store_dir, self.version, self.result = store_dir, version, result
        self.writer: PartWriter | None = None
        self.pending: dict[str, list[dict]] = {}
        self.events: list[dict] = []
        self.articles_in_part = 0

    def add(self, rows: dict[str, list[dict]]) -> str:
        if self.writer is None or self.articles_in_part >= PART_ARTICLES:
            self.close()
            self.writer = PartWriter(self.store_dir, new_part_id(self.version))
            self.articles_in_part = 0
        for table, rs in rows.items():
            (self.events if table == EVENTS else self.pending.setdefault(table, [])).extend(rs)
        self.articles_in_part += len(rows.get("articles", []))
        if len(self.pending.get("articles", [])) >= FLUSH_ARTICLES:
            self.flush()
        return self.writer.id

    def flush(self) -> None:
        for table, rs in self.pending.items():
            if rs:
                self.writer.write(table, rs)
        self.pending = {}

    def close(self) -> None:
        if self.writer is None:
            return
        self.flush()
        part = self.writer.close()
        self.result.parts.append(part)
        self.result.events[part["id"]] = self.events
        self.writer, self.events = None, []

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.abort()
        for part in self.result.parts:  # closed parts of this batch: never committed
            remove_part(self.store_dir, part)


def run_batch(index: int, store_dir: str | Path, version: int, jobs: list[tuple[str, Payload]],
              known: dict[str, tuple[str, str, int]], issue_date: dt.date | None = None,
              progress: Progress | None = None) -> BatchResult:
    """Extract a batch of files into new parts of the store (uncommitted).

    `known` maps a file name to the (hash, encoding, articles) its current rows were stored with: a file
    with the same hash is logged as unchanged and not extracted again."""
    result = BatchResult(index)
    parts = _Parts(Path(store_dir), version, result)
    seen: dict[str, tuple[str, str]] = {}  # a text met twice in this batch is stored once
    try:
        for i, (name, payload) in enumerate(jobs):
            _one(name, payload, known.get(name), issue_date, parts, seen, result)
            if progress:
                progress(i + 1, len(jobs))
        parts.close()
    except BaseException:
        parts.abort()
        raise
    return result


def _one(name: str, payload: Payload, prev: tuple[str, str, int] | None, issue_date: dt.date | None,
         parts: _Parts, seen: dict[str, tuple[str, str]], result: BatchResult) -> None:
    try:
        raw = read_payload(payload)
    except InputError as exc:  # over the size limit: refused unread
        result.changed.append(name)
        result.log.append(log_row(name, "", 0, "error", f"{Path(name).name}: {exc}"))
        return
    except OSError as exc:
        result.changed.append(name)
        result.log.append(log_row(name, "", 0, "error", f"{Path(name).name}: cannot read ({exc.__class__.__name__})"))
        return
    digest = hashlib.sha1(raw).hexdigest()
    if prev is not None and prev[0] == digest:
        result.log.append(log_row(name, digest, len(raw), "unchanged",
                                  f"{display_name(base_name(name))}: 已导入过，内容未变，跳过", prev[1], int(prev[2])))
        return
    result.changed.append(name)
    rows, row = extract_one(name, raw, issue_date)
    arts = rows.get("articles", [])
    doc = arts[0]["doc_hash"] if arts else None
    if doc is not None and doc in seen:
        row.update(status="duplicate", message=duplicate_message(row["file"], *seen[doc]))
    elif doc is not None:
        seen[doc] = (name, arts[0].get("title") or "")
        part_id = parts.add(rows)
        result.docs.append(Doc(doc, name, arts[0].get("title") or "", part_id, tuple(a["article_id"] for a in arts)))
    result.log.append(row)
