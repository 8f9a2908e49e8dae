"""IBAN and BIC checks (ISO 13616 and ISO 9362), so a typo in the account cannot be published."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The IBAN registry's published example for Bulgaria. It is not anyone's account: the demo uses
# it so the Donate page works before the real account is set, and says so wherever it shows.
SAMPLE_IBAN = "BG80BNBG96611020345678"

# IBAN length by country for the SEPA countries, from the SWIFT IBAN registry. The EPC QR code
# is for SEPA credit transfers only, so an account outside SEPA could not be paid with it.
IBAN_LENGTHS = {
    "AD": 24, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27,
    "MD": 24, "ME": 22, "MK": 19, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
    "RS": 22, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
}  # fmt: skip

BIC_PATTERN = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")


def normalise_code(value):
    """Editors copy IBANs and BICs in groups of four and in any case: keep only the characters."""
    return re.sub(r"\s+", "", value or "").upper()


def group_iban(iban):
    """The IBAN in groups of four, the way it is printed and read aloud."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def iban_checksum_ok(iban):
    """ISO 13616 (ISO 7064 mod 97-10): move the first four characters to the end, turn letters
    into numbers (A = 10 … Z = 35); a correct IBAN leaves a remainder of 1."""
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def validate_iban(value):
    iban = normalise_code(value)
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", iban):
        raise ValidationError(
            _(
                "An IBAN starts with two letters for the country and two check digits, e.g. BG80 BNBG 9661 1020 3456 78."
            ),
            code="iban_format",
        )
    country = iban[:2]
    if country not in IBAN_LENGTHS:
        raise ValidationError(
            _("%(country)s is not a SEPA country, so donors could not pay this account by SEPA transfer."),
            code="iban_country",
            params={"country": country},
        )
    if len(iban) != IBAN_LENGTHS[country]:
        raise ValidationError(
            _(
                "An IBAN from %(country)s has %(expected)d characters; this one has %(length)d. Please check it."
            ),
            code="iban_length",
            params={"country": country, "expected": IBAN_LENGTHS[country], "length": len(iban)},
        )
    if not iban_checksum_ok(iban):
        raise ValidationError(
            _(
                "This IBAN's check digits do not match: a character is probably mistyped. Please copy it again from the bank's document."
            ),
            code="iban_checksum",
        )


def validate_bic(value):
    if not BIC_PATTERN.match(normalise_code(value)):
        raise ValidationError(
            _(
                "A BIC (SWIFT code) has 8 or 11 characters: four letters for the bank, two for the country, two for the place and, for a branch, three more."
            ),
            code="bic_format",
        )
