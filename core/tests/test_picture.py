"""`{% responsive_picture %}` is Wagtail's `{% picture %}` with the specs chosen for each image:
the same element, the same alt text rules; an image whose renditions cannot be had is left out."""

import re
from unittest import mock

from django.core.cache import cache
from django.core.files.storage import InMemoryStorage
from django.template import Context, Template
from django.test import TestCase
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import StandardPage
from tests import builders


class RenditionCacheTestCase(TestCase):
    def setUp(self):
        # Renditions are cached by image id and spec; ids come again after each test's rollback,
        # so a rendition left in the cache would be another test's image under the same id.
        cache.clear()
        self.addCleanup(cache.clear)


def render(markup, **context):
    return Template("{% load image_tags wagtailimages_tags %}" + markup).render(Context(context))


class SameAsWagtailsPictureTests(RenditionCacheTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.drawing = Image.objects.create(
            title="Къща",
            description="Рисунка на къща",
            file=get_test_image_file("house.png", size=(1200, 800)),
        )
        cls.photo = Image.objects.create(
            title="Снимка", description="Маса с бои", file=get_test_image_file("table.jpg", size=(600, 400))
        )

    def test_a_drawing_is_wagtails_picture_in_avif_webp_and_png(self):
        self.assertHTMLEqual(
            render('{% responsive_picture image sizes="50vw" %}', image=self.drawing),
            render(
                '{% picture image format-{avif,webp,png} width-{480,720,960} sizes="50vw" decoding="async" loading="lazy" %}',
                image=self.drawing,
            ),
        )

    def test_a_photograph_is_wagtails_picture_in_jpeg_at_no_more_than_its_own_width(self):
        self.assertHTMLEqual(
            render('{% responsive_picture image alt="" sizes="50vw" lazy=False %}', image=self.photo),
            render(
                '{% picture image format-{avif,webp,jpeg} width-{480,600} alt="" sizes="50vw" decoding="async" loading="eager" fetchpriority="high" %}',
                image=self.photo,
            ),
        )

    def test_without_alt_the_image_description_is_the_alt_text(self):
        img = re.search(r"<img [^>]+>", render("{% responsive_picture image %}", image=self.photo)).group(0)
        self.assertIn('alt="Маса с бои"', img)

    def lost_image(self):
        lost = Image.objects.create(
            title="Изгубена",
            description="Изгубена рисунка",
            file=get_test_image_file("lost.png", size=(800, 600)),
        )
        lost.file.storage.delete(lost.file.name)
        return lost

    def test_a_lost_file_is_left_out_and_logged_not_an_error(self):
        lost = self.lost_image()
        with self.assertLogs("core.templatetags.image_tags", "WARNING"):
            self.assertEqual(render("{% responsive_picture image %}", image=lost), "")
        self.assertFalse(lost.renditions.exists())

    def test_renditions_that_cannot_be_saved_leave_the_picture_out_and_are_logged(self):
        with (
            mock.patch.object(InMemoryStorage, "_save", side_effect=PermissionError("read-only media")),
            self.assertLogs("core.templatetags.image_tags", "WARNING"),
        ):
            self.assertEqual(render("{% responsive_picture image %}", image=self.drawing), "")

    def test_a_news_item_whose_picture_is_lost_is_shown_without_it(self):
        site = builders.build_site()
        item = builders.add_news(site["news"], title="Лятно училище", image=self.lost_image())
        with self.assertLogs("core.templatetags.image_tags", "WARNING"):
            response = self.client.get(item.url)
        self.assertContains(response, "Какво се случи.")
        self.assertNotContains(response, "<picture>")
        self.assertNotContains(response, "not-found")


class ImageBlockTests(RenditionCacheTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.image = Image.objects.create(
            title="Къща",
            description="Рисунка на къща",
            file=get_test_image_file("house.png", size=(1200, 800)),
        )
        tree = builders.build_site()
        cls.page = tree["home"].add_child(
            instance=StandardPage(
                title="С картинки",
                slug="s-kartinki",
                body=[
                    {"type": "image", "value": {"image": cls.image.pk, "decorative": True, "alt_text": ""}},
                    {"type": "paragraph", "value": "<p>Текст.</p>"},
                    {
                        "type": "image",
                        "value": {"image": cls.image.pk, "decorative": False, "alt_text": "Къща"},
                    },
                ],
            )
        )

    def test_a_blocks_own_alt_text_and_decorative_choice_reach_the_picture(self):
        html = self.client.get(self.page.url).content.decode()
        first, second = re.findall(r'<figure class="illustration">\s*<picture>.*?(<img [^>]+>)', html, re.S)
        self.assertIn('alt=""', first)
        self.assertIn('alt="Къща"', second)

    def test_the_image_that_opens_the_page_loads_at_once_the_others_lazily(self):
        html = self.client.get(self.page.url).content.decode()
        first, second = re.findall(r'<figure class="illustration">\s*<picture>.*?(<img [^>]+>)', html, re.S)
        self.assertIn('fetchpriority="high"', first)
        self.assertIn('loading="lazy"', second)
