"""Smoke test of the benchmark script (timings are not checked here: see BENCHMARKS.md)."""
from __future__ import annotations

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
