"""Words a regular expression cannot match without: a cheap test before running it.

``required_literals(pattern)`` reads the parsed pattern and returns a set of lower-case strings such that
every match contains one of them (None when it finds no such set of at least ``MIN_LENGTH`` letters).
Lookarounds are left out (they test text outside the match), and so are optional and repeated-from-zero
parts. Only runs of word characters are collected, so a text whose other characters were blanked out
(spaces written over a look-alike) still holds the strings of every match it has.

>>> sorted(required_literals(re.compile(r"\\b(?:firmat|siglat)[oaie]\\b", re.IGNORECASE)))
['firmat', 'siglat']
>>> required_literals(re.compile(r"\\bè\\s+\\w+")) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: Shortest string worth testing for (shorter ones are in almost every clause).
MIN_LENGTH = 3

#: The repeat operators (possessive ones since Python 3.11).
_REPEATS = {
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", None),
}


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (lower case) one of which every match of ``pattern`` contains; None when unknown."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled already
        return None
    found = _sequence(list(parsed))
    return frozenset(found) if found else None


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective required set of a sequence of parsed items."""
    candidates: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is sre_constants.LITERAL and chr(value).isalnum():
            run += chr(value).lower()
            continue
        if len(run) >= MIN_LENGTH:
            candidates.append({run})
        run = ""
        inner = _item(op, value)
        if inner:
            candidates.append(inner)
    if len(run) >= MIN_LENGTH:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda options: min(len(option) for option in options))


def _item(op: Any, value: Any) -> set[str] | None:
    """The required set of one parsed item that is no plain letter."""
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is sre_constants.BRANCH:
        branches = [_sequence(list(branch)) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]))
    return None


class GatedSearch:
    """``pattern.search`` over a window, skipped when the window holds none of the pattern's required
    literals: one substring test per literal instead of a regex attempt at every position of the window.

    >>> gate = GatedSearch(re.compile(r"\\bricavi\\s+per\\s+$", re.IGNORECASE))
    >>> gate.search("I Ricavi per ", 0, 13) is not None, gate.search("utili per ", 0, 10)
    (True, None)
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals = required_literals(pattern)
        self.literals = None if literals is None else frozenset(literal.casefold() for literal in literals)

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False when ``text[pos:endpos]`` holds none of the required literals (no match can be there)."""
        if self.literals is None:
            return True
        window = text[pos:endpos].casefold()  # folds at least what IGNORECASE equates ('ſ' and 's')
        return any(literal in window for literal in self.literals)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Like ``pattern.search(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, end) if self.may_match(text, pos, end) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Like ``pattern.finditer(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        return self.pattern.finditer(text, pos, end) if self.may_match(text, pos, end) else iter(())


@lru_cache(maxsize=128)
def gated(pattern: re.Pattern[str]) -> GatedSearch:
    """The :class:`GatedSearch` of a compiled pattern (built once per pattern)."""
    return GatedSearch(pattern)
