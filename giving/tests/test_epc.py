"""The EPC QR payload (EPC069-12) line by line, and the amounts a visitor may type."""

from decimal import Decimal

import segno.helpers
from django.test import SimpleTestCase

from giving import epc


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

    def test_payload_matches_segnos_own_epc_builder(self):
        """A second, independent implementation of the standard agrees byte for byte."""
        ours = epc.payload(
            name="Сдружение", iban="BG80BNBG96611020345678", amount=Decimal("25"), remittance="Дарение"
        )
        theirs = segno.helpers._make_epc_qr_data(
            "Сдружение",
            "BG80BNBG96611020345678",
            Decimal("25"),
            text="Дарение",
            purpose="CHAR",
            encoding="utf-8",
        )
        self.assertEqual(ours.encode("utf-8"), theirs)

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
