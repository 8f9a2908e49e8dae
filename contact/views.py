"""Who reads the messages, in the admin. Wagtail's per-form listing (for administrators) and the
"Messages" listing (for a centre's staff) show the same rows to the same people."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permission_policies import ModelPermissionPolicy

from home.abuse import SafeCsvExportMixin

from .models import ContactSubmission


class ContactSubmissionsListView(SafeCsvExportMixin, SubmissionsListView):
    """Wagtail's listing for one form page, with formula-safe CSV cells."""


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Messages are what people sent: no one adds them in the admin, and the only change is
    marking one answered (form_fields below)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class MessageIndexView(SafeCsvExportMixin, IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .readable_by(self.request.user)
            .select_related("center", "page__contactpage")
            .prefetch_related("page__contactpage__form_fields")
        )


class MessageInspectView(InspectView):
    def get_object(self, queryset=None):
        readable = ContactSubmission.objects.readable_by(self.request.user)
        return get_object_or_404(readable, pk=self.kwargs["pk"])


class MessageEditView(EditView):
    def get_object(self, queryset=None):
        readable = ContactSubmission.objects.readable_by(self.request.user)
        return get_object_or_404(readable, pk=self.kwargs["pk"])


class MessageViewSet(ModelViewSet):
    model = ContactSubmission
    icon = "mail"
    menu_label = _("Messages")
    add_to_admin_menu = True
    menu_order = 240
    index_view_class = MessageIndexView
    inspect_view_class = MessageInspectView
    edit_view_class = MessageEditView
    inspect_view_enabled = True
    list_display = ["submit_time", "center", "language", "answers_text", "answered", "notification_status"]
    list_filter = ["answered", "language", "submit_time"]
    list_export = ["submit_time", "center", "language", "answers_text", "notification_status"]
    inspect_view_fields = [
        "submit_time",
        "center",
        "language",
        "answers_text",
        "answered",
        "notification_status",
    ]
    export_filename = "messages"
    form_fields = ["answered"]

    @property
    def permission_policy(self):
        return ReadOnlyPolicy(self.model)
