from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import ContactSubmission
from declaration.models import Signature


class Command(BaseCommand):
    help = (
        "Delete contact messages and declaration signatures older than their retention periods "
        "(run daily from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.SUBMISSION_RETENTION_DAYS,
            help="Keep messages this many days (default: SUBMISSION_RETENTION_DAYS, %(default)s).",
        )
        parser.add_argument(
            "--signature-days",
            type=int,
            default=settings.SIGNATURE_RETENTION_DAYS,
            help="Keep signatures this many days (default: SIGNATURE_RETENTION_DAYS, %(default)s).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days, signature_days, dry_run, **options):
        self.purge(ContactSubmission.objects, "submit_time", days, "messages received", dry_run)
        self.purge(Signature.objects, "created_at", signature_days, "signatures made", dry_run)

    def purge(self, objects, time_field, days, what, dry_run):
        cutoff = timezone.now() - timedelta(days=days)
        old = objects.filter(**{f"{time_field}__lt": cutoff})
        count = old.count()
        if dry_run:
            self.stdout.write(f"Would delete {count} {what} before {cutoff:%Y-%m-%d}.")
            return
        old.delete()
        self.stdout.write(f"Deleted {count} {what} before {cutoff:%Y-%m-%d}.")
