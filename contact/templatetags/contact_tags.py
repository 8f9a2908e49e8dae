from django import template

from core.i18n import active_locale

register = template.Library()


@register.simple_tag
def network_contact_page():
    """The network team's contact form in the reader's language, if it is live."""
    from contact.models import NetworkContactPage

    return NetworkContactPage.objects.live().filter(locale=active_locale()).first()
