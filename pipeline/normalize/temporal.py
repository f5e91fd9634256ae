"""Find and normalize Italian temporal expressions: dates, periods, durations, sets and times.

The entry point :func:`find_temporal` is a pure function of the text and the publication date; the
spaCy component ``itnews_dates`` is a thin wrapper around it.

>>> [(r["text"], r["value"]) for r in find_temporal("firmato ieri, in vigore fino al 2030", "2025-01-21")]
[('ieri', '2025-01-20'), ('fino al 2030', '2030')]
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from functools import cache

from pipeline.normalize.temporal_anchors import Anchor, anchored_matches
from pipeline.normalize.temporal_atoms import HANDLERS
from pipeline.normalize.temporal_model import Temporal
from pipeline.normalize.temporal_patterns import compiled_patterns
from pipeline.normalize.temporal_periods import combine

#: Kinds kept even inside an amount's span: '5 milioni di dollari ogni anno' says how often.
UNBLOCKED_KINDS = frozenset({"set"})


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, non-overlapping ``spans``."""
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start


def _candidates(
    text: str, reference: date | None, blocked: list[tuple[int, int]], anchors: list[Anchor] | None
) -> list[Temporal]:
    found: list[Temporal] = []
    blocked = sorted(blocked)
    for name, match in anchored_matches(text, blocked, anchors):
        item = HANDLERS[name](match, reference)
        if item is None or item.end <= item.start:
            continue
        if blocked and item.kind not in UNBLOCKED_KINDS and _overlaps_any(blocked, item.start, item.end):
            continue
        item.source = item.source or name
        found.append(item)
    return found


@cache
def _pattern_rank() -> dict[str, int]:
    return {name: rank for rank, name in enumerate(compiled_patterns())}


def _select(candidates: list[Temporal]) -> list[Temporal]:
    """Longest expressions win; among equals, the earlier pattern (more specific) wins.

    Taken characters are marked in one flag array, so each check costs the length of its span, not the
    number of expressions kept before it (long texts stay linear).
    """
    if not candidates:
        return []
    order = _pattern_rank()
    ranked = sorted(
        candidates,
        key=lambda t: (-(t.end - t.start), order.get(t.source.split(":")[0], 99), t.start),
    )
    taken = bytearray(max(item.end for item in candidates))
    chosen: list[Temporal] = []
    for item in ranked:
        if taken.find(1, item.start, item.end) == -1:
            taken[item.start : item.end] = b"\x01" * (item.end - item.start)
            chosen.append(item)
    return sorted(chosen, key=lambda t: t.start)


def parse_reference(published: str | date | None) -> date | None:
    """The publication date as a :class:`date` (ISO strings accepted, time part ignored)."""
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def find_temporal(
    text: str,
    published: str | date | None = None,
    blocked: list[tuple[int, int]] | None = None,
    anchors: list[Anchor] | None = None,
) -> list[dict]:
    """All temporal expressions of ``text`` as ``itnews_dates`` records, sorted by start.

    ``published`` anchors relative and partial expressions; without it they keep TIMEX ``X``
    placeholders and ``relative=True``. Candidates overlapping a ``blocked`` span (money amounts)
    are skipped, except recurrences (``UNBLOCKED_KINDS``). ``anchors`` (see :mod:`temporal_anchors`)
    may come from an already tokenized text.
    """
    reference = parse_reference(published)
    items = _select(_candidates(text, reference, blocked or [], anchors))
    items = combine(items, text, reference)
    records = []
    for number, item in enumerate(sorted(items, key=lambda t: t.start), start=1):
        records.append(item.resolve(reference).to_record(text, number))
    return records
