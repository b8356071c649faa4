"""German number formats, independent of the active language and the process locale."""
from decimal import Decimal

import pytest
from django.utils import translation

from tickers.templatetags.ticker_format import euro, euro_spoken, percent_spoken, signed_percent, trend

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "value, expected",
    [
        (Decimal("87412.5"), "87.412,50"),
        (Decimal("87412.50000000"), "87.412,50"),
        (Decimal("1234567.891"), "1.234.567,89"),
        (1000, "1.000,00"),
        (Decimal("999.995"), "1.000,00"),  # half up, carried into the thousands
        (Decimal("2.675"), "2,68"),
        (2.675, "2,68"),  # a float is taken as written, not as 2.67499999…
        (74.93, "74,93"),
        (Decimal("0.05"), "0,05"),
        (Decimal("0.005"), "0,005"),  # would be 0,00: keep significant digits
        (Decimal("0.0000123456"), "0,00001235"),
        (Decimal("0.00000000001"), "0,00"),  # below what the DB stores
        (0, "0,00"),
        (Decimal("-1234.5"), "−1.234,50"),
    ],
)
def test_euro(value, expected):
    assert euro(value) == f"{expected}{NBSP}€"
    assert euro_spoken(value) == f"{expected} Euro"


@pytest.mark.parametrize("value", [None, "", "abc", Decimal("NaN"), float("inf"), True])
def test_non_numbers_render_empty(value):
    assert euro(value) == signed_percent(value) == percent_spoken(value) == ""


@pytest.mark.parametrize(
    "value, shown, spoken, css",
    [
        (Decimal("2.1375"), "+2,14", "plus 2,14 Prozent", "is-up"),
        (Decimal("-1.4021"), "−1,40", "minus 1,40 Prozent", "is-down"),
        (Decimal("0.0518"), "+0,05", "plus 0,05 Prozent", "is-up"),
        (Decimal("0.005"), "+0,01", "plus 0,01 Prozent", "is-up"),
        (Decimal("-0.005"), "−0,01", "minus 0,01 Prozent", "is-down"),
        (Decimal("0.004"), "0,00", "0,00 Prozent", "is-flat"),
        (Decimal("-0.004"), "0,00", "0,00 Prozent", "is-flat"),  # never "−0,00"
        (0, "0,00", "0,00 Prozent", "is-flat"),
        (Decimal("1234.5"), "+1.234,50", "plus 1.234,50 Prozent", "is-up"),
        (-12.5, "−12,50", "minus 12,50 Prozent", "is-down"),
    ],
)
def test_percent(value, shown, spoken, css):
    assert signed_percent(value) == f"{shown}{NBSP}%"
    assert percent_spoken(value) == spoken
    assert trend(value) == css


def test_format_does_not_follow_the_active_language():
    with translation.override("en"):
        assert euro(Decimal("87412.5")) == f"87.412,50{NBSP}€"
        assert signed_percent(Decimal("-1.4")) == f"−1,40{NBSP}%"
