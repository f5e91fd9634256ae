"""Keep the cost of the terms component linear in the text: run the trigger ``Matcher`` only around tokens
that could belong to a trigger, and cut overlong sentences into bounded windows.

The spaCy ``Matcher`` tests every token against the first token of every pattern; with a hundred-odd
patterns, many of them regular expressions, a 100k-character chunk with no trigger in it costs seconds.
:class:`TriggerPrefilter` collects every token predicate of the patterns (lower-cased text, text,
lemma, their regular expressions and ``IN`` lists) and marks the tokens that satisfy at least one: a
match is made of such tokens and wildcards, so running the Matcher on the windows around marked tokens
(as wide as the longest pattern) finds exactly the matches of the whole Doc.

Text without sentence punctuation (a 1 MB line) makes one huge "sentence", and the per-sentence rules
(cues, clause cuts, organizations in the sentence) would scan it once per trigger;
:func:`bounded_sentences` cuts such a sentence into windows at punctuation, else at any token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

#: Token attributes the prefilter understands, and how to read them from a token.
_ATTRIBUTES = {"LOWER": "lower_", "TEXT": "text", "ORTH": "text", "LEMMA": "lemma_", "NORM": "norm_"}
#: Longest run of tokens a quantifier other than "?" and "{m,n}" may cover (treated as "no bound").
_UNBOUNDED = -1
_QUANTIFIER = re.compile(r"^\{(?P<low>\d*),(?P<high>\d+)\}$")


#: Common forms an anchor should not accept: the Italian stop words and numbers.
_COMMON_FORMS = tuple(sorted(STOP_WORDS)) + ("1", "12", "2025", "3,5", "%")


def _understood(token: dict[str, Any]) -> bool:
    """A required token whose predicates the prefilter can test (exact values, ``REGEX``, ``IN``)."""
    predicates = {key: value for key, value in token.items() if key != "OP"}
    if not predicates or token.get("OP") not in (None, "1", "+"):
        return False
    return all(
        key in _ATTRIBUTES
        and (isinstance(value, str) or (isinstance(value, dict) and value and set(value) <= {"REGEX", "IN"}))
        for key, value in predicates.items()
    )


def _accepts(token: dict[str, Any], form: str) -> bool:
    """Whether ``token`` could accept ``form`` (every predicate read on the form itself)."""
    for key, value in token.items():
        if key == "OP":
            continue
        probe = form.lower() if key == "LOWER" else form
        if isinstance(value, str):
            if probe != value:
                return False
        elif "REGEX" in value and re.search(value["REGEX"], probe) is None:
            return False
        elif "IN" in value and probe not in value["IN"]:
            return False
    return True


def _anchor(pattern: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The most selective required token of ``pattern`` (None when it has none the prefilter reads)."""
    required = [token for token in pattern if _understood(token)]
    if not required:
        return None
    return min(required, key=lambda token: sum(_accepts(token, form) for form in _COMMON_FORMS))


def _token_width(token: dict[str, Any]) -> int:
    """Most tokens one pattern token can match (``_UNBOUNDED`` for "+" and "*")."""
    op = token.get("OP")
    if op in (None, "?", "!", "1"):
        return 1
    bounded = _QUANTIFIER.match(str(op))
    if bounded:
        return int(bounded.group("high"))
    return _UNBOUNDED


class TriggerPrefilter:
    """One anchor token predicate per Matcher pattern, tested cheaply per token (cached per form).

    The anchor of a pattern is the required token (not optional, not a gap) that accepts the fewest
    common forms (Italian stop words, numbers): "soglia" rather than "la" or ``/\\w+/``. Every match
    of a pattern contains a token that satisfies its anchor."""

    def __init__(self, patterns: Iterable[Sequence[dict[str, Any]]]) -> None:
        self.exact: dict[str, set[str]] = {attribute: set() for attribute in _ATTRIBUTES}
        regexes: dict[str, list[str]] = {attribute: [] for attribute in _ATTRIBUTES}
        self.understood = True
        self.max_width = 1
        for pattern in patterns:
            width = 0
            for token in pattern:
                token_width = _token_width(token)
                width = -(10**9) if token_width == _UNBOUNDED else width + token_width
            if width < 0:
                self.understood = False
            self.max_width = max(self.max_width, width)
            anchor = _anchor(pattern)
            if anchor is None:
                self.understood = False
                continue
            for attribute, value in anchor.items():
                if isinstance(value, str):
                    self.exact[attribute].add(value)
                else:
                    if "REGEX" in value:
                        regexes[attribute].append(value["REGEX"])
                    self.exact[attribute].update(value.get("IN", []))
        self.regex = {
            attribute: re.compile("|".join(f"(?:{r})" for r in found)) if found else None
            for attribute, found in regexes.items()
        }
        self._cache: dict[tuple[str, str, str], bool] = {}

    def could_match(self, token: Token) -> bool:
        """Whether ``token`` satisfies at least one token predicate of the patterns."""
        key = (token.text, token.lemma_, token.norm_)
        known = self._cache.get(key)
        if known is None:
            known = any(
                self._attribute_hit(attribute, getattr(token, name))
                for attribute, name in _ATTRIBUTES.items()
            )
            if len(self._cache) < 200_000:
                self._cache[key] = known
        return known

    def _attribute_hit(self, attribute: str, value: str) -> bool:
        if value in self.exact[attribute]:
            return True
        regex = self.regex[attribute]
        return regex is not None and regex.search(value) is not None

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges (merged) around every token that could be part of a match; the whole Doc when
        some pattern is beyond what the prefilter understands."""
        if not self.understood:
            return [(0, len(doc))] if len(doc) else []
        margin = self.max_width
        ranges: list[tuple[int, int]] = []
        for token in doc:
            if not self.could_match(token):
                continue
            start, end = max(0, token.i - margin), min(len(doc), token.i + margin + 1)
            if ranges and start <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((start, end))
        return ranges


def match_in_windows(matcher: Matcher, prefilter: TriggerPrefilter, doc: Doc) -> list[tuple[int, int, int]]:
    """``matcher(doc)`` computed on the prefilter's windows only: (match_id, start, end) in Doc tokens."""
    found: set[tuple[int, int, int]] = set()
    for start, end in prefilter.windows(doc):
        for match_id, match_start, match_end in matcher(doc[start:end]):
            found.add((match_id, start + match_start, start + match_end))
    return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def bounded_sentences(doc: Doc, max_chars: int = 1500) -> list[Span]:
    """The sentences of ``doc`` (the whole Doc when it has no sentence boundaries), a sentence longer than
    ``max_chars`` cut into consecutive windows, each ending after the last punctuation token that keeps
    it under the bound (else after the last token that does)."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    bounded: list[Span] = []
    for sentence in sentences:
        if sentence.end_char - sentence.start_char <= max_chars:
            bounded.append(sentence)
            continue
        start = sentence.start
        while start < sentence.end:
            limit = doc[start].idx + max_chars
            end, cut = start + 1, None
            while end < sentence.end and doc[end].idx + len(doc[end]) <= limit:
                if doc[end].is_punct:
                    cut = end + 1
                end += 1
            end = cut if cut is not None else end
            bounded.append(doc[start:end])
            start = end
    return bounded
