"""What search engines, feed readers and link previews read about a page: its description, its
share image, and schema.org structured data (JSON-LD)."""

import json
import logging
from html import unescape

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import AbstractImage, SourceImageIOError
from wagtail.models import Page, Site

from .i18n import active_locale
from .pages import SearchEngineMixin
from .site_url import absolute

logger = logging.getLogger(__name__)

# Search engines show about 160 characters of a description; Google cuts headlines at 110.
DESCRIPTION_LENGTH = 160
HEADLINE_LENGTH = 110
# The size Facebook, LinkedIn and X recommend for a large link preview.
SHARE_IMAGE_SIZE = (1200, 630)
DEFAULT_SHARE_IMAGE = "img/share.png"
LOGO = "img/logo-512.png"
# The fields, in order, that say what a page is about when the editor wrote no search description.
SUMMARY_FIELDS = ("lead", "summary", "intro")
# Formats every link preview understands; any other illustration is converted to PNG.
SHAREABLE_FORMATS = {"jpg", "jpeg", "png"}
# The same escapes as Django's json_script: a title can never close the <script> element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(value):
    """Rich text or plain text as one line of plain text."""
    return " ".join(unescape(strip_tags(str(value or ""))).split())


def shorten(text, length):
    return Truncator(text).chars(length)


def site_name():
    return str(settings.WAGTAIL_SITE_NAME)


def network_description():
    return _(
        "Community Support Centres of SOS Children's Villages Bulgaria and of other providers. All "
        "services are free."
    )


def default_description():
    return shorten(network_description(), DESCRIPTION_LENGTH)


def page_description(page):
    """The search description, else the page's own summary, shortened for a result snippet."""
    candidates = [getattr(page, "search_description", "")]
    candidates += [getattr(page, name, "") for name in SUMMARY_FIELDS]
    for candidate in candidates:
        text = plain_text(candidate)
        if text:
            return shorten(text, DESCRIPTION_LENGTH)
    return default_description()


def page_title(page):
    return page.seo_title or page.title


def absolute_url(request, url):
    """On the site's configured root, not the host the visitor happened to use (core/site_url.py)."""
    return absolute(request, url)


def page_url(request, page):
    """The page's absolute address, built as the canonical link in base.html builds it."""
    return absolute_url(request, page.get_url(request=request))


def site_home(request):
    """The home page in the current language (the site's own while it has no live translation),
    or None outside any site. Asked by the header, the footer and the JSON-LD: found once per
    request, in two queries."""
    if not hasattr(request, "_site_home"):
        request._site_home = find_site_home(request)
    return request._site_home


def find_site_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page  # read with the site
    versions = root.specific_class.objects.filter(translation_key=root.translation_key)
    return versions.filter(locale=active_locale()).live().first() or root.specific


# Images


def page_image(page):
    """(image, alt text) that illustrates the page: its own image, else the first in its body."""
    image = getattr(page, "image", None)
    if isinstance(image, AbstractImage):
        return image, getattr(page, "image_alt", "") or image.default_alt_text
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image" and isinstance(block.value, AbstractImage):
            # ImageBlock gives the image the alt text written for this place in the body.
            image = block.value
            return image, getattr(image, "contextual_alt_text", "") or image.default_alt_text
    return None, ""


def share_rendition(image):
    width, height = SHARE_IMAGE_SIZE
    spec = f"fill-{width}x{height}"
    if image.file.name.rsplit(".", 1)[-1].lower() not in SHAREABLE_FORMATS:
        spec += "|format-png"
    return image.get_rendition(spec)


def share_image(request, page):
    """The image a link preview shows: a rendition of the page's illustration, else the site's."""
    image, alt = page_image(page) if page is not None else (None, "")
    if image is not None:
        try:
            rendition = share_rendition(image)
        except (SourceImageIOError, OSError):
            # A lost file must not take the page down; the site's image stands in for it.
            logger.warning("No share rendition for image %s", image.pk, exc_info=True)
        else:
            return {
                "url": absolute_url(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": alt,
                "own": True,
            }
    width, height = SHARE_IMAGE_SIZE
    return {
        "url": absolute_url(request, static(DEFAULT_SHARE_IMAGE)),
        "width": width,
        "height": height,
        "alt": site_name(),
        "own": False,
    }


# Feeds


def feed_links(request):
    """The news feeds in the current language, for the pages that announce them."""
    language = get_language()
    if language not in dict(settings.LANGUAGES):
        return []
    return [
        {
            "type": "application/rss+xml",
            "title": _("News (RSS)"),
            "url": absolute_url(request, reverse("news_feed_rss", args=[language])),
        },
        {
            "type": "application/atom+xml",
            "title": _("News (Atom)"),
            "url": absolute_url(request, reverse("news_feed_atom", args=[language])),
        },
    ]


# schema.org


def organization_id(request, home):
    return f"{page_url(request, home)}#organization"


def network(request, home):
    """The network as an NGO: on the home page, and as the author and publisher of the news."""
    return {
        "@type": "NGO",
        "@id": organization_id(request, home),
        "name": site_name(),
        "url": page_url(request, home),
        "logo": absolute_url(request, static(LOGO)),
        "description": network_description(),
        "areaServed": {"@type": "Country", "name": _("Bulgaria")},
    }


def breadcrumb_ancestors(page):
    """The pages from the home page down to this page's parent, read once per page object (the
    visible breadcrumbs and the JSON-LD both show them)."""
    if not hasattr(page, "_breadcrumb_ancestors"):
        page._breadcrumb_ancestors = list(page.get_ancestors().filter(depth__gte=2))
    return page._breadcrumb_ancestors


def breadcrumb_list(request, page):
    """The way from the home page to this page, as the breadcrumbs show it."""
    trail = [*breadcrumb_ancestors(page), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if step.depth == 2 else step.title,
                "item": page_url(request, step),
            }
            for position, step in enumerate(trail, start=1)
        ],
    }


def without_empty(value):
    """The data without empty values, which schema.org validators report as errors."""
    if isinstance(value, dict):
        cleaned = {key: without_empty(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [without_empty(item) for item in value]
    return value


def structured_data(request, page, image):
    """The schema.org items that describe this page, each a dict with its @context."""
    items = list(page.structured_data(request, image)) if isinstance(page, SearchEngineMixin) else []
    if page.depth > 2:
        items.append(breadcrumb_list(request, page))
    return [{"@context": "https://schema.org", **without_empty(item)} for item in items]


def json_ld(items):
    """The items as the text of a <script type="application/ld+json"> element, safe to embed."""
    if not items:
        return ""
    data = items[0] if len(items) == 1 else items
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))


# Everything the head needs


def page_meta(request, page):
    """What base.html's <head> says about the page (or about a view that is not a page)."""
    is_page = isinstance(page, Page)
    # A page type of Wagtail's own, without the site's methods, is described as a plain web page.
    described = page if isinstance(page, SearchEngineMixin) else SearchEngineMixin()
    image = share_image(request, page if is_page else None)
    meta = {
        "site_name": site_name(),
        "title": page_title(page) if is_page else site_name(),
        "description": page_description(page) if is_page else default_description(),
        "url": page_url(request, page) if is_page else "",
        "type": described.open_graph_type,
        "image": image,
        "twitter_card": "summary_large_image",
        "feeds": feed_links(request) if is_page and described.announces_news_feeds else [],
        "json_ld": json_ld(structured_data(request, page, image)) if is_page else "",
    }
    dates = described.article_dates()
    if dates:
        published, modified = dates
        meta.update(published=published.isoformat(), modified=modified.isoformat())
    return meta
