"""Every page type, in both languages, on a phone and on a desktop: zero axe-core violations
of WCAG 2.0/2.1 A and AA. Screenshots of the pages people land on most go to the artefacts."""

import pytest
from django.template import loader
from django.utils import translation
from playwright.sync_api import expect

from .support import WIDTHS, accessibility_violations, sample_url

PAGE_TYPES = [
    "home.HomePage",
    "centers.CenterIndexPage",
    "centers.CenterPage",
    "programs.ProgramIndexPage",
    "programs.ProgramPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "home.StandardPage",
    "declaration.DeclarationPage",
    "contact.ContactPage",
    "giving.DonatePage",
    "giving.CampaignPage",
    "home.AccessibilityStatementPage",
    "events.EventIndexPage",
    "events.EventPage",
]
SCREENSHOTS = {"home.HomePage": "home", "centers.CenterIndexPage": "centres", "centers.CenterPage": "centre"}


@pytest.fixture(params=sorted(WIDTHS), ids=lambda width: f"{width}px")
def sized_page(request, browser, site_url):
    context = browser.new_context(viewport=WIDTHS[request.param], base_url=site_url)
    page = context.new_page()
    page.width = request.param
    yield page
    context.close()


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("model_label", PAGE_TYPES)
def test_page_type_has_no_wcag_violations(sized_page, model_label, language, artifacts_dir):
    response = sized_page.goto(sample_url(model_label, language))
    assert response.status == 200
    assert sized_page.locator("html").get_attribute("lang") == language
    if model_label in SCREENSHOTS:
        save_screenshot(
            sized_page, artifacts_dir / f"{SCREENSHOTS[model_label]}-{language}-{sized_page.width}.png"
        )
    assert accessibility_violations(sized_page) == []


@pytest.mark.parametrize(
    "url",
    [
        "/bg/tsentrove/?town=Debelets",
        "/en/centres/?town=Pleven",
        "/bg/tsentrove/?town=%D0%9D%D0%B0%D1%80%D0%BD%D0%B8%D1%8F",
        "/bg/tarsene/?q=pernik",
        "/en/search/?q=%D0%93%D0%B0%D0%B1%D1%80%D0%BE%D0%B2%D0%BE",
    ],
)
def test_finder_answers_and_search_results_have_no_wcag_violations(sized_page, url):
    assert sized_page.goto(url).status == 200
    assert accessibility_violations(sized_page) == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_not_found_page_has_no_wcag_violations(sized_page, language):
    response = sized_page.goto(f"/{language}/no-such-page/")
    assert response.status == 404
    assert sized_page.get_by_role("heading", level=1).is_visible()
    assert accessibility_violations(sized_page) == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_server_error_page_has_no_wcag_violations(sized_page, language):
    """The static 500 page, as Django renders it when the site fails, served in place of a page."""
    with translation.override(language):
        html = loader.get_template("500.html").render()
    sized_page.route(
        "**/failing-page/",
        lambda route: route.fulfill(status=500, content_type="text/html; charset=utf-8", body=html),
    )
    response = sized_page.goto(f"/{language}/failing-page/")
    assert response.status == 500
    expect(sized_page.locator("footer")).to_contain_text("116 111")
    assert accessibility_violations(sized_page) == []


def save_screenshot(page, path):
    """The whole page, with its lazy images loaded: scroll to the end first so they start."""
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 0


def test_the_accessibility_check_does_report_a_violation(desktop_page):
    """The zero above means something: the same check finds a missing alt text and an
    unlabelled field, and also reports an inline style's poor contrast."""
    desktop_page.goto("/en/")
    desktop_page.evaluate(
        """() => {
            const main = document.querySelector("main");
            main.insertAdjacentHTML("beforeend", '<img src="/static/img/logo.svg"><input type="text">');
            const low = document.createElement("p");
            low.textContent = "Hard to read";
            low.style.color = "#ddd";
            main.append(low);
        }"""
    )
    found = " ".join(accessibility_violations(desktop_page))
    assert "image-alt" in found and "label" in found and "color-contrast" in found
