"""Unknown addresses get the site's own 404 page, in Bulgarian, never a server error."""

from django.test import TestCase

from tests import builders


class NotFoundTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        builders.build_site()

    def test_unknown_url_gives_the_sites_404_page_in_bulgarian(self):
        response = self.client.get("/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertTemplateUsed(response, "404.html")
        self.assertContains(response, "Страницата не е намерена", status_code=404)
        self.assertContains(response, '<html lang="bg">', status_code=404)

    def test_unknown_child_of_a_real_page_gives_404(self):
        response = self.client.get("/tsentrove/no-such-centre/")
        self.assertEqual(response.status_code, 404)

    def test_odd_characters_in_the_url_give_404(self):
        response = self.client.get("/%3Cscript%3E/'%25/")
        self.assertEqual(response.status_code, 404)
