from django import template
from wagtail.models import Locale

register = template.Library()


@register.simple_tag
def network_contact_page():
    """The network team's contact form in the reader's language, if it is live."""
    from contact.models import NetworkContactPage

    return NetworkContactPage.objects.live().filter(locale=Locale.get_active()).first()
