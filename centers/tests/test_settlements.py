"""The settlement register: the data file loads whole, a second load changes nothing, and a
settlement the data has no point for gets its municipality seat's, marked approximate."""

import csv
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from centers.gazetteer import SETTLEMENTS_CSV
from centers.management.commands.load_settlements import load_settlements
from centers.models import Municipality, Settlement

HEADER = (
    "ekatte,kind,name,name_latin,municipality_code,municipality,region_code,region,seat,latitude,longitude\n"
)


class SettlementRegisterTests(TestCase):
    def test_the_data_file_loads_every_settlement_with_its_municipality_and_region(self):
        with open(SETTLEMENTS_CSV, encoding="utf-8") as file:
            rows = sum(1 for _ in csv.DictReader(file))
        output = StringIO()
        call_command("load_settlements", stdout=output)
        self.assertIn(f"{rows} settlements in 265 municipalities loaded", output.getvalue())
        self.assertEqual(Settlement.objects.count(), rows)
        self.assertTrue(5200 < rows < 5300)
        debelets = Settlement.objects.get(ekatte="20242")
        self.assertEqual(
            (debelets.name, debelets.name_latin, debelets.kind, debelets.municipality.name),
            ("Дебелец", "Debelets", "city", "Велико Търново"),
        )
        self.assertEqual(debelets.municipality.region, "veliko-tarnovo")
        self.assertAlmostEqual(debelets.latitude, 43.03, delta=0.05)
        self.assertEqual(Settlement.objects.get(name="Нови Искър").municipality.region, "sofia-city")
        # Four municipalities have their seat in a neighbouring one (Марица and Родопи in Пловдив).
        self.assertEqual(Municipality.objects.filter(settlements__is_municipality_seat=True).count(), 261)

    def test_loading_twice_changes_nothing(self):
        load_settlements()
        before = (
            Settlement.objects.count(),
            Municipality.objects.count(),
            Settlement.objects.get(ekatte="72223").pk,
        )
        load_settlements()
        after = (
            Settlement.objects.count(),
            Municipality.objects.count(),
            Settlement.objects.get(ekatte="72223").pk,
        )
        self.assertEqual(after, before)

    def test_a_settlement_without_a_point_gets_its_municipality_seats_marked_approximate(self):
        load_settlements()
        nefela = Settlement.objects.get(name="Нефела")  # the data has no point for it
        vratsa = Settlement.objects.get(name="Враца", is_municipality_seat=True)
        self.assertTrue(nefela.location_is_approximate)
        self.assertEqual(nefela.position, vratsa.position)
        self.assertFalse(vratsa.location_is_approximate)

    def test_a_changed_data_file_updates_the_register_in_place(self):
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "settlements.csv"
            data.write_text(
                HEADER
                + "99901,city,Село-град,Selo-grad,TST01,Тестова,TST,pernik,1,42.5,23.0\n"
                + "99902,village,Махала,Mahala,TST01,Тестова,TST,pernik,,,\n",
                encoding="utf-8",
            )
            load_settlements(data)
            mahala = Settlement.objects.get(ekatte="99902")
            self.assertEqual((mahala.position, mahala.location_is_approximate), ((42.5, 23.0), True))
            data.write_text(
                HEADER + "99902,village,Махала,Mahala,TST01,Тестова,TST,pernik,,42.6,23.1\n", encoding="utf-8"
            )
            load_settlements(data)
        mahala.refresh_from_db()
        self.assertEqual((mahala.position, mahala.location_is_approximate), ((42.6, 23.1), False))
        self.assertEqual(Settlement.objects.filter(ekatte="99902").count(), 1)
