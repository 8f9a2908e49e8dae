from django.core.management.base import BaseCommand

from contact.models import ContactSubmission
from contact.tasks import send_notification


class Command(BaseCommand):
    help = "E-mail the centres about messages whose notification has not gone out yet (run from cron)."

    def handle(self, *args, **options):
        pending = ContactSubmission.objects.pending().select_related("page", "center").order_by("submit_time")
        sent = failed = 0
        for submission in pending:
            if send_notification(submission):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Sent {sent}; still waiting {failed}.")
