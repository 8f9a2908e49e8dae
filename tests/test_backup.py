"""manage.py backup / restore: the whole site — pages in both languages with their revisions and
translations, images and documents with their files, messages and signatures — comes back into
an emptied database, on SQLite as on PostgreSQL."""

import json
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase, override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation, TranslationSource

from contact.models import ContactSubmission
from contact.tests.test_contact import add_contact_page
from core.backup import storage_files
from declaration.models import DeclarationPage, Signature
from news.models import NewsIndexPage
from tests import builders


def pages():
    return sorted(
        (page.locale.language_code, page.url_path, page.title) for page in Page.objects.filter(depth__gt=1)
    )


def media():
    """{name: bytes} of every media file."""
    files = {}
    for name in storage_files(default_storage):
        with default_storage.open(name, "rb") as file:
            files[name] = file.read()
    return files


# A storage of its own: the test settings' in-memory media outlive each test, so other tests' files
# would be in this backup too.
@override_settings(
    STORAGES={**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
)
class BackupRestoreTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        english = Locale.objects.get_or_create(language_code="en")[0]
        center = builders.add_center(cls.tree["centers"], "ЦОП Перник")
        cls.news = builders.add_news(cls.tree["news"], "Новина за архива", centers=[center])
        # An English version made the way editors make it, through wagtail-localize.
        for page in (cls.tree["home"], cls.tree["news"], cls.news):
            source, _ = TranslationSource.get_or_create_from_instance(page)
            Translation.objects.create(source=source, target_locale=english).save_target(publish=True)
        cls.news.title = "Новина за архива, поправена"
        cls.news.save_revision().publish()

        contact = add_contact_page(center)
        ContactSubmission.objects.create(
            page=contact, center=center, sent_to=center.title, language="bg",
            form_data={"name": "Мария", "message": "Нуждаем се от помощ."},
        )  # fmt: skip
        declaration = builders.publish(
            cls.tree["home"],
            DeclarationPage(
                title="Декларация", slug="deklaratsia", intro="Подкрепете.", body=[],
                consent_text="Съгласие.", thank_you="<p>Благодарим!</p>",
            ),
        )  # fmt: skip
        Signature.objects.create(
            declaration_key=declaration.translation_key, name="Иван Петров", town="Перник",
            email="ivan@example.org", language="bg",
        )  # fmt: skip

        image = get_image_model().objects.create(title="Къщичка", file=get_test_image_file(colour="red"))
        image.get_rendition("fill-100x100")
        get_document_model().objects.create(
            title="Отчет", file=ContentFile(b"%PDF-1.4 report", name="otchet.pdf")
        )
        get_user_model().objects.create_user("editor", "editor@example.org", "secret-words")

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())

    def tearDown(self):
        # A restore numbers the content types anew, and the test's rollback numbers them back:
        # what this process keeps of them must go too.
        ContentType.objects.clear_cache()
        shutil.rmtree(self.folder)

    def state(self):
        return {
            "pages": pages(),
            "revisions": Revision.objects.count(),
            "translations": sorted(
                (t.source.object_id, t.target_locale.language_code) for t in Translation.objects.all()
            ),
            "messages": list(
                ContactSubmission.objects.values_list("page__url_path", "center__title", "form_data")
            ),
            "signatures": list(Signature.objects.values_list("declaration_key", "name", "email")),
            "users": list(get_user_model().objects.values_list("username", flat=True)),
            "site": list(
                Site.objects.values_list("hostname", "port", "root_page__url_path", "is_default_site")
            ),
            "images": list(get_image_model().objects.values_list("title", "file")),
            "documents": list(get_document_model().objects.values_list("title", "file")),
            "media": media(),
        }

    def wipe(self):
        """An empty database, as migrate leaves a new one, and no media files."""
        connection.check_constraints()  # PostgreSQL empties no table with checks pending
        call_command("flush", interactive=False, verbosity=0)
        for name in storage_files(default_storage):
            default_storage.delete(name)
        self.assertEqual((Page.objects.count(), media()), (0, {}))

    def test_restore_into_an_emptied_database_brings_back_the_whole_site(self):
        before = self.state()
        self.assertEqual(len(before["translations"]), 3)
        self.assertEqual(len(before["media"]), 3)  # the image, its rendition, the document
        self.assertEqual({code for code, _, _ in before["pages"]}, {"bg", "en"})
        call_command("backup", str(self.folder), verbosity=0)
        self.wipe()

        call_command("restore", str(self.folder), verbosity=0)

        self.assertEqual(self.state(), before)
        english_news = self.news.get_translation(Locale.objects.get(language_code="en"))
        for page in (self.news, english_news):
            with self.subTest(page=page.url):
                self.assertContains(self.client.get(page.url), page.title)
        self.assertContains(self.client.get("/en/"), "<html")
        # The tree holds together: a page can be added where the restored ones are.
        added = builders.add_news(NewsIndexPage.objects.get(pk=self.tree["news"].pk), "Нова")
        self.assertEqual(self.client.get(added.url).status_code, 200)

    def test_the_backup_says_what_it_holds(self):
        call_command("backup", str(self.folder), verbosity=0)
        manifest = json.loads((self.folder / "manifest.json").read_text())
        self.assertEqual(manifest["files"], 3)
        self.assertIn("0001_initial", manifest["migrations"]["contact"])
        with self.assertRaisesMessage(CommandError, "already holds a backup"):
            call_command("backup", str(self.folder), verbosity=0)

    def test_restore_refuses_a_database_with_content_unless_forced(self):
        call_command("backup", str(self.folder), verbosity=0)
        ContactSubmission.objects.all().delete()
        with self.assertRaisesMessage(CommandError, "already holds content"):
            call_command("restore", str(self.folder), verbosity=0)
        self.assertFalse(ContactSubmission.objects.exists())  # untouched

        call_command("restore", str(self.folder), "--force", verbosity=0)
        self.assertEqual(ContactSubmission.objects.count(), 1)

    def test_a_folder_without_a_backup_is_refused(self):
        with self.assertRaisesMessage(CommandError, "holds no backup"):
            call_command("restore", str(self.folder), verbosity=0)
