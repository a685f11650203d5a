"""Command line: python -m etl INPUT... --out DIR [--store DIR].

Reads files and folders, extracts every table, writes the CSV export (see
../shared/CONTRACT.md) and, with --store, the Parquet store the dashboard
reads. A file that cannot be read is reported by name with the reason and
logged in ingest_log.csv; the rest of the batch goes on. The exit status is
non-zero only when no input could be processed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from etl.store import StoreError
from etl.store.batch import display_name
from etl.store.ingest import ingest_items, run_ingest


def _input(arg: str) -> Path | str:
    return arg if "://" in arg else Path(arg)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl", description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=_input, help="text files or folders (read recursively), or fsspec URLs")
    ap.add_argument("--out", type=Path, default=None, help="folder for the CSV export (needed with inputs)")
    ap.add_argument("--store", type=Path, default=None, help="also write the Parquet store here (e.g. data/store)")
    ap.add_argument("--workers", type=int, default=None,
                    help="processes on this machine (default: all cores for a batch big enough to gain, else 1)")
    ap.add_argument("--dask", metavar="ADDRESS", default=None,
                    help="run the extraction on a Dask cluster: a scheduler address (tcp://host:8786), or "
                         "local[:N] for a local cluster of N worker processes")
    ap.add_argument("--issue-date", type=dt.date.fromisoformat, default=None,
                    help="issue date (YYYY-MM-DD) for files whose name carries none")
    ap.add_argument("--verify", action="store_true",
                    help="with --store: check every store file's bytes against its checksum and repair what is "
                         "damaged (only the damaged parts, from their sources); inputs are optional")
    ap.add_argument("--paper", default=None, metavar="NAME",
                    help="with --store: the paper's name (报纸名) for articles whose news line, page header and file "
                         "name give none; kept as an article correction, so it survives re-extraction")
    ap.add_argument("--export-corrections", type=Path, metavar="FILE", default=None,
                    help="with --store: write the store's corrections ledger as JSON Lines (../shared/CONTRACT.md)")
    ap.add_argument("--import-corrections", type=Path, metavar="FILE", default=None,
                    help="with --store: apply a corrections file (its own exports, or lines with the contract's keys)")
    args = ap.parse_args(argv)
    review = args.export_corrections or args.import_corrections
    if (args.verify or review or args.paper) and args.store is None:
        ap.error("--verify, --paper, --export-corrections and --import-corrections need --store DIR")
    if not args.inputs and args.store is not None and (args.verify or review or args.out is not None):
        code = _verify(args.store) if args.verify else 0
        if code == 0 and review:
            code = _corrections(args.store, args.import_corrections, args.export_corrections)
        if code == 0 and args.out is not None:  # the store as it is now, corrections applied
            code = _export(args.store, args.out)
        return code
    if not args.inputs or args.out is None:
        ap.error("give the input files or folders and --out DIR (or --store DIR with --verify, --out or a "
                 "corrections file)")

    missing = [p for p in args.inputs if isinstance(p, Path) and not p.exists()]
    for p in missing:
        print(f"{p}: no such file or folder", file=sys.stderr)
    inputs = [p for p in args.inputs if p not in missing]
    if args.dask and not args.dask.startswith("local") and args.store is None:
        print("--dask with a scheduler address needs --store DIR on a filesystem the workers share", file=sys.stderr)
        return 2
    try:
        if args.dask:
            from etl.store.cluster import dask_runner
            with dask_runner(args.dask) as (runner, cores):
                result = run_ingest(inputs, out_dir=args.out, store_dir=args.store, workers=cores,
                                    issue_date=args.issue_date, runner=runner)
        else:
            result = run_ingest(inputs, out_dir=args.out, store_dir=args.store, workers=args.workers,
                                issue_date=args.issue_date)
    except ValueError as exc:  # a malformed --dask
        print(str(exc), file=sys.stderr)
        return 2
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    log = result.log_rows
    if not log:
        print("no input files found (looked for .txt .md .html .htm .docx .pdf .zip)", file=sys.stderr)
        return 1
    if args.paper and args.store is not None:
        from etl.review.settings import set_paper
        named = set_paper(args.store, [r["file"] for r in log if r["status"] != "error"], args.paper)
        print(f"paper: {named} article(s) that named none are now {args.paper} (a correction in the ledger)")
    names = [display_name(Path(r["file"]).name) for r in log]
    width = max([len(n) for n in names] + [4])
    print(f"{'file':<{width}}  {'status':<7} {'articles':>8}  message")
    for name, r in zip(names, log):
        print(f"{name:<{width}}  {r['status']:<7} {int(r['articles'] or 0):>8}  {display_name(str(r['message']))}")
    counts = result.row_counts()
    print("rows: " + ", ".join(f"{t} {counts.get(t, 0)}" for t in ("articles", "locations", "events", "awards",
                                                                  "funding")) + f"  → {args.out}")
    statuses = Counter(r["status"] for r in log)
    print(f"extracted {result.extracted} file(s); " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))
    if not sum(v for k, v in statuses.items() if k != "error"):
        print("nothing could be processed", file=sys.stderr)
        return 1
    return 0


def _corrections(store: Path, import_from: Path | None, export_to: Path | None) -> int:
    """`--import-corrections FILE` then `--export-corrections FILE`: what was applied, line by line problems."""
    from etl.review import LedgerError
    from etl.review.transfer import export_file, import_file
    try:
        if import_from is not None:
            report = import_file(store, import_from)
            for problem in report.problems:
                print(problem, file=sys.stderr)
            print(report.summary(str(import_from)))
            if report.problems and not report.added and not report.already:
                return 1
        if export_to is not None:
            print(f"{export_to}: 导出 {export_file(store, export_to)} 条核对记录")
    except (LedgerError, StoreError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def _export(store: Path, out: Path) -> int:
    """`--store DIR --out DIR` with no inputs: the CSV export of the store, corrections applied."""
    from etl.store import read_manifest
    from etl.store.export import CONTRACT_TABLES, export_csv_from_store
    from etl.store.ingest import EXPORT_TABLES
    if read_manifest(store) is None:
        print(f"{store}: no store here (give input files to build one)", file=sys.stderr)
        return 1
    if out.exists() and not out.is_dir():
        print(f"--out {out} 是一个文件，不是文件夹：请给出导出 CSV 的文件夹。", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    export_csv_from_store(store, out, EXPORT_TABLES)
    print(f"exported {', '.join(CONTRACT_TABLES)} (corrections applied) → {out}")
    return 0


def _verify(store: Path) -> int:
    """`--store DIR --verify`: every file checked byte for byte, the damaged parts repaired; says what it found."""
    from etl.store import MANIFEST, read_manifest, store_problems
    damaged = store_problems(store, deep=True)
    if not (store / MANIFEST).exists() and read_manifest(store) is not None:
        damaged["manifest"] = "manifest.json is missing (the newest commit record says the version)"
    if not damaged:
        print(f"{store}: every file matches its checksum; nothing to repair")
        return 0
    for what in damaged.values():
        print(f"damaged: {what}")
    try:
        result = ingest_items([], store_dir=store, verify=True)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for r in result.log_rows:
        if r["status"] in ("warning", "error"):
            print(f"{r['status']}: {display_name(str(r['message']))}")
    left = store_problems(store, deep=True)
    print("repaired" if not left else f"still damaged: {'; '.join(left.values())}")
    return 0 if not left else 1
