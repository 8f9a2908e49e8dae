"""Loads the register of Bulgaria's settlements (centers/data/settlements.csv) into the database.

Safe to repeat: rows are matched by their NSI code (EKATTE for a settlement, the municipality's
code) and brought up to date, never duplicated. A settlement the data gives no point for gets
its municipality seat's, marked approximate.
"""

import csv
from statistics import fmean

from django.core.management.base import BaseCommand
from django.db import transaction

from centers.gazetteer import SETTLEMENTS_CSV, latin_name, loose_key, search_key
from centers.models import Municipality, Settlement

BATCH = 1000


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def municipalities_from(rows):
    seen = {}
    for row in rows:
        seen.setdefault(
            row["municipality_code"],
            Municipality(
                code=row["municipality_code"],
                name=row["municipality"],
                name_latin=latin_name(row["municipality"]),
                region=row["region"],
                search_key=search_key(row["municipality"]),
            ),
        )
    return list(seen.values())


def seat_points(rows):
    """Each municipality's seat's point. Four municipalities (Добрич-селска, Марица, Родопи,
    Тунджа) have their seat in the neighbouring town: theirs is the middle of their own places."""
    located = [row for row in rows if row["latitude"] and row["longitude"]]
    places = {}
    for row in located:
        places.setdefault(row["municipality_code"], []).append(
            (float(row["latitude"]), float(row["longitude"]))
        )
    seats = {
        code: (round(fmean(lat for lat, _ in points), 5), round(fmean(lon for _, lon in points), 5))
        for code, points in places.items()
    }
    for row in located:
        if row["seat"]:
            seats[row["municipality_code"]] = (float(row["latitude"]), float(row["longitude"]))
    return seats


def settlement_from(row, municipality_pk, seats):
    approximate = not (row["latitude"] and row["longitude"])
    latitude, longitude = (
        seats[row["municipality_code"]] if approximate else (float(row["latitude"]), float(row["longitude"]))
    )
    return Settlement(
        ekatte=row["ekatte"],
        kind=row["kind"],
        name=row["name"],
        name_latin=row["name_latin"],
        municipality_id=municipality_pk,
        is_municipality_seat=bool(row["seat"]),
        latitude=latitude,
        longitude=longitude,
        location_is_approximate=approximate,
        search_key=search_key(row["name"]),
        loose_key=loose_key(row["name"]),
    )


@transaction.atomic
def load_settlements(path=SETTLEMENTS_CSV):
    """Brings the register up to date from the data file; returns how many settlements it holds."""
    rows = read_rows(path)
    Municipality.objects.bulk_create(
        municipalities_from(rows),
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["name", "name_latin", "region", "search_key"],
    )
    pks = dict(Municipality.objects.values_list("code", "pk"))
    seats = seat_points(rows)
    Settlement.objects.bulk_create(
        [settlement_from(row, pks[row["municipality_code"]], seats) for row in rows],
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["ekatte"],
        update_fields=[
            "kind", "name", "name_latin", "municipality", "is_municipality_seat", "latitude", "longitude",
            "location_is_approximate", "search_key", "loose_key",
        ],
    )  # fmt: skip
    return len(rows)


def ensure_settlements():
    """Loads the register if the database has none yet (a new site, a test database)."""
    if not Settlement.objects.exists():
        return load_settlements()
    return 0


class Command(BaseCommand):
    help = "Load the register of Bulgaria's settlements (EKATTE) from centers/data. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", default=SETTLEMENTS_CSV, help="A CSV laid out like centers/data/settlements.csv."
        )

    def handle(self, *args, file, **options):
        count = load_settlements(file)
        approximate = Settlement.objects.filter(location_is_approximate=True).count()
        self.stdout.write(
            f"{count} settlements in {Municipality.objects.count()} municipalities loaded; "
            f"{approximate} placed at their municipality seat."
        )
