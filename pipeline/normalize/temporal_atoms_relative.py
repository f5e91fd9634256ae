"""Handlers for weekdays and expressions relative to the publication date: 'ieri',
'la settimana prossima', seasons, edges ('fine mese')."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.temporal_atoms import (
    CUE_WINDOW,
    _calendar,
    _int,
    _named_or_relative_month,
    _shift_words,
    _span,
    _valid_day,
    handler,
)
from pipeline.normalize.temporal_lexicon import fold, lexicon
from pipeline.normalize.temporal_model import Temporal


# --- weekdays ------------------------------------------------------------------------------------------
def _weekday_record(match, reference, weekday: int, shift: int | None, week_shift: int | None) -> Temporal:
    start, end = _span(match)
    if reference is None:
        return Temporal(start, end, "date", "day", value=f"XXXX-WXX-{weekday + 1}", relative=True)
    if week_shift is not None:
        monday = tv.week_interval(reference)[0] + timedelta(weeks=week_shift)
        day = monday + timedelta(days=weekday)
    elif shift is not None and shift > 0:
        day = tv.week_interval(reference)[0] + timedelta(weeks=1, days=weekday)
    elif shift is not None and shift < 0:
        day = tv.nearest_weekday(weekday, reference, shift)
    elif shift == 0:
        day = tv.week_interval(reference)[0] + timedelta(days=weekday)
    else:  # a bare weekday in news is the latest one (or today): reports tell what happened
        day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return Temporal(start, end, "date", "day", interval=(day, day), value=day.isoformat(), relative=True)


@handler("weekday")
def weekday(match: re.Match, reference: date | None) -> Temporal | None:
    number = lexicon().weekday_number(match["wd"])
    if match["d"]:
        day = _int(match["d"])
        if not _valid_day(None, day):
            return None
        return _calendar(match, "day", None, None, day)
    shift = _shift_words(match["pre"]) if match["pre"] else _shift_words(match["post"])
    week_shift = _shift_words(match["wk"]) if match["wk"] else None
    return _weekday_record(match, reference, number, shift, week_shift)


@handler("week_weekday")
def week_weekday(match: re.Match, reference: date | None) -> Temporal | None:
    number = lexicon().weekday_number(match["wd"])
    return _weekday_record(match, reference, number, None, _shift_words(match["wk"]))


@handler("ordinal_weekday")
def ordinal_weekday(match: re.Match, reference: date | None) -> Temporal | None:
    ordinal = lexicon().ordinals.get(fold(match["ord"]))
    number = lexicon().weekday_number(match["wd"])
    if ordinal is None or ordinal > 5:
        return None
    start, end = _span(match)
    year, month_number = _named_or_relative_month(match, reference)
    if year is None:
        month_text = f"{month_number:02d}" if month_number else "XX"
        return Temporal(
            start, end, "date", "day", value=f"XXXX-{month_text}-WXX-{number + 1}-#{ordinal}", relative=True
        )
    day = tv.nth_weekday(year, month_number, number, ordinal)
    if day is None:
        return Temporal(
            start,
            end,
            "date",
            "day",
            value=f"{year}-{month_number:02d}-WXX-{number + 1}-#{ordinal}",
            relative=True,
        )
    return Temporal(start, end, "date", "day", interval=(day, day), value=day.isoformat(), relative=True)


# --- relative days, weeks, months, years ---------------------------------------------------------------
@handler("relative_day")
def relative_day(match: re.Match, reference: date | None) -> Temporal | None:
    offset = lexicon().relative_days[fold(match["word"])]
    start, end = _span(match)
    day = reference + timedelta(days=offset) if reference else None
    if match["part"]:  # 'ieri sera': a part of that day
        part = lexicon().day_parts[fold(match["part"])]
        return Temporal(start, end, "time", None, value=f"{day or 'XXXX-XX-XX'}T{part}", relative=True)
    if day is None:
        return Temporal(start, end, "date", "day", value="XXXX-XX-XX", relative=True)
    return Temporal(start, end, "date", "day", interval=(day, day), value=day.isoformat(), relative=True)


def unit_period(unit: str, shift: int, reference: date | None, start: int, end: int) -> Temporal | None:
    """The calendar week/month/year/... ``shift`` units away from ``reference``."""
    unit = fold(unit).replace("fine settimana", "weekend")
    granularity = {
        "settimana": "week",
        "weekend": "week",
        "mese": "month",
        "anno": "year",
        "trimestre": "quarter",
        "semestre": "half",
        "decennio": "decade",
    }[unit]
    kind = "period" if granularity in ("week", "quarter", "half", "decade") or unit == "weekend" else "date"
    if reference is None:
        placeholder = {
            "week": "XXXX-WXX",
            "month": "XXXX-XX",
            "year": "XXXX",
            "quarter": "XXXX-QX",
            "half": "XXXX-HX",
            "decade": "XXX",
        }[granularity]
        return Temporal(start, end, kind, granularity, value=placeholder, relative=True)
    if granularity == "week":
        day = reference + timedelta(weeks=shift)
        first, last = tv.week_interval(day)
        value = tv.week_timex(day)
        if unit == "weekend":
            first, value = first + timedelta(days=5), value + "-WE"
    elif granularity == "month":
        first_of = tv.add_months(reference.replace(day=1), shift)
        first, last = tv.month_interval(first_of.year, first_of.month)
        value = f"{first.year:04d}-{first.month:02d}"
    elif granularity == "year":
        first, last = tv.year_interval(reference.year + shift)
        value = str(first.year)
    elif granularity == "quarter":
        quarter = (reference.month - 1) // 3 + shift
        year_, quarter = reference.year + quarter // 4, quarter % 4 + 1
        first, last = tv.quarter_interval(year_, quarter)
        value = f"{year_}-Q{quarter}"
    elif granularity == "half":
        half = (reference.month - 1) // 6 + shift
        year_, half = reference.year + half // 2, half % 2 + 1
        first, last = tv.half_interval(year_, half)
        value = f"{year_}-H{half}"
    else:
        decade_start = reference.year // 10 * 10 + 10 * shift
        first, last = date(decade_start, 1, 1), date(decade_start + 9, 12, 31)
        value = f"{decade_start // 10}X"
    return Temporal(start, end, kind, granularity, interval=(first, last), value=value, relative=True)


@handler("relative_unit")
def relative_unit(match: re.Match, reference: date | None) -> Temporal | None:
    post = fold(match["post"] or "")
    shift = 2 if match["after"] else ANAPHORIC_ADVERBS.get(post, _shift_words(match["pre"] or match["post"]))
    if shift is None:
        return None
    start, end = _span(match)
    found = unit_period(match["unit"] or match["unit2"] or match["unit3"], shift, reference, start, end)
    if post in ANAPHORIC_SHIFTS or post in ANAPHORIC_ADVERBS:
        found.anaphoric_shift = shift
    return found


#: Shifts counted from the last period the text named ("l'anno precedente"), not from publication.
ANAPHORIC_SHIFTS = frozenset({"precedente", "successivo", "successiva", "seguente"})
#: "l'anno prima", "il mese dopo": shifts only after a unit, always anaphoric.
ANAPHORIC_ADVERBS = {"prima": -1, "dopo": 1}


@handler("weekend")
def weekend(match: re.Match, reference: date | None) -> Temporal | None:
    start, end = _span(match)
    return unit_period("weekend", 0, reference, start, end)


@handler("edge_unit")
def edge_unit(match: re.Match, reference: date | None) -> Temporal | None:
    edge = lexicon().edges[fold(match["edge"])]
    before = match.string[max(0, match.start() - CUE_WINDOW) : match.start()]
    if edge == "mid" and not re.search(r"\b(?:a|entro|verso|da|dalla|fino\s+a|per)\s*$", before, re.I):
        return None  # bare "metà anno" is a length (P0.5Y)
    start, end = _span(match)
    base = unit_period(match["unit"], 0, reference, start, end)
    return apply_edge(base, edge)


def apply_edge(base: Temporal, edge: str) -> Temporal:
    """Narrow a period to its start/middle/end part ('fine marzo'); the value stays the whole period's."""
    if base.granularity == "day":
        return base.copy(modifier=edge)
    interval = base.interval
    if interval and interval[0] and interval[1]:
        interval = tv.edge_of(interval, base.granularity or "month", edge)
    return base.copy(kind="period", interval=interval, modifier=edge)


@handler("season")
def season(match: re.Match, reference: date | None) -> Temporal | None:
    code = lexicon().seasons[fold(match["season"])]
    start, end = _span(match)
    if match["art"] and not (match["y"] or match["pre"]):
        start = match.start("season")
    year_value = _int(match["y"]) if match["y"] else None
    relative = False
    if year_value is None and match["pre"]:
        shift = _shift_words(match["pre"])
        if shift is None:
            return None
        relative = True
        year_value = reference.year + shift if reference else None
    value = f"{year_value}-{code}" if year_value else f"XXXX-{code}"
    return Temporal(
        start,
        end,
        "period",
        "season",
        value=value,
        relative=relative or year_value is None,
        modifier="mid" if match["mid"] else None,
    )


@handler("rest_of_unit")
def rest_of_unit(match: re.Match, reference: date | None) -> Temporal | None:
    start, end = _span(match)
    whole = unit_period(match["unit"], 0, reference, start, end)
    if reference is None or whole.interval is None:
        return whole.copy(kind="period", modifier="rest")
    return whole.copy(kind="period", interval=(reference, whole.interval[1]), modifier="rest")
