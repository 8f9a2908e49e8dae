"""A small giving site for the tests: home, a Donate page in both languages, and the account."""

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
