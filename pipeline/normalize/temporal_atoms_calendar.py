"""Handlers for calendar dates: numeric and written days, months, years, decades, quarters, day ranges."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.temporal_atoms import (
    _CUE_BEFORE_ABBREVIATION,
    CUE_WINDOW,
    _calendar,
    _int,
    _named_or_relative_month,
    _shift_words,
    _span,
    _valid_day,
    _year,
    handler,
)
from pipeline.normalize.temporal_lexicon import fold, lexicon
from pipeline.normalize.temporal_model import Temporal


# --- numeric dates -------------------------------------------------------------------------------------
@handler("numeric_ymd")
def numeric_ymd(match: re.Match, reference: date | None) -> Temporal | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    return _calendar(match, "day", year, month, day) if _valid_day(month, day) else None


def _day_month_order(first: int, second: int) -> tuple[int, int] | None:
    """(month, day) for two numbers; Italian day-first unless only month-first is possible."""
    if _valid_day(second, first):
        return second, first
    if _valid_day(first, second):
        return first, second
    return None


@handler("numeric_dmy")
def numeric_dmy(match: re.Match, reference: date | None) -> Temporal | None:
    order = _day_month_order(int(match["a"]), int(match["b"]))
    if order is None:
        return None
    year = _year(match["y"], reference)
    return _calendar(match, "day", year, order[0], order[1])


@handler("numeric_dm")
def numeric_dm(match: re.Match, reference: date | None) -> Temporal | None:
    if match["sep"] != "/" and not match["lead"]:
        return None
    order = _day_month_order(int(match["a"]), int(match["b"]))
    if order is None:
        return None
    return _calendar(match, "day", None, order[0], order[1])


@handler("numeric_ym")
def numeric_ym(match: re.Match, reference: date | None) -> Temporal | None:
    year = int(match["y"] or match["y2"])
    month = int(match["m"] or match["m2"])
    return _calendar(match, "month", year, month) if 1 <= month <= 12 and 1000 <= year <= 2999 else None


# --- written dates -------------------------------------------------------------------------------------
@handler("day_month")
def day_month(match: re.Match, reference: date | None) -> Temporal | None:
    day = _int(match["d"])
    month = lexicon().month_number(match["mon"])
    if not _valid_day(month, day):
        return None
    year = _year(match["y"], reference)
    if year is not None and year < 100 and not match["y"].startswith(("'", "’")):
        return None
    return _calendar(match, "day", year, month, day)


@handler("month_day")
def month_day(match: re.Match, reference: date | None) -> Temporal | None:
    day = _int(match["d"])
    month = lexicon().month_number(match["mon"])
    if not _valid_day(month, day):
        return None
    return _calendar(match, "day", _year(match["y"], reference), month, day)


@handler("month")
def month(match: re.Match, reference: date | None) -> Temporal | None:
    lex = lexicon()
    number = lex.month_number(match["mon"])
    is_name = fold(match["mon"]) in lex.months
    if match["y2"]:
        two = int(match["y2"].lstrip("'’`´"))
        if not match["y2"][0].isdigit() or two > 31:
            year = tv.two_digit_year(two, reference)
        else:
            return None  # "marzo 15" is a day, handled by month_day
    else:
        year = _year(match["y"], reference)
    shift = _shift_words(match["pre"]) if match["pre"] else _shift_words(match["post"])
    context = match.string[max(0, match.start() - CUE_WINDOW) : match.start()]
    if not (
        is_name or year or shift is not None or match["mese"] or _CUE_BEFORE_ABBREVIATION.search(context)
    ):
        return None
    if match["ry"]:
        year_shift = _shift_words(match["ry"]) or 0
        if reference is None:
            return _calendar(match, "month", None, number, relative=True)
        return _calendar(match, "month", reference.year + year_shift, number, relative=True)
    if year is None and shift is not None:
        if reference is None:
            return _calendar(match, "month", None, number, relative=True)
        year = reference.year
        if shift > 0 and number <= reference.month:
            year += 1
        elif shift < 0 and number >= reference.month:
            year -= 1
        return _calendar(match, "month", year, number, relative=True)
    return _calendar(match, "month", year, number)


@handler("year")
def year(match: re.Match, reference: date | None) -> Temporal | None:
    lead = fold(match["lead"] or "")
    if match["anno"]:
        value = _int(match["n"])
        if value is None or value < 100:
            return None
        return _calendar(match, "year", value)
    value = _int(match["y"])
    if value is None:
        return None
    if not match["y"][0].isdigit():
        if not lead or value < 1000:
            return None
    elif not lead and not 1900 <= value <= 2100:
        return None
    return _calendar(match, "year", value)


@handler("decade")
def decade(match: re.Match, reference: date | None) -> Temporal | None:
    value = _int(match["dec"])
    if value is None or value % 10:
        return None
    if value < 100:
        century = (reference.year if reference else 2000) // 100 * 100
        value = (
            century + value
            if century + value <= (reference.year if reference else 1999)
            else century - 100 + value
        )
    if value < 1000:
        return None
    start, end = _span(match)
    interval = (date(value, 1, 1), date(value + 9, 12, 31))
    return Temporal(
        start, end, "period", "decade", interval=interval, value=f"{value // 10}X", duration="P10Y"
    )


# --- parts of years and months -------------------------------------------------------------------------
def _context_year(match: re.Match, reference: date | None) -> tuple[int | None, bool]:
    if match["y"] or ("y2" in match.re.groupindex and match["y2"]):
        return _int(match["y"] or match["y2"]), False
    if reference is None:
        return None, True
    if match["ry"]:
        return reference.year + (_shift_words(match["ry"]) or 0), True
    return reference.year, True


@handler("ordinal_part")
def ordinal_part(match: re.Match, reference: date | None) -> Temporal | None:
    raw = fold(match["ord"]).rstrip("°º")
    ordinal = int(raw) if raw.isdigit() else lexicon().ordinals.get(raw)
    part = fold(match["part"]).replace("meta", "metà")
    start, end = _span(match)
    if match["mon"] or match["rm"]:
        return _month_week(match, reference, ordinal, part, start, end)
    year, relative = _context_year(match, reference)
    count = {"trimestre": 4, "semestre": 2, "quadrimestre": 3, "metà": 2}.get(part)
    if part in ("settimana", "weekend"):
        if year is None:
            return Temporal(start, end, "period", "week", value=f"XXXX-W{max(ordinal, 0):02d}", relative=True)
        last_week = date(year, 12, 28).isocalendar()[1]
        week = ordinal if ordinal > 0 else last_week + 1 + ordinal
        first, last = tv.iso_week_interval(year, week)
        if part == "weekend":
            first = first + timedelta(days=5)
        return Temporal(
            start,
            end,
            "period",
            "week",
            interval=(first, last),
            value=f"{year}-W{week:02d}",
            relative=relative,
        )
    if count is None or not (1 <= ordinal <= count or ordinal < 0):
        return None
    index = ordinal if ordinal > 0 else count + 1 + ordinal
    code = {"trimestre": "Q", "semestre": "H", "metà": "H", "quadrimestre": "T"}[part]
    granularity = {"Q": "quarter", "H": "half", "T": "month"}[code]
    if year is None:
        return Temporal(start, end, "period", granularity, value=f"XXXX-{code}{index}", relative=True)
    months = {"Q": 3, "H": 6, "T": 4}[code]
    first = date(year, months * (index - 1) + 1, 1)
    last = tv.add_months(first, months) - timedelta(days=1)
    return Temporal(
        start,
        end,
        "period",
        granularity,
        interval=(first, last),
        value=f"{year}-{code}{index}",
        relative=relative,
    )


def _month_week(match, reference, ordinal, part, start, end) -> Temporal | None:
    if part == "metà" and match["mon"] and ordinal in (1, 2, -1):
        month_number = lexicon().month_number(match["mon"])
        if reference is None:
            return Temporal(
                start,
                end,
                "period",
                "day",
                value=f"XXXX-{month_number:02d}",
                relative=True,
                modifier="start" if ordinal == 1 else "end",
            )
        whole = tv.month_interval(tv.resolve_partial_month(month_number, reference), month_number)
        first, last = tv.edge_of(whole, "month", "start" if ordinal == 1 else "end")
        return Temporal(
            start,
            end,
            "period",
            "day",
            interval=(first, last),
            value=f"{first.isoformat()}/{last.isoformat()}",
            duration=f"P{(last - first).days + 1}D",
            relative=True,
        )
    if part not in ("settimana", "weekend"):
        return None
    if not match["mon"] and reference is None:
        return Temporal(start, end, "period", "week", value="XXXX-XX-WXX", relative=True)
    year, month_number = _named_or_relative_month(match, reference)
    if year is None:
        return Temporal(
            start,
            end,
            "period",
            "week",
            value=f"XXXX-{month_number:02d}-W{max(ordinal, 0):02d}",
            relative=True,
        )
    first, last = tv.month_week_interval(year, month_number, ordinal)
    if part == "weekend":
        first = first + timedelta(days=5)
    return Temporal(
        start,
        end,
        "period",
        "week",
        interval=(first, last),
        value=f"{year}-{month_number:02d}-W{max(ordinal, 0):02d}",
        relative=True,
    )


@handler("quarter_code")
def quarter_code(match: re.Match, reference: date | None) -> Temporal | None:
    year = _year(match["y"], reference)
    start, end = _span(match)
    if match["q"] or match["q2"]:
        quarter = int(match["q"] or match["q2"])
        return Temporal(
            start,
            end,
            "period",
            "quarter",
            interval=tv.quarter_interval(year, quarter),
            value=f"{year}-Q{quarter}",
        )
    half = int(match["h"] or match["h2"])
    return Temporal(
        start, end, "period", "half", interval=tv.half_interval(year, half), value=f"{year}-H{half}"
    )


@handler("bare_day", cased=True)
def bare_day(match: re.Match, reference: date | None) -> Temporal | None:
    day = _int(match["d"])
    if not _valid_day(None, day):
        return None
    lead = fold(match["lead"])
    if not match["d"][0].isdigit():
        after = match.string[match.end() : match.end() + 3]
        if not re.match(r"\s*(?:[.,;:!?)]|$|e\b|al\b|a\b)", after):
            return None
    found = _calendar(match, "day", None, None, day)
    found.source = "bare_day:" + lead
    return found


@handler("day_range")
def day_range(match: re.Match, reference: date | None) -> Temporal | None:
    first, last = int(match["d1"]), int(match["d2"])
    month_text = match["mon"] or match["mon0"]
    if first >= last or not (match["opener"] or month_text):
        return None
    month_number = lexicon().month_number(month_text) if month_text else None
    found = _calendar(match, "day", _year(match["y"], reference), month_number, first)
    found.day_end = last
    found.source = "day_range"
    return found
