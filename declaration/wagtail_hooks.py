from django.utils.functional import SimpleLazyObject
from wagtail import hooks

from centers.models import CENTER_PAGE_CONTEXT_HOOK

from .models import DeclarationPage
from .views import SignatureViewSet


@hooks.register("register_admin_viewset")
def register_signature_viewset():
    return SignatureViewSet("signatures")


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_declarations(center):
    """Live declarations of support for the centre, in the centre page's language."""

    def declarations():
        return DeclarationPage.objects.live().filter(
            locale=center.locale, center__translation_key=center.translation_key
        )

    return {"declarations": SimpleLazyObject(declarations)}  # read when shown: not while the page is kept
