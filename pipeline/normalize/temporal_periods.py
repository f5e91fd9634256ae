"""Second pass: combine found expressions into ranges ('dal 4 al 22 marzo'), open periods and bounds
('fino al 2030', 'dal 2019'), and start/middle/end parts ('fine marzo'), looking at the words between them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.normalize import temporal_values as tv
from pipeline.normalize.regex_literals import gated
from pipeline.normalize.temporal_atoms_relative import apply_edge
from pipeline.normalize.temporal_lexicon import alternation, fold, lexicon
from pipeline.normalize.temporal_model import Temporal

_A = r"['’`´]"
RANGE_OPENER = re.compile(
    rf"""(?<!\w)(?P<opener>(?P<from>dal|dall{_A}|dalla|da|a\s+partire\s+da(?:l|ll{_A}|lla)?|nel|nell{_A})
        |(?P<between>tra|fra)(?:\s+(?:il|l{_A}|la|i))?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
FROM_CONNECTOR = re.compile(
    rf"""^\s*(?:al|all{_A}|alla|a|ad|(?:fino|sino)\s+(?:al|all{_A}|alla|a|ad)|-|–|—)\s*$""", re.I | re.X
)
BETWEEN_CONNECTOR = re.compile(rf"""^\s*(?:e|ed|-|–)\s*(?:il|l{_A}|la)?\s*$""", re.I | re.X)
DASH_CONNECTOR = re.compile(r"""^\s*[-–—/]\s*$""", re.X)
CONTEXT_GAP = re.compile(r"""^\s*,?\s*(?:di|del|dello|della|nel|il|in|a)?\s*$""", re.I | re.X)
EDGE_BEFORE = re.compile(
    rf"""(?<!\w)(?P<cue>(?:a|alla|all{_A}|entro|verso|dalla|dall{_A}|fino\s+alla|per|sino\s+alla)\s*)?
        (?P<edge>{alternation(lexicon().edges)})\s+(?:(?:di|del|dello|della|dell{_A}|degli|dei)\s*)?$""",
    re.I | re.X,
)


def _bound_cue_regex() -> re.Pattern[str]:
    parts = []
    for modifier, cues in lexicon().bound_cues.items():
        parts.append(f"(?P<{modifier}>{alternation(cues)})")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\s*$", re.IGNORECASE)


BOUND_CUE = _bound_cue_regex()
STANDALONE_BARE_DAY_LEADS = {"il", "per il", "entro il", "fino al", "del", "l'"}


def _is_calendar(item: Temporal) -> bool:
    return item.kind in ("date", "period") and item.granularity in (
        "day",
        "month",
        "year",
        "week",
        "quarter",
        "half",
        "decade",
    )


def _inherit(first: Temporal, second: Temporal) -> Temporal:
    """Give the range's first end the month/year it leaves implicit: 'dal 4 al 22 marzo'."""
    if not first.is_partial_calendar:
        return first
    changes = {}
    if first.granularity == "day" and first.month is None and second.month is not None:
        changes["month"] = second.month
    if first.year is None and second.year is not None:
        changes["year"] = second.year
    return first.copy(**changes) if changes else first


def _with_context(item: Temporal, context: Temporal) -> Temporal:
    if not item.is_partial_calendar or item.granularity != "day":
        return item
    if context.interval and context.granularity == "month":
        return item.copy(
            year=context.interval[0].year,
            month=context.interval[0].month,
            relative=item.relative or context.relative,
        )
    if context.granularity == "month" and context.month:
        return item.copy(month=context.month, year=context.year)
    return item


def _range(
    first: Temporal, second: Temporal, start: int, end: int, reference: date | None
) -> Temporal | None:
    """The period from ``first`` to ``second``; None when written fields put the end before the start."""
    first_left_out, second_left_out = _left_out(first), _left_out(second)
    second_written = second
    first = _inherit(first, second)
    second = second.resolve(reference)
    if first.is_partial_calendar and second.interval and second.interval[0]:
        if first.granularity == "day" and first.year is None and first.month is not None:
            first = first.copy(year=second.interval[0].year)
        elif first.granularity == "day" and first.month is None:
            first = first.copy(year=second.interval[0].year, month=second.interval[0].month)
        elif first.granularity == "month" and first.year is None:
            first = first.copy(year=second.interval[0].year)
    first_filled = first
    first = first.resolve(reference)
    relative = first.relative or second.relative
    if not (first.interval and second.interval and first.interval[0] and second.interval[1]):
        if first.value is None or second.value is None:
            return None
        value = f"{first.value}/{second.value}"
        return Temporal(start, end, "period", first.granularity, value=value, relative=relative)
    if first.interval[0] > second.interval[0]:
        if "year" in first_left_out:
            months = -1 if "month" in first_left_out else -12
            moved = _moved(first_filled, months, reference)
            if moved is not None and moved.interval[0] <= second.interval[0]:
                first = moved
        if first.interval[0] > second.interval[0] and "year" in second_left_out and not first_left_out:
            months = 1 if "month" in second_left_out else 12
            for _ in range(2):  # an end without a year rolls forward past the start
                second = _moved(second_written, months, reference, after=second)
                if second is None or first.interval[0] <= second.interval[0]:
                    break
        if second is None or first.interval[0] > second.interval[0]:
            return None  # both ends written in full: 'dal 10 marzo 2025 al 2 marzo 2025' is no period
    begin, finish = first.interval[0], second.interval[1]
    if first.granularity in ("year", "decade") and second.granularity == first.granularity:
        duration = f"P{second.interval[0].year - begin.year}Y"
    else:
        duration = f"P{(second.interval[0] - begin).days}D"
    value = f"{begin.isoformat()}/{finish.isoformat()}"
    return Temporal(
        start,
        end,
        "period",
        first.granularity,
        interval=(begin, finish),
        value=value,
        duration=duration,
        relative=relative,
    )


def _left_out(item: Temporal) -> frozenset[str]:
    """The calendar fields ('year', 'month') a partial day or month leaves to context; none for the rest."""
    if not item.is_partial_calendar or item.granularity not in ("day", "month"):
        return frozenset()
    missing = {"year"} if item.year is None else set()
    if item.granularity == "day" and item.month is None:
        missing.add("month")
    return frozenset(missing)


def _moved(
    written: Temporal, months: int, reference: date | None, after: Temporal | None = None
) -> Temporal | None:
    """A partial day or month moved by whole months from where it stands (``after``, resolved, or its own
    fields), resolved again; None when the moved day does not exist."""
    placed = after if after is not None else written.resolve(reference)
    if not placed.interval or not placed.interval[0]:
        return None
    total = placed.interval[0].year * 12 + placed.interval[0].month - 1 + months
    year, month = divmod(total, 12)
    moved = written.copy(year=year, month=month + 1, interval=None, value=None).resolve(reference)
    return moved if moved.interval else None


def _try_range(
    items: list[Temporal], index: int, text: str, reference: date | None
) -> tuple[Temporal, int] | None:
    first = items[index]
    if index + 1 >= len(items) or not (_is_calendar(first) and _is_calendar(items[index + 1])):
        return None
    second = items[index + 1]
    gap = text[first.end : second.start]
    opener = RANGE_OPENER.search(text, max(0, first.start - 30), first.start)
    start = first.start
    if opener and opener["from"] and FROM_CONNECTOR.match(gap):
        start = opener.start()
    elif opener and opener["between"] and BETWEEN_CONNECTOR.match(gap):
        start = opener.start()
    elif not (DASH_CONNECTOR.match(gap) and first.granularity == second.granularity):
        return None
    used = 2
    end = second.end
    if index + 2 < len(items):
        context = items[index + 2]
        if context.granularity == "month" and CONTEXT_GAP.match(text[second.end : context.start]):
            if first.is_partial_calendar and second.is_partial_calendar and second.month is None:
                first, second = _with_context(first, context), _with_context(second, context)
                end, used = context.end, 3
    ranged = _range(first, second, start, end, reference)
    if ranged is None:
        return None
    ranged.source = f"range:{first.source}:{second.source}"
    return ranged, used


def _bound(item: Temporal, text: str, reference: date | None) -> Temporal:
    """Open periods and bounds from the cue before an expression: 'fino al 2030', 'dal 2019'."""
    cue = BOUND_CUE.search(text, max(0, item.start - 25), item.start)
    if cue is None:
        return item
    modifier = next(name for name, value in cue.groupdict().items() if value)
    if item.kind == "duration":
        if fold(cue.group(0)).startswith("entro") and reference is not None and item.duration:
            amounts = _amounts(item.duration)
            day = tv.shift(reference, amounts) if amounts else None
            if day:
                return Temporal(
                    cue.start(),
                    item.end,
                    "date",
                    "day",
                    interval=(day, day),
                    value=day.isoformat(),
                    duration=item.duration,
                    relative=True,
                    modifier="end_bound",
                )
        return item
    if not _is_calendar(item) or item.kind == "time":
        return item
    if modifier == "end_bound" and item.is_partial_calendar and item.year is None:
        item = item.copy(tense=1)  # 'entro il 31 dicembre', 'fino a marzo': a deadline ahead
    resolved = item.resolve(reference)
    if modifier == "approx":
        return resolved.copy(start=cue.start(), modifier="approx")
    if modifier == "start_bound" and fold(cue.group(0)) in ("da",) and item.granularity == "day":
        return resolved.copy(
            start=cue.start(),
            kind="period",
            modifier="start_bound",
            interval=(resolved.interval[0], None) if resolved.interval else None,
        )
    interval = resolved.interval
    if interval:
        interval = (interval[0], None) if modifier == "start_bound" else (None, interval[1])
    return resolved.copy(start=cue.start(), kind="period", interval=interval, modifier=modifier)


def _amounts(iso: str):
    from decimal import Decimal

    match = re.fullmatch(
        r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?", iso
    )
    if not match:
        return None
    return {unit: Decimal(value) for unit, value in match.groupdict().items() if value}


def _edge(item: Temporal, text: str, reference: date | None) -> Temporal:
    if not _is_calendar(item) or item.modifier:
        return item
    found = gated(EDGE_BEFORE).search(text, max(0, item.start - 30), item.start)
    if found is None:
        return item
    edged = apply_edge(item.resolve(reference), lexicon().edges[fold(found["edge"])])
    return edged.copy(start=found.start("edge"))


CONTAINING_UNIT_BEFORE = re.compile(r"(?<!\w)(?P<unit>settimana|mese)\s+(?:del|dell['’`´])\s*$", re.I)


def _containing_unit(item: Temporal, text: str, reference: date | None) -> Temporal:
    """'la settimana del 16 settembre': the week (or month) holding the day."""
    if item.granularity != "day" or item.kind != "date":
        return item
    found = gated(CONTAINING_UNIT_BEFORE).search(text, max(0, item.start - 20), item.start)
    if found is None:
        return item
    day = item.resolve(reference)
    if not day.interval or not day.interval[0]:
        return item.copy(start=found.start())
    if fold(found["unit"]) == "settimana":
        interval, granularity = tv.week_interval(day.interval[0]), "week"
        value = tv.week_timex(day.interval[0])
    else:
        interval = tv.month_interval(day.interval[0].year, day.interval[0].month)
        granularity, value = "month", day.interval[0].strftime("%Y-%m")
    return day.copy(
        start=found.start(), kind="period", granularity=granularity, interval=interval, value=value
    )


def attach_month_context(items: list[Temporal], text: str, reference: date | None) -> list[Temporal]:
    """A day without month takes the month named right after it: 'il 20 del prossimo mese'."""
    attached: list[Temporal] = []
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            following is not None
            and item.is_partial_calendar
            and item.granularity == "day"
            and item.month is None
            and following.granularity == "month"
            and CONTEXT_GAP.match(text[item.end : following.start])
        ):
            context = following.resolve(reference)
            if context.interval:
                item = item.copy(
                    month=context.interval[0].month,
                    year=context.interval[0].year,
                    end=context.end,
                    relative=True,
                )
            else:
                item = item.copy(month=following.month, year=following.year, end=following.end)
            attached.append(item)
            index += 2
            continue
        attached.append(item)
        index += 1
    return attached


def resolve_anaphora(items: list[Temporal]) -> list[Temporal]:
    """'l'anno precedente' counts from the last year the text named, when it named one."""
    last_year = None
    resolved = []
    for item in items:
        if item.anaphoric_shift is not None and item.granularity == "year" and last_year is not None:
            year = last_year + item.anaphoric_shift
            item = item.copy(interval=(date(year, 1, 1), date(year, 12, 31)), value=str(year))
        elif (
            item.interval
            and item.interval[0]
            and item.granularity in ("year", "quarter", "half", "month", "day")
        ):
            last_year = item.interval[0].year
        resolved.append(item)
    return resolved


def merge_clock_into_sets(items: list[Temporal], text: str) -> list[Temporal]:
    """'alle 9 ogni domenica': a clock time right before a recurring day becomes that set's time."""
    merged: list[Temporal] = []
    for item in items:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "time"
            and item.kind == "set"
            and previous.value
            and previous.value.startswith("T")
            and re.fullmatch(r"\s*(?:di\s+)?", text[previous.end : item.start])
        ):
            clock = previous.value
            value = item.value + clock if item.value and item.value.startswith("XXXX") else clock
            merged[-1] = item.copy(start=previous.start, value=value)
            continue
        merged.append(item)
    return merged


def _within_week(combined: list[Temporal], item: Temporal, text: str) -> Temporal:
    """'la prossima settimana tra mercoledì e venerdì': weekdays of the week just named."""
    week = combined[-1]
    gap = text[week.end : item.start]
    if week.granularity != "week" or not week.interval or not item.interval or gap.strip(" ,"):
        return item
    monday = week.interval[0] - timedelta(days=week.interval[0].weekday())
    first = monday + timedelta(days=item.interval[0].weekday())
    last = monday + timedelta(days=item.interval[1].weekday())
    if last < first:  # 'tra venerdì e mercoledì' crosses the week's end: not inside the week named
        return item
    combined.pop()
    return item.copy(
        start=week.start,
        interval=(first, last),
        value=f"{first.isoformat()}/{last.isoformat()}",
        duration=f"P{(last - first).days}D",
    )


_PAST_NEAR = re.compile(
    r"""\b(?:ha|hanno|aveva|avevano|era|erano|è|sono|fu|furono|stat[oaie])\s+(?:\w+\s+)?\w{3,}(?:at|ut|it)[oaie]\b
      |\b\w{3,}(?:at|ut|it)[oaie]\s+(?:\w+\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_FUTURE_NEAR = re.compile(
    r"""\b\w{2,}(?:erà|irà|arà|eranno|iranno|aranno|erò|irò)\b
      |\b(?:dovrebbe|dovrebbero|attes[oaie]|previst[oaie]|in\s+programma|prossim[oaie])\b
      |\b(?:in\s+scadenza|scad(?:e|ono))\b                 # 'in scadenza a dicembre', 'scade a marzo'
      |\bsarebber?o?\s+\w{3,}(?:at|ut|it)[oaie]\s+(?:\w+\s+)?$  # 'sarebbe scaduta a dicembre'""",
    re.IGNORECASE | re.VERBOSE,
)


def month_tense(item: Temporal, text: str) -> int:
    """-1 / +1 when the verbs next to a month without year ('annunciata a marzo', 'partiranno a maggio')
    put it in the past or the future; 0 when they do not say (the nearest occurrence is taken)."""
    before = text[max(0, item.start - 40) : item.start]
    before = before[max(before.rfind("."), before.rfind("\n")) + 1 :]
    after = text[item.end : item.end + 30].split(".")[0].split("\n")[0]
    if _FUTURE_NEAR.search(before) or _FUTURE_NEAR.search(after):
        return 1
    if _PAST_NEAR.search(before) or re.match(r"\s*(?:\w+\s+)?(?:aveva|avevano|ha|hanno|era)\s", after):
        return -1
    return 0


def _with_tense(item: Temporal, text: str) -> Temporal:
    if item.granularity == "month" and item.year is None and item.is_partial_calendar:
        return item.copy(tense=month_tense(item, text))
    return item


def combine(items: list[Temporal], text: str, reference: date | None) -> list[Temporal]:
    """Merge neighbouring expressions into ranges and apply edge and bound cues; drop unused bare days."""
    items = attach_month_context([_with_tense(item, text) for item in items], text, reference)
    combined: list[Temporal] = []
    index = 0
    while index < len(items):
        ranged = _try_range(items, index, text, reference)
        if ranged is not None:
            item, used = ranged
            if (
                combined
                and combined[-1].granularity == "month"
                and not text[combined[-1].end : item.start].strip()
            ):
                context = combined.pop()
                if item.interval is None or item.granularity == "day":
                    in_context = _try_range(
                        [_with_context(items[index], context), _with_context(items[index + 1], context)],
                        0,
                        text,
                        reference,
                    )
                    item = in_context[0] if in_context else item
                item = item.copy(start=context.start)
            elif combined and item.source == "range:weekday:weekday":
                item = _within_week(combined, item, text)
            combined.append(item)
            index += used
            continue
        item = items[index]
        index += 1
        if item.source.startswith("bare_day:") and item.source[9:] not in STANDALONE_BARE_DAY_LEADS:
            continue
        item = _edge(_containing_unit(item, text, reference), text, reference)
        combined.append(_bound(item, text, reference))
    return resolve_anaphora(merge_clock_into_sets([item.resolve(reference) for item in combined], text))
