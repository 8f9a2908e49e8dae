from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CentersConfig(AppConfig):
    name = "centers"
    verbose_name = _("Centers")

    def ready(self):
        from . import groups  # noqa: F401  (connects the signal that gives new centres their groups)
