"""Process one shard of input files into Parquet part files (one per table).

Each worker process loads the pipeline once and runs ``nlp.pipe`` over the shard's articles. A shard
is done when its marker file exists; its part files are written atomically before the marker, so a
run killed at any point leaves either a complete shard or one that the next run redoes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.api import extract_many
from pipeline.batch.plan import Shard
from pipeline.nlp import load
from pipeline.records import Document, record_to_row
from pipeline.write.atomic import atomic_path, atomic_text
from pipeline.write.frames import rows_to_arrow
from pipeline.write.schema import SCHEMAS, TABLES
from pipeline.write.tables import TEXTS, TEXTS_SCHEMA

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.read import Article

PART_TABLES = (*TABLES, TEXTS)


@dataclass(frozen=True)
class RunSettings:
    """What every worker needs to know to process a shard the same way."""

    out: str
    model: str
    published: str | None
    batch_size: int = 32
    block_articles: int = 256


@dataclass(frozen=True)
class ShardStats:
    """Counts of one processed shard, for the run summary."""

    key: str
    documents: int
    errors: int
    tokens: int
    rows: dict[str, int]


def parts_dir(out: str | Path) -> Path:
    """The dataset folder holding one sub-folder of Parquet part files per table."""
    return Path(out) / "parts"


def done_marker(out: str | Path, key: str) -> Path:
    """The file whose presence says shard ``key`` is complete."""
    return Path(out) / "parts" / "_done" / f"{key}.json"


def part_path(out: str | Path, table: str, key: str) -> Path:
    return parts_dir(out) / table / f"part-{key}.parquet"


def _document_row(article: Article) -> dict[str, Any]:
    document = Document(
        doc_id=article.doc_id,
        source=article.source,
        title=article.title,
        published=article.published,
        url=article.url,
        n_chars=len(article.text),
        n_tokens=0,
        status=article.status,
        error=article.error,
        encoding=article.encoding,
        sha256=article.sha256,
    )
    return record_to_row(document)


def _blocks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    block: list[Article] = []
    for article in articles:
        block.append(article)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def _extract_block(block: list[Article], nlp: Language, batch_size: int) -> tuple[dict[str, list[dict]], int]:
    """The rows of every part table for a block of articles (documents in article order), and its tokens."""
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in PART_TABLES}
    document_rows: dict[str, dict[str, Any]] = {}
    items = (
        (
            a.text,
            {
                "doc_id": a.doc_id,
                "published": a.published,
                "title": a.title,
                "source": a.source,
                "url": a.url,
                "encoding": a.encoding,
                "sha256": a.sha256,
            },
        )
        for a in block
        if a.ok
    )
    tokens = 0
    for result in extract_many(items, nlp=nlp, batch_size=batch_size):
        document_rows[result.doc_id] = record_to_row(result.document)
        tokens += result.document.n_tokens
        for table in TABLES[1:]:
            rows[table].extend(result.rows(table))
        rows[TEXTS].append({"doc_id": result.doc_id, "text": result.text})
    for article in block:
        rows["documents"].append(document_rows.get(article.doc_id) or _document_row(article))
    return rows, tokens


def _to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=TEXTS_SCHEMA) if table == TEXTS else rows_to_arrow(table, rows)


def _block_tables(block: list[Article], nlp: Language, batch_size: int) -> tuple[dict[str, pa.Table], int]:
    rows, tokens = _extract_block(block, nlp, batch_size)
    return {table: _to_arrow(table, rows[table]) for table in PART_TABLES if rows[table]}, tokens


def _failed(article: Article, exc: Exception) -> Article:
    message = f"extraction failed: {type(exc).__name__}: {exc}"
    return dataclasses.replace(article, status="error", error=message[:500])


def _isolated_block_tables(
    block: list[Article], nlp: Language, batch_size: int
) -> tuple[dict[str, pa.Table], int, list[Article]]:
    """Tables of a block; when the block fails, its articles are redone one by one and each article that
    still fails becomes an error row of ``documents`` (the run goes on, nothing is lost)."""
    try:
        tables, tokens = _block_tables(block, nlp, batch_size)
        return tables, tokens, block
    except Exception:  # one bad article must not stop a folder of thousands
        pass
    merged: dict[str, list[pa.Table]] = {}
    tokens, outcome = 0, []
    for article in block:
        try:
            tables, article_tokens = _block_tables([article], nlp, batch_size)
        except Exception as exc:
            article = _failed(article, exc)
            tables, article_tokens = {"documents": _to_arrow("documents", [_document_row(article)])}, 0
        outcome.append(article)
        tokens += article_tokens
        for table, arrow in tables.items():
            merged.setdefault(table, []).append(arrow)
    return {table: pa.concat_tables(parts) for table, parts in merged.items()}, tokens, outcome


def process_shard(shard: Shard, settings: RunSettings) -> ShardStats:
    """Extract every article of ``shard`` and write its part files and done marker.

    Articles are read, extracted and written ``block_articles`` at a time, so a worker's memory does
    not grow with the size of the shard's files (one ``.jsonl`` may hold many thousands of articles).
    """
    from pipeline.api import parse_published
    from pipeline.read import read_file

    nlp = load(settings.model)
    default_published = parse_published(settings.published)
    articles = (
        article
        for item in shard.files
        for article in read_file(item.for_reader(), default_published=default_published)
    )
    counts = dict.fromkeys(PART_TABLES, 0)
    documents = errors = tokens = 0
    with contextlib.ExitStack() as stack:
        writers: dict[str, pq.ParquetWriter] = {}
        for table in PART_TABLES:
            tmp = stack.enter_context(atomic_path(part_path(settings.out, table, shard.key)))
            schema = TEXTS_SCHEMA if table == TEXTS else SCHEMAS[table]
            writers[table] = stack.enter_context(pq.ParquetWriter(tmp, schema, compression="zstd"))
        for block in _blocks(articles, settings.block_articles):
            with nlp.memory_zone():  # frees the strings this block added to the vocab: flat memory
                tables, block_tokens, block = _isolated_block_tables(block, nlp, settings.batch_size)
            tokens += block_tokens
            documents += len(block)
            errors += sum(a.status == "error" for a in block)
            for table, arrow in tables.items():
                writers[table].write_table(arrow)
                counts[table] += arrow.num_rows
    stats = ShardStats(
        key=shard.key,
        documents=documents,
        errors=errors,
        tokens=tokens,
        rows={table: counts[table] for table in TABLES},
    )
    marker = done_marker(settings.out, shard.key)
    marker.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(marker) as handle:
        json.dump(asdict(stats), handle)
    return stats


def read_stats(out: str | Path, key: str) -> ShardStats | None:
    """The stats of a completed shard, or None when it is not complete."""
    marker = done_marker(out, key)
    if not marker.exists():
        return None
    try:
        return ShardStats(**json.loads(marker.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None
