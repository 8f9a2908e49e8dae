from django.test import SimpleTestCase

from core.slugs import slugify_bg


class TransliterationTests(SimpleTestCase):
    def test_letters_follow_the_official_table(self):
        self.assertEqual(
            slugify_bg("Жаба Цар Чичо Шапка Щърк Ъгъл Юни Ябълка Йордан Хляб"),
            "zhaba-tsar-chicho-shapka-shtark-agal-yuni-yabalka-yordan-hlyab",
        )

    def test_word_final_ia_becomes_ia_not_iya(self):
        self.assertEqual(slugify_bg("България"), "balgaria")
        self.assertEqual(slugify_bg("Софийски университет"), "sofiyski-universitet")

    def test_a_center_title_gives_a_readable_url(self):
        self.assertEqual(slugify_bg("Велико Търново"), "veliko-tarnovo")
        self.assertEqual(slugify_bg("Как да получите помощ?"), "kak-da-poluchite-pomosht")


class HardCasesTests(SimpleTestCase):
    def test_capitals_and_the_hard_letters(self):
        cases = {
            "ЩАСТИЕ": "shtastie",
            "Щъркел": "shtarkel",
            "ЪГЪЛ": "agal",
            "Юлия": "yulia",
            "ЯБЪЛКА": "yabalka",
            "БЪЛГАРИЯ": "balgaria",
            "Мария и Ия": "maria-i-ia",
            "Йорданка Хаджиева": "yordanka-hadzhieva",
            "Дъга": "daga",
        }
        for title, slug in cases.items():
            with self.subTest(title=title):
                self.assertEqual(slugify_bg(title), slug)

    def test_ia_inside_a_word_is_iya(self):
        self.assertEqual(slugify_bg("Ияса"), "iyasa")
        self.assertEqual(slugify_bg("Сиянието на Ямбол"), "siyanieto-na-yambol")
