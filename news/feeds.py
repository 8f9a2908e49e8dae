"""The news as RSS 2.0 and Atom feeds, one per language, for feed readers and aggregators."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.i18n import localized
from core.site_url import on_root, site_root
from news.models import NewsIndexPage, NewsPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The newest live news in one language: /feeds/<language>/rss.xml."""

    def __call__(self, request, *args, **kwargs):
        # The feed's address names its language; LocaleMiddleware only knows the visitor's.
        language = kwargs.get("language", "")
        if language not in dict(settings.LANGUAGES):
            raise Http404("No feed in that language.")
        with translation.override(language):
            response = super().__call__(request, *args, **kwargs)
        response["Content-Language"] = language
        return response

    def get_object(self, request, language):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site at this address.")
        home = site.root_page.get_translations(inclusive=True).filter(locale__language_code=language).first()
        if home is None or not home.live:
            raise Http404("No site in that language.")
        index = NewsIndexPage.objects.live().public().descendant_of(home).first()
        if index is None:
            raise Http404("No news in that language.")
        # Every link on the site's configured root, as the pages' canonical links: a reader that
        # subscribed by another host name or by IP still gets the site's addresses.
        index.site_root = site_root(request)
        index.feed_path = request.path
        return index

    def feed_url(self, index):
        return on_root(index.site_root, index.feed_path)

    def title(self, index):
        return f"{index.title} · {settings.WAGTAIL_SITE_NAME}"

    def link(self, index):
        return on_root(index.site_root, index.url)

    def author_name(self, index):
        # Atom requires an author on the feed or every entry (RFC 4287 §4.1.1): the news is the network's.
        return _("SOS Children's Villages Bulgaria")

    def description(self, index):
        return index.intro or _(
            "News from the Community Support Centres of SOS Children's Villages Bulgaria."
        )

    def items(self, index):
        items = list(
            NewsPage.objects.live()
            .public()
            .child_of(index)
            .prefetch_related("topics")
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )
        # The topics point at the Bulgarian snippets; a feed names them in its own language.
        in_language = {
            topic.translation_key: topic.name
            for topic in localized({topic for item in items for topic in item.topics.all()})
        }
        for item in items:
            item.topic_names = [in_language[topic.translation_key] for topic in item.topics.all()]
            item.address = on_root(index.site_root, item.url)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.address

    def item_categories(self, item):
        return item.topic_names

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return max(item.last_published_at or self.item_pubdate(item), self.item_pubdate(item))


class NewsAtomFeed(NewsFeed):
    """The same news as Atom 1.0: /feeds/<language>/atom.xml."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
