"""A centre page and a programme page printed (css/print.css) as a leaflet for a school's wall:
on one or two A4 sheets, without the screen's navigation and footer links, with the centre's
contacts, the emergency numbers and the page's address written out. And the accessibility
statement passes axe at the narrowest and a desktop width."""

import re

import pytest
from playwright.sync_api import expect

from .support import accessibility_violations, sample_url

NARROWEST = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}
# (page type, slug, language): the longest centre page (Pernik), a centre in English, a programme.
PRINTED = [
    ("centers.CenterPage", "pernik", "bg"),
    ("centers.CenterPage", "veliko-tarnovo", "en"),
    ("programs.ProgramPage", "ritam-karti-daga", "bg"),
]


def sheets(pdf):
    """The number of pages in a PDF: its page objects (/Type /Page, not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def live_page(model_label, slug, language):
    from django.apps import apps

    model = apps.get_model(model_label)
    return model.objects.live().get(slug=slug, locale__language_code=language)


def centre_contacts(page):
    """What a printed centre page (or each of a programme's centres) must show to reach it: the
    centre's name and town, and its phone and e-mail where the sources give them."""
    centres = page.centers() if hasattr(page, "centers") else [page]
    return [
        value
        for centre in centres
        for value in (centre.title, centre.town, centre.phone, centre.email)
        if value
    ]


@pytest.fixture
def printed_page(browser, site_url):
    context = browser.new_context(viewport=DESKTOP, base_url=site_url)
    page = context.new_page()
    page.emulate_media(media="print")
    yield page
    context.close()


@pytest.mark.parametrize(("model_label", "slug", "language"), PRINTED, ids=[slug for _, slug, _ in PRINTED])
def test_a_printed_page_is_a_leaflet_on_at_most_two_a4_sheets(printed_page, model_label, slug, language):
    page = live_page(model_label, slug, language)
    response = printed_page.goto(page.url)
    assert response.status == 200
    for furniture in (".site-nav", ".language-switch", ".skip-link", ".site-footer__contact", ".site-donate"):
        expect(printed_page.locator(furniture)).to_be_hidden()
    for control in printed_page.locator("main form, main .button, main button").all():
        expect(control).to_be_hidden()
    printed = printed_page.locator("main").inner_text()  # innerText leaves out what print.css hides
    for value in centre_contacts(page):
        assert value in printed
    emergency = printed_page.locator(".emergency")
    expect(emergency).to_be_visible()
    expect(emergency).to_contain_text("112")
    expect(emergency).to_contain_text("116 111")
    if model_label == "centers.CenterPage":
        form = page.get_children().live().get()
        expect(printed_page.locator(".print-contact-form")).to_have_text(
            re.compile(re.escape(form.url) + "$")
        )
    address = printed_page.locator(".print-address")
    expect(address).to_be_visible()
    expect(address).to_contain_text(re.compile(r"https?://\S+" + re.escape(page.url) + "$"))
    assert 1 <= sheets(printed_page.pdf(format="A4")) <= 2


def test_the_address_line_is_for_paper_only(desktop_page):
    desktop_page.goto(live_page(*PRINTED[0]).url)
    expect(desktop_page.locator(".print-address")).to_be_hidden()
    expect(desktop_page.locator(".print-contact-form")).to_be_hidden()
    expect(desktop_page.locator(".site-nav")).to_be_visible()
    expect(desktop_page.locator(".site-footer__contact")).to_be_visible()


@pytest.mark.parametrize("viewport", [NARROWEST, DESKTOP], ids=["320px", "1280px"])
@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_accessibility_statement_has_no_wcag_violations(browser, site_url, viewport, language):
    context = browser.new_context(viewport=viewport, base_url=site_url)
    page = context.new_page()
    response = page.goto(sample_url("home.AccessibilityStatementPage", language))
    assert response.status == 200
    assert accessibility_violations(page) == []
    context.close()
