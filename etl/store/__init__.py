"""Stage 4 — store: The output edge: the dashboard's partitioned Parquet store under data/.

    store/manifest.json            the committed version: its parts, their files' sizes, row counts, content hash
    store/_commits/000042.json     the same for the last few versions (manifest.json lost → the newest of these)
    store/<table>/<part>.parquet   one file per table per part

A *part* holds the articles of one ingest batch (at most PART_ARTICLES of them) and every fact row of those
articles, one file per table under the part's id. The ingest log has parts of its own, one per commit (the
latest row of a file wins). Writers only ever add files: adding one page to a large store writes one small
part instead of rewriting every table. A commit is one atomic rename of manifest.json, so a reader, a
killed writer or a full disk leaves either the old version or the new one. Files that no version lists are
a killed run's leftovers and are removed under the writers' lock; files that the new version no longer lists
(parts merged or rewritten away) are removed as soon as it is committed. A reader still on the older version
then finds a file gone and reads again from the newer one (`read_newest`; the dashboard reruns its page), so
no superseded file stays on disk and no reader fails.

Replacing a source's rows rewrites only the parts that hold them; many small parts (one upload each) are
merged once sixteen of a size have gathered (up to parts of 320,000 articles), so the number of files a
query opens stays small; a rewritten part's rows are clustered by province and date (CLUSTER_BY).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import tempfile
import uuid
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from etl import ETL_VERSION
from etl.schema import EXTRACTED_TABLES, TABLES

if TYPE_CHECKING:
    import pandas as pd

FORMAT = 2
MANIFEST = "manifest.json"
COMMITS = "_commits"
KEEP_COMMITS = 10
PART_ARTICLES = 20_000  # a part's articles at most: replacing one source rewrites at most this many
MERGE_FANIN = 16  # this many parts of one size tier are merged into one
# Parts of up to PART_ARTICLES articles merge (so a merged part holds at most 16 × 20,000): every scan
# opens each file of a table, so a million articles in 50 batch-sized parts cost 2–3× more per query
# than in a few large ones; larger parts would make replacing one source rewrite too much.
MERGE_UP_TO = PART_ARTICLES
LOG_PARTS_MAX = 8  # more ingest-log parts than this are merged into one
BATCH_ROWS = 50_000
# Rows per Parquet row group: few large groups read ~30× faster than many small ones;
# articles carry their full text, so their groups stay smaller (memory while writing).
ROW_GROUP_ROWS = {"articles": 5_000}
DEFAULT_ROW_GROUP_ROWS = 200_000
TMP_SUFFIX = ".tmp"
LOG = "ingest_log"


T = TypeVar("T")


class StoreError(RuntimeError):
    """The store cannot be written or read; the message says what happened and what to do."""


# ---------------------------------------------------------------------------------------------- files

def _file_mode() -> int:
    """The mode a plain file gets under the process umask (mkstemp's 0600 would hide the store from
    a dashboard run by another user than the ETL's cron job)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def tmp_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    os.close(fd)
    os.chmod(tmp, _file_mode())
    return Path(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    tmp = tmp_beside(path)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _table_dirs(store_dir: Path) -> list[Path]:
    return [Path(store_dir) / t for t in TABLES if (Path(store_dir) / t).is_dir()]


def part_file(store_dir: Path, table: str, part_id: str) -> Path:
    return Path(store_dir) / table / f"{part_id}.parquet"


def file_sum(path: Path) -> str:
    """CRC-32 of a file's bytes (hex): written into the manifest beside each file's size, so a file damaged
    in place at the same size is found too (`damaged_parts(deep=True)`)."""
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return f"{crc:08x}"


def _stamped(store_dir: Path, part_id: str, tables: Iterable[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Sizes and checksums of a part's files, as the manifest lists them."""
    paths = {t: part_file(store_dir, t, part_id) for t in tables}
    return {t: p.stat().st_size for t, p in paths.items()}, {t: file_sum(p) for t, p in paths.items()}


def new_part_id(version: int) -> str:
    """Unique across writers and machines (a Dask worker names its own parts)."""
    return f"{version:06d}-{uuid.uuid4().hex[:12]}"


# ------------------------------------------------------------------------------------------ manifest

def empty_manifest() -> dict:
    return {"format": FORMAT, "version": 0, "content_hash": "", "updated": "", "rows": {t: 0 for t in TABLES},
            "parts": [], "log_parts": []}


def _load_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _well_formed(m: dict) -> bool:
    """A version of this format whose parts say their id, rows and file sizes (anything else — a manifest
    edited by hand, cut short, or written by a development build — is not trusted)."""
    if m.get("format") != FORMAT:
        return True  # the first format: read as one part
    parts = m.get("parts"), m.get("log_parts")
    return all(isinstance(ps, list) for ps in parts) and all(
        isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("rows"), dict)
        and isinstance(p.get("sizes"), dict) for ps in parts for p in ps)


def manifest_damaged(store_dir: Path) -> bool:
    """manifest.json is there but unreadable or malformed (a commit record then says the version)."""
    path = Path(store_dir) / MANIFEST
    if not path.exists():
        return False
    m = _load_json(path)
    return m is None or not _well_formed(m)


def read_manifest(store_dir: Path) -> dict | None:
    """The committed version: manifest.json, else the newest kept commit record (manifest.json deleted),
    else None. A store of the first format (one file per table) is read as one part."""
    store_dir = Path(store_dir)
    m = _load_json(store_dir / MANIFEST)
    if m is None or not _well_formed(m):
        m = None
        records = sorted((store_dir / COMMITS).glob("*.json")) if (store_dir / COMMITS).is_dir() else []
        for record in reversed(records):
            m = _load_json(record)
            if m is not None and _well_formed(m):
                break
            m = None
    if m is None:
        return None
    if m.get("format") != FORMAT:  # one file per table: store/<table>.parquet
        legacy = {t: f"{t}.parquet" for t in TABLES if (store_dir / f"{t}.parquet").exists()}
        m = {**empty_manifest(), "content_hash": m.get("content_hash", ""), "rows": m.get("rows", {}),
             "legacy": legacy}
    return m


def manifest_files(m: dict, table: str) -> list[str]:
    """A table's files in a version, relative to the store, in commit order."""
    if m.get("legacy", {}).get(table):
        return [m["legacy"][table]]
    return [f"{table}/{p['id']}.parquet" for p in m.get("log_parts" if table == LOG else "parts", [])
            if p["sizes"].get(table) is not None]


def every_part(m: dict) -> list[dict]:
    """A version's data parts and log parts (both {"id", "rows": {table: n}, "sizes": {table: bytes}})."""
    return [*m.get("parts", []), *m.get("log_parts", [])]


def version_files(m: dict) -> set[str]:
    """Every file a version lists, relative to the store."""
    return {f for p in every_part(m) for f in part_files(p)} | set(m.get("legacy", {}).values())


def table_files(store_dir: Path, table: str, manifest: dict | None = None) -> list[Path]:
    m = manifest if manifest is not None else read_manifest(store_dir)
    return [Path(store_dir) / f for f in manifest_files(m, table)] if m else []


def fingerprint(store_dir: Path) -> str:
    """The committed version's content hash ('' when there is no manifest.json): what the app caches on."""
    m = _load_json(Path(store_dir) / MANIFEST)
    return (m or {}).get("content_hash", "")


def damaged_parts(store_dir: Path, m: dict, deep: bool = False) -> dict[str, dict[str, str]]:
    """Part id → {table: what is wrong} for every listed file that is missing, cut short or grown (its size is
    in the manifest, so this costs one stat per file); with `deep`, also every file whose bytes no longer
    match their checksum (damaged in place at the same size: read whole, so only on a failed read)."""
    out: dict[str, dict[str, str]] = {}
    for part in every_part(m):
        sums = part.get("sums", {})
        for table, size in part["sizes"].items():
            path = part_file(store_dir, table, part["id"])
            try:
                actual = path.stat().st_size
            except OSError:
                out.setdefault(part["id"], {})[table] = f"{table}/{path.name} is missing"
                continue
            if actual != size:
                out.setdefault(part["id"], {})[table] = f"{table}/{path.name} is damaged ({actual} bytes, {size} written)"
            elif deep and table in sums and file_sum(path) != sums[table]:
                out.setdefault(part["id"], {})[table] = f"{table}/{path.name} is damaged (its bytes changed; same size)"
    return out


def without_damaged(m: dict, damaged: dict[str, dict[str, str]]) -> dict:
    """The manifest less its damaged parts: what can still be read whole."""
    return {**m, "parts": [p for p in m.get("parts", []) if p["id"] not in damaged],
            "log_parts": [p for p in m.get("log_parts", []) if p["id"] not in damaged]}


def store_problems(store_dir: Path, deep: bool = False) -> dict[str, str]:
    """What makes the store untrustworthy: a listed file missing, cut short or replaced (its size is in the
    manifest, so this costs one stat per file), a damaged table of the first format, or part files with no
    manifest and no commit record to say which of them are live."""
    store_dir = Path(store_dir)
    m = read_manifest(store_dir)
    problems: dict[str, str] = {}
    if m is None:
        if any(any(d.glob("*.parquet")) for d in _table_dirs(store_dir)):
            problems["manifest"] = "manifest.json and every commit record are missing or unreadable"
        else:
            problems.update(legacy_problems(store_dir))
        return problems
    if m.get("legacy"):
        return legacy_problems(store_dir)
    if manifest_damaged(store_dir):
        problems["manifest"] = "manifest.json is damaged (the newest commit record still says the version)"
    for tables in damaged_parts(store_dir, m, deep).values():
        for table, what in tables.items():
            problems.setdefault(table, what)
    return problems


def legacy_problems(store_dir: Path) -> dict[str, str]:
    problems, rows = {}, {}
    for table in TABLES:
        path = store_dir / f"{table}.parquet"
        if not path.exists():
            continue
        try:
            if path.stat().st_size == 0:
                raise ValueError("the file is empty (0 bytes)")
            rows[table] = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # pyarrow raises several kinds for a damaged file
            problems[table] = f"{path.name} is damaged ({exc.__class__.__name__}: {str(exc)[:120]})"
    if "articles" not in rows and "articles" not in problems and any(rows.get(t) for t in EXTRACTED_TABLES[1:]):
        problems["articles"] = "articles.parquet is missing while the fact tables hold rows"
    return problems


# ------------------------------------------------------------------------------------------- reading

def conform(table: str, df: "pd.DataFrame") -> "pd.DataFrame":
    """Exactly the table's columns and dtypes (a part written by an older version gains new columns)."""
    cols = TABLES[table]
    return df.reindex(columns=list(cols)).astype(cols)


_ARROW_TYPES = {"string": pa.large_string(), "Int64": pa.int64(), "float64": pa.float64(), "boolean": pa.bool_()}


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    """The table's columns as Arrow types (what pandas' string, Int64, float64 and boolean become)."""
    return pa.schema([pa.field(c, _ARROW_TYPES[t]) for c, t in TABLES[table].items()])


def as_arrow(table: str, rows: "list[dict] | pa.Table | pd.DataFrame") -> pa.Table:
    """Rows (dicts as the extractors make them, an Arrow table or a DataFrame) with exactly the table's
    columns and types."""
    schema = arrow_schema(table)
    if isinstance(rows, list):
        return pa.Table.from_pylist(rows, schema=schema)
    if not isinstance(rows, pa.Table):
        rows = pa.Table.from_pandas(conform(table, rows), preserve_index=False)
    for field in schema:
        if field.name not in rows.column_names:
            rows = rows.append_column(field, pa.nulls(len(rows), field.type))
    return rows.select(schema.names).cast(schema).replace_schema_metadata(None)


def arrow_table(store_dir: Path, table: str, columns: list[str], manifest: dict | None = None,
                having: dict[str, Iterable] | None = None) -> pa.Table:
    """The named columns of a table across its parts (a column a part lacks comes back null). `having`
    keeps only rows whose value in one of the given columns is among the given values (so a driver reads
    the few stored rows it needs, not whole columns into Python)."""
    import pyarrow.compute as pc
    schema = arrow_schema(table)
    want = pa.schema([schema.field(c) for c in columns])
    wanted = {c: pa.array(list(v), type=schema.field(c).type) for c, v in (having or {}).items()}
    read = list(dict.fromkeys([*columns, *wanted]))
    pieces = []
    for path in table_files(store_dir, table, manifest):
        have = set(pq.read_schema(path).names)
        t = pq.read_table(path, columns=[c for c in read if c in have])
        for c in read:
            if c not in have:
                t = t.append_column(schema.field(c), pa.nulls(len(t), schema.field(c).type))
        if wanted:
            keep = None
            for c, values in wanted.items():
                m = pc.is_in(t.column(c), value_set=values)
                keep = m if keep is None else pc.or_(keep, m)
            t = t.filter(pc.fill_null(keep, False))
        pieces.append(t.select(columns).cast(want))
    if not pieces:
        return want.empty_table()
    table_ = pa.concat_tables(pieces)
    if table == LOG and "file" in columns:  # the latest row of each file
        last = {f: i for i, f in enumerate(table_.column("file").to_pylist())}
        table_ = table_.take(pa.array(sorted(last.values()), type=pa.int64()))
    return table_


def read_columns(store_dir: Path, table: str, columns: list[str], manifest: dict | None = None,
                 having: dict[str, Iterable] | None = None) -> "pd.DataFrame":
    """The named columns as a DataFrame with the table's dtypes (for tests, exports and users of pandas)."""
    df = arrow_table(store_dir, table, columns, manifest, having).to_pandas()
    return df.reindex(columns=columns).astype({c: TABLES[table][c] for c in columns}).reset_index(drop=True)


def read_parquet(store_dir: Path) -> dict[str, "pd.DataFrame"]:
    """Every table of the store; a table not written yet comes back empty with its columns."""
    m = read_manifest(store_dir)
    return {name: read_columns(store_dir, name, list(TABLES[name]), m) for name in TABLES}


# ------------------------------------------------------------------------------------------- writing

class PartWriter:
    """Streams one part's tables into their files (invisible until a commit lists the part)."""

    def __init__(self, store_dir: Path, part_id: str) -> None:
        self.store_dir, self.id = Path(store_dir), part_id
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pa.Table]] = {}
        self.rows: dict[str, int] = {}

    def write(self, table: str, rows: "list[dict] | pa.Table | pd.DataFrame") -> None:
        t = as_arrow(table, rows)
        if not len(t):
            return
        self._pending.setdefault(table, []).append(t)
        self.rows[table] = self.rows.get(table, 0) + len(t)
        if sum(map(len, self._pending[table])) >= ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS):
            self._flush(table)

    def _flush(self, table: str) -> None:
        pending = self._pending.pop(table, [])
        if not pending:
            return
        if table not in self._writers:
            path = part_file(self.store_dir, table, self.id)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._writers[table] = pq.ParquetWriter(path, arrow_schema(table))
        t = pa.concat_tables(pending)
        self._writers[table].write_table(t, row_group_size=len(t))

    def close(self) -> dict:
        """The part as a manifest lists it: its id, rows and file sizes per table."""
        for table in list(self._pending):
            self._flush(table)
        for w in self._writers.values():
            w.close()
        sizes, sums = _stamped(self.store_dir, self.id, self._writers)
        return {"id": self.id, "rows": dict(self.rows), "sizes": sizes, "sums": sums}

    def abort(self) -> None:
        """Drop the half-written part; its files go even when closing fails (a full disk)."""
        for w in self._writers.values():
            try:
                w.close()
            except Exception:  # noqa: BLE001 - the file is discarded anyway
                pass
        for table in self._writers:
            part_file(self.store_dir, table, self.id).unlink(missing_ok=True)


def write_part(store_dir: Path, part_id: str, tables: dict[str, "list[dict] | pa.Table"]) -> dict:
    writer = PartWriter(store_dir, part_id)
    try:
        for table, rows in tables.items():
            writer.write(table, rows)
        return writer.close()
    except BaseException:
        writer.abort()
        raise


def add_table_to_part(store_dir: Path, part: dict, table: str, rows: "list[dict] | pa.Table") -> dict:
    """The part with one more table written (events are keyed across articles, so written at commit)."""
    extra = write_part(store_dir, part["id"], {table: rows})
    return {"id": part["id"], "rows": {**part["rows"], **extra["rows"]}, "sizes": {**part["sizes"], **extra["sizes"]},
            "sums": {**part.get("sums", {}), **extra.get("sums", {})}}


def part_files(part: dict) -> list[str]:
    return [f"{t}/{part['id']}.parquet" for t in part.get("sizes", {})]


def remove_part(store_dir: Path, part: dict) -> None:
    """Delete the files of a part no version lists (written by a run that failed or dropped it)."""
    for name in part_files(part):
        (Path(store_dir) / name).unlink(missing_ok=True)


def tier(part: dict) -> int | None:
    """Parts by size: 1–15 articles tier 0, 16–255 tier 1, 256–4,095 tier 2, 4,096–20,000 tier 3; larger
    ones (merged ones among them) never merge."""
    n = part["rows"].get("articles", 0)
    return None if n > MERGE_UP_TO else int(math.log(max(n, 1), MERGE_FANIN))


def merge_plan(parts: list[dict]) -> list[dict] | None:
    """The parts to merge next: the first sixteen of the lowest tier that has sixteen, else None."""
    tiers: dict[int, list[dict]] = {}
    for part in parts:
        t = tier(part)
        if t is not None:
            tiers.setdefault(t, []).append(part)
    return next((ps[:MERGE_FANIN] for _, ps in sorted(tiers.items()) if len(ps) >= MERGE_FANIN), None)


# How a rewritten part's rows lie: by the province a page filters on, then by date, so that row-group
# statistics let a one-province query skip most of the file (one-province queries ~2× faster at 1M).
CLUSTER_BY = {"articles": "primary_province, issue_date, source, position",
              "keywords": "primary_province, issue_date, article_id, keyword"}
CLUSTER_FACTS = "province, issue_date, article_id, start"
SORT_THREADS = {"articles": 1}  # rows carrying whole texts: two sorting threads overran the memory limit
# sorted rows prune only if a province spans few groups: smaller groups than a batch writes (one-province
# figures 0.055 → 0.032 s at 1M with 32,768-row groups)
CLUSTERED_GROUP_ROWS = 32_768
REWRITE_MEMORY = "1GB"  # DuckDB sorts within this and spills the rest to a temporary folder


def rewrite_parts(store_dir: Path, parts: list[dict], part_id: str, drop: Iterable[str] = (),
                  tables: Iterable[str] = EXTRACTED_TABLES) -> dict | None:
    """One part holding the given tables' rows of the given parts, less the rows of the articles in `drop`
    (event keys kept), clustered by CLUSTER_BY; None when no article is left. DuckDB reads, sorts and
    writes each table within REWRITE_MEMORY, so a merge of 320,000 articles never holds their texts."""
    import shutil

    import duckdb

    from etl.schema import SQL_TYPES
    spill = tempfile.mkdtemp(prefix="union_rewrite_")
    con = duckdb.connect(config={"memory_limit": REWRITE_MEMORY, "temp_directory": spill})
    con.execute("SET enable_progress_bar = false")  # a library call prints nothing
    written: dict[str, Path] = {}
    try:
        con.execute("CREATE TEMP TABLE gone AS SELECT unnest($ids::VARCHAR[]) AS article_id",
                    {"ids": sorted(set(drop))})
        rows: dict[str, int] = {}
        for table in tables:
            files = [str(part_file(store_dir, table, p["id"])) for p in parts if table in p["sizes"]]
            if not files:
                continue
            source = "read_parquet([" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + \
                     "], union_by_name = true)"
            have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
            cols = ", ".join(f'CAST("{c}" AS {SQL_TYPES[t]}) AS "{c}"' if c in have else
                             f'CAST(NULL AS {SQL_TYPES[t]}) AS "{c}"' for c, t in TABLES[table].items())
            out = part_file(store_dir, table, part_id)
            written[table] = out
            group = ROW_GROUP_ROWS.get(table, CLUSTERED_GROUP_ROWS)
            order = CLUSTER_BY.get(table, CLUSTER_FACTS)
            con.execute(f"SET threads = {SORT_THREADS.get(table, os.cpu_count() or 1)}")
            n = con.execute(f"""COPY (SELECT {cols} FROM {source} WHERE article_id NOT IN (SELECT article_id FROM gone)
                                ORDER BY {order})
                                TO '{str(out).replace("'", "''")}' (FORMAT parquet, ROW_GROUP_SIZE {group})""").fetchone()[0]
            if n:
                rows[table] = int(n)
            else:
                out.unlink(missing_ok=True)
                del written[table]
        if not rows.get("articles"):
            for out in written.values():
                out.unlink(missing_ok=True)
            return None
        sizes, sums = _stamped(store_dir, part_id, written)
        return {"id": part_id, "rows": rows, "sizes": sizes, "sums": sums}
    except BaseException:
        for out in written.values():
            out.unlink(missing_ok=True)
        raise
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def write_log_part(store_dir: Path, part_id: str, rows: "list[dict] | pa.Table") -> dict:
    path = part_file(store_dir, LOG, part_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    t = as_arrow(LOG, rows)
    pq.write_table(t, path)
    sizes, sums = _stamped(store_dir, part_id, [LOG])
    return {"id": part_id, "rows": {LOG: len(t)}, "sizes": sizes, "sums": sums}


def commit(store_dir: Path, old: dict, parts: list[dict], log_parts: list[dict]) -> dict:
    """Make `parts` and `log_parts` the store's new version: one atomic rename of manifest.json (and a
    commit record), then the files `old` listed that the new version does not (and any `old["retired"]`
    names: a repair's superseded files) removed at once."""
    store_dir = Path(store_dir)
    live = version_files({"parts": parts, "log_parts": log_parts})
    superseded = (version_files(old) | {r["file"] for r in old.get("retired", [])}) - live
    rows = {t: sum(p["rows"].get(t, 0) for p in parts) for t in EXTRACTED_TABLES}
    m = {"format": FORMAT, "version": old.get("version", 0) + 1, "parts": parts, "log_parts": log_parts}
    rows[LOG] = len(arrow_table(store_dir, LOG, ["file"], m))
    # the fingerprint the app caches on changes with every commit (a rules change that relabels rows keeps
    # counts and documents alike)
    h = hashlib.sha1(ETL_VERSION.encode())
    for name in sorted(live):
        h.update(name.encode())
    h.update(os.urandom(8))
    m.update(content_hash=h.hexdigest(), updated=dt.datetime.now().isoformat(timespec="seconds"), rows=rows)
    data = json.dumps(m, ensure_ascii=False, indent=1).encode()
    atomic_write(store_dir / COMMITS / f"{m['version']:06d}.json", data)
    atomic_write(store_dir / MANIFEST, data)
    # committed: what follows only tidies up, and must never make the caller undo the commit
    try:
        for name in sorted(superseded):
            (store_dir / name).unlink(missing_ok=True)
        for record in sorted((store_dir / COMMITS).glob("*.json"))[:-KEEP_COMMITS]:
            record.unlink(missing_ok=True)
    except OSError:
        pass  # the next writer's start removes them (files no version lists)
    return m


def file_gone(exc: BaseException) -> bool:
    """A read failed because a file it was to read is not there (removed by a newer commit)."""
    return isinstance(exc, FileNotFoundError) or any(
        s in str(exc) for s in ("No files found that match the pattern", "No such file or directory"))


def read_newest(store_dir: Path, read: Callable[[], T], attempts: int = 50) -> T:
    """`read()` of the store as committed; when a file it was opening is gone and either a newer version was
    committed meanwhile or every file of the committed version is there, a commit removed it (the files a
    version supersedes go as soon as it lands) and the read starts again on the newer version — as often as
    writers keep committing while it reads. A file of the committed version missing, with no commit since, is
    damage, and raised."""
    for attempt in range(attempts):
        before = (read_manifest(store_dir) or {}).get("version")
        try:
            return read()
        except Exception as exc:
            m = read_manifest(store_dir)
            superseded = m is not None and (m.get("version") != before or all(
                (Path(store_dir) / f).exists() for f in version_files(m)))
            if attempt == attempts - 1 or not file_gone(exc) or not superseded:
                raise
    raise AssertionError("unreachable")


def remove_stale_temporaries(store_dir: Path) -> list[Path]:
    """What a killed or failed run left behind (call under the store's lock): temporary files, and part
    files that no version lists (written by a run that never committed)."""
    store_dir = Path(store_dir)
    removed = []
    m = read_manifest(store_dir)
    known = set()
    if m is not None:
        known = version_files(m)
    for folder in [store_dir, *_table_dirs(store_dir), store_dir / COMMITS]:
        for tmp in folder.glob(f".*{TMP_SUFFIX}"):
            removed.append(tmp)
    if m is not None:  # without a manifest nothing can tell a leftover from a live file
        for folder in _table_dirs(store_dir):
            removed.extend(p for p in folder.glob("*.parquet") if f"{folder.name}/{p.name}" not in known)
    out = []
    for path in removed:
        try:
            path.unlink()
            out.append(path)
        except OSError:
            pass
    return out


def upgrade_legacy(store_dir: Path, m: dict) -> dict:
    """A store of the first format (one file per table) becomes one part and one log part, by renaming
    its files (nothing is rewritten)."""
    store_dir = Path(store_dir)
    part_id, sizes, rows = new_part_id(0), {}, {}
    log_parts = []
    for table, name in m["legacy"].items():
        target = part_file(store_dir, table, part_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(store_dir / name, target)
        n = pq.ParquetFile(target).metadata.num_rows
        if table == LOG:
            log_parts.append({"id": part_id, "rows": {LOG: n}, "sizes": {LOG: target.stat().st_size}})
        elif n:
            sizes[table], rows[table] = target.stat().st_size, n
        else:
            target.unlink()
    parts = [{"id": part_id, "rows": rows, "sizes": sizes}] if rows else []
    return commit(store_dir, {**empty_manifest(), "version": 0}, parts, log_parts)
