"""Typed, frozen records and the one step that turns an annotated ``Doc`` into them.

This is the only place where evidence sentences are cut and where the plain-data ``Doc._`` values
written by the components become typed values (``Decimal``, ``datetime.date``).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline import extensions  # noqa: F401  (registers the Doc._ extensions)
from pipeline.errors import E002_BAD_OFFSETS, ItnewsError


@dataclass(frozen=True)
class Document:
    """One input document (a file, or a line of a ``.jsonl``) and what became of it."""

    doc_id: str
    source: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    n_chars: int = 0
    n_tokens: int = 0
    status: str = "ok"
    error: str | None = None
    encoding: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Organization:
    """A mention of an organization, with its canonical name and cross-document key."""

    doc_id: str | None
    mention_id: str
    start: int
    end: int
    text: str
    name: str
    org_key: str
    source: str | None
    sentence: str


@dataclass(frozen=True)
class Money:
    """An amount of money: exact ``Decimal`` in major units plus its ISO 4217 currency."""

    doc_id: str | None
    mention_id: str
    start: int
    end: int
    text: str
    amount: Decimal
    amount_max: Decimal | None
    currency: str | None
    currency_inferred: bool
    qualifier: str
    unit: str | None
    sentence: str


@dataclass(frozen=True)
class DateMention:
    """A temporal expression: a date, period, duration, set or time, normalized to TIMEX/ISO 8601."""

    doc_id: str | None
    mention_id: str
    start: int
    end: int
    text: str
    kind: str
    value: str | None
    start_date: date | None
    end_date: date | None
    duration: str | None
    granularity: str | None
    relative: bool
    modifier: str | None
    sentence: str


@dataclass(frozen=True)
class Term:
    """A contract term (deal or clause) with status, parties, amount and dates."""

    doc_id: str | None
    term_id: str
    start: int
    end: int
    text: str
    type: str
    status: str
    certainty: str
    parties: tuple[str, ...]
    party_roles: tuple[str, ...]
    party_ids: tuple[str, ...]
    amount: Decimal | None
    currency: str | None
    money_id: str | None
    percentage: float | None
    start_date: date | None
    end_date: date | None
    duration: str | None
    date_ids: tuple[str, ...]
    agreement_id: str | None
    mentions: tuple[str, ...]
    sentence: str


RECORD_TYPES = {
    "documents": Document,
    "organizations": Organization,
    "money": Money,
    "dates": DateMention,
    "terms": Term,
}


@dataclass(frozen=True)
class ExtractionResult:
    """Everything extracted from one text: the document row and the four kinds of records.

    ``text`` is the text the offsets refer to: ``text[r.start:r.end] == r.text`` for every record.
    """

    document: Document
    text: str
    organizations: tuple[Organization, ...] = field(default_factory=tuple)
    money: tuple[Money, ...] = field(default_factory=tuple)
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
    terms: tuple[Term, ...] = field(default_factory=tuple)

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def records(self, table: str) -> Sequence[Any]:
        """The records of ``table`` (one of ``pipeline.write.schema.TABLES``)."""
        if table == "documents":
            return (self.document,)
        return getattr(self, table)

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Rows of ``table`` as dicts keyed by the table's columns."""
        return [record_to_row(r) for r in self.records(table)]

    def tables(self) -> dict[str, Any]:
        """One pandas DataFrame per table, with the same columns and types as the written files."""
        from pipeline.write.frames import rows_to_frame
        from pipeline.write.schema import TABLES

        return {name: rows_to_frame(name, self.rows(name)) for name in TABLES}


def record_to_row(record: Any) -> dict[str, Any]:
    """A record as a plain dict (tuples become lists, for list columns)."""
    row = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        row[f.name] = list(value) if isinstance(value, tuple) else value
    return row


#: Evidence longer than this is cut to a window around the span.
MAX_EVIDENCE_CHARS = 1000


class SentenceIndex:
    """Sentence lookup by character offset, built once per text from ``(start, end)`` spans."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.spans = list(spans) or [(0, len(text))]
        self.starts = [s for s, _ in self.spans]

    @classmethod
    def from_doc(cls, doc: Doc) -> SentenceIndex:
        """Index the sentences of ``doc`` (the whole text is one sentence when none were set)."""
        if doc.has_annotation("SENT_START"):
            return cls(doc.text, [(s.start_char, s.end_char) for s in doc.sents])
        return cls(doc.text, [(0, len(doc.text))])

    def around(self, start: int, end: int) -> str:
        """The sentence(s) covering ``[start, end)``, stripped of surrounding whitespace.

        A "sentence" longer than ``MAX_EVIDENCE_CHARS`` (a text without punctuation) is cut to a window
        around the span, on whitespace, so evidence stays readable and costs no more than the span.
        """
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, first)
        lo, hi = self.spans[first][0], self.spans[last][1]
        if hi - lo > MAX_EVIDENCE_CHARS:
            margin = max((MAX_EVIDENCE_CHARS - (end - start)) // 2, 0)
            cut_lo, cut_hi = max(lo, start - margin), min(hi, end + margin)
            space = self.text.find(" ", cut_lo, start)
            lo = space + 1 if cut_lo > lo and space != -1 else cut_lo
            space = self.text.rfind(" ", end, cut_hi)
            hi = space if cut_hi < hi and space != -1 else cut_hi
        return self.text[lo:hi].strip()


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value))


def _date(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    return _iso_date(str(value)[:10])


@lru_cache(maxsize=4096)
def _iso_date(text: str) -> date | None:
    """Memoized: a text's dates repeat ('2025-12-31' ends every 'entro il 2025')."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def _strings(values: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def _mentions(values: Iterable[Any] | None) -> tuple[str, ...]:
    out = []
    for v in values or ():
        if isinstance(v, (list, tuple)) and len(v) == 2:
            out.append(f"{v[0]}-{v[1]}")
        else:
            out.append(str(v))
    return tuple(out)


def _checked(text: str, item: dict[str, Any], kind: str) -> tuple[int, int, str]:
    start, end = int(item["start"]), int(item["end"])
    span = text[start:end]
    if not 0 <= start < end <= len(text) or item.get("text", span) != span:
        raise ItnewsError(E002_BAD_OFFSETS.format(kind=kind, item=item))
    return start, end, span


def doc_annotations(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """The plain-data outputs of the itnews components on ``doc``, keyed by table name."""
    return {
        "organizations": list(doc._.itnews_orgs or ()),
        "money": list(doc._.itnews_money or ()),
        "dates": list(doc._.itnews_dates or ()),
        "terms": list(doc._.itnews_terms or ()),
    }


def doc_to_records(doc: Doc, document: Document | None = None) -> ExtractionResult:
    """Turn a Doc annotated by the itnews components into an :class:`ExtractionResult`."""
    if document is None:
        document = Document(doc_id=doc._.itnews_doc_id or "", n_chars=len(doc.text), n_tokens=len(doc))
    return build_records(doc.text, SentenceIndex.from_doc(doc), doc_annotations(doc), document)


def build_records(
    text: str,
    sentences: SentenceIndex,
    annotations: dict[str, list[dict[str, Any]]],
    document: Document,
) -> ExtractionResult:
    """Typed records from the plain-data annotations of one text (see ``pipeline.extensions``)."""
    doc_id = document.doc_id
    orgs = []
    for item in annotations.get("organizations", ()):
        start, end, span = _checked(text, item, "organization")
        orgs.append(
            Organization(
                doc_id,
                item["id"],
                start,
                end,
                span,
                item.get("name") or span,
                item.get("org_key") or "",
                item.get("source"),
                sentences.around(start, end),
            )
        )
    money = []
    for item in annotations.get("money", ()):
        start, end, span = _checked(text, item, "money")
        money.append(
            Money(
                doc_id,
                item["id"],
                start,
                end,
                span,
                _decimal(item["amount"]),
                _decimal(item.get("amount_max")),
                item.get("currency"),
                bool(item.get("currency_inferred")),
                item.get("qualifier") or "exact",
                item.get("unit"),
                sentences.around(start, end),
            )
        )
    dates = []
    for item in annotations.get("dates", ()):
        start, end, span = _checked(text, item, "date")
        dates.append(
            DateMention(
                doc_id,
                item["id"],
                start,
                end,
                span,
                item.get("kind") or "date",
                item.get("value"),
                _date(item.get("start_date")),
                _date(item.get("end_date")),
                item.get("duration"),
                item.get("granularity"),
                bool(item.get("relative")),
                item.get("modifier"),
                sentences.around(start, end),
            )
        )
    terms = []
    for item in annotations.get("terms", ()):
        start, end, span = _checked(text, item, "term")
        terms.append(
            Term(
                doc_id,
                item["id"],
                start,
                end,
                span,
                item["type"],
                item.get("status") or "active",
                item.get("certainty") or "certain",
                _strings(item.get("parties")),
                _strings(item.get("party_roles")),
                _strings(item.get("party_ids")),
                _decimal(item.get("amount")),
                item.get("currency"),
                item.get("money_id"),
                _float(item.get("percentage")),
                _date(item.get("start_date")),
                _date(item.get("end_date")),
                item.get("duration"),
                _strings(item.get("date_ids")),
                item.get("agreement_id"),
                _mentions(item.get("mentions")),
                sentences.around(start, end),
            )
        )
    return ExtractionResult(document, text, tuple(orgs), tuple(money), tuple(dates), tuple(terms))
