"""Site search in a real browser: a Latin spelling finds the Bulgarian page."""

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
