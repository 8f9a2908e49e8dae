from django.core.management.base import BaseCommand

from core.mail import send_pending


class Command(BaseCommand):
    help = (
        "Send the e-mails in the outbox that are due: those the mail server refused earlier, or "
        "whose task never ran (run from cron, e.g. every 10 minutes, beside the task worker)."
    )

    def handle(self, *args, **options):
        sent, waiting = send_pending()
        self.stdout.write(f"Sent {sent}; still waiting {waiting}.")
