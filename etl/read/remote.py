"""Inputs given as fsspec URLs (s3://bucket/pages/, gcs://…, file:///…): listed here, read where the batch
runs (a Dask worker reads its own files; the driver never downloads them)."""
from __future__ import annotations

from pathlib import PurePosixPath

from etl.read import INPUT_SUFFIXES


def walk_urls(urls: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Every input file under the URLs (folders listed recursively), and the URLs that could not be listed."""
    if not urls:
        return [], []
    import fsspec
    found, problems = [], []
    for url in urls:
        try:
            fs, path = fsspec.core.url_to_fs(url)
            if fs.isdir(path):
                names = sorted(p for p in fs.find(path) if PurePosixPath(p).suffix.lower() in INPUT_SUFFIXES)
                found.extend(fs.unstrip_protocol(p) for p in names)
            elif fs.exists(path):
                found.append(url)
            else:
                problems.append((url, "no such file or folder"))
        except Exception as exc:  # an unknown protocol, a missing driver (s3fs), no permission
            problems.append((url, f"cannot list ({exc.__class__.__name__}: {str(exc)[:160]})"))
    return found, problems
