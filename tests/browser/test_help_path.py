"""On a phone (375 px), from the home page to a centre's contact form in two taps: the home
page's main button ("How to get help"), then the centre's "Write" button in the help page's list.
The finder on the help page answers on the centres' index; the network's own form is one tap from
the donate page."""

import re

from playwright.sync_api import expect

from contact.models import ContactSubmission

from .support import accessibility_violations

MIN_TARGET = 44  # px: the height of a comfortable touch target (the site's buttons)


def test_home_to_a_centres_form_in_two_taps(phone_page, artifacts_dir):
    phone_page.goto("/bg/")
    # Tap 1: the help box's main button.
    phone_page.locator(".get-help").get_by_role("link", name="Как да получите помощ").click()
    expect(phone_page).to_have_url(re.compile(r"/bg/pomosht/$"))

    write = phone_page.get_by_role("link", name="Пишете на SOS ЦОП Перник")
    write.scroll_into_view_if_needed()
    phone_page.screenshot(path=artifacts_dir / "help-path-375.png")
    assert write.bounding_box()["height"] >= MIN_TARGET
    # Tap 2: the centre's "Write" button.
    write.click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tsentrove/pernik/pishete-ni/$"))
    expect(phone_page.get_by_label("Вашето име")).to_be_visible()
    expect(
        phone_page.get_by_label("Тема").locator("option", has_text="Насочване от специалист")
    ).to_have_count(1)


def test_every_centre_is_two_taps_from_home_in_english(phone_page):
    phone_page.goto("/en/")
    phone_page.locator(".get-help").get_by_role("link", name="How to get help").click()
    expect(phone_page).to_have_url(re.compile(r"/en/get-help/$"))
    writes = phone_page.locator(".centre-list").get_by_role("link", name=re.compile("^Write to "))
    expect(writes).to_have_count(7)
    writes.filter(has_text="Razlog").click()
    expect(phone_page).to_have_url(re.compile(r"/en/centres/razlog/write-to-us/$"))


def test_the_finder_on_the_help_page_answers_on_the_centres_index(phone_page):
    phone_page.goto("/bg/pomosht/")
    phone_page.locator(".finder-block").get_by_label("Вашето населено място", exact=True).fill("Дебелец")
    phone_page.locator(".finder-block").get_by_role("button", name="Търси").click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tsentrove/\?town="))
    expect(phone_page.locator("main")).to_contain_text("Велико Търново")
    assert accessibility_violations(phone_page) == []


def test_the_help_page_passes_the_accessibility_checks(phone_page):
    phone_page.goto("/bg/pomosht/")
    assert accessibility_violations(phone_page) == []


def test_a_company_writes_to_the_network_from_the_donate_page(phone_page):
    phone_page.goto("/bg/darete/")
    phone_page.get_by_role("link", name="Попитайте ни първо: пишете на екипа на мрежата").first.click()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Пишете на екипа на мрежата")

    phone_page.get_by_label("Вашето име").fill("Иван Петров")
    phone_page.get_by_label("Фирма, организация или медия").fill("Пример ООД")
    phone_page.get_by_label("Как да се свържем с вас").fill("ivan@example.com")
    phone_page.get_by_label("Тема").select_option("Фирми и партньорства")
    phone_page.get_by_label("Съобщение").fill("Искаме да подкрепим центровете.")
    phone_page.get_by_label(re.compile("^Съгласен")).check()
    assert accessibility_violations(phone_page) == []
    phone_page.get_by_role("button", name="Изпрати").click()

    expect(phone_page.get_by_role("heading", level=1)).to_contain_text("Благодарим")
    message = ContactSubmission.objects.get(form_data__name="Иван Петров")
    assert message.center is None
    assert message.form_data["topic"] == "Фирми и партньорства"
