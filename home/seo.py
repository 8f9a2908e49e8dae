"""What search engines, feed readers and link previews read about a page: its description, its
share image, and schema.org structured data (JSON-LD)."""

import datetime
import json
import logging
from html import unescape

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import AbstractImage, SourceImageIOError
from wagtail.models import Page, Site

from centers.models import CenterPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage

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
    return request.build_absolute_uri(url)


def page_url(request, page):
    """The page's absolute address, built as the canonical link in base.html builds it."""
    return absolute_url(request, page.get_url(request=request))


def site_home(request):
    """The home page in the current language, or None outside any site."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized.specific


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


def feed_links(request, page):
    """The news feeds in the current language, announced on the home page and the news pages."""
    if not isinstance(page, (HomePage, NewsIndexPage, NewsPage)):
        return []
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


def postal_address(center):
    address = {
        "@type": "PostalAddress",
        "addressLocality": center.town,
        "addressRegion": center.get_region_display(),
        "addressCountry": "BG",
    }
    if center.street_address:
        address["streetAddress"] = center.street_address
    return address


def organization_type(operator):
    return "GovernmentOrganization" if operator.is_public_body else "NGO"


def center_data(request, center, home):
    """A centre as the organisation it is, located at a place with an address and, once the
    coordinates mark the building rather than the town, a map point."""
    place = {"@type": "Place", "name": center.title, "address": postal_address(center)}
    has_point = center.latitude is not None and center.longitude is not None
    if has_point and not center.location_is_approximate:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(center.latitude),
            "longitude": float(center.longitude),
        }
    data = {
        "@type": "NGO",
        "name": center.title,
        "description": plain_text(center.summary),
        "url": page_url(request, center),
        "address": postal_address(center),
        "location": place,
        "parentOrganization": {"@id": organization_id(request, home)} if home else None,
        "telephone": center.phone,
        "email": center.email,
    }
    operator = center.operator.localized if center.operator else None
    if operator is not None and not operator.is_sos:
        # Another organisation runs the centre: name it, so the centre is not taken for the
        # network's own; a municipal centre is a public body's, not an NGO's.
        data["@type"] = organization_type(operator)
        data["parentOrganization"] = {
            "@type": organization_type(operator),
            "name": operator.name,
            "url": operator.website,
        }
    return data


def as_datetime(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def news_dates(item):
    """(published, modified): the news item's own date, and its last publication, never earlier."""
    published = as_datetime(item.date)
    return published, timezone.localtime(max(item.last_published_at or published, published))


def news_article(request, item, home, image):
    published, modified = news_dates(item)
    data = {
        "@type": "NewsArticle",
        "headline": shorten(item.title, HEADLINE_LENGTH),
        "description": plain_text(item.lead),
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "inLanguage": item.locale.language_code,
        "mainEntityOfPage": {"@type": "WebPage", "@id": page_url(request, item)},
        "url": page_url(request, item),
        "image": [image["url"]] if image["own"] else None,
    }
    if home is not None:
        data["author"] = data["publisher"] = network(request, home)
    return data


def breadcrumb_list(request, page):
    """The way from the home page to this page, as the breadcrumbs show it."""
    trail = list(page.get_ancestors().filter(depth__gte=2)) + [page]
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
    items = []
    if isinstance(page, HomePage):
        items.append(network(request, page))
    if isinstance(page, CenterPage):
        items.append(center_data(request, page, site_home(request)))
    if isinstance(page, NewsPage):
        items.append(news_article(request, page, site_home(request), image))
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
    image = share_image(request, page if is_page else None)
    meta = {
        "site_name": site_name(),
        "title": page_title(page) if is_page else site_name(),
        "description": page_description(page) if is_page else default_description(),
        "url": page_url(request, page) if is_page else "",
        "type": "article" if isinstance(page, NewsPage) else "website",
        "image": image,
        "twitter_card": "summary_large_image",
        "feeds": feed_links(request, page) if is_page else [],
        "json_ld": json_ld(structured_data(request, page, image)) if is_page else "",
    }
    if isinstance(page, NewsPage):
        published, modified = news_dates(page)
        meta.update(published=published.isoformat(), modified=modified.isoformat())
    return meta
