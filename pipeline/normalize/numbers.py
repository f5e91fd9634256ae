"""Numerals as exact ``Decimal`` values: digit notation, scale words and Italian number words.

Italian writes ``1.234.567,89`` (dot groups, comma decimals); translated or financial text may use
the English ``1,234,567.89``. The notation of a numeral is decided by its separators and digit groups;
only a numeral with a single separator followed by exactly three digits (``1,234`` / ``1.234``) is
ambiguous, and it is read in the notation the caller prefers (Italian unless the document shows
unambiguous English numerals). Number words are read by text2num.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Literal

from text_to_num import text2num

Notation = Literal["it", "en"]

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

_GROUP_SEPARATORS = ".,'\u00a0\u202f\u2009"

#: Numerals whose notation is unambiguous: two different separators, or repeated groups.
_ENGLISH_EVIDENCE = re.compile(
    r"""
    (?<![\d.,])
    (?: \d{1,3} (?: ,\d{3} )+ \.\d+     # 1,234.56
      | \d{1,3} (?: ,\d{3} ){2,}        # 1,234,567
    )
    (?![\d,])
    """,
    re.VERBOSE,
)
_ITALIAN_EVIDENCE = re.compile(
    r"""
    (?<![\d.,])
    (?: \d{1,3} (?: \.\d{3} )+ ,\d+     # 1.234,56
      | \d{1,3} (?: \.\d{3} ){2,}       # 1.234.567
    )
    (?![\d.])
    """,
    re.VERBOSE,
)


def detect_notation(text: str) -> Notation:
    """Return ``"en"`` when ``text`` shows only unambiguous English-notation numerals, else ``"it"``.

    >>> detect_notation("revenue of $1,234.5 million")
    'en'
    >>> detect_notation("ricavi per 1.234,5 milioni")
    'it'
    """
    if _ENGLISH_EVIDENCE.search(text) and not _ITALIAN_EVIDENCE.search(text):
        return "en"
    return "it"


@lru_cache(maxsize=4096)
def parse_numeral(text: str, notation: Notation = "it") -> Decimal | None:
    """Read a digit numeral (``"1.234.567,89"``, ``"2,5"``, ``"1,234.5"``) as an exact Decimal.

    Returns ``None`` for strings that are not a well-formed numeral (bad digit groups, letters).

    >>> parse_numeral("1.234.567,89")
    Decimal('1234567.89')
    >>> parse_numeral("1,234,567.89")
    Decimal('1234567.89')
    >>> parse_numeral("94.000"), parse_numeral("2,75"), parse_numeral("6.2")
    (Decimal('94000'), Decimal('2.75'), Decimal('6.2'))
    >>> parse_numeral("1,500"), parse_numeral("1,500", notation="en")
    (Decimal('1.500'), Decimal('1500'))
    >>> parse_numeral("1.23.4") is None, parse_numeral("3 , 5")
    (True, Decimal('3.5'))
    """
    text = text.strip()
    if " , " in text or " . " in text:  # text with spaced punctuation: "3 , 5"
        text = text.replace(" ", "")
    if not text or not text[0].isdigit() or not text[-1].isdigit():
        return None
    separators = [(i, ch) for i, ch in enumerate(text) if not ch.isdigit()]
    if any(ch not in _GROUP_SEPARATORS for _, ch in separators):
        return None
    if not separators:
        return Decimal(text)
    kinds = {ch for _, ch in separators}
    last_index, last_sep = separators[-1]
    if len(kinds) == 1 and len(separators) == 1 and last_sep in ".,":
        decimal_sep = _single_separator_role(text, last_index, last_sep, notation)
    elif last_sep in ".," and text.count(last_sep) == 1 and len(kinds) > 1:
        decimal_sep = last_sep
    else:
        decimal_sep = None
    integer_part, fraction = (text[:last_index], text[last_index + 1 :]) if decimal_sep else (text, "")
    groups = re.split(r"[^\d]", integer_part)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    try:
        return Decimal("".join(groups) + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


def _single_separator_role(text: str, index: int, separator: str, notation: Notation) -> str | None:
    """Decide whether the only separator of a numeral is a decimal point (returned) or a group mark."""
    digits_after = len(text) - index - 1
    if digits_after != 3 or index > 3:
        return separator
    decimal_sep = "," if notation == "it" else "."
    return separator if separator == decimal_sep else None


@lru_cache(maxsize=4096)
def parse_number_word(word: str) -> Decimal | None:
    """Read one Italian number word (``"quattordici"``, ``"duecentomila"``) with text2num.

    >>> parse_number_word("duecentomila"), parse_number_word("quarantacinque")
    (Decimal('200000'), Decimal('45'))
    >>> parse_number_word("azienda") is None
    True
    """
    try:
        return Decimal(text2num(word.lower(), "it"))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=1)
def scale_words() -> dict[str, Decimal]:
    """Scale words and abbreviations (``milioni``, ``mld``, ``bn``...) mapped to their multiplier."""
    raw = json.loads((LEXICONS / "money_scales.json").read_text("utf-8"))
    return {word: Decimal(value) for word, value in raw.items() if not word.startswith("_")}


def scale_value(words: str) -> Decimal | None:
    """Multiplier of a scale word, or of compound ones (``mila miliardi``), ignoring case and dots.

    >>> scale_value("Miliardi"), scale_value("mln."), scale_value("mila miliardi"), scale_value("casa")
    (Decimal('1000000000'), Decimal('1000000'), Decimal('1000000000000'), None)
    """
    value = Decimal(1)
    for word in words.split():
        multiplier = scale_words().get(word.lower().rstrip("."))
        if multiplier is None:
            return None
        value *= multiplier
    return value


def format_decimal(value: Decimal) -> str:
    """Plain decimal string without exponent or trailing fractional zeros.

    >>> format_decimal(Decimal("14E9")), format_decimal(Decimal("8.40")), format_decimal(Decimal("0.0120"))
    ('14000000000', '8.4', '0.012')
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
