"""Euro amounts as each language writes them: “1 250,50 €” in Bulgarian, “€1,250.50” in English."""

from decimal import Decimal

from django.utils.numberformat import format as number_format
from django.utils.translation import get_language


def format_euro(amount, language=None):
    if amount is None:
        return ""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    if (language or get_language() or "bg").startswith("en"):
        number = number_format(amount, ".", places, grouping=3, thousand_sep=",", force_grouping=True)
        return f"€{number}"
    # Bulgarian groups thousands with a (non-breaking) space and writes the sign after the number.
    number = number_format(amount, ",", places, grouping=3, thousand_sep="\u00a0", force_grouping=True)
    return f"{number}\u00a0€"
