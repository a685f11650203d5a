"""The ETL's batches on a Dask cluster: `python -m etl INPUT… --store DIR --dask ADDRESS|local[:N]`.

The driver plans (which files, in which batches), the workers read their files where they are and write
their parts straight into the store (`etl.store.batch.run_batch`), and the driver commits them (`etl.store.ingest`):
the tables are the same as a run on this machine's process pool. Workers must see the inputs and the store
at the same paths (a shared filesystem) or read inputs by fsspec URL, and must run this project's code and
requirements (see the README).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from etl.store.batch import BatchResult, run_batch


def parse_spec(spec: str) -> tuple[str, int | None]:
    """'local' or 'local:N' → ('local', N or None); a scheduler address → (address, None)."""
    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and (not n.isdigit() or int(n) < 1):
            raise ValueError(f"--dask {spec}: local:N takes a number of worker processes, such as local:2")
        return "local", int(n) if n else None
    if "://" not in spec and ":" not in spec:
        raise ValueError(f"--dask {spec}: give a scheduler address (tcp://host:8786) or local[:N]")
    return spec, None


@contextmanager
def dask_runner(spec: str) -> Iterator[tuple]:
    """(runner, workers): a runner that maps `run_batch` over the cluster's workers, and how many cores
    the cluster has (so the batch is cut into enough pieces). A local cluster ends with the block."""
    from dask.distributed import Client, LocalCluster
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    address, n = parse_spec(spec)
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=n or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        client = Client(address, timeout="30s")
    try:
        cores = sum(client.nthreads().values()) or 1

        def run(batches: list[tuple]) -> list[BatchResult]:
            futures = client.map(run_batch, *zip(*batches), pure=False)
            return client.gather(futures)
        yield run, cores
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
