"""Learn etl/rules/heading_model.json: does a heading run open an article?

    python scripts/train_headings.py [FOLDER_OF_ONE_ARTICLE_FILES ...]
    python scripts/train_headings.py --cv 3      # cross-validation over the outlets' training files

Pages are composed (etl.evaluate.compose) from training files only, in several shuffles
and page sizes; every run of heading lines the segmenter sees is an example,
labelled by whether it is an article's headline. A logistic regression (numpy,
L2) is fitted and written with the features' names. Training files: the
'train' half of the People's Daily set, and the files of the gold sets' text
folders that are not held out (etl.evaluate.held_out), so that headlines of
provincial and union outlets are learnt too; pages composed from the rest
(the 'test' half, the held-out files) check it. Default folders: the People's
Daily set, ../shared/gold/dev_prov/texts and ../shared/gold/dev_grrb/texts.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.evaluate import held_out  # noqa: E402
from etl.evaluate.compose import OneArticle, compose_pages, half, split_article  # noqa: E402
from etl.read import read_source  # noqa: E402
from etl.read.headings import FEATURES, MODEL, SUBHEAD, features  # noqa: E402
from etl.read.segment import PAGE_FURNITURE, classify, rejoin_broken_lines  # noqa: E402
from etl.read.textnorm import normalize_text  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT = [SHARED / "corpus" / "rmrb_2019_2020", SHARED / "gold" / "dev_prov" / "texts",
           SHARED / "gold" / "dev_grrb" / "texts"]


def load(folders: list[Path]) -> list[tuple[OneArticle, bool]]:
    """Every one-article file, read as a user's file is (Traditional converted), with whether it is training
    data: the 'train' half of a corpus folder, the files of a gold text folder that are not held out."""
    out = []
    for folder in folders:
        gold_texts = folder.name == "texts"
        for p in sorted(folder.glob("*.txt")):
            a = split_article(p.name, read_source(p).text)
            if a:
                out.append((a, not held_out(a.name) if gold_texts else half(a.name) == "train"))
    return out


def examples(pages: list[tuple[str, str, dict]], arts: dict[str, OneArticle]) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    for _name, text, gold in pages:
        starts = {arts[g["source_file"]].headlines[0] for g in gold["articles"]}
        lines = [ln for ln in normalize_text(text).split("\n") if ln.strip() and not PAGE_FURNITURE.match(ln.strip())]
        blocks = rejoin_broken_lines(lines)
        kinds = [classify(b) for b in blocks]
        i, so_far, runs = 0, "", 0
        while i < len(blocks):
            if kinds[i] != "heading":
                so_far += blocks[i]
                i += 1
                continue
            j = i
            while j < len(blocks) and kinds[j] == "heading":
                j += 1
            run = blocks[i:j]
            label = int(run[0] in starts)
            if i > 0 and not SUBHEAD.search(run[0]):  # the segmenter asks the model only about unmarked runs
                f = features(run, blocks[i - 1], blocks[j] if j < len(blocks) else "", so_far, runs)
                xs.append([f[k] for k in FEATURES])
                ys.append(label)
            so_far = "" if label else so_far + "".join(run)
            runs = 0 if label else runs + 1
            i = j
    return xs, ys


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.003, steps: int = 6000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """Logistic regression, classes weighted to balance (headlines are the rarer class)."""
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = weight * (p - y)
        w -= lr * (x.T @ g / len(y) + l2 * w)
        b -= lr * float(np.mean(g))
    return w, b


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The threshold with the best F1 on headlines (training data only)."""
    def f1(t: float) -> float:
        tp = float(np.sum((p >= t) & (y == 1)))
        return 2 * tp / (np.sum(p >= t) + np.sum(y == 1)) if tp else 0.0
    return max(np.arange(0.2, 0.9, 0.05), key=f1)


def train_model(train: list[OneArticle], arts: dict[str, OneArticle]) -> tuple[np.ndarray, float, float, str]:
    """Weights, bias and threshold learnt from pages composed of `train`, and a line saying how they fit."""
    pages = [p for seed in range(1, 13) for per in (2, 3, 4, 5) for p in compose_pages(train, per, seed)]
    xs, ys = examples(pages, arts)
    x, y = np.array(xs), np.array(ys, dtype=float)
    w, b = fit(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    threshold = round(float(best_threshold(p, y)), 2)
    return w, b, threshold, (f"{len(train)} training files, {len(y)} heading runs ({int(y.sum())} headlines); "
                             f"threshold {threshold}, training accuracy {np.mean((p >= threshold) == y):.3f}")


def cross_validate(articles: list[tuple[OneArticle, bool]], folds: int) -> float:
    """How the model does on outlets' files it was not trained on, without touching the held-out files: the
    training files of the gold text folders in `folds` parts by name; for each, a model trained on the rest
    (and the People's Daily 'train' half) segments pages composed from that part. Prints every fold and the
    pages it got wrong; returns the mean per-page F1. The stored model is not changed."""
    from etl.evaluate import score
    from etl.extract.pipeline import process_text
    from etl.read import SourceText
    from etl.read.headings import trial_model
    arts = {a.name: a for a, _ in articles}
    outlets = [a for a, training in articles if training and not a.name.startswith("rmrb_")]
    people = [a for a, training in articles if training and a.name.startswith("rmrb_")]
    part = {a.name: int(hashlib.sha1(a.name.encode()).hexdigest(), 16) % folds for a in outlets}
    f1s = []
    for k in range(folds):
        test = [a for a in outlets if part[a.name] == k]
        w, b, threshold, _ = train_model(people + [a for a in outlets if part[a.name] != k], arts)
        fold = []
        with trial_model(dict(zip(FEATURES, map(float, w))), float(b), threshold):
            for seed in (1, 2, 3):
                for name, text, gold in compose_pages(test, 4, seed):
                    rows = process_text(SourceText(name, text, "utf-8", None)).tables()
                    f1 = score(gold, {t: [{c: "" if v is None else str(v) for c, v in r.items()} for r in rs]
                                      for t, rs in rows.items()}).counts["segmentation"].f1
                    fold.append(f1)
                    if f1 < 1:
                        print(f"  fold {k} seed {seed} {name}: F1 {f1:.2f}\n    gold: "
                              f"{[a['title'] for a in gold['articles']]}\n    got:  {[r['title'] for r in rows['articles']]}")
        print(f"fold {k}: {len(test)} files, {len(fold)} pages, mean F1 {np.mean(fold):.3f}")
        f1s += fold
    print(f"{folds}-fold cross-validation over the outlets' training files: mean page F1 {np.mean(f1s):.3f}")
    return float(np.mean(f1s))


def main(argv: list[str]) -> int:
    cv = 0
    if "--cv" in argv:
        at = argv.index("--cv")
        cv, argv = int(argv[at + 1]), argv[:at] + argv[at + 2:]
    folders = [Path(a) for a in argv] or DEFAULT
    articles = load(folders)
    if cv:
        cross_validate(articles, cv)
        return 0
    arts = {a.name: a for a, _ in articles}
    train = [a for a, training in articles if training]
    w, b, threshold, fitted = train_model(train, arts)
    print(fitted)
    model = {"about": "logistic model: does a heading run open an article (etl/read/headings.py); "
                      "trained by scripts/train_headings.py on pages composed from training files only",
             "features": list(FEATURES), "weights": {k: round(float(v), 4) for k, v in zip(FEATURES, w)},
             "bias": round(b, 4), "threshold": threshold, "trained_on": [str(f.name) for f in folders],
             "training_files": len(train)}
    MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<14}{v:+.3f}")
    print(f"written {MODEL.relative_to(ROOT)}; held-out checks: python -m etl.evaluate --compose "
          f"(the People's Daily test half) and --compose {' '.join(str(f) for f in folders[1:])} --split heldout")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
