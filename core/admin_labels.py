"""Labels Wagtail and wagtail-localize leave untranslatable (a form field named only by its attribute, a model
without a verbose_name): they get a translatable label here, so the Bulgarian admin shows them in Bulgarian."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# wagtail-localize writes dates with strftime("%-d %B %Y"), in the C locale's English ("1 December 2026")
# whatever the admin's language: digits read the same in both.
LOCALIZE_DATE_FORMAT = "%d.%m.%Y"


def translate_untranslatable_labels():
    from wagtail.admin.forms.workflows import WorkflowPageForm
    from wagtail.models import Locale
    from wagtail.users.forms import PagePermissionsForm
    from wagtail_localize import models as localize_models
    from wagtail_localize.models import Translation
    from wagtail_localize.views import edit_translation

    for form in (PagePermissionsForm, WorkflowPageForm):
        form.base_fields["page"].label = _("Page")
    Locale._meta.verbose_name = _("locale")
    Locale._meta.verbose_name_plural = _("locales")
    localize_models.DATE_FORMAT = edit_translation.DATE_FORMAT = LOCALIZE_DATE_FORMAT
    Translation._meta.verbose_name = pgettext_lazy("wagtail-localize model", "translation")
    Translation._meta.verbose_name_plural = pgettext_lazy("wagtail-localize model", "translations")
