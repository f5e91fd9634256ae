"""Handlers for lengths and recurrences: durations, offsets ('tre mesi fa'), running periods
('nei prossimi quattro anni'), sets and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.temporal_atoms import (
    _duration_from_text,
    _span,
    _vague_iso,
    handler,
)
from pipeline.normalize.temporal_lexicon import fold, lexicon, number_value
from pipeline.normalize.temporal_model import Temporal


# --- durations, offsets, running periods ---------------------------------------------------------------
@handler("offset")
def offset(match: re.Match, reference: date | None) -> Temporal | None:
    text = match["dur1"] or match["dur2"]
    parsed = _duration_from_text(text)
    if parsed is None:
        return None
    amounts, _vague = parsed
    direction = fold(match["dir"] or "")
    sign = -1 if direction in ("fa", "or sono", "prima") else 1
    start, end = _span(match)
    if match["tra"]:
        start = match.start("tra")
    modifier = lexicon().duration_modifiers.get(fold(match["mod"])) if match["mod"] else None
    if reference is None:
        return Temporal(start, end, "date", "day", value="XXXX-XX-XX", relative=True, modifier=modifier)
    day = tv.shift(reference, amounts, sign)
    return Temporal(
        start,
        end,
        "date",
        "day",
        interval=(day, day),
        value=day.isoformat(),
        relative=True,
        duration=tv.duration_iso(amounts),
        modifier=modifier,
    )


@handler("running_period")
def running_period(match: re.Match, reference: date | None) -> Temporal | None:
    text = match["dur"] or match["dur2"]
    direction = fold(match["dir"] or match["dir2"])
    singular = direction in ("prossimo", "prossima", "ultimo", "ultima")
    amount_text = text if any(ch.isdigit() for ch in text) or len(text.split()) > 1 else "1 " + text
    parsed = _duration_from_text(amount_text)
    if parsed is None:
        return None
    amounts, vague = parsed
    if singular and len(text.split()) > 1:
        return None
    vague = vague or (
        not singular and amount_text != text
    )  # 'nelle prossime settimane': how many is not said
    start, end = _span(match)
    future = direction.startswith(("prossim", "successiv")) or direction == "in futuro"
    iso = _vague_iso(amounts) if vague else tv.duration_iso(amounts)
    if reference is None or vague:
        return Temporal(start, end, "period", None, value=iso, duration=iso, relative=True)
    unit = next(iter(amounts))
    if unit == "Y" and amounts[unit] % 10 == 0 and amounts[unit] >= 10:
        decade = reference.year // 10 * 10
        years = int(amounts[unit])
        first = date(decade + 10 if future else decade - years, 1, 1)
        last = date(first.year + years - 1, 12, 31)
    elif future:
        first, last = reference, tv.shift(reference, amounts) - timedelta(days=1)
    else:
        first, last = tv.shift(reference, amounts, -1), reference
    granularity = {"Y": "year", "M": "month", "W": "week"}.get(unit, "day")
    return Temporal(
        start, end, "period", granularity, interval=(first, last), value=iso, duration=iso, relative=True
    )


@handler("duration")
def duration(match: re.Match, reference: date | None) -> Temporal | None:
    parsed = _duration_from_text(match["dur"])
    if parsed is None:
        return None
    amounts, vague = parsed
    iso = _vague_iso(amounts) if vague else tv.duration_iso(amounts)
    modifier = lexicon().duration_modifiers.get(fold(match["mod"])) if match["mod"] else None
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=iso, modifier=modifier)


@handler("whole_unit")
def whole_unit(match: re.Match, reference: date | None) -> Temporal | None:
    unit = fold(match["u1"] or match["u2"] or match["u3"])
    iso = {"giorno": "P1D", "settimana": "P1W", "mese": "P1M", "anno": "P1Y", "weekend": "P2D"}[unit]
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=iso)


@handler("duration_adjective", cased=True)
def duration_adjective(match: re.Match, reference: date | None) -> Temporal | None:
    if match["adj"] != match["adj"].lower():
        return None  # "la Biennale": a name, not a length
    unit = lexicon().duration_adjectives[fold(match["adj"])]
    iso = "PXY" if unit is None else tv.duration_iso({unit[0]: Decimal(unit[1])})
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=None if unit is None else iso)


@handler("fraction_unit")
def fraction_unit(match: re.Match, reference: date | None) -> Temporal | None:
    if match["mezzora"]:
        iso = "PT0.5H"
    else:
        iso = {"anno": "P0.5Y", "mese": "P0.5M", "giornata": "P0.5D", "settimana": "P0.5W"}[
            fold(match["unit"])
        ]
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=iso)


# --- sets and times ------------------------------------------------------------------------------------
def _clock(hour: str | None, minute: str | None, ampm: str | None, evening: bool = False) -> str | None:
    if hour is None:
        return None
    value = int(hour)
    if ampm and fold(ampm) == "pm" and value < 12 or evening and value < 12:
        value += 12
    return f"T{value:02d}" + (f":{minute}" if minute else "")


@handler("set")
def set_(match: re.Match, reference: date | None) -> Temporal | None:
    lex = lexicon()
    start, end = _span(match)
    part = lex.day_parts.get(fold(match["part"] or "")) if match["part"] else None
    clock = _clock(match["hour"], match["minute"], match["ampm"], evening=part in ("EV", "NI"))
    if match["adverb"]:
        value = lex.set_adverbs[fold(match["adverb"])]
    elif match["unit"] or match["unit2"] or match["unit3"] or match["unit4"]:
        unit = lex.unit(match["unit"] or match["unit2"] or match["unit3"] or match["unit4"])
        if unit is None:
            return None
        count = number_value(match["n"]) if match["n"] else Decimal(1)
        if count is None:
            return None
        value = tv.duration_iso({unit[0]: count * unit[1]})
    elif match["wd"]:
        if match["art"] and fold(match["wd"]) in ("sabato", "domenica"):
            return None  # only "i sabati", "le domeniche" are plurals
        value = f"XXXX-WXX-{lex.weekday_number(match['wd']) + 1}"
    else:
        value = f"T{part}"
    if clock:
        value = value + clock if value.startswith("XXXX") else clock
    return Temporal(start, end, "set", None, value=value)


@handler("time")
def time(match: re.Match, reference: date | None) -> Temporal | None:
    start, end = _span(match)
    if match["today"]:
        part = lexicon().today_parts[fold(match["today"])]
        day = reference.isoformat() if reference else "XXXX-XX-XX"
        return Temporal(start, end, "time", None, value=f"{day}T{part}", relative=True)
    clock = _clock(
        match["hour"] or match["hour2"] or match["hour3"],
        match["minute"] or match["minute2"],
        match["ampm"] or match["ampm3"],
    )
    return Temporal(start, end, "time", None, value=clock)


@handler("vague_units")
def vague_units(match: re.Match, reference: date | None) -> Temporal | None:
    unit = lexicon().unit(match["unit"])
    if unit is None:
        return None
    iso = _vague_iso({unit[0]: Decimal(1)})
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=iso)
