"""Italian temporal vocabulary: CLDR month/weekday names (Babel) + ``lexicons/date_words.json``.

Builds, once, the regex alternations the patterns use and the lookups their handlers use.
Spelled-out numbers are spotted with the morpheme alternation and valued with text2num.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from babel.dates import get_day_names, get_month_names
from text_to_num import text2num

LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicons" / "date_words.json"
APOSTROPHES = "'’`´"
APOSTROPHES_TUPLE = tuple(APOSTROPHES)


_SPACES = re.compile(r"\s+")
_STRAIGHT_APOSTROPHES = str.maketrans({mark: "'" for mark in "’`´"})


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces, none after an elision, accents kept.

    >>> fold("L’  altro   ieri")
    "l'altro ieri"
    """
    folded = _SPACES.sub(" ", text.lower().translate(_STRAIGHT_APOSTROPHES)).strip()
    return folded.replace("' ", "'")


def strip_accents(text: str) -> str:
    """``lunedì`` -> ``lunedi``."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def phrase_regex(phrase: str) -> str:
    """A lexicon phrase as a regex: flexible spaces, any apostrophe, optional accents on final vowels."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s+")
        elif char == "'":
            parts.append(r"['’`´]\s*")
        elif char in "àèéìòù":
            parts.append(f"[{char}{strip_accents(char)}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(phrases) -> str:
    """Longest-first alternation of lexicon phrases, written as a prefix tree.

    ``tre|tredici|trenta`` becomes ``tr(?:e(?:dici)?|enta)``: the regex engine tests a shared prefix once
    instead of once per phrase, which makes failing at a position (most positions) several times cheaper.
    Longer continuations come before a phrase's end, so the longest phrase still wins.

    >>> alternation(["tre", "tredici", "trenta"])
    '(?:tre(?:dici|nta)?)'
    """
    tree: dict[str, dict] = {}
    for phrase in set(phrases):
        node = tree
        for char in phrase:
            node = node.setdefault(phrase_regex(char), {})
        node[""] = {}
    return f"(?:{_tree_regex(tree)})"


def _tree_regex(node: dict[str, dict]) -> str:
    branches = sorted(((atom, child) for atom, child in node.items() if atom), key=lambda b: -_depth(b[1]))
    parts = [atom + _tree_regex(child) for atom, child in branches]
    if not parts:
        return ""
    if "" in node:
        return "(?:" + "|".join(parts) + ")?"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _depth(node: dict[str, dict]) -> int:
    return max((1 + _depth(child) for atom, child in node.items() if atom), default=0)


class TemporalLexicon:
    """The loaded vocabulary; use :func:`lexicon` for the shared instance."""

    def __init__(self, path: Path = LEXICON_PATH) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.months: dict[str, int] = {}
        self.month_abbreviations: dict[str, int] = {}
        for number, name in get_month_names("wide", locale="it").items():
            self.months[name.lower()] = number
        for number, name in get_month_names("abbreviated", locale="it").items():
            self.month_abbreviations[name.lower()] = number
        for name, number in data["month_extra_abbreviations"].items():
            self.month_abbreviations[name] = number
        self.weekdays: dict[str, int] = {}
        for number, name in get_day_names("wide", locale="it").items():
            self.weekdays[name.lower()] = number
            self.weekdays[strip_accents(name.lower())] = number
        self.weekday_abbreviations = {
            name.lower(): number for number, name in get_day_names("abbreviated", locale="it").items()
        }
        self.weekday_plurals = {name: number - 1 for name, number in data["weekday_plurals"].items()}
        self.number_morphemes: list[str] = data["number_morphemes"]
        self.ordinals: dict[str, int] = data["ordinals"]
        self.vague_quantities: dict[str, int] = data["vague_quantities"]
        self.units: dict[str, tuple[str, int]] = {k: tuple(v) for k, v in data["units"].items()}
        self.duration_adjectives = {
            k: (tuple(v) if v else None) for k, v in data["duration_adjectives"].items()
        }
        self.relative_days: dict[str, int] = {fold(k): v for k, v in data["relative_days"].items()}
        self.relative_shifts: dict[str, int] = {fold(k): v for k, v in data["relative_shifts"].items()}
        self.seasons: dict[str, str] = data["seasons"]
        self.set_adverbs: dict[str, str] = data["set_adverbs"]
        self.day_parts: dict[str, str] = data["day_parts"]
        self.today_parts: dict[str, str] = {fold(k): v for k, v in data["today_parts"].items()}
        self.bound_cues: dict[str, list[str]] = data["bound_cues"]
        self.duration_modifiers: dict[str, str] = {fold(k): v for k, v in data["duration_modifiers"].items()}
        self.edges: dict[str, str] = data["edges"]

    # --- lookups -------------------------------------------------------------------------------------
    def month_number(self, word: str) -> int | None:
        """1-12 for a month name or abbreviation (trailing dot allowed)."""
        key = fold(word).rstrip(".")
        return self.months.get(key) or self.month_abbreviations.get(key)

    def weekday_number(self, word: str) -> int | None:
        """0 (Monday) - 6 for a weekday name, abbreviation or plural."""
        key = fold(word).rstrip(".")
        for table in (self.weekdays, self.weekday_abbreviations, self.weekday_plurals):
            if key in table:
                return table[key]
        return None

    def calendar_name(self, word: str) -> bool:
        """``word`` (lower case) is the full name of a month or a weekday (no abbreviation: "Mar")."""
        return word in self.months or word in self.weekdays

    def unit(self, word: str) -> tuple[str, int] | None:
        """(ISO designator, multiplier) for a unit word: 'decenni' -> ('Y', 10)."""
        return self.units.get(fold(word).rstrip("."))

    def shift_of(self, word: str) -> int | None:
        """-1 / 0 / +1 for 'scorso' / 'questo' / 'prossimo' and their variants."""
        return self.relative_shifts.get(fold(word))


@lru_cache(maxsize=1)
def lexicon() -> TemporalLexicon:
    """The shared vocabulary, loaded once."""
    return TemporalLexicon()


@lru_cache(maxsize=4096)
def number_value(text: str) -> Decimal | None:
    """Value of a number written in digits (Italian or dotted decimals) or words; None if not a number.

    >>> number_value("ventidue"), number_value("3,5"), number_value("un'")
    (Decimal('22'), Decimal('3.5'), Decimal('1'))
    """
    word = fold(text).rstrip("'").strip()
    if not word:
        return None
    if word[0].isdigit():
        try:
            return Decimal(word.replace(",", "."))
        except InvalidOperation:
            return None
    if word in lexicon().vague_quantities:
        return Decimal(lexicon().vague_quantities[word])
    for candidate in (word, word + "i", word + "a") if text.endswith(APOSTROPHES_TUPLE) else (word,):
        try:
            return Decimal(text2num(candidate, "it"))
        except ValueError:
            continue
    return None
