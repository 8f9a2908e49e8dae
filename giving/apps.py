from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GivingConfig(AppConfig):
    name = "giving"
    verbose_name = _("Giving")

    def ready(self):
        from . import checks  # noqa: F401  registers the sample-account check
