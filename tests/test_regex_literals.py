"""The strings a cue's regular expression cannot match without, which let the terms component skip it on
clauses holding none of them: checked on invented patterns and on every cue of the package's lexicon."""

from __future__ import annotations

import re

import pytest

from pipeline.normalize.regex_literals import required_literals
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
