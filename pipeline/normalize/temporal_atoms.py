"""Handlers turning one regex match (see :mod:`temporal_patterns`) into a :class:`Temporal`.

A handler returns None to reject a match that the regex alone cannot rule out (an impossible day,
an abbreviation without context). ``reference`` is the publication date or None; relative
expressions without it keep TIMEX ``X`` placeholders and ``relative=True``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import lru_cache

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.temporal_lexicon import alternation, fold, lexicon, number_value
from pipeline.normalize.temporal_model import Temporal

Handler = Callable[[re.Match, date | None], "Temporal | None"]
HANDLERS: dict[str, Handler] = {}
#: Patterns whose handler reads the case of the text: their matches are taken on the original text, the
#: others' on the lower-cased one (see :func:`temporal_anchors.anchored_matches`).
CASED: set[str] = set()

_DURATION_PART = re.compile(
    rf"""(?:(?P<num>\d+(?:[.,]\d+)?|[^\W\d_]+['’`´]?)\s*-?\s*)?(?P<unit>{alternation(lexicon().units)})(?!\w)
        (?P<half>\s+e\s+mezz[oa])?""",
    re.IGNORECASE | re.VERBOSE,
)
#: Characters before a match searched for its cue word ("fino a ", "entro "): a bounded window keeps
#: long texts linear.
CUE_WINDOW = 30
_CUE_BEFORE_ABBREVIATION = re.compile(r"(?:\b(?:a|ad|entro|fino\s+a)\s+)$", re.I)


def handler(name: str, *, cased: bool = False) -> Callable[[Handler], Handler]:
    """Register the handler of pattern ``name``; ``cased`` when it reads the case of the text."""

    def register(function: Handler) -> Handler:
        HANDLERS[name] = function
        if cased:
            CASED.add(name)
        return function

    return register


def _span(match: re.Match) -> tuple[int, int]:
    start = match.start()
    if "lead" in match.re.groupindex and match.group("lead"):
        start = match.end("lead")
    return start, match.end()


@lru_cache(maxsize=4096)
def _int(text: str | None) -> int | None:
    if not text:
        return None
    if fold(text).rstrip(".°º") == "primo":
        return 1
    value = number_value(text.rstrip(".°º"))
    return int(value) if value is not None and value == int(value) else None


def _year(text: str | None, reference: date | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'’`´")
    if digits.isdigit() and len(digits) == 2:
        return tv.two_digit_year(int(digits), reference)
    return _int(text)


def _named_or_relative_month(match: re.Match, reference: date | None) -> tuple[int | None, int | None]:
    """(year, month) of a ``mon`` group ("di marzo") or a relative-month group ``rm`` ("del mese
    prossimo"); (None, None) when the month is relative and there is no reference date."""
    if match["mon"]:
        month_number = lexicon().month_number(match["mon"])
        return (tv.resolve_partial_month(month_number, reference) if reference else None), month_number
    if reference is not None:
        shifted = tv.add_months(reference.replace(day=1), _shift_words(match["rm"]) or 0)
        return shifted.year, shifted.month
    return None, None


def _shift_words(text: str | None) -> int | None:
    if not text:
        return None
    words = fold(text).split()
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            found = lexicon().shift_of(" ".join(words[index : index + size]))
            if found is not None:
                return found
    if fold(text).startswith("quest'"):
        return 0
    return None


def _calendar(match: re.Match, granularity: str, year=None, month=None, day=None, **extra) -> Temporal:
    start, end = _span(match)
    return Temporal(start, end, "date", granularity, year, month, day, **extra)


def _valid_day(month: int | None, day: int | None) -> bool:
    if day is None or not 1 <= day <= 31:
        return False
    return month is None or (
        1 <= month <= 12 and day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    )


def duration_amounts(text: str) -> dict[str, Decimal] | None:
    """Parse a duration phrase into ``{designator: amount}``: '1 anno 1 mese e 21 giorni' -> Y, M, D.

    >>> duration_amounts("due ore e mezza")
    {'TH': Decimal('2.5')}
    """
    lex = lexicon()
    folded = fold(text)
    if re.fullmatch(r"mezz'?\s*ora", folded):
        return {"TH": Decimal("0.5")}
    folded = re.sub(r"\bun'\s*ora", "1 ora", folded)
    folded = re.sub(r"\bun quarto d'\s*ora", "15 minuti", folded)
    amounts: dict[str, Decimal] = {}
    for part in _DURATION_PART.finditer(folded):
        unit = lex.unit(part.group("unit"))
        if unit is None:
            continue
        number = part.group("num")
        amount = Decimal(1) if number is None else number_value(number)
        if amount is None:
            continue
        if part.group("half"):
            amount += Decimal("0.5")
        designator, multiplier = unit
        amounts[designator] = amounts.get(designator, Decimal(0)) + amount * multiplier
    return amounts or None


def _duration_from_text(text: str) -> tuple[dict[str, Decimal], bool] | None:
    parsed = _parsed_duration(text)
    return None if parsed is None else (dict(parsed[0]), parsed[1])


@lru_cache(maxsize=4096)
def _parsed_duration(text: str) -> tuple[dict[str, Decimal], bool] | None:
    """Memoized: news repeat their lengths ('tre anni', '12 mesi'); callers get a copy of the amounts."""
    vague = any(word in lexicon().vague_quantities for word in fold(text).split())
    amounts = duration_amounts(re.sub(r"[\d.,]+(?=[^\W\d_])", lambda m: m.group(0) + " ", text))
    return (amounts, vague) if amounts else None


def _vague_iso(amounts: dict[str, Decimal]) -> str:
    unit = next(iter(amounts))
    return "PT" + "X" + unit[1] if unit.startswith("T") else "PX" + unit


def _register_handlers() -> None:
    """Import the handler modules, whose ``@handler`` decorators fill :data:`HANDLERS`."""
    from pipeline.normalize import (  # noqa: F401
        temporal_atoms_calendar,
        temporal_atoms_lengths,
        temporal_atoms_relative,
    )


_register_handlers()
