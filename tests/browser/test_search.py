"""Site search in a real browser: a Latin spelling finds the Bulgarian page, the page looks like
the rest of the site, and the language switch keeps the search."""

import re

from playwright.sync_api import expect


def test_searching_in_latin_finds_the_pernik_centre(phone_page):
    phone_page.goto("/bg/tarsene/")
    phone_page.get_by_label("Търсене в сайта").fill("pernik")
    phone_page.get_by_role("button", name="Търсене").click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tarsene/\?q=pernik"))
    first = phone_page.locator(".search-results h2 a").first
    expect(first).to_contain_text("Перник")
    first.click()
    expect(phone_page.get_by_role("heading", level=1)).to_contain_text("Перник")


def test_the_search_page_is_styled_like_the_site(phone_page):
    phone_page.goto("/bg/tarsene/?q=логопед")
    field = phone_page.get_by_label("Търсене в сайта")
    assert field.bounding_box()["height"] >= 44  # a thumb-sized field, like the finder's
    first = phone_page.locator(".search-results > li").first
    expect(first).to_have_css("border-top-left-radius", "12px")  # a card, like the listings
    expect(first).not_to_have_css("box-shadow", "none")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375


def test_the_language_switch_on_search_lands_on_the_english_results(phone_page):
    phone_page.goto("/bg/tarsene/?q=Перник")
    phone_page.get_by_role("navigation", name="Език").get_by_role("link", name="English").click()
    expect(phone_page).to_have_url(re.compile(r"/en/search/\?q=%D0%9F%D0%B5%D1%80%D0%BD%D0%B8%D0%BA$"))
    expect(phone_page.get_by_label("Search the site")).to_have_value("Перник")
    expect(phone_page.locator(".search-results h2 a").first).to_contain_text("Pernik")
