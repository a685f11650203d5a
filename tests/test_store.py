"""The partitioned store: adding writes new files only, a commit is all or nothing (kill -9 included),
replacing a source rewrites only its part, small parts merge, keys and rows do not depend on how the
store was fed, and a store of the first format is taken over."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RMRB_DIR, ROOT, SAMPLE_PAGE

from etl import store as store_mod
from etl.schema import EXTRACTED_TABLES, TABLES
from etl.store import read_manifest, read_parquet, store_problems, table_files
from etl.store.ingest import ingest_items, run_ingest

REPORT = ("湖南省总工会举办职工技能大赛\n\n本报长沙3月5日电（记者王明）3月4日，湖南省总工会在长沙举办第三届全省职工"
          "职业技能大赛，来自全省的300名选手参赛。")


def _page(i: int) -> bytes:
    """A distinct one-article page (its own closing line), so no two are the same text."""
    return (REPORT + f"\n比赛共设{i + 2}个工种。").encode()


def _files(store: Path) -> dict[str, tuple[int, int]]:
    """Every data file of the store with its size and modification time."""
    return {str(p.relative_to(store)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in store.rglob("*.parquet")}


def _listed(store: Path) -> set[str]:
    m = read_manifest(store)
    return {f for t in TABLES for f in store_mod.manifest_files(m, t)}


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in df.columns if c not in ("time",)]
    return df[cols].astype(str).sort_values(cols).reset_index(drop=True)


def test_adding_a_file_writes_new_files_and_changes_none(tmp_path):
    store = tmp_path / "store"
    run_ingest([SAMPLE_PAGE], store_dir=store)
    before = _files(store)
    ingest_items([("new.txt", _page(1))], store_dir=store)
    after = _files(store)
    assert {k: after[k] for k in before} == before  # not one byte of the old version rewritten
    added = set(after) - set(before)
    assert added and all(f.split("/")[0] in TABLES for f in added)
    assert len(read_parquet(store)["articles"]) == 11


def test_an_unchanged_rerun_writes_nothing(tmp_path):
    store = tmp_path / "store"
    run_ingest([SAMPLE_PAGE], store_dir=store)
    before, manifest = _files(store), (store / "manifest.json").read_bytes()
    result = run_ingest([SAMPLE_PAGE], store_dir=store)
    assert result.extracted == 0 and set(result.log["status"]) == {"unchanged"}
    assert _files(store) == before and (store / "manifest.json").read_bytes() == manifest


def test_replacing_a_source_rewrites_only_its_part(tmp_path):
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    ingest_items([("b.txt", _page(2))], store_dir=store)
    b_files = {f: v for f, v in _files(store).items() if f in _listed(store)}
    ingest_items([("a.txt", _page(3))], store_dir=store)
    after = _files(store)
    arts = read_parquet(store)["articles"]
    assert sorted(arts["source"]) == ["a.txt", "b.txt"]
    assert "比赛共设5个工种" in arts.loc[arts["source"] == "a.txt", "text"].iloc[0]
    kept = [f for f in b_files if f in _listed(store)]
    assert kept and all(after[f] == b_files[f] for f in kept)  # b's part untouched


def test_superseded_files_go_at_commit_and_a_reader_of_the_old_version_reads_the_new(tmp_path):
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    opened = read_manifest(store)  # a reader opened this version ...
    old = table_files(store, "articles")
    ingest_items([("a.txt", _page(2))], store_dir=store)  # ... and a commit replaced it
    assert not any(p.exists() for p in old)  # superseded files do not wait for the next run
    assert set(_files(store)) == _listed(store)
    versions = [opened]

    def read():  # the first try reads the version it opened, as a dashboard's views do
        m = versions.pop() if versions else read_manifest(store)
        return store_mod.arrow_table(store, "articles", ["text"], m).column("text").to_pylist()
    texts = store_mod.read_newest(store, read)
    assert not versions and "比赛共设5个工种" not in texts[0] and texts == read_parquet(store)["articles"]["text"].tolist()


def test_exports_read_while_commits_remove_superseded_files_all_succeed(tmp_path, monkeypatch):
    import threading

    from etl.store.export import export_csv_from_store
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(0)), ("b.txt", _page(100))], store_dir=store)
    retried = []
    gone = store_mod.file_gone
    monkeypatch.setattr(store_mod, "file_gone", lambda exc: retried.append(exc) or gone(exc))
    done = threading.Event()

    def writer():  # a's text replaced again and again: each commit removes the files of a's old part
        try:
            for i in range(1, 13):
                ingest_items([("a.txt", _page(i))], store_dir=store)
        finally:
            done.set()
    thread = threading.Thread(target=writer)
    thread.start()
    exports = 0
    while not done.is_set() or not exports:
        out = tmp_path / f"out{exports}"
        export_csv_from_store(store, out, ("articles", "events"))
        arts = pd.read_csv(out / "articles.csv")
        assert len(arts) == 2  # one version whole: a's article (some version of it) and b's
        exports += 1
    thread.join()
    assert exports > 1 and set(_files(store)) == _listed(store)
    assert all(gone(e) for e in retried)  # whatever failed mid-read was a superseded file, and was read again


def test_a_file_missing_with_no_newer_version_is_damage_not_retried(tmp_path):
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    table_files(store, "keywords")[0].unlink()
    calls = []

    def read():
        calls.append(1)
        return store_mod.arrow_table(store, "keywords", ["keyword"])
    with pytest.raises(Exception) as caught:
        store_mod.read_newest(store, read)
    assert store_mod.file_gone(caught.value) and len(calls) == 1


def test_the_dashboard_reruns_on_the_new_version_when_a_commit_removed_its_files(tmp_path, monkeypatch):
    import duckdb

    from dashboard import query

    class Rerun(Exception):
        pass

    def rerun():
        raise Rerun
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    monkeypatch.setenv("UNION_STORE_DIR", str(store))
    db = query.Database(store)
    ingest_items([("a.txt", _page(2))], store_dir=store)
    with pytest.raises(duckdb.IOException) as caught:
        db.cursor().execute("SELECT count(*) FROM articles").fetchall()
    assert store_mod.file_gone(caught.value)
    monkeypatch.setattr(query.st, "rerun", rerun)
    with pytest.raises(Rerun):  # no damage check, no error shown: the page is drawn again from the new version
        query.damage_check(db)
    fresh = query.Database(store)
    assert fresh.cursor().execute("SELECT count(*) FROM articles").fetchone()[0] == len(read_parquet(store)["articles"])


def test_small_parts_merge_and_rows_are_what_one_run_gives(tmp_path):
    pages = [(f"p{i:02d}.txt", _page(i)) for i in range(store_mod.MERGE_FANIN + 3)]
    one = tmp_path / "one"
    ingest_items(pages, store_dir=one, workers=1)
    many = tmp_path / "many"
    for name, data in pages:
        ingest_items([(name, data)], store_dir=many)
    m = read_manifest(many)
    assert len(m["parts"]) <= 4  # 19 commits, 16 of their parts merged into one
    assert len(m["log_parts"]) <= store_mod.LOG_PARTS_MAX
    a, b = read_parquet(one), read_parquet(many)
    for table in EXTRACTED_TABLES:
        assert _sorted(a[table]).equals(_sorted(b[table])), table
    assert not store_problems(many)
    log = b["ingest_log"]
    assert len(log) == len(pages) and set(log["status"]) == {"ok"}


def test_a_duplicate_in_a_batch_drops_only_itself(tmp_path):
    """Bug caught: a new page repeating a stored text was dropped from its batch's part by deleting the
    part's files before they were rewritten, so every other new article of that batch was lost too (their
    files logged 'ok')."""
    store = tmp_path / "s"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    result = ingest_items([("b.txt", _page(2)), ("c.txt", _page(1))], store_dir=store, workers=1)
    assert {r["file"]: r["status"] for r in result.log_rows} == {"b.txt": "ok", "c.txt": "duplicate"}
    sources = store_mod.read_columns(store, "articles", ["source"])["source"].map(lambda s: Path(s).name)
    assert sorted(sources) == ["a.txt", "b.txt"]
    assert not store_problems(store) and set(_files(store)) == _listed(store)


def _parts(*sizes: int) -> list[dict]:
    return [{"id": f"p{i}", "rows": {"articles": n}, "sizes": {}} for i, n in enumerate(sizes)]


@pytest.mark.parametrize("sizes, merged", [
    ((5,) * 15, None),  # fifteen of a tier wait for the sixteenth
    ((5,) * 16, (5,) * 16),
    ((20_000,) * 17, (20_000,) * 16),  # full batch parts merge (into 320,000 articles) ...
    ((20_001,) * 16, None),  # ... larger ones, merged ones among them, never do
    ((320_000,) * 16, None),
    ((5,) * 16 + (300,) * 16, (5,) * 16),  # the lowest full tier first
    ((15, 16) * 8, None),  # 15 is tier 0 and 16 tier 1: eight of each
])
def test_merge_plan_takes_sixteen_of_the_lowest_full_tier(sizes, merged):
    group = store_mod.merge_plan(_parts(*sizes))
    assert (None if group is None else tuple(p["rows"]["articles"] for p in group)) == merged


def test_a_rewrite_keeps_every_row_clustered_by_province_and_drops_what_it_is_told(tmp_path):
    store = tmp_path / "s"
    run_ingest([RMRB_DIR], store_dir=store, workers=1)
    ingest_items([("extra.txt", _page(1))], store_dir=store)
    m = read_manifest(store)
    merged = store_mod.rewrite_parts(store, m["parts"], "merged")
    for table in EXTRACTED_TABLES:
        cols = list(TABLES[table])
        got = store_mod.read_columns(store, table, cols, {"parts": [merged], "log_parts": []})
        assert _sorted(got).equals(_sorted(store_mod.read_columns(store, table, cols, m))), table
        on_disk = pq.read_table(store / table / "merged.parquet").schema
        assert on_disk.names == cols, table  # exactly the table's columns, in order
        prov = pq.read_table(store / table / "merged.parquet", columns=[
            "primary_province" if table in ("articles", "keywords") else "province"]).column(0).to_pylist()
        assert prov == sorted(prov, key=lambda p: (p is None, p or "")), table  # clustered for row-group pruning
    ids = store_mod.read_columns(store, "articles", ["article_id"], m)["article_id"]
    fewer = store_mod.rewrite_parts(store, m["parts"], "fewer", drop={ids.iloc[0]})
    assert fewer["rows"]["articles"] == merged["rows"]["articles"] - 1
    assert ids.iloc[0] not in set(store_mod.read_columns(store, "locations", ["article_id"],
                                                         {"parts": [fewer], "log_parts": []})["article_id"])
    assert store_mod.rewrite_parts(store, m["parts"], "none", drop=set(ids)) is None
    assert not list(store.glob("*/none.parquet"))


def test_one_event_reported_twice_has_one_key_fed_at_once_or_apart(tmp_path):
    second = REPORT.replace("300名选手参赛。", "300名选手参赛，决出30个一等奖。").encode()
    a, b = "rmrb_20240305-01.txt", "rmrb_20240306-01.txt"  # issue dates in the names: the events are dated
    together = ingest_items([(a, REPORT.encode()), (b, second)], store_dir=tmp_path / "t")
    ingest_items([(a, REPORT.encode())], store_dir=tmp_path / "s")
    apart = ingest_items([(b, second)], store_dir=tmp_path / "s")
    for result in (together, apart):
        ev = result.tables["events"]
        assert ev["article_id"].nunique() == 2 and ev["event_key"].nunique() == 1, ev
    assert set(together.tables["events"]["event_key"]) == set(apart.tables["events"]["event_key"])


def test_a_deleted_manifest_is_restored_from_the_commit_record(tmp_path):
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    ingest_items([("b.txt", _page(2))], store_dir=store)
    (store / "manifest.json").unlink()
    assert not store_problems(store)
    assert sorted(read_parquet(store)["articles"]["source"]) == ["a.txt", "b.txt"]
    ingest_items([], store_dir=store)
    assert (store / "manifest.json").exists()


def test_a_malformed_manifest_is_damage_not_a_crash(tmp_path):
    """A manifest whose parts lack their file sizes (edited by hand, or written by a development build) is
    not trusted: the newest well-formed commit record is used, and with none the store is rebuilt."""
    store = tmp_path / "store"
    ingest_items([("a.txt", _page(1))], store_dir=store)
    good = json.loads((store / "manifest.json").read_text())
    bad = {**good, "log_parts": [{"id": p["id"], "size": 1} for p in good["log_parts"]]}
    (store / "manifest.json").write_text(json.dumps(bad), encoding="utf-8")
    assert set(store_problems(store)) == {"manifest"}  # said, though the commit record still says what is live
    ingest_items([], store_dir=store)  # the next run writes it again from that record
    rewritten = json.loads((store / "manifest.json").read_text())
    assert not store_problems(store) and all("sizes" in p for p in rewritten["log_parts"] + rewritten["parts"])
    (store / "manifest.json").write_text(json.dumps(bad), encoding="utf-8")
    for record in (store / "_commits").glob("*.json"):
        record.write_text(json.dumps(bad), encoding="utf-8")
    assert "manifest" in store_problems(store)


def test_a_store_of_the_first_format_is_taken_over(tmp_path):
    """One file per table (the store before parts): its rows are kept, its files moved, not rewritten."""
    first = ingest_items([("a.txt", _page(1))], store_dir=tmp_path / "src").tables
    store = tmp_path / "store"
    store.mkdir()
    for table in TABLES:
        pq.write_table(pa.Table.from_pandas(first[table], preserve_index=False), store / f"{table}.parquet")
    (store / "manifest.json").write_text(json.dumps({"content_hash": "x", "rows": {}}), encoding="utf-8")
    assert len(read_parquet(store)["articles"]) == 1  # readable as it is
    ingest_items([("b.txt", _page(2))], store_dir=store)
    assert not list(store.glob("*.parquet"))
    tables = read_parquet(store)
    assert sorted(tables["articles"]["source"]) == ["a.txt", "b.txt"]
    assert sorted(tables["ingest_log"]["file"]) == ["a.txt", "b.txt"]


@pytest.mark.skipif(not RMRB_DIR.exists(), reason="People's Daily set not beside the checkout")
def test_kill_9_at_any_moment_leaves_a_whole_version(tmp_path):
    """A writer killed while extracting or committing: readers see the old version or the new one, never
    a mix; the next run removes what the killed one left and commits normally."""
    store = tmp_path / "store"
    run_ingest([SAMPLE_PAGE], store_dir=store)
    old = {t: len(df) for t, df in read_parquet(store).items()}
    cmd = [sys.executable, "-m", "etl", str(RMRB_DIR), "--out", str(tmp_path / "out"), "--store", str(store),
           "--workers", "2"]
    killed_mid_run = 0
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.4, 3.0):
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(delay)
        finished = proc.poll() is not None
        if not finished:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the pool's workers too
            except ProcessLookupError:  # it ended between the poll and the kill
                finished = True
        proc.wait()
        assert not store_problems(store)
        now = {t: len(df) for t, df in read_parquet(store).items()}
        if finished or now != old:
            break  # the run committed before the kill: the new version, whole
        killed_mid_run += 1
    assert killed_mid_run, "every run finished before it could be killed"
    result = run_ingest([RMRB_DIR], store_dir=store)
    assert not store_problems(store)
    clean = tmp_path / "clean"
    run_ingest([SAMPLE_PAGE], store_dir=clean)
    run_ingest([RMRB_DIR], store_dir=clean)
    assert {t: len(df) for t, df in read_parquet(store).items()} == {t: len(df) for t, df in read_parquet(clean).items()}
    assert set(_files(store)) == _listed(store)
    assert not list(store.rglob(".*.tmp"))
    assert result.log["status"].isin(["ok", "unchanged", "warning"]).all()


def test_two_processes_writing_at_once_both_land(tmp_path):
    store = tmp_path / "store"
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for i in range(3):
            (tmp_path / name / f"{name}{i}.txt").write_bytes(_page(i if name == "a" else 10 + i))
    procs = [subprocess.Popen([sys.executable, "-m", "etl", str(tmp_path / name), "--out", str(tmp_path / f"o{name}"),
                               "--store", str(store)], cwd=ROOT, stdout=subprocess.DEVNULL) for name in ("a", "b")]
    assert [p.wait(timeout=240) for p in procs] == [0, 0]
    arts = read_parquet(store)["articles"]
    assert len(arts) == 6 and not store_problems(store)
    assert set(_files(store)) == _listed(store)
