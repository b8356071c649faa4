"""German number and time formats for the ticker, independent of the process locale."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.utils import timezone

register = template.Library()

MINUS = "\u2212"  # a real minus sign, not a hyphen
NBSP = "\u00a0"


def _decimal(value):
    """Decimal for numbers (floats via their shortest repr), None for anything else."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() else None


def _round(number, places):
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _german(number, places):
    """1234.5 -> "1.234,50" (already rounded to `places`), with a real minus sign."""
    text = f"{abs(number):,.{places}f}".translate(str.maketrans(",.", ".,"))
    return MINUS + text if number < 0 else text


def _price(number):
    """Two decimals; prices that would show as 0,00 keep four significant digits."""
    if number == 0 or abs(number) >= Decimal("0.01"):
        return _german(_round(number, 2), 2)
    places = min(8, 3 - number.adjusted())
    rounded = _round(number, places).normalize()
    return _german(rounded, max(2, -rounded.as_tuple().exponent))


@register.filter
def euro(value):
    """87412.5 -> "87.412,50 €" (no-break space before the sign)."""
    number = _decimal(value)
    return "" if number is None else f"{_price(number)}{NBSP}€"


@register.filter
def euro_spoken(value):
    """87412.5 -> "87.412,50 Euro", for screen readers."""
    number = _decimal(value)
    return "" if number is None else f"{_price(number)} Euro"


def _percent(value):
    number = _decimal(value)
    return None if number is None else _round(number, 2)


@register.filter
def signed_percent(value):
    """2.1375 -> "+2,14 %", -1.4 -> "−1,40 %", values that round to 0 -> "0,00 %"."""
    number = _percent(value)
    if number is None:
        return ""
    sign = "+" if number > 0 else ""
    return f"{sign}{_german(number, 2)}{NBSP}%"


@register.filter
def percent_spoken(value):
    """2.1375 -> "plus 2,14 Prozent", for screen readers."""
    number = _percent(value)
    if number is None:
        return ""
    word = "plus " if number > 0 else "minus " if number < 0 else ""
    return f"{word}{_german(abs(number), 2)} Prozent"


@register.filter
def trend(value):
    """CSS class for a change, matching what signed_percent shows."""
    number = _percent(value)
    if not number:
        return "is-flat"
    return "is-up" if number > 0 else "is-down"


@register.filter
def as_of(value):
    """A timestamp in local time: "14:05" today, "24.11., 14:05" on other days
    (with the year if it is not this year)."""
    if value is None:
        return "unbekannt"
    local = timezone.localtime(value)
    today = timezone.localdate()
    if local.date() == today:
        return f"{local:%H:%M}"
    day = f"{local:%d.%m.}" if local.year == today.year else f"{local:%d.%m.%Y}"
    return f"{day}, {local:%H:%M}"
