"""`manage.py check --deploy` names every live contact form whose messages would reach no one:
they are stored, but no address is told of them (contact/notifications.py)."""

from django.core import checks
from django.db import DatabaseError


@checks.register("contact", deploy=True)
def check_every_form_reaches_someone(app_configs=None, databases=None, **kwargs):
    from .models import ContactPage

    try:
        pages = list(ContactPage.objects.live().specific().order_by("path"))
    except DatabaseError:  # not migrated yet: there is no form to warn about
        return []
    return [unheard(page) for page in pages if not page.recipients()]


def unheard(page):
    return checks.Warning(
        f"Messages sent through “{page.title}” ({page.url_path}, {page.locale.language_code}) reach "
        "no one: they are stored, but nobody is e-mailed about them.",
        hint=(
            "Set the form's “to address”, the centre's e-mail (the site footer's e-mail for the "
            "network's form), or the CONTACT_FALLBACK_EMAIL environment variable."
        ),
        id="contact.W001",
    )
