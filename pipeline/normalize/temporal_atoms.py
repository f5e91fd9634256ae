"""Handlers turning one regex match (see :mod:`temporal_patterns`) into a :class:`Temporal`.

A handler returns None to reject a match that the regex alone cannot rule out (an impossible day,
an abbreviation without context). ``reference`` is the publication date or None; relative
expressions without it keep TIMEX ``X`` placeholders and ``relative=True``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.temporal_lexicon import alternation, fold, lexicon, number_value
from pipeline.normalize.temporal_model import Temporal

Handler = Callable[[re.Match, date | None], "Temporal | None"]
HANDLERS: dict[str, Handler] = {}

_DURATION_PART = re.compile(
    rf"""(?:(?P<num>\d+(?:[.,]\d+)?|[^\W\d_]+['’`´]?)\s*-?\s*)?(?P<unit>{alternation(lexicon().units)})(?!\w)
        (?P<half>\s+e\s+mezz[oa])?""",
    re.IGNORECASE | re.VERBOSE,
)
_CUE_BEFORE_ABBREVIATION = re.compile(r"(?:\b(?:a|ad|entro|fino\s+a)\s+)$", re.I)


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register the handler of pattern ``name``."""

    def register(function: Handler) -> Handler:
        HANDLERS[name] = function
        return function

    return register


def _span(match: re.Match) -> tuple[int, int]:
    start = match.start()
    if "lead" in match.re.groupindex and match.group("lead"):
        start = match.end("lead")
    return start, match.end()


def _int(text: str | None) -> int | None:
    if not text:
        return None
    if fold(text).rstrip(".°º") == "primo":
        return 1
    value = number_value(text.rstrip(".°º"))
    return int(value) if value is not None and value == int(value) else None


def _year(text: str | None, reference: date | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'’`´")
    if digits.isdigit() and len(digits) == 2:
        return tv.two_digit_year(int(digits), reference)
    return _int(text)


def _shift_words(text: str | None) -> int | None:
    if not text:
        return None
    words = fold(text).split()
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            found = lexicon().shift_of(" ".join(words[index : index + size]))
            if found is not None:
                return found
    if fold(text).startswith("quest'"):
        return 0
    return None


def _calendar(match: re.Match, granularity: str, year=None, month=None, day=None, **extra) -> Temporal:
    start, end = _span(match)
    return Temporal(start, end, "date", granularity, year, month, day, **extra)


def _valid_day(month: int | None, day: int | None) -> bool:
    if day is None or not 1 <= day <= 31:
        return False
    return month is None or (
        1 <= month <= 12 and day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    )


def duration_amounts(text: str) -> dict[str, Decimal] | None:
    """Parse a duration phrase into ``{designator: amount}``: '1 anno 1 mese e 21 giorni' -> Y, M, D.

    >>> duration_amounts("due ore e mezza")
    {'TH': Decimal('2.5')}
    """
    lex = lexicon()
    folded = fold(text)
    if re.fullmatch(r"mezz'?\s*ora", folded):
        return {"TH": Decimal("0.5")}
    folded = re.sub(r"\bun'\s*ora", "1 ora", folded)
    folded = re.sub(r"\bun quarto d'\s*ora", "15 minuti", folded)
    amounts: dict[str, Decimal] = {}
    for part in _DURATION_PART.finditer(folded):
        unit = lex.unit(part.group("unit"))
        if unit is None:
            continue
        number = part.group("num")
        amount = Decimal(1) if number is None else number_value(number)
        if amount is None:
            continue
        if part.group("half"):
            amount += Decimal("0.5")
        designator, multiplier = unit
        amounts[designator] = amounts.get(designator, Decimal(0)) + amount * multiplier
    return amounts or None


def _duration_from_text(text: str) -> tuple[dict[str, Decimal], bool] | None:
    vague = any(word in lexicon().vague_quantities for word in fold(text).split())
    amounts = duration_amounts(re.sub(r"[\d.,]+(?=[^\W\d_])", lambda m: m.group(0) + " ", text))
    return (amounts, vague) if amounts else None


def _vague_iso(amounts: dict[str, Decimal]) -> str:
    unit = next(iter(amounts))
    return "PT" + "X" + unit[1] if unit.startswith("T") else "PX" + unit


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
    context = match.string[: match.start()]
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
    if match["mon"]:
        month_number = lexicon().month_number(match["mon"])
        year = tv.resolve_partial_month(month_number, reference) if reference else None
    elif reference is not None:
        shifted = tv.add_months(reference.replace(day=1), _shift_words(match["rm"]) or 0)
        year, month_number = shifted.year, shifted.month
    else:
        return Temporal(start, end, "period", "week", value="XXXX-XX-WXX", relative=True)
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
    if match["mon"]:
        month_number = lexicon().month_number(match["mon"])
        year = tv.resolve_partial_month(month_number, reference) if reference else None
    elif reference is not None:
        shifted = tv.add_months(reference.replace(day=1), _shift_words(match["rm"]) or 0)
        year, month_number = shifted.year, shifted.month
    else:
        year, month_number = None, None
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
    if reference is None:
        return Temporal(start, end, "date", "day", value="XXXX-XX-XX", relative=True)
    day = reference + timedelta(days=offset)
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
    if edge == "mid" and not re.search(
        r"\b(?:a|entro|verso|da|dalla|fino\s+a|per)\s*$", match.string[: match.start()], re.I
    ):
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


@handler("duration_adjective")
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


@handler("bare_day")
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


@handler("rest_of_unit")
def rest_of_unit(match: re.Match, reference: date | None) -> Temporal | None:
    start, end = _span(match)
    whole = unit_period(match["unit"], 0, reference, start, end)
    if reference is None or whole.interval is None:
        return whole.copy(kind="period", modifier="rest")
    return whole.copy(kind="period", interval=(reference, whole.interval[1]), modifier="rest")


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


@handler("vague_units")
def vague_units(match: re.Match, reference: date | None) -> Temporal | None:
    unit = lexicon().unit(match["unit"])
    if unit is None:
        return None
    iso = _vague_iso({unit[0]: Decimal(1)})
    start, end = _span(match)
    return Temporal(start, end, "duration", None, value=iso, duration=iso)
