"""What every public form shares: a per-address rate limit and spreadsheet-safe cells."""

from django.conf import settings
from django.core.cache import cache

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


class SafeCsvExportMixin:
    """For Wagtail's spreadsheet export views: Wagtail guards XLSX cells against formulas but
    writes CSV cells as they are."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: spreadsheet_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
