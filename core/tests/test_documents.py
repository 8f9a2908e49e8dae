"""Documents in the admin have a size limit (WAGTAILDOCS_MAX_UPLOAD_SIZE), told to the editor."""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model


class DocumentUploadTests(TestCase):
    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    def upload(self, size):
        leaflet = SimpleUploadedFile(
            "leaflet.pdf", b"%PDF-1.4\n" + b"0" * size, content_type="application/pdf"
        )
        return self.client.post(reverse("wagtaildocs:add"), {"title": "Листовка", "file": leaflet})

    def test_a_document_of_21_mb_is_refused_by_default(self):
        response = self.upload(21 * 1024 * 1024)
        self.assertTrue(response.context["form"].errors["file"])
        self.assertFalse(get_document_model().objects.exists())

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
    def test_a_document_over_the_limit_is_refused_with_a_message(self):
        response = self.upload(2048)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors["file"])
        self.assertFalse(get_document_model().objects.exists())

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
    def test_a_document_within_the_limit_is_kept(self):
        self.upload(100)
        self.assertEqual(get_document_model().objects.get().title, "Листовка")
