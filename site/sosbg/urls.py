from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from centers.opendata import centres_csv, centres_geojson, centres_json
from core.sitemap import sitemap
from core.views import robots_txt, switch_language
from events.feeds import center_feed, language_feed
from events.views import event_ics
from news.feeds import NewsAtomFeed, NewsFeed
from search.views import search

# A request the site cannot read gets the site's own page (core.views.bad_request says why).
handler400 = "core.views.bad_request"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("language/<str:code>/", switch_language, name="switch_language"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Outside i18n_patterns so that the address, not the visitor, decides the feed's language.
    path("feeds/<str:language>/rss.xml", NewsFeed(), name="news_feed_rss"),
    path("feeds/<str:language>/atom.xml", NewsAtomFeed(), name="news_feed_atom"),
    path("feeds/<str:language>/events.ics", language_feed, name="events_feed"),
    path("feeds/<str:language>/<slug:center>/events.ics", center_feed, name="center_events_feed"),
    # Open data (issue 16): the same in every language, so outside i18n_patterns too.
    path("data/centres.geojson", centres_geojson, name="centres_geojson"),
    path("data/centres.csv", centres_csv, name="centres_csv"),
    path("api/centres/", centres_json, name="centres_api"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page lives under its language's prefix, Bulgarian included (/bg/…, /en/…), so a URL
# always names its language; LocaleMiddleware sends "/" to the visitor's language. Wagtail's
# page serving catches everything else, so it comes last.
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    # An event's calendar file, next to its page (Wagtail's own addresses all end with a slash).
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)event\.ics$", event_ics, name="event_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
