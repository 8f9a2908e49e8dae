"""A centre's contact form (Wagtail's form builder) and the messages people send through it.

Each centre has its own form page, under the centre's page, rather than one shared form where
the visitor picks a centre: the visitor comes from the centre's page and cannot pick the wrong
one, the form's topics are that centre's services, the notification goes to that centre's
address, and the page tree itself says whose messages they are. The visitor who does not yet
know their centre finds it first (centres index, "get help" page).

The network itself (companies, gifts in kind, volunteers, the press) has one form of the same
kind under the home page, NetworkContactPage: same protections, its own readers.
"""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from centers.models import CenterGroup, CenterPage
from core.forms_flow import submit
from core.i18n import localized
from core.pages import LatinSlugMixin, SearchEngineMixin
from core.slugs import slugify_bg

from .forms import NETWORK_TOPICS, OTHER_TOPIC, REFERRAL_TOPIC, ContactFormBuilder, ContactPageForm
from .groups import NETWORK_TEAM

FIELD_TYPES = [
    *FORM_FIELD_CHOICES,
    ("contact", _("Phone or e-mail (at least one)")),
    ("topic", _("Topic: the centre's services, or the network's topics")),
]


class ContactFormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("contact.ContactPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        max_length=16,
        choices=FIELD_TYPES,
        verbose_name=_("field type"),
        help_text=_(
            "“Phone or e-mail” accepts either; “Topic” lists the centre's services and “Referral by "
            "a professional” (on the network's form: companies, gifts in kind, volunteering, press). "
            "A checkbox always starts unticked."
        ),
    )

    required = models.BooleanField(
        default=True,
        verbose_name=_("required"),
        help_text=_("Tick if the form cannot be sent without an answer here."),
    )
    help_text = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("help text"),
        help_text=_("A short hint shown under the question, e.g. what to write or why we ask."),
    )

    # Answers are stored under clean_name: the same key in both languages keeps one column per question.
    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    def get_field_clean_name(self):
        # Wagtail would turn a Cyrillic label into "u0412u0430…"; a transliteration reads better
        # as a column heading in exports.
        return slugify_bg(self.label).replace("-", "_")[:255] or super().get_field_clean_name()

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(LatinSlugMixin, SearchEngineMixin, AbstractEmailForm):
    """The centre's contact form: what to write, the notices before sending, the thank-you."""

    search_kind = pgettext_lazy("kind of search result", "Contact form")  # its label in site search

    base_form_class = ContactPageForm
    form_builder = ContactFormBuilder

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        verbose_name=_("introduction"),
        help_text=_("What people can write about and when the centre usually answers."),
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        verbose_name=_("thank-you text"),
        help_text=_("Shown after sending: that the message arrived and what happens next."),
    )

    from_address = models.EmailField(
        max_length=255,
        blank=True,
        verbose_name=_("from address"),
        help_text=_("The sender of the notification e-mail; empty uses the site's address."),
    )
    subject = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("subject"),
        help_text=_("The notification's subject; empty says “New message from the website” and the centre."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("Notification e-mail"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
    ]

    parent_page_types = ["centers.CenterPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact form")
        verbose_name_plural = _("contact forms")

    @cached_property
    def center(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    def get_form_class(self):
        return self.form_builder(self.get_form_fields(), topics=self.topics()).get_form_class()

    def topics(self):
        """The choices of a "topic" question: the centre's services, then what anyone may write about."""
        services = localized(self.center.services.all()) if self.center else []
        return [service.name for service in services] + [str(REFERRAL_TOPIC), str(OTHER_TOPIC)]

    def own_address(self):
        return self.center.email if self.center else ""

    def recipients(self):
        """Who is e-mailed about a message: the form's own addresses, else the centre's, else the
        network's fallback address; empty when nobody would be told."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        fallbacks = [address for address in (self.own_address(), settings.CONTACT_FALLBACK_EMAIL) if address]
        return addresses or fallbacks[:1]

    def get_submission_class(self):
        return ContactSubmission

    def get_submissions_list_view_class(self):
        from .views import ContactSubmissionsListView

        return ContactSubmissionsListView

    def get_data_fields(self):
        return super().get_data_fields() + [("notification", _("Notification e-mail"))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = settings.SUBMISSION_RETENTION_DAYS
        # Without an address nobody is told of a message: the thank-you must not promise an answer.
        context["someone_is_told"] = bool(self.recipients())
        return context

    def process_form_submission(self, form):
        """Stores the message (the form flow's store step)."""
        return ContactSubmission.objects.create(
            form_data=form.answers(),
            page=self,
            center=self.center,
            sent_to=self.center.title if self.center else self.title,
            language=get_language(),
        )

    def rate_limit_scope(self):
        # One counter per form, the same in both languages: a translation is the same form.
        return f"contact:{self.translation_key}"

    def serve(self, request, *args, **kwargs):
        response = self.respond(request)
        # What a person typed, or their thank-you: never kept by a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def respond(self, request):
        from .notifications import announce

        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user))
        outcome = submit(
            request,
            self.get_form(request.POST, page=self, user=request.user),
            scope=self.rate_limit_scope(),
            store=self.process_form_submission,
            # Queued after the commit and sent by the task worker: a mail server that is down
            # or hung delays the notification, never the visitor or their message.
            notify=announce,
            limited_message=_("Too many messages from your connection. Please try again in a few minutes."),
        )
        if outcome.thanked:
            return self.render_landing_page(request, outcome.stored)
        return self.render_form(request, outcome.form, status=outcome.status_code)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)


class NetworkContactPage(ContactPage):
    """The network team's form, for what is not one centre's: companies, gifts in kind,
    volunteering, the press. Its messages are read by the network team group and the
    administrators, never by a centre's staff."""

    template = "contact/contact_page.html"
    landing_page_template = "contact/contact_page_landing.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network contact form")
        verbose_name_plural = _("network contact forms")

    @cached_property
    def center(self):
        return None

    def topics(self):
        return [str(topic) for topic in NETWORK_TOPICS]

    def own_address(self):
        from core.models import SiteSettings

        site = self.get_site()
        return SiteSettings.for_site(site).contact_email if site else ""


def as_text(answer):
    if isinstance(answer, bool):
        return str(_("yes") if answer else _("no"))
    if isinstance(answer, list):
        return ", ".join(str(item) for item in answer)
    return str(answer)


class ContactSubmissionQuerySet(models.QuerySet):
    def readable_by(self, user):
        """Administrators read every message; a centre's staff group reads that centre's only; the
        network team reads the network form's."""
        if user.is_superuser:
            return self
        readable = models.Q(center__translation_key__in=staff_center_keys(user))
        if in_network_team(user):
            readable |= models.Q(page__in=NetworkContactPage.objects.all())
        return self.filter(readable)

    def pending(self):
        return self.filter(notified_at__isnull=True)


def staff_center_keys(user):
    return CenterGroup.objects.filter(
        role=CenterGroup.Role.STAFF, group__in=Group.objects.filter(user=user)
    ).values("center_key")


def in_network_team(user):
    return user.groups.filter(name=NETWORK_TEAM).exists()


ANSWERED_MARKS = {True: "✓", False: "—"}
# One time zone and one Bulgarian format for a message's times, on every admin screen and export,
# whatever time zone an administrator chose in their profile.
MESSAGE_TIME_FORMAT = "d.m.Y H:i"


def local_time(value):
    """E.g. 01.12.2026 23:15, in the network's time zone (Europe/Sofia)."""
    return date_format(timezone.localtime(value, timezone.get_default_timezone()), MESSAGE_TIME_FORMAT)


def language_name(code):
    """In the reader's language: "английски" for a Bulgarian admin."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


class ContactSubmission(AbstractFormSubmission):
    """One message to a centre: stored first, then announced to the centre by e-mail."""

    # Wagtail deletes a form's submissions with the form page; a message outlives its page.
    page = models.ForeignKey(
        Page,
        null=True,
        on_delete=models.SET_NULL,
        verbose_name=_("contact form"),
        help_text=_("The form it was sent through; empty once that page is deleted."),
    )

    center = models.ForeignKey(
        CenterPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("centre"),
        help_text=_("The centre the message was sent to; its staff group may read it."),
    )
    sent_to = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        verbose_name=_("sent to"),
        help_text=_(
            "The centre (or the network's form) as named when it was sent; kept if that page is deleted."
        ),
    )
    language = models.CharField(
        max_length=10,
        editable=False,
        verbose_name=_("language"),
        help_text=_("The language it was written in."),
    )
    notified_at = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("notification sent"),
        help_text=_("When the centre was e-mailed about the message; empty while it waits."),
    )
    notification_error = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("notification problem"),
        help_text=_("Why the last e-mail attempt failed; it is tried again."),
    )

    answered = models.BooleanField(
        default=False,
        verbose_name=_("answered"),
        help_text=_("Tick once someone from the centre has replied, so the team sees what still waits."),
    )

    objects = ContactSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-submit_time"]

    def __str__(self):
        return f"{self.recipient() or '—'}, {local_time(self.submit_time)}"

    def recipient(self):
        return self.center.title if self.center else self.sent_to

    recipient.short_description = _("centre")

    def get_data(self):
        return {**super().get_data(), "notification": self.notification_status()}

    def notification_status(self):
        """For the staff, in their language: the technical reason is in the log, not here."""
        from .notifications import NO_ADDRESS

        if self.notified_at:
            return _("sent %(time)s") % {"time": local_time(self.notified_at)}
        if self.notification_error == NO_ADDRESS:
            return _(
                "not sent: no address to send it to. Fill in the form's “to address” or the centre's "
                "e-mail (for the network's form: the site footer's e-mail)."
            )
        if self.notification_error:
            return _("not sent yet: the mail server did not accept it; it will be retried")
        return _("waiting to be sent")

    notification_status.short_description = _("notification e-mail")

    def received(self):
        return local_time(self.submit_time)

    received.short_description = _("received")

    def answered_mark(self):
        return ANSWERED_MARKS[self.answered]

    answered_mark.short_description = _("answered")

    def language_name(self):
        return language_name(self.language)

    language_name.short_description = _("language")

    def answers(self):
        """(question, answer) pairs in the form's order, with the questions in the language the
        message was written in; answers to questions removed since are kept at the end."""
        data = dict(self.form_data)
        # page.contactpage, not page.specific: a listing can prefetch it with its fields.
        fields = self.page.contactpage.form_fields.all() if self.page_id else []
        pairs = []
        for field in fields:
            if field.clean_name in data:
                value = data.pop(field.clean_name)
                pairs.append((field.label, as_text(value)))
        pairs += [(name, as_text(value)) for name, value in data.items()]
        return pairs

    def answers_text(self):
        return "\n".join(f"{question}: {answer}" for question, answer in self.answers())

    answers_text.short_description = _("message")
