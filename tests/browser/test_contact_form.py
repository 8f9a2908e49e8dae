"""A parent writes to a centre from its "Write to us" page and is thanked."""

import re

from playwright.sync_api import expect

from contact.models import ContactSubmission

from .support import accessibility_violations


def test_a_message_sent_from_a_centres_contact_page_arrives_and_is_thanked(phone_page):
    phone_page.goto("/bg/tsentrove/pernik/")
    phone_page.get_by_role("link", name=re.compile("Пишете|Write to the centre")).first.click()
    expect(phone_page).to_have_url(re.compile(r"/bg/tsentrove/pernik/pishete-ni/$"))

    phone_page.get_by_label("Вашето име").fill("Мария Иванова")
    phone_page.get_by_label("Как да се свържем с вас").fill("maria@example.com")
    phone_page.get_by_label("Съобщение").fill("Здравейте, искам да попитам за логопед за сина ми.")
    phone_page.get_by_label(re.compile("^Съгласен")).check()
    phone_page.get_by_role("button", name=re.compile("Изпрати|Send")).click()

    expect(phone_page.get_by_role("heading", level=1)).to_contain_text(re.compile("Благодарим|Thank you"))
    assert ContactSubmission.objects.filter(form_data__name="Мария Иванова").exists()
    assert accessibility_violations(phone_page) == []
