"""The centre finder on the real content and the whole settlement register: every settlement of
a served municipality finds its centre, however it is typed; namesakes are told apart; a
settlement no centre serves gets the nearest centres and the helpline, or, where a source names
another ЦОП, says so; and the answer costs the same number of queries whatever the town."""

import re

from django.db import connection
from django.test import SimpleTestCase
from django.test.utils import CaptureQueriesContext

from centers.finder import distance_km, place_labels
from centers.models import CenterPage, Service
from tests.content import SiteContentTestCase

BG_INDEX = "/bg/tsentrove/"
EN_INDEX = "/en/centres/"

# (typed, centres that serve it, a sentence of the Bulgarian answer)
SERVED = [
    # Villages and towns of Pernik municipality, which the Pernik centre serves as a whole.
    ("Батановци", ["pernik"], "Обслужва цялата община Перник."),
    ("Дивотино", ["pernik"], "Обслужва цялата община Перник."),
    ("Мещица", ["pernik"], "Обслужва цялата община Перник."),
    ("Рударци", ["pernik"], "Обслужва цялата община Перник."),
    ("Драгичево", ["pernik"], "Обслужва цялата община Перник."),
    ("Перник", ["pernik"], "Обслужва цялата община Перник."),
    # Veliko Tarnovo municipality, and the places of its mobile work.
    ("Килифарево", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Самоводене", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Арбанаси", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Велико Търново", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Ресен", ["veliko-tarnovo"], "Мобилна работа: Ресен."),
    ("Шереметя", ["veliko-tarnovo"], "Мобилна работа: Шереметя."),
    ("Водолей", ["veliko-tarnovo"], "Мобилна работа: Водолей."),
    ("Дебелец", ["veliko-tarnovo"], "Мобилна работа: Дебелец."),
    # Tryavna municipality (the Gabrovo and the Tryavna centres) and Gabrovo municipality.
    ("Плачковци", ["gabrovo", "tryavna"], "Обслужва цялата община Трявна."),
    ("Трявна", ["gabrovo", "tryavna"], "Обслужва цялата община Трявна."),
    ("Габрово", ["gabrovo"], "Обслужва цялата община Габрово."),
    ("Армените", ["gabrovo"], "Обслужва цялата община Габрово."),
    # Sofia and the outreach office; the partner centres' towns.
    ("София", ["sofia-shans"], "Центърът е в това населено място."),
    ("Нови Искър", ["sofia-shans"], "Изнесен офис: Нови Искър."),
    ("Казанлък", ["kazanlak"], "Центърът е в това населено място."),
    ("Разлог", ["razlog"], "Центърът е в това населено място."),
    # Latin letters, official and common spellings, with or without "с."/"гр.".
    ("Batanovtsi", ["pernik"], "Обслужва цялата община Перник."),
    ("Meshtitsa", ["pernik"], "Обслужва цялата община Перник."),
    ("Rudartsi", ["pernik"], "Обслужва цялата община Перник."),
    ("Plachkovtsi", ["gabrovo", "tryavna"], "Обслужва цялата община Трявна."),
    ("Veliko Turnovo", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("v. tarnovo", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("В. Търново", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Debelec", ["veliko-tarnovo"], "Мобилна работа: Дебелец."),
    ("Sheremetia", ["veliko-tarnovo"], "Мобилна работа: Шереметя."),
    ("Vodolei", ["veliko-tarnovo"], "Мобилна работа: Водолей."),
    ("Novi Iskar", ["sofia-shans"], "Изнесен офис: Нови Искър."),
    ("Kazanluk", ["kazanlak"], "Центърът е в това населено място."),
    ("Sofiq", ["sofia-shans"], "Центърът е в това населено място."),  # q for я, as typed on phones
    ("Gabrovo", ["gabrovo"], "Обслужва цялата община Габрово."),
    ("с. Дивотино", ["pernik"], "Обслужва цялата община Перник."),
    ("село Мещица", ["pernik"], "Обслужва цялата община Перник."),
    ("гр. Трявна", ["gabrovo", "tryavna"], "Обслужва цялата община Трявна."),
    ("Община Перник", ["pernik"], "Обслужва цялата община Перник."),
    # Misspelt by a letter or two.
    ("Батанофци", ["pernik"], "Обслужва цялата община Перник."),
    ("Драгичеов", ["pernik"], "Обслужва цялата община Перник."),
    ("Самоводане", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Veliko Tarnvo", ["veliko-tarnovo"], "Обслужва цялата община Велико Търново."),
    ("Prenik", ["pernik"], "Обслужва цялата община Перник."),
    ("Шереметиа", ["veliko-tarnovo"], "Мобилна работа: Шереметя."),
]

# Settlements no centre serves: (typed, the name the answer gives, the nearest centre).
UNCOVERED = [
    ("Бобов дол", "Бобов дол", "pernik"),
    ("Земен", "Земен", "pernik"),
    ("Ковачевци (Перник)", "Ковачевци (Перник)", "pernik"),
    ("Батак", "Батак (Пазарджик)", "razlog"),
    ("Плевен", "Плевен", "gabrovo"),
    ("Шейново", "Шейново", "kazanlak"),  # a village of Kazanlak municipality
    ("Бяла (Русе)", "Бяла (Русе)", "veliko-tarnovo"),
]

# Stara Zagora region: S1 says ЦОП work in Stara Zagora, Radnevo and Chirpan municipalities.
OTHER_CENTRE = [
    ("Стара Загора", "община Стара Загора"),
    ("Раднево", "община Раднево"),
    ("Чирпан", "община Чирпан"),
    ("Гита", "община Чирпан"),  # a village of Chirpan municipality
    ("Землен", "община Раднево"),  # a village of Radnevo municipality
    ("Арнаутито", "община Стара Загора"),
]


def found(response):
    return [match.center.slug for match in response.context["finder"].matches]


class MapAndDistanceTests(SimpleTestCase):
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


class FinderTests(SiteContentTestCase):
    def find(self, index=BG_INDEX, **query):
        return self.client.get(index, query)

    def test_a_field_refused_is_described_by_its_error(self):
        # The field's aria-describedby (Django's) names <id>_error: the error must carry that id.
        response = self.find(region="няма-такава")
        html = response.content.decode()
        self.assertIn('aria-describedby="id_region_error"', html)
        self.assertRegex(html, r'<p class="error" id="id_region_error">[^<]+</p>')
        ids = set(re.findall(r'\bid="([^"]+)"', html))
        for described in re.findall(r'aria-describedby="([^"]+)"', html):
            for reference in described.split():
                with self.subTest(reference=reference):
                    self.assertIn(reference, ids)

    def test_every_settlement_of_a_served_municipality_and_every_spelling_finds_its_centre(self):
        for town, expected, reason in SERVED:
            with self.subTest(town=town):
                response = self.find(town=town)
                self.assertEqual(response.context["finder"].outcome, "served")
                self.assertEqual(sorted(found(response)), expected)
                self.assertContains(response, reason)

    def test_the_english_answer_uses_the_latin_name(self):
        response = self.find(EN_INDEX, town="Батановци")
        self.assertContains(response, "Centres that serve “Batanovtsi”")
        self.assertContains(response, "Serves the whole of Pernik Municipality.")
        response = self.find(EN_INDEX, town="Дебелец")
        self.assertContains(response, "Mobile work in Debelets.")
        self.assertContains(response, "Debelets (Dalgopol)")

    def test_how_a_centre_serves_the_town_is_on_that_centres_card(self):
        """Not a cell of the grid beside it: on a wide screen that reads as a card of its own."""
        html = self.find(town="Батановци").content.decode()
        cards = re.findall(r'<article class="card">.*?</article>', html, re.S)
        self.assertEqual(len(cards), 1)
        self.assertIn("SOS ЦОП Перник", cards[0])
        self.assertIn("Обслужва цялата община Перник.", cards[0])
        html = self.find(town="Земен").content.decode()
        cards = re.findall(r'<article class="card">.*?</article>', html, re.S)
        self.assertEqual(len(cards), 3)
        self.assertTrue(all(re.search(r"На около \d+ км\.", card) for card in cards))

    def test_a_settlement_no_centre_serves_gets_the_nearest_centres_and_the_helpline(self):
        for town, named, nearest in UNCOVERED:
            with self.subTest(town=town):
                response = self.find(town=town)
                finder = response.context["finder"]
                self.assertEqual(finder.outcome, "nearest")
                self.assertContains(response, f"Все още няма център в {named}.")
                distances = [match.distance for match in finder.matches]
                self.assertEqual(len(distances), 3)
                self.assertEqual(distances, sorted(distances))
                self.assertEqual(found(response)[0], nearest)
                self.assertContains(response, f"На около {distances[0]} км.")
                self.assertContains(response, 'href="tel:116111"')

    def test_where_a_source_names_another_centre_the_answer_says_so(self):
        for town, municipality in OTHER_CENTRE:
            with self.subTest(town=town):
                response = self.find(town=town)
                self.assertEqual(response.context["finder"].outcome, "elsewhere")
                self.assertContains(
                    response, f"В {municipality} работи център за обществена подкрепа на друг доставчик"
                )
                self.assertContains(response, "Националната карта на социалните услуги")
                self.assertContains(response, 'href="https://asp.government.bg/')
                self.assertNotContains(response, "Все още няма център")
                self.assertEqual(found(response)[0], "kazanlak")
                self.assertContains(response, 'href="tel:116111"')
        response = self.find(EN_INDEX, town="Radnevo")
        self.assertContains(response, "works in Radnevo Municipality")
        self.assertContains(response, "planning social services</a> (in Bulgarian)")

    def test_namesakes_are_offered_as_a_choice_of_links(self):
        response = self.find(town="Бяла")
        self.assertEqual(response.context["finder"].outcome, "choose")
        for label in ("Бяла (Русе)", "Бяла (Варна)", "Бяла (Сливен)"):
            self.assertContains(response, f">{label}</a>")
        self.assertContains(response, "?town=%D0%91%D1%8F%D0%BB%D0%B0%20%28%D0%A0%D1%83%D1%81%D0%B5%29")
        response = self.find(town="Ковачевци")
        self.assertContains(response, ">Ковачевци (Перник)</a>")
        self.assertContains(response, ">Ковачевци (Самоков)</a>")
        response = self.find(EN_INDEX, town="Byala")
        self.assertContains(response, ">Byala (Ruse)</a>")

    def test_a_namesake_is_picked_by_its_municipality_or_region(self):
        far = {}
        for typed in ("Бяла (Русе)", "Бяла, Русе", "Byala (Ruse)", "Бяла (Варна)", "Бяла, Варна"):
            with self.subTest(typed=typed):
                finder = self.find(town=typed).context["finder"]
                self.assertEqual(finder.outcome, "nearest")
                far[typed] = finder.matches[0].distance
        self.assertEqual(far["Бяла (Русе)"], far["Бяла, Русе"])
        self.assertEqual(far["Бяла (Русе)"], far["Byala (Ruse)"])
        self.assertLess(far["Бяла (Русе)"], far["Бяла (Варна)"])
        response = self.find(town="Дебелец (Дългопол)")
        self.assertEqual(response.context["finder"].outcome, "nearest")

    def test_a_town_is_taken_before_villages_of_its_name_and_they_are_offered(self):
        response = self.find(town="Дебелец")
        self.assertEqual(found(response), ["veliko-tarnovo"])
        self.assertContains(response, ">Дебелец (Дългопол)</a>")

    def test_an_unknown_place_lists_every_centre_and_the_helpline(self):
        response = self.find(town="Нарния")
        self.assertEqual(response.context["finder"].outcome, "unknown-town")
        self.assertEqual(len(found(response)), CenterPage.objects.filter(locale__language_code="bg").count())
        self.assertContains(response, 'href="tel:116111"')

    def test_the_answer_costs_the_same_queries_whatever_the_town(self):
        towns = ["Перник", "Батановци", "Debelets", "v. tarnovo", "Veliko Tarnvo", "Бяла", "Земен", "Раднево"]
        self.find(town="Трявна")  # the first request also fills the site's caches
        with CaptureQueriesContext(connection) as first:
            self.find(town="Дивотино")
        for town in towns:
            with self.subTest(town=town), self.assertNumQueries(len(first)):
                self.find(town=town)

    def test_filters_by_region_service_and_target_group_combine(self):
        self.assertEqual(sorted(found(self.find(region="gabrovo"))), ["gabrovo", "tryavna"])
        service = Service.objects.get(locale__language_code="bg", name="Психологическа терапия")
        with_service = found(self.find(service=service.pk))
        self.assertTrue(with_service)
        self.assertTrue(set(found(self.find(region="gabrovo", service=service.pk))) <= set(with_service))

    def test_a_region_without_the_service_gets_the_nearest_from_its_settlements(self):
        speech = Service.objects.get(locale__language_code="bg", name="Логопедична подкрепа")
        response = self.find(region="blagoevgrad", service=speech.pk)  # Razlog does not list it
        finder = response.context["finder"]
        self.assertEqual(finder.outcome, "none-in-region")
        self.assertNotIn("razlog", found(response))
        distances = [match.distance for match in finder.matches]
        self.assertEqual(distances, sorted(distances))
        self.assertContains(response, 'href="tel:116111"')

    def test_bad_input_gets_a_message_not_an_error(self):
        for query in (
            {"service": "abc"},
            {"region": "atlantis"},
            {"town": "я" * 101},
            {"town": "%'<script>"},
            {"town": "(Русе)"},
            {"town": "с."},
            {"town": "Бяла (Атлантида)"},
        ):
            with self.subTest(query=query):
                response = self.find(**query)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>")

    def test_the_map_is_inline_svg_drawn_from_natural_earth(self):
        response = self.find(town="Дебелец")
        html = response.content.decode()
        self.assertIn("<svg", html)
        self.assertEqual(html.count('class="map__centre map__centre--found"'), 1)
        self.assertEqual(html.count("<circle"), CenterPage.objects.filter(locale__language_code="bg").count())
        outline = html.split('class="map__country" points="')[1].split('"')[0]
        self.assertGreater(len(outline.split()), 100)  # the dataset's outline, not a 45-point sketch

    def test_the_english_finder_speaks_english(self):
        response = self.find(EN_INDEX, town="Gabrovo")
        self.assertContains(response, "Find the centre for your town")
        self.assertIn("gabrovo", found(response))
