"""What every page type here shares: Latin slugs, the admin form, and what the page tells search
engines (core/seo.py asks each page through the methods below and knows no page type)."""

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageViewRestriction, Site

from .forms import SitePageForm
from .site_cache import remember
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


class NotAPage(Exception):
    pass


def pages_on_the_way(url_path):
    """The pages from the tree's root to the page at this url_path, in one query; NotAPage when
    one of them is missing."""
    wanted = [url_path[: end + 1] for end, char in enumerate(url_path) if char == "/"]
    found = {
        page.url_path: page for page in Page.objects.filter(url_path__in=wanted).select_related("locale")
    }
    if any(path not in found for path in wanted):
        raise NotAPage(url_path)
    return [found[path] for path in wanted]


class DirectRouteMixin:
    """Finds the page at an address in two queries, however deep: the page with its ancestors by
    their url_path (kept in the cache until the site changes), then its specific type. Wagtail's
    walk down the tree costs two queries a level, and its view-restriction check reads the
    ancestors once more.

    An address that is no page's (a routable page's own paths, a 404) takes Wagtail's walk, so
    what each page type's route() decides still holds there."""

    def route(self, request, path_components):
        site = Site.find_for_request(request)  # Wagtail found it for this route: no query
        if site and self.translation_key == site.root_page.translation_key:
            # Wagtail routes from the site's home page in the visitor's language: the one the
            # header, footer and JSON-LD show (core/seo.py site_home), so it is not looked up again.
            request._site_home = self
        if not path_components:
            return super().route(request, path_components)
        try:
            target_path = self.url_path + "/".join(path_components) + "/"
            # The tree's root, …, this page, …, the page at the address: kept with the site's parts
            # (core/site_cache.py) while they are pages; an address that is none is not kept.
            chain = remember(f"route:{target_path}", lambda: pages_on_the_way(target_path))
        except NotAPage:
            return super().route(request, path_components)
        page = chain[-1].specific
        page.locale = chain[-1].locale
        page._cached_parent_obj = chain[-2]
        page._route_ancestors = chain[:-1]
        # The breadcrumbs (core/seo.py) show the home page and what lies between: no query for them.
        page._breadcrumb_ancestors = [ancestor for ancestor in chain[:-1] if ancestor.depth >= 2]
        return page.route(request, [])

    def get_view_restrictions(self):
        """As Wagtail's, in one query by the tree's paths when the ancestors are known not to be
        aliases (whose restrictions are their sources'): the route read them, or there is only the
        tree's root above."""
        ancestors = getattr(self, "_route_ancestors", None)
        if ancestors is None and self.depth <= 2:
            ancestors = []
        if ancestors is None or any(page.alias_of_id for page in [*ancestors, self]):
            return super().get_view_restrictions()
        paths = [self.path[: depth * self.steplen] for depth in range(1, self.depth + 1)]
        return PageViewRestriction.objects.filter(page__path__in=paths)


class SitePage(DirectRouteMixin, LatinSlugMixin, SearchEngineMixin, Page):
    """The base of the site's page types."""

    class Meta:
        abstract = True
