from django.core.management.base import BaseCommand

from core.mail import send_pending


class Command(BaseCommand):
    help = "Send the e-mails the mail server refused earlier (run from cron, e.g. every 10 minutes)."

    def handle(self, *args, **options):
        sent, waiting = send_pending()
        self.stdout.write(f"Sent {sent}; still waiting {waiting}.")
