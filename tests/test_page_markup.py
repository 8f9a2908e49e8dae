"""What the Nu HTML checker, Lighthouse and a phone found in the rendered pages (issue 11), on
every live page of the real content in both languages: the emergency numbers are links to call,
headings do not skip a level, the page's main image is not lazy-loaded and the QR's figure ends
with its caption."""

import re
from html.parser import HTMLParser

from wagtail.models import Page

from giving.models import DonatePage
from programs.models import ProgramPage
from tests.content import SiteContentTestCase

EMERGENCY_NUMBER = re.compile(r"(?<![\d\w])(?:112|116[\s\u00a0]*111)(?![\d\w])")
CALL_LINKS = {"112": "tel:112", "116 111": "tel:116111"}
# Text a visitor does not read as text: drawings, code, the head's data.
NOT_READ = {"svg", "script", "style", "head"}


class PageParser(HTMLParser):
    """The text outside `tel:` links, the call links, the headings in order, the images."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.calls, self.headings, self.images, self.figures = [], [], [], [], []
        self.not_read = 0
        self.call_link = None
        self.figure = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in NOT_READ:
            self.not_read += 1
        elif tag == "a" and (attrs.get("href") or "").startswith("tel:"):
            self.call_link = [attrs["href"], ""]
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "img":
            self.images.append(attrs)
        if self.figure is not None and self.figure["depth"] == 0 and tag not in ("br", "img"):
            self.figure["children"].append(tag)
        if tag == "figure" and "qr" in (attrs.get("class") or "").split():
            self.figure = {"depth": -1, "children": []}
        if self.figure is not None:
            self.figure["depth"] += 1

    def handle_endtag(self, tag):
        if tag in NOT_READ:
            self.not_read -= 1
        elif tag == "a" and self.call_link:
            self.calls.append(tuple(self.call_link))
            self.call_link = None
        if self.figure is not None:
            self.figure["depth"] -= 1
            if self.figure["depth"] < 0:
                self.figures.append(self.figure["children"])
                self.figure = None

    def handle_data(self, data):
        if self.call_link:
            self.call_link[1] += data
        elif not self.not_read:
            self.text.append(data)


def parse(response):
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


SEARCHES = (
    "/bg/tarsene/?q=zzzxq",
    "/en/search/?q=zzzxq",
    "/bg/tarsene/?q=спешност",
    "/en/search/?q=emergency",
    "/bg/tarsene/?q=опасност",
    "/en/search/?q=danger",
)
MISSING = ("/bg/no-such-page/", "/en/no-such-page/")


class PageMarkupTests(SiteContentTestCase):
    extra_urls = SEARCHES + MISSING

    def pages(self):
        """Every live page in both languages, then search results and a missing page."""
        pages = Page.objects.live().public().filter(depth__gte=2).specific().order_by("path")
        self.assertGreater(pages.count(), 40)
        for page in pages:
            yield page.url, 200
        for url in SEARCHES:
            yield url, 200
        for url in MISSING:
            yield url, 404

    def test_emergency_numbers_are_always_links_to_call(self):
        calls_seen = set()
        for url, status in self.pages():
            with self.subTest(url=url):
                response = self.rendered(url)
                self.assertEqual(response.status_code, status)
                page = parse(response)
                bare = EMERGENCY_NUMBER.findall(" ".join(page.text))
                self.assertEqual(bare, [], "an emergency number that is not a tel: link")
                for href, text in page.calls:
                    number = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
                    if number in CALL_LINKS:
                        self.assertEqual(href, CALL_LINKS[number])
                        calls_seen.add(number)
        self.assertEqual(calls_seen, set(CALL_LINKS))

    def test_the_home_pages_help_box_links_both_numbers(self):
        for url in ("/bg/", "/en/"):
            with self.subTest(url=url):
                html = self.rendered(url).content.decode()
                help_box = html[
                    html.index('class="get-help') : html.index("</section>", html.index('class="get-help'))
                ]
                self.assertIn('href="tel:112"', help_box.replace("'", '"'))
                self.assertIn('href="tel:116111"', help_box.replace("'", '"'))

    def test_headings_never_skip_a_level(self):
        for url, _status in self.pages():
            with self.subTest(url=url):
                levels = parse(self.rendered(url)).headings
                self.assertEqual(levels[:1], [1], "the page does not start with its h1")
                skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
                self.assertEqual(skips, [], f"headings in order: {levels}")

    def test_the_main_image_of_a_programme_is_fetched_at_once_and_the_rest_lazily(self):
        illustrated = [
            page for page in ProgramPage.objects.live() if page.body and page.body[0].block_type == "image"
        ]
        self.assertGreater(len(illustrated), 1)
        for page in illustrated:
            with self.subTest(url=page.url):
                images = [image for image in parse(self.rendered(page.url)).images if "srcset" in image]
                self.assertEqual(images[0].get("loading"), "eager")
                self.assertEqual(images[0].get("fetchpriority"), "high")
                self.assertTrue(all(image.get("loading") == "lazy" for image in images[1:]))

    def test_card_images_on_listings_stay_lazy(self):
        for url in ("/bg/novini/", "/en/news/", "/bg/"):
            with self.subTest(url=url):
                images = [image for image in parse(self.rendered(url)).images if "srcset" in image]
                self.assertGreater(len(images), 0)
                self.assertEqual({image.get("loading") for image in images}, {"lazy"})
                self.assertFalse(any("fetchpriority" in image for image in images))

    def test_the_qr_figure_ends_with_its_caption(self):
        for page in DonatePage.objects.live():
            with self.subTest(url=page.url):
                figures = parse(self.rendered(page.url)).figures
                self.assertEqual(len(figures), 1)
                self.assertEqual(figures[0][-1], "figcaption", figures[0])
