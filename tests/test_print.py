"""What a page gives paper (static/css/print.css shows it, tests/browser/test_print.py prints
it): the print stylesheet, the page's own address written out as on its canonical link, a
centre's contact form as an address, and a programme's centres with their phone and e-mail."""

import re

from centers.models import CenterPage
from contact.models import ContactPage
from programs.models import ProgramPage
from tests.content import SiteContentTestCase

PAGES = [
    "/bg/",
    "/en/",
    "/bg/tsentrove/pernik/",
    "/en/centres/veliko-tarnovo/",
    "/bg/programi/ritam-karti-daga/",
]


class PrintTests(SiteContentTestCase):
    def test_every_page_links_the_print_stylesheet_and_writes_out_its_own_address(self):
        for url in PAGES:
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertIn('<link rel="stylesheet" href="/static/css/print.css" media="print">', html)
                canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
                self.assertTrue(canonical.endswith(url))
                self.assertRegex(
                    html, rf'<p class="print-only print-address">[^<]*: {re.escape(canonical)}</p>'
                )

    def test_a_centre_page_writes_out_its_contact_forms_address(self):
        centre = CenterPage.objects.live().get(slug="pernik", locale__language_code="bg")
        form = ContactPage.objects.live().child_of(centre).get()
        html = self.client.get(centre.url).content.decode()
        self.assertIn(f'<dd class="print-only print-contact-form">{form.get_full_url()}</dd>', html)

    def test_a_programme_lists_its_centres_phone_and_e_mail(self):
        program = ProgramPage.objects.live().get(slug="ritam-karti-daga", locale__language_code="bg")
        centre = program.centers().first()
        centre.phone, centre.email = "0888 123 456", "centre@example.org"
        centre.save_revision().publish()
        html = self.client.get(program.url).content.decode()
        self.assertIn('<a href="tel:0888123456">0888 123 456</a>', html)
        self.assertIn('<a href="mailto:centre@example.org">centre@example.org</a>', html)
