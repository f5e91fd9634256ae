"""Money values: composing an exact amount from its parts, qualifier words and per-unit nouns.

Pure functions over the pieces the ``itnews_money`` component finds (numeral, scale word, ``e mezzo``,
minor units); the word lists live in ``pipeline/lexicons/money_qualifiers.json`` and ``money_units.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale

from pipeline.normalize.numbers import format_decimal

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound")


@dataclass(slots=True)
class MoneyValue:
    """A normalized amount of money, ready for ``doc._.itnews_money`` (see :meth:`as_extension`).

    Mutable on purpose: the component refines one value in place (range, qualifier, unit, inherited
    currency) instead of copying it at every step.
    """

    start: int
    end: int
    text: str
    amount: Decimal
    amount_max: Decimal | None = None
    currency: str | None = None
    currency_inferred: bool = False
    qualifier: str = "exact"
    unit: str | None = None
    #: Not exported: the currency noun as written (``corone``, ``centesimi``), and whether the amount
    #: omits its currency (``100 miliardi``) and waits for the article's context to give one.
    currency_word: str | None = None
    elided: bool = False

    def as_extension(self, mention_id: str) -> dict:
        """Plain-data dict of the extension contract; amounts as decimal strings.

        >>> MoneyValue(0, 5, "€ 2,5", Decimal("2.50"), currency="EUR").as_extension("M1")["amount"]
        '2.5'
        """
        return {
            "id": mention_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "amount": format_decimal(self.amount),
            "amount_max": format_decimal(self.amount_max) if self.amount_max is not None else None,
            "currency": self.currency,
            "currency_inferred": self.currency_inferred,
            "qualifier": self.qualifier,
            "unit": self.unit,
        }


def compose_amount(
    number: Decimal,
    scale: Decimal | None = None,
    plus_half: bool = False,
    fraction: Decimal = Decimal(1),
) -> Decimal:
    """Amount in major units from a numeral, its scale, ``e mezzo`` and the unit's fraction.

    >>> compose_amount(Decimal("1"), Decimal(10**9), plus_half=True)
    Decimal('1500000000')
    >>> compose_amount(Decimal("470"), fraction=Decimal("0.01"))
    Decimal('4.70')
    """
    scale = scale or Decimal(1)
    value = number * scale
    if plus_half:
        value += scale / 2
    value *= fraction
    return value


def add_minor_units(amount: Decimal, minor_number: Decimal, fraction: Decimal = Decimal("0.01")) -> Decimal:
    """Add ``15`` cents to ``15`` dollars (``15 dollari e 15 centesimi``).

    >>> add_minor_units(Decimal(15), Decimal(15))
    Decimal('15.15')
    """
    return amount + minor_number * fraction


@lru_cache(maxsize=1)
def qualifier_phrases() -> dict[str, str]:
    """Lower-case qualifier phrases (``circa``, ``più di``) mapped to their qualifier value."""
    raw = json.loads((LEXICONS / "money_qualifiers.json").read_text("utf-8"))
    return {
        phrase: qualifier
        for qualifier, phrases in raw.items()
        if qualifier in QUALIFIERS
        for phrase in phrases
    }


def qualifier_of(phrase: str | None) -> str:
    """Qualifier value of a phrase found before an amount; ``exact`` when there is none.

    >>> qualifier_of("Circa"), qualifier_of("più  di"), qualifier_of(None)
    ('approx', 'lower_bound', 'exact')
    """
    if not phrase:
        return "exact"
    return qualifier_phrases().get(" ".join(phrase.lower().split()), "exact")


@lru_cache(maxsize=1)
def unit_nouns() -> tuple[str, ...]:
    """Nouns an amount can be priced per (``azione``, ``barile``), longest first."""
    raw = json.loads((LEXICONS / "money_units.json").read_text("utf-8"))
    return tuple(sorted(raw["units"], key=len, reverse=True))


@lru_cache(maxsize=1)
def unit_adjectives() -> dict[str, str]:
    """Adjectives that price an amount per unit (``annui`` → ``anno``), written after it."""
    return json.loads((LEXICONS / "money_units.json").read_text("utf-8"))["adjectives"]


@lru_cache(maxsize=1)
def period_nouns_after_amount() -> tuple[str, ...]:
    """Words after ``di`` that keep a bare amount money (``1,6 mld di fine 2024``): CLDR months + data."""
    raw = json.loads((LEXICONS / "money_context.json").read_text("utf-8"))
    months = Locale("it").months["format"]["wide"].values()
    return tuple(raw["period_nouns"]) + tuple(month.lower() for month in months)


@lru_cache(maxsize=1)
def count_cues_before_amount() -> tuple[str, ...]:
    """Words before a bare scaled number that make it a count threshold (``quota 5 milioni``)."""
    return tuple(json.loads((LEXICONS / "money_context.json").read_text("utf-8"))["count_cues_before"])


@lru_cache(maxsize=1)
def counted_clitic_before() -> re.Pattern[str]:
    """A partitive "ne" and a plural participle right before a bare number: things counted ("ne ha
    venduti oltre 1,6 milioni")."""
    regex = json.loads((LEXICONS / "money_context.json").read_text("utf-8"))["counted_clitic_before"]
    return re.compile(regex, re.IGNORECASE)


@lru_cache(maxsize=1)
def money_nouns_before_amount() -> tuple[str, ...]:
    """Nouns of an amount just before a bare scaled number (``ricavi per 5,8 miliardi``)."""
    return tuple(json.loads((LEXICONS / "money_context.json").read_text("utf-8"))["money_nouns_before"])


@lru_cache(maxsize=1)
def change_verbs_before_amount() -> str:
    """Regex of the verbs that make ``da X a Y`` a change of one value rather than a range."""
    return str(json.loads((LEXICONS / "money_context.json").read_text("utf-8"))["change_verbs_before"])


@lru_cache(maxsize=1)
def nothing_before_amount() -> str:
    """Regex of the negations that make a single unit written as an article (``non ne vede un euro``)
    the idiom for nothing at all."""
    return str(json.loads((LEXICONS / "money_context.json").read_text("utf-8"))["nothing_before"])
