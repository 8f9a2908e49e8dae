"""IBAN and BIC checks, so a typo in the account cannot be published. schwifty does the checking
(formats, lengths and SEPA membership from the SWIFT IBAN registry, the ISO 7064 check digits,
ISO 9362 for BICs); this module turns each of its faults into a message the editor can act on, in
the editor's language (the Bulgarian is in giving/locale/)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from schwifty import BIC, IBAN, exceptions

# The IBAN registry's published example for Bulgaria. It is not anyone's account: the demo uses
# it so the Donate page works before the real account is set, and says so wherever it shows.
SAMPLE_IBAN = "BG80BNBG96611020345678"

# The EPC admitted these countries to the SEPA schemes in 2024-2025 (EPC409-09, "List of SEPA
# Scheme Countries"), but schwifty's copy of the IBAN registry does not mark them as SEPA yet.
# A test fails once it does, so the entry can be deleted.
JOINED_SEPA_AFTER_THE_REGISTRY = frozenset({"AL", "MD", "ME", "MK", "RS"})


def normalise_code(value):
    """Editors copy IBANs and BICs in groups of four and in any case: keep only the characters."""
    return "".join((value or "").split()).upper()


def group_iban(iban):
    """The IBAN in groups of four, the way it is printed and read aloud."""
    return IBAN(iban, allow_invalid=True).formatted


def validate_iban(value):
    iban = IBAN(normalise_code(value), allow_invalid=True)
    try:
        iban.validate()
    except exceptions.InvalidCountryCode:
        raise _not_sepa(iban.country_code) from None
    except exceptions.InvalidLength:
        raise ValidationError(
            _(
                "An IBAN from %(country)s has %(expected)d characters; this one has %(length)d. Please check it."
            ),
            code="iban_length",
            params={"country": iban.country_code, "expected": iban.spec.iban_length, "length": len(iban)},
        ) from None
    except exceptions.InvalidChecksumDigits:
        raise ValidationError(
            _(
                "This IBAN's check digits do not match: a character is probably mistyped. Please copy it again from the bank's document."
            ),
            code="iban_checksum",
        ) from None
    except exceptions.SchwiftyException:  # letters where digits belong, or a stray character
        raise ValidationError(
            _(
                "An IBAN is two letters for the country, two check digits and the account number written the way that country's banks write it, e.g. BG80 BNBG 9661 1020 3456 78. Please copy it again from the bank's document."
            ),
            code="iban_format",
        ) from None
    # The EPC QR code is for SEPA credit transfers only: an account outside SEPA could not be paid with it.
    if not (iban.in_sepa_zone or iban.country_code in JOINED_SEPA_AFTER_THE_REGISTRY):
        raise _not_sepa(iban.country_code)


def _not_sepa(country):
    return ValidationError(
        _("%(country)s is not a SEPA country, so donors could not pay this account by SEPA transfer."),
        code="iban_country",
        params={"country": country},
    )


def validate_bic(value):
    # SWIFT's own policy, stricter than ISO 9362: no digits in the four letters of the bank.
    bic = BIC(normalise_code(value), allow_invalid=True)
    try:
        bic.validate(enforce_swift_compliance=True)
    except exceptions.InvalidCountryCode:
        raise ValidationError(
            _(
                "%(country)s is not a country code, but the fifth and sixth characters of a BIC are the bank's country. Please check it."
            ),
            code="bic_country",
            params={"country": bic.country_code},
        ) from None
    except exceptions.SchwiftyException:
        raise ValidationError(
            _(
                "A BIC (SWIFT code) has 8 or 11 characters: four letters for the bank, two for the country, two for the place and, for a branch, three more."
            ),
            code="bic_format",
        ) from None
