from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from core.site_url import configure_default_site


class Command(BaseCommand):
    help = "Gives the default Wagtail Site the hostname and port of SITE_URL (also done after every migrate)."

    def handle(self, *args, **options):
        try:
            site = configure_default_site()
        except ImproperlyConfigured as problem:
            raise CommandError(str(problem)) from None
        if site is None:
            raise CommandError("The database has no default site yet: run `manage.py migrate` first.")
        self.stdout.write(f"The default site is {site.root_url}/")
