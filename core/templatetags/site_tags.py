from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail.models import Page

from core.i18n import localized_pages
from core.seo import breadcrumb_ancestors, site_home

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request (None on pages outside any site)."""
    request = context.get("request")
    return site_home(request) if request else None


@register.simple_tag(takes_context=True)
def home_links(context, root):
    """The home page's help and privacy pages in the reader's language, if live: {"help": page,
    "privacy": page}, for the footer and the contact form's notice, found once per request."""
    request = context.get("request")
    links = getattr(request, "_home_links", None)
    if links is None:
        help_id, privacy_id = getattr(root, "help_page_id", None), getattr(root, "privacy_page_id", None)
        pages = localized_pages([help_id, privacy_id])
        links = {"help": pages.get(help_id), "privacy": pages.get(privacy_id)}
        if request is not None:
            request._home_links = links
    return links


@register.simple_tag
def menu_pages(root, current=None):
    """The pages ticked “show in menus” under the home page; `active` marks the current section."""
    if root is None:
        return []
    items = list(root.get_children().live().in_menu())
    for item in items:
        item.active = bool(current and current.path.startswith(item.path))
    return items


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


def address_in(code, request, page, translation):
    """This page's address in that language (a view of ours that is not a page, such as search,
    by its translated URL), or None when there is none."""
    if translation:
        return translation.url
    match = request.resolver_match
    if isinstance(page, Page) or match is None or match.url_name in (None, "wagtail_serve"):
        return None
    return translate_url(request.path, code)


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
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
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
                "absolute_url": request.build_absolute_uri(url),
                "switch_url": f"{reverse('switch_language', args=[code])}?{urlencode({'next': place})}",
                "og_locale": OG_LOCALES.get(code, code),
            }
        )
    return versions
