"""The corrections file (../shared/CONTRACT.md): the ledger as JSON Lines, out and back in.

An export writes every action, undos included, with the contract's keys (table, article_id, start, end,
action, set, reason, reviewer, time, note) and the durable key this product finds rows by (text_hash,
ident, row, id, target), so an import into a store rebuilt from its sources finds every row again, and
importing the same file twice, or two reviewers' files that share history, adds each action once.

An import accepts its own exports and lines with the contract's keys only: the article's text hash and
the row's identifying values are then read from the store at the line's article_id and offsets. A line
that cannot be applied (bad JSON, an unknown article, two rows at the same offsets and nothing to tell
them apart, a value of the wrong type) is reported with its line number; the others are applied, in one
transaction.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from etl.review.apply import check_values
from etl.review.ledger import (
    ACTIONS,
    IDENT,
    REVIEWED_TABLES,
    Action,
    Ledger,
    LedgerError,
    ident_of,
)

CONTRACT_KEYS = ("action", "table", "article_id", "start", "end", "set", "reason", "reviewer", "time", "note")
DURABLE_KEYS = ("id", "text_hash", "ident", "row", "target")
ID_NAMESPACE = uuid.UUID("6f1d3c1e-3b0a-4c55-9a43-3b7a3e0c2f10")


@dataclass
class ImportReport:
    added: int = 0
    already: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self, name: str) -> str:
        text = f"{name}：导入 {self.added} 条核对记录" + (f"，{self.already} 条已有（跳过）" if self.already else "")
        return text + (f"，{len(self.problems)} 行无法导入" if self.problems else "")


def _article_ids(con) -> dict[str, str]:
    """text hash → the article id it has in this store (the first, when the same text is there twice)."""
    return {h: a for a, h in reversed(con.execute('SELECT article_id, text_hash FROM "_raw_articles"').fetchall())}


def export_lines(store: Path, con=None) -> list[dict]:
    """Every ledger action as a line of the corrections file."""
    from etl.store import read_newest
    actions = Ledger(store).actions()
    ids = (_article_ids(con) if con is not None else read_newest(store, lambda: _article_ids(_raw_connection(store)))) \
        if actions else {}
    return [{"action": a.action, "table": a.table, "article_id": ids.get(a.text_hash, a.article_id),
             "start": a.start, "end": a.end, "set": a.set, "reason": a.reason, "reviewer": a.reviewer,
             "time": a.time, "note": a.note, "id": a.id, "text_hash": a.text_hash, "ident": a.ident, "row": a.row,
             "target": a.target} for a in actions]


def export_file(store: Path, path: Path) -> int:
    """Write the corrections file; returns the number of lines."""
    from etl.store import atomic_write
    lines = export_lines(store)
    atomic_write(Path(path), "".join(json.dumps(x, ensure_ascii=False, default=str) + "\n" for x in lines)
                 .encode("utf-8"))
    return len(lines)


def _raw_connection(store: Path):
    import duckdb

    from etl.review import raw_views
    from etl.store import read_manifest
    con = duckdb.connect(config={"threads": 2})
    raw_views(con, store, read_manifest(store))
    return con


def _action_from_line(con, line: dict, hashes: dict[str, str]) -> Action:
    """One line as a ledger action; ValueError says what is wrong with it."""
    what, table = line.get("action"), line.get("table")
    if what not in ACTIONS:
        raise ValueError(f"action 应为 {'、'.join(ACTIONS)} 之一，而不是 {what!r}")
    if table not in REVIEWED_TABLES:
        raise ValueError(f"table 应为 {'、'.join(REVIEWED_TABLES)} 之一，而不是 {table!r}")
    values = line.get("set") or {}
    if not isinstance(values, dict):
        raise ValueError("set 应为一个对象（列名 → 新值）")
    if what in ("correct", "add") and not values:
        raise ValueError(f"{what} 需要 set（要改成或补充的列值）")
    problems = check_values(table, {k: v for k, v in values.items() if k not in ("start", "end")})
    if problems:
        raise ValueError("；".join(problems))
    start, end = line.get("start", values.get("start")), line.get("end", values.get("end"))
    if table != "articles" and what != "undo":
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            raise ValueError("事实记录需要 start 和 end（记录在文章全文中的位置，整数）") from None
        if start < 0 or end <= start:
            raise ValueError(f"start/end 不成区间：{start}–{end}")
    text_hash = line.get("text_hash") or ""
    article_id = str(line.get("article_id") or "")
    if not text_hash:
        text_hash = hashes.get(article_id, "")
        if not text_hash:
            raise ValueError(f"文章 {article_id or '（未给出 article_id）'} 不在这个数据存储中")
    ident, row = line.get("ident"), line.get("row") or {}
    if ident is None and what == "add":
        ident = ident_of(table, values)
    elif ident is None:
        ident, row = _ident_from_store(con, table, article_id, start, end, values, row)
    return Action(what, table, text_hash, start if table != "articles" else None,
                  end if table != "articles" else None, dict(ident), row, values,
                  reason=str(line.get("reason") or ""), note=str(line.get("note") or ""),
                  reviewer=str(line.get("reviewer") or ""), time=str(line.get("time") or ""),
                  target=str(line.get("target") or ""), article_id=article_id,
                  id=str(line.get("id") or _stable_id(line)))


def _ident_from_store(con, table: str, article_id: str, start, end, values: dict, row: dict) -> tuple[dict, dict]:
    """A contract-only line's row, found at its offsets (told apart by any identifying value the line gives)."""
    if table == "articles":
        return {}, row
    found = con.execute(f'SELECT * FROM "_raw_{table}" WHERE article_id = $a AND start = $s AND "end" = $e',
                        {"a": article_id, "s": start, "e": end}).df()
    given = {c: str(v) for c, v in {**row, **values}.items() if c in IDENT[table] and v not in (None, "")}
    if given and len(found) > 1:
        found = found[[all(str(r.get(c) or "") == v for c, v in given.items()) for r in found.to_dict("records")]]
    if len(found) == 1:
        rec = {k: (None if str(v) in ("nan", "<NA>", "None") else v) for k, v in found.iloc[0].to_dict().items()}
        rec = {k: (v.item() if hasattr(v, "item") else v) for k, v in rec.items()}
        return ident_of(table, rec), rec
    if len(found) > 1:
        keys = "、".join(IDENT[table])
        raise ValueError(f"文章 {article_id} 的 {start}–{end} 处有 {len(found)} 条 {table} 记录，请在 set 或 row 中给出 {keys} 以指明哪一条")
    raise ValueError(f"文章 {article_id} 的 {start}–{end} 处没有 {table} 记录")


def _stable_id(line: dict) -> str:
    """A line without an id gets one from its content: importing the same file twice adds it once."""
    return uuid.uuid5(ID_NAMESPACE, json.dumps(line, ensure_ascii=False, sort_keys=True, default=str)).hex


def import_file(store: Path, path: Path) -> ImportReport:
    """Apply a corrections file's lines to the store's ledger (all valid lines in one transaction)."""
    from etl.store import read_newest
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"{path}: 无法读取核对文件（{exc}）") from exc
    report, actions = read_newest(Path(store), lambda: _actions_of(store, path, text))
    ledger = Ledger(store)
    known = {a.id for a in ledger.actions()}
    report.added = ledger.append(actions) if actions else 0
    report.already = sum(a.id in known for a in actions)
    return report


def _actions_of(store: Path, path: Path, text: str) -> tuple[ImportReport, list[Action]]:
    """The file's lines as ledger actions, and the lines that are not."""
    report = ImportReport()
    con = _raw_connection(store)
    hashes = dict(con.execute('SELECT article_id, text_hash FROM "_raw_articles"').fetchall())
    actions = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            if not isinstance(line, dict):
                raise ValueError("每行应是一个 JSON 对象")
            actions.append(_action_from_line(con, line, hashes))
        except json.JSONDecodeError as exc:
            report.problems.append(f"{Path(path).name} 第 {n} 行：不是 JSON（{exc.msg}）")
        except ValueError as exc:
            report.problems.append(f"{Path(path).name} 第 {n} 行：{exc}")
    return report, actions
