from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"  # "search" would read like Wagtail's own search app in the admin
    verbose_name = _("Site search")
