from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core import navigation, site_cache
from core.models import SiteSettings
from core.seo import breadcrumb_ancestors, site_home
from core.site_url import absolute

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request (None on pages outside any site)."""
    request = context.get("request")
    return site_home(request) if request else None


@register.simple_tag(takes_context=True)
def home_links(context, root):
    """The home page's help and privacy links (title, url) in the reader's language, if live, for
    the footer, the 404 page and the contact form's notice."""
    return navigation.home_links(root, context.get("request"))


@register.simple_tag(takes_context=True)
def footer_settings(context):
    """Settings → Site footer: the network's phone, e-mail and social links, as plain data."""
    request = context.get("request")
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def read():
        footer = SiteSettings.for_site(site)
        return {
            "contact_phone": footer.contact_phone,
            "contact_email": footer.contact_email,
            "social_links": footer.social_links,
        }

    return site_cache.remember(f"footer:{site.pk}", read)


@register.simple_tag(takes_context=True)
def menu_pages(context, root, current=None):
    """The menu's links (title, url) under the home page; `active` marks the current section."""
    if root is None:
        return []
    current_path = getattr(current, "path", "")
    return [
        {**item, "active": current_path.startswith(item["path"])}
        for item in navigation.menu(root, context.get("request"))
    ]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": breadcrumb_ancestors(page), "page": page}


OG_LOCALES = {"bg": "bg_BG", "en": "en_GB"}


def kept_query(request, names):
    """The visitor's own question on this page, limited to the parameters the page names as
    worth keeping in the other language (`switch_keeps`): nothing else is carried over."""
    return urlencode({name: request.GET.getlist(name) for name in names if request.GET.get(name)}, doseq=True)


def address_in(code, request, page, translation_url):
    """This page's address in that language (a view of ours that is not a page, such as search,
    by its translated URL), or None when there is none."""
    if translation_url:
        return translation_url
    match = request.resolver_match
    if isinstance(page, Page) or match is None or match.url_name in (None, "wagtail_serve"):
        return None
    return translate_url(request.path, code)


def translation_urls(page, request):
    """{language code: address} of the page's live versions, itself included."""
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    return {version.locale.language_code: version.get_url(request=request) for version in versions}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language: the live translation's URL where there is one, else that
    language's home page with a note (`missing`). Used by the switcher and the hreflang links.
    The switch keeps the parameters that the page or view lists in `switch_keeps` (the search
    words, the town typed in the finder), so the visitor lands on the same answer."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = site_cache.remember(f"translations:{page.pk}", lambda: translation_urls(page, request))
    kept = kept_query(request, context.get("switch_keeps") or getattr(page, "switch_keeps", ()))
    versions = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        url = address_in(code, request, page, translation)
        place = f"{url}?{kept}" if url and kept else url
        if url is None:  # that language's home page, with a note when this page is what is missing
            url = place = f"/{code}/?untranslated=1" if isinstance(page, Page) else f"/{code}/"
        versions.append(
            {
                "code": code,
                "name": name,
                "current": code == current,
                "missing": translation is None,
                "url": url,
                "absolute_url": absolute(request, url),
                "switch_url": f"{reverse('switch_language', args=[code])}?{urlencode({'next': place})}",
                "og_locale": OG_LOCALES.get(code, code),
            }
        )
    return versions
