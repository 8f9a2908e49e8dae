from django.core.management.base import BaseCommand

from centers.groups import setup_all


class Command(BaseCommand):
    help = (
        "Create the admin groups (network administrators and editors; each centre's editors and staff), "
        "their permissions and the review workflow over every page; close Wagtail's default groups "
        "and workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        for name in setup_all():
            self.stdout.write(
                self.style.WARNING(
                    f"Wagtail's group “{name}” has members, so it was kept, with no rights left: "
                    "move its members to one of the network's groups, then delete it."
                )
            )
        self.stdout.write("Groups, permissions and the review workflow are in place.")
