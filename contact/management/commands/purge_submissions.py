from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import ContactSubmission


class Command(BaseCommand):
    help = "Delete contact messages older than the retention period (run daily from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.SUBMISSION_RETENTION_DAYS,
            help="Keep messages this many days (default: SUBMISSION_RETENTION_DAYS, %(default)s).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days, dry_run, **options):
        cutoff = timezone.now() - timedelta(days=days)
        old = ContactSubmission.objects.filter(submit_time__lt=cutoff)
        count = old.count()
        if dry_run:
            self.stdout.write(f"Would delete {count} messages received before {cutoff:%Y-%m-%d}.")
            return
        old.delete()
        self.stdout.write(f"Deleted {count} messages received before {cutoff:%Y-%m-%d}.")
