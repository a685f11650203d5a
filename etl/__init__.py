"""ETL: workers'-newspaper text in, tidy evidence-linked tables out.

Each module is a set of pure functions (text in, rows out); file I/O lives at the
edges: input in `etl.read` (and `etl.remote`, `etl.batch.read_payload`), output in
`etl.store` and `etl.export`, word tables in `etl.cache`.
"""

# Bumped whenever extraction rules change: a store re-extracts files processed by another version.
ETL_VERSION = "2026.12.03.5"
