"""Images in the admin: alt text (the description) is required, SVG and oversized files are refused."""

import io
import struct
import zlib

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


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb(width=30000, height=30000):
    """A PNG that says it is width × height pixels: a valid header and one tiny compressed row,
    as a decompression bomb begins (opening it is what Pillow refuses)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    pixels = chunk(b"IDAT", zlib.compress(b"\x00" * (1 + width // 8)))
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + pixels + chunk(b"IEND", b"")
    return SimpleUploadedFile("bomb.png", data, content_type="image/png")


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

    def test_an_image_too_large_to_open_is_refused_with_a_message(self):
        response = self.upload(bomb(), description="Бомба.")
        self.assertEqual(response.status_code, 200)
        self.assertIn("900000000", " ".join(response.context["form"].errors["file"]))
        self.assertFalse(get_image_model().objects.exists())

    def test_an_image_too_large_to_open_is_refused_among_several(self):
        response = self.client.post(
            reverse("wagtailimages:add_multiple"), {"title": "Бомба", "files[]": bomb()}
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])
        self.assertFalse(get_image_model().objects.exists())

    @override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
    def test_too_many_pixels_are_refused(self):
        response = self.upload(png(100, 100), description="Голяма картина.")
        self.assertTrue(response.context["form"].errors["file"])
        self.assertFalse(get_image_model().objects.exists())
