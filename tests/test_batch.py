"""The folder runner: jobs=2 gives the same tables as jobs=1, and re-runs only redo what changed.

The folder is a small benchmark folder generated from ``corpora/samples`` (fixed seed, a few shards);
the pipeline is ``model="blank"`` (rules only) so that the tests stay short. No test asserts a timing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.batch.plan import list_inputs, plan_shards
from pipeline.batch.worker import PART_TABLES, RunSettings, part_path, process_shard
from pipeline.bench_corpus import build_corpus
from pipeline.write.schema import TABLES

TABLE_FILES = [f"{t}.csv" for t in TABLES]
PARQUET_FILES = [f"{t}.parquet" for t in TABLES] + ["texts.parquet"]
#: A sentence that surely yields a money row, added to a file to change its output.
MONEY_SENTENCE = "\n\nIl gruppo Acme ha poi investito 7 milioni di euro nel nuovo impianto.\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    info = build_corpus(tmp_path_factory.mktemp("bench") / "articles", 6_000, samples_dir)
    return Path(info.folder)


def _tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLE_FILES}


def _assert_parquet_equal(left: Path, right: Path) -> None:
    for name in PARQUET_FILES:
        assert pq.read_table(left / name).equals(pq.read_table(right / name)), name


def test_the_folder_has_several_shards(folder: Path) -> None:
    assert len(plan_shards(list_inputs([folder]), "any")) >= 2


def test_jobs_2_writes_the_same_tables_as_jobs_1(folder: Path, tmp_path: Path) -> None:
    one = pipeline.process_folder(folder, tmp_path / "one", jobs=1, model="blank")
    two = pipeline.process_folder(folder, tmp_path / "two", jobs=2, model="blank")
    assert one.rows == two.rows and one.documents == two.documents > 0
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")
    _assert_parquet_equal(tmp_path / "one", tmp_path / "two")


def test_a_rerun_reuses_every_shard_and_force_redoes_them(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = pipeline.process_folder(folder, out, model="blank")
    before = _tables(out)
    again = pipeline.process_folder(folder, out, model="blank")
    assert (again.shards_reused, again.tokens) == (again.shards, 0)
    assert _tables(out) == before
    forced = pipeline.process_folder(folder, out, model="blank", force=True)
    assert forced.shards_reused == 0 and forced.tokens == first.tokens
    assert _tables(out) == before


def _money_rows(out: Path, doc_id: str) -> list[dict]:
    money = pipeline.read_tables(out)["money"]
    return money[money["doc_id"] == doc_id].to_dict("records")


def test_a_rerun_processes_only_changed_and_new_files(folder: Path, tmp_path: Path) -> None:
    work = tmp_path / "articles"
    shutil.copytree(folder, work)
    out = tmp_path / "out"
    first = pipeline.process_folder(work, out, model="blank")
    changed = sorted(work.rglob("*.txt"))[0]  # in the first shard, and not at its end
    doc_id = changed.relative_to(work).as_posix()
    rows_before = _money_rows(out, doc_id)
    changed.write_text(changed.read_text(encoding="utf-8") + MONEY_SENTENCE, encoding="utf-8")
    added = changed.with_name(
        changed.stem + "_b.txt"
    )  # sorts right after it: the same shard, or a split of it
    added.write_text("La società Beta ha ricevuto 3 milioni di euro." + MONEY_SENTENCE, encoding="utf-8")

    second = pipeline.process_folder(work, out, model="blank")
    assert 1 <= second.shards - second.shards_reused <= 2  # the first shard, or the two it split into
    assert second.shards_reused >= first.shards - 1 >= 1  # shard boundaries after it do not move
    assert second.documents == first.documents + 1
    rows_after = _money_rows(out, doc_id)
    assert len(rows_after) == len(rows_before) + 1
    assert any(row["amount"] == 7_000_000 for row in rows_after)
    assert _money_rows(out, added.relative_to(work).as_posix())

    fresh = pipeline.process_folder(work, tmp_path / "fresh", model="blank")
    assert fresh.rows == second.rows
    assert _tables(out) == _tables(tmp_path / "fresh")
    _assert_parquet_equal(out, tmp_path / "fresh")


def test_a_removed_file_leaves_the_tables_and_its_stale_parts_go(folder: Path, tmp_path: Path) -> None:
    work = tmp_path / "articles"
    shutil.copytree(folder, work)
    out = tmp_path / "out"
    pipeline.process_folder(work, out, model="blank")
    removed = sorted(work.rglob("*.txt"))[0]
    removed.unlink()
    second = pipeline.process_folder(work, out, model="blank")
    documents = pipeline.read_tables(out)["documents"]
    assert removed.relative_to(work).as_posix() not in set(documents["doc_id"])
    markers = list((out / "parts" / "_done").glob("*.json"))
    assert len(markers) == second.shards
    for table in (*TABLES, "texts"):
        assert len(list((out / "parts" / table).glob("part-*.parquet"))) == second.shards


def test_a_shard_written_in_small_blocks_equals_one_written_at_once(folder: Path, tmp_path: Path) -> None:
    shard = plan_shards(list_inputs([folder]), "any")[0]
    at_once = process_shard(shard, RunSettings(out=str(tmp_path / "a"), model="blank", published=None))
    settings = RunSettings(out=str(tmp_path / "b"), model="blank", published=None, block_articles=3)
    in_blocks = process_shard(shard, settings)
    assert at_once == in_blocks and at_once.documents == len(shard.files) > 3
    for table in PART_TABLES:
        left = pq.read_table(part_path(tmp_path / "a", table, shard.key))
        assert left.equals(pq.read_table(part_path(tmp_path / "b", table, shard.key))), table
