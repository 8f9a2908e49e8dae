"""Translating keeps to the same wall as editing: a centre editor translates only what they may
edit, every translation starts as a draft, and it reaches the site through the network team's
review, never by a "Publish" or "Convert to alias" of wagtail-localize's own."""

import json
import re
from html import unescape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from centers.groups import NETWORK_EDITORS, ensure_editor_group
from centers.models import CenterPage, Service
from contact.models import ContactPage
from tests.content import SiteContentTestCase


class TranslationWallTestCase(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.bg, cls.en = Locale.objects.get(language_code="bg"), Locale.objects.get(language_code="en")
        cls.pernik = CenterPage.objects.get(locale=cls.bg, slug="pernik")
        cls.gabrovo = CenterPage.objects.get(locale=cls.bg, slug="gabrovo")
        User = get_user_model()
        cls.editor = User.objects.create_user("pernik-editor", password="x")
        cls.editor.groups.add(ensure_editor_group(cls.pernik))
        profile = UserProfile.get_for_user(cls.editor)
        profile.preferred_language = "bg"  # the refusals are read in the admin's language
        profile.save()
        cls.network_editor = User.objects.create_user("network", password="x")
        cls.network_editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))
        cls.service = Service.objects.create(locale=cls.bg, name="Нова услуга", description="Описание.")

    def english(self, page):
        return page.get_translation(self.en).specific

    def contact_page_without_english(self, center):
        """The centre's contact form with its English copy removed, so it can be translated anew."""
        form = ContactPage.objects.child_of(center).get()
        self.english(form).delete()
        return form

    def post(self, user, url, data=None):
        self.client.force_login(user)
        with self.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
            return self.client.post(url, data or {})

    def submit_page(self, user, page):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return self.post(user, url, {"locales": [self.en.pk]})

    def update(self, user, page, publish):
        source = TranslationSource.objects.get_for_instance(page)
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        return self.post(user, url, {"publish_translations": "on"} if publish else {})

    def convert_to_alias(self, user, page):
        url = reverse("wagtail_localize:convert_to_alias", args=[self.english(page).pk])
        return self.post(user, url)

    def assertRefused(self, response, because=""):
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        said = " ".join(str(message) for message in response.wsgi_request._messages)
        self.assertTrue(said, "a refusal says why")
        self.assertIn(because, said)

    def editor_props(self, user, page):
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.english(page).pk]))
        self.assertEqual(response.status_code, 200)
        props = re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)
        return response, json.loads(unescape(props))


class CentreEditorTests(TranslationWallTestCase):
    def test_their_own_centres_page_is_translated_into_a_draft(self):
        form = self.contact_page_without_english(self.pernik)
        response = self.submit_page(self.editor, form)
        self.assertEqual(response.status_code, 302)
        english = self.english(form)
        self.assertEqual(english.get_parent().specific, self.english(self.pernik))
        self.assertFalse(english.live)  # the network team publishes it after review

    def test_another_centres_page_is_refused_and_nothing_is_made(self):
        form = self.contact_page_without_english(self.gabrovo)
        self.assertRefused(self.submit_page(self.editor, form))
        self.assertIsNone(form.get_translation_or_none(self.en))

    def test_sync_with_publish_is_refused_on_their_own_and_another_centres_page(self):
        for page in (self.pernik, self.gabrovo):
            with self.subTest(page=page.title):
                before = self.english(page).last_published_at
                self.assertRefused(self.update(self.editor, page, publish=True))
                self.assertEqual(self.english(page).last_published_at, before)

    def test_sync_without_publish_only_on_their_own_centre(self):
        self.assertEqual(self.update(self.editor, self.pernik, publish=False).status_code, 302)
        self.assertRefused(self.update(self.editor, self.gabrovo, publish=False))

    def test_convert_to_alias_is_refused_and_not_offered(self):
        english = self.english(self.pernik)
        self.assertRefused(self.convert_to_alias(self.editor, self.pernik))
        english.refresh_from_db()
        self.assertIsNone(english.alias_of_id)
        response, props = self.editor_props(self.editor, self.pernik)
        self.assertIsNone(props["links"]["convertToAliasUrl"])
        self.assertFalse(props["perms"]["canPublish"])
        self.assertContains(response, 'name="localize-submit-for-review"')

    def test_publishing_from_the_translation_editor_is_refused(self):
        english = self.english(self.pernik)
        before = english.last_published_at
        url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        self.assertRefused(self.post(self.editor, url, {"action": "publish"}), because="Изпрати за преглед")
        english.refresh_from_db()
        self.assertEqual(english.last_published_at, before)

    def test_their_translation_goes_to_review_and_stays_off_the_site_until_approved(self):
        english = self.english(self.pernik)
        live_title = english.title
        segment = TranslationSource.objects.get_for_instance(self.pernik).stringsegment_set.get(
            context__path="title"
        )
        self.client.force_login(self.editor)
        edit_string = reverse(
            "wagtail_localize:edit_string_translation",
            args=[Translation.objects.get(target_locale=self.en, source=segment.source).pk, segment.pk],
        )
        self.assertEqual(
            self.client.put(
                edit_string, "value=SOS CSC Pernik (new)", content_type="application/x-www-form-urlencoded"
            ).status_code,
            200,
        )
        url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        response = self.post(self.editor, url, {"localize-submit-for-review": "1"})
        self.assertRedirects(response, url, fetch_redirect_response=False)
        english.refresh_from_db()
        self.assertEqual(english.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(english.title, live_title)  # the site still shows the reviewed English
        self.assertEqual(english.get_latest_revision_as_object().title, "SOS CSC Pernik (new)")
        task_state = english.current_workflow_task_state
        approve = reverse("wagtailadmin_pages:workflow_action", args=[english.pk, "approve", task_state.pk])
        self.post(self.network_editor, approve, {"comment": ""})
        english.refresh_from_db()
        self.assertEqual(english.title, "SOS CSC Pernik (new)")  # published by the reviewer

    def test_another_centres_translation_cannot_be_stopped(self):
        translation = Translation.objects.get(
            source=TranslationSource.objects.get_for_instance(self.gabrovo), target_locale=self.en
        )
        self.assertRefused(
            self.post(self.editor, reverse("wagtail_localize:stop_translation", args=[translation.pk])),
            because="Можете да превеждате само",
        )
        translation.refresh_from_db()
        self.assertTrue(translation.enabled)

    def test_a_snippet_they_may_not_edit_is_not_translated_or_synced(self):
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=["centers", "service", self.service.pk]
        )
        self.assertRefused(self.post(self.editor, url, {"locales": [self.en.pk]}))
        self.assertIsNone(self.service.get_translation_or_none(self.en))
        existing = Service.objects.filter(locale=self.bg).exclude(pk=self.service.pk).first()
        source = TranslationSource.objects.get_for_instance(existing)
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.assertRefused(self.post(self.editor, url, {"publish_translations": "on"}))

    def test_translate_and_sync_are_offered_only_on_their_own_pages(self):
        self.client.force_login(self.editor)
        for page, offered in ((self.pernik, True), (self.gabrovo, False)):
            source = TranslationSource.objects.get_for_instance(page)
            sync = reverse("wagtail_localize:update_translations", args=[source.pk])
            response = self.client.get(reverse("wagtailadmin_explore", args=[page.pk]))
            with self.subTest(page=page.title):
                self.assertEqual(response.status_code, 200)
                self.assertEqual(sync in response.content.decode(), offered)


class NetworkEditorTests(TranslationWallTestCase):
    def test_they_translate_any_centres_page_into_a_draft(self):
        form = self.contact_page_without_english(self.gabrovo)
        self.assertEqual(self.submit_page(self.network_editor, form).status_code, 302)
        self.assertFalse(self.english(form).live)

    def test_they_sync_and_publish(self):
        english = self.english(self.gabrovo)
        before = english.last_published_at
        self.assertEqual(self.update(self.network_editor, self.gabrovo, publish=True).status_code, 302)
        english.refresh_from_db()
        self.assertGreater(english.last_published_at, before)

    def test_they_may_convert_a_translation_to_an_alias(self):
        response, props = self.editor_props(self.network_editor, self.gabrovo)
        self.assertIsNotNone(props["links"]["convertToAliasUrl"])
        self.assertTrue(props["perms"]["canPublish"])
        self.assertNotContains(response, 'name="localize-submit-for-review"')
        self.assertEqual(self.convert_to_alias(self.network_editor, self.gabrovo).status_code, 302)
        self.assertEqual(self.english(self.gabrovo).alias_of_id, self.gabrovo.pk)

    def test_they_translate_a_snippet(self):
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=["centers", "service", self.service.pk]
        )
        self.assertEqual(self.post(self.network_editor, url, {"locales": [self.en.pk]}).status_code, 302)
        self.assertIsNotNone(self.service.get_translation_or_none(self.en))
