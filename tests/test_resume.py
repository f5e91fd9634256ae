"""Kill and resume: a run killed with SIGKILL mid-way and started again writes the uninterrupted tables.

``python -m pipeline extract`` runs in a subprocess on a small generated folder of several shards; it
is killed as soon as the first shard's done marker appears, then run again to the end. The tables must
equal, byte for byte, those of a run that was never interrupted, with no duplicate rows, and the
second run must reuse the shard the first one finished.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.batch.plan import list_inputs, plan_shards
from pipeline.bench_corpus import build_corpus
from pipeline.write.schema import TABLES

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[1]
#: Seconds allowed for one CLI run of the small folder on a busy 2-core machine.
RUN_TIMEOUT = 120


def _command(folder: Path, out: Path) -> list[str]:
    return [sys.executable, "-W", "ignore", "-m", "pipeline", "extract", str(folder), "-o", str(out)] + [
        "--model",
        "blank",
        "--silent",
    ]


def _env() -> dict[str, str]:
    return dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    )


def _run_to_end(folder: Path, out: Path) -> None:
    subprocess.run(_command(folder, out), cwd=REPO_ROOT, env=_env(), check=True, timeout=RUN_TIMEOUT)


def _kill_after_first_shard(folder: Path, out: Path) -> int:
    """Start a run, SIGKILL it once a shard is done; return how many shards were done by then."""
    markers = out / "parts" / "_done"
    process = subprocess.Popen(_command(folder, out), cwd=REPO_ROOT, env=_env())
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        while not (markers.is_dir() and any(markers.glob("*.json"))):
            assert process.poll() is None, "the run ended before a shard was done"
            assert time.monotonic() < deadline, "no shard was done in time"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=RUN_TIMEOUT)
    return len(list(markers.glob("*.json")))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    info = build_corpus(tmp_path_factory.mktemp("resume") / "articles", 10_000, samples_dir)
    return Path(info.folder)


def test_a_killed_run_resumes_to_the_uninterrupted_tables(folder: Path, tmp_path: Path) -> None:
    shards = len(plan_shards(list_inputs([folder]), "any"))
    assert shards >= 3

    resumed = tmp_path / "resumed"
    done_when_killed = _kill_after_first_shard(folder, resumed)
    assert 1 <= done_when_killed < shards, "the kill must land mid-way"
    assert not (resumed / "summary.json").exists()
    _run_to_end(folder, resumed)

    whole = tmp_path / "whole"
    _run_to_end(folder, whole)

    summary = json.loads((resumed / "summary.json").read_text(encoding="utf-8"))
    assert summary["shards_reused"] >= done_when_killed
    for table in TABLES:
        assert (resumed / f"{table}.csv").read_bytes() == (whole / f"{table}.csv").read_bytes(), table
        left, right = pq.read_table(resumed / f"{table}.parquet"), pq.read_table(whole / f"{table}.parquet")
        assert left.equals(right), table
        rows = left.to_pylist()
        keys = [(row["doc_id"], row.get("mention_id") or row.get("term_id")) for row in rows]
        assert len(keys) == len(set(keys)), f"duplicate rows in {table}"
    assert not list(resumed.rglob("*.tmp")), "temporary files left behind"
