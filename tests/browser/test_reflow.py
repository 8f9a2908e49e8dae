"""Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways, on every page type in both
languages. A failure names the elements that stick out, so the fix is in sight."""

import pytest

from .support import sample_url

NARROW = {"width": 320, "height": 640}

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "centers.CenterIndexPage",
    "centers.CenterPage",
    "contact.ContactPage",
    "programs.ProgramIndexPage",
    "programs.ProgramPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "giving.DonatePage",
    "giving.CampaignPage",
    "declaration.DeclarationPage",
    "home.AccessibilityStatementPage",
    "events.EventIndexPage",
    "events.EventPage",
]

# Pages that are not a page type of their own but show what one does not: the finder's answer,
# search results and the page for an address that does not exist.
ADDRESSES = [
    "/bg/tsentrove/?town=Pernik",
    "/en/centres/?town=Pleven",
    "/bg/tarsene/?q=pernik",
    "/en/search/?q=centre",
    "/bg/no-such-page/",
    "/en/no-such-page/",
]

# The outermost elements whose right edge passes the viewport's (their parent's does not):
# where the sideways scroll comes from.
OFFENDERS = """() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (element) => element.getBoundingClientRect().right > width + 0.5;
    const tag = (element) => element.tagName.toLowerCase()
        + (element.id ? "#" + element.id : "")
        + [...element.classList].map((c) => "." + c).join("");
    const name = (element) => tag(element.parentElement) + " > " + tag(element);
    return [...document.body.querySelectorAll("*")]
        .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
        .map((element) => ({name: name(element), width: Math.round(element.getBoundingClientRect().width)}))
        .sort((a, b) => b.width - a.width)
        .slice(0, 5)
        .map((offender) => `${offender.name} (${offender.width} px)`);
}"""

# Phone numbers ("116 111") that could break across lines: a number with a breaking space that
# the style does not keep together, or one drawn on more than one line.
BROKEN_NUMBERS = """() => [...document.querySelectorAll('a[href^="tel:"]')]
    .filter((link) => (/\\s/.test(link.textContent.trim()) && getComputedStyle(link).whiteSpace !== "nowrap")
        || link.getClientRects().length > 1)
    .map((link) => link.textContent.trim())"""


@pytest.fixture
def narrow_page(browser, site_url):
    context = browser.new_context(viewport=NARROW, base_url=site_url)
    yield context.new_page()
    context.close()


def assert_no_sideways_scroll(page):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= NARROW["width"], (
        f"{page.url} is {scroll_width} px wide at {NARROW['width']} px; widest: {page.evaluate(OFFENDERS)}"
    )


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("model_label", PAGE_TYPES)
def test_page_type_does_not_scroll_sideways_at_320px(narrow_page, model_label, language):
    assert narrow_page.goto(sample_url(model_label, language)).status == 200
    assert_no_sideways_scroll(narrow_page)
    assert narrow_page.locator('a[href^="tel:"]').count() > 0  # the footer's emergency numbers at least
    assert narrow_page.evaluate(BROKEN_NUMBERS) == []


@pytest.mark.parametrize("url", ADDRESSES)
def test_answers_and_error_page_do_not_scroll_sideways_at_320px(narrow_page, url):
    response = narrow_page.goto(url)
    assert response.status == (404 if "no-such-page" in url else 200)
    if "?" in url:
        assert narrow_page.locator(".card, .search-results li").count() > 0, "the page shows no results"
    assert_no_sideways_scroll(narrow_page)
