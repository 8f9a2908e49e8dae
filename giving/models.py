"""Giving: the account and payment links in one place (GivingSettings), the Donate page in each
language, and campaigns such as keeping SOS ЦОП Перник open."""

from decimal import ROUND_FLOOR, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock, FiguresBlock
from core.pages import SitePage

from . import epc
from .blocks import KEY_ERROR, KEY_REGEX, PaymentLinksBlock, PurposesBlock
from .iban import SAMPLE_IBAN, group_iban, normalise_code, validate_bic, validate_iban

UNKNOWN_PURPOSE = _("We could not find that purpose, so the details below are for a general donation.")


class CodeField(models.CharField):
    """An IBAN or BIC: stored without spaces and in capitals, however the editor typed it."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_code(value) if value else value

    def pre_save(self, model_instance, add):
        value = normalise_code(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value


@register_setting(icon="pick")
class GivingSettings(BaseSiteSetting):
    """How to give, the same in every language: one account, one set of links, one place to change them."""

    beneficiary_name = models.CharField(
        max_length=epc.NAME_LENGTH,
        blank=True,
        verbose_name=_("beneficiary"),
        help_text=_(
            "The account holder's name exactly as the bank has it, e.g. Сдружение „SOS Детски селища България“. "
            "At most 70 characters (the limit of the payment QR code)."
        ),
    )
    # Room for the spaces of an IBAN typed in groups of four; it is stored without them.
    iban = CodeField(
        max_length=42,
        blank=True,
        validators=[validate_iban],
        verbose_name=_("IBAN"),
        help_text=_(
            "The account donations go to. Spaces and small letters are fine; the check digits are verified "
            "when you save, so a mistyped IBAN cannot be published. Empty: bank transfer is not shown."
        ),
    )
    bic = CodeField(
        max_length=14,
        blank=True,
        validators=[validate_bic],
        verbose_name=_("BIC"),
        help_text=_("The bank's BIC (SWIFT code), 8 or 11 characters. Optional for transfers within Europe."),
    )
    bank_name = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("bank"),
        help_text=_("The bank's name as donors know it. Optional."),
    )
    payment_links = StreamField(
        PaymentLinksBlock(),
        blank=True,
        verbose_name=_("card and monthly giving links"),
        help_text=_(
            "Links to a payment provider's own page (ePay.bg, PayPal, Stripe…), one per amount or purpose. "
            "The site never sees card details. No links: card and monthly giving are not shown."
        ),
    )
    sms_number = models.CharField(
        max_length=20,
        blank=True,
        verbose_name=_("SMS short number"),
        help_text=_(
            "The number donors text, e.g. the DMS platform's 17 777. Empty: SMS giving is not shown."
        ),
    )
    sms_keyword = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("SMS text"),
        help_text=_("Exactly what donors type in the message, e.g. “DMS” and the campaign's Latin keyword."),
    )
    sms_price = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("SMS donation amount"),
        help_text=_("What one message gives, as the platform states it, e.g. “1 €”. Optional."),
    )
    corporate_email = models.EmailField(
        blank=True,
        verbose_name=_("e-mail for companies"),
        help_text=_("Where companies write about sponsorship and partnerships. Empty: no address is shown."),
    )
    in_kind_email = models.EmailField(
        blank=True,
        verbose_name=_("e-mail for gifts in kind"),
        help_text=_("Where people write to offer things rather than money. Empty: no address is shown."),
    )
    volunteer_email = models.EmailField(
        blank=True,
        verbose_name=_("e-mail for volunteers"),
        help_text=_("Where people write to offer their time. Empty: no address is shown."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("beneficiary_name"),
                FieldPanel("iban"),
                FieldRowPanel([FieldPanel("bic"), FieldPanel("bank_name")]),
            ],
            heading=_("Bank transfer"),
        ),
        FieldPanel("payment_links"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("sms_number"), FieldPanel("sms_keyword"), FieldPanel("sms_price")])],
            heading=_("SMS"),
        ),
        MultiFieldPanel(
            [FieldPanel("corporate_email"), FieldPanel("in_kind_email"), FieldPanel("volunteer_email")],
            heading=_("Contacts"),
        ),
    ]

    class Meta:
        verbose_name = _("Giving")

    def __str__(self):
        return str(self.site)

    def clean(self):
        super().clean()
        if self.iban and not self.beneficiary_name.strip():
            raise ValidationError(
                {"beneficiary_name": _("Enter the account holder's name: banks need it with the IBAN.")}
            )
        if bool(self.sms_number.strip()) != bool(self.sms_keyword.strip()):
            raise ValidationError({"sms_keyword": _("Enter both the short number and the text, or neither.")})

    @property
    def is_sample(self):
        return normalise_code(self.iban) == SAMPLE_IBAN

    @property
    def iban_grouped(self):
        return group_iban(self.iban)

    @property
    def has_transfer(self):
        return bool(self.iban and self.beneficiary_name)

    @property
    def has_sms(self):
        return bool(self.sms_number and self.sms_keyword)

    def links_for(self, purpose_key):
        """Card and monthly links for this purpose: those made for it and those for every purpose."""
        links = {"card": [], "monthly": []}
        for block in self.payment_links:
            link = block.value
            if link["purpose"] in ("", purpose_key):
                links[link["method"]].append(link)
        return links


class DonatePage(SitePage):
    """How to give: bank transfer with a QR code, card, SMS, companies, gifts in kind, volunteering.

    The account and the links come from GivingSettings, the words from this page, so the page is
    translated while the account stays one."""

    search_kind = pgettext_lazy("kind of search result", "Giving")  # its label in site search

    switch_keeps = ("amount", "purpose")  # kept by the language switch: the same gift in the other language

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("Two or three sentences: what a gift makes possible. Shown at the top."),
    )
    purposes = StreamField(
        PurposesBlock(),
        verbose_name=_("purposes"),
        help_text=_(
            "What a donor can give to, each with the payment reference the accountant will see. The first one "
            "is chosen when none is; make it the general one."
        ),
    )
    figures = StreamField(
        FiguresBlock(),
        blank=True,
        verbose_name=_("what gifts make possible"),
        help_text=_("Figures from the centres' work, each with what it counts and when."),
    )
    tax_relief = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("tax relief"),
        help_text=_("What donors can deduct under Bulgarian law, citing the law and article."),
    )
    tax_relief_checked = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("tax relief checked on"),
        help_text=_("When someone last checked the tax text against the law. Shown with the text."),
    )
    corporate_text = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("companies"),
        help_text=_(
            "Sponsorship and partnerships for companies. The contact e-mail comes from Settings → Giving."
        ),
    )
    in_kind_text = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("gifts in kind"),
        help_text=_("Giving things rather than money. The contact e-mail comes from Settings → Giving."),
    )
    volunteer_text = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("volunteering"),
        help_text=_("Giving time. The contact e-mail comes from Settings → Giving."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("purposes"),
        FieldPanel("figures"),
        MultiFieldPanel(
            [FieldPanel("tax_relief"), FieldPanel("tax_relief_checked")], heading=_("Tax relief")
        ),
        MultiFieldPanel(
            [FieldPanel("corporate_text"), FieldPanel("in_kind_text"), FieldPanel("volunteer_text")],
            heading=_("Other ways to help"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("donate page")

    def purpose_list(self):
        return [block.value for block in self.purposes]

    def choose_purpose(self, key):
        """(purpose, error): the purpose with this key, else the first with a note if a key was asked for."""
        purposes = self.purpose_list()
        chosen = next((purpose for purpose in purposes if purpose["key"] == key), None)
        if chosen:
            return chosen, None
        return (purposes[0] if purposes else None), (UNKNOWN_PURPOSE if key else None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        details = GivingSettings.for_request(request)
        purpose, purpose_error = self.choose_purpose(request.GET.get("purpose", "").strip())
        amount, amount_error = epc.parse_amount(request.GET.get("amount", ""))
        reference = purpose["reference"] if purpose else ""
        if details.is_sample:  # a banking app shows this before anyone pays a sample account
            reference = f"SAMPLE {reference}".strip()
        qr_svg = qr_payload = ""
        if details.has_transfer:
            qr_payload = epc.payload(
                name=details.beneficiary_name,
                iban=details.iban,
                bic=details.bic,
                amount=amount,
                remittance=reference,
            )
            qr_svg = epc.svg(qr_payload)
        context.update(
            details=details,
            purposes=self.purpose_list(),
            purpose=purpose,
            purpose_error=purpose_error,
            amount=amount,
            amount_typed=request.GET.get("amount", "")[:20],
            amount_error=amount_error,
            reference=reference,
            qr_svg=qr_svg,
            qr_payload=qr_payload,
            links=details.links_for(purpose["key"] if purpose else ""),
        )
        return context


class CampaignPage(SitePage):
    """A fundraising campaign: its goal, what is raised so far, when it ends, and how to help."""

    search_kind = pgettext_lazy("kind of search result", "Campaign")  # its label in site search

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("Two or three sentences: what the campaign is for and why now."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("about the campaign"),
        help_text=_("The story: facts from the centre's own words, never invented."),
    )
    goal = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        verbose_name=_("goal in euro"),
        help_text=_(
            "How much the campaign needs. Empty until it is decided; the progress shows once it is set."
        ),
    )
    raised = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        verbose_name=_("raised so far in euro"),
        help_text=_("The total received, as the accountant reports it. Update it by hand."),
    )
    raised_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("raised as of"),
        help_text=_("The date of that total, shown beside it."),
    )
    end_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("end date"),
        help_text=_(
            "The campaign's last day. After it the page says the campaign has ended. Empty: no end date."
        ),
    )
    purpose = models.CharField(
        max_length=50,
        blank=True,
        validators=[RegexValidator(KEY_REGEX, message=KEY_ERROR["invalid"])],
        verbose_name=_("purpose key"),
        help_text=_(
            "The key of this campaign's purpose on the Donate page, so its Donate button chooses the "
            "campaign's payment reference, e.g. “keep-pernik-open”."
        ),
    )
    declaration = models.ForeignKey(
        "declaration.DeclarationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("declaration"),
        help_text=_("A declaration people can sign for the same cause. Its signature count is shown."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal"), FieldPanel("raised"), FieldPanel("raised_on")]),
                FieldPanel("end_date"),
            ],
            heading=_("Goal and progress"),
        ),
        FieldPanel("purpose"),
        PageChooserPanel("declaration", page_type="declaration.DeclarationPage"),
        FieldPanel("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("purpose", overridable=False),
        SynchronizedField("declaration", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        errors = {}
        if self.goal is not None and self.goal <= 0:
            errors["goal"] = _("The goal must be more than 0 €. Leave it empty if it is not decided yet.")
        if self.raised is not None and self.raised < 0:
            errors["raised"] = _("The amount raised cannot be negative.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_ended(self):
        return bool(self.end_date and timezone.localdate() > self.end_date)

    @property
    def percent(self):
        """Whole percent reached, rounded down so that 99.6% is never shown as done; may pass 100."""
        if not self.goal or self.goal <= 0:
            return None
        return int((self.raised * 100 / self.goal).to_integral_value(rounding=ROUND_FLOOR))

    @property
    def goal_passed(self):
        return bool(self.goal and self.raised > self.goal)

    @property
    def progress_value(self):
        """What the bar shows: <progress> cannot go past its maximum, the text says the rest."""
        return min(self.raised, self.goal) if self.goal else None

    def localized_declaration(self):
        declaration = self.declaration
        if declaration is None:
            return None
        declaration = declaration.localized
        return declaration if declaration.live else None

    @classmethod
    def current(cls, locale):
        """The live campaigns in this language (a Locale or its id) that have not ended: those worth
        pointing to."""
        return (
            cls.objects.live()
            .filter(locale=locale)
            .exclude(end_date__lt=timezone.localdate())
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        declaration = self.localized_declaration()
        context["declaration"] = declaration
        context["signature_count"] = declaration.specific.signatures().count() if declaration else None
        return context
