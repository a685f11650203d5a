"""The corrections ledger: every review action, appended, never edited, in SQLite beside the store.

Why SQLite and not a table in the store's commit: a review action is one small write made while a
researcher reads, often by two people at once and while an ETL run rewrites the store. SQLite gives
each action its own transaction (a kill -9 leaves the ledger as it was before or after that action,
never half of it), serialises concurrent writers with its own lock (no waiting for an ETL run's
store lock, which can be held for minutes) and needs nothing outside Python. The store's parts are
rebuilt, merged and replaced by every ETL run; the ledger is never touched by one, and is applied to
whatever the store holds whenever it is read (`etl.review.apply`).

An action names its row durably: the article's content hash (`text_hash`, the SHA-1 of its text, the
same under any file name, after any re-extraction or rebuild), the table, the row's evidence offsets
and the values that tell rows of one sentence apart (IDENT). It also keeps a snapshot of the row as
the reviewer saw it, so a confirmed row that the rules no longer find can still be counted.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

LEDGER_FILE = "corrections.sqlite"
ACTIONS = {"confirm": "确认", "correct": "更正", "reject": "删除", "add": "补充", "undo": "撤销"}
REVIEWED_TABLES = ("articles", "locations", "events", "awards", "funding")
# the values that tell apart the rows one sentence gives (an honour list gives one row per recipient)
IDENT: dict[str, tuple[str, ...]] = {"articles": (), "locations": ("mention",), "events": ("name",),
                                     "awards": ("award", "recipient"), "funding": ("amount_text",)}
REJECT_REASONS = ("不是工会活动", "重复", "金额有误", "地点有误", "其他")
BUSY_TIMEOUT_S = 30

SCHEMA = """
CREATE TABLE IF NOT EXISTS actions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,          -- the action's own id: an import skips the actions it already has
    action TEXT NOT NULL,
    tbl TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    ident TEXT NOT NULL,              -- JSON: the IDENT values of the row as extracted
    row TEXT NOT NULL,                -- JSON: the row as the reviewer saw it
    set_values TEXT NOT NULL,         -- JSON: correct / add: column → value
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    time TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',  -- undo: the id of the action it takes back
    article_id TEXT NOT NULL DEFAULT ''
);
"""


class LedgerError(RuntimeError):
    """The ledger cannot be read or written; the message says which file and why."""


@dataclass
class Action:
    action: str
    table: str
    text_hash: str
    start: int | None = None
    end: int | None = None
    ident: dict = field(default_factory=dict)
    row: dict = field(default_factory=dict)
    set: dict = field(default_factory=dict)
    reason: str = ""
    note: str = ""
    reviewer: str = ""
    time: str = ""
    target: str = ""
    article_id: str = ""
    id: str = ""
    seq: int = 0

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r} (one of {', '.join(ACTIONS)})")
        if self.table not in REVIEWED_TABLES:
            raise ValueError(f"unknown table {self.table!r} (one of {', '.join(REVIEWED_TABLES)})")
        self.id = self.id or uuid.uuid4().hex
        self.time = self.time or now()

    @property
    def key(self) -> tuple:
        """What names the row: the same for every action on it, whichever article id it has today."""
        return (self.table, self.text_hash, self.start, self.end,
                tuple(str(self.ident.get(c) or "") for c in IDENT[self.table]))

    def as_dict(self) -> dict:
        return asdict(self)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def ident_of(table: str, row: dict) -> dict:
    return {c: ("" if row.get(c) is None else str(row.get(c))) for c in IDENT[table]}


def effective(actions: list[Action]) -> list[Action]:
    """The actions that count: every one not taken back by an undo, in the order they were made."""
    undone = {a.target for a in actions if a.action == "undo"}
    return [a for a in actions if a.action != "undo" and a.id not in undone]


class Ledger:
    """The ledger of one store (STORE/corrections.sqlite); opened per call, so any thread may use it."""

    def __init__(self, store_dir: Path) -> None:
        self.path = Path(store_dir) / LEDGER_FILE

    def _connect(self, write: bool) -> sqlite3.Connection:
        try:
            if write:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                con.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
                con.execute("PRAGMA synchronous=FULL")  # a committed action survives a power cut too
                con.executescript(SCHEMA)
            else:
                con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
            con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            return con
        except sqlite3.Error as exc:
            raise LedgerError(f"核对记录文件 {self.path} 无法{'写入' if write else '读取'}：{exc}") from exc

    def version(self) -> str:
        """Changes with every action written (the dashboard's caches are keyed on it); "0" with none."""
        if not self.path.exists():
            return "0"
        try:
            con = self._connect(write=False)
            try:
                seq, n = con.execute("SELECT coalesce(max(seq), 0), count(*) FROM actions").fetchone()
            finally:
                con.close()
        except (sqlite3.Error, LedgerError):
            return "unreadable"
        return f"{seq}.{n}"

    def append(self, actions: Iterable[Action]) -> int:
        """Write actions in one transaction (all or none); an action whose id is there already is skipped.
        Returns how many were added."""
        rows = [(a.id, a.action, a.table, a.text_hash, a.start, a.end, _json(a.ident), _json(a.row), _json(a.set),
                 a.reason, a.note, a.reviewer, a.time, a.target, a.article_id) for a in actions]
        con = self._connect(write=True)
        try:
            con.execute("BEGIN IMMEDIATE")
            before = con.total_changes
            con.executemany("""INSERT OR IGNORE INTO actions (id, action, tbl, text_hash, start, "end", ident, row,
                               set_values, reason, note, reviewer, time, target, article_id)
                               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
            added = con.total_changes - before
            con.execute("COMMIT")
            return added
        except sqlite3.Error as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise LedgerError(f"核对记录无法写入 {self.path}：{exc}") from exc
        finally:
            con.close()

    def actions(self) -> list[Action]:
        """Every action in the order written (undone ones and undos included)."""
        if not self.path.exists():
            return []
        con = self._connect(write=False)
        try:
            rows = con.execute("""SELECT seq, id, action, tbl, text_hash, start, "end", ident, row, set_values, reason,
                                  note, reviewer, time, target, article_id FROM actions ORDER BY seq""").fetchall()
        except sqlite3.Error as exc:
            raise LedgerError(f"核对记录文件 {self.path} 无法读取：{exc}") from exc
        finally:
            con.close()
        return [Action(seq=r[0], id=r[1], action=r[2], table=r[3], text_hash=r[4], start=r[5], end=r[6],
                       ident=json.loads(r[7]), row=json.loads(r[8]), set=json.loads(r[9]), reason=r[10], note=r[11],
                       reviewer=r[12], time=r[13], target=r[14], article_id=r[15]) for r in rows]

    def undo_last(self, reviewer: str = "", note: str = "") -> Action | None:
        """Take back the latest action still in force (the reviewer's own when a name is given)."""
        live = [a for a in effective(self.actions()) if not reviewer or a.reviewer == reviewer]
        if not live:
            return None
        last = live[-1]
        self.append([Action("undo", last.table, last.text_hash, last.start, last.end, last.ident, target=last.id,
                            reviewer=reviewer, note=note, article_id=last.article_id)])
        return last


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
