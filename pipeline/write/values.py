"""Conversions between record values and table cells (Arrow and CSV)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pyarrow as pa

#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = " | "
_SCALE = Decimal(1).scaleb(-6)


def arrow_decimal(value: Decimal | None) -> Decimal | None:
    """A Decimal that fits ``decimal128(38, 6)`` (more than 6 decimals are rounded half-even)."""
    if value is None:
        return None
    return value if value.as_tuple().exponent >= -6 else value.quantize(_SCALE)


def plain_decimal(value: Decimal) -> str:
    """Decimal digits with no exponent and no trailing zeros: ``14000000000``, ``0.34``.

    >>> plain_decimal(Decimal("1.4E+10")), plain_decimal(Decimal("0.340000"))
    ('14000000000', '0.34')
    """
    text = format(value.normalize(), "f")
    return text


def neutralize_formula(text: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with a quote (OWASP advice).

    >>> neutralize_formula("=HYPERLINK(1)"), neutralize_formula("Enel")
    ("'=HYPERLINK(1)", 'Enel')
    """
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_cell(value: Any, field_type: pa.DataType) -> str:
    """The CSV text of one value of a column of type ``field_type``."""
    if value is None:
        return ""
    if pa.types.is_boolean(field_type):
        return "true" if value else "false"
    if pa.types.is_decimal(field_type):
        return plain_decimal(Decimal(value))
    if pa.types.is_date(field_type):
        return value.isoformat() if isinstance(value, date) else str(value)
    if pa.types.is_integer(field_type):
        return str(int(value))
    if pa.types.is_floating(field_type):
        return repr(float(value))
    if pa.types.is_list(field_type):
        return neutralize_formula(LIST_SEPARATOR.join(str(v) for v in value))
    return neutralize_formula(str(value))


def parse_csv_cell(text: str, field_type: pa.DataType) -> Any:
    """The value of a CSV cell written by :func:`csv_cell` (the inverse, up to formula quotes)."""
    if text == "":
        return [] if pa.types.is_list(field_type) else None
    if pa.types.is_boolean(field_type):
        return text == "true"
    if pa.types.is_decimal(field_type):
        return Decimal(text)
    if pa.types.is_date(field_type):
        return date.fromisoformat(text)
    if pa.types.is_integer(field_type):
        return int(text)
    if pa.types.is_floating(field_type):
        return float(text)
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        text = text[1:]
    if pa.types.is_list(field_type):
        return text.split(LIST_SEPARATOR)
    return text
