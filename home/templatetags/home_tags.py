from django import template

from core.i18n import active_locale
from core.site_cache import link, remember

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The accessibility statement in the reader's language, if it is live, as a link (title, url):
    every page's footer shows it. Kept with the site's other parts, so a page asks for it once."""
    from home.models import AccessibilityStatementPage

    def find():
        page = AccessibilityStatementPage.objects.live().filter(locale=active_locale()).first()
        return link(page, context.get("request")) if page else None

    return remember("accessibility-statement", find)
