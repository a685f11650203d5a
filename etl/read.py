"""Reading input files: bytes → decoded, canonical text plus what the name says.

This is one of the two I/O edges of the ETL (the other is `etl.store`).
Decoding never guesses silently: the encoding used is returned, and bytes
that are not text raise `InputError` with a message naming the problem.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.textnorm import normalize_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}
MARKUP_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
ZIP_SUFFIXES = {".zip"}
INPUT_SUFFIXES = TEXT_SUFFIXES | MARKUP_SUFFIXES | DOCX_SUFFIXES | ZIP_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_TOTAL = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 5000


class InputError(ValueError):
    """A file that cannot be read as newspaper text; the message says why."""


@dataclass(frozen=True)
class SourceText:
    source: str
    text: str
    encoding: str
    name_date: dt.date | None
    layout: str = "page"  # "article": one article per file (headline, blank line, indented body), as web archives give


# a web archive's one-article file: 1–3 headline lines, a blank line, then the body, either indented with
# full-width spaces or with no other blank line (a print page breaks columns and articles with blank lines)
_INDENTED = re.compile(r"^(?:\u3000{1,2}|\s{2,})\S")


def layout_of(raw_text: str) -> str:
    """'article' for a one-article file in web-archive layout, else 'page' (segmented into articles)."""
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff\n")
    head, sep, body = text.partition("\n\n")
    heads = [h for h in head.split("\n") if h.strip()]
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if not sep or not 1 <= len(heads) <= 3 or any(len(h.strip()) > 80 or h.rstrip().endswith("。") for h in heads):
        return "page"
    indented = sum(1 for ln in lines if _INDENTED.match(ln))
    one_block = "\n\n" not in body.strip("\n") and any(ln.rstrip().endswith(("。", "”", "！", "？")) for ln in lines)
    return "article" if lines and (indented >= 0.6 * len(lines) or one_block) else "page"


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


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line; scripts and styles dropped."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "head"]):
        tag.decompose()
    return soup.get_text("\n")


def docx_to_text(data: bytes) -> str:
    import io
    import zipfile

    import docx
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc.__class__.__name__})") from None
    return "\n".join(p.text for p in document.paragraphs)


def _looks_traditional(text: str) -> bool:
    """Traditional text changes under t2s conversion; Simplified text does not."""
    sample = text[:3000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample)))
    return changed >= 3 and changed > 0.03 * max(cjk, 1)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def read_source(path: Path, data: bytes | None = None) -> SourceText:
    """Read one input file (or given bytes under that name) into canonical text."""
    raw = path.read_bytes() if data is None else data
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"too large ({len(raw) / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB per file: "
                         "split it into pages or issues)")
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        text, encoding = docx_to_text(raw), "docx"
    else:
        text, encoding = decode(raw)
        if suffix in MARKUP_SUFFIXES or (suffix not in TEXT_SUFFIXES and "<html" in text[:2000].lower()):
            text = html_to_text(text)
    if _looks_traditional(text):
        text, encoding = to_simplified(text), encoding + "+t2s"
    layout = layout_of(text)
    text = normalize_text(text)
    if not text.strip():
        raise InputError("the file holds only white space")
    cjk = sum(1 for ch in text[:20000] if "\u3400" <= ch <= "\u9fff")
    if cjk < 10:
        raise InputError("no Chinese text found")
    return SourceText(source=str(path), text=text, encoding=encoding, name_date=date_from_name(path.name),
                      layout=layout)


def iter_input_files(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus input files found recursively under folders, sorted."""
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
                                and not f.name.startswith(".")))
        else:
            files.append(p)
    return files


def expand_zip(name: str, data: bytes) -> list[tuple[str, bytes]]:
    """Members of a zip as (archive/member, bytes). Unsafe paths are refused and size is bounded."""
    import io
    import posixpath
    import zipfile
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a valid .zip archive") from None
    members = [i for i in zf.infolist() if not i.is_dir()]
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"too many files in the archive ({len(members)} > {MAX_ZIP_MEMBERS})")
    out, total = [], 0
    for info in members:
        member = info.filename.replace("\\", "/")
        norm = posixpath.normpath(member)
        if member.startswith("/") or norm.startswith("../") or norm == ".." or ":" in member.split("/")[0]:
            raise InputError(f"unsafe path in archive: {info.filename!r} (refused)")
        if Path(norm).suffix.lower() not in INPUT_SUFFIXES - ZIP_SUFFIXES:
            continue
        total += info.file_size
        if total > MAX_ZIP_TOTAL or (info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO
                                     and info.file_size > MAX_FILE_BYTES):
            raise InputError("archive expands too much (a zip bomb?); refused")
        with zf.open(info) as fh:
            payload = fh.read(MAX_FILE_BYTES + 1)
        out.append((f"{name}/{norm}", payload))
    return out
