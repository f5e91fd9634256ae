"""Numerals as exact Decimals: digit notations, scale words, Italian number words (text2num)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.normalize.numbers import (
    detect_notation,
    format_decimal,
    parse_number_word,
    parse_numeral,
    scale_value,
)

ITALIAN_NOTATION = [
    ("1.234.567,89", "1234567.89"),
    ("2,5", "2.5"),
    ("94.000", "94000"),
    ("12.345", "12345"),
    ("1,500", "1.500"),  # a single comma is the Italian decimal point
    ("0,45", "0.45"),
    ("12345,6", "12345.6"),
    ("1\u00a0000\u00a0000", "1000000"),
]

ENGLISH_NOTATION = [
    ("1,234,567.89", "1234567.89"),
    ("1,234.5", "1234.5"),
    ("6.2", "6.2"),
    ("1,500", "1500"),  # a single comma before three digits groups thousands in English text
    ("1.500", "1.500"),
]

NOT_NUMERALS = ["1.23.4", "12,34,567", "1,2,3", "abc", "", "1.", ",5", "1.234,5.6"]


@pytest.mark.parametrize(("text", "value"), ITALIAN_NOTATION)
def test_italian_notation(text, value):
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize(("text", "value"), ENGLISH_NOTATION)
def test_english_notation(text, value):
    assert parse_numeral(text, notation="en") == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_malformed_numerals(text):
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "notation"),
    [
        ("ricavi per 1.234,5 milioni e 2.000.000 di utenti", "it"),
        ("revenue of $1,234.5 million", "en"),
        ("1,234,567 shares", "en"),
        ("prezzo di 1,500 euro", "it"),  # ambiguous alone: Italian
        ("1,234.5 e 1.234,5", "it"),  # contradictory evidence: Italian
    ],
)
def test_document_notation(text, notation):
    assert detect_notation(text) == notation


@pytest.mark.parametrize(
    ("word", "value"),
    [("quattordici", 14), ("duecentomila", 200000), ("quarantacinque", 45), ("uno", 1), ("un", 1),
     ("mille", 1000), ("ventitré", 23), ("cinque", 5)],
)
def test_number_words(word, value):
    assert parse_number_word(word) == Decimal(value)


@pytest.mark.parametrize("word", ["azienda", "euro", "mezzo", "milioni"])
def test_words_that_are_not_numbers(word):
    assert parse_number_word(word) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [("mila", 10**3), ("k", 10**3), ("milioni", 10**6), ("mln", 10**6), ("mil.", 10**6), ("Miliardi", 10**9),
     ("mld", 10**9), ("mrd", 10**9), ("mdl", 10**9), ("bn", 10**9)],
)
def test_scale_words(word, value):
    assert scale_value(word) == Decimal(value)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("14E9"), "14000000000"), (Decimal("8.40"), "8.4"), (Decimal("0.0120"), "0.012"),
     (Decimal(0), "0")],
)
def test_format_decimal(value, text):
    assert format_decimal(value) == text
