"""Run the pipeline over folders: plan shards, process the missing ones, assemble the tables.

Output layout of ``out/``:
- ``<table>.csv`` / ``<table>.parquet`` for documents, organizations, money, dates, terms (and
  ``texts.parquet``, the article texts the review report highlights);
- ``parts/<table>/part-<shard>.parquet``: the same rows as a dataset folder (pandas, pyarrow, Dask and
  DuckDB read it directly), also the cache that makes re-runs incremental;
- ``manifest.json``: inputs, their hashes and the shard each belongs to; ``summary.json``: the counts.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.api import parse_published
from pipeline.batch.plan import Shard, list_inputs, pipeline_fingerprint, plan_shards
from pipeline.batch.worker import (
    PART_TABLES,
    RunSettings,
    ShardStats,
    done_marker,
    part_path,
    parts_dir,
    process_shard,
    read_stats,
)
from pipeline.errors import E006_BAD_ENGINE, UsageError
from pipeline.nlp import load, resolve_model
from pipeline.write.atomic import atomic_text
from pipeline.write.tables import TEXTS, TableWriter, check_formats, schema_of

ENGINES = ("local", "dask")
Progress = Callable[[int, int], None]


@dataclass
class RunSummary:
    """What a folder run did: counts per status and table, speed, and where the files are."""

    out: str
    documents: int = 0
    ok: int = 0
    empty: int = 0
    errors: int = 0
    skipped: int = 0
    shards: int = 0
    shards_reused: int = 0
    tokens: int = 0  # words processed in this run (reused shards not counted)
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data["words_per_second"] = round(self.words_per_second, 1)
        return data


def _run_local(shards: Sequence[Shard], settings: RunSettings, jobs: int, progress: Progress | None) -> None:
    if jobs <= 1:
        for n, shard in enumerate(shards, 1):
            process_shard(shard, settings)
            if progress:
                progress(n, len(shards))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    if "fork" in multiprocessing.get_all_start_methods():
        # Load the pipeline once here: forked workers share it (copy-on-write) instead of each
        # importing spaCy and loading the model again, which costs seconds per worker.
        load(settings.model)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(process_shard, shard, settings) for shard in shards]
        for n, future in enumerate(as_completed(futures), 1):
            future.result()
            if progress:
                progress(n, len(shards))


def _run_dask(
    shards: Sequence[Shard],
    settings: RunSettings,
    jobs: int,
    scheduler: str | None,
    progress: Progress | None,
) -> None:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise UsageError("E007: the dask engine needs the optional extra: pip install '.[dask]'") from exc
    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(
            n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = client.map(process_shard, list(shards), settings=settings, pure=False)
        for n, future in enumerate(as_completed(futures), 1):
            future.result()
            if progress:
                progress(n, len(shards))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _assemble(out: Path, shards: Sequence[Shard], formats: Sequence[str]) -> None:
    with TableWriter(out, formats) as writer, TableWriter(out, ("parquet",), (TEXTS,)) as texts:
        for shard in shards:
            for table in PART_TABLES:
                part = pq.read_table(part_path(out, table, shard.key), schema=schema_of(table))
                (texts if table == TEXTS else writer).write_arrow(table, part)


def _remove_stale_parts(out: Path, shards: Sequence[Shard]) -> None:
    """Delete part files of shards no longer planned, and temporary files a killed run left behind."""
    keep = {shard.key for shard in shards}
    for leftover in out.glob(".*.tmp"):  # a run killed while assembling the final tables
        leftover.unlink(missing_ok=True)
    root = parts_dir(out)
    for folder in [root / "_done", *(root / t for t in PART_TABLES)]:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            key = path.stem.removeprefix("part-")
            if key not in keep or path.name.startswith("."):
                path.unlink(missing_ok=True)


def process_folder(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike = "out",
    *,
    formats: Sequence[str] = ("csv", "parquet"),
    jobs: int = 1,
    published: str | date | None = None,
    model: str | os.PathLike | None = "auto",
    force: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Process every article under ``paths`` and write the tables to ``out``; return a summary.

    Incremental: shards whose inputs and settings are unchanged since the last run are reused
    (``force=True`` redoes all). ``jobs`` worker processes share the shards; the tables are the same,
    byte for byte, whatever ``jobs`` is. ``engine="dask"`` runs the shards on a Dask cluster
    (``scheduler="tcp://host:8786"``, or a local cluster of ``jobs`` workers).
    """
    started = time.perf_counter()
    if engine not in ENGINES:
        raise UsageError(E006_BAD_ENGINE.format(engine=engine))
    formats = check_formats(formats)
    when = parse_published(published)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out_path = Path(out)
    inputs = list_inputs(paths)
    resolved = resolve_model(model)
    iso = when.isoformat() if when else None
    shards = plan_shards(inputs, pipeline_fingerprint(resolved, iso))
    if force and parts_dir(out_path).exists():
        shutil.rmtree(parts_dir(out_path))
    todo = [s for s in shards if read_stats(out_path, s.key) is None]
    # absolute: Dask workers may run in another working directory
    settings = RunSettings(out=str(out_path.resolve()), model=resolved, published=iso)
    if todo:
        runner_jobs = max(1, min(jobs, len(todo)))
        if engine == "dask":
            _run_dask(todo, settings, runner_jobs, scheduler, progress)
        else:
            _run_local(todo, settings, runner_jobs, progress)
    _remove_stale_parts(out_path, shards)
    _assemble(out_path, shards, formats)

    summary = RunSummary(out=str(out_path), shards=len(shards), shards_reused=len(shards) - len(todo))
    processed = {s.key for s in todo}
    statuses: dict[str, int] = {}
    for shard in shards:
        stats: ShardStats | None = read_stats(out_path, shard.key)
        assert stats is not None, done_marker(out_path, shard.key)
        if shard.key in processed:
            summary.tokens += stats.tokens
        for table, count in stats.rows.items():
            summary.rows[table] = summary.rows.get(table, 0) + count
        column = pq.read_table(part_path(out_path, "documents", shard.key), columns=["status"]).column(0)
        for status in column.to_pylist():
            statuses[status] = statuses.get(status, 0) + 1
    summary.documents = sum(statuses.values())
    summary.ok, summary.empty = statuses.get("ok", 0), statuses.get("empty", 0)
    summary.errors, summary.skipped = statuses.get("error", 0), statuses.get("skipped", 0)
    summary.seconds = time.perf_counter() - started
    manifest = {
        "model": resolved,
        "published": iso,
        "shards": [{"key": s.key, "files": [[f.doc_id, f.sha256] for f in s.files]} for s in shards],
    }
    with atomic_text(out_path / "manifest.json") as handle:
        json.dump(manifest, handle, indent=1, ensure_ascii=False)
    with atomic_text(out_path / "summary.json") as handle:
        json.dump(summary.to_dict(), handle, indent=1)
    return summary
