"""Calendar bounds of a TIMEX3 date value, for the gold files' ``start_date`` / ``end_date``.

>>> derive_bounds("2025-Q2")
('2025-04-01', '2025-06-30')
>>> derive_bounds("199X")
('1990-01-01', '1999-12-31')
>>> derive_bounds("XXXX-10-02")
(None, None)
"""

from __future__ import annotations

import calendar
import re
from datetime import date

TIMEX_DATE = re.compile(
    r"""
    ^ (?P<year> \d{4} )
      (?: - (?: Q (?P<quarter> [1-4] )          # 2025-Q2
              | H (?P<half> [12] )              # 2025-H2
              | (?P<month> \d{2} )              # 2025-03
                (?: - (?P<day> \d{2} ) )?       # 2025-03-04
                (?: T [\d:]+ )?                 # 2025-03-04T10:30
            )
      )? $
    | ^ (?P<decade> \d{3} ) X $                 # 199X
    """,
    re.VERBOSE,
)


def _month_span(year: int, first: int, last: int) -> tuple[str, str]:
    end = date(year, last, calendar.monthrange(year, last)[1])
    return date(year, first, 1).isoformat(), end.isoformat()


def derive_bounds(value: str) -> tuple[str | None, str | None]:
    """Return the first and last day (ISO, inclusive) a TIMEX date value covers, or (None, None)."""
    match = TIMEX_DATE.match(value)
    if not match:
        return None, None
    if match["decade"]:
        decade = int(match["decade"]) * 10
        return date(decade, 1, 1).isoformat(), date(decade + 9, 12, 31).isoformat()
    year = int(match["year"])
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"])).isoformat()
        return day, day
    if match["month"]:
        return _month_span(year, int(match["month"]), int(match["month"]))
    if match["quarter"]:
        quarter = int(match["quarter"])
        return _month_span(year, 3 * quarter - 2, 3 * quarter)
    if match["half"]:
        half = int(match["half"])
        return _month_span(year, 6 * half - 5, 6 * half)
    return _month_span(year, 1, 12)
