"""Blocks of the giving pages: the purposes a donation can go to, and payment-provider links."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# A purpose's key is the same in every language (a RegexBlock is not offered for translation),
# so ?purpose=pernik picks the same purpose on the Bulgarian and the English page.
KEY_REGEX = r"^[a-z0-9]+(-[a-z0-9]+)*$"
KEY_ERROR = {"invalid": _("Use small Latin letters, digits and hyphens, e.g. “pernik”.")}


class PurposeBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        regex=KEY_REGEX,
        error_messages=KEY_ERROR,
        max_length=50,
        label=_("Key"),
        help_text=_(
            "A short Latin name used in links, e.g. “general”, or a centre's address name such as “pernik”, "
            "or a campaign's key. The same in every language."
        ),
    )
    name = blocks.CharBlock(
        max_length=120,
        label=_("Name"),
        help_text=_("What the donor chooses, e.g. “Where it is needed most” or “SOS ЦОП Перник”."),
    )
    reference = blocks.CharBlock(
        max_length=100,
        label=_("Payment reference"),
        help_text=_(
            "What the donor writes as the transfer's reason, e.g. “Дарение ЦОП Перник”, so the accountant "
            "knows where the money goes. At most 100 characters."
        ),
    )
    description = blocks.TextBlock(
        required=False,
        default="",
        label=_("Description"),
        help_text=_("Optional: one or two sentences on what this gift does."),
    )

    class Meta:
        icon = "tag"
        label = _("Purpose")


class PurposesBlock(blocks.StreamBlock):
    purpose = PurposeBlock()

    def clean(self, value):
        """Links choose a purpose by its key, so two purposes with one key would be ambiguous."""
        value = super().clean(value)
        keys = [child.value["key"] for child in value]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            raise blocks.StreamBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _("Each purpose needs its own key; used more than once: %(keys)s."),
                        params={"keys": ", ".join(repeated)},
                    )
                ]
            )
        return value


class PaymentLinkBlock(blocks.StructBlock):
    """A link to a payment provider's own page: the site never sees card details."""

    method = blocks.ChoiceBlock(
        choices=[("card", _("One gift by card")), ("monthly", _("Monthly gift"))],
        default="card",
        label=_("Kind of gift"),
        help_text=_("A single card payment, or a gift repeated every month."),
    )
    provider = blocks.CharBlock(
        max_length=60,
        label=_("Provider"),
        help_text=_("The payment provider's name as donors know it, e.g. “ePay.bg”, “PayPal” or “Stripe”."),
    )
    url = blocks.URLBlock(
        label=_("Link"),
        help_text=_("The provider's payment page for this gift, starting with https://."),
    )
    amount = blocks.DecimalBlock(
        required=False,
        min_value=0.01,
        max_digits=9,
        decimal_places=2,
        label=_("Amount in euro"),
        help_text=_(
            "If the link is for a fixed amount, that amount; empty if the donor chooses on the provider's page."
        ),
    )
    purpose = blocks.RegexBlock(
        regex=KEY_REGEX,
        error_messages=KEY_ERROR,
        required=False,
        max_length=50,
        label=_("Purpose key"),
        help_text=_("Empty for every purpose; or the key of one purpose on the Donate page, e.g. “pernik”."),
    )

    class Meta:
        icon = "link"
        label = _("Payment link")


class PaymentLinksBlock(blocks.StreamBlock):
    link = PaymentLinkBlock()
