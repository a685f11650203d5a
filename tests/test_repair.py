"""A damaged store is repaired without losing anything intact (issue: self-healing that never deletes).

Each test builds a store of two parts from real People's Daily files, damages one file, repairs, and checks
that nothing was lost: the counts of articles and fact rows before and after, the other part's files
byte-identical, the damaged file kept aside, and the log naming what happened.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import RMRB_DIR, ROOT

from etl.schema import FACT_TABLES
from etl.store import (
    LOG,
    MANIFEST,
    part_file,
    read_manifest,
    read_parquet,
    store_problems,
)
from etl.store.ingest import ingest_items, run_ingest

pytestmark = pytest.mark.skipif(not RMRB_DIR.exists(), reason="People's Daily set not beside the checkout")

DAMAGES = {
    "zero": lambda p: p.write_bytes(b""),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "deleted": lambda p: p.unlink(),
}


@pytest.fixture
def two_parts(tmp_path, monkeypatch):
    """A store at data/store of two parts, its sources given by paths relative to the working directory
    (as a cron job run from the project folder gives them); the repair then runs from elsewhere."""
    src = tmp_path / "src"
    src.mkdir()
    files = sorted(RMRB_DIR.glob("*.txt"))[:24]
    for f in files:
        shutil.copy(f, src / f.name)
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "data" / "store"
    names = [Path("src") / f.name for f in files]
    run_ingest(names[:12], store_dir=store, workers=1)
    run_ingest(names[12:], store_dir=store, workers=1)
    monkeypatch.chdir(ROOT)  # the dashboard or a later run works from another folder
    m = read_manifest(store)
    assert len(m["parts"]) == 2
    return store, src, m


def _counts(store: Path) -> dict[str, int]:
    return {t: len(df) for t, df in read_parquet(store).items() if t != LOG}


def _pick(m: dict, table: str) -> tuple[dict, dict]:
    """(a part that has a file of `table`, the other part)."""
    with_table = [p for p in m["parts"] if table in p["sizes"]]
    if not with_table:
        pytest.skip(f"neither part has {table} rows")
    victim = with_table[0]
    return victim, next(p for p in m["parts"] if p is not victim)


def _files_of(store: Path, part: dict) -> dict[str, bytes]:
    return {t: part_file(store, t, part["id"]).read_bytes() for t in part["sizes"]}


@pytest.mark.parametrize("table", ["articles", *FACT_TABLES])
@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_part_is_rebuilt_from_its_sources_and_nothing_else_moves(two_parts, table, damage):
    store, _src, m = two_parts
    before = _counts(store)
    victim, neighbour = _pick(m, table)
    kept = _files_of(store, neighbour)
    DAMAGES[damage](part_file(store, table, victim["id"]))
    assert table in store_problems(store)
    log = ingest_items([], store_dir=store).log
    assert not store_problems(store)
    assert _counts(store) == before  # nothing lost
    assert _files_of(store, neighbour) == kept  # the other part untouched, byte for byte
    notes = " ".join(log.loc[log["status"] == "warning", "message"])
    assert "损坏" in notes and "重建" in notes and "找不到" not in notes
    if damage != "deleted":
        assert list(store.glob(f"{table}-*.damaged-*"))  # set aside, never deleted


@pytest.mark.parametrize("table", ["events", "keywords", "articles"])
def test_sources_gone_keeps_every_intact_row_and_names_the_files(two_parts, table):
    store, src, m = two_parts
    victim, neighbour = _pick(m, table)
    stored = read_parquet(store)
    victim_articles = set(stored["articles"]["article_id"]) - set(
        read_parquet_part(store, neighbour, "articles")["article_id"])
    lost_rows = len(read_parquet_part(store, victim, table))
    kept = _files_of(store, neighbour)
    before = _counts(store)
    for f in src.iterdir():
        f.unlink()  # every source gone
    DAMAGES["zero"](part_file(store, table, victim["id"]))
    log = ingest_items([], store_dir=store).log
    after = _counts(store)
    assert not store_problems(store)
    assert _files_of(store, neighbour) == kept
    if table == "articles":  # with the articles gone their facts cannot stand alone; the rest is intact
        assert after["articles"] == before["articles"] - len(victim_articles)
    else:
        assert after[table] == before[table] - lost_rows  # only what was damaged is missing
        assert all(after[t] == before[t] for t in before if t != table)
    incomplete = log[log["status"] == "error"]
    assert len(incomplete) == victim["rows"]["articles"] and incomplete["message"].str.contains("重新导入").all()
    # re-importing one of those files completes it
    shutil.copy(RMRB_DIR / Path(incomplete["file"].iloc[0]).name, src / Path(incomplete["file"].iloc[0]).name)
    os.chdir(store.parent.parent)
    try:
        r = run_ingest([Path(incomplete["file"].iloc[0])], store_dir=store)
    finally:
        os.chdir(ROOT)
    assert r.log["status"].iloc[0] == "ok"


def read_parquet_part(store: Path, part: dict, table: str):
    import pyarrow.parquet as pq
    return pq.read_table(part_file(store, table, part["id"])).to_pandas()


def test_a_damaged_log_part_is_set_aside_and_the_data_stands(two_parts):
    store, _src, m = two_parts
    before = _counts(store)
    DAMAGES["zero"](part_file(store, LOG, m["log_parts"][0]["id"]))
    log = ingest_items([], store_dir=store).log
    assert not store_problems(store) and _counts(store) == before
    assert log["message"].str.contains("导入日志文件已损坏").any()


def test_a_page_view_never_repairs_and_says_what_the_repair_will_do(two_parts, monkeypatch):
    """The app shows the damage and the intact rest; only the button repairs, and then nothing is lost."""
    from streamlit.testing.v1 import AppTest
    store, _src, m = two_parts
    before = _counts(store)
    victim = m["parts"][0]
    DAMAGES["zero"](part_file(store, "keywords", victim["id"]))
    on_disk = sorted(p.name for p in store.rglob("*.parquet"))
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception
    assert any("数据存储中有文件损坏" in w.value for w in at.warning)
    assert sorted(p.name for p in store.rglob("*.parquet")) == on_disk  # nothing moved by the page view
    assert store_problems(store) and (store / MANIFEST).exists()
    assert at.button(key="repair_store").label == "修复数据存储"
    # what the button runs: the repair, then the app reads the whole store again and shows no damage
    from dashboard.data import repair_store
    repair_store(store)
    assert not store_problems(store) and _counts(store) == before
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception and not any("损坏" in w.value for w in at.warning)


def _garbage_in_place(p: Path) -> None:
    """Same size, bytes changed in the middle (what a bad disk sector or a stray write leaves)."""
    data = bytearray(p.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 64] = bytes((b ^ 0x5A) for b in data[mid:mid + 64])
    p.write_bytes(bytes(data))


INJECTED = {**DAMAGES, "garbage": _garbage_in_place}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A store of two parts from 24 real articles, built once; each fault test works on a copy of it."""
    root = tmp_path_factory.mktemp("pristine")
    src = root / "src"
    src.mkdir()
    for f in sorted(RMRB_DIR.glob("*.txt"))[:24]:
        shutil.copy(f, src / f.name)
    files = sorted(src.glob("*.txt"))
    store = root / "data" / "store"
    run_ingest(files[:12], store_dir=store, workers=1)
    run_ingest(files[12:], store_dir=store, workers=1)
    return root


def _copy(pristine: Path, tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    shutil.copytree(pristine, root)
    # the logged sources are absolute paths of the pristine folder: it stays, so they are found
    return root / "data" / "store"


@pytest.mark.parametrize("damage", sorted(INJECTED))
@pytest.mark.parametrize("target", ["articles", *FACT_TABLES, LOG, MANIFEST, "commit"])
def test_fault_injection_every_store_file(pristine, tmp_path, target, damage):
    """Every file type of the store × {0 bytes, cut short, same-size garbage, deleted}: `--verify` (the ETL's
    check of every file's bytes) says what is damaged, the store opens, and nothing that can be rebuilt is
    lost (the counts of every table as before; the untouched part byte for byte)."""
    from etl.cli import main
    store = _copy(pristine, tmp_path)
    before = _counts(store)
    m = read_manifest(store)
    if target == MANIFEST:
        path = store / MANIFEST
    elif target == "commit":
        path = sorted((store / "_commits").glob("*.json"))[-1]
    elif target == LOG:
        path = part_file(store, LOG, m["log_parts"][0]["id"])
    else:
        victim, _ = _pick(m, target)
        path = part_file(store, target, victim["id"])
    others = {p: p.read_bytes() for p in store.rglob("*.parquet") if p != path}
    INJECTED[damage](path)
    assert main(["--store", str(store), "--verify"]) == 0
    assert not store_problems(store, deep=True)
    assert read_manifest(store) is not None and _counts(store) == before
    assert json.loads((store / MANIFEST).read_text(encoding="utf-8"))["parts"]  # written again, whole
    if target in ("articles", *FACT_TABLES):
        # the other part's files stand as they were (the damaged part's own intact files are rebuilt with it)
        victim_files = {p for p in others if victim["id"] in p.name}
        assert all(p.read_bytes() == b for p, b in others.items() if p not in victim_files)


def test_the_app_finds_damage_in_place_by_checksum(pristine, tmp_path, monkeypatch):
    """A keywords file damaged in place (same size) passes the cheap size check, and its Parquet may even
    still read (with wrong values); the app checks every file's bytes against its checksum once per store
    version in the background, then shows the damage, leaves that part out and offers the repair. (A read
    that fails triggers the same check at once: seen in Chromium.)"""
    import time

    from streamlit.testing.v1 import AppTest

    from dashboard.data import repair_store
    store = _copy(pristine, tmp_path)
    victim, _ = _pick(read_manifest(store), "keywords")
    _garbage_in_place(part_file(store, "keywords", victim["id"]))
    assert not store_problems(store) and store_problems(store, deep=True)
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception
    time.sleep(1)  # the background check of a 24-article store takes milliseconds
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()  # the next visitor's first run
    assert not at.exception, [e.value for e in at.exception]
    assert any("数据存储中有文件损坏" in w.value and "same size" in w.value for w in at.warning), \
        [w.value for w in at.warning]
    assert at.button(key="repair_store")
    repair_store(store)
    assert not store_problems(store, deep=True)
