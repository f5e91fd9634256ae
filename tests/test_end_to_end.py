"""An end-to-end run of the folder runner on the team's sample articles."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.write.schema import SCHEMAS, TABLES

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = pipeline.process_folder(SAMPLES, out, formats=("csv", "parquet"))
    return out, summary


def test_every_sample_file_is_a_document(run):
    out, summary = run
    documents = pipeline.read_tables(out)["documents"]
    inputs = [p for p in SAMPLES.rglob("*") if p.is_file() and not p.name.startswith(".")]
    jsonl_lines = sum(
        len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in inputs if p.suffix == ".jsonl"
    )
    assert len(documents) == len(inputs) + jsonl_lines == summary.documents
    assert (documents["status"] == "ok").all()


@pytest.mark.parametrize("table", TABLES)
def test_both_formats_are_written_with_the_schema(run, table):
    out, _ = run
    assert (out / f"{table}.csv").exists()
    assert pq.read_schema(out / f"{table}.parquet").equals(SCHEMAS[table], check_metadata=False)


def test_the_samples_yield_rows_of_every_kind(run):
    out, summary = run
    for table in ["organizations", "money", "dates", "terms"]:
        assert summary.rows[table] > 0, table


def test_offsets_match_the_texts(run):
    out, _ = run
    tables = pipeline.read_tables(out)
    texts = {r["doc_id"]: r["text"] for r in pq.read_table(out / "texts.parquet").to_pylist()}
    for table in ["organizations", "money", "dates", "terms"]:
        for row in tables[table].itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.text


def test_the_organizations_table_holds_named_organizations(run):
    out, _ = run
    names = pipeline.read_tables(out)["organizations"]["text"]
    assert all(any(char.isupper() for char in name) for name in names)  # no "il governo", "il consiglio"
    assert not {"Italia", "Stati Uniti", "Cina", "Germania"} & set(names)  # countries are places


def test_a_second_run_reuses_every_shard(run):
    out, first = run
    again = pipeline.process_folder(SAMPLES, out)
    assert again.shards_reused == again.shards == first.shards
    assert again.rows == first.rows


def test_an_article_the_extractors_fail_on_becomes_an_error_row(tmp_path, monkeypatch):
    from pipeline.batch import worker

    real = worker._extract_block

    def flaky(block, nlp, batch_size):
        if any("ESPLODE" in a.text for a in block):
            raise RuntimeError("component crashed")
        return real(block, nlp, batch_size)

    monkeypatch.setattr(worker, "_extract_block", flaky)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Alfa Spa ha incassato 3 milioni di euro.", encoding="utf-8")
    (folder / "b.txt").write_text("Questo testo ESPLODE.", encoding="utf-8")
    (folder / "c.txt").write_text("Beta Srl ha pagato 2 milioni di euro.", encoding="utf-8")
    summary = pipeline.process_folder(folder, tmp_path / "out", formats=("csv",), model="blank")
    documents = pipeline.read_tables(tmp_path / "out")["documents"].set_index("doc_id")
    assert summary.documents == 3 and summary.errors == 1
    assert documents.loc["b.txt", "status"] == "error"
    assert documents.loc["b.txt", "error"] == "extraction failed: RuntimeError: component crashed"
    assert summary.rows["money"] == 2


def test_outputs_do_not_depend_on_the_order_files_were_created_in(tmp_path):
    import shutil

    articles = {
        f"n{i}.txt": f"La società Alfa{i} Spa ha incassato {i} milioni di euro ieri." for i in range(6)
    }
    folder, outputs = tmp_path / "in", []
    for order in (sorted(articles), sorted(articles, reverse=True)):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for file_name in order:
            (folder / file_name).write_text(articles[file_name], encoding="utf-8")
        out = tmp_path / f"out{len(outputs)}"
        pipeline.process_folder(folder, out, formats=("csv",), model="blank", published="2025-01-21")
        outputs.append({p.name: p.read_bytes() for p in out.glob("*.csv")})
    assert outputs[0] == outputs[1]
