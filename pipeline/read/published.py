"""Publication dates given by a document or by the caller -> ``datetime.date``, never guessed from today."""

from __future__ import annotations

from datetime import date, datetime

import dateparser

from pipeline.read.errors import INVALID_PUBLISHED

#: dateparser settings for a publication date: absolute dates only, with day, month and year all given
#: ("oggi", "ieri" or "marzo 2025" are not a publication date).
DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
}
DATEPARSER_LANGUAGES = ["it", "en"]

#: Longer values are not a date (and are not handed to dateparser).
MAX_LENGTH = 64


def parse_published(value: object) -> date | None:
    """Turn a publication date given as ``date``, ``datetime`` or text into a ``date`` (``None`` stays).

    Text may be ISO 8601 (``2025-03-04``, ``2025-03-04T10:00:00+01:00``) or an absolute date that
    dateparser reads in Italian or English (``4 marzo 2025``, ``04/03/2025``, day first). Raise
    ``ValueError`` with the message ``invalid published date '...'`` for anything else.

    >>> parse_published("2025-03-04"), parse_published("4 marzo 2025"), parse_published(None)
    (datetime.date(2025, 3, 4), datetime.date(2025, 3, 4), None)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(INVALID_PUBLISHED.format(value=value))
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise ValueError(INVALID_PUBLISHED.format(value=text[:MAX_LENGTH] + "…"))
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    if parsed is None:
        raise ValueError(INVALID_PUBLISHED.format(value=value))
    return parsed.date()
