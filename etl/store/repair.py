"""Repairing a store whose files were damaged, without ever removing a good part.

A part holds one batch's articles and every fact row of them, one file per table. When one of its files is
missing, cut short or replaced, only that part is rebuilt: its articles' source files are found again (by
the path the ingest log gave, relative to the store or the working directory, in the kept uploads, or by
their content hash among the uploads), re-extracted, and put in its place. Articles whose sources are gone
keep every row of theirs that is intact, and the log says which articles are incomplete and what was lost.
The damaged file is renamed aside (``<table>-<file>.damaged-<time>``), never deleted; every other part is
left as it is. A damaged ingest-log part is set aside the same way: the store's data is intact and the
files it logged are read again on their next import.

`plan_repair` is pure planning plus the rewrite of a partly kept part; `etl.store.ingest` runs the plan through
its ordinary fold, so the repair is one commit like any import (a killed repair leaves the old version).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from etl.schema import EXTRACTED_TABLES
from etl.store import (
    LOG,
    arrow_table,
    damaged_parts,
    manifest_damaged,
    new_part_id,
    part_file,
    part_files,
    rewrite_parts,
)
from etl.store.batch import Payload, log_row

UPLOADS = "uploads"  # beside the store: the app keeps what users uploaded there


@dataclass
class RepairPlan:
    manifest: dict  # the version to fold into: damaged parts replaced by what could be kept of them
    force: set[str] = field(default_factory=set)  # sources to extract again though the log knows them
    files: list[tuple[str, Payload]] = field(default_factory=list)  # their payloads
    written: list[dict] = field(default_factory=list)  # parts written while planning (removed if the fold fails)


def find_source(name: str, digest: str, store_dir: Path) -> Path | None:
    """The file a logged source name stands for, if it is still somewhere the product can know of: the path
    itself (absolute, or relative to the working directory), relative to the store's folder or the project
    folder above it, a kept upload of that name, or a kept upload with the same content (`digest`: SHA-1)."""
    path = Path(name)
    archive = name.split(".zip/", 1)[0] + ".zip" if ".zip/" in name else None
    wanted = [Path(archive)] if archive else [path]
    roots = [Path.cwd(), store_dir.parent, store_dir.parent.parent]
    uploads = store_dir.parent / UPLOADS
    for want in wanted:
        candidates = [want] if want.is_absolute() else [root / want for root in roots]
        candidates.append(uploads / want.name)
        for c in candidates:
            if c.is_file():
                return c
    if digest and uploads.is_dir() and not archive:
        for c in sorted(uploads.iterdir()):
            if c.is_file() and c.stat().st_size < 64 * 2**20 and hashlib.sha1(c.read_bytes()).hexdigest() == digest:
                return c
    return None


def source_bytes(name: str, store_dir: Path, digest: str = "") -> bytes | None:
    """The bytes a logged source was read from — the file `find_source` finds, or its member when the name is a
    zip's (archive.zip/folder/page.pdf, #2 for a second member of one name) — or None when it cannot be found or
    no longer holds what was read (`digest`, the log's SHA-1, differs)."""
    import io
    import posixpath
    import re
    import zipfile

    from etl.read import MAX_FILE_BYTES
    path = find_source(name, "" if ".zip/" in name else digest, store_dir)
    if path is None or path.stat().st_size > 4 * MAX_FILE_BYTES:
        return None
    data = path.read_bytes()
    if ".zip/" in name:
        member = name.split(".zip/", 1)[1]
        nth = re.search(r"#(\d+)$", member)
        member, wanted = (member[:nth.start()], int(nth[1])) if nth else (member, 1)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                same = [i for i in zf.infolist() if posixpath.normpath(i.filename.replace("\\", "/")) == member]
                if len(same) < wanted or same[wanted - 1].file_size > MAX_FILE_BYTES:
                    return None
                data = zf.read(same[wanted - 1])
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
            return None
    if digest and hashlib.sha1(data).hexdigest() != digest:
        return None  # the file was changed since it was read: its pages are no longer the article's
    return data


def _set_aside(store_dir: Path, table: str, part_id: str, stamp: str) -> None:
    path = part_file(store_dir, table, part_id)
    if path.exists():
        os.replace(path, store_dir / f"{table}-{path.name}.damaged-{stamp}")


def plan_repair(store_dir: Path, m: dict, log: list[dict]) -> RepairPlan:
    """What to do about the damaged parts of version `m`; appends one log row per damaged part saying what
    happened to it (rebuilt from its sources, kept in part, or its log lost)."""
    store_dir = Path(store_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = damaged_parts(store_dir, m, deep=True)  # a repair reads every file: find in-place damage too
    if manifest_damaged(store_dir):  # the version is the newest commit record's; this commit writes it again
        log.append(log_row(str(store_dir), "", 0, "warning",
                           "manifest.json 已损坏：已按最近一次提交记录恢复并重写，数据未动"))
    version = m["version"] + 1
    plan = RepairPlan(manifest={**m})
    data_ids = {p["id"] for p in m.get("parts", [])}
    intact = [p for p in m.get("parts", []) if p["id"] not in damaged]
    good_logs = [p for p in m.get("log_parts", []) if p["id"] not in damaged]
    logged = arrow_table(store_dir, LOG, ["file", "hash", "status"], {"log_parts": good_logs}).to_pylist()
    latest = {r["file"]: r for r in logged}  # the newest row of each file
    held = set(arrow_table(store_dir, "articles", ["source"], {"parts": intact}).column("source").to_pylist()) \
        if intact else set()
    retired = list(m.get("retired", []))  # the intact files of damaged parts: commit removes them once superseded
    parts, log_parts = list(m.get("parts", [])), list(m.get("log_parts", []))
    for pid, tables in damaged.items():
        what = "；".join(tables.values())
        if pid not in data_ids:  # a log part: set aside; the data stands, the files it logged are read again
            for table in tables:
                _set_aside(store_dir, table, pid, stamp)
            log_parts = [p for p in log_parts if p["id"] != pid]
            log.append(log_row(str(store_dir), "", 0, "warning",
                               f"导入日志文件已损坏（{what}）：已改名保留；数据完好，相关文件下次导入时将重新读取"))
            continue
        part = next(p for p in parts if p["id"] == pid)
        if "articles" in tables:
            arts: list[dict] = []
            # the articles file is gone: its sources are the stored files no intact part holds
            sources = [f for f, r in latest.items() if r["status"] in ("ok", "warning", "unchanged") and f not in held]
        else:
            arts = arrow_table(store_dir, "articles", ["article_id", "source"], {"parts": [part]}).to_pylist()
            sources = list(dict.fromkeys(a["source"] for a in arts))
        found: dict[str, Path] = {}
        for name in sources:
            path = find_source(name, (latest.get(name) or {}).get("hash", ""), store_dir)
            if path is not None:
                found[name] = path
        missing = [s for s in sources if s not in found]
        keep = None
        if missing and arts:  # keep the intact rows of the articles whose sources are gone
            drop = [a["article_id"] for a in arts if a["source"] in found]
            ok_tables = [t for t in EXTRACTED_TABLES if t in part["sizes"] and t not in tables]
            keep = rewrite_parts(store_dir, [part], new_part_id(version), drop, ok_tables)
            if keep is not None:
                plan.written.append(keep)
        for table in tables:
            _set_aside(store_dir, table, pid, stamp)
        retired += [{"file": f} for f in part_files(part) if (store_dir / f).exists()]
        parts = [p for p in parts if p["id"] != pid] + ([keep] if keep else [])
        for name, path in found.items():
            plan.force.add(name)
            # under the name the log knows (a zip's members are named after the archive as it was given)
            plan.files.append((name.split(".zip/", 1)[0] + ".zip" if ".zip/" in name else name, path))
        lost = [Path(s).name for s in missing]
        message = f"存储文件已损坏（{what}）：已改名保留，受损部分已从 {len(found)} 个源文件重建，其他数据未动"
        if lost:
            tables_lost = "、".join(sorted(tables))
            message += (f"；{len(lost)} 个源文件已找不到（{'、'.join(lost[:10])}{'…' if len(lost) > 10 else ''}），"
                        f"其文章的{tables_lost}记录缺失" + ("" if keep else "且文章本身无法恢复")
                        + "：重新导入这些文件即可补全")
        log.append(log_row(str(store_dir), "", 0, "warning", message))
        for name in missing:  # the file's newest log row says so, and its next import reads it again
            log.append(log_row(name, "", 0, "error", f"{Path(name).name}: 存储文件损坏，本文件的记录不完整"
                               f"（缺{'、'.join(sorted(tables))}），源文件已找不到：重新导入本文件即可补全"))
    # a zip found again is read whole: its members the repair needs are forced, the others stay unchanged
    plan.files = list(dict(plan.files).items())
    plan.manifest = {**m, "parts": parts, "log_parts": log_parts, "retired": retired}
    return plan
