"""Reading input files: bytes → decoded, canonical text plus what the name says.

This is one of the two I/O edges of the ETL (the other is `etl.store`).
Decoding never guesses silently: the encoding used is returned, and bytes
that are not text raise `InputError` with a message naming the problem.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from etl.textnorm import normalize_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}


class InputError(ValueError):
    """A file that cannot be read as newspaper text; the message says why."""


@dataclass(frozen=True)
class SourceText:
    source: str
    text: str
    encoding: str
    name_date: dt.date | None


_NAME_DATE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """The issue date a file name carries (rmrb_20200501-04-06.txt, 2020-05-01.txt)."""
    for m in _NAME_DATE.finditer(Path(name).name):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode newspaper text; return (text, encoding). Raise InputError for non-text."""
    if not data.strip():
        raise InputError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError("not UTF-8, UTF-16 or GB18030 text") from None
    return text, "gb18030"


def read_source(path: Path, data: bytes | None = None) -> SourceText:
    """Read one text file (or given bytes under that name) into canonical text."""
    raw = path.read_bytes() if data is None else data
    text, encoding = decode(raw)
    text = normalize_text(text)
    if not text.strip():
        raise InputError("the file holds only white space")
    cjk = sum(1 for ch in text[:20000] if "\u3400" <= ch <= "\u9fff")
    if cjk < 10:
        raise InputError("no Chinese text found")
    return SourceText(source=str(path), text=text, encoding=encoding, name_date=date_from_name(path.name))


def iter_input_files(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus text files found recursively under folders, sorted."""
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES))
        else:
            files.append(p)
    return files
