"""The dashboard's server-side latency and memory on one store, in a process of its own (so its peak
memory is the server's alone): python -m bench.app STORE → one JSON line."""
from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ["overview", "map", "timeline", "keywords", "awards", "funding", "rankings", "compare", "articles", "data",
         "ingest"]


def measure(store: Path, repeats: int = 3) -> dict:
    """First load, then for every page the slowest of `repeats` province filter changes (each a new filter)."""
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    os.environ["UNION_STORE_DIR"] = str(store)
    from streamlit.testing.v1 import AppTest
    t0 = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    first = time.perf_counter() - t0
    assert not at.exception, [e.value for e in at.exception]
    provinces = [p for p in at.sidebar.multiselect(key="flt_provinces").options][: repeats * len(PAGES) + 1]
    worst, used = {}, 0
    for page in PAGES:
        at.switch_page(f"pages/{page}.py").run()
        times = []
        for _ in range(repeats):
            used += 1  # a province not chosen before: nothing is served from the cache
            at.sidebar.multiselect(key="flt_provinces").set_value([provinces[used % len(provinces)]])
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
            assert not at.exception, (page, [e.value for e in at.exception])
        worst[page] = max(times)
    return {"first_load": first, "filter_change": worst,
            "peak_mb": peak_mb()}


def peak_mb() -> float:
    """This process's peak resident memory since it started its program. (getrusage's ru_maxrss is not
    that: Linux carries into it the memory of the parent it was spawned from, so a dashboard measured
    after a large in-process ingest was reported at the bench's 1.6 GB.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    from bench import store_argument
    print(json.dumps(measure(store_argument(__doc__))))
