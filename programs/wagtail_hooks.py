from django.utils.functional import SimpleLazyObject
from wagtail import hooks

from centers.models import CENTER_PAGE_CONTEXT_HOOK, CenterPage
from core.frontend_cache import FRONT_CACHE_PURGE_HOOK

from .models import ProgramPage


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_programmes(center):
    """The live programmes the centre runs, in the centre page's language."""

    def programs():
        keys = center.program_links.values_list("program__translation_key", flat=True)
        return ProgramPage.objects.live().filter(locale=center.locale, translation_key__in=keys)

    return {"programs": SimpleLazyObject(programs)}  # read when shown: not while the page is kept


@hooks.register(FRONT_CACHE_PURGE_HOOK)
def programme_pages_that_show(page, batch):
    """A programme's page lists the centres that run it; a centre's page lists its programmes."""
    if isinstance(page, ProgramPage):
        batch.add_pages(page.centers())
    elif isinstance(page, CenterPage):
        keys = page.program_links.values_list("program__translation_key", flat=True)
        batch.add_pages(ProgramPage.objects.live().filter(locale=page.locale, translation_key__in=keys))
