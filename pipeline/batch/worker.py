"""Process one shard of input files into Parquet part files (one per table).

Each worker process loads the pipeline once and runs ``nlp.pipe`` over the shard's articles. A shard
is done when its marker file exists; its part files are written atomically before the marker, so a
run killed at any point leaves either a complete shard or one that the next run redoes.
"""

from __future__ import annotations

import json
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
from pipeline.write.schema import TABLES
from pipeline.write.tables import TEXTS, TEXTS_SCHEMA

if TYPE_CHECKING:
    from pipeline.read import Article

PART_TABLES = (*TABLES, TEXTS)


@dataclass(frozen=True)
class RunSettings:
    """What every worker needs to know to process a shard the same way."""

    out: str
    model: str
    published: str | None
    batch_size: int = 32


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


def process_shard(shard: Shard, settings: RunSettings) -> ShardStats:
    """Extract every article of ``shard`` and write its part files and done marker."""
    from pipeline.read import iter_articles

    nlp = load(settings.model)
    articles: list[Article] = []
    for item in shard.files:
        articles.extend(iter_articles([item.path], root=Path(item.root), published=settings.published))

    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in PART_TABLES}
    document_rows: dict[str, dict[str, Any]] = {}
    runnable = [a for a in articles if a.ok]
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
        for a in runnable
    )
    tokens = 0
    for result in extract_many(items, nlp=nlp, batch_size=settings.batch_size):
        document_rows[result.doc_id] = record_to_row(result.document)
        tokens += result.document.n_tokens
        for table in TABLES[1:]:
            rows[table].extend(result.rows(table))
        rows[TEXTS].append({"doc_id": result.doc_id, "text": result.text})
    for article in articles:
        rows["documents"].append(document_rows.get(article.doc_id) or _document_row(article))

    for table in PART_TABLES:
        batch = (
            pa.Table.from_pylist(rows[table], schema=TEXTS_SCHEMA)
            if table == TEXTS
            else rows_to_arrow(table, rows[table])
        )
        target = part_path(settings.out, table, shard.key)
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as tmp:
            pq.write_table(batch, tmp, compression="zstd")
    stats = ShardStats(
        key=shard.key,
        documents=len(articles),
        errors=sum(a.status == "error" for a in articles),
        tokens=tokens,
        rows={table: len(rows[table]) for table in TABLES},
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
