"""Cheap pre-filter: the patterns run only where a temporal *anchor* word or a number stands.

One light tokenizing scan finds the anchors (month and weekday names, units, relative words, digits);
each anchor class names the few patterns that can contain it, and those are tried with ``match``
at the anchor and at the starts of the few words before it (their leading cues: 'dal', 'nei prossimi').
Long texts thus cost one scan plus a handful of anchored attempts per anchor, instead of every
pattern scanning every character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.normalize.temporal_lexicon import fold, lexicon, strip_accents
from pipeline.normalize.temporal_patterns import compiled_patterns

#: Words before an anchor where a match may start ('per almeno altri cinque anni': 4 before 'anni').
LOOK_BACK_WORDS = 4
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NUMBER_WORD_START = re.compile(r"(?:mille|duemila|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
                                r"dodici|tredici|quattordici|quindici|sedici|dici|vent|trent|primo)", re.I)

#: Patterns worth trying around each class of anchor.
ANCHOR_PATTERNS: dict[str, tuple[str, ...]] = {
    "digit": ("numeric_ymd", "numeric_dmy", "numeric_dm", "numeric_ym", "bare_day", "day_range", "day_month",
              "month_day", "year", "quarter_code", "time", "duration", "offset", "running_period", "set",
              "ordinal_part", "decade", "weekday"),
    "month": ("day_month", "month_day", "month", "ordinal_part", "ordinal_weekday", "day_range"),
    "weekday": ("weekday", "week_weekday", "ordinal_weekday", "day_month", "month_day", "set"),
    "unit": ("duration", "offset", "running_period", "relative_unit", "edge_unit", "rest_of_unit", "whole_unit",
             "fraction_unit", "set", "ordinal_part", "weekend", "decade", "year", "week_weekday", "weekday",
             "ordinal_weekday", "month"),
    "relday": ("relative_day",),
    "season": ("season",),
    "set": ("set",),
    "time": ("time", "set"),
    "adjective": ("duration_adjective",),
    "edge": ("edge_unit", "rest_of_unit", "fraction_unit", "ordinal_part", "season"),
    "numword": ("bare_day", "year", "day_month", "decade", "duration", "offset", "running_period"),
}


@lru_cache(maxsize=1)
def anchor_words() -> dict[str, frozenset[str]]:
    """Lower-case word -> the anchor classes it belongs to."""
    lex = lexicon()
    table: dict[str, set[str]] = {}

    def add(words, anchor_class: str) -> None:
        for phrase in words:
            for word in re.findall(r"\w+", fold(phrase)):
                table.setdefault(word, set()).add(anchor_class)
                table.setdefault(strip_accents(word), set()).add(anchor_class)

    add(lex.months, "month")
    add(lex.month_abbreviations, "month")
    add(lex.weekdays, "weekday")
    add(lex.weekday_abbreviations, "weekday")
    add(lex.weekday_plurals, "weekday")
    add(list(lex.units) + ["mezzora", "mezz", "ora"], "unit")
    add([w for phrase in lex.relative_days for w in re.findall(r"\w+", phrase) if len(w) > 3], "relday")
    add(lex.seasons, "season")
    add(list(lex.set_adverbs) + ["ogni", "tutti", "tutte", "volta"], "set")
    add(list(lex.today_parts) + list(lex.day_parts) + ["alle", "dalle", "ore", "am", "pm"], "time")
    add(lex.day_parts, "set")
    add(lex.duration_adjectives, "adjective")
    add(list(lex.edges) + ["resto"], "edge")
    return {word: frozenset(classes) for word, classes in table.items()}


@lru_cache(maxsize=64)
def _patterns_for(classes: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = compiled_patterns()
    names = {name for anchor_class in classes for name in ANCHOR_PATTERNS[anchor_class]}
    return tuple((name, pattern) for name, pattern in compiled.items() if name in names)


def anchored_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every (pattern name, match) found by trying the anchored patterns at and just before each anchor."""
    words = anchor_words()
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    tried: set[tuple[str, int]] = set()
    for index, (start, token) in enumerate(tokens):
        lower = token.lower()
        classes = words.get(lower)
        if any(ch.isdigit() for ch in token):
            classes = (classes or frozenset()) | {"digit"}
        elif classes is None and _NUMBER_WORD_START.match(lower):
            classes = frozenset({"numword"})
        if not classes:
            continue
        patterns = _patterns_for(frozenset(classes))
        for back in range(max(0, index - LOOK_BACK_WORDS), index + 1):
            position = tokens[back][0]
            for name, pattern in patterns:
                if (name, position) in tried:
                    continue
                tried.add((name, position))
                match = pattern.match(text, position)
                if match and match.end() > match.start():
                    yield name, match
