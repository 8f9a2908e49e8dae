"""Builds centers/data/settlements.csv, the register of Bulgaria's settlements, from published data.

Run once when the sources change (the result is committed; nothing here runs at build or request
time). Takes facts only, never code, from two public copies of the NSI's EKATTE classifier:

    EKATTE   the settlements, their type, municipality and region: the NSI's EKATTE tables of May
             2018 (Ek_atte, Ek_obst), as published in github.com/nikolovdeyan/Bulgaria-geocoding
             (data/EKATTE-05-2018/EKATTE_Settlements.csv and Ek_obst.csv)
    COORDS   each settlement's point, by EKATTE code: github.com/yurukov/Bulgaria-geocoding
             (settlements_loc.csv, "geo" = longitude,latitude, taken from OpenStreetMap)

    .venv/bin/python scripts/build_settlements.py EKATTE_Settlements.csv Ek_obst.csv settlements_loc.csv

A settlement with no point in COORDS is written without one; the loader then gives it its
municipality seat's point, marked approximate (centers/management/commands/load_settlements.py).
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from centers.gazetteer import latin_name  # noqa: E402

OUTPUT = ROOT / "centers" / "data" / "settlements.csv"

# The NSI's region (област) codes and the site's Region values (centers/models.py).
REGIONS = {
    "BLG": "blagoevgrad", "BGS": "burgas", "VAR": "varna", "VTR": "veliko-tarnovo", "VID": "vidin",
    "VRC": "vratsa", "GAB": "gabrovo", "DOB": "dobrich", "KRZ": "kardzhali", "KNL": "kyustendil",
    "LOV": "lovech", "MON": "montana", "PAZ": "pazardzhik", "PER": "pernik", "PVN": "pleven",
    "PDV": "plovdiv", "RAZ": "razgrad", "RSE": "ruse", "SLS": "silistra", "SLV": "sliven",
    "SML": "smolyan", "SFO": "sofia", "SOF": "sofia-city", "SZR": "stara-zagora",
    "TGV": "targovishte", "HKV": "haskovo", "SHU": "shumen", "JAM": "yambol",
}  # fmt: skip
KINDS = {"гр.": "city", "с.": "village", "ман.": "monastery"}
COLUMNS = [
    "ekatte", "kind", "name", "name_latin", "municipality_code", "municipality", "region_code",
    "region", "seat", "latitude", "longitude",
]  # fmt: skip


def read(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def points(path):
    found = {}
    for row in read(path):
        lon, _, lat = row["geo"].partition(",")
        try:
            found[row["ekatte"]] = (round(float(lat), 5), round(float(lon), 5))
        except ValueError:
            continue
    return found


def build(ekatte_path, municipalities_path, coords_path):
    municipalities = {row["obstina"]: row for row in read(municipalities_path)}
    coords = points(coords_path)
    rows = []
    for row in read(ekatte_path):
        municipality = municipalities[row["obstina"]]
        latitude, longitude = coords.get(row["ekatte"], ("", ""))
        rows.append(
            {
                "ekatte": row["ekatte"],
                "kind": KINDS[row["t_v_m"]],
                "name": row["name"],
                "name_latin": latin_name(row["name"]),
                "municipality_code": row["obstina"],
                "municipality": municipality["name"],
                "region_code": row["oblast"],
                "region": REGIONS[row["oblast"]],
                "seat": "1" if municipality["ekatte"] == row["ekatte"] else "",
                "latitude": latitude,
                "longitude": longitude,
            }
        )
    rows.sort(key=lambda r: r["ekatte"])
    return rows


def main(ekatte_path, municipalities_path, coords_path):
    rows = build(ekatte_path, municipalities_path, coords_path)
    OUTPUT.parent.mkdir(exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    missing = sum(1 for row in rows if not row["latitude"])
    print(f"{len(rows)} settlements written to {OUTPUT.relative_to(ROOT)}; {missing} without a point.")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
