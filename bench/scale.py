"""A large store from a real one: every part of a bench store copied k times with shifted ids and dates.

Extraction speed is measured on real text elsewhere; what a 1,000,000-article store tests is the store and
the dashboard, so its rows are the real rows of the source store, each copy's ids, document hashes, event
keys and file names prefixed with the copy's number and its dates moved back by 8 days per copy: more than
the week within which two reports are one event, so copies read as later reports of the archive, not as
duplicates of one day, and the archive spans what a real one does (100 copies of a ten-year corpus: about twelve
years; copies 7 years apart had made a 100,000-article store 700 years long, and past some 300 copies dates
before year 1). The parts are then merged as the ingest merges them.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.store import (
    LOG,
    commit,
    empty_manifest,
    merge_plan,
    new_part_id,
    part_file,
    read_manifest,
    remove_part,
    rewrite_parts,
    write_log_part,
)

DAYS_PER_COPY = 8
ID_COLUMNS = ("article_id", "doc_hash", "event_key", "source", "file", "hash")
DATE_COLUMNS = ("issue_date", "date_start", "date_end")
YEAR_COLUMNS = ("year",)


def _shift_dates(col: pa.ChunkedArray, days: int) -> pa.ChunkedArray:
    """ISO dates (YYYY-MM-DD, or longer with a time: the date part is moved) moved back by `days` ('' stays '')."""
    text = pc.cast(col, pa.string())
    blank = pc.fill_null(pc.equal(text, ""), True)
    filled = pc.if_else(blank, pa.scalar("2000-01-01"), pc.utf8_slice_codeunits(text, 0, 10))  # blanks parse
    when = pc.cast(pc.cast(filled, pa.date32()), pa.int32())
    moved = pc.strftime(pc.cast(pc.cast(pc.subtract(when, days), pa.int32()), pa.date32()), format="%Y-%m-%d")
    moved = pc.binary_join_element_wise(moved, pc.utf8_slice_codeunits(text, 10, 64), "")
    return pc.if_else(blank, text, moved).cast(col.type)


def _copy_table(t: pa.Table, k: int) -> pa.Table:
    days = DAYS_PER_COPY * k
    years = days // 365  # an honour's year moves with its copy's dates, by whole years
    for name in t.column_names:
        col = t.column(name)
        if name in ID_COLUMNS:
            new = pc.if_else(pc.is_null(col), col, pc.binary_join_element_wise(pa.scalar(f"x{k}", col.type), col, pa.scalar("-", col.type)))
        elif name in DATE_COLUMNS:
            new = _shift_dates(col, days)
        elif name in YEAR_COLUMNS:
            new = pc.subtract(col, pa.scalar(years, col.type))
        else:
            continue
        t = t.set_column(t.column_names.index(name), name, new.cast(col.type))
    return t


def scale_store(source: Path, target: Path, copies: int) -> dict:
    """Write `target` as `copies` copies of the store at `source` (copy 0 is the source's rows as they are)."""
    m = read_manifest(source)
    if m is None:
        raise ValueError(f"{source}: no store there")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    parts, logs = [], []
    for k in range(copies):
        for part in m["parts"]:
            pid = new_part_id(k)
            sizes = {}
            for table in part["sizes"]:
                src = part_file(source, table, part["id"])
                dst = part_file(target, table, pid)
                dst.parent.mkdir(parents=True, exist_ok=True)
                if k == 0:
                    shutil.copyfile(src, dst)
                else:
                    pf = pq.ParquetFile(src)
                    with pq.ParquetWriter(dst, pf.schema_arrow) as writer:
                        for rg in range(pf.num_row_groups):  # a row group at a time: texts never all in memory
                            writer.write_table(_copy_table(pf.read_row_group(rg), k))
                sizes[table] = dst.stat().st_size
            parts.append({"id": pid, "rows": dict(part["rows"]), "sizes": sizes})
        logs += [_copy_table(pq.read_table(part_file(source, LOG, lp["id"])), k) if k else
                 pq.read_table(part_file(source, LOG, lp["id"])) for lp in m["log_parts"]]
    # one log part, as an ingest keeps few of them (the latest row of a file wins, so copies keep their order)
    log_parts = [write_log_part(target, new_part_id(copies), pa.concat_tables(logs, promote_options="default"))]
    # merged as an ingest of these parts would merge them (a store fed batch by batch keeps few files)
    while (group := merge_plan(parts)) is not None:
        merged = rewrite_parts(target, group, new_part_id(copies))
        for part in group:
            remove_part(target, part)  # never committed
        ids = {p["id"] for p in group}
        parts = [p for p in parts if p["id"] not in ids] + [merged]
    return commit(target, empty_manifest(), parts, log_parts)
