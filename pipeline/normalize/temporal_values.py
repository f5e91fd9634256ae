"""Calendar arithmetic and TIMEX/ISO formatting for temporal expressions (pure functions).

Intervals are inclusive ``(first_day, last_day)`` pairs of :class:`datetime.date`. Durations are
``{unit: amount}`` maps over the ISO 8601 designators ``Y M W D TH TM TS`` (``T`` marks time units).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

#: Seconds per duration unit, with the 365-day year and 30-day month of TIMEX resolutions.
SECONDS_PER_UNIT = {"Y": 31536000, "M": 2592000, "W": 604800, "D": 86400, "TH": 3600, "TM": 60, "TS": 1}
_DATE_UNITS = ("Y", "M", "W", "D")
_TIME_UNITS = ("TH", "TM", "TS")

Interval = tuple[date, date]


def add_months(day: date, months: int) -> date:
    """Shift ``day`` by whole months, clamping to the month's last day.

    >>> add_months(date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amounts: dict[str, Decimal], sign: int = 1) -> date:
    """Move ``day`` by a duration (date units only; fractions of years and months become months/days).

    >>> shift(date(2025, 1, 21), {"Y": Decimal(4)})
    datetime.date(2029, 1, 21)
    """
    months = Decimal(0)
    days = Decimal(0)
    for unit, amount in amounts.items():
        if unit == "Y":
            months += amount * 12
        elif unit == "M":
            months += amount
        elif unit == "W":
            days += amount * 7
        elif unit == "D":
            days += amount
        else:
            days += amount * SECONDS_PER_UNIT[unit] / 86400
    whole_months = int(months)
    days += (months - whole_months) * 30
    return add_months(day, sign * whole_months) + timedelta(days=sign * int(days))


def duration_iso(amounts: dict[str, Decimal]) -> str:
    """ISO 8601 (TIMEX) duration string; weeks stay weeks, as TIMEX writes them.

    >>> duration_iso({"D": Decimal(2), "M": Decimal(1)})
    'P1M2D'
    >>> duration_iso({"TH": Decimal("1.5")})
    'PT1.5H'
    """
    text = "P"
    for unit in _DATE_UNITS:
        if unit in amounts:
            text += f"{_number(amounts[unit])}{unit}"
    times = [unit for unit in _TIME_UNITS if unit in amounts]
    if times:
        text += "T" + "".join(f"{_number(amounts[unit])}{unit[1]}" for unit in times)
    return text


def duration_seconds(iso: str) -> Decimal | None:
    """Seconds in an ISO 8601 duration (365-day year, 30-day month); None for unknown lengths ('PXY').

    >>> duration_seconds("P1Y1M21D")
    Decimal('35942400')
    """
    import re

    match = re.fullmatch(
        r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
        r"(?:T(?:(?P<TH>[\d.]+)H)?(?:(?P<TM>[\d.]+)M)?(?:(?P<TS>[\d.]+)S)?)?",
        iso or "",
    )
    if not match or iso in ("P", "PT"):
        return None
    return sum(
        (Decimal(value) * SECONDS_PER_UNIT[unit] for unit, value in match.groupdict().items() if value),
        Decimal(0),
    )


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def month_interval(year: int, month: int) -> Interval:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_interval(year: int) -> Interval:
    """First and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def quarter_interval(year: int, quarter: int) -> Interval:
    """Days of a calendar quarter (1-4)."""
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_interval(year, first_month + 2)[1]


def half_interval(year: int, half: int) -> Interval:
    """Days of a calendar half-year (1-2)."""
    first_month = 6 * (half - 1) + 1
    return date(year, first_month, 1), month_interval(year, first_month + 5)[1]


def week_interval(day: date) -> Interval:
    """Monday to Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_timex(day: date) -> str:
    """ISO week TIMEX of ``day``, e.g. '2016-W45'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_week_interval(year: int, week: int) -> Interval:
    """Monday to Sunday of ISO week ``week`` of ``year``."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def month_week_interval(year: int, month: int, ordinal: int) -> Interval:
    """The n-th (or, for -1, last) Monday-to-Sunday week of a month; week 1 holds the first Thursday."""
    if ordinal > 0:
        first = date(year, month, 1)
        monday = week_interval(first)[0] + timedelta(weeks=ordinal - 1 + (first.weekday() >= 4))
    else:
        monday = week_interval(month_interval(year, month)[1])[0]
    return monday, monday + timedelta(days=6)


def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date | None:
    """The n-th (or last, for -1) given weekday (0=Monday) of a month; None when it does not exist."""
    first, last = month_interval(year, month)
    if ordinal > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
        return day if day <= last else None
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def edge_of(interval: Interval, granularity: str, edge: str) -> Interval:
    """The start, middle or end part of a period: halves of months and years, parts of weeks.

    >>> edge_of(month_interval(2017, 11), "month", "end")
    (datetime.date(2017, 11, 16), datetime.date(2017, 11, 30))
    """
    first, last = interval
    if granularity == "week":
        parts = {"start": (0, 2), "mid": (1, 4), "end": (3, 6)}[edge]
        return first + timedelta(days=parts[0]), first + timedelta(days=parts[1])
    if granularity in ("year", "decade", "half", "quarter"):
        span = (last - first).days + 1
        if edge == "start":
            return first, add_months(first, _months_in(granularity) // 2) - timedelta(days=1)
        if edge == "end":
            return add_months(first, _months_in(granularity) // 2), last
        return first + timedelta(days=span // 4), last - timedelta(days=span // 4)
    middle = first + timedelta(days=15)
    if edge == "start":
        return first, middle - timedelta(days=1)
    if edge == "end":
        return middle, last
    return first + timedelta(days=9), first + timedelta(days=19)


def _months_in(granularity: str) -> int:
    return {"year": 12, "decade": 120, "half": 6, "quarter": 3}[granularity]


def nearest_date(candidates: list[date], reference: date) -> date:
    """The candidate closest to ``reference`` (ties go to the past: news reports what happened)."""
    return min(candidates, key=lambda day: (abs((day - reference).days), day > reference))


def resolve_partial_day(month: int | None, day: int, reference: date, tense: int = 0) -> date | None:
    """Closest real date to ``reference`` with this day (and month, when given); with a tense
    (+1 future, -1 past), the closest one on that side of the reference."""
    candidates = []
    if month is None:
        for delta in (-1, 0, 1):
            year, zero_month = divmod(reference.year * 12 + reference.month - 1 + delta, 12)
            if day <= calendar.monthrange(year, zero_month + 1)[1]:
                candidates.append(date(year, zero_month + 1, day))
    else:
        for year in (reference.year - 1, reference.year, reference.year + 1):
            if day <= calendar.monthrange(year, month)[1]:
                candidates.append(date(year, month, day))
    if tense:
        candidates = [day_ for day_ in candidates if (day_ - reference).days * tense >= 0] or candidates
    return nearest_date(candidates, reference) if candidates else None


def resolve_partial_month(month: int, reference: date, tense: int = 0) -> int:
    """Year of the month occurrence closest to ``reference``; with a tense (-1 past, +1 future), the
    latest occurrence up to the reference month or the first one from it.

    >>> resolve_partial_month(3, date(2023, 12, 5)), resolve_partial_month(3, date(2023, 12, 5), -1)
    (2024, 2023)
    """
    if tense < 0:
        return reference.year if month <= reference.month else reference.year - 1
    if tense > 0:
        return reference.year if month >= reference.month else reference.year + 1
    candidates = [date(year, month, 15) for year in (reference.year - 1, reference.year, reference.year + 1)]
    return nearest_date(candidates, date(reference.year, reference.month, 15)).year


def nearest_weekday(weekday: int, reference: date, direction: int = 0) -> date:
    """The weekday (0=Monday) nearest ``reference``; direction +1/-1 forces the next/previous one."""
    ahead = (weekday - reference.weekday()) % 7
    if direction > 0:
        return reference + timedelta(days=ahead or 7)
    if direction < 0:
        return reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    behind = (reference.weekday() - weekday) % 7
    return reference + timedelta(days=ahead) if ahead < behind else reference - timedelta(days=behind)


def two_digit_year(value: int, reference: date | None) -> int:
    """Expand a two-digit year to the century that keeps it at most 20 years after ``reference``."""
    pivot = (reference.year if reference else 2025) + 20
    year = 2000 + value
    return year if year <= pivot else year - 100
