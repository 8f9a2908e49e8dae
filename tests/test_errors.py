"""Unknown addresses get the site's own 404 page, in Bulgarian, never a server error."""

from django.test import TestCase

from tests import builders


class NotFoundTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        builders.build_site()

    def test_unknown_url_gives_the_sites_404_page_in_bulgarian(self):
        response = self.client.get("/bg/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertTemplateUsed(response, "404.html")
        self.assertContains(response, "Страницата не е намерена", status_code=404)
        self.assertContains(response, '<html lang="bg">', status_code=404)

    def test_unknown_url_in_english_gives_the_404_page_in_english(self):
        response = self.client.get("/en/no-such-page/")
        self.assertContains(response, "Page not found", status_code=404)
        self.assertContains(response, '<html lang="en">', status_code=404)

    def test_an_address_without_a_language_goes_to_the_visitors_language(self):
        response = self.client.get("/no-such-page/", follow=True)
        self.assertEqual(response.redirect_chain[0][0], "/bg/no-such-page/")
        self.assertEqual(response.status_code, 404)

    def test_unknown_child_of_a_real_page_gives_404(self):
        response = self.client.get("/bg/tsentrove/no-such-centre/")
        self.assertEqual(response.status_code, 404)

    def test_odd_characters_in_the_url_give_404(self):
        response = self.client.get("/bg/%3Cscript%3E/'%25/")
        self.assertEqual(response.status_code, 404)
