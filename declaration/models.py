"""The public declaration of support for a centre (seed 000: SOS ЦОП Pernik) and its signatures."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.forms_flow import submit
from core.pages import SitePage

PUBLIC_NAMES_SHOWN = 100


class DeclarationPage(RoutablePageMixin, SitePage):
    """A declaration people sign: its text, the signature form, the count and the public list."""

    search_kind = pgettext_lazy("kind of search result", "Declaration")  # its label in site search

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("One or two sentences: what the declaration asks and why it matters."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("declaration"),
        help_text=_("The full text of the declaration: what it asks and to whom it will be handed."),
    )
    consent_text = models.TextField(
        verbose_name=_("consent wording"),
        help_text=_("What the signer agrees to: who sees their details and for what purpose."),
    )
    thank_you = RichTextField(
        features=["bold", "italic", "link"],
        verbose_name=_("thank-you text"),
        help_text=_("Shown after signing."),
    )
    center = models.ForeignKey(
        "centers.CenterPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("centre"),
        help_text=_("The centre the declaration supports; it receives the signers' details."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        PageChooserPanel("center", page_type="centers.CenterPage"),
        FieldPanel("consent_text"),
        FieldPanel("thank_you"),
    ]
    override_translatable_fields = [SynchronizedField("center", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("declaration")
        verbose_name_plural = _("declarations")

    def signatures(self):
        """Signatures in every language: they belong to the declaration, not to one translation."""
        return Signature.objects.filter(declaration_key=self.translation_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        signatures = self.signatures()
        context["signature_count"] = signatures.count()
        context["signature_retention_days"] = settings.SIGNATURE_RETENTION_DAYS
        context["public_signatures"] = signatures.filter(show_publicly=True).values("name", "town")[
            :PUBLIC_NAMES_SHOWN
        ]
        return context

    def respond(self, request, form=None, status=200, template=None):
        """The page (or its thank-you page) with the form as typed; personal, so never cached publicly."""
        response = self.render(request, template=template, context_overrides={"form": form})
        response.status_code = status
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def rate_limit_scope(self):
        # One counter per declaration, the same in both languages, as its signatures are.
        return f"declaration:{self.translation_key}"

    @path("")
    def sign(self, request):
        from .forms import SignatureForm

        if request.method != "POST":
            return self.respond(request, SignatureForm(declaration=self))
        outcome = submit(
            request,
            SignatureForm(request.POST, declaration=self),
            scope=self.rate_limit_scope(),
            store=store_signature,
            limited_message=_("Too many signatures from your connection. Please try again in a few minutes."),
        )
        if outcome.thanked:
            return redirect(self.url + self.reverse_subpage("thank_you"))
        return self.respond(request, outcome.form, status=outcome.status_code)

    @path("thank-you/", name="thank_you")
    def thank_you_view(self, request):
        return self.respond(request, template="declaration/thank_you.html")


def store_signature(form):
    """The form flow's store step; no one is notified of a signature: staff export them."""
    from .forms import ALREADY_SIGNED

    try:
        with transaction.atomic():
            return form.save(language=get_language())
    except IntegrityError:  # the same address, signing twice at the same moment
        raise ValidationError({"email": ALREADY_SIGNED}) from None


class Signature(models.Model):
    """One person's signature. The e-mail is kept for the centre and never shown publicly."""

    declaration_key = models.UUIDField(
        db_index=True, editable=False, help_text=_("The declaration, the same in every language.")
    )
    name = models.CharField(max_length=120, verbose_name=_("name"), help_text=_("As the signer wrote it."))
    town = models.CharField(max_length=120, verbose_name=_("town"), help_text=_("As the signer wrote it."))
    email = models.EmailField(
        verbose_name=_("e-mail"), help_text=_("Stored trimmed and in lower case, so each address signs once.")
    )
    show_publicly = models.BooleanField(
        default=False,
        verbose_name=_("name shown publicly"),
        help_text=_("The signer agreed to show their name and town on the page."),
    )
    language = models.CharField(
        max_length=10, editable=False, verbose_name=_("language"), help_text=_("The language they signed in.")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("signed at"))

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["declaration_key", "email"], name="one_signature_per_email")
        ]

    def __str__(self):
        return f"{self.name}, {self.town}"
