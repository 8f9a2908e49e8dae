from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and standard pages")

    def ready(self):
        from django.db.models.signals import post_migrate

        from home.admin_labels import translate_untranslatable_labels
        from home.permissions import name_permissions_in_bulgarian

        translate_untranslatable_labels()
        # Runs after every app's migrations (and so after Django has created the permissions).
        post_migrate.connect(name_permissions_in_bulgarian, dispatch_uid="home.name_permissions_in_bulgarian")
