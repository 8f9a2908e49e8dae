"""The centre finder in a real browser: a town typed on a phone finds the centre that serves it,
and the answer has its own shareable address."""

import re

from playwright.sync_api import expect


def test_a_village_served_by_mobile_work_finds_its_centre(phone_page):
    phone_page.goto("/bg/tsentrove/")
    phone_page.get_by_role("textbox", name="Вашето населено място").fill("Debelets")
    phone_page.get_by_role("button", name="Търси").click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tsentrove/\?town=Debelets"))
    results = phone_page.locator(".finder__results")
    expect(results.get_by_role("link", name=re.compile("Велико Търново"))).to_be_visible()
    expect(results).to_contain_text("Мобилна работа в Дебелец.")
    expect(phone_page.locator(".map__centre--found")).to_have_count(1)


def test_a_town_without_a_centre_gets_the_nearest_and_the_helpline(desktop_page):
    desktop_page.goto("/en/centres/")
    desktop_page.get_by_role("textbox", name="Your town or village").fill("Pleven")
    desktop_page.get_by_role("button", name="Find").click()
    expect(desktop_page.locator(".finder__answer")).to_contain_text("nearest")
    expect(desktop_page.locator(".finder__answer").get_by_role("link", name="116 111")).to_be_visible()
    expect(desktop_page.locator(".card__reasons")).to_have_count(3)
