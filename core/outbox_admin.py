"""The outbox in the admin (Settings → Unsent e-mails): what has not gone out yet, how often the
mail server refused it and why. For administrators only: a review notice may quote an editor's
comment. Nothing here is written by hand; a message nobody should get any more can be deleted."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import OutgoingEmail


class AdministratorsOnly(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action in {"view", "delete"} and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OutboxViewSet(ModelViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = _("Unsent e-mails")
    add_to_settings_menu = True
    inspect_view_enabled = True
    list_display = [
        "subject",
        "recipients",
        DateColumn("created_at", label=_("queued"), sort_key="created_at"),
        Column("attempts", label=_("failed attempts"), sort_key="attempts"),
        Column("error", label=_("last error")),
        DateColumn("next_attempt_at", label=_("next attempt"), sort_key="next_attempt_at"),
    ]
    inspect_view_fields = ["subject", "recipients", "created_at", "attempts", "error", "next_attempt_at"]
    form_fields = []  # nothing is added or changed by hand (AdministratorsOnly)

    @property
    def permission_policy(self):
        return AdministratorsOnly(self.model)
