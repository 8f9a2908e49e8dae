"""The Content-Security-Policy refuses nothing the site needs: the public pages under the strict
policy, Wagtail's admin under its own (core/headers.py). Chromium reports each refusal on the
console ("Refused to ..." or "... violates the following Content Security Policy directive"),
which is what these tests collect, from the first request of each page on."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from .support import sample_url

PUBLIC_PAGES = ["home.HomePage", "centers.CenterPage", "contact.ContactPage", "giving.DonatePage"]
PASSWORD = "csp-admin-password"


def refusals(page):
    """The console's CSP refusals on this page from now on, as a list that fills as it goes."""
    found = []

    def collect(message):
        if "Refused to" in message.text or "Content Security Policy" in message.text:
            found.append(message.text)

    page.on("console", collect)
    return found


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("networkidle")
    return response.headers["content-security-policy"].split("; ")


def first_page_id(model_label):
    model = apps.get_model(model_label)
    return model.objects.filter(locale=Locale.objects.get(language_code="bg")).order_by("path").first().pk


@pytest.mark.parametrize("model_label", PUBLIC_PAGES)
def test_a_public_page_loads_everything_under_the_strict_policy(desktop_page, model_label):
    found = refusals(desktop_page)
    policy = visit(desktop_page, sample_url(model_label, "bg"))
    assert "default-src 'none'" in policy
    assert not any("'unsafe-inline'" in directive for directive in policy)
    assert found == []


def test_the_donate_pages_qr_code_and_copy_button_work_under_the_strict_policy(desktop_page):
    found = refusals(desktop_page)
    visit(desktop_page, sample_url("giving.DonatePage", "bg"))
    assert desktop_page.locator(".qr__svg").first.is_visible()
    copy = desktop_page.locator("[data-copy]").first
    if copy.count():
        copy.click()
    assert found == []


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/password_reset/"])
def test_the_admins_signed_out_pages_work_without_inline_code(desktop_page, url):
    found = refusals(desktop_page)
    policy = visit(desktop_page, url)
    assert not any("'unsafe-inline'" in directive for directive in policy)
    assert found == []


@pytest.fixture
def admin_page(desktop_page):
    """Signed in to the admin through its own sign-in form, collecting refusals from there on."""
    user, _created = get_user_model().objects.get_or_create(
        username="csp-admin", defaults={"is_superuser": True, "is_staff": True, "email": "csp@example.org"}
    )
    user.set_password(PASSWORD)
    user.save()
    found = refusals(desktop_page)
    visit(desktop_page, "/admin/login/")
    desktop_page.fill("input[name=username]", "csp-admin")
    desktop_page.fill("input[name=password]", PASSWORD)
    desktop_page.click("button[type=submit]")
    desktop_page.wait_for_url("**/admin/")
    desktop_page.wait_for_load_state("networkidle")
    return desktop_page, found


def test_the_admin_dashboard_and_a_centres_editor_with_a_chooser_work_under_the_admins_policy(admin_page):
    page, found = admin_page
    visit(page, f"/admin/pages/{first_page_id('centers.CenterPage')}/edit/")
    # An inline panel (started by an inline script) adds a programme; its page chooser opens
    # the chooser dialog, whose content comes with scripts of its own.
    page.locator("#id_program_links-ADD").click()
    page.locator("#id_program_links-FORMS [data-chooser-action-choose]:visible").last.click()
    page.locator(".modal-dialog").wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    assert found == []


def test_a_news_editor_with_its_date_picker_and_preview_works_under_the_admins_policy(admin_page):
    page, found = admin_page
    visit(page, f"/admin/pages/{first_page_id('news.NewsPage')}/edit/")
    # The date picker, which an inline script sets up, is there.
    assert page.locator(".xdsoft_datetimepicker").count() > 0

    page.get_by_role("button", name="Преглед").or_(page.get_by_role("button", name="Preview")).first.click()
    preview = page.frame_locator("iframe[id='w-preview-iframe'], .preview-panel iframe").first
    preview.locator("main").wait_for(state="attached")
    assert found == []
