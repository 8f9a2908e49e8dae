"""Images in the admin: alt text (the description) is required, SVG and oversized files are refused."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model


def png(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#b4531a").save(buffer, "PNG")
    return SimpleUploadedFile("picture.png", buffer.getvalue(), content_type="image/png")


class ImageUploadTests(TestCase):
    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    def upload(self, file, description=""):
        return self.client.post(
            reverse("wagtailimages:add"), {"title": "Снимка", "file": file, "description": description}
        )

    def test_an_image_without_alt_text_is_refused(self):
        response = self.upload(png())
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors["description"])
        self.assertFalse(get_image_model().objects.exists())

    def test_an_image_with_alt_text_is_saved(self):
        self.upload(png(), description="Деца рисуват на маса.")
        self.assertEqual(get_image_model().objects.get().description, "Деца рисуват на маса.")

    def test_svg_is_refused(self):
        svg = SimpleUploadedFile(
            "x.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        )
        response = self.upload(svg, description="Рисунка.")
        self.assertTrue(response.context["form"].errors["file"])
        self.assertFalse(get_image_model().objects.exists())

    @override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
    def test_too_many_pixels_are_refused(self):
        response = self.upload(png(100, 100), description="Голяма картина.")
        self.assertTrue(response.context["form"].errors["file"])
        self.assertFalse(get_image_model().objects.exists())
