"""The ETL on a Dask cluster (a LocalCluster of two worker processes) gives the default run's tables."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from conftest import RMRB_DIR, ROOT

from etl.store.export import CONTRACT_TABLES
from etl.store.ingest import run_ingest

pytest.importorskip("dask.distributed")


def _rows(folder, name: str) -> pd.DataFrame:
    df = pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return df.sort_values(list(df.columns)).reset_index(drop=True)


@pytest.mark.skipif(not RMRB_DIR.exists(), reason="People's Daily set not beside the checkout")
def test_dask_local_cluster_gives_the_default_runs_tables(tmp_path):
    """`python -m etl … --dask local:2` (a process of its own, as a user runs it: a Dask cluster started
    inside a test process that has run the app would re-run the app in its workers) exports the same rows
    as the default run."""
    default = run_ingest([RMRB_DIR], out_dir=tmp_path / "default", store_dir=tmp_path / "s1")
    done = subprocess.run([sys.executable, "-m", "etl", str(RMRB_DIR), "--out", str(tmp_path / "dask"),
                           "--store", str(tmp_path / "s2"), "--dask", "local:2"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert default.extracted == 114 and "extracted 114 file(s)" in done.stdout
    for name in (*CONTRACT_TABLES, "keywords"):
        a, b = _rows(tmp_path / "default", name), _rows(tmp_path / "dask", name)
        assert len(a) > 0 and a.equals(b), name
    log_a, log_b = (_rows(tmp_path / d, "ingest_log").drop(columns="time") for d in ("default", "dask"))
    assert log_a.equals(log_b)
    # the workers wrote the parts: several batches, each its own part, one commit
    from etl.store import read_manifest
    assert len(read_manifest(tmp_path / "s2")["parts"]) > 1


def test_the_runner_reports_the_clusters_cores():
    from etl.store.cluster import dask_runner
    with dask_runner("local:2") as (_runner, cores):
        assert cores == 2


def test_dask_spec_errors_say_what_to_give():
    from etl.store.cluster import parse_spec
    assert parse_spec("local") == ("local", None) and parse_spec("local:3") == ("local", 3)
    assert parse_spec("tcp://127.0.0.1:8786") == ("tcp://127.0.0.1:8786", None)
    for bad in ("local:x", "local:0", "nonsense"):
        with pytest.raises(ValueError, match="--dask"):
            parse_spec(bad)


def test_cli_needs_a_shared_store_for_a_remote_scheduler(tmp_path):
    from conftest import SAMPLE_PAGE

    from etl.cli import main
    assert main([str(SAMPLE_PAGE), "--out", str(tmp_path / "o2"), "--dask", "tcp://127.0.0.1:1"]) == 2
