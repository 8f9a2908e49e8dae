from django.test import SimpleTestCase

from home.slugs import slugify_bg


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
