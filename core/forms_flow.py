"""How every public form takes a POST (the contact forms, the declaration), in one order: the bot
check, the rate limit, validation, storing in a transaction, and the notification once it has
been committed. The page decides only what to show for the outcome."""

from dataclasses import dataclass
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction

from .protection import count_submission, over_rate_limit

BOT, LIMITED, INVALID, STORED = "bot", "limited", "invalid", "stored"
STATUS_CODES = {LIMITED: 429, INVALID: 400}


@dataclass(frozen=True)
class Outcome:
    kind: str
    form: object
    stored: object = None

    @property
    def thanked(self):
        """A bot is thanked as a person is, so it learns nothing from the trap."""
        return self.kind in (BOT, STORED)

    @property
    def status_code(self):
        return STATUS_CODES.get(self.kind, 200)


def submit(request, form, *, scope, store, limited_message, notify=None):
    """Takes one POST of `form` (a form with `HoneypotMixin`).

    `scope` names the form for the rate limit (one counter per form and address); `store(form)`
    saves a valid form and returns what it saved, or raises ValidationError when the database
    refuses it (say, a unique constraint a simultaneous request won); `notify(stored)` runs once
    that is committed, so nobody is told of what a rollback undid and a slow mail server never
    delays the commit. A form coming back to the visitor keeps what they typed, with its errors.
    """
    if form.is_bot():
        return Outcome(BOT, form)
    # Asked before validating, so an address over its allowance stores nothing whatever it sends;
    # counted only once stored, so a visitor who fixes their mistakes is not locked out by them.
    if over_rate_limit(request, scope):
        form.add_error(None, limited_message)  # validates too: each field's problem shown as well
        return Outcome(LIMITED, form)
    if not form.is_valid():
        return Outcome(INVALID, form)
    try:
        with transaction.atomic():
            stored = store(form)
            if notify is not None:
                transaction.on_commit(partial(notify, stored))
    except ValidationError as refusal:
        form.add_error(None, refusal)
        return Outcome(INVALID, form)
    count_submission(request, scope)
    return Outcome(STORED, form, stored)
