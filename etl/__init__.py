"""ETL: workers'-newspaper text in, tidy evidence-linked tables out.

Each module is a set of pure functions (text in, rows out); file I/O lives at the
edges: input in `etl.read` (and `etl.remote`, `etl.batch.read_payload`), output in
`etl.store` and `etl.export`, word tables in `etl.cache`.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# what decides the rows: every rule and word list, and the modules that read text and extract
_EXTRACTION_SOURCES = ("read.py", "textnorm.py", "segment.py", "headings.py", "doc.py", "dates.py", "places.py",
                       "orgs.py", "patterns.py", "lexicon.py", "kinds.py", "spans.py", "keywords.py", "awards.py",
                       "events.py", "money.py", "pipeline.py", "schema.py", "ruleset.py")


def _digest() -> str:
    h = hashlib.sha1()
    files = sorted((_HERE / "rules").iterdir()) + sorted((_HERE / "lexicon").iterdir()) \
        + [_HERE / name for name in _EXTRACTION_SOURCES]
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return h.hexdigest()[:10]


# Derived from the rules and the extraction code, never bumped by hand: a store re-extracts the files
# an earlier version processed whenever any rule, word list or extractor changes.
ETL_VERSION = "r3-" + _digest()
