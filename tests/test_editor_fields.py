"""Editors work in the admin: every field explains itself, and every edit form opens."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.test import TestCase
from django.urls import reverse
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from tests.content import SiteContentTestCase

OUR_APPS = (
    "home",
    "centers",
    "programs",
    "news",
    "events",
    "declaration",
    "contact",
    "giving",
    "site_search",
)
# Submissions are what visitors sent: editors read them, never fill them in.
INHERITED = {
    f.name
    for base in (Page, TranslatableMixin, Orderable, AbstractFormSubmission)
    for f in base._meta.get_fields()
}


def editor_fields():
    for app in OUR_APPS:
        for model in apps.get_app_config(app).get_models():
            if model._meta.auto_created or model.__name__.endswith("Tag"):
                continue
            for field in model._meta.get_fields():
                if (
                    isinstance(field, models.Field)
                    and field.editable
                    and not field.auto_created
                    and not isinstance(field, ParentalKey)
                    and field.name not in INHERITED
                ):
                    yield model, field


class HelpTextTests(TestCase):
    def test_every_editor_field_has_help_text(self):
        fields = list(editor_fields())
        self.assertGreater(len(fields), 60)  # the walk really reaches the models
        self.assertEqual([f"{m.__name__}.{f.name}" for m, f in fields if not f.help_text], [])


class AdminFormsTests(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "password")

    def setUp(self):
        self.client.force_login(self.admin)

    def test_every_page_of_the_content_opens_in_the_editor(self):
        for page in Page.objects.filter(depth__gte=2):
            with self.subTest(page=page.title):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_every_snippet_opens_in_the_editor(self):
        for model in get_snippet_models():
            obj = model.objects.first()
            with self.subTest(snippet=model.__name__):
                self.assertIsNotNone(obj)
                response = self.client.get(reverse(model.snippet_viewset.get_url_name("edit"), args=[obj.pk]))
                self.assertEqual(response.status_code, 200)

    def test_a_bulgarian_center_offers_only_bulgarian_services(self):
        from centers.models import CenterIndexPage, Service

        index = CenterIndexPage.objects.get(locale__language_code="bg")
        response = self.client.get(
            reverse("wagtailadmin_pages:add", args=["centers", "centerpage", index.pk])
        )
        choices = set(response.context["form"].fields["services"].queryset)
        self.assertEqual(choices, set(Service.objects.filter(locale__language_code="bg")))
        self.assertTrue(Service.objects.filter(locale__language_code="en").exists())
