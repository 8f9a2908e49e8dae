"""The contact forms and the declaration take a POST through the one form flow
(core/forms_flow.py): the same honeypot, a rate limit per form that counts only what was
stored, the notification after the commit, and one field template whose aria-describedby
points at the help and the error shown."""

import re
from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.test import TestCase, override_settings
from wagtail.models import Locale

from contact.models import ContactSubmission
from contact.tests.test_contact import add_contact_page, message, translate_to_english
from core.protection import HONEYPOT, HoneypotField
from declaration.forms import ALREADY_SIGNED, SignatureForm
from declaration.models import DeclarationPage, Signature
from declaration.tests.test_declaration import signature
from tests import builders

HONEYPOT_BLOCK = re.compile(r'<div class="hp"[^>]*>.*?</div>', re.S)


class FormFlowTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.center = builders.add_center(tree["centers"], title="SOS ЦОП Перник", email="pernik@example.org")
        cls.contact = add_contact_page(cls.center)
        cls.other_contact = add_contact_page(builders.add_center(tree["centers"], title="ЦОП Габрово"))
        cls.declaration = builders.publish(
            tree["home"],
            DeclarationPage(
                title="Декларация за подкрепа",
                slug="deklaratsia",
                intro="Подкрепете центъра.",
                body=[],
                consent_text="Центърът ще види данните ви.",
                thank_you="<p>Благодарим!</p>",
            ),
        )

    def setUp(self):
        cache.clear()  # the rate limit's counters

    def write(self, page=None, headers=None, **fields):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post((page or self.contact).url, message(**fields), **(headers or {}))

    def sign(self, page=None, **fields):
        return self.client.post((page or self.declaration).url, signature(**fields))


class HoneypotTests(FormFlowTestCase):
    def test_both_forms_carry_the_same_honeypot_hidden_from_people(self):
        contact = HONEYPOT_BLOCK.findall(self.client.get(self.contact.url).content.decode())
        declaration = HONEYPOT_BLOCK.findall(self.client.get(self.declaration.url).content.decode())
        self.assertEqual(len(contact), 1)
        self.assertEqual(contact, declaration)
        [block] = contact
        self.assertIn('aria-hidden="true"', block)
        self.assertIn(f'name="{HONEYPOT}"', block)
        self.assertIn('tabindex="-1"', block)
        self.assertIsInstance(self.contact.get_form(page=self.contact).fields[HONEYPOT], HoneypotField)
        self.assertIsInstance(SignatureForm(declaration=self.declaration).fields[HONEYPOT], HoneypotField)

    @override_settings(SUBMISSION_RATE_LIMIT=(1, 600))
    def test_a_filled_honeypot_is_thanked_as_a_person_is_and_stores_and_counts_nothing(self):
        thanks = self.write(**{HONEYPOT: "http://spam.example"})
        self.assertContains(thanks, "Благодарим ви: съобщението ви пристигна")
        signed = self.sign(**{HONEYPOT: "http://spam.example"})
        self.assertRedirects(signed, self.declaration.url + "thank-you/")
        self.assertFalse(ContactSubmission.objects.exists())
        self.assertFalse(Signature.objects.exists())
        self.assertEqual(mail.outbox, [])
        self.assertEqual(self.write().status_code, 200)
        self.assertEqual(self.sign().status_code, 302)


@override_settings(SUBMISSION_RATE_LIMIT=(1, 600))
class RateLimitTests(FormFlowTestCase):
    def test_an_invalid_message_does_not_use_up_the_allowance(self):
        self.assertEqual(self.write(contact="не знам").status_code, 400)
        self.assertEqual(self.write(consent="").status_code, 400)
        self.assertEqual(self.write().status_code, 200)
        self.assertEqual(ContactSubmission.objects.count(), 1)
        refused = self.write(message="Още едно")
        self.assertContains(refused, "Твърде много съобщения", status_code=429)
        self.assertContains(refused, "Още едно", status_code=429)
        self.assertEqual(ContactSubmission.objects.count(), 1)

    def test_an_invalid_signature_does_not_use_up_the_allowance(self):
        self.assertEqual(self.sign(email="не-е-имейл").status_code, 400)
        self.assertEqual(self.sign(consent="").status_code, 400)
        self.assertEqual(self.sign().status_code, 302)
        self.assertContains(self.sign(email="b@example.com"), "Твърде много подписи", status_code=429)
        self.assertEqual(Signature.objects.count(), 1)

    def test_a_signature_the_database_refuses_is_an_error_on_the_form_and_not_counted(self):
        Signature.objects.create(
            declaration_key=self.declaration.translation_key,
            name="Първи",
            town="Перник",
            email=signature()["email"],
        )
        # Two people sending the same address at once: both pass the form's check, one insert fails.
        with mock.patch.object(SignatureForm, "clean_email", lambda form: form.cleaned_data["email"]):
            refused = self.sign(name="Втори")
        self.assertContains(refused, str(ALREADY_SIGNED), status_code=400)
        self.assertContains(refused, 'value="Втори"', status_code=400)
        self.assertEqual(self.sign(email="b@example.com").status_code, 302)
        self.assertEqual(Signature.objects.count(), 2)

    def test_each_form_has_its_own_counter(self):
        self.assertEqual(self.write().status_code, 200)
        self.assertEqual(self.write(page=self.other_contact).status_code, 200)
        self.assertEqual(self.sign().status_code, 302)
        self.assertEqual(self.write().status_code, 429)
        self.assertEqual(self.write(page=self.other_contact).status_code, 429)
        self.assertEqual(self.sign(email="b@example.com").status_code, 429)
        self.assertEqual((ContactSubmission.objects.count(), Signature.objects.count()), (2, 1))

    def test_a_form_and_its_translation_share_one_counter(self):
        english_contact = translate_to_english(self.contact)
        english_declaration = self.declaration.copy_for_translation(
            Locale.objects.get(language_code="en"), copy_parents=True
        )
        english_declaration.save_revision().publish()
        self.assertEqual(self.write().status_code, 200)
        self.assertContains(
            self.write(page=english_contact), "Too many messages from your connection", status_code=429
        )
        self.assertEqual(self.sign().status_code, 302)
        self.assertContains(
            self.sign(page=english_declaration, email="b@example.com"),
            "Too many signatures from your connection",
            status_code=429,
        )


class NotificationTests(FormFlowTestCase):
    def test_the_centre_is_told_only_once_the_message_is_committed(self):
        with self.captureOnCommitCallbacks() as callbacks:
            response = self.client.post(self.contact.url, message())
            self.assertContains(response, "Благодарим ви: съобщението ви пристигна")
        submission = ContactSubmission.objects.get()
        self.assertEqual(mail.outbox, [])  # not inside the request's transaction
        self.assertIsNone(submission.notified_at)
        self.assertEqual(len(callbacks), 1)
        with self.captureOnCommitCallbacks(execute=True):  # the commit: queued, then sent
            callbacks[0]()
        [sent] = mail.outbox
        self.assertEqual(sent.to, ["pernik@example.org"])
        submission.refresh_from_db()
        self.assertIsNotNone(submission.notified_at)

    def test_nobody_is_told_of_a_message_that_was_refused(self):
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            self.client.post(self.contact.url, message(consent=""))
        self.assertEqual((callbacks, mail.outbox), ([], []))


class FieldTemplateTests(FormFlowTestCase):
    """Both forms render their fields with includes/form_field.html."""

    def assert_descriptions_exist(self, response):
        html = response.content.decode()
        described = re.findall(r'aria-describedby="([^"]+)"', html)
        self.assertTrue(described)
        ids = set(re.findall(r'\bid="([^"]+)"', html))
        for reference in " ".join(described).split():
            with self.subTest(reference=reference):
                self.assertIn(reference, ids)

    def test_every_aria_describedby_of_the_contact_form_names_its_help_or_error(self):
        self.contact.form_fields.filter(clean_name="name").update(help_text="Как да ви наричаме.")
        response = self.write(name="", contact="не знам", consent="")
        self.assertContains(response, 'aria-describedby="id_name_helptext id_name_error"', status_code=400)
        self.assertContains(response, 'aria-describedby="id_consent_error"', status_code=400)
        self.assert_descriptions_exist(response)

    def test_every_aria_describedby_of_the_declaration_names_its_help_or_error(self):
        response = self.sign(email="не-е-имейл", consent="")
        self.assertContains(response, 'aria-describedby="id_email_helptext id_email_error"', status_code=400)
        self.assertContains(response, 'aria-invalid="true"', status_code=400)
        self.assert_descriptions_exist(response)
        self.assert_descriptions_exist(self.client.get(self.declaration.url))


def via(remote, forwarded=None):
    """A request's connection address and, perhaps, the X-Forwarded-For it carries."""
    headers = {"REMOTE_ADDR": remote}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return {"headers": headers}


@override_settings(SUBMISSION_RATE_LIMIT=(1, 600), TRUSTED_PROXIES=["127.0.0.1/32"])
class BehindTheFrontServerTests(FormFlowTestCase):
    """Every visitor reaches the site through the front server on 127.0.0.1."""

    def test_two_visitors_behind_the_front_server_have_their_own_allowance(self):
        self.assertEqual(self.write(**via("127.0.0.1", "203.0.113.5")).status_code, 200)
        self.assertEqual(self.write(**via("127.0.0.1", "198.51.100.7")).status_code, 200)
        self.assertEqual(self.write(**via("127.0.0.1", "203.0.113.5")).status_code, 429)
        self.assertEqual(ContactSubmission.objects.count(), 2)

    def test_a_visitor_who_is_not_the_front_server_cannot_choose_their_address(self):
        self.assertEqual(self.write(**via("192.0.2.44", "203.0.113.5")).status_code, 200)
        self.assertEqual(self.write(**via("192.0.2.44", "198.51.100.7")).status_code, 429)
        # Nor did they use up the allowance of the address they claimed.
        self.assertEqual(self.write(**via("127.0.0.1", "203.0.113.5")).status_code, 200)
        self.assertEqual(ContactSubmission.objects.count(), 2)
