"""What every public form shares: one honeypot, a per-address rate limit for each form, and
spreadsheet-safe cells. `core.forms_flow.submit` puts the first two in their order. The client's
address, which the limits and django-axes key on, is found here too."""

import datetime
import functools
import ipaddress
import logging
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

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


@functools.cache
def trusted_networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def parsed_address(text):
    """The address `text` names, or None when it names none (a port, a word, nothing)."""
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # An IPv4 client seen on a dual-stack socket: the same client as its IPv4 address.
    return getattr(address, "ipv4_mapped", None) or address


def is_trusted_proxy(address):
    return any(address in network for network in trusted_networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request):
    """The address of whoever sent the request, as a string, or None when there is none.

    Only a proxy in TRUSTED_PROXIES (the front server) is believed about who its client is: its
    `X-Forwarded-For` is read from the right, past the trusted proxies, and the first other
    address is the client. Anyone else can write that header, so from anyone else it is ignored
    and the connection's own address is the client. A list the proxy passed on that breaks off in
    something that is no address proves nothing about who is behind it: then the proxy itself
    stands for the client, which is what the site did before any proxy was trusted."""
    remote = parsed_address(request.META.get("REMOTE_ADDR", ""))
    if remote is None or not is_trusted_proxy(remote):
        return str(remote) if remote else None
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop = parsed_address(entry)
        if hop is None:
            if entry.strip():
                logger.info(
                    "X-Forwarded-For has %r, no address: the proxy stands for its client.", entry[:100]
                )
            break
        if not is_trusted_proxy(hop):
            return str(hop)
    return str(remote)


def rate_limit_key(scope, who):
    return f"rate:{scope}:{who}"


def over_limit(key, limit):
    return (cache.get(key) or 0) >= limit


def count(key, seconds):
    """One more against `key`; its window of `seconds` starts with the first."""
    if cache.add(key, 1, timeout=seconds):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)


def submission_key(request, scope):
    return rate_limit_key(scope, client_address(request) or "unknown")


def over_rate_limit(request, scope):
    """True once this address has had as many submissions accepted by this form (`scope`) as the
    limit allows in the window. Asking counts nothing: see `count_submission`."""
    limit, _seconds = settings.SUBMISSION_RATE_LIMIT
    return over_limit(submission_key(request, scope), limit)


def count_submission(request, scope):
    """Counts one accepted submission against the address's allowance for this form."""
    _limit, seconds = settings.SUBMISSION_RATE_LIMIT
    count(submission_key(request, scope), seconds)


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
