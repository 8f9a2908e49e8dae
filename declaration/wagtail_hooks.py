from wagtail import hooks

from .views import SignatureViewSet


@hooks.register("register_admin_viewset")
def register_signature_viewset():
    return SignatureViewSet("signatures")
