from django import template
from wagtail.models import Page

from core.seo import page_meta
from core.site_cache import remember

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """What the <head> tells search engines, feed readers and link previews about this page: a
    live page's is kept with the site's parts (core/site_cache.py), per address it is served at."""
    request, page = context["request"], context.get("page")
    if not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
        return page_meta(request, page)
    where = f"{request.scheme}://{request.get_host()}"
    return remember(f"meta:{page.pk}:{where}", lambda: page_meta(request, page))
