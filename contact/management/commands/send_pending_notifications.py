from django.core.management.base import BaseCommand

from contact.notifications import send_pending_notifications


class Command(BaseCommand):
    help = "E-mail the centres about messages whose notification has not gone out yet (run from cron)."

    def handle(self, *args, **options):
        sent, waiting = send_pending_notifications()
        self.stdout.write(f"Sent {sent}; still waiting {waiting}.")
