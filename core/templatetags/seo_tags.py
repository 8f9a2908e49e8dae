from django import template

from core.seo import page_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """What the <head> tells search engines, feed readers and link previews about this page."""
    return page_meta(context["request"], context.get("page"))
