from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app of the site uses; it imports none of them."""

    name = "core"
    verbose_name = _("Site-wide settings")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import site_cache  # noqa: F401  (its receivers start a new generation on changes)
        from core.admin_labels import translate_untranslatable_labels
        from core.permissions import name_permissions_in_bulgarian
        from core.site_url import configure_site_after_migrate

        translate_untranslatable_labels()
        # The front cache: what a publish changes besides the page itself (core/frontend_cache.py).
        from wagtail.signals import page_published, page_unpublished

        from core.frontend_cache import purge_what_shows

        page_published.connect(purge_what_shows, dispatch_uid="core.purge_what_shows.published")
        page_unpublished.connect(purge_what_shows, dispatch_uid="core.purge_what_shows.unpublished")
        # Runs after every app's migrations (and so after Django has created the permissions).
        post_migrate.connect(name_permissions_in_bulgarian, dispatch_uid="core.name_permissions_in_bulgarian")
        # The default Site's address follows SITE_URL wherever the database is migrated (and
        # `manage.py configure_site` applies it without migrating).
        post_migrate.connect(
            configure_site_after_migrate, sender=self, dispatch_uid="core.configure_site_after_migrate"
        )
