"""The Donate button on every page and the links to the Donate page with a purpose chosen."""

from django import template
from django.utils.http import urlencode
from wagtail.models import Locale

from centers.models import CenterPage, Funding
from declaration.models import DeclarationPage
from giving.models import CampaignPage, DonatePage
from giving.money import format_euro

register = template.Library()


def donate_page():
    """The live Donate page in the visitor's language, else the default language's."""
    pages = DonatePage.objects.live()
    return (
        pages.filter(locale=Locale.get_active()).first() or pages.filter(locale=Locale.get_default()).first()
    )


def with_query(url, purpose="", amount=""):
    query = {key: value for key, value in (("purpose", purpose), ("amount", amount)) if value}
    return f"{url}?{urlencode(query)}" if query else url


@register.simple_tag
def donate_url(purpose="", amount=""):
    """The Donate page's address, with a purpose (and amount) chosen; "" while there is none."""
    page = donate_page()
    return with_query(page.url, purpose, amount) if page else ""


@register.simple_tag
def support_center(center):
    """For a centre that runs on donations: the Donate page's address with the centre as the
    purpose (matched by the centre's address name in any language), else None."""
    if getattr(center, "funding", "") != Funding.DONATIONS:
        return None
    page = donate_page()
    if page is None:
        return None
    slugs = set(center.get_translations(inclusive=True).values_list("slug", flat=True))
    key = next((purpose["key"] for purpose in page.purpose_list() if purpose["key"] in slugs), "")
    return with_query(page.url, key)


@register.simple_tag
def campaigns_for(page):
    """The current campaigns a page leads to, in its language: a declaration's own campaigns, a
    centre's (through the declaration for it), and from any other page (the Donate page) all."""
    campaigns = CampaignPage.current(page.locale)
    if isinstance(page, DeclarationPage):
        return campaigns.filter(declaration__translation_key=page.translation_key)
    if isinstance(page, CenterPage):
        return campaigns.filter(declaration__center__translation_key=page.translation_key)
    return campaigns


@register.filter
def euro(amount):
    return format_euro(amount)
