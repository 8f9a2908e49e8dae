"""The Donate page's payment code as a banking app meets it: the code on the screen, at 320, 375
and 1280 px, scans, whole, and carries the very transfer the page writes out, in the character
set its header declares.

zbar reads the page's own screenshots with `--raw -Sbinary`: the symbol's bytes as they are,
with no guess at their character set. Without -Sbinary zbar (like zxing) guesses the encoding
and converts, which hides the bug a bank app that trusts line 3 shows as garbage."""

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from .support import sample_url

WIDTHS = {
    "320": {"width": 320, "height": 640},
    "375": {"width": 375, "height": 812},
    "1280": {"width": 1280, "height": 900},
}
# No choice (the general purpose) and a campaign with an amount in cents: the Bulgarian
# reference is Cyrillic and the beneficiary is in both alphabets in either language.
CHOICES = {"none": "", "campaign": "?purpose=keep-pernik-open&amount=12,50"}
LABELS = {
    "bg": {"name": "Получател", "bic": "BIC", "amount": "Сума", "reference": "Основание за плащане"},
    "en": {"name": "Beneficiary", "bic": "BIC", "amount": "Amount", "reference": "Payment reference"},
}
# Smallest width at which a phone's camera reads the code from a screen at arm's length.
SMALLEST_CODE = 240

# Each fact of the transfer as the page shows it: the text beside its label.
SHOWN_DETAILS = """() => Object.fromEntries([...document.querySelectorAll(".transfer__details dt")].map((dt) => {
    const dd = dt.nextElementSibling;
    const value = dd.querySelector("[data-copy]") || dd;
    return [dt.textContent.trim(), value.textContent.trim()];
}))"""


@pytest.fixture(scope="module")
def zbarimg():
    path = shutil.which("zbarimg")
    if path is None:
        pytest.fail("No zbarimg: run `make browser` (apt-get install zbar-tools).")
    return path


def decode(zbarimg, image):
    """The bytes of the one code zbar finds in the PNG file, exactly as the symbol holds them."""
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sbinary", str(image)], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"zbar finds no code in {image}"
    return result.stdout


def euro_amount(shown, language):
    """The amount line EPC069-12 asks for (“EUR12.5”) from the amount as the page writes it:
    “12,50 €” in Bulgarian, “€12.50” in English."""
    number = re.sub(r"[^\d,.]", "", shown)
    number = number.replace(",", ".") if language == "bg" else number.replace(",", "")
    return "EUR" + f"{Decimal(number):.2f}".rstrip("0").rstrip(".")


def shown_transfer(page, language):
    """The payload a banking app should read, built from what the page shows, line by line."""
    labels = LABELS[language]
    details = page.evaluate(SHOWN_DETAILS)
    amount = details.get(labels["amount"])
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        details.get(labels["bic"], ""),
        details[labels["name"]],
        details["IBAN"].replace(" ", ""),
        euro_amount(amount, language) if amount else "",
        "CHAR",
        "",
        details[labels["reference"]],
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("choice", CHOICES)
@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_code_on_the_page_scans_and_holds_the_shown_transfer_in_utf8(
    browser, site_url, artifacts_dir, zbarimg, width, language, choice
):
    viewport = WIDTHS[width]
    context = browser.new_context(viewport=viewport, base_url=site_url)
    page = context.new_page()
    try:
        assert page.goto(sample_url("giving.DonatePage", language) + CHOICES[choice]).status == 200
        code = page.locator(".qr__image")
        code.scroll_into_view_if_needed()
        box = code.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], f"the code sticks out: {box}"
        assert box["width"] >= SMALLEST_CODE, f"the code is {box['width']} px wide, too small to scan"
        expected = shown_transfer(page, language)
        name = f"donate-qr-{language}-{choice}-{width}"
        # The code alone, and the screen around it: a code cut by its own box or by the
        # screen's edge fails one or the other.
        code.screenshot(path=artifacts_dir / f"{name}-code.png")
        page.screenshot(path=artifacts_dir / f"{name}-screen.png")
        for image in (f"{name}-code.png", f"{name}-screen.png"):
            raw = decode(zbarimg, artifacts_dir / image)
            try:
                text = raw.decode("utf-8", errors="strict")
            except UnicodeDecodeError as error:
                pytest.fail(f"{image}: line 3 says UTF-8, but the bytes are not UTF-8 ({error}): {raw!r}")
            lines = text.split("\n")
            assert (lines[0], lines[2]) == ("BCD", "1"), f"{image}: not an EPC code in UTF-8: {text!r}"
            assert text == expected, f"{image}: the code does not hold what the page shows"
    finally:
        context.close()


@pytest.mark.parametrize("choice", CHOICES)
@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_donate_page_does_not_scroll_sideways_at_320px(browser, site_url, language, choice):
    context = browser.new_context(viewport=WIDTHS["320"], base_url=site_url)
    page = context.new_page()
    try:
        assert page.goto(sample_url("giving.DonatePage", language) + CHOICES[choice]).status == 200
        page.locator(".copy-button").first.wait_for()  # the copy buttons take room too
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()
