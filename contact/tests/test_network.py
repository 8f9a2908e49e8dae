"""Writing to the network itself (companies, gifts in kind, volunteers, the press): the same
protected flow as a centre's form, the network's address, and readers of its own."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Site

from centers.groups import ensure_staff_group
from contact.groups import ensure_network_team
from contact.models import ContactSubmission, NetworkContactPage
from contact.tests.test_contact import FormTestCase, add_contact_page, translate_to_english
from core.models import SiteSettings
from tests import builders


def add_network_page(home, **fields):
    return add_contact_page(
        home,
        NetworkContactPage,
        title="Пишете на екипа на мрежата",
        slug="pishete-na-mrezhata",
        thank_you_text="<p>Екипът на мрежата ще ви отговори.</p>",
        **fields,
    )


class NetworkFormTestCase(FormTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.home = tree["home"]
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "network@example.org"
        settings.save()
        cls.center = builders.add_center(tree["centers"], title="SOS ЦОП Перник", email="pernik@example.org")
        cls.center_page = add_contact_page(cls.center)
        cls.page = add_network_page(cls.home)


class NetworkFormTests(NetworkFormTestCase):
    def test_the_form_offers_the_networks_topics_and_names_its_readers(self):
        response = self.client.get(self.page.url)
        self.assertIn("private", response["Cache-Control"])
        for topic in ("Фирми и партньорства", "Дарения в натура", "Доброволчество", "Медии", "Нещо друго"):
            with self.subTest(topic=topic):
                self.assertContains(response, f'<option value="{topic}">')
        self.assertNotContains(response, "Насочване от специалист")
        self.assertContains(response, "Съобщението ви четат само екипът на мрежата и администраторите")
        self.assertContains(response, 'href="tel:116111"')

    def test_the_english_form_speaks_english(self):
        english = translate_to_english(self.page)
        response = self.client.get(english.url)
        self.assertContains(response, '<option value="Companies and partnerships">')
        self.assertContains(response, '<option value="Press and media">')
        self.assertContains(response, "Your message is read only by the network team")
        thanks = self.send(page=english, topic="Gifts in kind")
        self.assertContains(thanks, "We will answer.")
        self.assertEqual(ContactSubmission.objects.get().language, "en")

    def test_a_message_is_stored_and_mails_the_networks_address(self):
        response = self.send(topic="Дарения в натура", message="Имаме 20 нови якета за деца.")
        self.assertContains(response, "Екипът на мрежата ще ви отговори.")
        submission = ContactSubmission.objects.get()
        self.assertIsNone(submission.center)
        self.assertEqual(submission.form_data["topic"], "Дарения в натура")
        self.assertIsNotNone(submission.notified_at)
        [sent] = mail.outbox
        self.assertEqual(sent.to, ["network@example.org"])
        self.assertIn("Пишете на екипа на мрежата", sent.body)  # where it waits
        self.assertNotIn("Имаме 20 нови якета", sent.body)  # never what it says

    @override_settings(CONTACT_FALLBACK_EMAIL="fallback@example.org")
    def test_the_forms_own_address_comes_before_the_networks(self):
        NetworkContactPage.objects.filter(pk=self.page.pk).update(to_address="press@example.org")
        self.send(topic="Медии")
        self.assertEqual(mail.outbox[0].to, ["press@example.org"])

    @override_settings(CONTACT_FALLBACK_EMAIL="fallback@example.org")
    def test_without_the_footers_address_the_fallback_is_mailed(self):
        SiteSettings.objects.update(contact_email="")
        self.send(topic="Медии")
        self.assertEqual(mail.outbox[0].to, ["fallback@example.org"])

    def test_a_bot_is_thanked_and_nothing_is_stored(self):
        self.send(website="http://spam.example")
        self.assertFalse(ContactSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    @override_settings(SUBMISSION_RATE_LIMIT=(1, 600))
    def test_the_rate_limit_counts_apart_from_the_centres_forms(self):
        self.send(page=self.center_page)
        self.assertEqual(self.send(topic="Медии").status_code, 200)
        self.assertEqual(self.send(topic="Медии").status_code, 429)
        self.assertEqual(ContactSubmission.objects.count(), 2)

    def test_the_footer_links_to_the_networks_form(self):
        self.assertContains(self.client.get(self.center.url), f'href="{self.page.url}"')

    def test_a_second_network_form_cannot_be_added_under_the_home_page(self):
        self.assertFalse(NetworkContactPage.can_create_at(self.home))
        self.assertFalse(NetworkContactPage.can_create_at(self.center))


class NetworkReadingTests(NetworkFormTestCase):
    """The network's messages are read by the network team and the administrators only."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        User = get_user_model()
        cls.staff = User.objects.create_user("pernik-staff", password="x")
        cls.staff.groups.add(ensure_staff_group(cls.center))
        cls.team = User.objects.create_user("network-team", password="x")
        cls.team.groups.add(ensure_network_team())
        cls.admin = User.objects.create_superuser("admin", password="x")

    def setUp(self):
        super().setUp()
        self.send(name="Фирма ООД", topic="Фирми и партньорства")
        self.send(page=self.center_page, name="Перничанка")
        self.network_message = ContactSubmission.objects.get(page=self.page)
        self.center_message = ContactSubmission.objects.get(page=self.center_page)

    def as_user(self, user, url):
        self.client.force_login(user)
        return self.client.get(url)

    def test_a_centres_staff_cannot_read_the_networks_messages(self):
        listing = self.as_user(self.staff, reverse("contact_messages:index"))
        self.assertContains(listing, "Перничанка")
        self.assertNotContains(listing, "Фирма ООД")
        inspect = reverse("contact_messages:inspect", args=[self.network_message.pk])
        self.assertEqual(self.client.get(inspect, follow=True).status_code, 404)
        submissions = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        self.assertRedirects(self.client.get(submissions), reverse("contact_messages:index"))

    def test_the_network_team_reads_the_networks_messages_and_no_centres(self):
        listing = self.as_user(self.team, reverse("contact_messages:index"))
        self.assertContains(listing, "Фирма ООД")
        self.assertNotContains(listing, "Перничанка")
        inspect = self.client.get(reverse("contact_messages:inspect", args=[self.network_message.pk]))
        self.assertContains(inspect, "Фирми и партньорства")
        other = reverse("contact_messages:inspect", args=[self.center_message.pk])
        self.assertEqual(self.client.get(other, follow=True).status_code, 404)
        submissions = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        self.assertRedirects(self.client.get(submissions), reverse("contact_messages:index"))
        self.assertContains(self.as_user(self.team, reverse("wagtailadmin_home")), "1 съобщение чака отговор")

    def test_the_network_teams_export_holds_only_the_networks_messages(self):
        response = self.as_user(self.team, reverse("contact_messages:index") + "?export=csv")
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertIn("Фирма ООД", content)
        self.assertNotIn("Перничанка", content)

    def test_administrators_read_both(self):
        listing = self.as_user(self.admin, reverse("contact_messages:index"))
        self.assertContains(listing, "Фирма ООД")
        self.assertContains(listing, "Перничанка")

    def test_the_network_team_group_is_made_once_with_only_what_it_needs(self):
        group = ensure_network_team()
        self.assertEqual(ensure_network_team(), group)
        self.assertEqual(
            set(group.permissions.values_list("codename", flat=True)),
            {"access_admin", "view_contactsubmission", "change_contactsubmission"},
        )
