from django.core.management.base import BaseCommand

from centers.groups import setup_all


class Command(BaseCommand):
    help = (
        "Create the admin groups (network administrators and editors; each centre's editors and staff), "
        "their permissions and the review workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        setup_all()
        self.stdout.write("Groups, permissions and the review workflow are in place.")
