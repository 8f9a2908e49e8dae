"""Telling a centre that a message has arrived. The message is stored first; its notification then
leaves by the outbox (core/mail.py), sent by the task worker, so nothing the visitor sent depends
on the mail server. The outbox reports back when it was sent (`notified_at`) or refused
(`notification_error`), and `send_pending_notifications` (cron) catches up on any message whose
notification was never queued.

The e-mail says only that a message is waiting, where and when, with the link to it in the
admin: what a person wrote about a child stays behind the admin's sign-in (and its second
factor), out of mailboxes and mail servers."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.mail import email_refused, email_sent, queue, send_pending
from core.models import OutgoingEmail

from .models import ContactSubmission

logger = logging.getLogger(__name__)
NO_ADDRESS = (
    "no address: set one on the contact form, the centre (or the site footer), or CONTACT_FALLBACK_EMAIL"
)
# The outbox row's reference for a message's notification: "contact-message:<id>".
REFERENCE_PREFIX = "contact-message:"


def recipients(submission):
    """The form's own addresses, else the centre's (or the network's), else the fallback address."""
    return submission.page.specific.recipients()


def notification(submission, to):
    """That a message waits, for whom, since when and where to read it; nothing the visitor typed."""
    page = submission.page.specific
    center = submission.center.title if submission.center else page.title
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "contact_messages:inspect", args=[submission.pk]
    )
    language = dict(settings.LANGUAGES).get(submission.language, submission.language)
    received = date_format(timezone.localtime(submission.submit_time), "DATETIME_FORMAT")
    body = "\n".join(
        [
            _("A new message to %(center)s arrived through the website.") % {"center": center},
            _("Received: %(time)s. Language: %(language)s.") % {"time": received, "language": language},
            "",
            _("Read it and see all messages in the admin: %(url)s") % {"url": admin_url},
            "",
            _(
                "What the person wrote is not sent by e-mail, to keep it private: it is only in the "
                "admin, after signing in."
            ),
        ]
    )
    subject = page.subject or _("New message from the website: %(center)s") % {"center": center}
    return EmailMessage(subject, body, page.from_address or settings.DEFAULT_FROM_EMAIL, to)


def announce(submission):
    """Queues the centre's notification about one message; True once queued. Never raises: the
    message is stored whatever happens here, and a failure is logged and kept on it for staff."""
    to = recipients(submission)
    if not to:  # a setting to fill in, not a crash: no traceback
        logger.warning("Notification for contact message %s not queued: no address", submission.pk)
        return keep_pending(submission, NO_ADDRESS)
    try:
        # The centre's staff read Bulgarian, whatever language the visitor wrote in.
        with translation.override(settings.LANGUAGE_CODE):
            message = notification(submission, to)
        # Before queueing: with the immediate backend the outbox sends at once and records the
        # outcome on the message itself.
        keep_pending(submission, "")
        queue(message, reference=f"{REFERENCE_PREFIX}{submission.pk}")
    except Exception as error:  # the message must stay pending, never lost with the e-mail
        logger.warning(
            "Notification for contact message %s not queued: %s", submission.pk, error, exc_info=True
        )
        return keep_pending(submission, str(error))
    return True


def keep_pending(submission, reason):
    ContactSubmission.objects.filter(pk=submission.pk).update(notification_error=reason[:255])
    return False


def submission_id(reference):
    if reference.startswith(REFERENCE_PREFIX):
        return int(reference.removeprefix(REFERENCE_PREFIX))
    return None


@receiver(email_sent)
def record_sent(sender, reference, **kwargs):
    if (pk := submission_id(reference)) is not None:
        ContactSubmission.objects.filter(pk=pk).update(notified_at=timezone.now(), notification_error="")


@receiver(email_refused)
def record_refused(sender, reference, error, **kwargs):
    if (pk := submission_id(reference)) is not None:
        ContactSubmission.objects.filter(pk=pk).update(notification_error=error[:255])


def send_pending_notifications():
    """Queues the notification of every message that has none waiting (no address then, or the
    process stopped between storing and queueing), then sends every one waiting, due or not.
    Returns (sent, still waiting)."""
    queued = {
        submission_id(reference)
        for reference in OutgoingEmail.objects.filter(reference__startswith=REFERENCE_PREFIX).values_list(
            "reference", flat=True
        )
    }
    pending = ContactSubmission.objects.pending().exclude(pk__in=queued).select_related("page", "center")
    not_queued = sum(not announce(submission) for submission in pending.order_by("submit_time"))
    sent, waiting = send_pending(due_only=False, reference_prefix=REFERENCE_PREFIX)
    return sent, waiting + not_queued
