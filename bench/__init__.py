"""The benchmark (python -m bench) and the measurements it runs in processes of their own."""
from __future__ import annotations

import argparse
from pathlib import Path


def store_argument(doc: str) -> Path:
    """The existing store a measurement module is run on (python -m bench.app STORE): `--help` prints the usage and
    a missing folder is an error, never a store created under that name."""
    ap = argparse.ArgumentParser(description=" ".join(doc.strip().split("\n\n")[0].split()))
    ap.add_argument("store", type=Path, help="a store folder (python -m etl … --store DIR)")
    store = ap.parse_args().store
    if not (store / "manifest.json").is_file():
        ap.error(f"{store}: not a store (no manifest.json)")
    return store
