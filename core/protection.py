"""What every public form shares: a per-address rate limit and spreadsheet-safe cells."""

import datetime
import re

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The control characters an XLSX cell cannot hold (openpyxl raises IllegalCharacterError on them);
# tab, newline and carriage return are allowed.
ILLEGAL_CELL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXPORT_TIME_FORMAT = "%d.%m.%Y %H:%M:%S"


def client_address(request):
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR", "unknown")


def over_rate_limit(request, scope):
    """Counts this submission; True once an address has sent more than the limit in the window."""
    limit, seconds = settings.SUBMISSION_RATE_LIMIT
    key = f"rate:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count > limit


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
