"""A spaCy ``Matcher`` run only where its patterns can match, with only the patterns that can match there.

The ``Matcher`` starts every pattern at every token and tests each pattern token's predicates in Python
when they are regular expressions or ``IN`` lists; with a hundred patterns that is most of a rule
component's time. Every pattern here has an *anchor*: the required token (not optional, not a gap)
whose exact values, ``REGEX`` or ``IN`` list accept the fewest common forms (Italian stop words,
numbers), e.g. "soglia" rather than "la" or ``/\\w+/``. Every match contains a token that satisfies its
pattern's anchor, and lies within as many tokens before it as the pattern tokens before the anchor can
cover, and as many after it as those after the anchor. :class:`WindowedMatcher` reads each token once
(cached per form), opens a window that wide around every anchor hit, merges overlapping windows, and
runs on each window, for each anchor form inside it, a cached ``Matcher`` holding only the patterns
that form anchors (a fixed set per form, so the cache does not grow with the combinations windows
hold). Patterns with no anchor it can read run on the whole Doc. The result is exactly the whole-Doc
``Matcher``'s.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.lang.it.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

#: Token attributes an anchor may test.
_ATTRIBUTES = ("LOWER", "TEXT", "ORTH", "LEMMA", "NORM")
#: Width of a quantifier with no upper bound ("+", "*").
UNBOUNDED = -1
_QUANTIFIER = re.compile(r"^\{(?P<low>\d*),(?P<high>\d+)\}$")
#: Common forms an anchor should not accept: the Italian stop words and numbers.
_COMMON_FORMS = tuple(sorted(STOP_WORDS)) + ("1", "12", "2025", "3,5", "%")

Match = tuple[int, int, int]


def _text_predicates(token: dict[str, Any]) -> list[tuple[str, Any]]:
    """The predicates of ``token`` on its text (not its quantifier, nor flags such as ``IS_SENT_START``)."""
    return [(key, value) for key, value in token.items() if key in _ATTRIBUTES]


def _understood(token: dict[str, Any]) -> bool:
    """A required token whose text predicates an anchor can test (exact values, ``REGEX``, ``IN``); its
    flags (``IS_SENT_START``...) only narrow what it matches, so a test that ignores them is still met by
    every token it matches."""
    predicates = dict(_text_predicates(token))
    if not predicates or token.get("OP") not in (None, "1", "+"):
        return False
    return all(
        isinstance(value, str) or (isinstance(value, dict) and value and set(value) <= {"REGEX", "IN"})
        for value in predicates.values()
    )


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once: the anchor choice tests every pattern's regexes on hundreds of common
    forms, more distinct patterns than ``re``'s own cache keeps."""
    return re.compile(pattern)


def anchor_index(pattern: Sequence[dict[str, Any]]) -> int | None:
    """Index of the most selective required token of ``pattern`` (None when it has none to read)."""
    required = [i for i, token in enumerate(pattern) if _understood(token)]
    if not required:
        return None
    return min(required, key=lambda i: (_commonness(pattern[i]), _vagueness(pattern[i])))


def _commonness(token: dict[str, Any]) -> int:
    """How many common forms (stop words, numbers) a token accepts."""
    return _commonness_of(json.dumps(_text_predicates(token), sort_keys=True))


@cache
def _commonness_of(predicates: str) -> int:
    """``_commonness`` of the text predicates serialized as ``predicates``: many patterns share a token
    (a name, an article), so each distinct one is tested on the common forms once."""
    forms = _COMMON_FORMS
    for key, value in json.loads(predicates):
        read = str.lower if key == "LOWER" else str
        if isinstance(value, str):
            forms = [form for form in forms if read(form) == value]
        elif "REGEX" in value:
            regex = _compiled(value["REGEX"])
            forms = [form for form in forms if regex.search(read(form))]
        elif "IN" in value:
            allowed = set(value["IN"])
            forms = [form for form in forms if read(form) in allowed]
    return len(forms)


def _vagueness(token: dict[str, Any]) -> int:
    """How loosely a token's text is tested, to choose between anchors that accept no common form: exact
    values and ``IN`` lists before a ``REGEX``, and tokens without flags before those narrowed by one."""
    regex = any(isinstance(value, dict) and "REGEX" in value for _, value in _text_predicates(token))
    flagged = any(key not in _ATTRIBUTES and key != "OP" for key in token)
    return 2 * regex + flagged


def token_width(token: dict[str, Any]) -> int:
    """Most tokens one pattern token can match (``UNBOUNDED`` for "+" and "*")."""
    op = token.get("OP")
    if op in (None, "?", "!", "1"):
        return 1
    bounded = _QUANTIFIER.match(str(op))
    if bounded:
        return int(bounded.group("high"))
    return UNBOUNDED


def reach(tokens: Sequence[dict[str, Any]]) -> int:
    """Most tokens a run of pattern tokens can cover (``UNBOUNDED`` when one of them has no bound)."""
    widths = [token_width(token) for token in tokens]
    return UNBOUNDED if UNBOUNDED in widths else sum(widths)


def _necessary_part(token: dict[str, Any]) -> tuple[str, Any] | None:
    """One predicate of ``token`` that every token it matches satisfies, in a form a test can read
    (``IN`` and exact values before ``REGEX``); None for a token with none (a wildcard, ``IS_PUNCT``)."""
    parts = [
        (key, value)
        for key, value in _text_predicates(token)
        if isinstance(value, str) or (isinstance(value, dict) and {"IN", "REGEX"} & set(value))
    ]
    if not parts:
        return None
    return min(parts, key=lambda part: 0 if isinstance(part[1], str) or "IN" in part[1] else 1)


@dataclass(frozen=True)
class SidePlan:
    """How far the patterns of an anchor hit may reach on one side: a number of tokens (``width``), or
    as far as consecutive tokens pass one of the run ``tests`` (for a side with "+" or "*"), or to the
    edge of the text (``edge``: a side with an unbounded token no test can read)."""

    width: int = 0
    tests: tuple[int, ...] = ()
    edge: bool = False


class AnchorIndex:
    """The anchors of a list of patterns, which of them each token form satisfies, and how far their
    matches may reach around the token.

    Each anchor is a form test numbered like its pattern. A side of a pattern with an unbounded token
    ("+", "*") gets a *run test*: the disjunction of one necessary predicate of each pattern token on
    that side. Every token of a match on that side passes it, so the match stops before the first token
    that does not.
    """

    def __init__(self, patterns: Iterable[Sequence[dict[str, Any]]]) -> None:
        self.exact: dict[str, dict[str, list[int]]] = {attribute: {} for attribute in _ATTRIBUTES}
        self.regexes: dict[str, list[tuple[re.Pattern[str], int]]] = {a: [] for a in _ATTRIBUTES}
        self.sides: list[tuple[SidePlan, SidePlan]] = []
        self.unanchored: list[int] = []
        patterns = [list(pattern) for pattern in patterns]
        self.n_patterns = len(patterns)
        self._run_tests: dict[str, int] = {}
        for index, pattern in enumerate(patterns):
            anchor = anchor_index(pattern)
            if anchor is None:
                self.sides.append((SidePlan(edge=True), SidePlan(edge=True)))
                self.unanchored.append(index)
                continue
            before, after = pattern[:anchor], pattern[anchor + 1 :]
            self.sides.append((self._side(before), self._side(after)))
            self._add_test(index, [pattern[anchor]], every_part=True)
        self.any_regex = {
            attribute: re.compile("|".join(f"(?:{r.pattern})" for r, _ in found)) if found else None
            for attribute, found in self.regexes.items()
        }
        self._cache: dict[bytes, tuple[tuple[int, ...], frozenset[int]]] = {}
        #: The cached :meth:`hits` of a form (None when not computed yet), a plain ``dict.get``.
        self.known_hits = self._cache.get
        self._plans: dict[tuple[int, ...], tuple[SidePlan, SidePlan]] = {}

    def _add_test(self, test: int, tokens: list[dict[str, Any]], every_part: bool = False) -> None:
        """Register form test ``test``, passed by a form that satisfies one registered predicate: every
        predicate of an anchor token, or one necessary predicate of each token of a run. A form a
        token matches passes either way (a test may pass more forms: it only has to miss none)."""
        for token in tokens:
            parts = _text_predicates(token) if every_part else [_necessary_part(token)]
            for attribute, value in parts:  # type: ignore[misc]
                for form in [value] if isinstance(value, str) else value.get("IN", []):
                    self.exact[attribute].setdefault(form, []).append(test)
                if isinstance(value, dict) and "REGEX" in value:
                    self.regexes[attribute].append((_compiled(value["REGEX"]), test))

    def _side(self, tokens: list[dict[str, Any]]) -> SidePlan:
        width = reach(tokens)
        if width != UNBOUNDED:
            return SidePlan(width=width)
        if any(_necessary_part(token) is None for token in tokens):
            return SidePlan(edge=True)
        key = json.dumps([_necessary_part(token) for token in tokens], sort_keys=True)
        if key not in self._run_tests:
            self._run_tests[key] = self.n_patterns + len(self._run_tests)
            self._add_test(self._run_tests[key], tokens)
        return SidePlan(tests=(self._run_tests[key],))

    def plan(self, indices: tuple[int, ...]) -> tuple[SidePlan, SidePlan]:
        """The combined reach before and after an anchor hit of the patterns ``indices``."""
        known = self._plans.get(indices)
        if known is None:
            known = self._plans[indices] = tuple(  # type: ignore[assignment]
                SidePlan(
                    width=max(self.sides[index][side].width for index in indices),
                    tests=tuple(sorted({t for index in indices for t in self.sides[index][side].tests})),
                    edge=any(self.sides[index][side].edge for index in indices),
                )
                for side in (0, 1)
            )
        return known

    def hits(self, vocab: Vocab, key: bytes) -> tuple[tuple[int, ...], frozenset[int]]:
        """The patterns whose anchor a token satisfies, and the run tests it passes (cached per form).

        ``key`` is the token's ORTH, LEMMA and NORM hashes as 24 bytes (a row of ``token_keys``)."""
        found = self._cache.get(key)
        if found is not None:
            return found
        orth, lemma, norm = (int(value) for value in numpy.frombuffer(key, dtype=numpy.uint64))
        text = vocab.strings[orth]
        values = {
            "LOWER": text.lower(),
            "TEXT": text,
            "ORTH": text,
            "LEMMA": vocab.strings[lemma] if lemma else "",
            "NORM": vocab.strings[norm] if norm else text.lower(),
        }
        tests: set[int] = set()
        for attribute, value in values.items():
            tests.update(self.exact[attribute].get(value, ()))
            any_regex = self.any_regex[attribute]
            if any_regex is not None and any_regex.search(value) is not None:
                tests.update(test for regex, test in self.regexes[attribute] if regex.search(value))
        anchors = tuple(sorted(t for t in tests if t < self.n_patterns))
        found = (anchors, frozenset(t for t in tests if t >= self.n_patterns))
        if len(self._cache) < 200_000:
            self._cache[key] = found
        return found


def token_keys(doclike: Doc | Span) -> list[bytes]:
    """Each token's ORTH, LEMMA and NORM hashes packed in 24 bytes: a cheap dictionary key per form."""
    if not len(doclike):
        return []
    table = numpy.ascontiguousarray(doclike.to_array([ORTH, LEMMA, NORM]), dtype=numpy.uint64)
    return table.view("V24").ravel().tolist()


class WindowedMatcher:
    """A ``Matcher`` over ``patterns`` (key, token pattern) that runs each pattern only around its anchors.

    Called like ``Matcher``: ``windowed(doc_or_span)`` gives (match_id, start, end) with offsets in the
    Doc or Span given, sorted by start, end and key; ``with_alignments=True`` adds each match's
    alignments. ``max_matchers`` bounds the cache of ``Matcher`` objects, one per set of patterns an anchor
    form opens; ranges of one set fewer than ``join_gap`` tokens apart are matched in one call.
    """

    def __init__(
        self,
        vocab: Vocab,
        patterns: Sequence[tuple[str, list[dict[str, Any]]]],
        *,
        validate: bool = False,
        max_matchers: int = 512,
        join_gap: int = 16,
    ) -> None:
        self.vocab = vocab
        self.join_gap = join_gap
        self.patterns = [(key, list(pattern)) for key, pattern in patterns]
        self.whole = self._matcher(range(len(self.patterns)), validate=validate)
        self.anchors = AnchorIndex(pattern for _, pattern in self.patterns)
        self.max_matchers = max_matchers
        self._matchers: OrderedDict[tuple[int, ...], Matcher] = OrderedDict()

    def _matcher(self, indices: Iterable[int], validate: bool = False) -> Matcher:
        matcher = Matcher(self.vocab, validate=validate)
        for index in indices:
            key, pattern = self.patterns[index]
            matcher.add(key, [pattern])
        return matcher

    def matcher_for(self, indices: tuple[int, ...]) -> Matcher:
        """A ``Matcher`` holding the patterns ``indices`` (cached, least recently used dropped first)."""
        matcher = self._matchers.get(indices)
        if matcher is None:
            matcher = self._matcher(indices)
            self._matchers[indices] = matcher
            if len(self._matchers) > self.max_matchers:
                self._matchers.popitem(last=False)
        else:
            self._matchers.move_to_end(indices)
        return matcher

    def windows(self, doclike: Doc | Span) -> list[tuple[int, int, tuple[tuple[int, ...], ...]]]:
        """Token ranges of ``doclike`` around anchor hits, each with the pattern sets to run in it (one set
        per anchor form: the cache keeps as many matchers as there are anchor forms, not one per
        combination of them). A set's ranges closer than ``join_gap`` tokens are run as one: a ``Matcher``
        call costs more than a few tokens more to read."""
        length = len(doclike)
        keys = token_keys(doclike)
        forms = list(map(self.anchors.known_hits, keys))  # most forms were seen before: one C-level pass
        for i, found in enumerate(forms):
            if found is None:
                forms[i] = self.anchors.hits(self.vocab, keys[i])
        opened: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        for i, (indices, _) in enumerate(forms):
            if not indices:
                continue
            plan_before, plan_after = self.anchors.plan(indices)
            start = 0 if plan_before.edge else max(0, i - plan_before.width)
            end = length if plan_after.edge else min(length, i + plan_after.width + 1)
            if plan_before.tests and not plan_before.edge:
                first = i
                while first > 0 and not forms[first - 1][1].isdisjoint(plan_before.tests):
                    first -= 1
                start = min(start, first)
            if plan_after.tests and not plan_after.edge:
                last = i + 1
                while last < length and not forms[last][1].isdisjoint(plan_after.tests):
                    last += 1
                end = max(end, last)
            opened.setdefault(indices, []).append((start, end))
        runs: list[tuple[int, int, tuple[tuple[int, ...], ...]]] = []
        for indices, ranges in opened.items():
            ranges.sort()
            joined = [list(ranges[0])]
            for start, end in ranges[1:]:
                if start <= joined[-1][1] + self.join_gap:
                    joined[-1][1] = max(end, joined[-1][1])
                else:
                    joined.append([start, end])
            runs.extend((start, end, (indices,)) for start, end in joined)
        return sorted(runs)

    def __call__(self, doclike: Doc | Span, *, with_alignments: bool = False) -> list[Any]:
        found: dict[Match, Any] = {}
        runs = self.windows(doclike)
        if self.anchors.unanchored:
            runs.append((0, len(doclike), (tuple(self.anchors.unanchored),)))
        for start, end, pattern_sets in runs:
            window = doclike[start:end]
            for indices in pattern_sets:
                for match in self.matcher_for(indices)(window, with_alignments=with_alignments):
                    found.setdefault((match[0], start + match[1], start + match[2]), match[3:])
        ordered = sorted(found, key=lambda match: (match[1], match[2], match[0]))
        return [(*match, *found[match]) for match in ordered]
