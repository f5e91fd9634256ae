"""The strings a cue's regular expression cannot match without, which let the terms component skip it on
clauses holding none of them: checked on invented patterns and on every cue of the package's lexicon."""

from __future__ import annotations

import re

import pytest

from pipeline.normalize.regex_literals import GatedSearch, gated, required_literals
from pipeline.normalize.terms_lexicon import load_term_lexicon


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:firmat|siglat)[oaie]\b", {"firmat", "siglat"}),
        (r"\b(?:ha|hanno)\s+(?:\w+\s+)?disdett[oaie]\b", {"disdett"}),
        (r"\btrattativ[ae]\b|\bnegoziat[oi]\b", {"trattativ", "negoziat"}),
        (r"\b[Ss]econdo\s+fonti\b", {"econdo"}),  # of two runs, the longer
        (r"(?<!non\s)\bscadut[oa]\b", {"scadut"}),  # a lookbehind tests text outside the match
    ],
)
def test_strings_every_match_holds(pattern: str, literals: set[str]) -> None:
    found = required_literals(re.compile(pattern, re.IGNORECASE))
    assert found == literals


@pytest.mark.parametrize("pattern", [r"\bè\b", r"\b(?:ex|se)\b", r"(?:firmato)?\s+\w+"])
def test_no_strings_when_a_match_may_hold_none(pattern: str) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) is None


def test_every_cue_match_holds_one_of_its_strings() -> None:
    texts = [
        "L'accordo è stato firmato ieri, ma la trattativa sull'esclusiva è saltata e il contratto è scaduto.",
        "Secondo indiscrezioni, non è escluso che la società abbia disdetto il patto: nessuna penale.",
        "Il closing è atteso entro giugno, subordinato al via libera dell'Antitrust; l'intesa resta.",
    ]
    for cue in load_term_lexicon().cues:
        if cue.literals is None:
            continue
        for text in texts:
            for match in cue.regex.finditer(text):
                assert any(literal in match.group().lower() for literal in cue.literals), (cue.regex, match)


GATED_TEXTS = [
    "Ricavi per 1,9 miliardi, ma il fatturato per area è salito.",
    "RICAVI PER 12 MILIONI",
    "Nessuna parola utile qui... anzi sì: utile",
    "Una ſmentita con la s lunga, che IGNORECASE legge come una s.",
    "",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:ricavi|fatturato)\s+per\b",
        r"\butil[ei]\b",
        r"\bsmentit[aoie]\b",
        r"\bè\b",  # no required string: every window is searched
    ],
)
def test_gated_search_finds_what_the_pattern_finds(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    gate = gated(compiled)
    for text in GATED_TEXTS:
        for start in range(0, len(text) + 1, 7):
            for end in (start, start + 12, len(text)):
                found, expected = gate.search(text, start, end), compiled.search(text, start, end)
                assert (found and found.span()) == (expected and expected.span()), (pattern, text, start, end)
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_gated_search_skips_a_window_without_its_strings() -> None:
    gate = GatedSearch(re.compile(r"\bricavi\s+per\b", re.IGNORECASE))
    assert gate.literals == {"ricavi"}
    assert not gate.may_match("il fatturato per area", 0, None)
    assert gate.may_match("i RICAVI per area", 0, None)
    assert gated(gate.pattern) is gated(gate.pattern)
