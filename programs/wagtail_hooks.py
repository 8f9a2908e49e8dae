from django.utils.functional import SimpleLazyObject
from wagtail import hooks

from centers.models import CENTER_PAGE_CONTEXT_HOOK

from .models import ProgramPage


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_programmes(center):
    """The live programmes the centre runs, in the centre page's language."""

    def programs():
        keys = center.program_links.values_list("program__translation_key", flat=True)
        return ProgramPage.objects.live().filter(locale=center.locale, translation_key__in=keys)

    return {"programs": SimpleLazyObject(programs)}  # read when shown: not while the page is kept
