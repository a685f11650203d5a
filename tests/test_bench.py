"""Smoke test of the benchmark script (timings are not checked here: see BENCHMARKS.md)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import RMRB_DIR, ROOT


@pytest.mark.skipif(not RMRB_DIR.exists(), reason="the benchmark corpus comes from ../shared")
def test_bench_runs_on_50_articles():
    out = subprocess.run([sys.executable, "-m", "bench", "--n", "50", "--skip-app", "--workers", "2"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    for measure in ("ETL ÷ jieba.lcut throughput", "whole command ÷ jieba.lcut", "start-up", "speed-up on 2 cores",
                    "end-to-end ingest", "peak memory", "re-run over the unchanged corpus", "add one file"):
        assert measure in out.stdout
    assert "0 files extracted" in out.stdout


def test_a_scaled_store_spans_what_a_real_archive_does(tmp_path):
    """bench/scale.py moved each copy back 7 years: 100 copies made a store 700 years long (its charts 700 yearly
    bars) and some 300 copies dates before year 1, which the date filter could not parse. Copies are 8 days apart:
    more than the week within which two reports are one event, as the dates' spread stays an archive's."""
    import datetime as dt

    import duckdb

    from bench.scale import DAYS_PER_COPY, scale_store
    from etl.store import read_manifest
    from etl.store.ingest import run_ingest
    store = tmp_path / "store"
    run_ingest([ROOT / "data" / "sample"], store_dir=store)
    big = tmp_path / "big"
    m = scale_store(store, big, 400)
    assert m["rows"]["articles"] == 400 * read_manifest(store)["rows"]["articles"]
    con = duckdb.connect()
    lo, hi, ids = con.execute(f"SELECT min(issue_date), max(issue_date), count(DISTINCT article_id) FROM "
                              f"read_parquet('{big}/articles/*.parquet')").fetchone()
    span = dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)
    assert span.days <= 399 * DAYS_PER_COPY + 366 and ids == m["rows"]["articles"]


@pytest.mark.parametrize("module", ["bench.app", "bench.browser"])
def test_a_measurement_module_never_makes_a_store_of_its_argument(module, tmp_path):
    """`python -m bench.app --help` had opened a store named '--help' (the app builds its sample into a missing
    store), and one was committed: --help prints the usage, and a folder that is no store is an error naming it."""
    out = subprocess.run([sys.executable, "-m", module, "--help"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0 and "usage:" in out.stdout
    out = subprocess.run([sys.executable, "-m", module, "nothere"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 2 and "nothere: not a store" in out.stderr
    assert list(tmp_path.iterdir()) == []
