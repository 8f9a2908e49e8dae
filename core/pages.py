"""What every page type here shares: Latin slugs, the admin form, and what the page tells search
engines (core/seo.py asks each page through the methods below and knows no page type)."""

from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from .forms import SitePageForm
from .sitemap import hreflang_alternates
from .slugs import slugify_bg


class LatinSlugMixin:
    """Gives pages Latin slugs: a Cyrillic slug (typed, or made from the title by the admin) is
    transliterated by the official rules, in the admin form (core/forms.py) and, for pages made
    in code, when the page is saved."""

    base_form_class = SitePageForm

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            self.slug = self.available_slug(slugify_bg(self.title))
        elif self.slug and not self.slug.isascii():
            self.slug = slugify_bg(self.slug)
        super().full_clean(*args, **kwargs)

    def available_slug(self, slug):
        """The slug, numbered if a sibling already has it."""
        parent = self.get_parent() if self.path else None
        return find_available_slug(parent, slug, ignore_page_id=self.pk) if parent else slug


class SearchEngineMixin:
    """What the <head>, the JSON-LD and the feeds say about a page. Each page type overrides what
    applies to it; the defaults describe a plain web page."""

    # Open Graph's og:type: "article" for dated news, "website" for the rest.
    open_graph_type = "website"
    # Whether the head links the news feeds (RSS and Atom) in the page's language.
    announces_news_feeds = False

    def structured_data(self, request, share_image):
        """schema.org items (dicts, without @context) that say what this page is about, besides
        the breadcrumbs every page below the home page gets. `share_image` is the link preview's
        image as core.seo.share_image gives it."""
        return []

    def article_dates(self):
        """(first published, last modified) as aware datetimes for a dated article, else None."""
        return None

    def get_sitemap_urls(self, request=None):
        """Wagtail's sitemap entries for the page, each with the page's versions in every language
        as hreflang alternates (Django's sitemap template writes them as xhtml:link)."""
        links = hreflang_alternates(self, request)
        return [{**entry, "alternates": links} for entry in super().get_sitemap_urls(request)]


class SitePage(LatinSlugMixin, SearchEngineMixin, Page):
    """The base of the site's page types."""

    class Meta:
        abstract = True
