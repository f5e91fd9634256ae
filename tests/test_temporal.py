"""Pure temporal normalization: values, durations and calendar arithmetic, with pinned reference dates."""

from __future__ import annotations

import doctest
import re
from datetime import date
from decimal import Decimal

import pytest

from pipeline.normalize import temporal, temporal_atoms, temporal_lexicon, temporal_values
from pipeline.normalize.temporal import find_temporal
from pipeline.normalize.temporal_atoms import duration_amounts
from pipeline.normalize.temporal_values import duration_iso, duration_seconds, month_week_interval, shift


@pytest.mark.parametrize("module", [temporal, temporal_atoms, temporal_lexicon, temporal_values])
def test_doctests(module):
    assert doctest.testmod(module).failed == 0


def first(text: str, published: str | None = "2016-11-07") -> dict:
    records = find_temporal(text, published)
    assert records, text
    return records[0]


VALUES = [  # (text, reference, field, expected) — reference 2016-11-07 is a Monday
    ("Tornerò il 2 ottobre", "2016-11-07", "value", "2016-10-02"),
    ("nel dicembre 1391", "2016-11-07", "value", "1391-12"),
    ("il 9-18-15", "2016-11-07", "value", "2015-09-18"),
    ("il 02/22/2016", "2016-11-07", "value", "2016-02-22"),
    ("il 20 del prossimo mese", "2017-12-07", "value", "2018-01-20"),
    ("domenica prossima", "2016-11-07", "value", "2016-11-20"),
    ("domenica scorsa", "2016-11-07", "value", "2016-11-06"),
    ("l'altroieri", "2016-11-07", "value", "2016-11-05"),
    ("due settimane da adesso", "2016-11-07", "value", "2016-11-21"),
    ("2 anni, 1 mese e 21 giorni fa", "2017-11-23", "value", "2015-10-02"),
    ("il primo venerdì di luglio", "2016-11-07", "value", "2016-07-01"),
    ("la terza settimana di questo mese", "2016-11-07", "start_date", "2016-11-14"),
    ("la prima settimana del 2015", "2016-11-07", "start_date", "2014-12-29"),
    ("il terzo trimestre del 2016", "2016-11-07", "value", "2016-Q3"),
    ("questo weekend", "2016-11-07", "value", "2016-W45-WE"),
    ("la settimana dopo la prossima", "2016-11-07", "value", "2016-W47"),
    ("negli anni settanta", "2016-11-07", "value", "197X"),
    ("nel millenovecentoventotto", "2016-11-07", "value", "1928"),
    ("il resto del mese", "2016-11-07", "end_date", "2016-11-30"),
    ("all'inizio del prossimo anno", "2017-11-08", "end_date", "2018-06-30"),
    ("dal 4 al 22 questo mese", "2016-11-07", "value", "2016-11-04/2016-11-22"),
    ("tra il 4-22 gennaio 1995", "2016-11-07", "end_date", "1995-01-22"),
    ("negli ultimi due decenni", "2016-11-07", "start_date", "1990-01-01"),
    ("la settimana del 16 settembre", "2016-11-07", "start_date", "2016-09-12"),
    ("la prossima settimana tra mercoledì e venerdì", "2017-11-14", "value", "2017-11-22/2017-11-24"),
]

MONTH_TENSE = [  # a month without year: the verbs around it choose the year (text, reference, value)
    ("il contratto, in scadenza a dicembre, non è stato rinnovato", "2024-05-23", "2024-12"),
    ("la linea di credito, che sarebbe scaduta a dicembre, è estinta", "2025-03-20", "2025-12"),
    ("il contratto scade a febbraio", "2024-05-23", "2025-02"),
    ("il contratto è scaduto a febbraio", "2024-05-23", "2024-02"),
    ("l'accordo è stato firmato a dicembre", "2024-05-23", "2023-12"),
]

DURATIONS = [
    ("3,5anni", "P3.5Y"),
    ("un'ora e mezza", "PT1.5H"),
    ("2 giorni 1 mese", "P1M2D"),
    ("una settimana e tre giorni", "P1W3D"),
    ("ventiquattro ore", "PT24H"),
    ("vent'anni", "P20Y"),
    ("un biennio", "P2Y"),
]


@pytest.mark.parametrize(("text", "published", "field", "expected"), VALUES)
def test_values(text, published, field, expected):
    assert first(text, published)[field] == expected


@pytest.mark.parametrize(("text", "published", "value"), MONTH_TENSE)
def test_month_without_year_follows_the_tense(text, published, value):
    assert [
        r["value"] for r in find_temporal(text, published) if r["text"].endswith(("dicembre", "febbraio"))
    ] == [value]


@pytest.mark.parametrize(("text", "iso"), DURATIONS)
def test_durations(text, iso):
    assert duration_iso(duration_amounts(text)) == iso


def test_duration_seconds_use_timex_year_and_month():
    assert duration_seconds("P3.5Y") == Decimal("110376000")
    assert duration_seconds("PXY") is None


def test_shift_clamps_month_ends():
    assert shift(date(2024, 1, 31), {"M": Decimal(1)}) == date(2024, 2, 29)


def test_month_weeks_start_with_the_first_thursday():
    assert month_week_interval(2016, 10, 1)[0] == date(2016, 10, 3)
    assert month_week_interval(2016, 7, -1)[0] == date(2016, 7, 25)


def test_blocked_spans_are_never_dates():
    text = "un bond da 2.019 milioni nel 2019"
    records = find_temporal(text, "2025-01-21", blocked=[(11, 24)])
    assert [r["text"] for r in records] == ["2019"]


def test_never_the_machine_clock():
    assert first("ieri", None)["start_date"] is None
    assert first("tra tre giorni", None)["relative"] is True


def _longest_first(phrases) -> str:
    """The flat alternation the prefix tree replaced: longest phrase first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(temporal_lexicon.phrase_regex(phrase) for phrase in ordered) + ")"


@pytest.mark.parametrize("table", ["number_morphemes", "units", "months", "relative_shifts", "bound_cues"])
def test_prefix_tree_alternation_matches_like_longest_first(table):
    lex = temporal_lexicon.lexicon()
    phrases = getattr(lex, table)
    if isinstance(phrases, dict) and table == "bound_cues":
        phrases = [cue for cues in phrases.values() for cue in cues]
    tree = re.compile(temporal_lexicon.alternation(phrases), re.IGNORECASE)
    flat = re.compile(_longest_first(phrases), re.IGNORECASE)
    for phrase in phrases:
        for text in (phrase, phrase.upper(), phrase + "x", phrase[:-1], f"{phrase} e {phrase}", phrase + "'"):
            found, expected = tree.match(text), flat.match(text)
            assert (found and found.span()) == (expected and expected.span()), (table, text)
