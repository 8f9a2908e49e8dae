from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request (None on pages outside any site)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page.specific if site else None


@register.simple_tag
def menu_pages(root, current=None):
    """The pages ticked “show in menus” under the home page; `active` marks the current section."""
    if root is None:
        return []
    items = list(root.get_children().live().in_menu())
    for item in items:
        item.active = bool(current and current.path.startswith(item.path))
    return items


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gte=2), "page": page}
