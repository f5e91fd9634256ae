"""The benchmark: a deterministic corpus, the helpers, and a smoke run of ``run_benchmark``.

No test asserts a timing: only that the measures run and the report has its figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from rich.console import Console

from pipeline.bench_corpus import build_corpus, count_words, load_texts, source_paragraphs
from pipeline.bench_probe import stage_seconds
from pipeline.benchmark import GOALS, MIN_CURVE_WORDS, curve_words, parse_scaling, run_benchmark
from pipeline.errors import UsageError


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --- the corpus ---------------------------------------------------------------------------------------


def test_the_corpus_is_the_same_bytes_every_time(samples_dir: Path, tmp_path: Path) -> None:
    first = build_corpus(tmp_path / "a", 3_000, samples_dir)
    second = build_corpus(tmp_path / "b", 3_000, samples_dir)
    assert _files(Path(first.folder)) == _files(Path(second.folder))
    assert (first.files, first.words) == (second.files, second.words)


def test_another_seed_gives_another_corpus(samples_dir: Path, tmp_path: Path) -> None:
    first = build_corpus(tmp_path / "a", 3_000, samples_dir)
    other = build_corpus(tmp_path / "b", 3_000, samples_dir, seed=7)
    assert _files(Path(first.folder)) != _files(Path(other.folder))


def test_the_corpus_reaches_the_words_asked_and_the_readers_read_them(
    samples_dir: Path, tmp_path: Path
) -> None:
    info = build_corpus(tmp_path / "c", 5_000, samples_dir)
    texts = load_texts(info.folder)
    assert len(texts) == info.files
    assert sum(count_words(text) for _, text, _ in texts) == info.words >= 5_000
    assert all(published for _, _, published in texts)  # front matter gives every article a date


def test_an_unchanged_corpus_is_reused_and_a_bigger_one_rebuilt(samples_dir: Path, tmp_path: Path) -> None:
    info = build_corpus(tmp_path / "c", 2_000, samples_dir)
    marker = Path(info.folder) / "0000" / "untouched"
    marker.write_text("")
    assert build_corpus(tmp_path / "c", 2_000, samples_dir) == info and marker.exists()
    bigger = build_corpus(tmp_path / "c", 4_000, samples_dir)
    assert bigger.words >= 4_000 and not marker.exists()


@pytest.mark.parametrize(
    ("tokens", "paragraph"),
    [
        (["L'", "azienda", "cresce", "."], "L'azienda cresce."),
        (["Acme", "(", "Milano", ")", "sale", "del", "5", "%", ","], "Acme (Milano) sale del 5%,"),
        (["«", "Bene", "»", ",", "dice", "."], "«Bene», dice."),
    ],
)
def test_token_files_become_readable_paragraphs(tokens: list[str], paragraph: str, tmp_path: Path) -> None:
    (tmp_path / "tokens.tsv").write_text("".join(f"{t}\tO\n" for t in tokens) + "\n", encoding="utf-8")
    assert source_paragraphs(tmp_path) == [paragraph]


def test_a_folder_without_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    with pytest.raises(ValueError):
        build_corpus(tmp_path / "out", 100, tmp_path / "src")


# --- helpers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, []), ("", []), ("1", [1]), ("1,2,4,8,16", [1, 2, 4, 8, 16]), (" 2, 1 ", [2, 1])],
)
def test_scaling_job_counts(given: str | None, expected: list[int]) -> None:
    assert parse_scaling(given) == expected


@pytest.mark.parametrize("given", ["1,x", "0,2", "-1"])
def test_bad_scaling_is_a_usage_error(given: str) -> None:
    with pytest.raises(UsageError):
        parse_scaling(given)


def test_the_curve_corpus_shrinks_to_fit_its_budget() -> None:
    jobs = [1, 2, 4, 8, 16]
    assert curve_words(1_000, jobs, speed1=5_000, load_seconds=2, repeats=3, cpus=2) == 1_000
    assert curve_words(10_000_000, [1], speed1=1e9, load_seconds=0.1, repeats=1, cpus=2) == 10_000_000
    small = curve_words(1_000_000, jobs, speed1=5_000, load_seconds=2, repeats=3, cpus=2)
    assert MIN_CURVE_WORDS <= small < 1_000_000
    assert curve_words(1_000_000, jobs, speed1=5_000, load_seconds=2, repeats=1, cpus=2) > small
    assert curve_words(1_000_000, jobs, speed1=5_000, load_seconds=2, repeats=3, cpus=16) > small


def test_stage_seconds_times_the_tokenizer_and_every_pipe() -> None:
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    seconds = stage_seconds(nlp, [("a", "Enel ha firmato. Eni no.", None)] * 300)
    assert list(seconds) == ["tokenizer", "sentencizer"]
    assert all(value >= 0 for value in seconds.values())


# --- a smoke run ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_small_benchmark_runs_every_measure(tmp_path: Path) -> None:
    output = tmp_path / "out" / "bench.json"
    console = Console(file=open(tmp_path / "console.txt", "w"), width=160)  # noqa: SIM115
    report = run_benchmark(
        words=2_000, output=output, repeats=1, console=console, model="blank", sample_words=500
    )
    saved = json.loads(output.read_text(encoding="utf-8"))
    assert saved["corpus"] == report["corpus"] and saved["corpus"]["words"] >= 2_000
    measures = saved["measures"]
    assert "skipped" in measures["ner"]  # the blank pipeline has no NER model to measure
    for name in ("tokenizer", "full", "folder_jobs1", "folder_jobs2"):
        assert "error" not in measures[name], measures[name].get("error")
        assert measures[name]["words_per_second"] > 0 and measures[name]["peak_rss_mb"] > 0
    assert set(measures["full"]["shares"]) >= {"tokenizer", "itnews_dates", "records_and_rest"}
    assert measures["dates"]["search_dates_sample"]["found"] >= 0
    assert measures["load"]["seconds"] > 0
    assert saved["memory"]["worker_peak_rss_mb"] > 0
    assert set(saved["goals"]) == set(GOALS)
    assert "itnews bench" in (tmp_path / "console.txt").read_text(encoding="utf-8")
