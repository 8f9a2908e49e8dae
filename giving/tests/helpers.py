"""A small giving site for the tests: home, a Donate page in both languages, and the account;
and a cache that is down."""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from schwifty import IBAN
from wagtail.models import Locale, Site

from giving.iban import SAMPLE_IBAN
from giving.models import DonatePage, GivingSettings
from tests import builders

PURPOSES = [
    {"type": "purpose", "value": {"key": "general", "name": "Където е най-нужно", "reference": "Дарение"}},
    {
        "type": "purpose",
        "value": {"key": "pernik", "name": "SOS ЦОП Перник", "reference": "Дарение ЦОП Перник"},
    },
]


def real_looking_iban(country="BG", bban="TEST96611020345679"):
    """An IBAN with correct check digits that is not the sample (for tests only, never shown)."""
    return str(IBAN.from_bban(country, bban, allow_invalid=True))


def build_giving_site(iban=SAMPLE_IBAN, **details):
    tree = builders.build_site()
    donate = builders.publish(
        tree["home"],
        DonatePage(title="Дарете", slug="darete", intro="Вашият дар помага.", purposes=PURPOSES),
    )
    english = donate.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Donate"
    english.save_revision().publish()
    details.setdefault("beneficiary_name", "Сдружение Пример")
    settings = GivingSettings.objects.create(
        site=Site.objects.get(is_default_site=True), iban=iban, **details
    )
    return {**tree, "donate": donate, "donate_en": english, "settings": settings}


class BrokenCache(LocMemCache):
    """A cache whose server is down (Redis unreachable) for keys that start with OPTIONS["FAILING"]
    ("" for every key), for the operations in OPTIONS["OPERATIONS"] (get and set unless told).
    Other keys work, so Wagtail's own cached lookups (site root paths) still answer."""

    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS", {})
        self.failing = options.get("FAILING", "")
        self.operations = options.get("OPERATIONS", ("get", "set"))

    def fail(self, operation, key):
        if operation in self.operations and key.startswith(self.failing):
            raise ConnectionError("Error 111 connecting to redis:6379. Connection refused.")

    def get(self, key, default=None, version=None):
        self.fail("get", key)
        return super().get(key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.fail("set", key)
        return super().set(key, value, timeout, version)


def broken_cache(failing="", operations=("get", "set")):
    """CACHES for override_settings with `BrokenCache` as the default cache."""
    options = {"FAILING": failing, "OPERATIONS": operations}
    return {"default": {"BACKEND": "giving.tests.helpers.BrokenCache", "OPTIONS": options}}
