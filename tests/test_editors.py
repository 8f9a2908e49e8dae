"""Editors in the admin: each centre edits its own pages and news and nothing else, nothing goes
live without the network team's review, scheduled news goes live on time, and repeated failed
logins lock the account."""

import datetime
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from centers.groups import NETWORK_EDITORS, ensure_editor_group, ensure_staff_group, setup_all
from centers.models import CenterGroup
from news.models import NewsPage
from tests import builders


def news_form(title, slug, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-11-20",
            "lead": "Какво се случи.",
            "image_alt": "",
            "tags": "",
            "body": streamfield([("paragraph", rich_text("<p>Подробности.</p>"))]),
            "related_centers": inline_formset([]),
            action: action,
        }
    )


class EditorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.home, cls.news_index = tree["home"], tree["news"]
        cls.center = builders.add_center(tree["centers"], title="SOS ЦОП Перник")
        cls.other_center = builders.add_center(tree["centers"], title="SOS ЦОП Габрово", town="Габрово")
        setup_all()
        User = get_user_model()
        cls.editor = User.objects.create_user("pernik-editor", email="editor@example.org", password="x")
        cls.editor.groups.add(ensure_editor_group(cls.center))
        cls.staff = User.objects.create_user("pernik-staff", password="x")
        cls.staff.groups.add(ensure_staff_group(cls.center))
        cls.network_editor = User.objects.create_user("network", email="network@example.org", password="x")
        cls.network_editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))
        cls.others_news = builders.add_news(cls.news_index, title="Новина от Габрово")

    def get(self, user, url):
        self.client.force_login(user)
        return self.client.get(url)

    def assertRefused(self, response):
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


class PermissionMatrixTests(EditorTestCase):
    def settings_url(self):
        site = Site.objects.get(is_default_site=True)
        return reverse("wagtailsettings:edit", args=["giving", "givingsettings", site.pk])

    def edit_url(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def test_a_centre_editor_edits_their_centre_only(self):
        self.assertEqual(self.get(self.editor, self.edit_url(self.center)).status_code, 200)
        self.assertRefused(self.get(self.editor, self.edit_url(self.other_center)))
        self.assertRefused(self.get(self.editor, self.edit_url(self.others_news)))
        self.assertRefused(self.get(self.editor, self.settings_url()))
        add_news = reverse("wagtailadmin_pages:add", args=["news", "newspage", self.news_index.pk])
        self.assertEqual(self.get(self.editor, add_news).status_code, 200)

    def test_a_centre_editor_cannot_publish_and_their_news_stays_theirs(self):
        self.client.force_login(self.editor)
        add_news = reverse("wagtailadmin_pages:add", args=["news", "newspage", self.news_index.pk])
        self.client.post(add_news, news_form("Лятно училище в Перник", "lyatno-uchilishte", "action-publish"))
        news = NewsPage.objects.get(title="Лятно училище в Перник")
        self.assertFalse(news.live)  # publishing needs the network team
        self.assertEqual(self.client.get(self.edit_url(news)).status_code, 200)  # their own news

    def test_centre_staff_read_messages_but_edit_no_page(self):
        self.assertRefused(self.get(self.staff, self.edit_url(self.center)))
        self.assertEqual(self.get(self.staff, reverse("contact_messages:index")).status_code, 200)

    def test_a_network_editor_edits_every_page_and_the_giving_settings(self):
        for page in (self.center, self.other_center, self.others_news):
            with self.subTest(page=page.title):
                self.assertEqual(self.get(self.network_editor, self.edit_url(page)).status_code, 200)
        self.assertEqual(self.get(self.network_editor, self.settings_url()).status_code, 200)
        self.assertRefused(self.get(self.network_editor, reverse("contact_messages:index")))

    def test_an_anonymous_visitor_is_sent_to_the_login(self):
        self.client.logout()
        response = self.client.get(self.edit_url(self.center))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_a_new_centre_gets_its_groups_and_collection_at_once(self):
        new = builders.add_center(self.center.get_parent(), title="ЦОП Трявна", town="Трявна")
        roles = set(CenterGroup.objects.filter(center_key=new.translation_key).values_list("role", flat=True))
        self.assertEqual(roles, {"staff", "editors"})
        self.assertTrue(Collection.objects.filter(name="ЦОП Трявна").exists())
        call_command("setup_editors", stdout=StringIO())
        self.assertEqual(CenterGroup.objects.filter(center_key=new.translation_key).count(), 2)


class ReviewWorkflowTests(EditorTestCase):
    def submit_news(self, title="Лятно училище в Перник"):
        self.client.force_login(self.editor)
        add_news = reverse("wagtailadmin_pages:add", args=["news", "newspage", self.news_index.pk])
        self.client.post(add_news, news_form(title, "lyatno-uchilishte", "action-submit"))
        return NewsPage.objects.get(title=title)

    def workflow_action(self, page, action, comment=""):
        task_state = page.current_workflow_task_state
        self.client.force_login(self.network_editor)
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        return self.client.post(url, {"comment": comment})

    def test_news_goes_through_review_and_the_network_team_publishes_it(self):
        news = self.submit_news()
        self.assertFalse(news.live)
        self.assertEqual(news.current_workflow_task.name, "Преглед / Review")
        self.assertIn("network@example.org", [address for message in mail.outbox for address in message.to])
        self.workflow_action(news, "approve")
        news.refresh_from_db()
        self.assertTrue(news.live)

    def test_a_change_requested_goes_back_to_the_author_with_the_comment(self):
        news = self.submit_news()
        mail.outbox.clear()
        self.workflow_action(news, "reject", comment="Моля, добавете дата.")
        news.refresh_from_db()
        self.assertFalse(news.live)
        self.assertIsNone(news.current_workflow_task)
        to_author = [message for message in mail.outbox if "editor@example.org" in message.to]
        self.assertTrue(to_author)
        self.assertIn("Моля, добавете дата.", to_author[0].body)


class ScheduledPublishingTests(EditorTestCase):
    def test_scheduled_news_goes_live_at_its_time(self):
        go_live = timezone.now() + datetime.timedelta(hours=1)
        news = builders.add_news(self.news_index, title="Утрешна новина")
        news.unpublish()
        news.go_live_at = go_live
        news.save_revision().publish()
        news.refresh_from_db()
        self.assertFalse(news.live)
        call_command("publish_scheduled", stdout=StringIO())
        news.refresh_from_db()
        self.assertFalse(news.live)  # not yet
        with self.travel_to(go_live + datetime.timedelta(minutes=1)):
            call_command("publish_scheduled", stdout=StringIO())
        news.refresh_from_db()
        self.assertTrue(news.live)

    def test_news_with_an_expiry_date_goes_offline_at_its_time(self):
        expiry = timezone.now() + datetime.timedelta(days=1)
        news = builders.add_news(self.news_index, title="Покана за лятното училище")
        news.expire_at = expiry
        news.save_revision().publish()
        call_command("publish_scheduled", stdout=StringIO())
        news.refresh_from_db()
        self.assertTrue(news.live)
        with self.travel_to(expiry + datetime.timedelta(minutes=1)):
            call_command("publish_scheduled", stdout=StringIO())
        news.refresh_from_db()
        self.assertFalse(news.live)
        self.assertTrue(news.expired)

    def travel_to(self, moment):
        from unittest import mock

        return mock.patch("django.utils.timezone.now", return_value=moment)


class LockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_user("editor", password="correct horse battery")

    @override_settings(
        AXES_ENABLED=True,
        AXES_FAILURE_LIMIT=5,
        AUTHENTICATION_BACKENDS=[
            "axes.backends.AxesStandaloneBackend",
            "django.contrib.auth.backends.ModelBackend",
        ],
    )
    def test_repeated_failures_lock_the_account_with_a_clear_message(self):
        login = reverse("wagtailadmin_login")
        for _ in range(5):
            self.client.post(login, {"username": "editor", "password": "wrong"})
        response = self.client.post(login, {"username": "editor", "password": "correct horse battery"})
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "заключен", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(
        AXES_ENABLED=True,
        AXES_FAILURE_LIMIT=5,
        AUTHENTICATION_BACKENDS=[
            "axes.backends.AxesStandaloneBackend",
            "django.contrib.auth.backends.ModelBackend",
        ],
        TRUSTED_PROXIES=["127.0.0.1/32"],
    )
    def test_behind_the_front_server_a_lockout_holds_only_the_address_that_earned_it(self):
        login = reverse("wagtailadmin_login")
        attacker = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
        editor = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
        for _ in range(5):
            self.client.post(login, {"username": "editor", "password": "wrong"}, **attacker)
        right = {"username": "editor", "password": "correct horse battery"}
        self.assertEqual(self.client.post(login, right, **attacker).status_code, 429)
        signed_in = self.client.post(login, right, **editor)
        self.assertRedirects(signed_in, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.user.pk))


class RootPagesTests(EditorTestCase):
    def test_the_review_workflow_covers_news_and_centres(self):
        for page in (self.news_index, self.center.get_parent()):
            with self.subTest(page=page.title):
                self.assertEqual(
                    Page.objects.get(pk=page.pk).get_workflow().name.split(" / ")[1],
                    "Review by the network team",
                )


class DashboardTests(EditorTestCase):
    def test_a_changed_page_shows_its_translation_is_out_of_date(self):
        from wagtail.models import Locale
        from wagtail_localize.models import Translation, TranslationSource

        source, _ = TranslationSource.get_or_create_from_instance(self.center)
        Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
        dashboard = reverse("wagtailadmin_home")
        self.assertNotContains(self.get(self.network_editor, dashboard), "Остарели преводи")

        self.center.summary = "Нов текст."
        self.center.save_revision().publish()
        response = self.get(self.network_editor, dashboard)
        self.assertContains(response, "Остарели преводи")
        self.assertContains(response, reverse("wagtail_localize:update_translations", args=[source.pk]))
        self.assertNotContains(self.get(self.staff, dashboard), "Остарели преводи")  # may not edit it

        source.update_from_db()
        self.assertNotContains(self.get(self.network_editor, dashboard), "Остарели преводи")


@override_settings(WAGTAIL_2FA_REQUIRED=True)
class TwoFactorTests(TestCase):
    """With two-factor sign-in required (production), an admin user needs a code from their app."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("admin", password="x")

    def test_a_user_without_a_device_must_set_one_up_first(self):
        self.client.force_login(self.user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtail_2fa_device_new"), response["Location"])

    def test_the_dashboard_opens_only_after_the_right_code(self):
        from django_otp.oath import totp
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=self.user, name="Телефон", confirmed=True)
        self.client.force_login(self.user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertIn(reverse("wagtail_2fa_auth"), response["Location"])

        self.client.post(
            reverse("wagtail_2fa_auth"), {"otp_device": device.persistent_id, "otp_token": "000000"}
        )
        self.assertIn(reverse("wagtail_2fa_auth"), self.client.get(reverse("wagtailadmin_home"))["Location"])

        device.refresh_from_db()
        device.throttle_reset()  # django-otp slows retries after a wrong code; the test does not wait
        code = f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
        self.client.post(reverse("wagtail_2fa_auth"), {"otp_device": device.persistent_id, "otp_token": code})
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)

    def test_the_two_factor_steps_speak_bulgarian(self):
        self.client.force_login(self.user)
        response = self.client.get(reverse("wagtail_2fa_device_new"))
        self.assertContains(response, "Двуфакторното удостоверяване прави профила ви по-сигурен")
