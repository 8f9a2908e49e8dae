"""The site's frame on every page: header, menu, footer from the site settings, images as
<picture>, web app icons, and no inline script or style (so a strict CSP stays possible)."""

import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.test import TestCase
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from core.models import SiteSettings
from core.tests.test_picture import RenditionCacheTestCase
from tests import builders

STATIC = Path(settings.BASE_DIR) / "static"
TEMPLATE_DIRS = [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]


class FooterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = builders.build_site()
        cls.privacy = builders.add_standard_page(cls.site["home"], title="Поверителност")
        cls.site["home"].privacy_page = cls.privacy
        cls.site["home"].save()

    def test_emergency_numbers_are_in_every_footer(self):
        html = self.client.get("/bg/").content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        self.assertIn('href="tel:112"', footer)
        self.assertIn('href="tel:116111"', footer)

    def test_network_contacts_and_social_links_come_from_the_site_settings(self):
        footer = SiteSettings.for_site(Site.objects.get())
        footer.contact_email = "mreja@example.org"
        footer.contact_phone = "+359 2 123 4567"
        footer.facebook_url = "https://www.facebook.com/example"
        footer.save()
        response = self.client.get("/bg/")
        self.assertContains(response, 'href="mailto:mreja@example.org"')
        self.assertContains(response, 'href="tel:+35921234567"')
        self.assertContains(
            response, '<a href="https://www.facebook.com/example" rel="noopener">Facebook</a>'
        )

    def test_empty_settings_show_no_made_up_contact(self):
        response = self.client.get("/bg/")
        self.assertNotContains(response, "mailto:")
        self.assertNotContains(response, "site-footer__social")
        self.assertEqual(SiteSettings.for_site(Site.objects.get()).contact_email, "")

    def test_footer_links_to_the_privacy_page(self):
        self.assertContains(self.client.get("/bg/"), f'<a href="{self.privacy.url}">Поверителност</a>')

    def test_site_settings_open_in_the_admin(self):
        admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "password")
        self.client.force_login(admin)
        url = reverse("wagtailsettings:edit", args=["core", "sitesettings", Site.objects.get().pk])
        self.assertContains(self.client.get(url), "contact_email")


class HeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = builders.build_site()
        for page in (cls.site["centers"], cls.site["news"]):
            page.show_in_menus = True
            page.save_revision().publish()

    def test_main_menu_is_a_disclosure_that_works_without_javascript(self):
        html = self.client.get("/bg/").content.decode()
        menu = re.search(r'<details class="menu" data-menu>(.*?)</details>', html, re.S)
        self.assertIsNotNone(menu)
        self.assertIn("<summary", menu.group(1))
        self.assertIn(f'href="{self.site["centers"].url}"', menu.group(1))
        self.assertIn(f'href="{self.site["news"].url}"', menu.group(1))

    def test_current_section_is_marked_in_the_menu(self):
        html = self.client.get(self.site["news"].url).content.decode()
        self.assertIn(f'<a href="{self.site["news"].url}" aria-current="true">', html)

    def test_every_page_has_the_skip_link_language_switch_and_web_app_icons(self):
        response = self.client.get("/bg/")
        self.assertContains(response, '<a class="skip-link" href="#main">')
        self.assertContains(response, 'class="language-switch"')
        self.assertContains(response, '<link rel="manifest" href="/static/site.webmanifest">')
        self.assertContains(response, '<link rel="apple-touch-icon" href="/static/img/icon-180.png">')
        self.assertContains(response, '<script src="/static/js/menu.js" defer></script>')


# A script element with code in it; JSON-LD is data that browsers never run, so CSP allows it.
INLINE_SCRIPT = re.compile(r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))[^>]*>')


class StrictCspTests(TestCase):
    def test_no_template_has_an_inline_script_or_style(self):
        offenders = []
        for folder in TEMPLATE_DIRS:
            for path in folder.rglob("*.html"):
                text = path.read_text()
                if INLINE_SCRIPT.search(text) or re.search(r"\sstyle=", text) or "<style" in text:
                    offenders.append(str(path.relative_to(settings.BASE_DIR)))
        self.assertGreater(len(list(TEMPLATE_DIRS[0].rglob("*.html"))), 10)  # the walk finds the templates
        self.assertEqual(offenders, [])


class WebAppIconTests(TestCase):
    def test_manifest_lists_icons_that_exist_in_their_sizes(self):
        manifest = json.loads((STATIC / "site.webmanifest").read_text())
        pngs = [icon for icon in manifest["icons"] if icon["type"] == "image/png"]
        self.assertEqual({icon["sizes"] for icon in pngs}, {"192x192", "512x512"})
        for icon in pngs:
            with PILImage.open(STATIC / icon["src"]) as image:
                self.assertEqual(f"{image.width}x{image.height}", icon["sizes"])
        with PILImage.open(STATIC / "img" / "icon-180.png") as image:
            self.assertEqual(image.size, (180, 180))


class ResponsivePictureTests(RenditionCacheTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.drawing = Image.objects.create(
            title="Къща",
            description="Рисунка на къща",
            file=get_test_image_file("house.png", size=(1200, 800)),
        )
        cls.small = Image.objects.create(
            title="Малка", file=get_test_image_file("small.jpg", size=(600, 400))
        )

    def render(self, markup, **context):
        return Template("{% load image_tags %}" + markup).render(Context(context))

    def test_picture_offers_avif_and_webp_with_the_originals_kind_as_fallback(self):
        html = self.render('{% responsive_picture image sizes="50vw" %}', image=self.drawing)
        self.assertRegex(
            html,
            r'^<picture><source sizes="50vw" srcset="[^"]+\.avif 480w, [^"]+\.avif 720w, [^"]+\.avif 960w" type="image/avif">',
        )
        self.assertIn('type="image/webp"', html)
        img = re.search(r"<img [^>]+>", html).group(0)
        self.assertRegex(img, r'src="[^"]+\.png"')
        self.assertIn('width="480"', img)
        self.assertIn('height="320"', img)
        self.assertIn('alt="Рисунка на къща"', img)
        self.assertIn('loading="lazy"', img)

    def test_photographs_fall_back_to_jpeg_and_are_never_upscaled(self):
        html = self.render("{% responsive_picture image %}", image=self.small)
        img = re.search(r"<img [^>]+>", html).group(0)
        self.assertIn(".jpg 480w", img)
        self.assertIn(".jpg 600w", img)
        self.assertNotIn("720w", html)

    def test_an_image_at_the_top_of_the_page_loads_at_once(self):
        for options in ("lazy=False", "main=True"):
            with self.subTest(options):
                html = self.render(f'{{% responsive_picture image alt="" {options} %}}', image=self.drawing)
                self.assertIn('loading="eager"', html)
                self.assertIn('fetchpriority="high"', html)
                self.assertIn('alt=""', html)

    def test_no_image_renders_nothing(self):
        self.assertEqual(self.render("{% responsive_picture image %}", image=None), "")

    def test_news_cards_and_pages_use_the_picture(self):
        site = builders.build_site()
        item = builders.add_news(site["news"], image=self.drawing)
        card = self.client.get(site["news"].url).content.decode()
        self.assertRegex(card, r'<div class="card__image"><picture><source [^>]*type="image/avif"')
        self.assertIn('alt=""', re.search(r'<div class="card__image">.*?</div>', card, re.S).group(0))
        page = self.client.get(item.url).content.decode()
        self.assertRegex(page, r'<figure class="illustration"><picture><source [^>]*type="image/avif"')
        self.assertIn('fetchpriority="high"', page)
