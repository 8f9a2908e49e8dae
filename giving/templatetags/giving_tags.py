"""The Donate button on every page and the links to the Donate page with a purpose chosen."""

from django import template
from django.conf import settings
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from centers.models import CenterPage, Funding
from core.site_cache import remember
from declaration.models import DeclarationPage
from giving.models import CampaignPage, DonatePage
from giving.money import format_euro

register = template.Library()


def donate_page(request=None):
    """The live Donate page in the visitor's language, else the default language's.

    The header asks on every page and a centre's support box asks again, so it is looked up once
    per request and language (kept on the request), in one query for both languages."""
    language = get_language()
    found = getattr(request, "_giving_donate_pages", None) if request is not None else None
    if found is None:
        found = {}
        if request is not None:
            request._giving_donate_pages = found
    if language not in found:
        found[language] = _find_donate_page(language)
    return found[language]


def _find_donate_page(language):
    """Locale.get_active() and Locale.get_default() would cost a query each, and a page query
    each: one query on the language codes asks for both pages at once."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    try:
        active = get_supported_content_language_variant(language)
    except LookupError:  # as Locale.get_active(): a language without content falls back
        active = default
    pages = {}
    for page in (
        DonatePage.objects.live()
        .filter(locale__language_code__in={active, default})
        .select_related("locale")
        .order_by("path")
    ):
        pages.setdefault(page.locale.language_code, page)
    return pages.get(active) or pages.get(default)


def with_query(url, purpose="", amount=""):
    query = {key: value for key, value in (("purpose", purpose), ("amount", amount)) if value}
    return f"{url}?{urlencode(query)}" if query else url


def donate_address(request=None):
    """The Donate page's address in the visitor's language, "" while there is none: every page's
    header shows it, so it is kept with the site's other parts (core/site_cache.py)."""

    def find():
        page = donate_page(request)
        return page.get_url(request=request) if page else ""

    return remember("donate-url", find)


@register.simple_tag(takes_context=True)
def donate_url(context, purpose="", amount=""):
    """The Donate page's address, with a purpose (and amount) chosen; "" while there is none."""
    url = donate_address(context.get("request"))
    return with_query(url, purpose, amount) if url else ""


@register.simple_tag(takes_context=True)
def support_center(context, center):
    """For a centre that runs on donations: the Donate page's address with the centre as the
    purpose (matched by the centre's address name in any language), else None."""
    if getattr(center, "funding", "") != Funding.DONATIONS:
        return None
    page = donate_page(context.get("request"))
    if page is None:
        return None
    keys = [purpose["key"] for purpose in page.purpose_list()]
    # The centre's own address name usually is the key: only look at its translations when not.
    if center.slug in keys:
        return with_query(page.url, center.slug)
    slugs = set(center.get_translations().filter(slug__in=keys).values_list("slug", flat=True))
    return with_query(page.url, next((key for key in keys if key in slugs), ""))


@register.simple_tag
def campaigns_for(page):
    """The current campaigns a page leads to, in its language: a declaration's own campaigns, a
    centre's (through the declaration for it), and from any other page (the Donate page) all.

    A list, so its one query is made here and counted as the tag's; by the locale's id, as
    `page.locale` would fetch the locale first."""
    campaigns = CampaignPage.current(page.locale_id)
    if isinstance(page, DeclarationPage):
        campaigns = campaigns.filter(declaration__translation_key=page.translation_key)
    elif isinstance(page, CenterPage):
        campaigns = campaigns.filter(declaration__center__translation_key=page.translation_key)
    return list(campaigns)


@register.filter
def euro(amount):
    return format_euro(amount)
