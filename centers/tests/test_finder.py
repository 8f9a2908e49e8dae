"""The centre finder on the real content: a town finds the centres that serve it however it is
typed, a town with no centre gets the nearest ones and the helpline, filters combine, and the
page works as a plain GET form with shareable URLs."""

from io import StringIO

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from centers.finder import distance_km, name_words, names_match, place_labels
from centers.models import CenterPage, Service

BG_INDEX = "/bg/tsentrove/"
EN_INDEX = "/en/centres/"


def found(response):
    return [match.center.slug for match in response.context["finder"].matches]


class NameMatchingTests(SimpleTestCase):
    def test_cyrillic_latin_abbreviated_and_misspelt_names_match(self):
        name = name_words("Велико Търново")
        for typed in ("Велико Търново", "veliko tarnovo", "Veliko Turnovo", "v. tarnovo", "В. Търново", "Търново",
                      "гр. Велико Търново", "velikotarnovo", "Veliko Tarnvo"):  # fmt: skip
            with self.subTest(typed=typed):
                self.assertTrue(names_match(name_words(typed), name))

    def test_different_places_do_not_match(self):
        for typed, place in (
            ("Габрово", "Трявна"),
            ("Перник", "Плевен"),
            ("v. tarnovo", "Стара Загора"),
            ("", "София"),
        ):
            with self.subTest(typed=typed, place=place):
                self.assertFalse(names_match(name_words(typed), name_words(place)))

    def test_map_labels_cover_no_other_dot(self):
        class Town:
            def __init__(self, town):
                self.town = town

        # Gabrovo, Tryavna and Veliko Tarnovo as the map draws them: a few pixels apart.
        points = [
            {"center": Town(name), "x": x, "y": y}
            for name, x, y in (
                ("Габрово", 305.5, 191.0),
                ("Трявна", 323.5, 192.1),
                ("Велико Търново", 336.3, 163.0),
            )
        ]
        place_labels(points)
        for point in points:
            width = 8 * len(point["center"].town)
            left = point["label_x"] - {"start": 0, "end": width, "middle": width / 2}[point["anchor"]]
            for other in points:
                if other is not point:
                    with self.subTest(label=point["center"].town, dot=other["center"].town):
                        inside = left - 9 < other["x"] < left + width + 9 and (
                            point["label_y"] - 23 < other["y"] < point["label_y"] + 9
                        )
                        self.assertFalse(inside)

    def test_distances_are_great_circle_kilometres(self):
        sofia, plovdiv = (42.70, 23.32), (42.14, 24.75)
        self.assertAlmostEqual(distance_km(sofia, plovdiv), 132, delta=5)


class FinderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_content", stdout=StringIO())

    def find(self, index=BG_INDEX, **query):
        return self.client.get(index, query)

    def test_places_served_by_mobile_work_or_an_outreach_office_find_their_centre(self):
        for town, expected in (
            ("Дебелец", ["veliko-tarnovo"]),
            ("Debelets", ["veliko-tarnovo"]),
            ("Нови Искър", ["sofia-shans"]),
            ("Трявна", ["gabrovo", "tryavna"]),
            ("Велико Търново", ["veliko-tarnovo"]),
            ("veliko tarnovo", ["veliko-tarnovo"]),
            ("v. tarnovo", ["veliko-tarnovo"]),
        ):
            with self.subTest(town=town):
                response = self.find(town=town)
                self.assertEqual(response.context["finder"].outcome, "served")
                self.assertEqual(sorted(found(response)), expected)

    def test_the_answer_says_how_each_centre_serves_the_town(self):
        response = self.find(town="Дебелец")
        self.assertContains(response, "Мобилна работа в Дебелец.")
        response = self.find(EN_INDEX, town="Дебелец")
        self.assertContains(response, "Mobile work in Debelets.")

    def test_a_town_without_a_centre_gets_the_nearest_centres_and_the_helpline(self):
        response = self.find(town="Плевен")
        finder = response.context["finder"]
        self.assertEqual(finder.outcome, "nearest")
        distances = [match.distance for match in finder.matches]
        self.assertEqual(distances, sorted(distances))
        self.assertEqual(len(distances), 3)
        self.assertContains(response, 'href="tel:116111"')
        self.assertContains(response, f"На около {distances[0]} км.")

    def test_an_unknown_place_lists_every_centre_and_the_helpline(self):
        response = self.find(town="Нарния")
        self.assertEqual(response.context["finder"].outcome, "unknown-town")
        self.assertEqual(len(found(response)), CenterPage.objects.filter(locale__language_code="bg").count())
        self.assertContains(response, 'href="tel:116111"')

    def test_filters_by_region_service_and_target_group_combine(self):
        self.assertEqual(sorted(found(self.find(region="gabrovo"))), ["gabrovo", "tryavna"])
        service = Service.objects.get(locale__language_code="bg", name="Психологическа терапия")
        with_service = found(self.find(service=service.pk))
        self.assertTrue(with_service)
        self.assertTrue(set(found(self.find(region="gabrovo", service=service.pk))) <= set(with_service))

    def test_bad_input_gets_a_message_not_an_error(self):
        for query in (
            {"service": "abc"},
            {"region": "atlantis"},
            {"town": "я" * 101},
            {"town": "%'<script>"},
        ):
            with self.subTest(query=query):
                response = self.find(**query)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>")

    def test_the_map_is_inline_svg_drawn_from_the_coordinates(self):
        response = self.find(town="Дебелец")
        html = response.content.decode()
        self.assertIn("<svg", html)
        self.assertEqual(html.count('class="map__centre map__centre--found"'), 1)
        self.assertEqual(html.count("<circle"), CenterPage.objects.filter(locale__language_code="bg").count())

    def test_the_english_finder_speaks_english(self):
        response = self.find(EN_INDEX, town="Gabrovo")
        self.assertContains(response, "Find the centre for your town")
        self.assertIn("gabrovo", found(response))
