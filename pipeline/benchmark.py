"""``itnews bench``: speed, memory and load time of the pipeline, side by side, on one generated folder.

Measures (each in a fresh subprocess, so every peak RSS is that process's own; see ``bench_probe``):

a. ``tokenizer``: ``spacy.blank("it")``'s tokenizer alone, the floor of any spaCy pipeline;
b. ``ner``: the tokenizer and the NER model alone (the model the default pipeline uses);
c. ``full``: the full default pipeline through ``extract_many``; each stage's share comes from a second,
   stage-by-stage run (every pipe runs over a block of Docs before the next starts) and what the
   stages do not explain is the records layer and the rest;
d. ``folder_jobs1`` / ``folder_jobs2``: ``process_folder`` writing CSV + Parquet, ``force=True``, into a
   fresh folder (worker RSS: the process itself for one job, the largest child for more);
e. ``dates``: ``dateparser.search.search_dates(text, languages=["it"])`` on a sample of the texts (it is
   slow; the sample's words/s is the figure) against the project's date component alone on the same
   sample and on the whole folder, and again after the money component as the default pipeline runs it;
   plus what each finds in the team's gold.

Plus the load time of the default pipeline (import + ``pipeline.load()`` in a fresh interpreter), the
memory flatness check (a worker's peak RSS on a folder a tenth the size, against the full folder: the
full folder is 10x the small one), and with ``scaling`` a curve of ``process_folder`` speed per job count,
on a corpus scaled down so that the curve takes about ``CURVE_BUDGET_SECONDS`` (one run per point
instead of the median of ``repeats`` when even the smallest corpus would not fit).
Timings are medians of ``repeats`` runs (``search_dates``: ``peer_repeats``). This is a benchmark,
not a test: no test asserts a timing.
"""

from __future__ import annotations

import json
import math
import operator
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.console import Console

from pipeline.bench_corpus import build_corpus
from pipeline.bench_probe import RESULT_PREFIX
from pipeline.bench_report import print_report
from pipeline.errors import UsageError
from pipeline.nlp import resolve_model
from pipeline.write.atomic import atomic_text

#: Seconds the scaling curve may take in all (the issue asks for at most 5 minutes).
CURVE_BUDGET_SECONDS = 240
MIN_CURVE_WORDS = 20_000
#: The issue's targets: name -> (comparison, threshold).
GOALS: dict[str, tuple[str, float]] = {
    "full_vs_ner": (">=", 0.6),
    "dates_vs_search_dates": (">=", 20.0),
    "dates_gold_found_vs_search_dates": (">", 1.0),
    "money_seconds_vs_tokenizer": ("<=", 0.15),
    "dates_seconds_vs_tokenizer": ("<=", 0.25),
    "jobs2_vs_jobs1": (">=", 1.7),
    "load_seconds": ("<=", 2.0),
    "worker_peak_rss_mb": ("<=", 600.0),
    "rss_growth_10x": ("<=", 1.10),
}
COMPARE = {">=": operator.ge, ">": operator.gt, "<=": operator.le}
#: Imports the package and loads the default pipeline, timing both, in a fresh interpreter.
LOAD_SNIPPET = """
import json, sys, time
started = time.perf_counter()
import pipeline
nlp = pipeline.load(sys.argv[1])
seconds = time.perf_counter() - started
from pipeline.bench_probe import RESULT_PREFIX, peak_rss_mb
print(RESULT_PREFIX + json.dumps({"seconds": seconds, "pipes": nlp.pipe_names, "peak_rss_mb": peak_rss_mb()}))
"""
PACKAGE_PARENT = Path(__file__).resolve().parents[1]


def parse_scaling(scaling: str | None) -> list[int]:
    """Job counts from ``"1,2,4"``; an empty list when ``scaling`` is None or blank.

    >>> parse_scaling("1, 2,4")
    [1, 2, 4]
    """
    if not scaling or not scaling.strip():
        return []
    try:
        counts = [int(part) for part in scaling.split(",") if part.strip()]
    except ValueError as exc:
        raise UsageError(f"--scaling wants job counts like 1,2,4, not {scaling!r}") from exc
    if any(count < 1 for count in counts):
        raise UsageError(f"--scaling wants job counts of at least 1, not {scaling!r}")
    return counts


def _run(argv: list[str], console: Console, label: str) -> dict[str, Any]:
    """Run one probe process; its result, or ``{"error": ...}`` when it failed."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(PACKAGE_PARENT), os.environ.get("PYTHONPATH")])),
    )
    console.log(f"bench: {label}")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-W", "ignore", *argv], capture_output=True, text=True, env=env, check=False
    )
    wall = time.perf_counter() - started
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX) :])
            result["process_wall_seconds"] = round(wall, 3)
            return result
    return {"error": f"exit {done.returncode}: {done.stderr.strip()[-2000:]}"}


def _probe(measure: str, args: dict[str, Any], console: Console, label: str | None = None) -> dict[str, Any]:
    return _run(["-m", "pipeline.bench_probe", measure, json.dumps(args)], console, label or measure)


def _load_time(model: str, repeats: int, console: Console) -> dict[str, Any]:
    runs = [_run(["-c", LOAD_SNIPPET, model], console, f"load {n + 1}/{repeats}") for n in range(repeats)]
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[0]
    return {
        "seconds": round(statistics.median(r["seconds"] for r in good), 3),
        "runs": [round(r["seconds"], 3) for r in good],
        "process_wall_seconds": round(statistics.median(r["process_wall_seconds"] for r in good), 3),
        "pipes": good[0]["pipes"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in good),
    }


def _ratio(top: float | None, bottom: float | None) -> float | None:
    return round(top / bottom, 3) if top and bottom else None


def curve_words(
    words: int, jobs: list[int], speed1: float, load_seconds: float, repeats: int, cpus: int
) -> int:
    """Corpus size for the scaling curve so that all its runs take about ``CURVE_BUDGET_SECONDS``.

    A run with ``k`` jobs is estimated at ``W / (speed1 * min(k, cpus))`` plus the loads of ``k``
    workers sharing ``cpus`` cores and two seconds of start-up.
    """
    overhead = repeats * sum(2.0 + load_seconds * math.ceil(k / cpus) for k in jobs)
    per_word = repeats * sum(1.0 / (speed1 * min(k, cpus)) for k in jobs)
    fit = int((CURVE_BUDGET_SECONDS - overhead) / per_word) if per_word > 0 else words
    return max(min(MIN_CURVE_WORDS, words), min(words, fit))


def _machine() -> dict[str, Any]:
    import spacy

    memory = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        first = meminfo.read_text().split("\n", 1)[0].split()
        memory = round(int(first[1]) / 1024 / 1024, 1)
    return {
        "date_utc": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "memory_gb": memory,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def _goals(ratios: dict[str, float | None]) -> dict[str, dict[str, Any]]:
    goals = {}
    for name, (op, target) in GOALS.items():
        value = ratios.get(name)
        met = None if value is None else COMPARE[op](value, target)
        goals[name] = {"target": f"{op} {target:g}", "value": value, "met": met}
    return goals


def _measure_all(
    folder: str, work: Path, model: str, repeats: int, sample_words: int, console: Console
) -> dict[str, Any]:
    common = {"folder": folder, "model": model, "repeats": repeats}
    measures: dict[str, Any] = {"load": _load_time(model, repeats, console)}
    measures["tokenizer"] = _probe("tokenizer", common, console, "(a) tokenizer")
    measures["ner"] = _probe("ner", common, console, "(b) tokenizer + NER")
    measures["full"] = _probe("full", common, console, "(c) full pipeline (extract_many)")
    for jobs in (1, 2):
        args = {**common, "jobs": jobs, "out": str(work / f"out-jobs{jobs}")}
        measures[f"folder_jobs{jobs}"] = _probe("folder", args, console, f"(d) process_folder jobs={jobs}")
    dates_args = {**common, "sample_words": sample_words, "peer_repeats": repeats}
    measures["dates"] = _probe("dates", dates_args, console, "(e) dates vs search_dates")
    return measures


def _memory_flatness(
    words: int, source: str | None, work: Path, model: str, full_run: dict[str, Any], console: Console
) -> dict[str, Any]:
    small = build_corpus(work / f"corpus-{words // 10}", words // 10, source)
    args = {"folder": small.folder, "model": model, "repeats": 1, "jobs": 1, "out": str(work / "out-small")}
    run = _probe("folder", args, console, "memory: process_folder jobs=1 on a tenth of the folder")
    rss_small, rss_full = run.get("worker_peak_rss_mb"), full_run.get("worker_peak_rss_mb")
    return {
        "words": small.words,
        "worker_peak_rss_mb": rss_small,
        "words_10x": full_run.get("words"),
        "worker_peak_rss_mb_10x": rss_full,
        "growth_10x": _ratio(rss_full, rss_small),
        "error": run.get("error") or full_run.get("error"),
    }


def _scaling_curve(
    jobs_list: list[int],
    words: int,
    source: str | None,
    work: Path,
    model: str,
    repeats: int,
    measures: dict[str, Any],
    console: Console,
) -> dict[str, Any]:
    speed1 = measures["folder_jobs1"].get("words_per_second") or 1000.0
    load = measures["load"].get("seconds") or 2.0
    cpus = os.cpu_count() or 1
    size = curve_words(words, jobs_list, speed1, load, repeats, cpus)
    if size <= min(MIN_CURVE_WORDS, words) and repeats > 1:  # the budget cannot hold medians: one run each
        repeats = 1
        size = curve_words(words, jobs_list, speed1, load, repeats, cpus)
    corpus = build_corpus(work / f"corpus-{size}", size, source)
    points = []
    for jobs in jobs_list:
        args = {
            "folder": corpus.folder,
            "model": model,
            "repeats": repeats,
            "jobs": jobs,
            "out": str(work / f"out-curve-{jobs}"),
        }
        point = _probe("folder", args, console, f"scaling: jobs={jobs} on {corpus.words} words")
        point["jobs"] = jobs
        points.append(point)
    base = points[0].get("words_per_second") if points else None
    for point in points:
        point["speedup_vs_first"] = _ratio(point.get("words_per_second"), base)
    return {"words": corpus.words, "files": corpus.files, "repeats": repeats, "points": points}


def _ratios(measures: dict[str, Any], memory: dict[str, Any]) -> dict[str, float | None]:
    def wps(name: str) -> float | None:
        return measures.get(name, {}).get("words_per_second")

    dates = measures.get("dates", {})
    gold = dates.get("gold", {})
    stages = measures.get("full", {}).get("stage_seconds", {})
    tokenizer_seconds = measures.get("tokenizer", {}).get("seconds")
    workers = [measures.get(f"folder_jobs{j}", {}).get("worker_peak_rss_mb") for j in (1, 2)]
    return {
        "full_vs_ner": _ratio(wps("full"), wps("ner")),
        "full_vs_tokenizer": _ratio(wps("full"), wps("tokenizer")),
        "ner_vs_tokenizer": _ratio(wps("ner"), wps("tokenizer")),
        "dates_vs_search_dates": _ratio(
            dates.get("project_sample", {}).get("words_per_second"),
            dates.get("search_dates_sample", {}).get("words_per_second"),
        ),
        "dates_found_vs_search_dates_found": _ratio(
            dates.get("project_sample", {}).get("found"), dates.get("search_dates_sample", {}).get("found")
        ),
        "dates_with_money_vs_search_dates": _ratio(
            dates.get("with_money", {}).get("sample", {}).get("words_per_second"),
            dates.get("search_dates_sample", {}).get("words_per_second"),
        ),
        "dates_gold_found_vs_search_dates": _ratio(
            gold.get("project", {}).get("found"), gold.get("search_dates", {}).get("found")
        ),
        # issues 3 and 4: a component's seconds in the full run against the tokenizer alone (a)
        "money_seconds_vs_tokenizer": _ratio(stages.get("itnews_money"), tokenizer_seconds),
        "dates_seconds_vs_tokenizer": _ratio(stages.get("itnews_dates"), tokenizer_seconds),
        "jobs2_vs_jobs1": _ratio(wps("folder_jobs2"), wps("folder_jobs1")),
        "folder_jobs1_vs_full": _ratio(wps("folder_jobs1"), wps("full")),
        "load_seconds": measures.get("load", {}).get("seconds"),
        "worker_peak_rss_mb": max((w for w in workers if w is not None), default=None),
        "rss_growth_10x": memory.get("growth_10x"),
    }


def run_benchmark(
    words: int = 1_000_000,
    corpus: str | os.PathLike | None = None,
    output: str | os.PathLike = "out/bench.json",
    scaling: str | None = None,
    repeats: int = 3,
    console: Console | None = None,
    *,
    model: str = "auto",
    sample_words: int = 20_000,
) -> dict[str, Any]:
    """Build the benchmark folder, run every measure, print the tables, write ``output``; return the report.

    ``words``: size of the generated folder (kept under ``<output folder>/bench/``, reused when
    unchanged); ``corpus``: the folder its paragraphs come from (default ``corpora/samples``);
    ``scaling``: job counts for a curve, e.g. ``"1,2,4,8,16"``; ``repeats``: runs per measure (the
    median is reported); ``model``: the base pipeline (``auto`` as ``load()``); ``sample_words``: size
    of the sample ``search_dates`` runs on.
    """
    console = console or Console()
    if words < 1 or repeats < 1:
        raise UsageError("--words and --repeats must be at least 1")
    jobs_list = parse_scaling(scaling)
    output = Path(output)
    work = output.parent / "bench"
    source = str(corpus) if corpus else None
    resolved = resolve_model(model)
    info = build_corpus(work / f"corpus-{words}", words, source)
    console.log(f"bench: corpus {info.folder}: {info.files} files, {info.words:,} words; model {resolved}")
    report: dict[str, Any] = {
        "machine": _machine(),
        "corpus": {**info.__dict__, "words_definition": "whitespace-separated words of the article bodies"},
        "settings": {"model": resolved, "repeats": repeats, "sample_words": sample_words},
    }
    measures = _measure_all(info.folder, work, resolved, repeats, sample_words, console)
    report["measures"] = measures
    report["memory"] = _memory_flatness(words, source, work, resolved, measures["folder_jobs1"], console)
    if jobs_list:
        report["scaling"] = _scaling_curve(
            jobs_list, words, source, work, resolved, repeats, measures, console
        )
    if hasattr(os, "getloadavg"):
        report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    report["ratios"] = _ratios(measures, report["memory"])
    report["goals"] = _goals(report["ratios"])
    report["method"] = {
        "timing": f"median of {repeats} runs; files are read before the clock starts",
        "component_shares": "stage by stage: each pipe runs over a block of 256 Docs before the next pipe "
        "starts; shares are of the extract_many median; records_and_rest = extract_many - sum of stages",
        "rss": "ru_maxrss of each probe process (jobs>1: RUSAGE_CHILDREN, the largest worker process)",
        "folder_runs": "wall time of process_folder, including worker start-up and pipeline loads",
        "search_dates": f"on the first ~{sample_words} words of the folder, languages=['it']",
        "memory_flatness": "worker peak RSS on the folder vs on a folder a tenth its size",
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(output) as handle:
        json.dump(report, handle, indent=1)
    print_report(report, console)
    console.log(f"bench: written {output}")
    return report
