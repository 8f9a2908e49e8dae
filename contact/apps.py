from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact")

    def ready(self):
        # The deploy check registers itself; the notifications hear when the outbox sent one.
        from . import checks, notifications  # noqa: F401
