"""The admin's password reset, throttled: without a limit, anyone can make the site send an
editor's inbox (or anyone's) a reset e-mail as often as they like.

Over the limit the person sees the same page as always, "if the account exists, an e-mail is on
its way", and no e-mail goes; the site logs a warning. That page is all Django ever says, so that
nobody learns whether an address has an account; a page saying "too many requests" would leak no
account either (both limits count every request, whoever it names), but it would need Wagtail's
view replaced, and it would tell a flooder when to move to another address. Someone honest who
asks again and again waits an hour, or asks an administrator.
"""

import hashlib
import logging

from django.conf import settings
from wagtail.admin.forms.auth import PasswordResetForm

from .protection import client_address, count, over_limit, rate_limit_key

logger = logging.getLogger(__name__)


def reset_limits(request, email):
    """The counters a reset request counts against, with their limits: its client's and its
    e-mail address's (kept as a digest: the cache need not hold anyone's address)."""
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    return [
        (
            rate_limit_key("password-reset", client_address(request) or "unknown"),
            settings.PASSWORD_RESET_LIMIT_PER_ADDRESS,
        ),
        (rate_limit_key("password-reset-email", digest), settings.PASSWORD_RESET_LIMIT_PER_EMAIL),
    ]


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM), sending nothing over the limits."""

    def save(self, *args, request=None, **kwargs):
        limits = reset_limits(request, self.cleaned_data["email"])
        if any(over_limit(key, limit) for key, limit in limits):
            logger.warning(
                "Password reset asked too often (from %s, or for one e-mail address): no e-mail sent.",
                client_address(request),
            )
            return
        for key, _limit in limits:
            count(key, settings.PASSWORD_RESET_LIMIT_SECONDS)
        super().save(*args, request=request, **kwargs)
