"""Accuracy: Accuracy against hand-checked gold: per-set and pooled F1, and every point lost with its evidence.

    python -m etl.evaluate                          # every set in ../shared/gold/sets.json
    python -m etl.evaluate --sets my_sets.json      # your own index of gold sets
    python -m etl.evaluate --gold my_gold.json --input my_pages/   # one gold file of your own
    python -m etl.evaluate --findings events        # list misses/extras of one task (or: all)
    python -m etl.evaluate --part dev               # only the tuning split (what rule work may read)
    python -m etl.evaluate --from-corrections STORE [--gold-out FILE]   # the office's checked articles as gold

The newest sets (`SPLIT_SETS`) are split by a hash of each file name: a third is held out
(`held_out`), never read while rules are tuned, and the table reports dev and held-out side by side.

A gold file labels a sample of an archive by hand (format: ../shared/gold/README.md);
a research office that labels 20 of its own pages this way sees how far the
tables can be trusted on its archive before quoting them.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import math
import sys
from pathlib import Path

from etl.evaluate.scoring import REPORTED, Count, Score, score
from etl.read import date_from_name, iter_input_files
from etl.store.batch import extract_one, read_payload
from etl.store.ingest import expand_inputs

DEFAULT_SETS = Path(__file__).resolve().parents[3] / "shared" / "gold" / "sets.json"
# sets that came after the rules were written: a third of their articles is held out from tuning
SPLIT_SETS = frozenset({"dev_rmrb_c", "dev_prov"})
SPLITS = ("all", "dev", "heldout")


def held_out(file_name: str) -> bool:
    """Whether a gold article belongs to the held-out split (fixed by its file name, about one in three)."""
    return hashlib.sha1(("heldout:" + file_name).encode("utf-8")).digest()[0] % 3 == 0


def split_gold(gold: dict, split: str) -> dict:
    """The documents of a one-article gold file that fall in `split` ('all', 'dev' or 'heldout')."""
    if split == "all" or "documents" not in gold:
        return gold
    keep = [d for d in gold["documents"] if held_out(d["file"]) == (split == "heldout")]
    return dict(gold, documents=keep)


def _cell(v: object) -> str:
    """A value as the CSV export writes it."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v)


def extract_tables(paths: list[Path]) -> dict[str, list[dict]]:
    """Run the ETL in-process over files and folders; rows as CSV-like strings."""
    tables: dict[str, list[dict]] = {}
    files, _refused = expand_inputs([(str(f), f) for f in iter_input_files(paths)])
    for name, payload in files:
        rows, _log = extract_one(name, read_payload(payload))
        for table, items in rows.items():
            tables.setdefault(table, []).extend({k: _cell(v) for k, v in r.items()} for r in items)
    return tables


def _inputs(base: Path, spec: dict, gold: dict, split: str = "all") -> list[Path]:
    items = spec["input"] if isinstance(spec["input"], list) else [spec["input"]]
    paths = [(base / i).resolve() for i in items]
    if spec.get("only_gold_files"):
        return [paths[0] / d["file"] for d in gold["documents"]]
    if split != "all":
        return [p / d["file"] if p.is_dir() else p for p in paths for d in gold["documents"]
                if p.is_dir() or p.name == d["file"]]
    return paths


def as_pdf_tables(paths: list[Path]) -> dict[str, list[dict]]:
    """The tables of the one-article files under `paths` each printed as a newspaper PDF page (etl.evaluate.
    pdfpages) and read back as a PDF; sources keep the text file's name, so the gold matches them. Files that are
    not one article (a whole page) are left out."""
    import tempfile

    from etl.evaluate.compose import split_article
    from etl.evaluate.pdfpages import page_html, print_pdf
    from etl.read import read_source
    pdfs, names = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for f in iter_input_files(paths):
            article = split_article(f.name, read_source(f).text)
            if article is None:
                continue
            pdf = Path(tmp) / (f.stem + ".pdf")
            print_pdf(page_html([article], seed=len(pdfs), date=date_from_name(f.name)), pdf)
            names[str(pdf)] = f.name
            pdfs.append(pdf)
        tables = extract_tables(pdfs)
    for r in tables.get("articles", []):
        r["source"] = names.get(r["source"], r["source"])
    return tables


def score_set(base: Path, spec: dict, split: str = "all", as_pdf: bool = False) -> Score:
    """Score one gold set; for a set in SPLIT_SETS, `split` picks its dev or held-out articles; `as_pdf` reads
    each of its one-article files printed as a PDF page instead."""
    gold = json.loads((base / spec["gold"]).read_text(encoding="utf-8"))
    split = split if spec["name"] in SPLIT_SETS else "all"
    gold = split_gold(gold, split)
    inputs = _inputs(base, spec, gold, split)
    tables = as_pdf_tables(inputs) if as_pdf else extract_tables(inputs)
    golds = [gold]
    if spec.get("pages_gold_glob"):
        golds = [json.loads(Path(g).read_text(encoding="utf-8"))
                 for g in sorted(glob.glob(str(base / spec["pages_gold_glob"])))]
    total = Score()
    for g in golds:
        total.add(score(g, tables))
    return total


def one_article_files(folders: list[Path], split: str) -> list:
    """The one-article files of `folders` (etl.evaluate.compose.OneArticle) in one half ('train', 'test'), all,
    or the files `held_out` keeps from tuning ('heldout') or leaves to it ('dev')."""
    from etl.evaluate.compose import half, split_article
    from etl.read import read_source
    articles = []
    for folder in folders:
        for f in iter_input_files([folder]):
            a = split_article(f.name, read_source(f).text)  # decoded and converted as a user's file is
            if a and (split == "all" or half(a.name) == split if split in ("train", "test", "all")
                      else held_out(a.name) == (split == "heldout")):
                articles.append(a)
    return articles


def score_pdf_pages(folders: list[Path], split: str, seeds: int = 2) -> tuple[Score, float]:
    """Segmentation of newspaper PDF pages laid out from the one-article files (etl.evaluate.pdfpages) and read
    as a user's PDF is: pooled counts and the mean per-page F1."""
    import tempfile

    from etl.evaluate.pdfpages import compose_pdf_pages
    from etl.extract.pipeline import process_text
    from etl.read import read_source
    articles = one_article_files(folders, split)
    total, f1s = Score(), []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, seeds + 1):
            for path, gold in compose_pdf_pages(articles, Path(tmp), seed):
                rows = process_text(read_source(path)).tables()
                s = score(gold, {t: [{k: _cell(v) for k, v in r.items()} for r in rs] for t, rs in rows.items()})
                total.add(s)
                f1s.append(s.counts["segmentation"].f1)
    return total, (sum(f1s) / len(f1s) if f1s else 0.0)


def score_composed(folders: list[Path], split: str, per_page: int = 4, seeds: int = 3,
                   bare: bool = False, vary: str = "") -> tuple[Score, float]:
    """Segmentation of pages composed from the one-article files of `folders` (etl.evaluate.compose):
    pooled counts and the mean per-page F1 (the files as `one_article_files` splits them); `bare`: each file
    stripped of its byline, lead credit and dated opening first (compose.without_cues); `vary`: each file set in
    another paper's way first (compose.VARIATIONS)."""
    from etl.evaluate.compose import compose_pages, varied
    from etl.extract.pipeline import process_text
    from etl.read import SourceText
    articles = one_article_files(folders, split)
    for name in (["bare"] if bare else []) + ([vary] if vary else []):
        articles = varied(name, articles)
    total, f1s = Score(), []
    for seed in range(1, seeds + 1):
        for name, text, gold in compose_pages(articles, per_page, seed):
            rows = process_text(SourceText(name, text, "utf-8", None)).tables()
            s = score(gold, {t: [{k: _cell(v) for k, v in r.items()} for r in rs] for t, rs in rows.items()})
            total.add(s)
            f1s.append(s.counts["segmentation"].f1)
    return total, (sum(f1s) / len(f1s) if f1s else 0.0)


def table(results: list[tuple[str, Score]]) -> str:
    """Per-set F1 and the pooled line (tp/pred/gold added over sets before P/R/F1)."""
    short = {t: t.replace("_", " ")[:10] for t in REPORTED}
    lines = [f"{'set':<22}" + "".join(f"{short[t]:>11}" for t in REPORTED)]
    pooled = {t: Count() for t in REPORTED}
    for name, s in results:
        lines.append(f"{name:<22}" + "".join(f"{s.counts[t].f1:>11.2f}" for t in REPORTED))
        for t in REPORTED:
            pooled[t].add(s.counts[t])
    lines.append(f"{'POOLED F1':<22}" + "".join(f"{pooled[t].f1:>11.2f}" for t in REPORTED))
    lines.append("pooled tp/pred/gold: " + "  ".join(f"{t} {c.tp}/{c.pred}/{c.gold}" for t, c in pooled.items()))
    return "\n".join(lines)


def findings_text(results: list[tuple[str, Score]], task: str) -> str:
    out = []
    for name, s in results:
        for f in s.findings:
            if task in ("all", f.task):
                ev = f"\n      «{f.evidence[:160]}»" if f.evidence else ""
                out.append(f"[{name}] {f.task} {f.kind:<5} {f.article}: {f.what}{ev}")
    return "\n".join(out) or "(none)"


def _from_corrections(store: Path, gold_out: Path | None, findings: str | None) -> int:
    """The checked articles of a store as gold, and today's rules scored against them."""
    from etl.review.gold import gold_from_store
    gold = gold_from_store(store)
    if gold_out is not None:
        gold_out.write_text(json.dumps({k: v for k, v in gold.items() if k != "sources"}, ensure_ascii=False,
                                       indent=1), encoding="utf-8")
        print(f"{gold_out}: {len(gold['documents'])} checked file(s)")
    if not gold["documents"]:
        print(f"{store}: no checked file yet (a file counts once all its events, honours and funding rows are checked)")
        return 1
    missing = [s for s in gold["sources"] if not Path(s).exists()]
    for m in missing:
        print(f"{m}: source file not found; left out of the score", file=sys.stderr)
    present = [Path(s) for s in gold["sources"] if Path(s).exists()]
    kept = {Path(s).name for s in gold["sources"] if Path(s).exists()}
    gold = {**gold, "documents": [d for d in gold["documents"] if d["file"] in kept]}
    result = score(gold, extract_tables(present))
    print(table([(f"corrections of {store.name}", result)]))
    if findings:
        print(findings_text([(store.name, result)], findings))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=Path, nargs="*", default=None, help="index files listing gold sets (sets.json)")
    ap.add_argument("--gold", type=Path, help="one gold file of your own")
    ap.add_argument("--input", type=Path, nargs="*", default=[], help="the files/folders that --gold labels")
    ap.add_argument("--only", nargs="*", default=None, help="score only these set names")
    ap.add_argument("--findings", default=None, metavar="TASK", help="list what was lost on TASK (or 'all')")
    ap.add_argument("--part", default="both", choices=("both", "dev", "heldout", "all"),
                    help="dev: every set but the held-out third of SPLIT_SETS; heldout: that third; "
                         "both (default): the two tables side by side; all: no split")
    ap.add_argument("--json", action="store_true", help="per-set counts and findings as JSON")
    ap.add_argument("--compose", type=Path, nargs="*", default=None, metavar="FOLDER",
                    help="score segmentation on pages composed from these one-article files instead")
    ap.add_argument("--split", default="test", choices=("train", "test", "all", "dev", "heldout"),
                    help="with --compose: the half of the files to compose from (the model trains on 'train'), "
                         "or the files held out from tuning ('heldout') or not ('dev')")
    ap.add_argument("--bare", action="store_true",
                    help="with --compose: strip each file of its byline, lead credit and dated opening first, so only "
                         "headlines and words tell where a piece opens")
    ap.add_argument("--vary", default="", metavar="HOW",
                    help="with --compose: set each file in another paper's way first (bare, exclaimed, column, kicker, "
                         "byline, end-mark, source, source-top, dateline, subtitle, caption-top, editors-note, photo-mark), "
                         "or 'all' for a table of every way")
    ap.add_argument("--seeds", type=int, default=None,
                    help="with --compose: how many shuffles of the files to compose (3; PDF pages 2)")
    ap.add_argument("--pdf", action="store_true",
                    help="read the input as PDFs printed by headless Chromium: with --compose, the composed pages; "
                         "else each one-article file of the gold sets as a newspaper page (sets of whole pages skip)")
    ap.add_argument("--from-corrections", type=Path, default=None, metavar="STORE",
                    help="score the current rules on the articles reviewers checked in STORE (etl.review.gold)")
    ap.add_argument("--gold-out", type=Path, default=None, metavar="FILE",
                    help="with --from-corrections: also write that gold file (../shared/gold's schema)")
    args = ap.parse_args(argv)

    if args.from_corrections is not None:
        return _from_corrections(args.from_corrections, args.gold_out, args.findings)
    if args.compose is not None:
        folders = args.compose or [DEFAULT_SETS.parents[1] / "corpus" / "rmrb_2019_2020"]
        if args.pdf and (args.bare or args.vary):
            ap.error("--bare and --vary compose text pages only")
        if args.vary == "all":
            from etl.evaluate.compose import VARIATIONS
            seeds = args.seeds or 3
            for how in ("",) + VARIATIONS:
                _total, mean_f1 = score_composed(folders, args.split, seeds=seeds, vary=how)
                print(f"{how or 'as written':<12} segmentation mean F1 {mean_f1:.3f} ({args.split} half, {seeds} shuffles)")
            return 0
        if args.vary:
            from etl.evaluate.compose import VARIATIONS
            if args.vary not in VARIATIONS:
                ap.error(f"--vary: one of {', '.join(VARIATIONS)} or all")
        seeds = args.seeds or (2 if args.pdf else 3)
        total, mean_f1 = (score_pdf_pages(folders, args.split, seeds=seeds) if args.pdf
                          else score_composed(folders, args.split, seeds=seeds, bare=args.bare, vary=args.vary))
        c = total.counts["segmentation"]
        print(f"composed {'PDF ' if args.pdf else ''}{'bare ' if args.bare else ''}"
              f"{args.vary + ' ' if args.vary else ''}pages ({args.split} half, "
              f"{seeds} shuffles): segmentation mean F1 {mean_f1:.3f}, "
              f"pooled P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} ({c.tp}/{c.pred}/{c.gold})")
        if args.findings:
            print(findings_text([(args.split, total)], "segmentation"))
        return 0

    specs: list[tuple[Path, dict]] = []
    if args.gold:
        if not args.input:
            ap.error("--gold needs --input: the files or folders it labels")
        specs.append((Path.cwd(), {"name": args.gold.stem, "gold": str(args.gold.resolve()),
                                   "input": [str(p.resolve()) for p in args.input]}))
    else:
        indexes = args.sets or [DEFAULT_SETS]
        for index in indexes:
            if not index.exists():
                print(f"{index}: no such index of gold sets", file=sys.stderr)
                return 2
            for spec in json.loads(index.read_text(encoding="utf-8"))["sets"]:
                if args.only is None or spec["name"] in args.only:
                    specs.append((index.resolve().parent, spec))
    parts = {"both": ("dev", "heldout")}.get(args.part, (args.part,))
    results = []
    for part in parts:
        for base, spec in specs:
            if part == "heldout" and spec["name"] not in SPLIT_SETS:
                continue
            label = spec["name"] + ("" if part in ("all", "dev") or spec["name"] not in SPLIT_SETS else "·held-out")
            if part == "dev" and spec["name"] in SPLIT_SETS:
                label = spec["name"] + "·dev"
            results.append((label, score_set(base, spec, part, as_pdf=args.pdf)))
    if args.json:
        print(json.dumps({name: {"counts": {t: vars(c) for t, c in s.counts.items()},
                                 "findings": [vars(f) for f in s.findings]} for name, s in results},
                         ensure_ascii=False, indent=1))
        return 0
    if args.part == "both":
        dev = [r for r in results if not r[0].endswith("·held-out")]
        print("DEV (tuned on)\n" + table(dev) + "\n\nHELD-OUT (never read while tuning)\n"
              + table([r for r in results if r[0].endswith("·held-out")]))
    else:
        print(table(results))
    if args.findings:
        if args.part in ("both", "heldout", "all"):
            results = [r for r in results if not r[0].endswith("·held-out")]
            print("\n(findings are listed for the dev split only: the held-out split is never read)")
        print()
        print(findings_text(results, args.findings))
    return 0

