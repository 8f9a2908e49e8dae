"""Every live centre in the reader's language with its contact form, for the finder block."""

from wagtail.models import Page

from core.i18n import active_locale


def centre_directory():
    """{"center_index": the centres' index page or None, "centers": [(centre, contact form or None)]}
    in a fixed number of queries, whatever the number of centres."""
    from centers.models import CenterIndexPage, with_local_operators

    from .models import ContactPage

    index = CenterIndexPage.objects.live().filter(locale=active_locale()).first()
    if index is None:
        return {"center_index": None, "centers": []}
    centers = with_local_operators(index.centers())
    forms = {
        form.path[: -Page.steplen]: form
        for form in ContactPage.objects.live().descendant_of(index).filter(depth=index.depth + 2)
    }
    return {"center_index": index, "centers": [(center, forms.get(center.path)) for center in centers]}
