"""The centres as open data, for the regional and national maps of social services and anyone
else: a GeoJSON file (RFC 7946), a CSV of the same facts for spreadsheets, and the same JSON at
/api/centres/. README.md ("Open data") documents every property.

One record per live, public centre, built from its Bulgarian page (the source every translation
comes from) and its live English translation; a snippet (operator, service, target group) is
named in each language it has been translated into, and null in one it has not, so that an
"_en" field never holds Bulgarian. Nothing is derived or guessed: a fact the page does not hold
is null. The documents are kept with the site's parts (core/site_cache.py) until anything is
published, and purged from the front cache when a centre is (wagtail_hooks.py).
"""

import csv
import hashlib
import io
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, quote_etag
from wagtail.models import Locale, Site

from core.headers import CORP
from core.models import OPEN_DATA_LICENCE, OPEN_DATA_LICENCE_URL, SiteSettings
from core.protection import printable, spreadsheet_safe
from core.site_cache import remember
from core.site_url import absolute, site_root

from .models import CenterPage, CenterReach

LANGUAGES = [code for code, _name in settings.LANGUAGES]
GEOJSON_TYPE = "application/geo+json"
ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS"]
LIST_SEPARATOR = "; "


def in_languages(objects):
    """{translation key: {language: that object's version in it}} for translatable snippets."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return {}
    versions = {}
    model = type(objects[0])
    for obj in model.objects.filter(
        translation_key__in={obj.translation_key for obj in objects}, locale__language_code__in=LANGUAGES
    ).select_related("locale"):
        versions.setdefault(obj.translation_key, {})[obj.locale.language_code] = obj
    return versions


def named(versions, obj, field="name", label=None):
    """{"<label>_bg": …, "<label>_en": …}: the object's field in each language, null where untranslated."""
    own = versions.get(obj.translation_key, {}) if obj is not None else {}
    label = label or field
    return {
        f"{label}_{code}": (getattr(own[code], field) or None) if code in own else None for code in LANGUAGES
    }


def page_text(pages, field):
    """{"<field>_bg": …, "<field>_en": …} from the centre's page in each language."""
    return {
        f"{field}_{code}": (getattr(pages[code], field) or None) if code in pages else None
        for code in LANGUAGES
    }


def location(center):
    """The GeoJSON geometry (longitude first, RFC 7946 §3.1.1) and what the point marks: the
    building, or the town's centre while the editors have not placed it (location_is_approximate)."""
    if center.latitude is None or center.longitude is None:
        return None, None
    point = {"type": "Point", "coordinates": [float(center.longitude), float(center.latitude)]}
    return point, "settlement_centre" if center.location_is_approximate else "building"


def places_served(center):
    municipalities, settlements = [], []
    for link in center.reach.all():  # prefetched with its places (feature_collection)
        if link.how == CenterReach.How.MUNICIPALITY and link.municipality:
            place = link.municipality
            municipalities.append(
                {
                    "code": place.code,
                    "name_bg": place.name,
                    "name_latin": place.name_latin,
                    "region": place.region,
                }
            )
        elif link.settlement:
            place = link.settlement
            settlements.append(
                {
                    "ekatte": place.ekatte,
                    "name_bg": place.name,
                    "name_latin": place.name_latin,
                    "municipality_code": place.municipality.code,
                    "how": link.how,
                }
            )
    return municipalities, settlements


def centre_properties(request, pages, operators, services, groups):
    """The properties of one centre's Feature; `pages` is {language: its live page}."""
    center = pages[LANGUAGES[0]]
    municipalities, settlements = places_served(center)
    published = [page.last_published_at for page in pages.values() if page.last_published_at]
    return {
        "id": str(center.translation_key),
        **page_text(pages, "title"),
        **{
            f"url_{code}": absolute(request, pages[code].get_url(request)) if code in pages else None
            for code in LANGUAGES
        },
        **page_text(pages, "service_name"),
        **named(operators, center.operator, label="operator"),
        **page_text(pages, "town"),
        "region": center.region,
        "location_accuracy": location(center)[1],
        "services": [
            {
                **named(services, service),
                "access": service.access or None,
                **named(services, service, "legal_basis"),
            }
            for service in center.services.all()
        ],
        "target_groups": [named(groups, group) for group in center.target_groups.all()],
        "municipalities_served": municipalities,
        "settlements_served": settlements,
        "capacity": center.capacity,
        "funding": center.funding or None,
        **page_text(pages, "funding_note"),
        "last_modified": max(published).isoformat() if published else None,
    }


def renamed(properties):
    """Page titles are the centres' names: "name_bg", not Wagtail's "title_bg"."""
    return {
        key.replace("title_", "name_", 1) if key.startswith("title_") else key: value
        for key, value in properties.items()
    }


def feature_collection(request):
    """The centres as an RFC 7946 FeatureCollection, with the data's licence as a foreign member."""
    default = Locale.get_default()
    centers = list(
        CenterPage.objects.live()
        .public()
        .filter(locale=default)
        .select_related("operator")
        .prefetch_related(
            "services", "target_groups", "reach__municipality", "reach__settlement__municipality"
        )
        .order_by("-operator__is_sos", "town", "title")
    )
    translations = {}
    for page in (
        CenterPage.objects.live()
        .public()
        .exclude(locale=default)
        .filter(translation_key__in=[center.translation_key for center in centers])
        .select_related("locale")
    ):
        translations.setdefault(page.translation_key, {})[page.locale.language_code] = page
    operators = in_languages(center.operator for center in centers)
    services = in_languages(service for center in centers for service in center.services.all())
    groups = in_languages(group for center in centers for group in center.target_groups.all())
    features = []
    for center in centers:
        pages = {**translations.get(center.translation_key, {}), default.language_code: center}
        features.append(
            {
                "type": "Feature",
                "id": str(center.translation_key),
                "geometry": location(center)[0],
                "properties": renamed(centre_properties(request, pages, operators, services, groups)),
            }
        )
    return {"type": "FeatureCollection", "license": licence(request), "features": features}


def licence(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"name": OPEN_DATA_LICENCE, "url": OPEN_DATA_LICENCE_URL}
    chosen = SiteSettings.for_site(site)
    return {"name": chosen.open_data_licence, "url": chosen.open_data_licence_url}


def kept_collection(request):
    """The FeatureCollection, kept until anything on the site changes (a publish, a snippet, a setting)."""
    return remember(f"open-data:{site_root(request)}", lambda: feature_collection(request))


# The CSV: one row per centre, lists joined with "; ". The services' columns are parallel lists:
# the n-th access and legal basis belong to the n-th service.
def csv_columns():
    by_language = lambda name: [f"{name}_{code}" for code in LANGUAGES]  # noqa: E731
    return [
        "id",
        *by_language("name"),
        *by_language("url"),
        *by_language("service_name"),
        *by_language("operator"),
        *by_language("town"),
        "region",
        "longitude",
        "latitude",
        "location_accuracy",
        *by_language("services"),
        "services_access",
        *by_language("services_legal_basis"),
        *by_language("target_groups"),
        "municipalities_served",
        "settlements_served",
        "capacity",
        "funding",
        *by_language("funding_note"),
        "last_modified",
    ]


def joined(values):
    return LIST_SEPARATOR.join("" if value is None else str(value) for value in values)


def csv_row(feature):
    properties = feature["properties"]
    row = {key: value for key, value in properties.items() if not isinstance(value, list)}
    longitude, latitude = feature["geometry"]["coordinates"] if feature["geometry"] else (None, None)
    row.update(longitude=longitude, latitude=latitude)
    services = properties["services"]
    row["services_access"] = joined(service["access"] for service in services)
    for code in LANGUAGES:
        row[f"services_{code}"] = joined(service[f"name_{code}"] for service in services)
        row[f"services_legal_basis_{code}"] = joined(service[f"legal_basis_{code}"] for service in services)
        row[f"target_groups_{code}"] = joined(group[f"name_{code}"] for group in properties["target_groups"])
    row["municipalities_served"] = joined(
        f"{place['name_bg']} ({place['code']})" for place in properties["municipalities_served"]
    )
    row["settlements_served"] = joined(
        f"{place['name_bg']} ({place['ekatte']}, {place['how']})"
        for place in properties["settlements_served"]
    )
    return row


def as_csv(collection):
    """UTF-8 with a byte order mark, which Excel needs to read Cyrillic; no cell starts a formula."""
    out = io.StringIO()
    out.write("\ufeff")
    columns = csv_columns()
    writer = csv.writer(out)
    writer.writerow(columns)
    for feature in collection["features"]:
        row = csv_row(feature)
        writer.writerow([spreadsheet_safe(printable(row.get(column))) for column in columns])
    return out.getvalue()


# The views: read-only, for any site's scripts (CORS) and any site's pages (CORP).
def preflight():
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Max-Age"] = "86400"
    return response


def document(request, render, content_type):
    collection = kept_collection(request)
    body = render(collection).encode()
    # A map that polls the data gets "304 Not Modified" while nothing changed.
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
    response = get_conditional_response(request, etag=etag) or HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    response["Link"] = f'<{collection["license"]["url"]}>; rel="license"'
    patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
    if settings.PUBLIC_CACHE_SHARED_SECONDS > 0:
        patch_cache_control(response, s_maxage=settings.PUBLIC_CACHE_SHARED_SECONDS)
    return response


def open_data_view(render, content_type):
    def view(request):
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        response = preflight() if request.method == "OPTIONS" else document(request, render, content_type)
        response["Access-Control-Allow-Origin"] = "*"
        # The site's default is same-origin (core/headers.py sets it only where a view has not):
        # this data is meant to be loaded by other sites' maps.
        response[CORP] = "cross-origin"
        return response

    return view


def as_json(collection):
    return json.dumps(collection, ensure_ascii=False)


centres_geojson = open_data_view(as_json, f"{GEOJSON_TYPE}; charset=utf-8")
centres_json = open_data_view(as_json, "application/json; charset=utf-8")
centres_csv = open_data_view(as_csv, "text/csv; charset=utf-8")


def data_links():
    """The data's addresses, for the centres index."""
    return {
        "geojson": reverse("centres_geojson"),
        "csv": reverse("centres_csv"),
        "api": reverse("centres_api"),
    }
