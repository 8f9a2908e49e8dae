from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail import hooks
from wagtail.admin.ui.components import Component

from centers.groups import CENTRE_EDITOR_PAGES_HOOK
from centers.models import CENTER_PAGE_CONTEXT_HOOK, CenterPage
from core.frontend_cache import FRONT_CACHE_PURGE_HOOK, site_url

from .models import NewsIndexPage, NewsPage


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_news(center):
    """The five newest live news items that name the centre, in the centre page's language."""

    def news():
        return (
            NewsPage.objects.live()
            .filter(locale=center.locale, related_centers__center__translation_key=center.translation_key)
            .distinct()
            .order_by("-date", "-pk")[:5]
        )

    return {"news_items": SimpleLazyObject(news)}  # read when shown: not while the page is kept


@hooks.register(CENTRE_EDITOR_PAGES_HOOK)
def news_indexes():
    """A centre's editors write news of their own under every news index."""
    return NewsIndexPage.objects.all()


def news_index_to_write_in(user):
    """The Bulgarian news index, if this user may add a news item under it."""
    index = NewsIndexPage.objects.filter(locale__language_code="bg").first()
    return index if index and index.permissions_for_user(user).can_add_subpage() else None


class WriteNewsPanel(Component):
    name = "write_news"
    template_name = "news/admin/write_news.html"
    order = 50

    def __init__(self, index):
        self.index = index

    def get_context_data(self, parent_context):
        return {"add_url": reverse("wagtailadmin_pages:add", args=["news", "newspage", self.index.pk])}


@hooks.register("construct_homepage_panels")
def add_write_news_panel(request, panels):
    index = news_index_to_write_in(request.user)
    if index:
        panels.append(WriteNewsPanel(index))


@hooks.register(FRONT_CACHE_PURGE_HOOK)
def news_pages_that_show(page, batch):
    """A news item shows on the pages of the centres it names and in its language's feeds; a
    centre shows on the news that names it and in the news index's filter by centre."""
    if isinstance(page, NewsPage):
        batch.add_pages(page.centers())
        language = page.locale.language_code
        for name in ("news_feed_rss", "news_feed_atom"):
            url = site_url(page, reverse(name, args=[language]))
            if url:
                batch.add_url(url)
    elif isinstance(page, CenterPage):
        batch.add_pages(
            NewsPage.objects.live()
            .filter(locale=page.locale, related_centers__center__translation_key=page.translation_key)
            .distinct()
        )
        batch.add_pages(NewsIndexPage.objects.live().filter(locale=page.locale))
