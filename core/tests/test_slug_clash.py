"""A new page whose address is taken is refused with the reason next to its title, naming the page that
holds the address, an abandoned draft included."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from tests import builders


class SlugClashTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.admin = get_user_model().objects.create_superuser(
            "администратор", "admin@example.com", "password"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def add_standard_page(self, title, slug):
        data = nested_form_data(
            {
                "title": title,
                "slug": slug,
                "intro": "Увод.",
                "body": streamfield([("paragraph", rich_text("<p>Текст.</p>"))]),
            }
        )
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", self.tree["home"].pk])
        return self.client.post(url, data)

    def title_errors(self, response):
        return response.context["form"].errors.get("title", [])

    def test_a_published_page_holding_the_address_is_named_at_the_title(self):
        builders.publish(self.tree["home"], StandardPage(title="За нас", slug="za-nas", intro="Увод."))
        response = self.add_standard_page("За нас", "za-nas")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            self.title_errors(response),
            [
                "Друга страница тук, „За нас“, вече има адреса „za-nas“. Сменете заглавието или краткия адрес (slug)."
            ],
        )
        self.assertContains(response, "Друга страница тук, „За нас“")

    def test_an_abandoned_draft_holding_the_address_is_named_as_a_draft(self):
        self.tree["home"].add_child(
            instance=StandardPage(title="Лятна школа", slug="lyatna-shkola", live=False)
        )
        response = self.add_standard_page("Лятна школа", "Лятна школа")
        self.assertIn("Непубликувана чернова тук, „Лятна школа“", self.title_errors(response)[0])
        self.assertIn("Изтрийте черновата", self.title_errors(response)[0])

    def test_a_free_address_gives_no_title_error(self):
        response = self.add_standard_page("Нова страница", "nova-stranitsa")
        self.assertEqual(response.status_code, 302)
