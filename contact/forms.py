"""The public contact form as Wagtail's form builder makes it, with this site's rules: every field
has a length limit, a checkbox is never ticked in advance, the site's honeypot catches bots, and two
field types of our own: "phone or e-mail" and "topic" (the page's topics: a centre's services,
or what people write to the network about)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm

from core.forms import SitePageForm
from core.protection import HONEYPOT, HoneypotMixin

SINGLE_LINE_MAX = 200
MESSAGE_MAX = 3000
PHONE = re.compile(r"^\+?[\d\s\-()/.]+$")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 6, 15
OTHER_TOPIC = _("Something else")
# Teachers, doctors and social workers who refer a child say so, and the centre knows at once.
REFERRAL_TOPIC = _("Referral by a professional")
# The accessibility statement sends whoever cannot use a part of the site here, with this topic.
ACCESSIBILITY_TOPIC = _("Accessibility of this website")
NETWORK_TOPICS = [
    _("Companies and partnerships"),
    _("Gifts in kind"),
    _("Volunteering"),
    _("Press and media"),
    ACCESSIBILITY_TOPIC,
    OTHER_TOPIC,
]


class ContactPageForm(SitePageForm, WagtailAdminFormPageForm):
    """Latin slugs (SitePageForm) and the form builder's own checks (WagtailAdminFormPageForm)."""


class PhoneOrEmailField(forms.CharField):
    """One way to answer: a phone number or an e-mail address, told apart by the "@"."""

    default_error_messages = {
        "invalid": _(
            "Please give a phone number (e.g. 0888 123 456) or an e-mail address (e.g. name@example.com)."
        )
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 254)
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if not value:
            return
        if "@" in value:
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
            return
        digits = sum(character.isdigit() for character in value)
        if not PHONE.match(value) or not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
            raise ValidationError(self.error_messages["invalid"], code="invalid")


class ContactForm(HoneypotMixin, BaseForm):
    def answers(self):
        """What the person sent, ready to store: the bot trap is not part of it."""
        return {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT}


class ContactFormBuilder(FormBuilder):
    def __init__(self, fields, topics=()):
        super().__init__(fields)
        self.topics = list(topics)

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        # Wagtail sets no limit here; a message is read by a person, not archived as a book.
        options["max_length"] = MESSAGE_MAX
        options["widget"] = forms.Textarea(attrs={"rows": 8, "maxlength": MESSAGE_MAX})
        return forms.CharField(**options)

    def create_checkbox_field(self, field, options):
        # Consent must be given, never assumed: whatever the editor sets, the box starts empty.
        options["initial"] = False
        return forms.BooleanField(**options)

    def create_contact_field(self, field, options):
        options["initial"] = ""
        return PhoneOrEmailField(**options)

    def create_topic_field(self, field, options):
        options["choices"] = [("", "—")] + [(topic, topic) for topic in self.topics]
        options["initial"] = ""
        return forms.ChoiceField(**options)

    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)
