"""The centres as open data: a GeoJSON FeatureCollection (RFC 7946) and a CSV of the same facts,
readable by any site's scripts (CORS) and pages (CORP), kept until a publish, under the licence
the editors chose, linked from the centres index in its language."""

import csv
import io
import json
import re
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from centers.models import CenterPage
from core.models import SiteSettings
from tests import builders
from tests.content import SiteContentTestCase

GEOJSON = "/data/centres.geojson"
CSV = "/data/centres.csv"
API = "/api/centres/"

# The properties README.md documents, every one on every feature (null when the page has no such fact).
DOCUMENTED_PROPERTIES = {
    "id",
    "name_bg",
    "name_en",
    "url_bg",
    "url_en",
    "service_name_bg",
    "service_name_en",
    "operator_bg",
    "operator_en",
    "town_bg",
    "town_en",
    "region",
    "location_accuracy",
    "services",
    "target_groups",
    "municipalities_served",
    "settlements_served",
    "capacity",
    "funding",
    "funding_note_bg",
    "funding_note_en",
    "last_modified",
}
SERVICE_PROPERTIES = {"name_bg", "name_en", "access", "legal_basis_bg", "legal_basis_en"}
CSV_COLUMNS = [
    "id",
    "name_bg",
    "name_en",
    "url_bg",
    "url_en",
    "service_name_bg",
    "service_name_en",
    "operator_bg",
    "operator_en",
    "town_bg",
    "town_en",
    "region",
    "longitude",
    "latitude",
    "location_accuracy",
    "services_bg",
    "services_en",
    "services_access",
    "services_legal_basis_bg",
    "services_legal_basis_en",
    "target_groups_bg",
    "target_groups_en",
    "municipalities_served",
    "settlements_served",
    "capacity",
    "funding",
    "funding_note_bg",
    "funding_note_en",
    "last_modified",
]


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "no byte order mark for Excel"
    return list(csv.reader(io.StringIO(text[1:])))


def by_name(collection):
    return {feature["properties"]["name_bg"]: feature for feature in collection["features"]}


class OpenDataOfTheRealCentresTests(SiteContentTestCase):
    """The seed content's centres, as the national map would read them."""

    def test_the_geojson_is_a_feature_collection_of_every_live_centre(self):
        response = self.client.get(GEOJSON)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/geo+json; charset=utf-8")
        collection = json.loads(response.content)
        self.assertEqual(collection["type"], "FeatureCollection")
        live = CenterPage.objects.live().filter(locale__language_code="bg")
        self.assertEqual(
            {f["properties"]["name_bg"] for f in collection["features"]}, {c.title for c in live}
        )
        for feature in collection["features"]:
            with self.subTest(centre=feature["properties"]["name_bg"]):
                self.assertEqual(feature["type"], "Feature")
                self.assertEqual(set(feature["properties"]), DOCUMENTED_PROPERTIES)
                geometry = feature["geometry"]
                self.assertEqual(geometry["type"], "Point")
                longitude, latitude = geometry["coordinates"]  # longitude first (RFC 7946 §3.1.1)
                self.assertTrue(22 <= longitude <= 29 and 41 <= latitude <= 45)
                self.assertIn(feature["properties"]["location_accuracy"], ("building", "settlement_centre"))
                for service in feature["properties"]["services"]:
                    self.assertEqual(set(service), SERVICE_PROPERTIES)
                    self.assertIn(service["access"], ("general", "specialised", None))

    def test_each_centre_is_named_and_linked_in_both_languages(self):
        collection = self.client.get(GEOJSON).json()
        for feature in collection["features"]:
            properties = feature["properties"]
            with self.subTest(centre=properties["name_bg"]):
                self.assertTrue(properties["name_en"])
                self.assertNotEqual(properties["name_en"], properties["name_bg"])
                for code in ("bg", "en"):
                    url = properties[f"url_{code}"]
                    self.assertTrue(url.startswith(f"{settings.SITE_URL.rstrip('/')}/{code}/"), url)
                    page = self.client.get(url)
                    self.assertContains(page, properties[f"name_{code}"])

    def test_the_facts_are_the_pages_facts(self):
        centres = by_name(self.client.get(GEOJSON).json())
        pernik = centres["SOS ЦОП Перник"]["properties"]
        self.assertEqual(pernik["funding"], "donations")
        self.assertIsNone(pernik["capacity"])  # the sources give none
        self.assertEqual(centres["ЦОП Казанлък"]["properties"]["capacity"], 60)
        self.assertEqual(centres["ЦОП Разлог"]["properties"]["capacity"], 20)
        self.assertIn("Перник", [m["name_bg"] for m in pernik["municipalities_served"]])
        tarnovo = centres["SOS ЦОП Велико Търново"]["properties"]
        mobile = {s["name_bg"] for s in tarnovo["settlements_served"] if s["how"] == "mobile"}
        self.assertEqual(mobile, {"Ресен", "Шереметя", "Водолей", "Дебелец"})
        accesses = {service["access"] for service in pernik["services"]}
        self.assertLessEqual({"general", "specialised"}, accesses)  # None where no source says which
        self.assertTrue(all(service["name_en"] for service in pernik["services"]))
        self.assertTrue(pernik["target_groups"] and all(g["name_en"] for g in pernik["target_groups"]))
        self.assertTrue(pernik["operator_bg"] and pernik["operator_en"])

    def test_the_csv_has_the_same_centres_with_the_documented_columns(self):
        response = self.client.get(CSV)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        header, *rows = csv_rows(response)
        self.assertEqual(header, CSV_COLUMNS)
        features = self.client.get(GEOJSON).json()["features"]
        self.assertEqual(len(rows), len(features))
        row = dict(zip(header, next(r for r in rows if r[1] == "SOS ЦОП Велико Търново"), strict=True))
        self.assertIn("Дебелец (", row["settlements_served"])
        self.assertEqual(len(row["services_bg"].split("; ")), len(row["services_access"].split("; ")))

    def test_the_api_gives_the_same_collection_as_json(self):
        response = self.client.get(API)
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertEqual(response.json(), self.client.get(GEOJSON).json())

    def test_the_centres_index_links_the_data_in_its_head_and_text(self):
        for code, heading in (("bg", "Отворени данни"), ("en", "Open data")):
            with self.subTest(language=code):
                index = CenterPage.objects.filter(locale__language_code=code).first().get_parent()
                response = self.client.get(index.url)
                self.assertContains(
                    response,
                    '<link rel="alternate" type="application/geo+json" href="/data/centres.geojson"',
                )
                self.assertContains(response, heading)
                self.assertContains(response, 'href="/data/centres.csv"')
                self.assertContains(
                    response,
                    '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>',
                )


class OpenDataResponseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.center = builders.add_center(cls.tree["centers"], title="ЦОП Перник", capacity=60)

    def test_a_draft_centre_is_absent(self):
        draft = builders.add_center(self.tree["centers"], title="ЦОП Чернова")
        draft.unpublish()
        names = {f["properties"]["name_bg"] for f in self.client.get(GEOJSON).json()["features"]}
        self.assertEqual(names, {"ЦОП Перник"})
        self.assertNotIn("ЦОП Чернова", self.client.get(CSV).content.decode())

    def test_a_centre_without_coordinates_has_a_null_geometry(self):
        feature = self.client.get(GEOJSON).json()["features"][0]
        self.assertIn("geometry", feature)
        self.assertIsNone(feature["geometry"])
        self.assertIsNone(feature["properties"]["location_accuracy"])
        self.assertIsNone(feature["properties"]["name_en"])  # no English page yet
        self.assertIsNone(feature["properties"]["url_en"])

    def test_the_point_says_whether_it_marks_the_building(self):
        CenterPage.objects.filter(pk=self.center.pk).update(
            latitude="42.60528", longitude="23.03778", location_is_approximate=False
        )
        feature = self.client.get(GEOJSON).json()["features"][0]
        self.assertEqual(feature["geometry"], {"type": "Point", "coordinates": [23.03778, 42.60528]})
        self.assertEqual(feature["properties"]["location_accuracy"], "building")

    def test_no_csv_cell_starts_a_formula(self):
        builders.add_center(
            self.tree["centers"], title='=HYPERLINK("http://evil.example","x")', town="+Перник"
        )
        header, *rows = csv_rows(self.client.get(CSV))
        row = dict(zip(header, next(r for r in rows if "HYPERLINK" in r[1]), strict=True))
        self.assertEqual(row["name_bg"], '\'=HYPERLINK("http://evil.example","x")')
        self.assertEqual(row["town_bg"], "'+Перник")
        for row in rows:
            for cell in row:
                self.assertFalse(cell.startswith(("=", "+", "-", "@")), cell)

    def test_any_site_may_read_the_data(self):
        for url in (GEOJSON, CSV, API):
            with self.subTest(url=url):
                response = self.client.get(url, headers={"Origin": "https://map.example"})
                self.assertEqual(response["Access-Control-Allow-Origin"], "*")
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "cross-origin")
                self.assertEqual(
                    response["Link"], '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
                )
                self.assertIn("public", response["Cache-Control"])

    def test_only_the_data_is_cross_origin(self):
        response = self.client.get(self.tree["centers"].url)
        self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
        self.assertNotIn("Access-Control-Allow-Origin", response)

    def test_an_unchanged_document_is_not_sent_again(self):
        first = self.client.get(GEOJSON)
        again = self.client.get(GEOJSON, headers={"If-None-Match": first["ETag"]})
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again["Access-Control-Allow-Origin"], "*")
        self.center.save_revision().publish()  # last_modified changes
        changed = self.client.get(GEOJSON, headers={"If-None-Match": first["ETag"]})
        self.assertEqual(changed.status_code, 200)

    def test_a_preflight_is_answered(self):
        response = self.client.options(GEOJSON, headers={"Origin": "https://map.example"})
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(response["Access-Control-Allow-Methods"], "GET, HEAD, OPTIONS")

    def test_head_answers_without_a_body(self):
        response = self.client.head(GEOJSON)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"")

    def test_the_data_is_read_only(self):
        for method in ("post", "put", "delete", "patch"):
            for url in (GEOJSON, CSV, API):
                with self.subTest(method=method, url=url):
                    response = getattr(self.client, method)(url)
                    self.assertEqual(response.status_code, 405)
                    self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")

    def test_the_data_is_kept_until_a_centre_is_published(self):
        self.client.get(GEOJSON)
        with CaptureQueriesContext(connection) as queries:
            self.client.get(GEOJSON)
        self.assertFalse([q for q in queries if "centers_centerpage" in q["sql"]], "read again though kept")
        self.center.title = "ЦОП Перник (нов)"
        self.center.save_revision().publish()
        names = [f["properties"]["name_bg"] for f in self.client.get(GEOJSON).json()["features"]]
        self.assertEqual(names, ["ЦОП Перник (нов)"])

    def test_more_centres_cost_no_more_queries(self):
        def queries_for_a_fresh_document(towns):
            for town in towns:  # a publish: the kept document is left behind
                builders.add_center(self.tree["centers"], town=town)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(GEOJSON)
            return len(queries)

        queries_for_a_fresh_document([])  # the site's own parts, kept once
        one_more = queries_for_a_fresh_document(["Габрово"])
        self.assertEqual(queries_for_a_fresh_document(["Трявна", "Казанлък", "Разлог"]), one_more)

    def test_the_licence_is_the_editors_choice(self):
        chosen = SiteSettings.for_site(Site.objects.get())
        chosen.open_data_licence = "ODbL 1.0"
        chosen.open_data_licence_url = "https://opendatacommons.org/licenses/odbl/1-0/"
        chosen.save()
        response = self.client.get(GEOJSON)
        self.assertEqual(
            response.json()["license"],
            {"name": "ODbL 1.0", "url": "https://opendatacommons.org/licenses/odbl/1-0/"},
        )
        self.assertEqual(
            self.client.get(CSV)["Link"], '<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"'
        )
        page = self.client.get(self.tree["centers"].url)
        self.assertContains(
            page, '<a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">ODbL 1.0</a>'
        )

    def test_the_index_page_names_the_data_in_its_head(self):
        response = self.client.get(self.tree["centers"].url)
        head = response.content.decode().split("</head>")[0]
        self.assertRegex(
            head, re.escape('<link rel="alternate" type="application/geo+json" href="/data/centres.geojson"')
        )
        self.assertIn('<link rel="alternate" type="text/csv" href="/data/centres.csv"', head)
        self.assertEqual(Locale.get_default().language_code, "bg")
        self.assertContains(response, "Отворени данни")


class OpenDataDocumentationTests(TestCase):
    def test_the_readme_documents_every_property_and_column(self):
        readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
        section = readme.split("## Open data", 1)[1].split("\n## ", 1)[0]
        section = re.sub(r"```.*?```", "", section, flags=re.DOTALL)  # the example request
        documented = set(re.findall(r"[a-z_]+", " ".join(re.findall(r"`([^`]+)`", section))))
        self.assertLessEqual(DOCUMENTED_PROPERTIES | SERVICE_PROPERTIES | set(CSV_COLUMNS), documented)
