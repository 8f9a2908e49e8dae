"""An e-mail backend that never loses a message: it sends through the real backend
(`OUTGOING_EMAIL_BACKEND`) and keeps whatever the server refuses for `send_pending_mail`."""

import logging
import pickle

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


def real_connection(**kwargs):
    return get_connection(settings.OUTGOING_EMAIL_BACKEND, **kwargs)


class RetryingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from .models import OutgoingEmail

        sent = 0
        for message in email_messages:
            try:
                sent += real_connection(fail_silently=False).send_messages([message]) or 0
            except Exception as error:  # any refusal: keep the message, retry later
                logger.warning("E-mail %r kept for a retry: %s", message.subject, error)
                message.connection = None  # a backend may hold a socket or a lock: not stored
                OutgoingEmail.objects.create(
                    message=pickle.dumps(message),
                    recipients=", ".join(message.recipients())[:10_000],
                    subject=str(message.subject)[:255],
                    error=str(error)[:255],
                )
        return sent


def send_pending():
    """Tries every kept message again; returns (sent, still waiting)."""
    from .models import OutgoingEmail

    sent = waiting = 0
    for kept in OutgoingEmail.objects.all():
        try:
            real_connection(fail_silently=False).send_messages([pickle.loads(kept.message)])
        except Exception as error:  # still refused: leave it for the next run
            OutgoingEmail.objects.filter(pk=kept.pk).update(error=str(error)[:255])
            waiting += 1
        else:
            kept.delete()
            sent += 1
    return sent, waiting
