"""Who hears of a message: a form nobody is e-mailed from says so to the visitor instead of
promising an answer, and `check --deploy` names it; a professional can say they refer a child."""

import io

from django.core.management import call_command
from django.test import override_settings

from contact.models import ContactPage, ContactSubmission
from contact.tests.test_contact import ContactTestCase

HONEST = "Този формуляр все още не уведомява никого по имейл"
PROMISE = "Ще ви отговорим."  # the editor's thank-you text of the test forms


def deploy_check():
    out, err = io.StringIO(), io.StringIO()
    call_command("check", "--deploy", "--tag", "contact", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


class ReferralTopicTests(ContactTestCase):
    def test_a_centres_form_offers_referral_by_a_professional(self):
        response = self.client.get(self.page.url)
        self.assertContains(response, '<option value="Насочване от специалист">')
        self.send(topic="Насочване от специалист")
        self.assertEqual(ContactSubmission.objects.get().form_data["topic"], "Насочване от специалист")


class NobodyToldTests(ContactTestCase):
    """Gabrovo (other_page) has no e-mail address; Pernik has one."""

    def test_without_any_address_the_thanks_promises_nothing_and_the_message_is_kept(self):
        response = self.send(page=self.other_page, name="Габровка")
        self.assertContains(response, "Благодарим ви: съобщението ви пристигна")
        self.assertContains(response, HONEST)
        self.assertContains(response, "не можем да кажем кога ще получите отговор")
        self.assertNotContains(response, PROMISE)
        submission = ContactSubmission.objects.get()
        self.assertEqual(submission.form_data["name"], "Габровка")
        self.assertIsNone(submission.notified_at)

    def test_the_centres_phone_is_offered_when_it_is_known(self):
        self.other_center.phone = "066 123 456"
        self.other_center.save_revision().publish()
        response = self.send(page=self.other_page)
        self.assertContains(response, 'href="tel:066123456">066 123 456</a>')

    def test_with_the_centres_address_the_editors_thanks_is_shown(self):
        response = self.send()
        self.assertContains(response, PROMISE)
        self.assertNotContains(response, HONEST)

    @override_settings(CONTACT_FALLBACK_EMAIL="network@example.org")
    def test_with_the_fallback_address_the_editors_thanks_is_shown(self):
        response = self.send(page=self.other_page)
        self.assertContains(response, PROMISE)
        self.assertNotContains(response, HONEST)

    def test_the_deploy_check_names_each_live_form_that_reaches_no_one(self):
        output = deploy_check()
        self.assertIn("contact.W001", output)
        self.assertIn(self.other_page.url_path, output)
        self.assertNotIn(self.page.url_path, output)  # Pernik's form mails the centre
        self.assertIn("CONTACT_FALLBACK_EMAIL", output)

    def test_the_deploy_check_is_quiet_once_every_form_reaches_someone(self):
        ContactPage.objects.filter(pk=self.other_page.pk).update(to_address="gabrovo@example.org")
        self.assertNotIn("contact.W001", deploy_check())
        ContactPage.objects.filter(pk=self.other_page.pk).update(to_address="")
        with override_settings(CONTACT_FALLBACK_EMAIL="network@example.org"):
            self.assertNotIn("contact.W001", deploy_check())

    def test_the_ordinary_check_does_not_run_it(self):
        out, err = io.StringIO(), io.StringIO()
        call_command("check", stdout=out, stderr=err)
        self.assertNotIn("contact.W001", out.getvalue() + err.getvalue())
