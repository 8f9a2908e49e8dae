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
    expect(results).to_contain_text("Мобилна работа: Дебелец.")
    expect(phone_page.locator(".map__centre--found")).to_have_count(1)


def test_a_town_without_a_centre_gets_the_nearest_and_the_helpline(desktop_page):
    desktop_page.goto("/en/centres/")
    desktop_page.get_by_role("textbox", name="Your town or village").fill("Pleven")
    desktop_page.get_by_role("button", name="Find").click()
    expect(desktop_page.locator(".finder__answer")).to_contain_text("nearest")
    expect(desktop_page.locator(".finder__answer").get_by_role("link", name="116 111")).to_be_visible()
    expect(desktop_page.locator(".card__reasons")).to_have_count(3)


def test_a_village_of_a_served_municipality_finds_its_centre(phone_page):
    phone_page.goto("/bg/tsentrove/")
    phone_page.get_by_role("textbox", name="Вашето населено място").fill("Батановци")
    phone_page.get_by_role("button", name="Търси").click()
    results = phone_page.locator(".finder__results")
    expect(results.get_by_role("link", name=re.compile("Перник"))).to_be_visible()
    expect(results).to_contain_text("Обслужва цялата община Перник.")


def test_namesakes_are_a_choice_and_the_chosen_one_gets_the_nearest(phone_page):
    phone_page.goto("/bg/tsentrove/?town=Бяла")
    choice = phone_page.locator(".finder__choices").get_by_role("link", name="Бяла (Русе)")
    expect(choice).to_be_visible()
    box = choice.bounding_box()
    assert box["height"] >= 44  # a finger-sized target
    choice.click()
    expect(phone_page.locator(".finder__answer")).to_contain_text("Все още няма център в Бяла")
    expect(phone_page.locator(".card__reasons")).to_have_count(3)


def test_the_maps_names_give_way_to_the_list_on_a_phone(phone_page, desktop_page):
    for page in (phone_page, desktop_page):
        page.goto("/bg/tsentrove/")
        expect(page.locator(".map__country")).to_have_count(1)
    expect(phone_page.locator(".map__label").first).to_be_hidden()
    expect(desktop_page.locator(".map__label").first).to_be_visible()
