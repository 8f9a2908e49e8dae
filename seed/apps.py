from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeedConfig(AppConfig):
    """The site's real content, in Bulgarian and English, and `load_content`, which builds it.
    It imports the feature apps; nothing imports it."""

    name = "seed"
    verbose_name = _("Seed content")
