"""Relations are stored once, pointing at the Bulgarian source; pages show them in the reader's language."""

from django.core.signals import request_started
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale, Page

from .site_cache import remember

# Wagtail's Locale.get_active() is a query each time, and a page asks a dozen times. Each request
# looks its language up once, in the cache with the site's other parts (core/site_cache.py), which
# forget it when a locale changes.
_locales = {}


def active_locale():
    """The Locale of the active language (the default language's when it has none), as
    Locale.get_active() gives it."""
    code = translation.get_language()
    if code not in _locales:
        _locales[code] = remember("active-locale", Locale.get_active)
    return _locales[code]


@receiver(request_started)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    _locales.clear()


def localized(objects):
    """The active language's versions of these translatable objects, in the same order, in one
    query; an object without a translation yet is shown as it is."""
    objects = list(objects)
    locale = active_locale()
    if all(obj.locale_id == locale.pk for obj in objects):  # the default language: nothing to look up
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale=locale, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def localized_query(queryset, position=None):
    """The active language's versions of the objects of a queryset (one without a translation yet
    as it is), in one query with the queryset inside it: in no particular order, or in the order of
    `position`, an expression that gives both versions of an object the same place."""
    if not isinstance(queryset, QuerySet):
        # A preview's relations are held in memory (modelcluster), in the editor's order; there is
        # no query to put inside another.
        return localized(queryset)
    locale = active_locale()
    keys = queryset.values("translation_key")
    objects = queryset.model.objects.filter(
        Q(pk__in=queryset.values("pk")) | Q(locale=locale, translation_key__in=keys)
    )
    if position is not None:
        objects = objects.annotate(position=position).order_by("position", "pk")
    found = {}
    for obj in objects:
        if obj.translation_key not in found or obj.locale_id == locale.pk:
            found[obj.translation_key] = obj
    return list(found.values())


def localized_pages(ids):
    """{id: that page's live version in the active language, else the page itself if it is live}
    for these page ids, in one query; a page with neither is left out."""
    ids = [pk for pk in ids if pk]
    if not ids:
        return {}
    locale = active_locale()
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = list(Page.objects.filter(Q(pk__in=ids) | Q(locale=locale, live=True, translation_key__in=keys)))
    translations = {page.translation_key: page for page in pages if page.locale_id == locale.pk and page.live}
    found = {}
    for page in pages:
        if page.pk in ids:
            version = translations.get(page.translation_key) or (page if page.live else None)
            if version is not None:
                found[page.pk] = version
    return found
