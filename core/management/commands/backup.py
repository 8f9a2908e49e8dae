from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Backs up the database (every page, revision, translation, image, document, message and "
        "signature) and the media files into a new folder; `manage.py restore` brings them back."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the backup: a new or empty folder.")
        parser.add_argument("--database", default="default", help="The database to back up.")

    def handle(self, folder, database, **options):
        try:
            rows, files = back_up(folder, using=database)
        except BackupError as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"Backed up {rows} rows and {files} media files into {folder}")
