from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from core.protection import SafeExportMixin

from .models import Signature


class SignatureIndexView(SafeExportMixin, IndexView):
    pass


class SignatureViewSet(ModelViewSet):
    """Staff see and export the signatures (CSV or Excel) to hand them to the addressees."""

    model = Signature
    index_view_class = SignatureIndexView
    icon = "edit"
    menu_label = _("Signatures")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "town", "email", "show_publicly", "created_at"]
    list_filter = ["show_publicly", "language"]
    list_export = ["name", "town", "email", "show_publicly", "language", "created_at"]
    export_filename = "signatures"
    search_fields = ["name", "town", "email"]
    # Staff may only hide or show a name on the signer's request; signatures are not invented.
    form_fields = ["show_publicly"]
