"""The Dask engine: a LocalCluster of 2 worker processes writes the tables the local engine writes.

Skipped when the optional extra (``pip install '.[dask]'``) is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.bench_corpus import build_corpus
from pipeline.write.schema import TABLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    info = build_corpus(tmp_path_factory.mktemp("dask") / "articles", 6_000, samples_dir)
    return Path(info.folder)


def test_a_local_cluster_writes_the_local_engines_tables(folder: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = pipeline.process_folder(folder, tmp_path / "local", model="blank")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        dask = pipeline.process_folder(
            folder, tmp_path / "dask", model="blank", engine="dask", scheduler=cluster.scheduler_address
        )
    assert dask.rows == local.rows and dask.shards == local.shards >= 2
    for table in TABLES:
        assert (tmp_path / "dask" / f"{table}.csv").read_bytes() == (
            tmp_path / "local" / f"{table}.csv"
        ).read_bytes(), table
        dask_table = pq.read_table(tmp_path / "dask" / f"{table}.parquet")
        assert dask_table.equals(pq.read_table(tmp_path / "local" / f"{table}.parquet")), table


def test_the_part_files_form_a_dataset_dask_reads(folder: Path, tmp_path: Path) -> None:
    dd = pytest.importorskip("dask.dataframe")
    summary = pipeline.process_folder(folder, tmp_path / "out", model="blank")
    for table in TABLES:
        frame = dd.read_parquet(str(tmp_path / "out" / "parts" / table)).compute()
        assert len(frame) == summary.rows[table], table


def test_the_dask_engine_starts_its_own_local_cluster(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    local = pipeline.process_folder(folder, tmp_path / "local", model="blank")
    dask = pipeline.process_folder(folder, tmp_path / "dask", model="blank", engine="dask", jobs=2)
    assert dask.rows == local.rows
    for table in TABLES:
        assert (tmp_path / "dask" / f"{table}.csv").read_bytes() == (
            tmp_path / "local" / f"{table}.csv"
        ).read_bytes(), table
