from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restores a backup made by `manage.py backup`: the database's content and the media files. "
        "Refuses a database that already holds content unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The backup's folder.")
        parser.add_argument(
            "--force", action="store_true", help="Replace whatever the database holds with the backup."
        )
        parser.add_argument("--database", default="default", help="The database to restore into.")

    def handle(self, folder, force, database, **options):
        try:
            rows, files = restore(folder, force=force, using=database, stdout=self.stdout)
        except BackupError as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"Restored {rows} rows and {files} media files from {folder}")
