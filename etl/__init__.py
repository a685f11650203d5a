"""ETL: workers'-newspaper text in, tidy evidence-linked tables out.

Each module is a set of pure functions (text in, rows out); file I/O lives in
`etl.read` (input) and `etl.store` (output) only.
"""

# Bumped whenever extraction rules change: a store re-extracts files processed by another version.
ETL_VERSION = "2026.12.02.1"
