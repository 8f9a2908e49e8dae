"""The EPC QR code (EPC069-12, “Quick Response Code: guidelines to enable data capture for the
initiation of a SEPA credit transfer”), which European banking apps scan to fill in a transfer."""

import hashlib
import logging
from decimal import Decimal, InvalidOperation

import segno
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# The standard's limits: amounts from 0.01 to 999999999.99 euro, a name of 70 characters,
# an unstructured remittance text of 140, and a payload of at most 331 bytes.
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
NAME_LENGTH = 70
REMITTANCE_LENGTH = 140
PAYLOAD_BYTES = 331
# ISO 20022 purpose code for a charity payment: the donor's bank can file it as a donation.
PURPOSE_CHARITY = "CHAR"

# Drawing a code takes 10–18 ms, a third of the Donate page (issue 14). A code is a pure function of its
# payload, so a cached one never goes stale; the timeout only frees the room taken by amounts
# typed once. The key names the drawing (this module's version of it and segno's), so a change to
# either draws every code again instead of serving the old look.
SVG_CACHE_TIMEOUT = 24 * 60 * 60
SVG_CACHE_PREFIX = f"giving:epc-svg:1:segno-{segno.__version__}:"

AMOUNT_NOT_A_NUMBER = _("The amount should be a number of euros, for example 25 or 12.50.")
AMOUNT_NOT_POSITIVE = _("The amount should be more than zero.")
AMOUNT_TOO_MANY_DECIMALS = _("The amount can have at most two digits after the decimal point (cents).")
AMOUNT_TOO_LARGE = _("The amount is too large for a transfer code. Please enter a smaller amount.")


def parse_amount(raw):
    """(amount, error) from what a visitor typed: "25", "12.50", "12,50" or "25 €". An empty
    value is no amount and no error; a bad one gives no amount and a message to show."""
    text = (raw or "").strip().replace("€", "").replace("EUR", "").replace(" ", "").replace(",", ".")
    if not text:
        return None, None
    if len(text) > 20:  # longer than any amount the standard allows
        return None, AMOUNT_TOO_LARGE
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None, AMOUNT_NOT_A_NUMBER
    if not amount.is_finite():
        return None, AMOUNT_NOT_A_NUMBER
    if amount < MIN_AMOUNT:
        return None, AMOUNT_NOT_POSITIVE
    if amount > MAX_AMOUNT:
        return None, AMOUNT_TOO_LARGE
    if amount != amount.quantize(Decimal("0.01")):
        return None, AMOUNT_TOO_MANY_DECIMALS
    return amount.quantize(Decimal("0.01")), None


def format_amount(amount):
    """“EUR25”, “EUR12.5”: euro, a point for decimals, no trailing zeros (the standard's examples)."""
    return f"EUR{amount:.2f}".rstrip("0").rstrip(".") if amount else ""


def payload(*, name, iban, bic="", amount=None, remittance="", purpose=PURPOSE_CHARITY):
    """The QR code's text, one element a line, in the order EPC069-12 fixes (version 002, UTF-8):

    service tag, version, character set, identification, BIC (optional in version 002), name,
    IBAN, amount, purpose, structured reference (unused: we send text), remittance text.
    """
    remittance = remittance[:REMITTANCE_LENGTH]
    # Cyrillic takes two bytes a letter in UTF-8, so a long name and text can pass the standard's
    # 331 bytes while each is within its own limit: shorten the text, never the account details.
    while remittance and len(_join(name, iban, bic, amount, remittance, purpose).encode()) > PAYLOAD_BYTES:
        remittance = remittance[:-1]
    return _join(name, iban, bic, amount, remittance, purpose)


def _join(name, iban, bic, amount, remittance, purpose):
    lines = [
        "BCD",
        "002",
        "1",  # UTF-8, so Bulgarian names and references arrive as written
        "SCT",
        bic,
        name[:NAME_LENGTH],
        iban,
        format_amount(amount),
        purpose,
        "",
        remittance,
    ]
    return "\n".join(lines).rstrip("\n")  # the standard lets trailing empty elements go


def svg(data):
    """The code for this payload as inline SVG (see `draw_svg`), from the cache when it was drawn
    before. The key is a hash of the payload's bytes, which hold everything the code says (name,
    IBAN, BIC, amount, reference), so a changed account can never be served an old code.

    A cache that fails (Redis down) costs the drawing time, never the page: the code is drawn and
    the failure logged."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    key = SVG_CACHE_PREFIX + hashlib.sha256(raw).hexdigest()
    try:
        drawn = cache.get(key)
    except Exception:  # each backend raises its own client's errors (redis.ConnectionError, …)
        logger.warning("QR code cache unavailable, drawing the code", exc_info=True)
        return draw_svg(data)
    if drawn is None:
        drawn = draw_svg(data)
        try:
            cache.set(key, drawn, SVG_CACHE_TIMEOUT)
        except Exception:
            logger.warning("QR code cache unavailable, the code is not kept", exc_info=True)
    return drawn


def draw_svg(data):
    """The code as inline SVG that scales to its box: a viewBox in modules and no fixed size, so
    CSS sets its width and the whole symbol, with its quiet zone of 4 modules, is always drawn.

    Error correction is M, as the standard requires, and kept there: a higher level would make
    the code denser and harder to scan from a cheap phone's screen. The bytes are UTF-8, as line
    3 of the payload declares, and without an ECI marker (the standard relies on line 3 alone):
    left to itself, segno writes Cyrillic in Shift_JIS, which a bank app reads as garbage."""
    code = segno.make(data, error="m", encoding="utf-8", eci=False, micro=False, boost_error=False)
    return code.svg_inline(
        scale=1, border=4, omitsize=True, svgclass="qr__svg", lineclass=None, dark="#000", light="#fff"
    )
