"""Finding one's way: the language switch, and the main menu on a phone and on a desktop."""

import re

import pytest
from playwright.sync_api import expect

from .support import DESKTOP, PHONE


def test_language_switch_on_a_centre_page_opens_the_same_centre_in_english_and_back(phone_page):
    phone_page.goto("/bg/tsentrove/pernik/")
    phone_page.locator(".language-switch").get_by_role(
        "link", name="English"
    ).click()  # the label is in Bulgarian here
    expect(phone_page).to_have_url(re.compile(r"/en/centres/pernik/$"))
    expect(phone_page.locator("html")).to_have_attribute("lang", "en")
    expect(phone_page.get_by_role("heading", level=1)).to_contain_text("Pernik")

    phone_page.get_by_role("link", name="Български").click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tsentrove/pernik/$"))
    expect(phone_page.locator("html")).to_have_attribute("lang", "bg")
    expect(phone_page.get_by_role("heading", level=1)).to_contain_text("Перник")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_menu_opens_on_a_phone_at_375px(browser, site_url, javascript):
    context = browser.new_context(viewport=PHONE, base_url=site_url, java_script_enabled=javascript)
    page = context.new_page()
    page.goto("/en/")
    menu = page.get_by_role("navigation", name="Main menu")
    centres = menu.get_by_role("link", name="Centres")
    expect(centres).to_be_hidden()  # folded away, so the page starts with its content

    page.locator("summary", has_text="Menu").click()
    expect(centres).to_be_visible()
    box = centres.bounding_box()
    assert (
        box["height"] >= 44 and box["x"] + box["width"] <= PHONE["width"]
    )  # a thumb-sized target, on screen
    centres.click()
    expect(page).to_have_url(re.compile(r"/en/centres/$"))
    context.close()


def test_escape_closes_the_phone_menu_and_returns_to_its_button(phone_page):
    phone_page.goto("/en/")
    toggle = phone_page.locator("summary", has_text="Menu")
    toggle.click()
    link = phone_page.get_by_role("navigation", name="Main menu").get_by_role("link").first
    link.focus()
    phone_page.keyboard.press("Escape")
    expect(link).to_be_hidden()
    expect(toggle).to_be_focused()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_menu_is_always_open_on_a_desktop(browser, site_url, javascript):
    context = browser.new_context(viewport=DESKTOP, base_url=site_url, java_script_enabled=javascript)
    page = context.new_page()
    page.goto("/en/")
    expect(page.locator("summary", has_text="Menu")).to_be_hidden()
    links = page.get_by_role("navigation", name="Main menu").get_by_role("link").all()
    assert len(links) >= 3  # Programmes, Centres, News, …
    for link in links:
        expect(link).to_be_visible()
    context.close()


def test_skip_link_is_the_first_stop_and_moves_to_the_content(desktop_page):
    desktop_page.goto("/en/")
    desktop_page.keyboard.press("Tab")
    skip = desktop_page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    desktop_page.keyboard.press("Enter")
    expect(desktop_page.locator("main")).to_be_focused()
