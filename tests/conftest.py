from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_PAGE = ROOT / "data" / "sample" / "000_2d0f6f6617ea2597.txt"
RMRB_DIR = SHARED / "corpus" / "rmrb_2019_2020"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def sample_tables(tmp_path_factory):
    """The CSV export of the bundled sample page, as the CLI writes it."""
    from etl.store.ingest import run_ingest
    out = tmp_path_factory.mktemp("sample_export")
    result = run_ingest([SAMPLE_PAGE], out_dir=out)
    return out, result.tables


@pytest.fixture(scope="session")
def rmrb_tables(tmp_path_factory):
    if not RMRB_DIR.exists():
        pytest.skip("../shared/corpus/rmrb_2019_2020 is not beside the checkout")
    from etl.store.ingest import run_ingest
    out = tmp_path_factory.mktemp("rmrb_export")
    return out, run_ingest([RMRB_DIR], out_dir=out).tables
