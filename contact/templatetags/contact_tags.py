from django import template

from core.i18n import active_locale
from core.site_cache import link, remember

register = template.Library()


@register.simple_tag(takes_context=True)
def network_contact_page(context):
    """The network team's contact form in the reader's language, if it is live, as a link (title,
    url): every page's footer shows it."""
    from contact.models import NetworkContactPage

    def find():
        page = NetworkContactPage.objects.live().filter(locale=active_locale()).first()
        return link(page, context.get("request")) if page else None

    return remember("network-contact", find)
