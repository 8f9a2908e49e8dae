from django import forms
from django.utils.translation import gettext_lazy as _

from core.protection import HoneypotMixin

from .models import Signature

# Says no more than that the address has signed: never who, when or from where.
ALREADY_SIGNED = _("This e-mail address has already signed. Thank you for your support!")


class SignatureForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        required=True,
        label=_("I agree that the centre receives the details I give here, for the purpose stated above."),
        error_messages={"required": _("Please tick the box to agree, or your signature cannot be counted.")},
    )

    class Meta:
        model = Signature
        fields = ["name", "town", "email", "show_publicly"]
        labels = {
            "name": _("Your name"),
            "town": _("Your town or village"),
            "email": _("Your e-mail"),
            "show_publicly": _("Show my name and town in the public list of signers"),
        }
        help_texts = {
            "email": _("Never shown publicly. Used only to count each person once."),
            "show_publicly": "",
            "name": "",
            "town": "",
        }

    def __init__(self, *args, declaration, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.declaration = declaration

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.declaration.signatures().filter(email=email).exists():
            raise forms.ValidationError(ALREADY_SIGNED)
        return email

    def save(self, language):
        signature = super().save(commit=False)
        signature.declaration_key = self.declaration.translation_key
        signature.language = language
        signature.save()
        return signature
