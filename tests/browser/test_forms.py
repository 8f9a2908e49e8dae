"""A form sent with errors, in a real browser (issue 11): the page comes back with "Error:" /
"Грешка:" first in its title, the keyboard focus on the error summary at the top, the typed
text still there, and a link in the summary leads to the field to fix."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from .support import accessibility_violations, sample_url

PREFIX = {"bg": "Грешка: ", "en": "Error: "}


@pytest.fixture(autouse=True)
def fresh_rate_limit(site_url):
    """Every POST counts towards the forms' limit per address, and all browser tests share one
    address and the live server's in-process cache: start each test with a clean count."""
    cache.clear()


def assert_summary_has_focus(page, language):
    expect(page.locator(".error-summary")).to_be_visible()
    # Waits until the focus is there; page.wait_for_function would evaluate a string, which the
    # public Content-Security-Policy (no 'unsafe-eval') refuses.
    expect(page.locator("[data-error-summary]")).to_be_focused()
    assert page.title().startswith(PREFIX[language]), page.title()
    assert page.evaluate("document.querySelector('.error-summary').getBoundingClientRect().top") >= 0


@pytest.mark.parametrize("language", ["bg", "en"])
def test_contact_form_sent_incomplete_focuses_the_summary(phone_page, language):
    phone_page.goto(sample_url("contact.ContactPage", language))
    phone_page.locator("#id_name").fill("Мария Иванова")
    phone_page.locator("#id_message").fill("Търся логопед за сина ми.")
    phone_page.locator("form.contact-form button[type=submit]").click()

    assert_summary_has_focus(phone_page, language)
    expect(phone_page.locator("#id_name")).to_have_value("Мария Иванова")
    expect(phone_page.locator("#id_message")).to_have_value("Търся логопед за сина ми.")
    phone_page.locator(".error-summary a[href='#id_contact']").click()
    expect(phone_page.locator("#id_contact")).to_be_focused()
    assert accessibility_violations(phone_page) == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_declaration_signed_without_consent_focuses_the_summary(phone_page, language):
    phone_page.goto(sample_url("declaration.DeclarationPage", language))
    phone_page.locator("#id_name").fill("Петър Петров")
    phone_page.locator("#id_town").fill("Перник")
    phone_page.locator("#id_email").fill("petar@example.com")
    phone_page.locator("section.sign button[type=submit]").click()

    assert_summary_has_focus(phone_page, language)
    expect(phone_page.locator("#id_name")).to_have_value("Петър Петров")
    expect(phone_page.locator(".error-summary a[href='#id_consent']")).to_be_visible()
    assert accessibility_violations(phone_page) == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_donate_amount_that_is_not_a_number_focuses_the_summary(phone_page, language):
    phone_page.goto(sample_url("giving.DonatePage", language))
    phone_page.locator("#amount").fill("двайсет")
    phone_page.locator(".donate__form button[type=submit]").click()

    assert_summary_has_focus(phone_page, language)
    expect(phone_page.locator("#amount")).to_have_value("двайсет")
    assert accessibility_violations(phone_page) == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_finder_with_a_region_that_does_not_exist_focuses_the_summary(phone_page, language):
    phone_page.goto(sample_url("centers.CenterIndexPage", language) + "?town=Pernik&region=nowhere")
    assert_summary_has_focus(phone_page, language)
    expect(phone_page.locator("#id_town")).to_have_value("Pernik")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_form_without_errors_has_no_summary_and_no_error_title(phone_page, language):
    phone_page.goto(sample_url("contact.ContactPage", language))
    expect(phone_page.locator(".error-summary")).to_have_count(0)
    assert not re.match(r"(Error|Грешка):", phone_page.title())
