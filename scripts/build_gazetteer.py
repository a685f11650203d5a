"""Build data/gazetteer.csv: China's administrative divisions down to county level (and data/towns.csv: the towns
whose names are the country's only ones, with their counties).

Run once by a developer when the divisions change; the product only reads the CSV:

    pip install jionlp cpca==0.5.5 "setuptools<81"   # cpca imports pkg_resources
    python scripts/build_gazetteer.py
Sources (both on PyPI): jionlp's china_location.txt (names, adcodes and short
forms, current through the 2016+ county-to-district changes, Apache-2.0) and
cpca's adcodes.csv (longitude/latitude, MIT). cpca predates 2016, so a renamed
unit (永年县→永年区) takes the coordinates of its old name in the same city, and
failing that its city's.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import cpca
import jionlp  # noqa: F401  (unpacks its dictionaries on first import)

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"}
# names the source misspells (Hong Kong's 葵青区, Taiwan's 苗栗县 — found in the twenty-eighth session)
SOURCE_TYPOS = {"奎青区": "葵青区", "苗粟县": "苗栗县"}
COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗")


def stem(name: str) -> str:
    for suf in COUNTY_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def main(out: Path) -> None:
    src = Path(jionlp.__file__).parent / "dictionary" / "china_location.txt"
    coords: dict[str, tuple[float, float, str]] = {}
    with open(Path(cpca.__file__).parent / "resources" / "adcodes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["longitude"]:
                continue
            coords[row["adcode"][:6]] = (float(row["longitude"]), float(row["latitude"]), row["name"])
    by_city_stem: dict[tuple[str, str], tuple[float, float]] = {}
    for code, (lng, lat, name) in coords.items():
        by_city_stem[(code[:4], stem(name))] = (lng, lat)

    rows = []
    prov = city = None
    for line in src.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        if depth > 2 or len(parts) < 3:
            continue
        name, code, short = parts[0], parts[1], parts[2]
        if name in SOURCE_TYPOS:
            name = SOURCE_TYPOS[name]
            short = stem(name)
        if depth == 0:
            prov = (name, code, short)
            city = None
            rows.append(dict(adcode=code, level="province", name=name, short=short,
                             province=name, province_short=short, city="", county=""))
        elif depth == 1:
            city = (name, code, short)
            if name == prov[0] or short == prov[2] or "直辖" in name:
                continue  # municipality/SAR repeat or a pseudo-city: no city level
            rows.append(dict(adcode=code, level="city", name=name, short=short,
                             province=prov[0], province_short=prov[2], city=name, county=""))
        else:
            city_name = "" if (city[0] == prov[0] or city[2] == prov[2] or "直辖" in city[0]) else city[0]
            rows.append(dict(adcode=code, level="county", name=name, short=short,
                             province=prov[0], province_short=prov[2], city=city_name, county=name))
    missing = 0
    for r in rows:
        c = coords.get(r["adcode"]) or by_city_stem.get((r["adcode"][:4], stem(r["name"])))
        if c is None and r["level"] == "county":
            c = coords.get(r["adcode"][:4] + "00")
        if c is None:
            c = coords.get(r["adcode"][:2] + "0000")
        if c is None:
            missing += 1
            r["lng"] = r["lat"] = ""
        else:
            r["lng"], r["lat"] = round(c[0], 6), round(c[1], 6)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["adcode", "level", "name", "short", "province",
                                          "province_short", "city", "county", "lng", "lat"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} units written to {out}; {missing} without coordinates", file=sys.stderr)


TOWN_ENDINGS = ("镇", "乡", "街道", "苏木")
# common words a town's name may end in that the tokenizer's dictionary tags as places (城镇 ns, 古镇 ns)
COMMON_TOWN_WORDS = ("城镇", "古镇", "重镇", "小镇", "山乡", "水乡", "城乡", "乡镇", "村镇", "集镇", "家乡", "故乡", "老乡")


def write_towns(src: Path, gazetteer: Path, out: Path) -> None:
    """data/towns.csv: the towns, townships and subdistricts (乡镇街道) whose name no other one in the country has
    and no county-level or higher unit has as its name or short form, with the county they lie in — so that a local
    story that names only its town (横店镇总工会) is placed. A name whose last two characters are a common word
    (明村镇: 村镇, 高城乡: 城乡 — 文明村镇, 提高城乡) is left out: the text would find it inside other words."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from etl.analyse.lexicon import jieba_dictionary_tags
    words = jieba_dictionary_tags()
    with open(gazetteer, encoding="utf-8") as f:
        taken = {n for r in csv.DictReader(f) for n in (r["name"], r["short"]) if n}
    seen: dict[str, list[str]] = {}
    county = None
    for line in src.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        if depth == 2 and len(parts) >= 2:
            county = parts[1]
        elif depth == 3 and county:
            seen.setdefault(parts[0], []).append(county)
    def ends_in_common_word(name: str) -> bool:
        # (街道 is the ending itself; any other name's last two characters, a word the dictionary has and tags
        # as no place, or one of the common words it tags as places)
        last = name[-2:]
        return last in COMMON_TOWN_WORDS or not name.endswith("街道") and not words.get(last, "ns").startswith("ns")

    rows = sorted((name, codes[0]) for name, codes in seen.items()
                  if len(codes) == 1 and len(name) >= 3 and name.endswith(TOWN_ENDINGS) and name not in taken
                  and not ends_in_common_word(name))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "county_adcode"])
        w.writerows(rows)
    print(f"{len(rows)} towns written to {out}", file=sys.stderr)


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "data"
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else data / "gazetteer.csv"
    main(target)
    write_towns(Path(jionlp.__file__).parent / "dictionary" / "china_location.txt", target, target.parent / "towns.csv")
