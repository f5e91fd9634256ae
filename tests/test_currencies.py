"""Currency words, symbols and codes resolved to ISO 4217 from CLDR (Babel) plus press variants."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pipeline.normalize.currencies import currency_lexicon, italian_plural, phrase_trie_pattern


@pytest.fixture(scope="module")
def lexicon():
    return currency_lexicon()


CLDR_NAMES = [
    ("dollaro statunitense", "USD"), ("dollari statunitensi", "USD"), ("sterline britanniche", "GBP"),
    ("yen giapponesi", "JPY"), ("franchi svizzeri", "CHF"), ("dollari australiani", "AUD"),
    ("dollari di Hong Kong", "HKD"), ("corone svedesi", "SEK"), ("euro", "EUR"), ("markka finlandese", "FIM"),
    ("fiorini olandesi", "NLG"),  # plural built by italian_plural: CLDR has none for historic currencies
]

PRESS_VARIANTS = [
    ("dollari Usa", "USD"), ("dollari americani", "USD"), ("renminbi", "CNY"), ("marchi finlandesi", "FIM"),
    ("pesetas", "ESP"), ("sterline inglesi", "GBP"),
]

BARE_NOUNS = [
    ("dollari", "USD"), ("dollaro", "USD"), ("sterline", "GBP"), ("yen", "JPY"), ("yuan", "CNY"),
    ("rubli", "RUB"), ("lire", "ITL"), ("franchi", None), ("corone", None), ("pesos", None),
]

SYMBOLS = [
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("HK$", "HKD"), ("hk $", "HKD"), ("c $", "CAD"),
    ("US$", "USD"), ("us $", "USD"), ("A$", "AUD"), ("usd$", "USD"), ("MXN$", "MXN"), ("nzd$", "NZD"),
    ("₹", "INR"),
]


@pytest.mark.parametrize(("name", "code"), CLDR_NAMES)
def test_cldr_names(lexicon, name, code):
    assert lexicon.name(name).code == code


@pytest.mark.parametrize(("name", "code"), PRESS_VARIANTS)
def test_press_variants(lexicon, name, code):
    assert lexicon.name(name).code == code


@pytest.mark.parametrize(("name", "code"), BARE_NOUNS)
def test_bare_nouns(lexicon, name, code):
    assert lexicon.name(name).code == code


@pytest.mark.parametrize(("symbol", "code"), SYMBOLS)
def test_symbols(lexicon, symbol, code):
    assert lexicon.symbol(symbol) == code


@pytest.mark.parametrize(
    ("name", "code", "fraction"),
    [("centesimi", None, "0.01"), ("cent", None, "0.01"), ("pence", "GBP", "0.01"), ("penny", "GBP", "0.01")],
)
def test_minor_units(lexicon, name, code, fraction):
    unit = lexicon.name(name)
    assert (unit.code, unit.fraction, unit.is_minor) == (code, Decimal(fraction), True)


@pytest.mark.parametrize(
    ("noun", "context", "code"),
    [
        ("corone", "Il gruppo danese ha chiuso l'anno", "DKK"),
        ("corone", "La banca centrale svedese", "SEK"),
        ("franchi", "La società svizzera", "CHF"),
        ("corone", "Tra l'azienda svedese e quella danese", None),
        ("corone", "Nessuna nazionalità", None),
    ],
)
def test_ambiguous_noun_from_nationality(lexicon, noun, context, code):
    assert lexicon.code_from_context(noun, context) == code


def test_iso_codes(lexicon):
    assert lexicon.code("EUR") == "EUR"
    assert lexicon.code("eur") == "EUR"  # major currencies also in lower case
    assert lexicon.code("top") is None  # TOP (paʻanga) only in capitals: "top" is a word
    assert lexicon.code("XAU") is None  # metals and funds are not money in news


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("fiorino olandese", "fiorini olandesi"), ("marco tedesco", "marchi tedeschi"),
     ("peseta spagnola", "pesete spagnole"), ("lira italiana", "lire italiane"),
     ("dollaro di Hong Kong", "dollari di Hong Kong"), ("yen", "yen"), ("euro", "euro")],
)
def test_italian_plural(singular, plural):
    assert italian_plural(singular) == plural


def test_trie_pattern_prefers_the_longest_phrase():
    trie = phrase_trie_pattern(["dollari", "dollari usa", "dollaro"])
    pattern = re.compile(rf"(?:{trie})\b", re.IGNORECASE)
    assert pattern.match("dollari Usa in contanti").group() == "dollari Usa"
    assert pattern.match("dollari in contanti").group() == "dollari"
