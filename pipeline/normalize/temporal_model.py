"""The working object of temporal extraction and its conversion to the ``doc._.itnews_dates`` record."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from pipeline.normalize import temporal_values as tv


@dataclass
class Temporal:
    """One temporal expression while it is being found, combined and resolved.

    Calendar dates may stay partial (``year``/``month`` None) until :meth:`resolve` fills them from the
    publication date; other kinds carry their ``interval`` and ``value`` from the start.
    """

    start: int
    end: int
    kind: str = "date"
    granularity: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    interval: tuple[date | None, date | None] | None = None
    value: str | None = None
    duration: str | None = None
    relative: bool = False
    modifier: str | None = None
    source: str = ""
    day_end: int | None = None
    anaphoric_shift: int | None = None
    tense: int = 0  # -1 / +1 when the words around a month without year say past / future

    @property
    def is_partial_calendar(self) -> bool:
        """True when the expression is a calendar date/month/year still missing a field."""
        return self.interval is None and self.granularity in ("day", "month", "year") and self.value is None

    def copy(self, **changes) -> Temporal:
        """A modified copy (a plain attribute copy: ``dataclasses.replace`` re-runs ``__init__``, and
        copying is the commonest step of combining and resolving)."""
        if not changes.keys() <= _FIELD_NAMES:
            raise TypeError(f"unknown Temporal fields: {sorted(changes.keys() - _FIELD_NAMES)}")
        clone = object.__new__(Temporal)
        clone.__dict__.update(self.__dict__)
        clone.__dict__.update(changes)
        return clone

    def resolve(self, reference: date | None) -> Temporal:
        """Fill missing calendar fields from ``reference`` (nearest occurrence) and compute value/interval."""
        if not self.is_partial_calendar:
            return self
        year, month, day = self.year, self.month, self.day
        relative = self.relative or year is None
        if self.granularity == "day" and self.day_end is not None:
            return self._resolve_day_range(reference)
        if self.granularity == "day":
            if year is None or month is None:
                resolved = tv.resolve_partial_day(month, day, reference, self.tense) if reference else None
                if resolved is None:
                    value = f"XXXX-{month:02d}-{day:02d}" if month else f"XXXX-XX-{day:02d}"
                    return self.copy(value=value, relative=True)
                year, month = resolved.year, resolved.month
            try:
                the_day = date(year, month, day)
            except ValueError:  # '29 febbraio 1995', '31 aprile': no such day, so no value
                return self.copy(year=year, month=month, relative=relative, kind="date", granularity=None)
            return self.copy(
                year=year,
                month=month,
                interval=(the_day, the_day),
                value=the_day.isoformat(),
                relative=relative,
            )
        if self.granularity == "month":
            if year is None:
                if reference is None:
                    return self.copy(value=f"XXXX-{month:02d}", relative=True)
                year = tv.resolve_partial_month(month, reference, self.tense)
            return self.copy(
                year=year,
                interval=tv.month_interval(year, month),
                value=f"{year:04d}-{month:02d}",
                relative=relative,
            )
        return self.copy(interval=tv.year_interval(year), value=f"{year:04d}", relative=relative)

    def _resolve_day_range(self, reference: date | None) -> Temporal:
        single = self.copy(day_end=None).resolve(reference)
        if single.interval is None:
            month = f"{self.month:02d}" if self.month else "XX"
            value = f"XXXX-{month}-{self.day:02d}/XXXX-{month}-{self.day_end:02d}"
            return self.copy(kind="period", value=value, relative=True)
        first = single.interval[0]
        try:
            last = first.replace(day=self.day_end)
        except ValueError:
            return single
        return single.copy(
            kind="period",
            interval=(first, last),
            value=f"{first.isoformat()}/{last.isoformat()}",
            duration=f"P{(last - first).days}D",
            day_end=None,
        )

    def to_record(self, text: str, number: int) -> dict:
        """The plain-data record of the ``itnews_dates`` contract."""
        first, last = self.interval if self.interval else (None, None)
        return {
            "id": f"D{number}",
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "kind": self.kind,
            "value": self.value,
            "start_date": first.isoformat() if first else None,
            "end_date": last.isoformat() if last else None,
            "duration": self.duration,
            "granularity": self.granularity,
            "relative": self.relative,
            "modifier": self.modifier,
        }


_FIELD_NAMES = frozenset(field.name for field in fields(Temporal))
