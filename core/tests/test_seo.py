"""What search engines and link previews read: descriptions, Open Graph and Twitter cards,
schema.org JSON-LD, robots.txt, and the feed links in the head."""

import datetime
import json
import re
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from core.seo import DESCRIPTION_LENGTH, page_description
from home.models import StandardPage
from tests import builders
from tests.content import SiteContentTestCase

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


class HeadParser(HTMLParser):
    """The <meta> and <link> elements of a page, keyed the way crawlers read them."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)


def head(response):
    parser = HeadParser()
    html = response.content.decode()
    parser.feed(html[: html.index("</head>")])
    return parser


def structured_data(response):
    """Every JSON-LD item on the page, parsed back, by @type (as a string for several types)."""
    items = {}
    for text in LD_JSON.findall(response.content.decode()):
        data = json.loads(text)
        for item in data if isinstance(data, list) else [data]:
            items[str(item["@type"])] = item
    return items


def make_image(title="Къщичка"):
    return get_image_model().objects.create(
        title=title, description="Рисунка на къща.", file=get_test_image_file(size=(1600, 1000))
    )


class SeoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.home = cls.tree["home"]
        cls.image = make_image()
        cls.center = builders.add_center(
            cls.tree["centers"],
            title="SOS ЦОП Перник",
            latitude=Decimal("42.60528"),
            longitude=Decimal("23.03778"),
            location_is_approximate=False,
            phone="076 123 456",
        )
        cls.bare_center = builders.add_center(cls.tree["centers"], title="ЦОП Разлог", town="Разлог")
        cls.illustrated = builders.add_news(
            cls.tree["news"], "Нов дом за семейства", datetime.date(2026, 11, 20), image=cls.image
        )
        cls.plain_news = builders.add_news(cls.tree["news"], "Без картинка")
        cls.plain_news.lead = "Кратко. " * 40
        cls.plain_news.save_revision().publish()
        cls.about = builders.add_standard_page(cls.home, "За мрежата")

    def get(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response

    # Descriptions and titles

    def test_description_is_the_search_description_when_the_editor_wrote_one(self):
        self.center.search_description = "Безплатна подкрепа в Перник."
        self.center.save_revision().publish()
        meta = head(self.get(self.center)).meta
        self.assertEqual(meta["description"], "Безплатна подкрепа в Перник.")
        self.assertEqual(meta["og:description"], "Безплатна подкрепа в Перник.")

    def test_description_falls_back_to_the_pages_summary(self):
        self.assertEqual(head(self.get(self.center)).meta["description"], "Подкрепа за деца и семейства.")
        self.assertEqual(head(self.get(self.illustrated)).meta["description"], "Какво се случи.")

    def test_a_long_summary_is_shortened_for_the_result_snippet(self):
        description = head(self.get(self.plain_news)).meta["description"]
        self.assertLessEqual(len(description), DESCRIPTION_LENGTH)
        self.assertTrue(description.startswith("Кратко. Кратко."))
        self.assertTrue(description.endswith("…"))

    def test_rich_text_becomes_one_line_of_plain_text(self):
        page = StandardPage(title="Т", intro="<p>Деца &amp; семейства</p>\n<p>  в   Перник</p>")
        self.assertEqual(page_description(page), "Деца & семейства в Перник")

    def test_a_page_without_any_summary_still_has_a_description(self):
        self.assertEqual(head(self.get(self.about)).meta["description"], page_description(self.about))
        self.assertTrue(page_description(self.about))

    def test_og_title_prefers_the_seo_title(self):
        self.about.seo_title = "Кои сме ние"
        self.about.save_revision().publish()
        response = self.get(self.about)
        self.assertEqual(head(response).meta["og:title"], "Кои сме ние")
        self.assertContains(response, "<title>Кои сме ние ·")

    # Open Graph and Twitter

    def test_a_news_item_is_shared_as_an_article_with_its_own_image(self):
        meta = head(self.get(self.illustrated)).meta
        self.assertEqual(meta["og:type"], "article")
        self.assertEqual(meta["og:url"], "http://testserver" + self.illustrated.url)
        self.assertRegex(meta["og:image"], r"^http://testserver/media/images/.+\.fill-1200x630\.png$")
        self.assertEqual((meta["og:image:width"], meta["og:image:height"]), ("1200", "630"))
        self.assertEqual(meta["og:image:alt"], "Рисунка на къща.")
        self.assertEqual(meta["article:published_time"], "2026-11-20T00:00:00+02:00")
        self.assertEqual(meta["twitter:card"], "summary_large_image")

    def test_the_image_description_written_for_the_news_item_is_the_share_images_alt(self):
        self.illustrated.image_alt = "Къща с топъл прозорец."
        self.illustrated.save_revision().publish()
        self.assertEqual(head(self.get(self.illustrated)).meta["og:image:alt"], "Къща с топъл прозорец.")

    def test_the_first_image_in_a_body_illustrates_a_page_without_its_own(self):
        self.about.body = [
            {"type": "paragraph", "value": "<p>Текст.</p>"},
            {"type": "image", "value": {"image": self.image.pk, "decorative": False, "alt_text": "Къща"}},
        ]
        self.about.save_revision().publish()
        meta = head(self.get(self.about)).meta
        self.assertIn("/media/images/", meta["og:image"])
        self.assertEqual(meta["og:image:alt"], "Къща")

    def test_pages_without_an_image_share_the_sites_image(self):
        parser = head(self.get(self.center))
        self.assertEqual(parser.meta["og:type"], "website")
        self.assertEqual(parser.meta["og:image"], "http://testserver/static/img/share.png")
        self.assertEqual(parser.meta["og:site_name"], "SOS Центрове за обществена подкрепа")
        self.assertEqual(parser.meta["twitter:card"], "summary_large_image")
        self.assertTrue(finders.find("img/share.png"))

    def test_a_lost_image_file_falls_back_to_the_sites_image(self):
        cache.clear()  # a rendition cached by another test for the same image id would hide the loss
        lost = make_image("Изгубена")
        lost.file.storage.delete(lost.file.name)
        news = builders.add_news(self.tree["news"], "С изгубена картинка", image=lost)
        with self.assertLogs("core.seo", "WARNING"):
            meta = head(self.get(news)).meta
        self.assertEqual(meta["og:image"], "http://testserver/static/img/share.png")

    def test_og_url_is_the_canonical_address(self):
        parser = head(self.get(self.center))
        canonical = next(link["href"] for link in parser.links if link.get("rel") == "canonical")
        self.assertEqual(parser.meta["og:url"], canonical)
        self.assertEqual(parser.meta["og:locale"], "bg_BG")

    def test_a_page_not_found_still_has_a_description_and_share_image(self):
        response = self.client.get("/bg/no-such-page/")
        self.assertEqual(response.status_code, 404)
        meta = head(response).meta
        self.assertTrue(meta["description"])
        self.assertEqual(meta["og:image"], "http://testserver/static/img/share.png")
        self.assertNotIn("og:url", meta)

    # schema.org

    def test_the_home_page_presents_the_network_as_an_ngo(self):
        data = structured_data(self.get(self.home))
        self.assertEqual(set(data), {"NGO"})
        ngo = data["NGO"]
        self.assertEqual(ngo["@context"], "https://schema.org")
        self.assertEqual(ngo["name"], "SOS Центрове за обществена подкрепа")
        self.assertEqual(ngo["url"], "http://testserver/bg/")
        self.assertEqual(ngo["logo"], "http://testserver/static/img/logo-512.png")
        self.assertTrue(finders.find("img/logo-512.png"))

    def test_a_center_is_an_ngo_at_a_place_with_address_geo_and_contact(self):
        center = structured_data(self.get(self.center))["NGO"]
        self.assertEqual(center["name"], "SOS ЦОП Перник")
        self.assertEqual(center["url"], "http://testserver" + self.center.url)
        self.assertEqual(
            center["address"],
            {
                "@type": "PostalAddress",
                "addressLocality": "Перник",
                "addressRegion": "Перник",
                "addressCountry": "BG",
            },
        )
        self.assertEqual(center["location"]["@type"], "Place")
        self.assertEqual(center["location"]["address"], center["address"])
        self.assertEqual(
            center["location"]["geo"],
            {"@type": "GeoCoordinates", "latitude": 42.60528, "longitude": 23.03778},
        )
        self.assertEqual(center["telephone"], "076 123 456")
        self.assertNotIn("email", center)

    def test_a_center_without_known_street_phone_or_map_point_leaves_them_out(self):
        center = structured_data(self.get(self.bare_center))["NGO"]
        self.assertEqual(center["address"]["addressLocality"], "Разлог")
        self.assertNotIn("streetAddress", center["address"])
        self.assertNotIn("geo", center["location"])
        self.assertNotIn("telephone", center)

    def test_a_known_street_address_is_given(self):
        self.center.street_address = "ул. „Юрий Гагарин“ 10"
        self.center.save_revision().publish()
        center = structured_data(self.get(self.center))["NGO"]
        self.assertEqual(center["address"]["streetAddress"], "ул. „Юрий Гагарин“ 10")

    def test_a_center_run_by_a_partner_names_its_operator(self):
        partner = builders.add_center(self.tree["centers"], operator=builders.operator(is_sos=False))
        center = structured_data(self.get(partner))["NGO"]
        self.assertEqual(center["parentOrganization"]["name"], partner.operator.name)
        self.assertEqual(center["parentOrganization"]["@type"], "NGO")

    def test_a_municipal_center_belongs_to_a_government_organization(self):
        municipality = builders.operator(is_sos=False)
        municipality.is_public_body = True
        municipality.save()
        center = builders.add_center(self.tree["centers"], operator=municipality)
        data = structured_data(self.get(center))
        self.assertNotIn("NGO", data)
        self.assertEqual(
            data["GovernmentOrganization"]["parentOrganization"]["@type"], "GovernmentOrganization"
        )

    def test_a_town_centre_map_point_is_not_published_as_the_centres_geo(self):
        approximate = builders.add_center(
            self.tree["centers"], latitude=Decimal("41.88630"), longitude=Decimal("23.46714")
        )
        self.assertTrue(approximate.location_is_approximate)
        center = structured_data(self.get(approximate))["NGO"]
        self.assertEqual(center["location"]["address"]["addressCountry"], "BG")
        self.assertNotIn("geo", center["location"])

    def test_news_is_a_news_article_with_its_required_properties(self):
        article = structured_data(self.get(self.illustrated))["NewsArticle"]
        self.assertEqual(article["headline"], "Нов дом за семейства")
        self.assertEqual(article["datePublished"], "2026-11-20T00:00:00+02:00")
        self.assertGreaterEqual(
            datetime.datetime.fromisoformat(article["dateModified"]),
            datetime.datetime.fromisoformat(article["datePublished"]),
        )
        self.assertEqual(article["mainEntityOfPage"]["@id"], "http://testserver" + self.illustrated.url)
        self.assertRegex(article["image"][0], r"^http://testserver/media/images/")
        for role in ("author", "publisher"):
            self.assertEqual(article[role]["@type"], "NGO")
            self.assertEqual(article[role]["logo"], "http://testserver/static/img/logo-512.png")

    def test_news_without_an_image_has_no_image_property(self):
        self.assertNotIn("image", structured_data(self.get(self.plain_news))["NewsArticle"])

    def test_a_long_headline_is_shortened_to_110_characters(self):
        news = builders.add_news(self.tree["news"], "Дълго заглавие " * 12)
        headline = structured_data(self.get(news))["NewsArticle"]["headline"]
        self.assertEqual(len(headline), 110)

    def test_a_title_can_never_close_the_script_element(self):
        title = "</script><script>alert(1)</script> & <!-- „кавички“"
        news = builders.add_news(self.tree["news"], title)
        response = self.get(news)
        self.assertNotContains(response, "<script>alert(1)")
        self.assertEqual(structured_data(response)["NewsArticle"]["headline"], title)

    def test_every_page_below_home_has_its_breadcrumb_list(self):
        trail = structured_data(self.get(self.illustrated))["BreadcrumbList"]["itemListElement"]
        self.assertEqual([step["position"] for step in trail], [1, 2, 3])
        self.assertEqual([step["name"] for step in trail], ["Начало", "Новини", "Нов дом за семейства"])
        self.assertEqual(
            [step["item"] for step in trail],
            [
                "http://testserver/bg/",
                "http://testserver" + self.tree["news"].url,
                "http://testserver" + self.illustrated.url,
            ],
        )
        self.assertNotIn("BreadcrumbList", structured_data(self.get(self.home)))

    # Feeds in the head

    def test_the_home_page_and_news_pages_announce_the_feeds_in_their_language(self):
        expected = [
            ("application/rss+xml", "http://testserver/feeds/bg/rss.xml"),
            ("application/atom+xml", "http://testserver/feeds/bg/atom.xml"),
        ]
        for page in (self.home, self.tree["news"], self.illustrated):
            with self.subTest(page=page.title):
                links = head(self.get(page)).links
                feeds = [link for link in links if link.get("type") in dict(expected)]
                self.assertEqual([(link["type"], link["href"]) for link in feeds], expected)
                self.assertTrue(all(link["rel"] == "alternate" and link["title"] for link in feeds))

    def test_other_pages_do_not_announce_the_feeds(self):
        self.assertNotContains(self.get(self.center), "application/rss+xml")


class RobotsTests(TestCase):
    def test_robots_allows_the_site_keeps_out_the_admin_and_names_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertEqual(lines[0], "User-agent: *")
        self.assertIn("Allow: /", lines)
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("Disallow: /django-admin/", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)

    def test_robots_names_the_site_address_whatever_host_it_was_asked_on(self):
        response = self.client.get("/robots.txt", secure=True, HTTP_HOST="localhost")
        self.assertIn("Sitemap: http://testserver/sitemap.xml", response.content.decode())


class RealContentSeoTests(SiteContentTestCase):
    """Every live page of the real content, in both languages, gives crawlers what they need."""

    def test_every_page_has_title_description_canonical_share_image_and_valid_json_ld(self):
        pages = Page.objects.live().public().filter(depth__gte=2).specific()
        self.assertGreater(pages.count(), 20)
        for page in pages:
            with self.subTest(url=page.url):
                response = self.rendered(page.url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                parser = head(response)
                title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
                self.assertIn(unescape(page.seo_title or page.title), unescape(title))
                self.assertTrue(0 < len(parser.meta["description"]) <= 200)
                canonical = [link["href"] for link in parser.links if link.get("rel") == "canonical"]
                self.assertEqual(canonical, [parser.meta["og:url"]])
                self.assertRegex(parser.meta["og:image"], r"^http://testserver/(static|media)/")
                data = structured_data(response)
                if page.depth > 2:
                    self.assertIn("BreadcrumbList", data)
                for item in data.values():
                    self.assertEqual(item["@context"], "https://schema.org")

    def test_every_news_item_is_an_article_and_every_centre_an_organisation_with_an_address(self):
        from centers.models import CenterPage
        from news.models import NewsPage

        for page in NewsPage.objects.live():
            with self.subTest(url=page.url):
                article = structured_data(self.rendered(page.url))["NewsArticle"]
                for name in ("headline", "datePublished", "dateModified", "author", "publisher"):
                    self.assertTrue(article[name])
                self.assertEqual(article["inLanguage"], page.locale.language_code)
        for page in CenterPage.objects.live():
            with self.subTest(url=page.url):
                data = structured_data(self.rendered(page.url))
                center = data.get("NGO") or data["GovernmentOrganization"]
                self.assertEqual(center["address"]["addressCountry"], "BG")
                # The sources give no street address: every map point is the town's.
                self.assertNotIn("geo", center["location"])

    def test_razlogs_parent_organisation_is_a_government_organization(self):
        from centers.models import CenterPage

        for razlog in CenterPage.objects.live().filter(slug="razlog"):
            with self.subTest(language=razlog.locale.language_code):
                center = structured_data(self.rendered(razlog.url))["GovernmentOrganization"]
                self.assertEqual(center["parentOrganization"]["@type"], "GovernmentOrganization")
                self.assertIn(center["parentOrganization"]["name"], ("Община Разлог", "Razlog Municipality"))

    def test_english_pages_speak_english_to_crawlers(self):
        meta = head(self.client.get("/en/")).meta
        self.assertEqual(meta["og:locale"], "en_GB")
        self.assertEqual(meta["og:site_name"], "SOS Community Support Centres")
        ngo = structured_data(self.client.get("/en/"))["NGO"]
        self.assertEqual(ngo["url"], "http://testserver/en/")
