"""The EPC QR payload (EPC069-12) line by line and as segno's own EPC code holds it, and the
amounts a visitor may type."""

import re
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import segno.helpers
from django.test import SimpleTestCase

from giving import epc


def scanned(code):
    """The bytes zbar reads from the code saved as PNG, exactly as the symbol holds them: -Sbinary
    takes them as they are, with no guess at their character set."""
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        raise AssertionError("No zbarimg: run `make browser` (apt-get install zbar-tools).")
    with tempfile.TemporaryDirectory() as folder:
        image = Path(folder) / "code.png"
        code.save(image, scale=4)
        result = subprocess.run(
            [zbarimg, "--quiet", "--raw", "--oneshot", "-Sbinary", str(image)],
            capture_output=True,
            timeout=60,
            check=False,
        )
    if result.returncode != 0:
        raise AssertionError(f"zbar finds no code in segno's PNG: {result.stderr!r}")
    return result.stdout


class PayloadTests(SimpleTestCase):
    def test_payload_follows_the_standard_line_by_line(self):
        data = epc.payload(
            name="Сдружение Пример",
            iban="BG80BNBG96611020345678",
            bic="ABCDBGSF",
            amount=Decimal("25.50"),
            remittance="Дарение ЦОП Перник",
        )
        self.assertEqual(
            data.split("\n"),
            [
                "BCD",  # service tag
                "002",  # version
                "1",  # character set: UTF-8
                "SCT",  # SEPA credit transfer
                "ABCDBGSF",  # BIC
                "Сдружение Пример",  # beneficiary
                "BG80BNBG96611020345678",  # IBAN
                "EUR25.5",  # amount
                "CHAR",  # purpose: charity payment
                "",  # structured creditor reference: not used
                "Дарение ЦОП Перник",  # unstructured remittance text
            ],
        )

    def test_payload_is_what_segnos_own_epc_builder_puts_in_its_code(self):
        """A second, independent implementation of the standard agrees byte for byte: segno's
        public make_epc_qr draws its code, zbar reads the bytes back, and they are ours."""
        transfers = [
            {
                "name": "Сдружение",
                "iban": "BG80BNBG96611020345678",
                "amount": Decimal("25"),
                "text": "Дарение",
            },
            {
                "name": "Сдружение Пример",
                "iban": "BG80BNBG96611020345678",
                "bic": "ABCDBGSF",
                "amount": Decimal("12.50"),
                "text": "Дарение ЦОП Перник",
            },
        ]
        for transfer in transfers:
            with self.subTest(transfer=transfer["name"]):
                ours = epc.payload(
                    name=transfer["name"],
                    iban=transfer["iban"],
                    bic=transfer.get("bic", ""),
                    amount=transfer["amount"],
                    remittance=transfer["text"],
                )
                theirs = segno.helpers.make_epc_qr(**transfer, purpose="CHAR", encoding="utf-8")
                self.assertEqual(scanned(theirs), ours.encode("utf-8"))

    def test_without_an_amount_the_amount_line_is_empty(self):
        data = epc.payload(name="X", iban="BG80BNBG96611020345678", remittance="Дарение")
        self.assertEqual(data.split("\n")[7], "")
        self.assertEqual(data.split("\n")[4], "")  # no BIC: optional in version 002

    def test_long_names_and_texts_are_cut_to_the_standards_limits(self):
        lines = epc.payload(name="N" * 80, iban="BG80BNBG96611020345678", remittance="T" * 200).split("\n")
        self.assertEqual((len(lines[5]), len(lines[10])), (70, 140))

    def test_a_long_cyrillic_name_and_text_keep_the_payload_within_331_bytes(self):
        data = epc.payload(
            name="Я" * 70, iban="BG80BNBG96611020345678", amount=Decimal("25"), remittance="Д" * 140
        )
        self.assertLessEqual(len(data.encode("utf-8")), 331)
        lines = data.split("\n")
        self.assertEqual((lines[5], lines[6], lines[7]), ("Я" * 70, "BG80BNBG96611020345678", "EUR25"))
        self.assertTrue(lines[10].startswith("ДДД"))  # the text is shortened, not dropped

    def test_svg_is_inline_and_free_of_style_attributes(self):
        svg = epc.svg("BCD\n002\n1\nSCT")
        self.assertTrue(svg.startswith("<svg"))
        self.assertNotIn("style=", svg)
        self.assertNotIn("<?xml", svg)


class SymbolTests(SimpleTestCase):
    """The SVG a visitor's screen draws: whole at any width, and in the bytes line 3 declares."""

    DATA = epc.payload(
        name="Сдружение Пример", iban="BG80BNBG96611020345678", remittance="Дарение ЦОП Перник"
    )

    def root(self, svg):
        return re.match(r"<svg([^>]*)>", svg).group(1)

    def side(self, svg):
        """The symbol's side in modules, quiet zone included, from a square "0 0 N N" viewBox."""
        match = re.search(r'viewBox="0 0 (\d+) (\d+)"', self.root(svg))
        self.assertIsNotNone(match, "no viewBox: the code cannot scale, CSS crops it instead")
        self.assertEqual(match.group(1), match.group(2))
        return int(match.group(1))

    def test_the_svg_scales_to_its_box_instead_of_being_cropped(self):
        svg = epc.svg(self.DATA)
        self.side(svg)
        self.assertNotRegex(self.root(svg), r"\b(width|height)=", "a fixed size is cut off by a smaller box")

    def test_the_quiet_zone_is_four_white_modules_on_every_side(self):
        svg = epc.svg(self.DATA)
        side = self.side(svg)
        self.assertIn(f'<path fill="#fff" d="M0 0h{side}v{side}h-{side}z"/>', svg)  # white under it all
        dark = re.search(r'<path stroke="#000" d="M(\d+) (\d+)\.5', svg)
        self.assertEqual(dark.groups(), ("4", "4"))  # the first dark module's row and column
        self.assertEqual((side - 8 - 17) % 4, 0)  # what is left is a QR symbol of 4·v + 17 modules

    def test_the_symbol_holds_the_payload_as_utf8_bytes(self):
        """Bytes go into the symbol as they are, so the text must give the same symbol as its
        own UTF-8 bytes: any other encoding (segno's own choice is Shift_JIS) gives another."""
        self.assertEqual(epc.svg(self.DATA), epc.svg(self.DATA.encode("utf-8")))

    def test_the_longest_payload_fits_qr_version_13_as_the_standard_allows(self):
        data = epc.payload(
            name="Я" * 70, iban="BG80BNBG96611020345678", amount=Decimal("25"), remittance="Д" * 140
        )
        version = (self.side(epc.svg(data)) - 8 - 17) // 4
        self.assertLessEqual(version, 13)


class AmountTests(SimpleTestCase):
    def test_amounts_as_people_type_them(self):
        for typed, expected in {"25": "25.00", "12,50": "12.50", "12.5": "12.50", " 25 € ": "25.00"}.items():
            with self.subTest(typed=typed):
                self.assertEqual(epc.parse_amount(typed), (Decimal(expected), None))

    def test_empty_is_no_amount_and_no_error(self):
        self.assertEqual(epc.parse_amount(""), (None, None))

    def test_bad_amounts_give_no_amount_and_a_reason(self):
        cases = {
            "-5": epc.AMOUNT_NOT_POSITIVE,
            "0": epc.AMOUNT_NOT_POSITIVE,
            "abc": epc.AMOUNT_NOT_A_NUMBER,
            "NaN": epc.AMOUNT_NOT_A_NUMBER,
            "Infinity": epc.AMOUNT_NOT_A_NUMBER,
            "1000000000": epc.AMOUNT_TOO_LARGE,
            "9" * 400: epc.AMOUNT_TOO_LARGE,
            "10.555": epc.AMOUNT_TOO_MANY_DECIMALS,
        }
        for typed, error in cases.items():
            with self.subTest(typed=typed[:20]):
                self.assertEqual(epc.parse_amount(typed), (None, error))
