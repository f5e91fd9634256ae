"""The Python API behind ``pipeline.extract`` and ``pipeline.extract_many``."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from spacy.language import Language

from pipeline.chunks import merge_chunks
from pipeline.components.base import collector_paused
from pipeline.errors import E001_BAD_PUBLISHED, UsageError
from pipeline.extensions import TEXT_KEY
from pipeline.nlp import load
from pipeline.read import split_for_nlp
from pipeline.records import Document, ExtractionResult, SentenceIndex, build_records, doc_annotations

#: Texts longer than this are processed in chunks cut on paragraph boundaries (bounded memory).
MAX_CHUNK_CHARS = 100_000

Item = str | tuple[str, dict[str, Any]]


def parse_published(value: str | date | datetime | None) -> date | None:
    """A publication date from an ISO string, a date or a datetime; None stays None.

    >>> parse_published("2025-01-21")
    datetime.date(2025, 1, 21)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise UsageError(E001_BAD_PUBLISHED.format(value=value)) from exc


def _as_item(item: Item, index: int) -> tuple[str, dict[str, Any]]:
    if isinstance(item, str):
        return item, {"doc_id": str(index)}
    text, meta = item
    meta = dict(meta or {})
    meta.setdefault("doc_id", str(index))
    return text, meta


def _resolve_nlp(nlp: Language | None, model: str | os.PathLike | None) -> Language:
    return nlp if nlp is not None else load(model)


def extract_many(
    items: Iterable[Item],
    *,
    nlp: Language | None = None,
    model: str | os.PathLike | None = "auto",
    published: str | date | None = None,
    n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[ExtractionResult]:
    """Extract from many texts, streaming one :class:`ExtractionResult` per item in input order.

    ``items`` are strings or ``(text, meta)`` pairs whose ``meta`` may give ``doc_id``, ``published``
    (defaults to the ``published`` argument), ``title``, ``source``, ``url``. Texts run through
    ``nlp.pipe`` in batches; long texts are cut into chunks on paragraph boundaries and their records
    put back together with offsets into the whole text.

    >>> [r.doc_id for r in extract_many(["Enel ha firmato.", ("Eni.", {"doc_id": "b"})], model="blank")]
    ['0', 'b']
    """
    nlp = _resolve_nlp(nlp, model)
    default_published = parse_published(published)
    pending: deque[tuple[dict[str, Any], str, int, int, bool]] = deque()

    def docs() -> Iterator[Any]:
        for index, item in enumerate(items):
            text, meta = _as_item(item, index)
            when = parse_published(meta.get("published")) if meta.get("published") else default_published
            meta["published"] = when
            chunks = split_for_nlp(text, MAX_CHUNK_CHARS) or [(0, text)]
            for n, (offset, chunk) in enumerate(chunks):
                doc = nlp.make_doc(chunk)
                doc.user_data[TEXT_KEY] = chunk
                doc._.itnews_published = when.isoformat() if when else None
                doc._.itnews_doc_id = meta["doc_id"]
                doc._.itnews_title = meta.get("title")
                pending.append((meta, text, offset, len(doc), n == len(chunks) - 1))
                yield doc

    parts: list[tuple[int, list[tuple[int, int]], dict[str, list[dict[str, Any]]]]] = []
    n_tokens = 0
    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        meta, text, offset, tokens, last = pending.popleft()
        n_tokens += tokens
        sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        parts.append((offset, sents, doc_annotations(doc)))
        if not last:
            continue
        with collector_paused():
            result = _records(text, parts, meta, n_tokens)
        yield result
        parts, n_tokens = [], 0


def _records(
    text: str,
    parts: list[tuple[int, list[tuple[int, int]], dict[str, list[dict[str, Any]]]]],
    meta: dict[str, Any],
    n_tokens: int,
) -> ExtractionResult:
    """The records of one text from the annotations of its chunks."""
    spans, annotations = merge_chunks(parts, len(text))
    document = Document(
        doc_id=meta["doc_id"],
        source=meta.get("source"),
        title=meta.get("title"),
        published=meta["published"],
        url=meta.get("url"),
        n_chars=len(text),
        n_tokens=n_tokens,
        status="ok" if text.strip() else "empty",
        encoding=meta.get("encoding"),
        sha256=meta.get("sha256"),
    )
    return build_records(text, SentenceIndex(text, spans), annotations, document)


def extract(
    text: str,
    published: str | date | None = None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    nlp: Language | None = None,
    model: str | os.PathLike | None = "auto",
) -> ExtractionResult:
    """Extract organizations, money, dates and contract terms from one Italian text.

    ``published`` (ISO string, date or None) anchors relative dates ("ieri", "l'anno scorso"); it is
    never guessed from today's date. ``title``, the article's headline, tells which company the article
    is about: the party a term leaves implicit.

    >>> res = extract("Enel ha investito 2 milioni di euro.", published="2025-01-21", model="blank")
    >>> [(m.amount, m.currency) for m in res.money]
    [(Decimal('2000000'), 'EUR')]
    """
    meta = {"doc_id": doc_id or "", "published": published, "title": title}
    return next(extract_many([(text, meta)], nlp=nlp, model=model))
