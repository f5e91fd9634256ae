"""Ranges and periods: their ends come in order, written fields are never changed (pinned reference dates)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.normalize.temporal import find_temporal

RANGES = [  # (text, reference, value of the one period found)
    # found by fuzzing: an end without a year rolls forward past a start whose year is written
    ("dal 1° ottobre 2023 al 3 agosto", "2023-06-30", "2023-10-01/2024-08-03"),
    ("da marzo 2025 a febbraio", "2025-06-01", "2025-03-01/2026-02-28"),
    # a start whose year comes from the end moves back
    ("dal 20 dicembre al 5 gennaio 2025", "2025-06-01", "2024-12-20/2025-01-05"),
    ("dal 20 dicembre al 5 gennaio", "2025-06-01", "2024-12-20/2025-01-05"),
    # ordinary ranges stay as they are
    ("dal 4 al 22 marzo 2025", "2025-06-01", "2025-03-04/2025-03-22"),
    ("tra il 2025 e il 2030", "2025-06-01", "2025-01-01/2030-12-31"),
]


@pytest.mark.parametrize(("text", "published", "value"), RANGES)
def test_range_ends_in_order(text, published, value):
    periods = [r for r in find_temporal(text, published) if r["kind"] == "period"]
    assert [r["value"] for r in periods] == [value]


WRITTEN_IN_FULL = [  # both ends carry their year: nothing is moved, and they make no period
    ("dal 10 marzo 2025 al 2 marzo 2025", "2025-06-01", ["2025-03-10", "2025-03-02"]),
    ("dal 2030 al 2025", "2025-06-01", ["2030", "2025"]),
]


@pytest.mark.parametrize(("text", "published", "values"), WRITTEN_IN_FULL)
def test_written_years_are_never_changed(text, published, values):
    assert [r["value"] for r in find_temporal(text, published)] == values


def test_weekdays_crossing_the_week_named_stay_apart_from_it():
    records = find_temporal("la prossima settimana tra venerdì e mercoledì", "2025-06-04")
    assert all(r["start_date"] <= r["end_date"] for r in records if r["start_date"] and r["end_date"])


MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
MONTHS = MONTHS.split()
DAY = st.integers(1, 31).map(str) | st.just("1°")
MONTH = st.sampled_from(MONTHS)
YEAR = st.integers(1995, 2035).map(str)
END = st.one_of(
    st.tuples(DAY, MONTH, YEAR).map(" ".join),
    st.tuples(DAY, MONTH).map(" ".join),
    st.tuples(MONTH, YEAR).map(" ".join),
    MONTH,
    YEAR,
    DAY,
    st.sampled_from(["oggi", "ieri", "venerdì", "mercoledì", "fine mese", "la prossima settimana"]),
)
OPENERS = st.sampled_from(["dal {} al {}", "tra il {} e il {}", "da {} a {}", "{} - {}", "dal {} fino al {}"])
RANGE_TEXT = st.tuples(OPENERS, END, END, st.sampled_from(["", " di quest'anno", " del prossimo mese"])).map(
    lambda parts: parts[0].format(parts[1], parts[2]) + parts[3]
)
PUBLISHED = st.none() | st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)).map(str)
NEGATIVE = re.compile(r"-\d")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=RANGE_TEXT, published=PUBLISHED)
def test_no_period_ends_before_it_starts(text, published):
    for record in find_temporal(text, published):
        if record["start_date"] and record["end_date"]:
            assert record["start_date"] <= record["end_date"], record
        assert not (record["duration"] and NEGATIVE.search(record["duration"])), record
        if record["value"] and "/" in record["value"] and "X" not in record["value"]:
            begin, finish = record["value"].split("/")
            assert begin[:10] <= finish[:10] or len(begin) != len(finish), record
