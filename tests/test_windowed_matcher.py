"""The windowed Matcher finds exactly what spaCy's Matcher finds on the whole Doc."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components.windowed_matcher import AnchorIndex, SidePlan, WindowedMatcher

NAME = {"TEXT": {"REGEX": r"^[A-Z]\w+$"}, "IS_STOP": False}
PATTERNS = [
    (
        "legal-form",
        [
            {**NAME, "OP": "+"},
            {"LOWER": {"IN": ["di", "&"]}, "OP": "?"},
            {**NAME, "OP": "*"},
            {"ORTH": "Spa"},
        ],
    ),
    ("cue", [{"LOWER": {"IN": ["la", "una"]}}, {"LOWER": "società"}, {**NAME, "OP": "+"}]),
    ("head", [{"ORTH": {"IN": ["Banca", "Gruppo"]}}, {"LOWER": "di", "OP": "?"}, {**NAME, "OP": "{1,3}"}]),
    ("gap", [{"LOWER": {"REGEX": "^accord[oi]$"}}, {"OP": "{0,4}"}, {"LOWER": "esclusiva"}]),
    ("lemma", [{"LEMMA": "acquisire"}, {"LOWER": "il"}, {"LOWER": "controllo"}]),
    ("punct", [{"IS_TITLE": True}, {"IS_PUNCT": True}]),  # no anchor: runs everywhere
    ("edge", [{"OP": "*"}, {"LOWER": "penale"}]),  # a side no test reads: to the edge
]
WORDS = (
    "la una società Banca Gruppo di & Spa Alfa Beta Gamma Roma accordo accordi esclusiva acquisisce il "
    "controllo penale , . e in 2025 Delta"
).split()


@pytest.fixture(scope="module")
def nlp(lemma_nlp):
    return lemma_nlp


@pytest.fixture(scope="module")
def windowed(nlp):
    return WindowedMatcher(nlp.vocab, PATTERNS, validate=True)


def _whole(windowed: WindowedMatcher, doclike, **kwargs) -> list:
    return sorted(windowed.whole(doclike, **kwargs), key=lambda m: (m[1], m[2], m[0]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=60))
def test_same_matches_as_the_whole_doc(nlp, windowed, words) -> None:
    doc = nlp(" ".join(words))
    assert windowed(doc) == _whole(windowed, doc)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=40), st.integers(0, 39), st.integers(1, 40))
def test_same_matches_and_alignments_on_a_span(nlp, windowed, words, start, width) -> None:
    doc = nlp(" ".join(words))
    span = doc[min(start, len(doc)) : min(start + width, len(doc))]
    assert windowed(span, with_alignments=True) == _whole(windowed, span, with_alignments=True)


def test_anchor_is_the_selective_token() -> None:
    anchors = AnchorIndex([[{"LOWER": {"REGEX": r"^\w+$"}}, {"LOWER": "la"}, {"LOWER": "soglia"}]])
    assert anchors.exact["LOWER"] == {"soglia": [0]}
    assert anchors.sides == [(SidePlan(width=2), SidePlan(width=0))]


def test_an_unbounded_side_is_walked_with_a_run_test() -> None:
    anchors = AnchorIndex([PATTERNS[0][1]])
    before, after = anchors.sides[0]
    assert before.tests and not before.edge and before.width == 0 and after == SidePlan()


def test_a_side_no_test_reads_reaches_the_edge() -> None:
    assert AnchorIndex([PATTERNS[-1][1]]).sides[0][0].edge


def test_pattern_without_anchor_runs_on_the_whole_doc(nlp, windowed) -> None:
    assert [windowed.vocab.strings[m] for m, _, _ in windowed(nlp("Roma ."))] == ["punct"]
