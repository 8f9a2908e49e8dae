"""Who reads the messages, in the admin. Wagtail's per-form listing (for administrators) and the
"Messages" listing (for a centre's staff) show the same rows to the same people."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.coreutils import multigetattr
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from core.protection import SafeExportMixin

from .models import ANSWERED_MARKS, ContactFormField, ContactSubmission, as_text


class ContactSubmissionsListView(SafeExportMixin, SubmissionsListView):
    """Wagtail's listing for one form page, with formula-safe CSV cells. Only administrators use
    it (its bulk delete is theirs); everyone else reads the same messages under "Messages"."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return redirect("contact_messages:index")
        return super().dispatch(request, *args, **kwargs)


class LoggedDeleteSubmissionsView(DeleteSubmissionsView):
    """Wagtail's bulk delete of a form's submissions, for administrators only, each deletion
    written to the audit log (Reports → Site history)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def handle_delete(self, submissions):
        with transaction.atomic():
            for submission in submissions:
                log(instance=submission, action="wagtail.delete", user=self.request.user)
            super().handle_delete(submissions)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Messages are what people sent: no one adds them in the admin, and the only change is
    marking one answered (form_fields below)."""

    def user_has_permission(self, user, action):
        if action == "delete":  # deleting is the administrators', and logged (DeleteView)
            return user.is_active and user.is_superuser
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# Export columns of answers are named apart from the message's own attributes (a question's
# name may contain a dot, which Wagtail would read as a path).
ANSWER_PREFIX = "answer:"


class ReadableMessageMixin:
    """Every view of one message shows it only to those who may read it, or answers 404."""

    def get_object(self, queryset=None):
        readable = ContactSubmission.objects.readable_by(self.request.user)
        return get_object_or_404(readable, pk=self.kwargs["pk"])


class MessageIndexView(SafeExportMixin, IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .readable_by(self.request.user)
            .select_related("center", "page__contactpage")
            .prefetch_related("page__contactpage__form_fields")
        )

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """One column per question of the forms these messages came through, between when and
        where it came from and whether it was answered and notified."""
        questions = self.questions(queryset)
        self.list_export = [
            "submit_time",
            "recipient",
            "language_name",
            *questions,
            "answered_mark",
            "notification_status",
        ]
        self.export_headings = {"submit_time": capfirst(_("received")), **questions}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def questions(self, queryset):
        """{column: question} in the forms' order, in Bulgarian where the form has it; answers
        to questions removed since keep a column of their own."""
        fields = ContactFormField.objects.filter(page__in=queryset.values("page")).order_by(
            "locale__language_code", "sort_order"
        )  # "bg" before "en": a Bulgarian label wins
        questions = {}
        for field in fields.values("clean_name", "label"):
            questions.setdefault(ANSWER_PREFIX + field["clean_name"], field["label"])
        for form_data in queryset.values_list("form_data", flat=True):
            for name in form_data:
                questions.setdefault(ANSWER_PREFIX + name, name)
        return questions

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            if field.startswith(ANSWER_PREFIX):
                answer = item.form_data.get(field.removeprefix(ANSWER_PREFIX))
                row[field] = "" if answer is None else as_text(answer)
            else:
                row[field] = multigetattr(item, field)
        return row


class MessageInspectView(ReadableMessageMixin, InspectView):
    def get_submit_time_display_value(self):
        return self.object.received()

    def get_answered_display_value(self):
        return ANSWERED_MARKS[self.object.answered]

    def get_language_display_value(self):
        return self.object.language_name()


class MessageEditView(ReadableMessageMixin, EditView):
    pass


class MessageDeleteView(ReadableMessageMixin, DeleteView):
    """Wagtail's delete, which writes "wagtail.delete" to the audit log; administrators only."""


class MessageHistoryView(ReadableMessageMixin, HistoryView):
    pass


class MessageUsageView(ReadableMessageMixin, UsageView):
    pass


class MessageViewSet(ModelViewSet):
    model = ContactSubmission
    icon = "mail"
    menu_label = _("Messages")
    add_to_admin_menu = True
    menu_order = 240
    index_view_class = MessageIndexView
    inspect_view_class = MessageInspectView
    edit_view_class = MessageEditView
    delete_view_class = MessageDeleteView
    history_view_class = MessageHistoryView
    usage_view_class = MessageUsageView
    inspect_view_enabled = True
    list_display = [
        Column("received", label=_("received"), sort_key="submit_time"),
        Column("recipient", label=_("centre")),
        Column("language_name", label=_("language")),
        "answers_text",
        Column("answered_mark", label=_("answered"), sort_key="answered"),
        "notification_status",
    ]
    list_filter = ["answered", "language", "submit_time"]
    list_export = ["submit_time", "recipient", "language_name", "answered_mark", "notification_status"]
    inspect_view_fields = [
        "submit_time",
        "recipient",
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
