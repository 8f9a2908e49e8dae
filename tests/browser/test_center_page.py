"""A centre's page on a phone (issue 11): the first screen answers a family's questions — what
the centre does, that it is free, how to get in, the button to write — and supporting the
centre (the declaration, donating) comes after its services, not before them."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from centers.models import CenterPage
from declaration.models import DeclarationPage
from giving.models import DonatePage

FIRST_SCREEN = {"width": 375, "height": 667}
# Pernik's page measured 9,843 px tall at 375 px (14.8 screens) when it opened with two
# fundraising boxes and listed every service's description and programme card in full.
PERNIK_BEFORE = 9843


def support_links(language):
    """A selector for links in the page's content to a declaration or the donate page."""
    pages = [*DeclarationPage.objects.live(), *DonatePage.objects.live()]
    return ", ".join(f"main a[href^='{page.url}']" for page in pages if page.locale.language_code == language)


def live_centres(language):
    locale = Locale.objects.get(language_code=language)
    return [page.url for page in CenterPage.objects.live().filter(locale=locale).order_by("path")]


@pytest.fixture
def first_screen(browser, site_url):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=site_url)
    yield context.new_page()
    context.close()


def box(page, selector):
    element = page.locator(selector)
    expect(element).to_have_count(1)
    return element.bounding_box()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_first_screen_answers_a_family(first_screen, language):
    urls = live_centres(language)
    assert len(urls) >= 5
    for url in urls:
        first_screen.goto(url)
        for what, selector in {
            "the summary": "main .center__intro .lead",
            "free": "main .center__intro .free",
            "how to get in": "main .center__ways",
            "the button to write": "main .center__actions a.button[href$='/']",
        }.items():
            bottom = box(first_screen, selector)["y"] + box(first_screen, selector)["height"]
            assert bottom <= FIRST_SCREEN["height"], (
                f"{url}: {what} ends at {bottom:.0f} px, below the first screen"
            )


@pytest.mark.parametrize("language", ["bg", "en"])
def test_supporting_the_centre_comes_after_its_services(first_screen, language):
    for url in live_centres(language):
        first_screen.goto(url)
        services = box(first_screen, "section[aria-labelledby=services-title]")
        asks = first_screen.locator(
            "main a[href*='deklaratsia'], main a[href*='declaration'], main .support-center"
        )
        for index in range(asks.count()):
            top = asks.nth(index).bounding_box()["y"]
            assert top > services["y"] + services["height"], (
                f"{url}: a request for support above the services"
            )


def test_pernik_has_both_asks_after_the_services_and_a_shorter_page(first_screen):
    first_screen.goto("/bg/tsentrove/pernik/")
    expect(first_screen.locator("main .center__support .notice")).to_have_count(2)  # declaration, donate
    height = first_screen.evaluate("document.documentElement.scrollHeight")
    assert height < PERNIK_BEFORE * 0.8, f"{height} px"


def test_a_services_description_opens_on_a_tap(first_screen):
    first_screen.goto("/bg/tsentrove/pernik/")
    service = first_screen.locator(".services details").first
    description = service.locator("p")
    expect(description).to_be_hidden()
    service.locator("summary").click()
    expect(description).to_be_visible()
