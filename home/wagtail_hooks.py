from wagtail import hooks

from centers.models import CenterPage
from core.frontend_cache import FRONT_CACHE_PURGE_HOOK
from news.models import NewsPage
from programs.models import ProgramPage

from .models import HomePage, StandardPage


@hooks.register(FRONT_CACHE_PURGE_HOOK)
def home_pages_that_show(page, batch):
    """The home page lists the latest news of its language and the centres and programmes it
    features; a page with the centre finder ("How to get help") lists every centre."""
    homes = HomePage.objects.live().ancestor_of(page)
    if isinstance(page, NewsPage):
        batch.add_pages(homes)
    elif isinstance(page, CenterPage):
        batch.add_pages(homes.filter(featured_centers__page__translation_key=page.translation_key))
        batch.add_pages(pages_with_the_finder(page.locale))
    elif isinstance(page, ProgramPage):
        batch.add_pages(homes.filter(featured_programs__page__translation_key=page.translation_key))


def pages_with_the_finder(locale):
    pages = StandardPage.objects.live().filter(locale=locale)
    return [page for page in pages if any(block.block_type == "finder" for block in page.body)]
