"""ETL: workers'-newspaper text in, tidy evidence-linked tables out, in folders by stage.

- `etl.read`: files to text (decoding, HTML/DOCX, zips) and pages to articles (`segment`, `headings`);
- `etl.analyse`: one article analysed once (`doc.analyse`: tokens, sentences, dates, places, organisations);
- `etl.extract`: pure functions from one analysed article to typed rows, and `pipeline` for a whole document;
- `etl.rules`: the rule catalogue, the shared regex fragments and the word lists (data, not code);
- `etl.store`: the partitioned Parquet store, its repair, the CSV export and the ingest driver;
- `etl.evaluate`: the accuracy harness against hand-checked gold.
File I/O lives at the edges (read, store); `etl.schema` says every table's columns once.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# what decides the rows: every rule and word list, and the code of the stages that read, analyse and extract
_EXTRACTION_DIRS = ("read", "analyse", "extract", "rules", "lexicon")


def _digest() -> str:
    h = hashlib.sha1()
    files = sorted(f for d in _EXTRACTION_DIRS for f in (_HERE / d).iterdir() if f.is_file()) + [_HERE / "schema.py"]
    for f in files:
        h.update(f"{f.parent.name}/{f.name}".encode() + b"\0" + f.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return h.hexdigest()[:10]


# Derived from the rules and the extraction code, never bumped by hand: a store re-extracts the files
# an earlier version processed whenever any rule, word list or extractor changes.
ETL_VERSION = "r3-" + _digest()
