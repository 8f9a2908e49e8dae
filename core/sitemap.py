from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live page in both languages, each with its translations as hreflang alternates."""

    def items(self):
        pages = Page.objects.none()
        for home in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            alternates = self.alternates(item)
            urls += [
                {**url_info, "alternates": alternates} for url_info in item.get_sitemap_urls(self.request)
            ]
        return urls

    def alternates(self, page):
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        links = {t.locale.language_code: t.get_full_url(self.request) for t in translations}
        if settings.LANGUAGE_CODE in links:
            links["x-default"] = links[settings.LANGUAGE_CODE]
        return [{"lang_code": code, "location": url} for code, url in links.items()]
