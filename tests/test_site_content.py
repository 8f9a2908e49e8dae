"""The shared copy of the content (tests/content.py) puts back what `load_content` built: the rows
with their ids, the illustrations' files wherever media are kept, and ids that do not collide."""

import tempfile

from django.core.files.storage import default_storage
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import StandardPage
from tests import content
from tests.content import SiteContentTestCase


class SiteContentTests(SiteContentTestCase):
    def test_every_copied_table_holds_exactly_the_built_rows(self):
        for table in content.snapshot().tables:
            with self.subTest(table=table.model._meta.db_table):
                self.assertEqual(content.read_table(table.model).rows, table.rows)
        self.assertGreater(Page.objects.live().filter(locale__language_code="en").count(), 20)

    def test_illustrations_come_back_into_a_media_folder_on_disk(self):
        """As the browser tests' live server keeps media: the files were made in memory."""
        images = get_image_model().objects.all()
        self.assertTrue(images.exists())
        with (
            tempfile.TemporaryDirectory() as media,
            override_settings(
                MEDIA_ROOT=media,
                STORAGES={
                    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
                },
            ),
        ):
            self.assertFalse(default_storage.exists(images[0].file.name))
            content.restore()
            for image in images:
                for stored in (image.file, *(rendition.file for rendition in image.renditions.all())):
                    with self.subTest(file=stored.name), default_storage.open(stored.name) as file:
                        PILImage.open(file).verify()

    def test_new_rows_get_ids_after_the_copied_ones(self):
        """PostgreSQL's sequences do not see rows written with their ids."""
        home = Page.objects.get(depth=2, locale__language_code="bg")
        page = home.add_child(instance=StandardPage(title="Нова страница", slug="nova-stranitsa", body=[]))
        self.assertGreater(page.pk, max(Page.objects.exclude(pk=page.pk).values_list("pk", flat=True)))

    def test_the_rendered_pages_are_the_sites_pages(self):
        for url in ("/bg/", "/en/centres/pernik/"):
            with self.subTest(url=url):
                self.assertEqual(self.rendered(url).status_code, 200)
                self.assertEqual(self.rendered(url).content, self.client.get(url).content)
