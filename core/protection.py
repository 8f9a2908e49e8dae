"""What every public form shares: one honeypot, a per-address rate limit for each form, and
spreadsheet-safe cells. `core.forms_flow.submit` puts the first two in their order."""

import datetime
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The control characters an XLSX cell cannot hold (openpyxl raises IllegalCharacterError on them);
# tab, newline and carriage return are allowed.
ILLEGAL_CELL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXPORT_TIME_FORMAT = "%d.%m.%Y %H:%M:%S"


# A name a bot expects to fill in; people never see the field.
HONEYPOT = "website"


class HoneypotInput(forms.TextInput):
    """Out of the keyboard's way and the browser's autofill, and never showing back what a bot
    typed in it."""

    def __init__(self, attrs=None):
        super().__init__({"tabindex": "-1", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        return None


class HoneypotField(forms.CharField):
    """The bot trap: `includes/form_field.html` hides it from people (and from screen readers)."""

    is_honeypot = True
    widget = HoneypotInput

    def __init__(self, **kwargs):
        super().__init__(required=False, label=_("Leave this field empty"), **kwargs)


class HoneypotMixin:
    """Puts the honeypot in a form (a Django form or a Wagtail form builder's), last."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = HoneypotField()

    def is_bot(self):
        return bool(self.data.get(HONEYPOT))


def client_address(request):
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limit_key(request, scope):
    return f"rate:{scope}:{client_address(request)}"


def over_rate_limit(request, scope):
    """True once this address has had as many submissions accepted by this form (`scope`) as the
    limit allows in the window. Asking counts nothing: see `count_submission`."""
    limit, _seconds = settings.SUBMISSION_RATE_LIMIT
    return (cache.get(rate_limit_key(request, scope)) or 0) >= limit


def count_submission(request, scope):
    """Counts one accepted submission against the address's allowance for this form; the window
    starts with the first."""
    _limit, seconds = settings.SUBMISSION_RATE_LIMIT
    key = rate_limit_key(request, scope)
    if cache.add(key, 1, timeout=seconds):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)


def spreadsheet_safe(value):
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def printable(value):
    """Text without the control characters a spreadsheet cannot hold: whatever someone typed,
    an export never fails on it."""
    return ILLEGAL_CELL_CHARACTERS.sub("", value) if isinstance(value, str) else value


def local_naive(value):
    """The network's local time (Europe/Sofia) to the second, as a spreadsheet shows it."""
    if timezone.is_aware(value):
        value = timezone.make_naive(value, timezone.get_default_timezone())
    return value.replace(microsecond=0)


class SafeExportMixin:
    """For Wagtail's spreadsheet export views (CSV and XLSX): Wagtail guards XLSX cells against
    formulas but writes CSV cells as they are, writes times in UTC with microseconds, and lets
    openpyxl fail on a control character in stored text."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = local_naive(value)
            return value if export_format == self.FORMAT_XLSX else value.strftime(EXPORT_TIME_FORMAT)
        return printable(super().preprocess_field_value(field, value, export_format))

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: spreadsheet_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
