"""Build etl/rules/converted_place_names.tsv: place names the conversion from Traditional writes wrong.

Traditional text is converted to Simplified as it is read (etl.read.to_simplified); a few names come back wrong —
乾 is Traditional for 干 too, so 乾安縣 became 干安县 and no place. Each county's and town's name (data/gazetteer.csv,
data/towns.csv) is written in Traditional, in Taiwan's and Hong Kong's forms too, and converted back; where that
differs from the name (and is no place's name itself), the reader puts the name back. Run after build_gazetteer.py:

    python scripts/build_converted_place_names.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.read import mangled_place_names  # noqa: E402

TABLE = ROOT / "etl" / "rules" / "converted_place_names.tsv"
HEADER = ("# place names the conversion from Traditional writes wrong · as the division lists write them (built by\n"
          "# scripts/build_converted_place_names.py from data/gazetteer.csv and data/towns.csv; read by etl.read)\n")


def main() -> int:
    fixes = mangled_place_names(ROOT / "data" / "gazetteer.csv", ROOT / "data" / "towns.csv")
    TABLE.write_text(HEADER + "".join(f"{wrong}\t{right}\n" for wrong, right in fixes.items()), encoding="utf-8")
    print(f"{len(fixes)} names written to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
