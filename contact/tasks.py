"""Telling a centre that a message has arrived. The message is already stored when this runs, so
a failure here is logged and recorded on the message, and `send_pending_notifications` (cron)
tries again; nothing the visitor sent depends on the mail server."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from core.mail import real_connection

from .models import ContactSubmission

logger = logging.getLogger(__name__)
NO_ADDRESS = (
    "no address: set one on the contact form, the centre (or the site footer), or CONTACT_FALLBACK_EMAIL"
)


def recipients(submission):
    """The form's own addresses, else the centre's (or the network's), else the fallback address."""
    return submission.page.specific.recipients()


def notification(submission, to):
    """A plain-text e-mail: what a person typed goes out as text, never as HTML."""
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
            submission.answers_text(),
            "",
            _("Read it and see all messages in the admin: %(url)s") % {"url": admin_url},
        ]
    )
    # The subject names only the centre: nothing the visitor typed goes into a mail header.
    subject = page.subject or _("New message from the website: %(center)s") % {"center": center}
    return EmailMessage(subject, body, page.from_address or settings.DEFAULT_FROM_EMAIL, to)


def send_notification(submission):
    """E-mails the centre about one message; True once sent. Never raises: a failure is logged
    and kept on the message for staff to see, and the message stays pending."""
    to = recipients(submission)
    if not to:  # a setting to fill in, not a crash: no traceback
        logger.warning("Notification for contact message %s not sent: no address", submission.pk)
        return keep_pending(submission, NO_ADDRESS)
    try:
        # The centre's staff read Bulgarian, whatever language the visitor wrote in. Sent straight
        # through the real backend: this message has its own retry and a status staff can see.
        with translation.override(settings.LANGUAGE_CODE):
            real_connection(fail_silently=False).send_messages([notification(submission, to)])
    except Exception as error:  # any mail failure must leave the message pending, not lost
        logger.warning(
            "Notification for contact message %s not sent: %s", submission.pk, error, exc_info=True
        )
        return keep_pending(submission, str(error))
    ContactSubmission.objects.filter(pk=submission.pk).update(
        notified_at=timezone.now(), notification_error=""
    )
    return True


def keep_pending(submission, reason):
    ContactSubmission.objects.filter(pk=submission.pk).update(notification_error=reason[:255])
    return False


@task()
def notify_center(submission_id):
    submission = ContactSubmission.objects.pending().filter(pk=submission_id).first()
    return send_notification(submission) if submission else True
