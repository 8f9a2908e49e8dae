"""Warns before the site takes real donations while the sample account is still configured."""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from .iban import SAMPLE_IBAN


@register(Tags.database)
def sample_account_in_production(app_configs=None, databases=None, **kwargs):
    """Runs with `migrate` and `check --database default` (Django runs database checks only when
    asked for a database): the account lives in the database, not in the settings files."""
    if settings.DEBUG or not databases:
        return []
    from .models import GivingSettings

    warnings = []
    for alias in databases:
        try:
            uses_sample = GivingSettings.objects.using(alias).filter(iban=SAMPLE_IBAN).exists()
        except DatabaseError:  # not migrated yet: there is no account to check
            continue
        if uses_sample:
            warnings.append(
                Warning(
                    "The Donate page shows the sample IBAN BG80 BNBG 9661 1020 3456 78, which is no one's account.",
                    hint="Set the organisation's real account in the admin: Settings → Giving.",
                    id="giving.W001",
                )
            )
    return warnings
