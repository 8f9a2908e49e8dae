"""The outbox every e-mail leaves by. A message is stored as data (`OutgoingEmail`) in the
transaction that caused it, and a task sends it once that transaction commits, through the real
backend (`OUTGOING_EMAIL_BACKEND`). With TASKS_BACKEND=database that task runs in the worker
(`manage.py db_worker`), so no request waits on the mail server.

One sender per row: a sender first claims the row with one UPDATE that only a free row matches,
so two workers, or the worker and `send_pending_mail`, never both send it. A refusal leaves the
row with its error and attempt count, due again after a growing wait; the worker tries it again
then, and `send_pending_mail` (cron) sends whatever is due. A row is deleted once sent."""

import base64
import email
import logging
from datetime import timedelta
from email.message import Message
from email.mime.base import MIMEBase
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Sent with the row's `reference` once its e-mail went out, or was refused (with `error`), so
# whatever queued it (a contact message) can record that on its own record.
email_sent = Signal()
email_refused = Signal()

# A claim older than this belongs to a sender that died mid-send: another may take the row over.
# Far longer than one send can take (EMAIL_TIMEOUT per connection step).
CLAIM_LEASE = timedelta(minutes=5)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)


def real_connection(**kwargs):
    return get_connection(settings.OUTGOING_EMAIL_BACKEND, **kwargs)


class OutboxEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND: what Wagtail and Django send (review requests, workflow notices, password
    resets) is queued, never sent in the request."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            try:
                queue(message)
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("E-mail %r could not be queued", message.subject)
            else:
                queued += 1
        return queued


def queue(message, reference=""):
    """Stores `message` (a Django EmailMessage) in the outbox and sends it after the commit."""
    from .models import OutgoingEmail

    kept = OutgoingEmail.objects.create(
        message=as_data(message),
        recipients=", ".join(str(address) for address in message.recipients())[:10_000],
        subject=str(message.subject)[:255],
        reference=reference,
    )
    # Robust: were the task queue to fail, the row is still there for send_pending_mail, and the
    # request that queued it must not fail after its commit.
    transaction.on_commit(partial(send_email.enqueue, kept.pk), robust=True)
    return kept


@task()
def send_email(email_id):
    """The worker's job for one queued e-mail: sends it if it is due and nobody else is sending
    it; when refused, runs again once it is due (the worker's backend can wait; the immediate
    one cannot, and leaves it to send_pending_mail)."""
    outcome = send_one(email_id)
    if outcome is False and send_email.get_backend().supports_defer:
        from .models import OutgoingEmail

        due = OutgoingEmail.objects.filter(pk=email_id).values_list("next_attempt_at", flat=True).first()
        if due is not None:
            send_email.using(run_after=due).enqueue(email_id)
    return outcome


def claim(email_id, now, due_only=True):
    """True if this sender took the row: one UPDATE matching only a free row, atomic on SQLite
    (one writer at a time) and PostgreSQL (the second UPDATE waits for the first, then sees the
    claim and matches nothing)."""
    from .models import OutgoingEmail

    free = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LEASE)
    rows = OutgoingEmail.objects.filter(free, pk=email_id)
    if due_only:
        rows = rows.filter(next_attempt_at__lte=now)
    return rows.update(claimed_at=now) == 1


def send_one(email_id, due_only=True):
    """True once sent, False if refused (kept for later), None if there was nothing to do: sent
    already, not due yet, or another sender has it."""
    from .models import OutgoingEmail

    now = timezone.now()
    if not claim(email_id, now, due_only):
        return None
    kept = OutgoingEmail.objects.get(pk=email_id)
    try:
        real_connection(fail_silently=False).send_messages([as_message(kept.message)])
    except Exception as error:  # any refusal: keep it and try again later
        keep_for_retry(kept, error, now)
        return False
    kept.delete()
    tell(email_sent, kept.reference)
    return True


def keep_for_retry(kept, error, now):
    attempts = kept.attempts + 1
    wait = min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_WAIT)
    type(kept).objects.filter(pk=kept.pk).update(
        attempts=attempts, error=str(error)[:255], next_attempt_at=now + wait, claimed_at=None
    )
    logger.warning(
        "E-mail %r to %s refused (attempt %d), tried again in %s: %s",
        kept.subject, kept.recipients, attempts, wait, error,
    )  # fmt: skip
    tell(email_refused, kept.reference, error=str(error))


def tell(signal, reference, **details):
    """A receiver's failure is logged: the e-mail's fate is settled whatever it does."""
    if not reference:
        return
    for receiver, result in signal.send_robust(sender=None, reference=reference, **details):
        if isinstance(result, Exception):
            logger.error("%s failed for %s: %s", receiver, reference, result, exc_info=result)


def send_pending(due_only=True, reference_prefix=""):
    """Sends what waits in the outbox (only what is due, unless told otherwise); returns (sent,
    still waiting)."""
    from .models import OutgoingEmail

    waiting = OutgoingEmail.objects.filter(reference__startswith=reference_prefix)
    due = waiting.filter(next_attempt_at__lte=timezone.now()) if due_only else waiting
    sent = 0
    for email_id in list(due.values_list("pk", flat=True)):
        sent += bool(send_one(email_id, due_only))
    return sent, waiting.count()


def as_data(message):
    """A Django EmailMessage as JSON-able data: what `as_message` rebuilds it from."""
    return {
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            {"content": str(content), "mimetype": mimetype}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [attachment_data(attachment) for attachment in message.attachments],
    }


def attachment_data(attachment):
    if isinstance(attachment, MIMEBase):  # a part built by hand, kept whole
        return {"mime": base64.b64encode(attachment.as_bytes()).decode()}
    filename, content, mimetype = attachment
    raw = content.encode() if isinstance(content, str) else content
    return {"filename": filename, "content": base64.b64encode(raw).decode(), "mimetype": mimetype}


def as_message(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[(part["content"], part["mimetype"]) for part in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(email.message_from_bytes(base64.b64decode(attachment["mime"]), _class=StoredPart))
        else:
            content = base64.b64decode(attachment["content"])
            message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


class StoredPart(MIMEBase):
    """A MIME part read back as it was stored: its own headers, none added."""

    def __init__(self, *args, **kwargs):
        Message.__init__(self, *args, **kwargs)
